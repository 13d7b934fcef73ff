"""Finding registry names in article text, in any script, in one pass over the text.

Names and text are compared in their folded form (case, accents and dashes ignored). Scripts
written with spaces match whole words only; the Slavic languages, which inflect foreign names
("Junnanu", "Китая"), may add a short ending; Arabic may prefix its clitics (و، ب، ل، ال).
Scripts written without spaces (Chinese, Japanese, Thai) and Korean, which glues particles
to names, match anywhere. Longer names win over shorter ones starting at the same place.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass

from digest.scripts import char_class, is_script
from digest.text import THAI_TONE_MARKS, FoldTable, match_fold, run_of

INFLECTING_LANGUAGES = frozenset({"pl", "ru", "uk", "cs"})
_MAX_ENDING = 3
_MIN_STEM = 4
# One-character names ("Ý" is Italy in Vietnamese) match too much to be useful.
_MIN_NAME = 2
_SEPARATORS = re.compile(run_of(r"\s\-‐–—・·"))
# Where a name may start: a word start, or any character of a script written without spaces.
# Arabic names may also start right after a clitic glued to the word (see _ARABIC_CLITICS).
_ARABIC_CLITICS = ("وبال", "وال", "بال", "لل", "ال", "وب", "ول", "وك", "و", "ب", "ل", "ف", "ك")
# Combining marks that belong to the word they are in (Devanagari and Thai vowel signs, which
# are not letters for the regex engine: without them "हनोई" would be three words).
WORD_MARKS = "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_UNSPACED = char_class("Thai", "Hiragana", "Katakana", "Han", "Hangul")
# A word starts after anything but a letter or digit of a spaced script: Latin names stand
# glued to Japanese or Chinese text ("はJICAの").
_WORD_START = (
    rf"(?P<word>(?<![^\W_{_UNSPACED}])(?<![{WORD_MARKS}])[^\W_{_UNSPACED}]"
    rf"(?:[^\W_{_UNSPACED}]|[{WORD_MARKS}])*)"
)


def _candidate_starts(first_chars: set[str]) -> re.Pattern[str]:
    """Where a name may start: a word of a spaced script, or in the scripts written without
    spaces any character that starts a registered name (Thai vowels and signs that follow a
    consonant never do)."""
    if not first_chars:
        return re.compile(_WORD_START)
    chars = "".join(sorted(re.escape(char) for char in first_chars))
    return re.compile(rf"[{chars}]|{_WORD_START}")


_VOWELS = frozenset("aeiouyаеёиоуыэюяіїєьй")
_ENDING_STARTS = _VOWELS | frozenset("j")
# A Slavic stem drops one final vowel or soft sign ("Юньнань" → "Юньнан", "Китай" → "Кита")
# and keeps most of the name, so that it cannot start unrelated words ("Бакл…").
_MIN_STEM_SHARE = 0.8
_LONG_STEM = 5
# The final letters every case form replaces (folded): "Фукуока" is "Фукуоки", "Фукуоке",
# never "Фукуок"; "Гомель" is "Гомеля". (A plural name's bare stem is its genitive: "из Сум".)
_REPLACED_ENDINGS = frozenset("аяьa")
# Thai transliterations add or leave out tone marks ("กว๋างนิญ" / "กวางนิญ"), so names are
# compared without them; but a short name must then match with its marks as written, or
# "ลาว" (Laos) would be found in "กล่าว" (to say) and "ตองกา" (Tonga) in "ต้องการ" (to want).
_THAI_TONELESS_MIN = 6
_THAI_LEADING_VOWELS = frozenset("เแโใไ")
_THAI_FOLLOWERS = frozenset(
    "\u0e30\u0e31\u0e32\u0e33\u0e45"
    + "".join(map(chr, range(0x0E34, 0x0E3B)))
    + THAI_TONE_MARKS
    + "\u0e4d"
)


# Vietnamese tells its one-syllable names apart by the tone mark alone: "Bí thư" (secretary) is
# not Bỉ (Belgium). A one-word name written with a tone mark matches only a word with no tone
# mark (text typed without them) or the same one.
_VI_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _tones(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if c in _VI_TONES)


def match_form(text: str) -> str:
    """The form names and text are compared in: folded, separators collapsed to one space."""
    return _SEPARATORS.sub(" ", match_fold(text))


def _match_form_char(char: str) -> str:
    return " " if _SEPARATORS.fullmatch(char) else match_fold(char)


def _toned(text: str) -> str:
    """Thai text with its tone marks, for comparing short names as written."""
    return _SEPARATORS.sub(" ", unicodedata.normalize("NFKC", text)).strip()


# ``match_form`` by character: ``match_fold`` with each separator read as one space.
_FORM_TABLE = FoldTable(_match_form_char)


def match_form_with_offsets(text: str) -> tuple[str, Sequence[int]]:
    """``match_form(text)`` plus, for each of its characters, the index it came from in ``text``.

    Folding character by character keeps the way back to the original, which the case check
    and the "as written" surface need. A run of separators is one space, as in a registered
    name: "Bà Rịa – Vũng Tàu" with its spaced dash is the name "Bà Rịa-Vũng Tàu".
    """
    form, offsets = _FORM_TABLE.with_offsets(text)
    if "  " not in form:
        return form, offsets
    # Each run of spaces keeps its first; the offsets are copied by the stretch between runs.
    kept: list[int] = []
    start = 0
    for run in _SPACES.finditer(form):
        kept += offsets[start : run.start() + 1]
        start = run.end()
    kept += offsets[start:]
    return _SPACES.sub(" ", form), kept


_SPACES = re.compile("  +")  # two spaces first: the regex engine looks for them as a string


@functools.cache
def _is_word_char(char: str) -> bool:
    # Vowel signs of Indic scripts are marks, not letters, but belong to the word.
    return char.isalnum() or unicodedata.category(char) in ("Mn", "Mc")


@functools.cache
def _spaced_script(char: str) -> bool:
    """Whether a name starting with ``char`` is delimited by spaces in running text."""
    name = unicodedata.name(char, "")
    return name.startswith(("LATIN", "CYRILLIC", "GREEK", "ARABIC", "DEVANAGARI", "DIGIT"))


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    target: Hashable
    surface: str


# What a match names: its target is (PROVINCE, a province's id) or (PARTNER, a partner's id).
PROVINCE = "province"
PARTNER = "partner"


class MatchIndex:
    """A text's matches by position: a page may name thousands of places and bodies, and a
    rule that looked at every match for each of them made such a page take minutes. Only the
    matches within reach are looked at, reaching back as far as the longest match."""

    def __init__(self, matches: Sequence[Match]) -> None:
        self.matches = sorted(matches, key=lambda m: m.start)
        self._starts = [m.start for m in self.matches]
        self._longest = max((m.end - m.start for m in self.matches), default=0)

    def within(self, start: int, end: int) -> list[Match]:
        """The matches that may end between ``start`` and ``end`` (all that start there, and
        those that start earlier by at most the longest match), in order."""
        low = bisect.bisect_left(self._starts, start - self._longest)
        return self.matches[low : bisect.bisect_left(self._starts, end)]

    def overlapping(self, start: int, end: int) -> list[Match]:
        """The matches overlapping ``start``–``end``, in order."""
        return [m for m in self.within(start, end) if start < m.end]


class DisjointSpans:
    """Spans of a text taken by what was read there, none overlapping another, in order: on a
    page naming thousands of bodies, whether a new span overlaps one is a bisection, not a
    scan of all taken so far."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        # Of the spans starting before ``end``, the last ends last (they are disjoint).
        before = bisect.bisect_left(self._starts, end)
        return before > 0 and self._ends[before - 1] > start

    def add(self, start: int, end: int) -> None:
        """Take ``start``-``end``, which overlaps no span taken (see ``overlaps``)."""
        at = bisect.bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)


