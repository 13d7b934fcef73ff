"""Vietnamese provinces and foreign partners named in an article, resolved to registry ids.

Finding a name is not enough to list it; general rules read each mention in its context:

* a province name inside a person's name ("Phạm Thanh Hòa", "فام ثانه هوا") or at the start of
  a longer Vietnamese name ("هوي آن" is Hội An, not Huế) is not that province;
* a country named in a currency ("доларів США", "US-Dollar") or a sea ("South China Sea") is
  not a partner there;
* a partner that only locates another one inside it ("Inje County in Gangwon Province",
  "Mungyeong (Gyeongsangbuk, Korea)", "云南省文山州") is not listed beside it;
* a city or district named only as a venue ("in Kunming", "tại Phnôm Pênh", "昆明で") or on
  a route ("Kunming–Lào Cai–Hà Nội"), while the partner it lies in or its country is named
  too, is not a partner of its own.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from digest.extract.acronyms import find_acronym_bodies
from digest.extract.apposed_names import find_apposed_names
from digest.extract.article_frame import frame_country, note_frame
from digest.extract.bilateral import find_bilateral_bodies
from digest.extract.blocs import names_a_bloc_in_passing
from digest.extract.bodies import Body, find_bodies
from digest.extract.brands import find_brand_bodies
from digest.extract.cities import confirmed_city, where_cities
from digest.extract.companies import find_companies
from digest.extract.company_names import find_company_names, native_company_spans
from digest.extract.comparisons import in_comparison
from digest.extract.composed_names import find_composed_bodies
from digest.extract.composed_names_cjk import find_cjk_composed_bodies
from digest.extract.composed_names_scripts import (
    find_arabic_bodies,
    glued_forms,
    without_names_read,
)
from digest.extract.departments import (
    Department,
    credited,
    find_departments,
    government_acts,
    own_government_named,
)
from digest.extract.earlier_ties import earlier_tie
from digest.extract.fairs import names_a_fair_venue
from digest.extract.gazetteer import (
    INFLECTING_LANGUAGES,
    PARTNER,
    PROVINCE,
    WORD_MARKS,
    Gazetteer,
    Match,
    MatchIndex,
)
from digest.extract.hometowns import names_a_home_town
from digest.extract.hospitals import find_named_hospitals
from digest.extract.itinerary import (
    link_end,
    on_itinerary,
    on_trip,
    other_stop,
    route_start,
    where_trainees_go,
)
from digest.extract.markets import names_a_market, names_trade_figures
from digest.extract.namesakes import namesakes_meant
from digest.extract.ngo_names import find_ngo_names
from digest.extract.oblasts import oblast_matches
from digest.extract.organisations import (
    as_the_masthead_spells,
    find_organisations,
    foreign_places,
    masthead_mission,
    names_a_mission,
)
from digest.extract.origins import origin_of
from digest.extract.own_named_bodies import find_own_named_bodies
from digest.extract.place_kind import province_meant
from digest.extract.province_guess import Guess, unread_spellings
from digest.extract.seats import (
    names_a_facility_venue,
    names_a_neighbour,
    names_a_seat,
    names_an_event_or_feature,
    names_firms_home,
    names_unnamed_units,
)
from digest.extract.sources import cited_as_source, cited_for_data
from digest.extract.topics import TAG_LABELS
from digest.extract.translit import is_vi_syllable
from digest.extract.unlisted import Found, Unlisted, find_unlisted, name_start
from digest.extract.vietnam_places import vietnamese_place
from digest.registries import Partner, Province, Registries
from digest.scripts import char_class
from digest.text import fold, slugify

# A generated second-level unit by its bare name ("la Haute-Vienne", "en Corrèze"): a partner
# only where the article also names its country or a unit it lies in.
BARE = "bare"
_BARE = BARE
# ... or where a word of its own government or unit stands right before it, which no town
# has: "la provincia di Modena", "le Conseil départemental de Maine-et-Loire", "du département
# de la Savoie", "la Diputación de Castellón", "Landkreis Rosenheim". Matched folded.
_UNIT_GOVERNMENT_BEFORE = re.compile(
    r"(?:\b(?:conseil departemental|conseil general|departement|provincia|province"
    r"|diputacion(?: provincial)?|amministrazione provinciale|prefecture)"
    r"[ \t]+(?:de la|de l['’]|de|du|di|del|d['’])|\b(?:landkreis|kreis))[ \t]*$"
)
_UNIT_GOVERNMENT_REACH = 40
# A headline names what the article is about; a mention there outweighs one in passing.
TITLE_WEIGHT = 3
# Provincial papers live at bao<province>.vn: the outlet's own province is a strong hint.
DOMAIN_WEIGHT = 2
_PAPER_DOMAIN = re.compile(r"^(?:www\.)?bao([a-z]+)\.(?:vn|com\.vn|org\.vn)$")
# Scripts whose words are not separated by spaces: the context rules read characters there.
_UNSPACED_LANGUAGES = frozenset({"ja", "zh", "th", "ko"})
_PLACE_KINDS = frozenset({"country", "region", "city", "district"})
_SCRIPT_OF_LANGUAGE = {"ar": "arabic", "ru": "cyrillic", "uk": "cyrillic"}
_WORD = rf"[^\W\d_](?:[^\W_]|[{WORD_MARKS}]|['’])*"
_WORD_BEFORE = re.compile(rf"({_WORD})[ \t]+$")
_WORD_AFTER = re.compile(rf"^[ \t]+({_WORD})")
# How far apart a partner and the one it lies in may be named to be read as one place, and
# what may stand between them: spaces, brackets, commas, dashes, short connecting words.
_MAX_LOCATING_GAP = 32
_MAX_LOCATING_WORDS = 4
_CLAUSE_END = re.compile(r"[:;：；]")
_SENTENCE_END = re.compile(r"[.!?。！？؟।]\s")
_DASH_GAP = re.compile(r"^\s*[-–—‐]\s*$")
_MAX_QUALIFIER_GAP = 6
# A country name hyphenated to a currency word: "US-Dollar".
_CURRENCY_GLUE = r"\-‐"
_MIN_WORD_AFTER = 4
# Linking words between "countries" and the organisation they belong to ("pays de l'ASEAN").
_LINKS = r"(?:of|the|de|la|las|los|del|della|degli|da|do|dos|das|der|des|du|cua|ال)"
# How far from an organisation a heritage word may stand ("patrimonio mondiale dell'UNESCO").
_HERITAGE_WINDOW = 40


@dataclass(frozen=True)
class Places:
    province: Province | None
    province_as_written: Province | None
    provinces: tuple[str, ...]
    partners: tuple[Partner, ...]
    # Named partners the registry does not list ("the city of Vercelli (Italy)").
    unlisted: tuple[Unlisted, ...] = ()
    # Province spellings the registry lacks, read beside the ones it has (an editor checks).
    guessed: tuple[Guess, ...] = ()
    # The article's words each partner was drafted from, by partner id, in order of reading.
    as_written: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


class _Written:
    """The article's words each partner is drafted from: an editor checks a partner against them,
    and they are the aliases a registry record for an unlisted partner needs."""

    def __init__(self) -> None:
        self.forms: dict[str, tuple[str, ...]] = {}

    def add(self, partner_id: str, words: str) -> None:
        words = " ".join(words.split())
        forms = self.forms.get(partner_id, ())
        if words and words not in forms:
            self.forms[partner_id] = (*forms, words)

    def read(self, organisation: Unlisted, words: str) -> Unlisted:
        self.add(organisation.id, words)
        return organisation

    def rename(self, old_id: str, new_id: str) -> None:
        if old_id != new_id and old_id in self.forms:
            for words in self.forms.pop(old_id):
                self.add(new_id, words)


@dataclass(frozen=True)
class _Context:
    """What the context rules need to know about one language."""

    unspaced: bool
    family_names: frozenset[str]
    name_words: frozenset[str]
    # Currency and sea words ending the text before a country name, or starting the text after
    beside_before: re.Pattern[str] | None
    beside_after: re.Pattern[str] | None
    venue_before: tuple[str, ...]
    venue_after: tuple[str, ...]
    venue_glued: tuple[str, ...]
    conjunctions: re.Pattern[str] | None
    heritage: re.Pattern[str] | None  # titles an organisation awards (World Heritage)
    members_before: re.Pattern[str] | None  # "các nước ASEAN", "стран АСЕАН"
    members_after: re.Pattern[str] | None  # "ASEAN-Staaten", "东盟国家"


def _currency_words(registries: Registries, lang: str) -> tuple[str, ...]:
    """Currency words of ``lang`` from vocabularies/numbers.yaml (owned by figures)."""
    currencies = registries.vocabularies.numbers["currencies"] or {}
    words: list[str] = []
    for code, by_lang in currencies.items():
        # The dong is Vietnam's, never a partner's; and "đồng" is also a common word.
        if code != "VND":
            words += by_lang.get("all", []) + by_lang.get(lang, [])
    return tuple(str(word) for word in words if str(word).strip())


def _word_pattern(
    words: list[str], unspaced: bool, prefix: str = "", suffix: str = ""
) -> re.Pattern[str] | None:
    """Any of ``words`` (folded; a trailing ``*`` is a stem) as a whole word, between
    ``prefix`` and ``suffix``."""
    alternatives = []
    for word in {w for w in words if w.strip()}:
        stem = word.endswith("*")
        core = re.escape(fold(word.rstrip("*").strip())).replace(r"\ ", r"\s+")
        if not core:
            continue
        alternatives.append(core + (r"\w*" if stem else ""))
    if not alternatives:
        return None
    body = "|".join(sorted(alternatives, key=len, reverse=True))
    if unspaced:
        return re.compile(f"{prefix}(?:{body}){suffix}")
    return re.compile(rf"{prefix}(?<!\w)(?:{body})(?!\w){suffix}")


@functools.cache
def _context(registries: Registries, lang: str) -> _Context:
    unspaced = lang in _UNSPACED_LANGUAGES
    vocabularies = registries.vocabularies
    spec = vocabularies.languages["languages"].get(lang) or {}
    script = _SCRIPT_OF_LANGUAGE.get(lang, "latin")
    families = (vocabularies.province_words["family_names"] or {}).get(script) or []
    currencies = list(_currency_words(registries, lang))
    geography = list((vocabularies.countries.get("geography_words") or {}).get(lang) or [])
    return _Context(
        unspaced=unspaced,
        family_names=frozenset(fold(name) for name in families),
        name_words=_province_name_words(registries, script),
        beside_before=_word_pattern(currencies + geography, unspaced, suffix=r"\s*$"),
        # After a country, short currency words are mostly verbs ("Korea won"): not those.
        beside_after=_word_pattern(
            [w for w in currencies if unspaced or len(w.rstrip("*")) >= _MIN_WORD_AFTER]
            + geography,
            unspaced,
            prefix=rf"[\s{_CURRENCY_GLUE}]*",
        ),
        venue_before=tuple(fold(w) for w in spec.get("venue_before", ())),
        venue_after=tuple(fold(w) for w in spec.get("venue_after", ())),
        venue_glued=tuple(fold(w) for w in spec.get("venue_glued", ())),
        conjunctions=_word_pattern(spec.get("conjunctions", []), unspaced),
        heritage=_word_pattern([f"{w}*" for w in spec.get("heritage_words", [])], unspaced),
        members_before=_word_pattern(
            spec.get("member_words", []),
            unspaced,
            suffix=rf"(?:\s+{_LINKS})*\s*(?:l'|d'|dell')?\s*$",
        ),
        members_after=_word_pattern(
            spec.get("member_words", []), unspaced, prefix=rf"[\s{_CURRENCY_GLUE}]*"
        ),
    )


_LATIN_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?"
)
_SCRIPT_TEST = {
    "arabic": re.compile(f"[{char_class('Arabic')}]"),
    "cyrillic": re.compile(f"[{char_class('Cyrillic')}]"),
    "latin": re.compile(r"[a-z]"),
}


def _province_name_words(registries: Registries, script: str) -> frozenset[str]:
    """Words of Vietnamese province names in ``script`` (folded): the syllables a longer
    Vietnamese name may continue with ("An" of Hội An). Place words (city, province) and, in
    Latin script, anything not shaped like a Vietnamese syllable are left out."""
    place_words = registries.vocabularies.province_words["place_words"].get(script) or []
    place_words = {fold(w) for w in place_words}
    test = _SCRIPT_TEST[script]
    words = set()
    for province in registries.provinces.values():
        for name in (province.name_vi, province.name_en, *province.aliases):
            for word in re.split(r"[\s\-–]+", fold(name)):
                if not word or not test.search(word) or word in place_words:
                    continue
                if script == "latin" and not _LATIN_SYLLABLE.fullmatch(word):
                    continue
                words.add(word)
    return frozenset(words)


@functools.cache
def gazetteer_for(registries: Registries, lang: str) -> Gazetteer:
    """Every province and partner name an article in ``lang`` may use."""
    inflecting = lang in INFLECTING_LANGUAGES
    gazetteer = Gazetteer()
    for province in registries.provinces.values():
        for name in (province.name_vi, province.name_en, *province.aliases):
            gazetteer.add(name, (PROVINCE, province.id), inflecting=inflecting)
    extra = registries.vocabularies.countries["countries"] or {}
    for partner in registries.partners.values():
        names = [*partner.aliases, *partner.names_by_lang.get(lang, ())]
        if partner.matches_display_names:
            names.append(partner.name_en)
        if partner.kind != "country" and partner.matches_display_names:
            # Country names are language-specific: Vietnamese "Bỉ" (Belgium) is not a name
            # anywhere else, and CLDR's Vietnamese names are already under names_by_lang.
            names.append(partner.name_vi)
        if partner.kind == "country" and partner.country in extra:
            by_lang = extra[partner.country]
            names += by_lang.get("any", []) + by_lang.get(lang, [])
        for name in [*names, *glued_forms(lang, names)]:
            gazetteer.add(name, (PARTNER, partner.id), inflecting=inflecting)
    # Last, so that every other name keeps its place: a bare name another partner or province
    # uses stays theirs.
    for partner in registries.partners.values():
        # Regions, and cities: a second-level city shares its name with the town (Venezia),
        # which the article means far more often, so it is kept only where a city word of the
        # language stands right before it ("il Comune di Firenze", "il sindaco di Bologna").
        if (
            partner.generated
            and not partner.matches_display_names
            and partner.within
            and partner.kind in ("region", "city")
        ):
            for name in (partner.name_en, *partner.names_by_lang.get(lang, ())):
                gazetteer.add(name, (_BARE, partner.id), inflecting=inflecting)
    return gazetteer


@functools.cache
def _city_words_before(registries: Registries, lang: str) -> re.Pattern[str] | None:
    """The language's city words standing before a city's name ("comune di", "sindaco di",
    "ayuntamiento de", "city of"), folded, as a pattern ending where the name starts."""
    spec = registries.vocabularies.languages["languages"].get(lang) or {}
    words = ((spec.get("place_kinds") or {}).get("city") or {}).get("before") or []
    if not words:
        return None
    alternatives = sorted(
        (re.escape(fold(w.rstrip("*"))) + (r"\w*" if w.endswith("*") else "") for w in words),
        key=len,
        reverse=True,
    )
    return re.compile(rf"\b(?:{'|'.join(alternatives)})[ \t]*$")


def _governed(registries: Registries, lang: str, text: str, match: Match, partner: Partner) -> bool:
    """Whether a word of the bare unit's own government or kind stands right before it."""
    before = fold(text[max(0, match.start - _UNIT_GOVERNMENT_REACH) : match.start])
    if partner.kind == "city":
        city_words = _city_words_before(registries, lang)
        return city_words is not None and city_words.search(before) is not None
    return _UNIT_GOVERNMENT_BEFORE.search(before) is not None


