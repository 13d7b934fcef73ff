"""The command line as an editor meets it: JSON on success, one clear line on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.site_helpers import ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "digest", *args], cwd=ROOT,
                          capture_output=True, text=True, check=False)  # fmt: skip


def test_extract_one_article_prints_one_object() -> None:
    result = run("extract", "seeds/004_faf4e6ad45cd22b9.txt")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["province"] == "lang-son" and data["lang"] == "de"
    guangxi = next(p for p in data["partners"] if p["id"] == "cn-guangxi")
    assert guangxi == {
        "id": "cn-guangxi",
        "name_en": "Guangxi",
        "country": "CN",
        "kind": "region",
        # The article's own words, so that an editor can check what the draft read.
        "as_written": ["Autonomen Region Guangxi Zhuang", "Guangxi"],
    }


def test_extract_several_prints_one_line_each() -> None:
    result = run("extract", "seeds/000_d7fa17ec912c2079.txt", "seeds/003_7da2066bcc7f7071.txt")
    lines = result.stdout.splitlines()
    assert [json.loads(line)["lang"] for line in lines] == ["pl", "ja"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"De provincie heeft een overeenkomst getekend met de stad en het is een goede zaak "
         b"voor de mensen van het land.", "does not read"),
        (b"The delegation of the city of Busan visited Japan and signed an agreement on trade "
         b"with the prefecture of Fukuoka.", "names no Vietnamese province"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_naming_file_and_reason(tmp_path: Path, content, reason) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run("extract", str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and reason in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before
