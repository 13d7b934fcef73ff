"""References between registry and vocabulary records, checked once every record is read.

A record naming another by id (a measure that ``refines`` another, an organ's Vietnamese by
level, extra names of a country) must name one that exists, and of the right kind; otherwise
drafting would silently never use it, or fail on it in the middle of a build.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from digest.errors import Problem
from digest.registry_files import COUNTRIES, MEASURES, NUMBERS, ROLES, Document
from digest.registry_records import Label, Partner

COUNTABLE_UNITS = ("count", "people")  # what a countable measure's `unit:` may be


def reference_problems(
    documents: dict[str, Document], partners: dict[str, Partner], units: dict[str, Label]
) -> list[Problem]:
    """Every reference that names nothing (or the wrong kind of thing), with its line."""
    checks = (
        (MEASURES.name, _measure_references(documents[MEASURES.name].data)),
        (ROLES.name, _role_references(documents[ROLES.name].data)),
        (COUNTRIES.name, _country_references(documents[COUNTRIES.name].data, partners)),
        (NUMBERS.name, _counting_word_references(documents[NUMBERS.name].data, units)),
        (NUMBERS.name, _shared_currency_references(documents[NUMBERS.name].data)),
    )
    problems: list[Problem] = []
    for name, found in checks:
        document = documents[name]
        listed = [Problem(document.path, message, field=where) for where, message in found]
        if listed:
            problems += document.error(listed).problems
    return problems


def _measure_references(data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    measures = {m.get("id"): m for m in data["measures"] or ()}
    for index, measure in enumerate(data["measures"] or ()):
        where = f"measures[{index}]"
        unit, members, refines = measure.get("unit"), measure.get("members"), measure.get("refines")
        if unit is not None and unit not in COUNTABLE_UNITS:
            yield f"{where}.unit", f"expected {' or '.join(COUNTABLE_UNITS)}, found {unit!r}"
        if members is not None and (measures.get(members) or {}).get("unit") != "people":
            yield f"{where}.members", f"expected the id of a measure of people, found {members!r}"
        if refines is not None:
            base = measures.get(refines)
            if base is None or base is measure:
                yield f"{where}.refines", f"expected the id of another measure, found {refines!r}"
            elif base.get("refines"):
                yield (
                    f"{where}.refines",
                    f"{refines!r} refines {base['refines']!r} itself; refine that one instead",
                )


def _role_references(data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    levels = [level["id"] for level in data["levels"] or ()]
    for kind in ("levels", "titles", "organs", "residences"):
        seen: set[str] = set()
        for index, record in enumerate(data[kind] or ()):
            if record["id"] in seen:
                yield f"{kind}[{index}].id", f"duplicate id {record['id']!r}"
            seen.add(record["id"])
    for index, organ in enumerate(data["organs"] or ()):
        for level in organ.get("vi_levels") or {}:
            if level not in levels:
                yield (
                    f"organs[{index}].vi_levels.{level}",
                    f"expected a level id ({', '.join(levels)}), found {level!r}",
                )


def _country_references(
    data: dict[str, Any], partners: dict[str, Partner]
) -> Iterator[tuple[str, str]]:
    for code in data["countries"] or {}:
        country = partners.get(code.lower())
        if country is None or country.kind != "country" or code != code.upper():
            yield f"countries.{code}", f"expected an ISO 3166-1 alpha-2 code, found {code!r}"


def _counting_word_references(
    data: dict[str, Any], units: dict[str, Label]
) -> Iterator[tuple[str, str]]:
    for section in ("classifiers", "other_nouns"):
        for unit in data[section] or {}:
            if unit not in COUNTABLE_UNITS or unit not in units:
                yield (
                    f"{section}.{unit}",
                    f"expected {' or '.join(COUNTABLE_UNITS)} (units of measures.yaml), "
                    f"found {unit!r}",
                )


def _shared_currency_references(data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """A shared currency word is read as a currency of ``currencies`` and may become only
    another one drafting knows: an unknown code would never be drafted, silently."""
    known = set(data["currencies"] or {})
    for default, others in (data["shared_currencies"] or {}).items():
        where = f"shared_currencies.{default}"
        if default not in known:
            yield where, f"expected a currency of `currencies:` in this file, found {default!r}"
        for index, code in enumerate(others or ()):
            if code not in known:
                yield (
                    f"{where}[{index}]",
                    f"expected a currency of `currencies:` in this file, found {code!r}",
                )