def _placed_bare_names(
    registries: Registries, found_in: list[tuple[str, int, list[Match]]], lang: str
) -> tuple[list[tuple[str, int, list[Match]]], list[list[Match]]]:
    """Bare names of second-level units kept, as partners, only where the article names their
    country or a unit they lie in; elsewhere a bare "Vienne" or "Nord" is no place of theirs.
    The bare names left out are handed back too, by text, as partners: right beside a body's
    words they are its place ("Cámara de Comercio de La Rioja", see find_bodies)."""
    named = {
        str(m.target[1]).lower()  # type: ignore[index]
        for _, _, matches in found_in
        for m in matches
        if m.target[0] == PARTNER  # type: ignore[index]
    }
    governed = {
        m.target[1]  # type: ignore[index]
        for text, _, matches in found_in
        for m in matches
        if m.target[0] == _BARE  # type: ignore[index]
        and _governed(registries, lang, text, m, registries.partners[m.target[1]])  # type: ignore[index]
    }
    kept = []
    left_out: list[list[Match]] = []
    for text, weight, matches in found_in:
        placed = []
        unplaced = []
        for match in matches:
            if match.target[0] == _BARE:  # type: ignore[index]
                partner = registries.partners[match.target[1]]  # type: ignore[index]
                country = (partner.country or "").lower()
                match = Match(match.start, match.end, (PARTNER, partner.id), match.surface)
                located = partner.kind != "city" and (
                    country in named or bool(set(_ancestors(registries, partner)) & named)
                )
                if not located and partner.id not in governed:
                    if partner.kind != "city":  # a town's name is no body's place here
                        unplaced.append(match)
                    continue
            placed.append(match)
        kept.append((text, weight, placed))
        left_out.append(unplaced)
    return kept, left_out


# A route's ends joined by a tilde ("인천~번돈 노선", "東京～ダナン便"): the place is where a flight
# or a ship leaves from or goes to, not a partner (tests/extraction_corpus/README.md).
_ROUTE = re.compile(r"\s*[~～〜]\s*\S")


def _route_end(text: str, match: Match) -> bool:
    before = text[max(0, match.start - 4) : match.start].rstrip()
    return bool(_ROUTE.match(text, match.end)) or before.endswith(("~", "～", "〜"))


def find_places(
    registries: Registries,
    lang: str,
    title: str,
    body: str,
    source_url: str | None,
    masthead: str = "",
    currencies: frozenset[str] = frozenset(),
) -> Places:
    gazetteer = gazetteer_for(registries, lang)
    context = _context(registries, lang)
    inflecting = lang in INFLECTING_LANGUAGES
    written = Counter[str]()
    partner_mentions: list[tuple[str, Match, list[Match]]] = []
    meant: dict[str, str] = {}
    unlisted: dict[str, Unlisted] = {}
    words = _Written()
    department_places: set[str] = set()
    found_in = [
        (
            text,
            weight,
            _with_oblasts(registries, lang, text, gazetteer.find(text, inflecting=inflecting)),
        )
        for text, weight in ((title, TITLE_WEIGHT), (body, 1))
        if text
    ]
    found_in, bare_names = _placed_bare_names(
        registries, namesakes_meant(registries, found_in), lang
    )
    named = frozenset(
        name_start(m.surface)
        for _, _, matches in found_in
        for m in matches
        if m.target[0] == PARTNER
    )
    article_country = _places_country_or_frame(
        registries, lang, found_in, (masthead, gazetteer, inflecting), (source_url, currencies)
    )
    for (text, weight, matches), bare in zip(found_in, bare_names, strict=True):
        bodies = _uncredited(text, find_bodies(registries, lang, text, matches, bare))
        placed = {
            m.target for m in bare if any(b.start <= m.start and m.end <= b.end for b in bodies)
        }
        placing = [m for m in bare if m.target in placed]
        if placing:
            # A unit a body's words placed, wherever the article names it, gives the other
            # bodies their country too: the "CHU de Bordeaux" beside the "Chambre de métiers
            # ... de la Gironde" is France's, so is the "Agencia ... de La Rioja (ADER)".
            matches = sorted([*matches, *placing], key=lambda m: (m.start, m.end))
            bodies = _uncredited(text, find_bodies(registries, lang, text, matches))
        matches, locating = _with_unlisted(
            registries, lang, text, matches, named, bodies, (unlisted, words), article_country
        )
        # A place named only inside an organisation's name ("Università di Bologna", "غرفة
        # تجارة دبي") is the organisation's, not a partner of its own there.
        bodies += find_organisations(registries, lang, text, matches)
        bodies += _departments(registries, lang, text, matches, department_places, article_country)
        bodies += [
            *without_names_read(
                lang, text, bodies, _composed_or_acronym_bodies(registries, lang, text, matches)
            ),
            *find_bilateral_bodies(registries, lang, text, matches),
            *find_ngo_names(registries, lang, text, matches),
            *find_apposed_names(registries, lang, text, matches, article_country),
            *find_own_named_bodies(registries, lang, text, matches, article_country),
            *find_brand_bodies(registries, text, matches, gazetteer),
        ]
        # A hospital by its own name, where no body above read its words already.
        bodies += _companies_not_read(bodies, find_named_hospitals(registries, lang, text, matches))
        # A name the kinds above read already is theirs, though it ends in a legal form too
        # ("Deutsch-Vietnamesische Gesellschaft e.V." is the friendship society).
        # A country named in a currency ("доларів США") says nothing of whose a company is.
        owners = [
            m
            for m in matches
            if m.target[0] != PARTNER or not _country_beside_qualifier(registries, text, m, context)
        ]
        bodies += _companies_not_read(
            bodies,
            [
                *find_companies(
                    registries, lang, text, owners, article_country or _bodies_country(bodies)
                ),
                *find_company_names(registries, lang, text, owners),
            ],
        )
        locating |= _inside_names(lang, text, matches, bodies) | set(placing)
        # An organisation the visitors only call on later in their trip is no partner either,
        # nor one cited only for the figures.
        organisations = [
            words.read(named_body.organisation, text[named_body.start : named_body.end])
            for named_body in bodies
            if not on_itinerary(text, named_body.start, named_body.end, lang)
            and not cited_for_data(text, named_body.start, lang, named_body.end)
        ]
        unlisted = {
            **{o.id: o for o in organisations if o.id not in registries.partners},
            **unlisted,
        }
        by_position = MatchIndex(matches)
        for index, match in enumerate(matches):
            if match.target[0] == PROVINCE:
                if _is_province_here(text, matches, index, context):
                    written[match.target[1]] += weight
            elif (
                match in locating
                or _route_end(text, match)
                or _after_given_name(text, match, by_position, lang)
                or (lang == "ja" and _in_katakana_name(text, match, by_position))
                or _PHOTO_CREDIT.search(text, max(0, match.start - _CREDIT_REACH), match.start)
                or _origin_only(registries, lang, text, match, unlisted, bodies)
                or _locates_unnamed_units(registries, lang, text, match)
                or (lang == "vi" and _inside_vietnamese_name(registries, text, match))
                or (lang == "ko" and _company_as_modifier(registries, text, match))
            ):
                continue
            elif (
                not _country_beside_qualifier(registries, text, match, context)
                and not _organisation_as_title_or_region(registries, lang, text, match, context)
                and not _country_of_a_company(registries, lang, text, match)
            ):
                province = province_meant(registries, lang, text, match)
                if province is not None:
                    meant[match.target[1]] = province
                    match = Match(match.start, match.end, (PARTNER, province), match.surface)
                partner_mentions.append((text, match, matches))
    unlisted = _with_masthead(registries, lang, masthead, found_in, unlisted, words)
    partner_mentions = _as_meant(partner_mentions, meant)
    for _, match, _ in partner_mentions:
        words.add(match.target[1], match.surface)
    guessed = _with_unread_spellings(registries, lang, found_in, written)
    _count_domain_hint(registries, source_url, written)
    main, as_written = _main_province(registries, written)
    mentioned = sorted({registries.provinces[p].current_id for p in written})
    partner_ids = _partner_ids(
        registries,
        partner_mentions,
        context,
        lang,
        frozenset(p.country for p in unlisted.values() if p.country),
        meant,
    )
    partner_ids = _without_located_places(
        registries,
        partner_mentions,
        partner_ids,
        (unlisted, department_places, context),
        lang,
        (title, body),
    )
    return Places(
        province=main,
        province_as_written=as_written,
        provinces=tuple(mentioned),
        partners=_partners(
            registries,
            partner_ids,
            unlisted.values(),
            # Countries the body names only in lists of countries are named in passing (markets,
            # origins, twin towns); one the headline names is what the article is about.
            _listed_countries(registries, partner_mentions, title),
        ),
        unlisted=tuple(unlisted.values()),
        guessed=guessed,
        as_written=words.forms,
    )


