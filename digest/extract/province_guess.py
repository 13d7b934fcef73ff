"""The nearest registry province for a spelling the registry does not know yet.

An article that names its province in a form missing from ``registries/provinces.yaml``
("ビンズン省" where the registry has ビンズオン, the misspelling "박린성" for 박닌) is still
readable: the drafting picks the closest registry name and flags ``province`` for review, and
the editor is told what was seen, what was chosen and where the spelling belongs.

Names standing by a province word are read ("X省", "X성", "tỉnh X", "X province",
"провинции X", "بمقاطعة X"), and a foreign prefecture beside one is known by the partner
registry; in Chinese, Japanese and Korean also a name right after the word for Vietnam
("越南平阳新城", "ベトナム南部ビンズン", "베트남 꽝닌"), which press there often writes without 省.
Names are compared letter by letter in their own script (Hangul split into its letters, kana
into base and voicing mark, so 린/닌 or ズ/ズオ cost one letter; letters for one sound read as
one) and through the Latin reading of both names. Only when no such name is near a province is
a name with no province word read, held closer and in its own script, before the article is
refused.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from digest.extract.cities import confirmed_city, where_cities
from digest.extract.translit import script_of, to_latin
from digest.extract.unlisted import latin_reading
from digest.registries import Province, Registries
from digest.registry_files import PROVINCES
from digest.scripts import char_class
from digest.text import fold, match_fold

# Words that say the name beside them is a Vietnamese province or city, per language, as
# regular expressions read without regard to case: (words before the name, words or suffixes
# after it). Every way the press says "province", "city", "municipality" or "region": an
# adjective may stand between the word and "of" ("the northern province of", "provincia
# norteña de"), Slavic words are declined, Arabic ones take the article and a clitic
# ("بالمقاطعة"), German ones may be glued by a hyphen ("Quang-Ninh-Provinz").
_ADJECTIVE = r"(?:\s+\w+)?"
_PROVINCE_WORDS: dict[str, tuple[str, str]] = {
    "en": (
        rf"(?:province|city|municipality|region){_ADJECTIVE}\s+of",
        r"province|city|municipality|region|prov\.",
    ),
    "vi": (r"tỉnh|thành\s+phố|tinh|thanh\s+pho|tp\.?", ""),
    "fr": (rf"(?:province|ville|municipalité|région){_ADJECTIVE}\s+(?:de|d['’])", ""),
    "es": (rf"(?:provincia|ciudad|municipio|región){_ADJECTIVE}\s+de", ""),
    "it": (rf"(?:provincia|città|municipalità|comune|regione){_ADJECTIVE}\s+di", ""),
    "pt": (rf"(?:província|cidade|município|região){_ADJECTIVE}\s+de", ""),
    "de": (r"Provinz|Stadt|Region", r"Provinz|Stadt|Region"),
    "pl": (r"prowincj[aiąęe]\w*|miast[aou]|mie[śs]cie|region\w*", ""),
    "ru": (r"провинци(?:я|и|ю|ей|ях|ям|ями)|город(?:а|е|ом|у)?", ""),
    "uk": (r"провінці(?:я|ї|ю|єю|ях|ям|ями)|міст(?:о|а|і|ом|у)", ""),
    "ar": (
        r"[وفبلك]?(?:ال)?(?:مقاطعة|محافظة|ولاية|مدينة|إقليم|اقليم|منطقة)"
        r"(?:\s+(?:ال)?فيتنامي(?:ة)?)?",
        "",
    ),
    "th": (r"จังหวัด|นคร|เมือง|มณฑล", ""),
    "hi": ("", r"प्रांत|प्रान्त|प्रदेश|शहर|नगर|क्षेत्र|सूबे|सूबा"),
    "ja": ("", r"省|市|州|県"),
    "zh": ("", r"省|市"),
    "ko": ("", r"성|시|도"),
}
# The word for Vietnam, perhaps with a compass part ("越南南部", "ベトナム北部の"), before a name:
# the name is Vietnamese even when the registry only lists it with 省, because its bare form is a
# place of China too (平阳 is also a county of Zhejiang).
_VIETNAM_BEFORE: dict[str, str] = {
    "zh": r"越南(?:[东南西北中東][部])?",
    "ja": r"ベトナム(?:[東西南北中]部)?[の・]?",
    "ko": r"베트남\s?(?:[동서남북중]부\s?)?(?:의\s?)?",
}
PROVINCES_FILE = PROVINCES.name  # named in messages: where an editor adds a missing name
_UNSPACED = frozenset({"ja", "zh", "ko", "th"})
# Korean may space a name's syllables ("꽝 닌성"); its end is then read from the place word back.
_RUN = {
    "ja": f"[{char_class('Katakana')}]{{2,10}}|[{char_class('Han')}]{{2,3}}",
    "zh": f"[{char_class('Han')}]{{2,3}}",
    "ko": f"[{char_class('Hangul')}]{{1,6}}(?: [{char_class('Hangul')}]{{1,6}})?",
    "th": f"[{char_class('Thai')}]{{3,20}}",
}
# Thai writes no spaces between words: where a name after จังหวัด ends is unknown ("กวางนินห์ของ
# เวียดนาม"), so its run is read at every length from the longest down to this many letters.
_MIN_THAI_NAME = 4
# Combining marks inside a word (Devanagari virama and anusvara, Arabic short vowels, Vietnamese
# tones typed decomposed), which \w leaves out: a name does not end at them.
_MARKS = (
    "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670"
    "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
)
_WORD = rf"[^\W\d_][\w{_MARKS}'’-]*"
# A name of two parts may be joined by a spaced dash ("Ба Риа – Вунгтау").
_SPACED_NAME = rf"{_WORD}(?:(?:\s|\s?[–—-]\s?){_WORD}){{0,3}}"
# A name before its province word is not tried from inside a word: a match starting after a letter
# would have started at that letter already (it is a name's letter too), so ``finditer`` reads
# the same names, only without measuring each word once per letter. (A previous name ends
# before a non-letter: its province word ends where no letter follows.)
_NOT_AFTER_LETTER = r"(?<![^\W\d_])"
# The largest share of letters that may differ for a spelling to be read as a registry name.
# Hangul and kana are compared as split letters, where one slip changes one letter in six;
# an alphabet's name shares more letters with many others ("Gangwon" / "Langson").
_MAX_SHARE_SPLIT_SYLLABLES = 0.34
_MAX_SHARE_ALPHABET = 0.2
_SPLIT_SCRIPTS = frozenset({"hangul", "kana"})
_MAX_SHARE_LATIN_READING = 0.25
_NO_MATCH = 2.0  # above every share
_SUFFIXES = ("省", "市", "성", "시", " province", " Province")
# Province and city words the registry writes before a short Thai or Arabic name (จังหวัดห่ายาง,
# مدينة هوي آن): an article's name after its own จังหวัด is compared without them.
_PREFIXES = ("จังหวัด", "นคร", "مقاطعة ", "مدينة ")
# Names read, in the order the page gives them (the headline's first). An article names its
# province among its first place-word names; a page of thousands of them (a list, a broken or
# hostile copy) would otherwise be compared name by name with every registry spelling for
# minutes.
_MAX_CANDIDATES = 200
# A name with no province word beside it is read only when at least this close, and this long.
_MAX_SHARE_BARE = 0.15
# An unread name beside a province word this many times is read as loosely as the drafting's
# last resort reads one (_closest's own limits by script), since the article is about it.
_REPEATED_NAME = 3
_MIN_BARE_LETTERS = 6


@dataclass(frozen=True)
class Guess:
    """A province spelling the registry lacks, and the registry unit it was read as."""

    seen: str
    province: Province
    registry_name: str
    distance: float
    # Another province's spelling is as near ("كيان جيانغ" is one letter from كين جيانغ, Kiên
    # Giang, and from تيان جيانغ, Tiền Giang).
    tied: bool = False

    def message(self) -> str:
        return (
            f"no province of the registry is spelled {self.seen!r}; read it as "
            f"{self.registry_name!r} ({self.province.name_en}, id {self.province.id}): if right, "
            f"add {self.seen!r} to the aliases of id {self.province.id} in "
            f"registries/{PROVINCES_FILE}"
        )


def nearest_province(registries: Registries, lang: str, title: str, body: str) -> Guess | None:
    """The closest registry province to a name written beside a province word, or None.
    A name the partner registry knows ("Gangwon province") is a partner, never a guess."""
    partner_names = _partner_names(registries)
    best: Guess | None = None
    text = f"{title}\n{body}"
    named_vietnamese = _after_vietnam(lang, text)
    candidates = dict.fromkeys([*_candidates(lang, text), *named_vietnamese])
    for seen in list(candidates)[:_MAX_CANDIDATES]:
        if _letters(seen) in partner_names:
            continue
        guess = _closest(registries, lang, seen, exact_allowed=seen in named_vietnamese)
        if guess is not None and (best is None or guess.distance < best.distance):
            best = guess
    return best or _nearest_bare_name(registries, lang, text, partner_names)


def _nearest_bare_name(
    registries: Registries, lang: str, text: str, partner_names: frozenset[str]
) -> Guess | None:
    """The last resort before refusing a readable article: a name standing with no province
    word ("Quang Nihn welcomes investors"), held to a closer match than one beside such a word,
    in its own script only (a reading of another script's name is too loose without the word),
    and never a person's full name (three words opening with a Vietnamese family name)."""
    families = _family_names(registries)
    best: Guess | None = None
    for seen in list(dict.fromkeys(_bare_names(lang, text)))[:_MAX_CANDIDATES]:
        letters = _letters(seen)
        if letters in partner_names or len(letters) < _MIN_BARE_LETTERS:
            continue
        words = seen.split()
        if len(words) == 3 and fold(words[0]) in families:
            continue  # a person's full name: "Nguyen Minh Tuan" (Thái Bình opens with Thái too)
        guess = _closest(registries, lang, seen, across_scripts=False)
        near = guess is not None and guess.distance <= _MAX_SHARE_BARE
        if near and (best is None or guess.distance < best.distance):
            best = guess
    return best


def _bare_names(lang: str, text: str) -> list[str]:
    """Runs of one to three capitalised words, from their first word (any word where the script
    has no case), and katakana runs. Han and Thai runs have no visible ends (any slice could
    be near a name) and Korean two-syllable words are as often a person's (박상 is one letter
    from 박장, Bắc Giang): none of those."""
    if lang == "ja":
        return re.findall(f"[{char_class('Katakana')}]{{3,10}}", text)
    if lang in _UNSPACED:
        return []
    found: list[str] = []
    for line in text.splitlines():
        words = re.findall(_WORD, line)
        for start, word in enumerate(words):
            cased = word[:1].lower() != word[:1].upper()
            if cased and (word[:1].islower() or (start and words[start - 1][:1].isupper())):
                continue  # not a word opening a capitalised run
            run = list(itertools.takewhile(_not_lowercase, words[start : start + 3]))
            found += [" ".join(run[:end]) for end in range(len(run), 0, -1)]
    return found


def _not_lowercase(word: str) -> bool:
    return not word[:1].islower()


@functools.cache
def _family_names(registries: Registries) -> frozenset[str]:
    names = registries.vocabularies.province_words["family_names"] or {}
    return frozenset(fold(str(name)) for by_script in names.values() for name in by_script or ())


@functools.cache
def _partner_names(registries: Registries) -> frozenset[str]:
    return frozenset(
        _letters(name)
        for partner in registries.partners.values()
        for name in (partner.name_en, partner.name_vi, *partner.aliases)
    )


def unread_spellings(registries: Registries, lang: str, text: str) -> list[tuple[int, Guess]]:
    """A guess for each name beside a province word that no registry spelling reads, in an
    article whose other provinces the registry's spellings found ("쾅남성" beside 다낭, "จังหวัด
    คอนตูม" beside กวางหงาย): held to the closer match of a name with no province word, since
    nothing here is refused and a loose guess would only add a province the article lacks. A
    name the registry spells in one of its forms was read already; a foreign one is no guess.
    Each guess comes with where its name starts in ``text``."""
    partner_names = _partner_names(registries)
    exact = _exact_spellings(registries)
    guesses: list[tuple[int, Guess]] = []
    # A text names its province again and again ("Bin Duong province" in every paragraph), and
    # the same words stand before other province words ("in der Provinz"): each form's nearest
    # spelling is measured once per text (kept for this call only).
    nearest: dict[str, Guess | None] = {}
    groups = _candidate_groups(lang, text)[:_MAX_CANDIDATES]
    # A name the article writes beside a province word again and again is one of its own
    # provinces, not a passing one: read as loosely as a name in an article whose provinces no
    # registry spelling found ("จังหวัดห่าติ่ง" five times beside one "จังหวัดเหงะอาน").
    # Where a name ends is unknown, so each of its forms is counted ("of Vin Fuc", "Vin Fuc").
    repeated = Counter(form for _, forms in groups for form in set(forms))
    loose: dict[str, Guess | None] = {}  # each repeated form's nearest spelling, loosely
    cities: dict[str, bool] = {}  # each repeated form: a foreign city GeoNames knows
    for start, forms in groups:
        # Asked once for the name (its repeated forms below are some of these forms).
        if _spelled(forms, exact, partner_names):
            continue
        best = _best_unread(registries, lang, forms, nearest)
        if best is None:
            again = [form for form in forms if repeated[form] >= _REPEATED_NAME]
            for form in again:
                if form not in cities:
                    cities[form] = _foreign_city(registries, lang, form)
            again = [form for form in again if not cities[form]]
            if again:
                best = _best_unread(registries, lang, again, loose, 1.0)
        if best is not None:
            guesses.append((start, best))
    return guesses


def _foreign_city(registries: Registries, lang: str, name: str) -> bool:
    """Whether GeoNames knows ``name`` (read into Latin letters) as a city of a country of the
    article's language: a Korean article's "안산시" again and again is Ansan, not An Giang."""
    return confirmed_city(registries, latin_reading(name, lang), where_cities(lang, ())) is not None


def _spelled(forms: list[str], exact: frozenset[str], partner_names: frozenset[str]) -> bool:
    """Whether a registry spells one of a name's forms (a province read already, or a foreign
    place the partner registry knows)."""
    return any(_exact(seen) in exact or _letters(seen) in partner_names for seen in forms)


def _best_unread(
    registries: Registries,
    lang: str,
    forms: list[str],
    nearest: dict[str, Guess | None] | None = None,
    ceiling: float = _MAX_SHARE_BARE,
) -> Guess | None:
    """The guess for a name in its ``forms`` no farther than ``ceiling``, or None (``nearest``:
    each form's nearest spelling measured so far under that ceiling, added to). The caller has
    made sure no registry spells one of the forms (``_spelled``)."""
    nearest = {} if nearest is None else nearest
    for seen in forms:
        if seen not in nearest:
            nearest[seen] = _closest(registries, lang, seen, ceiling=ceiling)
    near = [nearest[seen] for seen in forms]
    best = min((g for g in near if g is not None), key=lambda g: g.distance, default=None)
    if best is not None and best.distance <= ceiling and not best.tied:
        return best
    return None


def _candidates(lang: str, text: str) -> list[str]:
    """The names beside a province word, each in all its forms longest first (where the name
    ends is unknown)."""
    return [name for _, forms in _candidate_groups(lang, text) for name in forms]


def _candidate_groups(lang: str, text: str) -> list[tuple[int, list[str]]]:
    """Each name beside a province word: where it starts, and its forms longest first."""
    before, after = _patterns(lang)
    groups: list[tuple[int, list[str]]] = []
    for found in before.finditer(text) if before else ():
        name = found.group(1)
        if lang == "th":
            forms = [name[:end] for end in range(len(name), _MIN_THAI_NAME - 1, -1)]
        else:
            forms = _shorter_forms(name)
        groups.append((found.start(1), forms))
    for found in _names_before(lang, after, text) if after else ():
        name = found.group(1)
        if lang in ("ja", "zh"):
            # Han and kana runs have no spaces either: "访问了广寧省" reads 了广寧 and 广寧.
            forms = [name[start:] for start in range(len(name) - 1)]
        else:
            forms = _shorter_forms(name, from_end=True)
        groups.append((found.start(1), forms))
    return [
        (start, [name for name in forms if len(name.replace(" ", "")) > 1])
        for start, forms in groups
    ]


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's name-after-a-word and name-before-a-word patterns (None where it has no
    such word); each captures the name."""
    before, after = _PROVINCE_WORDS.get(lang, ("", ""))
    if lang in _UNSPACED:
        run = _RUN[lang]
        return (
            re.compile(rf"(?:{before})\s*({run})", re.IGNORECASE) if before else None,
            re.compile(rf"({run})\s?(?:{after})", re.IGNORECASE) if after else None,
        )
    return (
        re.compile(rf"(?<!\w)(?:{before})\s+({_SPACED_NAME})", re.IGNORECASE) if before else None,
        re.compile(rf"{_NOT_AFTER_LETTER}({_SPACED_NAME})(?:\s+|-)(?:{after})(?!\w)", re.IGNORECASE)
        if after
        else None,
    )


# A name before its province word is at most four words with three separators of at most two
# spaces each between them (_SPACED_NAME): a word start with more spaces before the next province
# word starts no such name.
_MAX_NAME_SPACES = 6
_SPACE = re.compile(r"\s")
_NAME_START = re.compile(rf"{_NOT_AFTER_LETTER}[^\W\d_]")
_NEAR = 200  # characters before a province word looked at for its name's spaces


def _names_before(lang: str, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, ``pattern`` being the language's name before a province word:
    the pattern is tried only at the word starts within a name's reach before a province word,
    not at every word of the text (most are followed by none), in order, each once. Each match
    found is the one ``finditer`` finds: no word start before it could start one, and the
    pattern is matched at its place as ``finditer`` would, looking behind it into the text."""
    if lang in _UNSPACED:
        yield from pattern.finditer(text)
        return
    cursor = 0  # where the last match ended, or where the last place word's starts were tried
    for word in _province_word_after(lang).finditer(text):
        end = word.start()
        if end <= cursor:
            continue
        for start in _NAME_START.finditer(text, _reach_back(text, cursor, end), end):
            found = pattern.match(text, start.start()) if start.start() >= cursor else None
            if found is not None:
                yield found
                cursor = found.end()
        cursor = max(cursor, end)  # every start before the place word is tried


