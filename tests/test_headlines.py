"""Drafted headlines and summaries: the facts told in English and Vietnamese, through `add`."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from digest import frontmatter
from digest.cli import main
from digest.headlines import CATALOGUES, DOMAIN
from tests.site_helpers import ROOT

GERMAN = ROOT / "seeds" / "004_faf4e6ad45cd22b9.txt"  # Lang Son, German edition


def test_add_drafts_a_headline_and_summary_in_both_languages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = tmp_path / "entries"
    code = main(["add", str(GERMAN), "--seeds", str(tmp_path / "seeds"),
                 "--entries", str(entries)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    data = frontmatter.read(next(entries.iterdir())).data
    headline, summary = data["headline"], data["summary"]
    assert headline["en"] == "Lang Son and Guangxi: 173 delegations sent"
    assert headline["vi"] == "Lạng Sơn và Quảng Tây: 173 đoàn ra"
    # Province, a partner and a figure, each in the reader's language and number format.
    assert "Lang Son" in summary["en"] and "Guangxi" in summary["en"]
    assert "1,549 officials and civil servants" in summary["en"]
    assert "Lạng Sơn" in summary["vi"] and "Quảng Tây" in summary["vi"]
    assert "1.549 cán bộ, công chức" in summary["vi"]
    assert "Bài báo bằng tiếng Đức" in summary["vi"]
    assert data["status"] == "draft"
    assert {"headline", "summary"} <= set(data["needs_review"])


def test_every_drafting_sentence_is_translated() -> None:
    for path in sorted(CATALOGUES.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        with path.open("rb") as handle:
            catalogue = read_po(handle)
        messages = [m for m in catalogue if m.id]
        assert len(messages) >= 10
        for message in messages:
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            assert all(strings) and not message.fuzzy, (path, message.id)
