"""How well the drafting finds an article's facts, measured on the gold corpus; how fast it runs.

``evaluate()`` drafts every ``tests/extraction_corpus/<lang>/<name>.txt`` and compares it with the
hand-written ``<name>.json`` field by field; ``format_report()`` turns the result into the tables
``invoke eval-extract`` prints, ``Evaluation.as_json()`` into what ``--json`` writes.
``benchmark()`` is ``invoke bench-extract``. The scoring rules are in docs/extraction.md.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest.mock import patch

from digest.errors import InputError
from digest.extract import drafting
from digest.extract import layout as layout_module
from digest.registries import Registries, default_registries
from digest.text import fold, slugify, squeeze_spaces

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "tests" / "extraction_corpus"
SEEDS_DIR = ROOT / "seeds"
SCALAR_FIELDS = ("lang", "title", "date", "outlet", "source_url", "province", "province_as_written")
SET_FIELDS = ("provinces", "partners", "figures", "people", "topics")
FIELDS = SCALAR_FIELDS + SET_FIELDS
ACCURACIES = ("figures.what", "figures.approx", "people.role", "people.name_latin")
# Words that qualify a title rather than being it: "Consul General", "Director-General".
_TITLE_QUALIFIERS = frozenset({"general"})
_TITLE_SYNONYMS = {"chairwoman": "chairman", "chairperson": "chairman", "chair": "chairman"}
_TITLE_END = re.compile(r"\s+(?:of|for|to|in|at|with)\s+|,", re.IGNORECASE)
# An unlisted partner's id is its country and the slug of an English name, and English names
# of one body come in several orders ("University of Leipzig", "Leipzig University"): the words
# that only join the others do not tell two bodies apart.
_ID_SHAPE = re.compile(r"([a-z]{2})-([a-z0-9-]+)")
_JOINING_WORDS = frozenset({"of", "the", "and", "in", "for", "at", "on"})
# An acronym shorter than this may be anything's initials.
_MIN_ACRONYM = 3
# A country's chambers are written by their acronym as often as by their English name
# ("fr-cci-bretagne", "fr-bretagne-chamber-of-commerce-and-industry"): the acronym is the kind's
# words, only in the country whose language it abbreviates (an IHK is German, a CCI French).
# A place's kind, written into one English name and not into another ("Province of Liège",
# "Liège"; "Gangwon State", "Gangwon Province").
_PLACE_KINDS = frozenset({"region", "city", "district"})
_PLACE_KIND_WORDS = frozenset({
    "province", "prefecture", "oblast", "krai", "state", "region", "county", "district",
    "city", "municipality", "governorate", "voivodeship", "department", "canton", "autonomous",
})  # fmt: skip
_KIND_ACRONYMS = {
    ("fr", "cci"): ("chamber", "commerce", "industry"),
    ("de", "ihk"): ("chamber", "industry", "commerce"),
    ("de", "hwk"): ("chamber", "crafts"),
}


@dataclass
class Counts:
    """True positives, false positives and false negatives of one field, summed over articles."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """TP / (TP + FP); with nothing drafted, 1.0 if nothing was to be found, else 0.0."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)

    @property
    def f1(self) -> float:
        """2TP / (2TP + FP + FN); 1.0 when there was nothing to find and nothing was found."""
        errors = self.fp + self.fn
        return 1.0 if self.tp + errors == 0 else 2 * self.tp / (2 * self.tp + errors)

    def as_json(self) -> dict[str, float]:
        return {**vars(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Tally:
    """Right answers among matched items (what / approx of figures, role of people)."""

    right: int = 0
    total: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.right + other.right, self.total + other.total)

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class FieldScore:
    """One field of one article: the counts, and the gold items missed and the extra drafted."""

    counts: Counts
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)


@dataclass
class ArticleScore:
    name: str
    lang: str
    fields: dict[str, FieldScore]
    tallies: dict[str, Tally]
    error: str | None = None
    # Partners by kind (country, region, city, organisation ...): a hit counts for the gold
    # kind, a miss for the gold kind, an extra for the drafted kind.
    partner_kinds: dict[str, Counts] = field(default_factory=dict)
    # Partners where the article's words also tell the entity (``same_words``): a diagnostic
    # beside the strict score, never in the macro F1.
    partners_by_words: Counts = field(default_factory=Counts)


