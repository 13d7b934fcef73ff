"""The Latin form of a name, where the script alone does not settle it.

A name in Chinese characters is read two ways: a Chinese official's in pinyin (刘志强 is "Liu
Zhiqiang"), a Vietnamese official's in Sino-Vietnamese (黄文明 is "Hoang Van Minh"). What the
article says around the name decides: a Vietnamese province, Vietnam, or a Vietnamese organ in
the role ("People's Committee") make the person Vietnamese; a Chinese partner or China make
them Chinese. In Chinese text a name with neither is Chinese; in Japanese text it is left as
written, as are Japanese names in kanji (their readings cannot be told from the characters).
"""

from __future__ import annotations

import re

from digest.extract.people_lexicon import Doc, Mention
from digest.extract.translit import script_of, to_latin
from digest.extract.translit_han import pinyin, sino_vietnamese
from digest.registries import drafting_cache, drafting_registries

_WINDOW = 30  # characters before a name (or its title) where its country is told
_VIETNAMESE_ORGANS = ("People's Committee", "People's Council")  # China has People's Governments
_VIETNAMESE_SURNAME = "阮"  # Nguyễn: no Chinese family name
# A family name, 氏 (Thị) and a given name of two: a Vietnamese woman's (阮氏秋姮); no Chinese
# name has 氏 ("clan") inside it.
_VIETNAMESE_WOMAN = re.compile(r".氏..")
# Where the words about another person end: list commas, "and", Japanese case particles.
_CUTS = ("、", "，", ",", "。", "；", "以及", "和", "与", "同", "は", "が", "を", "と")


@drafting_cache
def _forms(country: str) -> tuple[str, ...]:
    """How Chinese and Japanese articles write the places of a country: the CJK aliases of
    registry provinces (Vietnam) or partners, and the country's own name."""
    registries = drafting_registries()
    if country == "VN":
        names = [alias for p in registries.provinces.values() for alias in p.aliases]
        names += ["越南", "ベトナム"]
    else:
        names = [a for p in registries.partners.values() if p.country == country for a in p.aliases]
        names += [n for lang in ("zh", "ja") for n in registries.partners[country.lower()]
                  .names_by_lang.get(lang, ())]  # fmt: skip
    return tuple(sorted({n for n in names if len(n) >= 2 and script_of(n) in ("han", "kana")}))


def _country(doc: Doc, mention: Mention, role: str) -> str | None:
    """VN or CN when the words just before the name (its title, organ, place) tell."""
    vietnamese = mention.name.startswith(_VIETNAMESE_SURNAME) or _VIETNAMESE_WOMAN.fullmatch(
        mention.name
    )
    if vietnamese or any(o in role for o in _VIETNAMESE_ORGANS):
        return "VN"
    window = doc.text[max(0, min(mention.lead, mention.start) - _WINDOW) : mention.start]
    window = window[max([0] + [window.rfind(c) + len(c) for c in _CUTS if c in window]) :]
    found = {
        country: max((window.rfind(form) for form in _forms(country)), default=-1)
        for country in ("VN", "CN")
    }
    country = max(found, key=lambda c: found[c])
    return country if found[country] >= 0 else None


def latin_name(doc: Doc, mention: Mention, lang: str, role: str) -> str:
    """``mention``'s name in Latin script (see the module's docstring for Chinese characters)."""
    if lang not in ("zh", "ja") or script_of(mention.name) != "han":
        return to_latin(mention.name, lang)
    country = _country(doc, mention, role)
    vietnamese = sino_vietnamese(mention.name)
    if country == "VN":
        return vietnamese or (lang == "zh" and pinyin(mention.name)) or mention.name
    if country == "CN" or lang == "zh":  # without pypinyin, what the tables give
        return pinyin(mention.name) or vietnamese or mention.name
    return mention.name
