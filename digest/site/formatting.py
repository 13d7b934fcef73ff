"""Numbers, money, dates and names as readers of one interface language expect them (Babel)."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import babel
from babel.dates import format_date
from babel.numbers import (
    format_compact_decimal,
    format_currency,
    format_decimal,
    format_percent,
    get_currency_symbol,
)

from digest.registries import Registries
from digest.roles import translate_role
from digest.schema import Figure, Person

if TYPE_CHECKING:
    from digest.site.model import FigureTotal

RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
# Money from a million up is written in words of the locale ("226 billion"), as news do.
COMPACT_FROM = 1_000_000
# How Vietnamese news name currencies after an amount ("226 tỷ đồng", "1,6 triệu USD"): CLDR's
# symbol (₫) and display name ("Đồng Việt Nam") are not what they write. A currency not listed
# is named by its ISO code.
CURRENCY_NAMES = {"vi": {"VND": "đồng"}}
_CACHED = ("number", "compact", "unit", "date", "language", "country", "figure_value", "measure",
           "province_name", "partner_name", "topic", "role",
           # Babel builds a locale for it: asked on every page (its language switcher).
           "native_language")  # fmt: skip


@functools.cache
def _locale(lang: str) -> babel.Locale:
    return babel.Locale.parse(lang)


class Formatter:
    """Formatting for one interface language; templates reach it as ``fmt``."""

    def __init__(self, lang: str, registries: Registries) -> None:
        self.lang = lang
        self.registries = registries
        self.locale = _locale(lang)
        # Whole amounts without ",00": "1.600.000 US$", not "1.600.000,00 US$".
        self.money_pattern = self.locale.currency_formats["standard"].pattern.replace(".00", ".##")
        # Babel formatting costs tens of microseconds a call and a build asks for the same
        # numbers, dates and names tens of thousands of times: remember each answer.
        for name in _CACHED:
            setattr(self, name, functools.cache(getattr(self, name)))

    def number(self, value: float) -> str:
        return format_decimal(value, locale=self.locale)

    def compact(self, value: float) -> str:
        """A short number for a chart's label ("3.7K", "226 T"); its table has it in full."""
        return format_compact_decimal(value, format_type="short", locale=self.locale,
                                      fraction_digits=1)  # fmt: skip

    def unit(self, unit: str) -> str:
        """A unit's name in a chart's title: a currency's code, or the registry's label."""
        label = self.registries.units.get(unit)
        return label.label(self.lang) if label else unit

    def date(self, value: dt.date | None, form: str = "medium") -> str:
        return format_date(value, form, locale=self.locale) if value else ""

    def iso(self, value: dt.date | None) -> str:
        return value.isoformat() if value else ""

    def language(self, code: str) -> str:
        """The name of a language in the interface language ("tiếng Ba Lan")."""
        name = self.locale.languages.get(code, code)
        return name[:1].upper() + name[1:]

    @staticmethod
    def native_language(code: str) -> str:
        """A language's name in itself, as a language switcher shows it ("Tiếng Việt")."""
        name = _locale(code).get_display_name(code) or code
        return name[:1].upper() + name[1:]

    def country(self, code: str | None) -> str:
        if code is None:
            return ""
        return self.locale.territories.get(code, code)

    def money(self, value: float, currency: str) -> str:
        """An amount as a news digest writes it: from a million up in words ("₫226 billion",
        "226 tỷ đồng", "1,6 triệu USD"), below that in full ("$900", "900 USD")."""
        names = CURRENCY_NAMES.get(self.lang)
        if abs(value) < COMPACT_FROM:
            if names is not None:
                return f"{self.number(value)} {names.get(currency, currency)}"
            return format_currency(
                value, currency, format=self.money_pattern, currency_digits=False,
                locale=self.locale,
            )  # fmt: skip
        number = format_compact_decimal(value, format_type="long", fraction_digits=2,
                                        locale=self.locale)  # fmt: skip
        if names is not None:
            return f"{number} {names.get(currency, currency)}"
        symbol = get_currency_symbol(currency, locale=self.locale)
        # The locale's own side of the number for the symbol ("₫226 billion", "226 Mrd. ₫").
        if self.money_pattern.lstrip().startswith("¤"):
            return f"{symbol}{number}"
        return f"{number}\u00a0{symbol}"

    def figure_value(self, figure: Figure | FigureTotal) -> str:
        unit = self.registries.units.get(figure.unit)
        if unit is None:
            # Anything that is not one of our units is an ISO 4217 currency code.
            return self.money(figure.value, figure.unit)
        if figure.unit == "percent":
            return format_percent(figure.value / 100, locale=self.locale)
        number = self.number(figure.value)
        if figure.unit in ("count", "people"):
            return number
        return f"{number} {unit.label(self.lang)}"

    def measure(self, what: str) -> str:
        measure = self.registries.measures.get(what)
        return measure.label(self.lang) if measure else what

    def province_name(self, province_id: str) -> str:
        return self.registries.provinces[province_id].name(self.lang)

    def partner_name(self, partner_id: str) -> str:
        return self.registries.partners[partner_id].name(self.lang)

    def role(self, role: str) -> str | None:
        """A person's role in the interface language, or None where the registry can't say."""
        return translate_role(role, self.lang, self.registries)

    def person_role(self, person: Person) -> str | None:
        """A person's role in the interface language: as the editor wrote it, else read by the
        roles vocabulary; None where neither can say (a draft: shown in English)."""
        return person.role_in(self.lang) or self.role(person.role)

    def topic(self, topic_id: str) -> str:
        return self.registries.topics[topic_id].label(self.lang)

    @staticmethod
    def host(url: str) -> str:
        """The site an article came from ("baolangson.vn"), where its outlet is not named."""
        return urlsplit(url).netloc.removeprefix("www.")

    @staticmethod
    def direction(lang: str) -> str:
        return "rtl" if lang in RTL_LANGUAGES else "ltr"