def _inside_names(lang: str, text: str, matches: list[Match], bodies: list[Body]) -> set[Match]:
    """Places named inside a name, which only say where its owner is from: a body's, a company's
    in Chinese or Japanese letters, the short name a body is given in brackets after its full one
    ("云南省建设投资控股集团有限公司（云南建投）", "… de Valencia (Cámara Valencia)"); and those
    inside the word for Indochina or Arabic "جوز الهند" (coconut), which name none."""
    return _inside_any(
        matches,
        [
            *native_company_spans(lang, text),
            *(m.span() for m in _INDOCHINA.finditer(text)),
            *((b.start, b.end) for b in bodies),
            *_short_names(text, bodies),
        ],
    )


def _with_masthead(
    registries: Registries,
    lang: str,
    masthead: str,
    found_in: list[tuple[str, int, list[Match]]],
    unlisted: dict[str, Unlisted],
    written: _Written,
) -> dict[str, Unlisted]:
    """``unlisted`` read against the page's masthead (its first lines): the mission whose own
    page this is (``masthead_mission``), and the names the masthead spells in English
    (``as_the_masthead_spells``)."""
    respelt = {pid: as_the_masthead_spells(partner, masthead) for pid, partner in unlisted.items()}
    for pid, partner in respelt.items():
        written.rename(pid, partner.id)
    unlisted = {partner.id: partner for partner in respelt.values()}
    first = masthead.split("\n", 1)[0]
    body = next(((text, matches) for text, weight, matches in found_in if weight == 1), None)
    if body is None or not names_a_mission(lang, first):
        return unlisted
    gazetteer = gazetteer_for(registries, lang)
    line = (first, gazetteer.find(first, inflecting=lang in INFLECTING_LANGUAGES))
    mission = masthead_mission(registries, lang, line, body)
    if mission is None or mission.id in unlisted:
        return unlisted
    return {**unlisted, mission.id: mission}


def _with_unread_spellings(
    registries: Registries,
    lang: str,
    found_in: list[tuple[str, int, list[Match]]],
    written: Counter[str],
) -> tuple[Guess, ...]:
    """Count, into ``written``, the provinces of spellings the registry lacks beside a province
    word ("쾅남성", "จังหวัดคอนตูม"): an article that also names another unit in a registry
    spelling ("다낭과 합쳐질") is about the one it spells its own way as much. A unit the registry
    spellings found already ("city of Ho Chi Minh") is not counted twice. ``written`` stays in
    the order the units are first named (``_main_province`` reads it so)."""
    if not written:
        return ()  # nothing found: the drafting's last resort guesses (province_guess)
    read = set(written)
    first: dict[str, tuple[int, int]] = {}
    for place, (_, _, matches) in enumerate(found_in):
        for match in matches:
            if match.target[0] == PROVINCE and match.target[1] in written:
                first.setdefault(match.target[1], (place, match.start))
    guessed: list[Guess] = []
    for place, (text, weight, _) in enumerate(found_in):
        for start, guess in unread_spellings(registries, lang, text):
            if guess.province.id not in read:
                first.setdefault(guess.province.id, (place, start))
                written[guess.province.id] += weight
                guessed.append(guess)
    counts = dict(written)
    written.clear()
    written.update(dict(sorted(counts.items(), key=lambda item: first.get(item[0], (2, 0)))))
    return tuple(guessed)


def _without_located_places(
    registries: Registries,
    mentions: list[tuple[str, Match, list[Match]]],
    partner_ids: list[str],
    found: tuple[dict[str, Unlisted], set[str], str],
    lang: str,
    texts: tuple[str, str],
) -> list[str]:
    """The partner places left once those that only locate something else are dropped: a
    body's region, a fair's venue, an acting department's place, a named company's country."""
    unlisted, department_places, context = found
    partner_ids = _without_bodies_regions(
        registries, mentions, partner_ids, unlisted.values(), context
    )
    partner_ids = _without_fair_venues(mentions, partner_ids, bool(unlisted), lang)
    partner_ids = _without_homes_of_firms(
        registries, mentions, partner_ids, (unlisted.values(), context), lang
    )
    partner_ids = _without_departments_places(mentions, partner_ids, department_places, lang, texts)
    return _without_countries_of_named_companies(registries, mentions, partner_ids, lang, texts)


def _as_meant(
    mentions: list[tuple[str, Match, list[Match]]], meant: dict[str, str]
) -> list[tuple[str, Match, list[Match]]]:
    """Every mention of a city or county the article once qualifies as the province of its name
    ("châu Hồng Hà", then "phía Hồng Hà") aimed at that province: the article means one place."""
    if not meant:
        return mentions
    return [
        (text, Match(m.start, m.end, (PARTNER, meant[m.target[1]]), m.surface), matches)
        if m.target[1] in meant
        else (text, m, matches)
        for text, m, matches in mentions
    ]


def _composed_or_acronym_bodies(
    registries: Registries, lang: str, text: str, matches: list[Match]
) -> list[Body]:
    """The bodies whose English name the lexicon composes, and those named with an acronym
    elsewhere: the composed name is read before the acronym alone ("Cooperativa de Créditos y
    Servicios (CCS) Río Hondo" is no "CCS")."""
    composed = [
        *find_composed_bodies(registries, lang, text, matches),
        *find_arabic_bodies(registries, lang, text, matches),
        *find_cjk_composed_bodies(registries, lang, text, matches),
    ]
    acronyms = find_acronym_bodies(registries, lang, text, matches)
    if not composed:
        return acronyms
    return [
        *composed,
        *(b for b in acronyms if not any(c.start < b.end and b.start < c.end for c in composed)),
    ]


def _companies_not_read(bodies: list[Body], companies: list[Body]) -> list[Body]:
    """The companies that overlap neither a body read already nor a company kept before them.
    A page may name thousands of both, so each company looks only at the bodies starting
    before its end (the furthest end among them) and at the kept company right before it
    (kept companies never overlap, so it is the only one that may reach it)."""
    spans = sorted((b.start, b.end) for b in bodies)
    starts = [start for start, _ in spans]
    reach = list(itertools.accumulate((end for _, end in spans), max))
    kept_starts: list[int] = []
    kept_ends: list[int] = []
    kept: list[Body] = []
    for company in companies:
        below = bisect.bisect_left(starts, company.end)
        if below and reach[below - 1] > company.start:
            continue
        index = bisect.bisect_left(kept_starts, company.end)
        if index and kept_ends[index - 1] > company.start:
            continue
        kept_starts.insert(index, company.start)
        kept_ends.insert(index, company.end)
        kept.append(company)
    return kept


# A short name in brackets right after a body's full name: a few words, no sentence inside.
_SHORT_NAME = re.compile(r"[ \t]?[(（]([^()（）\n.,;:。，；：]{2,24})[)）]")


def _short_names(text: str, bodies: list[Body]) -> list[tuple[int, int]]:
    """The spans of the short names given in brackets right after the bodies' names."""
    spans = []
    for body in bodies:
        short = _SHORT_NAME.match(text, body.end)
        if short is not None:
            spans.append(short.span(1))
    return spans


# The word for Indochina holds a country's name in several scripts ("อินโดจีน" China's in
# Thai, "インドシナ", "인도차이나" and "印度支那" India's, "الهند الصينية" and "हिंद-चीन"
# both): it names the peninsula, no partner.
_INDOCHINA = re.compile(
    r"อินโดจีน|インドシナ|인도차이나|印度支那|الهند\s?الصينية|हिंद[-\s]?चीन|جوز\s?الهند"
    # Each alternative begins with a letter, which the regex engine skips ahead by (see
    # ``text.run_of``); the look behind after it says the word starts there.
    r"|I(?<!\wI)ndo-?[Cc]hin\w*|И(?<!\wИ)ндо-?[Кк]ита\w*"
)


def _inside_any(matches: list[Match], spans: list[tuple[int, int]]) -> set[Match]:
    """The matches inside one of ``spans``: a page may name thousands of both, so each match
    looks only at the furthest end of the spans opening before it."""
    spans = sorted(spans)
    starts = [start for start, _ in spans]
    furthest = list(itertools.accumulate((end for _, end in spans), max))
    inside = set()
    for match in matches:
        opened = bisect.bisect_right(starts, match.start)
        if opened and furthest[opened - 1] >= match.end:
            inside.add(match)
    return inside


def _with_unlisted(
    registries: Registries,
    lang: str,
    text: str,
    matches: list[Match],
    named: frozenset[str],
    bodies: list[Body],
    found: tuple[dict[str, Unlisted], _Written],
    article_country: str | None = None,
) -> tuple[list[Match], set[Match]]:
    """``matches`` with the registry partners named in a form their names miss ("Queensland
    state"), and the matches that only locate an unlisted place; the unlisted places go to
    ``found``'s partners, their words to its words."""
    unlisted, written = found
    locating = set()
    founds = find_unlisted(registries, lang, text, matches, named, article_country)
    # A town named once right after its Vietnamese province ("越南广宁省芒街市", Móng Cái in
    # Quảng Ninh) is Vietnam's wherever else the text names it.
    by_position = MatchIndex(matches)
    vietnams = {
        name
        for name in {text[f.start : f.end] for f in founds}
        if _ever_inside_a_province(text, name, by_position)
    }
    for found in founds:
        if text[found.start : found.end] in vietnams or _after_vietnam(text, found.start, lang):
            continue
        if _vietnams_own(registries, text, found, lang):
            # A Vietnamese town in another script ("호이안시", "городом Фанранг"); a place read
            # as locating it is Vietnam's too ("高平市和重庆县": Trùng Khánh, not Chongqing).
            if found.locating is not None:
                locating.add(found.locating)
            continue
        if any(b.start <= found.start and found.end <= b.end for b in bodies):
            continue  # a word of an organisation's name ("日本农林水产省")
        if found.locating is not None:
            locating.add(found.locating)
        if names_a_seat(text, found.start, found.end, lang):
            continue  # where an organisation sits ("경산시에 있는 대학교")
        if on_itinerary(text, found.start, found.end, lang):
            continue  # a later stop of the visitors' trip ("부여군 농가를 둘러본 뒤")
        spans = sorted({(m.start, m.end) for m in matches} | {(found.start, found.end)})
        if in_comparison(text, spans.index((found.start, found.end)), spans, lang):
            continue  # a model or a contrast ("على غرار تجربة محافظة بورسعيد")
        if found.partner.id not in registries.partners:
            unlisted.setdefault(found.partner.id, found.partner)
            written.add(found.partner.id, text[found.start : found.end])
            continue
        surface = text[found.start : found.end]
        match = Match(found.start, found.end, (PARTNER, found.partner.id), surface)
        matches = sorted([*matches, match], key=lambda m: (m.start, m.end))
    return matches, locating


# A katakana word and the dot that joins it to the next word of one name ("タイ・ビン省",
# Thái Bình: タイ alone is Thailand).
_KATAKANA_WORD_BEFORE = re.compile(rf"[{char_class('Katakana')}]+[・･]$")
_KATAKANA_REACH = 12
# The longest Vietnamese place's name in Thai letters (a long run is read in bounded time).
_THAI_NAME_REACH = 24


