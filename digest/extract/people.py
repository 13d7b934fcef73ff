"""People an article names, with what they do, in English.

Articles name a person in a few fixed ways: with an honorific ("Herr Hoang Khanh Duy",
"ダン・スアン・フォン氏"), with a role next to the name ("Dyrektor Departamentu ... Kieu Hai Nam"),
after "according to", or before a verb of saying. The work is shared by modules:

- ``people_lexicon``: the roles vocabulary (vocabularies/roles.yaml) and one article read
  against it (titles, organs and levels found by position);
- ``people_names``: names in scripts with capital letters (Latin, Cyrillic);
- ``people_scripts``: names in scripts without them (Arabic, Devanagari, Thai, Hangul, Han, kana);
- ``people_roles``: the English role composed from the hits next to a name;
- ``people_filter``: candidate names that are organisations or places;
- ``people_latin``: which reading a name in Chinese characters takes (pinyin, Sino-Vietnamese);
- ``people_restated``: roles written apart from the name ("respectively", the next sentence);
- this module: the public ``extract_people``, Latin forms, and one entry per person.

This module knows only scripts and word order; all vocabulary is in the registry.
"""

from __future__ import annotations

from dataclasses import replace

from digest.extract.people_filter import named_with_a_place_word, not_a_person
from digest.extract.people_latin import latin_name
from digest.extract.people_lexicon import CASED, Doc, fold_word
from digest.extract.people_names import find_cased
from digest.extract.people_restated import restated
from digest.extract.people_roles import residence, role
from digest.extract.people_scripts import find_cjk, find_latin_inside, find_spaced
from digest.extract.translit import script_of, to_latin
from digest.schema import Person

# The entry schema's Person: name as written (Slavic case endings removed from Vietnamese
# names), name_latin (Vietnamese diacritics only where the text gives them), role in English.
__all__ = ["Person", "extract_people"]


def _key(person: Person) -> list[str]:
    return (
        list(person.name)
        if script_of(person.name) == "han"
        else fold_word(person.name_latin).split()
    )


def _merge(people: list[Person], person: Person) -> None:
    """Add a person unless already there: "ông Phong" is Đặng Xuân Phong named again."""
    new = _key(person)
    for index, known in enumerate(people):
        short, long = sorted((_key(known), new), key=len)
        if _named_again(short, long):
            if len(new) > len(_key(known)):
                known = replace(known, name=person.name, name_latin=person.name_latin)
            people[index] = known if known.role else replace(known, role=person.role)
            return
    people.append(person)


def _named_again(short: list[str], long: list[str]) -> bool:
    """Whether the shorter name is the longer one named again: its start or its end ("ông
    Phong"), or its first and last name without the middle one ("Виктор Соколов" for Виктор
    Павлович Соколов, a patronymic left out after the first mention)."""
    if short in (long[: len(short)], long[len(long) - len(short) :]):
        return True
    return len(short) == _FIRST_AND_LAST < len(long) and short == [long[0], long[-1]]


_FIRST_AND_LAST = 2
_FINDERS = {"cased": find_cased, "spaced": find_spaced, "cjk": find_cjk}


def _restate(people: list[Person], person: Person) -> None:
    """Give a person the role written apart from the name, which is the one meant for them:
    the title found next to the name belongs to someone listed beside them."""
    new = _key(person)
    for index, known in enumerate(people):
        short, long = sorted((_key(known), new), key=len)
        if short in (long[: len(short)], long[len(long) - len(short) :]):
            longer = len(new) > len(_key(known))
            name = (person.name, person.name_latin) if longer else (known.name, known.name_latin)
            people[index] = replace(known, name=name[0], name_latin=name[1], role=person.role)
            return
    people.append(person)


def extract_people(text: str, lang: str, restate: bool = True) -> list[Person]:
    """Every person the article names with a role or honorific, in order of first mention,
    each once."""
    people = _people(text, lang)
    if restate and lang in CASED:
        for short in restated(text, lang):
            for person in extract_people(short, lang, restate=False)[:1]:
                if person.role:
                    _restate(people, person)
    return people


def _people(text: str, lang: str) -> list[Person]:
    doc = Doc.build(text, lang)
    family = "cased" if lang in CASED else "cjk" if lang in ("ja", "zh") else "spaced"
    people: list[Person] = []
    mentions = _FINDERS[family](doc)
    if family != "cased":
        mentions += find_latin_inside(doc)
    for mention in sorted(mentions, key=lambda m: m.start):
        if not_a_person(mention.name, lang) or named_with_a_place_word(
            doc.text, mention.start, mention.name, lang
        ):
            continue
        latin = to_latin(mention.name, lang)
        female = mention.female or any(w in ("thi", "ti") for w in fold_word(latin).split()[1:-1])
        what = role(doc, mention, female) or residence(doc, mention)
        _merge(people, Person(mention.name, latin_name(doc, mention, lang, what), what))
    return people
