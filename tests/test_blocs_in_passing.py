"""International bodies named for a site they list, as a market or region of trade, for their
rules, or for another body's regional desk are no partners; one that acts stays (issue 13,
sixteenth round, extras18; composed sentences)."""

from __future__ import annotations

import pytest

from digest.extract.blocs import names_a_bloc_in_passing
from digest.registries import Registries
from tests.drafting_helpers import dated_partner_ids


@pytest.mark.parametrize(
    ("headline", "body", "dropped"),
    [
        ("La Toscana e Huế firmano un'intesa",
         "La Regione Toscana e la città di Huế hanno firmato un'intesa per promuovere i "
         "rispettivi siti Unesco.", "unesco"),
        ("La Région Bretagne et Khánh Hòa signent une convention",
         "La Région Bretagne et la province de Khánh Hòa ont signé une convention. Les "
         "exportations de la province vers l'Union européenne ont doublé.", "eu"),
        ("La Région Bretagne et Khánh Hòa signent une convention",
         "La Région Bretagne et la province de Khánh Hòa ont signé une convention pour respecter "
         "les exigences sanitaires de l'Union européenne.", "eu"),
        ("Lào Cai và Vân Nam hội đàm",
         "Lãnh đạo tỉnh Lào Cai hội đàm với tỉnh Vân Nam, coi Lào Cai là cửa ngõ sang ASEAN.",
         "asean"),
        ("岘港与成都签署合作备忘录",
         "岘港市与成都市签署合作备忘录。成都与东盟贸易额同比增长12%。", "asean"),
    ],
)  # fmt: skip
def test_an_international_body_named_in_passing_is_not_a_partner(
    registries: Registries, headline: str, body: str, dropped: str
) -> None:
    partners = dated_partner_ids(registries, headline, body)
    assert partners and dropped not in partners


@pytest.mark.parametrize(
    "text",
    [
        "UNESCO and the province signed a plan; the European Union will fund 20 schools.",
        "Damit ist die Beantragung der Anerkennung des Geoparks als globaler Geopark bei der "
        "UNESCO vorbereitet.",
        "Tỉnh hoàn thiện hồ sơ đề nghị UNESCO công nhận Công viên địa chất toàn cầu.",
        "The province will submit its dossier to UNESCO for a Global Geopark listing.",
    ],
)
def test_an_international_body_that_acts_or_is_applied_to_stays(text: str) -> None:
    for name in ("UNESCO", "European Union"):
        if name in text:
            start = text.index(name)
            assert not names_a_bloc_in_passing(text, start, start + len(name))