@functools.cache
def _province_word_after(lang: str) -> re.Pattern[str]:
    """Where a name may end before its province word: the after-pattern's words after a name."""
    return re.compile(rf"(?=(?:\s+|-)(?:{_PROVINCE_WORDS[lang][1]})(?!\w))", re.IGNORECASE)


def _reach_back(text: str, low: int, end: int) -> int:
    """The first place at or after ``low`` where a name ending at ``end`` may start: no more
    than ``_MAX_NAME_SPACES`` spaces lie between (``low`` itself where words are too long to
    tell from the last ``_NEAR`` characters)."""
    near = max(low, end - _NEAR)
    spaces = [space.start() for space in _SPACE.finditer(text, near, end)]
    if len(spaces) > _MAX_NAME_SPACES:
        return max(low, spaces[-_MAX_NAME_SPACES - 1] + 1)
    return low


def _after_vietnam(lang: str, text: str) -> list[str]:
    """Names right after the word for Vietnam, each run cut at every length from the longest
    down (its end is unknown: "平阳新城" reads 平阳新 and 平阳)."""
    country = _VIETNAM_BEFORE.get(lang)
    if country is None:
        return []
    found: list[str] = []
    for run in re.findall(rf"{country}({_RUN[lang]})", text):
        found += [run[:end] for end in range(len(run), 1, -1)]
    return found


