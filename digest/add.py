"""Adding one article: copy it into ``seeds/``, draft its entry, say what to review.

``add`` checks the article before anything is copied (it is drafted from where it lies, so bad
input leaves ``seeds/`` untouched), never overwrites a seed or an entry, and drafts with
:func:`digest.ingest.ingest`, the same code as ``invoke ingest``.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest import frontmatter
from digest.errors import DigestError, InputError, Problem, shown_name
from digest.extract.drafting import draft
from digest.ingest import SEED_SUFFIXES, existing_entries, ingest
from digest.registries import Partner, Registries

_CHUNK = 1 << 16
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\\]")


@dataclass(frozen=True)
class Added:
    """What ``add`` did with one article."""

    source: Path
    seed: Path
    copied: bool
    entry: Path
    drafted: bool
    front_matter: dict[str, Any] = field(default_factory=dict)
    partners: tuple[Partner, ...] = ()
    # Other seeds without an entry that ingest drafted on the way, and those it could not.
    also_drafted: tuple[Path, ...] = ()
    other_problems: tuple[Problem, ...] = ()


def add(
    source: Path, seeds_dir: Path, entries_dir: Path, registries: Registries, today: dt.date
) -> Added:
    """Copy ``source`` into ``seeds_dir`` (unless its bytes are there already) and draft its
    entry in ``entries_dir`` unless it has one. Raises InputError, naming ``source``, for an
    article that cannot be drafted; nothing is copied then."""
    draft(source, registries)  # raises InputError (empty, binary, language, no province)
    entries_dir.mkdir(parents=True, exist_ok=True)
    by_seed = {e.seed: e.path for e in existing_entries(entries_dir)}
    seeds_dir.mkdir(parents=True, exist_ok=True)
    seed = same_bytes_in(source, seeds_dir)
    copied = seed is None
    if seed is None:
        seed = _copy(source, seeds_dir)
    if seed.name in by_seed:
        return Added(source, seed, copied, entry=by_seed[seed.name], drafted=False)
    problems: list[Problem] = []
    try:
        ingest(seeds_dir, entries_dir, registries, today)
    except InputError as error:
        # Another seed without an entry could not be drafted: ingest wrote every other draft.
        problems = error.problems
    now = {e.seed: e.path for e in existing_entries(entries_dir)}
    ours = now.get(seed.name)
    if ours is None:
        raise InputError(problems or [Problem(seed, "no entry was drafted for this seed")])
    data = frontmatter.read(ours).data
    partners = tuple(
        registries.partners[pid] for pid in data.get("partners") or [] if pid in registries.partners
    )
    return Added(
        source,
        seed,
        copied,
        entry=ours,
        drafted=True,
        front_matter=data,
        partners=partners,
        also_drafted=tuple(
            path for name, path in sorted(now.items()) if name not in by_seed and path != ours
        ),
        other_problems=tuple(p for p in problems if Path(p.path).name != seed.name),
    )


def same_bytes_in(source: Path, seeds_dir: Path) -> Path | None:
    """The file in ``seeds_dir`` with exactly the bytes of ``source``, if there is one."""
    size = source.stat().st_size
    for candidate in sorted(seeds_dir.iterdir()):
        if candidate.is_file() and candidate.stat().st_size == size and _same(source, candidate):
            return candidate
    return None


def seed_name(source: Path, seeds_dir: Path) -> str:
    """The source's own name if free, else ``<stem>-2<suffix>``, ``<stem>-3<suffix>``...
    A name ingest would not read (another suffix) becomes ``.txt``."""
    suffix = source.suffix if source.suffix in SEED_SUFFIXES else ".txt"
    stem = source.stem if source.suffix in SEED_SUFFIXES else source.name
    # An entry's `seed` must be a name an editor can read and check accepts: no control
    # characters (a newline in a name forges lines of output), not hidden.
    stem = _UNPRINTABLE.sub("-", stem).lstrip(".") or "article"
    name, number = f"{stem}{suffix}", 2
    while (seeds_dir / name).exists():
        name, number = f"{stem}-{number}{suffix}", number + 1
    return name


def _copy(source: Path, seeds_dir: Path) -> Path:
    while True:
        target = seeds_dir / seed_name(source, seeds_dir)
        try:
            # "xb": never replace a file, even one that appeared since we looked.
            with source.open("rb") as reader, target.open("xb") as writer:
                shutil.copyfileobj(reader, writer)
        except FileExistsError:
            continue
        except OSError as error:
            raise DigestError(
                f"{source}: cannot copy into {seeds_dir}/: {error.strerror}"
            ) from None
        return target


def _same(a: Path, b: Path) -> bool:
    with a.open("rb") as first, b.open("rb") as second:
        while True:
            one, two = first.read(_CHUNK), second.read(_CHUNK)
            if one != two:
                return False
            if not one:
                return True


def _shown(path: Path) -> str:
    """A path relative to the working directory when it lies below it."""
    try:
        shown = str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        shown = str(path)
    return shown_name(shown)


def _number(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int | float) else str(value)


def report(added: Added) -> list[str]:
    """The lines an editor reads after ``add``: where things went and what to check."""
    seed = _shown(added.seed)
    if added.copied:
        lines = [f"copied {_shown(added.source)} to {seed}"]
    else:
        lines = [f"{_shown(added.source)} is already in seeds/ as {seed}: not copied again"]
    entry = _shown(added.entry)
    if not added.drafted:
        lines.append(f"{entry} already exists for {seed}: left as it is (entries are yours)")
        return lines
    data = added.front_matter
    lines.append(f"drafted {entry} (status: draft)")
    lines.append("review it against the article, then set `status: reviewed` and run invoke check:")
    flagged = data.get("needs_review") or []
    lines.append(f"  needs_review: {', '.join(flagged) if flagged else 'nothing flagged'}")
    lines.append(
        f"  province: {data.get('province')} (as written: {data.get('province_as_written')})"
    )
    figures = data.get("figures") or []
    lines.append(f"  figures found: {len(figures)}")
    for figure in figures:
        approx = " (approx.)" if figure.get("approx") else ""
        value = _number(figure.get("value"))
        lines.append(f"    {value} {figure.get('unit')} {figure.get('what')}{approx}")
    people = data.get("people") or []
    lines.append(f"  people found: {len(people)}")
    for person in people:
        name, latin = person.get("name"), person.get("name_latin")
        shown = f"{name} ({latin})" if latin and latin != name else str(name)
        lines.append(f"    {shown}: {person.get('role')}")
    lines.append(f"  partners found: {len(added.partners)}")
    for partner in added.partners:
        country = partner.country or "international"
        lines.append(f"    {partner.id}: {partner.name_en} ({partner.kind}, {country})")
    lines.append(
        "  a foreign place or organisation the article names is not listed? add it to "
        "registries/partners.yaml (see CONTRIBUTING.md) and its id to the entry's partners"
    )
    for path in added.also_drafted:
        lines.append(f"also drafted {_shown(path)} (its seed had no entry yet)")
    return lines
