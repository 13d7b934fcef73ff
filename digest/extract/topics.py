"""Topics an article is about, from the keyword stems each topic lists per language.

Each occurrence of a topic's stem scores 1, or 1/2 for a weak stem (written "~stem" in
registries/topics.yaml: words that come up in passing in articles on other subjects, such as
"training" or "coffee"). A topic is suggested when it scores at least MIN_SCORE and at least
MIN_SHARE of the best topic's score, so a side remark in a long article on something else does
not become a topic; at most MAX_TOPICS, best first. The names of departments named after their
portfolio ("Department of Industry and Trade", "Sở Nông nghiệp và Môi trường": organs marked
`portfolio` in vocabularies/roles.yaml) say who acts, not what the article is about: their words
do not count.

What an editor would list: a topic made only of weak stems needs two different ones (one
passing word repeated is one piece of evidence); a third or fourth topic must be more than a
remark in passing (see SPREAD_*); a topic the page's own tag line names is one.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from digest.registries import drafting_cache, drafting_registries
from digest.text import first_letter_look, fold, fold_with_offsets, literal_tree

# Scripts written with spaces match stems at word starts; the others anywhere.
_UNSPACED_LANGUAGES = frozenset({"ja", "zh", "th", "ko"})
_ARABIC_PREFIX = r"(?:وال|بال|لل|ال|و|ب|ل)?"
# A topic must come up repeatedly to be what the article is about, not a passing word...
MIN_SCORE = 2.0
# ... except in a short article (a few sentences: a brief, a page's news item), where once is
# all a subject gets.
SHORT_SCORE = 1.0
SHORT_SENTENCES = 8
# Korean, Chinese and Japanese glue a bureau's field to its name and its head's title
# (농축산유통국장, 商务厅长, 観光局): a stem followed, in the same word, by a bureau word names who
# acts. Korean particles may follow; "과" alone is "and", not a section.
_BUREAU_AFTER = {
    "ko": re.compile(
        r"[가-힣]{0,4}?(?:국장|본부장|실장|청장|과장|국|청)(?:[은는이가을를의에와과도]|에서)?(?![가-힣])"
    ),
    "zh": re.compile(r"[\u4e00-\u9fff]{0,4}?(?:局长|厅长|局|厅)"),
    "ja": re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]{0,4}?(?:局長|部長|課長|局|課)"),
}
# A stop before a space or the text's end, or a CJK stop anywhere: written to begin with its
# character set, which the regex engine skips ahead by (see ``text.run_of``).
_SENTENCE_END = re.compile(r"[.!?。！？؟।](?:\s|$|(?<=[。！？]))")
# ... and often enough beside the article's main topic.
MIN_SHARE = 0.2
MAX_TOPICS = 4
WEAK_MARK = "~"
WEAK_WEIGHT = 0.5
# The two best topics stand on their score. A third or fourth must show it is a subject of the
# article, not a passing remark: its words come up in at least SPREAD_PARAGRAPHS paragraphs, or
# the headline states it with a strong word, or it scores at least SPREAD_SHARE of
# the main topic. A side topic named in one paragraph only ("the city also sells berries to
# Japan", "the delegation went on to the airport") is cut when two stronger ones exist.
# A third or fourth topic found mostly in weak stems is cut too: "the delegation" and "held
# talks" five times beside two stronger subjects make a visit, not diplomacy, its subject; the
# two best topics are kept whatever their words (on the tuning corpora, a third or fourth topic
# whose weak stems weighed at least as much as its strong ones was right 19 times in 61).
SPREAD_FROM_RANK = 2
# A topic made of weak stems only needs this many different ones.
WEAK_DISTINCT = 2
SPREAD_PARAGRAPHS = 2
SPREAD_SHARE = 0.5
# Editors list four topics seldom (34 tuning articles of 700; two or three in the rest): a fourth
# must run through the article, in FOURTH_PARAGRAPHS paragraphs or with FOURTH_SHARE of the main
# topic's score, or be stated in the headline or the tag line. A fourth that only passes the
# side-remark test above is a field the agreement lists ("in trade, education, health and
# tourism"), not what the story is about.
FOURTH_PARAGRAPHS = 3
FOURTH_SHARE = 0.6
# The fourth candidate must also have a sentence of its own: one that names none of the topics
# listed before it. Named only beside them ("scientists will research rice seed for the
# farmers", "investment in a rice mill"), it is a detail of their story, not a story of its own
# (tuning corpora: such fourth candidates were right 9 times in 32). The headline or the tag
# line still states one.
OWN_SENTENCE_RANK = 3
# ... except an exchange of goods, money or workers named once: a digest of provincial diplomacy
# indexes every sale, investment and labour placement it reports, and its editors list trade,
# investment and labour for one sentence on them ("the province already exports pepper to
# Japan"). On the tuning corpora the side-remark cut removed these right about half the time (31
# of 62), the other topics one time in seven (27 of 183). Named twice or more in one paragraph,
# the words were a body's name as often as a sale (a ministry "of Foreign Affairs and Trade", a
# chamber "of Commerce and Industry"): the cut still applies.
EXCHANGE_MENTIONS = 1.0
EXCHANGES = frozenset({"trade", "investment", "labour"})
# A visit is the frame of most stories: a delegation arrives, holds talks, an ambassador attends,
# and what they do is the subject. Diplomacy found more in those passing words than in strong
# ones (diplomatic relations, bilateral, foreign policy, a state visit) is the setting, not the
# subject, even as the second topic; only when nothing outweighs it is the visit the story.
FRAME_TOPICS = frozenset({"diplomacy"})
# ... and a frame with no strong word at all (an embassy, a delegation, talks) leads only when it
# scores at least FRAME_LEAD times the next topic: "the delegation of the Sharjah chamber ... the
# embassy ..." four times beside trade named four times is a trade story told as a visit (on the
# tuning corpora gold lists diplomacy in 1 of the 12 articles so led; drafted in 4, all wrong).
FRAME_LEAD = 2.0
# The page's own tag line ("Tags: Can Tho, Australia, education", "Теги: ТПУ, Вьетнам,
# образование", "Từ khóa: ...") is its editor's label of the subjects: a topic a strong stem
# names there is a topic even if the text names it once.
TAG_LABELS = (
    "tags", "tag", "keywords", "schlagworte", "schlagwörter", "stichworte", "tagi",
    "słowa kluczowe", "mots-clés", "mots clés", "étiquettes", "etiquetas", "temas",
    "palabras clave", "etichette", "argomenti", "parole chiave", "palavras-chave", "tópicos",
    "теги", "тэги", "метки", "ключевые слова", "мітки", "ключові слова", "từ khóa", "từ khoá",
    "thẻ", "الوسوم", "وسوم", "كلمات مفتاحية", "الكلمات المفتاحية", "タグ", "キーワード",
    "标签", "標籤", "关键词", "關鍵詞", "태그", "키워드", "แท็ก", "คำค้น", "คำสำคัญ", "टैग",
    "टैग्स", "कीवर्ड",
)  # fmt: skip

# Vietnamese tone marks (grave, acute, tilde, hook above, dot below). Folding drops them, and
# then different words meet: "tỉnh Nguyễn" (the province's ... Nguyễn, in every other lead) folds
# to "tinh nguyen" as "tình nguyện" (volunteers) does. A Vietnamese stem counts only where the
# article writes its tones, wherever in the syllable they sit ("thuỷ"/"thủy", "hoá"/"hóa").
_VI_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD = re.compile(r"\w+")

# A port that describes where a city lies ("die Hafenstadt Hải Phòng", "la ville portuaire de",
# 港口城市) says what kind of place it is, not that the story is about ports: blanked before
# the stems are looked for, like the names of portfolio departments.
_PORT_CITY = {
    "en": ("port city", "port cities", "harbour city", "harbor city"),
    "vi": ("thành phố cảng",),
    "de": ("hafenstadt", "hafenstädte", "hafenmetropole"),
    "pl": ("miasto portowe", "miasta portowego", "mieście portowym", "miastem portowym"),
    "fr": ("ville portuaire", "villes portuaires", "cité portuaire"),
    "es": ("ciudad portuaria", "ciudades portuarias"),
    "it": ("città portuale", "città portuali"),
    "pt": ("cidade portuária", "cidades portuárias"),
    "ru": (
        "портовый город",
        "портового города",
        "портовом городе",
        "портовому городу",
        "портовым городом",
    ),
    "uk": ("портове місто", "портового міста", "портовому місті", "портовим містом"),
    "ar": ("مدينة ساحلية", "المدينة الساحلية", "مدينة الميناء"),
    "ja": ("港湾都市", "港町"),
    "zh": ("港口城市", "港城"),
    "ko": ("항구도시", "항구 도시"),
    "th": ("เมืองท่า",),
    "hi": ("बंदरगाह शहर", "बंदरगाह नगर"),
}

# A province, district or town on the border ("the border commune of Lũng Cú", "districts
# frontaliers", "приграничный район", 边境县) says where a place lies, like a port city, not
# that the story is about cooperation across the border: blanked too. Only administrative
# units: a border area or region is as often what the cooperation manages.
_BORDER_PLACE = {
    "en": ("border province", "border provinces", "border district", "border districts",
           "border commune", "border communes", "border town", "border towns", "border village",
           "border villages"),
    "vi": ("tỉnh biên giới", "huyện biên giới", "xã biên giới", "thị trấn biên giới"),
    "de": ("grenzprovinz", "grenzprovinzen", "grenzbezirk", "grenzbezirke", "grenzbezirken",
           "grenzstadt", "grenzstädte", "grenzdorf", "grenzdörfer", "grenzgemeinde",
           "grenzgemeinden"),
    "pl": ("prowincja przygraniczna", "prowincji przygranicznej", "prowincje przygraniczne",
           "przygraniczna prowincja", "przygranicznej prowincji", "przygranicznych prowincji",
           "powiat przygraniczny", "powiatu przygranicznego", "przygraniczne miasto",
           "przygranicznego miasta", "przygranicznym mieście", "gmina przygraniczna",
           "gminy przygranicznej"),
    "fr": ("district frontalier", "districts frontaliers", "province frontalière",
           "provinces frontalières", "commune frontalière", "communes frontalières",
           "ville frontalière", "villes frontalières", "village frontalier",
           "villages frontaliers"),
    "es": ("provincia fronteriza", "provincias fronterizas", "distrito fronterizo",
           "distritos fronterizos", "municipio fronterizo", "municipios fronterizos",
           "ciudad fronteriza", "ciudades fronterizas", "pueblo fronterizo", "pueblos fronterizos"),
    "it": ("provincia di confine", "province di confine", "distretto di confine",
           "distretti di confine", "comune di confine", "comuni di confine", "città di confine",
           "provincia frontaliera", "province frontaliere", "distretto frontaliero",
           "distretti frontalieri", "città frontaliera"),
    "pt": ("província fronteiriça", "províncias fronteiriças", "distrito fronteiriço",
           "distritos fronteiriços", "município fronteiriço", "municípios fronteiriços",
           "cidade fronteiriça", "cidades fronteiriças", "cidade de fronteira"),
    "ru": ("приграничная провинция", "приграничной провинции", "приграничные провинции",
           "приграничных провинций", "приграничный район", "приграничного района",
           "приграничные районы", "приграничных районов", "приграничный город",
           "приграничного города", "приграничном городе"),
    "uk": ("прикордонна провінція", "прикордонної провінції", "прикордонні провінції",
           "прикордонних провінцій", "прикордонний район", "прикордонного району",
           "прикордонні райони", "прикордонних районів", "прикордонне місто",
           "прикордонного міста", "прикордонному місті"),
    "ar": ("المقاطعة الحدودية", "مقاطعة حدودية", "المقاطعات الحدودية", "المحافظة الحدودية",
           "محافظة حدودية", "المحافظات الحدودية", "المدينة الحدودية", "مدينة حدودية"),
    "ja": ("国境の省", "国境の町", "国境の村"),
    "zh": ("边境省", "边境县", "边境市", "边境乡", "边境村", "邊境省", "邊境縣", "邊境鄉",
           "邊境村"),
    "ko": ("국경 도시", "국경도시", "국경 마을", "국경마을"),
    "th": ("จังหวัดชายแดน", "อำเภอชายแดน", "หมู่บ้านชายแดน"),
    "hi": ("सीमावर्ती जिला", "सीमावर्ती जिले", "सीमावर्ती जिलों", "सीमावर्ती प्रांत",
           "सीमावर्ती प्रांतों", "सीमावर्ती शहर", "सीमावर्ती गांव", "सीमावर्ती गाँव"),
}  # fmt: skip

# A page's press office and the reporter's byline ("Contact presse : service presse de la
# Région", "Pressekontakt: Pressestelle", "Ufficio stampa", 報道発表, "ผู้สื่อข่าว: ...") say who
# to call or who wrote the page, not that the story is about the media: blanked like a port city,
# and so is an e-mail address (presse@region.fr). On the tuning corpora media was drafted from
# them in 8 articles whose gold never lists it.
_PRESS_OFFICE = {
    "en": ("press contact", "media contact", "press office", "press release", "media enquiries",
           "media inquiries", "reporter:", "correspondent:"),
    "vi": ("thông cáo báo chí", "liên hệ báo chí", "phóng viên:"),
    "de": ("pressekontakt", "pressestelle", "pressemitteilung", "presseinformation",
           "pressesprecher", "medieninformation", "medienkontakt"),
    "pl": ("biuro prasowe", "biura prasowego", "informacja prasowa", "komunikat prasowy",
           "rzecznik prasowy", "kontakt dla mediów", "kontakt prasowy"),
    "fr": ("contact presse", "contacts presse", "service presse", "communiqué de presse",
           "attaché de presse", "attachée de presse", "relations presse", "dossier de presse"),
    "es": ("contacto de prensa", "nota de prensa", "comunicado de prensa", "gabinete de prensa",
           "oficina de prensa", "sala de prensa"),
    "it": ("ufficio stampa", "comunicato stampa", "comunicati stampa", "contatti stampa",
           "contatto stampa", "addetto stampa"),
    "pt": ("assessoria de imprensa", "comunicado de imprensa", "nota à imprensa",
           "contato de imprensa", "contacto de imprensa", "sala de imprensa"),
    "ru": ("корреспондент:",),
    "uk": ("кореспондент:",),
    "ar": ("المكتب الإعلامي", "المركز الإعلامي", "بيان صحفي", "التواصل الإعلامي"),
    "ja": ("報道発表", "報道資料", "報道関係", "広報担当"),
    "zh": ("新闻稿", "新闻发言人", "新闻办"),
    "ko": ("보도자료", "보도 자료"),
    "th": ("ข่าวประชาสัมพันธ์", "สำนักงานประชาสัมพันธ์", "ฝ่ายประชาสัมพันธ์", "ผู้สื่อข่าว:",
           "นักข่าว:"),
    "hi": ("मीडिया संपर्क", "मीडिया प्रभारी"),
}  # fmt: skip
# A crossing named for friendship (the Thai-Lao Friendship Bridge, the Hữu Nghị border gate, 友谊关)
# is a place on the route, not friendship between peoples: its friendship word is blanked, its
# bridge or gate word still counts. Each name as (the words before, friendship, the words after).
_FRIENDSHIP_CROSSINGS = {
    "en": (("", "friendship", " bridge"), ("", "friendship", " border gate"),
           ("", "friendship", " gate"), ("", "friendship", " pass"),
           ("", "huu nghi", " border gate"), ("", "huu nghi", " international border gate")),
    "vi": (("cửa khẩu ", "hữu nghị", ""), ("cửa khẩu quốc tế ", "hữu nghị", ""),
           ("cầu ", "hữu nghị", ""), ("ải ", "hữu nghị", "")),
    "de": (("", "freundschafts", "brücke"), ("", "freundschafts", "pass")),
    "pl": (("most ", "przyjaźni", ""), ("mostu ", "przyjaźni", ""), ("moście ", "przyjaźni", ""),
           ("mostem ", "przyjaźni", "")),
    "fr": (("pont de l'", "amitié", ""), ("pont de l’", "amitié", ""),
           ("porte de l'", "amitié", ""), ("porte de l’", "amitié", "")),
    "es": (("puente de la ", "amistad", ""), ("paso de la ", "amistad", "")),
    "it": (("ponte dell'", "amicizia", ""), ("ponte dell’", "amicizia", ""),
           ("passo dell'", "amicizia", ""), ("passo dell’", "amicizia", "")),
    "pt": (("ponte da ", "amizade", ""), ("passagem da ", "amizade", "")),
    "ru": (("мост ", "дружбы", ""), ("моста ", "дружбы", ""), ("мосту ", "дружбы", ""),
           ("мостом ", "дружбы", ""), ("мосте ", "дружбы", "")),
    "uk": (("міст ", "дружби", ""), ("мосту ", "дружби", ""), ("мостом ", "дружби", ""),
           ("мості ", "дружби", "")),
    "ar": (("جسر ", "الصداقة", ""), ("بوابة ", "الصداقة", ""), ("معبر ", "الصداقة", "")),
    "ja": (("", "友好", "橋"), ("", "友誼", "関"), ("", "友谊", "関")),
    "zh": (("", "友谊", "关"), ("", "友誼", "關"), ("", "友谊", "大桥"), ("", "友誼", "大橋"),
           ("", "友谊", "桥")),
    "ko": (("", "우정", "의 다리"), ("", "우호", "의 다리"), ("", "우의", "관")),
    "th": (("สะพาน", "มิตรภาพ", ""),),
    "hi": (("", "मैत्री", " पुल"), ("", "मैत्री", " सेतु"), ("", "फ्रेंडशिप", " ब्रिज")),
}  # fmt: skip
# An envoy (an ambassador, a consul, an embassy) is a weak stem of diplomacy: in the body an envoy
# hands over a school or funds a course. In the headline an envoy is who the story is about
# ("Chile's ambassador visits Dong Thap", "Tổng Lãnh sự Hoa Kỳ thăm Bình Định"): there an envoy
# states diplomacy as a strong stem would (tuning corpora: gold lists diplomacy in 6 of the 7
# articles whose headline names an envoy). A delegation or talks in the headline do not: most
# stories are told as a visit (gold: 10 of 50). The stems as registries/topics.yaml writes them;
# Korean ones whole (대사관, 총영사), as 대사 is also inside 확대사업 (an expansion project).
_ENVOYS = {
    "en": ("~ambassador", "~embass", "~consulate", "~consular", "~consul general",
           "~consul-general", "~envoy"),
    "vi": ("~đại sứ", "~lãnh sự"),
    "de": ("~Botschaft", "~Konsulat", "~Generalkonsul", "~Gesandt"),
    "pl": ("~ambasad", "~konsulat", "~konsul generaln"),
    "fr": ("~ambassad", "~consulat", "~consul général"),
    "es": ("~embajad", "~consulado", "~cónsul general"),
    "it": ("~ambasciat", "~consolato", "~console generale"),
    "pt": ("~embaixad", "~consulado", "~cônsul-geral", "~cônsul geral"),
    "ru": ("~посол", "~посольств", "~послом", "~консульств", "~генконсул"),
    "uk": ("~посол", "~посольств", "~консульств", "~генконсул"),
    "ar": ("~سفير", "~سفراء", "~سفارة", "~سفارات", "~قنصل"),
    "ja": ("~大使", "~領事"),
    "zh": ("~大使", "~领事", "~領事"),
    "ko": ("~대사관", "~총영사", "~영사관"),
    "th": ("~เอกอัครราชทูต", "~สถานทูต", "~กงสุล"),
    "hi": ("~राजदूत", "~दूतावास", "~वाणिज्य दूत", "~महावाणिज्य"),
}  # fmt: skip
# A passing word ("coffee", "rice", "vocational training", 人材育成) in the headline names the
# story's subject: there it counts as a strong stem, as an envoy does. Not the passing words any
# cooperation story is told in, whatever its subject: a visit and its talks (diplomacy), exchanges,
# twinning and friendship (people-to-people), support (aid), flights and airports (infrastructure:
# the way the visitors came or the tourists will). On the tuning corpora the rule drafted 19 more
# topics right and 3 more wrong; counting those four topics' passing words too, 47 more wrong.
TOLD_IN = frozenset({*FRAME_TOPICS, "people-to-people", "aid", "infrastructure"})
# Matched only from a token's start, so a long run of letters is scanned once, not from each.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass
class _Evidence:
    """Where each topic's stems were found in an article."""

    scores: Counter[str] = field(default_factory=Counter)
    strong: Counter[str] = field(default_factory=Counter)
    paragraphs: dict[str, set[int]] = field(default_factory=dict)
    # Topics a strong stem names in the headline (the first line), and those it names in the
    # page's tag line. Not the lead: a lead lists every field of an agreement ("in agriculture,
    # education, health and tourism"), and on a pasted page the first line below the headline
    # is as often a date line, a byline or a caption; counting it drafted side fields as
    # subjects (tuning corpora: topics 0.789 -> 0.793 pooled, 27 fewer wrong, 9 fewer right).
    stated: set[str] = field(default_factory=set)
    tagged: set[str] = field(default_factory=set)
    # The different weak stems found for each topic: one passing word repeated ("交流" five
    # times, "delegation" four) is one piece of evidence, not five.
    weak_stems: dict[str, set[str]] = field(default_factory=dict)
    # The sentences (split at sentence ends and line breaks) that name each topic.
    sentences: dict[str, set[int]] = field(default_factory=dict)