def compare_sets(gold: Iterable[str], predicted: Iterable[str]) -> FieldScore:
    gold_set, predicted_set = set(gold), set(predicted)
    return FieldScore(
        Counts(len(gold_set & predicted_set), len(predicted_set - gold_set),
               len(gold_set - predicted_set)),
        sorted(gold_set - predicted_set), sorted(predicted_set - gold_set),
    )  # fmt: skip


def partner_identity(partner_id: str) -> str:
    """What tells a partner apart: its id, or for a ``<iso2>-<words>`` id its country and the
    set of its words but the joining ones, so that an English name in another word order
    ("de-university-of-leipzig", "de-leipzig-university") or with its kind's acronym
    ("de-ihk-chemnitz") is the same body. A country is never one of its localities or bodies:
    their words differ."""
    shape = _ID_SHAPE.fullmatch(partner_id)
    if shape is None:
        return partner_id
    country, words = shape[1], set(shape[2].split("-")) - _JOINING_WORDS
    for word in list(words):
        spelt = _KIND_ACRONYMS.get((country, word))
        if spelt:
            words.discard(word)
            words.update(spelt)
    return f"{country}:{'-'.join(sorted(words))}"


def _gold_identities(partner: dict[str, Any]) -> Iterator[str]:
    """Every identity of a gold partner: its id's, and that of the id the corpus conventions
    make of its English name (``<iso2>-<slug of name_en>``) where the gold id was written
    otherwise ("fr-agence-de-l-eau-seine-normandie" named "Seine-Normandy Water Agency"); for a
    place, each of them without the words of its kind ("be-province-of-liege" is "be-liege")."""
    ids = [partner["id"]]
    country, name = partner.get("country"), partner.get("name_en")
    if isinstance(country, str) and isinstance(name, str) and partner.get("kind") != "country":
        ids.append(f"{country.lower()}-{slugify(name)}")
    for pid in ids:
        yield partner_identity(pid)
        if partner.get("kind") in _PLACE_KINDS:
            yield _place_identity(pid)


def _place_identity(partner_id: str) -> str:
    """A place's identity without the words of its kind: "Province of Liège" and "Liège" name
    one province when both are labelled regions."""
    shape = _ID_SHAPE.fullmatch(partner_id)
    if shape is None:
        return partner_id
    words = set(shape[2].split("-")) - _JOINING_WORDS - _PLACE_KIND_WORDS
    return f"{shape[1]}:{'-'.join(sorted(words))}"


def scored_partner_ids(
    gold: dict[str, Any], predicted: dict[str, Any]
) -> tuple[dict[str, str], dict[str, str]]:
    """Gold and drafted partners as {id: kind}, a drafted id written as the gold id of the
    same partner (same id, same words in another order, the gold English name's slug, a place
    without its kind's words, an acronym spelt out)."""
    partners = gold.get("partners") or []
    want = {p["id"]: p.get("kind") or "?" for p in partners}
    gold_of = {partner_identity(pid): pid for pid in want}
    # The identities the gold's English name and a place's kind give hold only between two
    # places or two bodies.
    named: dict[tuple[str, str], str] = {}
    for partner in partners:
        for identity in _gold_identities(partner):
            named.setdefault((identity, _kind_class(partner.get("kind"))), partner["id"])
    got: dict[str, str] = {}
    for partner in predicted.get("partners") or []:
        pid, kind = partner["id"], _kind_class(partner.get("kind"))
        same = (
            gold_of.get(partner_identity(pid))
            or named.get((partner_identity(pid), kind))
            or (named.get((_place_identity(pid), kind)) if kind in _PLACE_KINDS else None)
            or _spelt_out(pid, want)
        )
        got[same or pid] = partner.get("kind") or "?"
    return want, got


