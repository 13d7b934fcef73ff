"""Places named only as the seat of an organisation: where it is, not who the partner is.

"the university, which is headquartered in the city of Newcastle in New South Wales", "có trụ
sở tại tỉnh Khon Kaen", "au siège de l'AFD à Paris", "경북 경산시에 있는 대구가톨릭대학교",
"浜松市にある", "总部位于昆明": the place says where a university, a chamber or an agency sits
(issue 13: a headquarters is not a partner); so is the place where Vietnam's own consulate or
embassy sits ("Vietnamese Consul General in Battambang"). The phrases say so in each language;
the place named after one of them (or, in Japanese and Korean, before one), possibly after a
unit word and the place it lies in ("the city of Newcastle in"), is a seat.
"""

from __future__ import annotations

import functools
import re

from digest.text import alternation, fold

# Phrases right before the seat ("based in X"), folded when compiled.
_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("headquartered in", "headquarters in", "headquarters are in", "based in",
           "which is based in", "seated in", "whose seat is in"),
    "fr": ("basé à", "basée à", "basé en", "basée en", "dont le siège est à",
           "dont le siège est en", "installé à", "installée à"),
    "es": ("con sede en", "cuya sede está en", "radicada en", "radicado en"),
    "it": ("con sede a", "con sede in", "la cui sede è a"),
    "pt": ("com sede em", "sediada em", "sediado em"),
    "de": ("mit sitz in", "mit hauptsitz in", "ansässig in", "ansässigen in"),
    "pl": ("z siedzibą w", "z siedzibą we"),
    "ru": ("со штаб-квартирой в", "с штаб-квартирой в", "базирующийся в", "базирующаяся в",
           "расположенный в", "расположенная в", "расположенного в", "расположенной в"),
    "uk": ("зі штаб-квартирою в", "зі штаб-квартирою у", "розташований у", "розташована в",
           "розташований в", "розташована у"),
    "vi": ("có trụ sở tại", "có trụ sở ở", "có trụ sở chính tại", "trụ sở đặt tại",
           "đóng trụ sở tại",
           # "Công ty … (trụ sở tại tỉnh Sekong, Lào)": the seat in brackets after the name
           "(trụ sở tại", "(trụ sở chính tại"),
    "th": ("ตั้งอยู่ที่", "สำนักงานใหญ่อยู่ที่", "สำนักงานใหญ่ที่", "สำนักงานใหญ่ใน"),
    "zh": ("总部位于", "总部设在", "总部在", "位于", "坐落于", "地处"),
    # "株式会社ミナト精工（本社・神奈川県厚木市）": the head office, in brackets after the name.
    "ja": ("本社・", "本社：", "本社:", "本店・", "本部・"),
    # "مجموعة … ومقرها دبي" (a group whose seat is Dubai): the seat word, its pronoun and و.
    "ar": ("ومقرها", "ومقره", "مقرها في", "مقره في", "ومقرها في", "ومقره في", "التي مقرها",
           "الذي مقره", "ومقرها الرئيسي في", "ومقرها الرئيسي"),
}  # fmt: skip
# "au siège de l'AFD à Paris", "la sede de la Universidad en La Habana": the word for a seat, up
# to four words (the organisation), then the preposition of place.
_SEAT_OF: dict[str, tuple[str, str]] = {
    "en": ("headquarters", "in"),
    "fr": ("siege", "a|en"),
    "es": ("sede", "en"),
    "it": ("sede", "a|in"),
    "pt": ("sede", "em|no|na"),
    "ru": ("штаб-квартир\\w*", "в|во"),
    "uk": ("штаб-квартир\\w*", "в|у"),
}
# Vietnam's own missions abroad sit in a foreign place that is not a partner for it: "Vietnamese
# Consul General in Battambang", "Tổng Lãnh sự Việt Nam tại Battambang", "l'ambassadeur du
# Vietnam en Cuba". The mission word, Vietnam, and the preposition of place, folded.
_MISSION = (
    "consul general|consulate general|consul|consulate|ambassador|embassy|"
    "tong lanh su quan|tong lanh su|lanh su quan|lanh su|dai su quan|dai su|"
    "consulat general|consulat|ambassadeur|ambassade|"
    "consulado general|consulado|embajador|embajada|"
    # Cyrillic as folded: "генеральный" reads "генеральныи".
    "генеральныи консул|генерального консула|генеральное консульство|консульство|консул|посол|"
    "посольство"
)
_VIETNAMS_MISSION: dict[str, str] = {
    "en": rf"(?:vietnamese|viet ?nam['’]s) (?:{_MISSION}) (?:in|to)"
    rf"|(?:{_MISSION}) of (?:the socialist republic of )?viet ?nam (?:in|to)",
    "vi": rf"(?:{_MISSION}) viet nam (?:tai|o)",
    "fr": rf"(?:{_MISSION}) du viet ?nam (?:a|en|au)",
    "es": rf"(?:{_MISSION}) de viet ?nam en",
    "ru": rf"(?:{_MISSION}) вьетнама во?",
    # "กงสุลใหญ่เวียดนามประจำขอนแก่น" (Vietnam's consul general stationed in Khon Kaen), "越南驻
    # 孔敬总领事": the place the mission is posted to; "สถานกงสุลใหญ่เวียดนาม ณ จังหวัดขอนแก่น"
    # (Vietnam's consulate general at Khon Kaen).
    "th": "(?:" + "|".join(fold(w) for w in (
        "กงสุลใหญ่", "สถานกงสุลใหญ่", "กงสุล", "เอกอัครราชทูต", "สถานเอกอัครราชทูต",
    )) + ")(?:" + fold("เวียดนามประจำ") + "|" + fold("เวียดนาม") + r"\s*" + fold("ณ") + ")",
    "zh": "越南驻",
}  # fmt: skip
# A consulate named without its country is the writer's own, and sits, like Vietnam's, in a
# foreign town or province that is not the partner for being named so: "นาย… กงสุลใหญ่ ณ
# แขวงสะหวันนะเขต" (the consul general at Savannakhet), "สถานกงสุลใหญ่ไทย ณ สะหวันนะเขต" (Thai
# adds its own country's word), "the Consul General in Savannakhet". A third country's mission
# there ("the Consul General of Japan in Battambang") may be the partner's and is left alone.
# The consul's word and "at" or "in", folded.
_OWN_CONSULATE: dict[str, str] = {
    "en": r"consul(?:ate)? general in",
    "fr": r"consul(?:at)? general (?:a|en)",
    "es": r"consul(?:ado)? general en",
    "it": r"consol(?:ato|e) generale (?:a|in)",
    "pt": r"consul(?:ado)? geral em",
    "de": r"generalkonsul(?:at)? in",
    "vi": r"tong lanh su(?: quan)? tai",
    "th": "(?:" + fold("สถานกงสุลใหญ่") + "|" + fold("กงสุลใหญ่") + ")(?:" + fold("ไทย") + r")?\s*"
    + fold("ณ"),
}  # fmt: skip
# Japanese and Korean name Vietnam's mission right after the place it is posted to: "在名古屋
# ベトナム総領事" (Vietnam's consul general in Nagoya), "주부산 베트남 총영사관".
_VIETNAMS_MISSION_AFTER: dict[str, re.Pattern[str]] = {
    "ja": re.compile(r"^(?:都|府|県|市)?\s*ベトナム(?:国)?(?:総領事|領事|大使)"),
    "ko": re.compile(r"^(?:도|시)?\s*(?:주재\s*)?베트남\s*(?:총영사|영사|대사)"),
}
# Japanese introduces a company by its home town and trade, then its name after a comma:
# "兵庫県姫路市の部品メーカー、播州精機株式会社は" (Banshu Seiki, a parts maker of Himeji in
# Hyogo). The place, with the town inside it, says where the named company is. Without the name
# after the comma ("兵庫県の企業") the companies are the place's, and it stays.
_COMPANY_HOME_AFTER: dict[str, re.Pattern[str]] = {
    "ja": re.compile(
        r"^(?:都|府|県|市|町|村)?(?:[^\s、。の]{1,6}(?:市|町|村|区))?"
        r"の[^\s、。]{0,8}?(?:メーカー|企業|会社|商社)、"
    ),
    # Korean: the place, 의, perhaps the trade, then the company by its form ("가고시마의
    # 유통업체 ㈜사쓰마팜") or by a trade's name with its own letters in brackets ("아이치현의
    # 미쓰와공업(三和工業)").
    "ko": re.compile(
        r"^(?:현|도|시|군|구|주)?의\s(?:[가-힣]{1,8}\s)?(?:㈜|\(주\)|주식회사)"
        r"|^(?:현|도|시|군|구|주)?의\s[가-힣]{1,10}(?:공업|산업|전자|상사|물산|제약|식품|화학|정공"
        r"|정밀|기공|건설)\([\u4e00-\u9fff\u30a0-\u30ff]{2,12}\)"
    ),
}
# Phrases right after the seat, for languages that put the particle after the name.
_AFTER: dict[str, tuple[str, ...]] = {
    # A verb that goes on says so too ("に本社を置き、", "에 본사를 두고").
    "ko": ("에 있는", "에 위치한", "에 본부를 둔", "에 본사를 둔", "에 본부를 두고",
           "에 본사를 두고", "에 소재한"),
    "ja": ("にある", "に本部を置", "に本社を置", "に拠点を置", "に所在する"),
}  # fmt: skip
# Words that may stand between the phrase and the seat, or between the seat and the place it
# lies in ("the city of Newcastle in New South Wales", "tỉnh Khon Kaen, vùng Đông Bắc"); any
# other word there must be a capitalised part of a name.
_LINKS = frozenset(
    {"the", "city", "of", "in", "province", "state", "county", "prefecture", "region",
     "la", "le", "l'", "ville", "de", "du", "des", "d'", "en", "région",
     "el", "ciudad", "provincia", "estado", "città", "di", "cidade", "do", "da",
     "stadt", "miasto", "w", "город", "городе", "области", "край", "крае", "в", "місто",
     "місті", "у", "tỉnh", "tinh", "thành", "thanh", "phố", "pho", "bang", "vùng", "vung",
     "thủ", "đô", "thu", "ở", "o", "tại", "tai", "jangwat", "จังหวัด",
     # "ومقرها إمارة الشارقة" (whose seat is the emirate of Sharjah), folded
     "امارة", "مدينة", "ولاية", "محافظة", "مقاطعة", "منطقة"}
)  # fmt: skip
_MAX_WORDS = 6
_WINDOW = 64
# Unspaced scripts: how many characters of the place's own name and unit may stand between.
_UNSPACED_GAP = 8
_UNSPACED = frozenset({"zh", "ja", "ko", "th"})
_STOP = re.compile(r"[.!?;:。！？；：\n]")