@drafting_cache
def _tag_line() -> re.Pattern[str]:
    """A line that opens with a tag label and a colon, folded as article text is."""
    labels = sorted({fold(label) for label in TAG_LABELS}, key=len, reverse=True)
    body = "|".join(map(re.escape, labels))
    return re.compile(rf"^[ \t]*(?:{body})[ \t]*[:：][^\n]*", re.MULTILINE)


def _keywords() -> dict[str, dict[str, tuple[str, ...]]]:
    """Each topic's keyword stems by language, in registry order."""
    return {topic.id: topic.words for topic in drafting_registries().topics.values()}


@drafting_cache
def _portfolio_names(lang: str) -> re.Pattern[str] | None:
    """The folded names of departments named after their portfolio, in ``lang``."""
    organs = drafting_registries().vocabularies.roles["organs"]
    names = {
        fold(str(form))
        for organ in organs
        if organ.get("portfolio")
        for form in organ["forms"].get(lang, ())
    }
    if not names:
        return None
    # "обласн* військов* адміністраці*": a star stands for a word's ending.
    forms = (re.escape(name).replace(r"\*", r"\w*") for name in names)
    body = "|".join(sorted(forms, key=len, reverse=True))
    # Whole words where words are spaced: "ода" (the administration) is not inside "года".
    return re.compile(body if lang in _UNSPACED_LANGUAGES else rf"(?<!\w)(?:{body})(?!\w)")