def _vietnams_own(registries: Registries, text: str, found: Found, lang: str) -> bool:
    """Whether an unlisted place is a Vietnamese ward, former district or province written
    in another script (digest.extract.vietnam_places), unless a foreign registry knows it in
    the country found for it: a registry partner's id, or a GeoNames city there."""
    partner = found.partner
    if partner.id in registries.partners:
        return False
    if _named_as_its_province(registries, text, text[found.start : found.end], lang):
        return True
    if confirmed_city(registries, partner.name_en, where_cities(lang, (partner.country,))):
        return False
    start = found.start
    if text.startswith(("・", "･"), start):
        before = _KATAKANA_WORD_BEFORE.search(text, max(0, start - _KATAKANA_REACH), start + 1)
        start = before.start() if before is not None else start
    name = text[start : found.end]
    if lang == "th":
        # Thai writes no spaces: the run read after the place word may go on past the name
        # ("คอนตูมจัดการประชุม", Kon Tum held a meeting): a name opening it will do.
        return any(
            vietnamese_place(registries, name[:end], lang)
            for end in range(2, min(len(name), _THAI_NAME_REACH) + 1)
        )
    return bool(vietnamese_place(registries, name, lang))


# A Vietnamese province's capital bears its name: "高平市" in an article on "高平省" (Cao Bằng)
# is the province's own city, not the Chinese Gaoping that GeoNames also knows.
_PROVINCE_WORD = {"zh": "省", "ja": "省", "ko": "성"}
_CITY_WORD_END = re.compile(r"(?:市|시)$")


@functools.cache
def _province_names(registries: Registries) -> frozenset[str]:
    return frozenset(
        name
        for province in registries.provinces.values()
        for name in (province.name_vi, *province.aliases)
    )


def _named_as_its_province(registries: Registries, text: str, name: str, lang: str) -> bool:
    """Whether an unlisted city's name is that of a Vietnamese province the text names with
    its province word."""
    word = _PROVINCE_WORD.get(lang)
    if word is None:
        return False
    province = _CITY_WORD_END.sub("", name.strip()) + word
    names = _province_names(registries)
    return province in text and (province in names or province[: -len(word)] in names)


# The word for Vietnam in the scripts that glue it to the place it qualifies: "越南芒街市" is
# Móng Cái, Vietnam's town, read as an unlisted Chinese one ("yuenanmangjie") without it; a
# part of the country may come between ("越南北部").
_VIETNAM_WORD = {"zh": "越南", "ja": "ベトナム", "ko": "베트남"}
_VIETNAM_GLUED = re.compile(r"(?:越南|ベトナム)(?:[东南西北中東]部)?")
_VIETNAM_REACH = 6


def _after_vietnam(text: str, start: int, lang: str) -> bool:
    """Whether the unlisted place at ``start`` opens with the word for Vietnam or follows it
    (with a particle or a space between: "ベトナムのビンズン省", "베트남 꽝닌성")."""
    word = _VIETNAM_WORD.get(lang)
    if word is None:
        return False
    if _VIETNAM_GLUED.match(text, start):
        return True
    before = text[max(0, start - _VIETNAM_REACH) : start].rstrip(" の의")
    return before.endswith(word)


# The unit word of a Vietnamese province glued after its name in Chinese and Japanese.
_PROVINCE_UNIT = re.compile(r"[省県]?$")


def _ever_inside_a_province(text: str, name: str, matches: MatchIndex) -> bool:
    """Whether ``name`` is named anywhere right after a Vietnamese province."""
    at = text.find(name)
    while at != -1:
        if _inside_a_province(text, at, matches):
            return True
        at = text.find(name, at + len(name))
    return False


def _inside_a_province(text: str, start: int, matches: MatchIndex) -> bool:
    """Whether an unlisted place is named right after a Vietnamese province and its unit word,
    glued to it ("越南广宁省芒街市"): a town of that province, Vietnam's, no partner."""
    return any(
        match.target[0] == PROVINCE
        and start - 1 <= match.end <= start
        and _PROVINCE_UNIT.fullmatch(text, match.end, start) is not None
        for match in matches.overlapping(start - 2, start)
    )


# ---------------------------------------------------------------- provinces in context


def _with_oblasts(
    registries: Registries, lang: str, text: str, matches: list[Match]
) -> list[Match]:
    """``matches`` with the regions named by their administration or everyday name
    ("Вінницькою ОВА", "Вінниччина"; digest.extract.oblasts) where no name was found."""
    oblasts = oblast_matches(registries, lang, text)
    if not oblasts:
        return matches
    index = MatchIndex(matches)
    extra = [m for m in oblasts if not index.overlapping(m.start, m.end)]
    return sorted([*matches, *extra], key=lambda m: (m.start, m.end))


def _bodies_country(bodies: list[Body]) -> str | None:
    """The one foreign country of the bodies read so far, where the article names no foreign
    place: a Spanish article naming only "la Agencia Española de Cooperación" and "la Cruz Roja
    Española" names Spain's companies too."""
    countries = {body.organisation.country for body in bodies} - {"VN", None, ""}
    return next(iter(countries)) if len(countries) == 1 else None


def _places_country_or_frame(
    registries: Registries,
    lang: str,
    found_in: list[tuple[str, int, list[Match]]],
    masthead: tuple[str, Gazetteer, bool],
    url_and_currencies: tuple[str | None, frozenset[str]],
) -> str | None:
    """The one foreign country of the article's places (``_one_foreign_country``). Where the
    headline and the body name no foreign place at all, the country the article's frame gives
    its organisations (its outlet's domain and places, the money its figures are in:
    digest.extract.article_frame) is noted for the readers that fall back on it; a place named
    is the stronger clue, so the frame is read only then."""
    if any(foreign_places(registries, matches) for _, _, matches in found_in):
        note_frame(None)
        return _one_foreign_country(registries, found_in)
    text, gazetteer, inflecting = masthead
    places = gazetteer.find(text, inflecting=inflecting) if text else []
    source_url, currencies = url_and_currencies
    note_frame(frame_country(registries, lang, (text, places), source_url, currencies))
    return _one_foreign_country(registries, found_in)


def _one_foreign_country(
    registries: Registries, found_in: list[tuple[str, int, list[Match]]]
) -> str | None:
    """The one foreign country every region, city and district the article names lies in."""
    countries = {
        registries.partners[m.target[1]].country
        for _, _, matches in found_in
        for m in matches
        if m.target[0] == PARTNER
        and registries.partners[m.target[1]].kind in ("region", "city", "district")
    }
    countries.discard("VN")
    return next(iter(countries)) if len(countries) == 1 and None not in countries else None


def _is_province_here(text: str, matches: list[Match], index: int, context: _Context) -> bool:
    """Whether a province name found in ``text`` names the province: not when a Vietnamese
    family name stands right before it (a person: "Phạm Thanh Hòa"), nor when a word that
    continues Vietnamese names follows it and starts no other name ("هوي آن", Hội An)."""
    if context.unspaced:
        return True
    match = matches[index]
    before = _WORD_BEFORE.search(text, max(0, match.start - 40), match.start)
    if before is not None and _is_family_name(before.group(1), context):
        return False
    after = _WORD_AFTER.match(text[match.end : match.end + 40])
    if after is None:
        return True
    word = after.group(1)
    if fold(word) not in context.name_words or _is_family_name(word, context):
        return True
    if word[:1].islower():
        return True
    # A list without commas ("tỉnh Hà Giang Tuyên Quang") goes on with another name.
    following = matches[index + 1] if index + 1 < len(matches) else None
    return following is not None and following.start == match.end + after.start(1)


# Languages whose capitalised words before a place are names, not nouns ("Freistaat Sachsen").
_GIVEN_NAME_LANGUAGES = frozenset({"en", "fr", "es", "pt", "it", "pl", "ru", "uk"})
_GIVEN_NAME = re.compile(r"(?:^|[\s,:;(«\"“])([^\W\d_][^\W\d_'’-]{1,14})\s$")
# Capitalised words that open a place's name ("Nueva", "Gran", "Saint", "Нижний"), not a
# person's: a place after them is part of that name.
_NAME_OPENERS = frozenset(
    fold(w)
    for w in (
        "New", "Nueva", "Nuevo", "Nova", "Novo", "Nouvelle", "Gran", "Grande", "Great",
        "Greater", "North", "South", "East", "West", "Upper", "Lower", "Alta", "Alto", "Baja",
        "Bajo", "Haute", "Haut", "Basse", "Bas", "San", "Santa", "Santo", "São", "Saint",
        "Sainte", "Sankt", "Port", "Puerto", "Porto", "Cabo", "Cape", "Mont", "Monte", "Villa",
        "Vila", "Nowy", "Nowa", "Stary", "Stara", "Wielki", "Wielka", "Нижний", "Верхний",
        "Великий", "Новый", "Нижній", "Верхній", "Новий", "Старый", "Старий", "Ciudad", "City",
        "Region", "Región", "Région", "Regione", "Região", "Province", "Provincia", "Província",
        "Provincie", "Département", "Comunidad", "Comunidade", "Województwo",
    )
)  # fmt: skip


def _after_given_name(text: str, match: Match, matches: MatchIndex, lang: str) -> bool:
    """Whether a one-word place is a person's surname: right after a capitalised word that
    does not open the sentence, is no place and opens no place's name ("o vereador João Braga",
    "директор департаменту Олег Брагін"). A title alone is not enough: "Prezydent Poznania" is
    the mayor of that city."""
    if lang not in _GIVEN_NAME_LANGUAGES or " " in match.surface.strip():
        return False
    found = _GIVEN_NAME.search(text[max(0, match.start - 20) : match.start])
    if found is None or not found.group(1)[:1].isupper() or found.group(1).isupper():
        return False
    if fold(found.group(1)) in _NAME_OPENERS:
        return False
    given_start = match.start - len(found.group(1)) - 1
    if matches.overlapping(given_start, given_start + 1):
        return False  # a place before a place: a list or a compound name
    before = text[max(0, given_start - 3) : given_start].rstrip(" ")
    # The sentence's first word is capitalised whatever it is.
    return (
        bool(before)
        and not before.endswith((".", "!", "?", "\n"))
        and (before[-1] in ',:;(«"“' or before[-1].islower())
    )


# A photo's credit names who took it or whose it is ("Foto: Israel Sánchez", "Photo: Jordan
# Lee", "Фото: Франция Иванова"): a place's name there is a person's or an agency's.
_PHOTO_CREDIT = re.compile(
    r"(?<!\w)(?:photo|foto|fot\.|ảnh|фото|bild|zdjęcie|imagen|写真|사진|图|ภาพ|फोटो|صورة)"
    r"[ \t]*[:：=][ \t]*$",
    re.IGNORECASE,
)
_CREDIT_REACH = 12

# A name in katakana whose parts a middle dot joins: a foreign person's ("ド・ヴァン・タイ", Đỗ
# Văn Thái), or a list of places ("タイ・ラオス").
_KATAKANA_RUN = re.compile(r"[ァ-ヺー・＝=]+")
_NAME_DOTS = "・＝="
_KATAKANA = frozenset(chr(c) for c in range(ord("ァ"), ord("ヺ") + 1)) | frozenset("ー・＝=")
_NAME_REACH = 24


def _in_katakana_name(text: str, match: Match, matches: MatchIndex) -> bool:
    """Whether a place written in katakana is a part of a name joined by middle dots whose
    other parts are no places: "ド・ヴァン・タイ副委員長" is a person, not Thailand."""
    # A name is short: a bounded look each side keeps a page of katakana linear.
    run_start = match.start
    while run_start > max(0, match.start - _NAME_REACH) and text[run_start - 1] in _KATAKANA:
        run_start -= 1
    run = _KATAKANA_RUN.match(text, run_start, match.end + _NAME_REACH)
    if run is None or run.end() < match.end or not any(d in run.group(0) for d in _NAME_DOTS):
        return False
    parts = re.finditer(rf"[^{_NAME_DOTS}]+", run.group(0))
    return any(
        not matches.overlapping(run_start + part.start(), run_start + part.end()) for part in parts
    )


