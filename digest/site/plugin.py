"""Signal handlers of the Pelican plugin, each a thin call into the digest's own code."""

from __future__ import annotations

from typing import Any

from pelican import signals

from digest.site.generator import DigestGenerator

_generators: list[DigestGenerator] = []


def digest_generator(pelican: Any) -> type[DigestGenerator]:
    return DigestGenerator


def remember_generator(generators: Any) -> None:
    _generators[:] = [g for g in generators if isinstance(g, DigestGenerator)]


def finish(pelican: Any) -> None:
    # Pelican's static files are copied by now: the search index had that time too.
    for generator in _generators:
        generator.finish()


def connect() -> None:
    signals.all_generators_finalized.connect(remember_generator)
    signals.finalized.connect(finish)
    signals.get_generators.connect(digest_generator)
