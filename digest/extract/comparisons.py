"""Places named only in a comparison: a model or a contrast, not who the province deals with.

"a similar partnership between Western Australia and Bali", "Ähnlich wie Bayern und
Baden-Württemberg will Thüringen …", "sul modello di quanto già fatto dalla Toscana",
"Alternativen zu China" (an alternative, instead of),
"على غرار تجربة محافظة بورسعيد", "愛知県や岐阜県と比べ", "경기도처럼", "与广东相比": the place is
what the partner is compared with (issue 13: a foreign region drafted where the gold has no such
partner). Each language's phrase of likeness or contrast stands right before the place (up to a
few words between, none of them a preposition of partnership such as "with", "avec", "mit"), or
right after it in Japanese, Korean, Chinese and Hindi; places joined to it by "and", "や", "와"
share it. Only grammar words: no place is named here.
"""

from __future__ import annotations

import functools
import re

from digest.text import alternation, fold

# Phrases right before the place compared with, folded when compiled.
_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("similar partnership between", "similar partnerships between",
           "similar agreement between", "similar agreements between", "like", "unlike",
           "compared with", "compared to", "following the example of", "modelled on",
           "modeled on", "as did", "as already done by", "in contrast to",
           # A rank behind another place: "the province's second-largest investor after China".
           "second only to", "largest investor after", "biggest investor after",
           "largest trading partner after", "largest source of investment after",
           # A model for the place: "a model for all of Saxony".
           "a model for", "a blueprint for", "alternatives to", "an alternative to",
           "alternative to",
           "instead of"),
    "fr": ("à l'instar de", "à l'instar du", "à l'instar des", "comme", "sur le modèle de",
           "sur le modèle du", "contrairement à", "contrairement au", "par rapport à",
           "par rapport au", "à l'exemple de", "à l'exemple du", "juste derrière",
           "seulement derrière", "un modèle pour", "alternative à", "alternatives à",
           "alternative au", "alternatives au", "au lieu de", "au lieu du"),
    "es": ("al igual que", "a ejemplo de", "siguiendo el ejemplo de", "a diferencia de",
           "en comparación con", "comparado con", "como ya hizo", "como ya hicieron",
           "solo por detrás de", "sólo por detrás de", "solo detrás de", "un modelo para",
           "alternativa a", "alternativas a",
           "en lugar de", "en vez de"),
    "it": ("sul modello di", "sull'esempio di", "a differenza di", "a differenza della",
           "a differenza del", "rispetto a", "rispetto alla", "rispetto al", "al pari di",
           "come già fatto da", "come gia fatto da", "seconda solo a", "secondo solo a",
           "seconda solo alla", "secondo solo alla", "dietro solo a", "dietro solo alla",
           "un modello per", "alternativa a", "alternative a",
           "alternativa al", "invece di", "invece che"),
    "pt": ("a exemplo de", "a exemplo do", "a exemplo da", "ao contrário de",
           "em comparação com", "tal como", "seguindo o exemplo de", "atrás apenas de",
           "atrás apenas da", "atrás apenas do", "um modelo para",
           "alternativa a", "alternativas a", "alternativa à", "em vez de", "em lugar de"),
    "de": ("ähnlich wie", "genau wie", "ebenso wie", "so wie", "nach dem vorbild von",
           "nach dem vorbild", "im vergleich zu", "im vergleich mit", "anders als",
           "gleich hinter", "nur hinter", "modell für", "vorbild für", "alternativen zu",
           "alternative zu",
           "statt", "anstelle von"),
    "pl": ("podobnie jak", "na wzór", "w przeciwieństwie do", "w porównaniu z",
           "w porównaniu do", "tak jak", "zaraz po", "tuż za", "wzorem dla", "modelem dla",
           "alternatywa dla", "alternatywy dla", "zamiast"),
    "ru": ("как и", "по примеру", "по образцу", "подобно", "в отличие от",
           "по сравнению с", "так же как", "уступая лишь", "уступая только", "моделью для",
           "образцом для",
           "альтернатива", "альтернативу", "альтернативы", "вместо"),
    "uk": ("як і", "за прикладом", "подібно до", "на відміну від", "порівняно з",
           "так само як", "поступаючись лише",
           "альтернатива", "альтернативу", "альтернативи", "замість"),
    "vi": ("tương tự như", "giống như", "so với", "theo mô hình của", "khác với",
           "chỉ đứng sau", "chỉ sau",
           "thay thế cho", "thay vì"),
    "ar": ("على غرار", "أسوة ب", "مقارنة ب", "مقارنة مع", "على عكس", "كما فعلت", "مثلما فعلت",
           "بخلاف", "بعد كل من", "لا يسبقها سوى",
           "بديلا عن", "بديلاً عن", "بديل عن", "بدلا من", "بدلاً من"),
    "th": ("เช่นเดียวกับ", "เหมือนกับ", "เมื่อเทียบกับ", "ตามแบบอย่างของ", "ต่างจาก",
           "รองจาก",
           "แทนที่", "ทางเลือกแทน"),
    "zh": ("效仿", "仿照", "借鉴", "如同", "不同于", "参照", "仅次于", "僅次於",
           "替代", "取代", "而非"),
}  # fmt: skip
# Phrases right after it, where the language puts the particle after the name.
_AFTER: dict[str, tuple[str, ...]] = {
    "ja": ("と比べ", "に比べ", "と比較", "と同様", "と同じく", "のように", "に倣", "にならい",
           "とは異なり", "に次ぐ", "に次いで",
           "に代わる", "の代わり", "の代替"),
    "ko": ("처럼", "와 마찬가지로", "과 마찬가지로", "와 비교해", "과 비교해", "에 비해",
           "와 달리", "과 달리", "의 사례처럼", "의 사례를 본떠", "에 이어 두 번째",
           "에 이어 2위", "에 이어 2번째",
           "을 대체", "를 대체", "의 대안", "대신"),
    "zh": ("相比", "相较", "一样", "那样", "的做法", "的模式"),
    "hi": ("की तरह", "के समान", "की तुलना में", "के विपरीत", "के बाद दूसरा", "के बाद दूसरे",
           "के विकल्प", "के बजाय"),
}  # fmt: skip
# Prepositions of partnership: a place after one of them is an agent, not a model ("like the
# agreement signed with Queensland" names the partner).
_AGENT = frozenset({
    "with", "avec", "con", "com", "mit", "z", "ze", "с", "со", "з", "із", "với", "voi", "مع",
})  # fmt: skip
_UNSPACED = frozenset({"ja", "ko", "zh", "th"})
_MAX_WORDS = 4  # words between the phrase and the place ("quanto già fatto dalla")
_MAX_CHARS = 4  # characters between them where words run together
_UNIT = r"(?:県|府|都|省|市|州|道|도|시|군|区|县)?"
_CLAUSE_END = re.compile(r"[.,;:!?。，、；：！？\n]")
# What joins two places of one list ("Bayern und Baden-Württemberg", "愛知県や岐阜県").
_AND = re.compile(
    r"^\s*(?:,|、|，)?\s*(?:(?:and|et|y|e|und|i|oraz|и|і|та|va|và|o|ou|oder|or|или|або|dall'|"
    r"dalla|dal|della|del|de|la|le|the)\s*){0,2}$|^\s*(?:和|及|与|や|と|와|과|및|และ|و|और)\s*$"
)