def _shorter_forms(name: str, from_end: bool = False) -> list[str]:
    """'Bin Duong hosted' -> 'Bin Duong hosted', 'Bin Duong', 'Bin': the name's end is unknown."""
    words = name.split()
    if from_end:
        return [" ".join(words[i:]) for i in range(len(words))]
    return [" ".join(words[:i]) for i in range(len(words), 0, -1)]


@dataclass(frozen=True)
class _Spelling:
    """A registry name of a province, as the guesses compare it."""

    province: Province
    name: str
    script: str
    letters: str
    reading: str  # letters of its Latin reading


@functools.cache
def _spellings(registries: Registries, lang: str) -> tuple[_Spelling, ...]:
    return tuple(
        _Spelling(province, name, script_of(name), _letters(name), _reading(name, lang))
        for province in registries.provinces.values()
        for name in (province.name_vi, province.name_en, *province.aliases)
    )


@functools.cache
def _by_length(registries: Registries, lang: str) -> tuple[dict[int, list[int]], ...]:
    """Where in ``_spellings`` the spellings of each length of letters, and of each length of
    reading, are: a name is only measured against spellings near its length."""
    letters: dict[int, list[int]] = {}
    readings: dict[int, list[int]] = {}
    for index, spelling in enumerate(_spellings(registries, lang)):
        letters.setdefault(len(spelling.letters), []).append(index)
        readings.setdefault(len(spelling.reading), []).append(index)
    return letters, readings


