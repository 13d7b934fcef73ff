"""Organisations as partners in Latin, Cyrillic and Arabic script (issue 13, eleventh round,
west): a mission named with its state's long form in Russian, Ukrainian and Arabic (composed
sentences, invented events)."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import closed_partner_ids


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
    assert expected in closed_partner_ids(registries, lang, headline, body)


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
    assert expected in closed_partner_ids(registries, lang, headline, body)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        ("ru", "Виньфук и Свердловская область подписали план",
         "Министерство международных и внешнеэкономических связей Свердловской области и "
         "провинция Виньфук подписали план мероприятий.",
         "ru-sverdlovsk-ministry-of-international-and-foreign-economic-relations"),
        ("ru", "Новосибирская область приедет в Винь",
         "Министерство промышленности, торговли и развития предпринимательства Новосибирской "
         "области организует бизнес-миссию в провинцию Нгеан.",
         "ru-novosibirsk-ministry-of-industry-trade-and-entrepreneurship-development"),
    ],
)  # fmt: skip
def test_a_ministry_followed_by_a_region_is_the_regions_not_the_countrys(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    ids = closed_partner_ids(registries, lang, headline, body)
    assert expected in ids
    assert not any(i.startswith("ru-ministry-of") for i in ids)


def test_a_persons_name_after_a_titled_chamber_is_no_place(registries: Registries) -> None:
    ids = closed_partner_ids(
        registries, "ru", "Уральские предприятия едут в Виньфук",
        "Делегация Свердловской области посетила Виньфук. Как сообщил президент Уральской "
        "торгово-промышленной палаты Андрей Бессонов, в апреле палата направит в провинцию "
        "бизнес-миссию.",
    )  # fmt: skip
    assert not any("andrei" in i or "bessonov" in i for i in ids)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        ("uk", "Миколаїв і Кханьхоа",
         "Посол запропонував налагодити прямі контакти між Миколаївською обласною військовою "
         "адміністрацією і провінцією Кханьхоа.", ["ua-mykolaiv-regional-military-administration"]),
        ("ru", "Херсон и Кханьхоа",
         "Делегация Херсонской областной военной администрации посетила провинцию Кханьхоа.",
         ["ua-kherson-regional-military-administration"]),
        # Its head's title makes it whom the head speaks for: the region.
        ("uk", "Одеса і Кханьхоа",
         "Голова Одеської обласної військової адміністрації Олег Кіпер зустрівся з делегацією "
         "провінції Кханьхоа.", ["ua-odesa"]),
    ],
)  # fmt: skip
def test_a_ukrainian_regions_military_administration(
    registries: Registries, lang: str, headline: str, body: str, expected: list[str]
) -> None:
    assert closed_partner_ids(registries, lang, headline, body) == expected


def test_a_body_named_on_the_pages_copyright_line_is_no_partner(registries: Registries) -> None:
    ids = closed_partner_ids(
        registries, "uk", "Одеса і Тханьхоа",
        "Олександр Гончарук провів зустріч з делегацією провінції Тханьхоа.\n"
        "© Одеський національний морський університет, 2025. Використання матеріалів — з "
        "посиланням на джерело.",
    )  # fmt: skip
    assert "ua-odesa-national-maritime-university" not in ids


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A Land's ministry ("Ministerium für", not "Bundesministerium für") is no partner of
        # Germany's.
        ("Das Land Hessen fördert das Vorhaben mit 250.000 Euro aus Mitteln des Ministeriums "
         "für Arbeit und Soziales.", []),
        ("Das Bundesministerium für Arbeit fördert das Vorhaben.", ["de-ministry-of-labour"]),
    ],
)  # fmt: skip
def test_a_german_ministry_without_bundes_is_a_lands(
    registries: Registries, body: str, expected: list[str]
) -> None:
    ids = closed_partner_ids(
        registries, "de", "Trier und Ninh Bình",
        f"Die Handwerkskammer Trier hat mit der Provinz Ninh Bình eine Vereinbarung über 20 "
        f"Ausbildungsplätze unterzeichnet. {body}",
    )  # fmt: skip
    assert [i for i in ids if "ministry" in i] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Uniwersytet Przyrodniczy w Lublinie podpisał porozumienie z prowincją Kon Tum.",
         "pl-university-of-life-sciences-in-lublin"),
        # A region the registry also names by its capital's name, after "w": the city.
        ("Delegacja Uniwersytetu Medycznego w Lublinie odwiedziła prowincję Kon Tum.",
         "pl-medical-university-of-lublin"),
    ],
)  # fmt: skip
def test_a_polish_university_after_w_is_in_its_city(
    registries: Registries, body: str, expected: str
) -> None:
    assert expected in closed_partner_ids(registries, "pl", "Lublin i Kon Tum", body)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        ("pt", "Minas Gerais e Lâm Đồng",
         "Uma missão de Minas Gerais visitou Lâm Đồng. A Cooperativa Regional dos Produtores de "
         "Leite do Vale (Coopervale) também participou do encontro.", "br-coopervale"),
        ("es", "Pinar del Río y Đồng Tháp",
         "Una delegación de la provincia cubana de Pinar del Río visitó Đồng Tháp. La "
         "Cooperativa Agrícola del Valle (COAVA) enviará semillas.", "cu-coava"),
    ],
)  # fmt: skip
def test_a_cooperative_named_with_its_acronym_is_its_countrys(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    assert expected in closed_partner_ids(registries, lang, headline, body)


def test_a_cooperative_of_no_country_is_no_international_body(registries: Registries) -> None:
    ids = closed_partner_ids(
        registries, "pt", "Minas Gerais, Colômbia e Lâm Đồng",
        "Missões de Minas Gerais e da Colômbia visitaram Lâm Đồng. A Cooperativa Regional dos "
        "Produtores de Leite do Vale (Coopervale) também participou do encontro.",
    )  # fmt: skip
    assert not any("coopervale" in i for i in ids)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        ("ru", "Томск и Кантхо",
         "Квоты распределяет Министерство науки и высшего образования России совместно с "
         "провинцией Кантхо.", "ru-ministry-of-science-and-higher-education"),
        ("uk", "Харків і Кантхо",
         "Міністерство науки і вищої освіти України підтримає обмін студентами з провінцією "
         "Кантхо.", "ua-ministry-of-science-and-higher-education"),
    ],
)  # fmt: skip
def test_higher_education_is_a_portfolio_in_cyrillic(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    assert expected in closed_partner_ids(registries, lang, headline, body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("La Cámara Oficial de Comercio, Industria, Servicios y Navegación de Alicante recibió "
         "a una delegación de Hải Phòng.", "es-alicante-chamber-of-commerce"),
        ("La Cámara Oficial de Comercio de Alicante recibió a una delegación de Hải Phòng.",
         "es-alicante-chamber-of-commerce"),
        # A Valencian university's own name in a Spanish article.
        ("Investigadores de la Universitat Politècnica de València visitaron Hải Phòng.",
         "es-polytechnic-university-of-valencia"),
    ],
)  # fmt: skip
def test_spanish_official_chambers_and_a_valencian_university(
    registries: Registries, body: str, expected: str
) -> None:
    assert expected in closed_partner_ids(registries, "es", "Hải Phòng y España", body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Quang Tri will help the Savannakhet Department of Public Works and Transport upgrade "
         "the border road.", "la-savannakhet-department-of-public-works-and-transport"),
        ("Quang Tri met the Department of Industry and Commerce of Savannakhet Province to "
         "plan a trade fair.", "la-savannakhet-department-of-industry-and-commerce"),
        ("Quang Tri welcomed officials of Queensland's Department of Primary Industries.",
         "au-queensland-department-of-primary-industries"),
    ],
)  # fmt: skip
def test_a_foreign_regions_department_named_with_its_region(
    registries: Registries, body: str, expected: str
) -> None:
    assert expected in closed_partner_ids(registries, "en", "Quang Tri and its neighbours", body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Una delegazione di Confindustria Verona ha incontrato le imprese di Hai Phong.",
         "confindustria-verona"),
        ("Confartigianato Imprese Veneto ha firmato un accordo con la provincia di Dong Nai.",
         "confartigianato-veneto"),
    ],
)  # fmt: skip
def test_an_italian_confederations_local_branch_is_an_organisation(
    registries: Registries, body: str, expected: str
) -> None:
    ids = closed_partner_ids(registries, "it", "Imprese italiane in Vietnam", body)
    assert any(pid.endswith(expected) for pid in ids), ids


@pytest.mark.parametrize(
    "body",
    [
        "Die Handwerkskammer Dresden empfing eine Delegation aus Hải Phòng.\n\n"
        "Schlagworte: Fachkräfte, Vietnam, Handwerkskammer\n\nBeitrag teilen: E-Mail",
        "Die Handwerkskammer Dresden empfing eine Delegation aus Hải Phòng. Die IHK Zeitung "
        "berichtet über das Treffen.",
    ],
)
def test_a_next_line_or_a_periodical_is_no_body_s_place(registries: Registries, body: str) -> None:
    got = closed_partner_ids(registries, "de", "Fachkräfte aus Hải Phòng", body)
    assert "de-dresden-chamber-of-crafts" in got
    assert not [pid for pid in got if "beitrag" in pid or "zeitung" in pid]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("La région Normandie et la province de Thái Bình ont signé un accord. Le lycée agricole "
         "de Saint-Lô-Thère accueillera douze élèves vietnamiens.",
         "fr-saint-lo-there-agricultural-high-school"),
        ("La région Normandie et la province de Thái Bình ont signé un accord. Le lycée agricole "
         "Marcel-Dumont de Coutances accueillera douze élèves vietnamiens.",
         "fr-marcel-dumont-agricultural-high-school"),
        ("La région Normandie et la province de Thái Bình ont signé un accord. L'Institut "
         "culturel de Normandie présentera une exposition à Thái Bình.",
         "fr-cultural-institute-of-normandy"),
    ],
)  # fmt: skip
def test_a_french_agricultural_high_school_and_a_cultural_institute(
    registries: Registries, body: str, expected: str
) -> None:
    assert expected in closed_partner_ids(registries, "fr", "Normandie et Thái Bình", body)
