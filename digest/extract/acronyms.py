"""Agencies and NGOs named in full with their acronym in brackets, in any language: "Mines
Advisory Group (MAG)", "Agence française de développement (AFD)", "Tổ chức Cố vấn bom mìn
(MAG)", "한국국제협력단(KOICA)".

An article introduces an organisation it expects its readers not to know that way, and the
acronym is how the organisation names itself whatever the language, so it makes the id:
``<acronym>``, or ``<iso2>-<acronym>`` when a country is named in the full name, the way the
registry names development agencies (``jp-jica``, ``fr-afd``). The full name must hold the word
for an agency, organisation, foundation, fund, association, programme, cooperative or the like
in the article's language (below): "Hanoi (VNA)" and "Memorandum of Understanding (MoU)" are
not organisations. Universities, chambers and ministries have ids of their own
(digest.extract.bodies, digest.extract.organisations). Never Vietnam's bodies, nor a news
agency (an outlet, not a partner). The words are a closed list per language, so they live here
beside the rule.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterator

from digest.extract.composed_names import LANGUAGES as COMPOSED_LANGUAGES
from digest.extract.composed_names import composed_name
from digest.extract.composed_names_scripts import SpeltAcronym, spelt_acronyms
from digest.extract.demonyms import find_demonyms
from digest.extract.gazetteer import PARTNER, Match
from digest.extract.unlisted import Body, Unlisted
from digest.registries import Registries
from digest.text import fold, same_length_fold, slugify

_VIETNAM = "VN"
_ORGANISATION = "organisation"
# An acronym right after the name: two to ten letters opening with a capital, in ASCII or
# full-width brackets (digest.extract.organisations leaves a name with one to this module); a
# short name a body goes by is read alike ("Liên đoàn Doanh nghiệp Nhật Bản (Keidanren)").
# (Any spaces and the bracket written to begin with one set, which the regex engine skips ahead
# by: the bracket itself, or a space and any more before it.)
_SPACES_AND_BRACKET = r"[\s(（](?:(?<=[(（])|(?<=\s)\s*[(（])"
ACRONYM = re.compile(_SPACES_AND_BRACKET + r"([A-Z][A-Za-z&]{1,9})[)）]")
# An acronym and the place it goes with, in brackets: "(INSA Lyon)", "(TU Dresden)".
_ACRONYM_PLACE = re.compile(_SPACES_AND_BRACKET + r"([A-Z][A-Z&]{1,9}\s[A-Z][\w-]+)[)）]")
# The words that make a name a university's or a school's, folded, by language. Such a body
# goes by its acronym only where the article calls it so again ("l'INSA Lyon", "POSTECH 이정민
# 교수"); once, in brackets, the acronym only glosses a name that makes the id itself
# (digest.extract.bodies: "Universidad de Guadalajara (UdeG)" is the University of Guadalajara).
_ACADEMIC: dict[str, str] = {
    "en": r"university|polytechnic|college",
    "fr": r"universite|ecole|institut national",
    "es": r"universidad|escuela|instituto politecnico",
    "it": r"universita|politecnico|scuola",
    "pt": r"universidade|escola|instituto federal",
    "de": r"\w*(?:universitat|hochschule)\w*",
    "pl": r"(?:uniwersytet|politechnik|akademi)\w*",
    "ru": r"(?:университет|академи)\w*",
    "uk": r"(?:університет|академі)\w*",
    "ja": r"大学",
    "zh": r"大学|大學|学院",
    "ko": r"대학교|대학",
}
# The words that make a name an organisation's, folded, by language; in German they may close
# a compound (Entwicklungsagentur), elsewhere they are whole words or stems.
_HEADS: dict[str, str] = {
    "en": r"agency|organi[sz]ation|group|foundation|association|fund|programme|program|society"
    r"|federation|alliance|network|institute|corps|cooperation|initiative|trust|council"
    r"|accelerator|incubator|centre|center|co-?operative|corporation",
    "fr": r"agence|organisation|groupe|fondation|association|fonds|programme|societe|federation"
    r"|alliance|reseau|institut|cooperation|conseil|centre|cooperative",
    "es": r"agencia|empresa|corporacion|organizacion|grupo|fundacion|asociacion|fondo|programa"
    r"|sociedad|federacion|alianza|red|instituto|cooperacion|consejo|centro|cooperativa",
    "it": r"agenzia|organizzazione|gruppo|fondazione|associazione|fondo|programma|societa"
    r"|federazione|alleanza|rete|istituto|cooperazione|consiglio|centro|cooperativa",
    "pt": r"agencia|empresa|corporacao|organizacao|grupo|fundacao|associacao|fundo|programa"
    r"|sociedade|federacao|alianca|rede|instituto|cooperacao|conselho|centro|cooperativa",
    "de": r"\w*(?:agentur|organisation|gruppe|stiftung|verband|verein|fonds|programm|gesellschaft"
    r"|allianz|netzwerk|institut|zusammenarbeit|dienst|rat|zentrum|genossenschaft)\w*",
    "pl": r"(?:agencj|organizacj|grup|fundacj|stowarzyszeni|fundusz|program|towarzystw|federacj"
    r"|sojusz|instytut|wspolprac|rad|centrum|spoldzielni)\w*",
    "ru": r"(?:агентств|организаци|групп|фонд|ассоциаци|программ|обществ|федераци|альянс|институт"
    r"|сотрудничеств|совет|центр|кооператив)\w*",
    "uk": r"(?:агентств|організаці|груп|фонд|асоціаці|програм|товариств|федераці|альянс|інститут"
    r"|співробітництв|співпрац|рад|кооператив|центр)\w*",
    # "Viện" is an institute; "viên" after these words is a person (sinh viên, thành viên).
    "vi": r"to chuc|co quan|hiep hoi|chuong trinh|lien minh|mang luoi|lien doan|hoi dong|hop tac xa"
    r"|(?<!sinh )(?<!thanh )(?<!giang )(?<!nhan )(?<!uy )(?<!hoi )(?<!dang )(?<!doan )"
    r"(?<!dien )vien",
    "ar": r"\w*(?:وكالة|منظمة|مجموعة|مؤسسة|جمعية|صندوق|برنامج|اتحاد|معهد|شبكة|تحالف|مجلس"
    r"|تعاونية|مركز)\w*",
    "ja": r"機構|協会|財団|基金|機関|事業団|協力団|計画|組織|連盟|研究所|評議会|協同組合",
    "zh": r"机构|機構|协会|基金会|基金|组织|署|计划|联盟|研究所|研究院|理事会|合作社|中心",
    "ko": r"기구|협회|재단|기금|협력단|기관|프로그램|연맹|연구원|개발원|진흥원|공사|공단|협의회"
    r"|협동조합|연구소|센터",
    "th": r"องค์การ|องค์กร|สมาคม|มูลนิธิ|กองทุน|โครงการ|สถาบัน|หน่วยงาน|สภา|สหกรณ์|ศูนย์",
    "hi": r"एजेंसी|संगठन|फाउंडेशन|संघ|कोष|कार्यक्रम|संस्थान|समूह|परिषद|सहकारी|केंद्र|केन्द्र"
    r"|प्राधिकरण|समिति",
}
# Scripts without capitals, where a name's words before its head are every word back to a
# linking word ("भारतीय कृषि अनुसंधान परिषद", not "सरकार और ..."), and those words.
_UNCASED_LINKS = {
    "hi": frozenset({"के", "की", "का", "और", "ने", "से", "में", "पर", "को", "एवं", "तथा", "व"}),
}
_UNSPACED = frozenset({"zh", "ja", "ko", "th"})
# A news agency is the outlet or a source, never a partner.
_NEWS = re.compile(
    r"news|press|presse|prensa|stampa|imprensa|nachrichten|prasow|новост|информацион|інформацій"
    r"|thong tan|通讯社|通信社|통신|أنباء|انباء|समाचार|ข่าว"
)
# Words that make a body international (its id has no country), folded, any language.
INTERNATIONAL = re.compile(
    r"international|internacional|internazional|world|mundial|mondial|united nations|unidas"
    r"|unies|unite|asia|europ|global|mekong|asean|международн|міжнародн|всемирн|світов|оон"
    r"|世界|国际|國際|国連|국제|세계|아시아|अंतरराष्ट्रीय|विश्व|دولي|عالمي|โลก|นานาชาติ"
)
# "International" qualifying the cooperation a body does, folded: "Centre de coopération
# internationale en recherche agronomique" is one state's centre, as a national development
# agency is, not a body of many nations.
_INTERNATIONAL_COOPERATION = re.compile(
    r"international co-?operation|cooperation internationale|cooperacion internacional"
    r"|cooperazione internazionale|cooperacao internacional|internationale zusammenarbeit"
    r"|wspolprac\w* miedzynarodow\w*|miedzynarodow\w* wspolprac\w*"
    r"|международн\w* сотрудничеств\w*|сотрудничеств\w* международн\w*"
    r"|міжнародн\w* (?:співробітництв|співпрац)\w*|国际合作|国際協力|국제협력"
    r"|अंतरराष्ट्रीय सहयोग|التعاون الدولي"
)
# Kinds of body that are a state's own (research institutes and centres, public corporations),
# and the word "national" (not inside "international", which INTERNATIONAL reads first), folded:
# one named without a place is the article's one foreign country's ("Asociación Nacional de
# Agricultores Pequeños (ANAP)" in an article about Cuba's side). NGOs and groups are not.
_NATIONAL = re.compile(
    r"institut|istitut|instytut|институт|інститут|empresa|corporac|개발원|진흥원|공사|공단"
    r"|研究所|研究院|संस्थान|معهد|สถาบัน"
    r"|(?<!inter)(?:national|nacional|nazional|narodow|национальн|національн)|国立|국립"
    r"|राष्ट्रीय|الوطني|แห่งชาติ"
    # Research, in every language: a research centre is a state's as its institutes are.
    r"|research|recherche|investigac|pesquisa|ricerca|forschung|badawcz|исследоват|досліджен"
    r"|nghien cuu|研究|연구|วิจัย|अनुसंधान|بحوث|أبحاث"
)
# A legal person's form only one country's law gives, before the name (公益社団法人国際厚生事業団
# (JICWELS), 재단법인 …): the body is registered there, whatever "international" its name holds.
_LEGAL_PERSON = {
    "ja": (re.compile(r"(?:公益|一般)(?:社団|財団)法人|独立行政法人|国立研究開発法人"), "JP"),
    "ko": (re.compile(r"(?:사단|재단)법인|\(사\)|\(재\)"), "KR"),
}
# A cooperative is its members' place's, folded: the article's one foreign country's where its
# name names none, and never an international body (no id without a country).
_COOPERATIVE = re.compile(
    r"cooperativ|co-operativ|genossenschaft|spoldzielni|кооператив|hop tac xa|تعاونية"
    r"|協同組合|合作社|협동조합|สหกรณ์|सहकारी"
)
# How far before the acronym its name may open: words where they are spaced, else characters.
_MAX_WORDS = 9
# Vietnamese writes a word in one to three syllables, each spaced: its names run longer
# ("Viện Khoa học và Công nghệ Đại dương Hàn Quốc" is ten).
_MAX_SYLLABLES = 16
_MAX_CHARS = 16
_CLAUSE_END = re.compile(r"[,.;:!?()（）«»\"“”„،؛。、，；：।\n]")


def find_acronym_bodies(
    registries: Registries, lang: str, text: str, matches: list[Match]
) -> list[Body]:
    """The agencies and NGOs ``text`` names with their acronym (see the module)."""
    heads = _HEADS.get(lang)
    if heads is None:
        return []
    first = list(_acronym_first(registries, lang, text, matches, heads))
    if "(" not in text and "（" not in text:
        return first
    folded = same_length_fold(text)
    return [
        *_found(registries, lang, text, folded, matches, heads),
        *_glossed_after(registries, lang, text, folded, matches, heads),
        *first,
    ]


# An acronym before its name, the way a national agency introduces itself: a dash and the name
# opening with an organisation's word ("AICEP – Agência para o Investimento e Comércio Externo
# de Portugal"), or its country's name and the capitalised rest of its brand ("ICEX España
# Exportación e Inversiones"). Three to six capitals, whole, in no brackets (those gloss a
# name before them: "(HRD Korea)").
# (The first capital comes before the look behind it, which the regex engine skips ahead by.)
_ACRONYM_FIRST = re.compile(
    r"([A-Z](?<![\w(（-][A-Z])[A-Z]{2,5})(?:[ \t][–—-][ \t]|[ \t](?=[A-ZÀ-Þ]))"
)
# After the country's name, the brand's next capitalised word ("… España Exportación"), no
# place's: an acronym and a country alone ("Đảng NDCM Lào,", a tag line's "FDI  Korea") name no
# body, nor letters before two countries (a bilateral chamber, "CCI France Vietnam").
_BRAND_GOES_ON = re.compile(r"[ \t][A-ZÀ-Þ]")
# Vietnam's name in Latin letters, which no registry place match gives.
_VIETNAM_NEXT = re.compile(r"[ \t](?:Vi[eệ]t[ \t-]?[Nn]am|Vietname|Vietnã|Wietnam)(?!\w)")
# How far after the dash the name may run to the country it names.
_FIRST_NAME_CHARS = 100


def _acronym_first(
    registries: Registries, lang: str, text: str, matches: list[Match], heads: str
) -> Iterator[Body]:
    """The bodies named by an acronym before their name (see ``_ACRONYM_FIRST``): the id is
    ``<iso2>-<acronym>``, the country the one the name holds."""
    own = re.compile(heads if lang in _UNSPACED else rf"(?<!\w)(?:{heads})(?!\w)")
    countries = {m.start: m for m in matches if _is_country(registries, m)}
    by_start = sorted(matches, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    starts_at = set(starts)
    for acronym in _ACRONYM_FIRST.finditer(text):
        after = acronym.end()
        if text[acronym.end(1) : after].strip():  # a dash: the name opens with its kind's word
            opening = own.match(same_length_fold(text[after : after + 40]))
            if opening is None:
                continue
            clause = _CLAUSE_END.search(text, after, after + _FIRST_NAME_CHARS)
            end = clause.start() if clause else after + _FIRST_NAME_CHARS
            named = [
                m for m in by_start[bisect_left(starts, after) : bisect_left(starts, end)]
                if m.end <= end
            ]  # fmt: skip
            country = _first_country(registries, lang, text, named, after, end)
            if not country and _NATIONAL.search(same_length_fold(text[after:end])):
                country = _one_foreign_country(registries, matches)
            end = named[-1].end if named else after + opening.end()
        else:  # the country's name right after the letters
            state = countries.get(after)
            if state is None or not _BRAND_GOES_ON.match(text, state.end):
                continue
            if state.end + 1 in starts_at or _VIETNAM_NEXT.match(text, state.end):
                continue  # another country: a chamber joining two ("CCI France Vietnam")
            country, end = str(state.target[1]).upper(), state.end
        if not country or country == _VIETNAM:
            continue
        code = slugify(acronym.group(1))
        pid = f"{country.lower()}-{code}"
        if _known(registries, pid, code, matches, acronym.start(), acronym.end(1)):
            continue
        body = Unlisted(id=pid, name_en=acronym.group(1), country=country, kind=_ORGANISATION)
        yield Body(acronym.start(), end, body)


def _first_country(
    registries: Registries, lang: str, text: str, named: list[Match], start: int, end: int
) -> str:
    """The country the first place (of ``named``, the matches from ``start`` to ``end``, in
    order) or nationality adjective from ``start`` names, "" for none: a name run on past its
    end to a Vietnamese place ("… delle imprese italiane guiderà una missione a Hải Phòng") is
    still its country's."""
    adjectives = find_demonyms(registries, lang, text[start:end])
    if adjectives and (not named or adjectives[0].start + start < named[0].start):
        return adjectives[0].country
    return _country(registries, lang, text, named[:1], start, named[0].end) if named else ""


