"""Numbers as articles write them: any script's digits, the locale's separators, scale words.

Separators come from Babel's CLDR data, corrected by what articles really do: a lone separator
followed by exactly three digits groups thousands unless it is the locale's decimal mark, so
"1.549" is 1549 in German and Vietnamese but 1.549 in English, while "2,08" is 2.08 in German.
Scale words ("tỷ", "Millionen", "億") and spelled-out quantity words come from
vocabularies/numbers.yaml, so a new language needs vocabulary, not code.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, TypeVar

from babel.core import UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from digest.registries import drafting_cache, drafting_registries
from digest.scripts import char_class
from digest.text import FoldTable, fold

# Zeros of the digit sets articles use: Arabic-Indic, Extended Arabic-Indic (Persian, Urdu),
# Devanagari, Bengali, Thai, Lao, Myanmar, Khmer and full-width.
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x0ED0, 0x1040, 0x17E0, 0xFF10)
_NATIVE_DIGITS = str.maketrans(
    {chr(zero + digit): str(digit) for zero in _DIGIT_ZEROS for digit in range(10)}
)
_DASHES = dict.fromkeys([*range(0x2010, 0x2016), 0x2212], "-")
_LIGHT = str.maketrans({**_DASHES, **_NATIVE_DIGITS})
_ARABIC_DECIMAL, _ARABIC_GROUP = "\u066b", "\u066c"

# Words are runs of letters: digits and punctuation end them ("5km", "US-Dollar").
_REST = r"[^\W\d]*"
_END = r"(?![^\W\d])"
_LEFT = r"(?<![^\W\d])"

_DIGIT_TOKEN = r"\d+(?:[.,'’\u066b\u066c]\d+)*"
_SPACE_GROUPED = r"\d{1,3}(?: \d{3})+(?!\d)(?:,\d+)?"
_URL = re.compile(r"(?:https?://|www\.)\S+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# Its first digit before the look behind it, so that the regex engine skips ahead to digits
# (see ``text.run_of``): no digit, point or comma before the date.
_DATE = re.compile(r"\d(?<![\d.,]\d)\d{0,3}[./-]\d{1,2}[./-]\d{1,4}(?!\d)")
# Letters of alphabetic scripts: digits glued to them belong to a name ("g20", "10th", "10-й").
_ALPHABETIC = re.compile(f"-?[{char_class('Latin', 'Greek', 'Cyrillic')}]")
_NAME_BEFORE = re.compile(r"(?:[+#№/]|\d:|[^\W\d_]-)$")
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")
_SEPARATED = re.compile(r"\d{1,3}(?:[\s'’]\d{3})+(?:[.,]\d+)?")

V = TypeVar("V")
THOUSAND = Decimal(1000)
MILLION = Decimal(1_000_000)


def registry() -> dict[str, Any]:
    """vocabularies/numbers.yaml of the registries drafting reads with (checked, loaded once)."""
    return drafting_registries().vocabularies.numbers


@dataclass(frozen=True)
class Language:
    """How words are matched in one language (the registry's `languages` section)."""

    code: str
    light_fold: bool = False  # keep marks: they tell words apart (Vietnamese tones, Thai vowels)
    unspaced: bool = False  # words are not separated by spaces, so match anywhere
    loose_left: bool = False  # nouns hide inside compounds or behind clitics
    clitics: bool = False  # so do approximation words ("لحوالي")
    stems: bool = False  # every word inflects, as if each ended in "*"
    space_groups: bool = False  # a space groups thousands ("3 500") whatever the locale says
    dot_ordinals: bool = False  # "9." is "ninth"
    approx_gap: int = 0  # words allowed between an approximation word and its number
    year_max: int = 2100


@drafting_cache
def language(code: str) -> Language:
    return Language(code, **(registry().get("languages") or {}).get(code, {}))


def words_language(lang: str) -> str:
    """The language whose registry words ``lang`` is read with: its own, or English (numerals,
    codes and symbols are shared) for a language the registry does not list yet."""
    return lang if lang in registry()["scales"] else "en"


# ``fold`` of each character, with digits of every script written 0-9.
_FOLD = FoldTable(lambda char: fold(char).translate(_NATIVE_DIGITS))


def prepare(text: str, lang: str) -> str:
    """``text`` folded as vocabulary is for ``lang``, with every digit written 0-9."""
    if language(lang).light_fold:
        return unicodedata.normalize("NFKC", text).casefold().translate(_LIGHT)
    return unicodedata.normalize("NFC", text).translate(_FOLD)


def prepare_article(text: str, lang: str) -> str:
    """``prepare``-d text without URLs, e-mail addresses and numeric dates ("15/11/2025"),
    whose digits are never quantities."""
    if "http" in text or "www." in text:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    return _DATE.sub(" ", prepare(text, lang))


class Lexicon(Generic[V]):
    """Registry words of one language, each mapped to a value, compiled into one pattern.

    Words ending in ``*`` are stems; others must end where the text's word ends. Longer words
    are tried first, so "lượt khách" wins over "lượt" and "đồng chí" over "đồng". The words
    are compiled as a prefix tree, so a position where no word starts fails on one character.
    """

    def __init__(
        self, entries: Mapping[str, V], lang: str, *, loose_left: bool = False, gap: int = 0
    ) -> None:
        setting = language(lang)
        words: dict[tuple[str, bool], V] = {}
        for raw, value in entries.items():
            stem = setting.stems or raw.endswith("*")
            word = prepare(raw.removesuffix("*"), lang).strip()
            if word:
                words[word, stem] = value
        tree: dict[str, Any] = {}
        for word, stem in words:
            node = tree
            for char in word:
                node = node.setdefault(char, {})
            node.setdefault("", []).append((_suffix(word, stem, setting.unspaced), (word, stem)))
        order: list[tuple[str, bool]] = []
        alternatives = _branches(tree, order) if tree else ""
        self.values = [words[key] for key in order]
        left = "" if setting.unspaced or loose_left else _LEFT
        self._body = f"{left}(?:{alternatives or '(?!)'})"
        self._gap = gap

    # Compiled on first use: most lexicons are only ever searched one way.
    @functools.cached_property
    def _anchored(self) -> re.Pattern[str]:
        return re.compile(rf"[^\S\n]{{0,2}}{self._body}")

    @functools.cached_property
    def _anywhere(self) -> re.Pattern[str]:
        return re.compile(self._body)

    @functools.cached_property
    def _ending(self) -> re.Pattern[str]:
        return re.compile(rf"{self._body}(?:\s+\S+){{0,{self._gap}}}\s*$")

    def match(self, text: str, pos: int) -> tuple[V, int] | None:
        """The word starting at ``pos`` (after at most two spaces) and where it ends."""
        found = self._anchored.match(text, pos)
        return (
            (self.values[found.lastindex - 1], found.end()) if found and found.lastindex else None
        )

    def find(self, text: str, start: int, end: int) -> Iterator[tuple[V, int, int]]:
        """Every word between ``start`` and ``end``, with its span."""
        for found in self._anywhere.finditer(text, start, end):
            if found.lastindex:
                yield self.values[found.lastindex - 1], found.start(), found.end()

    def ending(self, text: str, start: int, end: int) -> tuple[V, int] | None:
        """The word that ends the span (up to ``gap`` words before its end), and where it starts."""
        found = self._ending.search(text, start, end)
        return (
            (self.values[found.lastindex - 1], found.start()) if found and found.lastindex else None
        )


def _branches(node: dict[str, Any], order: list[tuple[str, bool]]) -> str:
    """The regex of a prefix tree's words, longer words first, with an empty group where each
    word ends; ``order`` receives the words in the order of their groups."""
    options = [re.escape(char) + _branches(child, order) for char, child in node.items() if char]
    for suffix, key in node.get("", ()):
        order.append(key)
        options.append(f"(){suffix}")
    return options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"


def _suffix(word: str, stem: bool, unspaced: bool) -> str:
    if unspaced or word.endswith(("'", "’")):  # an elided article: "d'euros"
        return ""
    return rf"{_REST}\.?" if stem else _END


def words_for(section: Mapping[str, Any], lang: str) -> list[str]:
    """A section's words for ``lang`` plus those listed for all languages."""
    return [*(section.get("all") or ()), *(section.get(lang) or ())]


@functools.cache
def separators(lang: str) -> tuple[str, str]:
    """The locale's (decimal, group) symbols from CLDR; English ones for unknown languages."""
    try:
        return get_decimal_symbol(lang), get_group_symbol(lang)
    except (UnknownLocaleError, ValueError):
        return ".", ","


def parse_number(token: str, lang: str = "en") -> Decimal | None:
    """The value of a written number ("1.549", "2,08", "1,87,560", "٣٫٥"), None if malformed."""
    token = unicodedata.normalize("NFKC", token).strip().translate(_NATIVE_DIGITS)
    if any(ch.isspace() or ch in "'’" for ch in token):
        if not _SEPARATED.fullmatch(token):
            return None
        token = re.sub(r"[\s'’]", "", token)
    if _ARABIC_DECIMAL in token or _ARABIC_GROUP in token:
        token = token.replace(_ARABIC_GROUP, "").replace(",", "").replace(_ARABIC_DECIMAL, ".")
        return _from_parts(token, ".", None)
    if _INDIAN.fullmatch(token):
        return Decimal(token.replace(",", ""))
    marks = [ch for ch in token if ch in ".,"]
    if len(set(marks)) == 2:
        decimal, group = marks[-1], marks[0]
        return None if marks.count(decimal) > 1 else _from_parts(token, decimal, group)
    if len(marks) > 1:
        return _from_parts(token, None, marks[0])
    if marks and _groups_thousands(token, marks[0], lang):
        return _from_parts(token, None, marks[0])
    return _from_parts(token, marks[0] if marks else None, None)


def _groups_thousands(token: str, mark: str, lang: str) -> bool:
    whole, _, rest = token.partition(mark)
    return len(rest) == 3 and len(whole) <= 3 and mark != separators(lang)[0]


def _from_parts(token: str, decimal: str | None, group: str | None) -> Decimal | None:
    whole, _, fraction = token.partition(decimal) if decimal else (token, "", "")
    if group:
        if not re.fullmatch(rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}})+", whole):
            return None
        whole = whole.replace(group, "")
    if not whole.isdigit() or (fraction and not fraction.isdigit()):
        return None
    return Decimal(f"{whole}.{fraction}" if fraction else whole)


