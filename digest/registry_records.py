"""Registry records: provinces, partners and labels, each checked before it enters its registry.

Every problem names the file, the record and the field (``units[3].merged_into``); the line is
added from the file's text. Foreign countries are not typed by hand: they come from Babel's
CLDR data, in every language. ``digest.registries`` reads the files and calls these.
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import babel
import pycountry
from babel import localedata
from babel.core import get_global

from digest import registry_files
from digest.errors import Problem
from digest.text import fold
from digest.untrusted import MAX_SLUG_LENGTH, SLUG, invisible, is_slug, unwanted_character
from digest.yamlhints import describe, shorten

_WORD_ID = re.compile(r"[A-Za-z0-9_]+")
# Names a province or partner may have (the longest list today has 47), and their length.
MAX_ALIASES = 100
MAX_NAME_LENGTH = 300
PROVINCE_TYPES = ("province", "city")
PARTNER_KINDS = ("country", "region", "city", "district", "organisation", "company", "media")
# The languages the digest reads articles in; country names are registered in each of them.
ARTICLE_LANGUAGES = (
    "en",
    "vi",
    "de",
    "pl",
    "fr",
    "es",
    "it",
    "pt",
    "ru",
    "uk",
    "ar",
    "ja",
    "zh",
    "ko",
    "th",
    "hi",
)


@dataclass(frozen=True)
class Province:
    id: str
    name_vi: str
    name_en: str
    type: str
    merged_into: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def current_id(self) -> str:
        """The unit this name belongs to since the 1 July 2025 merger."""
        return self.merged_into or self.id

    @property
    def is_current(self) -> bool:
        return self.merged_into is None

    def name(self, lang: str) -> str:
        return self.name_vi if lang == "vi" else self.name_en


@dataclass(frozen=True)
class Partner:
    id: str
    kind: str
    country: str | None
    name_en: str
    name_vi: str
    within: str | None = None
    aliases: tuple[str, ...] = ()
    # Names matched only in articles of one language (CLDR country names: "Chiny" is Polish).
    names_by_lang: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    # False for a generated partner whose display name is too common a word to be matched alone.
    matches_display_names: bool = field(default=True, compare=False)
    # From registries/generated/ (written by a task), not from the editors' partners.yaml.
    generated: bool = field(default=False, compare=False)

    def name(self, lang: str) -> str:
        return self.name_vi if lang == "vi" else self.name_en


@dataclass(frozen=True)
class Label:
    """A vocabulary item with an English and a Vietnamese label (topics, measures, units)."""

    id: str
    en: str
    vi: str
    # The words that tell it in articles, by language (topic keywords, unit words).
    words: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)

    def label(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


class _RecordChecker:
    """Collects every problem in one registry file instead of stopping at the first."""

    def __init__(self, document: registry_files.Document) -> None:
        self.document = document
        self.path = document.path
        self.problems: list[Problem] = []

    def text(self, record: dict[str, Any], name: str, where: str, required: bool = True) -> str:
        value = record.get(name)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or invisible(value):
            self.fail(where, name, f"expected non-empty text, found {shorten(repr(value))}")
            return ""
        return self._clean(value, where, name)

    def name(self, record: dict[str, Any], key: str, where: str) -> str:
        """A name that drafting matches in articles: text holding at least one letter."""
        return self._lettered(self.text(record, key, where), where, key)

    def _lettered(self, value: str, where: str, key: str) -> str:
        if value and not any(character.isalpha() for character in value):
            self.fail(where, key, f"{shorten(repr(value))} holds no letter; write a name")
            return ""
        if len(value) > MAX_NAME_LENGTH:
            self.fail(where, key, f"{shorten(repr(value))} is {len(value):,} characters long; "
                                  f"at most {MAX_NAME_LENGTH} fit here")  # fmt: skip
            return ""
        return value

    def _clean(self, value: str, where: str, name: str) -> str:
        unwanted = unwanted_character(value)
        if unwanted is not None:
            self.fail(where, name, f"holds a control or invalid character ({unwanted}); delete it")
            return ""
        return value.strip()

    def ident(self, record: dict[str, Any], where: str, *, slug: bool = True) -> str:
        """An id. Province, partner and topic ids are parts of page addresses and output paths,
        so only a slug will do; measure and unit ids are words (``delegations_sent``, ``kWh``)."""
        value = record.get("id")
        if slug and isinstance(value, str) and SLUG.fullmatch(value) and not is_slug(value):
            length = f"is {len(value)} characters long; at most {MAX_SLUG_LENGTH}"
            self.fail(where, "id", f"{length} (ids are addresses)")
            return ""
        if slug and not is_slug(value):
            expected = "lowercase ASCII letters, digits and hyphens"
        elif not slug and not (isinstance(value, str) and _WORD_ID.fullmatch(value)):
            expected = "ASCII letters, digits and underscores"
        else:
            return value
        self.fail(where, "id", f"expected {expected}, found {describe(value)}")
        return ""

    def choice(self, record: dict[str, Any], name: str, where: str, allowed: Iterable[str]) -> str:
        value = record.get(name)
        allowed = tuple(allowed)
        if value not in allowed:
            self.fail(
                where, name, f"expected one of {', '.join(allowed)}, found {shorten(repr(value))}"
            )
            return allowed[0]
        return value

    def aliases(self, record: dict[str, Any], where: str) -> tuple[str, ...]:
        value = record.get("aliases") or []
        if not isinstance(value, list) or not all(isinstance(a, str) and a for a in value):
            self.fail(where, "aliases", f"expected a list of names, found {shorten(repr(value))}")
            return ()
        if len(value) > MAX_ALIASES:
            # Every page that names the record carries its aliases for search.
            self.fail(where, "aliases", f"has {len(value):,} names; at most {MAX_ALIASES} fit here")
            return ()
        return tuple(
            self._lettered(self._clean(alias, where, "aliases"), where, "aliases")
            for alias in value
        )

    def fail(self, where: str, name: str, message: str) -> None:
        self.problems.append(Problem(self.path, message, field=f"{where}.{name}"))

    def raise_if_any(self) -> None:
        if self.problems:
            raise self.document.error(self.problems)


def _mappings(document: registry_files.Document, key: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each record under ``key`` with where it is ("units[3]"); the file's shape made sure
    that every record is a mapping."""
    for index, record in enumerate(document.data[key] or []):
        yield f"{key}[{index}]", record


