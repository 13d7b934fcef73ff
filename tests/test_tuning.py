"""``invoke eval-tuning``: every tuning corpus at once, never a held-out one."""

from __future__ import annotations

from pathlib import Path

from tools.tuning import format_summary, tuning_corpora


def test_held_out_corpora_are_never_tuning_corpora(tmp_path: Path) -> None:
    for name in ("extraction_pages48", "extraction_pages55_holdout", "extraction_holdout"):
        (tmp_path / name).mkdir()
    (tmp_path / "extraction_notes.md").write_text("not a corpus", encoding="utf-8")
    (tmp_path / "bad_inputs").mkdir()
    assert [path.name for path in tuning_corpora(tmp_path)] == ["extraction_pages48"]


def test_the_projects_tuning_corpora_leave_out_every_held_out_one() -> None:
    names = [path.name for path in tuning_corpora()]
    assert "extraction_corpus" in names and "extraction_pages40" in names
    assert not [name for name in names if "holdout" in name]


def test_a_corpus_that_lost_more_than_the_bound_is_marked() -> None:
    scores = {"macro": 0.90, "partners": 0.60, "people": 1.0, "figures": 1.0, "topics": 1.0,
              "title": 1.0}  # fmt: skip
    before = {
        "extraction_a": {**scores, "macro": 0.904},  # lost 0.004: within the bound
        "extraction_b": {**scores, "macro": 0.91, "partners": 0.70},  # lost 0.01
    }
    report = format_summary({"extraction_a": scores, "extraction_b": scores}, before)
    line_a, line_b = report.splitlines()
    assert "Δmacro=-0.004" in line_a and "LOSS" not in line_a
    assert "Δmacro=-0.010 Δpartners=-0.100  LOSS" in line_b
    assert "Δ" not in format_summary({"extraction_a": scores})
