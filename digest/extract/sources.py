"""News outlets named as the source of what an article reports, and bodies cited only for
its figures ("Según datos de la Cámara de Comercio de Bilbao"), not as partners.

"Xinhua reported", "according to NHK", "TOKYO (Kyodo) -", "informó Prensa Latina", "сообщает
ТАСС", "NHKが報じた", "据新华社报道": a broadcaster or news agency cited for the news is where the
report comes from. Said of a registry partner of kind `media` (digest.extract.places): one named
only so is no partner of the article. An outlet named otherwise (a film shot with HBO) still is.
The words are a closed list per language: verbs and prepositions of reporting.
"""

from __future__ import annotations

import functools
import re

from digest.text import alternation, fold

_REPORTING: dict[str, tuple[str, ...]] = {
    "en": ("reported", "reports", "reporting", "according to", "quoted", "cited", "told",
           "correspondent", "reporter", "citing", "via", "covered", "broadcast", "aired"),
    "fr": ("a rapporte", "rapporte", "rapportait", "selon", "d'apres", "a indique",
           "correspondant", "citant", "a annonce", "annonce"),
    "es": ("informo", "informa", "segun", "reporto", "corresponsal", "citando", "indico",
           "publico", "de acuerdo con"),
    "it": ("secondo", "riporta", "ha riferito", "ha riportato", "corrispondente", "citando",
           "riferisce"),
    "pt": ("segundo", "informou", "noticiou", "de acordo com", "correspondente", "citando",
           "informa", "noticia"),
    "de": ("berichtete", "berichtet", "laut", "zufolge", "meldete", "meldet", "korrespondent",
           "unter berufung auf", "mit material von", "material von"),
    "pl": ("wedlug", "podala", "podal", "podaje", "poinformowala", "poinformowal",
           "korespondent"),
    "uk": ("повідомляє", "повідомила", "повідомило", "повідомив", "повідомили", "за даними",
           "передає",
           "кореспондент", "за інформацією", "пише"),
    "ru": ("сообщает", "сообщил", "сообщила", "сообщило", "сообщили", "по данным",
           "по информации",
           "передает", "передаёт", "корреспондент", "пишет", "со ссылкой на"),
    "vi": ("theo", "dua tin", "phong vien", "trich dan", "dan nguon"),
    "zh": ("据", "报道", "報道", "记者", "記者", "讯", "訊", "消息"),
    "ja": ("報じ", "報道", "によると", "記者", "伝え", "によれば"),
    "ko": ("보도", "따르면", "기자", "전했다", "밝혔다"),
    "th": ("รายงาน", "ผู้สื่อข่าว", "ตามที่", "อ้างอิง"),
    "ar": ("ذكرت", "أفادت", "نقلت", "وفقا", "بحسب", "مراسل", "حسب", "أوردت"),
    "hi": ("रिपोर्ट", "अनुसार", "संवाददाता", "बताया", "खबर"),
}  # fmt: skip
_UNSPACED = frozenset({"zh", "ja", "ko", "th"})
# How far from the outlet a reporting word may stand, within its sentence.
_WINDOW = 40
_SENTENCE_END = re.compile(r"[.!?。！？؟।\n]")
# "TOKYO (Kyodo) -", "(新华社)": an outlet alone in brackets is a credit; so is one after the
# place it filed from, the way Korean wires write it ("(춘천=연합뉴스)").
_BRACKETED = re.compile(r"[(（](?:[^()（）\n=]{1,20}=)?\s*$")
# A masthead or a closing credit ("-- BERNAMA", "— Lusa"): nothing else on the outlet's line.
_NO_WORD = re.compile(r"[\W_]*")
_CLOSED = re.compile(r"^\s*[)）]")


@functools.cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = _REPORTING.get(lang)
    if not words:
        return None
    body = alternation([fold(w) for w in words])
    return re.compile(body if lang in _UNSPACED else rf"(?<!\w)(?:{body})(?!\w)")


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(
        _NO_WORD.fullmatch(text, line_start, start) and _NO_WORD.fullmatch(text, end, line_end)
    )