def same_words(
    gold: dict[str, Any], predicted: dict[str, Any]
) -> tuple[dict[str, str], dict[str, str]]:
    """``scored_partner_ids``, and a drafted partner the strict match leaves unmatched taken as
    the gold partner of its country and kind class that it was drafted from the same words of the
    article: a gold ``as_written`` form is one of the draft's forms or lies in one at word
    boundaries with at most a legal form or kind word around it ("авиакомпания «Аврора»" read,
    "Аврора" golded).
    The entity is found, its English id written otherwise ("ru-avrora-airlines"); how often that
    happens is what the strict score cannot tell apart from a partner not found at all."""
    want, got = scored_partner_ids(gold, predicted)
    unmatched = [p for p in gold.get("partners") or [] if p["id"] not in got]
    for partner in predicted.get("partners") or []:
        pid = partner["id"]
        if pid in want or pid not in got or not partner.get("as_written"):
            continue
        same = next((g for g in unmatched if _read_alike(partner, g)), None)
        if same is not None:
            unmatched.remove(same)
            got[same["id"]] = got.pop(pid)
    return want, got


# What may stand around a gold name in the words a draft read: a legal form or a kind word.
_MAX_EXTRA_WORDS = 2
_MAX_EXTRA_CHARACTERS = 16
_NOT_A_WORD = re.compile(r"[\W_]+")


def _read_alike(drafted: dict[str, Any], gold: dict[str, Any]) -> bool:
    if str(drafted.get("country") or "").upper() != str(gold.get("country") or "").upper():
        return False
    if _kind_class(drafted.get("kind")) != _kind_class(gold.get("kind")):
        return False
    return any(
        _holds(read, form)
        for read in drafted["as_written"]
        for form in gold.get("as_written") or []
    )


def _holds(read: str, form: str) -> bool:
    """Whether the words ``read`` are the gold ``form``, give or take a legal form or kind word."""
    read, form = " ".join(read.split()), " ".join(form.split())
    at = read.find(form) if form else -1
    if at < 0:
        return False
    before, after = read[:at], read[at + len(form) :]
    if _inside_word(before[-1:], form[0]) or _inside_word(form[-1], after[:1]):
        return False  # a part of a word: "Sachsen" in "Sachsenring"
    extra = _NOT_A_WORD.sub(" ", f"{before} {after}").split()
    return len(extra) <= _MAX_EXTRA_WORDS and sum(map(len, extra)) <= _MAX_EXTRA_CHARACTERS


# Scripts written without spaces, where a kind word follows a name directly ("彩光テクノ株式会社").
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _inside_word(left: str, right: str) -> bool:
    """Whether two adjacent characters belong to one word of a script written with spaces."""
    return all(c.isalnum() and not _UNSPACED.match(c) for c in (left, right)) and bool(left)


def _kind_class(kind: Any) -> str:
    """Bodies are bodies whatever their kind (an agency drafted as a company is the body named);
    a place is only its own kind: "Honghe" the county is not Honghe Prefecture."""
    return kind if kind in _PLACE_KINDS else "body"


def _spelt_out(partner_id: str, gold_ids: Iterable[str]) -> str | None:
    """The gold id that is ``partner_id``'s acronym spelt out, or whose acronym it spells out:
    "kr-gbsa" and "kr-gyeonggi-business-and-science-accelerator" name one body in one article,
    the acronym being the initials of the name's words but the joining ones, in their order,
    in the same country."""
    acronym, initials = _acronym(partner_id), _initials(partner_id)
    for gold_id in gold_ids:
        if (acronym and acronym == _initials(gold_id)) or (
            initials and initials == _acronym(gold_id)
        ):
            return gold_id
    return None


def _acronym(partner_id: str) -> str | None:
    """``<iso2>:<letters>`` of an id that is a country and one word of three letters or more."""
    shape = _ID_SHAPE.fullmatch(partner_id)
    if shape is None or "-" in shape[2] or len(shape[2]) < _MIN_ACRONYM:
        return None
    return f"{shape[1]}:{shape[2]}"


def _initials(partner_id: str) -> str | None:
    """``<iso2>:<initials>`` of an id that is a country and a name of three words or more."""
    shape = _ID_SHAPE.fullmatch(partner_id)
    words = [w for w in shape[2].split("-") if w not in _JOINING_WORDS] if shape else []
    if len(words) < _MIN_ACRONYM:
        return None
    return f"{shape[1]}:{''.join(w[0] for w in words)}"  # type: ignore[index]


