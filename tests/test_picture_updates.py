"""A one-entry edit rewrites only the pages whose pictures (or other contents) it changes: the
pictures are part of their pages' contexts, whose fingerprints decide what is written again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .site_helpers import ROOT, build_site

pytestmark = pytest.mark.site

LANG_SON = (
    "lang-son-tang-doi-ngoai-mo-rong-hop-ar.md",
    "lang-son-tang-doi-ngoai-mo-rong-hop-de.md",
)


def _pages(output: Path) -> dict[str, int]:
    return {p.relative_to(output).as_posix(): p.stat().st_mtime_ns
            for p in output.rglob("*.html") if "pagefind" not in p.parts}  # fmt: skip


def test_a_new_partner_of_one_story_rewrites_its_pictures_and_no_others(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    output = tmp_path / "output"
    assert build_site(output, content=content).returncode == 0
    before = _pages(output)
    for name in LANG_SON:  # both editions: reviewed editions agree on their partners
        entry = content / "entries" / name
        text = entry.read_text(encoding="utf-8")
        assert "\n- kr-kfhi\n" in text
        entry.write_text(text.replace("\n- kr-kfhi\n", "\n- kr-kfhi\n- sg\n"), encoding="utf-8")
    result = build_site(output, content=content)
    assert result.returncode == 0, result.stdout + result.stderr
    after = _pages(output)
    changed = {page for page, stamp in after.items() if before.get(page) != stamp}
    for prefix in ("", "vi/"):
        # The story's province and the partners index show Singapore on their world maps.
        for page in ("provinces/lang-son/index.html", "partners/index.html"):
            assert prefix + page in changed
            html = (output / prefix / page).read_text(encoding="utf-8")
            assert f'href="/{prefix}partners/sg/" class="country"' in html
        # Other provinces' maps and charts, and other partners' pages, are left as they were.
        for page in ("provinces/lai-chau/index.html", "provinces/lao-cai/index.html",
                     "provinces/index.html", "partners/cn-yunnan/index.html",
                     "partners/kr-mungyeong/index.html"):  # fmt: skip
            assert prefix + page not in changed
