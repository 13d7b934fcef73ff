"""Patterns run over whole texts, written so that the regex engine skips ahead to where a match
can start (speed18): each finds what the pattern it replaced found, and a prefilter never skips
a text the pattern would match."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from re import _compiler, _constants, _parser  # the engine's own reading of a pattern

import pytest

from digest.extract import (
    acronyms,
    brands,
    companies,
    figures,
    gazetteer,
    language,
    numbers,
    page_furniture,
    people_scripts,
    places,
    topics,
    translit,
)
from digest.text import look_after_first_letter, run_of


def _skips_ahead(pattern: re.Pattern[str]) -> bool:
    """Whether the engine looks for a literal prefix or a character set before trying the
    pattern, rather than trying it at every character of the text."""
    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    return bool(code[2] & (_constants.SRE_INFO_PREFIX | _constants.SRE_INFO_CHARSET))


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _texts(alphabet: Sequence[str], count: int = 3000, longest: int = 12) -> list[str]:
    """Random texts of the characters (or words) of ``alphabet``."""
    rng = random.Random(18)
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


# Each rewritten pattern, the pattern it replaced, and the characters its matches turn on.
_REWRITTEN = [
    (topics._SENTENCE_END, r"[.!?。！？؟।](?:\s|$)|[。！？]", "a.!?。！？؟। \n"),
    (figures._SENTENCE_END, r"[.!?;](?=\s)|[。！？；؛।\n]", "a.!?;。！？；؛। \n"),
    (numbers._DATE, r"(?<![\d.,])\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)", "1239./-,a "),
    (
        places._INDOCHINA,
        r"อินโดจีน|インドシナ|인도차이나|印度支那|الهند\s?الصينية|हिंद[-\s]?चीन|جوز\s?الهند"
        r"|(?<!\w)(?:Indo-?[Cc]hin|Индо-?[Кк]ита)\w*",
        ("Indo", "-", "Chin", "chin", "Индо", "Кита", "кита", "a", " "),
    ),
    (
        acronyms._ACRONYM_FIRST,
        r"(?<![\w(（-])([A-Z]{3,6})(?:[ \t][–—-][ \t]|[ \t](?=[A-ZÀ-Þ]))",
        "ABCÉa(（- \t–",
    ),
    (
        acronyms._GLOSSED,
        r"(?<![\w'’-])([A-Z][\w&'’-]{1,11})[ \t]*[(（](?=[A-ZÀ-ÞА-ЯЁІЇЄ])([^()（）\n]{8,160})[)）]",
        ("AB", "a", " ", "(", "（", "Жабвгдеё", "abcdefgh", ")", "'", "-"),
    ),
    (
        companies._FOUNDATION,
        r"(?<!\w)(?:Stiftung|Fondazione|Fundação|Fundación|Fundacja|Fondation|Nadace|Fundația)"
        r"[ \t]+((?:[A-ZÀ-ÞĀ-Ž][\w'’-]*)(?:[ \t]+[A-ZÀ-ÞĀ-Ž][\w'’-]*){0,2})",
        ("Stiftung", "Nadace", "Fundação", " ", "\t", "a", "B", "x"),
    ),
    (
        companies._FORMS,
        r"(?<=\s)(?:Public Company Limited|Public Co\.,? Ltd\.?"
        r"|Pty\.? Ltd\.?|Pte\.? Ltd\.?|Sdn\.? Bhd\.?|K\.K\.|GmbH & Co\.? KG|GmbH|gGmbH|mbH|AG|KGaA"
        r"|S\.p\.A\.?|SpA"
        r"|S\.r\.l\.?|Srl|S\.A\.S\.?|SAS"
        r"|S\.A\.?|SARL|S\.L\.?|Ltda\.?|Lda\.?|Co\.,? Ltd\.?|Ltd\.?|Limited|Inc\.?|Corp\.?|Co\."
        r"|Corporation|LLC"
        r"|PLC|plc|B\.V\.?|N\.V\.?|[Ss]p\. z o\.o\.?|S\.A\.|a\.s\.|s\.r\.o\.|Kft\.?|Zrt\.?|Oy"
        r"|AB|A/S|e\. ?V\.|ONLUS|asbl|ASBL)"
        r"(?![\w&])",
        (
            "Public",
            " Company Limited",
            "Co.",
            ", Ltd.",
            "GmbH",
            " & Co. KG",
            "Sp. z o.o.",
            "sp. z o.o",
            "AG",
            "S.A.",
            "S.A.S",
            "e. V.",
            "A/S",
            " ",
            "\n",
            "x",
            "&",
            ".",
        ),
    ),
    (
        brands._GLUED,
        r"(?<![\w-])Pro(?=[A-ZÁÉÍÓÚ][a-záéíóúñ]{2,}(?![\w-]))",
        ("Pro", "Á", "ab", "-", "x", " "),
    ),
    (
        brands._SPACED,
        r"(?<![\w-])(?:Business|Invest|Enterprise) (?=[A-Z])",
        ("Business", "Invest", " ", "A", "-", "x"),
    ),
    (
        acronyms.ACRONYM,
        r"\s*[(（]([A-Z][A-Za-z&]{1,9})[)）]",
        ("(", "（", " ", "\t", "AB", "a", "&", ")", "）", "x"),
    ),
    (
        acronyms._ACRONYM_PLACE,
        r"\s*[(（]([A-Z][A-Z&]{1,9}\s[A-Z][\w-]+)[)）]",
        ("(", "（", " ", "AB", "Lyon", "-", ")", "）", "x"),
    ),
    (gazetteer._SPACES, " {2,}", " a"),
    (gazetteer._SEPARATORS, r"[\s\-‐–—・·]+", " \t-–・·aИ"),
    (gazetteer._SLAVIC_WORD, r"[^\W\d_]+", "aИ1_ ,ं"),
    (language._WORDS, r"[^\W\d_]+", "aé1_ -"),
    (people_scripts._TOKEN, r"[^\s.,;:!?()\[\]{}\"'«»“”„،؛؟\-–—/|·・、。]+", "a漢 .,'«-、"),
]


@pytest.mark.parametrize(("pattern", "before", "alphabet"), _REWRITTEN)
def test_a_rewritten_pattern_finds_what_it_replaced(
    pattern: re.Pattern[str], before: str, alphabet: str
) -> None:
    replaced = re.compile(before)
    for text in _texts(alphabet):
        assert _spans(pattern, text) == _spans(replaced, text), text
        assert pattern.sub("<>", text) == replaced.sub("<>", text), text
        for start in range(len(text)):  # as ``match`` is asked at a given place
            found, before_found = pattern.match(text, start), replaced.match(text, start)
            assert (found and (found.span(), found.groups())) == (
                before_found and (before_found.span(), before_found.groups())
            ), (text, start)


@pytest.mark.parametrize(("pattern", "before", "alphabet"), _REWRITTEN)
def test_a_rewritten_pattern_skips_ahead(
    pattern: re.Pattern[str], before: str, alphabet: str
) -> None:
    assert _skips_ahead(pattern)
    assert not _skips_ahead(re.compile(before))


def test_the_look_comes_after_each_form_s_first_letter() -> None:
    pattern = look_after_first_letter(r"(?<!\w)", ["Stiftung", "Nadace"])
    assert pattern == r"(?:S(?<!\wS)tiftung|N(?<!\wN)adace)"
    with pytest.raises(AssertionError):
        look_after_first_letter(r"(?<!\w|-)", ["Stiftung"])  # two widths
    with pytest.raises(AssertionError):
        look_after_first_letter(r"(?<!\w)", ["[Ss]tiftung"])  # no plain letter first


def test_a_run_of_characters_is_the_repeated_set() -> None:
    assert run_of("ab") == "[ab][ab]*"
    for text in _texts("ab c", longest=20):
        assert re.findall(run_of("ab"), text) == re.findall("[ab]+", text)


def test_the_script_of_a_text_is_its_first_letter_outside_latin() -> None:
    old = re.compile("|".join(f"([{letters}])" for letters in translit._SCRIPT_LETTERS))

    def before(text: str) -> str:
        match = old.search(text)
        return translit._SCRIPT_NAMES[match.lastindex - 1] if match and match.lastindex else "latin"

    for text in _texts("aé 1Иक्ष漢カかไ김عー々・", count=5000, longest=6):
        assert translit.script_of(text) == before(text), text
    assert translit.script_of("Nguyễn Văn An") == "latin"
    assert translit.script_of("Lê Иван 김") == "cyrillic"


@pytest.mark.parametrize(
    "line",
    [
        "Français ▾",
        "Français▾  ",
        "Buscar...",
        "Search…\n",
        "Menu ▼\t",
        "Deutsch ˅ \u3000",  # an ideographic space is a space to both
        "Tiếng Việt",
        "The end.",
        "Menu ▾ Home",
        "",
        "   ",
    ],
)
def test_control_marks_come_off_as_the_pattern_takes_them(line: str) -> None:
    assert page_furniture._without_control_marks(line) == page_furniture._CONTROL_MARKS.sub(
        "", line
    )


def test_a_line_with_no_mark_at_its_end_is_not_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    scanned: list[str] = []
    marks = page_furniture._CONTROL_MARKS

    class _Counting:
        def sub(self, repl: str, line: str) -> str:
            scanned.append(line)
            return marks.sub(repl, line)

    monkeypatch.setattr(page_furniture, "_CONTROL_MARKS", _Counting())
    assert page_furniture._without_control_marks("Tiếng Việt ") == "Tiếng Việt "
    assert page_furniture._without_control_marks("English ▾") == "English"
    assert scanned == ["English ▾"]
    monkeypatch.setattr(page_furniture, "_CONTROL_MARKS", marks)
    for text in _texts("a .…▾\t\n", count=5000):
        assert page_furniture._without_control_marks(text) == marks.sub("", text), text


# speed19: the Cyrillic legal forms and company words before a name in quotes, as written
# before (a look behind first, tried at every character of a text with a quote).
_CYRILLIC_FORMS_BEFORE = re.compile(
    r"(?<!\w)(?:(?P<ua>ТОВ|ПрАТ|ПАТ)|ООО|ОАО|ЗАО|ПАО|АО|НАО|АТ|ТОО"
    r"|(?P<air>[Аа]виа|[Аа]віа)?[Кк]омпан(?:ия|ии|ией|ию|ія|ії|ією|ію)"
    r"|(?:[Аа]гро)?[Хх]олдинг(?:а|у|ом|е|і)?"
    r"|[Тт]уроператор(?:а|у|ом|е|і)?"
    r"|(?:[Аа]гро|[Тт]ур)?[Фф](?:ирм(?:а|ы|е|у|ой)|ірм(?:а|и|і|у|ою)))"
    r"\s*[«\"“„](?P<name>[^»\"”“\n]{2,40})[»\"”“]"
)


def _cyrillic_forms(pattern: re.Pattern[str], text: str) -> list[tuple]:
    """What the drafting reads of each match: its span, the name, whether "ua" and "air" hold."""
    return [
        (m.span(), m.group("name"), bool(m.group("ua")), bool(m.group("air")))
        for m in pattern.finditer(text)
    ]


def test_the_cyrillic_forms_find_what_they_found_before() -> None:
    words = (
        *("ТОВ", "ПрАТ", "ПАТ", "ООО", "ОАО", "ЗАО", "ПАО", "АО", "НАО", "АТ", "ТОО"),
        *("Авиа", "авіа", "Компания", "компанією", "Агро", "агро", "Холдинг", "холдингом"),
        *("Туроператор", "тур", "Фирма", "фірмою", "Ф", "А", "Т", "П", "О", "x", "ж", "1"),
        *(" ", "\n", "«", "»", '"', "“", "„", "”", "Сиб", "ab"),
    )
    texts = _texts(words, count=20000, longest=14)
    assert sum(bool(_CYRILLIC_FORMS_BEFORE.search(text)) for text in texts) > 200
    for text in texts:
        assert _cyrillic_forms(companies._CYRILLIC_FORMS, text) == _cyrillic_forms(
            _CYRILLIC_FORMS_BEFORE, text
        ), text
    found = companies._CYRILLIC_FORMS.search("и ТОВ «Агросвіт», авиакомпания «Ангара»")
    assert found and found.group("name") == "Агросвіт" and found.group("ua")
    assert companies._CYRILLIC_FORMS.search("СТОВ «Агросвіт»") is None  # a letter before it


def test_the_cyrillic_forms_skip_ahead() -> None:
    assert _skips_ahead(companies._CYRILLIC_FORMS)
    assert not _skips_ahead(_CYRILLIC_FORMS_BEFORE)