@functools.cache
def _before_pattern(lang: str) -> re.Pattern[str] | None:
    phrases = _BEFORE.get(lang)
    if not phrases:
        return None
    words = alternation([fold(p) for p in phrases])
    bound = "" if lang in _UNSPACED else r"(?<!\w)"
    return re.compile(rf"{bound}(?:{words})")


@functools.cache
def _after_pattern(lang: str) -> re.Pattern[str] | None:
    phrases = _AFTER.get(lang)
    if not phrases:
        return None
    words = alternation([fold(p) for p in phrases])
    return re.compile(rf"^{_UNIT}\s*(?:{words})")


def _after_phrase(before: str, lang: str) -> bool:
    """Whether ``before`` (the text before a place, back to the clause's start) ends with a
    phrase of likeness and at most a few words that are no preposition of partnership."""
    pattern = _before_pattern(lang)
    if pattern is None:
        return False
    found = max(pattern.finditer(before), key=lambda m: m.end(), default=None)
    if found is None or (lang not in _UNSPACED and found.end() < len(before)
                         and not before[found.end()].isspace()):  # fmt: skip
        return False
    gap = before[found.end() :]
    if lang in _UNSPACED:
        return len(gap.strip()) <= _MAX_CHARS
    words = gap.split()
    return len(words) <= _MAX_WORDS and not any(word in _AGENT for word in words)


def _compared(text: str, spans: list[tuple[int, int]], index: int, lang: str) -> bool:
    """Whether the place at ``spans[index]`` is named with a phrase of likeness, with no other
    place between the phrase and it."""
    start, end = spans[index]
    after = _after_pattern(lang)
    following = spans[index + 1][0] if index + 1 < len(spans) else len(text)
    if after is not None and after.match(fold(text[end : min(end + 24, following)])):
        return True
    previous = spans[index - 1][1] if index else 0
    before = text[max(0, previous, start - 64) : start]
    ends = list(_CLAUSE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    return _after_phrase(fold(before), lang)


def in_comparison(text: str, index: int, spans: list[tuple[int, int]], lang: str) -> bool:
    """Whether the place at ``spans[index]`` (spans of the places of ``text``, in order) is only
    compared with: named with a phrase of likeness, or in a list joined to one that is."""
    if _compared(text, spans, index, lang):
        return True
    # A phrase before the list covers the places after it; one after the list, those before.
    step = 1 if lang in _AFTER and lang not in _BEFORE else -1
    for direction in (step, -step):
        current = index
        while 0 <= current + direction < len(spans):
            a, b = sorted((spans[current], spans[current + direction]))
            if not _AND.match(fold(re.sub(rf"^{_UNIT}", "", text[a[1] : b[0]]))):
                break
            current += direction
            if _compared(text, spans, current, lang):
                return True
    return False
