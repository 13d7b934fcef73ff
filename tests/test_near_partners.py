"""The right partner, not a near one (issue 13, seventh round): a body named after a city English
calls otherwise takes the English name, a university that goes by its acronym has it as its id,
and a person's home town is no partner (composed sentences, invented events and people)."""

from __future__ import annotations

import pytest

from digest.extract.hometowns import names_a_home_town
from digest.registries import Registries
from tests.drafting_helpers import page_partner_ids


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "La Camera di Commercio di Torino firma con Khánh Hòa\n"
            "La Camera di Commercio di Torino ha firmato un accordo con la provincia vietnamita di "
            "Khánh Hòa.",
            "it-turin-chamber-of-commerce",
            "it-torino-chamber-of-commerce",
        ),
        (
            "L'Università di Padova e Vĩnh Long\n"
            "L'Università degli Studi di Padova ha firmato un accordo con la provincia vietnamita "
            "di Vĩnh Long.",
            "it-university-of-padua",
            "it-university-of-padova",
        ),
        (
            "Sevilla y Bến Tre\n"
            "La Cámara de Comercio de Sevilla firmó un acuerdo con la provincia vietnamita de Bến "
            "Tre.",
            "es-seville-chamber-of-commerce",
            "es-sevilla-chamber-of-commerce",
        ),
    ],
)
def test_a_body_named_after_a_city_takes_its_english_name(
    registries: Registries, text: str, expected: str, not_expected: str
) -> None:
    found = page_partner_ids(registries, text)
    assert expected in found
    assert not_expected not in found


def test_a_city_english_does_not_rename_keeps_its_name(registries: Registries) -> None:
    text = (
        "La Camera di Commercio di Brescia firma con Khánh Hòa\n"
        "La Camera di Commercio di Brescia ha firmato un accordo con la provincia vietnamita di "
        "Khánh Hòa."
    )
    assert "it-brescia-chamber-of-commerce" in page_partner_ids(registries, text)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Đà Nẵng forme des ingénieurs en France\n"
            "L'Institut national des sciences appliquées de Lyon (INSA Lyon) accueillera 30 "
            "étudiants de la ville vietnamienne de Đà Nẵng. La directrice de l'INSA Lyon s'en "
            "félicite.",
            "fr-insa-lyon",
            "fr-lyon",
        ),
        (
            "경북도, 박닌성과 협약\n경상북도는 박닌성과 협약을 체결했다.\n\n"
            "포항공과대학교(POSTECH)는 베트남 박닌성 연구원 10명을 교육한다. POSTECH 교수는 "
            "협력을 환영했다.",
            "kr-postech",
            "kr-pohang",
        ),
    ],
)
def test_a_university_called_by_its_acronym_again_has_it_as_id(
    registries: Registries, text: str, expected: str, not_expected: str
) -> None:
    found = page_partner_ids(registries, text)
    assert expected in found
    assert not_expected not in found


def test_an_acronym_given_once_only_glosses_the_name(registries: Registries) -> None:
    text = (
        "Jalisco y Cần Thơ\n"
        "La Universidad de Guadalajara (UdeG) recibirá a 8 investigadores de la provincia "
        "vietnamita de Cần Thơ."
    )
    found = page_partner_ids(registries, text)
    assert not any(pid.endswith("-udeg") for pid in found)


@pytest.mark.parametrize(
    ("text", "place", "lang"),
    [
        ("Il presidente, Franco Bertone, originario di Asti, ha detto", "Asti", "it"),
        ("Professorin Anna Richter, die aus Halle stammt, leitet", "Halle", "de"),
        ("a déclaré Claire Dumas, originaire de Saint-Étienne.", "Saint-Étienne", "fr"),
        ("El rector, originario de Tlaquepaque, dijo", "Tlaquepaque", "es"),
        ("Проректор Ирина Соколова, уроженка Перми, рассказала", "Перми", "ru"),
        ("沼津市出身の小川直子教授は話した。", "沼津", "ja"),
        ("대구 출신인 이정민 교수는 말했다.", "대구", "ko"),
    ],
)
def test_a_home_town_is_named_as_one(text: str, place: str, lang: str) -> None:
    start = text.index(place)
    assert names_a_home_town(text, start, start + len(place), lang)


@pytest.mark.parametrize(
    ("text", "place", "lang"),
    [
        ("La delegazione di Asti ha firmato un accordo con Khánh Hòa.", "Asti", "it"),
        ("Die Delegation aus Halle unterzeichnete das Abkommen.", "Halle", "de"),
        ("沼津市は覚書を締結した。", "沼津", "ja"),
        ("대구시는 협약을 체결했다.", "대구", "ko"),
    ],
)
def test_a_place_that_acts_is_no_home_town(text: str, place: str, lang: str) -> None:
    start = text.index(place)
    assert not names_a_home_town(text, start, start + len(place), lang)


def test_a_home_town_is_no_partner_but_the_acting_body_is(registries: Registries) -> None:
    text = (
        "La Camera di Commercio di Torino firma con Khánh Hòa\n"
        "La Camera di Commercio di Torino ha firmato un accordo con la provincia vietnamita di "
        "Khánh Hòa. Il presidente della Camera, Franco Bertone, originario di Asti, ha parlato."
    )
    found = page_partner_ids(registries, text)
    assert "it-turin-chamber-of-commerce" in found
    assert "it-asti" not in found


def test_honghe_zhou_is_the_prefecture_not_the_county(registries: Registries) -> None:
    text = "红河州与老街省签署合作协议\n红河州人民政府与越南老街省人民委员会签署合作协议。"
    found = page_partner_ids(registries, text)
    assert "cn-honghe-prefecture" in found
    assert "cn-honghe" not in found
