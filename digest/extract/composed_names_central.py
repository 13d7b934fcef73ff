"""The English names of German, Russian and Ukrainian public bodies that name their region
by an adjective or a genitive, composed from closed words.

- A German state's ministry is named by the state's adjective before its head word
  ("Sächsisches Staatsministerium für Wirtschaft, Arbeit, Energie und Klimaschutz",
  "Bayerischen Staatsministerium für …", "Thüringer Ministerium für Wirtschaft"): the state's
  own ministry, never the federation's, under the English name such ministries give
  themselves ("Saxon State Ministry for Economic Affairs, Labour, Energy and Climate Action",
  "Bavarian State Ministry of …"), its id the slug of that name as an English name's is
  (eight words at most). The adjectives are the states' (a closed list), each with
  its registry id; a "Staatsministerium" no state's adjective names is left as before
  (unread).

- A Russian or Ukrainian region's agency or corporation is named by its portfolio and the
  region in the genitive after it ("Агентство по туризму Иркутской области", "Корпорация
  развития Приморского края"): "<region> <portfolio> <kind>", the region with the unit's word
  the text gives it (Irkutsk Oblast Tourism Agency, Primorsky Krai Development Corporation),
  as such bodies write their English names; the id is that name's slug.

digest.extract.bodies reads the heads' words and the portfolios and asks this module whose
the bodies are and how they are named.
"""

from __future__ import annotations

import re

from digest.extract.gazetteer import Match
from digest.extract.unlisted import Body, Unlisted
from digest.registries import Registries
from digest.text import slugify

# The German states' adjectives, folded (same_length_fold: no accents, small letters), by the
# registry id of their state and the English their ministries' own English names use ("Saxon
# State Ministry for …", "Bavarian State Ministry of …"; the state's name where English has no
# adjective for it). "Thüringer" is not declined; the others take the adjective's endings.
_GERMAN_STATES: dict[str, tuple[str, str]] = {
    "bayerisch": ("de-bavaria", "Bavarian"),
    "sachsisch": ("de-saxony", "Saxon"),
    "niedersachsisch": ("de-lower-saxony", "Lower Saxon"),
    "thuringer": ("de-thuringia", "Thuringian"),
    "hessisch": ("de-hesse", "Hessian"),
    "brandenburgisch": ("de-brandenburg", "Brandenburg"),
    "saarlandisch": ("de-saarland", "Saarland"),
    "rheinland-pfalzisch": ("de-rheinland-pfalz", "Rhineland-Palatinate"),
    "nordrhein-westfalisch": ("de-north-rhine-westphalia", "North Rhine-Westphalian"),
    "baden-wurttembergisch": ("de-baden-wurttemberg", "Baden-Württemberg"),
    "schleswig-holsteinisch": ("de-schleswig-holstein", "Schleswig-Holstein"),
}
_UNDECLINED = frozenset({"thuringer"})
_STATE_BEFORE = re.compile(r"(?<![\w-])(?P<adjective>[a-z-]+?)(?P<ending>e|en|es|er|em)?[ \t]+$")
# A state's own head word ("Staatsministerium"): named so only by the free states, whose
# ministries are the "State Ministry for …" in English.
_STATE_HEAD = re.compile(r"staatsministeriums?(?!\w)")
_ADJECTIVE_REACH = 32
LANGUAGES = frozenset({"de"})


def is_state_head(folded: str, start: int) -> bool:
    """Whether the ministry's head word at ``start`` of the folded text is a state's own
    ("Staatsministerium für"), which names no federal ministry."""
    return _STATE_HEAD.match(folded, start) is not None


def state_ministry(
    registries: Registries, folded: str, start: int, portfolio: str, end: int
) -> Body | None:
    """The German state's ministry whose head word opens at ``start`` of the folded text, its
    portfolio ``portfolio`` in English ending at ``end``, named by the state's adjective right
    before the head ("Sächsisches Staatsministerium für Wirtschaft"); None where no state's
    adjective stands there."""
    before = _STATE_BEFORE.search(folded, max(0, start - _ADJECTIVE_REACH), start)
    if before is None:
        return None
    adjective = before["adjective"]
    if before["ending"] and adjective + before["ending"] in _UNDECLINED:
        adjective += before["ending"]  # "thuringer": the ending is the word's own
    state, english = _GERMAN_STATES.get(adjective) or ("", "")
    partner = registries.partners.get(state) if state else None
    if partner is None:
        return None
    kind = "State Ministry for" if is_state_head(folded, start) else "Ministry of"
    name = f"{english} {kind} {portfolio}"
    return Body(before.start(), end, Unlisted(
        id=f"{(partner.country or 'DE').lower()}-{slugify(name)}",
        name_en=name,
        country=partner.country or "DE",
        kind="organisation",
    ))  # fmt: skip


# The English kinds of a region's bodies named by a portfolio, by the key of their head words
# in vocabularies/organisations.yaml (`ministries`).
REGIONS_BODIES = {"agencies": "{} Agency", "corporations": "{} Corporation"}
# The word for a region's unit after its adjective ("Иркутской области", "Приморского края",
# "Одеської області"), folded, and its English.
_UNIT_AFTER = re.compile(r"[ \t]*(област|облас|кра[яюе]|округ)\w*")
_UNIT_ENGLISH = {"област": "Oblast", "облас": "Oblast", "округ": "Okrug"}


def regions_body(registries: Registries, text: str, name: str, start: int, region: Match) -> Body:
    """The body of a region named after its portfolio ("Агентство по туризму Иркутской
    области"): "<region> <name>" with the unit's word the text gives the region, where its
    English name lacks it (Irkutsk Oblast Tourism Agency)."""
    partner = registries.partners[region.target[1]]  # type: ignore[index]
    place = partner.name_en
    end = region.end
    unit = _UNIT_AFTER.match(text.lower(), region.end) or _UNIT_AFTER.search(
        text.lower(), region.start, region.end
    )
    if unit is not None:
        end = max(end, unit.end())
        english = _UNIT_ENGLISH.get(unit[1], "Krai")
        if not place.endswith(english):
            place = f"{place} {english}"
    english_name = f"{place} {name}"
    country = partner.country or partner.id.upper()
    return Body(start, end, Unlisted(
        id=f"{country.lower()}-{slugify(english_name)}",
        name_en=english_name,
        country=country,
        kind="organisation",
    ))  # fmt: skip
