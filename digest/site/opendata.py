"""The digest's facts as tables: what /data/ publishes, and the documentation of every column.

``TABLES`` is the single definition of the open data: the CSV and JSON writers, the SQLite
database (``digest.site.opendb``), Datasette's metadata and the site's page documenting the
columns all read it, so that what is documented is what is written.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from digest.registries import Registries
from digest.roles import translate_role
from digest.site.model import EntryPage
from digest.site.urls import page_path


@dataclass(frozen=True)
class Column:
    name: str
    sql: str  # SQLite type, with constraints
    en: str  # what it holds, in English
    vi: str  # the same in Vietnamese
    references: str = ""  # "table(column)" for a foreign key

    def description(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


@dataclass(frozen=True)
class Table:
    name: str
    en: str
    vi: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # primary key
    indexes: tuple[str, ...] = ()  # columns indexed for lookups and facets

    @property
    def csv_file(self) -> str:
        return f"{self.name}.csv"

    def description(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


_DATE_EN = "date as YYYY-MM-DD, empty when the source gives none"
_DATE_VI = "ngày dạng YYYY-MM-DD, để trống khi nguồn không ghi"
_ENTRY = Column("entry", "TEXT NOT NULL", "the entry's slug", "slug của mục", "entries(slug)")
_POSITION = Column("position", "INTEGER NOT NULL", "order in the entry, from 1",
                   "thứ tự trong mục, từ 1")  # fmt: skip

# fmt: off
TABLES: tuple[Table, ...] = (
    Table(
        "provinces",
        "The 34 provincial units since 1 July 2025 and the 29 former ones they absorbed.",
        "34 đơn vị cấp tỉnh từ ngày 1/7/2025 và 29 đơn vị cũ đã sáp nhập vào chúng.",
        (
            Column("id", "TEXT NOT NULL", "identifier, as in the site's addresses",
                   "mã định danh, như trong địa chỉ của trang"),
            Column("name_en", "TEXT NOT NULL", "English name", "tên tiếng Anh"),
            Column("name_vi", "TEXT NOT NULL", "Vietnamese name", "tên tiếng Việt"),
            Column("type", "TEXT NOT NULL", "province or city (centrally governed)",
                   "province (tỉnh) hoặc city (thành phố trực thuộc trung ương)"),
            Column("current", "INTEGER NOT NULL", "1 for a current unit, 0 for a former one",
                   "1 nếu là đơn vị hiện hành, 0 nếu là đơn vị cũ"),
            Column("merged_into", "TEXT", "for a former unit, the current unit it merged into",
                   "với đơn vị cũ, đơn vị hiện hành mà nó được sáp nhập vào", "provinces(id)"),
            Column("entries", "INTEGER NOT NULL", "entries about this unit (current units)",
                   "số mục viết về đơn vị này (đơn vị hiện hành)"),
            Column("url_en", "TEXT", "its page in English", "trang của nó bằng tiếng Anh"),
            Column("url_vi", "TEXT", "its page in Vietnamese", "trang của nó bằng tiếng Việt"),
        ),
        ("id",),
        ("merged_into",),
    ),
    Table(
        "stories",
        "One row per story; a story told in several languages has one entry per edition.",
        "Mỗi câu chuyện một dòng; câu chuyện đăng bằng nhiều ngôn ngữ có một mục cho mỗi bản.",
        (
            Column("id", "TEXT NOT NULL", "the story's identifier (story_id of its entries)",
                   "mã của câu chuyện, chung cho mọi bản của nó"),
            Column("province", "TEXT NOT NULL", "the current unit it is about",
                   "đơn vị hiện hành mà câu chuyện nói về", "provinces(id)"),
            Column("date", "TEXT", f"earliest edition's {_DATE_EN}",
                   f"của bản sớm nhất: {_DATE_VI}"),
            Column("editions", "INTEGER NOT NULL", "number of entries (language editions)",
                   "số mục (bản theo ngôn ngữ)"),
            Column("languages", "TEXT NOT NULL", "ISO 639-1 codes of its editions, space-separated",
                   "mã ISO 639-1 của các bản, cách nhau bởi dấu cách"),
        ),
        ("id",),
        ("province",),
    ),
    Table(
        "entries",
        "One row per entry: one news article about a province's foreign relations.",
        "Mỗi mục một dòng: một bài báo về hoạt động đối ngoại của một tỉnh.",
        (
            Column("slug", "TEXT NOT NULL", "identifier, as in /entries/<slug>/",
                   "mã định danh, như trong địa chỉ trang của mục"),
            Column("story", "TEXT NOT NULL", "the story it is an edition of",
                   "câu chuyện mà mục này là một bản", "stories(id)"),
            Column("lang", "TEXT NOT NULL", "ISO 639-1 code of the article's language",
                   "mã ISO 639-1 của ngôn ngữ bài báo"),
            Column("title", "TEXT NOT NULL", "headline in the article's language",
                   "tiêu đề bằng ngôn ngữ của bài báo"),
            Column("headline_en", "TEXT", "the editors' headline in English, empty if none",
                   "tiêu đề tiếng Anh do biên tập viên viết, để trống nếu chưa có"),
            Column("headline_vi", "TEXT", "the editors' headline in Vietnamese, empty if none",
                   "tiêu đề tiếng Việt do biên tập viên viết, để trống nếu chưa có"),
            Column("summary_en", "TEXT", "the editors' summary in English, empty if none",
                   "tóm tắt tiếng Anh do biên tập viên viết, để trống nếu chưa có"),
            Column("summary_vi", "TEXT", "the editors' summary in Vietnamese, empty if none",
                   "tóm tắt tiếng Việt do biên tập viên viết, để trống nếu chưa có"),
            Column("date", "TEXT", f"publication {_DATE_EN}", f"ngày đăng: {_DATE_VI}"),
            Column("added", "TEXT NOT NULL", "date the entry was drafted, YYYY-MM-DD",
                   "ngày soạn mục, YYYY-MM-DD"),
            Column("status", "TEXT NOT NULL", "draft (facts not yet checked) or reviewed",
                   "draft (chưa kiểm tra) hoặc reviewed (đã kiểm tra)"),
            Column("province", "TEXT NOT NULL", "the current unit the article is about",
                   "đơn vị hiện hành mà bài báo nói về", "provinces(id)"),
            Column("province_as_written", "TEXT NOT NULL",
                   "the unit whose name the article used (may be a former one)",
                   "đơn vị mà bài báo dùng tên (có thể là đơn vị cũ)", "provinces(id)"),
            Column("outlet", "TEXT", "the newspaper that published it, empty if unknown",
                   "tờ báo đăng bài, để trống nếu không rõ"),
            Column("source_url", "TEXT", "the original article, empty if unknown",
                   "bài gốc, để trống nếu không rõ"),
            Column("topics", "TEXT NOT NULL", "topic ids, space-separated",
                   "mã chủ đề, cách nhau bởi dấu cách"),
            Column("url_en", "TEXT NOT NULL", "its page in English",
                   "trang của mục bằng tiếng Anh"),
            Column("url_vi", "TEXT NOT NULL", "its page in Vietnamese",
                   "trang của mục bằng tiếng Việt"),
        ),
        ("slug",),
        ("story", "province", "lang", "date"),
    ),
    Table(
        "partners",
        "One row per entry and foreign partner it names.",
        "Mỗi cặp mục và đối tác nước ngoài được nêu một dòng.",
        (
            _ENTRY,
            Column("partner", "TEXT NOT NULL", "partner id (a country is its ISO 3166-1 code)",
                   "mã đối tác (quốc gia là mã ISO 3166-1)"),
            Column("kind", "TEXT NOT NULL",
                   "country, region, city, district, organisation, company or media",
                   "country, region, city, district, organisation, company hoặc media"),
            Column("country", "TEXT", "the partner's country, ISO 3166-1 alpha-2; empty for an "
                   "international organisation",
                   "quốc gia của đối tác, ISO 3166-1 alpha-2; để trống với tổ chức quốc tế"),
            Column("name_en", "TEXT NOT NULL", "English name", "tên tiếng Anh"),
            Column("name_vi", "TEXT NOT NULL", "Vietnamese name", "tên tiếng Việt"),
        ),
        ("entry", "partner"),
        ("partner", "country"),
    ),
    Table(
        "figures",
        "One row per quantity an entry reports.",
        "Mỗi số liệu mà một mục nêu một dòng.",
        (
            _ENTRY,
            _POSITION,
            Column("value", "REAL NOT NULL", "the number, with a dot for decimals",
                   "con số, phần thập phân sau dấu chấm"),
            Column("unit", "TEXT NOT NULL", "ISO 4217 currency code or a unit id (count, "
                   "person, tonne…)", "mã tiền tệ ISO 4217 hoặc mã đơn vị (count, person, tonne…)"),
            Column("what", "TEXT NOT NULL", "measure id: what the number counts",
                   "mã chỉ tiêu: con số đếm gì"),
            Column("approx", "INTEGER NOT NULL", "1 when the article says over, about, nearly",
                   "1 khi bài viết nói hơn, khoảng, gần"),
            Column("per", "TEXT", "what a rate is per (day, week, month, year, person); empty "
                   "when the figure is not a rate",
                   "tính theo (day, week, month, year, person); để trống khi không phải tỷ lệ"),
            Column("since", "INTEGER", "the year a running total starts, where the article "
                   "gives it", "năm bắt đầu tính của một số cộng dồn, nếu bài báo nêu"),
        ),
        ("entry", "position"),
        ("what",),
    ),
    Table(
        "people",
        "One row per person an entry names with a role.",
        "Mỗi người được một mục nêu tên cùng chức vụ một dòng.",
        (
            _ENTRY,
            _POSITION,
            Column("name", "TEXT NOT NULL", "as the article writes it", "như bài báo viết"),
            Column("name_latin", "TEXT NOT NULL", "in Latin letters", "bằng chữ Latinh"),
            Column("role", "TEXT NOT NULL", "role, in English", "chức vụ, bằng tiếng Anh"),
            Column("role_vi", "TEXT", "role, in Vietnamese; empty in a draft whose role the "
                   "roles vocabulary cannot read", "chức vụ, bằng tiếng Việt; để trống ở bản "
                   "nháp có chức vụ mà từ vựng chức vụ không đọc được"),
        ),
        ("entry", "position"),
        ("name_latin",),
    ),
)

# fmt: on

TABLE_BY_NAME = {table.name: table for table in TABLES}
# Tables whose rows belong to one entry (its slug first).
ENTRY_TABLES = ("entries", "partners", "figures", "people")
Row = tuple[Any, ...]


def _date(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def build_rows(
    registries: Registries,
    entries: Iterable[EntryPage],
    page_url: Callable[[str, str], str],
) -> dict[str, list[Row]]:
    """Every table's rows, sorted by key; ``page_url(path, lang)`` is a page's absolute URL."""
    entries = sorted(entries, key=lambda page: page.entry.slug)
    counts: dict[str, int] = {}
    stories: dict[str, list[Any]] = {}
    rows: dict[str, list[Row]] = {table.name: [] for table in TABLES}
    for page in entries:
        e = page.entry
        counts[e.province] = counts.get(e.province, 0) + 1
        stories.setdefault(e.story_id, []).append(e)
        rows["entries"].append((
            e.slug, e.story_id, e.lang, e.title,
            e.headline_in("en") or None, e.headline_in("vi") or None,
            e.summary_in("en") or None, e.summary_in("vi") or None,
            _date(e.date), e.added.isoformat(), e.status,
            e.province, e.province_as_written, e.outlet, e.source_url, " ".join(e.topics),
            page_url(page.path, "en"), page_url(page.path, "vi"),
        ))  # fmt: skip
        for partner_id in sorted(e.partners):
            p = registries.partners[partner_id]
            rows["partners"].append((e.slug, p.id, p.kind, p.country, p.name_en, p.name_vi))
        for n, f in enumerate(e.figures, 1):
            rows["figures"].append(
                (e.slug, n, f.value, f.unit, f.what, int(f.approx), f.per, f.since)
            )
        for n, person in enumerate(e.people, 1):
            role_vi = person.role_in("vi") or translate_role(person.role, "vi", registries)
            rows["people"].append(
                (e.slug, n, person.name, person.name_latin, person.role, role_vi or None)
            )
    for story_id in sorted(stories):
        editions = stories[story_id]
        dates = sorted(e.date for e in editions if e.date is not None)
        rows["stories"].append((
            story_id, editions[0].province, _date(dates[0]) if dates else None, len(editions),
            " ".join(sorted({e.lang for e in editions})),
        ))  # fmt: skip
    for p in sorted(registries.provinces.values(), key=lambda p: p.id):
        path = page_path("province", p.id)
        rows["provinces"].append((
            p.id, p.name_en, p.name_vi, p.type, int(p.is_current), p.merged_into,
            counts.get(p.id, 0),
            page_url(path, "en") if p.is_current else None,
            page_url(path, "vi") if p.is_current else None,
        ))  # fmt: skip
    return rows


def to_csv(table: Table, rows: Iterable[Row]) -> str:
    """RFC 4180 CSV with a header, LF line ends, empty for null, numbers as Python writes them."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(column.name for column in table.columns)
    writer.writerows(rows)
    return out.getvalue()


