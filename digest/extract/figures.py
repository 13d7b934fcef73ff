"""Quantities an article reports: money, counts of delegations and people, percentages, areas.

A number becomes a figure only when a currency, a unit or a counted noun stands by it, so dates,
years, ordinals, durations, phone numbers and the digits of names ("G20", "202/2025/QH15") fall
away without a list of everything a number can be. What it counts is read from the registry's
keywords near it (registries/measures.yaml, compiled by ``figures_vocabulary``); month names come
from Babel's CLDR data. Nothing language-specific is written here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from babel.numbers import get_territory_currencies

from digest.extract.figures_vocabulary import vocabulary
from digest.extract.numbers import (
    Amount,
    Lexicon,
    as_number,
    find_amounts,
    is_name_part,
    letter_follows,
    prepare,
    prepare_article,
    registry,
    words_language,
)
from digest.registries import drafting_cache, drafting_registries
from digest.schema import Figure
from digest.scripts import char_class

OTHER = "other"
# What a sum paid every month is when nothing else names it (registries/measures.yaml).
SALARY = "salary"
# A Latin stop before a space, any other stop anywhere: one character set first, which the
# regex engine skips ahead by (see ``text.run_of``).
_SENTENCE_END = re.compile(r"[.!?;。！？；؛।\n](?:(?<![.!?;])|(?=\s))")
_CLAUSE_END = re.compile(r"[.!?;:,](?=\s)|[。！？；：؛।\n，、،()（）]|(?<=\s)—(?=\s)")
_WINDOW = 40  # characters after a number in which its counted noun may stand
_UNSPACED_WINDOW = 12
# How far before a number its words may start. Real clauses are far shorter; without a bound a
# sentence that never ends (a pasted table, "1 1 1 …") makes each number rescan all before it.
_LOOKBACK = 400
# How far from a number, within its sentence, a word naming what it counts is looked for: a
# "sentence" of a broken page can run for the whole page, and reading all of it again for each
# of its thousands of numbers took minutes.
_MEASURE_REACH = 400
# What a number written in words may count when the word stands right after it ("sześć sal
# lekcyjnych"); further away, or before a place ("the two provinces"), only measures and money.
_SPELLED_KINDS = frozenset({"measure", "currency", "unit"})
_SPELLED_ANCHORED = _SPELLED_KINDS | {"noun", "classifier"}
_NOT_QUANTITIES = frozenset({"time", "rate"})  # durations, dates, ages; "1인당" (per person)
_LAST_DAY = 31
# What a delegation's members are counted as (measures.yaml `members:`), the word linking a
# delegation to its size, and how far before the number the delegation word may end.
_MEMBERS = "delegates"
# One adjective may stand between ("una misión comercial de 16 empresas"); in Japanese and
# Chinese the size follows the delegation word with nothing between ("一行12名").
_MEMBERS_LINK = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:of|de|von|di|из|з|із)\s+", re.IGNORECASE)
_MEMBERS_LINK_UNSPACED = re.compile(r"")
_MEMBERS_REACH = 40
# "more" closing a clause after a number: the number counts more of what was just counted.
_FURTHER = re.compile(
    r"\s*(?:more|weitere|weiteren|autres|otros|otras|más|altri|altre|outros|outras|mais)"
    r"(?=\s*(?:[.,;:!?)]|$))",
    re.IGNORECASE,
)
_DAY_BEFORE = re.compile(r"\d{1,2}\.?\s*(?:de\s+)?$")


# A word right after a number: one space in scripts written with spaces, none in Chinese and
# Japanese, whose counters are Han characters ("4分野", "3家"), in Japanese perhaps after a small
# ka ("2カ所", "3ヶ国").
_SPACED_NOUN = re.compile(r" ?([^\W\d_]+(?:['’-][^\W\d_]+)*)(?![\w'’-])")
_NUMBER_NEXT = re.compile(r"\s?\d")
_UNSPACED_NOUN = re.compile(f"([カヵヶケか]?[{char_class('Han')}]{{1,3}})")


@drafting_cache
def _stopwords(lang: str) -> frozenset[str]:
    spec = drafting_registries().vocabularies.languages["languages"].get(lang) or {}
    return frozenset(prepare(str(word), lang) for word in spec.get("stopwords") or [])


@dataclass(frozen=True)
class _Reading:
    """What one number turned out to be, before ranges share units between neighbours."""

    value: Decimal
    unit: str
    what: str
    approx: bool
    money: bool = False
    # Whether it is the earlier value of a comparison ("frente a 62.000", "up from 95").
    baseline: bool = False
    # Where the sentence of the number starts: two equal figures in one sentence count two
    # things ("3 scholarships for master's and 3 for doctoral students"), not a repetition.
    sentence: int = 0


def extract_figures(text: str, lang: str) -> list[Figure]:
    """Every quantity in the article body, in order of appearance, duplicates (same value, unit,
    what) removed.

    A repeated figure is approximate if any mention says so ("topped 3.2 billion" in the lead,
    "over 3.2 billion" in the body), and a figure of measure "other" is dropped when the same
    value and unit was classified elsewhere in the article (a headline restating a count). An
    article repeats a figure in another sentence; equal figures in one sentence are two
    ("two border markets and two bus routes"), and the article's later repetitions of them are
    dropped as well.
    """
    prepared = prepare_article(text, lang)
    figures: dict[tuple[int | float, str, str, int], Figure] = {}
    # Every copy of a figure comes from the sentence that first gives it: the same again in that
    # sentence is another thing counted, in any other sentence it is the first one repeated.
    first_sentence: dict[tuple[int | float, str, str], int] = {}
    copies: dict[tuple[int | float, str, str], int] = {}
    for reading in _Reader(prepared, lang).readings():
        figure = Figure(as_number(reading.value), reading.unit, reading.what, reading.approx)
        same = (figure.value, figure.unit, figure.what)
        copy = 0
        if first_sentence.setdefault(same, reading.sentence) == reading.sentence:
            copy = copies.get(same, 0)
            copies[same] = copy + 1
        key = (*same, copy)
        seen = figures.get(key)
        figures[key] = replace(seen, approx=seen.approx or figure.approx) if seen else figure
    classified = {(value, unit) for value, unit, what, _ in figures if what != OTHER}
    return [f for f in figures.values() if f.what != OTHER or (f.value, f.unit) not in classified]


def in_partners_currency(figures: list[Figure], countries: Iterable[str]) -> list[Figure]:
    """The figures with a currency word that several countries share ("dirham": Morocco's,
    read by default, and the Emirates') put in the currency of the country the article is
    about: the one of the partners' countries that pays in another currency of the group."""
    shared = registry().get("shared_currencies") or {}
    if not any(figure.unit in shared for figure in figures):
        return figures
    # A partner may have no country (an international body).
    paid = {code for c in countries if c for code in get_territory_currencies(c)}
    moved: dict[str, str] = {}
    for default, others in shared.items():
        local = [code for code in others if code in paid]
        if len(local) == 1 and default not in paid:
            moved[default] = local[0]
    return [replace(f, unit=moved[f.unit]) if f.unit in moved else f for f in figures]


class _Reader:
    """Reads the numbers of one prepared article against one language's vocabulary."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.vocab = vocabulary(words_language(lang))
        self.amounts = [a for a in find_amounts(text, lang) if self._stands_alone(a)]
        self.sentence_ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        # Where words about each number may start: after the last figure, in its sentence.
        self.left_limits: list[int] = []
        self._noun_after = _UNSPACED_NOUN if lang in ("ja", "zh") else _SPACED_NOUN
        self._stopwords = _stopwords(lang)

    def readings(self) -> list[_Reading]:
        self.done: list[_Reading | None] = []
        readings, figure_end = self.done, 0
        for i, amount in enumerate(self.amounts):
            sentence_start = self._sentence(amount.start)[0]
            self.left_limits.append(max(sentence_start, figure_end, amount.start - _LOOKBACK))
            reading = self._read(i)
            readings.append(reading and replace(reading, sentence=sentence_start))
            figure_end = amount.end if readings[-1] is not None else figure_end
        for i in range(len(readings) - 1):
            head, tail = readings[i], readings[i + 1]
            if head is None and tail is not None and self._is_range(i):
                readings[i] = head = self._range_head(i, tail)
                readings[i + 1] = replace(tail, approx=tail.approx or head.approx)
        return [r for r in readings if r is not None]

    def _stands_alone(self, amount: Amount) -> bool:
        """False for digits that belong to a name, a code, a time or a phone number."""
        after = self.text[amount.number_end : amount.number_end + 2]
        glued_currency = self.vocab.currency_before.ending(
            self.text, max(0, amount.start - 6), amount.start
        )  # "RM15 million", "Rs500": a currency code glued to the digits names no thing
        name_part = is_name_part(self.text, amount) and glued_currency is None
        if name_part or after[:1] == "/" or re.match(r":\d", after):
            return False
        return not (self.vocab.setting.dot_ordinals and amount.plain and after == ". ")

    def _is_range(self, i: int) -> bool:
        head, tail = self.amounts[i], self.amounts[i + 1]
        found = self.vocab.flags["ranges"].match(self.text, head.end)
        between = self.text[found[1] : tail.start] if found else "x"
        return not between.strip() and not self._year_like(head) and not self._is_date(head)

    def _range_head(self, i: int, tail: _Reading) -> _Reading:
        """ "25–40 milionów VND": 25 takes the scale, unit and measure of 40."""
        head, next_amount = self.amounts[i], self.amounts[i + 1]
        value = head.value * (next_amount.factor if head.factor == 1 else 1)
        return _Reading(value, tail.unit, tail.what, self._approx_before(i))

    def _closes_years(self, i: int) -> bool:
        """The second year of a span ("the 2025–2026 school year", "temporada 2025-2026") is a
        year, whatever noun follows it."""
        first, second = self.amounts[i - 1] if i else None, self.amounts[i]
        if first is None or not (self._year_like(first) and self._year_like(second)):
            return False
        found = self.vocab.flags["ranges"].match(self.text, first.end)
        return found is not None and not self.text[found[1] : second.start].strip()

    def _year_like(self, amount: Amount) -> bool:
        year_max = self.vocab.setting.year_max
        return amount.plain and len(amount.token) == 4 and 1900 <= amount.value <= year_max

    def _is_date(self, amount: Amount) -> bool:
        """A day or a year next to a month name: "August 1", "1 июля", "marca 2025", and with
        a link word between: "el 3 de marzo", "the 3rd of March"."""
        months, text = self.vocab.flags["months"], self.text
        if not amount.token[:1].isdigit():
            return False  # "9 de abril três memorandos"
        if amount.value > _LAST_DAY and not (amount.plain and len(amount.token) == 4):
            return False  # "3rd of March 40 students": no day, no year
        month = months.ending(text, max(0, amount.start - 16), amount.start)
        if month is not None:  # "August 1", unless the month closes a date: "٣ مارس ٥ اتفاقيات"
            day_first = _DAY_BEFORE.search(text, max(0, month[1] - 8), month[1])
            return amount.value > _LAST_DAY or not day_first  # (a year: "1 July 2025")
        link = self.vocab.flags["date_links"].match(text, amount.number_end)
        return months.match(text, link[1] if link else amount.number_end) is not None

    def _read(self, i: int) -> _Reading | None:
        amount = self.amounts[i]
        if self._is_date(amount) or self._closes_years(i):
            return None
        approx_after, pos = self._skip_approx(amount.end)
        found = self._what_follows(i, pos)
        if found is None:
            return None
        (kind, ident), end, anchored = found
        if kind == "classifier" and ident == "count":
            # "lượng khách du lịch đạt khoảng 120.000 lượt": a bare counter closing the clause
            # counts the people its subject names before the verb.
            subject = self._subject(i, end)
            if subject is not None and self.vocab.units_of[subject[0][1]] == "people":
                kind, ident = subject[0]
        spelled = not amount.token[:1].isdigit()
        if kind in _NOT_QUANTITIES or (spelled and not self._spelled_counts(i, kind, anchored)):
            return None
        if kind == "subset":
            earlier = self._reading_before(i)
            approx = approx_after or amount.rough or self._approx_before(i)
            if earlier is None:
                return None
            return replace(earlier, value=amount.value, approx=approx, baseline=self._baseline(i))
        if self._is_year_or_rank(amount, kind, anchored) or self._names_places(i, kind):
            return None
        more_approx, end = self._skip_approx(end)
        unit, what = self._classify(i, kind, ident, end)
        if what == OTHER and unit in ("people", "count") and self._members_of(i) is not None:
            what = _MEMBERS  # "a delegation of 32 enterprises": the delegation's members
        approx = approx_after or more_approx or amount.rough or self._approx_before(i)
        money, baseline = kind == "currency", self._baseline(i)
        return _Reading(amount.value, unit, what, approx, money=money, baseline=baseline)

    def _baseline(self, i: int) -> bool:
        """ "frente a 62.000", "up from $1.02 billion": the earlier value of a comparison."""
        before = self.left_limits[i], self.amounts[i].start
        return self.vocab.flags["baselines"].ending(self.text, *before) is not None

    def _names_places(self, i: int, kind: str) -> bool:
        """Digits after a definite article before a place noun name the parties, as a number
        word would: "the 2 provinces", "les 2 pays"."""
        if kind != "place":
            return False
        start = self.amounts[i].start
        return self.vocab.flags["definite"].ending(self.text, max(0, start - 12), start) is not None

    def _spelled_counts(self, i: int, kind: str, anchored: bool) -> bool:
        """A number word counts a measure, or a noun right after it unless a definite article
        makes it name the parties ("os dois portos", "the two schools")."""
        if kind in _SPELLED_KINDS:
            return True
        # "une dizaine de jeunes", "una decina di tecnici": a rough number word is a noun, its
        # "of" stands between it and what it counts.
        if not (anchored or self.amounts[i].rough) or kind not in _SPELLED_ANCHORED:
            return False
        start = self.amounts[i].start
        article = self.vocab.flags["definite"].ending(self.text, max(0, start - 12), start)
        return article is None

    def _what_follows(self, i: int, pos: int) -> tuple[tuple[str, str], int, bool] | None:
        """The (kind, id) that makes number ``i`` a quantity, where it ends, and whether it stood
        right by the number (a currency sign before it counts as right by it)."""
        amount, text = self.amounts[i], self.text
        found = self.vocab.tail.match(text, pos)
        if found is None and amount.factor > 1 and text[pos : pos + 2] == ". ":
            found = self.vocab.tail.match(text, pos + 1)  # "3,5 Mio. Euro": a scale's abbreviation
        if found is not None:
            return found[0], found[1], True
        if amount.end == amount.number_end and letter_follows(text, amount):
            # "10th", "5G", "10-й"; but in Chinese and Japanese a counter is glued on ("4分野")
            glued = self._any_noun(i, pos) if self._noun_after is _UNSPACED_NOUN else None
            return (glued[0], glued[1], True) if glued else None
        currency = self.vocab.currency_before.ending(text, max(0, amount.start - 6), amount.start)
        if currency is not None:
            return ("currency", currency[0]), pos, True
        if self._year_like(amount):
            return None
        counted = (
            self._counted_noun(i, pos)
            or self._members_of(i)
            or self._further(i, pos)
            or self._number_of(i)
            or self._subject(i)
            or self._subset(i)
        )
        if counted:
            # A number word before a noun phrase ("six Vietnamese agronomy lecturers") counts
            # the noun that ends it, as it counts a noun right after it.
            phrase = not amount.token[:1].isdigit() and self._any_noun(i, pos) is not None
            return counted[0], counted[1], phrase
        noun = self._any_noun(i, pos)
        # A number word is read with the noun right after it ("zwei Berufsschulen"); digits
        # keep their own tests for years ("in 2024 tourists came").
        return (noun[0], noun[1], not amount.token[:1].isdigit()) if noun else None

    def _subject(self, i: int, close: int | None = None) -> tuple[tuple[str, str], int] | None:
        """ "I turisti italiani sono stati circa 35.000": the counted noun before a verb, when
        the number (or what follows it up to ``close``) ends its clause."""
        text, start, end = self.text, self.left_limits[i], self.amounts[i].start
        verb = self.vocab.flags["copulas"].ending(text, start, end)
        close = self.amounts[i].end if close is None else close
        after = text[close : close + 3].lstrip(" ")
        if verb is None or after[:1] not in ("", *".,;:!?)。，\n"):
            return None  # only a number closing its clause
        nouns = [
            (word_end, ident)
            for lexicon in self.vocab.counted.values()
            for ident, _s, word_end in lexicon.find(text, start, verb[1])
        ]
        return (("measure", max(nouns)[1]), self.amounts[i].end) if nouns else None

    def _subset(self, i: int) -> tuple[tuple[str, str], int] | None:
        """ "из них около 80", "31 of them", "up from 95", "frente a 62.000": a part of what the
        figure before it in the sentence counts, or the earlier value it is compared with."""
        text, start, end = self.text, self.amounts[i].start, self.amounts[i].end
        flags, left = self.vocab.flags, self.left_limits[i]
        found = (
            flags["subsets"].ending(text, left, start)
            or flags["baselines"].ending(text, left, start)
            or flags["subsets"].match(text, end)
        )
        if found is None or self._reading_before(i) is None:
            return None
        return ("subset", ""), end

    def _reading_before(self, i: int) -> _Reading | None:
        """The last figure before number ``i`` in its sentence."""
        sentence = self._sentence(self.amounts[i].start)[0]
        for back in range(i - 1, -1, -1):
            if self.amounts[back].start < sentence:
                break
            if self.done[back] is not None:
                return self.done[back]
        return None

    def _counted_noun(self, i: int, pos: int) -> tuple[tuple[str, str], int] | None:
        """A counted noun a few words after the number ("3.700 internationalen Besuchern")."""
        found = next(self.vocab.window.find(self.text, pos, self._window(i, pos)), None)
        return (found[0], found[2]) if found else None

    def _any_noun(self, i: int, pos: int) -> tuple[tuple[str, str], int] | None:
        """A number in digits right before a word no list names counts that thing ("32
        Industrieparks", "4分野"), unless the word names the parties ("2 bên", "両国") or is a
        small word of the language ("between 2 and 5")."""
        amount = self.amounts[i]
        if amount.end != amount.number_end:
            return None  # "3 million": a scale is money or people's
        if not amount.token[:1].isdigit() and amount.value < 2:
            return None  # "one of them", "un día"
        if self.vocab.flags["ranges"].match(self.text, amount.end):
            return None  # "20 à 30 mètres": the range's second number says what it counts
        found = self._noun_after.match(self.text, pos)
        if found is None or self.vocab.flags["parties"].match(self.text, found.start(1)):
            return None
        if found.group(1) in self._stopwords or _NUMBER_NEXT.match(self.text, found.end()):
            return None  # "с 9 по 14 июня": a word between two numbers links them
        return ("noun", "count"), found.end()

    def _members_of(self, i: int) -> tuple[tuple[str, str], int] | None:
        """ "a delegation of 10 led by ...", "uma comitiva de 6": a delegation's size with no noun
        after it counts its members, who are people; with a noun ("a delegation of 32
        enterprises"), ``_read`` keeps the noun's unit and counts them as members too."""
        text, amount = self.text, self.amounts[i]
        left = max(self.left_limits[i], amount.start - _MEMBERS_REACH)
        link = _MEMBERS_LINK_UNSPACED if self.vocab.setting.unspaced else _MEMBERS_LINK
        for ident, _start, word_end in self.vocab.counted["people"].find(text, left, amount.start):
            if ident == _MEMBERS and link.fullmatch(text[word_end : amount.start]):
                return ("measure", ident), amount.end
        return None

    def _further(self, i: int, pos: int) -> tuple[tuple[str, str], int] | None:
        """ "120 trainees ..., then 80 to 100 more": a number closed by "more" counts what the
        figure before it in the sentence counts."""
        found = _FURTHER.match(self.text, pos)
        before = self._reading_before(i) if found else None
        if found is None or before is None or before.unit not in ("people", "count"):
            return None
        return ("classifier", before.unit), found.end()

    def _number_of(self, i: int) -> tuple[tuple[str, str], int] | None:
        """A count whose noun came before it: "the number of scholarships ... to 25"."""
        text, start, end = self.text, self.left_limits[i], self.amounts[i].start
        for _marker, _start, marker_end in self.vocab.flags["number_of"].find(text, start, end):
            for lexicon in self.vocab.counted.values():
                for ident, _s, _e in lexicon.find(text, marker_end, end):
                    return ("measure", ident), self.amounts[i].end
        return None

    def _is_year_or_rank(self, amount: Amount, kind: str, anchored: bool) -> bool:
        """Years ("năm 2020", "seit 2008") and ordinals ("第10回", "lần thứ 9")."""
        text, flags, left = self.text, self.vocab.flags, max(0, amount.start - 24)
        year_marker = flags["year_markers"].ending(text, left, amount.start)
        if (amount.plain and len(amount.token) == 4 and year_marker) or (
            self._year_like(amount) and not anchored
        ):
            return True
        if kind == "currency":
            return False
        before = flags["ordinals_before"].ending(text, left, amount.start)
        dotted = self.vocab.ordinal_dot
        return bool(
            (before is not None and before[0])
            or flags["ordinals_after"].match(text, amount.number_end)
            or (dotted is not None and dotted.match(text, amount.number_end))
        )

    def _classify(self, i: int, kind: str, ident: str, end: int) -> tuple[str, str]:
        if kind == "currency":
            return ident, self._money_measure(i, end)
        if kind == "unit":
            return ident, self._unit_measure(i, ident, end)
        if kind in ("noun", "place"):
            return ident, OTHER
        if kind == "classifier":
            limits = self.left_limits[i], self._right_limit(i, end)
            return ident, self._nearest(self.vocab.counted[ident], i, end, limits)
        return self.vocab.units_of[ident], self._refine(ident, i, end)

    def _unit_measure(self, i: int, unit: str, end: int) -> str:
        """A share of people is of them ("97% of workers"); tonnes and percentages otherwise
        belong to the money measure named in their clause ("exports rose 12%") or to the money
        figure before them in the sentence ("1,87 млрд долларов, что на 14,2% больше")."""
        if unit not in self.vocab.money_context:
            return OTHER
        named = self._counted_noun(i, end)
        if named and named[0][0] == "measure" and self.vocab.units_of[named[0][1]] == "people":
            return named[0][1]
        clause = self.left_limits[i], self._right_limit(i, end)
        what = self._nearest(self.vocab.money, i, end, clause)
        earlier = self._reading_before(i)
        # A share of the sum before it, the growth since the earlier value just given
        # ("85.000 turistas, frente a 62.000 en 2023, un crecimiento del 37%"), or the growth
        # of the volume just given ("1,200 tonnes this season, up 18%").
        inherits = earlier is not None and (
            earlier.money
            or earlier.baseline
            or (earlier.unit != unit and earlier.unit in self.vocab.money_context)
        )
        return earlier.what if what == OTHER and earlier and inherits else what

    def _money_measure(self, i: int, end: int) -> str:
        """The money measure named in the sentence, else at the end of the one before; a sum
        paid every month that nothing else names is pay ("1.800 Euro im Monat")."""
        start, stop = self._sentence(self.amounts[i].start)
        what = self._nearest(self.vocab.money, i, end, (start, stop))
        if what == OTHER and start > 0:
            previous = max(self._sentence(start - 1)[0], start - _MEASURE_REACH)
            found = list(self.vocab.money.find(self.text, previous, start))
            what = found[-1][0] if found else OTHER
        if what == OTHER:
            clause = self.left_limits[i], self._right_limit(i, end)
            if next(self.vocab.flags["monthly"].find(self.text, *clause), None) is not None:
                return SALARY
        return what

    def _refine(self, ident: str, i: int, end: int) -> str:
        """ "delegations" becomes delegations_received or _sent by the nearest cue word."""
        cues = self.vocab.cues.get(ident)
        if cues is None:
            return ident
        limits = self._sentence(self.amounts[i].start)
        cue = self._nearest(cues, i, end, limits)
        return ident if cue == OTHER else cue

    def _nearest(self, lexicon: Lexicon[str], i: int, end: int, limits: tuple[int, int]) -> str:
        """The keyword closest to number ``i``: before it (from ``limits[0]``) or after its
        unit (to ``limits[1]``). A word after counts double its distance: most languages put
        the verb and the noun before the number ("رحبت بـ 6 وفود ونظمت 4 وفود")."""
        start = self.amounts[i].start
        low, high = max(limits[0], start - _MEASURE_REACH), min(limits[1], end + _MEASURE_REACH)
        best, distance = OTHER, len(self.text) + 1
        for ident, _s, word_end in lexicon.find(self.text, low, start):
            best, distance = ident, start - word_end
        after = next(lexicon.find(self.text, end, max(end, high)), None)
        return after[0] if after and 2 * (after[1] - end) < distance else best

    def _approx_before(self, i: int) -> bool:
        start, end = self.left_limits[i], self.amounts[i].start
        currency = self.vocab.currency_before.ending(self.text, start, end)
        end = currency[1] if currency else end
        return self.vocab.flags["approx_before"].ending(self.text, start, end) is not None

    def _skip_approx(self, pos: int) -> tuple[bool, int]:
        found = self.vocab.flags["approx_after"].match(self.text, pos)
        return (True, found[1]) if found else (False, pos)

    def _sentence(self, pos: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.sentence_ends, pos)
        start = self.sentence_ends[index - 1] if index else 0
        end = self.sentence_ends[index] if index < len(self.sentence_ends) else len(self.text)
        return start, end

    def _right_limit(self, i: int, end: int) -> int:
        stop = self._sentence(end)[1]
        return min(stop, self.amounts[i + 1].start if i + 1 < len(self.amounts) else stop)

    def _window(self, i: int, pos: int) -> int:
        size = _UNSPACED_WINDOW if self.vocab.setting.unspaced else _WINDOW
        limit = max(pos, min(self._right_limit(i, pos), pos + size))
        clause = _CLAUSE_END.search(self.text, pos, limit)
        return clause.start() if clause else limit
