"""Foreign organisations named in the article's language by what they are and where they are
(vocabularies/organisations.yaml): universities, chambers of commerce, ministries.

"Université de Limoges", "Handwerkskammer Dresden", "Торгово-промышленная палата Приморского
края", "名古屋大学", "Ministerio de Comercio Exterior de Cuba": the vocabulary gives the kind of
body and its English form, the registries (or, in Latin and Cyrillic script, capitalised words and a
country the sentence names) give the place, and the organisation is drafted as one the registry
does not list, ``<iso2>-<slug of the English name>`` (``fr-university-of-limoges``,
``cu-ministry-of-foreign-trade``), with ``partners`` for review. Vietnam's own bodies are never
partners. English names are read by digest.extract.organisations, by their shape.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from digest.extract.article_frame import framed
from digest.extract.bare_places import bare_place_before
from digest.extract.cities import (
    LANGUAGE_COUNTRIES,
    confirmed_city,
    declined_city,
    where_cities,
)
from digest.extract.composed_names_central import LANGUAGES as STATE_LANGUAGES
from digest.extract.composed_names_central import (
    REGIONS_BODIES,
    is_state_head,
    regions_body,
    state_ministry,
)
from digest.extract.country_conventions import namesake_city_abroad, own_portfolio
from digest.extract.demonyms import Demonym, demonym_beside, find_demonyms
from digest.extract.departments import place_id_prefix
from digest.extract.faculties import with_faculties
from digest.extract.gazetteer import PARTNER, DisjointSpans, Match
from digest.extract.organisations import (
    NATIONAL_PREFIX,
    country_beside,
    foreign_places,
    one_country,
    only_country,
    only_organisations_country,
)
from digest.extract.people_lexicon import lexicon
from digest.extract.portfolios import Reader as PortfolioReader
from digest.extract.portfolios import reader as portfolio_reader
from digest.extract.translit import is_vi_syllable
from digest.extract.unlisted import Body, Unlisted, country_clue, latin_reading
from digest.extract.vietnam_places import vietnam_names
from digest.registries import Partner, Registries
from digest.text import fold, literal_tree, same_length_fold, slugify

_VIETNAM = "VN"
_UNSPACED = frozenset({"zh", "ja", "ko", "th"})
# Kinds of partner that may be the place of a body.
_PLACES = frozenset({"country", "region", "city", "district"})
# Words that may stand between a body's word and its place: "ТПП Республики Беларусь",
# Thai's "province of" ("หอการค้าจังหวัดอุดรธานี": Udon Thani Chamber of Commerce), and Arabic's
# "in" glued to the place ("الغرفة التجارية بالإسكندرية": Alexandria Chamber of Commerce).
_BETWEEN = re.compile(r"(?:республик[аиуе]|республік[аиіу]|republiki|republik)\s+|จังหวัด\s*|ب(?=ال)")
# An unlisted place: one to three capitalised words (Latin or Cyrillic); a letter and a dot
# after the first opens an abbreviation, no word of the place ("Portu Gdynia S.A.").
_CAPITALISED = re.compile(
    r"[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄ][\w'’-]*(?:[ \t]+(?![A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄ]\.)[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄ][\w'’-]*){0,2}"
)
_MAX_GAP = 2
# The words for a periodical, folded, in the Latin-script languages: after a body's words they
# name its publication ("IHK Magazin", "Revista Cámara"), never its place.
_PUBLICATION = re.compile(
    r"(?:magazin|magazine|journal|zeitung|newsletter|revista|rivista|revue|bulletin|boletin"
    r"|gazette|gazzetta)(?!\w)"
)
# Where a person's name follows the body they hold a title in, and how far before the body's
# words the title may end ("президент Уральской торгово-промышленной палаты Андрей Бессонов").
_NAME_AFTER_TITLED_BODY = frozenset({"ru", "uk"})
_TITLE_WINDOW = 30
_SENTENCE_BREAK = re.compile(r"[.!?;:\n]")
_SPACES_AT = re.compile(r"[ \t]*")
# The words for a federation's state, folded, where its ministries are "Ministerium" and the
# federation's "Bundesministerium".
_STATE_WORDS = {
    "de": re.compile(r"\b(?:land|landes|freistaat|freistaates|bundesland|bundeslandes)\b")
}
# A kind's acronym in brackets, a capital first and no digit ("(HwK)", "(IHK)").
_KIND_ACRONYM = re.compile(r"\([A-ZА-ЯЁІЇЄ][^\W\d_]{1,5}\)[ \t]+")
# A place's name joined by a hyphen to a capitalised word goes on ("Loire-Bretagne").
_HYPHENATED = re.compile(r"[-‐][A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄ]")
# Polish names a body's city by its adjective ("Uniwersytet Łódzki", "Gdański Uniwersytet
# Medyczny", "Politechnika Warszawska"): the city's stem, the adjective's suffix and its case
# ending; and by the suffix, the endings of the city's name it may have replaced, accents
# folded away (Gdańsk-i, Wrocław-ski, Warszaw(a)-ski, Opol(e)-ski, Katowi(ce)-cki, Płock-i,
# Łó(dź)-dzki). A word longer than any city's adjective is not read.
_CITY_ADJECTIVE = re.compile(
    r"([A-ZĄĆĘŁŃÓŚŹŻ]\w+?)(sk|ck|dzk)(?:iego|iemu|iej|imi|ich|im|ie|i|a|ą|ę)"
)
_CITY_ENDINGS = {"sk": ("sk", "", "a", "e"), "ck": ("ck", "ce"), "dzk": ("dz",)}
_MAX_ADJECTIVE = 30
_WORD_AFTER = re.compile(r"[ \t]+(\w+)")
_WORD_BEFORE = re.compile(r"(?<!\w)(\w+)[ \t]+$")
# Polish names a body's city in the locative after "w"/"we" ("Uniwersytet Medyczny w Łodzi").
_LOCATIVE_AFTER = {"pl": re.compile(r"(?<!\w)we?\s*$")}
# The English name of a body named by a head word and a portfolio or subject, by the key of
# its head words in vocabularies/organisations.yaml.
_KIND_NAMES = {
    "heads": "Ministry of {}",
    "institutes": "Institute of {}",
    "research_institutes": "{} Research Institute",
    "ministers": "Ministry of {}",
    **REGIONS_BODIES,
}
# "Of the province" with no name after it, after a ministry's portfolio ("Ministerium für Arbeit
# der Provinz", "Département de l'Agriculture de la province"): the department of the province
# the article is about, not a ministry of the country its other places lie in.
_THE_PROVINCES = re.compile(
    r"[ \t]+(?:der provinz|de la province|de la provincia|della provincia|da provincia"
    r"|prowincji|of the province|провинции|провінції)(?!\w)[ \t]*"
)
# "Regional" right before a ministry's head word: the ministry of a region the name leaves
# unsaid ("в региональном министерстве международных связей"), no country's (folded).
_REGIONAL_BEFORE = re.compile(
    r"(?<!\w)(?:региональн|областн|регіональн|обласн|regionaln|wojewodzk)\w*\s+$"
)
# A body's acronym in brackets right after its name.
_ACRONYM_AFTER = re.compile(r"\s*\([A-ZÀ-ÞА-ЯЁІЇЄ][\w.-]*[A-ZА-Я][\w.-]*\)")
# ... or after the rest of a name the portfolio words did not read, in the same clause.
_ACRONYM_SOON = re.compile(r"[^,.;:()\n]{0,60}?\([A-ZÀ-ÞА-ЯЁІЇЄ][\w.-]*[A-ZА-Я][\w.-]*\)")
# A registry name's bracket: "Alexandria (Egypt)", or a unit's name in a second language as
# ISO 3166-2 gives it ("Galicia [Galicia]", "Bruxelles [Brussel]").
_QUALIFIER = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])$")
_UNIT_WORD = re.compile(r"\s+(?:Prefecture|Province|Oblast|Region|County)$")
# ... or before it: "Region of Murcia" (Universidad de Murcia is the University of Murcia).
_UNIT_BEFORE = re.compile(r"^(?:Region|Community|Principality) of\s+")
_NEXT_WORD = re.compile(r"[ \t]+([\w'’-]+)")
# What may join a body's name to its country's in scripts without spaces: Thai "of" and
# "country", Chinese and Japanese "of".
_UNSPACED_LINK = re.compile(r"^\s*(?:ของ|แห่ง)?\s*(?:ประเทศ)?|^\s*(?:的|の)?")
_SPACES = re.compile(r"[ \t]*")
# What may follow a body's word closing a name in Chinese, Japanese and Korean without making
# it another word: "대학생" is a student, "大学院" a graduate school, "대학교병원" a hospital;
# Korean "장" glued after it is its head's title ("경상북도 농업기술원장"), whose body the gold
# reads as the province the head speaks for.
_NOT_AFTER = {
    "zh": ("生", "院", "医院", "附属", "校友"),
    "ja": ("生", "院", "病院", "附属", "校友"),
    "ko": ("생", "원", "병원", "교병원", "장"),
}
# ...but after a body's word that itself ends in 院 (人民医院, 农业科学院), 院长/院長 is its head's
# title, the body named with its head ("防城港市人民医院院长莫丽娟介绍").
_HEAD_AFTER = {"zh": "院长", "ja": "院長"}
# The word for "national" glued before a university's place (see ``_national_before``).
_NATIONAL_UNIVERSITY_BEFORE = {"ko": "국립"}
_HANGUL_BEFORE = re.compile(r"[가-힣]")
# A university's hospital, named by the university's name and the word for hospital after
# it (岡山大学病院, 서울대학교병원, 昆明医科大学第一附属医院) or before it ("Bệnh viện Đại học
# Okayama"): Okayama University Hospital, First Affiliated Hospital of Kunming Medical
# University.
_HOSPITAL_AFTER = {
    "zh": re.compile(r"(?:第([一二三四五六七八九])?)?附属医院|医院"),
    "ja": re.compile(r"(?:附属)?病院"),
    "ko": re.compile(r"병원"),
}
_HOSPITAL_BEFORE = {"vi": re.compile(r"(?<!\w)bệnh viện\s+$", re.IGNORECASE)}
# A foreign body's branch in Vietnam, named after the words for "posted in Vietnam"
# (在ベトナム日本商工会議所, 주베트남 한국상공회의소, 驻越南…): "… in Vietnam", as such bodies
# name themselves (Japan Chamber of Commerce and Industry in Vietnam).
_IN_VIETNAM_BEFORE = {
    "ja": re.compile(r"在ベトナム[ \t]*$"),
    "ko": re.compile(r"주[ \t]*베트남[ \t]*$"),
    "zh": re.compile(r"驻越南[ \t]*$"),
}
_IN_VIETNAM_WINDOW = 12
_ORDINALS = dict(zip("一二三四五六七八九", ("First", "Second", "Third", "Fourth", "Fifth", "Sixth",
                                           "Seventh", "Eighth", "Ninth"), strict=True))  # fmt: skip
_STEM_ENDING = 4
# A body's whole English name makes its id ("Federation of Industries of the State of Minas
# Gerais"), not the first eight words a place's slug keeps.
_MAX_NAME_WORDS = 16
# A ministry named bare in an article that names other countries in passing (a market, a
# rival) is the country's whose regions and cities the article names, when they are all one's
# ("وزارة الزراعة" beside الإسكندرية, with India named as a buyer).
_SUBNATIONAL = frozenset({"region", "city", "district"})
# Languages whose ministries named without a country are Vietnam's own ("Bộ Y tế").
_OWN_MINISTRIES = frozenset({"vi"})
# Languages that name a body's place by an adjective before its closing words ("Одеська
# морська академія", "Харківський національний університет"): the adjective's endings, and the
# registry's names of a region by the same adjective ("Одеська область") that give its stem.
_CYRILLIC_CAPITAL = "А-ЯЁІЇЄҐ"
_ADJECTIVE_ENDINGS = {
    "uk": ("ими", "ого", "ому", "ої", "ою", "их", "ий", "им", "ім", "ій", "а", "у", "е", "і"),
    "ru": ("ыми", "ими", "ого", "ому", "ая", "ой", "ую", "ое", "ые", "ых", "их", "ий", "ый", "ым",
           "им", "ом"),
    # Polish names a voivodeship's body by the voivodeship's adjective in the body's case
    # ("Lubelska Izba Rolnicza", "Pomorską Specjalną Strefą Ekonomiczną"), which the registry's
    # "województwo lubelskie" gives the stem of.
    "pl": ("iego", "iemu", "iej", "imi", "ich", "im", "ie", "a", "ą", "i"),
}  # fmt: skip
_ADJECTIVE_CAPITAL = {"pl": "A-ZĄĆĘŁŃÓŚŹŻ"}
_ADJECTIVE_PLACE = {
    lang: re.compile(rf"(?<!\w)([{_ADJECTIVE_CAPITAL.get(lang, _CYRILLIC_CAPITAL)}][\w'’-]+)\s+$")
    for lang in _ADJECTIVE_ENDINGS
}
# How far before a body's closing words its place's adjective may begin: the longest adjectives
# ("Dolnośląskiego", "Ульяновской") are a fifth of it.
_ADJECTIVE_REACH = 80
# The feminine ending the vocabulary's adjectives take ("уральская", "поліська").
_FEMININE_ENDING = {"ru": "ая", "uk": "а"}
_REGION_BY_ADJECTIVE = {
    "uk": re.compile(r"^(\S+)а область$"),
    "ru": re.compile(r"^(\S+)ая область$"),
    "pl": re.compile(r"^województwo (\S+)ie$"),
}
# "імені В. Н. Каразіна", "имени М. В. Ломоносова", "імені Тараса Шевченка": the person a body
# is named after, initials or a first name and a surname, every word in the genitive (a rector's
# name may follow in the nominative: "... Каразіна Олексій").
_GENITIVE_WORD = rf"[{_CYRILLIC_CAPITAL}][\w'’-]*(?:а|я|ого)(?!\w)"
_NAMED_AFTER = {
    lang: re.compile(
        rf"[ \t]+{word}[ \t]+((?:(?:[{_CYRILLIC_CAPITAL}]\.[ \t]*){{1,2}}|{_GENITIVE_WORD}[ \t]+)?"
        rf"{_GENITIVE_WORD})"
    )
    for lang, word in (("uk", "імені"), ("ru", "имени"))
}
# German names a university after a person, or a region, in one hyphenated word before its
# place ("Heinrich-Heine-Universität Düsseldorf", "Johannes-Gutenberg-Universität Mainz",
# "Ruhr-Universität Bochum"): its English name keeps them before "University" and the place
# after it (Heinrich Heine University Düsseldorf), not "University of Düsseldorf".
_UNIVERSITY_OF = "University of {place}"
_NAMED_COMPOUND = {"de": re.compile(r"(?<![\w-])((?:[A-ZÄÖÜ][\w]*-){1,3})$")}
# Russian and Ukrainian name what a university teaches after its kind, in the genitive
# ("Харківський національний університет радіоелектроніки", "… будівництва і архітектури"):
# the fields of the vocabulary's `subject_words.fields` in those languages, joined by "and".
_GENITIVE_FIELDS = frozenset({"ru", "uk"})
_GENITIVE_ENDINGS = (("енка", "енко"), ("ського", "ський"), ("ского", "ский"), ("а", ""))
# Scripts with spaces and no capitals, where the word before a body's closing words is its place
# even when no registry knows it, and the words that are never a place there.
_UNCASED_SPACED = frozenset({"hi"})
# How far back the words before a body's closing words are read.
_WORDS_WINDOW = 80
_LAST_WORD = re.compile(r"(\S+)\s$")
_LAST_WORD_ON_LINE = re.compile(r"(\S+)[ \t]+$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
# What ends the word before a one-word name: the name starts a clause there.
_CLOSING = re.compile(r"[।,.:;!?)\"'»]$")
_LINKING_WORDS = {
    # ... and the second words of compound postpositions ("के तहत", "के साथ", "के लिए").
    "hi": frozenset({"के", "की", "का", "और", "ने", "से", "में", "पर", "को", "एवं", "तथा", "व",
                     "तहत", "साथ", "लिए", "बीच", "द्वारा", "अंतर्गत", "अनुसार"}),
}  # fmt: skip


@dataclass(frozen=True)
class _Body:
    english: str  # with {place}, and {subjects} for a body named by its subjects
    english_in: dict[str, str]  # country -> its own English form
    side: str  # "before": the place follows the words; "after": it precedes them
    pattern: re.Pattern[str]
    # A body named by what it teaches or studies: folded subject word -> English, the words'
    # pattern, and whether they are fields listed with "and" (else adjectives in a row).
    subjects: dict[str, str] = dataclasses.field(default_factory=dict)
    subject_words: re.Pattern[str] | None = None
    fields: bool = False
    # Whether Vietnamese text may name it by foreign capitalised words no registry knows
    # ("Trường Đại học Keimyung"): the vocabulary's `foreign_names`.
    foreign_names: bool = False
    # Whether it is a body of a region or city only (the vocabulary's `local`).
    local: bool = False
    # Whether its place is written as the city's adjective ("Uniwersytet Łódzki"): the
    # vocabulary's `place_adjective`.
    place_adjective: bool = False
    # Whether it keeps the name it gives itself after its words ("CCI Alsace Eurométropole"):
    # the vocabulary's `place_as_written`.
    place_as_written: bool = False
    # Whether a person's title right before it makes it the person's affiliation, no partner:
    # the vocabulary's `not_in_title`.
    not_in_title: bool = False
    # Whether a whole country's is named by its nationality first in English ("Hiệp hội Vận
    # tải Đường bộ Thái Lan": Thai Land Transport Association): the vocabulary's
    # `national_adjective`.
    national_adjective: bool = False
    # The first words its names open with, one of which an article must have (where a word
    # starts, in the spaced languages) for the pattern to find anything; None: not known.
    starts: frozenset[str] | None = None


@dataclass(frozen=True)
class _Ministries:
    head: re.Pattern[str] | None
    links: re.Pattern[str] | None
    portfolios: re.Pattern[str] | None  # a sequence of portfolio words
    read: PortfolioReader | None


def _alternatives(words: list[str], unspaced: bool) -> str | None:
    forms = []
    # Longest word first, so that "de l'" is tried before "de".
    for word in sorted(_folded_words(words), key=len, reverse=True):
        stem = word.endswith("*")
        core = re.escape(word.rstrip("*")).replace(r"\ ", r"\s+")
        core += rf"\w{{0,{_STEM_ENDING}}}" if stem else ""
        forms.append(core)
    if not forms:
        return None
    if unspaced:
        return "|".join(forms)
    # Whole words; a word ending in an apostrophe ("d'") runs on into the next.
    return rf"(?<!\w)(?:{'|'.join(forms)})(?:(?<=['’])|(?![\w-]))"


def _folded_words(words: list[str]) -> set[str]:
    return {same_length_fold(str(w)).strip() for w in words if str(w).strip()}


def _first_words(words: list[str]) -> frozenset[str]:
    """What each of ``_alternatives(words)`` opens with as written: its first word ("" where a
    form opens otherwise, which any text has)."""
    return frozenset(word.rstrip("*").split(" ")[0] for word in _folded_words(words))


def _of_words(registries: Registries, lang: str) -> list[str]:
    return [str(w) for w in (registries.vocabularies.organisations.get("of") or {}).get(lang) or ()]


def _and_words(registries: Registries, lang: str) -> list[str]:
    spec = registries.vocabularies.organisations["ministries"]
    return [str(w) for w in (spec.get("and") or {}).get(lang) or ()]


def _with_every_of(forms: list[str], of_words: list[str]) -> list[str]:
    """The opening forms, each ending with an "of" word also with every other: the vocabulary
    writes "Camera di Commercio di" once, the article "... delle Marche"."""
    found = list(forms)
    for form in forms:
        for link in of_words:
            if form.endswith(f" {link}"):
                stem = form[: -len(link)]
                found += [stem + other for other in of_words]
    return found


def _subject_bodies(registries: Registries, lang: str) -> list[_Body]:
    """Institutes, schools, universities and chambers named by kind, subjects and place (see
    `subject_bodies` in vocabularies/organisations.yaml): one pattern per kind, the subjects a
    group of it, the "of" word before the place its end; in Chinese, the place before the
    subjects and the closing words after them."""
    spec = registries.vocabularies.organisations
    bodies = []
    for record in spec.get("subject_bodies") or ():
        words_spec = (spec.get("subject_words") or {}).get(str(record["subjects"])) or ()
        english = {
            same_length_fold(str(form)).strip(): str(word["en"])
            for word in words_spec
            for form in (word["forms"] or {}).get(lang) or ()
        }
        body = (
            _closing_subject_body(record, lang, english)
            if lang in _UNSPACED
            else _opening_subject_body(registries, record, lang, english)
        )
        if body is not None:
            bodies.append(body)
    return bodies


def _opening_subject_body(
    registries: Registries, record: dict[str, Any], lang: str, english: dict[str, str]
) -> _Body | None:
    """A kind whose words open the name, its subjects and place after them ("Instituto
    Tecnológico de Aragón", "Hiệp hội Cà phê Vân Nam")."""
    kinds = _alternatives(list((record.get("kind") or {}).get(lang) or ()), False)
    subject = _alternatives(list(english), False)
    if kinds is None or subject is None:
        return None
    # Without "of" words (Vietnamese) the place follows the subjects straight away.
    of = _alternatives(_of_words(registries, lang), False) or ""
    fields = str(record["subjects"]) == "fields"
    joins = "|".join(re.escape(same_length_fold(w)) for w in _and_words(registries, lang))
    between = rf"\s*(?:,\s*)?(?:(?:{joins})\s+)?" if fields and joins else r"\s+"
    subjects = rf"(?P<subjects>{subject}(?:{between}{subject}){{0,3}})"
    pattern = re.compile(rf"{kinds}\s+{subjects}\s+{of}" if of else rf"{kinds}\s+{subjects}")
    return _Body(str(record["en"]), {}, "before", pattern, english, re.compile(subject), fields,
                 local=bool(record.get("local")),
                 national_adjective=bool(record.get("national_adjective")))  # fmt: skip


def _closing_subject_body(
    record: dict[str, Any], lang: str, english: dict[str, str]
) -> _Body | None:
    """A kind whose words close the name right after one subject, the place before them
    ("深圳市电子商会": Shenzhen Electronics Chamber of Commerce)."""
    closing = _alternatives(list((record.get("closing") or {}).get(lang) or ()), True)
    subject = _alternatives(list(english), True)
    if closing is None or subject is None:
        return None
    pattern = re.compile(rf"(?P<subjects>{subject})(?:{closing})")
    return _Body(str(record["en"]), {}, "after", pattern, english, re.compile(subject),
                 local=bool(record.get("local")))  # fmt: skip


def _subjects_english(body: _Body, word: re.Match[str]) -> str:
    """The English of the subjects a body's name gives, in the article's order."""
    found = [
        body.subjects[re.sub(r"\s+", " ", m.group(0))]
        for m in body.subject_words.finditer(word.group("subjects"))  # type: ignore[union-attr]
    ]
    if body.fields and len(found) > 1:
        return f"{', '.join(found[:-1])} and {found[-1]}"
    return " ".join(found)


@functools.cache
def _starts_pattern(
    registries: Registries, lang: str
) -> tuple[re.Pattern[str] | None, dict[str, frozenset[str]]]:
    """Where any body's first word (``_Body.starts``) is written: the longest at each place (a
    word start in the spaced languages, where the bodies' patterns start), and for each, the
    first words it opens with itself ("camera" in "camera di")."""
    starts = {start for body in _bodies(registries, lang) for start in body.starts or ()}
    if not starts or "" in starts:
        return None, {}
    tree = literal_tree(starts)
    pattern = re.compile(rf"(?=({tree}))" if lang in _UNSPACED else rf"(?<!\w)(?=({tree}))")
    # Each start's own beginnings, looked up (not every start compared with every other: a
    # vocabulary of many thousand words would take minutes).
    opening = {s: frozenset(s[:end] for end in range(1, len(s) + 1) if s[:end] in starts)
               for s in starts}  # fmt: skip
    return pattern, opening


def _bodies_written(registries: Registries, lang: str, folded: str) -> Iterator[_Body]:
    """The bodies, in order, less those none of whose first words ``folded`` has where a name
    may start (one scan of the text for every body's first words, not one per body)."""
    pattern, opening = _starts_pattern(registries, lang)
    bodies = _bodies(registries, lang)
    if pattern is None:
        yield from bodies
        return
    written = frozenset().union(*(opening[found.group(1)] for found in pattern.finditer(folded)))
    yield from (
        body for body in bodies if body.starts is None or not body.starts.isdisjoint(written)
    )


@functools.cache
def _bodies(registries: Registries, lang: str) -> tuple[_Body, ...]:
    unspaced = lang in _UNSPACED
    of_words = _of_words(registries, lang)
    records = registries.vocabularies.organisations["bodies"]
    specific = [record for record in records if not record.get("generic")]
    # A kind word alone comes after the bodies named by their subjects: "Université des
    # Sciences … de Toulouse" is no "University of Sciences".
    bodies = [
        *_record_bodies(specific, lang, unspaced, of_words),
        *_subject_bodies(registries, lang),
        *_record_bodies([r for r in records if r.get("generic")], lang, unspaced, of_words),
    ]
    return tuple(bodies)


def _record_bodies(
    records: list[dict[str, Any]], lang: str, unspaced: bool, of_words: list[str]
) -> list[_Body]:
    bodies = []
    for record in records:
        for side in ("before", "after"):
            forms = [str(w) for w in (record.get(side) or {}).get(lang) or ()]
            if side == "before":
                forms = _with_every_of(forms, of_words)
            body = _alternatives(forms, unspaced)
            if body is not None:
                english_in = {
                    str(k).upper(): str(v) for k, v in (record.get("en_in") or {}).items()
                }
                bodies.append(_Body(
                    str(record["en"]), english_in, side, re.compile(body),
                    foreign_names=bool(record.get("foreign_names")),
                    local=bool(record.get("local")),
                    place_adjective=bool(record.get("place_adjective")),
                    place_as_written=bool(record.get("place_as_written")),
                    not_in_title=bool(record.get("not_in_title")),
                    starts=_first_words(forms),
                ))  # fmt: skip
    return bodies


@functools.cache
def _ministries(registries: Registries, lang: str, heads: str = "heads") -> _Ministries:
    # A research institute's word is followed by what it studies, not by a portfolio.
    """The ministries' words; with ``heads="institutes"``, an institute's word before the same
    portfolios ("Інститут рибного господарства": Institute of Fisheries); with
    ``heads="ministers"``, a region's minister's title ("Министр туризма Приморского края"), who
    speaks for the region's ministry."""
    unspaced = lang in _UNSPACED
    spec = registries.vocabularies.organisations["ministries"]
    english: dict[str, str] = {}
    words = "research_subjects" if heads == "research_institutes" else "portfolios"
    for portfolio in spec.get(words) or ():
        for form in (portfolio["forms"] or {}).get(lang) or ():
            english.setdefault(same_length_fold(str(form)).strip(), str(portfolio["en"]))
    head = _alternatives(list((spec.get(heads) or {}).get(lang) or ()), unspaced)
    links = _alternatives([*_of_words(registries, lang), *_ministry_links(registries, lang)],
                          unspaced)  # fmt: skip
    # A ministry's portfolio is composed word by word (digest.extract.portfolios) after a head
    # word; where no head word opens the name (外務省) and for institutes, only whole names.
    composed = heads in ("heads", "ministers", "institutes", *REGIONS_BODIES) and head is not None
    read = portfolio_reader(registries, lang, tuple(english.items()), words=composed)
    return _Ministries(
        head=re.compile(head) if head else None,
        links=re.compile(rf"\s*(?:{links})\s*") if links else None,
        portfolios=re.compile(read.sequence) if read else None,
        read=read,
    )


def _ministry_links(registries: Registries, lang: str) -> list[str]:
    """Words between a ministry's head word and its portfolio that are no "of" ("по": the
    Russian "Министерство по развитию туризма")."""
    spec = registries.vocabularies.organisations["ministries"]
    return [str(w) for w in (spec.get("links") or {}).get(lang) or ()]


def find_bodies(
    registries: Registries,
    lang: str,
    text: str,
    matches: list[Match],
    bare: Sequence[Match] = (),
) -> list[Body]:
    """The foreign universities, chambers and ministries ``text`` names in ``lang``, with where
    they are named. ``bare`` are second-level units named without their country, which the
    article does not otherwise place: right beside a body's words they are its place ("Cámara
    de Comercio de La Rioja", "Chambre d'agriculture de la Gironde"), the kind of body saying
    that the name is a place's, elsewhere they are nothing."""
    folded = same_length_fold(text)
    demonyms = find_demonyms(registries, lang, text)
    partners = [
        m
        for m in matches
        if m.target[0] == PARTNER  # type: ignore[index]
        and registries.partners[m.target[1]].kind in _PLACES  # type: ignore[index]
    ]
    found = [
        *_named_bodies(registries, lang, text, folded, [*partners, *bare], matches, demonyms),
        *_named_ministries(registries, lang, text, folded, partners, matches, demonyms),
        *_named_ministries(
            registries, lang, text, folded, partners, matches, demonyms, "institutes"
        ),
        *_named_ministries(
            registries, lang, text, folded, partners, matches, demonyms, "research_institutes"
        ),
        *_named_ministries(
            registries, lang, text, folded, partners, matches, demonyms, "ministers"
        ),
        *(
            body
            for heads in REGIONS_BODIES
            for body in _named_ministries(
                registries, lang, text, folded, partners, matches, demonyms, heads
            )
        ),
        *_trade_associations(registries, lang, text, demonyms),
    ]
    return with_faculties(registries, lang, text, folded, found)


# A country's trade association, named by its nationality and its trade's adjective before the
# word for an association, in any case ("Українська зернова асоціація", "Української зернової
# асоціації": Ukrainian Grain Association); the trades are ``described_companies``' adjectives
# that ``region_adjectives`` does not list as a region's.
_ASSOCIATION_AFTER = {
    "uk": re.compile(r"[ \t]+(\w+)[ \t]+асоціаці\w*"),
    "ru": re.compile(r"[ \t]+(\w+)[ \t]+ассоциаци\w*"),
}


def _trade_associations(
    registries: Registries, lang: str, text: str, demonyms: list[Demonym]
) -> Iterator[Body]:
    """The trade associations ``text`` names by a nationality and a trade's adjective
    (``_ASSOCIATION_AFTER``), the nationality's country theirs."""
    after = _ASSOCIATION_AFTER.get(lang)
    if after is None:
        return
    trades = _trade_adjectives(registries, lang)
    for demonym in demonyms:
        found = after.match(text, demonym.end)
        if found is None or demonym.country == _VIETNAM:
            continue
        word = found.group(1).lower()
        trade = next(
            (trades[word[: -len(e)]] for e in _ADJECTIVE_ENDINGS[lang]
             if word.endswith(e) and word[: -len(e)] in trades),
            None,
        )  # fmt: skip
        nationality = _nationality_english(registries, demonym.country)
        if trade is None or nationality is None:
            continue
        english = f"{nationality} {trade} Association"
        yield Body(demonym.start, found.end(), Unlisted(
            id=f"{demonym.country.lower()}-{slugify(english)}", name_en=english,
            country=demonym.country, kind="organisation",
        ))  # fmt: skip


@functools.cache
def _trade_adjectives(registries: Registries, lang: str) -> dict[str, str]:
    """The trades' adjectives of ``described_companies`` by their stem in small letters, with their
    English; not the great regions' (``region_adjectives``) nor the words for a company."""
    vocabulary = registries.vocabularies.organisations
    spec = (vocabulary.get("described_companies") or {}).get(lang) or {}
    regions = {
        str(w).lower() for w in ((vocabulary.get("region_adjectives") or {}).get(lang) or {})
    }
    feminine = _FEMININE_ENDING[lang]
    return {
        str(word).lower().removesuffix(feminine): str(english)
        for word, english in spec.items()
        if str(word).lower().endswith(feminine)
        and str(word).lower() not in regions
        and str(english)[:1].isupper()
        and " " not in str(english)
    }


@functools.cache
def _nationality_english(registries: Registries, country: str) -> str | None:
    """A country's nationality adjective in English (vocabularies/demonyms.yaml)."""
    forms = (registries.vocabularies.demonyms.get(country) or {}).get("en") or ()
    return str(forms[0]).rstrip("*") if forms else None


def _named_bodies(
    registries: Registries,
    lang: str,
    text: str,
    folded: str,
    partners: list[Match],
    matches: list[Match],
    demonyms: list[Demonym],
) -> Iterator[Body]:
    taken = DisjointSpans()
    ending = _by_end(partners)
    by_start = sorted(partners, key=lambda m: m.start)
    named = _named_countries(registries, matches)
    for body in _bodies_written(registries, lang, folded):
        for word in body.pattern.finditer(folded):
            if taken.overlaps(*word.span()):
                continue
            place = (
                _adjective_city(registries, lang, text, word, body.side)
                if body.place_adjective
                else _written_place(registries, text, word, by_start)
                if body.place_as_written
                else _place(registries, lang, text, folded, word, body.side,
                            (partners, ending, named), matches, demonyms,
                            foreign_latin=body.subject_words is not None
                            or body.foreign_names)
            )  # fmt: skip
            if place is None:
                continue
            name, country, start, end = place
            if (
                country == _VIETNAM
                or (body.local and _is_country(registries, name, country))
                or _named_aside(body, lang, text, start)
            ):
                continue
            written = text[start : word.start()]
            name, english = _name_and_english(registries, lang, body, written, name, country)
            taken.add(*word.span())
            # The place's span: after the opening words, or before the closing ones.
            around = (word.end(), end) if body.side == "before" else (start, word.start())
            if body.subject_words is not None and (
                _ACRONYM_AFTER.match(text, end)
                or not _known_place(registries, lang, name, country, partners, *around)
            ):
                continue  # the acronym rule's ("... de Campinas (IAC)"), or no place at all
            if body.subject_words is not None:
                english = english.replace("{subjects}", _subjects_english(body, word))
            english = english.format(place=name)
            named_after = _named_after(lang, text, end) if body.side == "after" else None
            if named_after is not None:
                english, end = f"{named_after[0]} {english}", named_after[1]
            if body.english == _UNIVERSITY_OF and lang in _NAMED_COMPOUND:
                english, start = _named_compound(lang, text, english, name, start)
            if body.side == "after":
                english, end = _with_fields(registries, lang, text, english, word.start(), end)
            if "University" in english:
                english, start = _national_before(lang, text, english, start)
                english, start, end = _hospital(lang, text, english, start, end)
            english, start = _posted_in_vietnam(lang, text, body.side, english, start)
            yield Body(start, end, Unlisted(
                id=f"{country.lower()}-{slugify(english, _MAX_NAME_WORDS)}", name_en=english,
                country=country,
                kind="organisation",
            ))  # fmt: skip


def _place_english(
    registries: Registries, lang: str, side: str, written: str, name: str, country: str
) -> str:
    """The place's English name as a body of it writes it: a city's exonym, a Korean
    province as the article writes it (``written``: the words before a closing kind word)."""
    name = _exonyms(registries).get((country, fold(name)), name)
    if lang == "ko" and side == "after":
        return _korean_province_reading(registries, written, name)
    return name


# A Korean province's unit word (도, Jeju's 특별자치도) and the space before a body's words.
_KO_PROVINCE_UNIT = re.compile(r"(?:특별자치)?도?\s*$")
_HANGUL_NAME = re.compile(r"[가-힣]+")


def _korean_province_reading(registries: Registries, written: str, name: str) -> str:
    """A Korean province's bodies romanise the province as the article writes it, not by its
    English name: 경상북도농업기술원 is Gyeongsangbuk(-do) Agricultural Research and Extension
    Services, 충북테크노파크 Chungbuk Technopark (North Gyeongsang and North Chungcheong as
    places)."""
    if fold(name) not in _korean_provinces(registries):
        return name
    bare = _KO_PROVINCE_UNIT.sub("", written.strip())
    return latin_reading(bare, "ko") if _HANGUL_NAME.fullmatch(bare) else name


@functools.cache
def _korean_provinces(registries: Registries) -> frozenset[str]:
    """The English names of Korea's provinces, folded."""
    return frozenset(
        fold(p.name_en)
        for p in registries.partners.values()
        if p.kind == "region" and p.country == "KR"
    )


def _by_end(partners: list[Match]) -> dict[int, list[Match]]:
    """The places by where they end: a body whose words close its name looks up the place just
    before them, not every place of a page that may hold thousands of bodies."""
    ending: dict[int, list[Match]] = {}
    for match in partners:
        ending.setdefault(match.end, []).append(match)
    return ending


@functools.cache
def _exonyms(registries: Registries) -> dict[tuple[str, str], str]:
    """(country, folded local name) -> the city's English name where English has its own
    (vocabularies/organisations.yaml, ``exonyms``): the name the body gives itself in English."""
    exonyms = registries.vocabularies.organisations.get("exonyms") or {}
    return {
        (country, fold(local)): english
        for country, cities in exonyms.items()
        for local, english in cities.items()
    }


def _known_place(
    registries: Registries,
    lang: str,
    name: str,
    country: str,
    partners: list[Match],
    start: int,
    end: int,
) -> bool:
    """Whether a body's place is a registry place or a city GeoNames knows in its country: a
    kind and subject are often followed by a capitalised field, not a place ("Instituto
    Nacional de Estadística", "Escuela Nacional de Agricultura")."""
    if any(start <= m.start and m.end <= end for m in partners):
        return True
    return confirmed_city(registries, name, where_cities(lang, (country,))) is not None


def _hospital(lang: str, text: str, english: str, start: int, end: int) -> tuple[str, int, int]:
    """The university's hospital when the word for hospital stands beside its name (see
    ``_HOSPITAL_AFTER``), else the university itself."""
    after = _HOSPITAL_AFTER.get(lang)
    found = after.match(text, end) if after is not None else None
    if found is not None:
        if found.group(0).endswith(("附属医院", "附属病院")) and lang == "zh":
            ordinal = _ORDINALS.get(found.group(1) or "", "")
            return f"{ordinal} Affiliated Hospital of {english}".strip(), start, found.end()
        return f"{english} Hospital", start, found.end()
    before = _HOSPITAL_BEFORE.get(lang)
    found = before.search(text, 0, start) if before is not None else None
    if found is not None:
        return f"{english} Hospital", found.start(), end
    return english, start, end


def _national_before(lang: str, text: str, english: str, start: int) -> tuple[str, int]:
    """A university's English name and start with "National" where the word for a national
    (state) university is glued before its place: 국립창원대학교 is Changwon National University,
    as Korea's national universities name themselves; elsewhere the name as it was."""
    prefix = _NATIONAL_UNIVERSITY_BEFORE.get(lang)
    if prefix is None or not text.endswith(prefix, 0, start) or not english.endswith("University"):
        return english, start
    return f"{english.removesuffix('University')}National University", start - len(prefix)


def _posted_in_vietnam(
    lang: str, text: str, side: str, english: str, start: int
) -> tuple[str, int]:
    """The English name and start of a body whose words close its name, with "in Vietnam" where
    the words before it say it is posted there (see ``_IN_VIETNAM_BEFORE``); the name as it was
    elsewhere."""
    posted = _IN_VIETNAM_BEFORE.get(lang) if side == "after" else None
    found = posted.search(text, max(0, start - _IN_VIETNAM_WINDOW), start) if posted else None
    return (f"{english} in Vietnam", found.start()) if found else (english, start)


def _name_and_english(
    registries: Registries, lang: str, body: _Body, written: str, name: str, country: str
) -> tuple[str, str]:
    """The place's English name as the body writes it, and the body's English name with
    ``{place}`` (and ``{subjects}``) still to fill."""
    national = body.national_adjective and _is_country(registries, name, country)
    name = _place_english(registries, lang, body.side, written, name, country)
    if national:
        return _national_name(registries, name, country), body.english_in.get(country) or (
            body.english
        )
    return name, body.english_in.get(country) or _country_last(registries, body, name, country)


def _national_name(registries: Registries, name: str, country: str) -> str:
    """How a country's own body names it first in English: by the country's short name where
    its bodies write one (``exonyms``: "Korea"), else by its nationality ("Thai", "Mongolian")."""
    state = registries.partners.get(country.lower())
    if state is None or name != _of(state)[0]:
        return name  # an exonym: the country's bodies write this name
    adjectives = (registries.vocabularies.demonyms.get(country.upper()) or {}).get("en") or []
    return str(adjectives[0]) if adjectives else name


def _is_country(registries: Registries, name: str, country: str) -> bool:
    """Whether a body's place, as ``_place`` gives it, is its whole country."""
    state = registries.partners.get(country.lower())
    return state is not None and _of(state)[0] == name


def _country_last(registries: Registries, body: _Body, name: str, country: str) -> str:
    """A body named after its whole country keeps the article's order: after the body's words
    in English too ("Cámara de Comercio de Cuba": Chamber of Commerce of Cuba, "Торгово-
    промышленная палата России"), before them where the article puts it first (日本商工会議所:
    Japan Chamber of Commerce and Industry)."""
    state = registries.partners.get(country.lower())
    if body.side != "before" or state is None or _of(state)[0] != name:
        return body.english
    if not body.english.startswith("{place} "):
        return body.english
    return f"{body.english.removeprefix('{place} ')} of {{place}}"


def _place(
    registries: Registries,
    lang: str,
    text: str,
    folded: str,
    word: re.Match[str],
    side: str,
    places: tuple[list[Match], dict[int, list[Match]], Sequence[str]],
    matches: list[Match],
    demonyms: list[Demonym],
    foreign_latin: bool = False,
) -> tuple[str, str, int, int] | None:
    """The English name and country of the place a body's words stand beside, and where the
    body's name starts and ends. With ``foreign_latin``, a Vietnamese article's unlisted place
    may be capitalised words no Vietnamese syllable spells ("Đại học Nông nghiệp Tokyo").
    ``places`` are the partner places, the same by where they end, and the countries the
    article's places lie in."""
    partners, ending, named = places
    if side == "after":
        # A city's adjective where no region's stands ("Rzeszowska Agencja Rozwoju
        # Regionalnego": Rzeszów's; Polish, see _adjective_city).
        return _place_before_words(
            registries, lang, text, word, ending, matches
        ) or _adjective_city(registries, lang, text, word, side)
    start = word.end()
    start += len(re.match(r"\s*", folded[start:]).group(0))  # type: ignore[union-attr]
    start = _past_kind_acronym(text, start)
    between = _BETWEEN.match(folded, start)
    after_between = between.end() if between else None
    for match in partners:
        if _HYPHENATED.match(text, match.end):
            continue  # a part of a longer name: "Loire" of "Agence de l'eau Loire-Bretagne"
        if match.start == after_between or (match.start == start and (
                lang not in _UNSPACED or match.start == word.end())):  # fmt: skip
            partner = registries.partners[match.target[1]]  # type: ignore[index]
            abroad = namesake_city_abroad(registries, lang, partner, match.surface, matches)
            if abroad is not None:
                return (*abroad, word.start(), match.end)
            return (*_located_in(registries, lang, text, word, match, partner), word.start(),
                    match.end)  # fmt: skip
        # The longest opening may have taken the place's first word: "Universidad de la" +
        # "Habana" where the registry names "La Habana".
        if word.start() < match.start < word.end() < match.end and text[match.start - 1] == " ":
            partner = registries.partners[match.target[1]]  # type: ignore[index]
            return (*_of(partner), word.start(), match.end)
    # Vietnamese capitalises every word of a name, its own bodies' too ("Đại học Kỹ thuật"):
    # there the place must be one the registries know.
    if (
        lang in _UNSPACED
        or lang in ("ar", "hi")
        or (lang == "vi" and not (foreign_latin and _not_vietnamese(text, start)))
    ):
        return None
    return _capitalised_place(
        registries, lang, text, word, start, (partners, named), matches, demonyms
    )


def _located_in(
    registries: Registries,
    lang: str,
    text: str,
    word: re.Match[str],
    match: Match,
    partner: Partner,
) -> tuple[str, str]:
    """The English name and country of a registry place right after a body's words: after a
    locative's "w" a region matched by its capital's name is the city ("Uniwersytet Przyrodniczy
    w Lublinie" is in Lublin, not in the Lubelskie voivodeship the name also stands for)."""
    name, country = _of(partner)
    locative = lang in _LOCATIVE_AFTER and _LOCATIVE_AFTER[lang].search(word.group(0))
    if locative and partner.kind == "region":
        city = _nominative_city(registries, lang, text[match.start : match.end], country)
        if city is not None and fold(city) != fold(name):
            return city, country
    return name, country


def _past_kind_acronym(text: str, start: int) -> int:
    """Where the place starts after the kind's acronym in brackets between the body's words and
    its place ("Handwerkskammer (HwK) Koblenz", "Izba Rzemieślnicza (IR) Opole"): the acronym
    is the kind's, the place comes after it."""
    acronym = _KIND_ACRONYM.match(text, start)
    return acronym.end() if acronym else start


def _place_before_words(
    registries: Registries,
    lang: str,
    text: str,
    word: re.Match[str],
    ending: dict[int, list[Match]],
    matches: list[Match],
) -> tuple[str, str, int, int] | None:
    """The place of a body whose words close its name ("新潟商工会議所", "Новосибирский
    государственный университет"): a registry place right before them, a place named bare, or
    the word or adjective before them."""
    hospital = _HOSPITAL_AFTER.get(lang)
    # Read in place, not sliced: a page may hold thousands of bodies.
    if (
        text.startswith(_NOT_AFTER.get(lang, ()), word.end())
        and not (hospital and hospital.match(text, word.end()))
        and not _head_after(lang, text, word)
    ):
        return None
    # Only a place that ends before the body's words: a slice from a later place's end is
    # empty and once made "경기대학교 … 서울" Seoul's university.
    for closing in _closings(registries, lang, text, word):
        for gap in range(_MAX_GAP + 1):
            for match in ending.get(closing - gap, ()):
                if not text[match.end : closing].strip():
                    partner = registries.partners[match.target[1]]  # type: ignore[index]
                    return (*_of(partner), match.start, word.end())
    national = _national_prefix(registries, lang, text, word)
    if national is not None:
        return national
    bare = bare_place_before(registries, lang, text, word.start())
    if bare is not None and not any(
        m.start < word.end() and bare.start < m.end and m not in ending.get(m.end, ())
        for m in matches
    ):  # "新潟商工会議所": Niigata, named 新潟県; "부산대학교병원" is the registry's own name
        named = _of(bare.partner) if bare.partner else (bare.name_en, bare.country)
        return (*named, bare.start, word.end())
    if lang in _UNCASED_SPACED:
        return _word_before(registries, lang, text, word, matches)
    if lang in _ADJECTIVE_PLACE:
        return _adjective_before(registries, lang, text, word, matches)
    return None


def _closings(registries: Registries, lang: str, text: str, word: re.Match[str]) -> list[int]:
    """Where a place before a body's closing words may end: right before them, or, in Hindi,
    before the two fields the university teaches ("ओडिशा कृषि एवं प्रौद्योगिकी विश्वविद्यालय":
    Odisha University of Agriculture and Technology)."""
    if lang not in _UNCASED_SPACED:
        return [word.start()]
    fields = _fields_before(registries, lang, text, word.start())
    return [word.start()] if fields is None else [word.start(), fields[1]]


def _national_prefix(
    registries: Registries, lang: str, text: str, word: re.Match[str]
) -> tuple[str, str, int, int] | None:
    """The country whose national prefix opens a word glued to the body's words (see
    ``NATIONAL_PREFIX``), with the body's span."""
    prefix = NATIONAL_PREFIX.get(lang)
    if prefix is None:
        return None
    start = word.start() - len(prefix[0])
    if start < 0 or text[start : word.start()] != prefix[0]:
        return None
    if start > 0 and _HANGUL_BEFORE.match(text, start - 1):
        return None  # inside a longer word
    country = registries.partners.get(prefix[1])
    return None if country is None else (*_of(country), start, word.end())


def _head_after(lang: str, text: str, word: re.Match[str]) -> bool:
    """Whether the head's title of a body whose word ends in 院 follows it (see _HEAD_AFTER)."""
    head = _HEAD_AFTER.get(lang)
    return head is not None and word.group(0).endswith("院") and text.startswith(head, word.end())


def _not_vietnamese(text: str, start: int) -> bool:
    """Capitalised words at ``start`` of which none is a Vietnamese syllable (Tokyo, Wageningen,
    not Nông Lâm or Huế)."""
    name = _CAPITALISED.match(text, start)
    words = [w for w in re.split(r"[\s\-‐]+", fold(name.group(0))) if w] if name else []
    return bool(words) and not any(is_vi_syllable(w) for w in words)


def _capitalised_place(
    registries: Registries,
    lang: str,
    text: str,
    word: re.Match[str],
    start: int,
    places: tuple[list[Match], Sequence[str]],
    matches: list[Match],
    demonyms: list[Demonym],
) -> tuple[str, str, int, int] | None:
    """A place no registry name matched: up to three capitalised words after the body's
    words, its country from a registry place among them, a unit of that name, a nationality
    adjective, the sentence, or the gazetteer of a country the article names (``places``: the
    partner places and the countries of the article's places)."""
    partners, named = places
    name = _CAPITALISED.match(text, start)
    if name is None or _no_place(text, word.end(), name):
        return None
    inside = [m for m in partners if name.start() <= m.start and m.end <= name.end()]
    if any(m.start < name.end() and name.start() < m.end and m not in inside for m in matches):
        return None  # a province, an organisation, a place cut in two
    words = [w for w in re.split(r"[\s\-‐]+", fold(name.group(0))) if w]
    if len(words) > 1 and lang in _NAME_AFTER_TITLED_BODY and _titled(lang, text, word.start()):
        return None  # "президент … палаты Андрей Бессонов": the title's holder, no place
    # "Universidad de Nong Lam": shaped like Vietnamese, most likely Vietnamese. One word alone
    # says little ("Rouen" spells a Vietnamese syllable), and Vietnam's one-syllable places
    # (Huế, Vinh) are in the registries.
    if len(words) > 1 and all(is_vi_syllable(w) for w in words):
        return None
    if " ".join(words) in vietnam_names(lang) or _ends_in_a_province(
        registries, lang, text, name.end(), matches
    ):
        return None  # Vietnam's: "Camera di Commercio del Vietnam", "... di Thai Nguyen"
    english = _english_name(registries, text, name, inside, lang)
    known, end = _known_prefix(registries, text, name.start(), name.end())
    demonym = demonym_beside(demonyms, text, word.start(), word.end())
    country: str | None
    if inside:  # "Université de Rouen Normandie": Normandy's
        country = _of(registries.partners[inside[0].target[1]])[1]  # type: ignore[index]
    elif known is not None:  # "Università di Bologna": a unit the registries name otherwise
        english, country = _of(known)
    elif demonym is not None:
        country = demonym.country
    else:
        clue = country_clue(registries, text, name.start(), name.end(), matches)
        country = clue[0] if clue is not None else only_or_home(registries, lang, matches)
        country = country or _country_of_city(registries, lang, name.group(0), named)
    locative = lang in _LOCATIVE_AFTER and _LOCATIVE_AFTER[lang].search(word.group(0))
    if country is None and locative:
        return _declined_home_city(registries, lang, name.group(0), word.start(), end)
    if country is None:
        return None
    if locative:
        english = _nominative_city(registries, lang, name.group(0), country) or english
    return english, country, word.start(), end


def _no_place(text: str, end: int, name: re.Match[str]) -> bool:
    """Whether the capitalised words ``name`` after a body's words ending at ``end`` are no
    place of it: on the next line ("Schlagworte: …, Handwerkskammer" ending a line, "Artikel
    teilen" below) or a periodical's word ("IHK Magazin": the chamber's publication)."""
    return "\n" in text[end : name.start()] or _PUBLICATION.match(fold(name.group(0))) is not None


def _named_aside(body: _Body, lang: str, text: str, start: int) -> bool:
    """Whether a body named at ``start`` is named as no partner: on the page's copyright line
    ("© Одеська обласна військова адміністрація, 2025": the site's owner), or, for a kind that
    a title makes the holder's affiliation, right after a person's title ("Голова Одеської
    обласної військової адміністрації": whom the head speaks for, the region)."""
    return (
        _copyright_line(text, start)
        or _one_of_a_kind(lang, text, start)
        or (body.not_in_title and _titled(lang, text, start))
    )


# The indefinite articles, by language: "una scuola alberghiera di Assisi" is some school of
# the town, no body the article names (the town is the partner); "le lycée hôtelier de Blois"
# is one.
_INDEFINITE = {
    "fr": r"une?|d'une?", "es": r"una?", "it": r"una?|uno|un'", "pt": r"uma?",
    "de": r"ein(?:e[mnrs]?)?", "en": r"an?",
}  # fmt: skip
_INDEFINITE_BEFORE = {
    lang: re.compile(rf"(?<!\w)(?:{words})\s*$", re.IGNORECASE)
    for lang, words in _INDEFINITE.items()
}


def _one_of_a_kind(lang: str, text: str, start: int) -> bool:
    """Whether a body's words in lower case follow an indefinite article: a kind of body
    ("una scuola alberghiera di Assisi", "an agricultural cooperative of Cerrado"), not one by
    its name ("a University of Tokyo team" is the university's, capitalised)."""
    pattern = _INDEFINITE_BEFORE.get(lang)
    if pattern is None or not text[start : start + 1].islower():
        return False
    return pattern.search(text, max(0, start - 8), start) is not None


def _copyright_line(text: str, start: int) -> bool:
    """Whether ``start`` is on a page's copyright line ("© … 2025"), which names whose the site
    is, not whom the article is about."""
    line = text[text.rfind("\n", 0, start) + 1 : start].lstrip()
    return line.startswith(("©", "(c) ", "(C) ", "Copyright"))


def _titled(lang: str, text: str, start: int) -> bool:
    """Whether a person's title ends right before the body's words at ``start`` ("президент
    Уральской торгово-промышленной палаты"): the words after the body are then the holder's
    name, as Russian and Ukrainian write it after the body in the genitive."""
    window = text[max(0, start - _TITLE_WINDOW) : start]
    return any(
        not term.ordinary and not _SENTENCE_BREAK.search(window[end:])
        for _, end, _, term in lexicon(lang).titles.find(same_length_fold(window), "title")
    )


def _adjective_city(
    registries: Registries, lang: str, text: str, word: re.Match[str], side: str
) -> tuple[str, str, int, int] | None:
    """The city whose adjective stands right after a body's opening words or right before its
    closing ones ("Uniwersytet Łódzki": Łódź, "Gdański Uniwersytet Medyczny": Gdańsk), in the
    language's own country (vocabularies/organisations.yaml, ``declined_home``), and where the
    body's name starts and ends. An adjective the gazetteer knows no city for is no place
    ("Uniwersytet Jagielloński", "Uniwersytet Śląski")."""
    home = (registries.vocabularies.organisations.get("declined_home") or {}).get(lang)
    if home is None:
        return None
    if side == "before":
        adjective = _WORD_AFTER.match(text, word.end())
    else:
        adjective = _WORD_BEFORE.search(text, max(0, word.start() - _MAX_ADJECTIVE), word.start())
    if adjective is None or len(adjective.group(1)) > _MAX_ADJECTIVE:
        return None
    parts = _CITY_ADJECTIVE.fullmatch(adjective.group(1))
    if parts is None:
        return None
    where = where_cities(lang, (str(home),))
    for ending in _CITY_ENDINGS[parts.group(2)]:
        local = fold(parts.group(1) + ending)
        # GeoNames may know a city by its English name only (Warszawa: Warsaw).
        english = _exonyms(registries).get((str(home), local), local)
        found = confirmed_city(registries, english, where)
        if found is not None:
            start = min(word.start(), adjective.start(1))
            return found[1], found[0], start, max(word.end(), adjective.end(1))
    return None


def _written_place(
    registries: Registries, text: str, word: re.Match[str], by_start: list[Match]
) -> tuple[str, str, int, int] | None:
    """The capitalised words right after a body's opening words as the article writes them,
    when a registry region or city stands among them ("CCI Alsace Eurométropole": Alsace's,
    "Chambre de commerce et d'industrie Ouest Normandie", "CCI Centre-Val de Loire"), their
    country, and where the body's name starts and ends."""
    start = word.end() + len(_SPACES.match(text, word.end()).group(0))  # type: ignore[union-attr]
    name = _CAPITALISED.match(text, start)
    if name is None:
        return None
    # The first place at or after the name's start, found by halving: a page may hold
    # thousands of bodies and places.
    index = bisect.bisect_left(by_start, start, key=lambda m: m.start)
    if index == len(by_start) or by_start[index].start >= name.end():
        return None
    place = by_start[index]
    partner = registries.partners[place.target[1]]  # type: ignore[index]
    if partner.kind == "country" or partner.country in (None, _VIETNAM):
        return None
    end = max(name.end(), place.end)
    return text[start:end], str(partner.country), word.start(), end


def _named_countries(registries: Registries, matches: list[Match]) -> tuple[str, ...]:
    """The countries of the article's registry places, in the order it names them; read once
    per article, since a page may hold thousands of bodies."""
    countries = (
        registries.partners[m.target[1]].country  # type: ignore[index]
        for m in matches
        if m.target[0] == PARTNER and registries.partners[m.target[1]].kind in _PLACES  # type: ignore[index]
    )
    return tuple(dict.fromkeys(str(country) for country in countries if country))


def _country_of_city(
    registries: Registries, lang: str, name: str, named: Sequence[str]
) -> str | None:
    """The first of the countries the article's places lie in (``named``) whose gazetteer knows
    the body's place as a city: "Autoridad Portuaria de Cartagena" in an article naming the
    Region of Murcia and Israel is Spain's. None where the article names no foreign place."""
    if not named:
        return None
    found = confirmed_city(registries, latin_reading(name, lang), where_cities(lang, named))
    return found[0] if found is not None else None


def _declined_home_city(
    registries: Registries, lang: str, name: str, start: int, end: int
) -> tuple[str, str, int, int] | None:
    """A body's city named in the locative ("Izba Przemysłowo-Handlowa w Krakowie") in an
    article whose places say nothing of its country: the language's own country's
    (vocabularies/organisations.yaml, ``declined_home``) when its gazetteer knows the city
    there once the case ending is undone. The declined word alone is no name ("University of
    Krakowie"), and a city the gazetteer does not confirm leaves the body unplaced."""
    home = (registries.vocabularies.organisations.get("declined_home") or {}).get(lang)
    if home is None:
        return None
    english = _nominative_city(registries, lang, name, str(home))
    return (english, str(home), start, end) if english is not None else None


def _nominative_city(registries: Registries, lang: str, name: str, country: str) -> str | None:
    """A city named in the locative after "w" ("w Łodzi", "we Wrocławiu") in the nominative
    GeoNames gives it (Lodz, Wroclaw)."""
    where = where_cities(lang, (country,))
    found = declined_city(registries, lang, latin_reading(name, lang), where)
    return found[1] if found is not None else None


def _named_compound(lang: str, text: str, english: str, place: str, start: int) -> tuple[str, int]:
    """A university's English name and start with the hyphenated words its name opens with
    (see ``_NAMED_COMPOUND``); the name as it was where none do."""
    compound = _NAMED_COMPOUND[lang].search(text, max(0, start - 60), start)
    if compound is None:
        return english, start
    named = compound.group(1).replace("-", " ").strip()
    return f"{named} University {place}", compound.start(1)


@functools.cache
def _fields(registries: Registries, lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The fields a university may be named by in ``lang``: their pattern, each field's
    folded form to its English."""
    spec = registries.vocabularies.organisations.get("subject_words") or {}
    english = {
        same_length_fold(str(form)).strip(): str(word["en"])
        for word in spec.get("fields") or ()
        for form in (word["forms"] or {}).get(lang) or ()
    }
    words = _alternatives(list(english), False)
    joins = "|".join(re.escape(same_length_fold(w)) for w in _and_words(registries, lang))
    if words is None or not joins:
        return None
    return re.compile(rf"[ \t]+({words})(?:[ \t]+(?:{joins})[ \t]+({words}))?"), english


def _fields_after(
    registries: Registries, lang: str, text: str, english: str, end: int
) -> tuple[str, int]:
    """A university's English name and end with the fields named after its kind in the
    genitive (see ``_GENITIVE_FIELDS``): Kharkiv National University of Radio Electronics."""
    fields = _fields(registries, lang)
    if not english.endswith("University") or fields is None:
        return english, end
    pattern, words = fields
    found = pattern.match(same_length_fold(text), end)
    if found is None:
        return english, end
    named = [words[re.sub(r"\s+", " ", g)] for g in found.groups() if g]
    return f"{english} of {' and '.join(named)}", found.end()


def _vietnam_after(lang: str, text: str, end: int) -> bool:
    """Whether Vietnam's name, in any case ("Вьетнама", "Wietnamu"), is the next word after a
    body's name: the body is Vietnam's own, though no registry place names it."""
    if lang in _UNSPACED:  # "สถาบันวิจัยข้าว(ของ|แห่ง)(ประเทศ)เวียดนาม"
        rest = fold(_UNSPACED_LINK.sub("", text[end : end + 30], count=1))
        return any(rest.startswith(name) for name in vietnam_names(lang))
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = fold(following.group(1))
    if lang == "ar":  # the adjective after the body, with its article: "الفيتنامية"
        word = word.removeprefix("ال")
    return any(word.startswith(name) and len(word) - len(name) <= 2 for name in vietnam_names(lang))


def _ends_in_a_province(
    registries: Registries, lang: str, text: str, end: int, matches: list[Match]
) -> bool:
    """Whether the name of a body goes on, in capitalised words and the words for "of" and
    "and", to a Vietnamese province after a word for "of": "Università di Agraria e Forestale
    di Thai Nguyen" is Thai Nguyen's university, not one of a place called Agraria."""
    of_words = {fold(w) for w in _of_words(registries, lang)}
    and_words = {fold(str(w).split()[0]) for w in _and_words(registries, lang)}
    position = end
    last = ""
    while True:
        next_start = _SPACES.match(text, position).end()  # type: ignore[union-attr]
        if any(m.target[0] == "province" and m.start == next_start for m in matches):
            return last in of_words
        word = _NEXT_WORD.match(text, position)
        if word is None:
            return False
        folded = fold(word.group(1))
        if not (word.group(1)[:1].isupper() or folded in of_words or folded in and_words):
            return False
        last, position = folded, word.end()


def _word_before(
    registries: Registries, lang: str, text: str, word: re.Match[str], matches: list[Match]
) -> tuple[str, str, int, int] | None:
    """A place no registry knows as the one word before a body's closing words, in a script
    with spaces but no capitals ("उत्कल विश्वविद्यालय"): it is taken when the article's places
    lie in one foreign country only and the word is neither a linking word nor Vietnamese."""
    fields = _fields_before(registries, lang, text, word.start())
    closing = fields[1] if fields is not None else word.start()
    # Searched back from the closing words over a window, not from the page's start.
    window = max(0, closing - _WORDS_WINDOW)
    before = _LAST_WORD.search(text, window, closing)
    linking = _LINKING_WORDS.get(lang, frozenset())
    if before is None or before.group(1) in linking or not _HAS_LETTER.search(before.group(1)):
        return None  # a linking word, or a list's bullet ("• विश्वविद्यालय को …")
    if fields is None and _is_field(registries, lang, before.group(1)):
        return None  # what it teaches, no place: "प्रौद्योगिकी विश्वविद्यालय" (a technology one)
    prior = _LAST_WORD_ON_LINE.search(text, max(0, window - _WORDS_WINDOW), before.start(1))
    if prior is not None and prior.group(1) not in linking and not _CLOSING.search(prior.group(1)):
        # A word of the name before it ("जवाहरलाल नेहरू विश्वविद्यालय"): the name is longer than
        # the one word this reads, and its English would be wrong.
        return None
    if any(m.start < word.start() and before.start(1) < m.end for m in matches):
        return None  # a place, a province or an organisation the registries know
    demonyms = registries.vocabularies.demonyms.values()
    if any(before.group(1) in (forms.get(lang) or ()) for forms in demonyms):
        return None  # a nationality, no place: "भारतीय विश्वविद्यालय" is any Indian university
    english = latin_reading(before.group(1), lang)
    if not english or all(is_vi_syllable(w) for w in fold(english).split()):
        return None
    country = only_or_home(registries, lang, matches)
    if country is None:
        return None
    return english, country, before.start(1), word.end()


def _is_field(registries: Registries, lang: str, word: str) -> bool:
    """Whether ``word`` is one of the fields a university is named by in ``lang``."""
    fields = _fields(registries, lang)
    return fields is not None and same_length_fold(word).strip() in fields[1]


def _with_fields(
    registries: Registries, lang: str, text: str, english: str, start: int, end: int
) -> tuple[str, int]:
    """A university's English name and end with the fields its name gives around its closing
    words: after them in Russian and Ukrainian, before them in Hindi."""
    if lang in _GENITIVE_FIELDS:
        return _fields_after(registries, lang, text, english, end)
    if lang in _UNCASED_SPACED and english.endswith("University"):
        fields = _fields_before(registries, lang, text, start)
        if fields is not None:
            return f"{english} of {fields[0]}", end
    return english, end


def _fields_before(
    registries: Registries, lang: str, text: str, end: int
) -> tuple[str, int] | None:
    """Two fields joined by "and" right before a university's closing word ("कोचीन विज्ञान एवं
    प्रौद्योगिकी विश्वविद्यालय"), the place before them: their English ("Science and
    Technology": Cochin University of Science and Technology, not a place called
    "Praudyogiki") and where they start. One field alone is left as it was: "कृषि
    विश्वविद्यालय" is an Agricultural University in English."""
    fields = _fields(registries, lang)
    if fields is None:
        return None
    pattern, words = fields
    # Read back from the closing word over at most the longest two fields' words: the fields
    # that end right there, not a field named earlier in the window ("कृषि … विज्ञान एवं …").
    start = max(0, end - 80)
    before = same_length_fold(text[start:end]).rstrip()
    found = _ending(pattern).search(before)
    if found is None or found.group(2) is None:
        return None
    named = [words[re.sub(r"\s+", " ", g)] for g in found.groups()]
    return " and ".join(named), start + found.start(1)


@functools.cache
def _ending(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` matched only where it ends its text."""
    return re.compile(rf"(?:{pattern.pattern})\Z")


def only_or_home(registries: Registries, lang: str, matches: list[Match]) -> str | None:
    """The one foreign country the text's places lie in; when it names no foreign place at all,
    the one country whose language the article is written in, if the language has one (the
    vocabulary's ``home``): a German article's "Industrie- und Handelskammer Chemnitz"."""
    country = only_country(registries, matches) or only_organisations_country(registries, matches)
    if country is not None:
        return country
    # Nor by its frame: the outlet's domain or places, or the money its figures are in.
    if framed() is not None:
        return framed()
    home = (registries.vocabularies.organisations.get("home") or {}).get(lang)
    if home is None or foreign_places(registries, matches):
        return None
    return str(home)


def _adjective_before(
    registries: Registries, lang: str, text: str, word: re.Match[str], matches: list[Match]
) -> tuple[str, str, int, int] | None:
    """The registry region whose adjective stands right before a body's closing words, in the
    words' own form, which the registries' names do not match ("Харківський національний
    університет": Kharkiv's, named "Харківська область" in the registry)."""
    # Only the words right before: the pattern ends at the closing words, and searching the
    # whole text before each body's words is quadratic on a long page of bodies.
    window = max(0, word.start() - _ADJECTIVE_REACH)
    adjective = _ADJECTIVE_PLACE[lang].search(text, window, word.start())
    if adjective is None or (adjective.start() == window and text[window - 1 : window].isalnum()):
        return None
    if any(m.start < word.start() and adjective.start() < m.end for m in matches):
        return None  # a place, a province or an organisation the registries know
    name = adjective.group(1)
    stems = _regions_by_adjective(registries, lang)
    great = _great_regions(registries, lang)
    for ending in _ADJECTIVE_ENDINGS[lang]:
        stem = fold(name[: -len(ending)]) if name.endswith(ending) else None
        place = stems.get(name[: -len(ending)]) if stem else None
        if place is not None:
            return (*_of(place), adjective.start(), word.end())
        if stem in great:
            return (*great[stem], adjective.start(), word.end())
    return None


@functools.cache
def _great_regions(registries: Registries, lang: str) -> dict[str, tuple[str, str]]:
    """The great regions of the language's country by their adjective's folded stem ("уральск"
    of "Уральская"), with their English and country (``region_adjectives``)."""
    spec = (registries.vocabularies.organisations.get("region_adjectives") or {}).get(lang)
    country = next(iter(LANGUAGE_COUNTRIES.get(lang, ())), None)
    if not spec or country is None:
        return {}
    feminine = _FEMININE_ENDING[lang]
    return {
        fold(str(word)).removesuffix(feminine): (str(english), country)
        for word, english in spec.items()
    }


@functools.cache
def _regions_by_adjective(registries: Registries, lang: str) -> dict[str, Partner]:
    """The registry regions a Cyrillic adjective names, by the adjective's stem: "Одеськ" of
    "Одеська область" is Odesa, "Новосибирск" of "Новосибирская область" Novosibirsk."""
    found: dict[str, Partner] = {}
    for partner in registries.partners.values():
        for alias in partner.aliases:
            named = _REGION_BY_ADJECTIVE[lang].match(alias)
            if named is not None and partner.country not in (None, _VIETNAM):
                # Polish writes the voivodeship's word small ("województwo kujawsko-pomorskie"),
                # a body's name each part of the adjective capitalised.
                stem = "-".join(p[:1].upper() + p[1:] for p in named.group(1).split("-"))
                found.setdefault(stem, partner)
    return found


def _named_after(lang: str, text: str, end: int) -> tuple[str, int] | None:
    """The person a body is named after, written after it in the genitive ("імені В. Н.
    Каразіна"), in Latin letters and the nominative ("V. N. Karazin"), and where the name ends;
    English puts the person first (V. N. Karazin Kharkiv National University)."""
    named = _NAMED_AFTER.get(lang)
    found = named.match(text, end) if named is not None else None
    if found is None:
        return None
    words = [w if w.endswith(".") else _nominative_surname(w) for w in found.group(1).split()]
    return " ".join(latin_reading(w, lang) for w in words), found.end()


def _nominative_surname(word: str) -> str:
    """A Ukrainian or Russian name word out of the genitive: Каразіна -> Каразін, Шевченка ->
    Шевченко, Вернадського -> Вернадський."""
    for ending, nominative in _GENITIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + nominative
    return word


def _known_prefix(
    registries: Registries, text: str, start: int, end: int
) -> tuple[Partner | None, int]:
    """The unit the registries name by the capitalised words from ``start``, or by their first
    words: "Università di Bologna Giovanni Molari" is Bologna's, the rector's name after it is
    no part of the place. Else None and ``end`` unchanged."""
    spans = [start + m.end() for m in re.finditer(r"\S+", text[start:end])]
    for stop in reversed(spans):
        key = fold(text[start:stop])
        known = _second_level(registries).get(key) or _bare_places(registries).get(key)
        if known is not None:
            return known, stop
    return None, end


def _english_name(
    registries: Registries, text: str, name: re.Match[str], inside: list[Match], lang: str
) -> str:
    """The name in Latin letters, a registry place in it by its English name ("Rouen
    Normandie" is Rouen Normandy)."""
    pieces = []
    position = name.start()
    for match in sorted(inside, key=lambda m: m.start):
        pieces += [text[position : match.start], registries.partners[match.target[1]].name_en]  # type: ignore[index]
        position = match.end
    pieces.append(text[position : name.end()])
    return " ".join(latin_reading(piece.strip(), lang) for piece in pieces if piece.strip())


@functools.cache
def _second_level(registries: Registries) -> dict[str, Partner]:
    """Generated units matched only by qualified names ("Bologna" of the Metropolitan City of
    Bologna), by their bare name when no other unit has it: a body's name says what it is."""
    found: dict[str, Partner | None] = {}
    for partner in registries.partners.values():
        if partner.generated and not partner.matches_display_names and partner.country:
            key = fold(partner.name_en)
            found[key] = None if key in found else partner
    return {key: partner for key, partner in found.items() if partner is not None}


@functools.cache
def _bare_places(registries: Registries) -> dict[str, Partner]:
    """Foreign places by their English name without its bracket or unit word ("Cienfuegos" of
    Cienfuegos Province), when no other place has it: a place the registries name only with its
    unit word is still the one a body's name opens with ("Universidad de Cienfuegos Carlos
    Rafael Rodríguez", whose honorary name is no part of the place)."""
    found: dict[str, Partner | None] = {}
    for partner in registries.partners.values():
        if partner.kind in _PLACES and partner.country not in (None, _VIETNAM):
            key = fold(_of(partner)[0])
            found[key] = None if key in found and found[key] is not partner else partner
    return {key: partner for key, partner in found.items() if partner is not None}


def _of(partner: Partner) -> tuple[str, str]:
    # "Alexandria (Egypt)": the registry's bracket tells two places apart, and "Nara
    # Prefecture" says what the place is; a body's name has neither (Alexandria University,
    # Nara Medical University).
    name = _UNIT_BEFORE.sub("", _UNIT_WORD.sub("", _QUALIFIER.sub("", partner.name_en)))
    return name, partner.country or partner.id.upper()


def _named_ministries(
    registries: Registries,
    lang: str,
    text: str,
    folded: str,
    partners: list[Match],
    matches: list[Match],
    demonyms: list[Demonym],
    heads: str = "heads",
) -> Iterator[Body]:
    ministries = _ministries(registries, lang, heads)
    if ministries.portfolios is None or (heads != "heads" and ministries.head is None):
        return
    # The English name around the portfolio or subject, by the head words' key.
    template = _KIND_NAMES[heads]
    countries = [
        m
        for m in partners
        if registries.partners[m.target[1]].kind == "country"  # type: ignore[index]
    ]
    spans = _ministry_spans(ministries, ministries.portfolios, text, folded, demonyms)
    federal = _federal_heads(registries, lang, heads)
    regions = {
        m.start: m
        for m in partners
        if registries.partners[m.target[1]].kind == "region"  # type: ignore[index]
    }
    for start, head_end, portfolio in spans:
        joined = _joined_portfolios(ministries, folded, portfolio)
        if joined is None:
            continue
        english, end = joined
        if _vietnam_after(lang, text, end) or _of_the_province(text, folded, end):
            continue  # Vietnam's own, or the province's department
        if heads != "heads" and _ACRONYM_SOON.match(text, end):
            continue  # "Institut de recherche pour le développement (IRD)": the acronym's
        if _REGIONAL_BEFORE.search(folded, max(0, start - 24), start):
            continue  # "в региональном министерстве": a region's the text does not name
        region = regions.get(end + len(_SPACES_AT.match(text, end).group(0)))  # type: ignore[union-attr]
        own = _regions_own(registries, (lang, heads), (text, folded), (start, end), english, region)
        if own is not None:
            yield from own
            continue
        demonym = demonym_beside(demonyms, text, head_end, portfolio.start()) or _demonym_after(
            demonyms, text, end
        )
        demonym = demonym or _demonym_before(demonyms, text, start)
        federal_head = federal is not None and bool(federal.fullmatch(folded, start, head_end))
        # Where a federation's ministries have a head word of their own ("Bundesministerium"),
        # the plain word after a state's word names that state's ("das Land … aus Mitteln des
        # Ministeriums für Arbeit"): the language's own country's only with its country or
        # nationality beside it.
        state_head = (
            federal is not None and not federal_head and _state_in_sentence(lang, folded, start)
        )
        country = _ministry_country(registries, lang, text, (start, end), countries, matches,
                                    demonym, federal_head, state_head)  # fmt: skip
        if country is None or country == _VIETNAM:
            continue
        english = own_portfolio(country, english)
        yield Body(start, end, Unlisted(
            id=f"{country.lower()}-{slugify(template.format(english), _MAX_NAME_WORDS)}",
            name_en=template.format(english),
            country=country,
            kind="organisation",
        ))  # fmt: skip


def _ministry_spans(
    ministries: _Ministries,
    portfolios: re.Pattern[str],
    text: str,
    folded: str,
    demonyms: list[Demonym],
) -> list[tuple[int, int, re.Match[str]]]:
    """Where each ministry's head word starts and ends, and its first portfolio's match."""
    if ministries.head is None:  # Chinese, Japanese, Korean: the portfolio word says ministry
        return [(m.start(), m.start(), m) for m in portfolios.finditer(folded)]
    spans = []
    for head in ministries.head.finditer(folded):
        position = head.end()
        demonym = demonym_beside(demonyms, text, position, position + 40)
        if demonym is not None and not folded[position : demonym.start].strip():
            position = demonym.end
        if ministries.links is not None:
            link = ministries.links.match(folded, position)
            position = link.end() if link else position
        position += len(re.match(r"\s*", folded[position:]).group(0))  # type: ignore[union-attr]
        portfolio = portfolios.match(folded, position)
        if portfolio is not None:
            spans.append((head.start(), head.end(), portfolio))
    return spans


def _regions_own(
    registries: Registries,
    lang_heads: tuple[str, str],
    texts: tuple[str, str],
    span: tuple[int, int],
    english: str,
    region: Match | None,
) -> list[Body] | None:
    """The body of a region or a German state whose head word and portfolio ``english`` span
    ``span`` of the text and its folded form: a region's ministry, agency or corporation when
    the ``region`` is named right after the portfolio, a state's ministry when the state's
    adjective stands before it ("Sächsisches Staatsministerium für …"); [] for a body the
    text names no owner of that only a region or state has (a region's minister, agency or
    corporation, a "Staatsministerium"), None for one whose country is sought further."""
    (lang, heads), (text, folded), (start, end) = lang_heads, texts, span
    name = _KIND_NAMES[heads].format(english)
    if lang in STATE_LANGUAGES and heads == "heads":
        state = state_ministry(registries, folded, start, english, end)
        if state is not None or is_state_head(folded, start):
            return [state] if state is not None else []
    if region is None:
        # A country's minister: the country is the party, or its ministry named.
        return [] if heads == "ministers" or heads in REGIONS_BODIES else None
    if heads in REGIONS_BODIES:
        return [regions_body(registries, text, name, start, region)]
    return [_regions_ministry(registries, name, start, region)]


def _regions_ministry(registries: Registries, ministry: str, start: int, region: Match) -> Body:
    """A ministry whose portfolio is followed by a region's name in the genitive ("Министерство
    промышленности и торговли Новосибирской области"): the region's own, not its country's,
    named "<region>-ministry-of-…" as the region's id has it."""
    partner = registries.partners[region.target[1]]  # type: ignore[index]
    place, country = _of(partner)
    return Body(start, region.end, Unlisted(
        id=f"{place_id_prefix(partner, place)}-{slugify(ministry, _MAX_NAME_WORDS)}",
        name_en=f"{ministry} of {_QUALIFIER.sub('', partner.name_en)}",
        country=country,
        kind="organisation",
    ))  # fmt: skip


def _of_the_province(text: str, folded: str, end: int) -> bool:
    """Whether "of the province", no name after it, follows a ministry's portfolio: "Ministerium
    für Arbeit der Provinz" is the department of the province the article is about."""
    province = _THE_PROVINCES.match(folded, end)
    return province is not None and not _CAPITALISED.match(text, province.end())


def _ministry_country(
    registries: Registries,
    lang: str,
    text: str,
    span: tuple[int, int],
    countries: list[Match],
    matches: list[Match],
    demonym: Demonym | None,
    federal_head: bool = False,
    state_head: bool = False,
) -> str | None:
    """Whose a ministry is: its nationality adjective, the country named beside it, or else
    the article's one foreign country; with ``federal_head`` (a head word no Vietnamese
    ministry is named by), else the country of the article's language; with ``state_head`` (a
    state's head word), never the country of the article's language by default."""
    if demonym is not None:
        return demonym.country
    beside = country_beside(text, span[0], span[1], countries)
    if beside is not None:
        return _of(registries.partners[beside.target[1]])[1]  # type: ignore[index]
    if lang in _OWN_MINISTRIES:
        return None
    # A ministry named without its country after the article has said whose side it is on
    # ("El Ministerio de Salud Pública" in an article whose places are Cuba's) is that side's;
    # not the country of the article's language: an Italian report on a Vietnamese project
    # names Vietnam's "Ministero delle Finanze" so.
    if federal_head:
        return only_or_home(registries, lang, matches)
    country = (
        only_country(registries, matches)
        or only_organisations_country(registries, matches)
        or (_in_sentence(text, *span) and one_country(registries, matches, _SUBNATIONAL))
        or None
    )
    home = (registries.vocabularies.organisations.get("home") or {}).get(lang)
    return None if state_head and country == home else country


def _in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` stand in a sentence, not alone on their line
    as a page's byline or its publisher's name ("Министерство сельского хозяйства и
    продовольствия" over the story it published)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end:] if line_end < 0 else text[end:line_end]
    return bool(text[line_start:start].strip() or after.strip())


def _state_in_sentence(lang: str, folded: str, start: int) -> bool:
    """Whether the sentence names a federal state ("das Land Rheinland-Pfalz", "der Freistaat")
    before the ministry's head word at ``start``."""
    words = _STATE_WORDS.get(lang)
    if words is None:
        return False
    # A sentence ends at a mark and a space, not at a thousands' dot ("250.000 Euro").
    sentence = max(folded.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n")) + 1
    return words.search(folded, sentence, start) is not None


@functools.cache
def _federal_heads(registries: Registries, lang: str, heads: str) -> re.Pattern[str] | None:
    """The head words of a federation's ministries in ``lang`` (the vocabulary's
    ``ministries.federal``), which no Vietnamese ministry is named by; none for institutes."""
    if heads != "heads":
        return None
    spec = registries.vocabularies.organisations["ministries"]
    words = _alternatives(list((spec.get("federal") or {}).get(lang) or ()), lang in _UNSPACED)
    return re.compile(words) if words else None


def _demonym_before(demonyms: list[Demonym], text: str, start: int) -> Demonym | None:
    """A nationality adjective right before a ministry's head word: German and Polish write it
    there ("das deutsche Bundesministerium", "polskie Ministerstwo Rozwoju")."""
    return next((d for d in demonyms if d.end <= start and not text[d.end : start].strip()), None)


def _demonym_after(demonyms: list[Demonym], text: str, end: int) -> Demonym | None:
    """A nationality adjective right after a ministry's name: Arabic writes it there ("وزارة
    الزراعة المصرية", the Egyptian Ministry of Agriculture)."""
    return next((d for d in demonyms if d.start >= end and not text[end : d.start].strip()), None)


def portfolio_english(registries: Registries, lang: str, name: str) -> str | None:
    """The English of ``name`` where it is a portfolio as a ministry's, whole ("Rozwoju Wsi":
    Rural Development); None otherwise."""
    ministries = _ministries(registries, lang)
    if ministries.portfolios is None or ministries.read is None:
        return None
    whole = ministries.portfolios.fullmatch(same_length_fold(name))
    return ministries.read.english_of(whole.group(0)) if whole else None


def _joined_portfolios(
    ministries: _Ministries, folded: str, first: re.Match[str]
) -> tuple[str, int] | None:
    """The English portfolio of a ministry and where its name ends: one portfolio, or several
    joined by "and" and commas ("Bildung und Forschung": Education and Research), composed from
    the words' English; None when a word is unknown."""
    if ministries.read is None:
        return None
    english = ministries.read.english_of(first.group(0))
    return (english, first.end()) if english is not None else None
