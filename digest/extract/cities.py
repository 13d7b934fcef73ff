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
from collections.abc import Iterable
from pathlib import Path

from digest import registry_files
from digest.errors import Problem
from digest.registries import Registries
from digest.text import fold

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


@functools.cache
def _gazetteer(folder: Path) -> dict[str, dict[str, str]]:
    """Country -> folded name -> GeoNames' name; the larger of two places with one name."""
    spec = registry_files.GENERATED_CITIES
    path = folder / spec.name
    document = registry_files.read(path, spec)
    problems = []
    by_country: dict[str, dict[str, str]] = {}
    for code, names in document.data["cities"].items():
        if not _COUNTRY_CODE.fullmatch(code):
            problems.append(
                Problem(path, "expected an ISO 3166-1 alpha-2 code", field=f"cities.{code}")
            )
            continue
        found: dict[str, str] = {}
        for index, name in enumerate(names or ()):
            if not isinstance(name, str) or not name.strip():
                problems.append(
                    Problem(path, "expected a city's name", field=f"cities.{code}[{index}]")
                )
                continue
            found.setdefault(fold(name), name)  # names come largest first
        by_country[code] = found
    if problems:
        raise document.error(problems)
    return by_country


def candidate_countries(lang: str, named: Iterable[str]) -> tuple[str, ...]:
    """The countries a city the article names may lie in: those it names (or whose places it
    names), else the countries of its language."""
    countries = tuple(dict.fromkeys(c for c in named if c != "VN"))
    return countries or LANGUAGE_COUNTRIES.get(lang, ())


def confirmed_city(
    registries: Registries, latin: str, countries: Iterable[str]
) -> tuple[str, str] | None:
    """The country and GeoNames' name of the city ``latin`` names, in the first of
    ``countries`` that has one by that name; None when none has."""
    key = fold(latin)
    if not key:
        return None
    gazetteer = _gazetteer(registries.folder)
    for country in countries:
        name = gazetteer.get(country, {}).get(key)
        if name is not None:
            return country, name
    return None


def check_gazetteer(registries: Registries) -> None:
    """Read and check the generated cities now (``digest check``), not at the first article
    that names a city: a bad file is then reported with the other registry problems."""
    _gazetteer(registries.folder)
