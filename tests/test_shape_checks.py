"""A province or a partner's country without a shape on its map is refused by `digest check`
and by the build, at the file, line and field to fix, never left silently off the map."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

from digest.registries import REGISTRY_DIR, Registries
from digest.shape_checks import shape_problems
from digest.site.world_map import load_world

from .site_helpers import build_site

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "bad_inputs"
ATLANTIS = """  - id: atlantis
    name_vi: Át-lan-tít
    name_en: Atlantis
    type: province
"""


def _line_of(path: Path, text: str, after: int = 0) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if n > after and text in line)


def test_a_partner_in_a_country_without_a_shape_is_named_at_its_line(
    registries: Registries,
) -> None:
    world = load_world()
    fewer = dataclasses.replace(
        world, countries=tuple(c for c in world.countries if c.code not in ("SG", "LA"))
    )
    said = [str(problem) for problem in shape_problems(registries, [], fewer)]
    partners, generated = REGISTRY_DIR / "partners.yaml", REGISTRY_DIR / "generated"
    first = f"{partners}:{_line_of(partners, 'country: SG')}: partners["
    assert any(line.startswith(first) for line in said), said
    subdivisions = generated / "subdivisions.json"
    laos = _line_of(subdivisions, '"country": "LA"')
    first = f"{subdivisions}:{laos}: partners["
    assert any(line.startswith(first) for line in said), said
    assert all(".country: '" in line and "': no shape on the world map (Natural Earth" in line
               for line in said)  # fmt: skip
    assert shape_problems(registries, [], world) == []


def _province_without_shape(tmp_path: Path) -> tuple[Path, Path]:
    """Registries with a province the map has no shape for, and an entry about it."""
    registries = tmp_path / "registries"
    shutil.copytree(REGISTRY_DIR, registries)
    provinces = registries / "provinces.yaml"
    text = provinces.read_text(encoding="utf-8")
    units = text.index("\nunits:\n") + len("\nunits:\n")
    provinces.write_text(text[:units] + ATLANTIS + text[units:], encoding="utf-8")
    entries = tmp_path / "content" / "entries"
    shutil.copytree(CORPUS / "_valid" / "entries", entries)
    entry = entries / "lang-son-example-de.md"
    text = entry.read_text(encoding="utf-8")
    for field, value in (("province", "atlantis"), ("province_as_written", "atlantis"),
                         ("provinces", "[atlantis, cao-bang]")):  # fmt: skip
        start = text.index(f"\n{field}: ") + len(f"\n{field}: ")
        text = text[:start] + value + text[text.index("\n", start) :]
    entry.write_text(text, encoding="utf-8")
    return registries, entry


def _expected(registries: Path, entry: Path) -> list[str]:
    provinces = registries / "provinces.yaml"
    return [
        f"{provinces}:{_line_of(provinces, 'id: atlantis')}: units[0].id: 'atlantis': "
        "no shape on the map of Vietnam",
        f"{entry.name}:{_line_of(entry, 'province: atlantis')}: province: 'atlantis' has no "
        "shape on the map of Vietnam",
    ]


def test_digest_check_names_a_province_without_a_shape_and_its_entries(tmp_path: Path) -> None:
    registries, entry = _province_without_shape(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "digest", "--registries", str(registries), "check",
         "--entries", str(entry.parent), "--seeds", str(CORPUS / "_seeds")],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    for expected in _expected(registries, entry):
        assert expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_the_build_names_a_province_without_a_shape_and_its_entries(tmp_path: Path) -> None:
    registries, entry = _province_without_shape(tmp_path)
    settings = tmp_path / "settings.py"
    settings.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *  # noqa\n"
        f"DIGEST = {{**DIGEST, 'registries': {str(registries)!r}}}\n",
        encoding="utf-8",
    )
    result = build_site(tmp_path / "output", content=entry.parent.parent, settings=str(settings))
    said = result.stdout + result.stderr
    assert result.returncode != 0
    for expected in _expected(registries, entry):
        assert expected in said, said
    assert "Traceback" not in said
