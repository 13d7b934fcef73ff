"""Partners generated from packaged sources (registries/generated/), merged under the editors'.

The generated file is written by ``invoke registries-generate`` (tools/subdivisions.py) from
pycountry's ISO 3166-2 subdivisions and their translations. Editors never edit it: what they add
to registries/partners.yaml wins, so a regeneration can never undo an editor's work:

* an editors' record with the same id replaces the generated one;
* a generated record that shares a name with an editors' record of the same country is the same
  place listed by hand (la-vientiane-province is "Viangchan Province"): it is left out, and the
  places generated inside it are placed in the editors' record instead;
* a generated name that some other partner or a Vietnamese province already uses is dropped
  (a name goes to one partner), and so is a name two generated records share.

The file is still untrusted input (a pull request may change it): the loader reads it with the
others (digest.registry_files.GENERATED_PARTNERS) and a record not shaped as generated, or lying
``within`` a partner that neither file lists, is reported with the file and field, like any
registry problem.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from digest.errors import InputError, Problem
from digest.registry_files import Document
from digest.registry_records import PARTNER_KINDS, Partner, Province
from digest.text import fold
from digest.untrusted import is_slug, unwanted_character


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip()) and unwanted_character(value) is None


def _checked(
    path: Path, records: list[Any], partners: dict[str, Partner]
) -> list[tuple[dict[str, Any], tuple[str, ...]]]:
    problems: list[Problem] = []
    good = []
    # A generated place lies in another generated one or in one of the editors' partners.
    known = {r.get("id") for r in records if isinstance(r, dict)} | partners.keys()
    for index, record in enumerate(records):
        where = f"partners[{index}]"
        if not isinstance(record, dict):
            problems.append(Problem(path, "expected an object", field=where))
            continue
        aliases = record.get("aliases", [])
        wrong = [
            name
            for name, ok in (
                ("id", is_slug(record.get("id"))),
                ("kind", record.get("kind") in PARTNER_KINDS[1:]),
                ("country", isinstance(record.get("country"), str)),
                ("name_en", _text(record.get("name_en"))),
                ("name_vi", _text(record.get("name_vi"))),
                ("aliases", isinstance(aliases, list) and all(map(_text, aliases))),
                ("within", record.get("within") is None or is_slug(record.get("within"))),
            )
            if not ok
        ]
        for name in wrong:
            message = "not as generated: run `invoke registries-generate`"
            problems.append(Problem(path, message, field=f"{where}.{name}"))
        within = record.get("within")
        if "within" not in wrong and within is not None and within not in known:
            message = (
                f"unknown partner id {within!r}: neither a record of this file nor of "
                f"registries/partners.yaml; run `invoke registries-generate`"
            )
            problems.append(Problem(path, message, field=f"{where}.within"))
            wrong.append("within")
        if not wrong:
            good.append((record, tuple(a.strip() for a in aliases)))
    if problems:
        raise InputError(problems)
    return good


def _names(partner: Partner) -> Iterable[str]:
    yield partner.name_en
    yield partner.name_vi
    yield from partner.aliases
    for names in partner.names_by_lang.values():
        yield from names


def _taken_names(partners: dict[str, Partner], provinces: dict[str, Province]) -> dict[str, str]:
    """Folded name -> id of the partner or province already using it."""
    taken: dict[str, str] = {}
    for partner in partners.values():
        for name in _names(partner):
            taken.setdefault(fold(name).strip(), partner.id)
    for province in provinces.values():
        for name in (province.name_vi, province.name_en, *province.aliases):
            taken.setdefault(fold(name).strip(), province.id)
    return taken


def merge_generated(
    document: Document, partners: dict[str, Partner], provinces: dict[str, Province]
) -> dict[str, Partner]:
    """``partners`` (the editors' and the countries) plus the generated ones they leave room for."""
    records = _checked(document.path, document.data["partners"], partners)
    taken = _taken_names(partners, provinces)
    shared: dict[str, int] = {}
    folded_records = []
    for record, aliases in records:
        folded = {fold(name).strip() for name in (record["name_en"], *aliases)}
        folded_records.append((record, aliases, folded))
        # A bare name only displayed (a second-level unit's "Córdoba", matched only as
        # "Córdoba Province") takes no name from a unit matched by it (Argentina's Córdoba).
        matched = (
            folded
            if record.get("matches_bare_name", True)
            else {fold(alias).strip() for alias in aliases}
        )
        for name in matched:
            shared[name] = shared.get(name, 0) + 1
    merged = dict(partners)
    replaced: dict[str, str] = {}  # generated id -> the editors' id of the same place
    for record, aliases, folded in folded_records:
        same_place = _same_place(record, folded, taken, partners)
        if same_place is not None:
            replaced[record["id"]] = same_place
            continue
        usable = {n for n in folded if n not in taken and shared.get(n, 0) <= 1}
        bare = bool(record.get("matches_bare_name", True)) and fold(record["name_en"]) in usable
        merged[record["id"]] = Partner(
            id=record["id"],
            kind=record["kind"],
            country=record["country"],
            name_en=record["name_en"],
            name_vi=record["name_vi"],
            within=record.get("within"),
            aliases=tuple(a for a in aliases if fold(a).strip() in usable),
            matches_display_names=bare,
            generated=True,
        )
    for pid, partner in merged.items():
        if partner.within in replaced:
            merged[pid] = _placed_in(partner, replaced[partner.within])
    return merged


def _same_place(
    record: dict[str, Any], folded: set[str], taken: dict[str, str], partners: dict[str, Partner]
) -> str | None:
    if record["id"] in partners:
        return record["id"]
    for name in folded:
        owner = partners.get(taken.get(name, ""))
        if owner is not None and owner.country == record["country"] and owner.kind != "country":
            return owner.id
    return None


def _placed_in(partner: Partner, within: str) -> Partner:
    return Partner(
        id=partner.id,
        kind=partner.kind,
        country=partner.country,
        name_en=partner.name_en,
        name_vi=partner.name_vi,
        within=within,
        aliases=partner.aliases,
        matches_display_names=partner.matches_display_names,
        generated=partner.generated,
    )
