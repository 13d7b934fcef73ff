"""Text normalisation shared by matching, slugs and search: one definition of 'the same name'."""

from __future__ import annotations

import re
import unicodedata

# Letters that NFD does not decompose but readers treat as their base letter.
_EXTRA_FOLDS = str.maketrans(
    {"đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ß": "ss", "ø": "o", "æ": "ae"}
)
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-, accent- and width-insensitive form of ``text`` (``Lai Châu`` → ``lai chau``).

    Combining marks are dropped in every script, so Arabic vowel signs and Vietnamese tone marks
    do not stop a match; the same function is applied to names and to article text, so what it
    removes cannot create a mismatch.
    """
    text = unicodedata.normalize("NFKC", text).translate(_EXTRA_FOLDS)
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    stripped = _DASHES.sub("-", stripped)
    return unicodedata.normalize("NFC", stripped).casefold()


def slugify(text: str, max_words: int = 8) -> str:
    """ASCII slug of ``text``: folded, non-alphanumerics collapsed to single hyphens."""
    ascii_text = fold(text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    return "-".join(words[:max_words])


def squeeze_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()
