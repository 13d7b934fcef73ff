"""The registry words figures are read with, compiled once per language.

vocabularies/numbers.yaml and registries/measures.yaml give, by language, the words that tell
what a number is: currencies, units, scale and time words after it, counted nouns near it, the
keywords of each measure, and flag words (approximation, ranges, years, ordinals, dates, "of
them", verbs before a number, "a month").
Month names come from Babel's CLDR data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import get_month_names

from digest.extract.numbers import Language, Lexicon, language, prepare, registry, words_for
from digest.registries import drafting_cache, drafting_registries

_SUBSET_GAP = 2  # words between "of them" and its number ("из них около 80")


@dataclass(frozen=True)
class Vocabulary:
    """One language's registry words, compiled once (extraction runs on every article)."""

    setting: Language
    tail: Lexicon[tuple[str, str]]  # (kind, id) of the word right after a number
    window: Lexicon[tuple[str, str]]  # counted nouns a few words further
    money: Lexicon[str]  # money measures by keyword
    counted: dict[str, Lexicon[str]]  # countable measures by unit (people, count)
    cues: dict[str, Lexicon[str]]  # measure id -> the cue words of the ids refining it
    currency_before: Lexicon[str]
    flags: dict[str, Lexicon[bool]]  # approx_before, ranges, months... (see _flag_words)
    ordinal_dot: re.Pattern[str] | None  # "13.ª", "1.er": an ordinal indicator after a dot
    units_of: dict[str, str]  # measure id -> people / count / money
    money_context: frozenset[str]  # units whose measure is the money named near them


def _flag_words(data: dict[str, Any], lang: str) -> dict[str, list[str]]:
    """Words whose presence alone matters, by what they tell about a number next to them."""
    approx, ordinals = data["approx"], data["ordinals"]
    return {
        "approx_before": approx["before"].get(lang) or [],
        "approx_after": approx["after"].get(lang) or [],
        "ranges": words_for(data["ranges"], lang),
        "year_markers": data["year_markers"].get(lang) or [],
        "ordinals_before": ordinals["before"].get(lang) or [],
        "not_ordinals": (ordinals.get("not_before") or {}).get(lang) or [],
        "ordinals_after": ordinals["after"].get(lang) or [],
        "number_of": data["number_of"].get(lang) or [],
        "months": _month_names(lang),
        "date_links": (data.get("date_links") or {}).get(lang) or [],
        "subsets": (data.get("subsets") or {}).get(lang) or [],
        "baselines": (data.get("baselines") or {}).get(lang) or [],
        "definite": (data.get("definite_articles") or {}).get(lang) or [],
        "copulas": (data.get("copulas") or {}).get(lang) or [],
        "parties": (data.get("parties") or {}).get(lang) or [],
        "monthly": (data.get("monthly") or {}).get(lang) or [],
    }


def _flag_lexicon(
    name: str, words: list[str], extra: list[str], setting: Language
) -> Lexicon[bool]:
    """One flag's words; ``extra`` are longer words that contain one but mean something else
    (Thai พื้นที่ "area" ends in the ordinal word ที่): matched first, then read as False."""
    gaps = {
        "approx_before": setting.approx_gap,
        "subsets": _SUBSET_GAP,
        "baselines": _SUBSET_GAP,
        "copulas": _SUBSET_GAP,
    }
    return Lexicon(
        {**dict.fromkeys(words, True), **dict.fromkeys(extra, False)},
        setting.code,
        # Only approximation words stand apart from their number or behind a clitic.
        gap=gaps.get(name, 0),
        loose_left=setting.clitics and name == "approx_before",
    )


def _ordinal_dot(data: dict[str, Any], lang: str) -> re.Pattern[str] | None:
    """ "13.ª", "2.º", "1.er": digits, a dot and an ordinal indicator, then no letter."""
    marks = (data["ordinals"].get("after_dot") or {}).get(lang) or []
    folded = sorted({prepare(mark, lang) for mark in marks}, key=len, reverse=True)
    alternation = "|".join(re.escape(mark) for mark in folded if mark)
    return re.compile(rf"\.(?:{alternation})(?![^\W\d])") if alternation else None


