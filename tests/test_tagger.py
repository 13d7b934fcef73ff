"""The learnt partner-name tagger: tokens by script, training, the model file's checks
(digest/extract/tagger.py, tools/tagger_train.py)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from digest.errors import InputError
from digest.extract.tagger import Model, Span, read_model, tokens
from tools.tagger_cv import with_spans
from tools.tagger_train import Article, GoldSpan, Line, model_of, pruned, train, write_model


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
    spans = model.tag("The province signed a deal with Tramont Dynamics on Monday .")
    assert [span.text for span in spans] == ["Tramont Dynamics"]
    assert model.tag("Mr Nguyen said the province welcomed investors .") == []


def test_the_same_corpus_gives_the_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    write_model(first, pruned(train(_TRAINING)), [Path("extraction_x")])
    write_model(second, pruned(train(_TRAINING)), [Path("extraction_x")])
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["corpora"] == ["extraction_x"] and len(data["commit"].removesuffix("-dirty")) == 40
    assert isinstance(read_model(first), Model)


def _written(tmp_path: Path, **change: object) -> Path:
    path = tmp_path / "tagger.json"
    write_model(path, pruned(train(_TRAINING)), [Path("extraction_x")])
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(change)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"weights": {"0l=zorblax": [0, 1]}}, "weights.0l=zorblax: expected 3 whole numbers"),
        ({"weights": {"0l=x": [0, "1", 2]}}, "weights.0l=x: expected 3 whole numbers"),
        ({"weights": {"0l=x": [0, 10**12, 2]}}, "weights.0l=x: expected 3 whole numbers"),
        ({"weights": {"x" * 500: [0, 1, 2]}}, "a feature is at most 80 characters"),
        ({"labels": ["O", "I", "B"]}, "labels: expected labels"),
        ({"weights": [1, 2]}, "weights"),
    ],
)
def test_a_broken_model_file_is_refused_with_its_file_and_field(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    with pytest.raises(InputError) as refused:
        read_model(_written(tmp_path, **change))
    assert len(refused.value.problems) == 1
    assert "tagger.json" in str(refused.value) and message in str(refused.value)


def test_a_model_file_that_is_not_json_or_too_large_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tagger.json"
    path.write_text('{"about": ', encoding="utf-8")
    with pytest.raises(InputError, match=r"tagger\.json"):
        read_model(path)
    path.write_bytes(b" " * (5 * 1024 * 1024))
    with pytest.raises(InputError, match="at most"):
        read_model(path)


def test_tagging_a_long_article_takes_a_few_milliseconds() -> None:
    model = model_of(pruned(train(_TRAINING)))
    text = "The province signed a deal with Zorblax Dynamics on Monday .\n" * 100
    model.tag(text)  # the word types' vectors are computed once
    start = time.process_time()
    model.tag(text)
    assert time.process_time() - start < 0.05


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
