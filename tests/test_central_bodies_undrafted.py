"""German, Polish, Russian, Ukrainian and English bodies the drafting did not draft at all:
case forms, kind words and name tails no rule read (issue 13, seventeenth round, central20);
composed sentences, invented bodies."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import closed_partner_ids


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected", "not_drafted"),
    [
        # The chamber's words in the prepositional (dative) case before its place.
        ("ru", "Казань и Хайзыонг",
         "Делегация провинции Хайзыонг провела переговоры в Торгово-промышленной палате "
         "Республики Татарстан.",
         ["ru-tatarstan-chamber-of-commerce-and-industry"], []),
        ("uk", "Харків і Хайзионг",
         "Делегація провінції Хайзионг провела переговори в Торгово-промисловій палаті "
         "Харківської області.",
         ["ua-kharkiv-chamber-of-commerce-and-industry"], []),
    ],
)  # fmt: skip
def test_a_chamber_s_words_in_every_case_name_the_chamber(
    registries: Registries,
    lang: str,
    headline: str,
    body: str,
    expected: list[str],
    not_drafted: list[str],
) -> None:
    got = closed_partner_ids(registries, lang, headline, body)
    assert set(expected) <= set(got)
    assert not set(not_drafted) & set(got)