def _is_family_name(word: str, context: _Context) -> bool:
    return not word[:1].islower() and fold(word) in context.family_names


# A Korean name with no particle glued to it, a space and another word after: the name
# qualifies that word ("삼성전자 협력사인 …": Samsung's supplier, "삼성전자 휴대전화 공장":
# its phone plant, "삼성전자 등 …": firms such as Samsung).
_KOREAN_BARE_BEFORE_NOUN = re.compile(r"[ \t]+[가-힣]")


def _company_as_modifier(registries: Registries, text: str, match: Match) -> bool:
    """Whether a registry company named in Korean only qualifies the noun after it (see
    ``_KOREAN_BARE_BEFORE_NOUN``): the supplier, the plant or the kind of firm is what the text
    speaks of, the company is no partner there. A company the text acts with takes a particle
    ("삼성전자는", "삼성전자와")."""
    partner = registries.partners.get(match.target[1]) if match.target[0] == PARTNER else None
    return (
        partner is not None
        and partner.kind == "company"
        and _KOREAN_BARE_BEFORE_NOUN.match(text, match.end) is not None
    )


def _inside_vietnamese_name(registries: Registries, text: str, match: Match) -> bool:
    """Whether a country's one-word Vietnamese name is a syllable of a longer Vietnamese name
    ("Cù Lao Dung", "Mỹ Xuyên", "Nga Sơn" are districts, not Laos, America, Russia): a
    capitalised Vietnamese syllable stands right before or after it. "Việt" before it pairs
    two countries ("Hữu nghị Việt Lào")."""
    if registries.partners[match.target[1]].kind != "country" or " " in match.surface.strip():
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start - 20), match.start)
    after = _WORD_AFTER.match(text[match.end : match.end + 20])
    return any(
        found is not None
        and found.group(1)[:1].isupper()
        and fold(found.group(1)) != "viet"
        and is_vi_syllable(found.group(1))
        for found in (before, after)
    )


# ---------------------------------------------------------------- partners in context


def _origin_only(
    registries: Registries,
    lang: str,
    text: str,
    match: Match,
    unlisted: dict[str, Unlisted],
    bodies: list[Body],
) -> bool:
    """Whether a country is named only as where a named organisation comes from ("Smile Train
    from the United States"); the organisation, when its name says it is one, goes to
    ``unlisted``, unless a kind of body read it already ("Fondazione Cariplo dall'Italia" is
    the Cariplo Foundation)."""
    partner = registries.partners[match.target[1]]
    origin = origin_of(text, match.start, lang) if partner.kind == "country" else None
    if origin is None:
        return False
    slug = slugify(origin.name)
    read = any(body.start <= origin.start < body.end for body in bodies)
    if origin.organisation and slug and partner.country != "VN" and not read:
        country = partner.country or partner.id.upper()
        organisation = Unlisted(
            id=f"{country.lower()}-{slug}", name_en=origin.name, country=country,
            kind="organisation",
        )  # fmt: skip
        unlisted.setdefault(organisation.id, organisation)
    return True


def _locates_unnamed_units(registries: Registries, lang: str, text: str, match: Match) -> bool:
    """A country named only to say where units lie that the article leaves unnamed ("una región
    de Japón", "日本の地域との協力"): it does not act itself."""
    return registries.partners[match.target[1]].kind == "country" and names_unnamed_units(
        text, match.start, match.end, lang
    )


def _country_beside_qualifier(
    registries: Registries, text: str, match: Match, context: _Context
) -> bool:
    """A country named as part of a currency or a sea: "доларів США", "US-Dollar",
    "미국 달러", "South China Sea", "दक्षिण चीन सागर"."""
    if registries.partners[match.target[1]].kind != "country":
        return False
    if context.beside_before is not None and context.beside_before.search(
        fold(text[max(0, match.start - 30) : match.start])
    ):
        return True
    return context.beside_after is not None and bool(
        context.beside_after.match(fold(text[match.end : match.end + 30]))
    )


# A company named right after its country in Chinese or Japanese: its own name (two or more
# characters, no clause mark) closed by a legal form ("中国天合光能股份有限公司",
# "日本の山田精機株式会社"), or a word of its kind, then its name in quotes
# ("シンガポールのファンド「オーシャン・ブリッジ・キャピタル」", "新加坡基金“海桥资本”"). A bare
# company word ("日本企業", "多家日本公司") names no company: the country stays the partner.
_NAMED_COMPANY_AFTER = re.compile(
    r"^の?(?:[^\s，。、；：,.;:!?！？（）()「」]{2,12}?"
    r"(?:股份有限公司|有限责任公司|有限公司|集团公司|株式会社|有限会社)"
    r"|[^\s，。、；：,.;:!?！？（）()「」“”]{0,6}?"
    r"(?:ファンド|商社|企業|会社|メーカー|銀行|基金|公司|企业|集团|银行)[「“『])"
)


# ... and in Latin letters, a country before a company's capitalised name and legal form,
# joined by "-based" or a possessive ("Singapore-based Kestrel Capital Pte. Ltd.", "Japan's
# Nakamura Denki K.K."), or after the form and a preposition, perhaps past the company's town
# ("Tasman Blue Holdings Limited of Nelson, New Zealand", "Alpenmilch GmbH aus Österreich").
_LEGAL_FORM = (
    r"(?:Co\.,? Ltd\.?|Pte\.? Ltd\.?|Pty\.? Ltd\.?|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation"
    r"|LLC|PLC|plc|K\.K\.|GmbH|AG|S\.A\.?|S\.p\.A\.?|SpA|S\.r\.l\.?|B\.V\.?|N\.V\.?|Oy|AB"
    r"|A/S|SAS|SARL|Ltda\.?)(?![\w&])"
)
_LATIN_COMPANY_AFTER = re.compile(
    rf"^(?:-based|['’]s)[ \t]+(?:[A-Z][\w'’&.-]*[ \t]+){{1,4}}{_LEGAL_FORM}"
)
_LATIN_COMPANY_BEFORE = re.compile(
    rf"(?<![\w.]){_LEGAL_FORM},?[ \t]+(?:of|from|based in|aus|de|du|di|da|do)[ \t]+"
    r"(?:[A-Z][\w'’-]*,?[ \t]+){0,3}$"
)
# ... or a possessive before a capitalised name closed by the clause ("a joint venture of WA's
# researchers and Japan's Tōyō Suisan, will supply"): whose the named body is. The country's
# own government, mission and leaders are no such body.
_POSSESSED_NAME = re.compile(
    r"^['’]s[ \t]+(?!(?:Government|Prime|President|Ambassador|Embassy|Consul|Minister|King"
    r"|Queen|Foreign|Deputy|Vice)\b)[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,3}[ \t]*[,.;:)]"
)
_LATIN_COMPANY_REACH = 64
# Thai: the form, then "of" or "from" ("บริษัท อีสานคอฟฟี่ เทรดดิ้ง จำกัด ของไทย").
_TH_COMPANY_BEFORE = re.compile(r"จำกัด(?:\s?\(มหาชน\))?\s*(?:ของ|จาก)\s*$")


def _country_of_a_company(registries: Registries, lang: str, text: str, match: Match) -> bool:
    """A country named as whose a named company is ("中国天合光能股份有限公司", "Japan's
    Nakamura Denki K.K."): the company is the partner, read or not, never its country."""
    if registries.partners[match.target[1]].kind != "country":
        return False
    if lang in ("zh", "ja"):
        return _NAMED_COMPANY_AFTER.match(text[match.end : match.end + 40]) is not None
    after = text[match.end : match.end + _LATIN_COMPANY_REACH]
    before = text[max(0, match.start - _LATIN_COMPANY_REACH) : match.start]
    if lang == "th":
        return _TH_COMPANY_BEFORE.search(before) is not None
    return bool(
        _LATIN_COMPANY_AFTER.match(after)
        or _LATIN_COMPANY_BEFORE.search(before)
        or (lang == "en" and _POSSESSED_NAME.match(after))
    )


# A company's legal form in the scripts whose papers name their own country's companies by it
# ("播州精機株式会社", "天合光能股份有限公司", "대성그린에너지㈜"), after two or more characters of
# its name.
_HOME_LEGAL_FORM: dict[str, re.Pattern[str]] = {
    "ja": re.compile(r"[^\s、。「」（）()]{2}(?:株式会社|有限会社|合同会社)"),
    "zh": re.compile(r"[^\s，。、（）()]{2}(?:股份有限公司|有限责任公司|有限公司|集团公司)"),
    "ko": re.compile(r"[^\s,.()]{2}(?:주식회사|㈜|\(주\))|(?:주식회사|㈜|\(주\))\s?[^\s,.()]{2}"),
    "th": re.compile(r"บริษัท\s?[^\s\d]{2}[^\n]{0,60}?\sจำกัด"),
}
# A bare company word right after a country, with up to four characters of trade between:
# "日本企業", "中国光伏企业", "한국 기업".
_BARE_COMPANY_GAP = 4


def _without_countries_of_named_companies(
    registries: Registries,
    mentions: list[tuple[str, Match, list[Match]]],
    partner_ids: list[str],
    lang: str,
    texts: tuple[str, ...],
) -> list[str]:
    """Without the home country of a Chinese, Japanese, Korean or Thai paper named only beside a
    bare company word ("日本企業の進出を歓迎する", "中国光伏企业", "บริษัทไทย") where the article
    names companies of that country by their legal form ("播州精機株式会社"): those companies are
    the partners,
    read or not, and the country only stands in for them (issue 13: never replace a partner by
    its country). Without such a named company, the companies are the country's, and it stays."""
    legal_form = _HOME_LEGAL_FORM.get(lang)
    home = (registries.vocabularies.organisations.get("company_home") or {}).get(lang)
    if legal_form is None or home is None or not any(legal_form.search(t) for t in texts):
        return partner_ids
    words = (registries.vocabularies.organisations.get("company_words") or {}).get(lang) or []
    if not words:
        return partner_ids
    bare = re.compile(
        rf"^\s?の?[^\s、。，,.]{{0,{_BARE_COMPANY_GAP}}}?(?:{'|'.join(map(re.escape, words))})"
    )
    # Thai puts the company word first: "บริษัทไทยลงทุน…" (a Thai company invests).
    bare_before = re.compile(rf"(?:{'|'.join(map(re.escape, words))})\s?$")
    country = home.lower()
    own = [(text, match) for text, match, _ in mentions if match.target[1] == country]
    if own and all(
        bare_before.search(text, max(0, match.start - 12), match.start)
        if lang == "th"
        else bare.match(text[match.end : match.end + 12])
        for text, match in own
    ):
        return [pid for pid in partner_ids if pid != country]
    return partner_ids


_DASH_BEFORE = re.compile(r"[^\s—–-][—–-]$")
_DASH_AFTER = re.compile(r"[—–-][^\s—–-]")


def _organisation_as_title_or_region(
    registries: Registries, lang: str, text: str, match: Match, context: _Context
) -> bool:
    """An international organisation named for a title it awards ("UNESCO-Weltnaturerbe",
    "patrimonio mondiale dell'UNESCO") or for its members as a region ("ASEAN-Staaten",
    "các nước ASEAN", "стран АСЕАН")."""
    partner = registries.partners[match.target[1]]
    if partner.kind != "organisation" or partner.country is not None:
        return False
    # A bloc joined by a dash to another name names a relation, an event or an area of both
    # ("中国—东盟博览会", "中国—东盟自由贸易区", "China-ASEAN Expo", "EU-Vietnam"), not a
    # partner, as a place inside an event's name is none; nor one named as a market.
    if (
        _DASH_BEFORE.search(text, max(0, match.start - 2), match.start)
        or _DASH_AFTER.match(text, match.end)
        or names_a_market(text, match.start, match.end, [], lang)
    ):
        return True
    before = fold(text[max(0, match.start - _HERITAGE_WINDOW) : match.start])
    after = fold(text[match.end : match.end + _HERITAGE_WINDOW])
    if context.members_before is not None and context.members_before.search(before):
        return True
    if context.members_after is not None and context.members_after.match(after):
        return True
    if context.heritage is None:
        return False
    # Only within the sentence the organisation is named in.
    before = re.split(r"[.!?。！？؟।]\s", before)[-1]
    after = re.split(r"[.!?。！？؟।]\s", after)[0]
    return bool(context.heritage.search(before) or context.heritage.search(after))