def _near_in_length(by_length: dict[int, list[int]], length: int, limit: float) -> Iterator[int]:
    """The spellings whose length alone does not put them over ``limit`` from a name of
    ``length``, of those ``limit`` allows two edits or more from it: nearer ones share a key of
    ``_by_one_edit``."""
    for near in _two_edits_lengths(length, limit):
        yield from by_length.get(near, ())


@functools.lru_cache(maxsize=1024)
def _two_edits_lengths(length: int, limit: float) -> tuple[int, ...]:
    """The lengths ``_near_in_length`` looks at (the same few for every name of a length):
    those ``_share`` does not refuse by the lengths alone. A spelling whose letters are too
    long or short is no guess by its letters, and one near by its reading is reached by the
    reading's own keys and lengths: measuring it here only cost a call (some 45 % of them)."""
    return tuple(
        near
        for near in range(int(length * (1 - limit)) - 1, int(length / (1 - limit)) + 2)
        if _most_edits_between(length, near, limit) >= 2
        and abs(length - near) <= limit * max(length, near)
    )


@functools.cache
def _by_one_edit(registries: Registries, lang: str) -> tuple[dict[str, list[int]], ...]:
    """Where in ``_spellings`` the spellings are by their letters and each of their letters
    less one, and the same for their readings: two names one edit apart share such a key."""
    letters: dict[str, list[int]] = {}
    readings: dict[str, list[int]] = {}
    for index, spelling in enumerate(_spellings(registries, lang)):
        for key in _one_deleted(spelling.letters):
            letters.setdefault(key, []).append(index)
        for key in _one_deleted(spelling.reading):
            readings.setdefault(key, []).append(index)
    return letters, readings