def _is_country(registries: Registries, match: Match) -> bool:
    if match.target[0] != PARTNER:
        return False
    partner = registries.partners.get(match.target[1])
    return partner is not None and partner.kind == "country"


@functools.cache
def _heads(heads: str, lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The pattern of every organisation's word, the academic ones included, and that of the
    academic ones alone (None in a language without them); compiled once, as ``_own``."""
    academic = _ACADEMIC.get(lang)
    either = f"{heads}|{academic}" if academic else heads
    if lang in _UNSPACED:
        return re.compile(either), re.compile(academic) if academic else None
    bounded = r"(?<!\w)(?:{})(?!\w)"
    return (
        re.compile(bounded.format(either)),
        re.compile(bounded.format(academic)) if academic else None,
    )


@functools.cache
def _own(heads: str, lang: str) -> re.Pattern[str]:
    """The pattern of every organisation's word but the academic ones."""
    return re.compile(heads if lang in _UNSPACED else rf"(?<!\w)(?:{heads})(?!\w)")


def _named_again(text: str, letters: str, after: int) -> bool:
    """Whether the article calls the body by its acronym again after ``after``."""
    return re.search(rf"(?<![\w-]){re.escape(letters)}(?![\w-])", text[after:]) is not None


def _found(
    registries: Registries,
    lang: str,
    text: str,
    folded: str,
    matches: list[Match],
    heads: str,
) -> Iterator[Body]:
    own = _own(heads, lang)
    head, academic = _heads(heads, lang)
    acronyms = sorted([*ACRONYM.finditer(text), *_ACRONYM_PLACE.finditer(text),
                       *spelt_acronyms(lang, text)], key=lambda m: m.start())  # fmt: skip
    for acronym in acronyms:
        end = acronym.start()
        start = _name_start(text, folded, end, head, lang)
        if start is None or _NEWS.search(folded, start, end):
            continue
        letters = acronym.group(1)
        school = academic is not None and academic.search(folded, start, end) is not None
        if (
            school
            and not own.search(folded, start, end)
            and not _named_again(text, letters, acronym.end())
        ):
            continue
        if lang == "vi" and _initials(text[start:end]) == fold(letters):
            continue  # Vietnamese initials: a Vietnamese body ("Hội Liên hiệp Phụ nữ (HLHPN)")
        country = _name_country(registries, lang, text, folded, matches, (start, end), school)
        if country is None:
            continue
        if not country and isinstance(acronym, SpeltAcronym):
            country = acronym.home  # Hindi spells its own country's bodies' acronyms
        code = slugify(letters)
        pid = f"{country.lower()}-{code}" if country else code
        # Only the letters may be a registry name: the place beside them ("INSA Lyon") is not.
        letters_end = acronym.start(1) + len(letters.split()[0])
        if isinstance(acronym, SpeltAcronym):  # the registry may list the letters' names
            letters_end = acronym.end()
        if _known(registries, pid, code, matches, acronym.start(), letters_end):
            continue
        name = text[start:end].strip() if lang == "en" else letters
        name_en = f"{name} ({letters})" if lang == "en" else name
        english = _composed(registries, lang, text, matches, (start, end), letters, country)
        if english is not None:  # "Instituto de Investigaciones de Granos (IIG)"
            pid, name_en = f"{country.lower()}-{slugify(english)}", english
        body = Unlisted(id=pid, name_en=name_en, country=country, kind=_ORGANISATION)
        yield Body(start, acronym.end(), body)
        if " " in letters:  # "l'INSA Lyon" again: the body's, not Lyon the partner
            for again in re.finditer(re.escape(letters), text[acronym.end() :]):
                yield Body(acronym.end() + again.start(), acronym.end() + again.end(), body)


# The words of a place's kind in its English name.
_PLACE_KIND = re.compile(r"^(?:Region|Province|State|Department) of |\s(?:Region|Province|State)$")


def _composed(
    registries: Registries,
    lang: str,
    text: str,
    matches: list[Match],
    span: tuple[int, int],
    letters: str,
    country: str,
) -> str | None:
    """The English name a state's body named in a Romance language with its initials in capitals
    ("(IIG)", not a brand such as "(Coopersul)") is given word by word
    (digest.extract.composed_names), or None: its country's name closing the name is dropped,
    a registry place there opens the English name."""
    if not country or not letters.isupper() or lang not in COMPOSED_LANGUAGES:
        return None
    start, end = span
    name = text[start:end].rstrip()
    place = country_named = ""
    for match in matches:
        if start <= match.start and match.end == start + len(name) and match.target[0] == PARTNER:
            partner = registries.partners.get(match.target[1])
            if partner is None:
                return None
            if partner.kind == "country":
                country_named = text[match.start : match.end]
            else:
                place = _PLACE_KIND.sub("", partner.name_en)  # "Region of Murcia": Murcia
                name = name[: match.start - start] + place
    english = composed_name(lang, name, place, country_named)
    if english is None or f"{country.lower()}-{slugify(english)}" in registries.partners:
        return None
    return english


def _name_country(
    registries: Registries,
    lang: str,
    text: str,
    folded: str,
    matches: list[Match],
    span: tuple[int, int],
    school: bool,
) -> str | None:
    """The country of the body whose full name runs over ``span``: the one its name holds, else,
    for a state's kind of body, the article's one foreign country; "" for an international body,
    None for one that is no partner (Vietnam's, or a cooperative of no country)."""
    start, end = span
    country = _country(registries, lang, text, matches, start, end) or _legal_person(
        lang, text, start, end
    )
    cooperative = _COOPERATIVE.search(folded, start, end) is not None
    if (not country and (school or cooperative or _NATIONAL.search(folded, start, end))
            and not _international(folded[start:end])):  # fmt: skip
        # "Instituto Agronômico de Campinas (IAC)" in an article about Brazil's side: a
        # national body of the article's one foreign country, as its universities are.
        country = _one_foreign_country(registries, matches)
    if country == _VIETNAM or (cooperative and not country):
        return None
    return country


def _international(name: str) -> bool:
    """Whether a folded name says its body is international, other than by the international
    cooperation it does."""
    return INTERNATIONAL.search(_INTERNATIONAL_COOPERATION.sub(" ", name)) is not None


# A brand or acronym glossed by the full name in brackets after it, the name opening with a
# capital: "le CIRAD (Centre de coopération internationale …)", "a Cooxupé (Cooperativa Regional
# de Cafeicultores em Guaxupé)". The brand is one word of two to twelve letters, a capital first.
# (The capital before the look behind it, which the regex engine skips ahead by.)
_GLOSSED = re.compile(
    r"([A-Z](?<![\w'’-][A-Z])[\w&'’-]{1,11})[ \t]*[(（](?=[A-ZÀ-ÞА-ЯЁІЇЄ])([^()（）\n]{8,160})[)）]"
)


def _glossed_after(
    registries: Registries,
    lang: str,
    text: str,
    folded: str,
    matches: list[Match],
    heads: str,
) -> Iterator[Body]:
    """The bodies named by a brand or acronym with their full name in brackets after it (see
    ``_GLOSSED``), the name opening with an organisation's word in the article's language, as
    a body is introduced by its name and its acronym the other way round."""
    own = _own(heads, lang)
    for glossed in _GLOSSED.finditer(text):
        start, end = glossed.span(2)
        if own.match(folded, start) is None or _NEWS.search(folded, start, end):
            continue
        country = _name_country(registries, lang, text, folded, matches, (start, end), False)
        if country is None:
            continue
        brand = glossed.group(1)
        code = slugify(brand)
        pid = f"{country.lower()}-{code}" if country else code
        if _known(registries, pid, code, matches, glossed.start(), glossed.end(1)):
            continue
        name = f"{brand} ({text[start:end].strip()})" if lang == "en" else brand
        body = Unlisted(id=pid, name_en=name, country=country, kind=_ORGANISATION)
        yield Body(glossed.start(), glossed.end(), body)


def _name_start(text: str, folded: str, end: int, head: re.Pattern[str], lang: str) -> int | None:
    """Where the name before ``end`` opens: at its organisation word, or at the capitalised
    words right before it ("Japan International Cooperation Agency"); None without one."""
    clause = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, end - 200), end)), default=0)
    if lang in _UNSPACED:
        window = max(clause, end - _MAX_CHARS)
        found = head.search(folded, window, end)
        return window if found is not None else None
    most = _MAX_SYLLABLES if lang == "vi" else _MAX_WORDS
    words = [m for m in re.finditer(r"\S+", text[clause:end])][-most:]
    if not words:
        return None
    window = clause + words[0].start()
    found = head.search(folded, window, end)
    if found is None:
        return None
    start = found.start()
    links = _UNCASED_LINKS.get(lang)
    joined = False  # an "&" between capitalised words ("Business & Science Accelerator")
    for word in reversed(words):  # the capitalised words opening the name before its head
        position = clause + word.start()
        if position >= start:
            continue
        if links is None and word.group() == "&" and not joined:
            joined = True
            continue
        opens = word.group() not in links if links is not None else word.group()[:1].isupper()
        if not opens:
            break
        start, joined = position, False
    return start