@functools.cache
def _before_pattern(lang: str) -> re.Pattern[str] | None:
    alternatives = [
        re.escape(fold(p)) for p in sorted(_BEFORE.get(lang, ()), key=len, reverse=True)
    ]
    if lang in _VIETNAMS_MISSION:
        alternatives.append(_VIETNAMS_MISSION[lang])
    if lang in _OWN_CONSULATE:
        alternatives.append(_OWN_CONSULATE[lang])
    if lang in _SEAT_OF:
        seat, preposition = _SEAT_OF[lang]
        alternatives.append(rf"{seat}(?:\s+[^\s,]+){{0,4}}?\s+(?:{preposition})")
    if not alternatives:
        return None
    bound = "" if lang in _UNSPACED else r"(?<!\w)"
    return re.compile(rf"{bound}(?:{'|'.join(alternatives)})")


@functools.cache
def _after_pattern(lang: str) -> re.Pattern[str] | None:
    phrases = _AFTER.get(lang)
    if not phrases:
        return None
    words = alternation([fold(p) for p in phrases])
    # "경북 경산시에 있는": the unit word and one more name (the seat inside the place) may
    # stand between the place found and the phrase.
    return re.compile(rf"^(?:\s*[^\s,、，]{{1,{_UNSPACED_GAP}}}?)??\s*(?:{words})")


