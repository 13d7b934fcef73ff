"""A learnt detector of partner names, a measuring instrument: which words of a line name a
partner.

Rules read a partner's name by its shape (a kind word, a legal form, a place word beside it);
names of no shape the rules know (a brand, a body without a kind word, a name in another
script) escape them. This tagger learns them from the words the gold corpora record for each
partner (``as_written``, tests/extraction_corpus/README.md; tools/tagger_train.py): an averaged
perceptron tagging each token O (out), B (a name begins) or I (a name goes on), greedily left to
right. ``invoke tagger-cv`` (tools/tagger_cv.py) trains it per fold in memory and measures what
it finds; no model is committed and drafting (digest/) never imports it, since every drafting
hook measured lowered partners F1 (docs/extraction.md, "A learnt partner-name tagger").

Every feature is a function of one token at one offset from the tagged token (the word, its
lower case, shape, affixes and script, up to two tokens away), and of the previous tag. So
the score of a token is the sum, over the offsets, of a vector each word type gives at that
offset, computed once per word type and cached, plus the previous tag's vector: tagging costs
a few additions a token.

Tokens: a word of letters, digits and combining marks (hyphens and apostrophes inside it) in
the spaced scripts; a single character (with its marks) in Chinese, Japanese, Thai and Korean;
a single punctuation mark otherwise.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from digest.scripts import char_class, script_of

LABELS = ("O", "B", "I")
OUT, BEGIN, INSIDE = range(3)
# The offsets from the tagged token whose words are features, and what is read of each.
WINDOW = (-2, -1, 0, 1, 2)

# Chinese and Japanese write no spaces between words, Thai none either, and Korean glues its
# particles to the name ("강원특별자치도와"): a character is a token there, so that a name's
# edge may fall between any two.
_BY_CHARACTER = char_class("Han", "Hiragana", "Katakana", "Thai", "Hangul")
# Combining marks stay with the letter they mark (a Devanagari vowel sign, a Thai tone mark,
# Arabic vowels, Latin accents written apart): Python's \w does not hold them.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670\u0900-\u0903\u093a-\u094f"
    "\u0951-\u0957\u0962\u0963\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u3099\u309a"
)
_LETTER = rf"(?:(?![{_BY_CHARACTER}])[^\W_]|[{_MARKS}])"
_TOKEN = re.compile(rf"[{_BY_CHARACTER}][{_MARKS}]*|{_LETTER}+(?:[-'’&]{_LETTER}+)*|[^\s]")
_PAD_BEFORE = "<s>"
_PAD_AFTER = "</s>"


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Span:
    """Characters ``start``..``end`` of the tagged text name a partner, by the tagger."""

    start: int
    end: int
    text: str
    margin: float  # the weakest token's score above O's: how sure the tagger is


def tokens(text: str) -> list[Token]:
    """The tokens of one line: words, single Chinese, Japanese or Thai characters, marks."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def shape(word: str) -> str:
    """The word's look: upper, lower, title case, digits, or mixed; other scripts by name."""
    if word in (_PAD_BEFORE, _PAD_AFTER):
        return word
    if word.isdigit():
        return "d"
    if not word[0].isalnum():
        return "p"
    if word.isupper():
        return "X" if len(word) > 1 else "X1"
    if word.islower():
        return "x"
    if word[0].isupper() and word[1:].islower():
        return "Xx"
    if word[0].isupper():
        return "XxX"
    return script_of(word[0]) or "?"


def word_features(word: str, offset: int) -> list[str]:
    """The features a word gives at ``offset`` from the tagged token (the word as written, its
    two-letter affixes and the neighbours' endings were tried too: the file a third larger,
    names found no better under cross-validation)."""
    lower = word.lower()
    if offset == 0:
        return [
            f"0l={lower}", f"0s={shape(word)}", f"0c={script_of(word[0])}",
            f"0p3={lower[:3]}", f"0x3={lower[-3:]}",
        ]  # fmt: skip
    if abs(offset) == 1:
        return [f"{offset}l={lower}", f"{offset}s={shape(word)}"]
    return [f"{offset}l={lower}"]


def previous_feature(label: int) -> str:
    return f"t={LABELS[label]}"


def windows(words: Sequence[str]) -> Iterator[list[str]]:
    """For each token, the word at each offset of ``WINDOW`` (padded at the line's ends)."""
    reach = max(WINDOW)
    padded = [_PAD_BEFORE] * reach + list(words) + [_PAD_AFTER] * reach
    for index in range(len(words)):
        yield [padded[index + reach + offset] for offset in WINDOW]


def decode_spans(
    line: str, found: list[Token], labels: list[int], margins: list[float]
) -> list[Span]:
    """The spans of consecutive B and I tokens (an I after O opens a span, as a B would)."""
    spans: list[Span] = []
    start = None
    for index, label in enumerate([*labels, OUT]):
        if start is not None and label != INSIDE:
            first, last = found[start], found[index - 1]
            margin = min(margins[start:index])
            spans.append(Span(first.start, last.end, line[first.start : last.end], margin))
            start = None
        if label in (BEGIN, INSIDE) and start is None:
            start = index
    return spans


class Model:
    """The learnt weights: feature -> one weight per label."""

    def __init__(self, weights: dict[str, tuple[float, ...]]) -> None:
        self.weights = weights
        self._zero = (0.0,) * len(LABELS)
        self._word_vector = functools.lru_cache(maxsize=65536)(self._vector)
        self._previous = [weights.get(previous_feature(label), self._zero) for label in range(3)]

    def _vector(self, word: str, offset: int) -> tuple[float, ...]:
        total = [0.0] * len(LABELS)
        for feature in word_features(word, offset):
            found = self.weights.get(feature)
            if found is not None:
                total[0] += found[0]
                total[1] += found[1]
                total[2] += found[2]
        return tuple(total)

    def tag_line(self, line: str) -> list[Span]:
        """The spans the model marks in one line, with offsets into it."""
        found = tokens(line)
        if not found:
            return []
        vector = self._word_vector
        labels: list[int] = []
        margins: list[float] = []
        previous = OUT
        for window in windows([token.text for token in found]):
            o, b, i = self._previous[previous]
            for offset, word in zip(WINDOW, window, strict=True):
                wo, wb, wi = vector(word, offset)
                o += wo
                b += wb
                i += wi
            label = OUT if o >= b and o >= i else (BEGIN if b >= i else INSIDE)
            labels.append(label)
            margins.append(max(b, i) - o)
            previous = label
        return decode_spans(line, found, labels, margins)
