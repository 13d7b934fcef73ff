"""Countries named only as markets: where a province's goods go to or come from.

"xoài và sen đã xuất khẩu sang Nhật Bản và Trung Quốc", "ส่งออกข้าวหอมมะลิไปยังญี่ปุ่นและจีน",
"exports rice to Japan and China", "mở rộng sang thị trường Hàn Quốc": the country buys or
sells goods, it does not deal with the province (issue 13: countries drafted where the gold has
none). A word of export or import opens the clause, and the place follows a preposition of
direction, possibly in a list of places joined by "and" or commas; or a word for "market" stands
right before it. Japanese, Korean and Hindi put the particle and the verb after the place
("日本へ輸出", "일본으로 수출", "जापान को निर्यात"). Only grammar words: no place is named here.
"""

from __future__ import annotations

import bisect
import functools
import re

from digest.text import alternation, fold

# Words of export or import, or of selling (folded stems), then prepositions of direction right
# before the place ("se venden a Francia", "liefert nach Polen", "sold to the United States").
_TRADE: dict[str, tuple[str, ...]] = {
    "en": ("export", "import", "ship", "sell", "sold", "sales"),
    "fr": ("export", "import", "vendu", "vendent", "vendre", "ventes"),
    "es": ("export", "import", "vende", "venden", "vendido", "vendida", "ventas"),
    "pt": ("export", "import", "vende", "vendem", "vendido", "vendida", "vendas"),
    "it": ("esport", "import", "vende", "vendono", "venduto", "venduta", "vendite"),
    "de": ("export", "import", "ausgefuhrt", "ausfuhr", "einfuhr", "verkauf", "liefert",
           "liefern", "geliefert", "lieferung"),
    "pl": ("eksport", "import", "sprzeda"), "ru": ("экспорт", "импорт", "прода", "поставк"),
    "uk": ("експорт", "імпорт", "прода", "постач"),
    "vi": ("xuat khau", "nhap khau"),
    # Thai also ships goods (ส่งสินค้า ... ไปยัง) to a market.
    "th": ("สงออก", "นำเขา", "ส่งออก", "นำเข้า", "ส่งสินค้า", "ขนส่งสินค้า"),
    "zh": ("出口", "进口", "出口到", "銷往", "销往"), "ar": ("تصدير", "يصدر", "تصدر", "استيراد"),
}  # fmt: skip
_DIRECTION: dict[str, tuple[str, ...]] = {
    "en": ("to", "from", "into"),
    "fr": ("vers", "en", "au", "aux", "a", "a destination de", "de", "du", "des"),
    "es": ("a", "al", "hacia", "con destino a", "de", "desde"),
    "pt": ("para", "a", "ao", "aos", "de", "do", "da", "dos"),
    "it": ("verso", "in", "a", "da", "dal"),
    "de": ("nach", "in", "aus"), "pl": ("do", "z", "ze", "na"), "ru": ("в", "во", "на", "из"),
    "uk": ("до", "в", "у", "на", "з", "із"), "vi": ("sang", "toi", "den", "vao", "tu"),
    "th": ("ไปยัง", "ไป", "จาก"), "zh": ("到", "至", "往", "向", "自"),
    "ar": ("إلى", "الى", "من"),
}  # fmt: skip
# The article a country's name takes after the preposition ("to the United States", "a la
# India", "in die Türkei").
_ARTICLE: dict[str, str] = {
    "en": "the", "fr": "la|le|les|l'|l’", "es": "la|el|los|las", "pt": "o|a|os|as",
    "it": "la|il|lo|i|gli|le|l'|l’", "de": "die|der|den|das",
}  # fmt: skip
# "Market" right before the place ("thị trường Hàn Quốc", "le marché japonais" has no place).
_MARKET: dict[str, tuple[str, ...]] = {
    # The buyers there are the market too: "to serve customers in Japan".
    "en": ("market of", "markets of", "market in", "customers in", "buyers in"),
    "fr": ("marche de", "marche du", "marches de"),
    "es": ("mercado de", "mercados de", "mercado del"),
    "pt": ("mercado de", "mercado do", "mercado da"),
    "it": ("mercato di", "mercato del"),
    "de": ("kunden in", "abnehmer in", "markt in"), "pl": ("rynek", "rynku", "rynki"),
    "ru": ("рынок", "рынки", "рынка"), "uk": ("ринок", "ринки", "ринку"), "vi": ("thi truong",),
    "th": ("ตลาด",), "zh": ("市场",), "ar": ("سوق", "أسواق"),
}  # fmt: skip
# Particle and verb right after the place, in the languages that put them there.
_AFTER: dict[str, tuple[str, ...]] = {
    "ja": ("へ輸出", "に輸出", "から輸入", "への輸出", "市場"),
    "ko": ("로 수출", "으로 수출", "에 수출", "에서 수입", "시장"),
    "hi": ("को निर्यात", "से आयात", "के बाजार", "के बाज़ार"),
}  # fmt: skip
# Words joining places of a list.
_JOINERS = (",", "、", "，", "and", "et", "y", "e", "i", "и", "і", "та", "und", "va", "และ",
            "และ", "和", "及", "や", "と", "와", "과", "및", "और", "و")  # fmt: skip