def _one_edit_near(by_key: dict[str, list[int]], name: str) -> Iterator[int]:
    """The spellings sharing a key of ``_by_one_edit`` with ``name``: its keys are looked up
    together (most are no spelling's), not one by one."""
    for key in by_key.keys() & _one_deleted(name):
        yield from by_key[key]


def _one_deleted(name: str) -> set[str]:
    keys = {name[:at] + name[at + 1 :] for at in range(len(name))}
    keys.add(name)
    return keys


def _most_edits_between(length: int, other: int, limit: float) -> int:
    """The most edits ``limit`` allows between names of these lengths (as ``_share`` counts)."""
    return int(limit * max(length, other))


@functools.cache
def _exact_spellings(registries: Registries) -> frozenset[str]:
    return frozenset(
        _exact(name)
        for province in registries.provinces.values()
        for name in (province.name_vi, province.name_en, *province.aliases)
    )


def _closest(
    registries: Registries,
    lang: str,
    seen: str,
    exact_allowed: bool = False,
    across_scripts: bool = True,
    ceiling: float = 1.0,
) -> Guess | None:
    """The registry spelling nearest ``seen``; a caller that takes no guess farther than
    ``ceiling`` says so, and spellings farther are not measured through (the guess is then the
    same, only cheaper: every article's names beside a province word are compared)."""
    if not exact_allowed and _exact(seen) in _exact_spellings(registries):
        return None  # a registry spelling the place rules refused (a person's name): keep it so
    script = script_of(seen)
    seen_letters = _letters(seen)
    seen_reading = _reading(seen, lang)
    limit = _MAX_SHARE_SPLIT_SYLLABLES if script in _SPLIT_SCRIPTS else _MAX_SHARE_ALPHABET
    if script == "latin":
        limit = _MAX_SHARE_LATIN_READING  # a Latin name's letters are its reading
    limit = min(limit, ceiling)
    reading_limit = min(_MAX_SHARE_LATIN_READING, ceiling)
    best: Guess | None = None
    spellings = _spellings(registries, lang)
    # A spelling at most one edit away shares a key with the name; one farther is measured
    # only where the lengths allow two edits or more (long names).
    by_letters_key, by_reading_key = _by_one_edit(registries, lang)
    by_letters, by_reading = _by_length(registries, lang)
    near = {
        *_one_edit_near(by_letters_key, seen_letters),
        *_one_edit_near(by_reading_key, seen_reading),
        *_near_in_length(by_letters, len(seen_letters), limit),
        *_near_in_length(by_reading, len(seen_reading), reading_limit),
    }
    for spelling in (spellings[index] for index in sorted(near)):
        if not across_scripts and spelling.script != script:
            continue
        share = _NO_MATCH
        if spelling.script == script:
            share = _share(seen_letters, spelling.letters, limit)
            share = share if share <= limit else _NO_MATCH
        if share > 0 and _readings_compared(script, spelling.script):
            # The Latin readings are compared too: กว๋างหนิญ is one letter from กว๋างนิญ in
            # Thai and none in Latin, where กว๋างบิ่ญ is one. Two lossy readings of other
            # scripts are not (Казань read "kazan" and ハザン "hazan").
            reading_share = _share(seen_reading, spelling.reading, reading_limit)
            if reading_share <= reading_limit:
                share = min(share, reading_share)
        if share < _NO_MATCH and (best is None or share < best.distance):
            best = Guess(seen, spelling.province, spelling.name, share)
        elif best is not None and share == best.distance and spelling.province != best.province:
            best = dataclasses.replace(best, tied=True)
    return best


