"""Drafted headlines and summaries: an entry's facts told in every interface language.

Data-to-text, not machine translation: each sentence is an English message whose translation
lives in ``digest/translations/<lang>/LC_MESSAGES/drafting.po``, so a translator can mend a
sentence without touching code. Plurals follow Babel's rules for the language; numbers, money
and lists are formatted by Babel for its locale ("3.700" and "226.000.000.000 ₫" in
Vietnamese). The drafts are marked ``needs_review``: an editor rewrites them as a digest would.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from digest.registries import INTERFACE_LANGUAGES, Registries
from digest.schema import Figure
from digest.site.formatting import Formatter

CATALOGUES = Path(__file__).resolve().parent / "translations"
DOMAIN = "drafting"
# A headline names one figure, a summary at most this many: the rest are on the entry's page.
SUMMARY_FIGURES = 2
# Partners a summary names; "among them" introduces the rest.
SUMMARY_PARTNERS = 3


@functools.cache
def translations(lang: str) -> NullTranslations:
    """The drafting catalogue for ``lang``, compiled in memory (English is the source)."""
    if lang == "en":
        return NullTranslations()
    path = CATALOGUES / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=lang, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def _main_figures(figures: Sequence[Figure]) -> list[Figure]:
    """Counted figures first (delegations, visitors), then money; never an unnamed measure."""
    named = [f for f in figures if f.what != "other"]
    return sorted(named, key=lambda f: f.unit not in ("count", "people"))[:SUMMARY_FIGURES]


def _mid_sentence(label: str) -> str:
    """A registry label ("Delegations received") inside a sentence; acronyms ("MoUs") kept."""
    return label[:1].lower() + label[1:]


class _Teller:
    """The sentences of one draft in one interface language."""

    def __init__(self, lang: str, registries: Registries) -> None:
        self.lang = lang
        self.fmt = Formatter(lang, registries)
        self.t = translations(lang)

    def figure(self, figure: Figure) -> str:
        measure = _mid_sentence(self.fmt.measure(figure.what))
        value = self.fmt.figure_value(figure)
        if figure.unit in ("count", "people"):
            text = self.t.gettext("%(number)s %(measure)s") % {"number": value, "measure": measure}
        else:
            text = self.t.gettext("%(measure)s of %(amount)s") % {
                "measure": measure,
                "amount": value,
            }
        return self.t.gettext("about %(figure)s") % {"figure": text} if figure.approx else text

    def names(self, names: list[str]) -> str:
        return format_list(names, locale=self.lang) if names else ""

    def headline(self, front: dict[str, Any]) -> str:
        province = self.fmt.province_name(front["province"])
        partners = [self.fmt.partner_name(p) for p in front["partners"]]
        figures = _main_figures(front["figures"])
        values = {"province": province, "partner": partners[0] if partners else ""}
        if partners and figures:
            values["figure"] = self.figure(figures[0])
            return self.t.gettext("%(province)s and %(partner)s: %(figure)s") % values
        if partners:
            return self.t.gettext("%(province)s works with %(partner)s") % values
        if figures:
            values["figure"] = self.figure(figures[0])
            return self.t.gettext("%(province)s: %(figure)s") % values
        return self.t.gettext("Foreign relations of %(province)s") % values

    def summary(self, front: dict[str, Any]) -> str:
        province = self.fmt.province_name(front["province"])
        partners = [self.fmt.partner_name(p) for p in front["partners"]]
        language = (
            _mid_sentence(self.fmt.language(front["lang"]))
            if self.lang != "en"
            else (self.fmt.language(front["lang"]))
        )
        sentences = []
        if partners:
            sentences.append(
                self.t.ngettext(
                    "An article in %(language)s reports on how %(province)s works with "
                    "%(partners)s.",
                    "An article in %(language)s reports on how %(province)s works with "
                    "%(count)s foreign partners, among them %(partners)s.",
                    len(partners),
                )
                % {
                    "language": language,
                    "province": province,
                    "count": self.fmt.number(len(partners)),
                    "partners": self.names(partners[:SUMMARY_PARTNERS]),
                }
            )
        else:
            sentences.append(
                self.t.gettext(
                    "An article in %(language)s reports on the foreign relations of %(province)s."
                )
                % {"language": language, "province": province}
            )
        figures = _main_figures(front["figures"])
        if figures:
            sentences.append(
                self.t.ngettext(
                    "It gives one figure: %(figures)s.",
                    "It gives %(count)s figures, among them %(figures)s.",
                    len(front["figures"]),
                )
                % {
                    "count": self.fmt.number(len(front["figures"])),
                    "figures": self.names([self.figure(f) for f in figures]),
                }
            )
        people = [
            (person["name_latin"] or person["name"], self.fmt.role(person["role"]))
            for person in front["people"]
            if person.get("role")
        ]
        quoted = [(name, role) for name, role in people if role][:1]
        for name, role in quoted:
            sentences.append(
                self.t.gettext("It quotes %(name)s, %(role)s.") % {"name": name, "role": role}
            )
        return " ".join(sentences)


def draft_headline_and_summary(
    front: dict[str, Any], registries: Registries
) -> tuple[dict[str, str], dict[str, str]]:
    """Headline and summary in every interface language, from a drafted entry's facts.

    ``front`` is the drafted front matter: figures as mappings, people as mappings."""
    facts = {**front, "figures": [Figure(**f) for f in front["figures"]]}
    headline, summary = {}, {}
    for lang in INTERFACE_LANGUAGES:
        teller = _Teller(lang, registries)
        headline[lang] = teller.headline(facts)
        summary[lang] = teller.summary(facts)
    return headline, summary
