"""The vocabulary people are recognised by, and one article read against it.

All words are in vocabularies/roles.yaml: honorifics, cues (verbs of saying, "according to"),
place markers, case endings, family names, and the titles, organs and levels roles are composed
from. Titles, organs and levels are found in one pass over the article with one regex each (no
capture groups, so the regex engine can skip ahead); ``Doc`` keeps them sorted by position so
every later step looks them up with a bisection.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from digest.registries import drafting_cache, drafting_registries
from digest.scripts import char_class
from digest.text import CASED_LETTERS, alternation, first_letter_look, same_length_fold

CASED = frozenset({"en", "vi", "de", "pl", "fr", "es", "it", "pt", "ru", "uk"})
UNSPACED = frozenset({"ja", "zh", "ko", "th"})  # registry forms match inside words
_UPPER = "".join(c for c in CASED_LETTERS if c.isupper())
CAP_WORD = re.compile(rf"[{_UPPER}][\w'’]*(?:-[\w'’]+)*")
RUN = re.compile(rf"{CAP_WORD.pattern}(?:[ \t]+{CAP_WORD.pattern})*")
WORD_CHAR = rf"[\w{char_class('Devanagari')}]"
OPENER = re.compile(r"\s*[,(،]\s*|\s+[–—-]\s+")
CLOSERS = ',;:()"„“”«»。.!?\n、「」『』،؛'
# "Deputy Mayor of Sakai Kenji Otsuka"; Romance prepositions fused with an article ("del
# Consiglio regionale della Lombardia Marco Rossi") link a role to its place just the same.
LINKS = frozenset(
    {"of", "the", "de", "di", "da", "do", "du", "del", "della", "dello", "delle", "degli"}
    | {"dei", "des", "dos", "das"}
)
# German links a title to its country or place with "von" ("Generalkonsulin von Vietnam in
# Frankfurt Nguyễn Thị Lan", "Bürgermeister von Leipzig Burkhard Jung"), as English with "of";
# kept apart from LINKS, which also joins the words of a name ("von der Leyen").
LANGUAGE_LINKS = {"de": frozenset({"von", "vom"})}
_HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640]")


# Words and names, met again and again.
fold_word = functools.lru_cache(maxsize=16384)(same_length_fold)


@dataclass(frozen=True)
class RoleTerm:
    """A title, organ or level of vocabularies/roles.yaml: its id, English and how it composes."""

    id: str
    en: str
    en_female: str = ""
    standalone: bool = False
    leveled: bool = False
    takes_of: bool = False
    ordinary: bool = False  # worker, farmer...: describes a person but does not make a name one
    # An organ's own English for a title beside it: a голова of a state administration is its
    # Head, a consejero of a regional government its Minister ((title id, English), ...).
    retitles: tuple[tuple[str, str], ...] = ()


class Hit(NamedTuple):
    """A title, organ or level found in the article (sorted by position, like tuples)."""

    start: int
    end: int
    kind: str  # "title", "organ" or "level"
    term: RoleTerm


class Word(NamedTuple):
    """A word of a name, at its place in the article."""

    start: int
    end: int
    text: str  # as used in the name: a case ending may be taken off


@dataclass(frozen=True)
class _Matcher:
    """Registry forms of one kind for one language, longest first; None terms are blockers."""

    pattern: re.Pattern[str] | None
    known: dict[str, RoleTerm | None]  # matched text -> term, filled as texts are met
    forms: tuple[tuple[re.Pattern[str], RoleTerm | None], ...]
    # The hits of the texts searched last: an article's titles are looked for by the people's
    # reading and again by the unlisted places' (``unlisted._TitleEnds``), in the same text.
    recent: dict[tuple[str, str], tuple[Hit, ...]] = field(default_factory=dict)

    def find(self, folded: str, kind: str) -> list[Hit]:
        key = (folded, kind)
        hits = self.recent.get(key)
        if hits is None:
            if len(self.recent) >= _RECENT_TEXTS:
                self.recent.clear()
            hits = self.recent[key] = tuple(self._search(folded, kind))
        return list(hits)

    def _search(self, folded: str, kind: str) -> list[Hit]:
        hits = []
        for match in self.pattern.finditer(folded) if self.pattern else ():
            text = " ".join(match.group().split())
            if text not in self.known:
                self.known[text] = next((e for rx, e in self.forms if rx.fullmatch(text)), None)
            if self.known[text] is not None and not _counted(folded, match.start()):
                hits.append(Hit(match.start(), match.end(), kind, self.known[text]))
        return hits


# How many texts each matcher keeps the hits of: an article's title and body, a few times over.
_RECENT_TEXTS = 4


# A number joined to a title by a hyphen counts a body's size ("a 14-member delegation", "a
# 3-member team"): no one holds that title.
_COUNTED = re.compile(r"\d-")


def _counted(folded: str, start: int) -> bool:
    return start >= 2 and _COUNTED.match(folded, start - 2, start) is not None


def _form_regex(form: str, lang: str) -> str:
    core = r"\w*".join(
        re.escape(same_length_fold(part)).replace(r"\ ", r"\s+") for part in form.split("*")
    )
    return f"(?:{core}|{core[1:]})" if lang == "ar" and form.startswith("ال") else core


def _matcher(records: list[dict[str, Any]], blockers: list[str], lang: str) -> _Matcher:
    forms: list[tuple[str, RoleTerm | None]] = [(form, None) for form in blockers]
    for r in records:
        flags = (r.get(key, False) for key in ("standalone", "leveled", "takes_of", "ordinary"))
        retitles = tuple(sorted((r.get("retitles") or {}).items()))
        term = RoleTerm(r["id"], r["en"], r.get("en_female", ""), *flags, retitles=retitles)
        forms += [(form, term) for form in r["forms"].get(lang, [])]
    forms.sort(key=lambda item: -len(item[0]))
    # One boundary before the whole alternation, not one per form: ten times faster.
    left, right = ("", "") if lang in UNSPACED else (rf"(?<!{WORD_CHAR})", rf"(?!{WORD_CHAR})")
    # و ف, then ب ك with the article ال, or ل (ل + ال is لل), or the article alone: a title is
    # written "المحافظ" as often as "محافظ".
    clitics = "(?:[وف]?(?:[بك]?ال|لل|[بلك])?)" if lang == "ar" else ""
    branches = "|".join(_form_regex(f, lang) + ("" if f[-1] == "*" else right) for f, _ in forms)
    known = {same_length_fold(f): e for f, e in reversed(forms) if "*" not in f and lang != "ar"}
    recover = tuple((re.compile(clitics + _form_regex(f, lang)), e) for f, e in forms)
    pattern = (
        re.compile(f"{left}{_first_letters(forms, lang)}{clitics}(?:{branches})") if forms else None
    )
    return _Matcher(pattern, known, recover)


def _first_letters(forms: list[tuple[str, RoleTerm | None]], lang: str) -> str:
    """``first_letter_look`` of the forms; none where a form may start with any letter, in
    Arabic (its clitics come first) or where the regex module looks by itself (unspaced)."""
    starts = [same_length_fold(form.split("*")[0])[:1] for form, _ in forms]
    if lang == "ar" or lang in UNSPACED or not all(start.strip() for start in starts):
        return ""
    return first_letter_look(starts)


def _compile(template: str, forms: list[str]) -> re.Pattern[str] | None:
    return re.compile(template.replace("FORMS", alternation(forms))) if forms else None


def _residence_regex(form: str) -> re.Pattern[str]:
    head, _, tail = (
        r"\s+".join(map(re.escape, part.split())) for part in form.partition("{place}")
    )
    place = rf"(?P<place>{RUN.pattern})"
    return re.compile(rf"\s+(?i:{head})\s+{place}" if head else rf"\s+{place}\s+(?i:{tail})\b")


@dataclass(frozen=True)
class Lexicon:
    lang: str
    titles: _Matcher
    organs: _Matcher
    levels: _Matcher
    honorifics: frozenset[str]  # as the registry writes them (not capitalised for a sentence)
    female: frozenset[str]
    before: re.Pattern[str] | None  # honorific before the name, then its spacing
    after: re.Pattern[str] | None  # honorific after the name
    according: re.Pattern[str] | None
    said: re.Pattern[str] | None  # a verb of saying right after a name
    markers: frozenset[str]  # words before a place name
    markers_after: frozenset[str]
    endings: tuple[str, ...]
    stops: tuple[str, ...]
    surnames: frozenset[str]
    residences: tuple[tuple[re.Pattern[str], str], ...]
    # Titles that end a compound naming their field or body ("Sozialministerin",
    # "Kammerpräsident"), folded, with the title each is.
    compound_heads: dict[str, RoleTerm] = field(default_factory=dict)


def registry() -> dict[str, Any]:
    """vocabularies/roles.yaml of the registries drafting reads with (checked, loaded once)."""
    return drafting_registries().vocabularies.roles


@drafting_cache
def lexicon(lang: str) -> Lexicon:
    reg = registry()
    honor, cues, markers = (
        reg[key].get(lang, {}) for key in ("honorifics", "cues", "place_markers")
    )
    before = honor.get("before", [])
    if lang in CASED:  # a lowercase honorific is capitalised at the start of a sentence
        before = before + [form[0].upper() + form[1:] for form in before if form[0].islower()]
    left = "" if lang == "th" else rf"(?<!{WORD_CHAR})"  # Thai glues words together
    spacing = r"[ \t]+" if lang in CASED else "" if lang == "th" else r"\s+"
    script = "latin" if lang in CASED else {"ar": "arabic", "zh": "hanzi", "ja": "hanzi"}.get(lang)
    residences = [(form, r["en"]) for r in reg["residences"] for form in r["forms"].get(lang, [])]
    titles = _matcher(reg["titles"], reg["blockers"].get(lang, []), lang)
    return Lexicon(
        lang=lang,
        titles=titles,
        organs=_matcher(reg["organs"], [], lang),
        levels=_matcher(reg["levels"], [], lang),
        honorifics=frozenset(honor.get("before", []) + honor.get("after", [])),
        female=frozenset(honor.get("female", [])),
        before=_compile(rf"{left}(?P<h>FORMS){spacing}", before),
        after=_compile("FORMS", honor.get("after", [])),
        according=_compile(r"(?<!\w)(?i:FORMS)\s+", cues.get("according", [])),
        said=_compile(r"\s*,?\s*(?i:FORMS)(?!\w)", cues.get("said", [])),
        markers=frozenset(map(same_length_fold, markers.get("before", []))),
        markers_after=frozenset(map(same_length_fold, markers.get("after", []))),
        endings=tuple(sorted(reg["case_endings"].get(lang, []), key=len, reverse=True)),
        stops=tuple(sorted(reg["name_stops"].get(lang, []), key=len, reverse=True)),
        surnames=frozenset(map(same_length_fold, reg["surnames"].get(script, []))),
        residences=tuple((_residence_regex(form), what) for form, what in residences),
        compound_heads=_compound_heads(titles, reg.get("compound_heads", {}).get(lang, [])),
    )


def _compound_heads(titles: _Matcher, heads: list[str]) -> dict[str, RoleTerm]:
    """Each head word, folded, with the title the whole word is."""
    found = {}
    for head in map(same_length_fold, heads):
        hit = next((h for h in titles.find(head, "title") if h.end - h.start == len(head)), None)
        if hit is not None:
            found[head] = hit.term
    return found


# A compound's first part has a few letters at least ("Sozial-", "Kammer-", "Pflege-"); words
# longer than this are no words of a running text (a pathological page's letter run).
_COMPOUND = re.compile(r"(?<!\w)[^\W\d_]{7,40}(?!\w)")
_MODIFIER_MIN = 3


def _compound_titles(folded: str, heads: dict[str, RoleTerm], hits: list[Hit]) -> list[Hit]:
    """Words ending in a title ("sozialministerin", "kammerprasident") that no title form
    matched whole: the title the head is, over the whole word."""
    spans = sorted((hit.start, hit.end) for hit in hits)
    starts = [start for start, _ in spans]
    sizes = sorted({len(head) for head in heads}, reverse=True)  # the longest head first
    if not sizes:
        return []
    # Every head ends in one of these (its last letters, as many as the shortest head has): a
    # word ending otherwise ends in no head, and most long words of a text are such words.
    tails = {head[-sizes[-1] :] for head in heads}
    found = []
    for word in _COMPOUND.finditer(folded):
        text = word.group()
        if text[-sizes[-1] :] not in tails:
            continue
        index = bisect.bisect_right(starts, word.start())
        if index and spans[index - 1][1] > word.start():
            continue  # a form matched it already ("stellvertretende Ministerpräsidentin")
        for size in sizes:
            if len(text) - size >= _MODIFIER_MIN and text[-size:] in heads:
                found.append(Hit(word.start(), word.end(), "title", heads[text[-size:]]))
                break
    return found


# "TUM-Vizepräsidentin", "Wirtschafts-Landesrat", "AHK-Delegierter": a body or a field joined
# to a title by a hyphen.
_HYPHEN_MODIFIER = re.compile(r"(?<![\w-])[^\W_]{2,20}-$")


def _hyphen_joined(folded: str, hit: Hit) -> Hit:
    """A title hit widened over the modifier a hyphen joins to it, so the word with its name
    reads as title and name."""
    if hit.kind != "title" or folded[hit.start - 1 : hit.start] != "-":
        return hit
    modifier = _HYPHEN_MODIFIER.search(folded, max(0, hit.start - 22), hit.start)
    return hit._replace(start=modifier.start()) if modifier else hit


@dataclass(frozen=True)
class Mention:
    lead: int  # start of what introduces the name (honorific, cue): a role may stand before it
    start: int
    end: int  # end of the name as written
    name: str
    tail: int = -1  # end of an honorific written after the name
    female: bool = False


@dataclass
class Doc:
    text: str
    lex: Lexicon
    hits: list[Hit] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    claimed: list[tuple[int, int]] = field(default_factory=list)
    places: set[str] = field(default_factory=set)

    @classmethod
    def build(cls, text: str, lang: str) -> Doc:
        text = unicodedata.normalize("NFKC" if lang in ("ja", "zh", "ko") else "NFC", text)
        doc = cls(_HARAKAT.sub("", text) if lang == "ar" else text, lexicon(lang))
        folded = same_length_fold(doc.text)
        for kind in ("title", "organ", "level"):
            doc.hits += getattr(doc.lex, kind + "s").find(folded, kind)
        if doc.lex.compound_heads:
            doc.hits += _compound_titles(folded, doc.lex.compound_heads, doc.hits)
            doc.hits = [_hyphen_joined(folded, hit) for hit in doc.hits]
        doc.hits.sort()
        doc.starts = [hit.start for hit in doc.hits]
        return doc

    def hits_in(self, start: int, end: int) -> list[Hit]:
        return self.hits[
            bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)
        ]

    def in_role(self, pos: int, kinds: tuple[str, ...] = ("title", "organ", "level")) -> bool:
        """Whether ``pos`` is inside a title, an organ or a level ("Foreign Affairs")."""
        index = bisect.bisect_right(self.starts, pos)
        hits = self.hits[max(0, index - 4) : index]
        return any(hit.start <= pos < hit.end and hit.kind in kinds for hit in hits)

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.claimed)

    def mention(self, lead: int, name: list[Word], female: bool = False, tail: int = -1) -> Mention:
        found = Mention(
            lead, name[0].start, name[-1].end, " ".join(w.text for w in name), tail, female
        )
        self.claimed.append((lead, max(found.end, tail)))
        return found
