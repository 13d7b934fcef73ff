"""Cross-validating the partner-name tagger (``invoke tagger-cv``): the honest measure.

A tagger trained on every tuning corpus and scored on them is scored on what it learnt. Here the
tuning corpora are split into ``k`` groups (every ``k``-th corpus by name), and each group's
articles are tagged by a model trained on the other groups only. Two measures, summed over the
folds:

* spans: of the gold partners' names, how many the tagger marks exactly; of the partners, how
  many have a name it overlaps; how many spans it marks that overlap no partner's name;
* drafts: the plainest hook a drafting could have, applied to the held group's drafts with the
  fold's spans and scored by tools.evaluation (partners TP / FP / FN), beside the drafts
  without it, for several margins. The hook (``with_spans``): a Latin-script span opening with
  a capital, sure by at least the margin, none of whose words is a word of a drafted partner or
  person or all Vietnamese syllables, becomes ``<country>-<slug of the span>`` where the draft's
  partners have one foreign country. It lowers the cross-validated partners F1 at every margin
  (docs/extraction.md, "A learnt partner-name tagger"): drafting does not call the tagger.

Each fold's model is trained in memory (tools.tagger_train); none is written.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest.errors import InputError
from digest.extract import drafting
from digest.extract.translit import is_vi_syllable
from digest.registries import default_registries
from digest.scripts import script_of
from digest.text import fold, slugify
from tools.evaluation import Counts, score_partner_kinds, scored_partner_ids
from tools.tagger import Model, Span
from tools.tagger_train import Article, model_of, pruned, read_corpus, train
from tools.tuning import tuning_corpora

FOLDS = 5
MARGINS = (0.0, 2.0, 5.0, 10.0, 20.0)
_WORD = re.compile(r"[^\W\d_]+")
_ARTICLE = re.compile(r"^(?:the|The)\s+")


@dataclass
class SpanCounts:
    gold: int = 0  # gold name occurrences
    exact: int = 0  # ... marked exactly
    marked: int = 0  # spans the tagger marks
    invented: int = 0  # ... overlapping no gold name
    partners: Counter[str] = field(default_factory=Counter)  # by kind: partners named
    found: Counter[str] = field(default_factory=Counter)  # by kind: ... with a name overlapped
    articles: int = 0

    def add_article(self, article: Article, model: Model) -> None:
        self.articles += 1
        named: dict[str, str] = {}
        hit: set[str] = set()
        for line in article.lines:
            spans = model.tag_line(line.text)
            self.marked += len(spans)
            self.gold += len(line.spans)
            exact = {(s.start, s.end) for s in spans}
            for gold in line.spans:
                named[gold.partner] = gold.kind
                self.exact += (gold.start, gold.end) in exact
                if any(_overlap(s, gold.start, gold.end) for s in spans):
                    hit.add(gold.partner)
            self.invented += sum(
                not any(_overlap(s, g.start, g.end) for g in line.spans) for s in spans
            )
        self.partners.update(named.values())
        self.found.update(named[pid] for pid in hit)

    def format(self) -> str:
        per_article = self.invented / max(self.articles, 1)
        precision = (self.marked - self.invented) / max(self.marked, 1)
        out = [
            f"articles {self.articles}; gold names {self.gold}, marked exactly {self.exact} "
            f"(recall {self.exact / max(self.gold, 1):.3f}); spans marked {self.marked}, "
            f"overlapping no gold name {self.invented} ({per_article:.2f} an article; "
            f"precision {precision:.3f})",
            "partners with a name overlapped, by kind:",
        ]
        for kind, total in sorted(self.partners.items()):
            out.append(f"  {kind:14} {self.found[kind]:5} / {total:5}")
        return "\n".join(out) + "\n"


def _overlap(span: Span, start: int, end: int) -> bool:
    return span.start < end and span.end > start


def folds(corpora: list[Path], k: int = FOLDS) -> list[list[Path]]:
    return [corpora[index::k] for index in range(k)]


def with_spans(draft: dict[str, Any], spans: list[Span], margin: float) -> dict[str, Any]:
    """``draft`` with a partner for each span the plainest hook would take (module doc)."""
    known: set[str] = set()
    for partner in draft["partners"]:
        known.update(fold(w) for w in _WORD.findall(f"{partner['id']} {partner['name_en'] or ''}"))
    for person in draft["people"]:
        known.update(
            fold(w) for w in _WORD.findall(f"{person['name']} {person['name_latin'] or ''}")
        )
    countries = {p["country"] for p in draft["partners"] if p["country"] not in (None, "VN")}
    if len(countries) != 1:
        return draft
    country = countries.pop()
    partners = list(draft["partners"])
    for span in spans:
        words = _WORD.findall(span.text)
        if (
            span.margin < margin
            or script_of(span.text[0]) != "Latin"
            or not span.text[0].isupper()
            or any(fold(word) in known for word in words)
            or all(is_vi_syllable(word) for word in words)
        ):
            continue
        name = _ARTICLE.sub("", span.text)
        pid = f"{country.lower()}-{slugify(name)}"
        if all(p["id"] != pid for p in partners):
            partners.append(
                {"id": pid, "name_en": name, "country": country, "kind": "organisation"}
            )
    return {**draft, "partners": partners}


@dataclass
class Measure:
    """What cross-validation found: span counts, and partners counts by margin (None: the
    drafts without the tagger)."""

    spans: SpanCounts
    partners: dict[float | None, Counts]
    # By kind: gold partners the drafts miss, and those of them a name of which the tagger marks
    # exactly (what a hook could at best add, were their ids and countries told right).
    missed: Counter[str] = field(default_factory=Counter)
    marked: Counter[str] = field(default_factory=Counter)

    def add_missed(
        self, article: Article, draft: dict[str, Any] | None, tagged: list[Span]
    ) -> None:
        _, got = scored_partner_ids(article.gold, draft or {})
        texts = {span.text for span in tagged}
        for partner in article.gold.get("partners") or []:
            if partner["id"] not in got:
                kind = partner.get("kind") or "?"
                self.missed[kind] += 1
                self.marked[kind] += any(form in texts for form in partner.get("as_written", []))

    def format(self) -> str:
        out = [self.spans.format(), "gold partners the drafts miss, a name marked exactly:"]
        for kind, total in sorted(self.missed.items()):
            out.append(f"  {kind:14} {self.marked[kind]:5} / {total:5}")
        out.append("partners of the drafts, every tuning article:")
        base = self.partners[None]
        out.append(f"  without the tagger     TP {base.tp:5} FP {base.fp:5} FN {base.fn:5}  "
                   f"F1 {base.f1:.4f}")  # fmt: skip
        for margin, counts in self.partners.items():
            if margin is not None:
                out.append(
                    f"  hook, margin >= {margin:5.1f}  TP {counts.tp:5} FP {counts.fp:5} "
                    f"FN {counts.fn:5}  F1 {counts.f1:.4f}"
                )
        return "\n".join(out) + "\n"


def _drafted(article: Article) -> dict[str, Any] | None:
    try:
        return drafting.draft(article.path, default_registries()).as_json()
    except InputError:
        return None


def _partners(gold: dict[str, Any], draft: dict[str, Any] | None) -> Counts:
    return sum(score_partner_kinds(gold, draft).values(), Counts())


def cross_validate(
    k: int = FOLDS, margins: tuple[float, ...] = MARGINS, corpora: list[Path] | None = None
) -> Measure:
    """Spans and drafts' partners, summed over ``k`` folds split by corpus (by default every
    tuning corpus; a test passes its own)."""
    corpora = tuning_corpora() if corpora is None else corpora
    read = {corpus: read_corpus(corpus) for corpus in corpora}
    measure = Measure(SpanCounts(), {key: Counts() for key in (None, *margins)})
    spans, partners = measure.spans, measure.partners
    for held in folds(corpora, k):
        trained = [a for corpus in corpora if corpus not in held for a in read[corpus]]
        model = model_of(pruned(train(trained)))
        for article in (a for corpus in held for a in read[corpus]):
            spans.add_article(article, model)
            draft = _drafted(article)
            partners[None] += _partners(article.gold, draft)
            tagged = [s for line in article.lines for s in model.tag_line(line.text)]
            measure.add_missed(article, draft, tagged)
            for margin in margins:
                hooked = draft and with_spans(draft, tagged, margin)
                partners[margin] += _partners(article.gold, hooked)
    return measure


def main(k: int = FOLDS) -> str:
    return cross_validate(k).format()
