"""A place named without its unit word right before an organisation's closing words, in Chinese,
Japanese and Korean: "新潟商工会議所" (Niigata, whose registry name is 新潟県), "부산상공회의소"
and "부산광역시의회" (Busan, 부산광역시), "목포상공회의소" (Mokpo, a GeoNames city).

These scripts glue a body's kind to its place, and a place keeps its unit word (県, 市, 광역시)
only in its own name: the gazetteer, which matches whole registry names, finds no place there.
The bare name is the registry name of a foreign region, city or district without its unit word,
where only one place has it; in Korean, whose words are spaced, also the one word before the
body's words when GeoNames knows it as a city of the article's country.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from digest.extract.cities import confirmed_city, where_cities
from digest.extract.composed_names_cjk import region_before
from digest.extract.translit import korean_place, to_latin
from digest.extract.translit_han import place_pinyin
from digest.extract.unlisted import latin_reading
from digest.registries import Partner, Registries
from digest.scripts import char_class

_VIETNAM = "VN"
_PLACE_KINDS = frozenset({"region", "city", "district"})
# The unit words closing a place's own name, longest first ("광역시" before "시"); 道 is left
# out, since it is a word of 北海道's name, and so is Korean 도 (province): a body named by a
# province's bare name keeps an older romanisation of its own (경기대학교 is Kyonggi, not
# Gyeonggi, University; 강원대학교 Kangwon National University).
_UNIT_WORDS = {
    "zh": ("特别行政区", "自治区", "自治州", "省", "市", "县", "州"),
    "ja": ("県", "府", "都", "市", "町", "村", "区"),
    "ko": ("특별자치시", "특별시", "광역시", "시", "군", "구"),
}
_SCRIPT = {"zh": "Han", "ja": "Han", "ko": "Hangul"}
# A bare name shorter than two characters is a word of anything ("呉", "구").
_MIN_CHARS = 2
_MAX_CHARS = 6
# The Korean word before a body's closing words: the run of Hangul after a space or a mark.
_HANGUL_WORD = re.compile(rf"[{char_class('Hangul')}]{{{_MIN_CHARS},{_MAX_CHARS}}}$")
# A Korean county named with its unit word somewhere in the article ("영양군"): 군 is a unit
# of Korea's only (China's counties are 현 in Korean), and a county's bare name before a body's
# closing words ("영양농협": Yeongyang's agricultural cooperative) is its place though GeoNames
# knows no city by the name.
_KOREAN_COUNTY = re.compile(rf"([{char_class('Hangul')}]{{{_MIN_CHARS},{_MAX_CHARS}}})군")
_KOREA = "KR"
# Hiragana, and how far katakana lies from it in Unicode.
_HIRAGANA_RUN = re.compile(r"[ぁ-ゖ]+")
_HIRAGANA_BEFORE = re.compile(r"[ぁ-ゖ]+\Z")
_KANA_SHIFT = 0x60
_JAPAN = "JP"
# A Chinese city's unit word, and the characters of its name read before it.
_CITY_UNIT = "市"
_MAX_CITY_CHARS = 4
_HAN_RUN = re.compile(rf"[{char_class('Han')}]+")


@dataclass(frozen=True)
class BarePlace:
    partner: Partner | None  # the registry's place, else a GeoNames city:
    name_en: str  # its English name
    country: str
    start: int  # where the bare name starts


def bare_place_before(registries: Registries, lang: str, text: str, end: int) -> BarePlace | None:
    """The place whose bare name ends at ``end``, where a body's closing words start; None when
    there is none."""
    names = _bare_names(registries, lang)
    if not names:
        return None
    before = text[max(0, end - _MAX_CHARS) : end]
    for size in range(min(_MAX_CHARS, len(before)), _MIN_CHARS - 1, -1):
        partner = names.get(before[-size:])
        if partner is not None and (lang != "ko" or _word_starts(text, end - size)):
            return BarePlace(partner, partner.name_en, str(partner.country), end - size)
    if lang == "zh":
        return _chinese_city(registries, text, end) or _region(registries, lang, text, end)
    if lang == "ja":
        return _kana_place(registries, text, end) or _region(registries, lang, text, end)
    if lang != "ko":
        return None
    # Korean may space the city, named with its unit word, from the body's words ("보령시
    # 국제교류협회"); the unit word is read off below.
    end -= text.endswith(" ", 0, end)
    word = _HANGUL_WORD.search(text, max(0, end - _MAX_CHARS - 1), end)
    if word is None or not _word_starts(text, word.start()):
        return None  # inside a longer word: "한국무역협회" is no place 무역
    city = _korean_city(registries, word.group(0))
    if city is None and word.group(0) in _korean_counties(text):
        city = _KOREA, korean_place(word.group(0))
    if city is None or city[0] == _VIETNAM:
        return None
    return BarePlace(None, city[1], city[0], word.start())


def _chinese_city(registries: Registries, text: str, end: int) -> BarePlace | None:
    """A Chinese city named with its unit word 市 right before a body's words, which GeoNames
    knows by its name read in pinyin ("钦州市商务局", "成都市人民政府外事办公室": Qinzhou,
    Chengdu); the longest run of characters before 市 that it knows."""
    if not text.endswith(_CITY_UNIT, 0, end):
        return None
    name_end = end - len(_CITY_UNIT)
    before = text[max(0, name_end - _MAX_CITY_CHARS) : name_end]
    where = where_cities("zh", ())
    for size in range(len(before), _MIN_CHARS - 1, -1):
        name = before[-size:]
        if not _HAN_RUN.fullmatch(name):
            continue
        city = confirmed_city(registries, place_pinyin(name), where)
        if city is not None and city[0] != _VIETNAM:
            return BarePlace(None, city[1], city[0], name_end - size)
    return None


def _kana_place(registries: Registries, text: str, end: int) -> BarePlace | None:
    """A Japanese place the registry knows, written in hiragana right before a body's words, as
    bodies soften their prefecture's name ("とやま国際センター": Toyama International Center):
    the whole run of hiragana, read in Hepburn, is the place's English name."""
    run = _HIRAGANA_BEFORE.search(text, max(0, end - _MAX_CHARS - 1), end)
    if run is None or len(run.group(0)) < _MIN_CHARS:
        return None
    if run.start() > 0 and _HIRAGANA_RUN.match(text, run.start() - 1):
        return None  # a longer run: particles and words, no name
    katakana = "".join(chr(ord(char) + _KANA_SHIFT) for char in run.group(0))
    partner = _kana_names(registries).get(_long_vowels(to_latin(katakana, "ja")))
    if partner is None:
        return None
    return BarePlace(partner, partner.name_en, str(partner.country), run.start())


