"""Validation of the whole content tree: every entry, every registry, and what ties them."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from digest import frontmatter
from digest.errors import InputError, Problem, unprintable_name
from digest.registries import Registries
from digest.schema import Entry, Figure, validate
from digest.shape_checks import shape_problems
from digest.untrusted import SYMLINK_REFUSED, symlinks_under


@dataclass(frozen=True)
class _Checked:
    """A valid entry and the file it came from, to point problems across entries at a line."""

    source: str | Path  # a build passes its 10,000 names as they are: a Path each costs
    entry: Entry

    @property
    def path(self) -> Path:
        return Path(self.source)

    def problem(self, name: str, message: str) -> Problem:
        return Problem(self.path, message, field=name, line=_line_of(self.path, name))


def _line_of(path: Path, name: str) -> int | None:
    """The line of field ``name``: read again, as problems across entries are rare."""
    try:
        return frontmatter.read(path).line_of(name)
    except (OSError, InputError):
        return None


def entry_folder_problems(entries_dir: Path, links: list[Path]) -> list[Problem]:
    """Anything in the entries folder that is not read as an entry, named rather than skipped:
    ``.MD``, ``.markdown``, subfolders, hidden files. Symbolic links are reported apart."""
    problems = [Problem(path, SYMLINK_REFUSED) for path in links]
    # Names, not Paths: the build asks on every run, and 10,000 entries are fine.
    top = os.fspath(entries_dir)
    odd = [
        Path(folder, name)
        for folder, _, names in os.walk(top)
        for name in names
        if folder != top or not name.endswith(".md") or name.startswith(".")
    ]
    for path in sorted(odd):
        if path in links or any(parent in links for parent in path.parents):
            continue
        problems.append(
            Problem(path, f"not read: entries are <slug>.md files directly in {entries_dir}/")
        )
    problems += [Problem(path, UNPRINTABLE_NAME) for path in unprintable_names(entries_dir)]
    return problems


UNPRINTABLE_NAME = (
    "not read: the file name holds a control character or is not UTF-8; rename it <slug>.md"
)


def unprintable_names(entries_dir: Path) -> list[Path]:
    """Entry files whose name holds a control character or bytes that are not UTF-8: the
    build could neither write their name into its cache nor show it on one line."""
    return sorted(p for p in entries_dir.glob("*.md") if unprintable_name(p.name))


def load_entries(entries_dir: Path, registries: Registries) -> list[Entry]:
    """Every entry in ``entries_dir``, or an InputError listing every problem found."""
    checked, problems = _check_entries(entries_dir, registries)
    if problems:
        raise InputError(problems)
    return [item.entry for item in checked]


def _check_entries(
    entries_dir: Path, registries: Registries
) -> tuple[list[_Checked], list[Problem]]:
    """The valid entries, and every problem in the files and across them."""
    problems: list[Problem] = []
    checked: list[_Checked] = []
    links = symlinks_under(entries_dir)
    problems.extend(entry_folder_problems(entries_dir, links))
    for path in sorted(
        set(entries_dir.glob("*.md")) - set(links) - set(unprintable_names(entries_dir))
    ):
        try:
            entry_file = frontmatter.read(path)
            checked.append(_Checked(path, validate(entry_file, registries)))
        except InputError as error:
            problems.extend(error.problems)
    problems.extend(_cross_entry_problems(checked))
    return checked, problems


def cross_entry_problems(entries: Iterable[tuple[str | Path, Entry]]) -> list[Problem]:
    """What is wrong between entries: the build runs these as ``digest check`` does."""
    return _cross_entry_problems([_Checked(path, entry) for path, entry in entries])


def _cross_entry_problems(checked: list[_Checked]) -> list[Problem]:
    return _duplicate_slugs(checked) + _disagreeing_editions(checked)


def _duplicate_slugs(checked: list[_Checked]) -> list[Problem]:
    by_slug: dict[str, list[_Checked]] = defaultdict(list)
    for item in checked:
        by_slug[item.entry.slug].append(item)
    return [
        item.problem("slug", f"duplicate slug {slug!r}, also used by {items[0].path}")
        for slug, items in by_slug.items()
        for item in items[1:]
    ]


def _disagreeing_editions(checked: list[_Checked]) -> list[Problem]:
    by_story: dict[str, list[_Checked]] = defaultdict(list)
    for item in checked:
        by_story[item.entry.story_id].append(item)
    problems = []
    for story, editions in by_story.items():
        problems += _disagreements(story, editions, ("province", "date"))
        # Drafted partners and figures differ between translations until an editor has
        # checked them: they must agree once reviewed.
        reviewed = [item for item in editions if item.entry.status == "reviewed"]
        problems += _disagreements(story, reviewed, ("partners", "figures"))
    return problems


def _disagreements(story: str, editions: list[_Checked], names: tuple[str, ...]) -> list[Problem]:
    problems = []
    if editions:
        first = editions[0]
        for item in editions[1:]:
            for name in names:
                ours, theirs = _story_fact(item.entry, name), _story_fact(first.entry, name)
                if ours != theirs:
                    message = (
                        f"edition of story {story!r} says {_shown(ours)}, but "
                        f"{first.path.name} says {_shown(theirs)}; editions must agree"
                    )
                    problems.append(item.problem(name, message))
        by_lang: dict[str, _Checked] = {}
        for item in editions:
            other = by_lang.setdefault(item.entry.lang, item)
            if other is not item and other.entry.slug != item.entry.slug:  # else: a duplicate
                message = (
                    f"{other.path.name} is already the {item.entry.lang!r} edition of story "
                    f"{story!r}; a story has one edition per language"
                )
                problems.append(item.problem("lang", message))
    return problems


def _story_fact(entry: Entry, name: str) -> object:
    """A fact every edition of a story must state alike, in a form that ignores order."""
    if name == "partners":
        return tuple(sorted(entry.partners))
    if name == "figures":
        return tuple(sorted(_figure_fact(f) for f in entry.figures))
    return getattr(entry, name)


def _figure_fact(figure: Figure) -> tuple[object, ...]:
    """A figure as editions must agree on it, its period where it has one ("since 2020")."""
    period = ([f"per {figure.per}"] if figure.per else []) + (
        [f"since {figure.since}"] if figure.since else []
    )
    return (figure.what, figure.unit, figure.value, *period)


def _shown(fact: object) -> str:
    if isinstance(fact, tuple):
        parts = [
            " ".join(str(part) for part in item) if isinstance(item, tuple) else str(item)
            for item in fact
        ]
        return "[" + ", ".join(parts) + "]"
    return str(fact)


def _missing_seeds(checked: list[_Checked], seeds_dir: Path) -> list[Problem]:
    return [
        item.problem("seed", f"seed file {item.entry.seed!r} not found in {seeds_dir}/")
        for item in checked
        if not (seeds_dir / item.entry.seed).is_file()
    ]


def check_content(entries_dir: Path, seeds_dir: Path, registries: Registries) -> int:
    """The number of valid entries, or an InputError listing every problem in the tree."""
    checked, problems = _check_entries(entries_dir, registries)
    problems.extend(_missing_seeds(checked, seeds_dir))
    problems.extend(shape_problems(registries, [(c.path, c.entry) for c in checked]))
    problems.extend(Problem(path, SYMLINK_REFUSED) for path in symlinks_under(seeds_dir))
    if problems:
        raise InputError(problems)
    return len(checked)
