"""The learnt partner-name tagger, a measuring instrument: tokens by script, training, the
cross-validation's hook and a run of it (tools/tagger.py, tools/tagger_train.py,
tools/tagger_cv.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tools.evaluation import ROOT
from tools.tagger import Span, tokens
from tools.tagger_cv import cross_validate, with_spans
from tools.tagger_train import Article, GoldSpan, Line, model_of, pruned, train


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kühne Logistics University's campus", ["Kühne", "Logistics", "University's", "campus"]),
        ("Baden-Württemberg, 2025.", ["Baden-Württemberg", ",", "2025", "."]),
        ("Торгово-промышленная палата", ["Торгово-промышленная", "палата"]),
        ("غرفة تجارة دبي", ["غرفة", "تجارة", "دبي"]),
        # No spaces between words, or particles glued to names: a character a token (with its
        # marks), Latin words inside kept whole.
        ("강원도와 협력", ["강", "원", "도", "와", "협", "력"]),
        ("हिमाचल प्रदेश", ["हिमाचल", "प्रदेश"]),
        ("与JETRO大阪合作", ["与", "JETRO", "大", "阪", "合", "作"]),
        ("静岡県と協力", ["静", "岡", "県", "と", "協", "力"]),
        ("จังหวัดจันทบุรี", ["จั", "ง", "ห", "วั", "ด", "จั", "น", "ท", "บุ", "รี"]),
    ],
)
def test_tokens_by_script(text: str, expected: list[str]) -> None:
    assert [token.text for token in tokens(text)] == expected


def _article(text: str, name: str) -> Article:
    start = text.index(name)
    line = Line(text, [GoldSpan(start, start + len(name), "xx-partner", "company")])
    return Article(Path("a.txt"), "en", [line], {})


_TRAINING = [
    _article("The province signed a deal with Zorblax Dynamics on Monday .", "Zorblax Dynamics"),
    _article("Officials of Quintara Robotics visited the province .", "Quintara Robotics"),
    _article("The province met Velmora Foods to discuss exports .", "Velmora Foods"),
    Article(Path("b.txt"), "en", [Line("Mr Nguyen said the province welcomed investors .")], {}),
]


def test_training_on_a_tiny_corpus_learns_a_name_it_never_saw() -> None:
    model = model_of(pruned(train(_TRAINING * 3, epochs=5)))
    spans = model.tag_line("The province signed a deal with Tramont Dynamics on Monday .")
    assert [span.text for span in spans] == ["Tramont Dynamics"]
    assert model.tag_line("Mr Nguyen said the province welcomed investors .") == []


def test_the_same_corpus_gives_the_same_weights() -> None:
    # A fold's measure must not move between two runs of `invoke tagger-cv` on the same code.
    first, second = pruned(train(_TRAINING)), pruned(train(_TRAINING))
    assert first == second and first
    assert pruned(train(_TRAINING, seed=1)) != first


def _span(text: str, line: str, margin: float = 30.0) -> Span:
    start = line.index(text)
    return Span(start, start + len(text), text, margin)


def test_the_measured_hook_takes_a_new_name_not_one_read_or_vietnamese() -> None:
    line = (
        "Zorblax Dynamics signed with the Gunma Chamber and the Bộ Công Thương, "
        "Mr Tanaka Hiroshi said; City of"
    )
    draft = {
        "partners": [
            {"id": "jp-gunma-chamber", "name_en": "Gunma Chamber", "country": "JP", "kind": "x"}
        ],
        "people": [{"name": "Tanaka Hiroshi", "name_latin": "Tanaka Hiroshi"}],
    }
    spans = [
        _span(text, line)
        for text in ("Zorblax Dynamics", "Gunma Chamber", "Bộ Công Thương", "Tanaka Hiroshi")
    ]
    hooked = with_spans(draft, [*spans, _span("City of", line, margin=1.0)], margin=5.0)
    assert [p["id"] for p in hooked["partners"]] == ["jp-gunma-chamber", "jp-zorblax-dynamics"]


def test_cross_validation_over_two_tiny_corpora_drafts_tags_and_counts(tmp_path: Path) -> None:
    english = ROOT / "tests" / "extraction_corpus" / "en"
    corpora = []
    for number, names in enumerate((("en-1", "en-2"), ("en-3", "en-4"))):
        folder = tmp_path / f"extraction_tiny{number}" / "en"
        folder.mkdir(parents=True)
        for name in names:
            for suffix in (".txt", ".json"):
                shutil.copy(english / f"{name}{suffix}", folder / f"{name}{suffix}")
        corpora.append(folder.parent)
    measure = cross_validate(k=2, margins=(0.0, 20.0), corpora=corpora)
    # Each corpus tagged by a model trained on the other one only.
    assert measure.spans.articles == 4
    assert sum(measure.spans.partners.values()) == 9  # the four articles' gold partners
    base = measure.partners[None]
    assert base.tp + base.fn == 9
    # The hook only adds partners: it can find no fewer than the drafts do.
    assert all(measure.partners[m].tp >= base.tp for m in (0.0, 20.0))
    report = measure.format()
    assert report.startswith("articles 4; gold names ")
    assert "  without the tagger     TP " in report
    assert "  hook, margin >=  20.0  TP " in report