def _without_framing(folded: str, lang: str) -> str:
    """``folded`` with the framing words (``_framing``) blanked: positions stay the text's."""
    framing = _framing(lang, "@" in folded)  # drafting_cache: arguments by position
    return folded if framing is None else framing.sub(_blank, folded)


def _blank(named: re.Match[str]) -> str:
    return " " * len(named.group())


@drafting_cache
def _framing(lang: str, emails: bool = True) -> re.Pattern[str] | None:
    """The folded words for a port city or a press office in ``lang``, the friendship in a
    crossing's name, and e-mail addresses: words that place the story or its page, not what it
    is about. Without ``emails`` for a text with no "@", where none can match: the others
    match there as they do beside them (the address is the last alternative), and the pattern
    is not tried as an address at every word."""
    forms = (*_PORT_CITY.get(lang, ()), *_BORDER_PLACE.get(lang, ()), *_PRESS_OFFICE.get(lang, ()))
    words = [literal_tree([fold(form) for form in forms])] if forms else []
    crossings = (
        (f"(?<={re.escape(fold(before))})" if before else "")
        + re.escape(fold(friendship))
        + (f"(?={re.escape(fold(after))})" if after else "")
        for before, friendship, after in _FRIENDSHIP_CROSSINGS.get(lang, ())
    )
    alternatives = [*words, *crossings, *([_EMAIL.pattern] if emails else [])]
    return re.compile("|".join(alternatives)) if alternatives else None


