"""People an article names, with what they do, in English.

Articles name a person in a few fixed ways: with an honorific ("Herr Hoang Khanh Duy",
"ダン・スアン・フォン氏"), with a role next to the name ("Dyrektor Departamentu ... Kieu Hai Nam"),
after "according to", or before a verb of saying. A capitalised phrase with none of these is a
place or an organisation. Vietnamese names are also known by shape: two to four syllables from the
finite set of Vietnamese syllables, starting with a family name; that is what splits "prowincji Lai
Chau Kieu Hai Nam" into a place and a person, and "Nama" into "Nam" plus a Polish case ending.

All vocabulary is in registries/roles.yaml; this module knows only scripts and word order. Titles,
organs and levels are found in one pass over the article with one regex each (no capture groups,
so the regex engine can skip ahead), and every later step looks them up by position.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

import yaml

from digest.extract.translit import is_vi_syllable, script_of, to_latin
from digest.registries import REGISTRY_DIR

ROLES_FILE = REGISTRY_DIR / "roles.yaml"
_CASED = frozenset({"en", "vi", "de", "pl", "fr", "es", "it", "pt", "ru", "uk"})
_UNSPACED = frozenset({"ja", "zh", "ko", "th"})  # registry forms match inside words
_LATIN_CYRILLIC = [
    range(0x41, 0x5B),
    range(0xC0, 0x250),
    range(0x370, 0x530),
    range(0x1E00, 0x1F00),
]
_UPPER = "".join(c for c in map(chr, itertools.chain(*_LATIN_CYRILLIC)) if c.isupper())
_CAP_WORD = re.compile(rf"[{_UPPER}][\w'’]*(?:-[\w'’]+)*")
_RUN = re.compile(rf"{_CAP_WORD.pattern}(?:[ \t]+{_CAP_WORD.pattern})*")
_WORD = r"[\w\u0900-\u097f]"
_TOKEN = re.compile(r"[^\s.,;:!?()\[\]{}\"'«»“”„،؛؟\-–—/|·・、。]+")
_NOT_A_NAME = re.compile(r"[\dA-Za-z]|.{16}")  # digits, Latin letters, a whole Thai phrase
_KATAKANA_NAME = re.compile(r"[ァ-ヺー]+(?:[・･=][ァ-ヺー]+)*")
_HAN = re.compile(r"[\u3400-\u9fff々]+")
_OPENER = re.compile(r"\s*[,(،]\s*|\s+[–—-]\s+")
_PAREN = re.compile(r"\s*\(")  # in Chinese and Japanese a comma after a name starts a clause
_CLOSERS = ',;:()"„“”«»。.!?\n、「」『』،؛'
_CLOSER_AHEAD = re.compile(f"[{re.escape(_CLOSERS)}]")
_SENTENCE_END = '.!?:;"„“”«»()[]–—\n'
_HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640]")
_KO_PARTICLES = (
    "에게",
    "께서",
    "에서",
    "으로",
    "까지",
    "부터",
    "는",
    "가",
    "를",
    "을",
    "와",
    "과",
    "의",
    "에",
    "도",
    "로",
    "만",
    "은",
    "이",
)
_AFTER_FIRST = frozenset({"ja", "ko", "th", "hi"})  # a title after the name is the name's own
# How far (in words; characters in Chinese and Japanese) a role may stand before the name.
_GAP_BEFORE = {"ko": 0, "ja": 1, "zh": 1, "th": 1, "hi": 1}
_FOLD = str.maketrans(
    {
        c: unicodedata.normalize("NFD", c)[0].lower()
        for c in map(chr, itertools.chain(*_LATIN_CYRILLIC))
        if unicodedata.normalize("NFD", c)[0].lower() != c
    }
    | {"’": "'", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l"}
)


_ACCENTED = re.compile("[\u00c0-\u024f\u0370-\u052f\u1e00-\u1eff’]")


def _fold(text: str) -> str:
    """Case- and accent-insensitive form of the same length, so positions hold in both."""
    lower = text.lower()  # fast; only accented letters go through the table
    if len(lower) != len(text):
        return text.translate(_FOLD)
    return _ACCENTED.sub(lambda m: _FOLD.get(ord(m.group()), m.group()), lower)


@dataclass(frozen=True)
class Person:
    name: str  # as written; Slavic case endings removed from Vietnamese names
    name_latin: str  # Latin form; Vietnamese names keep diacritics only when the text gives them
    role: str  # in English, "" if the article gives none


@dataclass(frozen=True)
class _Entry:
    id: str
    en: str
    en_female: str = ""
    standalone: bool = False
    leveled: bool = False
    takes_of: bool = False
    ordinary: bool = False  # worker, farmer...: describes a person but does not make a name one


_Hit = tuple[int, int, str, _Entry]  # start, end, kind (title/organ/level), entry
_Word = tuple[int, int, str]  # start, end, the word as used in the name


@dataclass(frozen=True)
class _Matcher:
    """Registry forms of one kind for one language, longest first; None entries are blockers."""

    pattern: re.Pattern[str] | None
    known: dict[str, _Entry | None]  # matched text -> entry, filled as texts are met
    forms: tuple[tuple[re.Pattern[str], _Entry | None], ...]

    def find(self, folded: str, kind: str) -> list[_Hit]:
        hits = []
        for match in self.pattern.finditer(folded) if self.pattern else ():
            text = " ".join(match.group().split())
            if text not in self.known:
                self.known[text] = next((e for rx, e in self.forms if rx.fullmatch(text)), None)
            entry = self.known[text]
            if entry is not None:
                hits.append((match.start(), match.end(), kind, entry))
        return hits


def _form_regex(form: str, lang: str) -> str:
    core = r"\w*".join(re.escape(_fold(part)).replace(r"\ ", r"\s+") for part in form.split("*"))
    return f"(?:{core}|{core[1:]})" if lang == "ar" and form.startswith("ال") else core


def _matcher(records: list[dict[str, Any]], blockers: list[str], lang: str) -> _Matcher:
    forms: list[tuple[str, _Entry | None]] = [(form, None) for form in blockers]
    for r in records:
        flags = (r.get(key, False) for key in ("standalone", "leveled", "takes_of", "ordinary"))
        entry = _Entry(r["id"], r["en"], r.get("en_female", ""), *flags)
        forms += [(form, entry) for form in r["forms"].get(lang, [])]
    if not forms:
        return _Matcher(None, {}, ())
    forms.sort(key=lambda item: -len(item[0]))
    # One boundary before the whole alternation, not one per form: ten times faster.
    left, right = ("", "") if lang in _UNSPACED else (rf"(?<!{_WORD})", rf"(?!{_WORD})")
    clitics = "(?:[وف]?[بلك]?)" if lang == "ar" else ""  # و ف, then ب ل ك (ل + ال is لل)
    branches = (_form_regex(form, lang) + ("" if form[-1] == "*" else right) for form, _ in forms)
    exact = {_fold(f): e for f, e in reversed(forms) if "*" not in f and lang != "ar"}
    recover = tuple((re.compile(clitics + _form_regex(f, lang)), e) for f, e in forms)
    return _Matcher(re.compile(left + clitics + "(?:" + "|".join(branches) + ")"), exact, recover)


def _alternation(forms: list[str]) -> str:
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


def _residence_regex(form: str) -> re.Pattern[str]:
    head, _, tail = (
        r"\s+".join(map(re.escape, part.split())) for part in form.partition("{place}")
    )
    return re.compile(
        rf"\s+(?i:{head})\s+(?P<place>{_RUN.pattern})"
        if head
        else rf"\s+(?P<place>{_RUN.pattern})\s+(?i:{tail})(?!\w)"
    )


@dataclass(frozen=True)
class _Lexicon:
    lang: str
    titles: _Matcher
    organs: _Matcher
    levels: _Matcher
    honorifics: frozenset[str]
    female: frozenset[str]
    before: re.Pattern[str] | None  # honorific before the name, then its spacing
    after: re.Pattern[str] | None  # honorific after the name
    according: re.Pattern[str] | None
    said: re.Pattern[str] | None  # a verb of saying right after a name
    markers: frozenset[str]
    markers_after: frozenset[str]
    endings: tuple[str, ...]
    stops: tuple[str, ...]
    surnames: frozenset[str]
    residences: tuple[tuple[re.Pattern[str], str], ...]


@functools.cache
def _registry() -> dict[str, Any]:
    with open(ROLES_FILE, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.CSafeLoader)


@functools.cache
def _lexicon(lang: str) -> _Lexicon:
    reg = _registry()
    honor, cues, markers = (
        reg[key].get(lang, {}) for key in ("honorifics", "cues", "place_markers")
    )
    before = honor.get("before", [])
    if lang in _CASED:  # a lowercase honorific is capitalised at the start of a sentence
        before = before + [form[0].upper() + form[1:] for form in before if form[0].islower()]
    spacing = r"[ \t]+" if lang in _CASED else "" if lang == "th" else r"\s+"
    script = "latin" if lang in _CASED else {"ar": "arabic", "zh": "hanzi", "ja": "hanzi"}.get(lang)
    blockers = reg["blockers"].get(lang, [])
    return _Lexicon(
        lang=lang,
        titles=_matcher(reg["titles"], blockers, lang),
        organs=_matcher(reg["organs"], [], lang),
        levels=_matcher(reg["levels"], [], lang),
        honorifics=frozenset(honor.get("before", []) + honor.get("after", [])),
        female=frozenset(honor.get("female", [])),
        before=re.compile(
            ("" if lang == "th" else rf"(?<!{_WORD})")  # Thai glues words together
            + rf"(?P<h>{_alternation(before)}){spacing}"
        )
        if before
        else None,
        after=re.compile(_alternation(honor["after"])) if honor.get("after") else None,
        according=re.compile(rf"(?<!\w)(?i:{_alternation(cues['according'])})\s+")
        if cues.get("according")
        else None,
        said=re.compile(rf"\s*,?\s*(?i:{_alternation(cues['said'])})(?!\w)")
        if cues.get("said")
        else None,
        markers=frozenset(map(_fold, markers.get("before", []))),
        markers_after=frozenset(map(_fold, markers.get("after", []))),
        endings=tuple(sorted(reg["case_endings"].get(lang, []), key=len, reverse=True)),
        stops=tuple(sorted(reg["name_stops"].get(lang, []), key=len, reverse=True)),
        surnames=frozenset(map(_fold, reg["surnames"].get(script, []))),
        residences=tuple(
            (_residence_regex(form), record["en"])
            for record in reg["residences"]
            for form in record["forms"].get(lang, [])
        ),
    )


@dataclass(frozen=True)
class _Mention:
    lead: int  # start of what introduces the name (honorific, cue): a role may stand before it
    start: int
    end: int  # end of the name as written
    name: str
    tail: int = -1  # end of an honorific written after the name
    female: bool = False


@dataclass
class _Doc:
    text: str
    lex: _Lexicon
    hits: list[_Hit] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    claimed: list[tuple[int, int]] = field(default_factory=list)
    places: set[str] = field(default_factory=set)

    @classmethod
    def build(cls, text: str, lang: str) -> _Doc:
        text = unicodedata.normalize("NFKC" if lang in ("ja", "zh", "ko") else "NFC", text)
        doc = cls(_HARAKAT.sub("", text) if lang == "ar" else text, _lexicon(lang))
        folded = _fold(doc.text)
        for kind in ("title", "organ", "level"):
            doc.hits += getattr(doc.lex, kind + "s").find(folded, kind)
        doc.hits.sort()
        doc.starts = [hit[0] for hit in doc.hits]
        return doc

    def hits_in(self, start: int, end: int) -> list[_Hit]:
        index = bisect.bisect_left(self.starts, start)
        return list(itertools.takewhile(lambda hit: hit[0] < end, self.hits[index:]))

    def role_word_at(self, start: int) -> bool:
        index = bisect.bisect_left(self.starts, start)
        return index < len(self.starts) and self.starts[index] == start

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.claimed)

    def claim(self, mention: _Mention) -> _Mention:
        self.claimed.append((mention.lead, max(mention.end, mention.tail)))
        return mention


def _mention(doc: _Doc, lead: int, name: list[_Word], female: bool = False) -> _Mention:
    return doc.claim(
        _Mention(lead, name[0][0], name[-1][1], " ".join(w[2] for w in name), female=female)
    )


# --- Names in scripts with capital letters ----------------------------------------------------


@functools.lru_cache(maxsize=8192)
def _valid(word: str, lang: str) -> bool:
    return is_vi_syllable(to_latin(word, lang) if lang in ("ru", "uk") else word)


@functools.lru_cache(maxsize=8192)
def _syllable(word: str, lang: str) -> str | None:
    """The word as a Vietnamese syllable, without a case ending it carries; None if it is not."""
    if _valid(word, lang):
        return word
    stems = (word[: -len(ending)] for ending in _lexicon(lang).endings if word.endswith(ending))
    return next((stem for stem in stems if len(stem) > 1 and _valid(stem, lang)), None)


def _is_surname(word: str, lex: _Lexicon) -> bool:
    return _fold(to_latin(word, lex.lang)) in lex.surnames


def _words(text: str, start: int, end: int) -> list[_Word]:
    return [(m.start(), m.end(), m.group()) for m in _CAP_WORD.finditer(text, start, end)]


def _name_prefix(doc: _Doc, pos: int) -> list[_Word]:
    """The name opening the capitalised run at ``pos`` (after an honorific or a cue)."""
    run = _RUN.match(doc.text, pos)
    words = _words(doc.text, pos, run.end()) if run else []
    name: list[_Word] = []
    for start, end, word in words[:4]:
        stem = _syllable(word, doc.lex.lang)
        if stem is None:
            break
        name.append((start, end, stem))
        if stem != word:
            break
    rest = words[len(name) : len(name) + 1]
    if (
        (len(name) >= 2 and _is_surname(name[0][2], doc.lex))
        or not rest
        or (doc.role_word_at(rest[0][0]) or _fold(rest[0][2]) in doc.lex.markers)
    ):
        return name
    name = []
    for start, end, word in words[:3]:  # a foreign name: up to a role word
        if doc.role_word_at(start) or _fold(word) in doc.lex.markers:
            break
        name.append((start, end, _bare(doc, word)))
    return name


def _bare(doc: _Doc, word: str) -> str:
    """A declined foreign word without its ending, when the article also has the bare form."""
    stems = (word[: -len(ending)] for ending in doc.lex.endings if word.endswith(ending))
    return next((s for s in stems if len(s) > 2 and re.search(rf"\b{s}\b", doc.text)), word)


def _name_suffix(doc: _Doc, words: list[_Word]) -> list[_Word]:
    """The Vietnamese name closing a capitalised run ("... prowincji Lai Chau Kieu Hai Nam")."""
    stretch: list[_Word] = []
    for start, end, word in reversed(words):
        stem = _syllable(word, doc.lex.lang)
        if stem is None or (stem != word and stretch):
            break
        stretch.insert(0, (start, end, stem))
    if len(stretch) < 2:
        return []
    size = next((n for n in (2, 1) if _fold(" ".join(w[2] for w in stretch[:n])) in doc.places), 0)
    stretch = stretch[size:]
    size = next((n for n in (3, 4, 2) if _whole_name(stretch[-n:], doc.lex)), 0)
    return stretch[-size:] if size else []


def _whole_name(words: list[_Word], lex: _Lexicon) -> bool:
    return (
        2 <= len(words) <= 4
        and _is_surname(words[0][2], lex)
        and all(_syllable(w[2], lex.lang) for w in words)
    )


def _find_places(doc: _Doc, runs: list[list[_Word]]) -> None:
    """Capitalised words a place marker introduces ("prowincji Lai Chau", "Lai Chau province")."""
    lex, text = doc.lex, doc.text
    for words in runs:
        if not any(_syllable(w[2], lex.lang) for w in words):
            continue  # only Vietnamese-looking places can be mistaken for names
        previous = _fold(text[max(0, words[0][0] - 30) : words[0][0]]).split()[-2:]
        marked = bool(previous) and (
            previous[-1] in lex.markers or " ".join(previous) in lex.markers
        )
        following = _fold(text[words[-1][1] : words[-1][1] + 20]).split()[:1]
        for index, (_, _, word) in enumerate(words):
            rest = words[index:]
            if marked and not (len(rest) in (3, 4) and _whole_name(rest, lex)):
                # a place is one word in Cyrillic ("Лаокай"), two in Latin ("Lao Cai")
                two = (
                    len(rest) > 1 and lex.lang not in ("ru", "uk") and _valid(rest[1][2], lex.lang)
                )
                doc.places.add(_fold(" ".join(w[2] for w in rest[: 1 + two])))
            marked = _fold(word) in lex.markers
            if index >= 2 and _fold(word) in lex.markers_after:
                doc.places.add(_fold(" ".join(w[2] for w in words[index - 2 : index])))
        if following and following[0] in lex.markers_after and len(words) >= 2:
            doc.places.add(_fold(" ".join(w[2] for w in words[-2:])))


def _names_organ(doc: _Doc, name: list[_Word]) -> bool:
    """Two syllables right after an organ name it: "Wirtschaftszone Dong Dang", not a person."""
    previous = doc.hits_in(max(0, name[0][0] - 80), name[0][0])
    return (
        len(name) == 2
        and bool(previous)
        and previous[-1][2] != "title"
        and not doc.text[previous[-1][1] : name[0][0]].split()
    )


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_END


def _cased(doc: _Doc) -> list[_Mention]:
    lex, text, found = doc.lex, doc.text, []
    runs = [
        _words(text, m.start(), m.end())
        for m in _RUN.finditer(text)
        if _syllable(m.group().rsplit(None, 1)[-1], lex.lang)  # it may end with a name
    ]
    _find_places(doc, runs)

    def vietnamese(name: list[_Word]) -> bool:
        return len(name) >= 2 and _is_surname(name[0][2], lex)

    def closed(name: list[_Word]) -> bool:  # a role or a verb of saying follows the name
        end = name[-1][1]
        return bool(lex.said and lex.said.match(text, end)) or bool(
            _role(doc, _Mention(name[0][0], name[0][0], end, ""), introduces=True)
        )

    for match in lex.before.finditer(text) if lex.before else ():
        name = _name_prefix(doc, match.end())
        if name and (
            match["h"] in lex.honorifics
            or (_sentence_start(text, match.start()) and (vietnamese(name) or closed(name)))
        ):
            found.append(_mention(doc, match.start(), name, match["h"] in lex.female))
    for match in lex.according.finditer(text) if lex.according else ():
        name = _name_prefix(doc, match.end())
        if name and doc.free(match.start(), name[-1][1]) and (vietnamese(name) or closed(name)):
            found.append(_mention(doc, match.start(), name))
    for words in runs:
        name = _name_suffix(doc, words)
        if name and doc.free(name[0][0], name[-1][1]) and not _names_organ(doc, name):
            candidate = _Mention(name[0][0], name[0][0], name[-1][1], "")
            if (lex.said and lex.said.match(text, candidate.end)) or _role(
                doc, candidate, introduces=True
            ):
                found.append(_mention(doc, candidate.start, name))
    return found


# --- Names in scripts without capital letters ------------------------------------------------


def _stop(doc: _Doc, token: str, start: int) -> bool:
    honorific = doc.lex.after is not None and doc.lex.after.fullmatch(token) is not None
    return (
        token in doc.lex.stops
        or doc.role_word_at(start)
        or honorific
        or bool(_NOT_A_NAME.search(token))
    )


def _tokens_after(doc: _Doc, pos: int) -> list[_Word]:
    """Up to four tokens from ``pos``, stopping at punctuation, stop words and role words."""
    tokens: list[_Word] = []
    for match in itertools.islice(_TOKEN.finditer(doc.text, pos), 4):
        if doc.text[pos : match.start()].strip() or _stop(doc, match.group(), match.start()):
            break
        tokens.append((match.start(), match.end(), match.group()))
        pos = match.end()
    return tokens


def _ko_particle(token: str) -> bool:
    """Whether a Korean token ends with a particle ("끄엉은"); 이 and 은 follow a final consonant."""
    for particle in _KO_PARTICLES:
        stem = token[: -len(particle)]
        if token.endswith(particle) and stem and "가" <= stem[-1] <= "힣":
            return particle not in ("이", "은") or (ord(stem[-1]) - 0xAC00) % 28 != 0
    return False


def _tokens_before(doc: _Doc, pos: int) -> list[_Word]:
    """Korean name tokens ending at ``pos``, read backwards from a title or an honorific."""
    tokens: list[_Word] = []
    for match in reversed(list(_TOKEN.finditer(doc.text, max(0, pos - 60), pos))):
        gap = doc.text[match.end() : tokens[0][0] if tokens else pos]
        if (
            gap.strip()
            or len(tokens) == 4
            or _stop(doc, match.group(), match.start())
            or _ko_particle(match.group())
            or doc.hits_in(match.start(), match.end())
        ):
            break
        tokens.insert(0, (match.start(), match.end(), match.group()))
    return tokens


def _ko_name(tokens: list[_Word]) -> bool:
    """A Korean name is one word (박정훈); a Vietnamese one in Hangul has a one-syllable word."""
    sizes = [len(token[2]) for token in tokens]
    return len(sizes) == 1 or (1 in sizes and max(sizes) <= 3)


def _spaced(doc: _Doc) -> list[_Mention]:
    lex, text, found = doc.lex, doc.text, []
    for match in lex.before.finditer(text) if lex.before else ():
        tokens = [] if doc.role_word_at(match.start()) else _tokens_after(doc, match.end())
        if tokens:  # (นาย that begins นายกเทศมนตรี "mayor" is no honorific)
            found.append(_mention(doc, match.start(), tokens, match["h"] in lex.female))
    if lex.lang == "ko":
        for match in lex.after.finditer(text) if lex.after else ():
            rest = re.match(r"[가-힣]*", text[match.end() : match.end() + 4]).group()
            tokens = _tokens_before(doc, match.start())
            if (
                tokens
                and (not rest or _ko_particle("씨" + rest))
                and doc.free(tokens[0][0], match.end())
            ):
                found.append(
                    doc.claim(replace(_mention(doc, tokens[0][0], tokens), tail=match.end()))
                )
        for start, _, kind, entry in doc.hits:
            word_start = text.rfind(" ", 0, start) + 1
            title = kind == "title" and word_start > 0 and not entry.ordinary
            tokens = _tokens_before(doc, word_start - 1) if title else []
            if _ko_name(tokens) and doc.role_word_at(word_start) and doc.free(tokens[0][0], start):
                found.append(_mention(doc, tokens[0][0], tokens))
    for _, end, kind, entry in doc.hits if lex.lang == "hi" else ():
        tokens = _tokens_after(doc, end) if kind == "title" and not entry.ordinary else []
        if len(tokens) >= 2 and doc.free(tokens[0][0], tokens[-1][1]):
            found.append(_mention(doc, tokens[0][0], tokens))
    for match in _surname_pattern(lex.lang).finditer(text) if lex.lang == "ar" else ():
        token = (text[max(0, match.start() - 30) : match.start()].split() or [""])[-1]
        marker = token in lex.markers or (token[:1] in "وبلف" and token[1:] in lex.markers)
        if not marker and doc.free(*match.span()):
            tokens = _tokens_after(doc, match.start())
            candidate = _Mention(match.start(), match.start(), tokens[-1][1] if tokens else 0, "")
            if (
                len(tokens) >= 2
                and not _names_organ(doc, tokens)
                and _role(doc, candidate, introduces=True)
            ):
                found.append(_mention(doc, match.start(), tokens))
    return found


@functools.cache
def _surname_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation(list(_lexicon(lang).surnames))})(?!\w)")


def _han_before(doc: _Doc, pos: int) -> tuple[int, int] | None:
    """A name in Chinese characters ending at ``pos`` (before an honorific or a title)."""
    run = next((m for m in _HAN.finditer(doc.text, max(0, pos - 12), pos) if m.end() == pos), None)
    start = max([run.start()] + [hit[1] for hit in doc.hits_in(run.start(), pos)]) if run else pos
    if doc.lex.lang == "ja":
        return (start, pos) if 2 <= pos - start <= 5 else None
    return next(
        (
            (pos - n, pos)
            for n in (3, 2)
            if pos - n >= start and doc.text[pos - n] in doc.lex.surnames
        ),
        None,
    )


def _han_after(doc: _Doc, pos: int) -> tuple[int, int] | None:
    """A Chinese name right after a title: a family name, up to a stop word or punctuation."""
    text, end = doc.text, pos
    while end - pos < 12 and (_HAN.match(text, end) or text[end : end + 1] in ("·", "•")):
        if end > pos and (text.startswith(doc.lex.stops, end) or doc.role_word_at(end)):
            break
        end += 1
    foreign = "·" in text[pos:end] or "•" in text[pos:end]
    return (
        (pos, end) if foreign or (2 <= end - pos <= 3 and text[pos] in doc.lex.surnames) else None
    )


def _cjk(doc: _Doc) -> list[_Mention]:
    lex, text, found = doc.lex, doc.text, []
    for match in _KATAKANA_NAME.finditer(text):
        tail = lex.after.match(text, match.end()) if lex.after else None
        adjacent = any(
            hit[2] != "level" for hit in doc.hits_in(match.end(), match.end() + 1)
        ) or any(
            hit[2] == "title" and hit[1] >= match.start() - 1
            for hit in doc.hits_in(match.start() - 12, match.start())
        )
        if tail or ("・" in match.group() and adjacent):
            found.append(
                doc.claim(
                    _Mention(
                        match.start(),
                        match.start(),
                        match.end(),
                        match.group(),
                        tail.end() if tail else -1,
                    )
                )
            )
    spans = (
        [(_han_before(doc, m.start()), m.end()) for m in lex.after.finditer(text)]
        if lex.after
        else []
    )
    for hit in doc.hits:
        if hit[2] == "title" and not hit[3].ordinary:
            spans.append(
                (_han_after(doc, hit[1]) if lex.lang == "zh" else _han_before(doc, hit[0]), -1)
            )
    for span, tail in sorted((s, t) for s, t in spans if s):
        if doc.free(*span):
            found.append(
                doc.claim(_Mention(span[0], span[0], span[1], text[span[0] : span[1]], tail))
            )
    return found


# --- Roles -----------------------------------------------------------------------------------


def _gap(doc: _Doc, start: int, end: int) -> int:
    """Distance from a role to a name: in words, or in characters where words are unspaced."""
    between = doc.text[start:end]
    return len(between.strip()) if doc.lex.lang in ("ja", "zh") else len(between.split())


def _hits_after(doc: _Doc, mention: _Mention) -> tuple[list[_Hit], bool]:
    """Titles, organs and levels right after the name, or in an apposition (then True)."""
    text, pos = doc.text, max(mention.end, mention.tail)
    opener = (_PAREN if doc.lex.lang in ("ja", "zh") else _OPENER).match(text, pos)
    start = opener.end() if opener else pos
    closer = _CLOSER_AHEAD.search(text, start, start + 160)
    hits = doc.hits_in(start, closer.start() if closer else start + 160)
    limit = 1 if doc.lex.lang in _UNSPACED or doc.lex.lang == "ar" else 0
    return (hits if hits and (opener or _gap(doc, start, hits[0][0]) <= limit) else []), bool(
        opener
    )


def _hits_before(doc: _Doc, lead: int, set_off: bool = False) -> list[_Hit]:
    """Titles, organs and levels ending just before ``lead``: only a place name may come between,
    or, for a role set off by a comma, a few words ("L'ambassadeur du Canada au Vietnam, M. ...")."""
    start = max(0, lead - 160)
    closer = max(doc.text.rfind(char, start, lead) for char in _CLOSERS)
    begin = max([closer + 1 if closer >= 0 else start] + [e for _, e in doc.claimed if e <= lead])
    hits = doc.hits_in(begin, lead)
    gap = doc.text[max((hit[1] for hit in hits), default=lead) : lead].split()
    if doc.lex.lang in _CASED and not set_off and not all(word[0].isupper() for word in gap):
        return []
    limit = 5 if set_off else _GAP_BEFORE.get(doc.lex.lang, 3)
    return hits if hits and _gap(doc, max(hit[1] for hit in hits), lead) <= limit else []


def _hits_before_comma(doc: _Doc, mention: _Mention) -> list[_Hit]:
    """A role set off before the name: "der Vorsitzende des Volkskomitees, Đỗ Hữu Thắng, ..."."""
    comma = doc.text.rfind(",", max(0, mention.lead - 3), mention.lead)
    following = doc.text[mention.end : mention.end + 3].lstrip()[:1]
    if comma < 0 or doc.text[comma + 1 : mention.lead].strip() or following not in (",", ".", ""):
        return []
    return _hits_before(doc, comma, set_off=True)


def _role(doc: _Doc, mention: _Mention, female: bool = False, introduces: bool = False) -> str:
    """The role written next to a name, in English: "<title> of the <organ>", or the title."""
    (before, (after, opened)) = _hits_before(doc, mention.lead), _hits_after(doc, mention)
    titles_before = [hit for hit in before if hit[2] == "title"][-1:]
    titles_after = [hit for hit in after if hit[2] == "title"][:1]
    own = titles_after if doc.lex.lang in _AFTER_FIRST and not opened else []
    titles = own or titles_before or titles_after
    if not titles:
        before = _hits_before_comma(doc, mention)
        titles = [hit for hit in before if hit[2] == "title"][-1:]
    if not titles or (introduces and titles[0][3].ordinary):
        return ""
    title = titles[0]
    near, far = (before, after) if title in before else (after, before)
    label = title[3].en_female if female and title[3].en_female else title[3].en
    organs = [hit for hit in near if hit[2] == "organ"] or [  # "省人民委員会のヴー副委員長"
        hit for hit in far if hit[2] == "organ" and doc.lex.lang in ("ja", "ko")
    ]
    if title[3].standalone or not organs:
        return label
    organ = next((hit for hit in organs if hit[0] >= title[0]), organs[-1])
    levels = [hit for hit in (near if organ in near else far) if hit[2] == "level"]
    organ_label = organ[3].en
    if organ[3].leveled and levels:
        level = min(levels, key=lambda hit: min(abs(hit[0] - organ[1]), abs(organ[0] - hit[1])))
        organ_label = f"{level[3].en} {organ_label}"
    following = [hit for hit in organs if hit[0] > organ[0] and hit[3].id != organ[3].id]
    if organ[3].takes_of and following:
        organ_label = f"{organ_label} of the {following[0][3].en}"
    return f"{label} of the {organ_label}"


def _residence(doc: _Doc, mention: _Mention) -> str:
    for pattern, what in doc.lex.residences:
        match = pattern.match(doc.text, mention.end)
        if match:
            return f"resident of {match['place']} {what}"
    return ""


# --- Putting it together ---------------------------------------------------------------------


def _key(person: Person) -> list[str]:
    return (
        list(person.name) if script_of(person.name) == "han" else _fold(person.name_latin).split()
    )


def _merge(people: list[Person], person: Person) -> None:
    """Add a person unless already there: "ông Phong" is Đặng Xuân Phong named again."""
    new = _key(person)
    for index, known in enumerate(people):
        short, long = sorted((_key(known), new), key=len)
        if short in (long[: len(short)], long[len(long) - len(short) :]):
            if len(new) > len(_key(known)):
                known = replace(known, name=person.name, name_latin=person.name_latin)
            people[index] = known if known.role else replace(known, role=person.role)
            return
    people.append(person)


_FINDERS = {"cased": _cased, "spaced": _spaced, "cjk": _cjk}


def extract_people(text: str, lang: str) -> list[Person]:
    """Every person the article names with a role or honorific, in order of first mention, each once."""
    doc = _Doc.build(text, lang)
    family = "cased" if lang in _CASED else "cjk" if lang in ("ja", "zh") else "spaced"
    people: list[Person] = []
    for mention in sorted(_FINDERS[family](doc), key=lambda m: m.start):
        latin = to_latin(mention.name, lang)
        female = mention.female or any(w in ("thi", "ti") for w in _fold(latin).split()[1:-1])
        role = _role(doc, mention, female) or _residence(doc, mention)
        _merge(people, Person(mention.name, latin, role))
    return people
