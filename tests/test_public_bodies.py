"""Public bodies, institutes and universities named by their kind and subject (issue 13,
sixth round, brief orgs21): ministries whose portfolios are listed with commas, institutes,
schools and academies named by kind, subject and place (composed sentences, invented events;
vocabularies/organisations.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.registries import Registries
from tests.drafting_helpers import partner_ids


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        # A list of portfolios with commas is one ministry's name, read to its end.
        (
            "es",
            "España apoya a Lâm Đồng",
            "El Ministerio de Agricultura, Pesca y Alimentación de España firmó un acuerdo con la "
            "provincia de Lâm Đồng.",
            "es-ministry-of-agriculture-fisheries-and-food",
        ),
        (
            "vi",
            "Nhật Bản hỗ trợ Ninh Bình",
            "Bộ Đất đai, Hạ tầng, Giao thông và Du lịch Nhật Bản làm việc với tỉnh Ninh Bình.",
            "jp-ministry-of-land-infrastructure-transport-and-tourism",
        ),
        # Portfolios named as the country names them, not cut to their first word.
        (
            "uk",
            "Україна і Кханьхоа",
            "Міністерство аграрної політики та продовольства України підписало меморандум з "
            "провінцією Кханьхоа.",
            "ua-ministry-of-agrarian-policy-and-food",
        ),
        (
            "th",
            "กระทรวงเกษตรและสหกรณ์หารือกับจังหวัดห่าติ๋ญ",
            "กระทรวงเกษตรและสหกรณ์ของไทยหารือกับจังหวัดห่าติ๋ญของเวียดนามเรื่องการเกษตร "
            "เพื่อแลกเปลี่ยนประสบการณ์ระหว่างสองฝ่าย",
            "th-ministry-of-agriculture-and-cooperatives",
        ),
    ],
)
def test_a_ministry_keeps_its_whole_portfolio(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    assert expected in partner_ids(registries, lang, headline, body)


def test_a_comma_after_a_ministry_ends_it_when_no_portfolio_follows(
    registries: Registries,
) -> None:
    ids = partner_ids(
        registries, "es", "Cuba y Bến Tre",
        "El Ministerio de Agricultura, que dirige el programa en Cuba, visitó Bến Tre.",
    )  # fmt: skip
    assert "cu-ministry-of-agriculture" in ids


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        (
            "fr",
            "Toulouse accueille des étudiants de Đà Nẵng",
            "L'École nationale vétérinaire de Toulouse accueillera 12 étudiants de Đà Nẵng.",
            "fr-national-veterinary-school-of-toulouse",
        ),
        (
            "es",
            "Aragón asesora a Lâm Đồng",
            "El Instituto Tecnológico de Aragón asesorará a las cooperativas de café de la "
            "provincia vietnamita de Lâm Đồng durante los próximos tres años.",
            "es-technological-institute-of-aragon",
        ),
        # Fields listed with "et" are the university's subjects, not its place.
        (
            "fr",
            "Toulouse et Đà Nẵng",
            "L'Université des Sciences et Technologies de Toulouse ouvrira un master avec la "
            "ville de Đà Nẵng.",
            "fr-university-of-science-and-technology-of-toulouse",
        ),
    ],
)
def test_a_body_named_by_kind_subject_and_place(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    ids = partner_ids(registries, lang, headline, body)
    assert expected in ids
    assert not any(i.endswith(("-university-of-sciences", "-university-of-science")) for i in ids)


def test_a_subject_body_with_its_acronym_is_the_acronyms(registries: Registries) -> None:
    """ "Instituto Agronômico de Campinas (IAC)" is drafted once, by its acronym."""
    text = (
        "Brasil e Đắk Lắk assinam acordo sobre café\n02/05/2025\n"
        "A Empresa Brasileira de Pesquisa Agropecuária assinou na quarta-feira um memorando com "
        "a província vietnamita de Đắk Lắk para pesquisa em café. O Instituto Agronômico de "
        "Campinas (IAC) vai receber 12 pesquisadores vietnamitas no próximo ano.\n"
    )
    ids = [p["id"] for p in draft_text(text, Path("a.txt"), registries).partners]
    assert any(i.endswith("iac") for i in ids)
    assert not any("agronomic-institute" in i for i in ids)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        # An institute's word before a portfolio: a state institute of that field, whose
        # country is found as a ministry's; a declined seat after it is not its name.
        (
            "uk",
            "Україна і Кханьхоа",
            "Інститут рибного господарства в Києві допоможе провінції Кханьхоа розводити рибу, "
            "повідомило посольство України.",
            "ua-institute-of-fisheries",
        ),
        (
            "ru",
            "Россия и Нгеан",
            "Институт сельского хозяйства России примет специалистов провинции Нгеан.",
            "ru-institute-of-agriculture",
        ),
        # A polytechnic keeps its kind in English, its place first as the article's adjective.
        (
            "uk",
            "Одеса і Кханьхоа",
            "Одеський національний політехнічний університет прийме 20 студентів з провінції "
            "Кханьхоа.",
            "ua-odesa-national-polytechnic-university",
        ),
    ],
)
def test_an_institute_of_a_field_and_a_polytechnic(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    assert expected in partner_ids(registries, lang, headline, body)


def test_an_institute_with_its_acronym_is_drafted_once(registries: Registries) -> None:
    """ "Institut de recherche pour le développement (IRD)" is the acronym rule's, not an
    "Institute of Research"."""
    ids = partner_ids(
        registries, "fr", "La France et Cần Thơ",
        "L'Institut de recherche pour le développement (IRD) de France a signé un accord avec "
        "la ville de Cần Thơ sur le climat.",
    )  # fmt: skip
    assert not any("institute-of-research" in i for i in ids)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Trường Đại học Nông nghiệp Tokyo sẽ nhận 10 kỹ sư của tỉnh Ninh Bình (Nhật Bản hỗ trợ).",
            "jp-tokyo-university-of-agriculture",
        ),
        (
            "Đại học Khoa học và Công nghệ Nanjing của Trung Quốc sẽ nhận 10 sinh viên tỉnh Ninh Bình.",
            "cn-nanjing-university-of-science-and-technology",
        ),
    ],
)
def test_a_vietnamese_article_names_a_foreign_universitys_subjects(
    registries: Registries, body: str, expected: str
) -> None:
    assert expected in partner_ids(registries, "vi", "Ninh Bình hợp tác đào tạo", body)


def test_a_vietnamese_university_with_subjects_is_no_partner(registries: Registries) -> None:
    ids = partner_ids(
        registries, "vi", "Ninh Bình hợp tác đào tạo",
        "Trường Đại học Nông Lâm Huế và Đại học Khoa học và Công nghệ Hà Nội ký kết với tỉnh "
        "Ninh Bình.",
    )  # fmt: skip
    assert ids == []


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        (
            "th",
            "ไทยแลกเปลี่ยนพันธุ์ข้าวกับจังหวัดห่าติ๋ญ",
            "สถาบันวิจัยข้าวของไทยจะแลกเปลี่ยนพันธุ์ข้าวกับจังหวัดห่าติ๋ญของเวียดนาม เพื่อพัฒนาการเกษตรระหว่างสองฝ่าย",
            "th-rice-research-institute",
        ),
        (
            "ar",
            "مصر ومقاطعة آن جيانغ",
            "يتعاون معهد بحوث القطن المصري مع مزارعي مقاطعة آن جيانغ الفيتنامية في تجارب زراعية "
            "جديدة خلال العام المقبل.",
            "eg-cotton-research-institute",
        ),
    ],
)
def test_a_research_institute_is_named_by_what_it_studies(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    assert expected in partner_ids(registries, lang, headline, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Uniwersytet Medyczny w Łodzi przyjmie 10 studentów z prowincji Bắc Ninh.",
            "pl-medical-university-of-lodz",
        ),
        (
            "Uniwersytet Rolniczy w Krakowie przyjmie 10 studentów z prowincji Bắc Ninh.",
            "pl-agricultural-university-of-krakow",
        ),
        (
            "Uniwersytet w Poznaniu przyjmie 10 studentów z prowincji Bắc Ninh.",
            "pl-university-of-poznan",
        ),
    ],
)
def test_a_polish_bodys_city_is_read_back_to_the_nominative(
    registries: Registries, body: str, expected: str
) -> None:
    """ "w Łodzi" is Łódź: the locative ending undone and the city confirmed in GeoNames."""
    text = (
        "Województwo łódzkie i Bắc Ninh podpisały porozumienie\n02/05/2025\n"
        f"Województwo łódzkie podpisało porozumienie z wietnamską prowincją Bắc Ninh. {body} "
        "Obie strony rozmawiały także o turystyce i szkoleniu młodych specjalistów.\n"
    )
    ids = [p["id"] for p in draft_text(text, Path("a.txt"), registries).partners]
    assert expected in ids


def test_a_polish_city_hall_names_its_city_in_the_genitive(registries: Registries) -> None:
    """ "Urząd Miasta Łodzi" is the city of Łódź, read back from the genitive, not "Lodzi"."""
    text = (
        "Urząd Miasta Łodzi i Bắc Ninh\n02/05/2025\n"
        "Urząd Miasta Łodzi podpisał porozumienie z wietnamską prowincją Bắc Ninh. Obie strony "
        "rozmawiały także o turystyce i szkoleniu młodych specjalistów.\n"
    )
    ids = [p["id"] for p in draft_text(text, Path("a.txt"), registries).partners]
    assert ids == ["pl-lodz"]


@pytest.mark.parametrize(
    ("quoted", "expected"),
    [("СибАгроТех", "ru-sibagrotech"), ("ЮгТрейд", "ru-yugtrade"), ("Ростех", "ru-rostekh")],
)
def test_a_cyrillic_companys_english_parts_keep_their_spelling(
    registries: Registries, quoted: str, expected: str
) -> None:
    """Only a part written with its own capital is an English word: "Ростех" stays as read."""
    text = (
        "Новосибирская область и Нгеан\n02/05/2025\n"
        f"ООО «{quoted}» из Новосибирской области поставит в провинцию Нгеан 50 тракторов. "
        "Стороны также обсудили подготовку молодых специалистов и туризм.\n"
    )
    ids = [p["id"] for p in draft_text(text, Path("a.txt"), registries).partners]
    assert expected in ids


@pytest.mark.parametrize(
    "body",
    [
        "El Instituto Nacional de Estadística de España publicó datos sobre Lâm Đồng.",
        "La Escuela Nacional de Agricultura de España recibió a técnicos de Lâm Đồng.",
    ],
)
def test_a_field_after_a_kind_and_subject_is_no_place(registries: Registries, body: str) -> None:
    headline = "España y la provincia vietnamita de Lâm Đồng refuerzan su cooperación"
    ids = partner_ids(registries, "es", headline, body)
    assert not any(i.endswith(("-of-estadistica", "-of-agricultura")) for i in ids)


def test_an_institute_of_a_portfolio_ends_in_its_country(registries: Registries) -> None:
    """A Russian institute whose genitive ends in Vietnam's name is Vietnam's own."""
    ids = partner_ids(
        registries, "ru", "Россия и Нгеан",
        "Делегация Института сельского хозяйства Вьетнама посетила провинцию Нгеан вместе с "
        "коллегами из России.",
    )  # fmt: skip
    assert not any("institute" in i for i in ids)


def test_a_ministry_followed_by_vietnams_name_in_any_case_is_vietnams(
    registries: Registries,
) -> None:
    ids = partner_ids(
        registries, "ru", "Россия и Нгеан",
        "Министерство сельского хозяйства Вьетнама и провинция Нгеан приняли делегацию из "
        "России.",
    )  # fmt: skip
    assert not any("ministry" in i for i in ids)


def test_a_thai_research_institute_of_vietnam_is_vietnams(registries: Registries) -> None:
    ids = partner_ids(
        registries, "th", "ไทยแลกเปลี่ยนพันธุ์ข้าวกับจังหวัดห่าติ๋ญ",
        "สถาบันวิจัยข้าวของเวียดนามจะแลกเปลี่ยนพันธุ์ข้าวกับจังหวัดห่าติ๋ญ โดยมีผู้แทนจากประเทศไทย"
        "เข้าร่วม เพื่อพัฒนาการเกษตรระหว่างสองฝ่าย",
    )  # fmt: skip
    assert not any("research-institute" in i for i in ids)
