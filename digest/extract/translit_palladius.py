"""Chinese names in Russian and Ukrainian spelling (the Palladius system), back to pinyin.

Russian and Ukrainian papers write a Chinese official's name syllable by syllable: Хуан
Цзяньмин (Huang Jianming), Ли Вэньцзюнь (Li Wenjun), Ван Лі (Wang Li). Every word of such a
name splits into the finite set of Palladius syllables; a Russian or Ukrainian name rarely
does, and is only read as Chinese when it also shows a spelling only Palladius uses (цз, чж,
э, ао...) or is made of one-syllable words.
"""

from __future__ import annotations

import functools
import re

_INITIALS = {
    "": "", "б": "b", "п": "p", "м": "m", "ф": "f", "д": "d", "т": "t", "н": "n", "л": "l",
    "г": "g", "к": "k", "х": "h", "цз": "z", "ц": "c", "с": "s", "чж": "zh", "ч": "ch",
    "ш": "sh", "ж": "r",
}  # fmt: skip
# Finals after a consonant, and the same with the palatal medial i / ü.
_PLAIN = {
    "а": "a", "о": "uo", "э": "e", "ай": "ai", "эй": "ei", "ао": "ao", "оу": "ou", "ань": "an",
    "энь": "en", "ан": "ang", "эн": "eng", "ун": "ong", "у": "u", "уа": "ua", "уай": "uai",
    "уй": "ui", "уань": "uan", "унь": "un", "уан": "uang", "ы": "i",
}  # fmt: skip
_PALATAL = {
    "и": "i", "я": "ia", "е": "ie", "яо": "iao", "ю": "iu", "янь": "ian", "инь": "in",
    "ян": "iang", "ин": "ing", "юн": "iong", "юй": "ü", "юэ": "üe", "юань": "üan", "юнь": "ün",
}  # fmt: skip
_ALONE = {
    "а": "a", "ай": "ai", "ань": "an", "ан": "ang", "ао": "ao", "э": "e", "эй": "ei",
    "энь": "en", "эн": "eng", "эр": "er", "и": "yi", "я": "ya", "е": "ye", "яо": "yao",
    "ю": "you", "янь": "yan", "инь": "yin", "ян": "yang", "ин": "ying", "юн": "yong", "у": "wu",
    "уа": "wa", "во": "wo", "вай": "wai", "вэй": "wei", "вань": "wan", "вэнь": "wen",
    "ван": "wang", "вэн": "weng", "юй": "yu", "юэ": "yue", "юань": "yuan", "юнь": "yun",
    "о": "o", "оу": "ou",
}  # fmt: skip
_MARKED = re.compile("цз|чж|э|ао|оу|юй|юэ|ц[яюе]|ь$")  # spellings only Chinese names have


def _pinyin(initial: str, final: str) -> str:
    """One syllable in pinyin; "" for a combination pinyin does not have."""
    palatal = final[:1] in ("i", "ü")
    if palatal and initial in ("z", "c", "s"):
        initial = {"z": "j", "c": "q", "s": "x"}[initial]  # цзи ji, ци qi, си xi
    elif palatal and initial in ("g", "k", "h", "f", "zh", "ch", "sh", "r") and final != "i":
        return ""  # no gia, kie, zhiu in pinyin
    elif "ü" in final and initial not in ("", "n", "l"):
        return ""
    if final == "i" and initial in ("g", "k", "h", "f"):
        return ""
    return initial + final.replace("ü", "u")


@functools.cache
def _syllables(lang: str) -> dict[str, str]:
    table = dict(_ALONE)
    for initial, pin_initial in _INITIALS.items():
        if not initial:
            continue
        for final, pin_final in _PLAIN.items():
            table.setdefault(initial + final, _pinyin(pin_initial, pin_final))
        for final, pin_final in _PALATAL.items():
            table.setdefault(initial + final, _pinyin(pin_initial, pin_final))
    table = {cyr: pin for cyr, pin in table.items() if pin}
    if lang == "uk":  # Ukrainian: і for и, е for э, и for ы (Сі Цзіньпін, Лі Кецян)
        spelled: dict[str, str] = {}
        for cyr, pin in table.items():
            spelled.setdefault(cyr.replace("и", "і").replace("ы", "и").replace("э", "е"), pin)
        table = spelled
    return {cyr: pin for cyr, pin in table.items() if pin}


def _split(word: str, table: dict[str, str]) -> list[str] | None:
    """``word`` as Palladius syllables, fewest first; None if it is not made of them."""
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 5), end):
            head, piece = best[start], word[start:end]
            shorter = best[end] is None or len(head or []) + 1 < len(best[end] or [])
            if head is not None and piece in table and shorter:
                best[end] = [*head, table[piece]]
    return best[-1]


def palladius_reading(words: list[str], lang: str) -> list[str] | None:
    """A Chinese name in Cyrillic as pinyin ("Хуан Цзяньмин" -> ["Huang", "Jianming"]), or None
    when it does not read as one."""
    if len(words) < 2:
        return None
    table = _syllables(lang)
    lowered = [word.lower() for word in words]
    split = [_split(word, table) for word in lowered]
    if any(s is None for s in split):
        return None
    marked = any(_MARKED.search(word) for word in lowered)
    if not marked and any(len(s or []) > 1 for s in split):
        return None
    return ["".join(s or []).capitalize() for s in split]
