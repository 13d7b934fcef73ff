"""How a country's own bodies write a name in English where the same words of another country's
bodies are written otherwise (issue 13, sixteenth round, naming18).

A ministry's or department's portfolio is composed word by word from the article's language
(digest.extract.portfolios, digest.extract.departments): Vietnamese "Công Thương", Chinese 工贸
are Industry and Trade, as Vietnam's own ministry signs. Laos' ministry of the same portfolio
signs "Ministry of Industry and Commerce" (MOIC), and so do its provinces' departments ("the
Department of Industry and Commerce of Khammouane Province"); Egypt's ministry of التجارة والصناعة
signs "Ministry of Trade and Industry", where another language's words read "Commerce and
Industry" (the Arabic words themselves are composed as "Trade and Industry" by the portfolio
vocabulary, vocabularies/organisations.yaml). The id follows the name the country's body signs
with, so one body has one id whatever the article's language.

A body's place whose name a generated unit of one country holds but the registry does not read
bare (Spain's Guadalajara province, matched only beside a body's words: "Universidad de
Guadalajara") is the city of that name in another country the article names, when it names
nothing else of the unit's country and the city is the largest place of that name GeoNames knows
in the language's countries: in an article naming México, the University of Guadalajara is
Mexico's (a city of 1.4 million, Spain's of 90,000). In an article naming no foreign place at
all, the outlet's country (digest.extract.article_frame) stands for the country named.
"""

from __future__ import annotations

from collections.abc import Sequence

from digest.extract.article_frame import framed
from digest.extract.cities import confirmed_city, where_cities
from digest.extract.gazetteer import PARTNER, Match
from digest.registries import Partner, Registries

_VIETNAM = "VN"
# A country's own English for a portfolio composed otherwise, by ISO country code.
_OWN_PORTFOLIOS: dict[str, dict[str, str]] = {
    "LA": {"Industry and Trade": "Industry and Commerce"},
    "EG": {"Commerce and Industry": "Trade and Industry"},
}


def own_portfolio(country: str, portfolio: str) -> str:
    """The portfolio as ``country``'s own bodies write it in English ("Industry and Trade" of a
    Lao department is "Industry and Commerce"); any other portfolio as composed."""
    return _OWN_PORTFOLIOS.get(country.upper(), {}).get(portfolio, portfolio)


def namesake_city_abroad(
    registries: Registries, lang: str, partner: Partner, surface: str, matches: Sequence[Match]
) -> tuple[str, str] | None:
    """The English name and country of the city ``surface`` names in another country the
    article names, where ``partner`` (the registry place read from it) is a generated unit whose
    name is not read bare, the article names nothing else of its country, and the city is the
    largest place of that name; None otherwise."""
    if not partner.generated or partner.matches_display_names or not partner.country:
        return None
    others: list[str] = []
    for match in matches:
        if match.target[0] != PARTNER or match.target[1] == partner.id:  # type: ignore[index]
            continue
        country = registries.partners[match.target[1]].country  # type: ignore[index]
        if country == partner.country:
            return None  # the unit's own country is named: the unit it is
        if country and country != _VIETNAM:
            others.append(country)
    frame = framed()  # the outlet's country (digest.extract.article_frame)
    if not others and frame is not None and frame != partner.country:
        others.append(frame)
    if not others:
        return None  # no other country named: the GeoNames cities are not even read
    # The largest place of that name in the language's countries (cities.confirmed_city with
    # no country named), and only if the article names its country: "València" beside Florida
    # stays Spain's, the largest València being no American city.
    largest = confirmed_city(registries, surface, where_cities(lang, ()))
    if largest is None or largest[0] not in others:
        return None
    return largest[1], largest[0]
