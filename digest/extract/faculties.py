"""A foreign university's faculty acting in the story, an organisation of its own.

The corpora read a faculty that signs, trains or receives ("A Faculdade de Arquitetura da
Universidade do Porto formará 8 arquitetos", "la Facultad de Ciencias Agrarias ensayará",
"คณะเกษตรศาสตร์ มข. จะจัดตั้งแปลงสาธิต") as a partner beside its university, its id the
university's and the faculty's English name: `<iso2>-<university>-faculty-of-<fields>`
(`pt-university-of-porto-faculty-of-architecture`, tests/extraction_corpus/README.md). A faculty
is read by its word and the fields it teaches (vocabularies/organisations.yaml, `subject_words:
fields`), and is the university's named right after it ("… da Universidade do Porto", the
university a partner too, as most gold answers list both), else the one foreign university
the text names. A faculty named after another university, one the
drafting does not read (a Vietnamese one: "Facultad de Agronomía de la Universidad de Cần Thơ"),
or in a text naming no foreign university or several, is none.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from digest.extract.unlisted import Body, Unlisted
from digest.registries import Registries
from digest.text import same_length_fold, slugify

# The word for a faculty and the "of" word before its fields, folded, by language.
_FACULTY = {
    "fr": r"faculte (?:des |de la |de l'|de |d')",
    "es": r"facultad (?:de las |de la |de los |de )",
    "it": r"facolta (?:di |delle |della |dell'|degli )",
    "pt": r"faculdade (?:de |das |da |dos |do )",
    "th": r"คณะ",
}
# What may stand between a faculty's fields and its university's name, folded: "da", "of the",
# Thai's space or ของ (of).
_JOIN = re.compile(r"\s*(?:,\s*)?(?:de la|de l'|del|de|da|do|des|du|della|dell'|di|ของ|แห่ง)?\s*")
# Right after the fields, the name of a university the drafting does not read: the faculty is
# that university's, never the article's foreign one.
_OTHER_UNIVERSITY = re.compile(r"(?:[A-ZÀ-Þ]|มหาวิทยาลัย)")
_UNIVERSITY = re.compile(r"\bUniversity\b|\bUniversit")
_UNSPACED = frozenset({"th"})
# A faculty named right after a hospital's name is where the hospital belongs (a teaching
# hospital of the faculty of medicine), no partner of its own.
_HOSPITAL_BEFORE = re.compile(
    r"(?:โรงพยาบาล|[Hh]ospital|[Hh]ôpital|[Oo]spedale)\S*(?:[ \t]+\S+){0,3}[ \t,]+$"
)
_HOSPITAL_REACH = 60


@functools.cache
def _pattern(registries: Registries, lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The faculty's words and fields in ``lang`` (folded), and each field's English."""
    faculty = _FACULTY.get(lang)
    spec = registries.vocabularies.organisations.get("subject_words") or {}
    english = {
        same_length_fold(str(form)).strip(): str(word["en"])
        for word in spec.get("fields") or ()
        for form in (word["forms"] or {}).get(lang) or ()
    }
    if faculty is None or not english:
        return None
    fields = "|".join(re.escape(f) for f in sorted(english, key=len, reverse=True))
    ending = "" if lang in _UNSPACED else r"(?!\w)"
    return re.compile(rf"(?<!\w)(?:{faculty})({fields}){ending}"), english


def with_faculties(
    registries: Registries, lang: str, text: str, folded: str, bodies: Sequence[Body]
) -> list[Body]:
    """``bodies`` with the faculties ``text`` names (see the module's note)."""
    read = _pattern(registries, lang)
    universities = [b for b in bodies if _is_university(b)]
    found = list(bodies)
    if read is None or not universities:
        return sorted(found, key=lambda body: body.start)
    pattern, english = read
    by_start = {u.start: u for u in universities}
    for faculty in pattern.finditer(folded):
        fields = english[faculty.group(1)]
        join = _JOIN.match(text, faculty.end())
        after = join.end() if join else faculty.end()
        owner = by_start.get(after)
        reach = max(0, faculty.start() - _HOSPITAL_REACH)
        if _HOSPITAL_BEFORE.search(text, reach, faculty.start()):
            continue  # the hospital's affiliation ("โรงพยาบาลศรีนครินทร์ คณะแพทยศาสตร์")
        if owner is not None:
            found.append(_faculty(owner, fields, faculty.start(), owner.end))
        elif not _OTHER_UNIVERSITY.match(text, after) and _one(universities):
            found.append(_faculty(universities[0], fields, faculty.start(), faculty.end()))
    return sorted(found, key=lambda body: body.start)


def _one(universities: list[Body]) -> bool:
    """Whether the universities are all one (named once or again)."""
    return len({u.organisation.id for u in universities}) == 1


def _is_university(body: Body) -> bool:
    name = body.organisation.name_en
    return bool(_UNIVERSITY.search(name)) and not name.endswith("Hospital")


def _faculty(university: Body, fields: str, start: int, end: int) -> Body:
    """The faculty of ``fields`` of ``university``, named from ``start`` to ``end``."""
    owner = university.organisation
    return Body(start, end, Unlisted(
        id=f"{owner.id}-faculty-of-{slugify(fields)}",
        name_en=f"Faculty of {fields}, {owner.name_en}",
        country=owner.country, kind="organisation",
    ))  # fmt: skip
