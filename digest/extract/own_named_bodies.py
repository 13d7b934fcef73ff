"""Foreign universities and institutes a French, Spanish, Italian or Portuguese text names by
their kind word and an own name right after it, with no word for "of" between: "Universidade
Lúrio", "Instituto Camões", "Universidad Técnica Federico Santa María". English puts the own
name first: Lúrio University, Camões Institute, Federico Santa María Technical University; a
French institute keeps its name as written ("Institut Agro Montpellier").

A name with "of" ("Universidad de Guadalajara") is a place's body (digest.extract.bodies); the
capitalised words a kind word opens are an own name only where none of them is an adjective (a
closed list: "Universidad Nacional", "Instituto Superior", nor a nationality: "Instituto
Valenciano"), its first word is no registry name (a place's: "Universidad Guadalajara"; a city
may close it: "Institut Agro Rennes-Angers"), and the name stops there: no word for "of" and a
capitalised word after it ("Instituto Agronómico de Campinas" goes on). Its country is the one
its sentence names, else the article's one foreign country; never Vietnam's.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from digest.extract.demonyms import find_demonyms
from digest.extract.gazetteer import PARTNER, Match
from digest.extract.translit import is_vi_syllable
from digest.extract.unlisted import Body, Unlisted
from digest.registries import Registries
from digest.text import fold

_VIETNAM = "VN"
_LANGUAGES = frozenset({"es", "fr", "it", "pt"})
# The kind words, folded, and their English.
_KINDS = {
    "universidad": "University", "universidade": "University", "universite": "University",
    "universita": "University", "instituto": "Institute", "institut": "Institute",
    "istituto": "Institute",
}  # fmt: skip
# The adjective of a technical university, folded, between the kind word and the own name.
_TECHNICAL = frozenset({"tecnica", "tecnico", "technique"})
# Capitalised adjectives that follow these kind words, folded: the words name what the body is,
# not whose name it bears.
_ADJECTIVES = frozenset(
    {"nacional", "nacionales", "national", "nationale", "nazionale", "federal", "federale",
     "estadual", "estatal", "autonoma", "autonomo", "catolica", "catolico", "cattolica",
     "catholique", "pontificia", "pontificale", "politecnica", "politecnico", "polytechnique",
     "tecnologica", "tecnologico", "technologique", "superior", "superiore", "superieur",
     "internacional", "internazionale", "international", "regional", "regionale", "provincial",
     "provinciale", "municipal", "municipale", "central", "centrale", "popular", "populaire",
     "popolare", "metropolitana", "pedagogica", "pedagogico", "agraria", "agrario", "agricola",
     "agronomico", "agronomica", "agronomique", "veterinaria", "medica", "libre", "libera",
     "abierta", "aberta", "europea", "europeia", "europeenne", "iberoamericana",
     "latinoamericana", "interamericana", "adventista", "evangelica", "militar", "naval",
     "tecnica", "tecnico", "technique", "general", "generale", "oficial", "publica", "publico",
     "privada", "privado", "statale", "ufficiale", "universitaria", "universitario"}
)  # fmt: skip
_OPENING = re.compile(
    r"(?<![\w-])(?P<kind>Universidad|Universidade|Universit[ée]|Universit[àa]|Instituto|Institut"
    r"|Istituto)(?:[ \t]+(?P<technical>T[ée]cnica|T[ée]cnico|Technique))?"
    r"[ \t]+(?P<name>[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){0,2})"
)
# The name goes on past the words read: a word for "of" and a capitalised word, or a
# capitalised word the pattern left.
_GOES_ON = re.compile(
    r"[ \t]+(?:(?:de|del|de la|de los|da|do|das|dos|di|della|dei|degli|du|des|d['’]|en|in)"
    r"[ \t]*(?:l['’])?[A-ZÀ-Þ]|[A-ZÀ-Þ])"
)
_WORDS = re.compile(r"[\w'’-]+")


def find_own_named_bodies(
    registries: Registries, lang: str, text: str, matches: list[Match], country: str | None
) -> Iterator[Body]:
    """The universities and institutes ``text`` names by their own name (see the module),
    ``country`` the article's one foreign country (None for none)."""
    if lang not in _LANGUAGES:
        return
    sentence_ends: list[int] | None = None  # found once, the first time a name needs them
    for found in _OPENING.finditer(text):
        name = found.group("name")
        start, end = found.start(), found.end()
        if _GOES_ON.match(text, end) or not _own_name(registries, lang, name, matches, end):
            continue
        if sentence_ends is None:
            sentence_ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        whose = _sentence_country(registries, text, matches, start, sentence_ends) or country
        if whose is None or whose == _VIETNAM:
            continue
        yield Body(start, end, Unlisted.named(whose, _english(found)))


def _english(found: re.Match[str]) -> str:
    """The body's English name: its own name, then the kind's English; a French institute's
    kept as it is written, as such institutes name themselves in English too ("Institut
    Pasteur", "Institut Agro Montpellier")."""
    if found.group("kind") == "Institut" and not found.group("technical"):
        return f"Institut {found.group('name')}"
    technical = "Technical " if found.group("technical") else ""
    return f"{found.group('name')} {technical}{_KINDS[fold(found.group('kind'))]}"


def _own_name(registries: Registries, lang: str, name: str, matches: list[Match], end: int) -> bool:
    """Whether ``name`` (ending at ``end``) is an own name: no word of it an adjective of the
    list or a nationality, no registry name in it, not spelt in Vietnamese syllables only."""
    words = [fold(word) for word in _WORDS.findall(name)]
    if any(word in _ADJECTIVES for word in words) or find_demonyms(registries, lang, name):
        return False
    if all(is_vi_syllable(word) for word in words):
        return False
    start = end - len(name)
    first = start + len(name.split()[0])
    for match in matches:
        if start < match.end and match.start < end:
            if match.start < first or match.target[0] != PARTNER:
                return False  # a place's body, or a Vietnamese province's
            if str(match.target[1]).upper() == _VIETNAM:
                return False
    return True


# A sentence ends at a full stop and a space, or at a line's end.
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _sentence_country(
    registries: Registries, text: str, matches: list[Match], at: int, sentence_ends: list[int]
) -> str | None:
    """The one foreign country the sentence around ``at`` names places of, if only one
    (``sentence_ends``: where each sentence of ``text`` ends, in order)."""
    before = bisect.bisect_right(sentence_ends, at)
    start = sentence_ends[before - 1] if before else 0
    stop = _SENTENCE_END.search(text, at)
    end = stop.start() if stop else len(text)
    countries = set()
    for match in matches:
        if start <= match.start and match.end <= end and match.target[0] == PARTNER:
            partner = registries.partners.get(match.target[1])
            if partner is not None:
                countries.add(partner.country or str(partner.id).upper())
    countries.discard(_VIETNAM)
    return next(iter(countries)) if len(countries) == 1 else None
