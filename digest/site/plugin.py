"""Signal handlers of the Pelican plugin, each a thin call into the digest's own code."""

from __future__ import annotations

import os
from typing import Any

from pelican import signals

from digest.site import prefetch
from digest.site.generator import DigestGenerator
from digest.site.reader import EntryReader, read_problems, registries_for
from digest.site.settings import plugin_settings


def use_entry_reader(readers: Any) -> None:
    readers.reader_classes["md"] = EntryReader


def digest_generator(pelican: Any) -> type[DigestGenerator]:
    return DigestGenerator


def reset(pelican: Any) -> None:
    # Autoreload runs several builds in one process: start each afresh.
    global _prefetched
    read_problems.clear()
    prefetch.stop()
    _prefetched = False


_generators: list[DigestGenerator] = []


def remember_generator(generators: Any) -> None:
    _generators[:] = [g for g in generators if isinstance(g, DigestGenerator)]


def finish_search_index(pelican: Any) -> None:
    for generator in _generators:
        if generator.indexer is not None:
            generator.indexer.wait()


def prefetch_entries(generator: Any) -> None:
    """On Pelican's first read, start reading every entry on every core."""
    global _prefetched
    if _prefetched or not plugin_settings(generator.settings)["parallel"]:
        return
    _prefetched = True
    files = generator.get_files(
        generator.settings["ARTICLE_PATHS"], exclude=generator.settings["ARTICLE_EXCLUDES"]
    )
    paths = sorted(os.path.abspath(os.path.join(generator.path, f)) for f in files)
    prefetch.start(paths, registries_for(generator.settings))


_prefetched = False


def connect() -> None:
    signals.article_generator_preread.connect(prefetch_entries)
    signals.all_generators_finalized.connect(remember_generator)
    signals.finalized.connect(finish_search_index)
    signals.initialized.connect(reset)
    signals.readers_init.connect(use_entry_reader)
    signals.get_generators.connect(digest_generator)
