"""Finding registry names in article text, in any script, in one pass over the text.

Names and text are compared in their folded form (case, accents and dashes ignored). Scripts
written with spaces match whole words only; the Slavic languages, which inflect foreign names
("Junnanu", "Китая"), may add a short ending; Arabic may prefix its clitics (و، ب، ل، ال).
Scripts written without spaces (Chinese, Japanese, Thai) and Korean, which glues particles
to names, match anywhere. Longer names win over shorter ones starting at the same place.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Hashable, Iterator
from dataclasses import dataclass

from digest.text import fold

INFLECTING_LANGUAGES = frozenset({"pl", "ru", "uk", "cs"})
_MAX_ENDING = 3
_MIN_STEM = 4
# One-character names ("Ý" is Italy in Vietnamese) match too much to be useful.
_MIN_NAME = 2
_SEPARATORS = re.compile(r"[\s\-‐–—・·]+")
# Where a name may start: a word start, or any character of a script written without spaces.
# Arabic names may also start right after a clitic glued to the word (see _ARABIC_CLITICS).
_ARABIC_CLITICS = ("وبال", "وال", "بال", "لل", "ال", "وب", "ول", "وك", "و", "ب", "ل", "ف", "ك")
_CANDIDATE_STARTS = re.compile(
    r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]"
    r"|(?P<word>(?<![^\W_])[^\W_]+)"
)
_VOWELS = frozenset("aeiouyаеёиоуыэюяіїєьй")


def match_form(text: str) -> str:
    """The form names and text are compared in: folded, separators collapsed to one space."""
    return _SEPARATORS.sub(" ", fold(text))


@functools.cache
def _fold_char(char: str) -> str:
    return " " if _SEPARATORS.fullmatch(char) else fold(char)


def match_form_with_offsets(text: str) -> tuple[str, list[int]]:
    """``match_form(text)`` plus, for each of its characters, the index it came from in ``text``.

    Folding character by character keeps the way back to the original, which the case check
    and the "as written" surface need.
    """
    table = {ord(char): _fold_char(char) for char in set(text)}
    if all(len(folded) == 1 for folded in table.values()):
        # The common case: every character folds to exactly one, so positions carry over.
        return text.translate(table), range(len(text))  # type: ignore[return-value]
    pieces: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        if folded == " " and pieces and pieces[-1] == " ":
            continue
        for piece in folded:
            pieces.append(piece)
            offsets.append(index)
    return "".join(pieces), offsets


def _is_word_char(char: str) -> bool:
    # Vowel signs of Indic scripts are marks, not letters, but belong to the word.
    return char.isalnum() or unicodedata.category(char) in ("Mn", "Mc")


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


class Gazetteer:
    """A set of names, each pointing at a target (a province or partner id with its kind)."""

    def __init__(self) -> None:
        self._names: dict[str, Hashable] = {}
        self._stems: dict[str, Hashable] = {}
        self._lengths: dict[str, list[int]] = defaultdict(list)
        # First words of names in spaced scripts: most words of a text start no name, and one
        # set lookup rules them out before any slicing.
        self._first_words: set[str] = set()

    def add(self, name: str, target: Hashable, *, inflecting: bool = False) -> None:
        form = match_form(name).strip()
        if len(form) < _MIN_NAME:
            return
        self._names.setdefault(form, target)
        self._index(form)
        if inflecting and _spaced_script(form[0]):
            stem = _stem(form)
            if stem != form and len(stem) >= _MIN_STEM:
                self._stems.setdefault(stem, target)
                self._index(stem)

    def _index(self, form: str) -> None:
        if _spaced_script(form[0]):
            self._first_words.add(form.split(" ", 1)[0])
        # Keyed by the first two characters: far fewer candidate lengths to try per position.
        lengths = self._lengths[form[:2]]
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
        matches: list[Match] = []
        covered = 0
        for candidate in _CANDIDATE_STARTS.finditer(form):
            position = candidate.start()
            if position < covered:
                continue
            word = candidate.group("word")
            if word is None:
                found = self._match_here(form, position, inflecting)
            else:
                found = self._match_word(form, position, word, inflecting)
            if found is None:
                continue
            start, end = offsets[found.start], offsets[found.end - 1] + 1
            surface = text[start:end]
            if _capitalised(surface):
                matches.append(Match(start, end, found.target, surface))
                covered = found.end
        return matches

    def _match_word(self, form: str, start: int, word: str, inflecting: bool) -> Match | None:
        """A name starting at this word, or after an Arabic clitic glued to its front."""
        if self._may_start_name(word, inflecting):
            found = self._match_here(form, start, inflecting)
            if found is not None:
                return found
        if "\u0600" <= word[0] <= "\u06ff":
            for clitic in _ARABIC_CLITICS:
                if word.startswith(clitic) and word[len(clitic) :] in self._first_words:
                    found = self._match_here(form, start + len(clitic), inflecting)
                    if found is not None:
                        return found
        return None

    def _match_here(self, form: str, start: int, inflecting: bool) -> Match | None:
        return (
            self._match_at(form, start, inflecting)
            if form[start : start + 2] in self._lengths
            else None
        )

    def _may_start_name(self, word: str, inflecting: bool) -> bool:
        if word in self._first_words:
            return True
        endings = _MAX_ENDING if inflecting else 0
        return any(word[:-cut] in self._first_words for cut in range(1, endings + 1))

    def _match_at(self, text: str, start: int, inflecting: bool) -> Match | None:
        for length in self._lengths[text[start : start + 2]]:
            end = start + length
            if end > len(text):
                continue
            form = text[start:end]
            target = self._names.get(form)
            if target is None and inflecting:
                target = self._stems.get(form)
            if target is None:
                continue
            matched_end = _word_end(text, end, form, inflecting)
            if matched_end is not None:
                return Match(start, matched_end, target, text[start:matched_end])
        return None

    def names(self) -> Iterator[tuple[str, Hashable]]:
        yield from self._names.items()


def _capitalised(surface: str) -> bool:
    words = surface.split()
    return all(not word[0].islower() for word in (words[0], words[-1]))


def _stem(form: str) -> str:
    stem = form
    while stem and stem[-1] in _VOWELS:
        stem = stem[:-1]
    return stem


def _word_end(text: str, end: int, form: str, inflecting: bool) -> int | None:
    """Where the matched word ends, or None if the match stops inside a word."""
    if not _spaced_script(form[-1]) or form[-1].isdigit():
        return end
    if end >= len(text) or not _is_word_char(text[end]):
        return end
    if not inflecting or len(form) < _MIN_STEM:
        return None
    ending = end
    while ending < len(text) and _is_word_char(text[ending]) and ending - end < _MAX_ENDING + 1:
        ending += 1
    if ending - end <= _MAX_ENDING and (ending >= len(text) or not _is_word_char(text[ending])):
        return ending
    return None
