"""Which language an article is written in, from its scripts and its most frequent words."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from digest.registries import drafting_cache, drafting_registries
from digest.scripts import script_of
from digest.text import run_of

# Letters only Vietnamese uses among the Latin-script languages we read.
_VIETNAMESE_LETTERS = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
_UKRAINIAN_LETTERS = frozenset("іїєґ")
_NON_RU_CYRILLIC = frozenset("ђћџљњјѓќѕ")  # Serbian and Macedonian letters
_VIETNAMESE_LETTER = re.compile(f"[{''.join(sorted(_VIETNAMESE_LETTERS))}]")
_PERSIAN_LETTERS = re.compile("[پچژگ]")
_WORDS = re.compile(run_of(r"^\W\d_"))  # letters


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


# The scripts told apart (digest.scripts); a letter of any other script is "Other".
_SCRIPTS = ("Hiragana", "Katakana", "Han", "Hangul", "Thai", "Devanagari", "Arabic", "Cyrillic",
            "Latin", "Other")  # fmt: skip
_SCRIPT_CODES = {script: chr(ord("a") + index) for index, script in enumerate(_SCRIPTS)}
_CODE_SCRIPTS = {code: script for script, code in _SCRIPT_CODES.items()}


def _script(char: str) -> str | None:
    """The script of a letter (None for anything that is not a letter)."""
    if not char.isalpha():
        return None
    script = script_of(char)
    return script if script in _SCRIPT_CODES else "Other"


class _ScriptTable(dict[int, "str | None"]):
    """``str.translate`` table writing each letter as a one-letter code of its script and
    dropping everything else: the script counts of a whole article in two C-level passes."""

    def __missing__(self, code: int) -> str | None:
        script = _script(chr(code))
        value = self[code] = None if script is None else _SCRIPT_CODES[script]
        return value


_SCRIPT_TABLE = _ScriptTable()


def script_counts(text: str) -> Counter[str]:
    """How many letters of each script ``text`` has, in the order the scripts first appear
    (``detect`` takes the first of two scripts with as many letters)."""
    letters = text.translate(_SCRIPT_TABLE)
    # Ten counts in C rather than a Counter over every letter: a third less time.
    seen = sorted((letters.find(code), code) for code in _CODE_SCRIPTS if code in letters)
    return Counter({_CODE_SCRIPTS[code]: letters.count(code) for _, code in seen})


def detect(text: str) -> str:
    """ISO 639-1 code of ``text``'s language, or UnsupportedLanguage saying what was seen."""
    scripts = script_counts(text)
    if not scripts:
        raise UnsupportedLanguage("no letters found")
    script = scripts.most_common(1)[0][0]
    if script == "Other":
        raise UnsupportedLanguage("written in a script the digest does not read")
    if script in ("Hiragana", "Katakana", "Han"):
        kana = scripts["Hiragana"] + scripts["Katakana"]
        return "ja" if kana > 0.05 * (kana + scripts["Han"]) else "zh"
    simple = {"Hangul": "ko", "Thai": "th", "Devanagari": "hi", "Arabic": "ar"}
    if script in simple:
        if script == "Arabic" and _PERSIAN_LETTERS.search(text):
            raise UnsupportedLanguage("Persian or Urdu, which the digest does not read")
        return simple[script]
    # Text copied from some pages is decomposed (NFD): Vietnamese letters must be whole.
    lowered = unicodedata.normalize("NFC", text).lower()
    if script == "Cyrillic":
        return _cyrillic(lowered, scripts["Cyrillic"])
    return _latin(lowered, scripts["Latin"])


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
