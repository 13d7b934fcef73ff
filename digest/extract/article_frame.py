"""The country an article's frame gives: the outlet's web domain and the money its figures are
counted in, for an organisation no place of the text locates.

"Charles Darwin University" on a page whose masthead reads "NT.GOV.AU" and whose figures are in
A$ is Australia's, though no sentence names a place of Australia. The frame is a weaker clue than
any place the article names: it is read only when the text names no foreign place at all (a
foreign place gives the article's country, see digest.extract.places), and only when its clues
agree. The clues, each a class:

* a country-code top-level domain in the masthead's words or the source URL ("NT.GOV.AU",
  "https://www.abc.net.au/..."): the outlet's country. Generic domains (.com, .org) say nothing.
* a place of the registries the masthead names ("Periódico de la provincia de Guantánamo", a
  menu's "Strona główna | Poznań"): a regional outlet names its own place there. A Vietnamese
  province there is Vietnam's (most outlets are Vietnamese), and gives no foreign country.
* a national currency the figures are counted in: an ISO 4217 code opens with its issuer's ISO
  3166 code (AUD: AU, JPY: JP, KRW: KR). Not the dollar, the euro or a currency several countries
  share (``shared_currencies`` in vocabularies/numbers.yaml): many countries count in those.

Vietnam is never the frame's country: a Vietnamese outlet (.vn, a province in its masthead) or
figures in đồng beside another currency leave the organisation unplaced, as before, and a
Vietnamese article (lang vi) has no frame at all: its bodies are Vietnam's own unless a place
says otherwise, and those are never partners.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from contextvars import ContextVar

from digest.extract.gazetteer import PARTNER, PROVINCE, Match
from digest.registries import Registries

_VIETNAM = "VN"
_PLACES = frozenset({"country", "region", "city", "district"})
# Currencies many countries count in: the dollar (the United States' and a dozen others'), the
# euro (no country's code), and supranational codes (X...: the CFA francs, special drawing rights).
_WIDELY_USED = frozenset({"USD", "EUR"})
# A host name: two or more dot-joined labels, the last two letters (a country code). A masthead
# writes it all in lower or all in upper case ("abc.net.au", "NT.GOV.AU"); mixed case is a
# sentence's words run together ("Mr.Ng"), no host.
_DOMAIN = re.compile(
    r"(?<![\w.@])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2})(?![\w.-])", re.IGNORECASE
)


# The frame's country of the article being drafted, for the readers deep in drafting that fall
# back on the article's country (``only_or_home``): a one-item list the drafting opens per
# article (``reading_frame``) and find_places fills; None outside a drafting.
_FRAMED: ContextVar[list[str | None] | None] = ContextVar("framed_country", default=None)


@contextlib.contextmanager
def reading_frame() -> Iterator[None]:
    """Draft one article inside this block: ``note_frame`` records its frame's country, and
    ``framed`` gives it back until the block ends."""
    token = _FRAMED.set([None])
    try:
        yield
    finally:
        _FRAMED.reset(token)


def note_frame(country: str | None) -> None:
    """Record the frame's country of the article drafted (nothing outside ``reading_frame``)."""
    holder = _FRAMED.get()
    if holder is not None:
        holder[0] = country


def framed() -> str | None:
    """The frame's country of the article drafted, if ``note_frame`` recorded one."""
    holder = _FRAMED.get()
    return holder[0] if holder is not None else None


def frame_country(
    registries: Registries,
    lang: str,
    masthead: tuple[str, list[Match]],
    source_url: str | None,
    currencies: Iterable[str],
) -> str | None:
    """The one foreign country the article's outlet domain, masthead places (``masthead``: its
    text and the registry names found there) and figure currencies agree on, or None (no clue,
    clues that disagree, Vietnam's, or a Vietnamese article's)."""
    if lang == "vi":
        return None
    text, places = masthead
    clues = {
        *_domain_countries(text, source_url),
        *_place_countries(registries, places),
        *_currency_countries(registries, currencies),
    }
    clues = {code for code in clues if code.lower() in registries.partners or code == _VIETNAM}
    if len(clues) != 1:
        return None
    country = next(iter(clues))
    return None if country == _VIETNAM else country


def _domain_countries(masthead: str, source_url: str | None) -> set[str]:
    """The countries of the country-code domains the masthead and the source URL name."""
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", (source_url or "").lower()).split("/", 1)[0]
    return {
        found.group(1).upper()
        for text in (masthead, host)
        for found in _DOMAIN.finditer(text)
        if found.group(0).islower() or found.group(0).isupper()
    }


def _place_countries(registries: Registries, places: list[Match]) -> set[str]:
    """The countries of the registry places named in the masthead (Vietnam for a province)."""
    countries = set()
    for match in places:
        kind, target = match.target  # type: ignore[misc]
        if kind == PROVINCE:
            countries.add(_VIETNAM)
        elif kind == PARTNER and registries.partners[target].kind in _PLACES:
            countries.add(registries.partners[target].country or "")
    return countries - {""}


def _currency_countries(registries: Registries, currencies: Iterable[str]) -> set[str]:
    """The issuers of the national currencies among ``currencies`` (ISO 4217 codes)."""
    shared = registries.vocabularies.numbers.get("shared_currencies") or {}
    several = {code for default, others in shared.items() for code in (default, *others)}
    return {
        code[:2]
        for code in currencies
        if len(code) == 3
        and code.isupper()
        and not code.startswith("X")
        and code not in _WIDELY_USED
        and code not in several
    }
