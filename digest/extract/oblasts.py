"""Ukrainian regions named by their administration or their everyday name, which the registry's
"<adjective> область" does not match: "Вінницька обласна військова адміністрація", "Вінницькою
ОВА", "Харківська ОДА" (the region's government), and the "-щина" names: "Вінниччина",
"Харківщина", "Одещина" (the region itself). Russian names its regions' governments after the
region's own name ("правительство Новосибирской области"), which the registry matches.

The adjective's stem gives the region (``Вінницьк`` of "Вінницька область"); a "-щина" name's
stem opens the adjective's (``Вінни`` of "Вінниччина", ``Оде`` of "Одещина"), and is read only
where exactly one region's adjective opens so.
"""

from __future__ import annotations

import bisect
import functools
import re

from digest.extract.gazetteer import PARTNER, Match
from digest.registries import Registries

_VIETNAM = "VN"
# "Вінницька область" as the registry names regions.
_REGION_BY_ADJECTIVE = {"uk": re.compile(r"^(\S+)а область$")}
# The adjective (feminine, any case) before the words of the region's administration.
_ADMINISTRATION = {
    "uk": re.compile(
        r"(?<!\w)([А-ЯІЇЄҐ]\w*(?:ськ|цьк))(?:а|ої|ою|ій|у)\s+"
        r"(?:ОВА|ОДА|обласн\w*\s+(?:державн\w*\s+|військов\w*\s+)?адміністрац\w*"
        r"|облдержадміністрац\w*)(?!\w)"
    ),
}
# Ukrainian's everyday name of a region: its stem and "-щина" or "-ччина", in any case.
# Word letters only: each search starts at a word's first letter and ends with the word.
_SHCHYNA = re.compile(r"(?<!\w)([А-ЯІЇЄҐ]\w{2,}?)(?:щин|ччин)(?:а|и|і|у|ою)(?!\w)")
_MIN_STEM = 3


def oblast_matches(registries: Registries, lang: str, text: str) -> list[Match]:
    """The regions ``text`` names by their administration or everyday name (see the module),
    as matches of their registry ids."""
    pattern = _ADMINISTRATION.get(lang)
    if pattern is None:
        return []
    stems = _regions_by_stem(registries, lang)
    found = [
        Match(m.start(), m.end(), (PARTNER, stems[m.group(1)]), m.group(0))
        for m in pattern.finditer(text)
        if m.group(1) in stems
    ]
    for m in _SHCHYNA.finditer(text):
        region = _opening(registries, lang, m.group(1))
        if region is not None:
            found.append(Match(m.start(), m.end(), (PARTNER, region), m.group(0)))
    return found


@functools.cache
def _regions_by_stem(registries: Registries, lang: str) -> dict[str, str]:
    """Region ids by their adjective's stem: "Вінницьк" of "Вінницька область"."""
    found: dict[str, str] = {}
    for partner in registries.partners.values():
        if partner.country in (None, _VIETNAM):
            continue
        for alias in partner.aliases:
            named = _REGION_BY_ADJECTIVE[lang].match(alias)
            if named is not None:
                found.setdefault(named.group(1), partner.id)
    return found


@functools.cache
def _sorted_stems(registries: Registries, lang: str) -> tuple[list[str], list[str]]:
    stems = sorted(_regions_by_stem(registries, lang).items())
    return [stem for stem, _ in stems], [pid for _, pid in stems]


def _opening(registries: Registries, lang: str, stem: str) -> str | None:
    """The one region whose adjective's stem opens with ``stem`` ("Вінни": Vinnytsia)."""
    if len(stem) < _MIN_STEM:
        return None
    stems, ids = _sorted_stems(registries, lang)
    low = bisect.bisect_left(stems, stem)
    high = bisect.bisect_left(stems, stem + "\U0010ffff")
    regions = set(ids[low:high])
    return next(iter(regions)) if len(regions) == 1 else None
