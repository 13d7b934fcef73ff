"""Candidate names that are organisations or places, not people.

A capitalised phrase next to a title is usually a person ("Governor Sok Chanthy"), but it may be
the organisation or the place the title belongs to: "Director of World Vision Vietnam", "the
People's Government", "Inje County", "Luang Prabang", or a Hindi company introduced like a man
by "श्री". Two general tests rule those out:

- a word of vocabularies/roles.yaml ``not_names`` (County, Limited, Company, टेक्सटाइल्स, 株式会社...)
  in the name;
- the name, or for a non-Vietnamese name any one or two of its words, is the name of a
  registry province or partner, or of a country (CLDR), in the article's language.

A Vietnamese-shaped name is only compared whole: "Nguyễn Thái Bình" holds a province's name.
"""

from __future__ import annotations

import contextlib
import re

from babel import Locale, UnknownLocaleError

from digest.extract.gazetteer import match_form
from digest.extract.people_lexicon import UNSPACED, registry
from digest.extract.translit import is_vi_syllable, to_latin
from digest.registries import drafting_cache, drafting_registries

_MIN_PLACE = 3  # shorter registry forms ("Ha", "Li") are too often a part of a name
_PUNCTUATION = re.compile(r"[.,;:!?()\"'’«»“”]")


@drafting_cache
def _not_names(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Single words, and phrases of several words, in match form."""
    section = registry().get("not_names") or {}
    forms = {match_form(word).strip() for word in [*section.get("all", []), *section.get(lang, [])]}
    forms.discard("")
    words = frozenset(form for form in forms if " " not in form)
    return words, tuple(sorted(form for form in forms if " " in form))


@drafting_cache
def _place_names(lang: str) -> frozenset[str]:
    """Registry provinces and partners (countries included) as the article may write them."""
    registries = drafting_registries()
    names: list[str] = []
    for province in registries.provinces.values():
        names += [province.name_vi, province.name_en, *province.aliases]
    for partner in registries.partners.values():
        if partner.matches_display_names or not partner.generated or partner.kind == "city":
            names += [partner.name_en, partner.name_vi]
        # A generated region or district matched only by qualified forms ("Lara State") is no
        # place by its bare name, which is often a given name or surname ("Jesús Prieto Lara");
        # a city's is ("Marco Rossi di Bologna": the metropolitan city of Bologna).
        names += partner.aliases
        names += partner.names_by_lang.get(lang, ())
    with contextlib.suppress(UnknownLocaleError, ValueError, KeyError):
        names.append(Locale.parse(lang).territories["VN"])
    forms = (match_form(name).strip() for name in names)
    return frozenset(form for form in forms if len(form) >= _MIN_PLACE)


@drafting_cache
def _place_tails(lang: str) -> frozenset[str]:
    """The last words (two or more) of registry places of three or more words: a name read
    after a place's first word ("Chi Minh-Ville" of "Hô Chi Minh-Ville") is that place."""
    tails = set()
    for place in _place_names(lang):
        words = place.split()
        tails.update(" ".join(words[i:]) for i in range(1, len(words) - 1))
    return frozenset(tails)


def _vietnamese_shaped(words: list[str], lang: str) -> bool:
    return all(is_vi_syllable(to_latin(word, lang)) for word in words)


def not_a_person(name: str, lang: str) -> bool:
    """Whether a candidate name is an organisation or a place rather than a person."""
    form = match_form(_PUNCTUATION.sub(" ", name)).strip()
    words = form.split()
    single, phrases = _not_names(lang)
    places = _place_names(lang)
    if form in places:
        return True
    if lang in UNSPACED:
        return any(word in form for word in single) or any(p in form for p in phrases)
    spaced = f" {form} "
    if any(word in single for word in words) or any(f" {p} " in spaced for p in phrases):
        return True
    if len(words) < 2 or _vietnamese_shaped(words, lang):
        return False
    if form in _place_tails(lang):
        return True
    pairs = (" ".join(words[i : i + 2]) for i in range(len(words) - 1))
    return any(word in places for word in words) or any(pair in places for pair in pairs)


def named_with_a_place_word(text: str, start: int, name: str, lang: str) -> bool:
    """Whether the name starting at ``start`` ends a place's name the words before it begin:
    "tại TP Hồ Chí Minh", "en Ciudad Ho Chi Minh" (a city named after a person, the posting
    of a consul named just before)."""
    before = _PUNCTUATION.sub(" ", text[max(0, start - _PLACE_WORDS_BEFORE) : start]).split()
    return any(
        is_place(" ".join([*before[-count:], name]), lang)
        for count in (1, 2)
        if len(before) >= count
    )


_PLACE_WORDS_BEFORE = 24  # characters: "thành phố", "ciudad de", "città di"


def is_place(word: str, lang: str) -> bool:
    """Whether a word or phrase is a registry province or partner, or a country."""
    return match_form(word).strip() in _place_names(lang)
