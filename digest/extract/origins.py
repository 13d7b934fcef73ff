"""A country named only as where a named organisation comes from: "Smile Train from the United
States", "die Hanns-Seidel-Stiftung aus Deutschland", "Uniwersytet Jagielloński z Polski".

The partner is the organisation, not its country (issue 13: a country never stands in for one of
its organisations). The country is then no partner for that mention; when the name says it is
an organisation (a foundation, a university, a company: the `not_names` words of
vocabularies/roles.yaml), it is drafted as an organisation the registry does not list, with
``partners`` for review. A name that is a government ("Gobierno de España") is the country
itself and is left alone, as is a bare "delegation from Japan".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from digest.extract.people_lexicon import registry
from digest.text import fold

# Words saying where something comes from, right before the country, by language. Words that
# also say "of" ("de", "of") are left out: "Ministerio de Salud de Cuba", "Republic of Korea".
_FROM = {
    "en": r"from(?:\s+the)?",
    "de": r"aus(?:\s+de[mn])?",
    "pl": r"ze?",
    "it": r"dall['’]|dalla|dal|dagli",
    "ru": r"из",
    "uk": r"з|із|зі",
    "vi": r"đến từ",
}
_CAPITALISED = r"[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄĐ][\w'’.&-]*"
_WINDOW = 80
# A country's own government, or the state itself, is that country.
_GOVERNMENT = frozenset(
    {"government", "gobierno", "regierung", "rząd", "rzad", "rządu", "governo", "gouvernement",
     "правительство", "правительства", "уряд", "уряду", "chính phủ", "republic", "republik",
     "republika", "республика", "республіка", "kingdom", "königreich", "królestwo"}
)  # fmt: skip


# Languages whose organisations' names open with their kind ("Fondazione Cariplo"): what comes
# before the kind in a capitalised run is the sentence's ("Delegacja Uniwersytetu ...").
_KIND_FIRST = frozenset({"pl", "it", "ru", "uk", "vi"})
_DE_KINDS = ("stiftung", "gesellschaft", "universität", "universitat", "hochschule", "verband",
             "gruppe", "werke", "werk", "kammer", "institut", "bank")  # fmt: skip
_ARTICLES = frozenset({"the", "die", "der", "das", "den", "dem"})


@dataclass(frozen=True)
class Origin:
    """The name written right before "from <country>", and whether it names an organisation."""

    name: str
    start: int
    organisation: bool


@functools.cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = _FROM.get(lang)
    if words is None:
        return None
    return re.compile(
        rf"(?<![\w'’-])(?P<name>{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,5}})[ \t]+"
        rf"(?:{words})[ \t]*$"
    )


@functools.cache
def _organisation_words(lang: str) -> frozenset[str]:
    words = registry()["not_names"]
    return frozenset(fold(str(w)) for w in [*words["all"], *(words.get(lang) or ())])


def origin_of(text: str, start: int, lang: str) -> Origin | None:
    """The named thing a country at ``start`` is only the origin of, or None."""
    pattern = _pattern(lang)
    if pattern is None:
        return None
    window = max(0, start - _WINDOW)
    found = pattern.search(text, window, start)
    if found is None:
        return None
    name = found["name"]
    words = [fold(word) for word in name.split()]
    if _GOVERNMENT & set(words):
        return None
    front = text[max(0, found.start() - 2) : found.start()].strip()
    if len(words) == 1 and (not front or front[-1] in ".!?\n"):
        return None  # "Delegation from Japan ...": a sentence's first word, not a name
    kinds = _organisation_words(lang)
    # German compounds end with the kind ("Hanns-Seidel-Stiftung").
    first = next(
        (i for i, w in enumerate(words) if w in kinds or (lang == "de" and w.endswith(_DE_KINDS))),
        None,
    )
    pieces = name.split()
    if first is not None and lang in _KIND_FIRST:
        pieces = pieces[first:]  # "Delegacja Uniwersytetu Jagiellońskiego": the body's name
    elif fold(pieces[0]) in _ARTICLES and len(pieces) > 1:
        pieces = pieces[1:]  # "Die Hanns-Seidel-Stiftung", "The Asia Foundation"
    name = " ".join(pieces)
    return Origin(name, found.end("name") - len(name), first is not None)
