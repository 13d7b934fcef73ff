"""Which language an article is written in, from its scripts and its most frequent words."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from digest.registries import drafting_cache, drafting_registries

# Letters only Vietnamese uses among the Latin-script languages we read.
_VIETNAMESE_LETTERS = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
_UKRAINIAN_LETTERS = frozenset("іїєґ")
_NON_RU_CYRILLIC = frozenset("ђћџљњјѓќѕ")  # Serbian and Macedonian letters
_VIETNAMESE_LETTER = re.compile(f"[{''.join(sorted(_VIETNAMESE_LETTERS))}]")
_PERSIAN_LETTERS = re.compile("[پچژگ]")
_WORDS = re.compile(r"[^\W\d_]+")


class UnsupportedLanguage(ValueError):
    """The text is in a language (or script) the digest does not read."""


@dataclass(frozen=True)
class LanguageProfile:
    code: str
    supported: bool
    stopwords: frozenset[str]
    source_labels: tuple[str, ...]
    furniture: tuple[str, ...]


def layout_data() -> dict[str, Any]:
    """vocabularies/languages.yaml of the registries drafting reads with (layout words, place
    context words by language)."""
    return drafting_registries().vocabularies.languages


@drafting_cache
def profiles() -> dict[str, LanguageProfile]:
    return {
        code: LanguageProfile(
            code=code,
            supported=spec.get("supported", True),
            stopwords=frozenset(spec.get("stopwords", ())),
            source_labels=tuple(spec.get("source_labels", ())),
            furniture=tuple(spec.get("furniture", ())),
        )
        for code, spec in layout_data()["languages"].items()
    }


def aggregator_headers() -> tuple[str, ...]:
    return tuple(layout_data()["aggregator_headers"])


# Unicode blocks of the scripts told apart, as (first, last, script) code-point ranges; a letter
# outside them is "OTHER". Checked once per distinct code point (see _ScriptTable).
_SCRIPT_RANGES = (
    (0x0041, 0x024F, "LATIN"),
    (0x0250, 0x02AF, "LATIN"),
    (0x0400, 0x052F, "CYRILLIC"),
    (0x0600, 0x06FF, "ARABIC"),
    (0x0750, 0x077F, "ARABIC"),
    (0x0870, 0x08FF, "ARABIC"),
    (0x0900, 0x097F, "DEVANAGARI"),
    (0x0E00, 0x0E7F, "THAI"),
    (0x1100, 0x11FF, "HANGUL"),
    (0x1C80, 0x1C8F, "CYRILLIC"),
    (0x1D00, 0x1DBF, "LATIN"),
    (0x1E00, 0x1EFF, "LATIN"),
    (0x2C60, 0x2C7F, "LATIN"),
    (0x2DE0, 0x2DFF, "CYRILLIC"),
    (0x3040, 0x309F, "HIRAGANA"),
    (0x30A0, 0x30FF, "KATAKANA"),
    (0x3130, 0x318F, "HANGUL"),
    (0x31F0, 0x31FF, "KATAKANA"),
    (0x3400, 0x4DBF, "CJK"),
    (0x4E00, 0x9FFF, "CJK"),
    (0xA640, 0xA69F, "CYRILLIC"),
    (0xA720, 0xA7FF, "LATIN"),
    (0xA8E0, 0xA8FF, "DEVANAGARI"),
    (0xA960, 0xA97F, "HANGUL"),
    (0xAB30, 0xAB6F, "LATIN"),
    (0xAC00, 0xD7FF, "HANGUL"),
    (0xF900, 0xFAFF, "CJK"),
    (0xFB00, 0xFB06, "LATIN"),
    (0xFB50, 0xFDFF, "ARABIC"),
    (0xFE70, 0xFEFF, "ARABIC"),
    (0xFF21, 0xFF5A, "LATIN"),
    (0xFF66, 0xFF9F, "KATAKANA"),
    (0xFFA0, 0xFFDC, "HANGUL"),
    (0x1B000, 0x1B16F, "HIRAGANA"),
    (0x1EE00, 0x1EEFF, "ARABIC"),
    (0x20000, 0x323AF, "CJK"),
)
_RANGE_STARTS = [first for first, _, _ in _SCRIPT_RANGES]
_SCRIPTS = ("HIRAGANA", "KATAKANA", "CJK", "HANGUL", "THAI", "DEVANAGARI", "ARABIC", "CYRILLIC",
            "LATIN", "OTHER")  # fmt: skip
_SCRIPT_CODES = {script: chr(ord("a") + index) for index, script in enumerate(_SCRIPTS)}
_CODE_SCRIPTS = {code: script for script, code in _SCRIPT_CODES.items()}


def _script(char: str) -> str | None:
    """The script of a letter (None for anything that is not a letter)."""
    if not char.isalpha():
        return None
    code = ord(char)
    index = bisect.bisect_right(_RANGE_STARTS, code) - 1
    if index >= 0 and code <= _SCRIPT_RANGES[index][1]:
        return _SCRIPT_RANGES[index][2]
    return "OTHER"


class _ScriptTable(dict[int, "str | None"]):
    """``str.translate`` table writing each letter as a one-letter code of its script and
    dropping everything else: the script counts of a whole article in two C-level passes."""

    def __missing__(self, code: int) -> str | None:
        script = _script(chr(code))
        value = self[code] = None if script is None else _SCRIPT_CODES[script]
        return value


_SCRIPT_TABLE = _ScriptTable()


def script_counts(text: str) -> Counter[str]:
    """How many letters of each script ``text`` has."""
    counts = Counter(text.translate(_SCRIPT_TABLE))
    return Counter({_CODE_SCRIPTS[code]: n for code, n in counts.items()})


def detect(text: str) -> str:
    """ISO 639-1 code of ``text``'s language, or UnsupportedLanguage saying what was seen."""
    scripts = script_counts(text)
    if not scripts:
        raise UnsupportedLanguage("no letters found")
    script = scripts.most_common(1)[0][0]
    if script == "OTHER":
        raise UnsupportedLanguage("written in a script the digest does not read")
    if script in ("HIRAGANA", "KATAKANA", "CJK"):
        kana = scripts["HIRAGANA"] + scripts["KATAKANA"]
        return "ja" if kana > 0.05 * (kana + scripts["CJK"]) else "zh"
    simple = {"HANGUL": "ko", "THAI": "th", "DEVANAGARI": "hi", "ARABIC": "ar"}
    if script in simple:
        if script == "ARABIC" and _PERSIAN_LETTERS.search(text):
            raise UnsupportedLanguage("Persian or Urdu, which the digest does not read")
        return simple[script]
    # Text copied from some pages is decomposed (NFD): Vietnamese letters must be whole.
    lowered = unicodedata.normalize("NFC", text).lower()
    if script == "CYRILLIC":
        return _cyrillic(lowered, scripts["CYRILLIC"])
    return _latin(lowered, scripts["LATIN"])