@drafting_cache
def _envoys(lang: str) -> frozenset[str]:
    """The folded stems of envoys in ``lang``."""
    return frozenset(fold(stem.removeprefix(WEAK_MARK)) for stem in _ENVOYS.get(lang, ()))


@drafting_cache
def _pattern(lang: str) -> tuple[re.Pattern[str] | None, dict[str, list[tuple[str, float]]]]:
    """One pattern for every stem of every topic in ``lang``, longest first, so one pass over
    the text finds them all; and for each folded stem, the topics it counts for, with weights.
    """
    stems: dict[str, list[tuple[str, float]]] = {}
    for topic, by_lang in _keywords().items():
        for stem in by_lang.get(lang, ()):
            stem = str(stem)
            weight = WEAK_WEIGHT if stem.startswith(WEAK_MARK) else 1.0
            folded = fold(stem.removeprefix(WEAK_MARK))
            if folded.strip() and topic not in (t for t, _ in stems.get(folded, ())):
                stems.setdefault(folded, []).append((topic, weight))
    if not stems:
        return None, stems
    # The longest stem at a place, as an alternation of them longest first would find it.
    body = literal_tree(stems)
    if lang in _UNSPACED_LANGUAGES:
        return re.compile(f"(?P<stem>{body})"), stems
    if lang == "ar":
        return re.compile(rf"(?<!\w){_ARABIC_PREFIX}(?P<stem>{body})"), stems
    return re.compile(rf"(?<!\w){first_letter_look(stems)}(?P<stem>{body})"), stems