def _ancestors(registries: Registries, partner: Partner) -> list[str]:
    found = []
    current = partner.within
    while current is not None and current not in found:
        found.append(current)
        parent = registries.partners.get(current)
        current = parent.within if parent is not None else None
    return found


def _partner_ids(
    registries: Registries,
    mentions: list[tuple[str, Match, list[Match]]],
    context: _Context,
    lang: str,
    unlisted_countries: frozenset[str] = frozenset(),
    meant: dict[str, str] | None = None,
) -> list[str]:
    """Partner ids in order of first mention, without those only locating another partner,
    only naming a venue or a stop on a route, only a later stop of the visitors' trip, or news
    outlets only cited for the report, or the seats of organisations, or people's home towns.
    ``unlisted_countries`` are those of the partners the registry lacks (a chamber, a company);
    ``meant`` the province each city or county the article qualifies as one stands for."""
    by_id: dict[str, list[tuple[str, Match, list[Match]]]] = defaultdict(list)
    for mention in mentions:
        by_id[mention[1].target[1]].append(mention)
    named = set(by_id)
    positions = _Positions()
    # First the cities and districts named only as venues or on routes, and the regions
    # named only on routes ("นครพนม–แขวงคำม่วน สปป.ลาว–เหงะอาน", a road through Khammouane)...
    dropped = {
        pid
        for pid, own in by_id.items()
        if _town_like(registries.partners[pid])
        and (
            _placed_otherwise(registries, registries.partners[pid], named)
            or registries.partners[pid].country in unlisted_countries
        )
        and all(_by_the_way(mention, context, lang, positions) for mention in own)
    }
    countries = frozenset(pid for pid in named if registries.partners[pid].kind == "country")
    on_route = {
        pid
        for pid, own in by_id.items()
        if registries.partners[pid].kind == "region"
        and _placed_otherwise(registries, registries.partners[pid], named)
        and all(
            match in matches and _on_route(text, match, matches, countries)
            for text, match, matches in own
        )
    }
    # ... with the country named only to qualify such a stop.
    dropped |= on_route | {
        pid
        for pid in countries
        if on_route
        and all(
            _qualifies(text, match, matches, on_route, positions)
            for text, match, matches in by_id[pid]
        )
    }
    # ... and the news outlets only cited as the source of the report ...
    dropped |= {
        pid
        for pid, own in by_id.items()
        if registries.partners[pid].kind == "media"
        and all(cited_as_source(text, match.start, match.end, lang) for text, match, _ in own)
    }
    # ... and the regions named only as where something happens ("une dizaine de jeunes
    # agriculteurs vietnamiens en Normandie") while a partner of their country is named, listed
    # or not ("In Sachsen leben …" beside the Chemnitz chamber the registry lacks); a mention
    # may instead name it in passing ("دبي - سارة المنصوري", a dateline, beside "اختتمت في دبي") ...
    dropped |= {
        pid
        for pid, own in by_id.items()
        if registries.partners[pid].kind == "region"
        and (
            registries.partners[pid].country in unlisted_countries
            or _country_has_another(registries, registries.partners[pid], named)
        )
        and all(_by_the_way(mention, context, lang, positions) for mention in own)
    }
    # ... and the places named only to locate the facility of a venue ("東京都内のホテルで"),
    # where the article names another partner of their country ...
    dropped |= {
        pid
        for pid, own in by_id.items()
        if _placed_otherwise(registries, registries.partners[pid], named)
        and all(
            names_a_facility_venue(
                text, match.end, lang, _first_from(positions.of(matches)[2], match.end)
            )
            for text, match, matches in own
        )
    }
    # ... and the places each of whose mentions only names a stop of the trip, a dateline, the
    # start of a route, a model or a contrast, an event's or a feature's name, a market, a seat
    # or a home town, the same role or not ("ผ่านลาว" on a route in the headline,
    # "สะพานมิตรภาพไทย-ลาว" a bridge's name in the body), or, for a place, another stop the
    # visitors also or earlier made ("также посетит Казань и Москву") or one the province
    # dealt with earlier or already ("ранее сотрудничала с Иркутской областью") ...
    dropped |= {
        pid
        for pid, own in by_id.items()
        if pid not in dropped
        and all(
            _named_in_passing(text, match, matches, lang, positions)
            or (
                registries.partners[pid].kind in _PLACE_KINDS
                and (
                    other_stop(text, match.start, match.end, lang)
                    or _earlier_tie(text, match, matches, lang, positions)
                )
            )
            # an international body named for a site it lists, a market, its rules
            or (
                registries.partners[pid].country is None
                and names_a_bloc_in_passing(text, match.start, match.end)
            )
            for text, match, matches in own
        )
    }
    # ... and the countries each of whose mentions either names it in passing or only says
    # where a dropped place lies ("แขวงคำม่วนของลาว", Khammouane of Laos, a stop of a road) ...
    dropped |= {
        pid
        for pid in countries - dropped
        if _qualifies_only(registries, by_id[pid], dropped, lang, positions)
    }
    # ... and the countries each of whose mentions opens a foreign city's name ("una missione a
    # Monaco di Baviera": Munich, of Bavaria, not the principality of Monaco) ...
    dropped |= {
        pid
        for pid in countries - dropped
        if all(
            _opens_a_foreign_place_name(registries, text, match, matches, positions)
            for text, match, matches in by_id[pid]
        )
    }
    # ... then the partners named only to locate one that is still listed, or otherwise only in
    # passing ("châu Văn Sơn, tỉnh Vân Nam", then "Công ty … Thiên Bảo Vân Nam", a company's name).
    kept = named - dropped
    for pid, own in by_id.items():
        descendants = {
            other for other in kept if pid in _ancestors(registries, registries.partners[other])
        }
        if descendants and _only_locates(own, descendants, (context, lang, positions), meant):
            dropped.add(pid)
    return [mention[1].target[1] for mention in mentions if mention[1].target[1] not in dropped]


def _only_locates(
    own: list[tuple[str, Match, list[Match]]],
    descendants: set[str],
    reading: tuple[_Context, str, _Positions],
    meant: dict[str, str] | None,
) -> bool:
    """Whether a partner's mentions each locate one of ``descendants`` or name it in passing,
    one of them at least locating: it is named only to say where they are."""
    context, lang, positions = reading
    locating = False
    for text, match, matches in own:
        if _locates(text, match, matches, descendants, context, meant or {}) or (
            _after_autonomous_unit(text, match)
        ):
            locating = True
        elif not _named_in_passing(text, match, matches, lang, positions):
            return False
    return locating


def _qualifies_only(
    registries: Registries,
    own: list[tuple[str, Match, list[Match]]],
    dropped: set[str],
    lang: str,
    positions: _Positions,
) -> bool:
    """Whether a country is named right after a dropped place of its own, to say where it is,
    and otherwise only in passing."""
    country = own[0][1].target[1].upper()
    stops = {pid for pid in dropped if registries.partners[pid].country == country}
    qualifying = [
        _qualifies(text, match, matches, stops, positions) for text, match, matches in own
    ]
    return any(qualifying) and all(
        qualifies or _named_in_passing(text, match, matches, lang, positions)
        for qualifies, (text, match, matches) in zip(qualifying, own, strict=True)
    )


class _Positions:
    """The spans of each text's matches and where each match stands among them, built once per
    list: a page naming one place thousands of times asks at every mention, and building them
    anew each time made such a page take minutes."""

    def __init__(self) -> None:
        self._built: dict[int, tuple[list[tuple[int, int]], dict[Match, int], list[int]]] = {}

    def of(self, matches: list[Match]) -> tuple[list[tuple[int, int]], dict[Match, int], list[int]]:
        built = self._built.get(id(matches))
        if built is None:
            spans = [(m.start, m.end) for m in matches]
            index = {m: i for i, m in reversed(list(enumerate(matches)))}
            built = self._built[id(matches)] = (spans, index, sorted(m.start for m in matches))
        return built


def _named_in_passing(
    text: str, match: Match, matches: list[Match], lang: str, positions: _Positions
) -> bool:
    """Whether this mention only names a later stop of the visitors' trip, a dateline's place
    ("ASSISI – Il Comune…"), where a transport route starts ("из Иркутска в Ханой"), a model or a
    contrast ("ähnlich wie Bayern"), a name inside an event's, a border gate's or a waterway's
    name, a market ("xuất khẩu sang Nhật Bản"), where an organisation sits, a neighbour across a
    border ("frontaliers avec le Laos"), where a person comes from or a trade statistic
    ("التجارة … بين دبي وفيتنام بلغت"): roles that hold for one mention whatever else the
    article names."""
    spans, indexes, starts = positions.of(matches)
    index = indexes.get(match)
    return (
        (
            on_trip(text, index, spans, lang)
            if index is not None
            else on_itinerary(text, match.start, match.end, lang)
        )
        or _in_dateline(text, match)
        or _on_tag_line(text, match)
        or route_start(text, match.start, match.end, _first_from(starts, match.end), lang)
        or link_end(text, match.start, match.end, lang)
        or (
            in_comparison(text, index, spans, lang)
            if index is not None
            else in_comparison(text, 0, [(match.start, match.end)], lang)
        )
        or names_an_event_or_feature(text, match.start, match.end)
        or names_a_market(
            text,
            match.start,
            match.end,
            spans if index is None else spans[:index] + spans[index + 1 :],
            lang,
        )
        or names_a_seat(text, match.start, match.end, lang)
        or names_a_neighbour(text, match.start, match.end)
        or names_a_home_town(text, match.start, match.end, lang)
        or names_trade_figures(text, match.start, match.end, lang)
        or _closes_a_vietnamese_pair_name(text, match.start, lang)
    )


# A Vietnamese body named for Vietnam and another country: "Trường Cao đẳng Kỹ thuật Việt - Đức"
# (the Vietnamese-German technical college). The body's kind word, capitalised as a name opens,
# a few words before "Việt -" says the pair closes its name; "hợp tác Việt - Đức" (cooperation
# between the two) is no name and is left alone.
_VI_PAIR_NAME_BEFORE = re.compile(
    r"(?<!\w)(?:Trường|Trung cấp|Đại học|Cao đẳng|Học viện|Viện|Bệnh viện|Trung tâm|Công ty"
    r"|Ngân hàng|Khu công nghiệp|Quỹ)(?:\s+[^\W\d_]+){0,4}\s+Việt\s*[-–]\s*$"
)
_VI_PAIR_REACH = 64


def _closes_a_vietnamese_pair_name(text: str, start: int, lang: str) -> bool:
    """Whether the country at ``start`` closes a Vietnamese body's name after "Việt -"."""
    return lang == "vi" and bool(
        _VI_PAIR_NAME_BEFORE.search(text, max(0, start - _VI_PAIR_REACH), start)
    )


def _earlier_tie(
    text: str, match: Match, matches: list[Match], lang: str, positions: _Positions
) -> bool:
    """Whether this mention names a place the province dealt with earlier or already ("had
    earlier signed cooperation documents with Chungcheongbuk Province"), not this article's
    partner."""
    spans, indexes, _ = positions.of(matches)
    index = indexes.get(match)
    if index is None:
        return earlier_tie(text, 0, [(match.start, match.end)], lang)
    return earlier_tie(text, index, spans, lang)


def _first_from(starts: list[int], position: int) -> int | None:
    """The first of the sorted ``starts`` at or after ``position``."""
    found = bisect.bisect_left(starts, position)
    return starts[found] if found < len(starts) else None


