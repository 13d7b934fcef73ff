"""A state's body named in a Romance language with its initials: its English name composed word
by word through a closed lexicon, the id that name's (issue 13, fifteenth round, latin15);
composed sentences, invented bodies."""

from __future__ import annotations

import pytest

from digest.extract.composed_names import composed_name
from digest.registries import Registries
from tests.drafting_helpers import closed_partner_ids


@pytest.mark.parametrize(
    ("lang", "name", "place", "country", "expected"),
    [
        ("es", "Instituto de Investigaciones de Hortalizas", "", "", None),
        ("es", "Instituto de Investigaciones de Granos", "", "", "Grain Research Institute"),
        ("pt", "Instituto de Pesquisas Espaciais", "", "", None),
        ("pt", "Instituto de Pesquisa Florestal", "", "", "Forestry Research Institute"),
        ("es", "Instituto de Investigaciones en Fruticultura Tropical de Honduras", "",
         "Honduras", "Tropical Fruit Research Institute"),
        ("fr", "L'Institut national du patrimoine", "", "", "National Heritage Institute"),
        ("it", "Associazione Nazionale dei Produttori", "", "",
         "National Association of Producers"),
        ("es", "Asociación Nacional de Exportadores Pequeños", "", "",
         "National Association of Small Exporters"),
        ("es", "El Instituto de Fomento de la Provincia de Salta", "Salta", "",
         "Salta Development Institute"),
        # A word the lexicon does not hold: no English name, the acronym stays the id.
        ("es", "Instituto Andaluz de Investigaciones Agrarias", "", "", None),
        ("fr", "Agence française de développement", "", "", None),
        # Only a Romance name is composed.
        ("de", "Institut für Agrarforschung", "", "", None),
    ],
)  # fmt: skip
def test_a_body_s_english_name_is_composed_from_a_closed_lexicon(
    lang: str, name: str, place: str, country: str, expected: str | None
) -> None:
    assert composed_name(lang, name, place, country) == expected


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected", "acronym_id"),
    [
        ("es", "Cuba y Vietnam cooperan en el cultivo del arroz",
         "Técnicos vietnamitas de Thái Bình llegaron a Cuba. El proyecto cuenta con la asesoría "
         "del Instituto de Investigaciones de Granos (IIGR) y con la participación de la "
         "Asociación Nacional de Agricultores Pequeños (ANAPE).",
         ["cu-grain-research-institute", "cu-national-association-of-small-farmers"],
         ["cu-iigr", "cu-anape"]),
        ("fr", "Le patrimoine de Huế et la France",
         "La province de Thừa Thiên Huế et la France renforcent leur coopération. L'Institut "
         "national du patrimoine (INPA) formera dix restaurateurs vietnamiens à Paris.",
         ["fr-national-heritage-institute"], ["fr-inpa"]),
    ],
)  # fmt: skip
def test_a_state_s_body_glossed_by_its_initials_is_drafted_by_its_english_name(
    registries: Registries,
    lang: str,
    headline: str,
    body: str,
    expected: list[str],
    acronym_id: list[str],
) -> None:
    got = closed_partner_ids(registries, lang, headline, body)
    assert set(expected) <= set(got)
    assert not set(acronym_id) & set(got)


def test_a_brand_or_a_name_out_of_the_lexicon_keeps_its_acronym(registries: Registries) -> None:
    got = closed_partner_ids(
        registries, "es", "Chile y Đồng Tháp firman un acuerdo",
        "Chile y la provincia de Đồng Tháp firmaron un acuerdo. El Instituto Nacional de "
        "Hidráulica Aplicada (INHA) y la Cooperativa de Granos (Coopegran) enviarán técnicos.",
    )  # fmt: skip
    assert "cl-inha" in got
