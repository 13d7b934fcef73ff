"""A government body's portfolio composed word by word (vocabularies/organisations.yaml,
``ministries.portfolio_words``).

"Министерство по развитию туризма", "Staatsministerium für Wirtschaft, Arbeit, Energie und
Klimaschutz", "文化广电体育和旅游局", "Sở Giáo dục và Thể thao": a body's portfolio is a sequence of
words from a closed class, joined by the language's "and", commas and enumeration marks (or
glued, in Chinese, Japanese and Korean), and its English is composed from the words' English
("Culture, Radio and Television, Sports and Tourism"), so that a combination no list holds as a
whole phrase is still read. Ministries (digest.extract.bodies) and regions' departments
(digest.extract.departments) read their portfolios so.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from digest.registries import Registries
from digest.text import same_length_fold

# What joins two portfolio words where a language writes its words unspaced or glues them:
# "和", "及", the enumeration comma "、", Japanese "・", Korean "및" and the middle dot.
_UNSPACED_JOINS = {
    "zh": ("和", "及", "与", "與", "、"),
    "ja": ("・", "、", "及び", "と"),
    "ko": ("및", "·", "ㆍ", ","),
    "th": ("และ", ","),
}
# Words that name what is developed or promoted, governing the word beside them when no "and"
# stands between: before it in languages that put a head first ("развития туризма": Tourism
# Development), after it in those that put it last ("पशु संसाधन विकास", "経済振興").
_GOVERNING = frozenset({"Development", "Promotion"})
_GLUED = frozenset({"zh", "ja", "ko"})
_OF_AFTER_COMMA = frozenset({"fr", "es", "it", "pt"})
_HEAD_LAST = frozenset({"hi", "zh", "ja", "ko"})
# How many words one portfolio may list ("Wirtschaft, Arbeit, Energie und Klimaschutz").
_MAX_WORDS = 7


def key(form: str, *, accents: bool = False) -> str:
    """A form as a portfolio's text is read: folded by ``same_length_fold``, or only lower
    case with ``accents`` (Vietnamese, whose accents tell "sở" from "số")."""
    return form.lower().strip() if accents else same_length_fold(form).strip()


@functools.cache
def portfolio_words(registries: Registries, lang: str, *, accents: bool = False) -> dict[str, str]:
    """The closed class of portfolio words in ``lang``: each form (see ``key``) to its English."""
    spec = registries.vocabularies.organisations["ministries"]
    return {
        key(str(form), accents=accents): str(word["en"])
        for word in spec.get("portfolio_words") or ()
        for form in (word["forms"] or {}).get(lang) or ()
    }


def and_words(registries: Registries, lang: str) -> list[str]:
    """The language's words for "and" between portfolios ("und", "і", "và")."""
    spec = registries.vocabularies.organisations["ministries"]
    return [str(w) for w in (spec.get("and") or {}).get(lang) or ()]


def _of_words(registries: Registries, lang: str) -> list[str]:
    """The "of" words that may follow a comma between portfolios, in the languages that repeat
    them before each ("de la", "della", "do")."""
    if lang not in _OF_AFTER_COMMA:
        return []
    return [str(w) for w in (registries.vocabularies.organisations.get("of") or {}).get(lang) or ()]


@dataclass(frozen=True)
class Reader:
    """How a language's portfolios are read, on text folded by ``same_length_fold``."""

    lang: str
    english: dict[str, str]  # folded form -> English
    word: str  # regex source of one word, whole where the script has spaces
    sequence: str  # regex source of words joined (see ``_joiner``)
    words: re.Pattern[str]  # one word anywhere in a matched sequence

    def english_of(self, folded: str) -> str | None:
        """The composed English of a matched sequence; None when no word is known."""
        found = _read_words(self, folded)
        return _compose(self.lang, found) if found else None