def _region(registries: Registries, lang: str, text: str, end: int) -> BarePlace | None:
    """A region of Japan or China its bodies take as their place (信州大学: Shinshu)."""
    region = region_before(registries, lang, text, end)
    return BarePlace(None, *region) if region else None


def _long_vowels(latin: str) -> str:
    """A Hepburn reading without its long vowels' second letter, as English names are written
    (おおさか Osaka, こうち Kochi), in small letters."""
    folded = latin.lower()
    for long, short in (("ou", "o"), ("oo", "o"), ("uu", "u")):
        folded = folded.replace(long, short)
    return folded


@functools.cache
def _kana_names(registries: Registries) -> dict[str, Partner]:
    """Japan's registry regions and cities by their English name as ``_long_vowels`` reads it."""
    found: dict[str, Partner] = {}
    for partner in registries.partners.values():
        if partner.country == _JAPAN and partner.kind in _PLACE_KINDS:
            found.setdefault(_long_vowels(partner.name_en), partner)
    return found


@functools.lru_cache(maxsize=4)
def _korean_counties(text: str) -> frozenset[str]:
    """The bare names of the counties ``text`` names with their unit word, each with the
    endings of a longer run of Hangul before 군 ("경북영양군": 영양 too); read once per text,
    since a page may hold thousands of bodies."""
    names: set[str] = set()
    for county in _KOREAN_COUNTY.finditer(text):
        run = county.group(1)
        names.update(run[-size:] for size in range(_MIN_CHARS, len(run) + 1))
    return frozenset(names)


def _korean_city(registries: Registries, word: str) -> tuple[str, str] | None:
    """The country and GeoNames name of the city a Korean word names, with or without its unit
    word ("논산" or "논산시농업기술센터"'s "논산시": Nonsan), as GeoNames names it without."""
    where = where_cities("ko", ())
    city = confirmed_city(registries, latin_reading(word, "ko"), where)
    unit = next((u for u in _UNIT_WORDS["ko"] if word.endswith(u)), None)
    if city is None and unit is not None and len(word) - len(unit) >= _MIN_CHARS:
        city = confirmed_city(registries, latin_reading(word.removesuffix(unit), "ko"), where)
    return city


def _word_starts(text: str, start: int) -> bool:
    """Whether a Korean word starts at ``start``: Korean spaces its words, and a place glued
    to the word before is a syllable of another word."""
    return start == 0 or not text[start - 1].isalnum()


@functools.cache
def _bare_names(registries: Registries, lang: str) -> dict[str, Partner]:
    """The registry's foreign places by their names in ``lang``'s script without the unit
    word, where one place only has the bare name."""
    units = _UNIT_WORDS.get(lang)
    if units is None:
        return {}
    script = re.compile(rf"[{char_class(_SCRIPT[lang])}]+")
    found: dict[str, Partner | None] = {}
    for partner in registries.partners.values():
        if partner.kind not in _PLACE_KINDS or partner.country in (None, "", _VIETNAM):
            continue
        for alias in partner.aliases:
            if not script.fullmatch(alias):
                continue
            unit = next((u for u in units if alias.endswith(u)), None)
            bare = alias.removesuffix(unit) if unit else alias
            if len(bare) < _MIN_CHARS:
                continue
            if bare in found and found[bare] is not partner:
                found[bare] = None  # two places by one name: neither
            else:
                found[bare] = partner
    return {name: partner for name, partner in found.items() if partner is not None}
