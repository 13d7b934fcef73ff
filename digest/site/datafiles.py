"""Writing /data/: the tables as CSV, entries.json, digest.db, Datasette's metadata, the entry
schema, and each province's, partner's and entry's own rows, each only when its rows changed."""

from __future__ import annotations

from collections.abc import Callable

from digest.registries import Registries
from digest.schema_json import json_schema
from digest.site.fingerprint import fingerprint
from digest.site.model import SiteModel
from digest.site.opendata import (
    DATA_FOLDER,
    TABLES,
    build_rows,
    entries_json,
    rows_about,
    rows_by_entry,
    to_csv,
    to_json,
)
from digest.site.opendb import DATABASE, metadata, write_database
from digest.site.output import OutputWriter

# The licence the published data is offered under (Datasette shows it with every table).
DATA_LICENCE = ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")


def own_rows_file(kind: str, key: str) -> str:
    """The path, under the site root, of the JSON of one entry's, province's or partner's rows."""
    return f"{DATA_FOLDER}{kind}/{key}.json"


def write_data(
    output: OutputWriter,
    model: SiteModel,
    registries: Registries,
    page_url: Callable[[str, str], str],
    site_name: str,
    site_url: str,
) -> None:
    rows = build_rows(registries, model.entries, page_url)
    key = fingerprint(rows)
    for table in TABLES:
        _text(output, DATA_FOLDER + table.csv_file, to_csv(table, rows[table.name]))
    _text(output, f"{DATA_FOLDER}entries.json", entries_json(rows))
    _text(output, f"{DATA_FOLDER}schema.json", to_json(json_schema(registries)))
    _text(output, f"{DATA_FOLDER}metadata.json", metadata(site_name, site_url, *DATA_LICENCE))
    output.produce([DATA_FOLDER + DATABASE], key,
                   lambda: write_database(output.root / DATA_FOLDER / DATABASE, rows))  # fmt: skip
    by_entry = rows_by_entry(rows)
    for page in model.entries:
        slug = page.entry.slug
        _text(output, own_rows_file("entries", slug), rows_about(by_entry, [slug]))
    groups = [("provinces", model.by_province), ("partners", model.by_partner)]
    for kind, grouped in groups:
        for group_key, pages in grouped.items():
            slugs = [page.entry.slug for page in pages]
            _text(output, own_rows_file(kind, group_key), rows_about(by_entry, slugs))


def _text(output: OutputWriter, path: str, text: str) -> None:
    key = fingerprint(text)
    if not output.current(path, key):
        output.write(path, key, text)
