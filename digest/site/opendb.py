"""digest.db: the open data tables in one SQLite database, and its metadata for Datasette.

The database is written afresh into a temporary file, tables and rows in a fixed order, then
renamed into place: SQLite stores no time stamps, so the same rows give the same bytes, and a
reader never sees half a database.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from digest.site.opendata import TABLES, Row, Table, to_json

DATABASE = "digest.db"
# The full-text index over the entries' titles, headlines and summaries.
FTS_TABLE = "entries_fts"
FTS_COLUMNS = ("title", "headline_en", "headline_vi", "summary_en", "summary_vi")


def _create(table: Table) -> str:
    columns = [f'"{c.name}" {c.sql}' for c in table.columns]
    keys = ", ".join(f'"{k}"' for k in table.key)
    constraints = [f"PRIMARY KEY ({keys})"]
    for column in table.columns:
        if column.references:
            target, _, field = column.references.rstrip(")").partition("(")
            # Checked at commit: a former unit may come before the unit it merged into.
            constraints.append(f'FOREIGN KEY ("{column.name}") REFERENCES {target}("{field}") '
                               "DEFERRABLE INITIALLY DEFERRED")  # fmt: skip
    return f'CREATE TABLE "{table.name}" (\n  ' + ",\n  ".join(columns + constraints) + "\n)"


def write_database(path: Path, rows: dict[str, list[Row]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(handle)
    os.unlink(temporary)  # sqlite3 creates it: an empty file is not a database
    try:
        connection = sqlite3.connect(temporary, isolation_level=None)
        try:
            _fill(connection, rows)
        finally:
            connection.close()
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _fill(connection: sqlite3.Connection, rows: dict[str, list[Row]]) -> None:
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA page_size = 4096")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("BEGIN")
    for table in TABLES:
        connection.execute(_create(table))
    for table in TABLES:
        marks = ", ".join("?" * len(table.columns))
        connection.executemany(f'INSERT INTO "{table.name}" VALUES ({marks})', rows[table.name])
    for table in TABLES:
        for column in table.indexes:
            connection.execute(
                f'CREATE INDEX "{table.name}_{column}" ON "{table.name}" ("{column}")'
            )
    columns = ", ".join(FTS_COLUMNS)
    connection.execute(
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({columns}, "
        "content='entries', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
    )
    connection.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    connection.execute("COMMIT")


def metadata(site_name: str, site_url: str, licence: str, licence_url: str) -> str:
    """metadata.json for Datasette: titles, descriptions, licence, source and every column."""
    tables: dict[str, Any] = {
        table.name: {
            "description": table.en,
            "columns": {column.name: column.en for column in table.columns},
        }
        for table in TABLES
    }
    tables["entries"]["fts_table"] = FTS_TABLE
    tables["entries"]["fts_pk"] = "rowid"
    tables["entries"]["facets"] = ["province", "lang", "status"]
    tables["partners"]["facets"] = ["country", "kind"]
    tables["figures"]["facets"] = ["what", "unit"]
    tables[FTS_TABLE] = {"hidden": True}
    document = {
        "title": site_name,
        "description": "Every fact of the digest: entries, stories, provinces, partners, "
        "figures and people named in the news articles it covers.",
        "license": licence,
        "license_url": licence_url,
        "source": site_name,
        "source_url": site_url + "/",
        "databases": {Path(DATABASE).stem: {"tables": tables}},
    }
    return to_json(json.loads(json.dumps(document)))
