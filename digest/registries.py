"""The one registry loader: every registry and vocabulary file read once, checked, typed.

Registries are YAML files in ``registries/`` that editors extend by pull request; vocabularies,
in ``vocabularies/``, are the words drafting reads articles with (``digest.registry_files`` lists
both). Each file is checked against its shape, then each record before it enters its registry
(``digest.registry_records``); every problem names the file, the line, the record and the field.

Drafting, checks and the site get what they need from the ``Registries`` this returns; nothing
else opens these files. Extraction code deep in drafting reads the vocabularies of the
registries drafting was given (``drafting_with``), through ``drafting_registries``.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from digest import registry_files
from digest.errors import InputError, Problem
from digest.generated_partners import merge_generated
from digest.registry_records import Label, Partner, Province, labels_of, partners_of, provinces_of
from digest.registry_references import reference_problems

V = TypeVar("V")

PROJECT_DIR = Path(__file__).resolve().parent.parent
REGISTRY_DIR = PROJECT_DIR / "registries"
VOCABULARY_DIR = PROJECT_DIR / "vocabularies"

INTERFACE_LANGUAGES = ("en", "vi")


@dataclass(frozen=True)
class Vocabularies:
    """The checked sections drafting reads articles with (their shapes: digest.registry_files).

    numbers: vocabularies/numbers.yaml; roles: vocabularies/roles.yaml; languages:
    vocabularies/languages.yaml; countries: registries/countries.yaml (extra country names);
    figures: the units and measures of registries/measures.yaml with their words; province_words:
    family names and place words of registries/provinces.yaml, by script; demonyms:
    vocabularies/demonyms.yaml; organisations: vocabularies/organisations.yaml.
    """

    numbers: dict[str, Any]
    roles: dict[str, Any]
    languages: dict[str, Any]
    countries: dict[str, Any]
    figures: dict[str, Any]
    province_words: dict[str, Any]
    demonyms: dict[str, Any]
    organisations: dict[str, Any]


@dataclass(frozen=True, eq=False)
class Registries:
    """Everything entries refer to by id, and the words drafting reads articles with (hashed by
    identity: caches key on a loaded set)."""

    provinces: dict[str, Province]
    partners: dict[str, Partner]
    topics: dict[str, Label]
    measures: dict[str, Label]
    units: dict[str, Label]
    outlets: dict[str, str]
    vocabularies: Vocabularies
    # The folder the registries were read from: a check made later names its files and lines.
    folder: Path

    def current_provinces(self) -> list[Province]:
        return [p for p in self.provinces.values() if p.is_current]

    def absorbed_by(self, province_id: str) -> list[Province]:
        return [p for p in self.provinces.values() if p.merged_into == province_id]

    def partner_or_none(self, partner_id: str) -> Partner | None:
        return self.partners.get(partner_id)


def load_registries(
    directory: Path = REGISTRY_DIR, vocabularies: Path = VOCABULARY_DIR
) -> Registries:
    """Read and check every file of ``directory`` (registries) and ``vocabularies`` once,
    reporting all problems of all files at once."""
    folders = {"registries": directory, "vocabularies": vocabularies}
    problems: list[Problem] = []
    documents: dict[str, registry_files.Document] = {}
    for spec in registry_files.EVERY_FILE:
        try:
            documents[spec.name] = registry_files.read(folders[spec.folder] / spec.name, spec)
        except InputError as error:
            problems.extend(error.problems)
    problems += registry_files.unread_files(folders)
    if problems:  # records are checked once every file has its shape
        raise InputError(problems)
    build: dict[str, Callable[[], Any]] = {
        "provinces": lambda: provinces_of(documents[registry_files.PROVINCES.name]),
        "partners": lambda: partners_of(documents[registry_files.PARTNERS.name]),
        "topics": lambda: labels_of(documents[registry_files.TOPICS.name], "topics"),
        "measures": lambda: labels_of(documents[registry_files.MEASURES.name], "measures"),
        "units": lambda: labels_of(documents[registry_files.MEASURES.name], "units"),
    }
    loaded: dict[str, Any] = {}
    for name, make in build.items():
        try:
            loaded[name] = make()
        except InputError as error:
            problems.extend(error.problems)
    if not problems:
        try:
            loaded["partners"] = merge_generated(
                documents[registry_files.GENERATED_PARTNERS.name],
                loaded["partners"],
                loaded["provinces"],
            )
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    problems = reference_problems(documents, loaded["partners"], loaded["units"])
    if problems:
        raise InputError(problems)
    data = {name: document.data for name, document in documents.items()}
    provinces_data = data[registry_files.PROVINCES.name]
    return Registries(
        **loaded,
        folder=directory,
        outlets=dict(data[registry_files.OUTLETS.name]["outlets"] or {}),
        vocabularies=Vocabularies(
            numbers=data[registry_files.NUMBERS.name],
            roles=data[registry_files.ROLES.name],
            languages=data[registry_files.LANGUAGES.name],
            countries=data[registry_files.COUNTRIES.name],
            figures=data[registry_files.MEASURES.name],
            province_words={
                key: provinces_data.get(key) or {} for key in ("family_names", "place_words")
            },
            demonyms=data[registry_files.DEMONYMS.name]["demonyms"] or {},
            organisations=data[registry_files.ORGANISATIONS.name],
        ),
    )


@functools.cache
def default_registries() -> Registries:
    return load_registries(REGISTRY_DIR, VOCABULARY_DIR)


_DRAFTING: ContextVar[Registries | None] = ContextVar("drafting_registries", default=None)


def drafting_registries() -> Registries:
    """The registries drafting reads with: those of ``drafting_with``, else the default ones."""
    return _DRAFTING.get() or default_registries()


@contextlib.contextmanager
def drafting_with(registries: Registries) -> Iterator[None]:
    """Draft with ``registries`` inside this block (extraction code deep in drafting reads
    their vocabularies through ``drafting_registries``)."""
    token = _DRAFTING.set(registries)
    try:
        yield
    finally:
        _DRAFTING.reset(token)


def drafting_cache(function: Callable[..., V]) -> Callable[..., V]:
    """``functools.cache`` for what is compiled from the drafting vocabularies: keyed on the
    registries drafting reads with as well as the arguments."""
    cached = functools.cache(lambda _registries, *args: function(*args))

    @functools.wraps(function)
    def wrapper(*args: Any) -> V:
        return cached(drafting_registries(), *args)

    return wrapper
