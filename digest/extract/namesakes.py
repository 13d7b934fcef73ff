"""A place name two countries share, read as the place of the country the article is about.

The registry gives a name two partners of different countries share to the one the digest
usually means and qualified forms only to the other (registries/partners.yaml: bare "Brest" is
Belarus's Brest Region, France's city is "Brest (France)"). An article whose other places all
lie in the other's country and none in the first's (a French press release naming Brittany,
Rennes and the "CHU de Brest") means the other: the bare name is read as its namesake there,
before the bodies it places are read.
"""

from __future__ import annotations

import functools
import re

from digest.extract.gazetteer import PARTNER, Match
from digest.registries import Registries
from digest.text import fold

# What qualifies a shared name: "Brest (France)", "Brest (Finistère)", "Brest, France".
_QUALIFIER = re.compile(r"\s*(?:\([^()]*\)|,[^,]*)$")


@functools.cache
def _namesakes(registries: Registries) -> dict[tuple[str, str], tuple[str, str]]:
    """(id of the partner a bare name is given to, the folded name) -> the id and country of a
    partner of another country named so with a qualifier only."""
    holders: dict[str, tuple[str, str]] = {}
    for partner in registries.partners.values():
        for name in (partner.name_en, *partner.aliases):
            if partner.country:
                holders.setdefault(fold(name), (partner.id, partner.country))
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for partner in registries.partners.values():
        for name in (partner.name_en, *partner.aliases):
            core = fold(_QUALIFIER.sub("", name))
            holder = holders.get(core) if core != fold(name) else None
            if holder is not None and partner.country and holder[1] != partner.country:
                found.setdefault((holder[0], core), (partner.id, partner.country))
    return found


def namesakes_meant(
    registries: Registries, found_in: list[tuple[str, int, list[Match]]]
) -> list[tuple[str, int, list[Match]]]:
    """The article's matches by text, a bare shared name read as its namesake where the
    article's other places lie in the namesake's country and none in the name holder's."""
    table = _namesakes(registries)

    def shared(match: Match) -> tuple[str, str] | None:
        if match.target[0] != PARTNER:  # type: ignore[index]
            return None
        return table.get((str(match.target[1]), fold(match.surface)))  # type: ignore[index]

    if not any(shared(m) for _, _, matches in found_in for m in matches):
        return found_in
    countries = {
        registries.partners[m.target[1]].country  # type: ignore[index]
        for _, _, matches in found_in
        for m in matches
        if m.target[0] == PARTNER and not shared(m)  # type: ignore[index]
    }
    return [
        (text, weight, [_meant(registries, m, shared(m), countries) for m in matches])
        for text, weight, matches in found_in
    ]


def _meant(
    registries: Registries,
    match: Match,
    namesake: tuple[str, str] | None,
    countries: set[str | None],
) -> Match:
    if namesake is None or namesake[1] not in countries:
        return match
    if registries.partners[match.target[1]].country in countries:  # type: ignore[index]
        return match
    return Match(match.start, match.end, (PARTNER, namesake[0]), match.surface)
