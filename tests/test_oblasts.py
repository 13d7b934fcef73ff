"""Ukrainian regions named by their administration or their everyday name, as an
editor sees them among the drafted partners."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import partner_ids


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        ("uk", "Харківська ОДА і провінція Бакзянг домовилися про співпрацю",
         "Під час зустрічі з Харківською ОДА делегація провінції Бакзянг обговорила постачання "
         "зерна.", "ua-kharkiv"),
        ("uk", "Житомирщина і Бакзянг обговорили торгівлю",
         "Торік експорт продукції Житомирщини до В'єтнаму зріс на 10 %, повідомила делегація "
         "провінції Бакзянг.", "ua-zhytomyr"),
    ],
)  # fmt: skip
def test_a_region_named_by_its_administration_or_everyday_name(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    assert expected in partner_ids(registries, lang, headline, body)
