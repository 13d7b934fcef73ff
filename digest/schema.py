"""The entry schema: every front-matter field, defined once, validated with messages for editors.

``FIELDS`` is the single definition: each field names its checker and, when optional, its default;
validation walks it, ``docs/schema.md`` is generated from it (``invoke docs``), and tests fail when
the page or the ``Entry`` dataclass disagrees with it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import babel

from digest.errors import InputError, Problem, unprintable_name
from digest.frontmatter import EntryFile
from digest.registries import INTERFACE_LANGUAGES, Registries
from digest.roles import translate_role
from digest.untrusted import MAX_SLUG_LENGTH, invisible, is_slug, unwanted_character
from digest.untrusted import SLUG as SLUG_FULL_MATCH
from digest.yamlhints import describe as _describe

# The measure drafting writes when it cannot tell what a figure counts; never published.
UNNAMED_MEASURE = "other"
# The slug pattern as JSON Schema writes it (ECMA-262, where `$` is the very end); Python
# checks slugs with digest.untrusted.is_slug (a full match: `$` would let "x\n" pass).
SLUG = re.compile(rf"^{SLUG_FULL_MATCH.pattern}$")
STATUSES = ("draft", "reviewed")
# Texts are shown on every list an entry is in, in both interfaces and their feeds: a title of
# 200 KB would be copied hundreds of times. Lists are bounded for the same reason.
MAX_TEXT_LENGTH = {"title": 300, "headline": 300, "summary": 1500}
MAX_URL_LENGTH = 2000
MAX_OTHER_TEXT_LENGTH = 300
MAX_LIST_ITEMS = 50
# Figures count delegations, money and goods: anything larger is a typo (and Babel overflows
# formatting numbers past 10^27).
MAX_FIGURE = 10**18


# A field's checker: the _Validator method that returns the clean value, or None after recording
# a problem.
Checker = Callable[["_Validator", str, Any], Any]


@dataclass(frozen=True)
class FieldSpec:
    """One front-matter field: what docs/schema.md says about it and how validation checks it."""

    name: str
    type: str
    help: str
    example: str
    check: Checker
    # What an entry holds when the field is left out; a field without a default is required.
    default: tuple[()] | None = None

    @property
    def required(self) -> bool:
        return self.default is None


FIGURE_KEYS = ("value", "unit", "what", "approx")
# Optional keys of a figure: what a rate is per, and the year a running total starts.
FIGURE_PERIOD_KEYS = ("per", "since")
FIGURE_PER = ("day", "week", "month", "year", "person")
# A running total starts in a year of the digest's sources, not before modern Vietnam.
EARLIEST_SINCE = 1945
# How far a date in Vietnam may run ahead of the UTC date on the machine that drafts or checks.
_CALENDARS_APART = dt.timedelta(days=1)
PERSON_KEYS = ("name", "name_latin", "role")


@dataclass(frozen=True)
class Figure:
    value: int | float
    unit: str
    what: str
    approx: bool
    per: str | None = None  # a rate's basis: "month" for 25 million dong a month
    since: int | None = None  # a running total's first year: 2020 for 536 delegations since 2020


@dataclass(frozen=True)
class Person:
    name: str
    name_latin: str
    role: str  # in English
    # The role in other interface languages, as the editor wrote it: (language, text) pairs.
    role_written: tuple[tuple[str, str], ...] = ()

    def role_in(self, lang: str) -> str:
        """The role as the editor wrote it in ``lang``, or "" when not written."""
        return self.role if lang == "en" else dict(self.role_written).get(lang, "")


@dataclass(frozen=True)
class Entry:
    slug: str
    lang: str
    title: str
    date: dt.date | None
    added: dt.date
    outlet: str | None
    source_url: str | None
    seed: str
    story_id: str
    province: str
    province_as_written: str
    provinces: tuple[str, ...]
    partners: tuple[str, ...]
    figures: tuple[Figure, ...]
    people: tuple[Person, ...]
    topics: tuple[str, ...]
    status: str
    needs_review: tuple[str, ...] = field(default=())
    # (interface language, text) pairs: a tuple keeps the entry hashable and its order stable.
    headline: tuple[tuple[str, str], ...] = field(default=())
    summary: tuple[tuple[str, str], ...] = field(default=())

    def headline_in(self, lang: str) -> str:
        """The headline in interface language ``lang``, or "" when none is written."""
        return dict(self.headline).get(lang, "")

    def summary_in(self, lang: str) -> str:
        """The summary in interface language ``lang``, or "" when none is written."""
        return dict(self.summary).get(lang, "")

    @property
    def sort_date(self) -> dt.date:
        return self.date or self.added


class _Validator:
    """Checks one entry file against FIELDS and the registries, collecting every problem."""

    def __init__(self, entry_file: EntryFile, registries: Registries) -> None:
        self.file = entry_file
        self.data = entry_file.data
        self.registries = registries
        self.problems: list[Problem] = []

    def fail(self, key_path: str, message: str, line: int | None = None) -> None:
        line = self.file.line_of(key_path) if line is None else line
        self.problems.append(Problem(self.file.path, message, field=key_path, line=line))

    def value(self, spec: FieldSpec) -> Any:
        """The clean value of ``spec``'s field; its default when left out of an optional one."""
        if spec.name not in self.data:
            if spec.required:
                self.problems.append(
                    Problem(self.file.path, f"missing; expected {spec.type}", field=spec.name)
                )
            return spec.default
        return spec.check(self, spec.name, self.data[spec.name])

    # Field checkers: each returns the clean value, or None after recording a problem.

    def text(self, key: str, value: Any) -> str | None:
        if isinstance(value, str) and not invisible(value):
            unwanted = unwanted_character(value)
            if unwanted is not None:
                self.fail(key, f"holds a control or invalid character ({unwanted}); delete it")
                return None
            limit = MAX_TEXT_LENGTH.get(key.split(".")[0], MAX_OTHER_TEXT_LENGTH)
            if len(value) > limit:
                self.fail(key, f"is {len(value):,} characters long; at most {limit:,} fit here")
                return None
            return value.strip()
        if isinstance(value, str) and value.strip():
            self.fail(key, "expected text, found only invisible characters (zero-width spaces…)")
            return None
        self.fail(key, f"expected text, found {_describe(value)}")
        return None

    def file_name(self, key: str, value: Any) -> str | None:
        """The name of a file in seeds/, never a path: `/etc/passwd` must not pass as found."""
        name = self.text(key, value)
        if name is None:
            return None
        if "/" in name or "\\" in name or name.startswith(".") or unprintable_name(name):
            self.fail(
                key,
                f"expected the name of a file in seeds/, without folders, found {_describe(name)}",
            )
            return None
        return name

    def optional_text(self, key: str, value: Any) -> str | None:
        return None if value is None else self.text(key, value)

    def blank_or_text(self, key: str, value: Any) -> str | None:
        """Text, or "" for a value left empty (null or ''); None after recording a problem."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return ""
        return self.text(key, value)

    def slug(self, key: str, value: Any) -> str | None:
        if is_slug(value):
            return value
        if isinstance(value, str) and SLUG.fullmatch(value):
            self.fail(
                key,
                f"is {len(value)} characters long; at most {MAX_SLUG_LENGTH} (it becomes an "
                f"address and a folder name)",
            )
            return None
        self.fail(
            key, f"expected lowercase ASCII letters, digits and hyphens, found {_describe(value)}"
        )
        return None

    def lang(self, key: str, value: Any) -> str | None:
        if isinstance(value, str) and babel.localedata.exists(value) and len(value) == 2:
            return value
        self.fail(
            key, f"expected an ISO 639-1 language code such as 'de', found {_describe(value)}"
        )
        return None

    def date(self, key: str, value: Any) -> dt.date | None:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        self.fail(key, f"expected a real date written YYYY-MM-DD, found {_describe(value)}")
        return None

    def optional_date(self, key: str, value: Any) -> dt.date | None:
        return None if value is None else self.date(key, value)

    def url(self, key: str, value: Any) -> str | None:
        if value is None:
            return None
        try:
            parts = urlsplit(value) if isinstance(value, str) else None
        except ValueError:  # "http://[::1.x/a": an unclosed IPv6 bracket
            parts = None
        if (
            parts is not None
            and parts.scheme in ("http", "https")
            and "." in parts.netloc
            and unwanted_character(value) is None
        ):
            if len(value) > MAX_URL_LENGTH:
                self.fail(key, f"is {len(value):,} characters long; at most {MAX_URL_LENGTH:,}")
                return None
            return value
        self.fail(key, f"expected an http(s) URL or null, found {_describe(value)}")
        return None

    def status(self, key: str, value: Any) -> str | None:
        if value in STATUSES:
            return value
        self.fail(key, f"expected one of {', '.join(STATUSES)}, found {_describe(value)}")
        return None

    def province(self, key: str, value: Any, *, current: bool = True) -> str | None:
        known = self.registries.provinces
        found = known.get(value) if isinstance(value, str) else None
        if found is not None and (found.is_current or not current):
            return value
        if found is not None:
            self.fail(
                key, f"{value!r} is a former unit; expected its current unit {found.merged_into!r}"
            )
            return None
        self.fail(key, _unknown("province id", value, known))
        return None

    def any_province(self, key: str, value: Any) -> str | None:
        return self.province(key, value, current=False)

    def id_list(self, key: str, value: Any, check: Callable[[str, Any], Any]) -> tuple[Any, ...]:
        if value is None:
            value = []
        if not isinstance(value, list):
            self.fail(key, f"expected a list, found {_describe(value)}")
            return ()
        if len(value) > MAX_LIST_ITEMS:
            # Each item may cost a search of the registries for a suggestion, and each partner
            # is a page the entry is listed on.
            self.fail(key, f"has {len(value):,} items; at most {MAX_LIST_ITEMS} fit here")
            return ()
        items = [check(f"{key}.{index}", item) for index, item in enumerate(value)]
        first: dict[str, int] = {}
        for index, item in enumerate(items):
            if isinstance(item, str) and first.setdefault(item, index) != index:
                # An id listed twice would count the entry twice on that id's page.
                self.fail(f"{key}.{index}", f"{item!r} is listed twice (also item {first[item]}); "
                                            "delete one")  # fmt: skip
        return tuple(item for item in items if item is not None)

    def known(self, table: dict[str, Any], what: str) -> Callable[[str, Any], Any]:
        def check(key: str, value: Any) -> Any:
            if isinstance(value, str) and value in table:
                return value
            self.fail(key, _unknown(what, value, table))
            return None

        return check

    def province_ids(self, key: str, value: Any) -> tuple[str, ...]:
        return self.id_list(key, value, self.province)

    def partner_ids(self, key: str, value: Any) -> tuple[str, ...]:
        return self.id_list(key, value, self.known(self.registries.partners, "partner id"))

    def topic_ids(self, key: str, value: Any) -> tuple[str, ...]:
        return self.id_list(key, value, self.known(self.registries.topics, "topic id"))

    def figures(self, key: str, value: Any) -> tuple[Figure, ...]:
        return self.id_list(key, value, self.figure)

    def people(self, key: str, value: Any) -> tuple[Person, ...]:
        return self.id_list(key, value, self.person)

    def figure(self, key: str, value: Any) -> Figure | None:
        if not isinstance(value, dict):
            self.fail(key, f"expected {{value, unit, what, approx}}, found {_describe(value)}")
            return None
        problems_before = len(self.problems)
        self.unknown_keys(key, value, (*FIGURE_KEYS, *FIGURE_PERIOD_KEYS))
        number = value.get("value")
        if not _is_plain_number(number):
            self.fail(
                f"{key}.value",
                f"expected a plain number such as 1549 or 2.08, found {_describe(number)}",
            )
        elif abs(number) >= MAX_FIGURE:
            self.fail(f"{key}.value", f"expected a number below 10^18, found {_describe(number)}")
        elif number < 0:  # every measure counts things, people or an amount, or is a share
            self.fail(f"{key}.value", f"expected zero or more, found {number}; a "
                                      f"figure counts, or says how much")  # fmt: skip
        unit = value.get("unit")
        if not _is_unit(unit, self.registries):
            self.fail(
                f"{key}.unit",
                f"expected an ISO 4217 currency code or one of "
                f"{', '.join(self.registries.units)}, found "
                f"{_describe(unit)}",
            )
        what = value.get("what")
        if not isinstance(what, str) or what not in self.registries.measures:
            self.fail(f"{key}.what", _unknown("measure id", what, self.registries.measures))
        approx = value.get("approx", False)
        if not isinstance(approx, bool):
            self.fail(f"{key}.approx", f"expected true or false, found {_describe(approx)}")
        per = value.get("per")
        if per is not None and per not in FIGURE_PER:
            self.fail(f"{key}.per", _unknown("basis", per, dict.fromkeys(FIGURE_PER)))
        since = value.get("since")
        if since is not None and not (
            type(since) is int and EARLIEST_SINCE <= since <= dt.date.today().year
        ):
            self.fail(
                f"{key}.since",
                f"expected a year from {EARLIEST_SINCE} to this year such as 2020, "
                f"found {_describe(since)}",
            )
        if len(self.problems) > problems_before:
            return None
        return Figure(value=number, unit=unit, what=what, approx=approx, per=per, since=since)

    def person(self, key: str, value: Any) -> Person | None:
        if not isinstance(value, dict):
            self.fail(key, f"expected {{name, name_latin, role}}, found {_describe(value)}")
            return None
        problems_before = len(self.problems)
        self.unknown_keys(key, value, PERSON_KEYS)
        name = self.text(f"{key}.name", value.get("name"))
        latin = self.blank_or_text(f"{key}.name_latin", value.get("name_latin"))
        written: tuple[tuple[str, str], ...] = ()
        if isinstance(value.get("role"), dict):
            written = self.localized(f"{key}.role", value["role"])
            role = dict(written).get("en")
            if role is None:
                self.fail(f"{key}.role.en", "expected the role in English too (en: ...)")
            written = tuple((lang, text) for lang, text in written if lang != "en")
        else:
            role = self.blank_or_text(f"{key}.role", value.get("role"))
        if len(self.problems) > problems_before or name is None:
            return None
        return Person(name=name, name_latin=latin or name, role=role or "", role_written=written)

    def unknown_keys(self, key: str, value: dict[Any, Any], allowed: tuple[str, ...]) -> None:
        """Report keys of a figure or person that nothing reads (a typo would be dropped)."""
        for name in value:
            if name not in allowed:
                expected = f" (expected {', '.join(allowed)})"
                self.fail(f"{key}.{name}", _unknown_name("key", name, allowed) + expected)

    def localized(self, key: str, value: Any) -> tuple[tuple[str, str], ...]:
        """A mapping of interface language to text, as sorted (language, text) pairs."""
        if value is None:
            return ()
        if not isinstance(value, dict):
            self.fail(
                key,
                f"expected a mapping such as {{en: ..., vi: ...}}, found {_describe(value)}",
            )
            return ()
        pairs = []
        for lang, text in value.items():
            if lang not in INTERFACE_LANGUAGES:
                allowed = f" (expected {', '.join(INTERFACE_LANGUAGES)})"
                self.fail(
                    f"{key}.{lang}", _unknown_name("language", lang, INTERFACE_LANGUAGES) + allowed
                )
                continue
            if text is None or (isinstance(text, str) and not text.strip()):
                continue
            clean = self.text(f"{key}.{lang}", text)
            if clean is not None:
                pairs.append((lang, clean))
        return tuple(sorted(pairs))

    def needs_review(self, key: str, value: Any) -> tuple[str, ...]:
        return self.id_list(key, value, self.known({n: n for n in FIELD_NAMES}, "field name"))

    def unknown_fields(self) -> None:
        for key in self.data:
            if isinstance(key, str):
                if key not in FIELD_NAMES:
                    self.fail(key, _unknown_name("field", key, FIELD_NAMES))
                continue
            written, line = self.file.written_key(key)
            message = f"a field name YAML reads as {_describe(key)}; write a field's name"
            self.fail(written, message, line=line)

    def repeated_keys(self) -> None:
        for repeated in self.file.repeated:
            self.fail(
                repeated.key_path,
                f"written twice (also on line {repeated.first_line}); YAML keeps only the last "
                f"value without a word: delete one",
                line=repeated.line,
            )


# Walked in this order by validate, and listed in this order by docs/schema.md.
FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "slug",
        "text: lowercase ASCII letters, digits, hyphens",
        "The entry's address: /entries/<slug>/. Never change it once published.",
        "lai-chau-mo-rong-hoi-nhap-pl",
        check=_Validator.slug,
    ),
    FieldSpec(
        "lang",
        "text: ISO 639-1 code",
        "The language the article is written in.",
        "pl",
        check=_Validator.lang,
    ),
    FieldSpec(
        "title",
        "text",
        "The headline in the article's language; drafted when the source has none.",
        "Lai Chau: rozszerzanie integracji",
        check=_Validator.text,
    ),
    FieldSpec(
        "date",
        "date (YYYY-MM-DD) or null",
        "Publication date as stated by the source; null when no date is given.",
        "2025-11-15",
        check=_Validator.optional_date,
    ),
    FieldSpec(
        "added",
        "date (YYYY-MM-DD)",
        "When the entry was drafted. Feeds use it in their stable ids and as an undated "
        "article's Atom `updated`; lists never sort or date by it; never change it.",
        "2026-11-24",
        check=_Validator.date,
    ),
    FieldSpec(
        "outlet",
        "text or null",
        "The newspaper that first published the article.",
        "Báo Lai Châu",
        check=_Validator.optional_text,
    ),
    FieldSpec(
        "source_url",
        "http(s) URL or null",
        "The original article.",
        "https://baolaichau.vn/xa-hoi/lai-chau-568181",
        check=_Validator.url,
    ),
    FieldSpec(
        "seed",
        "text: a file name in seeds/",
        "The raw article this entry was drafted from.",
        "000_d7fa17ec912c2079.txt",
        check=_Validator.file_name,
    ),
    FieldSpec(
        "story_id",
        "text: lowercase ASCII slug",
        "Editions of one story in several languages share it and link to each other.",
        "lai-chau-mo-rong-hoi-nhap",
        check=_Validator.slug,
    ),
    FieldSpec(
        "province",
        "province id (current unit)",
        "The Vietnamese unit the article is about, as it exists since 1 July 2025.",
        "tuyen-quang",
        check=_Validator.province,
    ),
    FieldSpec(
        "province_as_written",
        "province id (current or former unit)",
        "The unit whose name the article used; a former unit resolves to `province`.",
        "ha-giang",
        check=_Validator.any_province,
    ),
    FieldSpec(
        "provinces",
        "list of province ids (current units)",
        "Every unit the article mentions, including `province`.",
        "[lang-son, quang-ninh, cao-bang]",
        check=_Validator.province_ids,
    ),
    FieldSpec(
        "partners",
        "list of partner ids",
        "Foreign countries, localities and organisations (registries/partners.yaml, "
        "countries by ISO code).",
        "[cn-guangxi, fr-cnam]",
        check=_Validator.partner_ids,
    ),
    FieldSpec(
        "figures",
        "list of {value, unit, what, approx, per?, since?}",
        "Quantities from the article: value is a plain number, unit an ISO 4217 code or "
        "one of registries/measures.yaml's units, what a measure id, approx true for "
        "'over / nearly / about'; where the article gives them, per the basis of a rate "
        "(day, week, month, year, person) and since the year a running total starts. "
        "Figures of one measure, unit, per and since are shown as a range, never summed.",
        "[{value: 173, unit: count, what: delegations_sent, approx: false, since: 2020}]",
        check=_Validator.figures,
    ),
    FieldSpec(
        "people",
        "list of {name, name_latin, role}",
        "People quoted or named with a role; role in English, or {en: ..., vi: ...} where "
        "the roles vocabulary cannot put it into every interface language (a reviewed entry "
        "must then give it in each).",
        "[{name: Trinh Tuyet Mai, name_latin: Trinh Tuyet Mai, "
        "role: Director of the Department of Foreign Affairs}]",
        check=_Validator.people,
    ),
    FieldSpec(
        "topics",
        "list of topic ids",
        "Subjects from registries/topics.yaml.",
        "[border, trade]",
        check=_Validator.topic_ids,
    ),
    FieldSpec(
        "headline",
        "mapping {en: text, vi: text}",
        "The story's headline in each interface language, written (or checked) by the editor; "
        "lists, feeds and search show it. Required in every interface language once reviewed.",
        "{en: Lai Chau's foreign ties bring seasonal jobs in Korea, vi: Lai Châu mở rộng đối "
        "ngoại, đưa lao động sang Hàn Quốc}",
        check=_Validator.localized,
        default=(),
    ),
    FieldSpec(
        "summary",
        "mapping {en: text, vi: text}",
        "One to three sentences in each interface language saying what happened: who, with "
        "whom, the main figures. Required in every interface language once reviewed.",
        "{en: Lai Chau has signed five agreements with Korean localities..., vi: Lai Châu đã "
        "ký 5 thỏa thuận hợp tác với các địa phương Hàn Quốc...}",
        check=_Validator.localized,
        default=(),
    ),
    FieldSpec(
        "status",
        "draft | reviewed",
        "`draft` until an editor has checked every fact against the source.",
        "draft",
        check=_Validator.status,
    ),
    FieldSpec(
        "needs_review",
        "list of field names",
        "Fields the drafting could not establish with confidence.",
        "[title, date]",
        check=_Validator.needs_review,
        default=(),
    ),
)
FIELD_NAMES = frozenset(spec.name for spec in FIELDS)


def validate(entry_file: EntryFile, registries: Registries) -> Entry:
    """The entry in ``entry_file``, or an InputError listing every problem in it."""
    v = _Validator(entry_file, registries)
    values: dict[str, Any] = {spec.name: v.value(spec) for spec in FIELDS}
    v.unknown_fields()
    v.repeated_keys()
    _check_consistency(v, values)
    if v.problems:
        raise InputError(v.problems)
    return Entry(**values)


def _check_consistency(v: _Validator, values: dict[str, Any]) -> None:
    province, written = values["province"], values["province_as_written"]
    if province and written:
        current = v.registries.provinces[written].current_id
        if current != province:
            v.fail(
                "province_as_written",
                f"{written!r} belongs to {current!r}, but province is {province!r}",
            )
    if province and values["provinces"] is not None and province not in values["provinces"]:
        v.fail("provinces", f"expected the list to include the entry's province {province!r}")
    _check_dates(v, values["date"], values["added"])
    if values["status"] == "reviewed":
        _check_reviewed(v, values)


def _check_dates(v: _Validator, date: dt.date | None, added: dt.date | None) -> None:
    """Dates no article can have: before the digest's period, or after the day it was added
    (one day allowed: Vietnam's calendar runs seven hours ahead of UTC); and an entry cannot be
    added in the future."""
    today = dt.date.today()
    if added is not None and added > today + _CALENDARS_APART:
        v.fail("added", f"{added} is in the future; it is the day the entry was drafted")
    if date is None:
        return
    if date.year < EARLIEST_SINCE:
        v.fail("date", f"{date} is before {EARLIEST_SINCE}, the start of the digest's period")
    elif added is not None and date > added + _CALENDARS_APART:
        v.fail(
            "date",
            f"{date} is after the entry was added ({added}): an article is published before "
            "it is added; check the year",
        )


def _check_reviewed(v: _Validator, values: dict[str, Any]) -> None:
    """What an editor must have written before an entry is published as reviewed."""
    for name in ("headline", "summary"):
        written = dict(values[name] or ())
        for lang in INTERFACE_LANGUAGES:
            if lang not in written:
                line = v.file.line_of(name) if name in v.data else v.file.line_of("status")
                v.fail(
                    f"{name}.{lang}",
                    f"a reviewed entry needs its {name} in {lang!r}; write it, or set "
                    f"status: draft",
                    line=line,
                )
    for index, person in enumerate(values["people"] or ()):
        for lang in INTERFACE_LANGUAGES:
            if person.role and not (
                person.role_in(lang) or translate_role(person.role, lang, v.registries)
            ):
                v.fail(
                    f"people.{index}.role.{lang}",
                    f"a reviewed entry shows each role in every interface language, and the "
                    f"roles vocabulary cannot put {person.role!r} into {lang!r}: write "
                    f"role: {{en: ..., {lang}: ...}}",
                )
    for index, figure in enumerate(values["figures"] or ()):
        if figure.what == UNNAMED_MEASURE:
            v.fail(
                f"figures.{index}.what",
                f"a reviewed entry cannot publish a figure without a measure "
                f"(what: {UNNAMED_MEASURE}); name what {figure.value} counts, or remove it",
            )


def _is_plain_number(value: Any) -> bool:
    """An int or a finite float: not a boolean, not .nan or .inf."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if isinstance(value, int):
        return True  # math.isfinite would overflow on 400 digits
    return math.isfinite(value)


def _is_unit(unit: Any, registries: Registries) -> bool:
    if not isinstance(unit, str):
        return False
    return unit in registries.units or (unit.isupper() and unit in currency_codes())


@functools.cache
def currency_codes() -> frozenset[str]:
    return frozenset(babel.Locale("en").currencies)


def _unknown_name(what: str, name: Any, allowed: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(name), list(allowed), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"unknown {what}{hint}"


def _unknown(what: str, value: Any, table: dict[str, Any]) -> str:
    close = difflib.get_close_matches(str(value), list(table), n=1) if value is not None else []
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"unknown {what} {_describe(value)}{hint}"


__all__ = ["FIELDS", "Entry", "FieldSpec", "Figure", "Person", "validate"]
