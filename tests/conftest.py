"""Shared builders for the tests: registries, entry files, settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digest import frontmatter
from digest.registries import Registries, default_registries
from tests.site_helpers import build_site

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def registries() -> Registries:
    return default_registries()


def valid_front_matter(**overrides: object) -> dict[str, object]:
    """A complete, valid front matter; tests break one field at a time."""
    data: dict[str, object] = {
        "slug": "lang-son-example-de",
        "lang": "de",
        "title": "Lang Son und Guangxi vereinbaren Zusammenarbeit",
        "date": dt.date(2025, 11, 15),
        "added": dt.date(2026, 11, 24),
        "outlet": "Báo Lạng Sơn",
        "source_url": "https://baolangson.vn/example-123.html",
        "seed": "000_d7fa17ec912c2079.txt",
        "story_id": "lang-son-example",
        "province": "lang-son",
        "province_as_written": "lang-son",
        "provinces": ["lang-son", "cao-bang"],
        "partners": ["cn-guangxi", "fr"],
        "figures": [{"value": 173, "unit": "count", "what": "delegations_sent", "approx": False}],
        "people": [{"name": "Trinh Tuyet Mai", "name_latin": "Trinh Tuyet Mai",
                    "role": "Director of the Department of Foreign Affairs"}],
        "topics": ["border", "trade"],
        "status": "draft",
    }  # fmt: skip
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not DROP}


DROP = object()


def write_entry(
    directory: Path, name: str = "entry.md", body: str = "Text.", **fields: object
) -> Path:
    path = directory / name
    path.write_text(frontmatter.dump(valid_front_matter(**fields), body), encoding="utf-8")
    return path


# One build of the seed site serves every test that only reads it.


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("site")
    result = build_site(output)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "WARNING" not in result.stdout + result.stderr
    return output