def _keywords(measure: dict[str, Any], lang: str) -> list[str]:
    return (measure.get("keywords") or {}).get(lang) or []


@drafting_cache
def vocabulary(lang: str) -> Vocabulary:
    data, setting = registry(), language(lang)
    figures = drafting_registries().vocabularies.figures  # units and measures, with their words
    measures = [m for m in figures["measures"] if not m.get("refines")]
    refined = [m for m in figures["measures"] if m.get("refines")]
    units_of = {m["id"]: m.get("unit") or "money" for m in measures}
    nouns = _nouns(data, lang, measures, units_of)

    def by_keyword(pairs: Iterable[tuple[str, str]]) -> Lexicon[str]:
        return Lexicon(dict(pairs), lang, loose_left=setting.loose_left)

    def keyed(chosen: Iterable[dict[str, Any]], key: str = "id") -> Iterable[tuple[str, str]]:
        return ((word, m[key]) for m in chosen for word in _keywords(m, lang))

    members = keyed((m for m in measures if m.get("members")), "members")
    flag_words = _flag_words(data, lang)
    currencies = data["currencies"].items()
    return Vocabulary(
        setting=setting,
        tail=Lexicon({**_tail_words(data, lang), **nouns}, lang),
        window=Lexicon(nouns, lang, loose_left=setting.loose_left),
        money=by_keyword(keyed(m for m in measures if m.get("money"))),
        counted={
            "people": by_keyword(
                [*members, *keyed(m for m in measures if m.get("unit") == "people")]
            ),
            "count": by_keyword(keyed(m for m in measures if m.get("unit") == "count")),
        },
        cues={
            base: by_keyword(keyed(r for r in refined if r["refines"] == base))
            for base in {r["refines"] for r in refined}
        },
        currency_before=Lexicon({w: c for c, by in currencies for w in by.get("all") or []}, lang),
        flags={
            name: _flag_lexicon(name, words, flag_words["not_ordinals"], setting)
            if name == "ordinals_before"
            else _flag_lexicon(name, words, [], setting)
            for name, words in flag_words.items()
            if name != "not_ordinals"
        },
        ordinal_dot=_ordinal_dot(data, lang),
        units_of=units_of,
        money_context=frozenset(u["id"] for u in figures["units"] if u.get("money_context")),
    )


def _tail_words(data: dict[str, Any], lang: str) -> dict[str, tuple[str, str]]:
    """Words that settle what a number is when they follow it: currency, unit, time."""
    words: dict[str, tuple[str, str]] = dict.fromkeys(
        data["time_units"].get(lang) or [], ("time", "")
    )
    words.update(dict.fromkeys((data.get("rates") or {}).get(lang) or [], ("rate", "")))
    for unit in drafting_registries().vocabularies.figures["units"]:
        words.update(dict.fromkeys(words_for(unit.get("words") or {}, lang), ("unit", unit["id"])))
    for code, by_lang in data["currencies"].items():
        words.update(dict.fromkeys(words_for(by_lang, lang), ("currency", code)))
    return words


def _nouns(
    data: dict[str, Any], lang: str, measures: list[dict[str, Any]], units_of: dict[str, str]
) -> dict[str, tuple[str, str]]:
    """Words that make a number a count: counting words, other nouns, countable measures."""
    words: dict[str, tuple[str, str]] = {}
    for kind, section in (("classifier", data["classifiers"]), ("noun", data["other_nouns"])):
        for unit, by_lang in section.items():
            words.update(dict.fromkeys(by_lang.get(lang) or [], (kind, unit)))
    words.update(dict.fromkeys((data.get("place_nouns") or {}).get(lang) or [], ("place", "count")))
    for measure in measures:
        if units_of[measure["id"]] != "money":
            words.update(dict.fromkeys(_keywords(measure, lang), ("measure", measure["id"])))
    return words


def _month_names(lang: str) -> list[str]:
    """CLDR month names without digits ("Juni", "июля"); "6月" and "tháng 6" are time units."""
    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return []
    names = [*get_month_names("wide", "format", locale).values()]
    names += get_month_names("wide", "stand-alone", locale).values()
    return [name for name in names if not any(ch.isdigit() for ch in name)]