class Gazetteer:
    """A set of names, each pointing at a target (a province or partner id with its kind)."""

    def __init__(self) -> None:
        self._names: dict[str, Hashable] = {}
        self._stems: dict[str, Hashable] = {}
        # The lengths of the names and stems by their first three characters (a name of two by
        # its two), longest first: few candidate lengths to try per position.
        self._lengths: dict[str, list[int]] = defaultdict(list)
        self._first_pairs: set[str] = set()
        # First words of names in spaced scripts: most words of a text start no name, and one
        # set lookup rules them out before any slicing.
        self._first_words: set[str] = set()
        # Which words of a name must be capitalised as written (those capitalised in the
        # registry: "thành phố Côn Minh" needs Côn and Minh, not thành phố).
        self._capitals: dict[str, tuple[bool, ...]] = {}
        # Thai names as written, tone marks included (see _THAI_TONELESS_MIN).
        self._toned: dict[str, set[str]] = defaultdict(set)
        # One-word Latin names' tone marks (see _VI_TONES).
        self._tone_marks: dict[str, set[str]] = defaultdict(set)
        # First characters of names in scripts written without spaces.
        self._unspaced_starts: set[str] = set()
        self._candidates: re.Pattern[str] | None = None
        # Multi-word names of inflecting languages as tuples of word stems (see _word_stem).
        self._phrases: dict[tuple[str, ...], Hashable] = {}
        self._phrase_lengths: dict[str, set[int]] = {}
        # Stems of names ending in a vowel or soft sign that every case form replaces: the bare
        # stem is no form of the name ("Фукуок" is Phú Quốc, not a form of "Фукуока"; "Минь" a
        # Vietnamese name, not "Минья").
        self._needs_ending: set[str] = set()

    def add(self, name: str, target: Hashable, *, inflecting: bool = False) -> None:
        form = match_form(name).strip()
        if len(form) < _MIN_NAME:
            return
        if self._names.setdefault(form, target) != target:
            return
        self._index(form)
        self._note_capitals(form, name)
        if is_script(form[0], "Thai"):
            self._toned[form].add(_toned(name))
        elif " " not in form and _spaced_script(form[0]):
            self._tone_marks[form].add(_tones(name))
        if inflecting and _spaced_script(form[0]):
            stem = _stem(form)
            if stem != form and len(stem) >= _MIN_STEM:
                self._stems.setdefault(stem, target)
                self._index(stem)
                self._note_capitals(stem, name)
                if form[-1] in _REPLACED_ENDINGS:
                    self._needs_ending.add(stem)
            words = form.split(" ")
            if len(words) > 1:
                # Slavic languages decline every word of a name: "Казанский федеральный
                # университет" is "Казанском федеральном университете" after "в".
                key = tuple(map(_word_stem, words))
                if self._phrases.setdefault(key, target) == target:
                    self._phrase_lengths.setdefault(key[0], set()).add(len(key))
                    self._capitals.setdefault(" ".join(key), self._capitals.get(form, ()))

    def _note_capitals(self, form: str, name: str) -> None:
        words = _SEPARATORS.split(name.strip())
        capitals = tuple(word[:1].isupper() for word in words)
        if len(capitals) != len(form.split(" ")):
            return
        known = self._capitals.get(form)
        if known is not None and len(known) == len(capitals):
            # The same name registered twice: only what both capitalise is required.
            capitals = tuple(a and b for a, b in zip(known, capitals, strict=True))
        self._capitals[form] = capitals

    def _index(self, form: str) -> None:
        self._candidates = None
        if _spaced_script(form[0]):
            self._first_words.add(form.split(" ", 1)[0])
        else:
            self._unspaced_starts.add(form[0])
        self._first_pairs.add(form[:2])
        lengths = self._lengths[form[:3]]
        if len(form) not in lengths:
            lengths.append(len(form))
            lengths.sort(reverse=True)

    def find(self, text: str, *, inflecting: bool = False) -> list[Match]:
        """Non-overlapping matches of registered names in ``text``, left to right.

        In scripts with letter case a match must start and end with a capitalised word as
        written: place names are capitalised, and this keeps "pháp luật" (law) from matching
        Pháp (France) and Spanish "son la" from matching Sơn La.
        """
        form, offsets = match_form_with_offsets(text)
        if self._candidates is None:
            self._candidates = _candidate_starts(self._unspaced_starts)
        first_words = self._first_words
        matches: list[Match] = []
        covered = 0
        for candidate in self._candidates.finditer(form):
            position = candidate.start()
            if position < covered:
                continue
            word = candidate.group("word")
            found = None
            if (
                word is None
                or word in first_words
                or (inflecting and self._may_start_name(word, inflecting))
            ):
                found = self._match_here(form, position, inflecting)
            if found is None and word is not None and "\u0600" <= word[0] <= "\u06ff":
                found = self._after_clitic(form, position, word, inflecting)
            if found is None:
                continue
            start, end = offsets[found.start], offsets[found.end - 1] + 1
            if is_script(found.surface[0], "Thai"):
                end = self._thai_end(text, start, end, found.surface)
                if end is None:
                    continue
            elif _inside_another_word(text, start, end, found.surface[0]):
                continue
            surface = text[start:end]
            if self._capitalised(surface, found.surface) and self._same_tone(surface, found):
                matches.append(Match(start, end, found.target, surface))
                covered = found.end
        if inflecting and self._phrases:
            matches = self._with_declined_phrases(text, form, offsets, matches)
        return matches

    def _same_tone(self, surface: str, found: Match) -> bool:
        """Whether a one-word name is written with its own tone mark, or with none."""
        marks = self._tone_marks.get(found.surface)
        tones = _tones(surface) if marks else ""
        return not tones or "" in marks or tones in marks  # type: ignore[operator]

    def _with_declined_phrases(
        self, text: str, form: str, offsets: Sequence[int], matches: list[Match]
    ) -> list[Match]:
        """``matches`` plus multi-word names found with every word declined; such a name
        replaces the shorter matches inside it ("Ульяновск" in "Ульяновского
        государственного университета")."""
        words = [(w.start(), w.end(), w.group()) for w in _SLAVIC_WORD.finditer(form)]
        stems = [_word_stem(word) for _, _, word in words]
        found: list[Match] = []
        index = 0
        while index < len(words):
            lengths = self._phrase_lengths.get(stems[index])
            match, length = None, 1
            for length in sorted(lengths or (), reverse=True):
                if index + length > len(words):
                    continue  # the text ends before the name would
                key = tuple(stems[index : index + length])
                target = self._phrases.get(key)
                if target is None:
                    continue
                last = words[index + length - 1]
                # Only spaces between the words, as in the registered name.
                if any(
                    form[words[i][1] : words[i + 1][0]] != " "
                    for i in range(index, index + length - 1)
                ):
                    continue
                start, end = offsets[words[index][0]], offsets[last[1] - 1] + 1
                surface = text[start:end]
                if self._capitalised(surface, " ".join(key)):
                    match = Match(start, end, target, surface)
                    break
            if match is None:
                index += 1
                continue
            found.append(match)
            index += length
        if not found:
            return matches
        kept = [m for m in matches if not any(f.start <= m.start and m.end <= f.end for f in found)]
        kept += [f for f in found if not any(m.start <= f.start and f.end <= m.end for m in kept)]
        return sorted(kept, key=lambda m: m.start)

    def _after_clitic(self, form: str, start: int, word: str, inflecting: bool) -> Match | None:
        """A name starting after an Arabic clitic glued to the front of this word."""
        for clitic in _ARABIC_CLITICS:
            if word.startswith(clitic) and word[len(clitic) :] in self._first_words:
                found = self._match_here(form, start + len(clitic), inflecting)
                if found is not None:
                    return found
        return None

    def _match_here(self, form: str, start: int, inflecting: bool) -> Match | None:
        return (
            self._match_at(form, start, inflecting)
            if form[start : start + 2] in self._first_pairs
            else None
        )

    def _may_start_name(self, word: str, inflecting: bool) -> bool:
        if word in self._first_words:
            return True
        endings = _MAX_ENDING if inflecting else 0
        return any(word[:-cut] in self._first_words for cut in range(1, endings + 1))

    def _lengths_at(self, text: str, start: int) -> list[int]:
        """The lengths of the names and stems that may start at ``start``, longest first."""
        three = text[start : start + 3]
        longer = self._lengths.get(three, []) if len(three) == 3 else []
        return [*longer, *self._lengths.get(text[start : start + 2], ())]

    def _match_at(self, text: str, start: int, inflecting: bool) -> Match | None:
        for length in self._lengths_at(text, start):
            end = start + length
            if end > len(text):
                continue
            form = text[start:end]
            target = self._names.get(form)
            stem_only = target is None and inflecting
            if stem_only:
                target = self._stems.get(form)
            if target is None:
                continue
            matched_end = _word_end(text, end, form, inflecting)
            if stem_only and not _case_form(
                text[end:matched_end] if matched_end else "", form in self._needs_ending
            ):
                continue  # a bare stem or another word's ending, no case form of the name
            if matched_end is not None:
                # The registered form, not the text: the caller checks it as written.
                return Match(start, matched_end, target, form)
        return None

    def _thai_end(self, text: str, start: int, end: int, form: str) -> int | None:
        """Where a Thai name found at ``start`` ends as written, or None when the match cuts a
        syllable (a leading vowel before it, a vowel or sign after it) or is a short name
        written with other tone marks."""
        while end < len(text) and text[end] in THAI_TONE_MARKS:
            end += 1
        if start > 0 and text[start - 1] in _THAI_LEADING_VOWELS:
            return None
        if end < len(text) and text[end] in _THAI_FOLLOWERS:
            return None
        if len(form) < _THAI_TONELESS_MIN and _toned(text[start:end]) not in self._toned.get(
            form, ()
        ):
            return None
        return end

    def _capitalised(self, surface: str, form: str) -> bool:
        """Whether the words the registry capitalises are capitalised as written (scripts
        without case pass; a name the registry writes in lower case, "województwo śląskie",
        needs no capital); without that knowledge, the first and last word must be."""
        words = _SEPARATORS.split(surface.strip())
        capitals = self._capitals.get(form)
        if capitals is None or len(capitals) != len(words):
            return all(not word[:1].islower() for word in (words[0], words[-1]))
        return all(
            not word[:1].islower() for word, capital in zip(words, capitals, strict=True) if capital
        )

    def names(self) -> Iterator[tuple[str, Hashable]]:
        yield from self._names.items()


