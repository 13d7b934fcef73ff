"""Friendship societies and bilateral chambers named by the two countries they join: "Deutsch-
Vietnamesische Gesellschaft", "Associazione di Amicizia Italia-Vietnam", "Общество
российско-вьетнамской дружбы", "Polsko-Wietnamska Izba Gospodarcza", "日越友好協会", "한베친선협회".

Such a body belongs to the side that is not Vietnam, and its English name keeps the article's
pair in the article's order, an adjective for an adjective and a name for a name ("German-
Vietnamese Society", "Italy-Vietnam Friendship Association"), with the kind in English after
it. It is drafted as an organisation the registry does not list, ``<iso2>-<slug of that name>``,
with ``partners`` for review. The kind words and the words for Vietnam are a closed list per
language, so they live here beside the rule; the other side is read from
vocabularies/demonyms.yaml, a country the gazetteer matched in the pair, or (Chinese, Japanese,
Korean) the one-character abbreviations those languages use for a country in a pair. A society
names its own country first: one whose pair opens with Vietnam is Vietnam's own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from digest.extract.demonyms import find_demonyms
from digest.extract.gazetteer import PARTNER, Match
from digest.extract.unlisted import Body, Unlisted
from digest.registries import Registries
from digest.text import fold

_VIETNAM = "VN"
# A pair of countries: two words joined by a hyphen (Latin, Cyrillic), or two one-character
# abbreviations, maybe with a separator (Chinese, Japanese, Korean).
# A chamber may join the two names by a space where Vietnam's comes second ("Chambre de
# commerce et d'industrie France Vietnam", as it names itself).
_PAIR = r"(?P<pair>[^\W\d_]+(?:[-‐–]| (?=Vi[eệ]t ?[Nn]am(?!\w)))[^\W\d_]+)"
_CJK_PAIR = r"(?P<pair>[^\W\d_][-・·]?[^\W\d_])"
# By language: (pattern with the pair, English kind). Most specific first.
_KINDS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (
        (rf"{_PAIR}e?n? Freundschaftsgesellschaft", "Friendship Society"),
        (rf"{_PAIR}e?n? (?:Industrie- und )?Handelskammer", "Chamber of Commerce"),
        (rf"{_PAIR}e?n? Gesellschaft", "Society"),
    ),
    "it": (
        (rf"Associazione (?:di|d'|dell'|per l'|per la) ?[Aa]micizia {_PAIR}",
         "Friendship Association"),
        (rf"Camera di Commercio e (?:dell')?Industria {_PAIR}", "Chamber of Commerce and Industry"),
        (rf"Camera di Commercio {_PAIR}", "Chamber of Commerce"),
        (rf"Associazione {_PAIR}", "Association"),
    ),
    "pt": (
        (rf"Associação de Amizade {_PAIR}", "Friendship Association"),
        (rf"Câmara de Comércio e Indústria {_PAIR}", "Chamber of Commerce and Industry"),
        (rf"Câmara de Comércio {_PAIR}", "Chamber of Commerce"),
    ),
    "fr": (
        (rf"Association d'[Aa]miti[ée] {_PAIR}", "Friendship Association"),
        (rf"Chambre de [Cc]ommerce et d'[Ii]ndustrie {_PAIR}", "Chamber of Commerce and Industry"),
        (rf"Chambre de [Cc]ommerce {_PAIR}", "Chamber of Commerce"),
    ),
    "es": (
        (rf"Asociación de Amistad {_PAIR}", "Friendship Association"),
        (rf"Cámara de Comercio e Industria {_PAIR}", "Chamber of Commerce and Industry"),
        (rf"Cámara de Comercio {_PAIR}", "Chamber of Commerce"),
    ),
    "pl": (
        (rf"Towarzystw\w* Przyjaźni {_PAIR}", "Friendship Society"),
        (rf"{_PAIR} Izb\w* (?:Gospodarcz|Handlow|Przemysłowo-Handlow)\w*", "Chamber of Commerce"),
    ),
    "ru": (
        (rf"[Оо]бществ\w* {_PAIR} дружбы", "Friendship Society"),
        (rf"[Оо]бществ\w* дружбы {_PAIR}", "Friendship Society"),
        (rf"{_PAIR} торгово-промышленн\w+ палат\w+", "Chamber of Commerce and Industry"),
    ),
    "uk": (
        (rf"[Тт]овариств\w* {_PAIR} дружби", "Friendship Society"),
        (rf"[Тт]овариств\w* дружби {_PAIR}", "Friendship Society"),
    ),
    "en": (
        (rf"{_PAIR} Friendship (Association|Society)", "Friendship {0}"),
        (rf"{_PAIR} Chamber of Commerce and Industry", "Chamber of Commerce and Industry"),
        (rf"{_PAIR} Chamber of Commerce", "Chamber of Commerce"),
    ),
    "ja": ((rf"{_CJK_PAIR}友好協会", "Friendship Association"),),
    "zh": ((rf"{_CJK_PAIR}友好(?:协会|協會)", "Friendship Association"),),
    "ko": ((rf"{_CJK_PAIR}\s?친선협회", "Friendship Association"),),
}  # fmt: skip
# Vietnam's side of a pair, folded: its adjective (a stem) or its name, by language.
_VIETNAM_WORDS = (
    "vietnam", "viet nam", "vietna", "wietnam", "вьетнам", "в'єтнам", "в’єтнам", "越", "베",
)  # fmt: skip
# The one-character names of a country in a Chinese, Japanese or Korean pair.
_ABBREVIATIONS = {
    "日": "JP", "中": "CN", "韓": "KR", "韩": "KR", "한": "KR", "露": "RU", "俄": "RU", "独": "DE",
    "德": "DE", "仏": "FR", "法": "FR", "米": "US", "美": "US", "英": "GB", "豪": "AU", "澳": "AU",
    "伊": "IT", "意": "IT", "印": "IN", "泰": "TH", "老": "LA", "寮": "LA", "柬": "KH", "古": "CU",
    "일": "JP", "중": "CN", "러": "RU", "독": "DE", "미": "US", "호": "AU",
}  # fmt: skip
_CJK = frozenset({"ja", "zh", "ko"})
# The Latin combining forms that open a pair in the Romance languages and English ("Câmara de
# Comércio Luso-Vietnamita", "Chambre de commerce franco-vietnamienne", "Sino-Vietnamese"): no
# nationality adjective of their own, so vocabularies/demonyms.yaml does not hold them.
_COMBINING = {
    "luso": "PT", "franco": "FR", "anglo": "GB", "sino": "CN", "nipo": "JP", "italo": "IT",
    "hispano": "ES", "germano": "DE", "teuto": "DE",
}  # fmt: skip


@functools.cache
def _patterns(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), english) for pattern, english in _KINDS.get(lang, ()))


def find_bilateral_bodies(
    registries: Registries, lang: str, text: str, matches: list[Match]
) -> list[Body]:
    """The friendship societies and bilateral chambers ``text`` names (see the module)."""
    return list(_found(registries, lang, text, matches))


# A word every kind of a language holds, which a text without it cannot name one by: checked
# first, so that most texts skip the patterns.
_TRIGGERS = {
    "de": ("esellschaft", "ammer"), "it": ("Associazione", "Camera"),
    "pt": ("Associação", "Câmara"),
    "es": ("Asociación", "Cámara"), "fr": ("Association", "Chambre"), "pl": ("rzyjaźni", "Izb"),
    "ru": ("бществ", "палат"),
    "uk": ("овариств",), "en": ("Friendship", "Chamber"), "ja": ("友好",), "zh": ("友好",),
    "ko": ("친선",),
}  # fmt: skip


def _found(registries: Registries, lang: str, text: str, matches: list[Match]) -> Iterator[Body]:
    if not any(trigger in text for trigger in _TRIGGERS.get(lang, ())):
        return
    taken: list[tuple[int, int]] = []
    for pattern, english in _patterns(lang):
        for found in pattern.finditer(text):
            if any(found.start() < end and start < found.end() for start, end in taken):
                continue
            pair = found.group("pair")
            sides = _sides(registries, lang, text, found.start("pair"), pair, matches)
            if sides is None:
                continue
            country, name = sides
            index = pattern.groupindex["pair"]
            kind = english.format(*(g for i, g in enumerate(found.groups(), 1) if i != index))
            end, place = found.end(), None
            if lang not in _CJK:
                end, place = _place_after(registries, text, found.end(), country, matches)
            taken.append((found.start(), end))
            full = f"{name} {kind}" + (f" {place}" if place else "")
            yield Body(found.start(), end, Unlisted.named(country, full))


_PLACES = frozenset({"region", "city"})


def _place_after(
    registries: Registries, text: str, end: int, country: str, matches: list[Match]
) -> tuple[int, str | None]:
    """Where a society's name ends, and the English name of a region or city of its country
    named right after it, which says whose branch it is ("Deutsch-Vietnamesische Gesellschaft
    Sachsen e.V.": German-Vietnamese Society Saxony); ``end`` and None without one."""
    if text[end : end + 1] != " ":
        return end, None
    for match in matches:
        if match.start != end + 1 or match.target[0] != PARTNER:
            continue
        place = registries.partners.get(match.target[1])
        if place is not None and place.kind in _PLACES and place.country == country:
            return match.end, place.name_en
    return end, None


def _sides(
    registries: Registries, lang: str, text: str, start: int, pair: str, matches: list[Match]
) -> tuple[str, str] | None:
    """The foreign side's country and the pair in English, when one side is Vietnam and the
    other a country the words name; None otherwise."""
    if lang in _CJK:
        parts = [pair[0], pair[-1]]
        offsets = [0, len(pair) - 1]
    else:
        parts = re.split(r"[-‐– ]", pair, maxsplit=1)
        offsets = [0, len(parts[0]) + 1]
    read = [
        _side(registries, lang, part, start + offset, matches)
        for part, offset in zip(parts, offsets, strict=True)
    ]
    if any(side is None for side in read):
        return None
    countries = [side[0] for side in read if side is not None]
    # A society names its own country first: the "Vietnam-Japan Friendship Association" is
    # Vietnam's (under its union of friendship organisations), the "Japan-Vietnam" one Japan's.
    if countries.count(_VIETNAM) != 1 or countries[0] == _VIETNAM:
        return None
    foreign = next(c for c in countries if c != _VIETNAM)
    return foreign, "-".join(side[1] for side in read if side is not None)


def _side(
    registries: Registries, lang: str, part: str, start: int, matches: list[Match]
) -> tuple[str, str] | None:
    """One side of a pair: its country and its English form (adjective or name, as written)."""
    folded = fold(part)
    if lang in _CJK:
        if part in _VIETNAM_WORDS:
            return _VIETNAM, "Vietnam"
        country = _ABBREVIATIONS.get(part)
        return (country, _english_name(registries, country)) if country else None
    if folded.startswith(_VIETNAM_WORDS):
        adjective = fold(part) not in ("vietnam", "wietnam", "вьетнам", "vietna")
        return _VIETNAM, "Vietnamese" if adjective else "Vietnam"
    if folded in _COMBINING:
        country = _COMBINING[folded]
        return country, _english_adjective(registries, country)
    # An adjective first: "Polsko" reads as Poland's name in the gazetteer too.
    demonyms = find_demonyms(registries, lang, part)
    if demonyms and demonyms[0].start == 0:
        country = demonyms[0].country
        return country, _english_adjective(registries, country)
    for match in matches:
        if match.target[0] == PARTNER and match.start == start:
            partner = registries.partners.get(match.target[1])
            if partner is not None and partner.kind == "country":
                return match.target[1].upper(), partner.name_en
    return None


def _english_name(registries: Registries, country: str) -> str:
    """The country's name as its own bodies write it (vocabularies/organisations.yaml,
    ``exonyms``: 한-베 친선협회 is the Korea-Vietnam Friendship Association), else its name."""
    partner = registries.partners.get(country.lower())
    if partner is None:
        return country
    exonyms = (registries.vocabularies.organisations.get("exonyms") or {}).get(country) or {}
    return str(exonyms.get(partner.name_en, partner.name_en))


def _english_adjective(registries: Registries, country: str) -> str:
    """The country's English nationality adjective (vocabularies/demonyms.yaml), else its
    name."""
    words = registries.vocabularies.demonyms.get(country) or {}
    english = words.get("en") or []
    return str(english[0]) if english else _english_name(registries, country)