def _scalar(value: Any) -> str | None:
    return None if value is None else squeeze_spaces(str(value)) or None


def score_scalar(name: str, gold: dict[str, Any], predicted: dict[str, Any]) -> FieldScore:
    """A scalar is a set of 0 or 1 items (null is empty): null/null adds no count at all. A
    drafted title the drafting flags for review is ignored when the article has no headline."""
    want, got = _scalar(gold.get(name)), _scalar(predicted.get(name))
    if name == "title" and want is None and "title" in predicted.get("needs_review", ()):
        got = None
    return compare_sets([want] if want else [], [got] if got else [])


def _figure_key(figure: dict[str, Any]) -> tuple[float, str]:
    return round(float(figure["value"]), 6), str(figure["unit"]).strip().casefold()


def _render_figure(figure: dict[str, Any]) -> str:
    value = int(figure["value"]) if float(figure["value"]).is_integer() else figure["value"]
    return f"{value} {figure['unit']} ({figure['what']}{', ~' * bool(figure['approx'])})"


def score_figures(
    gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> tuple[FieldScore, Tally, Tally]:
    """Figures match as a multiset of (value, unit); among equal keys, the drafted figure with
    the same ``what`` and ``approx`` is preferred. Returns the score, what- and approx-accuracy."""
    pool: dict[tuple[float, str], list[dict[str, Any]]] = defaultdict(list)
    for figure in predicted:
        pool[_figure_key(figure)].append(figure)
    score, what, approx = FieldScore(Counts()), Tally(), Tally()
    for want in gold:
        candidates = pool.get(_figure_key(want))
        if not candidates:
            score.counts.fn += 1
            score.missing.append(_render_figure(want))
            continue
        best = max(
            candidates, key=lambda f: (f["what"] == want["what"], f["approx"] == want["approx"])
        )
        candidates.remove(best)
        score.counts.tp += 1
        what.add(best["what"] == want["what"])
        approx.add(bool(best["approx"]) == bool(want["approx"]))
    for left in pool.values():
        score.counts.fp += len(left)
        score.extra += [_render_figure(f) for f in left]
    return score, what, approx


def _render_person(person: dict[str, Any]) -> str:
    return f"{person.get('name_latin') or person.get('name')} ({person.get('role')})"


def role_title(role: str | None) -> str | None:
    """The main title word of a role: "Vice Chairwoman of the ... Committee" → "chairman",
    "Party Secretary" → "secretary", "Consul General of India" → "consul"."""
    head = _TITLE_END.split((role or "").strip(), maxsplit=1)[0]
    words = [w for w in re.split(r"[\s\-–]+", head.casefold()) if w]
    while words and words[-1] in _TITLE_QUALIFIERS:
        words.pop()
    return _TITLE_SYNONYMS.get(words[-1], words[-1]) if words else None


def _same_person(want: dict[str, Any], got: dict[str, Any]) -> bool:
    if _latin(want) and _latin(want) == _latin(got):
        return True
    name = squeeze_spaces(want.get("name") or "")
    return bool(name) and name == squeeze_spaces(got.get("name") or "")


def _latin(person: dict[str, Any]) -> str:
    return fold(squeeze_spaces(person.get("name_latin") or ""))


def score_people(
    gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> tuple[FieldScore, Tally, Tally]:
    """People match by folded ``name_latin`` or by ``name`` as written; a matched person's role
    is right when it has the same main title word (see ``role_title``), the Latin name when it
    is the same folded. Returns the score, role- and Latin-name accuracy."""
    left = list(predicted)
    score, role, latin = FieldScore(Counts()), Tally(), Tally()
    for want in gold:
        got = next((p for p in left if _same_person(want, p)), None)
        if got is None:
            score.counts.fn += 1
            score.missing.append(_render_person(want))
            continue
        left.remove(got)
        score.counts.tp += 1
        want_title = role_title(want.get("role"))
        role.add(want_title is not None and want_title == role_title(got.get("role")))
        latin.add(_latin(want) == _latin(got))
    score.counts.fp += len(left)
    score.extra += [_render_person(p) for p in left]
    return score, role, latin


def score_draft(
    gold: dict[str, Any], predicted: dict[str, Any] | None
) -> tuple[dict[str, FieldScore], dict[str, Tally]]:
    """Every field of one article; ``predicted`` None (the drafting failed) misses everything."""
    got = predicted or {}
    fields = {name: score_scalar(name, gold, got) for name in SCALAR_FIELDS}
    for name in ("provinces", "topics"):
        fields[name] = compare_sets(gold.get(name) or [], got.get(name) or [])
    want, drafted = scored_partner_ids(gold, got)
    fields["partners"] = compare_sets(want, drafted)
    fields["figures"], what, approx = score_figures(gold["figures"], got.get("figures") or [])
    fields["people"], role, latin = score_people(gold["people"], got.get("people") or [])
    tallies = {"figures.what": what, "figures.approx": approx, "people.role": role}
    return fields, {**tallies, "people.name_latin": latin}


def score_partner_kinds(
    gold: dict[str, Any], predicted: dict[str, Any] | None
) -> dict[str, Counts]:
    """Partner counts by kind, so that organisations (embassies, ministries, universities) are
    measured apart from the places that outnumber them."""
    want, got = scored_partner_ids(gold, predicted or {})
    kinds: dict[str, Counts] = {}
    for pid, kind in want.items():
        hit = pid in got
        kinds[kind] = kinds.get(kind, Counts()) + Counts(int(hit), 0, int(not hit))
    for pid, kind in got.items():
        if pid not in want:
            kinds[kind] = kinds.get(kind, Counts()) + Counts(0, 1, 0)
    return kinds


def corpus_articles(corpus: Path = CORPUS_DIR) -> list[Path]:
    return sorted(path for path in corpus.glob("*/*.txt") if path.with_suffix(".json").exists())


def score_article(path: Path, registries: Registries) -> ArticleScore:
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    error = None
    try:
        predicted: dict[str, Any] | None = drafting.draft(path, registries).as_json()
    except InputError as failure:
        predicted, error = None, "; ".join(problem.message for problem in failure.problems)
    fields, tallies = score_draft(gold, predicted)
    kinds = score_partner_kinds(gold, predicted)
    by_words = compare_sets(*same_words(gold, predicted or {})).counts
    return ArticleScore(path.stem, path.parent.name, fields, tallies, error, kinds, by_words)


@dataclass
class Evaluation:
    articles: list[ArticleScore]

    @property
    def languages(self) -> list[str]:
        return sorted({a.lang for a in self.articles})

    def _of(self, lang: str | None) -> list[ArticleScore]:
        return [a for a in self.articles if lang is None or a.lang == lang]

    def counts(self, lang: str | None = None) -> dict[str, Counts]:
        """Counts per field, pooled over the articles of ``lang`` (of every language if None)."""
        return {n: sum((a.fields[n].counts for a in self._of(lang)), Counts()) for n in FIELDS}

    def tallies(self, lang: str | None = None) -> dict[str, Tally]:
        return {n: sum((a.tallies[n] for a in self._of(lang)), Tally()) for n in ACCURACIES}

    def partner_kinds(self) -> dict[str, Counts]:
        """Partner counts by kind, pooled over every article."""
        pooled: dict[str, Counts] = {}
        for article in self.articles:
            for kind, counts in article.partner_kinds.items():
                pooled[kind] = pooled.get(kind, Counts()) + counts
        return dict(sorted(pooled.items()))

    def partners_by_words(self) -> Counts:
        """Partners matched by id or by the article's words (``same_words``), pooled."""
        return sum((a.partners_by_words for a in self.articles), Counts())

    def language_mean(self, lang: str) -> float:
        return statistics.fmean(c.f1 for c in self.counts(lang).values())

    @property
    def macro_f1(self) -> float:
        return statistics.fmean(self.language_mean(lang) for lang in self.languages)

    @property
    def failures(self) -> list[ArticleScore]:
        return [a for a in self.articles if a.error is not None]

    def worst(self, limit: int = 10) -> list[tuple[ArticleScore, str, FieldScore]]:
        """Article fields with the lowest F1, most errors first (failed articles excluded)."""
        rows = [(a, name, score) for a in self.articles if a.error is None
                for name, score in a.fields.items() if score.counts.f1 < 1]  # fmt: skip
        rows.sort(key=lambda r: (r[2].counts.f1, -(r[2].counts.fp + r[2].counts.fn), r[0].name))
        return rows[:limit]

    def as_json(self) -> dict[str, Any]:
        def block(lang: str | None) -> dict[str, Any]:
            tallies = self.tallies(lang)
            return {
                "fields": {name: c.as_json() for name, c in self.counts(lang).items()},
                "accuracy": {n: {"right": t.right, "total": t.total, "accuracy": t.accuracy}
                             for n, t in tallies.items()},
            }  # fmt: skip

        return {
            "macro_f1": self.macro_f1,
            "languages": {
                lang: {"mean_f1": self.language_mean(lang), **block(lang)}
                for lang in self.languages
            },
            "overall": block(None),
            "partners_by_kind": {kind: c.as_json() for kind, c in self.partner_kinds().items()},
            "partners_same_words": self.partners_by_words().as_json(),
            "failed": {a.name: a.error for a in self.failures},
            "articles": {
                a.name: {n: {**vars(s.counts), "missing": s.missing, "extra": s.extra}
                         for n, s in a.fields.items()}
                for a in self.articles
            },
        }  # fmt: skip


def evaluate(corpus: Path = CORPUS_DIR, registries: Registries | None = None) -> Evaluation:
    registries = registries or default_registries()
    return Evaluation([score_article(path, registries) for path in corpus_articles(corpus)])


_SHORT = {"source_url": "url", "province": "prov", "province_as_written": "as_wr",
          "provinces": "provs", "partners": "partn", "figures": "figs"}  # fmt: skip


def _shorten(items: list[str], limit: int = 4) -> str:
    shown = "; ".join(items[:limit]) + (
        f"; … (+{len(items) - limit})" if len(items) > limit else ""
    )
    return shown or "—"


def format_report(evaluation: Evaluation, worst: int = 10) -> str:
    heads = [_SHORT.get(name, name) for name in FIELDS]
    widths = [max(5, len(h)) for h in heads]
    line = "  ".join(f"{h:>{w}}" for h, w in zip(heads, widths, strict=True))
    out = [f"F1 per language and field  (macro F1 {evaluation.macro_f1:.3f})", "",
           f"{'lang':<6}{line}   mean"]  # fmt: skip
    for lang in evaluation.languages:
        f1s = [c.f1 for c in evaluation.counts(lang).values()]
        cells = "  ".join(f"{v:>{w}.2f}" for v, w in zip(f1s, widths, strict=True))
        out.append(f"{lang:<6}{cells}  {evaluation.language_mean(lang):5.2f}")
    means = [statistics.fmean(evaluation.counts(lang)[name].f1 for lang in evaluation.languages)
             for name in FIELDS]  # fmt: skip
    cells = "  ".join(f"{v:>{w}.2f}" for v, w in zip(means, widths, strict=True))
    out += [f"{'macro':<6}{cells}  {evaluation.macro_f1:5.2f}", "",
            "Per field over all articles (pooled counts)", "",
            f"{'field':<22}{'P':>6}{'R':>6}{'F1':>6}{'TP':>6}{'FP':>6}{'FN':>6}"]  # fmt: skip
    for name, c in evaluation.counts().items():
        out.append(
            f"{name:<22}{c.precision:6.2f}{c.recall:6.2f}{c.f1:6.2f}{c.tp:6}{c.fp:6}{c.fn:6}"
        )
    for name, t in evaluation.tallies().items():
        accuracy = "—" if t.accuracy is None else f"{t.accuracy:.2f}"
        out.append(f"{name:<22}accuracy {accuracy} ({t.right}/{t.total} matched)")
    for name, c in [
        *((f"partners.{kind}", c) for kind, c in evaluation.partner_kinds().items()),
        ("partners, same words", evaluation.partners_by_words()),
    ]:
        out.append(
            f"{name:<22}{c.precision:6.2f}{c.recall:6.2f}{c.f1:6.2f}{c.tp:6}{c.fp:6}{c.fn:6}"
        )
    if evaluation.failures:
        out += ["", "Articles the drafting refused (every gold item counted as missed):"]
        out += [f"  {a.lang}/{a.name}: {a.error}" for a in evaluation.failures]
    out += ["", f"Worst {worst} article fields (lowest F1, then most errors):"]
    for article, name, score in evaluation.worst(worst):
        c = score.counts
        out.append(f"  {article.name:<6} {name:<20} F1 {c.f1:.2f}  expected: "
                   f"{_shorten(score.missing)}  got: {_shorten(score.extra)}")  # fmt: skip
    return "\n".join(out) + "\n"


STAGE_PASSES = 3
STAGES: tuple[tuple[Any, str], ...] = (
    (drafting, "read_article"), (drafting, "detect"), (layout_module, "parse"),
    (drafting, "find_places"), (drafting, "extract_figures"), (drafting, "extract_people"),
    (drafting, "find_topics"),
)  # fmt: skip


def _timed(name: str, function: Callable[..., Any], totals: dict[str, float]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            totals[name] += time.process_time() - start

    return timed


def _draft_all(paths: list[Path], registries: Registries) -> None:
    for path in paths:
        with suppress(InputError):
            drafting.draft(path, registries)


@dataclass
class Benchmark:
    articles: int
    cpu_rates: list[float]  # articles per CPU second, one per run
    wall_rates: list[float]  # articles per wall-clock second (lower when the machine is busy)
    stages: dict[str, float]  # CPU seconds per article

    @property
    def rate(self) -> float:
        return statistics.median(self.cpu_rates)

    def format(self) -> str:
        runs = ", ".join(f"{r:.1f}" for r in self.cpu_rates)
        out = [f"{self.articles} articles, one process, one thread; per run: {runs} articles/s",
               f"median: {self.rate:.1f} articles per CPU second ({1000 / self.rate:.1f} ms "
               f"per article); wall clock: {statistics.median(self.wall_rates):.1f} articles/s",
               "", f"CPU time per article by stage ({STAGE_PASSES} more passes):"]  # fmt: skip
        total = sum(self.stages.values())
        for name, seconds in sorted(self.stages.items(), key=lambda kv: -kv[1]):
            out.append(f"  {name:<16}{seconds * 1000:8.2f} ms  {100 * seconds / total:5.1f} %")
        return "\n".join(out) + "\n"


def benchmark(
    paths: list[Path] | None = None, seconds: float = 3.0, runs: int = 3,
    registries: Registries | None = None,
) -> Benchmark:  # fmt: skip
    """Articles per second on one core: a warm-up pass, then ``runs`` runs of whole passes
    lasting at least ``seconds`` of CPU time each; then passes with every stage timed. CPU time
    (``time.process_time``) is what counts: drafting is single-threaded, and other processes
    on a busy machine would make wall-clock rates meaningless."""
    paths = paths or [*corpus_articles(), *sorted(SEEDS_DIR.glob("*.txt"))]
    registries = registries or default_registries()
    _draft_all(paths, registries)
    cpu_rates, wall_rates = [], []
    for _ in range(runs):
        done, cpu, wall = 0, time.process_time(), time.perf_counter()
        while (elapsed := time.process_time() - cpu) < seconds:
            _draft_all(paths, registries)
            done += len(paths)
        cpu_rates.append(done / elapsed)
        wall_rates.append(done / (time.perf_counter() - wall))
    totals: dict[str, float] = defaultdict(float)
    start = time.process_time()
    with ExitStack() as stack:  # the extract modules are themselves again when it closes
        for module, name in STAGES:
            timed = _timed(name, getattr(module, name), totals)
            stack.enter_context(patch.object(module, name, timed))
        for _ in range(STAGE_PASSES):
            _draft_all(paths, registries)
    totals["other"] = time.process_time() - start - sum(totals.values())
    per_article = {k: v / len(paths) / STAGE_PASSES for k, v in totals.items()}
    return Benchmark(len(paths), cpu_rates, wall_rates, per_article)
