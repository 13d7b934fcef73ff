"""The Pelican plugin: ``PLUGINS = ["digest.site"]``. It only connects signals to handlers."""

from __future__ import annotations

from typing import Any

from pelican import signals

from digest.site.generator import DigestGenerator
from digest.site.reader import EntryReader, read_problems


def _use_entry_reader(readers: Any) -> None:
    readers.reader_classes["md"] = EntryReader


def _digest_generator(pelican: Any) -> type[DigestGenerator]:
    return DigestGenerator


def _reset(pelican: Any) -> None:
    # Autoreload runs several builds in one process: start each with no stale problems.
    read_problems.clear()


def register() -> None:
    signals.initialized.connect(_reset)
    signals.readers_init.connect(_use_entry_reader)
    signals.get_generators.connect(_digest_generator)