def _tone_key(text: str) -> str:
    """``text`` lowercased, each syllable's tone mark moved to its end: two spellings of one
    Vietnamese word give one key, two words that differ only by tones do not."""

    def syllable(found: re.Match[str]) -> str:
        letters = unicodedata.normalize("NFD", found.group())
        tones = "".join(ch for ch in letters if ch in _VI_TONES)
        return "".join(ch for ch in letters if ch not in _VI_TONES) + tones

    return _WORD.sub(syllable, text.casefold())


def _toned(written: str) -> bool:
    """Whether an article's words carry Vietnamese marks at all (some pages drop them all)."""
    return any(ord(ch) > 0x7F for ch in written)


@drafting_cache
def _stem_tone_keys(lang: str) -> dict[str, set[str]]:
    """For each folded Vietnamese stem, the tone keys of the stems written that way."""
    keys: dict[str, set[str]] = {}
    for by_lang in _keywords().values():
        for stem in by_lang.get(lang, ()):
            written = str(stem).removeprefix(WEAK_MARK)
            keys.setdefault(fold(written), set()).add(_tone_key(written))
    return keys


def topic_scores(text: str, lang: str) -> Counter[str]:
    """Each topic's score in ``text``: its stems' occurrences, weak ones counting half."""
    return _evidence(text, lang).scores


