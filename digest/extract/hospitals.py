"""Foreign hospitals named by a name of their own, not by their place: "the Royal Melbourne
Hospital", "el Hospital Hermanos Ameijeiras", "l'Ospedale Pediatrico Bambino Gesù di Roma".

A hospital's kind words and place are read by digest.extract.bodies ("{place} Hospital"); one
named after a person, a saint or a story has no place to read, so nothing drafted it. English
writes the name before "Hospital"; French, Spanish, Italian and Portuguese write the kind word
first, then what kind of hospital it is (General, University, Paediatric), then the name, then
perhaps "of" and its city. The English name is the name, the kinds in English, "Hospital"
("Bambino Gesù Paediatric Hospital"), as the gold and the hospitals themselves write it.

Vietnam's hospitals are no partners: a name every word of which a Vietnamese syllable spells
("Bạch Mai", "Cho Ray") or holding a Vietnamese place is left alone. The country is a place the
name holds, the city after it, or else the article's one foreign country.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from digest.extract.gazetteer import PARTNER, Match, MatchIndex
from digest.extract.organisations import only_country
from digest.extract.translit import is_vi_syllable
from digest.extract.unlisted import Body, Unlisted
from digest.registries import Registries
from digest.text import fold, same_length_fold, slugify

_VIETNAM = "VN"
# The word for a hospital opening its name, folded, by language.
_KIND_FIRST = {
    "fr": r"hopital",
    "es": r"hospital",
    "it": r"ospedale|policlinico",
    "pt": r"hospital",
}
# What kind of hospital it is, between the kind word and the name, folded: its English word
# ("" for a word the English name leaves out, as "Clínico Quirúrgico" is).
_KINDS = {
    "general": "General",
    "generale": "General",
    "universitario": "University",
    "universitaria": "University",
    "universitaire": "University",
    "pediatrico": "Paediatric",
    "pediatrica": "Paediatric",
    "pediatrique": "Paediatric",
    "infantil": "Children's",
    "infantile": "Children's",
    "militar": "Military",
    "militaire": "Military",
    "militare": "Military",
    "provincial": "Provincial",
    "provinciale": "Provincial",
    "clinico": "",
    "quirurgico": "",
    "central": "Central",
    "centrale": "Central",
}
# English words that say what kind a hospital is and name none: "the Provincial General
# Hospital" is any province's, as Vietnam names its own.
_GENERIC = frozenset(
    {fold(english) for english in _KINDS.values() if english}
    | {"regional", "district", "city", "national", "teaching", "pediatric", "maternity",
       "women's", "friendship", "international", "eye", "cancer", "oncology"}
)  # fmt: skip
# "of" before the hospital's city, by language.
_OF = re.compile(r"[ \t]+(?:de|del|de la|di|da|do|du|d'|d’)[ \t]*", re.IGNORECASE)
# One word of a name (a title such as "Dr." keeps its dot) and the space before the next.
_WORD = re.compile(r"[^\W\d_][\w'’-]*(?:\.(?=[ \t]))?")
_SPACE = re.compile(r"[ \t]+")
_TITLES = frozenset({"dr.", "dra.", "st.", "ste."})
# The capitalised words right before an English "Hospital" (at most four), and the article or
# sentence opening words that are none of its name.
_ENGLISH_NAME = re.compile(r"(?:[A-Z][\w'’-]*[ \t]){1,4}$")
_NOT_NAME = frozenset({"the", "a", "at", "in", "of", "and", "to", "with", "by", "from"})
_MAX_NAME_WORDS = 5
_MIN_FOREIGN = 3
_CITY_REACH = 60
_ENGLISH_REACH = 80


def find_named_hospitals(
    registries: Registries, lang: str, text: str, matches: list[Match]
) -> list[Body]:
    """The foreign hospitals ``text`` names by a name of their own (see the module), each once,
    where it is first named."""
    if lang == "en":
        found = _english(text)
    elif lang in _KIND_FIRST:
        found = _kind_first(lang, text)
    else:
        return []
    index = MatchIndex(matches)
    foreign = only_country(registries, matches)
    bodies: list[Body] = []
    seen: set[str] = set()
    for start, end, name, english in found:
        key = fold(name)
        if key in seen or not any(_own_word(word) for word in key.split()):
            continue
        seen.add(key)
        end = _city_after(text, index, end)
        inside = [m for m in index.within(start, end) if start <= m.start and m.end <= end]
        country = _country(registries, inside, foreign)
        if country is None:
            continue
        bodies.append(Body(start, end, Unlisted(
            id=f"{country.lower()}-{slugify(english)}", name_en=english, country=country,
            kind="organisation",
        )))  # fmt: skip
    return bodies


def _own_word(word: str) -> bool:
    """A word of the hospital's own name: three letters or more, no Vietnamese syllable and no
    word for a kind of hospital."""
    return (
        len(word.rstrip(".")) >= _MIN_FOREIGN and word not in _GENERIC and not is_vi_syllable(word)
    )


def _city_after(text: str, index: MatchIndex, end: int) -> int:
    """Where the hospital's name ends: after "of" and a place right after it ("di Roma": the
    hospital's city, no partner of its own there), else at ``end``."""
    of = _OF.match(text, end)
    if of is None:
        return end
    return next((m.end for m in index.within(of.end(), of.end() + _CITY_REACH)
                 if m.start == of.end()), end)  # fmt: skip


def _country(registries: Registries, inside: list[Match], foreign: str | None) -> str | None:
    """The country of the places the hospital's words hold, else ``foreign``; None for a
    Vietnamese place among them or no country at all."""
    for match in inside:
        if match.target[0] != PARTNER:  # a Vietnamese province
            return None
        partner = registries.partners.get(match.target[1])  # type: ignore[index]
        if partner is None:
            continue
        country = partner.country or (match.target[1].upper() if partner.kind == "country" else "")  # type: ignore[union-attr]
        if country:
            return None if country == _VIETNAM else country
    return foreign


def _english(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, English name) of each "<Name> Hospital"."""
    for kind in re.finditer(r"(?<![\w-])Hospital(?![\w-])", text):
        before = _ENGLISH_NAME.search(text, max(0, kind.start() - _ENGLISH_REACH), kind.start())
        if before is None:
            continue
        words = before.group().split()
        while words and words[0].lower() in _NOT_NAME:
            words.pop(0)
        if not words:
            continue
        name = " ".join(words)
        yield kind.start() - len(before.group()) + before.group().index(words[0]), kind.end(), \
            name, f"{name} Hospital"  # fmt: skip


def _kind_first(lang: str, text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, name, English name) of each "Hospital [kinds] <Name> [of <city>]"."""
    folded = same_length_fold(text)
    for kind in re.finditer(rf"(?<!\w)(?:{_KIND_FIRST[lang]})(?!\w)", folded):
        position = kind.end()
        kinds: list[str] = []
        name: list[str] = []
        while len(name) < _MAX_NAME_WORDS:
            space = _SPACE.match(text, position)
            word = _WORD.match(text, space.end()) if space else None
            if word is None:
                break
            folded_word = folded[word.start() : word.end()].lower()
            if not name and folded_word in _KINDS:
                kinds.append(_KINDS[folded_word])
            elif word.group()[:1].isupper():
                name.append(word.group())
            else:
                break
            position = word.end()
        if not name or (len(name) == 1 and name[0].lower() in _TITLES):
            continue
        english = " ".join([*name, *(k for k in kinds if k), "Hospital"])
        yield kind.start(), position, " ".join(name), english
