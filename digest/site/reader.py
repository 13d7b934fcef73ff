"""The Pelican reader for entries: front matter validated against the schema, body sanitised."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, ClassVar

from pelican.readers import BaseReader

from digest import frontmatter
from digest.errors import InputError, Problem
from digest.registries import load_registries
from digest.schema import validate
from digest.site import body
from digest.site.settings import plugin_settings

# Problems found while Pelican reads entries. Pelican logs a failing file and goes on; the
# generator raises on these afterwards so that no entry is ever silently left out.
read_problems: list[Problem] = []


class EntryReader(BaseReader):
    enabled = True
    file_extensions: ClassVar[list[str]] = ["md"]

    def __init__(self, settings: dict[str, Any]) -> None:
        super().__init__(settings)
        self.registries = load_registries(Path(plugin_settings(settings)["registries"]))

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        try:
            entry_file = frontmatter.read(Path(source_path))
            entry = validate(entry_file, self.registries)
        except InputError as error:
            read_problems.extend(error.problems)
            raise
        day = entry.sort_date
        metadata = {
            "title": entry.title,
            "date": dt.datetime(day.year, day.month, day.day),
            "slug": entry.slug,
            "lang": entry.lang,
            "entry": entry,
        }
        return body.render(entry_file.body), metadata
