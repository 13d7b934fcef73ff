"""Places the province is said to have dealt with before, or to deal with already: ties the
article recalls, not the partnership it reports.

"Bac Giang had earlier signed cooperation documents with Chungcheongbuk Province", "Quảng Nam
coopère déjà avec la province japonaise de Shiga", "che ha già rapporti con la prefettura
giapponese di Hyogo", "Mit der Präfektur Kagawa in Japan unterhält die Provinz seit Jahren
Kontakte", "провинция ранее сотрудничала с Иркутской областью",
"以前には大分県との交流事業もあった", "일본 미야자키현과도 협력한 바 있으며",
"เคยมีความร่วมมือกับจังหวัดนครพนมและแขวงสะหวันนะเขต", "安沛此前曾与广西百色市开展交流": a
preposition of partnership ("with") right before the place, or its particle right after it in
Japanese, Korean and Hindi, and in the same sentence a word saying the tie is earlier or already
there ("earlier", "déjà", "seit Jahren", "ранее", "以前", "바 있", "เคย", "此前"). Places listed
with such a place share its role ("с Краснодарским краем, а … с Ульяновской областью",
"与云南省、广东省也有经贸往来"). Only grammar words: no place is named here.
"""

from __future__ import annotations

import functools
import re

from digest.text import alternation, fold

# "With" right before the place (folded), in the languages that put it there.
_WITH: dict[str, tuple[str, ...]] = {
    "en": ("with",), "fr": ("avec",), "es": ("con",), "it": ("con",), "pt": ("com",),
    "de": ("mit",), "pl": ("z", "ze"), "ru": ("с", "со"), "uk": ("з", "із", "зі"),
    "vi": ("voi",), "ar": ("مع",),
}  # fmt: skip
# Words that may stand between "with" and the place: articles, a place word, a nationality
# adjective ("avec la province japonaise de", "con la prefettura giapponese di", "với tỉnh").
# They are lower case (German nouns aside) and at most this many.
_MAX_GAP_WORDS = 4
# The same where words run together: "with" and a unit word before the place.
_WITH_UNSPACED: dict[str, re.Pattern[str]] = {
    "th": re.compile(r"กับ\s*(?:จังหวัด|แขวง|เมือง|นคร|รัฐ|มณฑล|ประเทศ|จ\.)?\s*$"),
    "zh": re.compile(r"(?:与|同|跟)\s*(?:中国|日本|韩国|老挝|泰国|柬埔寨)?\s*$"),
}
# "With" right after the place, past its unit word: "大分県との", "미야자키현과도", "के साथ".
_WITH_AFTER: dict[str, re.Pattern[str]] = {
    "ja": re.compile(r"(?:県|府|都|道|市|町|村|州|省)?\s*(?:との|とも|とは|と)"),
    "ko": re.compile(r"(?:도|시|군|현|성|주|구)?\s*(?:과|와)(?:도|는|의)?(?!\S*[가-힣]{2})"),
    "hi": re.compile(r"\s*के\s+साथ"),
}
# Words saying the tie is earlier or already there, anywhere in the place's sentence (folded
# when compiled; whole words in the languages that space them).
_EARLIER: dict[str, tuple[str, ...]] = {
    "en": ("earlier", "previously", "already", "formerly", "in the past", "has long",
           "have long", "had long", "for years", "long-standing", "longstanding"),
    "fr": ("déjà", "auparavant", "précédemment", "par le passé", "depuis des années",
           "de longue date", "depuis longtemps"),
    "es": ("ya", "anteriormente", "previamente", "en el pasado", "desde hace años",
           "hace años"),
    "it": ("già", "in passato", "precedentemente", "da anni", "da tempo"),
    "pt": ("já", "anteriormente", "no passado", "há anos", "há muito"),
    "de": ("bereits", "schon", "früher", "frühere", "früheren", "früherer", "zuvor",
           "seit jahren", "seit langem"),
    "pl": ("już", "wcześniej", "od lat", "w przeszłości", "uprzednio"),
    "ru": ("уже", "ранее", "прежде", "давно", "в прошлом"),
    "uk": ("вже", "раніше", "давно", "у минулому"),
    "vi": ("đã từng", "trước đây", "trước đó", "lâu nay"),
    "ar": ("سبق", "سابقا", "سابقاً", "من قبل", "بالفعل"),
    "hi": ("पहले",),
    "th": ("เคย", "มาก่อน"),
    "zh": ("此前", "曾与", "曾经", "以前", "早已", "已与", "也有"),
    "ja": ("以前", "これまで", "すでに", "既に", "かつて", "過去"),
    "ko": ("바 있", "적이 있", "이미", "그동안"),
}  # fmt: skip
_UNSPACED = frozenset({"ja", "ko", "zh", "th"})
_SENTENCE_END = re.compile(r"[.!?。！？\n]")
_SENTENCE_REACH = 240  # characters looked at on each side of the place for its sentence
_BEFORE_REACH = 48  # characters before the place looked at for "with"
_TOKEN = re.compile(r"\S+")
# What joins two places of one list ("Nakhon Phanom and Savannakhet", "云南省、广东省"), or a
# region written right before its own city ("广西百色市"), or a Russian clause that says "with"
# again ("с Краснодарским краем, а соседняя провинция Нгеан – с Ульяновской областью").
_AND = re.compile(
    r"^\s*(?:,|、|，)?\s*(?:and|et|y|e|und|i|oraz|и|і|та|va|và|o|ou|or|oder|или|або)?\s*$"
    r"|^\s*(?:和|及|与|、|や|と|와|과|및|และ|و|और)\s*(?:จังหวัด|แขวง)?\s*$"
)
# How many places of one list are walked past to its "with": a page may list thousands.
_MAX_LISTED = 12
_UNIT = r"(?:県|府|都|省|市|州|道|区|县|도|시|군|областью|краем|областю|краєм)?"


