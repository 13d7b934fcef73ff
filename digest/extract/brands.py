"""Promotion agencies known by a brand made of their country's or region's name: "ProChile",
"ProColombia", "ProMendoza" (the name glued after "Pro"), "Business France", "Invest India",
"Enterprise Singapore" (a word of trade before the name).

Such a brand names no kind word a body rule reads, and its place is no partner of its own there
(the Chilean export agency is not Chile). The brand is drafted as an organisation the registry
does not list, ``<iso2>-<slug of the brand>``, of the place's country, with ``partners`` for
review. The brand words are a closed list and Latin-script brands are written so in every
language ("la Oficina Comercial de ProChile", "Business France et la CCI").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from digest.extract.gazetteer import PARTNER, Gazetteer, Match
from digest.extract.unlisted import Body, Unlisted
from digest.registries import Registries
from digest.text import look_after_first_letter

_VIETNAM = "vn"
_PLACES = frozenset({"country", "region", "city"})
# "Pro" glued to a capitalised name; a word of trade, a space, and a capitalised name.
_GLUED = re.compile(
    look_after_first_letter(r"(?<![\w-])", ["Pro"]) + r"(?=[A-ZÁÉÍÓÚ][a-záéíóúñ]{2,}(?![\w-]))"
)
_SPACED = re.compile(
    look_after_first_letter(r"(?<![\w-])", ["Business", "Invest", "Enterprise"]) + " (?=[A-Z])"
)
_WORD = re.compile(r"\w+")
_TRIGGERS = ("Pro", "Business ", "Invest ", "Enterprise ")


def find_brand_bodies(
    registries: Registries, text: str, matches: list[Match], gazetteer: Gazetteer
) -> Iterator[Body]:
    """The promotion agencies ``text`` names by a brand (see the module)."""
    if not any(word in text for word in _TRIGGERS):
        return  # most texts name none: no pattern is run over them
    starts = {m.start: m for m in matches if m.target[0] == PARTNER}
    for brand in _SPACED.finditer(text):
        place = starts.get(brand.end())
        if place is not None and _wholly_named(text, place.end):
            yield from _brand(registries, text, brand.start(), place)
    for brand in _GLUED.finditer(text):
        word = _WORD.match(text, brand.end())
        if word is None:
            continue
        found = gazetteer.find(word.group(0))
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(word.group(0)):
            place = Match(brand.end(), word.end(), found[0].target, found[0].surface)
            yield from _brand(registries, text, brand.start(), place)


def _wholly_named(text: str, end: int) -> bool:
    """Whether the place's name ends the brand: "Business France", not "Business France's
    own …" nor a longer name the gazetteer did not read."""
    return end == len(text) or not (text[end].isalnum() or text[end] == "-")


def _brand(registries: Registries, text: str, start: int, place: Match) -> Iterator[Body]:
    partner = registries.partners.get(str(place.target[1]))
    if partner is None or partner.kind not in _PLACES:
        return
    country = (partner.country or partner.id).lower()
    if country == _VIETNAM:
        return
    name = text[start : place.end]
    yield Body(start, place.end, Unlisted.named(country.upper(), name))