def as_records(table: Table, rows: Iterable[Row]) -> list[dict[str, Any]]:
    names = [column.name for column in table.columns]
    return [dict(zip(names, row, strict=True)) for row in rows]


def to_json(value: Any) -> str:
    # Not indented: an indent turns off the json module's C encoder, which made writing the
    # 11,500 data files of a 10,000-entry site a tenth of its build.
    return json.dumps(value, ensure_ascii=False) + "\n"


def entries_json(rows: dict[str, list[Row]]) -> str:
    """entries.json: each entry with its partners, figures and people nested in it."""
    nested: dict[str, dict[str, list[dict[str, Any]]]] = {
        slug: {"partners": [], "figures": [], "people": []}
        for slug, *_ in rows["entries"]
    }  # fmt: skip
    for name in ("partners", "figures", "people"):
        for record in as_records(TABLE_BY_NAME[name], rows[name]):
            nested[record.pop("entry")][name].append(record)
    records = [
        {**record, **nested[record["slug"]]}
        for record in as_records(TABLE_BY_NAME["entries"], rows["entries"])
    ]
    return to_json(records)


def rows_by_entry(rows: dict[str, list[Row]]) -> dict[str, dict[str, list[Row]]]:
    """Each entry's own rows in the entry tables, to write one page's data without a scan."""
    by_entry: dict[str, dict[str, list[Row]]] = {
        row[0]: {name: [] for name in ENTRY_TABLES} for row in rows["entries"]
    }
    for name in ENTRY_TABLES:
        for row in rows[name]:
            by_entry[row[0]][name].append(row)
    return by_entry