def _readings_compared(script: str, other: str) -> bool:
    """Whether names of the two scripts are worth comparing by their Latin readings too: not
    two Latin names (a reading is the name), nor two lossy readings of other scripts."""
    if script == other:
        return script != "latin"
    return "latin" in (script, other)


# A name's letters and exact form are asked for again and again within an article (checked against
# the partner names, then measured; each form of a name again in the next group naming it): kept
# for the last few hundred names, fewer than a handful of articles ask for (nothing from one
# article is there when the same article comes again after others, as in the benchmark).
_RECENT_NAMES = 256


@functools.lru_cache(maxsize=_RECENT_NAMES)
def _letters(name: str) -> str:
    """The name as letters to compare: folded, spaces and province suffixes dropped, Hangul
    syllables and voiced kana split (NFD) so one wrong letter costs one, letters for one sound
    read as one."""
    name = _letters_source(name)
    if script_of(name) in ("hangul", "kana", "han"):
        # The middle dot and the long-vowel mark come and go between writers (ハイフォーン).
        return unicodedata.normalize("NFD", name).translate(_KANA_MARKS)
    letters = fold(_without_silent_thai(name).translate(_ONE_SOUND))
    return letters.translate(_SPACES_AND_DASHES_DROPPED)


@functools.lru_cache(maxsize=_RECENT_NAMES)
def _exact(name: str) -> str:
    """The name as the place rules match it, words apart: "Quangninh", "Bac-Ninh" or "كوانق"
    may be spellings the registry lacks, "Bắc Ninh" is none."""
    return match_fold(_letters_source(name)).replace("-", " ")


