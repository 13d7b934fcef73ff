"""People found in the shapes the drafting still missed (issue 13, wave 2, brief people2).

Each case is what an editor sees in the draft: the person's name, Latin form and role.
"""

from __future__ import annotations

import pytest

from digest.extract.people import extract_people


def people(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(p.name, p.name_latin, p.role) for p in extract_people(text, lang)]


def names(text: str, lang: str) -> list[str]:
    return [person.name for person in extract_people(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hospital's head (院长) and an association's (会长) are its President
        ("苏州市中心医院院长周国平介绍了合作情况。", ("周国平", "Zhou Guoping", "President")),
        ("该院副院长林小红表示，双方将加强交流。", ("林小红", "Lin Xiaohong", "Vice President")),
        ("省友好协会会长高建华率团访问。", ("高建华", "Gao Jianhua", "President")),
    ],
)
def test_chinese_heads_of_hospitals_and_associations(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert people(text, "zh")[:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "会上，某市市长何建军通报了口岸运行情况。",
        "某集团董事长何建军宣布将投资新建工厂。",
        "某局副局长何建军共同主持会晤。",
    ],
)
def test_a_chinese_name_ends_before_a_verb_of_announcing(text: str) -> None:
    assert names(text, "zh") == ["何建军"]


@pytest.mark.parametrize(
    ("text", "name", "latin"),
    [
        ("河内市人民委员会副主席阮氏秋姮在仪式上表示感谢。", "阮氏秋姮", "Nguyen Thi Thu Hang"),
        ("计划投资厅厅长黎氏红绒（女）通报了情况。", "黎氏红绒", "Le Thi Hong Nhung"),
    ],
)
def test_a_vietnamese_womans_name_of_four_chinese_characters(
    text: str, name: str, latin: str
) -> None:
    assert [(p.name, p.name_latin) for p in extract_people(text, "zh")] == [(name, latin)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a doctor's title before the name, after the role set off by a comma
        (
            "es",
            "Su rectora, la doctora Ana Lucía Torres, destacó el interés de los estudiantes.",
            ("Ana Lucía Torres", "Rector"),
        ),
        (
            "es",
            "El rector Dr. C. Julio Ramos Vega firmó el acuerdo.",
            ("Julio Ramos Vega", "Rector"),
        ),
        (
            "pt",
            "A presidente, Dra. Maria Aparecida Souza Lima, informou os números.",
            ("Maria Aparecida Souza Lima", "Chairwoman"),
        ),
        (
            "it",
            "Il rettore, prof. Marco Bellini, ha firmato l'accordo.",
            ("Marco Bellini", "Rector"),
        ),
        # a family name with a particle goes on to the comma that closes the apposition
        (
            "pt",
            "A cooperativa, cujo presidente, José Carlos Mendes de Almeida, anunciou compras.",
            ("José Carlos Mendes de Almeida", "Chairman"),
        ),
        (
            "es",
            "La agencia, cuyo consejero delegado, Luis Fernández de Castro Ruiz, anunció una misión.",
            ("Luis Fernández de Castro Ruiz", "CEO"),
        ),
        # a Chilean or Peruvian region's governor is its "gobernador regional"
        (
            "es",
            "La delegación fue encabezada por el gobernador regional Tomás Herrera Soto.",
            ("Tomás Herrera Soto", "Governor"),
        ),
    ],
)
def test_latin_names_after_a_doctors_title_or_with_a_particle(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert [(p.name, p.role) for p in extract_people(text, lang)] == [expected]


def test_a_particle_before_a_place_is_no_family_name() -> None:
    assert names("Il sindaco Marco Rossi di Bologna, ha firmato.", "it") == ["Marco Rossi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Korean name between its body's name and its title
        ("한국농업기술진흥원 최민준 원장은 협력을 약속했다.", ("최민준", "Director")),
        # a name ending like a province (성) after a body's name is no province
        (
            "대구상공회의소 김재성 회장은 방문 계획을 밝혔다.",
            ("김재성", "President of the Chamber of Commerce"),
        ),
        # the verb before a name and its title is not the name
        ("대학을 방문해 이준호 총장과 협력 방안을 논의했다.", ("이준호", "President")),
    ],
)
def test_a_korean_name_right_before_its_title(text: str, expected: tuple[str, str]) -> None:
    assert [(p.name, p.role) for p in extract_people(text, "ko")] == [expected]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("하노이시 인민위원회 부위원장 쩐 반 남은 감사를 표했다.", "쩐 반 남"),
        ("협약식에는 인민위원회 부위원장 응우옌 티 란이 참석했다.", "응우옌 티 란"),
    ],
)
def test_a_vietnamese_name_a_syllable_a_word_after_a_korean_title(text: str, name: str) -> None:
    found = extract_people(text, "ko")
    assert [p.name for p in found] == [name]
    assert found[0].role.startswith("Vice Chair")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a company named in quotes, with or without its legal form, between title and name
        (
            "ru",
            "Генеральный директор ООО «Волга-Трейд» Олег Петрович Смирнов рассказал о планах.",
            ("Олег Петрович Смирнов", "Director"),
        ),
        (
            "ru",
            "Об этом сообщил генеральный директор «Северный Путь» Павел Орехов.",
            ("Павел Орехов", "Director"),
        ),
        (
            "uk",
            "Директор ТОВ «Агросвіт» Андрій Мельник наголосив на якості.",
            ("Андрій Мельник", "Director"),
        ),
        # the Ukrainian feminine of a rector
        ("uk", "Ректорка університету Марія Шевчук провела зустріч.", ("Марія Шевчук", "Rector")),
    ],
)
def test_slavic_names_after_a_quoted_company_or_a_feminine_title(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert [(p.name, p.role) for p in extract_people(text, lang)] == [expected]


def test_a_quoted_saying_before_a_name_is_no_company() -> None:
    assert names("Он сказал «Спасибо» Иван Петров.", "ru") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feminine patronymic in the instrumental, after a long genitive organ
        (
            "С заместителем министра экономического развития Тверской области Ольгой "
            "Викторовной Лебедевой делегация обсудила планы.",
            "Ольга Викторовна Лебедева",
        ),
        # "and" between two genitive complements of the title
        (
            "По словам министра сельского хозяйства и продовольствия области Андрея Волкова, "
            "экспорт вырос.",
            "Андрей Волков",
        ),
    ],
)
def test_russian_names_after_long_genitive_organs(text: str, expected: str) -> None:
    assert names(text, "ru") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the portfolio's last word glued to the name's capitalised run
        (
            "Tasmania's Minister for Energy and Resources Mark Doyle opened the fair.",
            ("Mark Doyle", "Minister"),
        ),
        # "of" after a lowercase word does not make the name a place's
        (
            "The school opened with the participation of Laura Finch, Deputy Head of Mission "
            "of the Embassy.",
            ("Laura Finch", "Deputy Head of the Embassy"),
        ),
    ],
)
def test_english_names_after_a_portfolio_or_of(text: str, expected: tuple[str, str]) -> None:
    assert [(p.name, p.role) for p in extract_people(text, "en")] == [expected]
