"""Topics an article is about, from the keyword stems each topic lists per language."""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any

import yaml

from digest.registries import REGISTRY_DIR
from digest.text import fold

# Scripts written with spaces match stems at word starts; the others anywhere.
_UNSPACED_LANGUAGES = frozenset({"ja", "zh", "th", "ko"})
_ARABIC_PREFIX = r"(?:وال|بال|لل|ال|و|ب|ل)?"
# A topic must come up repeatedly to be what the article is about, not a passing word.
MIN_HITS = 2
MAX_TOPICS = 4


@functools.cache
def _keywords() -> dict[str, dict[str, list[str]]]:
    with (REGISTRY_DIR / "topics.yaml").open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.load(handle, Loader=yaml.CSafeLoader)
    return {t["id"]: t.get("keywords") or {} for t in data["topics"]}


@functools.cache
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    patterns = {}
    for topic, by_lang in _keywords().items():
        stems = [fold(stem) for stem in by_lang.get(lang, ()) if stem.strip()]
        if not stems:
            continue
        alternatives = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
        if lang in _UNSPACED_LANGUAGES:
            patterns[topic] = re.compile(alternatives)
        elif lang == "ar":
            patterns[topic] = re.compile(rf"(?<!\w){_ARABIC_PREFIX}(?:{alternatives})")
        else:
            patterns[topic] = re.compile(rf"(?<!\w)(?:{alternatives})")
    return patterns


def find_topics(text: str, lang: str) -> list[str]:
    """Up to MAX_TOPICS topic ids, most mentioned first (ties in registry order)."""
    folded = fold(text)
    hits = Counter({t: len(p.findall(folded)) for t, p in _patterns(lang).items()})
    order = list(_keywords())
    ranked = sorted(
        (t for t, n in hits.items() if n >= MIN_HITS), key=lambda t: (-hits[t], order.index(t))
    )
    return ranked[:MAX_TOPICS]