def as_number(value: Decimal) -> int | float:
    """A plain number for front matter: int when integral, so 1.6 million is 1600000."""
    return int(value) if value == value.to_integral_value() else float(value)


@dataclass(frozen=True)
class Amount:
    """A number found in prepared text, scale words applied ("1,6 Millionen" is 1600000)."""

    value: Decimal
    start: int
    end: int  # after the scale words
    number_end: int  # after the digits or the number word
    factor: Decimal  # what the first number's scale words multiplied it by
    token: str  # the digits or the word as written
    rough: bool = False  # a word that means "about so many" ("une centaine")

    @property
    def plain(self) -> bool:
        """Bare digits without separators or scale: what a year, a code or an id looks like."""
        return self.token.isdigit() and self.factor == 1


@dataclass(frozen=True)
class _Grammar:
    digits: re.Pattern[str]
    part: re.Pattern[str]
    scales: Lexicon[Decimal]
    links: Lexicon[bool]
    words: Lexicon[tuple[int, bool]]
    unspaced: bool


@drafting_cache
def _grammar(lang: str) -> _Grammar:
    data, words = registry(), words_language(lang)
    spaced_groups = separators(lang)[1].isspace() or language(words).space_groups
    digits = f"{_SPACE_GROUPED}|{_DIGIT_TOKEN}" if spaced_groups else _DIGIT_TOKEN
    scales = {word: Decimal(factor) for word, factor in (data["scales"].get(words) or {}).items()}
    exact = {word: (n, False) for word, n in (data["number_words"].get(words) or {}).items()}
    rough = {word: (n, True) for word, n in (data["rough_numbers"].get(words) or {}).items()}
    return _Grammar(
        digits=re.compile(digits),
        part=re.compile(r"\s?(\d+(?:[.,]\d+)?)"),
        scales=Lexicon(scales, words),
        links=Lexicon(dict.fromkeys(data["scale_links"].get(words) or [], True), words),
        words=Lexicon({**exact, **rough}, words),
        unspaced=language(words).unspaced,
    )


