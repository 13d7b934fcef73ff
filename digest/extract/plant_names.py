"""The English names of Russian and Ukrainian plants named by their city and trade: «Борисовский
завод агрегатов» is the Borisov Aggregate Plant, «Харківський тракторний завод» the Kharkiv
Tractor Plant, «Находкинский рыбный терминал» the Nakhodka Fish Terminal, as such plants sign in
English; read letter by letter they would be "Borisovsky Zavod Agregatov".

A plant's name is its city's adjective, the adjectives or the genitive noun of its trade
(``plant_trades`` in vocabularies/organisations.yaml) and the word for a plant or a factory,
every word understood; any other word leaves the name to be read letter by letter. The city's
adjective drops its ending: the city is the name the gazetteer knows in the plant's country
among the stem with "-ск" (Ульяновский: Ulyanovsk), the stem itself (Борисовский: Borisov) or
the stem with "-а" (or, for a stem in -ин, the stem without it and "-а": Находкинский:
Nakhodka); where it knows none, a stem in -ов, -ев, -ин, -ів or a soft sign is the city
(Харківський: Kharkiv, Гомельский: Gomel), else the stem with "-ск" (Симбирский: Simbirsk).

A plant named without quotes ("Могилёвского завода сельхозмашин") is read where its city's
adjective, in any case, stands right before the word for a plant and a genitive noun of its
trade follows: the city must then be a registry place (Могилёв: Mogilev), whose country is the
plant's (Mogilev Agricultural Machinery Plant); a name the registries know is theirs.

A company named by what it is reads the same way: «Сибирская агрокомпания» is the Siberian Agro
Company, «Сибирская аграрная группа» the Siberian Agrarian Group, every word known
(``described_companies`` in vocabularies/organisations.yaml).

An airport company is named by the word for an airport and the airport's own name: «Аэропорт
Толмачёво» is Tolmachevo Airport, «Международный аэропорт Владивосток» Vladivostok International
Airport, as airports sign in English (the kind words after the name, ё written e); read letter
by letter they would be "Aeroport Tolmachyovo".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from digest.extract.cities import confirmed_city, where_cities
from digest.extract.gazetteer import Match, MatchIndex
from digest.extract.unlisted import Body, Unlisted, latin_reading
from digest.registries import Registries

# The words for a plant and a factory, by language, and their English.
_PLANT_WORDS = {
    "ru": {"завод": "Plant", "фабрика": "Factory", "терминал": "Terminal"},
    "uk": {"завод": "Plant", "фабрика": "Factory", "термінал": "Terminal"},
}
# A city's adjective: the Russian and Ukrainian endings of one in -sk ("Минский", "Київський").
_CITY_ADJECTIVE = re.compile(r"\w+(?:ский|цкий|ський|цький)")
# A stem ending so is the city's whole name (Борисов, Харків, Пушкин, Гомель).
_NAME_STEM = re.compile(r"(?:ов|ев|ин|ів|ь)$")


@functools.cache
def _trades(registries: Registries, lang: str) -> dict[str, str]:
    spec = registries.vocabularies.organisations.get("plant_trades") or {}
    return {str(k): str(v) for k, v in (spec.get(lang) or {}).items()}


def plant_name(registries: Registries, lang: str, name: str, country: str) -> str | None:
    """The English name of a plant named by its city and trade ("Симбирский приборный завод":
    Simbirsk Instrument Plant), the city looked for in ``country``; None when a word of it is
    none of a city's adjective, a known trade and the word for a plant."""
    words = name.lower().split()
    plants = _PLANT_WORDS.get(lang, {})
    trades = _trades(registries, lang)
    kinds = [word for word in words if word in plants]
    if len(kinds) != 1 or len(words) < 2:
        return None
    city, english = None, []
    for index, word in enumerate(words):
        if word in trades:
            english.append(trades[word])
        elif index == 0 and _CITY_ADJECTIVE.fullmatch(word):
            city = _city(registries, lang, name.split()[0], country)
        elif word not in plants:
            return None
    if not english:
        return None
    return " ".join([*([city] if city else []), *english, plants[kinds[0]]])


# A plant named without quotes by its city's adjective in any case, the word for a plant in
# any case and its trade's genitive noun ("Могилёвского завода сельхозмашин": Mogilev
# Agricultural Machinery Plant); the city is a registry place whose own name is the adjective's
# stem, with "-ск" or without (Минского: Минск, Могилёвского: Могилёв), which says whose the
# plant is.
_UNQUOTED_PLANT = re.compile(
    r"(?<![\w-])(?P<stem>[А-ЯЁІЇЄ][а-яёіїєʼ'’-]+?)"
    r"(?:ский|ского|скому|ским|ском|ський|ського|ському|ським|ськім)"
    r"[ \t]+(?:завод|завода|заводу|заводом|заводе|заводі)[ \t]+(?P<trade>[а-яёіїєʼ'’]+)(?!\w)"
)
# A registry place's unit word, no word of a plant's name ("Mogilev Region": Mogilev).
_UNIT_WORD = re.compile(r"\s+(?:Region|Oblast|Krai|Province)$")
_VIETNAM = "VN"


