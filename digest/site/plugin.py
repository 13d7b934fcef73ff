"""Signal handlers of the Pelican plugin, each a thin call into the digest's own code."""

from __future__ import annotations

from typing import Any

from pelican import signals

from digest.site.generator import DigestGenerator
from digest.site.reader import EntryReader, read_problems


def use_entry_reader(readers: Any) -> None:
    readers.reader_classes["md"] = EntryReader


def digest_generator(pelican: Any) -> type[DigestGenerator]:
    return DigestGenerator


def reset(pelican: Any) -> None:
    # Autoreload runs several builds in one process: start each with no stale problems.
    read_problems.clear()


_generators: list[DigestGenerator] = []


def remember_generator(generators: Any) -> None:
    _generators[:] = [g for g in generators if isinstance(g, DigestGenerator)]


def finish_search_index(pelican: Any) -> None:
    for generator in _generators:
        if generator.indexer is not None:
            generator.indexer.wait()


def connect() -> None:
    signals.all_generators_finalized.connect(remember_generator)
    signals.finalized.connect(finish_search_index)
    signals.initialized.connect(reset)
    signals.readers_init.connect(use_entry_reader)
    signals.get_generators.connect(digest_generator)