# Continents and world regions a list of markets may join to a country ("残りを米国と欧州へ輸出
# する", the rest is exported to the United States and Europe): no registry lists them as
# places, so they stand in the list as another place does. A closed lexicon of world regions.
_WORLD_REGIONS = ("欧州", "ヨーロッパ", "欧米", "アジア", "東南アジア", "中東", "アフリカ", "北米",
                  "南米", "中南米", "유럽", "아시아", "동남아", "동남아시아", "중동", "아프리카",
                  "북미", "남미", "欧洲", "亚洲", "东南亚", "中东", "非洲", "北美", "南美",
                  "europe", "asia", "southeast asia", "the middle east", "africa",
                  "north america", "south america", "latin america", "europa", "asien",
                  "afrika", "nahost", "nahen osten", "medio oriente", "oriente medio",
                  "moyen-orient", "amerique latine", "chau au", "chau a",
                  "dong nam a", "trung dong", "chau phi", "bac my", "nam my", "my latinh",
                  "ยุโรป", "เอเชีย", "ตะวันออกกลาง", "แอฟริกา")  # fmt: skip
_UNSPACED = frozenset({"th", "zh", "ja", "ko"})
_CLAUSE_END = re.compile(r"[.!?;:\n。！？；]")
_WINDOW = 120
_PLACE = "\x00"  # stands for another place of the list


def _alternation(words: tuple[str, ...]) -> str:
    return alternation([fold(w) for w in set(words)])


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The pattern ending a clause before a market, and the one opening the text after it."""
    sep = r"\s*" if lang in _UNSPACED else r"\s+"
    joiner = rf"\s*(?:{_alternation(_JOINERS)})\s*"
    place = rf"(?:{_PLACE}|{_alternation(_WORLD_REGIONS)})"
    # Thai lists places with a space alone before the last "and" ("ไปยังจีน ญี่ปุ่น และเกาหลี").
    listed = rf"(?:{place}(?:{joiner}|\s+))*" if lang == "th" else rf"(?:{place}{joiner})*"
    before = None
    if lang in _TRADE:
        bound = "" if lang in _UNSPACED else r"(?<!\w)"
        # "importante", "importance" are no imports.
        trade = rf"{bound}(?:{_alternation(_TRADE[lang])})(?!an)"
        direction = rf"{bound}(?:{_alternation(_DIRECTION[lang])})"
        if lang in _ARTICLE:
            direction += rf"(?:\s+(?:{_ARTICLE[lang]}))?"
        opening = rf"{trade}.*{direction}"
        if lang in _MARKET:
            opening += rf"|{bound}(?:{_alternation(_MARKET[lang])})"
        before = re.compile(rf"(?:{opening}){sep if lang not in _UNSPACED else ''}{listed}$")
    after = None
    if lang in _AFTER:
        after = re.compile(
            rf"^\s*(?:(?:{_alternation(_JOINERS)})\s*{place}\s*)*(?:{_alternation(_AFTER[lang])})"
        )
    return before, after


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span of another place replaced by one placeholder."""
    out, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        out += [text[last:start], _PLACE]
        last = end
    return "".join([*out, text[last:]])


def names_a_market(
    text: str, start: int, end: int, others: list[tuple[int, int]], lang: str
) -> bool:
    """Whether the place at ``text[start:end]`` is named only as where goods go to or come
    from; ``others`` are the spans of the other places found in ``text``, in order."""
    before_pattern, after_pattern = _patterns(lang)
    # Only the places within reach: a page naming thousands asks at each of them.
    others = others[
        bisect.bisect_left(others, (start - _WINDOW, -1)) : bisect.bisect_right(
            others, (end + _WINDOW, len(text) + 1)
        )
    ]
    if before_pattern is not None:
        lo = max(0, start - _WINDOW)
        window = _masked(
            text[lo:start], [(s - lo, e - lo) for s, e in others if lo <= s < e <= start]
        )
        clause = _CLAUSE_END.split(window)[-1]
        if before_pattern.search(fold(clause)):
            return True
    if after_pattern is not None:
        hi = min(len(text), end + _WINDOW)
        window = _masked(
            text[end:hi], [(s - end, e - end) for s, e in others if end <= s < e <= hi]
        )
        if after_pattern.match(fold(window)):
            return True
    return False