# Katakana names this short are also pieces of longer katakana words: タイ (Thailand) in
# タイン (a Vietnamese given name, "Thanh") or タイヤ (tyre).
_SHORT_KATAKANA = 3
_KATAKANA_LETTER = re.compile(f"[{char_class('Katakana')}](?<![・･])")


def _inside_another_word(text: str, start: int, end: int, first: str) -> bool:
    """Whether a name found in katakana or hangul is only part of another word there."""
    if is_script(first, "Katakana"):
        return _inside_katakana_word(text, start, end)
    return is_script(first, "Hangul") and _straddles_gukga(text, start, end)


def _inside_katakana_word(text: str, start: int, end: int) -> bool:
    """Whether a short katakana name found at ``text[start:end]`` is glued to katakana letters
    (a middle dot ・ separates words, as a space does)."""
    if end - start > _SHORT_KATAKANA:
        return False
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return any(_KATAKANA_LETTER.fullmatch(char) for char in (before, after) if char)


_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")


def _straddles_gukga(text: str, start: int, end: int) -> bool:
    """Whether a Korean country name ending in 국 (미국, 중국, 태국) is the end of another word
    glued before it and the start of 국가 (state, national) after it: "구미국가산업단지" is
    Gumi's national industrial complex, not the United States."""
    return (
        text.endswith("국", start, end)
        and text.startswith("가", end)
        and bool(_HANGUL_SYLLABLE.fullmatch(text[start - 1 : start]))
    )


