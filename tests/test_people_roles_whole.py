"""Roles kept whole and people counted as people (issue 13, sixth round, brief people20).

Each case is what an editor sees in the draft: the person's name and the role beside it, or the
figure and its unit.
"""

from __future__ import annotations

import pytest

from digest.extract.figures import extract_figures
from digest.extract.people import extract_people
from digest.extract.translit import to_latin
from digest.registries import Registries
from digest.roles import translate_role


def people(text: str, lang: str) -> list[tuple[str, str]]:
    return [(person.name, person.role) for person in extract_people(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "He met Acting Chairman of the Provincial People's Committee Bui Van Hai in Ha Long.",
            ("Bui Van Hai", "Acting Chairman of the Provincial People's Committee"),
        ),
        (
            "zh",
            "广西壮族自治区领导会见了越南谅山省人民委员会代主席阮文明一行。",
            ("阮文明", "Acting Chairman of the Lang Son Provincial People's Committee"),
        ),
        (
            "ja",
            "署名式にはフート省人民委員会のグエン・ヴァン・ナム委員長代行が出席した。",
            ("グエン・ヴァン・ナム", "Acting Chairman of the Provincial People's Committee"),
        ),
        (
            "ru",
            "Переговоры прошли с исполняющим обязанности председателя народного комитета"
            " провинции Фам Ван Лапом.",
            ("Фам Ван Лап", "Acting Chairman of the Provincial People's Committee"),
        ),
    ],
)
def test_an_acting_title_stays_acting(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in people(text, lang)


def test_a_chairman_is_not_acting_without_the_word() -> None:
    text = "He met Chairman of the Provincial People's Committee Bui Van Hai in Ha Long."
    assert people(text, "en") == [("Bui Van Hai", "Chairman of the Provincial People's Committee")]


def test_an_acting_role_reads_back_in_vietnamese(registries: Registries) -> None:
    role = "Acting Chairman of the Provincial People's Committee"
    assert translate_role(role, "vi", registries) == "Quyền Chủ tịch Ủy ban nhân dân tỉnh"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ja", "岐阜大学の森田真一学長は奨学金を新設すると述べた。", ("森田真一", "President")),
        ("ko", "김성호 포스텍 총장은 장학생을 선발하겠다고 밝혔다.", ("김성호", "President")),
        (
            "zh",
            "广西大学校长王志刚表示，学校明年将接收越南学生。",
            ("王志刚", "President of Guangxi"),
        ),
        (
            "en",
            "Edith Cowan University Vice-Chancellor Professor Clare Whitford said so.",
            ("Clare Whitford", "Vice-Chancellor"),
        ),
        (
            "hi",
            "मुंबई विश्वविद्यालय की कुलपति डॉ. मीना कुलकर्णी ने बताया कि छात्रों को प्रवेश मिलेगा।",
            ("मीना कुलकर्णी", "Vice-Chancellor"),
        ),
    ],
)
def test_a_universitys_head_keeps_the_title_of_the_language(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    """学長, 총장 and 大学校长 are a university's President (a school's 校长 stays Principal);
    English and Hindi name the head the Vice-Chancellor, not a vice rector."""
    assert expected in people(text, lang)


def test_a_pro_vice_chancellor_is_a_deputy() -> None:
    text = "Professor Jane Dobbs, Pro Vice-Chancellor of the University of Newcastle, said so."
    assert people(text, "en") == [("Jane Dobbs", "Vice Rector")]


def test_a_german_lands_head_is_its_minister_president() -> None:
    text = (
        "Die stellvertretende Ministerpräsidentin Sabine Krüger unterzeichnete drei "
        "Absichtserklärungen. Ministerpräsident Michael Brandt war nicht anwesend."
    )
    assert people(text, "de") == [
        ("Sabine Krüger", "Deputy Minister-President"),
        ("Michael Brandt", "Minister-President"),
    ]


def test_the_first_of_two_joined_titles_and_a_portfolio_before_the_name() -> None:
    text = "Deputy Premier and Minister for State Development Rita Sanders led a delegation."
    assert people(text, "en") == [("Rita Sanders", "Deputy Premier")]


def test_a_verb_between_a_title_and_a_name_still_breaks_the_role() -> None:
    assert people("The minister for trade met Rita Sanders yesterday.", "en") == []


def test_an_italian_portfolio_with_its_adjective_before_the_name() -> None:
    text = (
        "«È la terza missione», ha detto l'assessore regionale allo Sviluppo economico Paolo Gatti."
    )
    assert people(text, "it") == [("Paolo Gatti", "Regional Minister")]


def test_an_italian_verb_after_the_portfolio_breaks_the_role() -> None:
    assert people("l'assessore al Turismo incontra Paolo Gatti oggi.", "it") == []


def test_a_professor_set_off_by_a_comma_in_german() -> None:
    text = "Der Rektor der Technischen Universität Dresden, Prof. Andreas Vogel, kündigte an."
    assert people(text, "de") == [("Andreas Vogel", "Rector")]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("de", "Wir bereiten jährlich 60 Bewerber auf B1-Niveau vor.", 60),
        ("pl", "Ambasada zapowiedziała wsparcie dla 8 stypendystów.", 8),
        ("hi", "परिषद ने 6 वियतनामी वैज्ञानिकों को प्रशिक्षण देने की घोषणा की।", 6),
        ("ru", "Проект объединит 40 специалистов из двух стран.", 40),
        ("pt", "O hospital vai receber 9 médicos vietnamitas.", 9),
    ],
)
def test_callings_counted_are_people(lang: str, text: str, value: int) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text, lang)] == [(value, "people")]