def _evidence(text: str, lang: str) -> _Evidence:
    """Each topic's score, its score from strong stems, the paragraphs that name it and
    whether the headline does."""
    pattern, stems = _pattern(lang)
    evidence = _Evidence()
    if pattern is None:
        return evidence
    # Only Vietnamese needs each folded letter's place in the text (the tone check below).
    folded, offsets = fold_with_offsets(text) if lang == "vi" else (fold(text), ())
    portfolios = _portfolio_names(lang)
    if portfolios is not None:
        # Blanked, not removed: positions stay those of the text, for the tone check below.
        folded = portfolios.sub(lambda named: " " * len(named.group()), folded)
    folded = _without_framing(folded, lang)
    tone_keys = _stem_tone_keys(lang) if lang == "vi" else None
    bureau = _BUREAU_AFTER.get(lang)
    breaks = [found.start() for found in re.finditer("\n", folded)]
    headline_end = (folded.find("\n") + 1) or len(folded)
    sentence_ends = sorted({*breaks, *(end.start() for end in _SENTENCE_END.finditer(folded))})
    tags = [line.span() for line in _tag_line().finditer(folded)]
    # A headline states its subject only over a body, not as a text of one line.
    body_follows = "\n" in folded
    envoys = _envoys(lang)
    for found in pattern.finditer(folded):
        if bureau is not None and bureau.match(folded, found.end()):
            continue  # 보건복지국장, 商务厅: a bureau named after its field, who acts
        if tone_keys is not None:
            written = text[offsets[found.start()] : offsets[found.end() - 1] + 1]
            if _toned(written) and _tone_key(written) not in tone_keys[found.group("stem")]:
                continue  # "tỉnh Nguyễn" is not "tình nguyện"
        paragraph = bisect_right(breaks, found.start())
        sentence = bisect_right(sentence_ends, found.start())
        in_headline = found.start() < headline_end
        for topic, weight in stems[found.group("stem")]:
            if in_headline and body_follows:
                weight = _in_headline(topic, found.group("stem"), weight, envoys)
            evidence.scores[topic] += weight
            evidence.paragraphs.setdefault(topic, set()).add(paragraph)
            evidence.sentences.setdefault(topic, set()).add(sentence)
            if weight != 1.0:
                evidence.weak_stems.setdefault(topic, set()).add(found.group("stem"))
            else:
                evidence.strong[topic] += weight
                if in_headline:
                    evidence.stated.add(topic)
                if any(start <= found.start() < end for start, end in tags):
                    evidence.tagged.add(topic)
                    evidence.stated.add(topic)
    return evidence