def find_amounts(text: str, lang: str) -> list[Amount]:
    """Every number in ``prepare``-d text, in order, with its scale words and compound parts."""
    grammar = _grammar(lang)
    tokens = [
        (m.start(), m.end(), parse_number(m.group(), lang), False)
        for m in grammar.digits.finditer(text)
    ]
    spelled = grammar.words.find(text, 0, len(text))
    tokens += [(start, end, Decimal(n), rough) for (n, rough), start, end in spelled]
    amounts: list[Amount] = []
    consumed = 0
    for start, end, value, rough in sorted(tokens, key=lambda t: t[0]):
        if start >= consumed and value is not None:
            amounts.append(_scaled(text, start, end, value, grammar, lang, rough))
            consumed = amounts[-1].end
    return amounts


def _scaled(
    text: str, start: int, end: int, value: Decimal, grammar: _Grammar, lang: str, rough: bool
) -> Amount:
    factor, pos = _scale(text, end, grammar)
    if value == THOUSAND and factor == 1 and not text[start:end].isdigit():
        value, factor, pos = _thousand_and(text, end, grammar, lang) or (value, factor, pos)
    total, previous = value * factor, factor
    while previous > 1 and (part := _next_part(text, pos, previous, grammar, lang)):
        addend, previous, pos = part
        total += addend
    return Amount(total, start, pos, end, factor, text[start:end], rough)


