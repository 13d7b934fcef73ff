"""Text normalisation shared by matching, slugs and search: one definition of 'the same name'."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

# Letters that NFD does not decompose but readers treat as their base letter.
_EXTRA_FOLDS = str.maketrans(
    {"đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ß": "ss", "ø": "o", "æ": "ae"}
)
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_SPACES = re.compile(r"\s+")

# Vowel signs of the Thai and Devanagari scripts are combining marks, but unlike Latin accents
# or Arabic harakat they are the vowels themselves: without them Hindi "पर" (on) reads as पेरू
# (Peru) and Thai "กัน" as กินี (Guinea). ``match_fold`` keeps them. Marks writers vary freely
# are still dropped there: Thai tone marks, maitaikhu and thanthakhat, which transliterations
# of foreign names add or leave out ("กว๋างนิญ" / "กวางนิญ"), and the Devanagari nukta
# ("ज़" / "ज"); chandrabindu is read as anusvara ("टिप्पणियाँ" / "टिप्पणियां").
THAI_TONE_MARKS = "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4e"
# Japanese (han)dakuten too: テグ (Daegu) is not the テク of ハイテク (high tech).
_VOWEL_MARK_RANGES = ((0x0900, 0x097F), (0x0E00, 0x0E7F), (0x3099, 0x309A))
_VOWEL_MARK_DROPS = frozenset(map(ord, THAI_TONE_MARKS + "\u093c"))
# Hindi spellings of foreign names hesitate between long and short vowels ("ताऊ" / "ताउ")
# and between candra o and o: both are read as one.
_VOWEL_MARK_MAPS = {
    0x0901: "\u0902",  # ँ → ं
    0x0940: "\u093f",  # ी → ि
    0x0942: "\u0941",  # ू → ु
    0x0908: "\u0907",  # ई → इ
    0x090A: "\u0909",  # ऊ → उ
    0x0949: "\u094b",  # ॉ → ो
    0x0911: "\u0913",  # ऑ → ओ
    # Russian and Ukrainian spell foreign names with different vowel letters ("Дунсин" /
    # "Дунсін", "Вэньшань" / "Веньшань"): for finding names they are one.
    0x0456: "\u0438",  # і → и
    0x0406: "\u0418",  # І → И
    0x044B: "\u0438",  # ы → и
    0x042B: "\u0418",  # Ы → И
    0x044D: "\u0435",  # э → е
    0x042D: "\u0415",  # Э → Е
    0x0454: "\u0435",  # є → е
    0x0404: "\u0415",  # Є → Е
    0x0491: "\u0433",  # ґ → г
    0x0490: "\u0413",  # Ґ → Г
}


class _MarkTable(dict[int, "str | int | None"]):
    """``str.translate`` table dropping combining marks (Mn), filled in per code point met.

    Translating in C is many times faster than testing every character in a Python loop.
    """

    def __init__(self, keep_vowel_marks: bool) -> None:
        super().__init__()
        self.keep_vowel_marks = keep_vowel_marks

    def __missing__(self, code: int) -> str | int | None:
        value: str | int | None = code
        if self.keep_vowel_marks and code in _VOWEL_MARK_MAPS:
            value = _VOWEL_MARK_MAPS[code]
        elif unicodedata.category(chr(code)) == "Mn":
            value = None
            if self.keep_vowel_marks and any(lo <= code <= hi for lo, hi in _VOWEL_MARK_RANGES):
                value = None if code in _VOWEL_MARK_DROPS else code
        self[code] = value
        return value


_STRIP_MARKS = _MarkTable(keep_vowel_marks=False)
_STRIP_ACCENTS = _MarkTable(keep_vowel_marks=True)


def _fold(text: str, table: _MarkTable) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_EXTRA_FOLDS)
    stripped = unicodedata.normalize("NFD", text).translate(table)
    stripped = _DASHES.sub("-", stripped)
    return unicodedata.normalize("NFC", stripped).casefold()


class FoldTable(dict[int, str]):
    """A way of folding text, as a ``str.translate`` table worked out once per character met.

    Every fold of the digest folds character by character: on NFC text that gives what folding
    the whole text gives (folds drop marks, map letters and decompose compatibility forms, none
    of which depends on the neighbours), and ``str.translate`` does it in C, much faster than
    normalising a whole article in Python. The folds are ``fold`` and ``match_fold`` here, and
    their variants where they are used: ``same_length_fold`` (people, which keeps positions),
    the gazetteer's match form (separators read as one space) and the numbers' (digits of every
    script written 0-9).
    """

    def __init__(self, fold_char: Callable[[str], str]) -> None:
        super().__init__()
        self.fold_char = fold_char
        # Characters that do not fold to exactly one (marks, "ß"): positions shift past them.
        self.irregular: set[str] = set()
        self._irregular_found: tuple[int, re.Pattern[str] | None] = (0, None)

    def __missing__(self, code: int) -> str:
        folded = self[code] = self.fold_char(chr(code))
        if len(folded) != 1:
            self.irregular.add(chr(code))
        return folded

    def with_offsets(self, text: str) -> tuple[str, Sequence[int]]:
        """``text`` folded, and for each character of the result the index in ``text`` it came
        from: spans found in the folded text map back to the original even where folding drops
        marks (Thai, Arabic) or expands letters ("ß")."""
        folded = text.translate(self)
        if not self.irregular or self._irregular_pattern().search(text) is None:
            # The common case: every character folds to exactly one, so positions carry over.
            # (Looked for by a pattern: ``set.isdisjoint`` makes a string of each character.)
            return folded, range(len(text))
        # Between irregular characters positions carry over: copied by the stretch.
        offsets: list[int] = []
        start = 0
        for found in self._irregular_pattern().finditer(text):
            index = found.start()
            offsets += range(start, index)
            offsets += [index] * len(self[ord(found.group())])
            start = index + 1
        offsets += range(start, len(text))
        return folded, offsets

    def _irregular_pattern(self) -> re.Pattern[str]:
        """Any one irregular character met so far (compiled again when more are met)."""
        size, pattern = self._irregular_found
        if pattern is None or size != len(self.irregular):
            pattern = re.compile(f"[{''.join(map(re.escape, sorted(self.irregular)))}]")
            self._irregular_found = len(self.irregular), pattern
        return pattern


_FOLD_TABLE = FoldTable(lambda char: _fold(char, _STRIP_MARKS))
_MATCH_FOLD_TABLE = FoldTable(lambda char: _fold(char, _STRIP_ACCENTS))


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Case-, accent- and width-insensitive form of ``text`` (``Lai Châu`` → ``lai chau``).

    Combining marks are dropped in every script, so Arabic vowel signs and Vietnamese tone marks
    do not stop a match; the same function is applied to names and to article text, so what it
    removes cannot create a mismatch.
    """
    if len(text) > _LONGEST_KEPT_FOLD:
        return _nfc(text).translate(_FOLD_TABLE)
    return _short_fold(text)