def _in_headline(topic: str, stem: str, weight: float, envoys: frozenset[str]) -> float:
    """A stem's weight in a headline over a body: a passing word names the story's subject
    ("Dak Lak's coffee growers ...", "Chile's ambassador visits Dong Thap"), unless it is one
    any cooperation story is told in (a delegation, an exchange, support, a flight)."""
    if topic in TOLD_IN and not (topic in FRAME_TOPICS and stem in envoys):
        return weight
    return 1.0


def _is_distinct(topic: str, evidence: _Evidence) -> bool:
    """A topic rests on a strong stem, on two different weak ones, or on the page's tag line."""
    return (
        evidence.strong[topic] > 0
        or len(evidence.weak_stems.get(topic, ())) >= WEAK_DISTINCT
        or topic in evidence.tagged
    )


def _is_side_remark(topic: str, evidence: _Evidence, best: float) -> bool:
    """A topic named in one paragraph, the headline does not state, well below the main
    topic: a remark in passing. An exchange named once is never one."""
    if topic in EXCHANGES and evidence.scores[topic] <= EXCHANGE_MENTIONS:
        return False
    return (
        len(evidence.paragraphs.get(topic, ())) < SPREAD_PARAGRAPHS
        and topic not in evidence.stated
        and evidence.scores[topic] < SPREAD_SHARE * best
    )


