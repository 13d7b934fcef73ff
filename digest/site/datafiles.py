"""Writing /data/: the tables as CSV, entries.json, digest.db, Datasette's metadata, the entry
schema, and each province's, partner's and entry's own rows, each only when its rows changed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from digest.registries import Registries
from digest.schema_json import json_schema
from digest.site.fingerprint import fingerprint
from digest.site.model import EntryPage, SiteModel
from digest.site.opendata import (
    TABLES,
    OwnRows,
    Row,
    build_rows,
    entries_json,
    rows_by_entry,
    to_csv,
    to_json,
)
from digest.site.opendb import DATABASE, metadata, write_database
from digest.site.output import OutputWriter
from digest.site.urls import DATA_FOLDER, own_rows_file

# The licence the published data is offered under (Datasette shows it with every table).
DATA_LICENCE = ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")


def write_data(
    output: OutputWriter,
    model: SiteModel,
    facts: Mapping[str, str],
    registries: Registries,
    page_url: Callable[[str, str], str],
    site_name: str,
    site_url: str,
) -> None:
    """Write what changed. A file is keyed on the facts of the entries its rows come from
    (``facts``: slug -> digest of the entry's validated front matter; the registries, settings
    and code key the whole output already), so that an unchanged file costs a stat, not its
    rows: an edit to an article's text rewrites nothing here, an edit to an entry's facts the
    tables and that entry's, its province's and its partners' own files."""
    rows: dict[str, list[Row]] = {}

    def table_rows() -> dict[str, list[Row]]:
        if not rows:
            rows.update(build_rows(registries, model.entries, page_url))
        return rows

    def key(pages: Iterable[EntryPage]) -> str:
        return fingerprint(sorted(facts[page.entry.slug] for page in pages))

    everything = key(model.entries)
    for table in TABLES:
        _made(output, DATA_FOLDER + table.csv_file, everything,
              lambda table=table: to_csv(table, table_rows()[table.name]))  # fmt: skip
    _made(output, f"{DATA_FOLDER}entries.json", everything, lambda: entries_json(table_rows()))
    _made(output, f"{DATA_FOLDER}schema.json", "schema", lambda: to_json(json_schema(registries)))
    _made(output, f"{DATA_FOLDER}metadata.json", "metadata",
          lambda: metadata(site_name, site_url, *DATA_LICENCE))  # fmt: skip
    database = output.root / DATA_FOLDER / DATABASE
    output.produce([DATA_FOLDER + DATABASE], everything,
                   lambda: write_database(database, table_rows()))  # fmt: skip
    own_rows: list[OwnRows] = []  # made when a first own file is written

    def own(pages: list[EntryPage]) -> Callable[[], str]:
        def make() -> str:
            if not own_rows:
                own_rows.append(OwnRows(rows_by_entry(table_rows())))
            return own_rows[0].about(page.entry.slug for page in pages)

        return make

    for page in model.entries:
        # The facts' digest itself: 10,000 files, one entry each.
        _made(output, own_rows_file("entries", page.entry.slug), facts[page.entry.slug],
              own([page]))  # fmt: skip
    groups = [("provinces", model.by_province), ("partners", model.by_partner)]
    for kind, grouped in groups:
        for group_key, pages in grouped.items():
            _made(output, own_rows_file(kind, group_key), key(pages), own(pages))


def _made(output: OutputWriter, path: str, key: str, make: Callable[[], str]) -> None:
    if not output.current(path, key):
        output.write(path, key, make())