_SLAVIC_WORD = re.compile(run_of(r"^\W\d_"))  # letters
# Case endings of Russian, Ukrainian and Polish nouns and adjectives, folded as the text is
# (і, ы → и; є, э → е; ą → a; ę → e; ó → o), longest first.
_RUSSIAN_UKRAINIAN_ENDINGS = (
    "ого его ому ему ыми ими ых их ой ей ый ий ій ая яя ое ее ую юю ом ем ам ям ах ях ами ями "
    "ов ев ів ою ею ої ії и і ї а я о е є у ю ь й ы"
)
_POLISH_ENDINGS = (
    "iego iemu iej ego emu ymi imi ych ich ej ą ę y i a o e u ów ach ami om em ie im ym"
)
_CASE_ENDINGS = tuple(
    sorted(
        {match_fold(e) for e in f"{_RUSSIAN_UKRAINIAN_ENDINGS} {_POLISH_ENDINGS}".split()},
        key=len,
        reverse=True,
    )
)
_MIN_WORD_STEM = 4


@functools.lru_cache(maxsize=65536)
def _word_stem(word: str) -> str:
    """A Slavic word without its case ending, if what remains is long enough to be a stem."""
    for ending in _CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_WORD_STEM:
            return word[: -len(ending)]
    return word


_CASE_ENDING_SET = frozenset(_CASE_ENDINGS)