@functools.cache
def _earlier(lang: str) -> re.Pattern[str] | None:
    words = _EARLIER.get(lang)
    if not words:
        return None
    found = alternation([fold(word) for word in words])
    if lang in _UNSPACED:
        return re.compile(f"(?:{found})")
    return re.compile(rf"(?<!\w)(?:{found})(?!\w)")


def _sentence(text: str, start: int, end: int) -> str:
    before = text[max(0, start - _SENTENCE_REACH) : start]
    ends = list(_SENTENCE_END.finditer(before))
    opening = start - len(before) + (ends[-1].end() if ends else 0)
    after = _SENTENCE_END.search(text, end, end + _SENTENCE_REACH)
    return text[opening : after.start() if after else end + _SENTENCE_REACH]


def _with_before(text: str, start: int, lang: str) -> bool:
    """Whether "with" stands right before the place at ``start``, perhaps past a few small
    words (an article, a place word, a nationality adjective)."""
    before = text[max(0, start - _BEFORE_REACH) : start]
    unspaced = _WITH_UNSPACED.get(lang)
    if unspaced is not None:
        return unspaced.search(before) is not None
    words = _WITH.get(lang)
    if words is None:
        return False
    tokens = _TOKEN.findall(before)
    if before and not before[-1].isspace() and tokens and not tokens[-1].endswith(("'", "’")):
        return False  # the place is the end of a longer word
    for token in reversed(tokens[-(_MAX_GAP_WORDS + 1) :]):
        if fold(token) in words:
            return True
        if not token.isalpha() and not token.endswith(("'", "’")):
            return False  # a comma, a number: the clause of "with" is over
        if token[0].isupper() and lang != "de":
            return False  # a name between: "with the Governor of …"
    return False


def _with_after(text: str, end: int, lang: str) -> bool:
    after = _WITH_AFTER.get(lang)
    return after is not None and after.match(text, end, end + 8) is not None


def _tied(text: str, start: int, end: int, lang: str) -> bool:
    return _with_before(text, start, lang) or _with_after(text, end, lang)


def earlier_tie(text: str, index: int, spans: list[tuple[int, int]], lang: str) -> bool:
    """Whether the place at ``spans[index]`` (spans of the places of ``text``, in order) is one
    the province dealt with earlier or already: "with" beside it or beside the list it stands
    in, and a word of the past in its sentence."""
    earlier = _earlier(lang)
    start, end = spans[index]
    if earlier is None or not earlier.search(fold(_sentence(text, start, end))):
        return False
    if _tied(text, start, end, lang):
        return True
    # In a list, "with" stands before its first place or, in Japanese, Korean and Hindi, after
    # its last.
    step = 1 if lang in _WITH_AFTER else -1
    current = index
    while 0 <= current + step < len(spans) and abs(current - index) < _MAX_LISTED:
        a, b = sorted((spans[current], spans[current + step]))
        gap = re.sub(rf"^{_UNIT}", "", text[a[1] : b[0]])
        if not _AND.match(fold(gap)):
            return False
        current += step
        if _tied(text, *spans[current], lang):
            return True
    return False
