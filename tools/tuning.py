"""Every tuning corpus scored at once, beside an earlier run (``invoke eval-tuning``): what a
change to the drafting gains or costs on all of them, not only on the corpus it was written for.

Held-out corpora (a folder name holding "holdout") are never read here: they measure a round as
a whole, and nobody tunes on them (docs/extraction.md, "The corpora").
"""

from __future__ import annotations

from pathlib import Path

from digest.registries import Registries
from tools.evaluation import ROOT, evaluate

TESTS_DIR = ROOT / "tests"
SUMMARY_FIELDS = ("partners", "people", "figures", "topics", "title")
# A corpus whose macro F1 falls by more than this has lost something a rule should not cost.
LOSS = 0.005

Summary = dict[str, dict[str, float]]  # corpus folder name -> macro and field F1


def tuning_corpora(tests: Path = TESTS_DIR) -> list[Path]:
    """The gold corpora one may tune on: ``extraction_*`` folders but the held-out ones."""
    return sorted(
        path for path in tests.glob("extraction_*") if path.is_dir() and "holdout" not in path.name
    )


def summarise(registries: Registries, tests: Path = TESTS_DIR) -> Summary:
    summary: Summary = {}
    for corpus in tuning_corpora(tests):
        evaluation = evaluate(corpus, registries)
        counts = evaluation.counts()
        summary[corpus.name] = {
            "macro": round(evaluation.macro_f1, 4),
            **{name: round(counts[name].f1, 4) for name in SUMMARY_FIELDS},
        }
    return summary


def format_summary(summary: Summary, before: Summary | None = None) -> str:
    """A line per corpus; with ``before``, the change of its macro and partners F1, and LOSS
    where the macro fell by more than ``LOSS``."""
    lines = []
    for name, scores in summary.items():
        line = f"{name:28} " + " ".join(f"{key}={value:.3f}" for key, value in scores.items())
        earlier = (before or {}).get(name)
        if earlier is not None:
            macro = scores["macro"] - earlier["macro"]
            partners = scores["partners"] - earlier.get("partners", scores["partners"])
            line += f"   Δmacro={macro:+.3f} Δpartners={partners:+.3f}"
            line += "  LOSS" if macro < -LOSS else ""
        lines.append(line)
    return "\n".join(lines) + "\n"