def test_a_final_to_after_ie_in_katakana_is_the_vietnamese_final_t() -> None:
    """ヴィエト is Việt, not "Vieto"; a lone ト is still a syllable of its own."""
    assert to_latin("ダン・クオック・ヴィエト", "ja") == "Dang Quoc Viet"
    assert to_latin("グエン・ヴァン・ト", "ja") == "Nguyen Van Tho"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Вице-губернатор Тамбовской области Олег Сергеевич Буров провёл переговоры.",
            "Олег Сергеевич Буров",
        ),
        (
            "Переговоры провёл с губернатором Тамбовской области Олегом Сергеевичем Буровым.",
            "Олег Сергеевич Буров",
        ),
    ],
)
def test_a_russian_name_with_its_patronymic_keeps_the_first_name(text: str, expected: str) -> None:
    """The word before a patronymic is the first name, not a declined place."""
    assert [name for name, _ in people(text, "ru")] == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "La présidente du conseil départemental de Seine-Maritime, Claire Vasseur, a reçu"
            " la délégation.",
            ("Claire Vasseur", "President of the Regional Council of Seine-Maritime"),
        ),
        (
            "fr",
            "Le vice-président du conseil régional, Jean Dupont, a reçu la délégation.",
            ("Jean Dupont", "Vice President of the Regional Council"),
        ),
        (
            "fr",
            "M. Pham Van Nghiem, vice-président du Comité populaire provincial, a parlé.",
            ("Pham Van Nghiem", "Vice Chairman of the Provincial People's Committee"),
        ),
        (
            "pt",
            "O presidente da Câmara Municipal de Braga, Miguel Barros Leite, recebeu a delegação.",
            ("Miguel Barros Leite", "Mayor of Braga"),
        ),
    ],
)
def test_a_council_is_presided_and_a_portuguese_chamber_has_a_mayor(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    """A French council's président is its President (a Vietnamese committee's stays its
    Chairman); the president of a Portuguese municipal chamber is the town's mayor."""
    assert people(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Mayor Angela Whitcomb welcomed a delegation of 10 led by Pham Minh Tuan.", 10),
        ("de", "Eine Delegation von 12 traf am Montag ein.", 12),
        ("fr", "Une délégation de 8 conduite par le vice-président est arrivée.", 8),
    ],
)
def test_a_delegations_size_counts_its_members(lang: str, text: str, expected: int) -> None:
    figures = [(f.value, f.unit, f.what) for f in extract_figures(text, lang)]
    assert figures == [(expected, "people", "delegates")]


def test_a_delegation_of_companies_is_no_delegation_size() -> None:
    assert [(f.value, f.unit) for f in extract_figures("a delegation of 5 companies", "en")] == [
        (5, "count")
    ]


def test_more_after_a_number_counts_what_was_just_counted() -> None:
    text = (
        "Rund 120 junge Vietnamesinnen und Vietnamesen sollen ausgebildet werden, in einer"
        " zweiten Phase 80 bis 100 weitere."
    )
    assert [(f.value, f.unit) for f in extract_figures(text, "de")] == [
        (120, "people"),
        (80, "people"),
        (100, "people"),
    ]
    assert [(f.value, f.unit) for f in extract_figures("They bought 20 more.", "en")] == [
        (20, "count")
    ]
