"""Vietnam's own places below the province, named in another script: never foreign partners.

The registries know Vietnam's provinces, old and new (registries/provinces.yaml); an article
also names its wards, communes and the former districts and towns whose names many wards carry
(Hội An, Phan Rang, Móng Cái), and in Korean, Japanese, Russian, Ukrainian, Thai, Arabic or Hindi
by their sound: 호이안, Фанранг, Тієнзіанг, タイ・ビン. Read as a foreign place word's name, such a
name became a foreign place ("kr-hoian"). Here a name is read back into Vietnamese syllables
(the readings of ``translit_vi``; Chinese characters in Sino-Vietnamese) and looked up among the
Statistics Office's wards (registries/generated/vietnam_wards.json, written by
tools/vietnam_wards.py) and the provinces' names.

Short names are common: many wards are "An Bình" or "Tân Hòa", and a foreign one-syllable name
reads as some Vietnamese syllable. A name is Vietnam's only when the whole of it reads as a
ward's or a province's name of at least two syllables, or is written exactly so with its tones.
The file is read the first time an article needs it, so loading the registries stays fast.
"""

from __future__ import annotations

import contextlib
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from babel import Locale, UnknownLocaleError

from digest import registry_files
from digest.errors import Problem
from digest.extract.translit import loose_romanisation, script_of
from digest.extract.translit_han import sino_vietnamese
from digest.extract.translit_vi import place_spellings
from digest.registries import Registries
from digest.text import fold

_MIN_SYLLABLES = 2
_NONE: frozenset[str] = frozenset()
# The longest loosely romanised syllable ("nghieng", "khuyen" and their spellings abroad).
_MAX_PIECE = 8
# Longer than the longest ward's name in any script ("Bình Thạnh Đông", "Фанранг-Тхаптям").
_MAX_NAME_CHARS = 40
_WORD_SPLIT = re.compile(r"[\s・･·•=\-‐]+")
_NOT_GENERATED = "not as generated: run `invoke registries-generate`"
# A ward's name: words of letters (Ea H'leo, M'Drắk), two names joined by a dash ("Lâm Viên -
# Đà Lạt", a ward named after the town it is part of).
_WARD_WORD = r"[^\W\d_](?:[^\W\d_]|['’])*"
_WARD_NAME = re.compile(rf"{_WARD_WORD}(?:(?: | [-–] ){_WARD_WORD}){{0,6}}")
_NAME_PARTS = re.compile(r" [-–] ")


@dataclass(frozen=True)
class _Names:
    # Folded syllables of a ward's or province's name -> the provinces with a unit so named.
    by_syllables: dict[tuple[str, ...], frozenset[str]]
    # Every leading run of syllables of those names (the readings' search stops outside them).
    prefixes: frozenset[tuple[str, ...]]
    # The names as written, with their tones, lowercased -> the provinces.
    toned: dict[str, frozenset[str]]


def _add(
    names: dict[str, set[str]], keyed: dict[tuple[str, ...], set[str]], name: str, pid: str
) -> None:
    """The name, and each of two names a dash joins, for the province ``pid``."""
    for part in (name, *_NAME_PARTS.split(name)):
        names.setdefault(part.lower(), set()).add(pid)
        key = tuple(fold(word) for word in _WORD_SPLIT.split(part) if word)
        keyed.setdefault(key, set()).add(pid)


@functools.cache
def _names(registries: Registries, folder: Path) -> _Names:
    spec = registry_files.GENERATED_VIETNAM_WARDS
    path = folder / spec.name
    document = registry_files.read(path, spec)
    problems = []
    toned: dict[str, set[str]] = {}
    keyed: dict[tuple[str, ...], set[str]] = {}
    for pid, wards in document.data["wards"].items():
        current = registries.provinces.get(pid)
        if current is None or not isinstance(wards, list):
            message = "expected a province id of registries/provinces.yaml and a list of wards"
            problems.append(Problem(path, message, field=f"wards.{pid}"))
            continue
        for index, name in enumerate(wards):
            if not isinstance(name, str) or not _WARD_NAME.fullmatch(name):
                problems.append(Problem(path, _NOT_GENERATED, field=f"wards.{pid}[{index}]"))
                continue
            _add(toned, keyed, name, pid)
    if problems:
        raise document.error(problems)
    for province in registries.provinces.values():
        _add(toned, keyed, province.name_vi, province.merged_into or province.id)
    prefixes = frozenset(key[:n] for key in keyed for n in range(1, len(key) + 1))
    return _Names(
        {key: frozenset(ids) for key, ids in keyed.items()},
        prefixes,
        {name: frozenset(ids) for name, ids in toned.items()},
    )


@functools.cache
def vietnam_names(lang: str) -> tuple[str, ...]:
    """Vietnam's own names, folded: the English and CLDR's in ``lang``. Their words start the
    nationality's and the declined forms ("vietnamese", "wietnamu", "вьетнамское"); no registry
    lists Vietnam as a partner, so readers look for these where Vietnam's name decides."""
    names = {"vietnam", "viet nam"}
    with contextlib.suppress(UnknownLocaleError, ValueError, KeyError):
        names.add(fold(Locale.parse(lang).territories["VN"]))
    return tuple(sorted(names))


def check_vietnam_wards(registries: Registries) -> None:
    """Read and check the generated wards now (``digest check``), not at the first article
    that needs them."""
    _names(registries, registries.folder)


def vietnamese_place(registries: Registries, name: str, lang: str) -> frozenset[str]:
    """The ids of the provinces a Vietnamese ward, former district or province named ``name``
    lies in, when the whole name reads as one (two syllables at least, or written exactly with
    its tones); none otherwise."""
    names = _names(registries, registries.folder)
    name = name.strip()
    if len(name) > _MAX_NAME_CHARS:
        return _NONE  # no ward's name in any script: a long run is no name read here
    toned = names.toned.get(name.lower(), _NONE)
    if toned and (len(name.split()) >= _MIN_SYLLABLES or not name.isascii()):
        return toned
    script = script_of(name)
    words = [word for word in _WORD_SPLIT.split(name) if word]
    if script == "latin":
        key = tuple(fold(word) for word in words)
        return _of(names, key)
    if script == "han":
        reading = sino_vietnamese("".join(words))
        key = tuple(fold(reading).split()) if reading else ()
        return _of(names, key)
    loose = [loose_romanisation(word, script, lang) for word in words]
    if not words or any(not part for part in loose):
        return _NONE
    return _read_back("".join(part for part in loose if part), script, names)


def _of(names: _Names, key: tuple[str, ...]) -> frozenset[str]:
    return names.by_syllables.get(key, _NONE) if len(key) >= _MIN_SYLLABLES else _NONE


def _read_back(loose: str, script: str, names: _Names) -> frozenset[str]:
    """The province of the name whose syllables ``loose`` (a romanisation without spaces)
    spells, cut anywhere into syllables each read as any Vietnamese spelling it may stand for.
    States are the runs of syllables read so far that begin some name: at most a few per
    position, so the search is linear in the name's length."""
    states: list[set[tuple[str, ...]]] = [set() for _ in range(len(loose) + 1)]
    states[0].add(())
    for start in range(len(loose)):
        if not states[start]:
            continue
        for end in range(start + 1, min(len(loose), start + _MAX_PIECE) + 1):
            spellings = place_spellings(loose[start:end], script)
            for read in states[start]:
                for spelling in spellings:
                    longer = (*read, spelling)
                    if longer in names.prefixes:
                        states[end].add(longer)
    return frozenset().union(*(_of(names, key) for key in states[len(loose)]))
