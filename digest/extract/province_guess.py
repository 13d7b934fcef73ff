"""The nearest registry province for a spelling the registry does not know yet.

An article that names its province in a form missing from ``registries/provinces.yaml``
("ビンズン省" where the registry has ビンズオン, the misspelling "박린성" for 박닌) is still
readable: the drafting picks the closest registry name and flags ``province`` for review, and
the editor is told what was seen, what was chosen and where the spelling belongs.

Only names standing by a province word are read ("X省", "X성", "tỉnh X", "X province",
"провинции X"), so a foreign prefecture or a person is never taken for a province; in Chinese and
Japanese also a name right after the word for Vietnam ("越南平阳新城", "ベトナム南部ビンズン"),
which press there often writes without 省. Names are
compared letter by letter in their own script (Hangul split into its letters, kana into base
and voicing mark, so 린/닌 or ズ/ズオ cost one letter) and, across scripts, through the Latin
reading of both names.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from digest.extract.translit import script_of, to_latin
from digest.registries import Province, Registries
from digest.registry_files import PROVINCES
from digest.scripts import char_class
from digest.text import fold

# Words that say the name beside them is a Vietnamese province or city, per language:
# (words before the name, words or suffixes after it).
_PROVINCE_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("province of",), ("province", "Province", "city", "City")),
    "vi": (("tỉnh", "Tỉnh", "thành phố", "Thành phố", "TP."), ()),
    "fr": (("province de", "province d'", "ville de", "Province de"), ()),
    "es": (("provincia de", "provincia vietnamita de", "Provincia de", "ciudad de"), ()),
    "it": (("provincia di", "provincia vietnamita di", "città di"), ()),
    "pt": (("província de", "província vietnamita de", "cidade de"), ()),
    "de": (("Provinz", "vietnamesischen Provinz", "Stadt"), ("Provinz",)),
    "pl": (("prowincji", "prowincja", "prowincją", "miasta", "miasto"), ()),
    "ru": (("провинции", "провинция", "провинцией", "провинцию", "города", "город"), ()),
    "uk": (("провінції", "провінція", "провінцією", "провінцію", "міста", "місто"), ()),
    "ar": (("مقاطعة", "محافظة", "ولاية", "مدينة"), ()),
    "th": (("จังหวัด",), ()),
    "hi": ((), ("प्रांत", "प्रान्त")),
    "ja": ((), ("省", "市")),
    "zh": ((), ("省", "市")),
    "ko": ((), ("성", "시")),
}
# The word for Vietnam, perhaps with a compass part ("越南南部", "ベトナム北部の"), before a name:
# the name is Vietnamese even when the registry only lists it with 省, because its bare form is a
# place of China too (平阳 is also a county of Zhejiang).
_VIETNAM_BEFORE: dict[str, str] = {
    "zh": r"越南(?:[东南西北中東][部])?",
    "ja": r"ベトナム(?:[東西南北中]部)?[の・]?",
}
PROVINCES_FILE = PROVINCES.name  # named in messages: where an editor adds a missing name
_UNSPACED = frozenset({"ja", "zh", "ko", "th"})
_RUN = {
    "ja": f"[{char_class('Katakana')}]{{2,10}}|[{char_class('Han')}]{{2,3}}",
    "zh": f"[{char_class('Han')}]{{2,3}}",
    "ko": f"[{char_class('Hangul')}]{{2,6}}",
    "th": f"[{char_class('Thai')}]{{3,20}}",
}
_SPACED_NAME = r"[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}"
# The largest share of letters that may differ for a spelling to be read as a registry name.
# Hangul and kana are compared as split letters, where one slip changes one letter in six;
# an alphabet's name shares more letters with many others ("Gangwon" / "Langson").
_MAX_SHARE_SPLIT_SYLLABLES = 0.34
_MAX_SHARE_ALPHABET = 0.2
_SPLIT_SCRIPTS = frozenset({"hangul", "kana"})
_MAX_SHARE_LATIN_READING = 0.25
_SUFFIXES = ("省", "市", "성", "시", " province", " Province")
# Names read, in the order the page gives them (the headline's first). An article names its
# province among its first place-word names; a page of thousands of them (a list, a broken or
# hostile copy) would otherwise be compared name by name with every registry spelling for
# minutes.
_MAX_CANDIDATES = 200


@dataclass(frozen=True)
class Guess:
    """A province spelling the registry lacks, and the registry unit it was read as."""

    seen: str
    province: Province
    registry_name: str
    distance: float

    def message(self) -> str:
        return (
            f"no province of the registry is spelled {self.seen!r}; read it as "
            f"{self.registry_name!r} ({self.province.name_en}, id {self.province.id}): if right, "
            f"add {self.seen!r} to the aliases of id {self.province.id} in "
            f"registries/{PROVINCES_FILE}"
        )


def nearest_province(registries: Registries, lang: str, title: str, body: str) -> Guess | None:
    """The closest registry province to a name written beside a province word, or None.
    A name the partner registry knows ("Gangwon province") is a partner, never a guess."""
    partner_names = _partner_names(registries)
    best: Guess | None = None
    text = f"{title}\n{body}"
    named_vietnamese = _after_vietnam(lang, text)
    candidates = dict.fromkeys([*_candidates(lang, text), *named_vietnamese])
    for seen in list(candidates)[:_MAX_CANDIDATES]:
        if _letters(seen) in partner_names:
            continue
        guess = _closest(registries, lang, seen, exact_allowed=seen in named_vietnamese)
        if guess is not None and (best is None or guess.distance < best.distance):
            best = guess
    return best


@functools.cache
def _partner_names(registries: Registries) -> frozenset[str]:
    return frozenset(
        _letters(name)
        for partner in registries.partners.values()
        for name in (partner.name_en, partner.name_vi, *partner.aliases)
    )


def _candidates(lang: str, text: str) -> list[str]:
    before, after = _PROVINCE_WORDS.get(lang, ((), ()))
    found: list[str] = []
    if lang in _UNSPACED:
        run = _RUN[lang]
        for word in before:
            found += re.findall(rf"{re.escape(word)}\s*({run})", text)
        for word in after:
            found += re.findall(rf"({run}){re.escape(word)}", text)
            found += re.findall(rf"({run})\s{re.escape(word)}(?!\w)", text)
        return found
    for word in before:
        for name in re.findall(rf"(?<!\w){re.escape(word)}\s+({_SPACED_NAME})", text):
            found += _shorter_forms(name)
    for word in after:
        for name in re.findall(rf"({_SPACED_NAME})\s+{re.escape(word)}(?!\w)", text):
            found += _shorter_forms(name, from_end=True)
    return found


def _after_vietnam(lang: str, text: str) -> list[str]:
    """Names right after the word for Vietnam, each run cut at every length from the longest
    down (its end is unknown: "平阳新城" reads 平阳新 and 平阳)."""
    country = _VIETNAM_BEFORE.get(lang)
    if country is None:
        return []
    found: list[str] = []
    for run in re.findall(rf"{country}({_RUN[lang]})", text):
        found += [run[:end] for end in range(len(run), 1, -1)]
    return found


def _shorter_forms(name: str, from_end: bool = False) -> list[str]:
    """'Bin Duong hosted' -> 'Bin Duong hosted', 'Bin Duong', 'Bin': the name's end is unknown."""
    words = name.split()
    if from_end:
        return [" ".join(words[i:]) for i in range(len(words))]
    return [" ".join(words[:i]) for i in range(len(words), 0, -1)]