@functools.cache
def reader(
    registries: Registries,
    lang: str,
    phrases: tuple[tuple[str, str], ...] = (),
    *,
    words: bool = True,
    accents: bool = False,
) -> Reader | None:
    """The portfolios of ``lang``: ``phrases`` (form as ``key`` gives it, English) first where
    a list holds a whole name whose English is not its words' (外務省, "Europe and Foreign
    Affairs"), then, with ``words``, the closed class of words."""
    english = dict(phrases)
    for form, name in portfolio_words(registries, lang, accents=accents).items() if words else ():
        english.setdefault(form, name)
    if not english:
        return None
    forms = sorted(english, key=len, reverse=True)
    core = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in forms)
    unspaced = lang in _UNSPACED_JOINS
    # Arabic glues "and" to the next word ("والسياحة"): a word may start right after it.
    start = r"(?:(?<!\w)|(?<=\u0648))" if lang == "ar" else r"(?<!\w)"
    word = f"(?:{core})" if unspaced else rf"{start}(?:{core})(?![\w-])"
    join = _joiner(registries, lang, accents)
    # Whole names glued without a head word (外務省) are read one at a time.
    glued_names = not words and lang in _GLUED
    return Reader(
        lang=lang,
        english=english,
        word=word,
        sequence=word if glued_names else rf"(?:{word})(?:{join}(?:{word})){{0,{_MAX_WORDS - 1}}}",
        words=re.compile(word),
    )


def _joiner(registries: Registries, lang: str, accents: bool) -> str:
    """A regex source for what may stand between two portfolio words in ``lang``: a comma, the
    language's "and" (Arabic's glued "و"), an enumeration mark, or only a space (a genitive
    chain, "развития туризма") or nothing at all where the script glues its words."""
    if lang in _UNSPACED_JOINS:
        marks = "|".join(re.escape(m) for m in _UNSPACED_JOINS[lang])
        return rf"[ \t]*(?:{marks})?[ \t]*"
    ands = sorted((re.escape(key(w, accents=accents)) for w in and_words(registries, lang)),
                  key=len, reverse=True)  # fmt: skip
    # Arabic glues "and" to the next word ("الزراعة واستصلاح"), French an elided article
    # ("et de l'Environnement").
    after = "" if lang == "ar" else r"(?:(?<=['’])|[ \t]+)"
    words = rf"(?:{'|'.join(ands)}){after}" if ands else ""
    if not words:
        return r"(?:[ \t]*,?[ \t]*)"
    # French, Spanish, Italian and Portuguese repeat "of" after a comma too ("Agriculture, de
    # la Pêche et de la Forêt").
    of = sorted((re.escape(key(w, accents=accents)) for w in _of_words(registries, lang)),
                key=len, reverse=True)  # fmt: skip
    after_comma = rf"(?:{words}|(?:{'|'.join(of)}){after})?" if of else rf"(?:{words})?"
    return rf"(?:[ \t]*[,،][ \t]*{after_comma}|[ \t]+{words}|[ \t]+)"


def _read_words(reader: Reader, folded: str) -> list[tuple[str, bool]]:
    """The portfolio words of a matched sequence, in order, each with its English and whether
    a comma or "and" stands between it and the word before."""
    found: list[tuple[str, bool]] = []
    end = 0
    for match in reader.words.finditer(folded):
        name = reader.english.get(re.sub(r"\s+", " ", match.group(0)))
        if name is None:
            return []
        found.append((name, bool(folded[end : match.start()].strip())))
        end = match.end()
    return found


def _compose(lang: str, found: list[tuple[str, bool]]) -> str:
    """The English of a portfolio from its words' English: "Culture, Radio and Television,
    Sports and Tourism"; a governing word merged with the word it governs where nothing joins
    them ("Tourism Development", "Animal Resources Development")."""
    names: list[str] = []
    governs_next = False
    for english, joined in found:
        governs = english in _GOVERNING
        if names and not joined and governs_next:
            names[-1] = f"{english} {names[-1]}"
            governs_next = False
            continue
        if names and not joined and governs and lang in _HEAD_LAST:
            names[-1] = f"{names[-1]} {english}"
            continue
        names.append(english)
        governs_next = governs and lang not in _HEAD_LAST
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} and {names[-1]}"