# The trade between two places, then its figure ("التجارة غير النفطية بين دبي وفيتنام بلغت
# ٥٫٨ مليار دولار", "le commerce entre la Bavière et le Vietnam a atteint 3 milliards"): the
# places are those the statistic is about, not partners. Trade words (folded stems), then
# "between" right before the place.
_TRADE_VOLUME: dict[str, tuple[str, ...]] = {
    "en": ("trade", "turnover"), "fr": ("commerce", "echanges"),
    "es": ("comercio", "intercambio"), "pt": ("comercio", "intercambio"),
    "it": ("commercio", "interscambio", "scambi"), "de": ("handel", "warenaustausch"),
    "pl": ("wymiana handlowa", "obroty"), "ru": ("товарооборот", "торговл"),
    "uk": ("товарообіг", "торгівл"), "vi": ("kim ngach", "thuong mai"),
    "th": ("การค้า", "มูลค่าการค้า"), "ar": ("التجارة", "التبادل التجاري", "تجارة"),
}  # fmt: skip
_BETWEEN: dict[str, tuple[str, ...]] = {
    "en": ("between", "between the"), "fr": ("entre", "entre la", "entre le", "entre les"),
    "es": ("entre", "entre la", "entre el"), "pt": ("entre", "entre a", "entre o"),
    "it": ("tra", "fra", "tra la", "tra il", "fra la", "fra il"), "de": ("zwischen",),
    "pl": ("miedzy",), "ru": ("между",),
    "uk": ("між",), "vi": ("giua",), "th": ("ระหว่าง",), "ar": ("بين",),
}  # fmt: skip
_DIGIT = re.compile(r"\d")


@functools.cache
def _trade_between(lang: str) -> re.Pattern[str] | None:
    if lang not in _TRADE_VOLUME:
        return None
    bound = "" if lang in _UNSPACED else r"(?<!\w)"
    sep = r"\s*" if lang in _UNSPACED else r"\s+"
    return re.compile(
        rf"{bound}(?:{_alternation(_TRADE_VOLUME[lang])})[^\d]*"
        rf"{bound}(?:{_alternation(_BETWEEN[lang])}){sep}$"
    )


# A share of the place's total: "占广西对越贸易总额的六成以上" (over 60 % of Guangxi's trade with
# Vietnam), "占云南省进出口总值的" — the place is the statistic's whole, not a partner.
_ZH_SHARE_BEFORE = re.compile(r"占(?:全|到)?$")
_ZH_SHARE_AFTER = re.compile(
    r"(?:省|市|县|州|自治区)?(?:全省|全市|全区)?[^，。、；\s]{0,8}?(?:总额|总量|总值|比重|份额)"
)


# The place's own trade with Vietnam: "2024年广西对越南进出口总额达280亿元" (Guangxi's trade with
# Vietnam reached …) — a statistic about the place.
_ZH_TRADE_WITH_VIETNAM_AFTER = re.compile(
    r"(?:省|市|县|州|自治区)?对越(?:南)?(?:贸易|进出口|出口|进口)(?:总额|总值|额|量)"
)


def names_trade_figures(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the place at ``text[start:end]`` opens "between … and …" after a word of trade,
    in a sentence giving the trade's figure, or is the whole a share is taken of ("占广西…总额
    的六成"): a statistic about the place, no dealing with it."""
    if lang == "zh" and _ZH_SHARE_BEFORE.search(text, max(0, start - 2), start):
        return _ZH_SHARE_AFTER.match(text, end, end + 16) is not None
    if lang == "zh" and _ZH_TRADE_WITH_VIETNAM_AFTER.match(text, end, end + 16):
        return True
    pattern = _trade_between(lang)
    if pattern is None:
        return False
    clause = _CLAUSE_END.split(text[max(0, start - _WINDOW) : start])[-1]
    if not pattern.search(fold(clause)):
        return False
    return bool(_DIGIT.search(_CLAUSE_END.split(text[end : end + _WINDOW])[0]))