# A branch of an organisation named by its acronym, the place and the branch's word glued
# ("JICA中国センター", "KOTRA하노이무역관", "JETRO大阪本部"): the place is where the branch sits
# (中国 there is Japan's Chūgoku region, not China). The short name may be in brackets after the
# full one, in any script ("日本貿易振興機構（ジェトロ）大阪本部").
_ACRONYM_BEFORE = re.compile(r"(?:[A-Z]{2,}[)）]?|[(（][^\s()（）]{2,10}[)）])\s?$")
# A Korean body's regional office glued to its place ("한국농어촌공사 전남지역본부", the Korea
# Rural Community Corporation's South Jeolla office) sits there; the body is the partner.
_KO_REGIONAL_OFFICE = re.compile(r"(?:도|시)?지역(?:본부|지부|사무소|본사)")
# ... and so does a Korean body glued to its place, its word after it: "강원대학교", "경북대는"
# (a university's short name), "경북농업기술원", "강원매일신문".
_KO_BODY_AFTER = re.compile(
    r"(?:도|시|군)?(?:대학교|대학|대(?=[는은이가와과의를을에도,·\s])|농업기술원|기술원|연구원"
    r"|매일신문|신문|일보|방송|상공회의소|병원|재단|교육청)"
)
# A body named by a German compound and its place ("Die Landesentwicklungsgesellschaft Thüringen
# wird …") or by its place and "International" with its acronym ("Baden-Württemberg
# International (BW_i)"): the place is inside the body's name.
_DE_BODY_BEFORE = re.compile(
    r"(?<!\w)[A-ZÄÖÜ]\w*(?:gesellschaft|agentur|stiftung|kammer|verband|ministerium|bank"
    r"|institut|behörde)\s+$"
)
_INTERNATIONAL_AFTER = re.compile(r"\s+International\s*\(")
# A body's branch named after its acronym: "l'Associazione Italiana Sommelier (AIS) del Veneto".
_ACRONYM_OF_BEFORE = re.compile(
    r"\([A-Z][A-Za-z]{1,7}\)\s+(?:del|della|dello|dei|de|de la|del|du|des|do|da|of|of the|von|der)"
    r"\s+$"
)
_BRANCH_AFTER: dict[str, re.Pattern[str]] = {
    "ja": re.compile(r"(?:センター|事務所|本部|支部|支所|支社|支店|デスク)"),
    "ko": re.compile(r"(?:센터|사무소|무역관|본부|지부|지사)"),
    "zh": re.compile(r"(?:中心|办事处|辦事處|代表处|代表處|分部|分会)"),
}


# A place joined to the word for "based" ("a Seoul-based charity", "das Hamburg-basierte
# Start-up"): where the body sits.
_BASED_AFTER = re.compile(r"-(?:based|basierte[nmrs]?)(?!\w)", re.IGNORECASE)


