"""How a country's own bodies write a name in English where the same words of another country's
bodies are written otherwise (issue 13, sixteenth round, naming18).

A ministry's or department's portfolio is composed word by word from the article's language
(digest.extract.portfolios, digest.extract.departments): Vietnamese "Công Thương", Chinese 工贸
are Industry and Trade, as Vietnam's own ministry signs. Laos' ministry of the same portfolio
signs "Ministry of Industry and Commerce" (MOIC), and so do its provinces' departments ("the
Department of Industry and Commerce of Khammouane Province"); Egypt's ministry of التجارة والصناعة
signs "Ministry of Trade and Industry", where the Arabic words read "Commerce and Industry". The
id follows the name the country's body signs with, so one body has one id whatever the article's
language.
"""

from __future__ import annotations

# A country's own English for a portfolio composed otherwise, by ISO country code.
_OWN_PORTFOLIOS: dict[str, dict[str, str]] = {
    "LA": {"Industry and Trade": "Industry and Commerce"},
    "EG": {"Commerce and Industry": "Trade and Industry"},
}


def own_portfolio(country: str, portfolio: str) -> str:
    """The portfolio as ``country``'s own bodies write it in English ("Industry and Trade" of a
    Lao department is "Industry and Commerce"); any other portfolio as composed."""
    return _OWN_PORTFOLIOS.get(country.upper(), {}).get(portfolio, portfolio)