def _country_has_another(registries: Registries, partner: Partner, named: set[str]) -> bool:
    return partner.country is not None and any(
        other != partner.id and registries.partners[other].country == partner.country
        for other in named
    )


# The dash after a dateline's place, perhaps past the agency in brackets ("HAMBURG (dpa) – "),
# or the end of a line the place holds alone (a dateline set on its own line under the byline).
_DATELINE_AFTER = re.compile(r"^[ \t]*(?:\([^()\n]{1,24}\)[ \t]*)?(?:[-–—]\s|\n|$)")
_DATELINE_REACH = 32


_TAG_LINE_REACH = 200


@functools.cache
def _tag_label() -> re.Pattern[str]:
    labels = sorted(TAG_LABELS, key=len, reverse=True)
    return re.compile(rf"[ \t]*(?:{'|'.join(map(re.escape, labels))})[ \t]*[:：]", re.IGNORECASE)


def _on_tag_line(text: str, match: Match) -> bool:
    """Whether the place is one of the page's tags ("Từ khóa: Lào Cai, Hồng Hà, Vân Nam",
    "标签：河口 老街 口岸"): a label of the page, not a partner acting."""
    reach = max(0, match.start - _TAG_LINE_REACH)
    line_start = text.rfind("\n", reach, match.start) + 1
    if line_start == 0 and reach > 0:
        return False  # a tag line is short: its label stands within reach
    return bool(_tag_label().match(text, line_start, match.start))


def _in_dateline(text: str, match: Match) -> bool:
    """Whether the place opens a paragraph as its dateline: "ASSISI – ", "الإسكندرية - ",
    "HAMBURG (dpa) – ", or a line of its own under the byline."""
    line_start = text.rfind("\n", 0, match.start) + 1
    return not text[line_start : match.start].strip() and bool(
        _DATELINE_AFTER.match(text[match.end : match.end + _DATELINE_REACH])
    )


def _without_bodies_regions(
    registries: Registries,
    mentions: list[tuple[str, Match, list[Match]]],
    partner_ids: list[str],
    unlisted: Iterable[Unlisted],
    context: _Context,
) -> list[str]:
    """Without a region or city named only as a venue ("在广西各高校学习", studying at
    Guangxi's universities; "40명을 서울에서 교육한다" beside 서울대학교병원) while a body named
    after it is the partner (Guangxi Minzu University): the place says where the body and its
    students are."""
    bodies = [
        body
        for body in (*unlisted, *(registries.partners[pid] for pid in partner_ids))
        if body.kind in ("organisation", "company")
    ]
    dropped = set()
    for pid in set(partner_ids):
        region = registries.partners[pid]
        if region.kind not in ("region", "city", "district") or not any(
            body.country == region.country and fold(region.name_en) in fold(body.name_en)
            for body in bodies
        ):
            continue
        own = [mention for mention in mentions if mention[1].target[1] == pid]
        if own and all(_venue_or_route(text, m, matches, context) for text, m, matches in own):
            dropped.add(pid)
    return [pid for pid in partner_ids if pid not in dropped]


def _without_homes_of_firms(
    registries: Registries,
    mentions: list[tuple[str, Match, list[Match]]],
    partner_ids: list[str],
    found: tuple[Iterable[Unlisted], _Context],
    lang: str,
) -> list[str]:
    """Without a place named only as the home of unnamed firms or institutions ("le imprese del
    Piemonte", "广西企业"), or else in passing, where the article names a body of its country:
    the bodies are the partners, the place only says where they are from. A place with no
    named body of its country stays, standing for its firms."""
    unlisted, context = found
    countries = {
        body.country
        for body in (*unlisted, *(registries.partners[pid] for pid in partner_ids))
        if body.kind in ("organisation", "company") and body.country
    }
    positions = _Positions()
    dropped = set()
    for pid in set(partner_ids):
        place = registries.partners[pid]
        country = place.country or (pid.upper() if place.kind == "country" else None)
        if place.kind not in _PLACE_KINDS or country not in countries:
            continue
        own = [mention for mention in mentions if mention[1].target[1] == pid]
        homes = [names_firms_home(text, m.start, m.end, lang) for text, m, _ in own]
        if any(homes) and all(
            home or _by_the_way(mention, context, lang, positions)
            for home, mention in zip(homes, own, strict=True)
        ):
            dropped.add(pid)
    return [pid for pid in partner_ids if pid not in dropped]


def _uncredited(text: str, bodies: list[Body]) -> list[Body]:
    """The bodies not named on a photo credit or a source line, which are the page's."""
    return [body for body in bodies if not credited(text, body.start, body.end)]


def _departments(
    registries: Registries,
    lang: str,
    text: str,
    matches: list[Match],
    department_places: set[str],
    country: str | None,
) -> list[Department]:
    """The foreign departments ``text`` names; their places are added to
    ``department_places``."""
    departments = find_departments(registries, lang, text, matches, country)
    department_places.update(d.place for d in departments if d.place)
    return departments


def _without_departments_places(
    mentions: list[tuple[str, Match, list[Match]]],
    partner_ids: list[str],
    department_places: set[str],
    lang: str,
    texts: tuple[str, str],
) -> list[str]:
    """Without the place whose department the article names (the department is the partner),
    unless a mention shows the place's government itself acting: its people's government, its
    governor or mayor, the headline's party (tests/extraction_corpus/README.md, eleventh
    round)."""
    title = texts[0]
    if any(own_government_named(lang, text) for text in texts):
        return partner_ids
    acting = {
        str(match.target[1])  # type: ignore[index]
        for text, match, _ in mentions
        if government_acts(lang, text, match, text is title)
    }
    return [pid for pid in partner_ids if pid not in department_places or pid in acting]


def _without_fair_venues(
    mentions: list[tuple[str, Match, list[Match]]],
    partner_ids: list[str],
    has_unlisted: bool,
    lang: str,
) -> list[str]:
    """Without the places (or countries) named only as where a fair was held ("auf einer Messe
    in Singapur"), when the article names another partner, listed or not: a province that only
    "held a fair in Nanning" keeps Nanning, its one foreign lead."""
    dropped = set()
    for pid in set(partner_ids):
        if not has_unlisted and not set(partner_ids) - {pid}:
            continue
        own = [(text, match) for text, match, _ in mentions if match.target[1] == pid]
        if own and all(names_a_fair_venue(text, m.start, m.end, lang) for text, m in own):
            dropped.add(pid)
    return [pid for pid in partner_ids if pid not in dropped]


def _town_like(partner: Partner) -> bool:
    """A city or district, or a generated second-level region by its bare name: named after its
    main town ("firmaron en Sevilla"), so a venue there is the town's."""
    return partner.kind in ("city", "district") or (
        partner.generated and partner.within is not None and not partner.matches_display_names
    )


def _placed_otherwise(registries: Registries, partner: Partner, named: set[str]) -> bool:
    """Whether the article names, besides ``partner``, a partner it lies in or another one of
    its country (or the country itself), but not one inside it."""
    named = {
        other
        for other in named
        if partner.id not in _ancestors(registries, registries.partners[other])
    }
    if set(_ancestors(registries, partner)) & named:
        return True
    return partner.country is not None and any(
        other != partner.id and registries.partners[other].country == partner.country
        for other in named
    )


def _locates(
    text: str,
    match: Match,
    matches: list[Match],
    descendants: set[str],
    context: _Context,
    meant: dict[str, str],
) -> bool:
    """Whether this mention of a partner stands right beside a mention of a partner inside it,
    only to say where that one is ("Inje County in Gangwon Province", "云南省文山州"); a county
    the article means as its province ("châu Hồng Hà (Vân Nam, Trung Quốc)") is that province."""
    for other in matches:
        target = meant.get(other.target[1], other.target[1])
        if other.target[0] != PARTNER or target not in descendants:
            continue
        if other.end <= match.start:
            gap = text[other.end : match.start]
        elif match.end <= other.start:
            gap = text[match.end : other.start]
        else:
            continue
        # "thành phố Sùng Tả, khu tự trị dân tộc Choang Quảng Tây": the autonomous region's
        # kind and peoples are words of its name, no words between the two places.
        gap = _AUTONOMOUS_KIND.sub(" ", gap) if "tự trị" in gap else gap
        if (
            len(gap) > _MAX_LOCATING_GAP
            or len(gap.split()) > _MAX_LOCATING_WORDS
            or _SENTENCE_END.search(gap + " ")
            or _CLAUSE_END.search(gap)
        ):
            continue
        if context.conjunctions is not None and context.conjunctions.search(fold(gap)):
            continue
        if _has_other_place(matches, min(match.start, other.start), max(match.end, other.end),
                            (match, other)):  # fmt: skip
            continue
        return True
    return False


# Vietnamese names a Chinese autonomous unit by its kind, then its peoples, then its name: "khu tự
# trị dân tộc Choang Quảng Tây", "châu tự trị dân tộc Choang, dân tộc Miêu Văn Sơn".
_AUTONOMOUS_KIND = re.compile(
    r"(?:khu|châu|huyện) tự trị dân tộc(?:,? (?:dân tộc )?[^\W\d_]+){1,3} "
)
# A province written right after such a unit's full name and a comma ("châu tự trị dân tộc
# Choang, Miêu Văn Sơn, tỉnh Vân Nam"): it says where the unit is.
_AFTER_AUTONOMOUS_UNIT = re.compile(r"tự trị dân tộc [^.;:!?()\n]{1,40}, (?:tỉnh |khu )?$")


def _after_autonomous_unit(text: str, match: Match) -> bool:
    """Whether the place follows an autonomous unit's full name and a comma, only to locate it."""
    return bool(_AFTER_AUTONOMOUS_UNIT.search(text, max(0, match.start - 64), match.start))


def _has_other_place(matches: list[Match], start: int, end: int, own: tuple[Match, ...]) -> bool:
    return any(start <= m.start and m.end <= end and m not in own for m in matches)


def _by_the_way(
    mention: tuple[str, Match, list[Match]], context: _Context, lang: str, positions: _Positions
) -> bool:
    """Whether a mention only names where something happened, a stop on a route, or a place
    named in passing (see ``_venue_or_route`` and ``_named_in_passing``)."""
    text, match, matches = mention
    return (
        _venue_or_route(text, match, matches, context)
        or where_trainees_go(text, match.start, match.end, lang)
        or _quoted(text, match)
        or _named_in_passing(text, match, matches, lang, positions)
    )


# Quotation marks that open and close differently, and those that do both.
_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“", "「": "」", "『": "』", "《": "》"}
_QUOTE_CLOSES = frozenset(_QUOTE_PAIRS.values())
_LAST_QUOTE_MARK = re.compile(r"([«»“”„「」『』《》])[^«»“”„「」『』《》]*$")
_STRAIGHT_QUOTE = '"'
# How far back a quotation's opening mark is looked for (a paragraph's reach; bounded so that a
# page on one line is not read back from every mention).
_QUOTE_REACH = 400


def _quoted(text: str, match: Match) -> bool:
    """Whether the place stands inside a quotation on its paragraph's line ("« Rennes et
    Saint-Malo ont aussi une histoire »", "「塩害は鹿児島の沿岸部にとっても…」"): someone's words
    about it, not the place acting."""
    reach = max(0, match.start - _QUOTE_REACH)
    line = text[text.rfind("\n", reach, match.start) + 1 or reach : match.start]
    if line.count(_STRAIGHT_QUOTE) % 2:
        return True
    last = _LAST_QUOTE_MARK.search(line)
    if last is None:
        return False
    char, index = last.group(1), last.start(1)
    # German closes „…“ with the mark English opens with: after a „ it closes.
    if char in _QUOTE_CLOSES and not (char == "“" and "„" not in line[:index]):
        return False
    return _QUOTE_PAIRS[char] not in line[index + 1 :]


