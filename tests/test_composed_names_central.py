"""German, Polish, Russian and Ukrainian bodies named by their region's adjective or genitive,
their English names composed from closed words (issue 13, sixteenth round, cyrger18);
composed sentences, invented bodies."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import closed_partner_ids


@pytest.mark.parametrize(
    ("headline", "body", "expected", "not_drafted"),
    [
        ("Fachkräfte aus Nghệ An für Sachsen",
         "Eine Delegation aus der Provinz Nghệ An besuchte Leipzig. Empfangen wurde sie von der "
         "Abteilungsleiterin im Sächsischen Staatsministerium für Wirtschaft, Arbeit und Energie, "
         "die eine Vereinbarung unterzeichnete.",
         ["de-saxon-state-ministry-for-economic-affairs-labour-and"],
         ["de-ministry-of-economic-affairs-labour-and-energy"]),
        ("Hessen und Quảng Ninh",
         "Das Hessische Ministerium für Wirtschaft und Verkehr lud eine Delegation aus Quảng Ninh "
         "nach Wiesbaden ein.",
         ["de-hessian-ministry-of-economic-affairs-and-transport"],
         ["de-ministry-of-economic-affairs-and-transport"]),
        # No state's adjective before "Staatsministerium": nothing says whose it is.
        ("Pflegekräfte aus Huế",
         "Eine Delegation aus Thừa Thiên Huế traf Vertreter aus dem Staatsministerium für "
         "Wirtschaft in Berlin.",
         [], ["de-ministry-of-economic-affairs", "de-state-ministry-for-economic-affairs"]),
    ],
)  # fmt: skip
def test_a_german_state_s_ministry_is_named_by_the_state_s_adjective(
    registries: Registries,
    headline: str,
    body: str,
    expected: list[str],
    not_drafted: list[str],
) -> None:
    got = closed_partner_ids(registries, "de", headline, body)
    assert set(expected) <= set(got)
    assert not set(not_drafted) & set(got)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected", "not_drafted"),
    [
        ("ru", "Российские туристы в Кханьхоа",
         "Агентство по туризму Приморского края и Департамент туризма провинции Кханьхоа "
         "подписали соглашение о сотрудничестве.",
         ["ru-primorsky-krai-tourism-agency"], ["ru-agency-of-tourism", "ru-primorsky"]),
        ("ru", "Томская область ищет партнёров в Дананге",
         "Корпорация развития Томской области откроет представительство в Дананге, сообщил "
         "губернатор.",
         ["ru-tomsk-oblast-development-corporation"], []),
        ("uk", "Одеса і Біньдінь",
         "Агенція розвитку Одеської області підписала меморандум із провінцією Біньдінь.",
         ["ua-odesa-oblast-development-agency"], []),
        # No region after the portfolio: whose the agency is, the text does not say.
        ("ru", "Вьетнам и Россия",
         "Агентство по туризму провело в Москве презентацию курортов провинции Кханьхоа.",
         [], ["ru-tourism-agency"]),
    ],
)  # fmt: skip
def test_a_region_s_agency_or_corporation_is_named_by_the_region_its_portfolio_and_kind(
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


def test_a_city_s_adjective_before_a_word_for_a_company_is_no_word_of_its_name(
    registries: Registries,
) -> None:
    got = closed_partner_ids(
        registries, "de", "Maschinen aus Bayern für Bình Dương",
        "Die Augsburger Verpackungsmaschinenfirma Kessler Anlagentechnik GmbH eröffnet ein Werk "
        "in der Provinz Bình Dương.",
    )  # fmt: skip
    assert "de-kessler-anlagentechnik" in got
    assert "de-augsburger-verpackungsmaschinenfirma-kessler-anlagentechnik" not in got


@pytest.mark.parametrize(
    ("body", "expected", "not_drafted"),
    [
        ("Delegacja z prowincji Nghệ An odwiedziła Polskę.\nLubelska Izba Rolnicza zorganizuje "
         "wyjazd studyjny dla rolników.", ["pl-lublin-chamber-of-agriculture"], []),
        ("Delegacja z prowincji Nghệ An rozmawiała z Pomorską Specjalną Strefą Ekonomiczną o "
         "inwestycjach.", ["pl-pomeranian-special-economic-zone"], []),
        ("Delegacja z prowincji Nghệ An spotkała się z prezesem Opolskiej Agencji Rozwoju "
         "Regionalnego Janem Nowakiem.", ["pl-opolskie-regional-development-agency"], []),
        # A city's adjective where no voivodeship's stands: the city's agency, no company.
        ("Delegacja z prowincji Nghệ An odwiedziła Polskę.\nLubelska Agencja Rozwoju "
         "Regionalnego S.A. przygotuje ofertę terenów.", ["pl-lublin-regional-development-agency"],
         ["pl-lubelska-agencja-rozwoju-regionalnego"]),
        ("Delegacja z prowincji Nghệ An odwiedziła Polskę.\nGdańska Agencja Rozwoju "
         "Regionalnego S.A. przygotuje ofertę terenów.", ["pl-gdansk-regional-development-agency"],
         ["pl-gdanska-agencja-rozwoju-regionalnego"]),
    ],
)  # fmt: skip
def test_a_polish_body_is_placed_by_its_voivodeship_s_or_city_s_adjective(
    registries: Registries, body: str, expected: list[str], not_drafted: list[str]
) -> None:
    got = closed_partner_ids(registries, "pl", "Wietnam i Polska", body)
    assert set(expected) <= set(got)
    assert not set(not_drafted) & set(got)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        ("pl", "Wietnam i Polska",
         "Delegacja z prowincji Nghệ An odwiedziła Polskę.\nPomorska Izba Przemysłowo-Handlowa "
         "zorganizuje misję gospodarczą do Wietnamu.",
         "pl-pomeranian-chamber-of-commerce-and-industry"),
        ("ru", "Новосибирские учёные в Кантхо",
         "Департамент по науке и высшему образованию Администрации Новосибирской области "
         "подписал соглашение с провинцией Кантхо.",
         "ru-novosibirsk-department-of-science-and-higher-education"),
        ("ru", "Студенты из Кантхо поедут в Россию",
         "Делегация провинции Кантхо посетила Новосибирский государственный технологический "
         "университет, который примет 20 студентов.",
         "ru-novosibirsk-state-technological-university"),
        ("ru", "Студенты из Кантхо поедут в Россию",
         "Делегация провинции Кантхо посетила Новосибирскую государственную "
         "сельскохозяйственную академию, которая примет 20 студентов.",
         "ru-novosibirsk-state-agricultural-academy"),
    ],
)  # fmt: skip
def test_a_body_named_by_closed_kind_words_or_linked_to_its_portfolio_by_po(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    assert expected in closed_partner_ids(registries, lang, headline, body)


@pytest.mark.parametrize(
    ("body", "expected", "not_drafted"),
    [
        ("Делегация провинции Кантхо посетила Свердловскую область и встретилась с руководством "
         "ООО «Уральская аграрная группа», которое поставит во Вьетнам 10 тыс. тонн пшеницы.",
         "ru-ural-agrarian-group", "ru-uralskaya-agrarnaya-gruppa"),
        ("Делегация провинции Кантхо посетила Приморский край. Она побывала в АО «Находкинский "
         "рыбный терминал», которое примет первую партию вьетнамских креветок.",
         "ru-nakhodka-fish-terminal", "ru-nakhodkinsky-rybny-terminal"),
    ],
)  # fmt: skip
def test_a_russian_company_every_word_of_which_is_known_is_named_in_english(
    registries: Registries, body: str, expected: str, not_drafted: str
) -> None:
    got = closed_partner_ids(registries, "ru", "Креветки и пшеница для Кантхо", body)
    assert expected in got
    assert not_drafted not in got


def test_a_foundation_named_by_what_it_furthers_is_named_in_english(
    registries: Registries,
) -> None:
    got = closed_partner_ids(
        registries, "pl", "Wietnam i Polska",
        "Delegacja z prowincji Nghệ An odwiedziła Polskę. Fundacja Rozwoju Wsi przekazała "
        "sadzonki, a Fundacja Mekong-Warta sfinansowała szkolenia.",
    )  # fmt: skip
    assert {"pl-rural-development-foundation", "pl-mekong-warta-foundation"} <= set(got)
    assert "pl-rozwoju-wsi-foundation" not in got
