"""English names of bodies and companies named in Arabic or Hindi, composed from closed words.

- *An acronym Hindi spells by its letters' names* ("समुद्री उत्पाद निर्यात विकास प्राधिकरण
  (एमपीईडीए)": MPEDA): each English letter has one Devanagari name (एम M, पी P, ई E, डी D, ए A),
  so a bracketed run made only of such names is the Latin acronym, and
  digest.extract.acronyms reads it as it reads "(MPEDA)". Hindi spells so the acronyms of its
  own country's bodies: one whose name holds no country is India's.
- *An Arabic company named by its kind, its own name and its trade* ("مجموعة الواحة للأغذية":
  Al Waha Foods Group, "شركة الواحة للأغذية": Al Waha Foods): the trade after "لل" (for the)
  read word by word from a closed lexicon, each noun after its adjectives as English puts them
  ("للصناعات النسيجية": Textile Industries). The own name is one word after the article ال,
  written "Al <name>" as the Gulf's and the corpora's English names write it, and only where
  its letters say every vowel: Arabic leaves short vowels unwritten, so "الراشد" (Rashid),
  "الريم" (Reem) or "النخبة" (Nukhba) cannot be read with confidence and are left unnamed, as
  before. An own name that is a river, delta, mountain or sea of the Arab world is its English
  exonym, without "Al" ("شركة النيل للأسمدة": Nile Fertilizers).
- *An Arabic company named by its nationality* ("الشركة المصرية للاستزراع السمكي": Egyptian
  Aquaculture Company): the nationality's country and English adjective, then its trade.
- *An Arabic place of two words written as one* ("بورسعيد" beside the registry's "بور سعيد":
  Port Said), where the first word is one the press glues (بور Port, أبو Abu).
- *An Arabic public body whose every word is the lexicon's* ("مركز البحوث الزراعية":
  Agricultural Research Center; "الهيئة العامة للاستثمار والمناطق الحرة": General Authority for
  Investment and Free Zones): its kind word and the adjectives after it, its field (noun and
  adjectives), and a phrase after "لل"; a name holding a place or any other word is not
  composed. Its country is the article's one foreign country.

The words are closed lists, so they live here beside the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from digest.extract.demonyms import find_demonyms
from digest.extract.gazetteer import Match
from digest.extract.unlisted import Body, Unlisted
from digest.registries import Registries

_VIETNAM = "VN"
_LOCAL = ("region", "city")

# ------------------------------------------------------------- acronyms spelt by letters' names

# The Devanagari names of the English letters (two spellings of W and Z).
_LETTER_NAMES: dict[str, str] = {
    "ए": "A", "बी": "B", "सी": "C", "डी": "D", "ई": "E", "एफ": "F", "जी": "G", "एच": "H",
    "आई": "I", "जे": "J", "के": "K", "एल": "L", "एम": "M", "एन": "N", "ओ": "O", "पी": "P",
    "क्यू": "Q", "आर": "R", "एस": "S", "टी": "T", "यू": "U", "वी": "V", "डब्ल्यू": "W",
    "डबल्यू": "W", "एक्स": "X", "वाई": "Y", "जेड": "Z", "ज़ेड": "Z",
}  # fmt: skip
_LONGEST_NAME = max(len(name) for name in _LETTER_NAMES)
# A bracketed Devanagari run, a hyphen allowed between its letters ("आईआईएम-ए").
_BRACKETED = re.compile(r"\s*[(（]([\u0900-\u097f]+(?:-[\u0900-\u097f]+)?)[)）]")
_MIN_LETTERS = 2
# The country whose bodies a language spells the acronyms of by their letters' names.
_SPELLING_HOME = {"hi": "IN"}


@dataclass(frozen=True)
class SpeltAcronym:
    """A bracketed acronym spelt by its letters' names, shaped as digest.extract.acronyms reads
    a bracketed Latin one (``start``, ``end``, ``group(1)``, ``start(1)``); ``home`` is the
    country whose bodies such acronyms name."""

    span: tuple[int, int]
    letters_start: int
    letters: str
    home: str

    def start(self, group: int = 0) -> int:
        return self.letters_start if group else self.span[0]

    def end(self) -> int:
        return self.span[1]

    def group(self, _group: int) -> str:
        return self.letters


def spelt_acronyms(lang: str, text: str) -> list[SpeltAcronym]:
    """The bracketed acronyms ``text`` spells by the names of their letters (see the module)."""
    home = _SPELLING_HOME.get(lang)
    if home is None or "(" not in text:
        return []
    found = []
    for bracketed in _BRACKETED.finditer(text):
        letters = _letters(bracketed.group(1).replace("-", ""))
        if letters is not None:
            found.append(SpeltAcronym(bracketed.span(), bracketed.start(1), letters, home))
    return found


def without_names_read(lang: str, text: str, read: list[Body], found: list[Body]) -> list[Body]:
    """The bodies ``found`` but those glossed by an acronym spelt by its letters' names whose
    full name a body ``read`` already names ("अखिल भारतीय आयुर्वेद संस्थान (एआईआईए)" is the All
    India Institute of Ayurveda, no second body called AIIA)."""
    if lang not in _SPELLING_HOME or not found:
        return found
    glossed = {acronym.end() for acronym in spelt_acronyms(lang, text)}
    return [
        body
        for body in found
        if body.end not in glossed
        or not any(other.start < body.end and body.start < other.end for other in read)
    ]


def _letters(word: str) -> str | None:
    """The Latin letters a run of letters' names spells, longest name first; None where a part
    of it is no letter's name (a word: "कुसैट", "एम्स") or it spells one letter only."""
    letters: list[str] = []
    index = 0
    while index < len(word):
        size = next(
            (n for n in range(_LONGEST_NAME, 0, -1) if word[index : index + n] in _LETTER_NAMES),
            0,
        )
        if not size:
            return None
        letters.append(_LETTER_NAMES[word[index : index + size]])
        index += size
    return "".join(letters) if len(letters) >= _MIN_LETTERS else None


