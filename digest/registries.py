"""The editable registries (provinces, partners, topics, measures) loaded and validated once.

Registries are YAML files in ``registries/`` that editors extend by pull request. Each record is
checked before it enters its registry, and every problem names the file, the record and the field.
Foreign countries are not typed by hand: they come from Babel's CLDR data, in every language.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import babel
import pycountry
import yaml

from digest.errors import InputError, Problem
from digest.text import fold
from digest.untrusted import (
    is_slug,
    refuse_aliases,
    refuse_symlink,
    unwanted_character,
    yaml_problem,
)
from digest.yamlhints import describe, shorten

logger = logging.getLogger(__name__)

REGISTRY_DIR = Path(__file__).resolve().parent.parent / "registries"

_WORD_ID = re.compile(r"[A-Za-z0-9_]+")
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
INTERFACE_LANGUAGES = ("en", "vi")


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

    def name(self, lang: str) -> str:
        return self.name_vi if lang == "vi" else self.name_en


@dataclass(frozen=True)
class Label:
    """A vocabulary item with an English and a Vietnamese label (topics, measures, units)."""

    id: str
    en: str
    vi: str

    def label(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


def _load_yaml(path: Path) -> Any:
    text = ""
    try:
        refuse_symlink(path)
        text = path.read_text(encoding="utf-8")
        refuse_aliases(text, yaml.CSafeLoader)
        return yaml.load(text, Loader=yaml.CSafeLoader)
    except UnicodeDecodeError:
        raise InputError.single(path, "expected UTF-8 text") from None
    except FileNotFoundError:
        raise InputError.single(path, "registry file is missing") from None
    except yaml.YAMLError as error:
        problem, line = yaml_problem(error, text)
        line = line + 1 if line is not None else None
        raise InputError.single(path, f"not valid YAML: {problem}", line=line) from None


def _records(path: Path, data: Any, key: str) -> list[dict[str, Any]]:
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise InputError.single(path, f"expected a mapping with a list under '{key}:'")
    return data[key]


class _RecordChecker:
    """Collects every problem in one registry file instead of stopping at the first."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def text(self, record: dict[str, Any], name: str, where: str, required: bool = True) -> str:
        value = record.get(name)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.fail(where, name, f"expected non-empty text, found {shorten(repr(value))}")
            return ""
        return self._clean(value, where, name)

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
        return tuple(self._clean(alias, where, "aliases") for alias in value)

    def fail(self, where: str, name: str, message: str) -> None:
        self.problems.append(Problem(self.path, message, field=f"{where}.{name}"))

    def raise_if_any(self) -> None:
        if self.problems:
            raise InputError(self.problems)


def _mappings(
    records: list[Any], key: str, check: _RecordChecker
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each record with where it is ("units[3]"); a record that is not a mapping is a problem."""
    for index, record in enumerate(records):
        where = f"{key}[{index}]"
        if isinstance(record, dict):
            yield where, record
        else:
            check.fail(where, "id", "expected a mapping")


def _register(table: dict[str, Any], item: Any, where: str, check: _RecordChecker) -> None:
    """Enter ``item`` under its id; a second record with the same id is a problem."""
    if not item.id:  # reported already
        return
    if item.id in table:
        check.fail(where, "id", f"duplicate id {item.id!r}")
    table[item.id] = item


def load_provinces(path: Path) -> dict[str, Province]:
    records = _records(path, _load_yaml(path), "units")
    check = _RecordChecker(path)
    provinces: dict[str, Province] = {}
    for where, record in _mappings(records, "units", check):
        province = Province(
            id=check.ident(record, where),
            name_vi=check.text(record, "name_vi", where),
            name_en=check.text(record, "name_en", where),
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
    records = _records(path, _load_yaml(path), "partners")
    check = _RecordChecker(path)
    partners: dict[str, Partner] = dict(_country_partners())
    listed: list[tuple[str, Partner]] = []  # (where, partner): records keep their YAML index
    for where, record in _mappings(records, "partners", check):
        country = record.get("country")
        if country is not None and not _is_country_code(country):
            check.fail(where, "country", _country_problem(country))
        partner = Partner(
            id=check.ident(record, where),
            kind=check.choice(record, "kind", where, PARTNER_KINDS[1:]),
            country=country,
            name_en=check.text(record, "name_en", where),
            name_vi=check.text(record, "name_vi", where),
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
    _check_shared_names(check, listed)
    check.raise_if_any()
    return partners


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


def _country_codes() -> Iterator[str]:
    english = babel.Locale("en").territories
    for country in pycountry.countries:
        if country.alpha_2 in english and country.alpha_2 != "VN":
            yield country.alpha_2


def _country_partners() -> Iterator[tuple[str, Partner]]:
    """One partner per foreign country, named from CLDR in every article language."""
    locales = {lang: babel.Locale(lang).territories for lang in ARTICLE_LANGUAGES}
    for code in _country_codes():
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
    records = _records(path, _load_yaml(path), key)
    check = _RecordChecker(path)
    labels: dict[str, Label] = {}
    for where, record in _mappings(records, key, check):
        label = Label(
            id=check.ident(record, where, slug=key == "topics"),
            en=check.text(record, "en", where),
            vi=check.text(record, "vi", where),
        )
        _register(labels, label, where, check)
    check.raise_if_any()
    return labels


@dataclass(frozen=True, eq=False)
class Registries:
    """Everything entries refer to by id (hashed by identity: caches key on a loaded set)."""

    provinces: dict[str, Province]
    partners: dict[str, Partner]
    topics: dict[str, Label]
    measures: dict[str, Label]
    units: dict[str, Label]
    directory: Path

    def current_provinces(self) -> list[Province]:
        return [p for p in self.provinces.values() if p.is_current]

    def absorbed_by(self, province_id: str) -> list[Province]:
        return [p for p in self.provinces.values() if p.merged_into == province_id]

    def partner_or_none(self, partner_id: str) -> Partner | None:
        return self.partners.get(partner_id)


def load_registries(directory: Path = REGISTRY_DIR) -> Registries:
    """Load and validate every registry in ``directory``, reporting all problems at once."""
    problems: list[Problem] = []
    loaded: dict[str, Any] = {}
    loaders = {
        "provinces": lambda: load_provinces(directory / "provinces.yaml"),
        "partners": lambda: load_partners(directory / "partners.yaml"),
        "topics": lambda: load_labels(directory / "topics.yaml", "topics"),
        "measures": lambda: load_labels(directory / "measures.yaml", "measures"),
        "units": lambda: load_labels(directory / "units.yaml", "units"),
    }
    for name, load in loaders.items():
        try:
            loaded[name] = load()
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    return Registries(directory=directory, **loaded)


@functools.cache
def default_registries() -> Registries:
    return load_registries(REGISTRY_DIR)
