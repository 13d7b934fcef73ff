"""Organisations as partners in Latin, Cyrillic and Arabic script (issue 13, eleventh round,
west): a mission named with its state's long form in Russian, Ukrainian and Arabic (composed
sentences, invented events)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.registries import Registries
from tests.drafting_helpers import DISCUSSED, GROWING


def partner_ids(registries: Registries, lang: str, headline: str, body: str) -> list[str]:
    """The partner ids an editor would see drafted from the headline, the body and a neutral
    closing sentence in the article's language."""
    closing = GROWING.get(lang) or DISCUSSED[lang]
    text = f"{headline}\n2025-05-02\n{body} {closing}\n"
    return [p["id"] for p in draft_text(text, Path(f"{lang}-test.txt"), registries).partners]


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


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        ("de", "Trier und Ninh Bình vereinbaren Ausbildung",
         "Die Handwerkskammer (HwK) Trier hat mit der Provinz Ninh Bình eine Vereinbarung über "
         "20 Ausbildungsplätze unterzeichnet.", "de-trier-chamber-of-crafts"),
        ("de", "Trier und Huế",
         "Die Industrie- und Handelskammer (IHK) Trier empfing eine Delegation aus Huế.",
         "de-trier-chamber-of-commerce-and-industry"),
    ],
)  # fmt: skip
def test_the_kinds_acronym_in_brackets_before_the_place_is_no_part_of_it(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    assert expected in partner_ids(registries, lang, headline, body)