# ----------------------------------------------------------------- Arabic places written glued

# The first words of two-word Arabic place names that the press glues to the second as often as
# it spaces them ("بور سعيد" and "بورسعيد": Port Said; "أبو ظبي" and "أبوظبي": Abu Dhabi).
_GLUED_FIRST_WORDS = ("بور", "أبو")


def glued_forms(lang: str, names: list[str]) -> list[str]:
    """The two-word Arabic ``names`` opening with a word of ``_GLUED_FIRST_WORDS``, written as
    one word; none in another language."""
    if lang != "ar":
        return []
    glued = []
    for name in names:
        first, _, second = name.partition(" ")
        if first in _GLUED_FIRST_WORDS and second and " " not in second:
            glued.append(first + second)
    return glued


# ------------------------------------------------------------------------- Arabic composed names

# A noun of a trade or field, its adjectives after it, and their English.
_AR_NOUNS: dict[str, str] = {
    "الأغذية": "Foods",
    "الصناعات": "Industries",
    "الأسمدة": "Fertilizers",
    "الكيماويات": "Chemicals",
    "الحاصلات": "Crops",
    "الخدمات": "Services",
    "الأسماك": "Fish",
    "الاستثمار": "Investment",
    "التجارة": "Trading",
    "البحوث": "Research",
    "المناطق": "Zones",
    "المنطقة": "Zone",
}
_AR_ADJECTIVES: dict[str, str] = {
    "النسيجية": "Textile",
    "الزراعية": "Agricultural",
    "اللوجستية": "Logistics",
    "العقاري": "Real Estate",
    "المجمدة": "Frozen",
    "الغذائية": "Food",
    "الحرة": "Free",
}
# The Arab world's rivers, deltas, mountains and seas, which companies take as their own names
# and English names by their exonyms, without the article ("شركة النيل للأسمدة": Nile
# Fertilizers, "شركة أطلس للأسماك": Atlas Fish): names no consonant reading gives ("alnil").
_AR_LANDMARKS: dict[str, str] = {
    "النيل": "Nile", "الدلتا": "Delta", "أطلس": "Atlas", "الأطلس": "Atlas", "الفرات": "Euphrates",
    "دجلة": "Tigris", "سيناء": "Sinai", "الخليج": "Gulf",
}  # fmt: skip
# Two words English names as one.
_AR_PHRASES: dict[str, str] = {"المواد الغذائية": "Foodstuff", "الاستزراع السمكي": "Aquaculture"}
# A company's kind word: its English closes the name (None: the name has none).
_AR_COMPANIES: dict[str, str | None] = {"مجموعة": "Group", "شركة": None}
# "The <nationality> company for <trade>": the nationality makes the country.
_AR_NATIONAL_COMPANY = "شركة"
_AR_MIN_COMPANY_WORDS = 2  # an own name or a nationality, and the trade
# A public body's kind word, with or without the article, and the adjectives of the kind.
_AR_BODIES: dict[str, str] = {"مركز": "Center", "هيئة": "Authority"}
_AR_KIND_ADJECTIVES: dict[str, str] = {"العامة": "General", "العام": "General"}
_AR_FOR = "لل"  # "for the", glued: للأغذية
_AR_AND = "و"  # "and", glued: والكيماويات
_AR_ARTICLE = "ال"
_AR_WORD = re.compile(r"[\u0621-\u064a]+")
# The letters that say a vowel: alif, alif maqsura and ta marbuta (a), and waw opening a word
# (w); waw and ya elsewhere say u, i, aw, ay or a consonant, and are no sure reading.
_AR_SURE_LETTERS: dict[str, str] = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
}  # fmt: skip
_AR_LONG_A = frozenset("اىة")
_MIN_SOUNDS = 3  # a name of one consonant and its vowel is too short to be sure of
# The longest name the rules read: kind, own name, the word for and two trade words and an "and".
_AR_MAX_WORDS = 8
# A kind word, its article and the clitics Arabic glues before it ("لمجموعة": of the group,
# "للهيئة": of the authority, "وشركة": and a company).
_AR_KINDS = re.compile(
    "(?<![\u0621-\u064a])[وف]?(?:لل|[بلك])?"
    "(?P<name>(?:ال)?(?P<kind>" + "|".join([*_AR_COMPANIES, *_AR_BODIES]) + "))(?![\u0621-\u064a])"
)


