"""Which language an article is written in, from its scripts and its most frequent words."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

import yaml

from digest.registries import REGISTRY_DIR

# Letters only Vietnamese uses among the Latin-script languages we read.
_VIETNAMESE_LETTERS = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
_UKRAINIAN_LETTERS = frozenset("іїєґ")
_NON_RU_CYRILLIC = frozenset("ђћџљњјѓќѕ")  # Serbian and Macedonian letters
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


@functools.cache
def _layout_data() -> dict[str, Any]:
    with (REGISTRY_DIR / "languages.yaml").open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.CSafeLoader)


@functools.cache
def profiles() -> dict[str, LanguageProfile]:
    return {
        code: LanguageProfile(
            code=code,
            supported=spec.get("supported", True),
            stopwords=frozenset(spec.get("stopwords", ())),
            source_labels=tuple(spec.get("source_labels", ())),
            furniture=tuple(spec.get("furniture", ())),
        )
        for code, spec in _layout_data()["languages"].items()
    }


def aggregator_headers() -> tuple[str, ...]:
    return tuple(_layout_data()["aggregator_headers"])


def supported_languages() -> list[str]:
    return [code for code, profile in profiles().items() if profile.supported]


def _script(char: str) -> str | None:
    try:
        name = unicodedata.name(char)
    except ValueError:
        return None
    for script in (
        "HIRAGANA",
        "KATAKANA",
        "CJK",
        "HANGUL",
        "THAI",
        "DEVANAGARI",
        "ARABIC",
        "CYRILLIC",
        "LATIN",
    ):
        if name.startswith(script):
            return script
    return "OTHER"


def detect(text: str) -> str:
    """ISO 639-1 code of ``text``'s language, or UnsupportedLanguage saying what was seen."""
    scripts = Counter(_script(ch) for ch in text if ch.isalpha())
    scripts.pop(None, None)
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
        if script == "ARABIC" and re.search("[پچژگ]", text):
            raise UnsupportedLanguage("Persian or Urdu, which the digest does not read")
        return simple[script]
    lowered = text.lower()
    if script == "CYRILLIC":
        return _cyrillic(lowered)
    return _latin(lowered)


def _cyrillic(lowered: str) -> str:
    letters = Counter(ch for ch in lowered if ch.isalpha())
    if sum(letters[ch] for ch in _NON_RU_CYRILLIC) > 3:
        raise UnsupportedLanguage("Serbian or Macedonian, which the digest does not read")
    total = sum(letters.values())
    ukrainian = sum(letters[ch] for ch in _UKRAINIAN_LETTERS)
    if ukrainian > 0.005 * total:
        return "uk"
    if letters["ъ"] > 0.01 * total:
        raise UnsupportedLanguage("Bulgarian, which the digest does not read")
    return "ru"


def _latin(lowered: str) -> str:
    letters = [ch for ch in lowered if ch.isalpha()]
    vietnamese = sum(ch in _VIETNAMESE_LETTERS for ch in letters)
    if vietnamese > 0.03 * len(letters):
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