def _one_foreign_country(registries: Registries, matches: list[Match]) -> str:
    """The one foreign country of the text's places and registry bodies, or "": the AFD beside
    Luxembourg's government leaves a French research centre's country unsaid."""
    # Imported here: digest.extract.organisations reads this module's ACRONYM.
    from digest.extract.organisations import one_country

    return one_country(registries, matches) or ""


def _legal_person(lang: str, text: str, start: int, end: int) -> str:
    """The country whose law alone gives the legal form the name opens with, or ""."""
    form = _LEGAL_PERSON.get(lang)
    return form[1] if form is not None and form[0].search(text, start, end) else ""


def _initials(name: str) -> str:
    return "".join(word[:1] for word in fold(name).split())


def _country(
    registries: Registries, lang: str, text: str, matches: list[Match], start: int, end: int
) -> str:
    """The country the name holds: a registry place or country, or a nationality adjective
    ("Agence française"); "" for none (an international organisation)."""
    for match in matches:
        if start <= match.start and match.end <= end:
            if match.target[0] != PARTNER:
                return _VIETNAM  # a Vietnamese province: a Vietnamese body
            partner = registries.partners.get(match.target[1])
            if partner is not None and (partner.country or partner.kind == "country"):
                return partner.country or match.target[1].upper()
    for demonym in find_demonyms(registries, lang, text):
        if start <= demonym.start and demonym.end <= end:
            return demonym.country
    return ""


def _known(
    registries: Registries, pid: str, code: str, matches: list[Match], start: int, end: int
) -> bool:
    """Whether the registry lists the organisation: by id, or its acronym is one of its names."""
    if pid in registries.partners or code in registries.partners:
        return True
    return any(start <= match.start and match.end <= end for match in matches)