def _cyrillic(lowered: str, total: int) -> str:
    if sum(map(lowered.count, _NON_RU_CYRILLIC)) > 3:
        raise UnsupportedLanguage("Serbian or Macedonian, which the digest does not read")
    ukrainian = sum(map(lowered.count, _UKRAINIAN_LETTERS))
    if ukrainian > 0.005 * total:
        return "uk"
    if lowered.count("ъ") > 0.01 * total:
        raise UnsupportedLanguage("Bulgarian, which the digest does not read")
    return "ru"


def _latin(lowered: str, total: int) -> str:
    vietnamese = len(_VIETNAMESE_LETTER.findall(lowered))
    if vietnamese > 0.03 * total:
        return "vi"
    words = _WORDS.findall(lowered)
    if not words:
        raise UnsupportedLanguage("no words found")
    counts = Counter(words)
    scores = {
        code: sum(counts[word] for word in profile.stopwords) / len(words)
        for code, profile in profiles().items()
        if profile.stopwords and code != "vi"
    }
    best = max(scores, key=lambda code: scores[code])
    if scores[best] < 0.08:
        raise UnsupportedLanguage("a Latin-script language the digest does not read")
    if not profiles()[best].supported:
        raise UnsupportedLanguage(f"language '{best}', which the digest does not read")
    return best