# Words and names are folded again and again within an article (some 330 folds an article, a
# third of them distinct): the fold of a short text is kept. ``str.translate`` looks every
# character of a text outside ASCII up in the table one by one, and ``_nfc`` checks it first;
# a kept fold is one lookup. Long texts (lines, whole articles) are folded once and not kept.
_LONGEST_KEPT_FOLD = 64


@functools.lru_cache(maxsize=4096)
def _short_fold(text: str) -> str:
    return _nfc(text).translate(_FOLD_TABLE)


def match_fold(text: str) -> str:
    """``fold`` for finding names in text: like ``fold``, but the vowel signs of Thai and
    Devanagari and the Japanese voicing marks stay (only Thai tone marks, the nukta and the
    like go), since there the marks are what tells a name from a common word; and the letters
    that Russian and Ukrainian use for the same sound in foreign names are read as one."""
    return _nfc(text).translate(_MATCH_FOLD_TABLE)


# The letters of the cased scripts names are written in: Latin, Greek and Cyrillic, with their
# accented and extended forms.
CASED_LETTERS = tuple(
    chr(code)
    for first, end in ((0x41, 0x5B), (0xC0, 0x250), (0x370, 0x530), (0x1E00, 0x1F00))
    for code in range(first, end)
)
_SAME_LENGTH_EXTRAS = dict(zip("’đĐłŁ", "'ddll", strict=True))
_CASED_LETTER_SET = frozenset(CASED_LETTERS)


def _same_length_char(char: str) -> str:
    if char in _SAME_LENGTH_EXTRAS:
        return _SAME_LENGTH_EXTRAS[char]
    return unicodedata.normalize("NFD", char)[0].lower() if char in _CASED_LETTER_SET else char


_SAME_LENGTH_TABLE = FoldTable(_same_length_char)


# Several readers (bodies, organisations, acronyms, demonyms, people) fold the same article.
@functools.lru_cache(maxsize=16)
def same_length_fold(text: str) -> str:
    """A lighter fold that keeps every position: lower case, and the accents of cased letters
    dropped (``Đặng`` → ``dang``); other scripts, "ß" and ligatures stay as they are, so an
    index in the folded text is an index in ``text``. People's names are found this way."""
    lower = text.lower()  # in C; the length changes only for rare letters such as "İ"
    return (lower if len(lower) == len(text) else text).translate(_SAME_LENGTH_TABLE)


