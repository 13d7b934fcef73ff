"""Every place the digest counts has a shape on its maps: a province on the map of Vietnam, a
partner's country on the world map. Otherwise its stories would silently be missing from a
map: ``digest check`` and the build refuse it instead, at the file, line and field to fix.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from digest import frontmatter, registry_files
from digest.errors import InputError, Problem
from digest.registries import Registries
from digest.schema import Entry
from digest.site.vietnam_map import GEOMETRY_SOURCE, shaped_units
from digest.site.world_map import WORLD_SOURCE, WorldGeometry, load_world


def shape_problems(
    registries: Registries,
    entries: Iterable[tuple[str | Path, Entry]],
    world: WorldGeometry | None = None,
) -> list[Problem]:
    """What has no shape: registry provinces and partners' countries, then entries' provinces."""
    vietnam = shaped_units(registries)
    countries = {c.code for c in (world or load_world()).countries}
    problems: list[Problem] = []
    # The files are read again, for their lines, only when something has no shape.
    if not set(registries.provinces) <= vietnam:
        problems += _registry_problems(
            registries.folder, registry_files.PROVINCES, "units", "id",
            lambda value: value in vietnam, f"no shape on the map of Vietnam ({GEOMETRY_SOURCE})",
        )  # fmt: skip
    used = {p.country for p in registries.partners.values() if p.country is not None}
    if not used <= countries:
        for spec in (registry_files.PARTNERS, registry_files.GENERATED_PARTNERS):
            problems += _registry_problems(
                registries.folder, spec, "partners", "country",
                lambda value: value is None or value in countries,
                f"no shape on the world map ({WORLD_SOURCE})",
            )  # fmt: skip
    for path, entry in entries:
        if entry.province not in vietnam:
            line = _line_of(Path(path), "province")
            message = f"{entry.province!r} has no shape on the map of Vietnam ({GEOMETRY_SOURCE})"
            problems.append(Problem(Path(path), message, field="province", line=line))
    return problems


def _registry_problems(
    folder: Path,
    spec: registry_files.RegistryFile,
    key: str,
    name: str,
    has_shape: Callable[[object], bool],
    message: str,
) -> list[Problem]:
    document = registry_files.read(folder / spec.name, spec)
    found = [
        Problem(document.path, f"{record.get(name)!r}: {message}", field=f"{key}[{index}].{name}")
        for index, record in enumerate(document.data[key] or ())
        if not has_shape(record.get(name))
    ]
    return document.error(found).problems if found else []


def _line_of(path: Path, name: str) -> int | None:
    try:
        return frontmatter.read(path).line_of(name)
    except (OSError, InputError):
        return None
