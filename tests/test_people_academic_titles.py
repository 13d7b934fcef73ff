"""Professors, deans, researchers and managers (composed sentences, invented people): the titles
universities, institutes and firms speak through, in the languages pages write them in; Spanish
regional and municipal titles; the Korean university named short (경북대) between a name and its
title, and a Korean name with a level's syllable inside it (노현수) after its title."""

from __future__ import annotations

import pytest

from digest.extract.people import extract_people


def people(text: str, lang: str) -> list[tuple[str, str]]:
    return [(p.name, p.role) for p in extract_people(text, lang)]


def names(text: str, lang: str) -> list[str]:
    return [p.name for p in extract_people(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Name, then title (Japanese, Korean, Chinese), with and without the body before it.
        (
            "ja",
            "北海道大学の佐藤明子教授は「交流を続けたい」と話した。",
            [("佐藤明子", "Professor")],
        ),
        ("ja", "JICA事務所の田村健次長は式典に出席した。", [("田村健", "Deputy Director")]),
        # A one-character faculty (農学部) is the dean's, not the end of his name.
        ("ja", "開所式で中田誠農学部長があいさつした。", [("中田誠", "Dean")]),
        ("ja", "ミナト精工の渡辺浩司取締役は計画を明らかにした。", [("渡辺浩司", "Manager")]),
        ("ko", '충북대학교 김민수 교수는 "협력하겠다"고 말했다.', [("김민수", "Professor")]),
        ("ko", '농업생명과학대학 박지훈 학장은 "협력하겠다"고 말했다.', [("박지훈", "Dean")]),
        # Title, then name, after a comma or not, after "its" (Romance languages, German,
        # Russian, English).
        (
            "es",
            "Su gerente, Pablo Roca, explicó que la empresa crecerá.",
            [("Pablo Roca", "Manager")],
        ),
        ("es", "Su decano, Tomás Vera, dijo que la facultad colabora.", [("Tomás Vera", "Dean")]),
        (
            "es",
            "La investigadora del instituto, Ana Torres Gil, explicó el plan.",
            [("Ana Torres Gil", "Researcher")],
        ),
        ("fr", "Le chercheur Paul Martin a présenté le projet.", [("Paul Martin", "Researcher")]),
        ("pt", "O pesquisador João Lima explicou o projeto.", [("João Lima", "Researcher")]),
        (
            "de",
            "Der Dekan der Fakultät, Hans Weber, sagte, das Projekt wachse.",
            [("Hans Weber", "Dean")],
        ),
        ("ru", "Профессор Иван Петров сказал, что проект растёт.", [("Иван Петров", "Professor")]),
        (
            "en",
            "Dean of the Faculty of Law, John Smith, said the project would grow.",
            [("John Smith", "Dean")],
        ),
    ],
)
def test_academic_and_business_titles_name_a_person(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(name, role.split(" of ")[0]) for name, role in people(text, lang)] == expected


def test_korean_university_named_short_between_a_name_and_its_title() -> None:
    # 경 is a family name, so 경북대 looks like a full name; the name is the one before it.
    assert names('이상현 경북대 학장은 "연수를 진행하겠다"고 밝혔다.', "ko") == ["이상현"]


def test_korean_between_is_no_name_before_a_title() -> None:
    # "professor exchanges between the two universities": 간 "between" names no one.
    assert names("양측은 대학교와 창원대 간 교수 교류도 희망한다고 밝혔다.", "ko") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Plural researchers and a count of them are no person.
        ("es", "Seis investigadores vietnamitas llegarán a La Habana en mayo."),
        ("ja", "試験場が毎年研究員3～5名を派遣します。"),
    ],
)
def test_titles_without_a_name_are_no_person(lang: str, text: str) -> None:
    assert names(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Spanish pages keep a Catalan, Valencian or Galician minister's own word, call a
        # River Plate mayor intendente and a Mexican councillor regidor.
        (
            "es",
            "La consellera de Agricultura, Laia Serra Font, precisó que el Govern aportará fondos.",
            [("Laia Serra Font", "Regional Minister")],
        ),
        (
            "es",
            "Por la tarde, el intendente de Villa Nueva, Ramiro Paz, firmó el acuerdo.",
            [("Ramiro Paz", "Mayor")],
        ),
        (
            "es",
            "El Ayuntamiento, representado por el regidor Óscar Mena, acordó el plan.",
            [("Óscar Mena", "Councillor")],
        ),
    ],
)
def test_spanish_regional_and_municipal_titles(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert people(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body, then its head in a parenthesis; 현 "county" and 성 "province" inside a given
        # name are its syllables, not a unit.
        ("상공회의소(회장 노현수)는 회원사를 모집한다.", ["노현수"]),
        ("㈜대성정밀(대표 박성훈)은 공장을 세운다.", ["박성훈"]),
        # A level ending the word after a title is a place, not a name.
        ("시장 안동시는 말했다.", []),
    ],
)
def test_korean_name_after_a_title_with_a_level_syllable_inside(
    text: str, expected: list[str]
) -> None:
    assert names(text, "ko") == expected