def _register(table: dict[str, Any], item: Any, where: str, check: _RecordChecker) -> None:
    """Enter ``item`` under its id; a second record with the same id is a problem."""
    if not item.id:  # reported already
        return
    if item.id in table:
        check.fail(where, "id", f"duplicate id {item.id!r}")
    table[item.id] = item


def load_provinces(path: Path) -> dict[str, Province]:
    return provinces_of(registry_files.read(path, registry_files.PROVINCES))


def provinces_of(document: registry_files.Document) -> dict[str, Province]:
    check = _RecordChecker(document)
    provinces: dict[str, Province] = {}
    for where, record in _mappings(document, "units"):
        province = Province(
            id=check.ident(record, where),
            name_vi=check.name(record, "name_vi", where),
            name_en=check.name(record, "name_en", where),
            type=check.choice(record, "type", where, PROVINCE_TYPES),
            merged_into=check.text(record, "merged_into", where, required=False) or None,
            aliases=check.aliases(record, where),
        )
        _register(provinces, province, where, check)
    for index, province in enumerate(provinces.values()):
        target = provinces.get(province.merged_into or province.id)
        if target is None or not target.is_current:
            check.fail(
                f"units[{index}]",
                "merged_into",
                f"expected the id of a current unit, found {province.merged_into!r}",
            )
    check.raise_if_any()
    return provinces


def load_partners(path: Path) -> dict[str, Partner]:
    return partners_of(registry_files.read(path, registry_files.PARTNERS))


def partners_of(document: registry_files.Document) -> dict[str, Partner]:
    check = _RecordChecker(document)
    partners: dict[str, Partner] = dict(_country_partners())
    listed: list[tuple[str, Partner]] = []  # (where, partner): records keep their YAML index
    for where, record in _mappings(document, "partners"):
        country = record.get("country")
        if country is not None and not _is_country_code(country):
            check.fail(where, "country", _country_problem(country))
        partner = Partner(
            id=check.ident(record, where),
            kind=check.choice(record, "kind", where, PARTNER_KINDS[1:]),
            country=country,
            name_en=check.name(record, "name_en", where),
            name_vi=check.name(record, "name_vi", where),
            within=record.get("within"),
            aliases=check.aliases(record, where),
        )
        _register(partners, partner, where, check)
        listed.append((where, partner))
    for where, partner in listed:
        if partner.within is not None and not is_slug(partner.within):
            check.fail(where, "within", f"expected a partner id, found {describe(partner.within)}")
        elif partner.within is not None and partner.within not in partners:
            check.fail(where, "within", f"unknown partner id {partner.within!r}")
    _check_within_cycles(check, listed, partners)
    _check_shared_names(check, listed)
    check.raise_if_any()
    return partners


