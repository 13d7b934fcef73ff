"""Foreign places the registry does not list, reported when the text makes them clear.

A name is a partner of its own, though no registry lists it, when two things say so:

* a place word stands right beside it ("the city of Vercelli", "Mato Grosso state",
  "tỉnh Chanthaburi", "провинция Сайнябули", "沙迦酋长国", "จังหวัดจันทบุรี"; the words, by
  language and kind, are ``place_kinds`` in vocabularies/languages.yaml), and the name is a
  capitalised one (Latin, Cyrillic) or a run of letters (the other scripts);
* the place named nearest to it in the same sentence is a foreign one the registry knows (a
  country, or a region whose country is known: "Yeongam County in South Jeolla").

Never a Vietnamese place (the nearest place named is a province, or the name is shaped like
Vietnamese syllables), never a name the registry already matches there.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from digest.extract.cities import Where, confirmed_city, declined_city, where_cities
from digest.extract.demonyms import Demonym, blanked, demonym_beside, find_demonyms
from digest.extract.gazetteer import PARTNER, PROVINCE, DisjointSpans, Match, MatchIndex
from digest.extract.hometowns import names_a_home_town
from digest.extract.people_lexicon import lexicon
from digest.extract.translit import (
    is_vi_syllable,
    korean_place,
    read_as_vietnamese,
    script_of,
    to_latin,
)
from digest.extract.translit_han import place_pinyin
from digest.extract.vietnam_places import vietnam_names
from digest.registries import Registries
from digest.scripts import char_class
from digest.text import first_letter_look, fold, same_length_fold, slugify

# How far from a name its country clue may be named, within the sentence.
_CLUE_WINDOW = 160
# Right beside: only locating the unlisted place ("Yeongam County in South Jeolla").
_BESIDE_GAP = 24
_MAX_NAME_WORDS = 3
_MIN_HAN = 2
_MAX_HAN = 5
_SENTENCE_END = re.compile(r"[.!?。！？؟।\n]")
_LATIN_OR_CYRILLIC = re.compile(f"[{char_class('Latin', 'Cyrillic')}]")
_NAME_WORD = r"[^\W\d_][\w'’\-]*"
_WORD_BEFORE = re.compile(rf"({_NAME_WORD})([ \t]+)$")
_WORD_AFTER = re.compile(rf"([ \t]*)({_NAME_WORD})")
_HAN = char_class("Han")
_KATAKANA = char_class("Katakana")
_KANA = char_class("Hiragana", "Katakana")
_HANGUL = char_class("Hangul")
_THAI = char_class("Thai")
# Characters that end a Chinese name read backwards from its place word: particles, verbs,
# determiners and other place words ("与沙迦酋长国", "访问沙迦酋长国", "该省").
_ZH_STOPS = frozenset(
    "的了与和及同在于对从向是为将把也跟到赴访问会见并等这该其各全本外邻我此每两几多"
    "省市县州区国或被由自"
)
# A size or age before 城市 makes it the noun "city" ("大城市", big cities), not a city named
# 大城 (Dacheng).
_ZH_CITY_NOUN = re.compile("[大小中新老古名]城")
# A single-character place word followed by these is another word ("市场" market, "市长"
# mayor, "副省长" vice governor: the title's holder follows, no name comes before it).
_ZH_NOT_AFTER = frozenset("场民值级际份内外长長")
# ... and 市 after these is a market's word, no city's: "边民互市点" (a border trade market),
# "超市", "夜市", "集市", "股市", "早市", "黑市".
_ZH_MARKET_BEFORE = frozenset("互超夜集股早黑")
# Korean particles that may follow a place word ("영암군과", "영암군에서").
_KO_PARTICLES = (
    "에서의", "과의", "와의", "에서", "으로", "과", "와", "의", "에", "은", "는", "이", "가",
    "을", "를", "로", "도", "청", "수",
)  # fmt: skip
# Thai words that end a name read forwards from its place word ("จังหวัดจันทบุรีของไทย").
_TH_STOPS = (
    "ของ", "และ", "กับ", "ใน", "ที่", "ได้", "เพื่อ", "ซึ่ง", "ประเทศ", "ระหว่าง", "จาก",
    "โดย", "ให้", "เป็น", "มี", "ไป", "มา", "ว่า", "เมื่อ", "ร่วม", "ลงนาม",
    # Verbs a province is the subject of ("จังหวัดส่งออกข้าว", the province exports rice).
    "ส่งออก", "นำเข้า", "กล่าว", "ตั้งเป้า",
    # "จังหวัดอยู่ที่…" (the province's figure stands at): is, stands.
    "อยู่",
    # "จังหวัดพร้อมอำนวยความสะดวก" (the province is ready to help): ready, help, welcome.
    "พร้อม", "อำนวย", "ยินดี",
)  # fmt: skip
# A place only said to be near what the article is about ("un área piloto cerca de la ciudad
# de Cárdenas") locates it: no partner by the article's country alone.
_NEAR = re.compile(
    r"(?:^|\W)(?:near|close to|cerca de|pres de|perto de|vicino a|nahe|in der nahe von"
    r"|w poblizu|недалеко от|вблизи|около|поблизу|біля|ben canh|gan)\W"
)
# A Russian or Ukrainian patronymic makes a run of capitalised words a person's name.
_PATRONYMIC = re.compile(r"(?:ович|евич|ьевич|ьич|овна|евна|ична|івна|ївна)$")
# "Secretary of State", "secretário de Estado", "secrétaire d'État": the place word is part of
# the title.
_OF_STATE_TITLE = re.compile(
    r"(?:secretar\w*|sottosegretari\w*|sous-secretaire|staatssekretar\w*|ministr\w*)\s+"
    r"(?:de|d'|of|di|do|da)\s*$"
)
# Counted place words are nouns, no name follows them: "ทั้งสองจังหวัดตกลง..." (both provinces
# agreed), "ทุกจังหวัด" (every province).
_TH_QUANTIFIERS = ("ทั้งสอง", "สอง", "ทุก", "แต่ละ", "หลาย", "บาง")
# Endings of nationality words written before a place word ("Chinese province").
_DEMONYM = re.compile(r"(?:ese|ian|ean|ish|ic|ch|ischen|ische|isch)$")


# Before a Russian or Ukrainian place word the name is an adjective ("Иркутской области",
# "Київської області"), never a noun ("Делегация провинции").
_ADJECTIVE = {
    "ru": re.compile(r"(?:ая|яя|ой|ей|ую|юю|ий|ый|ое|ее|ого|его|ому|ему|ом|ем|ых|их)$"),
    "uk": re.compile(r"(?:[сзц]ька|[сзц]ької|[сзц]ькій|[сзц]ьку|[сзц]ькою|ий|ого|ому|их|ім)$"),
}


@dataclass(frozen=True)
class Unlisted:
    """A partner the registry does not list: same fields as a registry partner in a draft."""

    id: str
    name_en: str
    country: str
    kind: str

    @classmethod
    def named(cls, country: str, name_en: str, kind: str = "organisation") -> Unlisted:
        """A body known by its English name: its id is the country's code and that name's slug
        (``kr-korea-chamber-of-commerce-and-industry``)."""
        return cls(f"{country.lower()}-{slugify(name_en)}", name_en, country, kind)


@dataclass(frozen=True)
class Body:
    """An organisation and where the text names it: a place inside that span is its own."""

    start: int
    end: int
    organisation: Unlisted


@dataclass(frozen=True)
class Found:
    partner: Unlisted
    start: int
    end: int
    # The registry place giving its country when it stands right beside the name, only to
    # say where it lies ("Yeongam County in South Jeolla"): not a partner for that mention.
    locating: Match | None


@dataclass(frozen=True)
class _Language:
    lang: str
    kinds: tuple[tuple[str, str, re.Pattern[str]], ...]  # kind, side, pattern
    not_names: frozenset[str]
    not_names_as_written: tuple[str, ...]
    stopwords: frozenset[str]
    venue_before: frozenset[str]
    venue_after: tuple[str, ...]
    family_names: frozenset[str]


def _pattern(words: list[str], glued: bool) -> re.Pattern[str] | None:
    alternatives = []
    cleaned = {str(w).strip() for w in words if str(w).strip()}
    for word in cleaned:
        stem = word.endswith("*")
        core = re.escape(word.rstrip("*")).replace(r"\ ", r"\s+")
        # A stem takes case endings, not derived words ("городе", not "городской").
        core += r"\w{0,3}" if stem else ""
        if not glued:
            core = r"(?<!\w)" + core + ("" if word.endswith(("'", "’")) else r"(?!\w)")
        alternatives.append(core)
    if not alternatives:
        return None
    either = "|".join(sorted(alternatives, key=len, reverse=True))
    return re.compile(f"{first_letter_look(cleaned)}(?:{either})", re.IGNORECASE)


@functools.cache
def _language(registries: Registries, lang: str) -> _Language:
    spec = registries.vocabularies.languages["languages"].get(lang) or {}
    glued = lang in ("zh", "ja", "ko", "th")
    kinds = []
    for kind, sides in (spec.get("place_kinds") or {}).items():
        for side in ("before", "after"):
            pattern = _pattern(list((sides or {}).get(side) or ()), glued)
            if pattern is not None:
                kinds.append((str(kind), side, pattern))
    return _Language(
        lang=lang,
        kinds=tuple(kinds),
        not_names=frozenset(fold(str(w)) for w in spec.get("place_not_names") or ()),
        not_names_as_written=tuple(str(w) for w in spec.get("place_not_names") or ()),
        stopwords=frozenset(fold(str(w)) for w in spec.get("stopwords") or ()),
        venue_before=frozenset(fold(str(w)) for w in spec.get("venue_before") or ()),
        venue_after=tuple(fold(str(w)) for w in spec.get("venue_after") or ()),
        family_names=_family_names(registries),
    )


@functools.cache
def _family_names(registries: Registries) -> frozenset[str]:
    """Vietnamese family names in every script (registries/provinces.yaml): a name starting
    with one is a person's ("провинции Ле Тхи Хуен", the province's Le Thi Huyen)."""
    names = registries.vocabularies.province_words["family_names"] or {}
    return frozenset(fold(str(n)) for by_script in names.values() for n in by_script or ())


def find_unlisted(
    registries: Registries,
    lang: str,
    text: str,
    matches: list[Match],
    named: frozenset[str] = frozenset(),
    article_country: str | None = None,
) -> list[Found]:
    """Unlisted partners named in ``text``, in order; ``matches`` are the registry's names
    found there (provinces and partners), ``named`` the starts (folded, first letters) of the
    registry names found anywhere in the article: a name starting alike is another form of one
    ("Брестська область" beside "Брестської області"). ``article_country`` is the one foreign
    country the article's localities lie in, if they lie in one: the country of a name in
    Latin or Cyrillic letters whose sentence names no place at all ("The City of Hillsboro also
    signed ...", "посетила город Мичуринск")."""
    language = _language(registries, lang)
    if not language.kinds:
        return []
    found: list[tuple[int, Found]] = []
    taken = DisjointSpans()
    # A nationality adjective inside or before the place word gives its country and is read
    # as if it were not there ("la provincia cubana de Cienfuegos", "the Lao province of").
    demonyms = find_demonyms(registries, lang, text)
    plain = blanked(text, demonyms)
    countries = _countries(registries, matches)
    cities_in = where_cities(
        lang, (article_country,) if article_country else _foreign_countries(registries, matches)
    )
    titles = _TitleEnds(lang, text)
    by_position = MatchIndex(matches)
    vietnamese: set[str] = set()  # names the article says are Vietnam's places
    for kind, side, pattern in language.kinds:
        for word in _place_words(pattern, plain, side, titles):
            span = _name_span(
                plain, word, side, language, (matches, by_position), countries
            ) or _kana_city(registries, plain, word, kind, lang, cities_in)
            if span is None:
                continue
            start, end = _outside_names(plain, *span, side, by_position, countries)
            if end <= start or taken.overlaps(start, end):
                continue
            name = text[start:end].strip(" -‐'’")
            if not _may_be_name(name, language, side):
                continue
            if _LATIN_OR_CYRILLIC.search(name) and name_start(name) in named:
                continue
            clue = _demonym_clue(demonyms, plain, word, side)
            if (
                kind in ("city", "district") and _venue(text, word, start, end, side, language)
            ) or (clue is None and _vietnams(lang, text, (start, name), by_position, vietnamese)):
                continue
            clue = clue or country_clue(registries, text, start, end, matches, lang)
            if clue is None and article_country is not None:
                clue = _article_clue(text, word, start, end, name, matches, article_country)
            latin = latin_reading(name, lang, clue[0] if clue else None)
            near = _only_near(text, word, start)
            clue, latin = _gazetteer_clue(
                registries,
                clue,
                kind,
                latin,
                cities_in,
                near,
                clue is not None and (clue[1] is None or _beside(text, start, end, clue[1])),
            )
            if clue is None:
                continue
            country, clue_match = clue
            slug = slugify(latin)
            if not slug:
                continue
            taken.add(start, end)
            beside = (
                clue_match
                if clue_match is not None and _beside(text, start, end, clue_match)
                else None
            )
            partner = Unlisted(
                id=f"{country.lower()}-{slug}", name_en=latin, country=country, kind=kind
            )
            found.append((start, Found(partner, start, end, beside)))
    counties = _polish_counties(registries, lang, text)
    found += [(c.start, c) for c in counties if not taken.overlaps(c.start, c.end)]
    found.sort(key=lambda item: item[0])
    return _not_named(text, [item[1] for item in found], vietnamese)


# A Polish county is named by its seat's adjective after "powiat" in any case ("powiat
# zgierski", "do powiatu opolskiego", "starosta powiatu mieleckiego"): the adjective's ending
# undone (-ski, -cki, -dzki and their cases) and the nominative's endings tried until GeoNames
# knows a town of Poland by the name (Zgierz, Opole, Mielec, Limanowa). "Powiat" is a unit of
# Poland's only.
_POLISH_COUNTY = re.compile(
    r"\b(?:[Pp]owiat|[Pp]owiatu|[Pp]owiatem|[Pp]owiatowi|[Pp]owiecie)[ \t]+"
    r"([a-ząćęłńóśźż]{2,}?)(sk|ck|dzk)(?:iego|iemu|im|i)\b"
)
_POLISH_STEM_ENDS = {"sk": "", "ck": "c", "dzk": "dz"}
_POLISH_NOMINATIVE_ENDS = ("", "a", "e", "o", "y", "z", "n", "ow")


def _polish_counties(registries: Registries, lang: str, text: str) -> list[Found]:
    """The Polish counties ``text`` names by their seat's adjective."""
    if lang != "pl":
        return []
    where = Where(("PL",), "pl")
    counties = []
    for word in _POLISH_COUNTY.finditer(text):
        stem = fold(word.group(1)) + _POLISH_STEM_ENDS[word.group(2)]
        for end in _POLISH_NOMINATIVE_ENDS:
            city = confirmed_city(registries, stem + end, where)
            if city is not None:
                partner = Unlisted.named("PL", f"{city[1]} County", "district")
                counties.append(Found(partner, word.start(), word.end(), None))
                break
    return counties


_NAME_START = 5


def _place_words(
    pattern: re.Pattern[str], plain: str, side: str, titles: _TitleEnds
) -> Iterator[re.Match[str]]:
    """The place words of one kind, but those closing a person's title with the name after
    them ("marszałek województwa Tomasz Wrona": the title's holder follows)."""
    for word in pattern.finditer(plain):
        if side != "before" or word.end() not in titles.ends():
            yield word


class _TitleEnds:
    """Where a person's title ends in a place word ("marszałek województwa", "губернатор
    области"): the capitalised words after it are the title holder's name, not a place. Read
    only when a place word asks: most texts have none before a name."""

    def __init__(self, lang: str, text: str) -> None:
        self._lang, self._text = lang, text
        self._ends: set[int] | None = None

    def ends(self) -> set[int]:
        if self._ends is None:
            folded = same_length_fold(self._text)
            self._ends = {
                end
                for start, end, _, term in lexicon(self._lang).titles.find(folded, "title")
                if not term.ordinary and " " in folded[start:end].strip()
            }
        return self._ends


def _countries(registries: Registries, matches: list[Match]) -> set[Match]:
    return {
        m
        for m in matches
        if m.target[0] == PARTNER  # type: ignore[index]
        and registries.partners[m.target[1]].kind == "country"  # type: ignore[index]
    }


def _gazetteer_clue(
    registries: Registries,
    clue: tuple[str, Match | None] | None,
    kind: str,
    latin: str,
    countries: Where,
    near: bool,
    clue_beside: bool = False,
) -> tuple[tuple[str, Match | None] | None, str]:
    """Where nothing beside a city says where it lies (no ``clue``): the first of the countries
    the article can be about where GeoNames knows a city by that name ("청주시" in a Korean
    local paper), and the city's GeoNames name; else the clue and the name as they were. A
    city only said to be ``near`` something locates it ("cerca de la ciudad de Cárdenas"). A
    country named apart from the city, not ``clue_beside`` it, may be another's."""
    if clue is not None and kind == "city":
        home = None if clue_beside else _language_city(registries, clue, latin, countries.lang)
        if home is not None:
            return home
        return clue, _nominative(registries, countries.lang, latin, clue[0])
    if clue is not None or kind not in ("city", "district") or near:
        return clue, latin
    city = confirmed_city(registries, latin, countries) or declined_city(
        registries, countries.lang, latin, countries
    )
    if city is None and kind == "district" and countries.named:
        # A district is named after its seat ("Landkreis Rosenheim", "Landkreis Görlitz"):
        # where the countries the article names have no town by the name, the language's own
        # countries may, as for a city named with no country at all.
        city = confirmed_city(registries, latin, where_cities(countries.lang, ()))
    if city is None:
        return None, latin
    if kind == "district":
        return (city[0], None), latin
    return (city[0], None), city[1]


def _language_city(
    registries: Registries, clue: tuple[str, Match | None], latin: str, lang: str
) -> tuple[tuple[str, Match | None], str] | None:
    """A city of the article's own language's countries that a country named in its sentence
    does not locate: "La Ville d'Angers, qui n'était jusqu'ici liée qu'au Japon" is France's
    Angers, since GeoNames knows no Angers in Japan and France's is the largest; a country
    that has a city by the name keeps it ("la ciudad de Córdoba, Argentina")."""
    if confirmed_city(registries, latin, where_cities(lang, (clue[0],))) is not None:
        return None
    city = confirmed_city(registries, latin, where_cities(lang, ()))
    return None if city is None else ((city[0], None), city[1])


def _nominative(registries: Registries, lang: str, latin: str, country: str) -> str:
    """A city's name read back from its case ("Urząd Miasta Łodzi": Lodz) where GeoNames
    knows no city by the name as written."""
    where = where_cities(lang, (country,))
    if confirmed_city(registries, latin, where) is not None:
        return latin
    found = declined_city(registries, lang, latin, where)
    return found[1] if found is not None else latin


def _foreign_countries(registries: Registries, matches: list[Match]) -> list[str]:
    """The countries of the foreign places and bodies the text names, in order."""
    found = []
    for match in matches:
        if match.target[0] == PARTNER:  # type: ignore[index]
            country = registries.partners[match.target[1]].country  # type: ignore[index]
            if country is not None and country != "VN":
                found.append(country)
    return found


def _demonym_clue(
    demonyms: list[Demonym], text: str, word: re.Match[str], side: str
) -> tuple[str, None] | None:
    """The country of a nationality adjective in or right before a place word that the name
    follows ("la provincia cubana de", "the Lao province of")."""
    if side != "before":
        return None
    demonym = demonym_beside(demonyms, text, word.start(), word.end())
    if demonym is None or demonym.country == "VN":
        return None
    return demonym.country, None


def _outside_names(
    text: str,
    start: int,
    end: int,
    side: str,
    matches: MatchIndex,
    countries: set[Match] = frozenset(),  # type: ignore[assignment]
) -> tuple[int, int]:
    """The name without the registry names it runs into: "Japan's Ibaraki Prefecture" is
    Ibaraki; after a place word, a country named first is skipped ("провинция Лаоса Удомсай"
    is Удомсай). A name that is a registry name itself comes out empty."""
    for match in matches.overlapping(start, end):
        if match.start < end and start < match.end:
            if side == "before" and match in countries and match.start <= start < match.end < end:
                start = match.end
            elif side == "after":
                start = max(start, match.end)
            else:
                end = min(end, match.start)
    if side == "after":
        # What is left of "Japan's": the possessive ending.
        start += len(re.match(r"(?:['’]s?)?\s*", text[start:end]).group(0))  # type: ignore[union-attr]
    return start, end


def name_start(name: str) -> str:
    """The first letters of a name, folded: what inflected forms of it share."""
    return fold(name)[:_NAME_START]


def _venue(
    text: str, word: re.Match[str], start: int, end: int, side: str, language: _Language
) -> bool:
    """A city or district named only where something happens ("nel distretto di Khamkeut",
    "クイニョン市で"): its country is named too, so it is no partner of its own."""
    front = min(start, word.start())
    back = max(end, word.end())
    before = fold(text[max(0, front - 24) : front]).split()[-2:]
    if any(w in language.venue_before for w in before):
        return True
    after = fold(text[back : back + 4]).lstrip()
    return bool(language.venue_after) and after.startswith(language.venue_after)


def latin_reading(name: str, lang: str, country: str | None = None) -> str:
    """The name in Latin letters: Chinese characters in pinyin ("沙迦" -> "Shajia"), a Korean
    name of one word in Revised Romanization ("원주" -> "Wonju"), other scripts as translit
    reads names; a Cyrillic name of a place of a ``country`` other than China never as a
    Chinese name in Palladius spelling (Улан-Удэ is Ulan Ude, not "Wulang Wude")."""
    script = script_of(name)
    if script == "han":
        return place_pinyin(name)
    if script == "hangul" and len(name.split()) == 1:
        return korean_place(name)
    return to_latin(name, lang, chinese=country in (None, "CN"))


# ---------------------------------------------------------------- the name beside a place word


def _name_span(
    text: str,
    word: re.Match[str],
    side: str,
    language: _Language,
    found: tuple[list[Match], MatchIndex],
    countries: set[Match] = frozenset(),  # type: ignore[assignment]
) -> tuple[int, int] | None:
    matches, index = found
    if _OF_STATE_TITLE.search(fold(text[max(0, word.start() - 24) : word.start()])):
        return None  # "secretário de Estado de Agricultura": a title, not a state
    lang = language.lang
    if lang == "zh":
        return _han_before(text, word, index) if side == "after" else None
    if lang == "ja":
        return _katakana_before(text, word) if side == "after" else None
    if lang == "ko":
        return _hangul_before(text, word) if side == "after" else None
    if lang == "th":
        return _thai_after(text, word, language, matches) if side == "before" else None
    if lang in ("ar", "hi"):
        return _words(text, word, side, language, matches)
    span = _capitalised(text, word, side, {m.start for m in countries})
    if side == "before" and span is not None and _instrumental_person(text, word, span, lang):
        return None
    return span


# Russian and Ukrainian instrumental endings. A name after a place word stands in apposition:
# indeclinable (a foreign name) or in the place word's case. Two or more words all in the
# instrumental after a place word in another case are a person's name ending a title
# ("министром экономического развития региона Мариной Соколовой"), not the place's.
_INSTRUMENTAL = {
    "ru": re.compile(r"(?:ой|ей|ым|им|ом|ем)$"),
    "uk": re.compile(r"(?:ою|ею|им|ом|ем)$"),
}


def _instrumental_person(text: str, word: re.Match[str], span: tuple[int, int], lang: str) -> bool:
    ending = _INSTRUMENTAL.get(lang)
    if ending is None:
        return False
    words = text[span[0] : span[1]].split()
    return (
        len(words) >= 2
        and not ending.search(word.group(0).lower())
        and all(ending.search(w.lower()) for w in words)
    )


def _capitalised(
    text: str,
    word: re.Match[str],
    side: str,
    country_starts: set[int] = frozenset(),  # type: ignore[assignment]
) -> tuple[int, int] | None:
    """Up to three capitalised words right after (or before) the place word."""
    words: list[tuple[int, int]] = []
    if side == "before":
        position = word.end()
        while len(words) < _MAX_NAME_WORDS + 1:
            found = _WORD_AFTER.match(text, position)
            if found is None or not found.group(2)[:1].isupper():
                break
            if words and found.group(1) == "":
                break
            if not words and found.group(1) == "" and not word.group(0).endswith(("'", "’")):
                break
            words.append(found.span(2))
            position = found.end()
    else:
        # "Mato Grosso state", not "the Chinese province of Yunnan" (the name follows there);
        # but "Kampong Speu province of Cambodia": after "of" the country, the name before.
        of = re.match(r"\s+of\s+(?:the\s+)?(?=[^\W\d_])", text[word.end() : word.end() + 12])
        if (
            of
            and text[word.end() :].split(maxsplit=2)[1][:1].isupper()
            and word.end() + of.end() not in country_starts
        ):
            return None
        position = word.start()
        while len(words) < _MAX_NAME_WORDS + 1:
            found = _WORD_BEFORE.search(text, max(0, position - 40), position)
            if found is None or not found.group(1)[:1].isupper():
                break
            words.insert(0, found.span(1))
            position = found.start()
    if not words or len(words) > _MAX_NAME_WORDS:
        return None
    return words[0][0], words[-1][1]


_SCRIPT_WORD = rf"[\w{char_class('Arabic', 'Devanagari')}]+"
# The danda ends a Devanagari sentence: a word holding it is no word of a name ("… पर
# हस्ताक्षर किए। राज्य के").
_DANDAS = ("।", "॥")
_SCRIPT_WORD_AFTER = re.compile(rf"[ \t]+({_SCRIPT_WORD})")
_SCRIPT_WORD_BEFORE = re.compile(rf"({_SCRIPT_WORD})[ \t]+$")


def _words(
    text: str, word: re.Match[str], side: str, language: _Language, matches: list[Match]
) -> tuple[int, int] | None:
    """Scripts without capitals (Arabic, Devanagari): the words beside the place word, up to
    a function or generic word, a registry name or three words."""
    spans: list[tuple[int, int]] = []
    position = word.end() if side == "before" else word.start()
    while len(spans) < _MAX_NAME_WORDS:
        if side == "before":
            found = _SCRIPT_WORD_AFTER.match(text, position)
        else:
            found = _SCRIPT_WORD_BEFORE.search(text, max(0, position - 40), position)
        if found is None:
            break
        folded = fold(found.group(1))
        if folded in language.not_names or folded in language.stopwords:
            break
        if any(danda in found.group(1) for danda in _DANDAS):
            break
        if language.lang == "ar" and found.group(1).endswith(("ية", "يين", "يون", "ي")):
            break
        if language.lang == "ar" and spans and found.group(1).startswith("وال"):
            break  # "and the …" opens the next phrase: "مدينة كان تهو والمقاطعات المجاورة"
        start, end = found.span(1)
        if any(start < m.end and m.start < end for m in matches):
            break
        spans.append((start, end))
        position = end if side == "before" else start
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


def _han_before(text: str, word: re.Match[str], index: MatchIndex) -> tuple[int, int] | None:
    kind_word = word.group(0)
    following = text[word.end() : word.end() + 1]
    if len(kind_word) == 1 and following in _ZH_NOT_AFTER:
        return None
    if kind_word == "市" and word.start() > 0 and text[word.start() - 1] in _ZH_MARKET_BEFORE:
        return None
    # A name longer than _MAX_HAN is none: the walk back stops one character past it.
    floor = max(0, word.start() - _MAX_HAN - 1)
    ends = {m.end for m in index.within(floor, word.start())}
    start = word.start()
    while start > floor and re.match(f"[{_HAN}]", text[start - 1]):
        if text[start - 1] in _ZH_STOPS:
            break
        if start in ends and start != word.start():
            break
        start -= 1
    length = word.start() - start
    if not _MIN_HAN <= length <= _MAX_HAN:
        return None
    return start, word.start()


def _katakana_before(text: str, word: re.Match[str]) -> tuple[int, int] | None:
    start = word.start()
    while start > 0 and re.match(f"[{_KATAKANA}]", text[start - 1]):
        start -= 1
    if word.start() - start < _MIN_HAN:
        return None
    return start, word.start()


def _kana_city(
    registries: Registries,
    text: str,
    word: re.Match[str],
    kind: str,
    lang: str,
    countries: Where,
) -> tuple[int, int] | None:
    """A Japanese city written in hiragana before 市 ("いわき市"): hiragana also writes the
    particles before it ("ではいわき市"), so the longest end of the run that GeoNames confirms."""
    if lang != "ja" or kind != "city":
        return None
    start = word.start()
    while start > 0 and re.match(f"[{_KANA}]", text[start - 1]):
        start -= 1
    for begin in range(start, word.start() - _MIN_HAN + 1):
        if confirmed_city(registries, latin_reading(text[begin : word.start()], "ja"), countries):
            return begin, word.start()
    return None


# The common noun for a city, whose last syllable is the city word: "관광도시", "항만도시".
_KO_CITY_NOUN = "도시"


def _hangul_before(text: str, word: re.Match[str]) -> tuple[int, int] | None:
    rest = re.match(f"[{_HANGUL}]*", text[word.end() :])
    tail = rest.group(0) if rest else ""
    if tail and tail not in _KO_PARTICLES:
        return None
    if text[max(0, word.start() - 1) : word.end()] == _KO_CITY_NOUN:
        return None  # "항만도시" (a port city): the noun 도시, not a city named "항만도"
    start = word.start()
    while start > 0 and re.match(f"[{_HANGUL}]", text[start - 1]):
        start -= 1
    if not _MIN_HAN <= word.start() - start <= _MAX_HAN:
        return None
    return start, word.start()


def _thai_after(
    text: str, word: re.Match[str], language: _Language, matches: list[Match]
) -> tuple[int, int] | None:
    run = re.match(f"[{_THAI}]+", text[word.end() :])
    if run is None or text[: word.start()].endswith(_TH_QUANTIFIERS):
        return None
    end = word.end() + run.end()
    for stop in (*_TH_STOPS, *language.not_names_as_written):
        at = text.find(stop, word.end(), end)
        if at != -1:
            end = at
    for match in matches:
        if word.end() < match.start < end:
            end = match.start
    if end - word.end() < _MIN_HAN:
        return None
    return word.end(), end


def _may_be_name(name: str, language: _Language, side: str) -> bool:
    if len(name) < _MIN_HAN or any(char.isdigit() for char in name):
        return False
    words = name.split()
    folded = [fold(w) for w in words]
    if any(w in language.not_names for w in folded) or folded[0] in language.family_names:
        return False
    if folded[0] in language.stopwords or folded[-1] in language.stopwords:
        return False
    if language.lang == "ar" and name.endswith(("ية", "يين", "يون")):
        return False
    if language.lang == "zh" and _ZH_CITY_NOUN.fullmatch(name):
        return False
    if script_of(name) == "cyrillic" and reads_as_vietnamese(words, language.lang):
        return False
    if any(_PATRONYMIC.search(w) for w in folded):
        return False  # "глава города Андрей Юрьевич Ковалёв": the head of the city, a person
    adjective = _ADJECTIVE.get(language.lang)
    if side == "after" and adjective is not None and not adjective.search(folded[-1]):
        return False  # "Делегация провинции": a noun; a region's name is an adjective there
    if _LATIN_OR_CYRILLIC.search(name):
        if side == "after" and len(words) == 1 and _DEMONYM.search(folded[0]):
            return False
        latin = [w for w in re.split(r"[\s\-‐]+", fold(name)) if w]
        if latin and all(is_vi_syllable(w) for w in latin):
            # "Ha Long City", "thành phố Vinh": shaped like Vietnamese, most likely Vietnamese.
            return False
    return True


def reads_as_vietnamese(words: list[str], lang: str) -> bool:
    """Whether words in another script read as a Vietnamese name ("Нгієм Сюань Кионгом")."""
    return bool(read_as_vietnamese(words, script_of(" ".join(words)), lang))


def _not_named(text: str, found: list[Found], names: set[str]) -> list[Found]:
    """The places ``found`` but those named by one of ``names`` (Vietnam's, said elsewhere)."""
    if not names:
        return found
    return [place for place in found if text[place.start : place.end].strip(" -‐'’") not in names]


# ---------------------------------------------------------------- the country it lies in

# How far before a name Vietnam's own name may stand to make it Vietnam's place, with a
# possessive and an adjective between ("वियतनाम के उत्तरी थाय न्ग्वेन प्रांत").
_VIETNAM_REACH = 24


def _vietnams(
    lang: str, text: str, named: tuple[int, str], by_position: MatchIndex, vietnamese: set[str]
) -> bool:
    """Whether the place ``named`` (where, and its name) is Vietnam's own in a spelling no
    registry knows ("वियतनाम के थाय न्ग्वेन प्रांत"), added to ``vietnamese``: wherever else the
    article names it, it is no foreign place."""
    start, name = named
    if _after_vietnam(lang, text, start, by_position):
        vietnamese.add(name)
        return True
    return False


def _after_vietnam(lang: str, text: str, start: int, by_position: MatchIndex) -> bool:
    """Whether Vietnam's name (CLDR's in the article's language, or the English) stands just
    before a place name in its sentence with no other registry place between: no registry lists
    Vietnam as a partner, so its name is looked for here."""
    left = max(0, start - _VIETNAM_REACH)
    before = same_length_fold(text[left:start])
    found = max((before.rfind(name) for name in vietnam_names(lang)), default=-1)
    return (
        found >= 0
        and not _SENTENCE_END.search(before, found)
        and not by_position.overlapping(left + found, start)
    )


def country_clue(
    registries: Registries, text: str, start: int, end: int, matches: list[Match], lang: str = ""
) -> tuple[str, Match] | None:
    """The country of the place named nearest to the name in its sentence, if foreign; not one
    named as where people come from ("의성군은 필리핀에서 계절근로자를 도입했다": the county
    brought in workers from the Philippines, it does not lie there)."""
    left = max(0, start - _CLUE_WINDOW)
    right = min(len(text), end + _CLUE_WINDOW)
    before = list(_SENTENCE_END.finditer(text, left, start))
    if before:
        left = before[-1].end()
    after = _SENTENCE_END.search(text, end, right)
    if after is not None:
        right = after.start()
    best: tuple[int, Match, str | None] | None = None
    for match in matches:
        if match.end <= left or match.start >= right:
            continue
        if lang and names_a_home_town(text, match.start, match.end, lang):
            continue
        kind, target = match.target  # type: ignore[misc]
        if kind == PROVINCE:
            country: str | None = "VN"
        elif kind == PARTNER:
            partner = registries.partners[target]
            if partner.country is None or partner.kind in ("company", "media", "organisation"):
                continue
            country = partner.country
        else:
            continue
        distance = start - match.end if match.end <= start else match.start - end
        if best is None or distance < best[0]:
            best = (distance, match, country)
    if best is None or best[2] in (None, "VN"):
        return None
    return str(best[2]), best[1]


def _article_clue(
    text: str,
    word: re.Match[str],
    start: int,
    end: int,
    name: str,
    matches: list[Match],
    article_country: str,
) -> tuple[str, None] | None:
    """The article's one foreign country as the country of a name in Latin or Cyrillic
    letters whose sentence names no place, unless it is only near something."""
    if (
        _LATIN_OR_CYRILLIC.search(name)
        and not _place_in_sentence(text, start, end, matches)
        and not _only_near(text, word, start)
    ):
        return article_country, None
    return None


def _only_near(text: str, word: re.Match[str], start: int) -> bool:
    """Whether the place is only said to be near something ("cerca de la ciudad de")."""
    return _NEAR.search(fold(text[max(0, min(start, word.start()) - 24) : start])) is not None


def _place_in_sentence(text: str, start: int, end: int, matches: list[Match]) -> bool:
    """Whether the sentence of ``text[start:end]`` names a registry place besides it."""
    left = max(0, start - _CLUE_WINDOW)
    before = list(_SENTENCE_END.finditer(text, left, start))
    left = before[-1].end() if before else left
    after = _SENTENCE_END.search(text, end, min(len(text), end + _CLUE_WINDOW))
    right = after.start() if after is not None else min(len(text), end + _CLUE_WINDOW)
    return any(
        left < m.end and m.start < right and not (start <= m.start and m.end <= end)
        for m in matches
    )


def _beside(text: str, start: int, end: int, clue: Match) -> bool:
    gap = text[end : clue.start] if clue.start >= end else text[clue.end : start]
    if _APPOSED.match(gap) and clue.start >= end and _CLAUSE_ENDS.match(text, clue.end):
        return True  # "Chuncheon City, Gangwon Province." says where Chuncheon is
    return len(gap) <= _BESIDE_GAP and not re.search(r"[,;:]|\b(?:and|và|und|et|y|e|i)\b", gap)


# A place set off by a comma after the unlisted one, closing its clause, is where that one lies.
# (The place word of the unlisted one may stand before the comma: "Chuncheon City,".)
_APPOSED = re.compile(r"\s*(?:\w+\s*)?[,，、]\s*$")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;:)）。\n]|$)")
