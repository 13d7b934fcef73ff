"""Foreign companies named without a legal form, by a word for a company and what says whose
they are: "Korean firm Hanul Logistics", "die österreichische Firma Alpenwerk", "Tập đoàn
Daemyung Precision (Hàn Quốc)", "nhà đầu tư Sanwa Techno của Nhật Bản"; and companies whose own
Latin name a text in another script writes: "シンガポールの物流会社Pacific Link社", "대만 기업
에버윈(Everwin)", "深圳诺瓦智能科技有限公司（Nova Smart Tech）", "บริษัท Chaophraya Cold Chain จำกัด".

A company word alone says nothing of whose a company is, and brands are named in passing
everywhere, so a name is read only when its country is written beside it: a nationality
adjective or a country right before the company word, a country right after the name ("(Hàn
Quốc)", "của Nhật Bản"), or, in German, a city's adjective ("der Dresdner Anlagenbauer"), which
makes it the article's home country's. A Latin name in another script is the company's own
English name, so it gives the id; the country is one named right before it, else the country of
the article's language (``company_home`` in vocabularies/organisations.yaml). Never Vietnam's:
names shaped like Vietnamese syllables, Vietnam named beside them.

The id drops a closing "Group" or "Holdings" as the registry's do (``kr-lg`` is LG Group).

Names in the other scripts' own letters (播州精機株式会社, ㈜세원누리) are not drafted: their
reading gives no English name; only names that spell English, every word known (Thai
"บริษัท อีสเทิร์น โพลีเมอร์ จำกัด") or closing in known words (katakana "株式会社ヤマトフーズ",
Hangul "㈜세원정밀": Sewon Precision, its own word in Revised Romanization).
The places inside them are the company's, not partners (:func:`native_company_spans`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator

from digest.extract.bodies import only_or_home
from digest.extract.cities import confirmed_city, declined_city, where_cities
from digest.extract.composed_names_cjk import glued_katakana_words
from digest.extract.demonyms import Demonym, find_demonyms
from digest.extract.gazetteer import PARTNER, Match, MatchIndex
from digest.extract.organisations import dominant_country
from digest.extract.translit import is_vi_syllable, korean_place, to_latin
from digest.extract.translit_han import place_pinyin, sino_vietnamese_pinyin
from digest.extract.unlisted import Body, Unlisted
from digest.registries import Registries
from digest.scripts import char_class
from digest.text import fold, same_length_fold, slugify

_VIETNAM = "VN"
_LATIN_LANGUAGES = frozenset({"en", "de", "fr", "es", "it", "pt", "pl", "vi"})
_SCRIPT_LANGUAGES = frozenset({"ja", "ko", "zh", "th"})
_MAX_WORDS = 4
_NAME_WORD = re.compile(r"[ \t]*([A-ZÀ-ÞĀ-Ž0-9][\w'’&.-]*)")
# A clause ends after a word ending so: the name ends with it.
_ENDS = (",", ";", ":", ".")
# The words a name closes with that are no part of its id ("Siam Pacific Group").
_CLOSING = re.compile(r"(?:[ \t]+(?:Group|Holdings))+$")
# A country right after the name says whose it is: "(Hàn Quốc)", "của Nhật Bản", "from Japan".
_COUNTRY_AFTER = re.compile(
    r"[ \t]*(?:\(|（|của[ \t]+|đến từ[ \t]+|from[ \t]+|aus[ \t]+(?:der[ \t]+|dem[ \t]+)?)"
)
# A declined city the company is from or in, right after its name, by language: "z Sopotu",
# "w Chełmży".
_FROM_CITY = {"pl": re.compile(r"[ \t]+(?:z|ze|w|we)[ \t]+([A-ZĄĆĘŁŃÓŚŹŻ]\w+)")}
# Germany's city adjectives before a company word: "der Dresdner Anlagenbauer"; not the
# determiners and words ending alike ("Dieser Hersteller", "Unser Partner").
_CITY_ADJECTIVE = re.compile(r"(?<!\w)([A-ZÄÖÜ][a-zäöüß]+er)[ \t]+$")
_NOT_CITY_ADJECTIVES = frozenset(
    {"dieser", "jener", "jeder", "aller", "unser", "euer", "ihrer", "seiner", "keiner", "einer",
     "mancher", "solcher", "welcher", "aber", "oder", "immer", "weiter", "wieder", "spater",
     "unter", "hinter", "uber", "neuer", "anderer", "weiterer", "grosser", "kleiner"}
)  # fmt: skip
# A possessive country before a company word or a name: "Japan's".
_POSSESSIVE = re.compile(r"['’]s[ \t]+$")
_LATIN_NAME = r"[A-Z][A-Za-z0-9&.’'-]*(?:[ \t][A-Z0-9][A-Za-z0-9&.’'-]*){0,3}"
# A name glossed by its acronym in brackets ("(KMI)"): the acronym rule reads it.
_ACRONYM_AFTER = re.compile(r"[ \t]*[(（][A-Z][A-Z&]{1,9}[)）]")
# How Vietnam's own companies' Latin names open: "Viettel", "Vinamilk", "VinFast", "Vingroup".
_VIETNAMESE_BRAND = re.compile(r"(?:viet|vina|vin[gf]|petrovietnam|saigon|hanoi)")
# Hiragana writes particles, not names: a run stops there.
_SCRIPT_CHARS = char_class("Han", "Katakana", "Hangul", "Thai") + "ー・"
# Clause marks and particles that end the run of a company's name read backwards in Chinese
# and Japanese ("和深圳诺瓦…", "…、播州精機株式会社").
_RUN_STOPS = frozenset("，。、；：（）()「」『』“”の与和及同在于对从向是为将把也跟到并等这该其各")
_MAX_RUN = 14
# A company word's descriptor before it: "物流" (logistics) in "物流会社".
_DESCRIPTOR = 4
# Fewer letters than these before a legal form are a country's or a kind's ("日本公司"), not
# a company's own name.
_MIN_NATIVE_NAME = 4
# Legal forms closing a company's name in the other scripts.
_NATIVE_FORMS = re.compile(r"株式会社|有限会社|股份有限公司|有限责任公司|有限公司|集团|公司")
_NATIVE_OPENERS = re.compile(r"株式会社|㈱|㈜|\(주\)|주식회사")


@functools.cache
def company_words(registries: Registries, lang: str) -> tuple[str, ...]:
    """The words for a company in ``lang`` (``company_words``), folded."""
    spec = registries.vocabularies.organisations.get("company_words") or {}
    return tuple(fold(str(w)) for w in spec.get(lang) or ())


def _company_home(registries: Registries, lang: str) -> str | None:
    home = registries.vocabularies.organisations.get("company_home") or {}
    found = home.get(lang)
    return str(found) if found else None


def find_company_names(
    registries: Registries, lang: str, text: str, matches: list[Match]
) -> list[Body]:
    """The foreign companies ``text`` names by a company word or by their own Latin name in
    another script, with what says whose they are (see the module)."""
    places = _Places(matches)
    if lang in _LATIN_LANGUAGES:
        found = list(_introduced(registries, lang, text, places))
        if lang == "en":
            found += _trade_named(registries, text, places)
        if lang == "vi":
            found += _sino_vietnamese_companies(registries, text, places)
        if lang in _ROMANCE:
            found += _described_names(registries, lang, text, places)
        return found
    found: list[Body] = []
    if lang in _SCRIPT_LANGUAGES and re.search("[A-Z]", text):
        found += _latin_in_script(registries, lang, text, places)
    if lang == "zh":
        found += _chinese_registered(registries, text, matches)
    if lang == "th" and "บริษัท" in text:
        found += _thai_loanwords(registries, text, places)
    if lang == "ja" and _JA_FORM in text:
        found += _japanese_loanwords(registries, text, places)
        found += _japanese_kanji_names(registries, text, places)
        found += _japanese_names_before_form(registries, text, places)
        found += _japanese_hiragana_names(registries, text, places)
    if lang == "ko" and _KO_FORM.search(text):
        found += _korean_loanwords(registries, text, places)
    if lang == "hi" and _HI_FORM.search(text):
        found += _hindi_companies(registries, text, places)
    return found


# ---------------------------------------------------------------- Latin-script languages


@functools.cache
def _company_word(registries: Registries, lang: str) -> re.Pattern[str] | None:
    words = company_words(registries, lang)
    if not words:
        return None
    alternatives = []
    for word in sorted(words, key=len, reverse=True):
        # "-bauer": a compound ending so ("Anlagenbauer", "Maschinenbauer").
        core = re.escape(word.lstrip("-")).replace(r"\ ", r"[ \t]+")
        alternatives.append(rf"\w+{core}" if word.startswith("-") else core)
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def _introduced(registries: Registries, lang: str, text: str, places: _Places) -> Iterator[Body]:
    pattern = _company_word(registries, lang)
    if pattern is None:
        return
    demonyms = find_demonyms(registries, lang, text)
    for word in pattern.finditer(same_length_fold(text)):
        adjective = _adjective_after(registries, lang, text, word.end(), demonyms)
        after = word.end() if adjective is None else adjective[2]
        trades: list[str] = []
        if lang == "vi":
            after, trades = _past_vietnamese_trades(registries, text, after)
        apposed = lang == "en" and text.startswith(",", after)
        name = _name_after(registries, text, after + 1 if apposed else after, places)
        if name is None or (apposed and not text.startswith(",", name[1])):
            continue  # an English name in apposition is closed by a comma too
        start, end = name
        words = text[start:end]
        if all(is_vi_syllable(w) for w in fold(words).replace("-", " ").split()):
            continue  # "Công ty Kinh Bắc": shaped like Vietnam's own
        clue = (
            adjective
            or _clue_before(registries, lang, text, word.start(), demonyms, places)
            or _clue_after(registries, text, end, places.matches)
            or _city_after(registries, lang, text, end, places.matches)
            or _vietnamese_seat(registries, lang, text, end, places)
            or _japanese_shaped(registries, words, (start, end), places.matches)
        )
        if clue is None:
            continue
        country, clue_start, clue_end = clue
        if country == _VIETNAM:
            continue
        name = " ".join([words, *reversed(trades)])
        yield Body(min(start, clue_start), max(end, clue_end), _company(country, name))


def _vietnamese_seat(
    registries: Registries, lang: str, text: str, end: int, places: _Places
) -> tuple[str, int, int] | None:
    """The country of the seat a Vietnamese text gives a company later in its sentence ("Công
    ty TNHH Cà phê Xekong Highland (trụ sở tại tỉnh Sekong, Lào)"), as for a Chinese one."""
    if lang != "vi":
        return None
    country = _seat_country(registries, text, end, places)
    return (country, end, end) if country else None


def _past_vietnamese_trades(
    registries: Registries, text: str, position: int
) -> tuple[int, list[str]]:
    """Where a foreign company's own name starts after its legal form and its trade's words in
    Vietnamese ("Công ty TNHH Xuất nhập khẩu Phouvong"), and the trades' English, which close
    its English name as such companies sign (Phouvong Import-Export); ``position`` and none
    where no trade word follows."""
    form = _VI_FORM.match(text, position)
    trades, after = _vietnamese_trades(registries, text, position if form is None else form.end())
    return (after, trades) if trades else (position, [])


# An English company named by its own word and the trade word that closes its name, with no
# legal form or company word ("Hansol Tech announced", "Daesung Precision, which supplies"): the
# trade words are a closed list. A bank's arm in Vietnam is named by the bank and "Vietnam"
# after it ("Shinhan Bank Vietnam"), Vietnam's own banks never so ("Vietcombank", "Tien Phong
# Bank"): the bank's id is its own name's. Its country is a nationality right before it, else
# the article's one foreign country.
_TRADE_NAMED = re.compile(
    r"(?<![\w'’&.-])((?!(?:The|A|An|This|That|Its|Their|Our|While|And|But|Both)[ \t])"
    r"[A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*)?[ \t]"
    r"(?:Precision|Tech|Electronics|Bank(?=[ \t]Vietnam(?![\w'’-]))))((?:[ \t]Vietnam)?)"
    r"(?![\w'’-])(?![ \t]*,?[ \t]*(?:Co\b|Ltd\b|Inc\b|Corp\b|JSC\b|\())"
)


def _trade_named(registries: Registries, text: str, places: _Places) -> Iterator[Body]:
    """English companies named by their own word and a trade word (see ``_TRADE_NAMED``)."""
    if (
        "Precision" not in text
        and "Tech" not in text
        and "Electronics" not in text
        and ("Bank Vietnam" not in text)
    ):
        return
    home = None
    demonyms = None
    for found in _TRADE_NAMED.finditer(text):
        name, start, end = found.group(1), found.start(), found.end()
        words = fold(name).replace("-", " ").split()[:-1]
        if all(is_vi_syllable(w) for w in words) or _VIETNAMESE_BRAND.match(words[0]):
            continue  # shaped like Vietnam's own, or a Vietnamese brand
        if places.overlapping(start, end):
            continue  # a registry name: the registry's, or a place's body
        demonyms = find_demonyms(registries, "en", text) if demonyms is None else demonyms
        clue = _clue_before(registries, "en", text, start, demonyms, places)
        if clue is not None:
            country = clue[0]
        else:
            if home is None:
                home = (
                    only_or_home(registries, "en", places.matches)
                    or dominant_country(registries, text, places.matches)
                    or ""
                )
            country = home
        if not country or country.upper() == _VIETNAM:
            continue
        yield Body(start, end, _company(country.upper(), name))


# What may stand between a country and its company: a particle, a descriptor and a company
# word, with spaces ("の物流会社", " 기업 ").
_MAX_JOIN = 40


class _Places(MatchIndex):
    """The text's registry matches, and those close enough before a company to name its
    country."""

    def joinable(self, start: int) -> list[Match]:
        """The matches ending close enough before ``start`` to name a company's country, in
        order."""
        return [
            m
            for m in self.within(start - _MAX_JOIN, start + 1)
            if start - _MAX_JOIN <= m.end <= start
        ]


# Romance languages write a company's nationality, or its city's adjective, after the word for
# a company and before its name: "la société laotienne Sekong Energy Development",
# "l'entreprise nantaise Ateliers Lumière". A city's adjective makes the company the language's
# home country's (``company_adjective_home``), as a German city's adjective before the word does.
_ADJECTIVE_AFTER = re.compile(r"[ \t]+([a-zà-ÿ]+)(?=[ \t]+[A-ZÀ-Þ])")
_CITY_ADJECTIVE_AFTER = {
    "fr": re.compile(r"[a-zà-ÿ]{3,}(?:ais|aise|ois|oise|ain|aine)"),
    "it": re.compile(r"[a-zà-ÿ]{3,}ese"),
}
# The words for "of" a Romance name keeps in small letters between its capitalised words
# ("Ateliers Lumière de l'Erdre", "Frigoríficos del Pacífico"), an elided article after them.
_NAME_LINK = re.compile(
    r"[ \t]+(?:de|del|della|di|du|des|da|do|dos|das)[ \t]+(?:l['’])?(?=[A-ZÀ-ÞĀ-Ž])"
)
_ROMANCE = frozenset({"fr", "es", "it", "pt"})


def _adjective_after(
    registries: Registries, lang: str, text: str, position: int, demonyms: list[Demonym]
) -> tuple[str, int, int] | None:
    """The country of a nationality or a city's adjective right after a company word and
    before a capitalised name, and the adjective's span (see ``_ADJECTIVE_AFTER``)."""
    if lang not in _ROMANCE:
        return None
    adjective = _ADJECTIVE_AFTER.match(text, position)
    if adjective is None:
        return None
    for demonym in demonyms:
        if (demonym.start, demonym.end) == adjective.span(1):
            return demonym.country, position, demonym.end
    city = _CITY_ADJECTIVE_AFTER.get(lang)
    home = (registries.vocabularies.organisations.get("company_adjective_home") or {}).get(lang)
    if city is None or home is None or not city.fullmatch(adjective.group(1)):
        return None
    return str(home), position, adjective.end(1)


def _name_after(
    registries: Registries, text: str, position: int, places: _Places
) -> tuple[int, int] | None:
    """Up to four capitalised words right after a company word (and a Vietnamese legal form:
    "Công ty TNHH"), a word for "of" allowed between two in a Romance name, to a clause's end,
    a word in small letters or a place the registry knows; a foreign region or city may open
    a longer name ("Sekong Energy Development")."""
    form = _VI_FORM.match(text, position)
    position = position if form is None else form.end()
    start = end = opening = None
    for _ in range(_MAX_WORDS):
        link = _NAME_LINK.match(text, position) if start is not None else None
        found = _NAME_WORD.match(text, position if link is None else link.end())
        if found is None:
            break
        named = places.overlapping(found.start(1), found.end(1))
        if named and (opening is None or found.start(1) >= opening):
            opening = _opening_place(registries, named) if start is None else None
            if opening is None:
                return None  # a registry name: the registry's or a place's
        word = found.group(1)
        start = found.start(1) if start is None else start
        end = found.end(1) - (1 if word.endswith(_ENDS) else 0)
        position = found.end(1)
        if word.endswith(_ENDS):
            break
    if start is None or end is None or end <= start or (opening is not None and end <= opening):
        return None
    if _ACRONYM_AFTER.match(text, end):
        return None  # named with its acronym, which the acronym rule reads
    return start, end


def _opening_place(registries: Registries, named: list[Match]) -> int | None:
    """Where a foreign registry place opening a name ends ("Sekong Energy Development"): the
    name goes on after it; None when the words are a body's, or one of Vietnam's places."""
    match = named[0]
    partner = (
        registries.partners.get(match.target[1]) if match.target[0] == PARTNER else None  # type: ignore[index]
    )
    if partner is None or partner.kind not in ("region", "city") or partner.country == _VIETNAM:
        return None
    return match.end


# The legal forms Vietnamese writes between "công ty" and a company's name: limited (TNHH, one
# member: MTV) and joint-stock (CP), shortened or written out ("Công ty Cổ phần Hokusei Foods",
# "Công ty Trách nhiệm hữu hạn …").
_VI_FORM = re.compile(
    r"[ \t]+(?:TNHH(?:[ \t]+MTV)?|CP|[Cc]ổ[ \t]+phần"
    r"|[Tt]rách[ \t]+nhiệm[ \t]+hữu[ \t]+hạn)(?=[ \t])"
)
# A word of Japanese in Hepburn: syllables of an onset Hepburn writes before its vowel, the
# syllabic n, and a doubled consonant before a syllable ("Kyowa", "Seiki", "Denko", "Musashi",
# "Nippon"); not the syllables Hepburn spells otherwise (si, ti, tu, hu, zi, di, du).
_HEPBURN_WORD = re.compile(
    r"(?:(?:kk|ss|tt|pp|tch)?(?:(?:[kgnhbpmr]y?|sh|ch|j)[aiueo]|[sz][aueo]|[td][aeo]|ts?u"
    r"|y[auo]|w[ao]|fu|[aiueo])|n(?![aiueoy]))+"
)


def _japanese_shaped(
    registries: Registries, name: str, span: tuple[int, int], matches: list[Match]
) -> tuple[str, int, int] | None:
    """Japan, for a name of two words or more all in Hepburn's Japanese syllables ("Kyowa
    Seiki", "Musashi Denko") in an article that names Japan: a Japanese company's own name as
    it signs in Latin letters, which no other country's companies take; an English or a
    Vietnamese word does not read so ("Tech", "Nguyen")."""
    words = fold(name).split()
    if len(words) < 2 or not all(_HEPBURN_WORD.fullmatch(w) for w in words):
        return None
    if not any(_country_of(registries, m) == "JP" or _country_of_place(registries, m) == "JP"
               for m in matches):  # fmt: skip
        return None
    return "JP", span[0], span[1]


def _clue_before(
    registries: Registries,
    lang: str,
    text: str,
    start: int,
    demonyms: list[Demonym],
    places: _Places,
) -> tuple[str, int, int] | None:
    """The country of a nationality adjective or a possessive country right before the
    company word (an article between them allowed: "die österreichische Firma"), or the
    home country of a German city's adjective ("der Dresdner Anlagenbauer")."""
    for demonym in demonyms:
        if (
            demonym.end <= start
            and start - demonym.end <= _MAX_JOIN
            and not text[demonym.end : start].strip()
        ):
            return demonym.country, demonym.start, start
    for match in places.joinable(start):
        if _POSSESSIVE.fullmatch(text[match.end : start]):
            country = _country_of(registries, match)
            if country is not None:
                return country, match.start, start
    adjective = _CITY_ADJECTIVE.search(text, max(0, start - 30), start) if lang == "de" else None
    if adjective is not None and fold(adjective.group(1)) not in _NOT_CITY_ADJECTIVES:
        home = (registries.vocabularies.organisations.get("home") or {}).get(lang)
        return (str(home), start, start) if home else None
    return None


def _clue_after(
    registries: Registries, text: str, end: int, matches: list[Match]
) -> tuple[str, int, int] | None:
    """The country named right after the name: "(Hàn Quốc)", "của Nhật Bản"."""
    joint = _COUNTRY_AFTER.match(text, end)
    if joint is None:
        return None
    for match in matches:
        if match.start == joint.end():
            country = _country_of(registries, match)
            if country is not None:
                return country, end, match.end
    return None


def _city_after(
    registries: Registries, lang: str, text: str, end: int, matches: list[Match]
) -> tuple[str, int, int] | None:
    """The country of a city the name is "from", declined ("Spółka Baltic Yacht Design z
    Sopotu"): a city of the packaged gazetteer in a country the text names (or the language's
    own), once its case ending is undone; a Vietnamese city says nothing of a foreign company
    and is no clue."""
    found = _FROM_CITY.get(lang)
    joint = found.match(text, end) if found is not None else None
    if joint is None:
        return None
    named = (
        registries.partners[m.target[1]].country or m.target[1].upper()
        for m in matches
        if m.target[0] == PARTNER and m.target[1] in registries.partners
    )
    city = declined_city(registries, lang, joint.group(1), where_cities(lang, named))
    return None if city is None else (city[0], end, joint.end())


def _country_of(registries: Registries, match: Match) -> str | None:
    """The country a registry match names, if it names a country itself."""
    if match.target[0] != PARTNER:  # type: ignore[index]
        return None
    partner = registries.partners.get(match.target[1])  # type: ignore[index]
    if partner is None or partner.kind != "country":
        return None
    return partner.id.upper()


def _company(country: str, name: str) -> Unlisted:
    core = _CLOSING.sub("", name) or name
    return Unlisted(f"{country.lower()}-{slugify(core)}", name, country, "company")


# A Romance text opens a clause with a company's own name and says what it is and where in
# the words after it: "Les Vergers du Diois, fabricant de séchoirs solaires installé à Die",
# "Serre Berica, azienda di Arzignano specializzata in serre". An article opening the name is
# the brand's (Les Vergers du Diois).
_DESCRIBED_NAME = re.compile(
    r"(?:^|(?<=[.!?:;][ \t]))"
    r"((?:(?:Les|La|Le|L['’]|Los|Las|El|Il|Lo|Gli|Os|As)[ \t]*)?"
    r"[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:(?:de|du|des|del|della|di|da|do|dos|das)[ \t]+)?"
    r"[A-ZÀ-Þ][\w'’-]+){0,3}),[ \t]+(?:une?|la|le|l['’]|una?|uno|uma?)?[ \t]*",
    re.MULTILINE,
)
# What places the company after the word saying what it is: "de", "di", "da", "do" or where it
# is installed or has its seat, then the town.
_DESCRIBED_SEAT = re.compile(
    r"[^.;\n]{0,60}?(?<!\w)(?:(?:installée?|basée?|implantée?|située?|établie?)[ \t]+à|di|de|da|do"
    r"|con[ \t]+sede[ \t]+(?:a|in|en)|com[ \t]+sede[ \t]+em|radicada[ \t]+en)[ \t]+"
    r"([A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?)(?![\w'’-])"
)
# The longest word for a company, read right after the name's comma.
_WORD_REACH = 40
# Letters only Vietnamese writes: a town so spelt is Vietnam's.
_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def _described_names(
    registries: Registries, lang: str, text: str, places: _Places
) -> Iterator[Body]:
    """Companies a clause opens with, described right after as a company of a town
    (``_DESCRIBED_NAME``): a word for a company or a maker first, then the town. The town's
    country is whose the company is: a city of the gazetteer in a country the text names, or
    else the language's home country (``company_adjective_home``) for a town spelt otherwise
    than Vietnam's; a registry place opening the name makes it a body's or a place's."""
    words = _company_word(registries, lang)
    if words is None:
        return
    for found in _DESCRIBED_NAME.finditer(text):
        word = words.match(same_length_fold(text[found.end() : found.end() + _WORD_REACH]))
        if word is None:
            continue
        seat = _DESCRIBED_SEAT.match(text, found.end() + word.end())
        if seat is None or places.overlapping(found.start(1), found.end(1)):
            continue
        country = _town_country(registries, lang, seat.group(1), places)
        if country is None or country == _VIETNAM:
            continue
        name = found.group(1)
        yield Body(found.start(1), seat.end(1), _company(country, name))


def _town_country(registries: Registries, lang: str, town: str, places: _Places) -> str | None:
    """The country of a town a company is described as being of (see ``_described_names``)."""
    if _VIETNAMESE_LETTERS.search(town):
        return None
    named = (
        registries.partners[m.target[1]].country or m.target[1].upper()
        for m in places.matches
        if m.target[0] == PARTNER and m.target[1] in registries.partners
    )
    city = confirmed_city(registries, town, where_cities(lang, named))
    if city is not None:
        return city[0]
    home = (registries.vocabularies.organisations.get("company_adjective_home") or {}).get(lang)
    return str(home) if home else None


# ---------------------------------------------------------------- Chinese companies in Vietnamese

# Vietnamese writes a Chinese company as its legal form, its trade's words in Vietnamese and its
# Chinese name in Sino-Vietnamese ("Công ty TNHH Thương mại Thiên Bảo Vân Nam", "Tập đoàn Đầu tư
# Cửa khẩu Quảng Tây").
_VI_COMPANY = re.compile(r"(?<!\w)(?:[Cc]ông[ \t]+ty|([Tt]ập[ \t]+đoàn))(?!\w)")
_VI_NAME_WORD = re.compile(r"[ \t]+(\w+)")
_MAX_SINO_SYLLABLES = 6
# Where a company has its seat, later in its sentence: "… - doanh nghiệp có trụ sở tại Côn Minh",
# the kind of the place allowed before its name.
_VI_SEAT = re.compile(
    r"[^.;\n]{0,80}?trụ[ \t]+sở(?:[ \t]+chính)?[ \t]+(?:đặt[ \t]+)?tại[ \t]+"
    r"(?:(?:thành[ \t]+phố|tỉnh|huyện|châu|thị[ \t]+xã)[ \t]+)?([^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})"
)
_CHINA = "CN"


def _sino_vietnamese_companies(
    registries: Registries, text: str, places: _Places
) -> Iterator[Body]:
    """Chinese companies a Vietnamese text names by their trade in Vietnamese and their name in
    Sino-Vietnamese: the name read in Mandarin, the trade in English ("Công ty TNHH Xuất nhập
    khẩu Thiên Bảo Mã Quan": Tianbao Maguan Import-Export), when a Chinese place says whose the
    company is: inside the name ("… Thiên Bảo Vân Nam"), in brackets right after it ("Tường
    Phong (Bằng Tường)") or as its seat later in the sentence ("có trụ sở tại Côn Minh").
    Vietnam's own companies take Sino-Vietnamese names as often: without such a place the name
    is not read. A place inside the name is the company's, not a partner of its own."""
    for opener in _VI_COMPANY.finditer(text):
        form = _VI_FORM.match(text, opener.end())
        position = opener.end() if form is None else form.end()
        trades, position = _vietnamese_trades(registries, text, position)
        syllables = _sino_syllables(text, position)
        if not syllables:
            continue
        start, end = syllables[0].start(1), syllables[-1].end(1)
        inside = [m for m in places.overlapping(start, end) if start <= m.start and m.end <= end]
        if _CHINA not in (
            *(_where(registries, m) for m in inside),
            _place_after(registries, text, end, places),
            _seat_country(registries, text, end, places),
        ):
            continue
        name = _mandarin_name(syllables, inside)
        if name is None:
            continue
        english = " ".join([name, *reversed(trades), *(["Group"] if opener.group(1) else [])])
        yield Body(start, end, Unlisted(f"cn-{slugify(english)}", english, _CHINA, "company"))


def _vietnamese_trades(registries: Registries, text: str, position: int) -> tuple[list[str], int]:
    """The English of the trade words right after ``position`` (``company_trades``), in the
    text's order, and where they end."""
    trades: list[str] = []
    while True:
        word = _VI_NAME_WORD.match(text, position)
        if word is None:
            break
        rest = text[word.start(1) : word.start(1) + 40].lower()
        trade = next(
            ((w, en) for w, en in _loanwords(registries, "vi", "company_trades")
             if rest.startswith(w) and not rest[len(w) : len(w) + 1].isalnum()),
            None,
        )  # fmt: skip
        if trade is None:
            break
        trades.append(trade[1])
        position = word.start(1) + len(trade[0])
    return trades, position


def _sino_syllables(text: str, position: int) -> list[re.Match[str]]:
    """The capitalised syllables of a name right after ``position``, up to a word in small
    letters or a mark; none when there are too many to be one name."""
    syllables: list[re.Match[str]] = []
    while len(syllables) <= _MAX_SINO_SYLLABLES:
        word = _VI_NAME_WORD.match(text, position)
        if word is None or not word.group(1)[0].isupper():
            break
        syllables.append(word)
        position = word.end(1)
    return syllables if len(syllables) <= _MAX_SINO_SYLLABLES else []


def _mandarin_name(syllables: list[re.Match[str]], inside: list[Match]) -> str | None:
    """The name in Mandarin: a place inside it as one word, first, as a Chinese registered name
    writes it; the other syllables two by two, as Chinese names go ("Thiên Bảo Mã Quan":
    Tianbao Maguan). None unless every syllable reads so."""
    places: dict[Match, list[str]] = {}
    own: list[list[str]] = []
    for syllable in syllables:
        match = next((m for m in inside if m.start <= syllable.start(1) < m.end), None)
        if match is not None:
            places.setdefault(match, []).append(syllable.group(1))
        elif own and len(own[-1]) == 1:
            own[-1].append(syllable.group(1))
        else:
            own.append([syllable.group(1)])
    words = [sino_vietnamese_pinyin(group) for group in (*places.values(), *own)]
    return " ".join(words) if words and None not in words else None  # type: ignore[arg-type]


def _place_after(registries: Registries, text: str, end: int, places: _Places) -> str | None:
    """The country of a place or a country in brackets right after the name: "(Bằng Tường)"."""
    bracket = re.compile(r"[ \t]*[(（]").match(text, end)
    if bracket is None:
        return None
    for match in places.within(bracket.end(), bracket.end() + 1):
        if match.start == bracket.end():
            return _where(registries, match)
    return None


def _seat_country(registries: Registries, text: str, end: int, places: _Places) -> str | None:
    """The country of the place later in the sentence where the company has its seat, a
    registry match there or a foreign place's Vietnamese name ("thành phố Côn Minh" written
    "Côn Minh" after "trụ sở tại")."""
    seat = _VI_SEAT.match(text, end)
    if seat is None:
        return None
    for match in places.within(seat.start(1), seat.end(1)):
        if match.start >= seat.start(1) - len("thành phố "):
            return _where(registries, match)
    return _foreign_places_vi(registries).get(" ".join(seat.group(1).split()).lower())


def _where(registries: Registries, match: Match) -> str | None:
    """The country a registry match is or is in, if it names a country, a region, a city or a
    district."""
    if match.target[0] != PARTNER:  # type: ignore[index]
        return None
    partner = registries.partners.get(match.target[1])  # type: ignore[index]
    if partner is None or partner.kind not in ("country", "region", "city", "district"):
        return None
    return partner.id.upper() if partner.kind == "country" else partner.country


@functools.cache
def _foreign_places_vi(registries: Registries) -> dict[str, str]:
    """Foreign regions, cities and districts by their Vietnamese name without its kind's word,
    in small letters, tone marks kept: "côn minh" is China's."""
    kinds = re.compile(r"^(?:thành phố|tỉnh|huyện|châu|thị xã)[ \t]+")
    return {
        kinds.sub("", partner.name_vi.lower()): partner.country
        for partner in registries.partners.values()
        if partner.kind in ("region", "city", "district")
        and partner.country not in (None, _VIETNAM)
        and partner.name_vi
    }


# ---------------------------------------------------------------- Latin names in other scripts


def _latin_in_script(
    registries: Registries, lang: str, text: str, places: _Places
) -> Iterator[Body]:
    words = company_words(registries, lang)
    for found in re.finditer(rf"(?<![A-Za-z]){_LATIN_NAME}", text):
        name = found.group(0).rstrip(".")
        start, end = found.start(), found.start() + len(name)
        if name.isupper() or len(name) < 3:
            continue  # an acronym: the acronym rule reads those
        if _VIETNAMESE_BRAND.match(fold(name)):
            continue  # "VinFast", "Vietjet", "Vinamilk": Vietnam's own
        span = _company_span(text, start, end, words)
        if span is None:
            continue
        country, span_start = _script_country(registries, lang, text, span[0], places, words)
        if span_start == span[0]:  # no country named before it: one said after it, if any
            country = country_said_after(registries, lang, text, span[1], places.matches) or country
        if span[0] < start:  # the name in the article's script before it may open with a place
            country = _opening_country(registries, places, span[0]) or country
        if country is None or country == _VIETNAM:
            continue
        yield Body(span_start, span[1], _company(country, _LATIN_FORM_END.sub("", name) or name))


# Legal forms closing a Latin name written in brackets ("（Harbour Peak Energy Co., Ltd.）"): the
# name stops at the comma, its form's first word is no part of it.
_LATIN_FORM_END = re.compile(r"(?:[ \t]+(?:Co|Pte|Ltd|Inc|Corp|Bhd|Sdn|LLC|JSC|PLC|GmbH|AG))+$")


def _opening_country(registries: Registries, places: _Places, start: int) -> str | None:
    """The country of the place a company's registered name in the article's script opens
    with ("新加坡海峰能源私人有限公司"), where its Latin name follows in brackets."""
    for match in places.overlapping(start, start + 1):
        if match.start == start:
            return _country_of(registries, match) or _country_of_place(registries, match)
    return None


def _company_span(
    text: str, start: int, end: int, words: tuple[str, ...]
) -> tuple[int, int] | None:
    """The span of the company a Latin name belongs to, when something says it is one: a
    company word or legal form right after it ("Pacific Link社", "… จำกัด", "…株式会社") or
    right before it ("物流会社Pacific Link", "บริษัท Chaophraya"), or, written in brackets
    after a name in the article's script, a company word or legal form in or before that name
    ("다온테크(Daon Tech)")."""
    after = text[end : end + 8].lstrip()
    before = text[max(0, start - 12) : start].rstrip()
    if any(after.startswith(w) for w in words) or after.startswith(("社", "จำกัด")):
        return start, end
    if _NATIVE_FORMS.match(after):
        return start, end  # "韩国Seyon Electronics株式会社": the form the company signs with
    if any(before.endswith(w) for w in words):
        return start, end
    if before.endswith(("(", "（")):
        run_end = start - (len(text[:start]) - len(text[:start].rstrip())) - 1
        run_start = _run_start(text, run_end)
        if run_start == run_end:
            return None
        head = text[max(0, run_start - 12) : run_start]
        run = text[run_start:run_end]
        if (
            _NATIVE_FORMS.search(run)
            or _NATIVE_OPENERS.search(run)
            or any(w in head[-6:] for w in words)
        ):
            return run_start, end + 1
    return None


def _run_start(text: str, end: int) -> int:
    """Where the run of the article's script that ends at ``end`` starts: back to a clause mark,
    a particle or a space."""
    start = end
    while start > 0 and end - start < _MAX_RUN:
        char = text[start - 1]
        if char in _RUN_STOPS or not re.match(f"[{_SCRIPT_CHARS}㈜㈱]", char):
            break
        start -= 1
    return start


def _script_country(
    registries: Registries,
    lang: str,
    text: str,
    start: int,
    places: _Places,
    words: tuple[str, ...],
) -> tuple[str | None, int]:
    """The country named right before a company (a country, then a particle or a company word:
    "シンガポールの物流会社", "대만 기업", "韩国"), and where it starts; else the country of the
    article's language, or the article's one foreign country."""
    prefixes = (registries.vocabularies.organisations.get("company_prefixes") or {}).get(lang)
    if prefixes and start > 0 and text[start - 1] in prefixes:
        return str(prefixes[text[start - 1]]), start - 1
    for match in places.joinable(start):
        if _introduces(text[match.end : start], words):
            country = _country_of(registries, match)
            if country is not None:
                return country, match.start
    home = _company_home(registries, lang) or only_or_home(registries, lang, places.matches)
    return home, start


# Thai says whose a company is right after its name, or after its Latin name in brackets (the
# name read from inside them ends before the bracket closes): "จาก
# (ประเทศ)" (from the country) or "ของ" (of) and the country ("บริษัท คันโต โคเงียว จำกัด (Kanto
# Kogyo Co., Ltd.) จากประเทศญี่ปุ่น": Japan's, "… จำกัด ของไทย": Thailand's).
_FROM_COUNTRY = {
    "th": re.compile(
        r"[ \t]*(?:[(（][^()（）\n]{1,60}[)）]|[^()（）\n]{0,20}[)）])?"
        r"[ \t]*(?:จาก|ของ)(?:ประเทศ)?[ \t]*"
    )
}


def country_said_after(
    registries: Registries, lang: str, text: str, end: int, matches: Iterable[Match]
) -> str | None:
    """The country a phrase right after a company's name says it is from (``_FROM_COUNTRY``)."""
    phrase = _FROM_COUNTRY.get(lang)
    said = phrase.match(text, end) if phrase is not None else None
    if said is None:
        return None
    return next((_country_of(registries, m) for m in matches if m.start == said.end()), None)


# Korean places the company in a town of its country the registry may not list, between the
# country and the company's word: "일본 가고시마의 유통업체 ㈜사쓰마팜" (Satsuma Farm, a distributor
# of Kagoshima in Japan). The town and its 의 only say where in the country the company is.
_KO_TOWN_OF = re.compile(r"^[가-힣]{2,8}의\s+")


def _introduces(between: str, words: tuple[str, ...]) -> bool:
    """Whether the text between a country and a company only joins them: nothing, a particle,
    or a company word with a short descriptor before it ("の物流会社", " 기업 "), perhaps after
    the company's town ("가고시마의 유통업체")."""
    rest = between.strip().removeprefix("の").removeprefix("的").strip()
    rest = _KO_TOWN_OF.sub("", rest)
    if not rest:
        return True
    return any(rest.endswith(w) and len(rest) - len(w) <= _DESCRIPTOR for w in words)


# ---------------------------------------------------------------- Chinese registered names


@functools.cache
def _industries(registries: Registries) -> tuple[tuple[str, str], ...]:
    words = registries.vocabularies.organisations.get("company_industries") or {}
    return tuple(sorted(((str(k), str(v)) for k, v in words.items()), key=lambda w: -len(w[0])))


# A Chinese company's legal form, a group's word before it that may stand in brackets
# ("上海国际港务（集团）股份有限公司", as groups reorganised into a company write it), or a group
# named without one.
_CHINESE_FORM = re.compile(
    r"(?:集团|[(（]集团[)）])?(?:股份有限公司|有限责任公司|有限公司|公司)|集团"
)


def _chinese_registered(registries: Registries, text: str, matches: list[Match]) -> Iterator[Body]:
    """China's companies by their registered name: a Chinese place, the company's own name,
    what it does and its form ("广西北港物流集团有限公司"). The English name such a company uses
    keeps the place, reads its own name in pinyin and translates the rest: Guangxi Beigang
    Logistics Group. A group may be named by its place and its own name alone ("云南白药集团").
    Taiwan, Hong Kong or China may open the name: a country's company writes no country in its
    English name ("台湾富乐精密工业股份有限公司": Fule Precision Industry), a city after China
    opens it ("中国深圳…"). A name without such a place opening it may be a foreign company's
    written in characters ("大明精密公司"), whose pinyin is not its name: left alone."""
    index = MatchIndex(matches)  # a page may name thousands of companies and places
    for form in re.finditer(_CHINESE_FORM, text):
        if text.startswith(_PARENT_WORDS, form.end()):
            continue  # named only as its subsidiary's owner: the subsidiary is the partner
        start = _after_parent(text, _run_start(text, form.start()), form.start())
        start = _after_attribute(text, start, form.start())
        near = index.within(start, form.start())
        place = next((m for m in near if m.start == start), None)
        country = _country_of(registries, place) if place is not None else None
        opening = _opening_city(registries, text, start, form.start()) if place is None else None
        if opening is not None:
            place_end, place_name = opening
        elif place is not None and country in _CHINESE_WRITING:
            # "中国深圳华拓…": the country before the city; "台湾富乐…": the country alone, which
            # the English name leaves out (Fule Precision Industry).
            city = next((m for m in near if m.start == place.end), None)
            if city is not None and _country_of_place(registries, city) == country:
                place, country = city, None
        elif place is None or _country_of_place(registries, place) != "CN":
            continue
        if opening is None:
            place_end = place.end  # type: ignore[union-attr]
            place_name = registries.partners[place.target[1]].name_en  # type: ignore[union-attr,index]
        if any(start < m.start < form.start() for m in near if m is not place):
            continue  # another name the registries know inside: theirs
        middle = re.sub(r"^(?:壮族自治区|自治区|省|市)", "", text[place_end : form.start()])
        words: list[str] = []
        while middle:
            industry = next(
                ((w, en) for w, en in _industries(registries) if middle.endswith(w)), None
            )
            if industry is None:
                break
            words.insert(0, industry[1])
            middle = middle[: -len(industry[0])]
        if not (words or (country is None and form.group(0) == "集团")) or not (
            2 <= len(middle) <= 4 or _named_by_trade(middle, form.group(0))
        ):
            continue  # no name of its own, or no word saying what it does: not one to read
        own = [_own_name_reading(registries, middle)] if middle else []
        where = [] if country else [place_name]
        core = " ".join([*where, *own, *words])
        # The group is part of the name its English id spells: "昆明旅游集团" is Kunming
        # Tourism Group, a body apart from any "昆明旅游公司".
        name = f"{core} Group" if "集团" in form.group(0) else core
        code = country or "CN"
        company = Unlisted(f"{code.lower()}-{slugify(name)}", name, code, "company")
        yield Body(start, form.end(), company)


def _after_attribute(text: str, start: int, end: int) -> int:
    """Where a company's registered name starts after the words describing it, which "的" ends
    ("在钦州设有物流基地的广西华茂物流有限公司": the name starts at 广西)."""
    attribute = text.rfind(_ATTRIBUTE, start, end)
    return start if attribute < 0 else attribute + len(_ATTRIBUTE)


def _opening_city(
    registries: Registries, text: str, start: int, end: int
) -> tuple[int, str] | None:
    """Where a Chinese city no registry lists ends, and its English name, when its two
    characters open a company's registered name and GeoNames knows them read in pinyin as a
    city of China ("钦州临港产业投资集团有限公司": Qinzhou)."""
    if end - start <= _CITY_CHARS:
        return None
    name = text[start : start + _CITY_CHARS]
    if not _HAN_NAME.fullmatch(name):
        return None
    city = confirmed_city(registries, place_pinyin(name), where_cities("zh", ("CN",)))
    return None if city is None else (start + _CITY_CHARS, city[1])


_ATTRIBUTE = "的"
_HAN_NAME = re.compile(rf"[{char_class('Han')}]+")
# A city's two characters (钦州, 深圳) opening an own name of four or more (钦州港盛).
_CITY_CHARS = 2
_CITY_AND_NAME = 4


def _own_name_reading(registries: Registries, name: str) -> str:
    """A Chinese company's own name in Latin letters: a sea or river region in the English the
    region's firms all write (``company_kanji_regions``: 北部湾 Beibu Gulf), else in pinyin, a
    Chinese city GeoNames knows opening a longer name a word of its own, as such firms write
    it ("钦州港盛": Qinzhou Gangsheng, not "Qinzhougangsheng")."""
    regions = dict(_loanwords(registries, "zh", "company_kanji_regions"))
    if name in regions:
        return regions[name]
    if len(name) >= _CITY_AND_NAME:
        city = place_pinyin(name[:_CITY_CHARS])
        if confirmed_city(registries, city, where_cities("zh", ("CN",))) is not None:
            return f"{city} {place_pinyin(name[_CITY_CHARS:])}"
    return place_pinyin(name)


# The countries whose companies register their names in Chinese characters.
_CHINESE_WRITING = frozenset({"CN", "TW", "HK", "MO"})
# The words that name a company's subsidiary after its owner ("…集团下属企业昆明…物流有限公司",
# "…集团旗下…公司"): the subsidiary's own name starts after them, and the owner is named in
# passing, to say whose the subsidiary is.
_PARENT_WORDS = ("下属企业", "下属公司", "所属企业", "旗下", "下属")


def _after_parent(text: str, start: int, end: int) -> int:
    """Where a registered name starts when its run opens with its owner and a word for
    "subsidiary of": after that word; else ``start``."""
    cuts = [at + len(word) for word in _PARENT_WORDS if (at := text.rfind(word, start, end)) >= 0]
    return max(cuts, default=start)


def _named_by_trade(middle: str, form: str) -> bool:
    """Whether a company is named by its place and trade alone ("云南省建设投资控股集团有限公司":
    Yunnan Construction Investment Holding Group): a group or a registered form says the words
    are a company's whole name; a bare "公司" after a place and a trade is any such company."""
    return not middle and form != "公司"


# ---------------------------------------------------------------- English written in Thai letters

_THAI_COMPANY = re.compile(r"บริษัท[ \t]*([ก-๛ \t]{2,60}?)[ \t]*จำกัด(?:[ \t]*\(มหาชน\))?")


@functools.cache
def _loanwords(
    registries: Registries, lang: str, key: str = "company_loanwords"
) -> tuple[tuple[str, str], ...]:
    """The words of the vocabulary's ``key`` in ``lang`` and their Latin spelling, longest
    first."""
    spec = registries.vocabularies.organisations.get(key) or {}
    words = spec.get(lang) or {}
    return tuple(sorted(((str(k), str(v)) for k, v in words.items()), key=lambda w: -len(w[0])))


def _thai_loanwords(registries: Registries, text: str, places: _Places) -> Iterator[Body]:
    """Companies whose registered name between "บริษัท" and "จำกัด" is English written in Thai
    letters, every word of it a known one ("บริษัท อีสเทิร์น โพลีเมอร์ จำกัด": Eastern Polymer):
    the English it spells is the name they use; or a registry place opening a name that closes
    in such words ("บริษัท ขอนแก่น โลจิสติกส์ จำกัด": Khon Kaen Logistics). Thailand's, unless a
    country is named before."""
    for found in _THAI_COMPANY.finditer(text):
        english = _spelled(
            found.group(1).replace(" ", "").replace("\t", ""), registries
        ) or _thai_opened(registries, found, places)
        if english is None:
            continue
        country, start = _script_country(
            registries, "th", text, found.start(), places, company_words(registries, "th")
        )
        if start == found.start():
            country = (
                country_said_after(registries, "th", text, found.end(), places.matches) or country
            )
        if country is None or country == _VIETNAM:
            continue
        yield Body(start, found.end(), _company(country, english))


def _thai_opened(registries: Registries, found: re.Match[str], places: _Places) -> str | None:
    """The name of a Thai company whose first word, spaced from the rest, is a registry place
    (its English name), the rest known English words. A Thai word there is not read: its
    meaning may be the company's English name ("ทองคำ", gold)."""
    first = re.match(r"[ \t]*(\S+)[ \t]+(.+)", found.group(1))
    if first is None:
        return None
    rest = _spelled(re.sub(r"[ \t]", "", first.group(2)), registries)
    if rest is None:
        return None
    span = (found.start(1) + first.start(1), found.start(1) + first.end(1))
    place = next((m for m in places.overlapping(*span) if (m.start, m.end) == span), None)
    if place is None or _country_of_place(registries, place) is None:
        return None
    partner = registries.partners[place.target[1]]  # type: ignore[index]
    return f"{_UNIT_WORD.sub('', partner.name_en)} {rest}"


def _spelled(run: str, registries: Registries) -> str | None:
    """The English words a run of Thai letters spells, longest known word first; None when a
    part of it is no known word."""
    english: list[str] = []
    while run:
        word = next(((w, en) for w, en in _loanwords(registries, "th") if run.startswith(w)), None)
        if word is None:
            return None
        english.append(word[1])
        run = run[len(word[0]) :]
    return " ".join(english) or None


# ---------------------------------------------------------------- Indian companies in Devanagari

# An Indian company's legal form closing its name in Hindi: (private) limited, written out or
# shortened ("प्राइवेट लिमिटेड", "प्रा. लि.", "लिमिटेड"), and a Gulf company's LLC ("एलएलसी").
_HI_FORM = re.compile(r"(?:(?:प्राइवेट|प्रा\.)[ \t]*)?(?:लिमिटेड|लि\.)|एलएलसी")
_HI_NAME_CHARS = 80
_HI_WORD = re.compile(r"[\u0900-\u0963\u0970-\u097f]+")
# The words that end the run of a name read backwards from its form: postpositions ("सूरत की",
# "बैठक में"), "based in" (स्थित), conjunctions, and the words for a company or a maker.
_HI_STOPS = frozenset(
    {"की", "के", "का", "ने", "में", "से", "को", "पर", "और", "तथा", "व", "एवं", "कि", "भी", "साथ",
     "स्थित", "कंपनी", "फर्म", "समूह", "निर्माता", "वाली", "वाले", "है", "हैं", "था", "थी"}
)  # fmt: skip
# The words that make what stands right before the name its owner's place: "सूरत की" (Surat's),
# "अहमदाबाद स्थित" (Ahmedabad-based).
_HI_OWNER = frozenset({"की", "के", "का", "स्थित"})
# The honorific opening many Indian firms' names: registered Latin names spell it "Shri" and
# "Shree" alike, and the corpora's English ids "Shri" more often (four firms to three), as
# the standard romanisation of a person's title does.
_HI_HONORIFIC = ("श्री", "Shri")
# A vowel's nasal mark closing a word is not written in Latin letters (साईं: Sai); the nasal
# before a lip consonant is "m" (अंबिका: Ambika).
_HI_FINAL_NASAL = re.compile(r"(?<=[आईऊएऐओऔाीूेैोौ])[ंँ]$")
_HI_LABIAL_NASAL = re.compile(r"ं(?=[पफबभम])")


def _hindi_companies(registries: Registries, text: str, places: _Places) -> Iterator[Body]:
    """Companies named in Devanagari before their legal form ("मगध राइस मिल्स प्राइवेट लिमिटेड":
    Magadh Rice Mills): up to four words back to a postposition, a company word or a clause's
    end, each an English trade word Hindi writes in its letters (``company_loanwords``) or read
    letter by letter. India's, unless a place before "की"/"स्थित" right before the name is
    another country's ("दुबई की … एलएलसी")."""
    for form in _HI_FORM.finditer(text):
        words = _hindi_name_words(text, form.start())
        if not words:
            continue
        start = words[0].start()
        english = " ".join(_hindi_word(registries, w.group(0)) for w in words)
        country = _hindi_owner(registries, text, start, places) or _company_home(registries, "hi")
        if country is None or country == _VIETNAM or not slugify(english):
            continue
        yield Body(start, form.end(), _company(country, english))


def _hindi_name_words(text: str, end: int) -> list[re.Match[str]]:
    """The words of the name right before ``end``, back to a stop word or a clause mark; none
    when more than four words stand there (no name is so long: a clause)."""
    words = list(_HI_WORD.finditer(text, max(0, end - _HI_NAME_CHARS), end))
    kept: list[re.Match[str]] = []
    position = end
    for word in reversed(words):
        if text[word.end() : position].strip() or word.group(0) in _HI_STOPS:
            break  # a comma, a danda or a quote between: the clause before
        kept.insert(0, word)
        position = word.start()
    return kept if len(kept) <= _MAX_WORDS else []


def _hindi_word(registries: Registries, word: str) -> str:
    """A word of the name in Latin letters: the English trade words it is made of, glued as
    Hindi glues them ("फार्माकेम": Pharmachem), else its reading."""
    if word == _HI_HONORIFIC[0]:
        return _HI_HONORIFIC[1]
    english, rest = "", word
    while rest:
        part = next(((w, en) for w, en in _loanwords(registries, "hi") if rest.startswith(w)), None)
        if part is None:
            break
        english, rest = english + part[1], rest[len(part[0]) :]
    if not rest:
        return english
    return to_latin(_HI_LABIAL_NASAL.sub("म्", _HI_FINAL_NASAL.sub("", word)), "hi")


def _hindi_owner(registries: Registries, text: str, start: int, places: _Places) -> str | None:
    """The country of the place whose company the name is ("दुबई की", "अहमदाबाद स्थित")."""
    for match in reversed(places.joinable(start)):
        if text[match.end : start].strip() in _HI_OWNER:
            return _country_of(registries, match) or _country_of_place(registries, match)
    return None


# ---------------------------------------------------------------- English written in katakana

_JA_FORM = "株式会社"
# A company's katakana name right after or right before its legal form: "株式会社ヤマトフーズ",
# "神戸マリンサービス株式会社" (a place in kanji may open the name).
_KATAKANA_NAME = r"[ァ-ヺー・]{2,20}"
_JA_COMPANY = re.compile(rf"{_JA_FORM}[ \t]*({_KATAKANA_NAME})|({_KATAKANA_NAME})[ \t]*{_JA_FORM}")
_KATAKANA = re.compile(_KATAKANA_NAME)
_MIN_OWN_KANA = 2
_HAN = re.compile(f"[{char_class('Han')}]")
# A prefecture's unit word is no word of its companies' names (Shizuoka, not Shizuoka
# Prefecture, Marine).
_UNIT_WORD = re.compile(r"\s+(?:Prefecture|City|Province)$")


def _japanese_loanwords(registries: Registries, text: str, places: _Places) -> Iterator[Body]:
    """Companies whose katakana name ends in English words ("株式会社ヤマトフーズ": Yamato Foods,
    "神戸マリンサービス株式会社": Kobe Marine Service): the known words are read as the English
    they spell and what comes before them in Hepburn, the name the company uses abroad; a
    registry place right before the katakana opens the name. A name with no known word may be
    all Japanese, or English the list does not know: left alone."""
    for found in _JA_COMPANY.finditer(text):
        run = found.group(1) or found.group(2)
        run_start = found.start(1) if found.group(1) else found.start(2)
        end, trade = found.end(), None
        if found.group(1) and _HAN.match(text, end):
            end, trade = _kanji_trade(text, end, registries)
            if trade is None:
                continue  # the name goes on in kanji the list cannot read: not all read
        english = _katakana_english(run, registries, known=trade is not None)
        if english is None:
            continue
        english = f"{english} {trade}" if trade else english
        start = found.start()
        if found.group(2) and _HAN.match(text, run_start - 1):
            place = next((m for m in places.matches if m.end == run_start), None)
            if place is None or _country_of_place(registries, place) != "JP":
                continue  # kanji no registry place opens the name ("北陸ケアサービス")
            partner = registries.partners[place.target[1]]  # type: ignore[index]
            english = f"{_UNIT_WORD.sub('', partner.name_en)} {english}"
            start = place.start
        country, start = _script_country(
            registries, "ja", text, start, places, company_words(registries, "ja")
        )
        if country is None or country == _VIETNAM:
            continue
        yield Body(start, end, _company(country, english))


def _japanese_kanji_names(registries: Registries, text: str, places: _Places) -> Iterator[Body]:
    """Companies named in kanji after their form by a region or a place of Japan and their
    trade ("株式会社北陸精機": Hokuriku Seiki, "株式会社富山工業": Toyama Kogyo): the region's
    reading (``company_kanji_regions``) or the registry place's name, and the trade's, as such
    companies sign in Latin letters. Other kanji may be a family name Hepburn cannot read from
    the characters: left alone."""
    for found in re.finditer(rf"{_JA_FORM}[ \t]*(?=[{char_class('Han')}])", text):
        own = _kanji_own(registries, text, found.end(), places)
        if own is None:
            continue
        kana = _KATAKANA.match(text, own[0])
        end, trade = _kanji_trade(text, own[0] if kana is None else kana.end(), registries)
        english = None
        if kana is not None:
            # "株式会社美濃ケアサービス": the region, then a katakana name (and a trade's kanji).
            english = _katakana_english(kana.group(0), registries, known=bool(trade))
            if english is None:
                continue
        if not trade and english is None:
            continue
        country, start = _script_country(
            registries, "ja", text, found.start(), places, company_words(registries, "ja")
        )
        if country is None or country == _VIETNAM:
            continue
        name = " ".join(part for part in (own[1], english, trade) if part)
        yield Body(start, end, _company(country, name))


# A company's own name in hiragana right after its form, closed by a trade's kanji
# ("株式会社みちのく農機": Michinoku Noki); a run opening with a particle is the sentence going on
# after a name that ended at the form ("…株式会社の工場").
_JA_HIRAGANA_NAME = re.compile(rf"{_JA_FORM}[ \t]*([ぁ-ゖー]{{2,8}})(?=[{char_class('Han')}])")
_JA_PARTICLES = frozenset("はがをにでともへやのか")
_KANA_SHIFT = 0x60  # how far katakana lies from hiragana in Unicode


def _japanese_hiragana_names(registries: Registries, text: str, places: _Places) -> Iterator[Body]:
    """Companies whose own name after their form is written in hiragana and closed by a trade's
    kanji ("株式会社みちのく農機": Michinoku Noki): hiragana spells its sounds, so Hepburn reads
    it as the company signs, and the trade's word as in :func:`_japanese_kanji_names`. Without
    a trade word the list knows, the run may be any words: left alone."""
    for found in _JA_HIRAGANA_NAME.finditer(text):
        run = found.group(1)
        if run[0] in _JA_PARTICLES:
            continue
        end, trade = _kanji_trade(text, found.end(), registries)
        if not trade:
            continue
        katakana = "".join(chr(ord(char) + _KANA_SHIFT) if char != "ー" else char for char in run)
        country, start = _script_country(
            registries, "ja", text, found.start(), places, company_words(registries, "ja")
        )
        if country is None or country == _VIETNAM:
            continue
        reading = to_latin(katakana, "ja").capitalize()
        yield Body(start, end, _company(country, f"{reading} {trade}"))


def _japanese_names_before_form(
    registries: Registries, text: str, places: _Places
) -> Iterator[Body]:
    """Companies whose kanji name stands before their form ("播州精機株式会社": Banshu Seiki,
    "北陸ケアサービス株式会社": Hokuriku Care Service): a region of Japan or a Japanese registry
    place, then a trade's kanji or a katakana name, read as in :func:`_japanese_kanji_names`;
    a registry place before katakana alone is the katakana rule's (:func:`_japanese_loanwords`).
    More kanji before the region may be a family name's: left alone."""
    for form in re.finditer(_JA_FORM, text):
        position, trades = _kanji_trade_before(text, form.start(), registries)
        kana = _KATAKANA_BEFORE.search(text, max(0, position - _MAX_KANA), position)
        english = None
        if kana is not None:
            english = _katakana_english(kana.group(0), registries, known=bool(trades))
            if english is None:
                continue
            position = kana.start()
        if not trades and english is None:
            continue
        own = _kanji_own_before(registries, text, position, places, region_only=not trades)
        if own is None:
            continue
        start, reading = own
        if start > 0 and _HAN.match(text, start - 1) and text[start - 1] not in _RUN_STOPS:
            continue
        country, start = _script_country(
            registries, "ja", text, start, places, company_words(registries, "ja")
        )
        if country is None or country == _VIETNAM:
            continue
        name = " ".join(part for part in (reading, english, trades) if part)
        yield Body(start, form.end(), _company(country, name))


_KATAKANA_BEFORE = re.compile(rf"{_KATAKANA_NAME}$")
_MAX_KANA = 20


def _kanji_trade_before(text: str, end: int, registries: Registries) -> tuple[int, str]:
    """Where the kanji words for a trade closing a name right before ``end`` start, and their
    Latin spelling ("" when none)."""
    words = _loanwords(registries, "ja", "company_kanji")
    read: list[str] = []
    position = end
    while True:
        word = next(((w, en) for w, en in words if text.endswith(w, 0, position)), None)
        if word is None:
            return position, " ".join(read)
        read.insert(0, word[1])
        position -= len(word[0])


def _kanji_own_before(
    registries: Registries, text: str, end: int, places: _Places, region_only: bool
) -> tuple[int, str] | None:
    """Where the region of Japan or the Japanese registry place ending at ``end`` starts, and
    its reading (a region only with ``region_only``)."""
    region = next(
        ((w, en) for w, en in _loanwords(registries, "ja", "company_kanji_regions")
         if text.endswith(w, 0, end)),
        None,
    )  # fmt: skip
    if region is not None:
        return end - len(region[0]), region[1]
    if region_only:
        return None
    place = next((m for m in places.overlapping(end - 1, end) if m.end == end), None)
    if place is None or _country_of_place(registries, place) != "JP":
        return None
    partner = registries.partners[place.target[1]]  # type: ignore[index]
    return place.start, _UNIT_WORD.sub("", partner.name_en)


def _kanji_own(
    registries: Registries, text: str, position: int, places: _Places
) -> tuple[int, str] | None:
    """Where a kanji company name's own part ends and its reading: a region of Japan its firms
    name themselves after, or a Japanese registry place; None for other kanji."""
    region = next(
        ((w, en) for w, en in _loanwords(registries, "ja", "company_kanji_regions")
         if text.startswith(w, position)),
        None,
    )  # fmt: skip
    if region is not None:
        return position + len(region[0]), region[1]
    place = next(
        (m for m in places.overlapping(position, position + 1) if m.start == position), None
    )
    if place is None or _country_of_place(registries, place) != "JP":
        return None
    partner = registries.partners[place.target[1]]  # type: ignore[index]
    return place.end, _UNIT_WORD.sub("", partner.name_en)


def _kanji_trade(text: str, position: int, registries: Registries) -> tuple[int, str | None]:
    """Where the kanji words for a trade right after a company's katakana end, and their Latin
    spelling ("精機": Seiki); None when other kanji follow, which Hepburn cannot read."""
    words = _loanwords(registries, "ja", "company_kanji")
    read: list[str] = []
    while _HAN.match(text, position):
        word = next(((w, en) for w, en in words if text.startswith(w, position)), None)
        if word is None:
            return position, None
        read.append(word[1])
        position += len(word[0])
    return position, " ".join(read)


def _katakana_english(run: str, registries: Registries, known: bool = False) -> str | None:
    """The English of a katakana name: the known words it ends in, each word of a name split by
    "・" read alike, and the rest read in Hepburn; None without a known word (``known``: the
    name closes in a trade's kanji word already read)."""
    english: list[str] = []
    for part in run.split("・"):
        words: list[str] = []
        part = part.strip("ー")
        while part:
            word = next(
                ((w, en) for w, en in _loanwords(registries, "ja") if part.endswith(w)), None
            )
            if word is None:
                break
            words.insert(0, word[1])
            part = part[: -len(word[0])]
        if part:
            if len(part) < _MIN_OWN_KANA:
                return None  # a word the list does not know, cut short
            words.insert(0, to_latin(part, "ja"))
        known = known or len(words) > (1 if part else 0)
        english += glued_katakana_words(words)
    return " ".join(english) if known else None


# ---------------------------------------------------------------- English written in Hangul

_KO_FORM = re.compile(r"㈜|\(주\)|주식회사")
# A company's Hangul name right after its legal form ("㈜한빛테크는", "주식회사 한빛테크"), or
# right before the forms written after a name ("한빛테크(주)", "한빛테크 주식회사"); the particle
# a name takes is read off the first (_KO_PARTICLES).
_KO_AFTER_FORM = re.compile(r"(?:㈜|\(주\)|주식회사)[ \t]*([가-힣]{2,14})")
_KO_BEFORE_FORM = re.compile(r"(?<![가-힣])([가-힣]{2,14})(?:\(주\)|[ \t]+주식회사)")
# The particles a Korean name takes right after it ("㈜한빛테크는", "㈜한빛테크와"): no part of it.
_KO_PARTICLES = frozenset(
    {"", "은", "는", "이", "가", "을", "를", "과", "와", "의", "에", "도", "로", "으로", "에서",
     "과의", "와의", "에게", "측", "이다", "와도", "과도"}
)  # fmt: skip


def _korean_loanwords(registries: Registries, text: str, places: _Places) -> Iterator[Body]:
    """Companies whose Hangul name after or before their legal form ends in words written in
    English abroad ("㈜한빛테크": Hanbit Tech, "㈜동성정밀": Dongseong Precision): those words in
    English, the rest in Revised Romanization, as such companies sign in Latin letters. A name
    with no known word at its end may be all Korean, whose reading is no name they use: left
    alone."""
    after = list(_KO_AFTER_FORM.finditer(text))
    starts = [a.start() for a in after]
    # The name after a form is read first; the after-matches never overlap one another, so
    # the last one starting before a name's end is the only one that may reach it.
    before = [
        f
        for f in _KO_BEFORE_FORM.finditer(text)
        if not (index := bisect.bisect_left(starts, f.end())) or after[index - 1].end() <= f.start()
    ]
    for found in (*after, *before):
        english = _hangul_english(found.group(1), registries, particles=found in after)
        if english is None or _VIETNAMESE_BRAND.match(fold(english)):
            continue
        country, start = _script_country(
            registries, "ko", text, found.start(), places, company_words(registries, "ko")
        )
        if country is None or country == _VIETNAM:
            continue
        yield Body(start, found.end(), _company(country, english))


def _hangul_english(run: str, registries: Registries, particles: bool) -> str | None:
    """The English name of a Hangul company name: the known words it closes with (before a
    particle, when ``particles``), the Korean words before them romanized; None without a known
    word closing it or a word of its own before."""
    words = _loanwords(registries, "ko")
    for cut in range(len(run), 0, -1):
        if run[cut:] not in _KO_PARTICLES or (run[cut:] and not particles):
            continue
        name, english = run[:cut], []
        while (word := next(((w, en) for w, en in words if name.endswith(w)), None)) is not None:
            english.insert(0, word[1])
            name = name[: -len(word[0])]
        if english and len(name) >= _MIN_OWN_KANA:
            return " ".join([korean_place(name, firm=True), *english])
    return None


def _country_of_place(registries: Registries, match: Match) -> str | None:
    if match.target[0] != PARTNER:  # type: ignore[index]
        return None
    partner = registries.partners.get(match.target[1])  # type: ignore[index]
    if partner is None or partner.kind not in ("region", "city"):
        return None
    return partner.country


def native_company_spans(lang: str, text: str) -> list[tuple[int, int]]:
    """The spans of companies named in Chinese or Japanese letters with their legal form
    ("神戸マリンサービス株式会社", "广西北港物流集团有限公司"): a place inside one is the company's,
    named only to say where it is, not a partner of its own there."""
    if lang not in ("zh", "ja"):
        return []
    spans = []
    for form in _NATIVE_FORMS.finditer(text):
        start = _run_start(text, form.start())
        if form.start() - start >= _MIN_NATIVE_NAME:
            spans.append((start, form.end()))
    return spans