def _check_within_cycles(
    check: _RecordChecker, listed: list[tuple[str, Partner]], partners: dict[str, Partner]
) -> None:
    """Report a partner that lies, through ``within``, in itself (a -> b -> a)."""
    for where, partner in listed:
        seen = [partner.id]
        inside = partners.get(partner.within) if isinstance(partner.within, str) else None
        while inside is not None and inside.id not in seen:
            seen.append(inside.id)
            inside = partners.get(inside.within) if isinstance(inside.within, str) else None
        if inside is not None and inside.id == partner.id:
            chain = " -> ".join([*seen, partner.id])
            check.fail(where, "within", f"lies in itself: {chain}; one of them has a wrong within")


def _is_country_code(value: Any) -> bool:
    """An ISO 3166-1 alpha-2 code as the registry writes it: upper case ('CN', not 'cn')."""
    return (
        isinstance(value, str)
        and len(value) == 2
        and value.isupper()
        and pycountry.countries.get(alpha_2=value) is not None
    )


def _country_problem(value: Any) -> str:
    message = f"expected an ISO 3166-1 alpha-2 code, found {describe(value)}"
    if isinstance(value, str) and _is_country_code(value.upper()):
        message += f"; write codes in upper case: {value.upper()!r}"
    return message


def _check_shared_names(check: _RecordChecker, listed: list[tuple[str, Partner]]) -> None:
    """Report a name or alias that two partners share (as matching sees it: folded).

    Article matching would not know which partner such a name means; the registry's rule is that
    one partner keeps the bare name and the other gets qualified forms only.
    """
    owners: dict[str, str] = {}  # folded name -> id of the first partner using it
    for where, partner in listed:
        names = [("name_en", partner.name_en), ("name_vi", partner.name_vi)]
        names += [("aliases", alias) for alias in partner.aliases]
        for name, written in names:
            folded = fold(written).strip()
            owner = owners.setdefault(folded, partner.id) if folded else partner.id
            if owner != partner.id:
                check.fail(
                    where,
                    name,
                    f"{written!r} of {partner.id!r} is also a name or alias of {owner!r} (compared "
                    f"as {folded!r}); a name goes to one partner, give the other qualified forms",
                )


def territory_names(lang: str) -> Mapping[str, str]:
    """CLDR's territory names in ``lang``, as ``babel.Locale(lang).territories`` gives them.

    Babel's Locale merges all of a language's data (dates, units, currencies...) into its
    parent's before giving one part of it: most of the registries' loading time for 16
    languages. A plain language code whose parent is CLDR's root takes root's territory names
    updated by its own file's, as Babel's merge does (a missing name is not written: None);
    anything else (a region, a script, another parent) still goes through Babel.
    """
    if "_" in lang or get_global("parent_exceptions").get(lang):
        return babel.Locale(lang).territories
    with open(localedata.resolve_locale_filename(lang), "rb") as file:
        own = pickle.load(file)  # Babel's own packaged data, read as Babel reads it
    names = dict(localedata.load("root").get("territories") or {})
    own_names = own.get("territories", {})
    names.update((code, name) for code, name in own_names.items() if name is not None)
    return names


def _country_codes(english: Mapping[str, str]) -> Iterator[str]:
    for country in pycountry.countries:
        if country.alpha_2 in english and country.alpha_2 != "VN":
            yield country.alpha_2


def _country_partners() -> Iterator[tuple[str, Partner]]:
    """One partner per foreign country, named from CLDR in every article language."""
    locales = {lang: territory_names(lang) for lang in ARTICLE_LANGUAGES}
    for code in _country_codes(locales["en"]):
        names_by_lang = {lang: (names[code],) for lang, names in locales.items() if code in names}
        partner = Partner(
            id=code.lower(),
            kind="country",
            country=code,
            name_en=locales["en"][code],
            name_vi=locales["vi"][code],
            names_by_lang=names_by_lang,
        )
        yield partner.id, partner


def load_labels(path: Path, key: str) -> dict[str, Label]:
    spec = registry_files.TOPICS if key == "topics" else registry_files.MEASURES
    return labels_of(registry_files.read(path, spec), key)


def labels_of(document: registry_files.Document, key: str) -> dict[str, Label]:
    check = _RecordChecker(document)
    labels: dict[str, Label] = {}
    for where, record in _mappings(document, key):
        words = record.get("keywords") or record.get("words") or {}
        label = Label(
            id=check.ident(record, where, slug=key == "topics"),
            en=check.text(record, "en", where),
            vi=check.text(record, "vi", where),
            words={lang: tuple(map(str, w or ())) for lang, w in words.items()},
        )
        _register(labels, label, where, check)
    check.raise_if_any()
    return labels