def find_arabic_bodies(
    registries: Registries, lang: str, text: str, matches: list[Match]
) -> Iterator[Body]:
    """The Arabic companies and public bodies whose English names the closed words compose (see
    the module), the article's one foreign country's; none in an article without one."""
    if lang != "ar":
        return
    article_country = ""
    for kind in _AR_KINDS.finditer(text):
        words = list(_AR_WORD.finditer(text, kind.end(), kind.end() + 120))[:_AR_MAX_WORDS]
        words = _clause(text, kind.end(), words)
        national = _national_company(registries, kind["name"], words)
        read = national or _company(kind["kind"], words) or _body(kind["kind"], words)
        if read is None:
            continue
        english, count, company = read[:3]
        country = national[3] if national else ""
        article_country = article_country or _one_country(registries, matches)
        country = country or article_country
        if not country or country == _VIETNAM:
            continue
        kind_of = "company" if company else "organisation"
        named = Unlisted.named(country, english, kind_of)
        yield Body(kind.start("name"), words[count - 1].end(), named)


def _clause(text: str, start: int, words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words up to the first that punctuation or a line break parts from the one before."""
    kept: list[re.Match[str]] = []
    position = start
    for word in words:
        if text[position : word.start()].strip():
            break
        kept.append(word)
        position = word.end()
    return kept


def _company(kind: str, words: list[re.Match[str]]) -> tuple[str, int, bool] | None:
    """A company's English name, how many words it spans, True; None where the kind word is no
    company's, the own name cannot be read with confidence or the trade is not the lexicon's."""
    if kind not in _AR_COMPANIES or len(words) < _AR_MIN_COMPANY_WORDS:
        return None
    own = _AR_LANDMARKS.get(words[0].group(0)) or _own_name(words[0].group(0))
    trade = _for_phrase([w.group(0) for w in words[1:]])
    if own is None or trade is None:
        return None
    english, count = trade
    closing = _AR_COMPANIES[kind]
    return " ".join(filter(None, [own, english, closing])), count + 1, True


def _national_company(
    registries: Registries, name: str, words: list[re.Match[str]]
) -> tuple[str, int, bool, str] | None:
    """The English name of "the <nationality> company for <trade>" ("الشركة المصرية
    للاستزراع السمكي": Egyptian Aquaculture Company), its words, True and the nationality's
    country; None for another name."""
    if name != _AR_ARTICLE + _AR_NATIONAL_COMPANY or len(words) < _AR_MIN_COMPANY_WORDS:
        return None
    demonym = next(iter(find_demonyms(registries, "ar", words[0].group(0))), None)
    trade = _for_phrase([w.group(0) for w in words[1:]])
    if demonym is None or demonym.end != len(words[0].group(0)) or trade is None:
        return None
    adjective = (registries.vocabularies.demonyms.get(demonym.country) or {}).get("en") or ()
    if not adjective:
        return None
    return f"{adjective[0]} {trade[0]} Company", trade[1] + 1, True, demonym.country


def _body(kind: str, words: list[re.Match[str]]) -> tuple[str, int, bool] | None:
    """A public body's English name, how many words it spans, False; None where a word is not
    the lexicon's (see the module)."""
    english_kind = _AR_BODIES.get(kind)
    if english_kind is None:
        return None
    texts = [w.group(0) for w in words]
    index = 0
    adjectives = []
    while index < len(texts) and texts[index] in _AR_KIND_ADJECTIVES:
        adjectives.append(_AR_KIND_ADJECTIVES[texts[index]])
        index += 1
    field = _phrase(texts, index) if index < len(texts) else None
    if field is not None and field[1] > index + 1:  # a field with its adjective, not "البحوث"
        english, index = field
        adjectives.append(english)
    else:
        field = None
    after = _for_phrase(texts[index:])
    if field is None and after is None:
        return None
    name = " ".join([*adjectives, english_kind])
    if after is not None:
        name, index = f"{name} for {after[0]}", index + after[1]
    return name, index, False


def _for_phrase(words: list[str]) -> tuple[str, int] | None:
    """The English of the phrase after "لل" (for the) opening ``words``, and its words: nouns
    with their adjectives, joined by "و" (and); None where a word is not the lexicon's."""
    if not words or not words[0].startswith(_AR_FOR):
        return None
    texts = [_AR_ARTICLE + words[0].removeprefix(_AR_FOR), *words[1:]]
    parts: list[str] = []
    index = 0
    while index < len(texts):
        word = texts[index]
        if parts:  # another noun only after "and"; else the clause goes on
            if not word.startswith(_AR_AND):
                break
            word = word.removeprefix(_AR_AND)
        read = _phrase([*texts[:index], word, *texts[index + 1 :]], index)
        if read is None:
            if parts:
                break
            return None
        parts.append(read[0])
        index = read[1]
    return " and ".join(parts), index


def _phrase(texts: list[str], index: int) -> tuple[str, int] | None:
    """A noun at ``index`` and its adjectives after it, in English ("الصناعات النسيجية": Textile
    Industries), and the index after them; None where no lexicon noun stands there."""
    pair = " ".join(texts[index : index + 2])
    if pair in _AR_PHRASES:
        return _AR_PHRASES[pair], index + 2
    noun = _AR_NOUNS.get(texts[index])
    if noun is None:
        return None
    index += 1
    adjectives = []
    while index < len(texts) and texts[index] in _AR_ADJECTIVES:
        adjectives.append(_AR_ADJECTIVES[texts[index]])
        index += 1
    return " ".join([*reversed(adjectives), noun]), index


def _own_name(word: str) -> str | None:
    """The Latin name "Al <name>" for a word after the article whose letters say every vowel (see
    ``_AR_SURE_LETTERS``): each consonant followed by a long a or closing the word, never two
    consonants in a row ("الواحة": Al Waha); None otherwise."""
    if not word.startswith(_AR_ARTICLE) or word in _AR_NOUNS or word in _AR_ADJECTIVES:
        return None
    letters = word.removeprefix(_AR_ARTICLE)
    latin = []
    vowel_before = True
    for position, letter in enumerate(letters):
        if letter in _AR_LONG_A:
            if vowel_before:
                return None
            latin.append("a")
            vowel_before = True
            continue
        sound = "w" if letter == "و" and position == 0 else _AR_SURE_LETTERS.get(letter)
        if sound is None or not vowel_before:
            return None
        latin.append(sound)
        vowel_before = False
    if len(latin) < _MIN_SOUNDS:
        return None
    return f"Al {''.join(latin).capitalize()}"


def _one_country(registries: Registries, matches: list[Match]) -> str:
    """The article's one foreign country, or else the one country of its foreign regions and
    cities (as a bare ministry's: India named as a buyer beside Alexandria's bodies); "" for
    none or for Vietnam."""
    # Imported here: digest.extract.organisations reads digest.extract.acronyms, which reads
    # this module.
    from digest.extract.organisations import one_country

    country = one_country(registries, matches) or one_country(registries, matches, _LOCAL) or ""
    return "" if country == _VIETNAM else country
