"""Foreign NGOs a Vietnamese text names by their own name in Latin letters, after the word for an
organisation and before their country in brackets: "tổ chức phi chính phủ Seed to Table
Alliance (Hoa Kỳ)", "Quỹ Hope for Asian Children (Nhật Bản)".

The words between the organisation's word and the brackets are not Vietnamese (no capitalised
word of them is shaped like a Vietnamese syllable), so they are the body's own name as it writes
itself, in English, and they make the id: ``<iso2>-<slug of the name>``. The country in brackets
says whose it is; an NGO named without one is left alone (its country is not said: "Tổ chức Good
Neighbors International" beside KOICA). Never a name the registries match, never Vietnam's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from digest.extract.gazetteer import PARTNER, Match
from digest.extract.translit import is_vi_syllable
from digest.extract.unlisted import Body, Unlisted
from digest.registries import Registries
from digest.text import fold

_VIETNAM = "VN"
# The words for an organisation, a non-governmental, non-profit or charitable one, or a fund,
# right before its name; longest first.
_INTRODUCED = re.compile(
    r"(?<!\w)(?:tổ chức phi chính phủ|tổ chức phi lợi nhuận|tổ chức từ thiện|tổ chức|quỹ)[ \t]+",
    re.IGNORECASE,
)
# A name of two to six capitalised words, English joining words in small letters between
# them ("Hope for Asian Children", "Seed to Table Alliance"); then the bracket opening its
# country.
_NAME = re.compile(
    r"([A-Z][\w'’&.-]*(?:[ \t]+(?:(?:for|of|to|the|and|in|on|&)[ \t]+){0,2}[A-Z][\w'’&.-]*){1,5})"
    r"[ \t]*\("
)
_CAPITALISED = re.compile(r"(?<![\w'’])[A-Z][\w'’&.-]*")


def find_ngo_names(
    registries: Registries, lang: str, text: str, matches: list[Match]
) -> Iterator[Body]:
    """The foreign NGOs ``text`` names by their Latin name and country (see the module)."""
    if lang != "vi":
        return
    starts = {m.start: m for m in matches if m.target[0] == PARTNER}
    for word in _INTRODUCED.finditer(text):
        name = _NAME.match(text, word.end())
        if name is None or _vietnamese_or_listed(name, matches):
            continue
        country = _country(registries, starts.get(name.end()), text)
        if country is None or country == _VIETNAM:
            continue
        yield Body(name.start(1), name.end(1), Unlisted.named(country, name.group(1)))


def _vietnamese_or_listed(name: re.Match[str], matches: list[Match]) -> bool:
    """Whether a capitalised word of the name is shaped like Vietnamese, or a registry name
    lies in it (the registry's own body, or a place)."""
    words = _CAPITALISED.findall(name.group(1))
    if any(is_vi_syllable(fold(w)) for w in words):
        return True
    return any(name.start(1) < m.end and m.start < name.end(1) for m in matches)


def _country(registries: Registries, match: Match | None, text: str) -> str | None:
    """The country a registry match right inside the bracket names, the bracket closing
    after it."""
    if match is None or not text.startswith(")", match.end):
        return None
    partner = registries.partners.get(match.target[1])  # type: ignore[index]
    if partner is None or partner.kind != "country":
        return None
    return partner.id.upper()