# Vietnamese closes a company's name with its home: "Công ty TNHH Thương mại Thiên Bảo Vân Nam"
# (Tianbao Yunnan Trading), "Công ty TNHH Quản lý Logistics Tường Châu Quảng Tây và …". The
# company word (and a legal form), up to eight words of its name, no punctuation between and no
# word of a sentence ("ký với", "của", "tại"), and the name ends with the place (a comma, a
# bracket, "và" or the line's end after it).
_VI_COMPANY_BEFORE = re.compile(
    r"(?<!\w)(?:Công ty|Tập đoàn)((?:[ \t]+[^\s.,;:!?()\[\]\"“”]+){1,8})[ \t]+$"
)
_VI_NAME_END = re.compile(r"[ \t]*(?:[,.;:()\n]|và(?!\w)|$)")
_VI_SENTENCE_WORDS = frozenset(
    {"và", "với", "của", "tại", "ở", "cho", "đã", "sẽ", "đang", "ký", "là", "có", "từ", "đến",
     "được", "cùng", "trong", "theo", "về", "tỉnh", "thành", "phố"}
)  # fmt: skip


def _closes_a_vietnamese_company_name(text: str, start: int, end: int) -> bool:
    name = _VI_COMPANY_BEFORE.search(text, max(0, start - _WINDOW), start)
    return (
        name is not None
        and _VI_NAME_END.match(text, end) is not None
        and not any(word.lower() in _VI_SENTENCE_WORDS for word in name.group(1).split())
    )


# A chamber called by its word and its place alone ("غرفة الشارقة تبحث …", "Cámara Valencia y el
# puerto …"): the place is the chamber's name, and the chamber the partner.
_CHAMBER_BEFORE = re.compile(r"(?:^|\s)(?:غرفة|لغرفة|وغرفة|Cámara|Cambra|Camera|Câmara)\s+$")