class OwnRows:
    """The JSON of the rows that belong to a set of entries (one page's own data), for many
    files, each entry's records encoded once.

    An entry's rows are in its own file, its province's and each of its partners': about four
    files, each of which encoded them afresh. The json module writes a list as its items'
    encodings joined by ", " inside brackets (and an object likewise), so the files are put
    together from each entry's encoded records: the same bytes as encoding the chosen rows at
    once (tests/test_opendata.py compares them)."""

    def __init__(self, by_entry: dict[str, dict[str, list[Row]]]) -> None:
        self.by_entry = by_entry
        self._encoded: dict[str, tuple[str, ...]] = {}

    def _records(self, slug: str) -> tuple[str, ...]:
        """Per entry table, the entry's records encoded and joined ("" if it has none)."""
        encoded = self._encoded.get(slug)
        if encoded is None:
            rows = self.by_entry[slug]
            encoded = self._encoded[slug] = tuple(
                ", ".join(json.dumps(record, ensure_ascii=False)
                          for record in as_records(TABLE_BY_NAME[name], rows[name]))
                for name in ENTRY_TABLES
            )  # fmt: skip
        return encoded

    def about(self, slugs: Iterable[str]) -> str:
        """The JSON of the rows of the entries ``slugs``, by entry table."""
        chosen = [self._records(slug) for slug in sorted(slugs)]
        tables = []
        for index, name in enumerate(ENTRY_TABLES):
            records = ", ".join(entry[index] for entry in chosen if entry[index])
            tables.append(f"{json.dumps(name)}: [{records}]")
        return "{" + ", ".join(tables) + "}\n"
