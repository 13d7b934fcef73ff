"""Validation of the whole content tree: every entry, every registry, and what ties them."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from digest import frontmatter
from digest.errors import InputError, Problem
from digest.registries import Registries
from digest.schema import Entry, validate


def load_entries(entries_dir: Path, registries: Registries) -> list[Entry]:
    """Every entry in ``entries_dir``, or an InputError listing every problem found."""
    problems: list[Problem] = []
    entries: list[tuple[Path, Entry]] = []
    for path in sorted(entries_dir.glob("*.md")):
        try:
            entries.append((path, validate(frontmatter.read(path), registries)))
        except InputError as error:
            problems.extend(error.problems)
    problems.extend(_cross_entry_problems(entries))
    if problems:
        raise InputError(problems)
    return [entry for _, entry in entries]


def _cross_entry_problems(entries: list[tuple[Path, Entry]]) -> list[Problem]:
    problems = []
    by_slug: dict[str, list[Path]] = defaultdict(list)
    by_story: dict[str, list[tuple[Path, Entry]]] = defaultdict(list)
    for path, entry in entries:
        by_slug[entry.slug].append(path)
        by_story[entry.story_id].append((path, entry))
    for slug, paths in by_slug.items():
        for path in paths[1:]:
            problems.append(
                Problem(path, f"duplicate slug {slug!r}, also used by {paths[0]}", field="slug")
            )
    for story, editions in by_story.items():
        first_path, first = editions[0]
        for path, entry in editions[1:]:
            for name in ("province", "date"):
                if getattr(entry, name) != getattr(first, name):
                    problems.append(
                        Problem(
                            path,
                            f"edition of story {story!r} says {getattr(entry, name)!s}, but "
                            f"{first_path.name} says {getattr(first, name)!s}; editions must agree",
                            field=name,
                        )
                    )
    return problems


def check_content(entries_dir: Path, seeds_dir: Path, registries: Registries) -> int:
    entries = load_entries(entries_dir, registries)
    missing = [
        Problem(
            entries_dir / f"{e.slug}.md",
            f"seed file {e.seed!r} not found in {seeds_dir}/",
            field="seed",
        )
        for e in entries
        if not (seeds_dir / e.seed).is_file()
    ]
    if missing:
        raise InputError(missing)
    return len(entries)
