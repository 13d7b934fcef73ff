"""A city named with a province word is the province of the same name.

Some capitals share their name with a province around them: Vientiane Capital and Vientiane
Province, both "Vientiane". The registry gives the bare name to the one usually meant (the
capital) and qualified forms to the other ("Province de Vientiane"). An article may still
qualify the bare name in a way no alias lists ("la provincia laosiana de Vientiane", "the Lao
province of Vientiane"): a province word shortly before the name then says the province is meant.
"""

from __future__ import annotations

import functools
import re

from digest.extract.gazetteer import Match
from digest.registries import Registries
from digest.text import fold

# How far before the name the province word may stand, and how many words (an adjective of
# nationality, "of") may stand between them.
_WINDOW = 40
_MAX_WORDS_BETWEEN = 2
_SENTENCE_END = re.compile(r"[.!?。！？؟;:]")
# An autonomous province names its peoples between its word and its name: "châu tự trị dân tộc
# Cáp Nhì - Di Hồng Hà" (the Honghe Hani and Yi Autonomous Prefecture), folded.
_PEOPLES_BETWEEN = re.compile(r"(?:^|\s)(\S+) tu tri dan toc(?: \S+){1,6} $")
_PEOPLES_WINDOW = 64


@functools.cache
def _region_words(registries: Registries, lang: str) -> tuple[str, ...]:
    """The first word of each phrase naming a region before its name ("provincia de" ->
    "provincia"); a trailing ``*`` is a stem."""
    languages = registries.vocabularies.languages["languages"]
    spec = ((languages.get(lang) or {}).get("place_kinds") or {}).get("region") or {}
    words = {
        fold(str(phrase)).split()[0] for phrase in spec.get("before", []) if str(phrase).strip()
    }
    return tuple(sorted(words))


@functools.cache
def _all_region_words(registries: Registries) -> frozenset[str]:
    words: set[str] = set()
    for lang, spec in registries.vocabularies.languages["languages"].items():
        region = ((spec or {}).get("place_kinds") or {}).get("region") or {}
        for phrase in (*(region.get("before") or []), *(region.get("after") or [])):
            words.update(fold(str(phrase)).replace("*", "").split())
        words.update(_region_words(registries, lang))
    return frozenset(w.rstrip("*") for w in words)


@functools.cache
def _province_of_city(registries: Registries) -> dict[str, str]:
    """City id -> id of the region of its country whose qualified name is the city's name."""
    region_words = _all_region_words(registries)
    cores: dict[tuple[str | None, str], str] = {}
    for partner in registries.partners.values():
        if partner.kind != "region" or partner.generated:
            continue
        for name in (partner.name_en, *partner.aliases):
            words = [w for w in re.split(r"[\s'’]+", fold(name)) if w]
            core = [w for w in words if w not in region_words and w not in ("de", "of", "d")]
            if core and len(core) < len(words):
                cores.setdefault((partner.country, " ".join(core)), partner.id)
    found: dict[str, str] = {}
    for partner in registries.partners.values():
        # A county too: "châu Hồng Hà" is Honghe Prefecture, not Honghe County within it.
        if partner.kind not in ("city", "district"):
            continue
        for name in (partner.name_en, *partner.aliases):
            region = cores.get((partner.country, fold(name).strip()))
            if region is not None:
                found[partner.id] = region
                break
    return found


def province_meant(registries: Registries, lang: str, text: str, match: Match) -> str | None:
    """The id of the province meant by this mention of a city, when a province word stands
    shortly before it; otherwise None."""
    region = _province_of_city(registries).get(match.target[1])
    words = _region_words(registries, lang)
    if region is None or not words:
        return None
    peoples = _PEOPLES_BETWEEN.search(
        _SENTENCE_END.split(fold(text[max(0, match.start - _PEOPLES_WINDOW) : match.start]))[-1]
    )
    if peoples is not None and peoples[1] in words:
        return region
    before = fold(text[max(0, match.start - _WINDOW) : match.start])
    before = _SENTENCE_END.split(before)[-1].split()
    for index in range(len(before) - 1, max(-1, len(before) - 2 - _MAX_WORDS_BETWEEN), -1):
        word = before[index]
        if any(word.startswith(w.rstrip("*")) if w.endswith("*") else word == w for w in words):
            return region
    return None