def unquoted_plants(
    registries: Registries, lang: str, text: str, matches: list[Match]
) -> Iterator[Body]:
    """The plants ``text`` names without quotes by their city's adjective, the word for a plant
    and their trade's genitive noun, each the country's of its city (see ``_UNQUOTED_PLANT``)."""
    if lang not in _PLANT_WORDS or "завод" not in text:
        return
    trades = _trades(registries, lang)
    places = _registry_places(registries)
    by_position = MatchIndex(matches)  # a page may name thousands of plants and places
    for found in _UNQUOTED_PLANT.finditer(text):
        trade = trades.get(found["trade"])
        if trade is None or by_position.overlapping(found.start(), found.end()):
            continue  # no trade known, or a name the registries know ("Минского завода …")
        place = places.get(found["stem"]) or places.get(found["stem"] + "ск")
        if place is None or place[1] == _VIETNAM:
            continue
        name = f"{place[0]} {trade} {_PLANT_WORDS[lang]['завод']}"
        yield Body(found.start(), found.end(), Unlisted.named(place[1], name, "company"))


@functools.cache
def _registry_places(registries: Registries) -> dict[str, tuple[str, str]]:
    """The registry's foreign regions and cities by their own Cyrillic names (aliases in one
    word), with their English names and countries; read once."""
    places: dict[str, tuple[str, str]] = {}
    for partner in registries.partners.values():
        if partner.kind not in ("region", "city") or not partner.country:
            continue
        english = _UNIT_WORD.sub("", partner.name_en)
        for alias in partner.aliases:
            if " " not in alias and re.fullmatch("[А-ЯЁІЇЄ][а-яёіїєʼ'’-]+", alias):
                places.setdefault(alias, (english, partner.country))
    return places


# An airport company's name by language: the word for an international one, the word for an
# airport, then the airport's own name in one to three capitalised words ("Толмачёво", "Нижний
# Новгород", "Бориспіль").
_OWN_NAME = r"(?P<own>[А-ЯЁІЇЄ][\w'’ʼ-]*(?:[ \t]+[А-ЯЁІЇЄ][\w'’ʼ-]*){0,2})"
_AIRPORT = {
    "ru": re.compile(rf"(?P<international>[Мм]еждународный[ \t]+)?[Аа]эропорт[ \t]+{_OWN_NAME}"),
    "uk": re.compile(rf"(?P<international>[Мм]іжнародний[ \t]+)?[Аа]еропорт[ \t]+{_OWN_NAME}"),
}


def airport_name(lang: str, name: str) -> str | None:
    """The English name of an airport company named by the word for an airport ("Аэропорт
    Толмачёво": Tolmachevo Airport, "Международный аэропорт Владивосток": Vladivostok
    International Airport); None when the name is not so shaped."""
    pattern = _AIRPORT.get(lang)
    found = pattern.fullmatch(name.strip()) if pattern else None
    if found is None:
        return None
    # English writes ё as e in airports' names (Tolmachevo, Yemelyanovo), not "yo".
    own = found.group("own").replace("ё", "е").replace("Ё", "Е")
    kind = "International Airport" if found.group("international") else "Airport"
    return f"{latin_reading(own, lang)} {kind}"


# The last word of a company named by what it is: the word for a company or a group.
_COMPANY_NOUNS = ("компания", "компанія", "группа", "група")


@functools.cache
def _described(registries: Registries, lang: str) -> dict[str, str]:
    spec = registries.vocabularies.organisations.get("described_companies") or {}
    return {str(k): str(v) for k, v in (spec.get(lang) or {}).items()}


def described_company_name(registries: Registries, lang: str, name: str) -> str | None:
    """The English name of a company named by what it is ("Сибирская агрокомпания": Siberian
    Agro Company, "Сибирская аграрная группа": Siberian Agrarian Group): every word a known one
    and the last the word for a company or a group of companies; None else."""
    words = _described(registries, lang)
    parts = name.lower().split()
    if len(parts) < 2 or not parts[-1].endswith(_COMPANY_NOUNS):
        return None
    if not all(part in words for part in parts):
        return None
    return " ".join(words[part] for part in parts)


def _city(registries: Registries, lang: str, adjective: str, country: str) -> str:
    """The city a city's adjective names (see the module)."""
    stem = re.sub(r"[сц]ь?кий$", "", adjective)
    where = where_cities(lang, [country])
    # "Находкинский": Находка, the adjective's -ин- put between the stem and its ending.
    candidates = (
        f"{stem}ск",
        stem,
        f"{stem}а",
        *([f"{stem[:-2]}а"] if stem.endswith("ин") else []),
    )
    for candidate in candidates:
        latin = latin_reading(candidate, lang)
        if confirmed_city(registries, latin, where) is not None:
            return latin
    return latin_reading(stem if _NAME_STEM.search(stem) else f"{stem}ск", lang)