@dataclass(frozen=True)
class _Spelling:
    """A registry name of a province, as the guesses compare it."""

    province: Province
    name: str
    script: str
    letters: str
    reading: str  # letters of its Latin reading


@functools.cache
def _spellings(registries: Registries, lang: str) -> tuple[_Spelling, ...]:
    return tuple(
        _Spelling(province, name, script_of(name), _letters(name), _reading(name, lang))
        for province in registries.provinces.values()
        for name in (province.name_vi, province.name_en, *province.aliases)
    )


def _closest(
    registries: Registries, lang: str, seen: str, exact_allowed: bool = False
) -> Guess | None:
    script = script_of(seen)
    seen_letters = _letters(seen)
    seen_reading = _reading(seen, lang)
    limit = _MAX_SHARE_SPLIT_SYLLABLES if script in _SPLIT_SCRIPTS else _MAX_SHARE_ALPHABET
    best: Guess | None = None
    for spelling in _spellings(registries, lang):
        share = limit + 1
        if spelling.script == script:
            share = _share(seen_letters, spelling.letters, limit)
        if share > limit:
            reading_share = _share(seen_reading, spelling.reading, _MAX_SHARE_LATIN_READING)
            if reading_share > _MAX_SHARE_LATIN_READING:
                continue
            share = reading_share
        if share == 0 and not exact_allowed:
            continue  # an exact spelling was refused by the place rules: keep it refused
        if best is None or share < best.distance:
            best = Guess(seen, spelling.province, spelling.name, share)
    return best


def _letters(name: str) -> str:
    """The name as letters to compare: folded, spaces and province suffixes dropped, Hangul
    syllables and voiced kana split (NFD) so one wrong letter costs one."""
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            name = name[: -len(suffix)]
    if script_of(name) in ("hangul", "kana", "han"):
        return unicodedata.normalize("NFD", name).replace(" ", "")
    return fold(name).replace(" ", "").replace("-", "")


def _reading(name: str, lang: str) -> str:
    return _letters(to_latin(_letters_source(name), lang))


def _letters_source(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def _share(a: str, b: str, limit: float = 1.0) -> float:
    """Edit distance as a share of the longer string's length; 1.0 without measuring it when
    the lengths alone put it over ``limit`` (it is at least their difference)."""
    longest = max(len(a), len(b))
    if not a or not b or abs(len(a) - len(b)) > limit * longest:
        return 1.0
    return _edit_distance(a, b) / longest


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]