# ``fold`` and ``match_fold`` of single characters, as written (not yet in NFC).
_CHAR_FOLDS = {False: FoldTable(fold), True: FoldTable(match_fold)}


def fold_with_offsets(text: str, *, keep_vowel_marks: bool = False) -> tuple[str, Sequence[int]]:
    """``fold(text)`` (or ``match_fold``) character by character, and for each character of the
    result the index in ``text`` it came from (``FoldTable.with_offsets``)."""
    return _CHAR_FOLDS[keep_vowel_marks].with_offsets(text)


_MARKS = re.compile(r"[^\w\s]")


def slugify(text: str, max_words: int = 8) -> str:
    """ASCII slug of ``text``: folded, non-alphanumerics collapsed to single hyphens.

    Every mark between letters separates words, whatever its script: "Côte-d’Azur" (with a
    typographic apostrophe) gives cote-d-azur as "Côte-d'Azur" does."""
    ascii_text = _MARKS.sub(" ", fold(text)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    return "-".join(words[:max_words])


def squeeze_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


# Spaces and the invisible marks a copied line may end or start with (Arabic text carries
# right-to-left marks, pages zero-width spaces and byte-order marks): at a field's edge they
# mean nothing and make the same name compare unequal.
_EDGES = re.compile(r"^[\s\u200b-\u200f\u2060\ufeff]+|[\s\u200b-\u200f\u2060\ufeff]+$")


def trimmed(text: str) -> str:
    """``text`` without spaces or invisible marks at either end."""
    return _EDGES.sub("", text)


def alternation(forms: list[str]) -> str:
    """A regex matching any of ``forms`` as written, the longest first, so that a phrase wins
    over its own beginning ("province de" before "province")."""
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


# Longer than any stem or word a vocabulary holds, well inside the regex parser's recursion.
_MAX_TREE_FORM = 100


def literal_tree(forms: Iterable[str]) -> str:
    """A regex matching what ``alternation(forms)`` matches, written as a tree of the forms'
    shared beginnings ("provinc(?:e(?:s)?|ia)"): the regex module tries an alternation's
    forms one by one at every place of a text, a tree reads each character once. Along a text
    only one path of the tree can match, and it gives back its forms longest first, as the
    alternation tries them (forms are matched as written: no IGNORECASE, where two branches
    could match one character). Forms longer than _MAX_TREE_FORM (a registry an editor may
    write anything in) give the alternation itself: the tree nests a group for each character,
    and Python's regex parser, like this function, recurses into each."""
    forms = list(forms)
    if any(len(form) > _MAX_TREE_FORM for form in forms):
        return alternation(forms)
    tree: dict[str, dict] = {}
    for form in forms:
        node = tree
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here
    return _branches(tree)


def _branches(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _branches(child) for char, child in node.items() if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    # Greedy: the longer forms through this node first, then the one ending here.
    return f"(?:{'|'.join(branches)})" + ("?" if "" in node else "")


def run_of(char_set: str) -> str:
    """``[char_set]+`` written as ``[char_set][char_set]*``: the same matches, found faster. The
    regex engine skips ahead to where a match can start only when a pattern begins with a
    character or a character set; a pattern beginning with a repeat (or a lookaround, or an
    alternation of sets) is tried at every character of the text."""
    return f"[{char_set}][{char_set}]*"


def look_after_first_letter(look_behind: str, forms: Iterable[str]) -> str:
    """``look_behind`` followed by an alternation of ``forms`` (regular expressions, each
    beginning with a plain letter), written with each form's letter first and the look behind
    it, widened by that letter: ``(?<!\\w)(?:Stiftung|Nadace)`` as
    ``(?:S(?<!\\wS)tiftung|N(?<!\\wN)adace)``. The same matches, but the regex engine skips
    ahead to those letters (see ``run_of``) instead of trying the look at every character."""
    assert look_behind.startswith(("(?<!", "(?<=")) and look_behind.endswith(")")
    assert "|" not in look_behind  # one width: the letter widens it by one
    branches = []
    for form in forms:
        assert form[:1].isalpha(), form
        letter = re.escape(form[0])
        branches.append(f"{letter}{look_behind[:-1]}{letter}){form[1:]}")
    return f"(?:{'|'.join(branches)})"


def first_letter_look(forms: Iterable[str]) -> str:
    """A regex that looks at a place's first character for one the ``forms`` start with, put
    before an alternation of them (each form's first character matched as written): the regex
    module tries every alternative at every place of a text, and the look rules out most places
    at once. The same matches, two or three times faster over a long list of words."""
    return f"(?=[{''.join(sorted({re.escape(form[0]) for form in forms}))}])"
