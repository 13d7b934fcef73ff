"""Organisations named in Latin-script European languages (issue 13, seventh round): a bare
second-level unit as a body's place, France's chambers of trades and crafts and water agencies,
English bodies named by two places or on a side only a nationality names (composed sentences,
invented events)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.registries import Registries
from tests.drafting_helpers import partner_ids


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        # A bare unit right after a body's words is its place, and no partner of its own.
        (
            "es",
            "Lâm Đồng y La Rioja hablan de vino",
            "La Cámara de Comercio de La Rioja recibió a una delegación de la provincia vietnamita "
            "de Lâm Đồng.",
            ["es-la-rioja-chamber-of-commerce"],
        ),
        (
            "fr",
            "Huế et les artisans girondins",
            "La Chambre de métiers et de l'artisanat de la Gironde a reçu une délégation de la "
            "province vietnamienne de Huế.",
            ["fr-gironde-chamber-of-trades-and-crafts"],
        ),
        # A place joined by a hyphen goes on: the basin, not the department of the Loire.
        (
            "fr",
            "Huế et l'Agence de l'eau Loire-Bretagne",
            "L'Agence de l'eau Loire-Bretagne, en France, a reçu une délégation de la province "
            "vietnamienne de Huế.",
            ["fr-loire-brittany-water-agency"],
        ),
    ],
)
def test_a_body_named_by_its_kind_and_a_bare_unit(
    registries: Registries, lang: str, headline: str, body: str, expected: list[str]
) -> None:
    assert partner_ids(registries, lang, headline, body) == expected


def test_a_bare_unit_away_from_a_body_is_no_partner(registries: Registries) -> None:
    assert "es-la-rioja" not in partner_ids(
        registries, "es", "La provincia de Lâm Đồng busca socios",
        "Una delegación de la provincia vietnamita de Lâm Đồng visitó La Rioja y sus bodegas "
        "durante la semana pasada.",
    )  # fmt: skip


def test_english_bodies_on_a_side_only_a_nationality_names(registries: Registries) -> None:
    assert partner_ids(
        registries, "en", "Quang Ninh signs a wind training pact",
        "A delegation of the Aberdeen and Grampian Chamber of Commerce met Quang Ninh province. "
        "Robert Gordon University will train engineers and the Scottish Council for Development "
        "and Industry will advise the province, which hopes for more Scottish investment.",
    ) == [
        "gb-aberdeen-and-grampian-chamber-of-commerce",
        "gb-robert-gordon-university",
        "gb-scottish-council-for-development-and-industry",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        # Vietnam's own chamber is never the side's, whatever nationality the article names.
        "The Vietnam Chamber of Commerce and Industry hosted a forum on Scottish investment in "
        "Quang Ninh province.",
        # A Vietnamese province among two places: two bodies or Vietnam's, never one.
        "Leaders of Quang Ninh and Hai Phong University met to discuss Scottish investment.",
        # The end of a longer name is no place joined to a body's ("... College and ...").
        "Scottish students enrol at Kien Giang College and Kien Giang University in Quang Ninh.",
        # Two nationalities: no one side to give an unplaced university to.
        "Robert Gordon University and Scottish and Japanese firms met Quang Ninh province.",
    ],
)
def test_no_english_body_where_the_side_is_vietnams_or_unclear(
    registries: Registries, body: str
) -> None:
    assert not [
        p for p in partner_ids(registries, "en", "Quang Ninh meets investors", body)
        if p.startswith("gb-")
    ]  # fmt: skip


def test_a_unit_a_body_placed_gives_the_other_bodies_their_country(
    registries: Registries,
) -> None:
    assert partner_ids(
        registries, "fr", "Huế et la Gironde",
        "La Chambre de métiers et de l'artisanat de la Gironde a reçu une délégation de la "
        "province vietnamienne de Huế. Le CHU de Bordeaux accueillera des infirmiers de Huế. "
        "La Gironde est une terre de vignobles.",
    ) == ["fr-gironde-chamber-of-trades-and-crafts", "fr-bordeaux-university-hospital"]  # fmt: skip


def test_without_a_unit_a_body_placed_an_unplaced_body_has_no_country(
    registries: Registries,
) -> None:
    body = "Le CHU de Bordeaux accueillera des infirmiers de la province vietnamienne de Huế."
    assert partner_ids(registries, "fr", "Huế et Bordeaux", body) == []


def test_a_german_foundation_named_after_a_person_in_one_word(registries: Registries) -> None:
    text = (
        "Thái Nguyên und Thüringen\n02.10.2025\n"
        "Eine Delegation aus der vietnamesischen Provinz Thái Nguyên besuchte Thüringen. Die "
        "Friedrich-Ebert-Stiftung sagte 50.000 Euro für Sprachkurse zu. Beide Seiten sprachen "
        "auch über die Ausbildung junger Menschen und den Tourismus in den kommenden Jahren.\n"
    )
    ids = [p["id"] for p in draft_text(text, Path("article.txt"), registries).partners]
    assert "de-friedrich-ebert-foundation" in ids
    assert not [i for i in ids if "stiftung" in i]


def test_a_polish_chamber_named_by_its_voivodeships_adjective(registries: Registries) -> None:
    text = (
        "Sơn La i Wielkopolska\n06.10.2025\n"
        "Delegacja z wietnamskiej prowincji Sơn La spotkała się z przedstawicielami "
        "Wielkopolskiej Izby Rolniczej. Obie strony rozmawiały także o szkoleniu młodzieży i "
        "turystyce w najbliższych latach.\n"
    )
    ids = [p["id"] for p in draft_text(text, Path("article.txt"), registries).partners]
    assert ids == ["pl-wielkopolskie-chamber-of-agriculture"]


@pytest.mark.parametrize(
    ("body", "ministry"),
    [
        # "Of the province" and no name: the department of the province the article is about.
        ("Die Handwerkskammer Erfurt unterzeichnete mit dem Ministerium für Arbeit der Provinz "
         "eine Vereinbarung.", False),
        # A ministry of a country the article names stays one.
        ("Die Handwerkskammer Erfurt und das Ministerium für Arbeit Deutschlands unterzeichneten "
         "eine Vereinbarung.", True),
    ],
)  # fmt: skip
def test_a_ministry_of_the_province_is_the_provinces_department(
    registries: Registries, body: str, ministry: bool
) -> None:
    text = (
        "Thái Nguyên und Erfurt\n02.10.2025\n"
        f"Eine Delegation aus der vietnamesischen Provinz Thái Nguyên besuchte Thüringen. {body} "
        "Beide Seiten sprachen auch über die Ausbildung junger Menschen und den Tourismus.\n"
    )
    ids = [p["id"] for p in draft_text(text, Path("article.txt"), registries).partners]
    assert "de-erfurt-chamber-of-crafts" in ids
    assert ("de-ministry-of-labour" in ids) is ministry


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The city's adjective after the body's words, in any case.
        ("Uniwersytet Łódzki przyjmie od jesieni dziesięciu studentów z prowincji.",
         ["pl-university-of-lodz"]),
        ("Delegacja odwiedziła Politechnikę Gdańską i rektora Uniwersytetu Wrocławskiego.",
         ["pl-gdansk-university-of-technology", "pl-university-of-wroclaw"]),
        # ... before them; a city GeoNames knows by its English name only.
        ("Gdański Uniwersytet Medyczny i Politechnika Warszawska zaproponowały staże.",
         ["pl-medical-university-of-gdansk", "pl-warsaw-university-of-technology"]),
        # An adjective of no city names no place: no "University of Jagiellon".
        ("Uniwersytet Jagielloński zaproponował staże dla lekarzy z prowincji.", []),
    ],
)  # fmt: skip
def test_a_polish_university_named_by_its_citys_adjective(
    registries: Registries, body: str, expected: list[str]
) -> None:
    text = (
        "Thanh Hóa i polskie uczelnie\n06.10.2025\n"
        f"Delegacja z wietnamskiej prowincji Thanh Hóa przyjechała z wizytą. {body} Obie strony "
        "rozmawiały także o szkoleniu młodzieży i turystyce w najbliższych latach.\n"
    )
    ids = [p["id"] for p in draft_text(text, Path("article.txt"), registries).partners]
    assert ids == expected


def test_a_handwerkskammer_named_with_zu_before_its_city(registries: Registries) -> None:
    text = (
        "Huế und Leipzig\n02.10.2025\n"
        "Die Handwerkskammer zu Leipzig unterzeichnete mit der Berufsschule Huế eine "
        "Absichtserklärung über 20 Ausbildungsplätze. Beide Seiten sprachen auch über die "
        "Ausbildung junger Menschen und den Tourismus.\n"
    )
    ids = [p["id"] for p in draft_text(text, Path("article.txt"), registries).partners]
    assert ids == ["de-leipzig-chamber-of-crafts"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The chamber's own name, as written: no "de", no English region name.
        ("La CCI Bretagne organisera une mission d'entreprises à Nha Trang.",
         ["fr-bretagne-chamber-of-commerce-and-industry"]),
        ("La Chambre de commerce et d'industrie Alsace Eurométropole accueillera des stagiaires.",
         ["fr-alsace-eurometropole-chamber-of-commerce-and-industry"]),
        # A country's name opens no chamber of a region: the French chamber in Vietnam.
        ("La CCI France Vietnam organisera une mission d'entreprises à Nha Trang.", ["fr"]),
    ],
)  # fmt: skip
def test_a_french_chamber_named_by_its_region_without_de(
    registries: Registries, body: str, expected: list[str]
) -> None:
    text = (
        "Khánh Hòa et ses partenaires\n04/02/2026\n"
        f"Une délégation de la province de Khánh Hòa a été reçue. {body} Les deux parties ont "
        "aussi parlé de la formation des jeunes et du tourisme pour les années à venir.\n"
    )
    ids = [p["id"] for p in draft_text(text, Path("article.txt"), registries).partners]
    assert ids == expected


def test_a_legal_form_after_a_bodys_place_is_no_word_of_it(registries: Registries) -> None:
    text = (
        "Pomorze i Thanh Hóa\n06.10.2025\n"
        "Województwo pomorskie i prowincja Thanh Hóa podpisały porozumienie. Zarząd Morskiego "
        "Portu Gdynia S.A. podpisał z władzami prowincji list intencyjny. Obie strony rozmawiały "
        "także o szkoleniu młodzieży i turystyce w najbliższych latach.\n"
    )
    ids = [p["id"] for p in draft_text(text, Path("article.txt"), registries).partners]
    assert "pl-port-of-gdynia-authority" in ids