def _rests_on_passing_words(topic: str, evidence: _Evidence) -> bool:
    """A topic whose weak stems weigh at least as much as its strong ones, and that the tag
    line does not name: it was found mostly in words that come up in articles on anything."""
    if topic in evidence.tagged or topic in evidence.stated:
        return False
    return evidence.strong[topic] <= evidence.scores[topic] - evidence.strong[topic]


def _is_frame(topic: str, evidence: _Evidence) -> bool:
    """A visit's words (a delegation, talks, an ambassador) outweigh the strong words of
    diplomacy: the setting of a story on something else, when something else outweighs it."""
    weak = evidence.scores[topic] - evidence.strong[topic]
    return topic in FRAME_TOPICS and topic not in evidence.stated and evidence.strong[topic] < weak


def _runs_through(topic: str, evidence: _Evidence, best: float) -> bool:
    """A topic the headline or tag line states, or that runs through the article: enough for
    a fourth topic."""
    return (
        topic in evidence.stated
        or len(evidence.paragraphs.get(topic, ())) >= FOURTH_PARAGRAPHS
        or evidence.scores[topic] >= FOURTH_SHARE * best
    )


def _has_own_sentence(topic: str, evidence: _Evidence, stronger: list[str]) -> bool:
    """A topic the headline or tag line states, or named in a sentence that names none of the
    ``stronger`` topics."""
    if topic in evidence.stated:
        return True
    theirs = set().union(*(evidence.sentences.get(other, ()) for other in stronger))
    return not evidence.sentences.get(topic, set()) <= theirs


def _without_unsupported_frame(evidence: _Evidence, order: list[str]) -> None:
    """Drops the article's weightiest topic when it is a frame found in passing words only (no
    strong stem, no tag) and the next topic comes close: the visit frames that topic's story."""
    ranked = sorted(evidence.scores, key=lambda t: (-evidence.scores[t], order.index(t)))
    top = ranked[0]
    if top not in FRAME_TOPICS or evidence.strong[top] > 0 or top in evidence.tagged:
        return
    runner_up = evidence.scores[ranked[1]] if len(ranked) > 1 else 0.0
    if evidence.scores[top] < FRAME_LEAD * runner_up:
        del evidence.scores[top]


def find_topics(text: str, lang: str) -> list[str]:
    """Up to MAX_TOPICS topic ids, most mentioned first (ties in registry order)."""
    evidence = _evidence(text, lang)
    scores, strong = evidence.scores, evidence.strong
    if not scores:
        return []
    order = list(_keywords())
    _without_unsupported_frame(evidence, order)
    best = max(scores.values())
    share = MIN_SHARE * best
    # In a short article, one strong mention is enough; passing words still are not.
    short = len(_SENTENCE_END.findall(text)) < SHORT_SENTENCES
    ranked = sorted(
        (
            t
            for t, score in scores.items()
            if t in evidence.tagged
            or (score >= share and (score >= MIN_SCORE or (short and strong[t] >= SHORT_SCORE)))
        ),
        key=lambda t: (-scores[t], order.index(t)),
    )
    # Only the four weightiest candidates may be topics: one cut as a remark in passing or a
    # frame leaves its place empty rather than raise a fifth (on the tuning corpora a fifth so
    # raised was wrong 24 times in 31).
    kept: list[str] = []
    for rank, topic in enumerate(ranked[:MAX_TOPICS]):
        if _is_kept(topic, rank, evidence, best, kept):
            kept.append(topic)
    if len(kept) == MAX_TOPICS and not _runs_through(kept[-1], evidence, best):
        return kept[:-1]
    return kept


def _is_kept(topic: str, rank: int, evidence: _Evidence, best: float, kept: list[str]) -> bool:
    """Whether the candidate of ``rank`` is a topic, beside the ``kept`` ones ranked above it."""
    return (
        _is_distinct(topic, evidence)
        and not (rank > 0 and _is_frame(topic, evidence))
        and (
            rank < SPREAD_FROM_RANK
            or not (
                _is_side_remark(topic, evidence, best) or _rests_on_passing_words(topic, evidence)
            )
        )
        and (rank < OWN_SENTENCE_RANK or _has_own_sentence(topic, evidence, kept))
    )