def _venue_or_route(text: str, match: Match, matches: list[Match], context: _Context) -> bool:
    """Whether a mention only names where something happened ("in Kunming", "tại Phnôm Pênh",
    "昆明で", "ในคุนหมิง") or a stop on a route of three places or more ("Kunming–Lào Cai–Hà Nội")."""
    # A mention re-aimed at the province its city word means ("châu Hồng Hà") is no match of
    # the list itself.
    if match in matches and _on_route(text, match, matches):
        return True
    before = fold(text[max(0, match.start - 12) : match.start])
    after = fold(text[match.end : match.end + 8])
    if context.unspaced:
        return bool(
            (context.venue_before and before.rstrip().endswith(context.venue_before))
            or (context.venue_after and after.lstrip().startswith(context.venue_after))
            or _after_glued_venue(text, match, matches, context)
        )
    words_before = before.split()
    words_after = after.split()
    if words_before and before[-1:].isspace() and words_before[-1] in context.venue_before:
        return True
    if words_after and after[:1].isspace() and words_after[0] in context.venue_after:
        return True
    # A preposition glued to the name (Arabic بـ "in": بكونمينغ).
    return any(
        before.endswith(prefix)
        and (len(before) == len(prefix) or not before[-len(prefix) - 1].isalpha())
        for prefix in context.venue_glued
    )


# The unit word of the place written right before another, down the hierarchy: "在红河州河口瑶族
# 自治县举行" names one venue from the prefecture down to the county.
_UNIT_GLUE = re.compile(r"(?:省|州|市|县|縣|区|區|盟|地区)?")


def _after_glued_venue(text: str, match: Match, matches: list[Match], context: _Context) -> bool:
    """Whether an unspaced place is glued to a place before it, its unit word between, that a
    venue's preposition opens ("在红河州河口…举行": Hekou, in Honghe Prefecture, the venue)."""
    # The match right before this one, found by bisection: a page may name places thousands
    # of times.
    index = bisect.bisect_left(matches, match.start, key=lambda m: m.start)
    if index == 0 or matches[index - 1].end > match.start:
        return False
    other = matches[index - 1]
    glue = _UNIT_GLUE.match(text, other.end, match.start)
    if glue is None or glue.end() != match.start:
        return False
    before = fold(text[max(0, other.start - 12) : other.start])
    return bool(context.venue_before and before.rstrip().endswith(context.venue_before))


# "of" between a city's own word and its region, in the names other languages give a foreign
# city: "Monaco di Baviera" (Munich), "Francfort-sur-le-Main" is one word already.
_OF_REGION = re.compile(r"\s+(?:di|de|del|of)\s+")


def _opens_a_foreign_place_name(
    registries: Registries, text: str, match: Match, matches: list[Match], positions: _Positions
) -> bool:
    """Whether a country's mention is followed by "of" and a region of another country: it is
    that region's city, spelt as the country is ("Monaco di Baviera")."""
    index = positions.of(matches)[1].get(match)
    if index is None or index + 1 >= len(matches):
        return False
    after = matches[index + 1]
    if after.target[0] != PARTNER or not _OF_REGION.fullmatch(text[match.end : after.start]):
        return False
    region = registries.partners[after.target[1]]
    return region.kind == "region" and region.country != str(match.target[1]).upper()


def _qualifies(
    text: str, match: Match, matches: list[Match], stops: set[str], positions: _Positions
) -> bool:
    """Whether a country's mention stands right after one of ``stops``, saying where it is, or
    right before it, as Korean, Japanese and Chinese name a place ("일본 아이치현의 …")."""
    if not stops:
        return False
    index = positions.of(matches)[1].get(match)
    if index is None:
        return False
    beside = [(matches[index - 1], match)] if index else []
    # Before the place only with a space between, as Korean writes it ("일본 오사카의 …"); "タイの
    # バンコクで" (in Bangkok, Thailand) keeps its country where the city is a venue.
    if index + 1 < len(matches) and text[match.end : matches[index + 1].start] == " ":
        beside.append((match, matches[index + 1]))
    return any(
        (left if left is not match else right).target[1] in stops
        and len(text[left.end : right.start]) <= _MAX_QUALIFIER_GAP
        and "\n" not in text[left.end : right.start]
        for left, right in beside
    )


def _on_route(
    text: str, match: Match, matches: list[Match], countries: frozenset[str] = frozenset()
) -> bool:
    """Whether the mention is a stop of a route of three places or more joined by dashes; a
    stop's country right after it belongs to the stop ("แขวงคำม่วน สปป.ลาว–เหงะอาน")."""
    index = matches.index(match)
    chain = 1
    for step in (-1, 1):
        current = index
        while 0 <= current + step < len(matches):
            a, b = sorted((matches[current], matches[current + step]), key=lambda m: m.start)
            gap = text[a.end : b.start]
            if b.target[1] in countries and len(gap) <= _MAX_QUALIFIER_GAP and "\n" not in gap:
                current += step  # the stop's country: not a stop of its own
                continue
            if not _DASH_GAP.match(gap):
                break
            chain += 1
            current += step
    return chain >= 3


# ---------------------------------------------------------------- the main province


def _count_domain_hint(
    registries: Registries, source_url: str | None, written: Counter[str]
) -> None:
    hinted = _province_from_domain(registries, source_url)
    if hinted is not None:
        written[hinted] += DOMAIN_WEIGHT


def _province_from_domain(registries: Registries, source_url: str | None) -> str | None:
    if not source_url:
        return None
    host = re.sub(r"^https?://", "", source_url).split("/")[0].lower()
    found = _PAPER_DOMAIN.match(host)
    if found is None:
        return None
    compact = found.group(1)
    for province in registries.provinces.values():
        if province.id.replace("-", "") == compact:
            return province.id
    return None


def _main_province(
    registries: Registries, written: Counter[str]
) -> tuple[Province | None, Province | None]:
    """The current unit mentioned most (former names count for their successor), and the
    name the article used most for it, or the former name it used first (the headline first);
    ties go to the unit mentioned first."""
    if not written:
        return None, None
    by_current = Counter[str]()
    for province_id, count in written.items():
        by_current[registries.provinces[province_id].current_id] += count
    main_id = max(by_current, key=lambda pid: by_current[pid])
    names_used = [pid for pid in written if registries.provinces[pid].current_id == main_id]
    as_written = max(names_used, key=lambda pid: written[pid])
    if names_used[0] != main_id and main_id in written:
        # A former province named before its new unit is the one written about: "Ba Ria-Vung
        # Tau, the province that became part of Ho Chi Minh City", "하남성(현 닌빈성)".
        as_written = names_used[0]
    return registries.provinces[main_id], registries.provinces[as_written]


# What joins the countries of a list: "los Países Bajos, Rusia y Argelia", "泰国、马来西亚和新加坡".
# Between two countries of a list: commas and words for "and" or "or", and the article or
# preposition each country repeats ("au Maroc et au Sénégal", "al Giappone, all'Australia",
# "nach Polen und in die Türkei", "タイとインドネシア", "台湾・韓国企業").
_LIST_GAP = re.compile(
    r"^(?:\s|,|、|，|・|\b(?:and|or|et|ou|y|e|o|und|oder|i|oraz|и|или|і|та|або|và|va|hoặc"
    r"|los|las|la|le|les|the|a|o|os|as|au|aux|al|ai|alla|in|en|die|der|den|nach|to)\b"
    r"|\b(?:l|all|dall|nell|dell|d)['’]|和|及|与|或|와|과|및|และ|หรือ|و|और|या|と|や)*$"
)
_MAX_LIST_GAP = 12
# A list of governments acts ("the governments of Australia and New Zealand funded", "日本と
# タイの両政府"): the word before the list (folded) or, in the scripts that put it after, after.
_GOVERNMENTS_BEFORE = re.compile(
    r"(?<!\w)(?:governments?|gouvernements?|gobiernos?|governos?|governi|regierungen?|rzady|rzadow"
    r"|правительства|правительств|уряди|урядів|chinh phu|حكومتي|حكومات|حكومة|सरकारों|รัฐบาล)"
    r"(?:\s+(?:of|de|des|du|der|von|di|dei|do|dos|da|del|cua|the|la|le|los|das))*\s*$"
)
_GOVERNMENTS_AFTER = re.compile(r"^\s?(?:の?両?政府|両国政府|政府|两国政府|양국\s?정부|\s?정부)")
_GOVERNMENT_REACH = 32
_MAX_LIST_WALK = 8


def _listed_countries(
    registries: Registries, mentions: list[tuple[str, Match, list[Match]]], title: str = ""
) -> frozenset[str]:
    """Countries named only in a list of two countries or more ("vende maní a los Países
    Bajos, Rusia y Argelia", "일본, 중국, 필리핀의 도시들"): markets and the like, named in
    passing."""
    countries = {
        m.target[1] for _, m, _ in mentions if registries.partners[m.target[1]].kind == "country"
    }
    listed: dict[str, bool] = {}
    positions = _Positions()
    for text, match, matches in mentions:
        pid = str(match.target[1])
        if pid not in countries:
            continue
        index = positions.of(matches)[1].get(match, -1)
        neighbours = [
            matches[i] for i in (index - 1, index + 1) if index >= 0 and 0 <= i < len(matches)
        ]
        # The other country may be one dropped for another role ("ventes au Maroc et au
        # Sénégal" reads Morocco as the sales' place): the list is the same.
        in_list = any(_in_list_with(registries, text, match, other) for other in neighbours)
        in_list = in_list and not _governments_listed(registries, text, matches, index)
        listed[pid] = listed.get(pid, True) and in_list and not (title and text is title)
    return frozenset(pid for pid, only_listed in listed.items() if only_listed)


def _in_list_with(registries: Registries, text: str, match: Match, other: Match) -> bool:
    """Whether ``other`` is another country joined to ``match`` as in a list."""
    gap = text[min(match.end, other.end) : max(match.start, other.start)]
    return (
        other.target[0] == PARTNER
        and registries.partners[other.target[1]].kind == "country"
        and other.target[1] != match.target[1]
        and len(gap) <= _MAX_LIST_GAP
        and bool(_LIST_GAP.match(fold(gap)))
    )


def _governments_listed(
    registries: Registries, text: str, matches: list[Match], index: int
) -> bool:
    """Whether a government word opens or closes the list of countries ``matches[index]``
    stands in ("the governments of Australia and New Zealand", "日本とタイの両政府")."""
    first = last = index
    # A list is walked a few items each way: a page listing thousands stays linear.
    while (
        first > max(0, index - _MAX_LIST_WALK)
        and _in_list_with(registries, text, matches[first], matches[first - 1])
    ):  # fmt: skip
        first -= 1
    while last + 1 < min(len(matches), index + _MAX_LIST_WALK) and _in_list_with(
        registries, text, matches[last], matches[last + 1]
    ):
        last += 1
    start, end = matches[first].start, matches[last].end
    return bool(
        _GOVERNMENTS_BEFORE.search(fold(text[max(0, start - _GOVERNMENT_REACH) : start]))
        or _GOVERNMENTS_AFTER.match(text[end : end + _GOVERNMENT_REACH // 2])
    )


def _partners(
    registries: Registries,
    partner_ids: list[str],
    unlisted: Iterable[Unlisted] = (),
    in_passing: frozenset[str] = frozenset(),
) -> tuple[Partner, ...]:
    """Partners in order of first mention; a country only when nothing more specific in it is
    named ("Yunnan (China)" lists Yunnan, not China; nor "Vercelli (Italy)" Italy, though the
    registry does not list Vercelli), and never Vietnam; nor ``in_passing``, the countries
    named only in passing ("vende maní a los Países Bajos, Rusia y Argelia")."""
    seen = list(dict.fromkeys(partner_ids))
    partners = [registries.partners[pid] for pid in seen]
    specific_countries = {p.country for p in partners if p.kind != "country"}
    specific_countries |= {p.country for p in unlisted}
    return tuple(
        p
        for p in partners
        if p.country != "VN"
        and not (p.kind == "country" and (p.country in specific_countries or p.id in in_passing))
    )