def _in_a_bodys_name(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the place at ``text[start:end]`` is part of a body's name that says where it
    sits: "Seoul-based", "غرفة الشارقة", "Công ty … Vân Nam", "전남지역본부", "JICA中国センター"."""
    if _BASED_AFTER.match(text, end) or _CHAMBER_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _INTERNATIONAL_AFTER.match(text, end) or _ACRONYM_OF_BEFORE.search(
        text, max(0, start - 24), start
    ):
        return True
    if lang == "vi":
        return _closes_a_vietnamese_company_name(text, start, end)
    if lang == "ko" and (_KO_REGIONAL_OFFICE.match(text, end) or _KO_BODY_AFTER.match(text, end)):
        return True
    if lang == "de":
        return _DE_BODY_BEFORE.search(text, max(0, start - _WINDOW), start) is not None
    branch = _BRANCH_AFTER.get(lang)
    return bool(
        branch is not None
        and branch.match(text, end)
        and _ACRONYM_BEFORE.search(text, max(0, start - 12), start)
    )


def names_a_seat(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the place at ``text[start:end]`` is named as where an organisation sits."""
    if _in_a_bodys_name(text, start, end, lang):
        return True
    for shapes in (_VIETNAMS_MISSION_AFTER, _COMPANY_HOME_AFTER):
        shape = shapes.get(lang)
        if shape is not None and shape.match(text[end : end + _WINDOW // 2]):
            return True
    after_pattern = _after_pattern(lang)
    if after_pattern is not None:
        after = text[end : end + _WINDOW // 2]
        stop = _STOP.search(after)
        if after_pattern.match(fold(after[: stop.start()] if stop else after)):
            return True
    pattern = _before_pattern(lang)
    if pattern is None:
        return False
    before = text[max(0, start - _WINDOW) : start]
    stops = list(_STOP.finditer(before))
    if stops:
        before = before[stops[-1].end() :]
    folded = fold(before)
    found = max(pattern.finditer(folded), key=lambda m: m.end(), default=None)
    if found is None:
        return False
    if lang in _UNSPACED:
        return len(folded) - found.end() <= _UNSPACED_GAP
    return _only_links(before, len(folded[found.end() :].split()))


def _only_links(before: str, count: int) -> bool:
    """Whether the last ``count`` words of ``before`` only link the phrase to the seat: unit
    words, prepositions, or capitalised names of the places it lies in."""
    if count > _MAX_WORDS:
        return False
    words = before.split()[-count:] if count else []
    return all(fold(word.strip(",")) in _LINKS or word.strip(",")[:1].isupper() for word in words)


# A venue named by its facility after the place: "東京都内のホテルで" (at a hotel in Tokyo),
# "서울 코엑스에서" (at COEX in Seoul), or by a facility's word glued to the place and a word
# for "at" after it ("창원컨벤션센터에서", "広島国際会議場で"). The place only says where the
# facility is.
_JA_FACILITIES = "会議場|ホテル|会館|センター|ホール|空港|メッセ"
_KO_FACILITIES = "컨벤션센터|센터|호텔|회관|홀|전시장|공항|엑스코|벡스코|킨텍스"
_FACILITY_AFTER: dict[str, re.Pattern[str]] = {
    "ja": re.compile(
        r"^(?:都|府|県|市|町|村)?(?:内|市内)?の[^、。はがとをにで\s]{1,10}(?:で|にて)"
        rf"|^(?:都|府|県|市)?[^、。はがとをにでの\s]{{0,6}}(?:{_JA_FACILITIES})(?:で|にて)"
    ),
    "ko": re.compile(
        r"^(?:도|시|군|구)?\s+[\uac00-\ud7a3A-Za-z0-9]{1,10}에서\s"
        rf"|^(?:시|군|구)?[\uac00-\ud7a3]{{0,6}}(?:{_KO_FACILITIES})에서\s"
    ),
}


def names_a_facility_venue(text: str, end: int, lang: str, limit: int | None = None) -> bool:
    """Whether the place ending at ``end`` only locates the facility where something was held
    ("東京都内のホテルで締結した", "서울 코엑스에서 열린"); the facility ends before ``limit``, the
    next place found ("タイのバンコクで" names Bangkok as the venue, not a facility in Thailand)."""
    pattern = _FACILITY_AFTER.get(lang)
    stop = end + _WINDOW // 2 if limit is None else min(limit, end + _WINDOW // 2)
    return pattern is not None and bool(pattern.match(text[end:stop]))


# A place that only names an event, a border gate or a waterway: "中国—东盟博览会" (the
# China–ASEAN Expo), "河口—老街口岸" (the Hekou–Lao Cai border gate), "China-ASEAN Expo",
# "المنطقة الاقتصادية لقناة السويس" (the Suez Canal's economic zone). The word for the event or
# gate comes after the place and up to one more name joined by a dash; the word for a waterway
# or a mountain comes before it in Arabic.
# An airport named after its city ("福岡空港から", "인천공항을 출발해", "Incheon Airport") says
# where a flight leaves from, not who the partner is.
_EVENT_WORDS = (
    "博览会|博覽會|交易会|展览会|展销会|论坛|峰会|口岸|博覧会|見本市|박람회|포럼|엑스포|"
    "空港|国际机场|國際機場|机场|機場|국제공항|공항|"
    # An industrial park or a bonded zone named after its place or its two countries
    # ("越南—新加坡工业园", "凭祥综合保税区") says where the park is, not who signs.
    "工业园|工業園|产业园|综合保税区|保税区|经济开发区|工業団地|산업단지|"
    # ... and so does a cooperation zone named after its two towns ("凭祥—同登跨境经济合作区").
    "跨境经济合作区|经济合作区"
)
_EVENT_AFTER = re.compile(
    rf"^(?:\s*[-–—‐]\s*[^\s,，、。\-–—‐]{{1,12}}?)?\s*(?:{_EVENT_WORDS})"
    # A route named by its two ends ("同文岩石高原—麻栗坡"跨境自驾旅游线路, a cross-border
    # driving route), its quote closed before the route word.
    r"|^[\"”」』]?[\u4e00-\u9fff]{0,6}?(?:旅游线路|线路|路线)"
    # A fair whose name runs on past the place ("中国昆明进出口商品交易会", the Kunming Import and
    # Export Commodities Fair): a few characters of its own name, no verb or "and" among them.
    r"|^[^\W\d_举办参在与和及的将于了是]{0,6}?(?:博览会|博覽會|交易会|展览会|展销会|洽谈会|博覧会|見本市)"
    # Parks named after their places, one or two joined by "and": "the Quang Châu and Vân
    # Trung industrial parks".
    # A framework named by the countries it joins: "the Cambodia-Laos-Vietnam Development
    # Triangle Area", "the East-West Economic Corridor".
    # The second park's name may hold a dash: "the Quang Chau and Song Khe - Noi Hoang
    # industrial parks".
    r"|^(?:(?:\s*[-–—‐]\s*[A-Z][\w]*){1,2}"
    r"|\s+and\s+[A-ZÀ-ÞĐ][\w]*(?:\s+(?:[-–—‐]\s+)?[A-ZÀ-ÞĐ][\w]*){0,3})?\s+"
    r"(?:Expo|Forum|Summit|Trade Fair|Fair|International Airport|Airport|Friendship Bridge|"
    r"Industrial Park|[Ii]ndustrial (?:[Pp]arks?|[Zz]ones?)|[Ee]conomic [Zz]ones?|"
    r"Development Triangle|Growth Triangle|Economic Corridor)\b"
)
# A friendship bridge named after the two countries it joins: "สะพานมิตรภาพไทย-ลาว แห่งที่ 3"
# (the third Thai-Lao Friendship Bridge) names a crossing, not a partner.
_BRIDGE_BEFORE = re.compile(r"สะพานมิตรภาพ\s*(?:[^\s\-–—]{1,12}\s*[-–—]\s*)?$")
# A place closing a fair's own name in Latin letters: "la Feria Internacional de La Habana",
# "Fiera di Verona", "Foire internationale de Marseille" name the event, not a partner.
_FAIR_NAME_BEFORE = re.compile(
    r"(?<!\w)(?:Feria|Feira|Foire|Fiera|Salon|Salão|Salone|Targi|Expo)(?:\s+[\w-]+){0,2}?"
    r"\s+(?:de|di|do|da|del|della|of|d'|w)\s*$"
)
# A centre or an airport named after its city ("مركز دبي التجاري العالمي", the Dubai World Trade
# Centre) is a facility too.
_FEATURE_BEFORE = re.compile(r"(?:^|\s)[لب]?(?:قناة|خليج|نهر|مضيق|جبل|بحيرة|مركز|مطار)\s*$")
# A port named after its place: "il porto di Ancona", "the port of Busan", "свободного порта
# Владивосток", "cảng Busan", "ميناء جبل علي", "Busan port operator", "釜山港", "부산항". The
# place says where the port is; the port's authority, when it acts, is the partner.
_PORT_BEFORE = re.compile(
    r"(?<!\w)(?:port|ports|porto|porti|puerto|puertos|hafen|portu|порт|порта|порту|портом"
    r"|cảng|ميناء|لميناء)(?:\s+(?:of|of the|di|del|della|de|do|da|du|de la|des|von|w|в))?"
    r"(?:\s+d['’]|\s+)$",
    re.IGNORECASE,
)
_PORT_AFTER = re.compile(r"(?:\s+port(?!\w)|港|항(?!공))", re.IGNORECASE)
# The words that open a border gate's, a border zone's or an expressway's name before its place
# (folded), and a first end joined by a dash: "Khu hợp tác kinh tế biên giới Bằng Tường", "cao
# tốc Nam Ninh – Hữu Nghị Quan", "tuyến du lịch đường bộ Đồng Hới - Savannakhet - Khon Kaen",
# "ด่านลาวบาว", "el paso fronterizo de Moc Bai - Bavet": up to two ends joined by dashes.
_GATE_WORDS = (
    "khu hop tac kinh te bien gioi|khu kinh te cua khau|cua khau quoc te|cua khau|"
    "duong cao toc|cao toc|tuyen du lich duong bo|tuyen du lich|tuyen duong bo|"
    "pasos fronterizos|paso fronterizo|zona economica especial|"
    "border gate|border crossing|poste frontiere|posto di frontiera"
)
_GATE_BEFORE = re.compile(
    rf"(?:^|[^\w])(?:{_GATE_WORDS})(?:\s+(?:de|of|du|di))?\s*"
    r"(?:(?:[^\s\-–—]+\s+){0,3}[^\s\-–—]+\s*[-–—]\s*){0,2}$"
)
# Thai glues the words to the name, unfolded (folding makes ด่าน, a checkpoint, ด้าน, a side).
# "ด่านสากลลาวบ่าว": an international checkpoint's name.
_TH_GATE_BEFORE = re.compile(r"(?:ด่าน|ด่านสากล|ด่านพรมแดน|เขตเศรษฐกิจพิเศษ|เขตเศรษฐกิจ)$")


def names_an_event_or_feature(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` only names an event, a border gate or a
    waterway."""
    if _EVENT_AFTER.match(text[end : end + _WINDOW]):
        return True
    # The gate's word may close the name found ("金水河口岸" holds 河口): the name is part of it.
    if any(_EVENT_AFTER.match(text[cut:end + _WINDOW // 2]) for cut in (end - 1, end - 2)
           if cut > start):  # fmt: skip
        return True
    if _BRIDGE_BEFORE.search(text[max(0, start - _WINDOW) : start]):
        return True
    if _FAIR_NAME_BEFORE.search(text[max(0, start - _WINDOW) : start]):
        return True
    before = text[max(0, start - _WINDOW) : start]
    if _GATE_BEFORE.search(fold(before)) or _TH_GATE_BEFORE.search(before):
        return True
    if _PORT_BEFORE.search(text[max(0, start - 24) : start]):
        return True
    if _PORT_AFTER.match(text, end, end + 8):
        return True
    return bool(_FEATURE_BEFORE.search(fold(text[max(0, start - 12) : start])))


# A country named only as a neighbour across a border: "quatre districts frontaliers avec le
# Laos", "중국과 국경을 맞댄 산악 지역", "与老挝接壤": geography, not a dealing. The words of the
# border before the place (folded; Thai unfolded, its marks tell the words apart), or after it in
# Chinese, Japanese, Korean and Hindi.
_BORDER_BEFORE = re.compile(
    r"(?<!\w)(?:borders?(?:ing)?(?:\s+(?:with|on))?|frontaliers?|frontalieres?"
    r"|frontiere\s+avec|fronterizos?\s+con|fronterizas?\s+con|frontera\s+con|confina(?:no)?\s+con"
    r"|al\s+confine\s+con|fronteira\s+com|faz\s+fronteira\s+com|grenzt\s+an|grenze\s+zu[mr]?"
    r"|graniczac\w{0,4}\s+z|granicy\s+z|граничит\s+с|граничащ\w{0,4}\s+с|на\s+границе\s+с"
    r"|межу[єю]\w{0,3}\s+з|на\s+кордоні\s+з|giap\s+voi|giap\s+ranh\s+voi"
    r"|giap\s+bien\s+gioi\s+voi|الحدود\s+مع|الحدودية\s+مع|على\s+حدود)"
    r"(?:\s+(?:avec|with|con|com|the|le|la|les|el|il|o|a|lo)){0,2}\s*(?:l['’])?$"
)
_TH_BORDER_BEFORE = re.compile(r"(?:ชายแดน|พรมแดน)(?:ติด)?(?:กับ)?\s*(?:ประเทศ)?$")
_BORDER_AFTER = re.compile(
    r"^(?:\s*(?:과|와|と)\s*(?:국경|国境|접경)|\s*(?:との国境|と国境|接壤|交界)"
    r"|\s*(?:की\s+सीमा|से\s+सट))"
)
_BORDER_REACH = 32


def names_a_neighbour(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` is named only as across a border from where
    something is: a neighbour, not a partner."""
    before = text[max(0, start - _BORDER_REACH) : start]
    return bool(
        _BORDER_BEFORE.search(fold(before))
        or _TH_BORDER_BEFORE.search(before)
        or _BORDER_AFTER.match(text[end : end + _BORDER_REACH // 2])
    )


# Unnamed units of a country: "colabora con una región de Japón", "gemellaggi con città di
# Corea", "seek cooperation with localities of Japan", "日本の地域との協力": the country only
# says where units lie that the article does not name; it does not act (issue 13). The unit's
# word and its link stand right before the country (folded), or after it in Japanese, Korean and
# Chinese. A city in the singular is left out: "the city of Singapore" is the country.
_UNITS_BEFORE: dict[str, str] = {
    "en": r"(?:regions?|cities|provinces?|prefectures?|towns?|localit(?:y|ies)"
    r"|municipalit(?:y|ies))\s+(?:of|in)(?:\s+the)?",
    "fr": r"(?:regions?|villes|provinces?|prefectures?|localites?|collectivites?|communes?)"
    r"\s+(?:de|du|des|de\s+la|d['’])",
    "es": r"(?:region|regiones|ciudades|provincias?|prefecturas?|localidad|localidades"
    r"|municipios?)\s+(?:de|del)",
    "it": r"(?:regione|regioni|provincia|province|prefettura|prefetture|comuni|localita)"
    r"\s+(?:di|del|della|dell['’])",
    "pt": r"(?:regiao|regioes|cidades|provincias?|prefeituras?|localidades?|municipios?)"
    r"\s+(?:de|do|da)",
    "de": r"(?:region|regionen|stadte|stadten|provinz|provinzen|prafektur|prafekturen"
    r"|kommunen?|gemeinden?)\s+(?:in|aus)",
    "pl": r"(?:regionu|regionow|regiony|region|miast|miasta|miastami|prowincji|prefektur)",
    "ru": r"(?:регион\w{0,3}|городов|города|городами|провинци\w{0,3}|префектур\w{0,3}"
    r"|муниципалитет\w{0,3})",
    "uk": r"(?:регіон\w{0,3}|міст|міста|містами|провінці\w{0,3}|префектур\w{0,3})",
    "vi": r"(?:dia phuong|cac thanh pho|cac tinh)\s+cua",
}
_UNITS_AFTER = re.compile(
    r"^(?:の(?:地域|自治体|都市|地方)|의\s?(?:도시|지역|지자체)|的(?:城市|地区|地方))"
)


@functools.cache
def _units_before(lang: str) -> re.Pattern[str] | None:
    words = _UNITS_BEFORE.get(lang)
    return re.compile(rf"(?<!\w)(?:{words})(?:\s+|(?<=['’]))$") if words else None


def names_unnamed_units(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the place at ``text[start:end]`` only says where units lie that the article
    leaves unnamed ("una región de Japón", "日本の地域")."""
    if _UNITS_AFTER.match(text[end : end + 8]):
        return True
    pattern = _units_before(lang)
    return pattern is not None and bool(pattern.search(fold(text[max(0, start - 40) : start])))


# A place named only as the home of unnamed firms, institutions or a trade: "le imprese del
# Piemonte", "18 firm z województwa śląskiego", "empresas de Castellón", "doanh nghiệp Quảng
# Tây", "云南多家机构", "23家广西企业", "전남 농업계". Where the article names a body of the
# place's country, the bodies are the partners and the place only says where they are (issue 13:
# a place is never a partner beside its own named body unless it acts itself). The word for the
# firms comes before the place, with its preposition, in the languages that write it so...
_FIRMS_BEFORE: dict[str, re.Pattern[str]] = {
    lang: re.compile(rf"(?<!\w)(?:{words})(?:\s*(?:{links}))?$", re.IGNORECASE)
    for lang, words, links in (
        # ... or the trade they make up ("the ceramics sector of Castellón").
        ("en", r"firms|companies|businesses|enterprises|exporters|manufacturers|producers"
               r"|(?:sector|industry)", r"(?:from|of|in|based in)(?:\s+the)?"),
        ("de", "Firmen|Unternehmen|Betriebe|Betrieben|Mittelständler|Hersteller|Exporteure",
         r"(?:aus|in)(?:\s+de[mnr])?"),
        ("fr", r"entreprises|sociétés|firmes|PME|industriels|exportateurs|producteurs"
               r"|(?:secteur|filière)(?:\s+[a-zà-ÿ]+){0,2}",
         r"(?:de\s+la|du|des|de|en)|d['’]|de\s+l['’]"),
        ("es", r"empresas|compañías|firmas|industrias|exportadores|productores|fabricantes"
               r"|distrito industrial|polo industrial|clúster|sector(?:\s+[a-záéíóúñ]+){0,2}"
               # A trade's plural: "los azulejeros de Castellón", "los ceramistas de …".
               r"|[a-záéíóúñ]{3,}(?:eros|istas)",
         r"(?:de\s+la|del|de)"),
        # ... or the industrial districts they make up ("i distretti calzaturieri di Fermo").
        ("it", r"imprese|aziende|società|industrie|produttori|esportatori"
               r"|(?:distrett[oi]|settore|comparto|filiera)(?:\s+[a-zà-ù]+){0,2}",
         r"(?:del|della|dello|delle|dei|di|da|dal|dalla)|dell['’]"),
        ("pt", r"empresas|companhias|firmas|indústrias|produtores|exportadores"
               r"|(?:setor|sector)(?:\s+[a-zà-úç]+){0,2}",
         r"(?:do|da|dos|das|de)"),
        ("pl", "firm|firmy|firmami|przedsiębiorstw|przedsiębiorstwa|przedsiębiorców|spółek"
         "|producentów|eksporterów", r"(?:z|ze)"),
        ("ru", "компании|компаний|предприятия|предприятий|фирмы|фирм|производителей"
         "|экспортёров|экспортеров", r"(?:из|с)"),
        ("uk", "компанії|компаній|підприємства|підприємств|фірми|фірм|виробників"
         "|експортерів", r"(?:з|із|зі)"),
        ("vi", "doanh nghiệp|công ty|nhà đầu tư", r"(?:của|từ|đến từ|tỉnh|thành phố)"),
        ("th", "บริษัท|ผู้ประกอบการ|ภาคเอกชน|นักธุรกิจ", r"(?:จาก|ของ|ใน|จังหวัด)"),
        ("ar", "شركات|الشركات|مؤسسات|المؤسسات", r"(?:من|في)"),
    )
}  # fmt: skip
# ... and after it, glued or past a possessive, in Chinese, Japanese, Korean and Hindi.
_FIRMS_AFTER: dict[str, re.Pattern[str]] = {
    "zh": re.compile(
        r"(?:省|市|县|州|壮族自治区|自治区)?的?(?:多家|各家|各|[0-9一二三四五六七八九十百余多]{1,4}家)?"
        r"(?:企业|公司|机构|高校|商界|业界|客商)"
    ),
    "ja": re.compile(r"(?:都|道|府|県|市)?の?(?:企業|各社|経済界|産業界|業界)"),
    "ko": re.compile(r"(?:도|시|군|현|주)?의?\s?(?:기업|업체|업계|농업계|경제계|재계|상공인)"),
    "hi": re.compile(r"\s?(?:की|के)\s(?:कंपनियाँ|कंपनियां|कंपनियों|उद्योगों|उद्यमों)"),
    # English puts a place before an unnamed body's noun: "a leading Daegu hospital", "two
    # Busan firms".
    "en": re.compile(
        r"\s+(?:hospital|firm|company|clinic|charity|manufacturer|exporter|shipyard|university)s?"
        r"(?!\w)"
    ),
}
_FIRMS_REACH = 40


# A place joined by "and" to one named so shares its role: "i distretti calzaturieri di Fermo e
# Macerata", "firms from Busan and Ulsan".
_PLACE_AND = re.compile(
    r"(?:\s+[A-ZÀ-ÞĀ-Ž][\w'’-]*){1,3}\s*(?:,|\s(?:e|ed|and|et|y|und|i|oraz|и|і|та|và))$"
)


def names_firms_home(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the place at ``text[start:end]`` is named only as where unnamed firms or
    institutions are from ("le imprese del Piemonte", "广西企业")."""
    after = _FIRMS_AFTER.get(lang)
    if after is not None and after.match(text, end, end + _FIRMS_REACH // 2):
        return True
    before = _FIRMS_BEFORE.get(lang)
    if before is None:
        return False
    window = text[max(0, start - _FIRMS_REACH * 2) : start].rstrip(" \t")
    if before.search(window[-_FIRMS_REACH:]):
        return True
    joined = _PLACE_AND.search(window)
    return joined is not None and bool(before.search(window[: joined.start()].rstrip(" \t")))
