"""The Pelican reader for entries: front matter validated against the schema, body sanitised."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any, ClassVar

from pelican.readers import BaseReader

from digest.errors import InputError, Problem
from digest.registries import Registries, load_registries
from digest.site import prefetch
from digest.site.settings import plugin_settings

# Problems found while Pelican reads entries. Pelican logs a failing file and goes on; the
# generator raises on these afterwards so that no entry is ever silently left out.
read_problems: list[Problem] = []


@functools.cache
def _registries(directory: Path) -> Registries:
    return load_registries(directory)


def registries_for(settings: dict[str, Any]) -> Registries:
    """The registries of this site, loaded once however many readers Pelican creates."""
    return _registries(Path(plugin_settings(settings)["registries"]).resolve())


class EntryReader(BaseReader):
    enabled = True
    file_extensions: ClassVar[list[str]] = ["md"]

    def __init__(self, settings: dict[str, Any]) -> None:
        super().__init__(settings)
        self.registries = registries_for(settings)

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        result = prefetch.take(source_path) or prefetch.read_entry(source_path, self.registries)
        if isinstance(result, list):
            read_problems.extend(result)
            raise InputError(result)
        html, entry = result
        day = entry.sort_date
        metadata = {
            "title": entry.title,
            "date": dt.datetime(day.year, day.month, day.day),
            "slug": entry.slug,
            "lang": entry.lang,
            "entry": entry,
        }
        return html, metadata