# Letters writers use for one sound in a foreign name, read as one: Arabic ة/ه and ى/ي at a
# word's end, غ/ج/ق/ك for the "g" of Giang or Quảng; the Devanagari anusvara and candrabindu
# for the nasal न् ("निंह" and "निन्ह" are both Ninh).
_ONE_SOUND = str.maketrans({"ة": "ه", "ى": "ي", "ج": "غ", "ق": "غ", "گ": "غ", "ं": "न", "ँ": "न"})
_KANA_MARKS = str.maketrans("", "", " ・ー")
# A Thai letter under the thanthakhat (์) is not pronounced: "บินห์" is "บิน".
_SILENT_THAI = re.compile("[\u0e01-\u0e2e][\u0e34\u0e38]?\u0e4c")
_THANTHAKHAT = "\u0e4c"
_SPACES_AND_DASHES_DROPPED = str.maketrans("", "", " –—-")


def _without_silent_thai(name: str) -> str:
    """The name without its silent Thai letters; a name without the mark is not scanned (some
    60 names an article are asked, few of them Thai)."""
    return _SILENT_THAI.sub("", name) if _THANTHAKHAT in name else name


def _reading(name: str, lang: str) -> str:
    return _letters(to_latin(_without_silent_thai(_letters_source(name)), lang))