def _thousand_and(
    text: str, pos: int, grammar: _Grammar, lang: str
) -> tuple[Decimal, Decimal, int] | None:
    """The rest of "mil 200 millones" after the thousand word, read as one number (1 200
    millions, as Latin American papers write 1.2 billion): the hundreds, then a scale of
    millions or more. Returns the thousand and the hundreds, the scale and where it ends."""
    found = grammar.part.match(text, pos)
    hundreds = parse_number(found.group(1), lang) if found else None
    if found is None or hundreds is None or not 0 < hundreds < THOUSAND:
        return None
    factor, end = _scale(text, found.end(), grammar)
    return (THOUSAND + hundreds, factor, end) if factor >= MILLION else None


def _scale(text: str, pos: int, grammar: _Grammar) -> tuple[Decimal, int]:
    """The product of the scale words at ``pos`` and where they end ("millions de" included)."""
    factor = Decimal(1)
    while found := grammar.scales.match(text, pos):
        multiplier, pos = found
        factor *= multiplier
    if factor > 1 and (link := grammar.links.match(text, pos)):
        pos = link[1]
    return factor, pos


def _next_part(
    text: str, pos: int, previous: Decimal, grammar: _Grammar, lang: str
) -> tuple[Decimal, Decimal, int] | None:
    """A smaller group after a larger one: "6700万" after "7億", "5천만" after "1억"."""
    found = grammar.part.match(text, pos)
    value = parse_number(found.group(1), lang) if found else None
    if found is None or value is None:
        return None
    factor, end = _scale(text, found.end(), grammar)
    attached = grammar.unspaced and found.start(1) == pos and factor == 1 and value < previous
    if not attached and not 1 < factor < previous:
        return None
    return value * factor, factor, end


def parse_amount(text: str, lang: str) -> int | float | None:
    """The first amount in ``text`` as a plain number: "7億6700万ドル" → 767000000."""
    amounts = find_amounts(prepare(text, lang), lang)
    return as_number(amounts[0].value) if amounts else None


def is_name_part(text: str, amount: Amount) -> bool:
    """Digits glued to letters, after "+", "#" or "/", or with a leading zero: ids and phones."""
    start, token = amount.start, amount.token
    if start and _ALPHABETIC.match(text, start - 1) and text[start - 1] != "-":
        return True
    if _NAME_BEFORE.search(text, max(0, start - 2), start):
        return True
    return token[:1] == "0" and token[1:2].isdigit()


def letter_follows(text: str, amount: Amount) -> bool:
    """A letter (or a hyphen and a letter) right after the digits: "10th", "5G", "10-й"."""
    return _ALPHABETIC.match(text, amount.number_end) is not None
