"""A foreign region's or city's department, bureau, commission or office named as acting in the
story: an organisation of its own (tests/extraction_corpus/README.md, eleventh round).

"云南省商务厅" is the Yunnan Provincial Department of Commerce (``cn-yunnan-department-of-
commerce``), "防城港市公安局" the Fangchenggang Public Security Bureau, "广西卫健委" the Guangxi
Health Commission, "Sở Thương mại tỉnh Vân Nam" Yunnan's Department of Commerce, "岐阜県商工労働部"
the Gifu Prefectural Department of Commerce, Industry and Labour, "बिहार सरकार के पर्यटन विभाग"
Bihar's Department of Tourism, "دائرة الاقتصاد والسياحة في دبي" Dubai's Department of Economy
and Tourism, "the Department of Industry and Commerce of Khammouane Province". The id is
``<iso2>-<place>-<kind>-of-<portfolio>``, the place's name without its kind's words.

The place is a registry region, city or district right beside the department's words (glued in
Chinese and Japanese, "of ... Province" in English); a bare "省商务厅", "市商务局" is the one of
the province or city the text named last with that kind's word. A Vietnamese place's department
("老街省工贸厅", "Sở Công Thương" with no foreign place after it) is Vietnam's own, never a
partner. A department named only on a credit or a
source line ("来源：市商务局", "图片来源：…外办", "主办：…") or alone on its line (a masthead) is no
partner. Its place is a partner besides only where the article shows its government acting
(``government_acts``): its people's government, its governor or mayor.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from digest.extract.country_conventions import own_portfolio
from digest.extract.gazetteer import PARTNER, Match
from digest.extract.portfolios import Reader as PortfolioReader
from digest.extract.portfolios import reader as portfolio_reader
from digest.extract.unlisted import Body, Unlisted
from digest.registries import Partner, Registries
from digest.text import same_length_fold, slugify

_VIETNAM = "VN"
_PLACES = frozenset({"region", "city", "district"})


@dataclass(frozen=True)
class Department(Body):
    """A department and the registry id of the place whose government it belongs to."""

    place: str


# The English kind of body each language's word names.
_KIND_WORDS: dict[str, dict[str, str]] = {
    "zh": {"厅": "Department", "廳": "Department", "局": "Bureau", "委员会": "Commission",
           "委員會": "Commission", "委": "Commission", "办公室": "Office", "辦公室": "Office",
           "办": "Office", "辦": "Office"},
    "ja": {"部": "Department", "局": "Bureau", "課": "Division", "庁": "Agency",
           "協議会": "Council"},
    "vi": {"sở": "Department", "cục": "Bureau", "ủy ban": "Commission", "uỷ ban": "Commission",
           "văn phòng": "Office"},
    "ko": {"국": "Bureau", "과": "Division", "실": "Office", "과학원": "Science Institute",
           "연구원": "Research Institute"},
    "hi": {"विभाग": "Department"},
    "th": {"สำนักงาน": "Office", "กรม": "Department"},
    "ar": {"دائرة": "Department", "هيئة": "Authority"},
}  # fmt: skip
# What a department is of, as each language writes it right before (Chinese, Japanese, Hindi)
# or after (Vietnamese, Arabic) the kind's word, and its English: the names a closed class of
# portfolio words does not compose (short names, 卫健, 工信; an English of their own). The rest
# are composed word by word from the vocabulary's `ministries.portfolio_words`
# (digest.extract.portfolios), the ministries' portfolios too where a language writes them
# after the word.
_PORTFOLIOS: dict[str, dict[str, str]] = {
    "zh": {"卫生健康": "Health", "卫健": "Health", "衛生健康": "Health",
           "公安": "Public Security", "科技": "Science and Technology",
           "工业和信息化": "Industry and Information Technology",
           "工信": "Industry and Information Technology",
           "发展和改革": "Development and Reform", "发改": "Development and Reform",
           "文旅": "Culture and Tourism",
           "人力资源和社会保障": "Human Resources and Social Security",
           "住房和城乡建设": "Housing and Urban-Rural Development", "民政": "Civil Affairs",
           "审计": "Audit", "市场监督管理": "Market Regulation", "市场监管": "Market Regulation",
           "林业和草原": "Forestry and Grassland", "侨务": "Overseas Chinese Affairs",
           "口岸": "Port", "工贸": "Industry and Trade", "外务": "Foreign Affairs"},
    "ja": {"商工労働": "Commerce, Industry and Labour",
           "商工観光労働": "Commerce, Industry, Tourism and Labour",
           "商工": "Commerce and Industry", "農政": "Agricultural Policy",
           "農林水産": "Agriculture, Forestry and Fisheries", "健康福祉": "Health and Welfare",
           "産業振興": "Industrial Promotion", "国際": "International Affairs",
           "水道": "Waterworks", "港湾": "Port and Harbor", "交通": "Transportation"},
    "ko": {"국제통상": "International Trade", "농정": "Agricultural Policy",
           "투자유치": "Investment Promotion", "일자리경제": "Jobs and Economy"},
    "vi": {"thương mại": "Commerce", "công an": "Public Security",
           "phát triển và cải cách": "Development and Reform", "công thương": "Industry and Trade",
           "thương vụ": "Commerce", "cửa khẩu": "Port"},
    "hi": {"उद्योग एवं खान": "Industries and Mines", "उद्योग और खान": "Industries and Mines",
           "उद्योग": "Industries", "वन": "Forest",
           "कला, संस्कृति एवं युवा": "Art, Culture and Youth"},
    "th": {"เกษตรและสหกรณ์": "Agriculture and Cooperatives"},
    "ar": {"التعليم والمعرفة": "Education and Knowledge",
           "البلديات والنقل": "Municipalities and Transport"},
}  # fmt: skip
# English names said with the portfolio first, not "<kind> of <portfolio>"; and kinds always
# named so ("Social Welfare Council", "Ocean and Fisheries Science Institute").
_COMPOUND = frozenset({"Foreign Affairs Office", "Health Commission", "Public Security Bureau"})
# Portfolios whose office a place names by the portfolio alone, whatever the kind's word: a
# place's customs office is "<place> Customs" (Nanning Customs, Osaka Customs), as the Chinese
# vocabulary reads 海关, not the "Bureau of Customs" of "Cục Hải quan Nam Ninh" word by word.
_PORTFOLIO_ALONE = frozenset({"Customs"})
_PORTFOLIO_FIRST = frozenset({"Council", "Science Institute", "Research Institute"})
# Kinds named "for" their portfolio, not "of" it: a Russian or Ukrainian committee linked to
# its portfolio by "по"/"з питань" ("комитет по сельскому хозяйству и продовольствию": Committee
# for Agriculture and Food), as such committees write their English names.
_LINKED_FOR = frozenset({"Committee"})
# In Chinese, a foreign-affairs or health body's usual short names.
_ZH_SHORT = {"外办": ("Foreign Affairs", "Office"), "外辦": ("Foreign Affairs", "Office"),
             "卫健委": ("Health", "Commission")}  # fmt: skip
# The kind's words a place's name may be followed by before the department's (省, 市, 州, 县,
# an autonomous prefecture or region spelt out), then its people's government.
_ZH_GAP = re.compile(
    r"(?:(?:[\u4e00-\u9fff]{1,4}族){0,3}自治[区州县區縣]|省|市|州|县|縣|区|區|盟|地区)?"
    r"(?:人民政府)?(?:驻\w{1,6})?"
)
_ZH_KIND_CHARS = "省市州县縣区區"
# A bare kind's word ("省商务厅", "市商务局") follows a clause's start or a function word ("与",
# "由", "、") or is an autonomous region's (自治区); after any other Han character it closes a
# place's name no registry knows.
_NAME_BEFORE_KIND = re.compile(r"[\u4e00-\u9fff](?<![与和及由在是的了到向同跟对为经据将并即])")
_JA_GAP = re.compile(r"(?:県|府|都|道|市)?")
# In Korean the kind's syllable may open a longer word ("경제과학진흥원"); the department's
# name ends before a particle or a word's end. Its head's title glued after it (국장, 과장)
# names the head, whom the gold reads as speaking for the province, as a body's
# (digest.extract.bodies: "경상북도 농업기술원장").
_KO_WORD_GOES_ON = re.compile(r"[가-힣](?<![은는이가을를의에와과도로])")
# Korean: the province's or city's word, its office's (도청, 시청), a space.
_KO_GAP = re.compile(r"(?:도|시|특별시|광역시|특별자치도)?(?:청)?\s?")
_JA_PREFECTURAL = frozenset({"県", "府", "都", "道"})
# A credit, a source line, a footer: the department named there is the page's, not a partner.
_CREDIT_WORD = re.compile(
    r"(?:来源|來源|主办|主辦|承办|承辦|图片|圖片|图|圖|出典|提供|\bSource|\bPhoto|\bCredit|\bNguồn"
    r"|\bẢnh|स्रोत|फोटो|المصدر|صورة)\w{0,4}\s*[:：/]",
    re.IGNORECASE,
)
_OPENING_BRACKET = re.compile(r"[（(]\s*$")
# How far before the department a credit's word may stand on its line ("图片来源：云南省").
_CREDIT_REACH = 16
# How far a masthead's line is read either side of the department.
_LINE_REACH = 200
_CREDIT_AFTER = re.compile(r"\s*[（(]?\s*(?:供图|供圖|提供|摄|攝)")
# Words for a place's government itself acting, right after its name: its people's government,
# its governor or mayor, or (in Japanese) the place as the subject of the sentence ("岐阜県は").
_GOVERNMENT_AFTER: dict[str, re.Pattern[str]] = {
    # ... or the place as the subject of what it will do ("云南将与老街省…深化合作").
    "zh": re.compile(
        r"(?:省|市|州|县|縣|区|區)?(?:人民政府(?!办公|辦公|外事)|政府(?!办公|辦公)"
        r"|(?:常务)?副?(?:省长|省長|市长|市長|州长|州長|县长|縣長|主席)|将|將|愿|願|计划|計劃)"
    ),
    "ja": re.compile(r"(?:県|府|都|道|市)?(?:は|が|副?知事|副?市長|：)"),
    # ... the state as the doer ("बिहार राज्य ने"), its government or its ministers.
    "hi": re.compile(r"\s+(?:राज्य\s+)?(?:ने|सरकार\s+ने|के\s+(?:मुख्यमंत्री|\w+\s+मंत्री|राज्यपाल))"),
    "en": re.compile(
        r"(?:'s|’s)?\s+(?:(?:Provincial|Municipal|State|City|Prefectural)\s+)?"
        r"(?:(?:People's\s+)?Government|Governor|Mayor|Premier|Vice[- ]Governor|Vice[- ]Mayor)\b"
    ),
    # A region's state administration or council, its government ("Одеській обласній
    # державній адміністрації", "Одеської ОДА").
    "uk": re.compile(
        r"\s+(?:(?:обласн\w+\s+)?державн\w+\s+адміністраці|ОДА|ОВА|облдержадміністраці"
        r"|(?:міськ\w+\s+)?рад[аиі])"
    ),
    "ru": re.compile(
        r"\s+(?:областн\w+\s+(?:государственн\w+\s+)?администраци|облгосадминистраци"
        r"|правительств|губернатор|мэри)"
    ),
    # The place as the subject of what it is doing ("Châu Văn Sơn đang đầu tư").
    "vi": re.compile(r"\s+(?:đang|sẽ|đã|cam kết|sẵn sàng|mong muốn)\s", re.IGNORECASE),
}
# ... or right before it: "the Governor of", "chính quyền huyện" (its authorities).
_GOVERNMENT_BEFORE: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b(?:Governor|Mayor|Premier|Government|Vice[- ]Governor|Vice[- ]Mayor) of (?:the )?$"
    ),
    "vi": re.compile(
        r"(?:chính quyền|chính phủ nhân dân|ủy ban nhân dân|ubnd)\s+(?:\w+\s+)?$", re.IGNORECASE
    ),
}
# The publisher's own government named by its kind's word alone, in Chinese: "我市", "我省", or
# its mayor or governor opening a clause ("、市长黄振邦").
_ZH_OWN_GOVERNMENT = re.compile(
    r"我[省市州县]|(?:^|(?<=[，。、；\n]))副?[省市州县](?:长|長|人民政府|政府)(?!办公|辦公)"
)
# A headline's places joined as its subject's parties ("Quang Binh and Khammouane agree",
# "河口县与越南老街省举行"): each is a party, unless a noun it qualifies follows ("云南省多家机构",
# "Khammouane's").
_JOINED_WORDS = (
    r"\b(?:and|và|et|y|e|und|oraz|та|и|і|i)\s|(?<!\w)(?:और|एवं)(?!\w)|&|与|與|和|同|と|[-–]"
    # Thai glues its words: "and", "with", "joins hands with" ("จังหวัดอุบลราชธานีจับมือ
    # จังหวัดกวางจิ").
    r"|และ|กับ|จับมือ"
)
_JOINED_BEFORE = re.compile(rf"(?:{_JOINED_WORDS})\s*(?:\w{{1,2}}\s*)?$")
_JOINED_AFTER = re.compile(rf"(?:省|市|州|县|縣|県|\s+[Pp]rovince)?\s*(?:{_JOINED_WORDS})")
_QUALIFIES = re.compile(r"(?:省|市|州|县|縣|県)?(?:多家|各|的|'s|’s)")


# English: a kind's word and its capitalised portfolio.
_EN_KIND = re.compile(
    r"\b(Department|Bureau|Commission|Office) of (?:the )?"
    r"([A-Z][\w'’-]*(?:,? (?:and |& )?[A-Z][\w'’-]*){0,5})"
)
_EN_BEFORE = re.compile(
    r"(?:'s|’s)?\s+(?:(?:Provincial|Prefectural|Municipal|State|City|County|Regional)\s+)?"
    r"(?:Government(?:'s|’s)?\s+)?$"
)
_EN_AFTER = re.compile(r",?\s+(?:of|in)\s+(?:the\s+)?(?:Government\s+of\s+)?(?:the\s+)?")
_EN_PLACE_KIND = re.compile(
    r"\s+(?:Province|Prefecture|City|County|State|Region|Autonomous Region)\b"
)
# English names of a place that say its kind, left out of the department's name.
_PLACE_KIND_WORDS = re.compile(
    r"\s+(?:Zhuang\s+|Hui\s+|Uyghur\s+)?(?:Autonomous\s+)?"
    r"(?:Province|Prefecture|City|County|Region|Oblast|Krai|State|District|Municipality"
    r"|Governorate|Emirate)$"
)
_MAX_GAP = 14
# The same words at the end of a place's id ("cn-honghe-prefecture").
_ID_KIND = re.compile(
    r"-(?:province|prefecture|city|county|region|oblast|krai|state|district|municipality"
    r"|governorate|emirate)$"
)
_MAX_NAME_WORDS = 16


def find_departments(
    registries: Registries,
    lang: str,
    text: str,
    matches: Sequence[Match],
    country: str | None = None,
) -> list[Department]:
    """The foreign departments ``text`` names, with where it names each (the place's name
    included, so that mention of the place is the department's). ``country`` is the one
    foreign country the article's places lie in, if any: an English department named without
    a place is that country's ("the Department of Primary Industries and Regional
    Development" in an article on Western Australia)."""
    places = sorted(
        (m for m in matches if isinstance(m.target, tuple) and len(m.target) == 2),
        key=lambda m: m.start,
    )
    if lang == "zh":
        found = list(_glued(registries, text, places, "zh"))
    elif lang in ("ja", "ko"):
        found = list(_glued(registries, text, places, lang))
    elif lang == "en":
        found = list(_english(registries, text, places, country))
    elif lang in ("vi", "ar", "th"):
        found = list(_word_before(registries, lang, text, places))
    elif lang == "hi":
        found = list(_hindi(registries, text, places))
    elif lang in _SPACED_KINDS:
        found = list(_spaced(registries, lang, text, places))
    else:
        found = []
    return [d for d in found if not _credited(text, d.start, d.end)]


def government_acts(lang: str, text: str, match: Match, in_title: bool) -> bool:
    """Whether this mention of a place shows its government itself acting: its people's
    government, its governor or mayor right beside its name, or the place as a party the
    headline joins to another."""
    after = _GOVERNMENT_AFTER.get(lang)
    if after is not None and after.match(text, match.end):
        return True
    before = _GOVERNMENT_BEFORE.get(lang)
    if before is not None and before.search(text, max(0, match.start - 30), match.start):
        return True
    return (
        in_title
        and not _QUALIFIES.match(text, match.end)
        and bool(
            _JOINED_AFTER.match(text, match.end)
            or _JOINED_BEFORE.search(text, max(0, match.start - 8), match.start)
        )
    )


def own_government_named(lang: str, text: str) -> bool:
    """Whether a page names the department's government itself a party anyway: a Chinese page
    its publisher's own government by its kind's word alone ("我市", "、市长黄振邦"); an Arabic
    page an emirate's "دائرة", which is the emirate's own government department (no
    ministry stands between), read with its emirate in every Arabic corpus."""
    return lang == "ar" or (lang == "zh" and bool(_ZH_OWN_GOVERNMENT.search(text)))


def credited(text: str, start: int, end: int) -> bool:
    """Whether the body at ``start``-``end`` is named on a photo credit or a source line
    ("图片来源：云南省商务厅", "Ảnh: …", "（…供图）"): the page's, not a party to the story."""
    line_before = text[max(0, start - _CREDIT_REACH) : start].rsplit("\n", 1)[-1]
    return bool(_CREDIT_WORD.search(line_before) or _CREDIT_AFTER.match(text, end))


def _credited(text: str, start: int, end: int) -> bool:
    """Whether the department at ``start``-``end`` is named on a credit, a source line, right
    after an opening bracket or alone on its line (a masthead). Only a short stretch either
    side is read: a page may name thousands of departments on one line."""
    before = text[max(0, start - _LINE_REACH) : start]
    after = text[end : end + _LINE_REACH]
    line_before = before.rsplit("\n", 1)[-1]
    if credited(text, start, end) or _OPENING_BRACKET.search(line_before):
        return True
    alone_before = not line_before.strip() and ("\n" in before or start <= _LINE_REACH)
    return alone_before and not after.split("\n", 1)[0].strip(" \t|·•")


def _foreign_place(registries: Registries, match: Match) -> str | None:
    """The registry region, city or district ``match`` names, unless it is Vietnam's."""
    target = match.target
    if not isinstance(target, tuple) or target[0] != PARTNER:
        return None
    partner = registries.partners.get(target[1])  # type: ignore[attr-defined]
    if partner is None or partner.kind not in _PLACES or partner.country in (None, _VIETNAM):
        return None
    return partner.id


def place_id_prefix(partner: Partner, short: str) -> str:
    """How a body's id names its region or city: as the place's own id does, without its kind's
    word (kr-jeollanam, whose English name is South Jeolla; ru-primorsky, cn-honghe for Honghe
    Prefecture); ``short``'s slug after the country's code where the id has none."""
    country = (partner.country or "").lower()
    if partner.id.startswith(f"{country}-"):
        return _ID_KIND.sub("", partner.id)
    return f"{country}-{slugify(short)}"


def _department(
    registries: Registries,
    place: str,
    kind: str,
    portfolio: str,
    span: tuple[int, int],
    level: str = "",
) -> Department:
    partner = registries.partners[place]
    # "Porto (Portugal)": the bracket tells namesakes apart, it is no word of the name.
    short = _PLACE_KIND_WORDS.sub("", re.sub(r"\s*\(.*\)$", "", partner.name_en))
    # ``level``: the level the name says its government is of: "Prefectural", "Provincial".
    portfolio = own_portfolio(partner.country or "", portfolio)
    compound = f"{portfolio} {kind}"
    if portfolio in _PORTFOLIO_ALONE:
        rest = portfolio
    elif compound in _COMPOUND or kind in _PORTFOLIO_FIRST:
        rest = compound
    elif kind.endswith(" for"):
        rest = f"{kind} {portfolio}"
    else:
        rest = f"{kind} of {portfolio}"
    rest = f"{level} {rest}" if level else rest
    # The id names the place as its own id does (kr-jeollanam, not "South Jeolla"), and keeps
    # every word of a portfolio composed of many, as a body's whole name does.
    country = partner.country or ""
    body = Unlisted(f"{place_id_prefix(partner, short)}-{slugify(rest, _MAX_NAME_WORDS)}",
                    f"{short} {rest}", country, "organisation")  # fmt: skip
    return Department(span[0], span[1], body, place)


def _reader(registries: Registries, lang: str) -> PortfolioReader | None:
    """The portfolios of a department in ``lang``: the module's whole names (``_PORTFOLIOS``,
    lower case), then the vocabulary's words, composed (digest.extract.portfolios)."""
    phrases = tuple((k.lower(), v) for k, v in _PORTFOLIOS.get(lang, {}).items())
    return portfolio_reader(registries, lang, phrases, accents=True)


@functools.cache
def _glued_pattern(registries: Registries, lang: str) -> re.Pattern[str]:
    read = _reader(registries, lang)
    kinds = sorted(_KIND_WORDS[lang], key=len, reverse=True)
    short = sorted(_ZH_SHORT, key=len, reverse=True) if lang == "zh" else []
    portfolios = read.sequence if read else "(?!)"
    alternatives = [*short, f"(?:{portfolios})(?:{'|'.join(kinds)})"]
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


def _glued_parts(registries: Registries, lang: str, surface: str) -> tuple[str, str] | None:
    if lang == "zh" and surface in _ZH_SHORT:
        return _ZH_SHORT[surface]
    read = _reader(registries, lang)
    for kind in sorted(_KIND_WORDS[lang], key=len, reverse=True):
        if surface.endswith(kind) and read is not None:
            portfolio = read.english_of(surface[: -len(kind)])
            return (portfolio, _KIND_WORDS[lang][kind]) if portfolio else None
    return None


def _glued(
    registries: Registries, text: str, places: list[Match], lang: str
) -> Iterator[Department]:
    """Chinese and Japanese: the place glued before the department's words ("云南省商务厅",
    "岐阜県商工労働部"), or only its kind's word, the place named before ("省商务厅")."""
    gap = {"zh": _ZH_GAP, "ja": _JA_GAP, "ko": _KO_GAP}[lang]
    ends = {m.end: m for m in places}
    last_with: dict[str, Match] = {}
    index = 0
    for word in _glued_pattern(registries, lang).finditer(text):
        parts = _glued_parts(registries, lang, word.group())
        if parts is None or (lang == "ko" and _KO_WORD_GOES_ON.match(text, word.end())):
            continue
        portfolio, kind = parts
        while index < len(places) and places[index].end <= word.start():
            # The last place named with each kind's word, for a bare "省商务厅" to come.
            place = places[index]
            for char in {text[place.end : place.end + 1], place.surface[-1:]}:
                last_with[char] = place
            index += 1
        place, start, suffix = _place_glued_before(text, last_with, ends, word.start(), gap)
        if place is None:
            continue
        place_id = _foreign_place(registries, place)
        if place_id is None:
            continue
        level = "Prefectural" if lang == "ja" and suffix in _JA_PREFECTURAL else ""
        yield _department(registries, place_id, kind, portfolio, (start, word.end()), level)


def _place_glued_before(
    text: str,
    last_with: dict[str, Match],
    ends: dict[int, Match],
    start: int,
    gap: re.Pattern[str],
) -> tuple[Match | None, int, str]:
    """The place glued before ``start`` (with its kind's words between), or, where only a
    kind's word stands there ("省商务厅"), the last place named before with that word."""
    for end in range(start, max(-1, start - _MAX_GAP - 1), -1):
        place = ends.get(end)
        if place is not None and gap.fullmatch(text, end, start):
            suffix = text[end:start][:1]
            return place, place.start, suffix or place.surface[-1:]
    char = text[start - 1 : start]
    if not char or char not in _ZH_KIND_CHARS + "".join(_JA_PREFECTURAL):
        return None, start, ""
    before = text[max(0, start - 3) : start - 1]
    if not before.endswith("自治") and _NAME_BEFORE_KIND.match(before[-1:]):
        return None, start, ""  # "芒街市文化体育局": a place no registry knows, not the last one
    place = last_with.get(char)
    return (place, start - 1, char) if place is not None else (None, start, "")


def _english(
    registries: Registries, text: str, places: list[Match], country: str | None
) -> Iterator[Department]:
    """English: "Queensland's Department of Primary Industries", "the Department of Industry
    and Commerce of Khammouane Province", "Khammouane Provincial Department of ..."."""
    ends = {m.end: m for m in places}
    starts = {m.start: m for m in places}
    named = {m.start for m in places} | {m.end for m in places}
    found: list[Department] = []
    placed: dict[tuple[str, str], Department] = {}
    bare: list[re.Match[str]] = []
    for word in _EN_KIND.finditer(text):
        # "Department of Tourism, Government of Bihar": the government's words are the place's.
        kind, portfolio = word.group(1), word.group(2).removesuffix(", Government")
        before = _EN_BEFORE.search(text, max(0, word.start() - 40), word.start())
        place = ends.get(before.start()) if before else None
        start, end = (place.start if place else word.start()), word.end()
        if place is None:
            after = _EN_AFTER.match(text, word.start(2) + len(portfolio))
            place = starts.get(after.end()) if after else None
            if place is not None:
                kind_word = _EN_PLACE_KIND.match(text, place.end)
                end = kind_word.end() if kind_word else place.end
        place_id = _foreign_place(registries, place) if place is not None else None
        if place_id is None:
            bare.append(word)
            continue
        department = _department(registries, place_id, kind, portfolio, (start, end))
        placed.setdefault((kind, portfolio), department)
        found.append(department)
    # A place's government between the place and its department's words is the place's ("the
    # Northern Territory Government's Department of ..."), and the department's bare name said
    # again is that one's, not another department of the country's.
    for word in bare:
        same = placed.get((word.group(1), word.group(2).removesuffix(", Government")))
        if same is not None:
            found.append(Department(word.start(), word.end(), same.organisation, same.place))
            continue
        unplaced = _unplaced(text, word, named, country)
        if unplaced is not None:
            found.append(unplaced)
    yield from sorted(found, key=lambda department: department.start)


# The place's level word after a Vietnamese or Arabic department's portfolio, when the
# gazetteer's name of the place does not hold it already ("tỉnh Vân Nam", "في دبي").
_LEVELS = {
    "vi": re.compile(r"(?:tỉnh|thành phố|châu|huyện|khu tự trị|thị xã|quận)\s+", re.IGNORECASE),
    "ar": re.compile(r"(?:في|لإمارة|إمارة)\s+|ب"),
    "th": re.compile(r"จังหวัด\s*"),
}


# What a department of a Vietnamese province is of, as Vietnam's English-language press names
# it bare ("the Department of Industry and Trade"): such a department is Vietnam's own.
_VIETNAMESE_PORTFOLIOS = re.compile(
    r"Industry and Trade|Foreign Affairs|Planning and Investment|Agriculture|Natural Resources"
    r"|Culture|Tourism|Health|Education|Finance|Construction|Transport|Science and Technology"
    r"|Labou?r|Home Affairs|Justice|Information|Ethnic|External Relations|Environment"
)
# Words before a bare department that make it a Vietnamese province's or city's.
_LOCAL_BEFORE = re.compile(
    r"(?:provincial|municipal|city|city's|province's|local|Vietnam's|Vietnamese)\s+$",
    re.IGNORECASE,
)


_PLACE_JOIN = re.compile(r"(?:'s|’s)?\s")


def _unplaced(
    text: str, word: re.Match[str], named: set[int], country: str | None
) -> Department | None:
    """A department named bare, in an article whose places all lie in one foreign country,
    of a portfolio no Vietnamese province's department has: that country's."""
    if country is None or word.group(1) != "Department":
        return None
    portfolio = word.group(2)
    before = text[max(0, word.start() - 24) : word.start()]
    after = text[word.end() : word.end() + 30]
    if (
        _VIETNAMESE_PORTFOLIOS.match(portfolio)
        or _LOCAL_BEFORE.search(before.removesuffix("the ").rstrip() + " ")
        or re.match(r",?\s+(?:of|in)\s", after)
        or any(
            word.start() - gap in named
            and _PLACE_JOIN.fullmatch(text, word.start() - gap, word.start())
            for gap in (1, 3)
        )
    ):
        return None
    name = f"Department of {portfolio}"
    return Department(word.start(), word.end(), Unlisted.named(country, name), "")


@functools.cache
def _after_pattern(registries: Registries, lang: str) -> re.Pattern[str]:
    kinds = "|".join(sorted((k.lower() for k in _KIND_WORDS[lang]), key=len, reverse=True))
    read = _reader(registries, lang)
    portfolios = read.sequence if read else "(?!)"
    if lang == "th":  # Thai writes the words of one name unspaced.
        return re.compile(rf"({kinds})({portfolios})\s*")
    return re.compile(rf"(?<!\w)({kinds})\s+({portfolios})(?!\w)\s+")


def _word_before(
    registries: Registries, lang: str, text: str, places: list[Match]
) -> Iterator[Department]:
    """Vietnamese, Arabic and Thai: the kind's word, the portfolio, then the place ("Cục Thương
    mại huyện Hà Khẩu", "Sở Thương mại tỉnh Vân Nam", "دائرة الاقتصاد والسياحة في دبي",
    "สำนักงานพาณิชย์จังหวัดเชียงใหม่")."""
    starts = {m.start: m for m in places}
    kinds = {k.lower(): v for k, v in _KIND_WORDS[lang].items()}
    read = _reader(registries, lang)
    lowered = text.lower()
    if len(lowered) != len(text) or read is None:
        return
    for word in _after_pattern(registries, lang).finditer(lowered):
        level = _LEVELS[lang].match(text, word.end())
        place = starts.get(word.end()) or (starts.get(level.end()) if level else None)
        place_id = _foreign_place(registries, place) if place else None
        if place is None or place_id is None:
            continue
        kind = kinds[word.group(1)]
        portfolio = read.english_of(word.group(2))
        if portfolio is None:
            continue
        # A Thai office names its province's level inside its name (สำนักงานพาณิชย์จังหวัด…, the
        # Provincial Commerce Office), as no Vietnamese or Arabic level word is.
        provincial = lang == "th" and level is not None and level.end() > level.start()
        yield _department(registries, place_id, kind, portfolio, (word.start(), place.end),
                          "Provincial" if provincial else "")  # fmt: skip


@functools.cache
def _hindi_pattern(registries: Registries) -> re.Pattern[str]:
    read = _reader(registries, "hi")
    portfolios = read.sequence if read else "(?!)"
    # The state's government's ("बिहार सरकार के"), or the state's ("ओडिशा के").
    return re.compile(rf"\s+(?:(?:सरकार\s+)?(?:के|का|की)\s+)?({portfolios})\s+विभाग")


def _hindi(registries: Registries, text: str, places: list[Match]) -> Iterator[Department]:
    """Hindi: the state, perhaps its government's, then the portfolio and "विभाग" ("बिहार
    सरकार के पर्यटन विभाग", "बिहार पर्यटन विभाग", "ओडिशा के मत्स्य एवं पशु संसाधन विकास विभाग")."""
    pattern = _hindi_pattern(registries)
    read = _reader(registries, "hi")
    for place in places:
        word = pattern.match(text, place.end)
        place_id = _foreign_place(registries, place) if word else None
        portfolio = read.english_of(word.group(1)) if word and read else None
        if word is None or place_id is None or portfolio is None:
            continue
        yield _department(registries, place_id, "Department", portfolio, (place.start, word.end()))


# Languages whose department's word comes first, then its portfolio as a ministry's is written
# (vocabularies/organisations.yaml), then its government's level and place: "Consejería de
# Agricultura de la Junta de Andalucía", "Departament Rolnictwa Urzędu Marszałkowskiego
# Województwa Małopolskiego", "Департамент агропромислового розвитку Одеської ОДА". Folded, a
# trailing "\\w{0,3}" taking a Slavic case ending.
_SPACED_KINDS: dict[str, dict[str, str]] = {
    "fr": {"departement": "Department", "direction": "Directorate", "service": "Service"},
    "es": {"departamento": "Department", "secretaria": "Secretariat",
           "consejeria": "Department", "direccion": "Directorate"},
    "it": {"dipartimento": "Department", "assessorato": "Department",
           "direzione": "Directorate"},
    "pt": {"departamento": "Department", "secretaria": "Secretariat", "direcao": "Directorate"},
    "de": {"ministerium fur": "Ministry of", "senatsverwaltung fur": "Senate Department for",
           "referat": "Unit"},
    "pl": {"departament\\w{0,3}": "Department", "wydzia\\w{1,4}": "Department"},
    "ru": {"департамент\\w{0,3}": "Department", "управлени\\w{1,3}": "Department",
           "комитет\\w{0,3}": "Committee"},
    "uk": {"департамент\\w{0,3}": "Department", "управлінн\\w{1,3}": "Department",
           "комітет\\w{0,3}": "Committee"},
}  # fmt: skip
# Portfolios regions' departments have that the portfolio words do not compose (folded when
# read).
_SPACED_PORTFOLIOS: dict[str, dict[str, str]] = {
    "uk": {"агропромислового розвитку": "Agro-Industrial Development",
           "зовнішніх зносин": "External Relations",
           "європейської інтеграції": "European Integration"},
    "ru": {"агропромышленного комплекса": "Agro-Industrial Complex",
           "внешних связей": "External Relations",
           "европейской интеграции": "European Integration"},
    "pl": {"wspolpracy zagranicznej": "Foreign Cooperation",
           "integracji europejskiej": "European Integration"},
}  # fmt: skip
# What stands between the portfolio and the place, folded: a linking word, the government's or
# the region's words ("de la Junta de", "Urzędu Marszałkowskiego Województwa", "des Landes").
_SPACED_LINKS: dict[str, str] = {
    "fr": r"(?:de la |du |de l'|des |d'|de )?(?:(?:province|region|prefecture|ville|metropole)"
          r" (?:de la |du |de l'|des |d'|de )?)?",
    "es": r"(?:de la |del |de )?(?:(?:junta|generalitat|xunta|provincia|region|prefectura"
          r"|ciudad|gobierno|estado) (?:de la |del |de )?)?",
    "it": r"(?:della |del |dello |dell'|di )?(?:(?:regione|provincia|citta|comune|prefettura)"
          r" (?:della |del |dello |dell'|di )?)?",
    "pt": r"(?:da |do |de )?(?:(?:provincia|regiao|prefeitura|cidade|governo|estado)"
          r" (?:da |do |de )?)?",
    "de": r"(?:des |der )?(?:(?:landes|freistaats|freistaates|stadt|provinz|prafektur) )?",
    "pl": r"(?:urzedu (?:marszałkowskiego |miasta )?)?(?:wojewodztwa |miasta |prowincji )?",
    "ru": r"(?:(?:администрации|правительства|мэрии) )?",
    "uk": r"(?:(?:адміністрації|ради) )?",
}  # fmt: skip
# A region's state (or, in wartime Ukraine, military) administration, or a Polish voivodeship's
# marshal's office (UMWL: Urząd Marszałkowski Województwa Lubelskiego), named by its
# abbreviation or its words after the portfolio, the region named before ("Департамент … ОДА"): the
# department is that region's.
_ADMINISTRATION = re.compile(
    r"(?:ОДА|ОВА|облдержадміністрації|обласної державної адміністрації|облгосадминистрации"
    r"|областной администрации|облвійськадміністрації|обласної військової адміністрації"
    r"|UMW[A-ZŁŚŻ]{1,3})(?!\w)"
)


@functools.cache
def _spaced_patterns(
    registries: Registries, lang: str
) -> tuple[re.Pattern[str], PortfolioReader | None, re.Pattern[str]]:
    phrases = {same_length_fold(k): v for k, v in _SPACED_PORTFOLIOS.get(lang, {}).items()}
    spec = registries.vocabularies.organisations["ministries"]
    for portfolio in spec.get("portfolios") or ():
        for form in (portfolio["forms"] or {}).get(lang) or ():
            phrases.setdefault(same_length_fold(str(form)).strip(), str(portfolio["en"]))
    # The portfolio composed word by word, "and" and commas between ("міжнародного
    # співробітництва та європейської інтеграції", "Agricultura y Desarrollo Rural").
    read = portfolio_reader(registries, lang, tuple(phrases.items()))
    kinds = "|".join(_SPACED_KINDS[lang])
    # Russian "по" and Ukrainian "з питань" link a department's word to its portfolio as a
    # ministry's ("Департамент по науке и высшему образованию").
    linked = "".join(
        f"{re.escape(same_length_fold(str(w)))} |" for w in spec.get("links", {}).get(lang) or ()
    )
    of = (
        rf"(?:{linked}de la |de l'|du |des |de |del |de los |de las |della |dell'|delle |di |all'"
        r"|alla |al |alle |agli |da |do |das |dos |d')?"
    )
    portfolios = read.sequence if read else "(?!)"
    pattern = re.compile(rf"(?<!\w)({kinds}) {of}({portfolios})\s*")
    return pattern, read, re.compile(_SPACED_LINKS[lang])


def _spaced_kind(lang: str, word: str) -> str:
    for pattern, english in _SPACED_KINDS[lang].items():
        if re.fullmatch(pattern, word):
            return english
    return "Department"


def _spaced(
    registries: Registries, lang: str, text: str, places: list[Match]
) -> Iterator[Department]:
    """A department's word, its portfolio, its government's words and its place, in languages
    that write them in that order; in Ukrainian and Russian the region may be named before
    and its administration by its abbreviation ("Департамент агропромислового розвитку ОДА")."""
    folded = same_length_fold(text).lower()
    pattern, read, links = _spaced_patterns(registries, lang)
    starts = {m.start: m for m in places}
    foreign = sorted(
        (m for m in places if _foreign_place(registries, m) is not None), key=lambda m: m.end
    )
    foreign_ends = [m.end for m in foreign]
    for word in pattern.finditer(folded):
        link = links.match(folded, word.end())
        # The gazetteer's name may hold the government's words ("Regione Veneto").
        reach = link.end() if link else word.end()
        place = next((starts[at] for at in range(word.end(), reach + 1) if at in starts), None)
        end = place.end if place else word.end()
        administration = _ADMINISTRATION.match(text, word.end())
        if place is None and administration is not None:
            place = _last_region(foreign, foreign_ends, word.start())
            end = administration.end()
        place_id = _foreign_place(registries, place) if place else None
        if place is None or place_id is None:
            continue
        kind = _spaced_kind(lang, word.group(1))
        portfolio = read.english_of(word.group(2)) if read else None
        if portfolio is None:
            continue
        if kind in _LINKED_FOR and folded[word.end(1) : word.start(2)].strip():
            kind = f"{kind} for"  # linked by "по"/"з питань", the only words allowed there
        yield _department(registries, place_id, kind, portfolio, (word.start(), end))


def _last_region(foreign: list[Match], ends: list[int], start: int) -> Match | None:
    """The last foreign place named before ``start`` (``ends``: their ends, in order)."""
    index = bisect.bisect_right(ends, start)
    return foreign[index - 1] if index else None
