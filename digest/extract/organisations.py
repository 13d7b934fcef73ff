"""Foreign organisations named by what they are and whose they are: an embassy, a consulate
(general), a ministry, a university or a chamber of commerce of a country the article names.

Registries list organisations that come back (JICA, KOICA, Busan Port Authority); most embassies,
consulates and ministries are named once, and an article that names one means that organisation,
never the whole country (issue 13: a country never stands in for one of its organisations). They
are drafted as organisations the registry does not list, with ``partners`` for review:

* ``<iso2>-embassy``, ``<iso2>-consulate-general``, ``<iso2>-consulate``: the word for the mission
  in the article's language with the country right after it ("Embassy of Japan", "Đại sứ quán
  Nhật Bản", "посольство Японии", "سفارة اليابان", "สถานทูตญี่ปุ่น") or right before it ("日本大使館",
  "일본대사관", "Japan's embassy", "老挝驻岘港总领事馆"), with only a linking word between;
  named bare ("посольство поддержит", "le Consulat général souhaitait"), the one of that kind
  the article named before with its country, by its own word or its head's title ("la consule
  générale de France"), and none where the article named none (the visitors' call at "the
  embassy" in Seoul is at Vietnam's);
* a country's chamber of commerce named by its nationality ("Camera di Commercio Italiana in
  Vietnam": ``it-italian-chamber-of-commerce-in-vietnam``);
* in English, ``<iso2>-ministry-of-<portfolio>`` ("the Ministry of Commerce of Cambodia",
  "Cambodia's Ministry of Commerce"), and a university or chamber whose name holds a foreign
  place or country ("Korea Chamber of Commerce and Industry", "University of Nagano"):
  ``<iso2>-<slug of the name>``. Other languages name a portfolio in words the drafting cannot
  put into English for an id, so their ministries are left to the editor.

Vietnam's own missions and ministries are never partners. The words are a closed list per
language, so they live here beside the rule that reads them.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator

from digest.extract.acronyms import ACRONYM, INTERNATIONAL
from digest.extract.article_frame import framed
from digest.extract.demonyms import Demonym, find_demonyms
from digest.extract.gazetteer import PARTNER, PROVINCE, Match
from digest.extract.people_lexicon import lexicon
from digest.extract.translit import is_vi_syllable
from digest.extract.unlisted import Body, Unlisted
from digest.extract.vietnam_places import vietnam_names
from digest.registries import Registries
from digest.text import fold, same_length_fold, slugify

_VIETNAM = "vn"
# Mission kind -> (id suffix, English name), most specific first: a consulate general is not
# also a consulate.
_MISSIONS = (
    ("consulate-general", "Consulate General"),
    ("embassy", "Embassy"),
    ("consulate", "Consulate"),
)
# Arabic glues "and", "so", "with/in" and "to/for" to the word after them ("وسفارة دولة
# الإمارات": and the Embassy of the UAE; "للسفارة", ل before the article, drops its alif); the
# mission's own word opens at ``_AR_OWN_WORD``.
_AR_PROCLITIC = r"(?:[وف]?[بل]|[وف])?"
_AR_OWN_WORD = re.compile(r"(?:ال|ل)?(?:سفارة|قنصلية)")
_MISSION_WORDS: dict[str, dict[str, str]] = {
    "consulate-general": {
        "en": r"consulate[- ]general|general consulate", "vi": r"tổng lãnh sự quán",
        "fr": r"consulat général", "es": r"consulado general", "it": r"consolato generale",
        "pt": r"consulado[- ]geral", "de": r"generalkonsulat\w*",
        "pl": r"konsulat\w* generaln\w*", "ru": r"генеральн\w+ консульств\w*",
        "uk": r"генеральн\w+ консульств\w*",
        "ar": rf"{_AR_PROCLITIC}(?:(?:ال|ل)?قنصلية (?:ال)?عامة)",
        "th": r"สถานกงสุลใหญ่", "hi": r"महावाणिज्य दूतावास", "zh": r"总领事馆|總領事館",
        "ja": r"総領事館", "ko": r"총영사관",
    },
    "embassy": {
        "en": r"embassy", "vi": r"đại sứ quán", "fr": r"ambassade", "es": r"embajada",
        "it": r"ambasciata", "pt": r"embaixada", "de": r"botschaft", "pl": r"ambasad\w*",
        "ru": r"посольств\w*", "uk": r"посольств\w*",
        "ar": rf"{_AR_PROCLITIC}(?:(?:ال|ل)?سفارة)",
        "th": r"สถานเอกอัครราชทูต|สถานทูต", "hi": r"दूतावास", "zh": r"大使馆|大使館",
        "ja": r"大使館", "ko": r"대사관",
    },
    "consulate": {
        "en": r"consulate", "vi": r"lãnh sự quán", "fr": r"consulat", "es": r"consulado",
        "it": r"consolato", "pt": r"consulado", "de": r"konsulat\w*", "pl": r"konsulat\w*",
        "ru": r"консульств\w*", "uk": r"консульств\w*",
        "ar": rf"{_AR_PROCLITIC}(?:(?:ال|ل)?قنصلية)",
        "th": r"สถานกงสุล", "hi": r"वाणिज्य दूतावास", "zh": r"领事馆|領事館", "ja": r"領事館",
        "ko": r"영사관",
    },
}  # fmt: skip
_UNSPACED = frozenset({"zh", "ja", "ko", "th"})


@functools.cache
def _bounded(words: str, lang: str) -> re.Pattern[str]:
    """A pattern of ``words`` as whole words, where the language spaces its words, read without
    regard to case (compiled once: the regex module's own cache is too small for drafting)."""
    pattern = rf"(?:{words})" if lang in _UNSPACED else rf"(?<!\w)(?:{words})(?!\w)"
    return re.compile(pattern, re.IGNORECASE)


_PLACES = frozenset({"country", "region", "city", "district"})
# What may stand between a mission word and the country after it ("Embassy of the", "ambassade
# du", "ambasciata dell'"), folded.
_LINKS_AFTER = frozenset(
    {"", "of", "of the", "du", "de", "de la", "des", "d'", "del", "della", "dell'", "di", "do",
     "da", "dos", "das", "von", "der", "the"}
)  # fmt: skip
# ... and between the country and a mission word after it: a possessive, the bare apostrophe
# of a name ending in "s" included ("Laos' Ministry of Planning and Investment"), or "stationed
# in X" (驻岘港, 주베트남, 在ベトナム).
_LINK_BEFORE = re.compile(r"^(?:|'s|’s|'|’|s|的|का|के|की|[驻駐在주][\w]{0,8})$")
_MAX_LINK_CHARS = 12
# ... or the state's long form, folded: "Embajada de la República de Cuba", "ambassade de la
# République populaire de Chine", "Embaixada da República Federativa do Brasil", "Embassy of the
# Socialist Republic of", "посольство Республики Беларусь", "سفارة دولة الإمارات" (the country's
# name after it is matched on its own).
_REPUBLIC = re.compile(
    r"(?:of the|de la|da|della|der|von der)?\s*(?:\w+\s+)?"
    r"(?:republic|republique|republica|repubblica|republik|bundesrepublik"
    # ... or a kingdom's ("Embajada del Reino de España", "سفارة مملكة كمبوديا").
    r"|kingdom|royaume|reino|regno|konigreich|krolestw\w*|королевств\w*|королівств\w*|المملكة|مملكة"
    # Russian and Ukrainian "Республика Беларусь" in any case, Arabic "دولة" (State of) and
    # "جمهورية" ("سفارة دولة الإمارات").
    r"|республик\w*|республік\w*|دولة|جمهورية"
    # ... and Polish "Rzeczpospolita" in any case ("Ambasada Rzeczypospolitej Polskiej").
    r"|rzeczpospolit\w*|rzeczypospolit\w*)"
    r"(?:\s+(?!of\b|de\b|do\b|da\b|di\b|del\b|della\b|du\b)\w+){0,2}"
    r"\s*(?:of the|of|de la|de l'|de|du|des|d'|do|da|dos|das|di|del|della|dell')?"
)
_MAX_REPUBLIC_CHARS = 45
# A capitalised word of a body's name after "of". A possessive closes the name: "the Ministry of
# Foreign Affairs and Trade's Manaaki fund" is the ministry's fund, "the University of
# Queensland's Gatton campus" the university's campus.
_OF_WORD = r"[A-Z][\w-]*(?:['’](?!s\b)[\w-]*)*"
# Some countries call their ministries departments (Australia's Department of Foreign Affairs
# and Trade, the US Department of Agriculture): named with the country, it is the ministry.
_MINISTRY = re.compile(
    rf"\b(Ministry|Department) of ((?:the )?{_OF_WORD}(?:,? (?:and |& )?{_OF_WORD})*)"
)
# A determiner opening a sentence is no word of the name: "The University of Tasmania" is the
# University of Tasmania, not a body called "The University".
_NAMED_BODY = re.compile(
    rf"\b((?:University of {_OF_WORD}(?: {_OF_WORD}){{0,2}})"
    # A chamber named with its place after it ("the Chamber of Commerce and Industry of Western
    # Australia"), as a university is.
    r"|(?:Chamber of Commerce(?: and Industry)? of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})"
    r"|(?:(?!(?:The|A|An|This|Its|Their|Our) )[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
    # A university named by its own words and what it teaches after "of" ("the Mongolian
    # University of Life Sciences"): what follows "of" is the name's, up to a lower-case word.
    rf" (?:University(?: of {_OF_WORD}(?: (?:and |& )?{_OF_WORD}){{0,3}}| Medical Cent(?:er|re))?"
    r"|Chamber of Commerce(?: and Industry)?"
    r"|Chamber of Industry and Commerce"
    r"|Hospital"
    # A place's public body by what it is ("Gunma International Exchange Association", "the
    # Thakhek Specific Economic Zone Authority"), named only with a foreign place (_PLACED_ONLY).
    # Not a council (a British town's is its government) nor a corporation (a company's).
    r"|(?:Association|Authority|Agency|Institute|Cent(?:er|re)|College)(?! of\b)"
    # A place's technology park ("Chungnam Techno Park", "Gyeonggi Technopark"), named only
    # with a foreign place (_PLACED_ONLY), and a port's own body, named in the plural by its
    # port ("Fremantle Ports": Vietnam names a port in the singular, "Cai Lan Port").
    r"|Techno ?[Pp]ark|Ports))"
    # A school named for what it studies ("the Menzies School of Health Research"): what
    # follows "of" is the name's, up to a lower-case word.
    # A possessive is no word of it ("the university's School of Agriculture").
    rf"|(?:(?!(?:The|A|An|This|Its|Their|Our) ){_OF_WORD}(?: {_OF_WORD}){{0,2}}"
    rf" School of {_OF_WORD}(?: (?:and |& )?{_OF_WORD}){{0,4}})"
    # An association or federation of a trade, named after its place ("Yunnan Association of
    # Small and Medium Enterprises"): what follows "of" is the name's, up to a lower-case word.
    r"|(?:(?!(?:The|A|An|This|Its|Their|Our) )[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
    r" (?:Association|Federation) of (?:the )?[A-Z][\w'’-]*(?: (?:and |& )?[A-Z][\w'’-]*){0,5})"
    # A cooperative or a foundation by its own name ("the Murray Valley Grains Cooperative",
    # "the Hanmaeum Medical Foundation"): two to four capitalised words before the kind.
    r"|(?:(?!(?:The|A|An|This|Its|Their|Our) )[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,3}"
    r" (?:Co-operative|Cooperative|Foundation)))\b"
)
_VIETNAM_WORD = re.compile(r"\bViet ?nam(?:ese)?\b", re.IGNORECASE)
# Kinds of body that Vietnam names in English the same way ("Provincial General Hospital",
# "Provincial Association of Young Entrepreneurs"): one is foreign only where its name holds a
# foreign place a registry knows (Royal Melbourne Hospital, Yunnan Association of ...).
_PLACED_ONLY = re.compile(
    r" (?:Hospital|Association|Authority|Agency|Institute|College|Techno ?[Pp]ark)$"
    r"|(?<!University Medical) Cent(?:er|re)$| (?:Association|Federation) of "
)
# A cooperative or a foundation named by its own words: Vietnam's own are named in English by
# their commune or founder ("Tan Phu Agricultural Cooperative", "Thien Tam Foundation"), so a
# name holding any word shaped like a Vietnamese syllable is no foreign body, nor one whose name
# says it is international ("Asia Foundation").
_OWN_NAMED = re.compile(r" (?:Co-operative|Cooperative|Foundation)$")

# A national body named by its nationality and what it is ("the Australian Centre for
# International Agricultural Research", "the Korean Institute of Science"): the adjective says
# whose it is.
_NATIONAL_BODY = re.compile(
    r"\b([A-Z][a-z]+ (?:Centre|Center|Institute|Agency|Council|Foundation|Academy|Corporation)"
    r" (?:for|of) (?:the )?[A-Z][\w'’-]*(?: (?:and |& )?[A-Z][\w'’-]*){0,4})"
)


def find_organisations(
    registries: Registries, lang: str, text: str, matches: list[Match]
) -> list[Body]:
    """The foreign organisations ``text`` names by their kind and country (see the module), in
    the order they are named, with where their names stand."""
    return sorted(_found(registries, lang, text, matches), key=lambda body: body.start)


def _found(registries: Registries, lang: str, text: str, matches: list[Match]) -> Iterator[Body]:
    countries = [m for m in matches if m.target[0] == PARTNER and _kind(registries, m) == "country"]
    taken: list[tuple[int, int]] = []
    titles = [
        (start, end)
        for start, end, _, term in lexicon(lang).titles.find(same_length_fold(text), "title")
        if not term.ordinary and term.id not in _SPEAKS_FOR
    ]
    missions: set[str] = set()
    foreign = _one_foreign_country(registries, matches)
    in_vietnam = {
        m.start
        for m in matches
        if m.target[0] == PROVINCE or (m.target[0] == PARTNER and m.target[1] == _VIETNAM)
    }
    for suffix, english in _MISSIONS:
        words = _MISSION_WORDS[suffix].get(lang)
        if words is None:
            continue
        bounded = _bounded(words, lang)
        # Where this kind of mission was last named with its country, by its own word or by
        # its head's title: named again bare, it is that mission ("советник Посольства России
        # ... посольство поддержит", "la consule générale de France ... le Consulat général").
        named = _Named(functools.partial(_heads, registries, lang, text, suffix, countries))
        for word in bounded.finditer(text):
            if any(word.start() < end and start < word.end() for start, end in taken):
                continue
            country = _country_id(registries, lang, text, word.start(), word.end(), countries)
            if country is None and _vietnams(lang, text, word.start(), word.end()):
                country = _VIETNAM
            posted = _posted_in(lang, text, word.end(), in_vietnam)
            if country is not None:
                named.mission(word.start(), country)
            elif posted == "vietnam":
                # Named only by where in Vietnam it is ("สถานกงสุลใหญ่ ณ นครโฮจิมินห์", "the
                # Embassy in Hanoi"): foreign, and the article's one foreign country's, or else
                # the country its head was named with before ("เอกอัครราชทูตไทยประจำเวียดนาม ...
                # สถานเอกอัครราชทูต ณ กรุงฮานอย", beside Laos named in passing).
                country = foreign or named.before(word.start())
            elif posted is None:
                country = named.before(word.start())
            if country is None or country == _VIETNAM:
                continue
            own = _own_word_start(lang, word)
            taken.append((own, word.end()))
            if lang not in _HEAD_FINAL and _in_a_title(text, word.start(), titles):
                continue  # the country's: "Agricultural Counsellor of the Embassy of Japan"
            partner = registries.partners[country]
            missions.add(partner.country or partner.id.upper())
            yield Body(
                own,
                word.end(),
                Unlisted(
                    id=f"{partner.id}-{suffix}",
                    name_en=f"{english} of {partner.name_en}",
                    country=partner.country or partner.id.upper(),
                    kind="organisation",
                ),
            )
    yield from _red_cross_societies(registries, lang, text, matches, countries)
    yield from _national_chambers(registries, lang, text)
    yield from _national_chambers_adjective_first(registries, lang, text)
    yield from _national_institutes_word_last(registries, lang, text)
    if lang == "en":
        yield from _english_bodies(registries, text, matches, countries, missions)


# A country's own national bodies glue a name of the country before their words that is no
# place name of its own: Korean 대한 (대한상공회의소, the Korea Chamber of Commerce and Industry;
# 대한적십자사, the Korean Red Cross), which elsewhere is a word of its own ("협력에 대한": about
# cooperation), spaced.
NATIONAL_PREFIX = {"ko": ("대한", "kr")}
# The words for a national Red Cross (or Red Crescent) society, by language.
_RED_CROSS = {
    "en": r"red cross(?: society)?|red crescent(?: society)?", "fr": r"croix-rouge",
    "es": r"cruz roja", "it": r"croce rossa", "pt": r"cruz vermelha",
    "de": r"(?:rote[sn]?|roten) kreuz(?:es)?", "pl": r"czerwon\w* krzyż\w*",
    "ru": r"красн\w* крест\w*", "uk": r"червон\w* хрест\w*",
    "zh": r"红十字会|紅十字會", "ja": r"赤十字社", "ko": r"적십자사", "th": r"สภากาชาด",
    "hi": r"रेड क्रॉस(?: सोसाइटी)?", "ar": r"الهلال الأحمر|الصليب الأحمر",
    "vi": r"chữ thập đỏ",
}  # fmt: skip
# Where a society's name says "society" (English then names it a Red Cross Society): a word of
# the match itself ("Red Cross Society", "रेड क्रॉस सोसाइटी"), the word before it ("Товариство
# Червоного Хреста", "جمعية الهلال الأحمر"), or the whole kind word in the languages whose
# word holds it (红十字会, 赤十字社, สภากาชาด). Others are the "German Red Cross", the "Spanish
# Red Cross", the "Korean Red Cross" (대한적십자사), as those societies name themselves.
_RED_CROSS_SOCIETY_WORD = re.compile(r"society|सोसाइटी", re.IGNORECASE)
_RED_CROSS_SOCIETY_BEFORE = re.compile(
    r"(?:товариств\w*|обществ\w*|towarzystw\w*|جمعية)\s+$", re.IGNORECASE
)
_RED_CROSS_SOCIETY_LANGS = frozenset({"zh", "ja", "th"})
_RED_CRESCENT = re.compile(r"crescent|الهلال", re.IGNORECASE)
_RED_CROSS_BODY = re.compile(r"Red Cross|Red Crescent")
# Chinese and Japanese put the country's name before the kind word, as the societies' English
# names put it after (中国红十字会: Red Cross Society of China); elsewhere the country's name
# beside the words reads as its adjective ("Товариство Червоного Хреста України": Ukrainian
# Red Cross Society, "Hội Chữ thập đỏ Đức": German Red Cross).
_RED_CROSS_OF_COUNTRY = frozenset({"zh", "ja"})


def _red_cross_societies(
    registries: Registries, lang: str, text: str, matches: list[Match], countries: list[Match]
) -> Iterator[Body]:
    """A country's Red Cross society, named with its country or nationality beside the words
    ("भारतीय रेड क्रॉस सोसाइटी", "中国红十字会", "Croce Rossa Italiana", Korean 대한 glued before
    적십자사): "Indian Red Cross Society", "Red Cross Society of China", "Italian Red Cross".
    The international committee and federation are registry organisations; Vietnam's own
    society is no partner."""
    words = _RED_CROSS.get(lang)
    if words is None:
        return
    bounded = _bounded(words, lang)
    for word in bounded.finditer(text):
        if any(m.start < word.end() + 40 and word.start() - 40 < m.end
               and _is_red_cross_body(registries, m) for m in matches):  # fmt: skip
            continue  # the registry's ICRC or IFRC, whose name holds the words
        found = _red_cross_country(registries, lang, text, word, countries)
        if found is None:
            continue
        code, start, end = found
        if code == _VIETNAM or code not in registries.partners:
            continue
        english = _red_cross_english(registries, lang, text, word, code)
        if english is None:
            continue
        yield Body(start, end, Unlisted(
            id=f"{code}-{slugify(english)}", name_en=english, country=code.upper(),
            kind="organisation",
        ))  # fmt: skip


def _is_red_cross_body(registries: Registries, match: Match) -> bool:
    """Whether ``match`` is a registry Red Cross or Red Crescent body (the ICRC, the IFRC),
    not another organisation named nearby (KOICA beside 대한적십자사)."""
    if match.target[0] != PARTNER:
        return False
    partner = registries.partners.get(match.target[1])
    return (
        partner is not None
        and partner.kind == "organisation"
        and _RED_CROSS_BODY.search(partner.name_en) is not None
    )


def _red_cross_country(
    registries: Registries, lang: str, text: str, word: re.Match[str], countries: list[Match]
) -> tuple[str, int, int] | None:
    """The society's country (lower-case code) and the span of its name with the country's
    name, nationality or Korea's 대한 glued before it; None when none stands beside it."""
    named = country_beside(text, word.start(), word.end(), countries)
    if named is not None:
        code = str(named.target[1])
        return code, min(named.start, word.start()), max(named.end, word.end())
    prefix = NATIONAL_PREFIX.get(lang)
    if prefix is not None and text.endswith(prefix[0], 0, word.start()):
        return prefix[1], word.start() - len(prefix[0]), word.end()
    demonym = _demonym_next_to(registries, lang, text, word.start(), word.end())
    if demonym is None:
        return None
    code = demonym.country.lower()
    return code, min(demonym.start, word.start()), max(demonym.end, word.end())


def _red_cross_english(
    registries: Registries, lang: str, text: str, word: re.Match[str], code: str
) -> str | None:
    """The society's English name: its country's adjective, Red Cross or Red Crescent, and
    "Society" where its name says so (see ``_RED_CROSS_SOCIETY_WORD``)."""
    kind = "Red Crescent" if _RED_CRESCENT.search(word.group(0)) else "Red Cross"
    if (
        lang in _RED_CROSS_SOCIETY_LANGS
        or _RED_CROSS_SOCIETY_WORD.search(word.group(0))
        or _RED_CROSS_SOCIETY_BEFORE.search(text, max(0, word.start() - 20), word.start())
    ):
        kind += " Society"
    if lang in _RED_CROSS_OF_COUNTRY:
        return f"{kind} of {registries.partners[code].name_en}"
    adjective = (registries.vocabularies.demonyms.get(code.upper()) or {}).get("en")
    return f"{adjective[0]} {kind}" if adjective else None


# The words for a chamber of commerce, by language, and whether "and industry" follows; a
# nationality adjective right after them names a country's chamber abroad ("Camera di Commercio
# Italiana in Vietnam", "Cámara de Comercio Española", "Chambre de commerce et d'industrie
# française au Vietnam").
_SPACES = re.compile(r"[ \t]*")
_CHAMBERS = {
    lang: re.compile(rf"(?<!\w)(?:{words})(?P<industry>{industry})?(?!\w)", re.IGNORECASE)
    for lang, words, industry in (
        ("it", r"camera di commercio", r" e (?:dell')?industria"),
        ("fr", r"chambre de commerce", r" et d'industrie"),
        ("es", r"c[áa]mara (?:oficial )?de comercio", r" e industria"),
        ("pt", r"c[âa]mara de com[ée]rcio", r" e ind[úu]stria"),
    )
}  # fmt: skip


def _national_chambers(registries: Registries, lang: str, text: str) -> Iterator[Body]:
    """A country's chamber of commerce named by its nationality right after the words ("Camera
    di Commercio Italiana"): "Italian Chamber of Commerce", and "... in Vietnam" where the
    article says it is there, as such chambers name themselves. Vietnam's own is no partner."""
    chambers = _CHAMBERS.get(lang)
    if chambers is None:
        return
    # By where they start: a page may name thousands of chambers.
    _, demonyms = _demonym_edges(registries, lang, text)
    for chamber in chambers.finditer(text):
        demonym = demonyms.get(_SPACES.match(text, chamber.end()).end())  # type: ignore[union-attr]
        if demonym is None or demonym.country == _VIETNAM.upper():
            continue
        adjective = (registries.vocabularies.demonyms.get(demonym.country) or {}).get("en")
        if not adjective or demonym.country.lower() not in registries.partners:
            continue
        english = f"{adjective[0]} Chamber of Commerce"
        english += " and Industry" if chamber.group("industry") else ""
        end = demonym.end
        posted = _POSTED_IN[lang].match(text, end)
        rest = fold(text[posted.end() : posted.end() + 12]) if posted is not None else ""
        if posted is not None and any(rest.startswith(n) for n in vietnam_names(lang)):
            english, end = f"{english} in Vietnam", posted.end() + len(rest.split()[0])
        yield Body(chamber.start(), end, Unlisted.named(demonym.country, english))


# Russian and Ukrainian put a chamber's nationality before its words, in any case
# ("Белорусская торгово-промышленная палата", "Белорусской торгово-промышленной палаты").
_CHAMBERS_ADJECTIVE_FIRST = {
    "ru": re.compile(
        r"(?<!\w)(?:(?P<industry>торгово-промышленн)|торгов)[а-я]{1,3}\s+палат[а-я]{0,2}(?!\w)",
        re.IGNORECASE,
    ),
    "uk": re.compile(
        r"(?<!\w)(?:(?P<industry>торгово-промислов)|торгов)[а-яії]{1,3}\s+палат[а-яії]{0,2}(?!\w)",
        re.IGNORECASE,
    ),
}


def _national_chambers_adjective_first(
    registries: Registries, lang: str, text: str
) -> Iterator[Body]:
    """A country's chamber named by its nationality right before the words: "Belarusian
    Chamber of Commerce and Industry", as ``_national_chambers`` names them."""
    chambers = _CHAMBERS_ADJECTIVE_FIRST.get(lang)
    if chambers is None:
        return
    ending, _ = _demonym_edges(registries, lang, text)
    for chamber in chambers.finditer(text):
        end = chamber.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        demonym = ending.get(end)
        if demonym is None or demonym.country == _VIETNAM.upper():
            continue
        adjective = (registries.vocabularies.demonyms.get(demonym.country) or {}).get("en")
        if not adjective or demonym.country.lower() not in registries.partners:
            continue
        english = f"{adjective[0]} Chamber of Commerce"
        english += " and Industry" if chamber.group("industry") else ""
        yield Body(demonym.start, chamber.end(), Unlisted.named(demonym.country, english))


# A national institute named, as Hindi orders its words, by the nationality, what it studies
# and the institute's word last ("भारतीय प्रौद्योगिकी संस्थान": Indian Institute of Technology),
# "all" before the nationality naming the whole country ("अखिल भारतीय आयुर्वेद संस्थान": All
# India Institute of Ayurveda): by language, the institute's word and the word for "all".
_INSTITUTE_LAST = {"hi": ("संस्थान", "अखिल")}
# What may follow such a name when it names no campus: a clause's end, a bracket, a linking
# word. A place's name after the word names one of several (IIT Madras, IIM Ahmedabad), which
# the drafting cannot spell: that institute is left to the editor.
_NAME_ENDS_AFTER = {
    "hi": re.compile(r"[ \t]*(?:$|[,.;:()।\n]|(?:के|की|का|ने|से|में|पर|को|और|एवं|तथा|व)(?!\w))")
}


@functools.cache
def _institutes(registries: Registries, lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of a field and the institute's word after it in ``lang``, and each field's
    English (``subject_words: fields``)."""
    fields = (registries.vocabularies.organisations.get("subject_words") or {}).get("fields")
    studied = {
        str(form): str(field["en"])
        for field in fields or ()
        for form in (field.get("forms") or {}).get(lang) or ()
    }
    forms = "|".join(re.escape(f) for f in sorted(studied, key=len, reverse=True))
    return re.compile(rf"(?P<field>{forms})[ \t]+{_INSTITUTE_LAST[lang][0]}"), studied


def _national_institutes_word_last(registries: Registries, lang: str, text: str) -> Iterator[Body]:
    """A country's national institute named by its nationality, its field and its word, in
    that order (see ``_INSTITUTE_LAST``): "Indian Institute of Technology"."""
    words = _INSTITUTE_LAST.get(lang)
    if words is None or words[0] not in text:
        return
    named, studied = _institutes(registries, lang)
    ending, _ = _demonym_edges(registries, lang, text)
    for body in named.finditer(text):
        end = body.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        demonym = ending.get(end)
        if demonym is None or demonym.country == _VIETNAM.upper():
            continue
        if not _NAME_ENDS_AFTER[lang].match(text, body.end()):
            continue
        partner = registries.partners.get(demonym.country.lower())
        adjective = (registries.vocabularies.demonyms.get(demonym.country) or {}).get("en")
        if partner is None or not adjective:
            continue
        start, everything = demonym.start, words[1]
        whole = text[max(0, start - len(everything) - 1) : start].strip() == everything
        if whole:
            start -= len(everything) + 1
        english = f"{'All ' + partner.name_en if whole else adjective[0]} Institute of "
        english += studied[body["field"]]
        yield Body(start, body.end(), Unlisted.named(demonym.country, english))


def _demonym_next_to(
    registries: Registries, lang: str, text: str, start: int, end: int
) -> Demonym | None:
    """The nationality adjective right before or right after a name's words."""
    for demonym in find_demonyms(registries, lang, text):
        before = demonym.end <= start and not text[demonym.end : start].strip()
        after = end <= demonym.start and not text[end : demonym.start].strip()
        if before or after:
            return demonym
    return None


# Languages that put a person's body before the title ("한국대사관 정하늘 공사참사관",
# "日本大使馆参赞"): a title before a mission word there ends another person's phrase ("록
# 부위원장은 주베트남 한국대사관 ..."), never names the title's body.
_HEAD_FINAL = frozenset({"zh", "ja", "ko"})


def _vietnams(lang: str, text: str, start: int, end: int) -> bool:
    """Whether Vietnam's name, or its nationality's word, stands right beside a mission's word
    ("Embajada de Vietnam", "Tổng Lãnh sự quán Việt Nam", "the Vietnamese Consulate General",
    "越南驻南宁总领事馆"): no registry lists Vietnam as a partner, so the mission's country is
    read here, and the mission is Vietnam's own."""
    names = vietnam_names(lang)
    if lang in _UNSPACED:
        return any(name in fold(text[max(0, start - _MAX_LINK_CHARS) : start]) for name in names)
    after = fold(text[end : end + _MAX_LINK_CHARS + 10]).lstrip()
    for link in sorted(_LINKS_AFTER, key=len, reverse=True):
        if link and after.startswith(link + ("" if link.endswith("'") else " ")):
            after = after[len(link) :].lstrip()
            break
    before = fold(text[max(0, start - 30) : start]).split()
    words = [after, before[-1] if before else ""]
    return any(word.startswith(name) for word in words for name in names)


def _one_foreign_country(registries: Registries, matches: list[Match]) -> str | None:
    """The country of a mission named only by where in Vietnam it is ("สถานกงสุลใหญ่ ณ
    นครโฮจิมินห์", "the Embassy in Hanoi"): the article's one foreign country's; None when the
    article has none or several."""
    return (
        only_country(registries, matches) or only_organisations_country(registries, matches) or ""
    ).lower() or None


# The words for "in" between a mission and the place it is posted in, by language.
_POSTED_IN = {
    lang: re.compile(rf"\s*(?:{words})(?!\w)\s*", re.IGNORECASE)
    for lang, words in (
        ("en", r"in"), ("fr", r"à|au|en"), ("es", r"en"), ("it", r"a|in"), ("pt", r"em|no|na"),
        ("de", r"in"), ("pl", r"w"), ("ru", r"в|во"), ("uk", r"в|у"), ("vi", r"tại|ở"),
        ("ar", r"في"),
    )
}  # fmt: skip
# Thai glues words and names a capital, a city or a province with its unit word before it
# ("สถานเอกอัครราชทูต ณ กรุงฮานอย": the Embassy in the capital Hanoi).
# The registry's name may hold the unit word (นครโฮจิมินห์) or not (ฮานอย): both are tried.
_POSTED_IN["th"] = re.compile(r"\s*(?:ณ|ประจำ)\s*(?P<unit>กรุง|นคร|จังหวัด)?")


def _posted_in(lang: str, text: str, end: int, in_vietnam: set[int]) -> str | None:
    """Where a mission word ending at ``end`` says it is posted: "vietnam" when "in" and a
    Vietnamese province or Vietnam follow ("the Embassy in Hanoi": another country's),
    "abroad" when another place does ("l'ambassade à Paris": perhaps Vietnam's own), None
    when no "in" follows."""
    posted = _POSTED_IN.get(lang)
    found = posted.match(text, end) if posted is not None else None
    if found is None or not found.group(0).strip():
        return None
    places = {found.end(), found.start("unit")} if "unit" in posted.groupindex else {found.end()}
    return "vietnam" if places & in_vietnam else "abroad"


# The title of a mission's head, by the mission's kind and language: "the consul general of
# France" names France's consulate general as surely as its own word does. Only titles a
# country stands beside count (read as the mission's own word is, by ``_country_id``).
_HEAD_WORDS: dict[str, dict[str, str]] = {
    "consulate-general": {
        "en": r"consul[- ]general", "fr": r"consule? générale?", "es": r"cónsul general",
        "it": r"console generale", "pt": r"cônsul[- ]geral", "de": r"generalkonsul(?:in)?",
        "pl": r"konsul(?:a|em|owi)? generaln\w*", "ru": r"генеральн\w+ консул(?:а|ом|у)?",
        "uk": r"генеральн\w+ консул(?:а|ом|у)?", "vi": r"tổng lãnh sự(?! quán)",
        "zh": r"总领事(?![馆館])|總領事(?![馆館])", "ja": r"総領事(?!館)", "ko": r"총영사(?!관)",
        "ar": r"القنصل العام|القنصلة العامة|قنصل عام", "hi": r"महावाणिज्य दूत(?!ावास)",
        "th": r"(?<!สถาน)กงสุลใหญ่",
    },
    "embassy": {
        "en": r"ambassador", "fr": r"ambassadeur|ambassadrice", "es": r"embajador(?:a)?",
        "it": r"ambasciat(?:ore|rice)", "pt": r"embaixador(?:a)?", "de": r"botschafter(?:in)?",
        "pl": r"ambasador(?:a|em|owi)?", "ru": r"посол|посла|послом|послу",
        "uk": r"посол|посла|послом|послу", "vi": r"đại sứ(?! quán)",
        "zh": r"大使(?![馆館])", "ja": r"大使(?!館)", "ko": r"대사(?!관)",
        "ar": r"السفيرة|السفير|سفيرة|سفير", "hi": r"राजदूत",
        # The head's title is the mission's word without สถาน (premises).
        "th": r"(?<!สถาน)เอกอัครราชทูต",
    },
    "consulate": {
        "en": r"consul", "fr": r"consule?", "es": r"cónsul", "it": r"console", "pt": r"cônsul",
        "de": r"konsul(?:in)?", "pl": r"konsul(?:a|em|owi)?", "ru": r"консул(?:а|ом|у)?",
        "uk": r"консул(?:а|ом|у)?", "vi": r"lãnh sự(?! quán)",
        "zh": r"领事(?![馆館])|領事(?![馆館])", "ja": r"領事(?!館)", "ko": r"영사(?!관)",
    },
}  # fmt: skip


def _heads(
    registries: Registries, lang: str, text: str, suffix: str, countries: list[Match]
) -> list[tuple[int, str]]:
    """Where a head of this kind of mission is named with a foreign country, and the country."""
    words = _HEAD_WORDS[suffix].get(lang)
    if words is None:
        return []
    bounded = _bounded(words, lang)
    heads = []
    for word in bounded.finditer(text):
        if _vietnams(lang, text, word.start(), word.end()):
            heads.append((word.start(), _VIETNAM))
            continue
        country = _country_id(registries, lang, text, word.start(), word.end(), countries)
        if country is not None:
            heads.append((word.start(), country))
    return heads


class _Named:
    """The country a kind of mission was last named with before a position: by its heads'
    titles (all known at once, looked for when first needed: most texts name no mission bare)
    or by the mission's own word (met in order)."""

    def __init__(self, heads: Callable[[], list[tuple[int, str]]]) -> None:
        self._find_heads = heads
        self._heads: list[tuple[int, str]] | None = None
        self._starts: list[int] = []
        self._last: tuple[int, str] | None = None

    def mission(self, start: int, country: str) -> None:
        self._last = (start, country)

    def before(self, start: int) -> str | None:
        if self._heads is None:
            self._heads = self._find_heads()
            self._starts = [start for start, _ in self._heads]
        index = bisect.bisect_left(self._starts, start)
        head = self._heads[index - 1] if index else None
        latest = max((h for h in (head, self._last) if h is not None), default=None)
        return latest[1] if latest is not None else None


def _own_word_start(lang: str, word: re.Match[str]) -> int:
    """Where a mission's own word starts: after the words Arabic glues before it."""
    own = _AR_OWN_WORD.search(word.group(0)) if lang == "ar" else None
    return word.start() + own.start() if own is not None else word.start()


# A person's title this close before a mission makes it the person's affiliation.
_TITLE_WINDOW = 30
# ... but not a representative's: "a representative of the embassy" is how the embassy itself
# takes part (the golds draft it: "ممثل عن سفارة دولة الإمارات", "A representative of the US
# Embassy in Hanoi said").
_SPEAKS_FOR = frozenset({"representative"})
# A sentence ends at a mark and a capital, not at an abbreviation ("Radca ds. rolnictwa").
_SENTENCE_END = re.compile(r"[.!?؟।]\s+(?=[A-ZÀ-ÝĐА-ЯЁ])|[。！？\n]")
# ... and a clause opens at "that": the mission after it is its subject, no word of the title
# before ("أعلن السفير حمد الكعبي أن سفارة الإمارات ستنظم": the embassy will hold; Thai glues
# ว่า to the verb, "กล่าวว่า", and spells "more than" กว่า and "governor" ผู้ว่า with it).
_CLAUSE_OPENER = re.compile(r"(?<!\w)(?:أن|بأن|وأن|إن)(?!\w)|(?<![ก\u0e49])ว่า")


def _in_a_title(text: str, start: int, titles: list[tuple[int, int]]) -> bool:
    """Whether the mission word at ``start`` belongs to a person's title ("Agricultural
    Counsellor of the Embassy of Japan", "Radca ds. rolnictwa Ambasady Japonii"): there it names
    whom the person speaks for, the country, as a title's place does."""
    return any(
        0 <= start - end <= _TITLE_WINDOW
        and not _SENTENCE_END.search(text[end:start])
        and not _CLAUSE_OPENER.search(text[end:start])
        for _, end in titles
    )


def _kind(registries: Registries, match: Match) -> str:
    partner = registries.partners.get(match.target[1])
    return partner.kind if partner is not None else ""


def _country_id(
    registries: Registries, lang: str, text: str, start: int, end: int, countries: list[Match]
) -> str | None:
    """The registry id of the country named beside an organisation's word: by its name (see
    ``country_beside``) or by a nationality adjective right before or right after it ("the Lao
    Ministry of Agriculture", "the Korean Embassy", "l'ambassade japonaise")."""
    country = country_beside(text, start, end, countries)
    if country is not None:
        return str(country.target[1])
    by_end, by_start = _demonym_edges(registries, lang, text)
    left = start
    while left > 0 and text[left - 1].isspace():
        left -= 1
    before = by_end.get(left)
    after = by_start.get(_SPACES_AFTER.match(text, end).end())  # type: ignore[union-attr]
    for demonym in (before, after):
        if demonym is not None and demonym.country.lower() in registries.partners:
            return demonym.country.lower()
    return None


_SPACES_AFTER = re.compile(r"\s*")


# A page may name thousands of missions: each looks up the adjective beside it by position.
@functools.lru_cache(maxsize=4)
def _demonym_edges(
    registries: Registries, lang: str, text: str
) -> tuple[dict[int, Demonym], dict[int, Demonym]]:
    demonyms = find_demonyms(registries, lang, text)
    return {d.end: d for d in demonyms}, {d.start: d for d in demonyms}


def country_beside(text: str, start: int, end: int, countries: list[Match]) -> Match | None:
    for country in countries:
        # Only a short gap may link them: fold no more of a long page than that.
        near = end <= country.start <= end + _MAX_REPUBLIC_CHARS + _MAX_LINK_CHARS
        gap = fold(text[end : country.start]).strip() if near else None
        if gap is not None and len(gap) <= _MAX_LINK_CHARS and gap in _LINKS_AFTER:
            return country
        if gap is not None and len(gap) <= _MAX_REPUBLIC_CHARS and _REPUBLIC.fullmatch(gap):
            return country
        before = 0 <= start - country.end <= _MAX_LINK_CHARS
        if before and _LINK_BEFORE.match(text[country.end : start].strip()):
            return country
    return None


def _english_bodies(
    registries: Registries,
    text: str,
    matches: list[Match],
    countries: list[Match],
    missions: set[str],
) -> Iterator[Body]:
    yield from _english_ministries(registries, text, matches, countries)
    placed_abroad = foreign_places(registries, matches)
    for body in _NAMED_BODY.finditer(text):
        start = _place_joined_before(text, body.start(), matches)
        name = text[start : body.end()]
        inside = [
            m
            for m in matches
            if m.target[0] == PARTNER and start <= m.start and m.end <= body.end()
        ]
        if (
            _VIETNAM_WORD.search(name) and not _of_a_foreign_place(registries, name, inside)
        ) or any(
            m.target[1] in registries.partners and _listed(registries, m, name) for m in inside
        ):
            continue  # Vietnam's own, or a body the registry lists
        if inside:
            country = (registries.partners[inside[0].target[1]].country or "").lower()
        elif _PLACED_ONLY.search(name) or (
            _OWN_NAMED.search(name) and _vietnamese_or_international(name)
        ):
            continue
        else:
            country = _country_in_apposition(registries, text, body.end(), countries)
        if not country and not _shaped_vietnamese(name):
            # "Charles Darwin University" names no place a registry knows: an article about
            # one foreign country's side means that country's university; so does one whose
            # only foreign missions are one country's ("the British Consulate General").
            only = only_country(registries, matches)
            if only is None and len(missions) == 1:
                only = next(iter(missions))
            if only is None and not placed_abroad:
                only = _only_nationality(registries, text)
            if only is None:
                only = dominant_country(registries, text, matches)
            if only is None and not placed_abroad:
                only = framed()  # the outlet's domain or places, the money its figures are in
            country = (only or "").lower()
        if not country or country == _VIETNAM:
            continue
        yield Body(start, body.end(), Unlisted(
            id=f"{country}-{slugify(name)}", name_en=name, country=country.upper(),
            kind="organisation",
        ))  # fmt: skip

    yield from _national_bodies(registries, text)
    yield from _field_bodies(registries, text, matches)


# A foreign government's agency named by its field, then its region or country ("Agriculture
# Victoria", "Trade and Investment Queensland", "Tourism Australia"), or by its acronym, then
# its region ("TAFE Queensland"): the fields are a closed list. Not a portfolio after "for" or
# "of" (a minister's: "Minister for Trade and Investment Queensland"), nor words of a longer name
# (a capitalised word before them: "Vietnam Business Queensland Forum"); after the place, only a
# possessive, a word in small letters, a head's title or the clause's end.
_FIELDS = (
    "Trade|Investment|Invest|Agriculture|Tourism|Study|Education|Health|Business|Enterprise"
    "|Export|Wine|Transport|Water|Energy|Sport|Arts"
)
_FIELD_NAME = re.compile(rf"(?:(?:{_FIELDS})(?: (?:and|&) (?:{_FIELDS}))?|[A-Z]{{3,6}}) $")
_FIELD_BEFORE = re.compile(r"(?:^|[^\w'’&-])(?:[A-Z][\w'’-]*|for|of) $")
_FIELD_AFTER = re.compile(
    r"(?:['’]s\b|[ \t]+[a-z]|[ \t]+(?:Chief|Commissioner|Director|Minister|Chair|President"
    r"|Manager|Head|CEO)\b|[ \t]*(?:[,.;:)]|$))"
)
_FIELD_PLACES = frozenset({"country", "region"})


def _field_bodies(registries: Registries, text: str, matches: list[Match]) -> Iterator[Body]:
    """A foreign government's agency named by its field or acronym and its place (see
    ``_FIELD_NAME``): ``<iso2>-<slug of the name>``."""
    for match in matches:
        if match.target[0] != PARTNER or match.start < 4 or text[match.start - 1] != " ":
            continue
        partner = registries.partners.get(match.target[1])
        if partner is None or partner.kind not in _FIELD_PLACES:
            continue
        country = (partner.country or partner.id).lower()
        if country == _VIETNAM or match.surface != text[match.start : match.end]:
            continue
        name = _FIELD_NAME.search(text, max(0, match.start - 40), match.start)
        if name is None or not _FIELD_AFTER.match(text, match.end):
            continue
        if _FIELD_BEFORE.search(text, max(0, name.start() - 30), name.start()):
            continue
        if any(m.start < match.start and name.start() < m.end for m in matches):
            continue  # an acronym the registry knows ("JETRO Osaka")
        words = text[name.start() : match.end]
        yield Body(name.start(), match.end, Unlisted(
            id=f"{country}-{slugify(words)}", name_en=words, country=country.upper(),
            kind="organisation",
        ))  # fmt: skip


def _english_ministries(
    registries: Registries, text: str, matches: list[Match], countries: list[Match]
) -> Iterator[Body]:
    """A foreign country's ministry or department named in English with its country, or a
    foreign region's with its region."""
    regions = [m for m in matches if m.target[0] == PARTNER and _kind(registries, m) == "region"]
    for ministry in _MINISTRY.finditer(text):
        country = _country_id(registries, "en", text, ministry.start(), ministry.end(), countries)
        if country is None:
            region = _regions_department(registries, text, ministry, regions)
            if region is not None:
                yield region
            continue
        if country == _VIETNAM:
            continue
        partner = registries.partners[country]
        head, portfolio = ministry.group(1), ministry.group(2).removeprefix("the ")
        yield Body(
            ministry.start(),
            ministry.end(),
            Unlisted(
                id=f"{partner.id}-ministry-of-{slugify(portfolio)}",
                name_en=f"{head} of {portfolio} of {partner.name_en}",
                country=partner.country or partner.id.upper(),
                kind="organisation",
            ),
        )


def _regions_department(
    registries: Registries, text: str, ministry: re.Match[str], regions: list[Match]
) -> Body | None:
    """A foreign region's own department or ministry, the region named beside it as a country
    would be ("Khammouane Department of Public Works and Transport", "Queensland's Department of
    Primary Industries", "the Department of Industry and Commerce of Khammouane Province"):
    ``<iso2>-<region>-department-of-<portfolio>``, not its country's ministry."""
    region = country_beside(text, ministry.start(), ministry.end(), regions)
    if region is None:
        return None
    partner = registries.partners[region.target[1]]  # type: ignore[index]
    if partner.country is None or partner.country.lower() == _VIETNAM:
        return None
    head, portfolio = ministry.group(1), ministry.group(2).removeprefix("the ")
    place = partner.id.split("-", 1)[-1]
    return Body(
        min(region.start, ministry.start()),
        max(region.end, ministry.end()),
        Unlisted(
            id=f"{partner.country.lower()}-{place}-{slugify(f'{head} of {portfolio}')}",
            name_en=f"{partner.name_en} {head} of {portfolio}",
            country=partner.country,
            kind="organisation",
        ),
    )


# A second place joined to a body's name by "and": "Aberdeen and Grampian Chamber of Commerce".
_PLACE_AND = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? and $")
_NAME_CHAR = re.compile(r"[\w'’-]")
_ACRONYM_WORD = re.compile(r"[A-Z]{2,}(?![\w'’-])")


def _place_joined_before(text: str, start: int, matches: list[Match]) -> int:
    """Where a body's name starts that names two places joined by "and"; none of them may be
    a Vietnamese province ("Nghe An and Seoul National University" are two sides)."""
    joined = _PLACE_AND.search(text, max(0, start - 40), start)
    if joined is None or joined.end() != start or _capitalised_word_before(text, joined.start()):
        return start  # none, or the end of a longer name ("Kien Giang College and ...")
    if _ACRONYM_WORD.match(text, joined.start()):
        return start  # a body's acronym, no place: "led by DPIRD and Murdoch University"
    if any(m.target[0] == PROVINCE and joined.start() < m.end and m.start < start for m in matches):
        return start
    return joined.start()


def _capitalised_word_before(text: str, end: int) -> bool:
    """Whether a word holding a capital and a space end at ``end`` (the pattern
    ``[A-Z][\\w'’-]* $``), read back from there rather than searched from the text's start."""
    if end == 0 or text[end - 1] != " ":
        return False
    at = end - 1
    while at > 0 and _NAME_CHAR.match(text, at - 1):
        at -= 1
        if "A" <= text[at] <= "Z":
            return True
    return False


def _national_bodies(registries: Registries, text: str) -> Iterator[Body]:
    demonyms = find_demonyms(registries, "en", text)
    for body in _NATIONAL_BODY.finditer(text):
        if ACRONYM.match(text, body.end()):
            continue  # named with its acronym, which makes its id (digest.extract.acronyms)
        adjective = (body.start(1), body.start(1) + body.group(1).index(" "))
        country = next((d.country for d in demonyms if (d.start, d.end) == adjective), None)
        if country is None or country.lower() == _VIETNAM:
            continue
        name = body.group(1)
        yield Body(body.start(), body.end(), Unlisted.named(country, name))


# An association or federation named "of" its place (_NAMED_BODY).
_OF_ITS_PLACE = re.compile(r" (?:Association|Federation) of (?:the )?")


def _of_a_foreign_place(registries: Registries, name: str, inside: list[Match]) -> bool:
    """Whether an association or federation whose name holds Vietnam's name is one of the
    foreign place named after its "of", the words it ends with ("the Vietnam Veterans
    Friendship Association of Oregon": Vietnam is what its members share, Oregon whose it is)."""
    of = _OF_ITS_PLACE.search(name)
    if of is None or not inside:
        return False
    last = inside[-1]
    partner = registries.partners.get(last.target[1])
    return (
        partner is not None
        and partner.kind in _PLACES
        and (partner.country or "").lower() not in ("", _VIETNAM)
        and name.endswith(last.surface)
    )


def _vietnamese_or_international(name: str) -> bool:
    """Whether a body named by its own words may be Vietnam's or no country's (_OWN_NAMED)."""
    words = fold(_OWN_NAMED.sub("", name)).replace("-", " ").split()
    return any(is_vi_syllable(w) for w in words) or INTERNATIONAL.search(fold(name)) is not None


def _shaped_vietnamese(name: str) -> bool:
    """Whether every word of a body's name but its kind reads as a Vietnamese syllable ("Nong
    Lam University"): most likely Vietnam's own. What a university teaches is named in English
    after its own words ("Hue University of Medicine and Pharmacy"): only those are read."""
    own = name.split(" University of ", 1)[0]
    words = fold(own).replace("university", " ").split()
    return bool(words) and all(is_vi_syllable(w) for w in words)


def only_country(registries: Registries, matches: list[Match]) -> str | None:
    """The one foreign country (ISO code) the text's registry places lie in, if there is only
    one."""
    return one_country(registries, matches, _PLACES)


def one_country(
    registries: Registries, matches: list[Match], kinds: Collection[str] | None = None
) -> str | None:
    """The one foreign country (ISO code) of the text's registry partners of ``kinds`` (of
    every kind when None), if there is only one; an international body has none."""
    countries = set()
    for match in matches:
        kind, pid = match.target
        partner = registries.partners.get(pid) if kind == PARTNER else None
        if partner is not None and (kinds is None or partner.kind in kinds):
            countries.add(partner.country)
    countries -= {None, "", _VIETNAM.upper()}
    return str(next(iter(countries))) if len(countries) == 1 else None


def only_organisations_country(registries: Registries, matches: list[Match]) -> str | None:
    """The one foreign country of the registry's organisations the text names, when it names
    no foreign place: "l'université de Bordeaux" beside the AFD is France's."""
    if foreign_places(registries, matches):
        return None
    return one_country(registries, matches, ("organisation", "company"))


def dominant_country(registries: Registries, text: str, matches: list[Match]) -> str | None:
    """The foreign country an English text names far more than any other, by its name or its
    nationality (twice or more, and at least twice as often as the next): "the University of
    Adelaide" on a page that names Australia and things Australian throughout is Australia's,
    though New Zealand is named once for its own money."""
    named = Counter(
        registries.partners[m.target[1]].country or str(m.target[1]).upper()  # type: ignore[index]
        for m in matches
        if m.target[0] == PARTNER and _kind(registries, m) == "country"
    )
    # A country's letters before a currency sign name money, not the country ("US$180 million").
    named.update(
        d.country for d in find_demonyms(registries, "en", text) if text[d.end : d.end + 1] != "$"
    )
    named.pop(_VIETNAM.upper(), None)
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def foreign_places(registries: Registries, matches: list[Match]) -> bool:
    """Whether the text names a place the registries put outside Vietnam."""
    return any(
        m.target[0] == PARTNER
        and registries.partners[m.target[1]].kind in _PLACES  # type: ignore[index]
        and registries.partners[m.target[1]].country not in (None, "", _VIETNAM.upper())  # type: ignore[index]
        for m in matches
    )


def _only_nationality(registries: Registries, text: str) -> str | None:
    """The one foreign nationality an English text names when it names no foreign place a
    registry knows ("Scottish investment" beside "Robert Gordon University"): the side its
    bodies are on."""
    countries = {d.country for d in find_demonyms(registries, "en", text)} - {_VIETNAM.upper()}
    return next(iter(countries)) if len(countries) == 1 else None


# "University of Newcastle, Australia", "University of Newcastle (Australia)".
_APPOSITION = frozenset({",", "("})


def _country_in_apposition(
    registries: Registries, text: str, end: int, countries: list[Match]
) -> str:
    """The country named right after a body whose place no registry knows: the name then says
    whose it is ("the University of Newcastle, Australia"); empty when none is."""
    for country in countries:
        if 0 < country.start - end <= 3 and text[end : country.start].strip() in _APPOSITION:
            return (registries.partners[country.target[1]].country or "").lower()
    return ""


def _listed(registries: Registries, match: Match, name: str) -> bool:
    """Whether the match is the registry organisation itself (Kazan Federal University)."""
    partner = registries.partners[match.target[1]]
    return partner.kind in ("organisation", "company") or fold(partner.name_en) == fold(name)


def masthead_mission(
    registries: Registries,
    lang: str,
    masthead: tuple[str, list[Match]],
    body: tuple[str, list[Match]],
) -> Unlisted | None:
    """The foreign mission whose own page this is, where its head acts in it: a masthead that
    opens with the mission and its country ("Embajada de Chile en Vietnam", "سفارة جمهورية مصر
    العربية في هانوي") and a body that names a head of that kind of mission, of that country or
    of none ("el embajador de Chile en Vietnam … realizó una visita", "El embajador
    Fuenzalida"). The masthead is no article text, so the mission was never read there; the
    ambassador visits, signs and speaks for it (pages50's and pages55's gold)."""
    line, line_matches = masthead
    opening = len(line) - len(line.lstrip())
    mission = next(
        (
            found
            for found in find_organisations(registries, lang, line, line_matches)
            if found.start == opening and found.organisation.id.endswith(_MISSION_SUFFIXES)
        ),
        None,
    )
    if mission is None:
        return None
    unlisted = mission.organisation
    suffix = unlisted.id.removeprefix(f"{(unlisted.country or '').lower()}-")
    words = _HEAD_WORDS[suffix].get(lang)
    if words is None:
        return None
    text, matches = body
    countries = [m for m in matches if m.target[0] == PARTNER and _kind(registries, m) == "country"]
    for head in _bounded(words, lang).finditer(text):
        if _vietnams(lang, text, head.start(), head.end()):
            continue
        country = _country_id(registries, lang, text, head.start(), head.end(), countries)
        if country is None or country.upper() == unlisted.country:
            return unlisted
    return None


_MISSION_SUFFIXES = tuple(f"-{suffix}" for suffix, _ in _MISSIONS)


@functools.cache
def _any_mission(lang: str) -> re.Pattern[str] | None:
    words = [
        _MISSION_WORDS[suffix][lang] for suffix, _ in _MISSIONS if lang in _MISSION_WORDS[suffix]
    ]
    return _bounded("|".join(words), lang) if words else None


def names_a_mission(lang: str, line: str) -> bool:
    """Whether ``line`` holds a mission's word: most mastheads do not, and are read no further."""
    pattern = _any_mission(lang)
    return pattern is not None and pattern.search(line) is not None


# A Latin line of a name: letters, spaces and a name's punctuation only.
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z .'&()-]*")
# A name read from the page is a body's when all its words but one are the drafted name's.
_MIN_RESPELT_WORDS = 3


def as_the_masthead_spells(unlisted: Unlisted, masthead: str) -> Unlisted:
    """``unlisted`` under the English name the page's own masthead gives it: a page in another
    script that prints its owner's name and, on the next line, that name in English
    ("पंजाब कृषि विश्वविद्यालय, लुधियाना" / "Punjab Agricultural University, Ludhiana")
    spells it as the body does, where the drafting read the name letter by letter ("Panjab
    Agricultural University"). Only a name of the same words but one is respelt."""
    lines = [line.strip() for line in masthead.splitlines()]
    if len(lines) < 2 or _LATIN_NAME.fullmatch(lines[0]) or unlisted.kind != "organisation":
        return unlisted
    english = lines[1].split(",")[0].strip()
    if not _LATIN_NAME.fullmatch(english):
        return unlisted
    ours, theirs = unlisted.name_en.split(), english.split()
    if len(ours) != len(theirs) or len(ours) < _MIN_RESPELT_WORDS or ours == theirs:
        return unlisted
    if sum(fold(a) != fold(b) for a, b in zip(ours, theirs, strict=True)) != 1:
        return unlisted
    return Unlisted.named(unlisted.country or "", english)