def _case_form(ending: str, needs_ending: bool) -> bool:
    """Whether a stem with ``ending`` after it is a case form of its name: a case ending ("Фуку"
    of "Фукуи" with "ок" is no form of it), or none where the name allows it."""
    return ending in _CASE_ENDING_SET if ending else not needs_ending


def _stem(form: str) -> str:
    """The part of a Slavic name its case forms share, or the name itself."""
    if len(form) < 2 or form[-1] not in _VOWELS:
        return form
    stem = form[:-1]
    if len(stem) >= _LONG_STEM or len(stem) >= _MIN_STEM_SHARE * len(form):
        return stem
    return form


def _word_end(text: str, end: int, form: str, inflecting: bool) -> int | None:
    """Where the matched word ends, or None if the match stops inside a word."""
    if not _spaced_script(form[-1]) or form[-1].isdigit():
        return end
    if end >= len(text) or not _is_word_char(text[end]) or not _spaced_script(text[end]):
        return end
    if not inflecting or len(form) < _MIN_STEM:
        return None
    ending = end
    while ending < len(text) and _is_word_char(text[ending]) and ending - end < _MAX_ENDING + 1:
        ending += 1
    # Case endings of the Slavic languages begin with a vowel ("Китая", "Лаосом", "Junnanie",
    # "Hanoju"): "КАМАЗ" is not a form of "Камау".
    if (
        ending - end <= _MAX_ENDING
        and (ending >= len(text) or not _is_word_char(text[ending]))
        and text[end] in _ENDING_STARTS
    ):
        return ending
    return None