def _letters_source(name: str) -> str:
    if not name.startswith(_PREFIXES) and not name.endswith(_SUFFIXES):
        return name  # most names: one test of each tuple in C, not a loop over them
    for prefix in _PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            name = name[len(prefix) :]
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def _share(a: str, b: str, limit: float = 1.0) -> float:
    """Edit distance as a share of the longer string's length; 1.0 without measuring it when
    the lengths alone put it over ``limit`` (it is at least their difference)."""
    longest = max(len(a), len(b))
    if not a or not b or abs(len(a) - len(b)) > limit * longest:
        return 1.0
    return _edit_distance(a, b, int(limit * longest)) / longest


def _edit_distance(a: str, b: str, bound: int | None = None) -> int:
    """Edits from ``a`` to ``b``, two neighbouring letters swapped ("Nihn" for "Ninh") counting
    as one, as a typing slip does (the optimal string alignment distance). Past ``bound`` the
    count stops at ``bound + 1``: more is all the caller needs to know, and only the letters
    at most ``bound`` apart are then compared."""
    if bound is None or bound >= max(len(a), len(b)):
        bound = max(len(a), len(b))
    elif bound == 0:
        return int(a != b)
    elif _surely_more_edits(a, b, bound):
        return bound + 1
    over = bound + 1
    # A path of at most ``bound`` edits stays within ``bound`` of the diagonal, so cells
    # farther off start at ``over``, and values at or above ``over`` are never exact.
    before_previous: list[int] = []
    previous = [j if j <= bound else over for j in range(len(b) + 1)]
    previous_min = 0
    for i, char_a in enumerate(a, 1):
        current = [over] * (len(b) + 1)
        if i <= bound:
            current[0] = i
        row_min = current[0]
        for j in range(max(1, i - bound), min(len(b), i + bound) + 1):
            char_b = b[j - 1]
            cost = previous[j - 1] + (char_a != char_b)
            if previous[j] < cost:
                cost = previous[j] + 1
            if current[j - 1] < cost:
                cost = current[j - 1] + 1
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                cost = min(cost, before_previous[j - 2] + 1)
            current[j] = cost
            if cost < row_min:
                row_min = cost
        # Every later row is built from this one or, by a swap costing one, the one before.
        if row_min > bound and previous_min >= bound:
            return over
        before_previous, previous, previous_min = previous, current, row_min
    return min(previous[-1], over)


def _surely_more_edits(a: str, b: str, bound: int) -> bool:
    """Whether ``a`` and ``b`` are plainly more than ``bound`` edits apart, without measuring:
    each letter more in one, and each letter one has that the other lacks, costs an edit."""
    if abs(len(a) - len(b)) > bound:
        return True
    letters_a, letters_b = set(a), set(b)
    return len(letters_a - letters_b) > bound or len(letters_b - letters_a) > bound
