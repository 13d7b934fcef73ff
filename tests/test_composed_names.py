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


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected", "not_drafted"),
    [
        ("es", "Arroz vietnamita en Cuba",
         "Especialistas de Nam Định trabajan en Cuba. Visitaron la Cooperativa de Créditos y "
         "Servicios Camilo Cienfuegos, de Jagüey, y la Cooperativa de Créditos y Servicios (CCS) "
         "Río Verde, donde asesoran el cultivo de arroz.",
         ["cu-camilo-cienfuegos-credit-and-services-cooperative",
          "cu-rio-verde-credit-and-services-cooperative"], ["cu-ccs"]),
        ("pt", "Café de Lâm Đồng no Brasil",
         "Uma delegação de Lâm Đồng visitou o Brasil. A Cooperativa Cafeeira Monte Alegre, de "
         "Patrocínio, vai comprar 300 toneladas de café da província.",
         ["br-monte-alegre-coffee-cooperative"], []),
        # A Vietnamese cooperative is Vietnam's own: no partner.
        ("es", "Cuba y Thái Bình",
         "Cuba y la provincia de Thái Bình firmaron un acuerdo. La Cooperativa de Créditos y "
         "Servicios Thái Bình recibirá semillas.",
         [], ["cu-thai-binh-credit-and-services-cooperative"]),
    ],
)  # fmt: skip
def test_a_cooperative_named_by_its_trade_and_own_name(
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


def test_a_research_institute_named_without_an_acronym(registries: Registries) -> None:
    got = closed_partner_ids(
        registries, "es", "Cuba y Bến Tre intercambian semillas de coco",
        "La provincia de Bến Tre y Cuba firmaron un acuerdo. El Instituto de Investigaciones en "
        "Fruticultura Tropical de Cuba recibirá material genético. El Instituto de "
        "Investigaciones Agrarias Santa Clara no participa.",
    )  # fmt: skip
    assert "cu-tropical-fruit-research-institute" in got
    assert "cu-agricultural-research-institute" not in got  # its name goes on: not read


def test_a_research_institute_glossed_by_a_brand_keeps_the_brand(registries: Registries) -> None:
    got = closed_partner_ids(
        registries, "fr", "La Bretagne et Khánh Hòa signent un accord",
        "La Région Bretagne et la province de Khánh Hòa ont signé un accord. L'Institut de "
        "recherche agricole (Inrago) formera six techniciens.",
    )  # fmt: skip
    assert "fr-agricultural-research-institute" not in got


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        ("fr", "Le Laos et Quảng Trị relancent le tourisme",
         "Une délégation de Quảng Trị a rencontré l'Association laotienne du tourisme, qui "
         "organisera une foire à Savannakhet.", "la-lao-tourism-association"),
        ("it", "Cuochi italiani a Đà Nẵng",
         "La Federazione Italiana Produttori ha firmato un accordo con la città di Đà Nẵng.",
         "it-italian-federation-of-producers"),
    ],
)  # fmt: skip
def test_a_body_named_by_its_nationality_and_lexicon_words(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    assert expected in closed_partner_ids(registries, lang, headline, body)


def test_a_name_going_on_past_the_lexicon_is_not_composed(registries: Registries) -> None:
    got = closed_partner_ids(
        registries, "fr", "La Bretagne et Khánh Hòa signent un accord",
        "La Région Bretagne et la province de Khánh Hòa ont signé un accord. L'Institut "
        "français de recherche pour la protection des côtes formera six techniciens.",
    )  # fmt: skip
    assert not [pid for pid in got if "research" in pid]


def test_and_before_another_body_ends_the_name_and_before_lower_case_words_does_not(
    registries: Registries,
) -> None:
    got = closed_partner_ids(
        registries, "fr", "Le Laos et Quảng Trị relancent le tourisme",
        "L'Association laotienne du tourisme et l'Association du tourisme de Quảng Trị ont "
        "signé un accord. L'Agence laotienne du tourisme et des loisirs ouvrira un bureau.",
    )  # fmt: skip
    assert "la-lao-tourism-association" in got
    assert "la-lao-tourism-agency" not in got
