"""Organisations as partners in Latin, Cyrillic and Arabic script (issue 13, eleventh round,
west): a mission named with its state's long form in Russian, Ukrainian and Arabic (composed
sentences, invented events)."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import partner_ids


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        ("ru", "Хатинь и Гомель обсудили сотрудничество",
         "Советник посольства Республики Беларусь во Вьетнаме Иван Петров сообщил, что "
         "посольство поможет делегации Гомельской области.", "by-embassy"),
        ("uk", "Тханьхоа і Гомель обговорили співпрацю",
         "Посольство Республіки Білорусь у В'єтнамі допоможе делегації Гомельської області.",
         "by-embassy"),
        ("ar", "نغي آن والشارقة تبحثان التعاون",
         "استقبلت مقاطعة نغي آن وفدا من الشارقة، وحضر اللقاء ممثلون عن سفارة دولة الإمارات "
         "العربية المتحدة لدى فيتنام.", "ae-embassy"),
    ],
)  # fmt: skip
def test_a_mission_named_with_its_states_long_form_is_that_countrys(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    assert expected in partner_ids(registries, lang, headline, body)