def cited_as_source(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the outlet at ``text[start:end]`` is cited as the source of the report."""
    before, after = text[max(0, start - _WINDOW) : start], text[end : end + _WINDOW]
    if _BRACKETED.search(before) and _CLOSED.match(after):
        return True
    if _alone_on_its_line(text, start, end):
        return True
    before = _SENTENCE_END.split(before)[-1]
    after = _SENTENCE_END.split(after)[0]
    pattern = _pattern(lang)
    return pattern is not None and bool(pattern.search(fold(before) + " | " + fold(after)))


# "According to data of" (or "of the": "del", "du"), folded, by language, with the article or
# "the" that may follow: a body named right after it only gives the figures ("Según datos de la
# Cámara de Comercio de Bilbao, las exportaciones ..."), as an outlet cited for the news does;
# so does one whose survey or study gave them ("a 2023 survey by the University of ...", "una
# encuesta de la ...").
_DATA_OF: dict[str, tuple[str, ...]] = {
    "en": ("according to data from", "according to data of", "according to figures from",
           "data from", "figures from", "survey by", "study by", "poll by", "census by",
           "survey conducted by", "study conducted by"),
    "fr": ("selon les donnees de", "selon les chiffres de", "d'apres les donnees de",
           "d'apres les chiffres de", "selon les donnees du", "selon les chiffres du",
           "d'apres les donnees du", "d'apres les chiffres du", "selon les donnees des",
           "selon les chiffres des", "une etude de", "une enquete de", "un sondage de"),
    "es": ("segun datos de", "segun los datos de", "segun cifras de", "de acuerdo con datos de",
           "segun datos del", "segun los datos del", "segun cifras del",
           "de acuerdo con datos del", "un estudio de", "una encuesta de", "un sondeo de"),
    "it": ("secondo i dati di", "secondo i dati della", "secondo i dati del",
           "secondo i dati dell'", "uno studio di", "uno studio della", "uno studio del",
           "un'indagine di", "un'indagine della", "un'indagine del"),
    "pt": ("segundo dados de", "segundo dados da", "segundo dados do", "segundo os dados de",
           "de acordo com dados de", "de acordo com dados da", "de acordo com dados do",
           "um estudo de", "um estudo da", "um estudo do", "uma pesquisa de", "uma pesquisa da",
           "uma pesquisa do"),
    "de": ("laut daten", "laut angaben", "nach angaben", "nach daten", "einer studie",
           "einer umfrage", "eine studie", "eine umfrage"),
    "pl": ("wedlug danych", "badanie", "badania", "badaniu", "ankieta", "ankiety"),
    "ru": ("по данным", "исследованию", "исследование", "опросу", "опрос"),
    "uk": ("за даними", "дослідженням", "дослідження", "опитуванням", "опитування"),
    "vi": ("theo so lieu cua", "theo so lieu tu", "theo thong ke cua", "khao sat cua",
           "nghien cuu cua"),
    # Arabic, "and" glued before the words or not: "وبحسب بيانات وزارة …".
    "ar": ("بحسب بيانات", "وبحسب بيانات", "حسب بيانات", "وحسب بيانات", "وفقا لبيانات",
           "ووفقا لبيانات", "بحسب إحصاءات", "وبحسب إحصاءات", "وفقا لإحصاءات", "ووفقا لإحصاءات"),
}  # fmt: skip
# An article or a case of "the" between the words and the body's name.
_ARTICLE = r"(?:\s+(?:the|la|le|les|l'|el|los|il|lo|i|gli|o|os|a|as|der|die|des|dem))?\s*$"


@functools.cache
def _data_of(lang: str) -> re.Pattern[str] | None:
    words = _DATA_OF.get(lang)
    if not words:
        return None
    # Folded as the text is (Arabic's hamza on its alef too).
    return re.compile(rf"(?<!\w)(?:{alternation([fold(w) for w in words])}){_ARTICLE}")


# Chinese wraps the source of a statistic: "据昆明海关统计" (by Kunming Customs' statistics),
# "据…数据显示"; "据…介绍" (as … said) names a speaker, who may well be a partner.
_ZH_DATA_BEFORE = re.compile(r"据\s*$")
_ZH_DATA_AFTER = re.compile(r"\s*(?:的)?(?:统计|統計|数据|數據)")


def cited_for_data(text: str, start: int, lang: str, end: int | None = None) -> bool:
    """Whether the body named at ``text[start:end]`` is cited only for the figures ("Según
    datos de la Cámara de Comercio de Bilbao", "据昆明海关统计"): the source of a statistic is
    no partner of the article."""
    if lang == "zh" and end is not None:
        return bool(
            _ZH_DATA_BEFORE.search(text, max(0, start - 2), start)
            and _ZH_DATA_AFTER.match(text, end)
        )
    pattern = _data_of(lang)
    return pattern is not None and bool(pattern.search(fold(text[max(0, start - _WINDOW) : start])))
