"""Cities no hand-kept registry lists, confirmed against GeoNames' cities
(registries/generated/cities.json, written by tools/cities.py).

The gazetteer never finds names in an article: tens of thousands of town names would match
ordinary words and people's names. It only confirms a name the article already marks as a city
("청주시", "the City of Fresno", "город Обнинск"), read in Latin letters, within the countries
the article can be about, and gives its English name. The file is read the first time an article
needs it, so loading the registries stays fast.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digest import registry_files
from digest.errors import Problem
from digest.registries import Registries
from digest.text import fold
from digest.untrusted import unwanted_character

# The countries an article in a language is most often about when it names a city without its
# country (a local outlet: "청주시는 13일 ..."), the likeliest first.
LANGUAGE_COUNTRIES = {
    "ko": ("KR",),
    "ja": ("JP",),
    "zh": ("CN", "TW", "SG", "MY"),
    "th": ("TH",),
    "ru": ("RU", "BY", "KZ", "UZ"),
    "uk": ("UA",),
    "pl": ("PL",),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH", "CA"),
    "it": ("IT", "CH"),
    "es": ("ES", "AR", "MX", "CU", "CL", "CO", "VE"),
    "pt": ("PT", "BR"),
    "en": ("US", "GB", "AU", "CA", "NZ", "IN", "SG", "PH"),
    "hi": ("IN",),
    "ar": ("EG", "MA"),
}
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")
# The punctuation GeoNames' names hold ("'s-Hertogenbosch", "Gasteiz / Vitoria", "‘Ewa Beach").
_NAME_PUNCTUATION = frozenset("’'‘`.,()-–/ ")
_NOT_GENERATED = "not as generated: run `invoke registries-generate`"


@dataclass(frozen=True)
class Where:
    """Where an article's cities may lie: the foreign countries it names (or whose places it
    names), in order, and its language."""

    named: tuple[str, ...]
    lang: str


@dataclass(frozen=True)
class _Gazetteer:
    # Country -> folded name -> GeoNames' name (the larger of two places with one name).
    by_country: dict[str, dict[str, str]]
    # Folded name -> the country and name of the largest place by that name in any country.
    largest: dict[str, tuple[str, str]]


def _name_character(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M") or char in _NAME_PUNCTUATION


def _generated_name(name: str) -> bool:
    """True when ``name`` could be a GeoNames name: a pull request editing the generated file
    by hand ("../../Ulsan<script>") is refused by `digest check`, not only by CI's comparison
    with a fresh generation, which needs the test extras."""
    return (
        unwanted_character(name) is None
        and (name[0].isalnum() or name[0] in "’'‘`")
        and ".." not in name
        and all(map(_name_character, name))
    )


def _pair(value: Any) -> tuple[str, int] | None:
    if (
        isinstance(value, list)
        and len(value) == 2
        and isinstance(value[0], str)
        and value[0].strip()
        and isinstance(value[1], int)
        and not isinstance(value[1], bool)
        and value[1] >= 0
    ):
        return value[0], value[1]
    return None


@functools.cache
def _gazetteer(folder: Path) -> _Gazetteer:
    spec = registry_files.GENERATED_CITIES
    path = folder / spec.name
    document = registry_files.read(path, spec)
    problems = []
    by_country: dict[str, dict[str, str]] = {}
    largest: dict[str, tuple[int, str, str]] = {}
    for code, cities in document.data["cities"].items():
        if not _COUNTRY_CODE.fullmatch(code) or not isinstance(cities, list):
            message = "expected an ISO 3166-1 alpha-2 code and a list of cities"
            problems.append(Problem(path, message, field=f"cities.{code}"))
            continue
        found: dict[str, str] = {}
        for index, value in enumerate(cities):
            pair = _pair(value)
            if pair is None:
                message = "expected a city's [name, population]"
                problems.append(Problem(path, message, field=f"cities.{code}[{index}]"))
                continue
            name, population = pair
            if not _generated_name(name):
                problems.append(Problem(path, _NOT_GENERATED, field=f"cities.{code}[{index}]"))
                continue
            key = fold(name)
            found.setdefault(key, name)  # cities come largest first
            if population > largest.get(key, (-1, "", ""))[0]:
                largest[key] = (population, code, name)
        by_country[code] = found
    if problems:
        raise document.error(problems)
    return _Gazetteer(by_country, {key: (c, n) for key, (_, c, n) in largest.items()})


def where_cities(lang: str, named: Iterable[str]) -> Where:
    """Where a city an article names may lie (see ``confirmed_city``)."""
    return Where(tuple(dict.fromkeys(c for c in named if c != "VN")), lang)


def confirmed_city(registries: Registries, latin: str, where: Where) -> tuple[str, str] | None:
    """The country and GeoNames' name of the city ``latin`` names: in the first country the
    article names that has a city by that name; in an article naming none, the largest place
    by that name, if it lies in a country of the article's language (an English "city of
    Paris" is not Paris, Texas); None otherwise."""
    key = fold(latin)
    if not key:
        return None
    gazetteer = _gazetteer(registries.folder)
    for country in where.named:
        name = gazetteer.by_country.get(country, {}).get(key)
        if name is not None:
            return country, name
    if where.named:
        return None
    largest = gazetteer.largest.get(key)
    if largest is not None and largest[0] in LANGUAGE_COUNTRIES.get(where.lang, ()):
        return largest
    return None


# Polish names a city in the genitive or locative after "Urząd Miasta", "w" and the like
# ("Łodzi", "Krakowa", "Krakowie", "Warszawy", "Poznaniu", "Katowicach"): the case endings,
# longest first, and the nominative endings they may have replaced (Łódź, Kraków, Warszawa,
# Poznań, Katowice; accents are folded away).
_CASE_ENDINGS = {"pl": ("ach", "iu", "ie", "ia", "a", "u", "i", "y", "e")}
_NOMINATIVE_ENDINGS = {"pl": ("", "a", "e", "ia")}


def declined_city(
    registries: Registries, lang: str, latin: str, where: Where
) -> tuple[str, str] | None:
    """The country and GeoNames' name of the city ``latin`` names in a case other than the
    nominative: each case ending undone, and the nominative endings it may have replaced
    tried, until ``confirmed_city`` knows the name; None in a language without such cases or
    for a name of several words."""
    if lang not in _CASE_ENDINGS or " " in latin.strip():
        return None
    folded = fold(latin)
    for ending in _CASE_ENDINGS[lang]:
        if not folded.endswith(ending) or len(folded) - len(ending) < 3:
            continue
        stem = folded[: -len(ending)]
        for restored in _NOMINATIVE_ENDINGS[lang]:
            found = confirmed_city(registries, stem + restored, where)
            if found is not None:
                return found
    return None


def check_gazetteer(registries: Registries) -> None:
    """Read and check the generated cities now (``digest check``), not at the first article
    that names a city: a bad file is then reported with the other registry problems."""
    _gazetteer(registries.folder)
