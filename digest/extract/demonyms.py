"""Nationality adjectives (vocabularies/demonyms.yaml): the country of a place or organisation
whose name carries one ("la provincia cubana de Cienfuegos", "the Lao province of Oudomxay",
"le ministère japonais de l'Agriculture").

They are read on the same-length folded text, so their spans are spans of the article text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from digest.registries import Registries
from digest.text import first_letter_look, fold, same_length_fold

# How many letters a stem ("cuban*") may take: gender, number and case endings.
_STEM_ENDING = 4


@dataclass(frozen=True)
class Demonym:
    start: int
    end: int
    country: str  # ISO 3166-1 alpha-2, upper case


@dataclass(frozen=True)
class _Words:
    pattern: re.Pattern[str]
    exact: dict[str, str]  # folded form -> country
    stems: tuple[tuple[str, str], ...]  # folded stem -> country, longest first

    def country(self, word: str) -> str | None:
        found = self.exact.get(word)
        if found is not None:
            return found
        for stem, country in self.stems:
            if word.startswith(stem) and len(word) - len(stem) <= _STEM_ENDING:
                return country
        return None


@functools.cache
def _words(registries: Registries, lang: str) -> _Words | None:
    exact: dict[str, str] = {}
    stems: list[tuple[str, str]] = []
    for country, by_lang in registries.vocabularies.demonyms.items():
        for word in (by_lang or {}).get(lang) or ():
            form = fold(str(word).strip())
            if form.endswith("*"):
                stems.append((form.rstrip("*"), str(country).upper()))
            elif form:
                exact[form] = str(country).upper()
    if not exact and not stems:
        return None
    alternatives = [re.escape(w) for w in exact] + [
        re.escape(stem) + rf"\w{{0,{_STEM_ENDING}}}" for stem, _ in stems
    ]
    body = "|".join(sorted(alternatives, key=len, reverse=True))
    starts = [*exact, *(stem for stem, _ in stems)]
    look = first_letter_look(starts) if all(starts) else ""  # a bare "*" may start anyhow
    return _Words(
        pattern=re.compile(rf"(?<!\w){look}(?:{body})(?![\w-])"),
        exact=exact,
        stems=tuple(sorted(stems, key=lambda item: len(item[0]), reverse=True)),
    )


def find_demonyms(registries: Registries, lang: str, text: str) -> list[Demonym]:
    """The nationality adjectives of ``lang`` in ``text``, left to right."""
    return list(_found(registries, lang, text))


# Organisations and unlisted places read the same headline and body one after the other.
@functools.lru_cache(maxsize=4)
def _found(registries: Registries, lang: str, text: str) -> tuple[Demonym, ...]:
    words = _words(registries, lang)
    if words is None:
        return ()
    found = []
    for match in words.pattern.finditer(same_length_fold(text)):
        country = words.country(match.group(0))
        if country is not None:
            found.append(Demonym(match.start(), match.end(), country))
    return tuple(found)


def blanked(text: str, demonyms: list[Demonym]) -> str:
    """``text`` with its nationality adjectives turned into spaces: a place word reads as
    if they were not there ("la provincia      de Cienfuegos"), at the same positions."""
    if not demonyms:
        return text
    pieces = []
    position = 0
    for demonym in demonyms:
        pieces += [text[position : demonym.start], " " * (demonym.end - demonym.start)]
        position = demonym.end
    pieces.append(text[position:])
    return "".join(pieces)


_SPACES = re.compile(r"\s*")


def demonym_beside(demonyms: list[Demonym], text: str, start: int, end: int) -> Demonym | None:
    """The nationality adjective inside the span ``start``–``end`` of a place word or name,
    or right before it with only spaces between ("the Lao province of")."""
    for demonym in demonyms:
        if start <= demonym.start and demonym.end <= end:
            return demonym
        # Matched, not sliced: a page may hold thousands of adjectives far before the span.
        if demonym.end <= start and _SPACES.fullmatch(text, demonym.end, start):
            return demonym
    return None
