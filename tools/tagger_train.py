"""Training the partner-name tagger (tools/tagger.py) from corpora's gold, in memory.

Each article's headline and body (as drafting reads them: layout parsed, the wire dateline
dropped) are tokenised line by line; every occurrence of a gold partner's ``as_written`` form
marks its tokens B (first) and I (the others). An averaged perceptron learns the tags, greedily
left to right as the tagger tags, in a seeded order: the same articles give the same weights.
``invoke tagger-cv`` (tools/tagger_cv.py) trains one model a fold this way and writes none;
it reads only tuning corpora (tools.tuning.tuning_corpora), never a held-out folder.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest.errors import InputError
from digest.extract import layout
from digest.extract.drafting import read_article
from digest.extract.language import UnsupportedLanguage, detect
from digest.extract.page_furniture import without_wire_dateline
from tools.evaluation import corpus_articles
from tools.tagger import (
    BEGIN,
    INSIDE,
    LABELS,
    OUT,
    WINDOW,
    Model,
    previous_feature,
    tokens,
    windows,
    word_features,
)

EPOCHS = 6
SEED = 13
# A feature whose averaged weights differ by less than this across labels is dropped (on every
# tuning corpus, 142,373 learnt, 31,426 kept). Pruning harder costs names: at 2.5 a model is a
# third of the size, but under cross-validation 146 gold names fewer are marked exactly and 90
# spans more are invented.
PRUNE = 1.0
# Weights are rounded to whole numbers of tenths: the measure was taken with weights so rounded
# (they were once written to a file), and rounding keeps it the same.
SCALE = 10


@dataclass
class GoldSpan:
    start: int
    end: int
    partner: str  # the gold partner's id
    kind: str


@dataclass
class Line:
    """One line of an article as the tagger reads it, and the gold partner names in it."""

    text: str
    spans: list[GoldSpan] = field(default_factory=list)

    def words(self) -> list[str]:
        return [token.text for token in tokens(self.text)]

    def labels(self) -> list[int]:
        """B on a token opening a gold span, I on the span's other tokens, O elsewhere."""
        found = tokens(self.text)
        labels = [OUT] * len(found)
        for span in self.spans:
            inside = [n for n, t in enumerate(found) if t.start < span.end and t.end > span.start]
            for position, index in enumerate(inside):
                labels[index] = BEGIN if position == 0 else INSIDE
        return labels


@dataclass
class Article:
    path: Path
    lang: str
    lines: list[Line]
    gold: dict[str, Any]


def tagged_text(text: str) -> tuple[str, str]:
    """The article's language and the text the tagger reads: its headline and body."""
    lang = detect(text)
    parsed = layout.parse(text, lang)
    return lang, f"{parsed.headline or ''}\n{without_wire_dateline(parsed.body_text)}"


def _gold_spans(line: str, partners: list[dict[str, Any]]) -> list[GoldSpan]:
    """Every occurrence of every ``as_written`` form in ``line``, longest first, none
    overlapping another."""
    forms = sorted(
        (
            (form, p["id"], p.get("kind") or "?")
            for p in partners
            for form in p.get("as_written", [])
        ),
        key=lambda item: -len(item[0]),
    )
    spans: list[GoldSpan] = []
    for form, pid, kind in forms:
        start = line.find(form)
        while start >= 0:
            end = start + len(form)
            if not any(s.start < end and s.end > start for s in spans):
                spans.append(GoldSpan(start, end, pid, kind))
            start = line.find(form, end)
    return sorted(spans, key=lambda s: s.start)


def read_corpus(corpus: Path) -> list[Article]:
    articles = []
    for path in corpus_articles(corpus):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        try:
            lang, text = tagged_text(read_article(path))
        except (InputError, UnsupportedLanguage):
            continue  # drafting refuses it too: nothing to learn from what it never reads
        partners = gold.get("partners") or []
        lines = [Line(line, _gold_spans(line, partners)) for line in text.split("\n")]
        articles.append(Article(path, lang, [line for line in lines if line.text.strip()], gold))
    return articles


class _Trainer:
    """An averaged perceptron over feature ids (weights summed lazily, by timestamps)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.weights: list[list[float]] = []
        self.totals: list[list[float]] = []
        self.stamps: list[int] = []
        self.clock = 0

    def id_of(self, feature: str) -> int:
        found = self.ids.get(feature)
        if found is None:
            found = self.ids[feature] = len(self.weights)
            self.weights.append([0.0] * len(LABELS))
            self.totals.append([0.0] * len(LABELS))
            self.stamps.append(0)
        return found

    def _touch(self, index: int) -> None:
        elapsed = self.clock - self.stamps[index]
        if elapsed:
            weights, totals = self.weights[index], self.totals[index]
            for label in range(len(LABELS)):
                totals[label] += elapsed * weights[label]
            self.stamps[index] = self.clock

    def update(self, features: Iterable[int], truth: int, guess: int) -> None:
        for index in features:
            self._touch(index)
            self.weights[index][truth] += 1.0
            self.weights[index][guess] -= 1.0

    def averaged(self) -> dict[str, tuple[float, ...]]:
        for index in range(len(self.weights)):
            self._touch(index)
        clock = max(self.clock, 1)
        return {
            feature: tuple(total / clock for total in self.totals[index])
            for feature, index in self.ids.items()
        }


def _line_features(trainer: _Trainer, words: list[str]) -> list[list[int]]:
    return [
        [trainer.id_of(f) for offset, word in zip(WINDOW, window, strict=True)
         for f in word_features(word, offset)]
        for window in windows(words)
    ]  # fmt: skip


def train(
    articles: list[Article], epochs: int = EPOCHS, seed: int = SEED
) -> dict[str, tuple[float, ...]]:
    """Averaged perceptron weights learnt from ``articles``' lines, before pruning."""
    trainer = _Trainer()
    previous_ids = [trainer.id_of(previous_feature(label)) for label in range(len(LABELS))]
    lines = [
        (_line_features(trainer, line.words()), line.labels())
        for article in articles for line in article.lines
    ]  # fmt: skip
    order = list(range(len(lines)))
    shuffler = random.Random(seed)
    for _ in range(epochs):
        shuffler.shuffle(order)
        for number in order:
            features, truth = lines[number]
            previous = OUT
            for token_features, gold in zip(features, truth, strict=True):
                active = [*token_features, previous_ids[previous]]
                scores = [0.0] * len(LABELS)
                for index in active:
                    weights = trainer.weights[index]
                    scores[0] += weights[0]
                    scores[1] += weights[1]
                    scores[2] += weights[2]
                guess = max(range(len(LABELS)), key=lambda label: (scores[label], -label))
                trainer.clock += 1
                if guess != gold:
                    trainer.update(active, gold, guess)
                previous = guess
    return trainer.averaged()


def pruned(weights: dict[str, tuple[float, ...]], prune: float = PRUNE) -> dict[str, list[int]]:
    """Weights as whole numbers times ``SCALE``, each feature's O weight subtracted (only the
    differences between labels tell a tag), those that barely differ dropped."""
    kept = {}
    for feature, values in weights.items():
        shifted = [round((value - values[OUT]) * SCALE) for value in values]
        if max(abs(value) for value in shifted) >= prune * SCALE:
            kept[feature] = shifted
    return dict(sorted(kept.items()))


def model_of(table: dict[str, list[int]]) -> Model:
    return Model({feature: tuple(v / SCALE for v in values) for feature, values in table.items()})
