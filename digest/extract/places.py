"""Vietnamese provinces and foreign partners named in an article, resolved to registry ids."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import yaml

from digest.extract.gazetteer import INFLECTING_LANGUAGES, Gazetteer, Match
from digest.registries import Partner, Province, Registries

PROVINCE = "province"
PARTNER = "partner"
# A headline names what the article is about; a mention there outweighs one in passing.
TITLE_WEIGHT = 3
# Provincial papers live at bao<province>.vn: the outlet's own province is a strong hint.
DOMAIN_WEIGHT = 2
_PAPER_DOMAIN = re.compile(r"^(?:www\.)?bao([a-z]+)\.(?:vn|com\.vn|org\.vn)$")


@dataclass(frozen=True)
class Places:
    province: Province | None
    province_as_written: Province | None
    provinces: tuple[str, ...]
    partners: tuple[Partner, ...]


@functools.cache
def _extra_country_names(directory: str) -> dict[str, dict[str, list[str]]]:
    with open(f"{directory}/countries.yaml", encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.load(handle, Loader=yaml.CSafeLoader)
    return data["countries"]


@functools.cache
def gazetteer_for(registries: Registries, lang: str) -> Gazetteer:
    """Every province and partner name an article in ``lang`` may use."""
    inflecting = lang in INFLECTING_LANGUAGES
    gazetteer = Gazetteer()
    for province in registries.provinces.values():
        for name in (province.name_vi, province.name_en, *province.aliases):
            gazetteer.add(name, (PROVINCE, province.id), inflecting=inflecting)
    extra = _extra_country_names(str(registries.directory))
    for partner in registries.partners.values():
        names = [partner.name_en, *partner.aliases, *partner.names_by_lang.get(lang, ())]
        if partner.kind != "country":
            # Country names are language-specific: Vietnamese "Bỉ" (Belgium) is not a name
            # anywhere else, and CLDR's Vietnamese names are already under names_by_lang.
            names.append(partner.name_vi)
        if partner.kind == "country" and partner.country in extra:
            by_lang = extra[partner.country]
            names += by_lang.get("any", []) + by_lang.get(lang, [])
        for name in names:
            gazetteer.add(name, (PARTNER, partner.id), inflecting=inflecting)
    return gazetteer


def find_places(
    registries: Registries, lang: str, title: str, body: str, source_url: str | None
) -> Places:
    gazetteer = gazetteer_for(registries, lang)
    inflecting = lang in INFLECTING_LANGUAGES
    title_matches = gazetteer.find(title, inflecting=inflecting) if title else []
    body_matches = gazetteer.find(body, inflecting=inflecting)
    written = Counter[str]()
    for matches, weight in ((title_matches, TITLE_WEIGHT), (body_matches, 1)):
        for match in _of_kind(matches, PROVINCE):
            written[match.target[1]] += weight
    hinted = _province_from_domain(registries, source_url)
    if hinted is not None:
        written[hinted] += DOMAIN_WEIGHT
    main, as_written = _main_province(registries, written)
    mentioned = sorted({registries.provinces[p].current_id for p in written})
    partner_ids = [m.target[1] for m in _of_kind([*title_matches, *body_matches], PARTNER)]
    return Places(
        province=main,
        province_as_written=as_written,
        provinces=tuple(mentioned),
        partners=_partners(registries, partner_ids),
    )


def _of_kind(matches: list[Match], kind: str) -> list[Any]:
    return [m for m in matches if m.target[0] == kind]


def _province_from_domain(registries: Registries, source_url: str | None) -> str | None:
    if not source_url:
        return None
    host = re.sub(r"^https?://", "", source_url).split("/")[0].lower()
    found = _PAPER_DOMAIN.match(host)
    if found is None:
        return None
    compact = found.group(1)
    for province in registries.provinces.values():
        if province.id.replace("-", "") == compact:
            return province.id
    return None


def _main_province(
    registries: Registries, written: Counter[str]
) -> tuple[Province | None, Province | None]:
    """The current unit mentioned most (former names count for their successor), and the
    name the article used most for it; ties go to the unit mentioned first."""
    if not written:
        return None, None
    by_current = Counter[str]()
    for province_id, count in written.items():
        by_current[registries.provinces[province_id].current_id] += count
    main_id = max(by_current, key=lambda pid: by_current[pid])
    names_used = [pid for pid in written if registries.provinces[pid].current_id == main_id]
    as_written = max(names_used, key=lambda pid: written[pid])
    return registries.provinces[main_id], registries.provinces[as_written]


def _partners(registries: Registries, partner_ids: list[str]) -> tuple[Partner, ...]:
    """Partners in order of first mention; a country only when nothing more specific in it is
    named ("Yunnan (China)" lists Yunnan, not China), and never Vietnam."""
    seen = list(dict.fromkeys(partner_ids))
    partners = [registries.partners[pid] for pid in seen]
    specific_countries = {p.country for p in partners if p.kind != "country"}
    return tuple(
        p
        for p in partners
        if p.country != "VN" and not (p.kind == "country" and p.country in specific_countries)
    )
