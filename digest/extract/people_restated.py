"""People whose role is written apart from their name, restated as a name with its role.

Two shapes name a person in one place and give the role in another:

- several names, then their roles in the same order after "respectively" ("Anna X and Marek
  Y, respectively Director and Deputy Director of the Agency"): each name is given its title,
  and a title with no organ of its own shares the organ of the last one;
- a name after a verb of saying, and the role in the next sentence, which starts with the
  family name and a copula ("..., said Tomasz Grabowski. Grabowski is the president of ...").

Each is restated as "<name>, <role>." and read by the ordinary finders, so a restated person
needs a role the vocabulary knows, as every other person does. Only cased scripts are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from digest.extract.people_lexicon import CAP_WORD, LINKS

# "Respectively" and "and" in the cased languages (grammar words, not names).
_RESPECTIVELY = re.compile(
    r",\s*(?:respectively|respectivamente|respectivement|rispettivamente|jeweils|"
    r"odpowiednio|відповідно|соответственно|lần lượt là|lần lượt)\s+",
    re.IGNORECASE,
)
_AND = re.compile(r"\s*,\s*|\s+(?:and|y|e|et|und|i|oraz|і|й|та|и|và|cùng)\s+", re.IGNORECASE)
# A copula after a family name opening a sentence ("Grabowski jest", "Vega es el", "Лебедев —").
_COPULA = r"(?:is|was|es|era|est|était|è|é|era|ist|war|jest|był|była|là|является|є|[—–])"
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|M|Mme|Sr|Sra|Herr|Frau|Pan|Pani|Ông|Bà|Signor|Signora)\.?\s+)?"
_SENTENCE_ROLE = re.compile(
    rf"(?:^|(?<=[.!?»”\"]\s))\s*{_HONORIFIC}(?P<family>{CAP_WORD.pattern})\s+{_COPULA}\s+"
    r"(?P<role>[^.;!?\n,]+)",
    re.MULTILINE,
)
_NAME_WORDS = 3  # a person's name: two or three capitalised words
_STEM = 5  # letters a title and its deputy share ("director" in "subdirector", "dyrektora")
_LINKED = frozenset({"en", "fr", "es", "it", "pt", "de"})  # organs joined by "of", "de"...


def _trailing_name(item: str) -> str:
    """The capitalised words that end a list item ("wojewoda Jan Nowicki oraz Anna X")."""
    words = item.split()
    name: list[str] = []
    for word in reversed(words):
        if not CAP_WORD.fullmatch(word) or len(name) == _NAME_WORDS:
            break
        name.insert(0, word)
    return " ".join(name) if len(name) >= 2 else ""


def _organ_tail(first: str, last: str, lang: str) -> str:
    """What the last title names that the first one lacks: the words after the last title's
    own head word ("zastępca dyrektora | Agencji Rozwoju"), from a link word where the language
    has them ("directeur adjoint | de l'Institut"); else from its first capitalised word."""
    heads = [word.lower()[:_STEM] for word in first.split()]
    words = last.split()
    for index in range(len(words) - len(heads)):
        # the first title's words, each as a stem, inside the last ("Phó | Giám đốc | Sở")
        if heads and all(h in w.lower() for h, w in zip(heads, words[index:], strict=False)):
            tail = words[index + len(heads) :]
            if lang in _LINKED:
                links = [i for i, w in enumerate(tail) if w.lower() in LINKS or "'" in w]
                tail = tail[links[0] :] if links else tail
            return " ".join(tail)
    capital = next((i for i, w in enumerate(words) if CAP_WORD.match(w.split("'")[-1])), None)
    if capital is None:
        return ""
    while capital > 0 and words[capital - 1].lower() in LINKS:
        capital -= 1
    return " ".join(words[capital:])


def _respectively(text: str, lang: str) -> Iterator[str]:
    for match in _RESPECTIVELY.finditer(text):
        start = max(text.rfind(c, 0, match.start()) for c in ".;:(\n") + 1
        names = [_trailing_name(i) for i in _AND.split(text[start : match.start()]) if i]
        end = re.search(r"[,.;:()\n]", text[match.end() :])
        roles = _AND.split(text[match.end() : match.end() + end.start() if end else None])
        roles = [r for r in roles if r.strip()]
        if len(roles) < 2 or len(names) < len(roles) or not all(names[-len(roles) :]):
            continue
        tail = _organ_tail(roles[0], roles[-1], lang)
        for name, title in zip(names[-len(roles) :], roles, strict=True):
            shared = tail if tail and not title.rstrip().endswith(tail) else ""
            yield f"{name}, {title.strip()} {shared}".rstrip() + "."


def _full_name(text: str, family: str, before: int) -> str:
    """The name a family name stands for: the last two or three capitalised words before
    ``before`` that end (or, Vietnamese and Chinese, start) with it."""
    word = CAP_WORD.pattern
    ending = rf"(?:{word}\s+){{1,2}}{re.escape(family)}\b"
    starting = rf"\b{re.escape(family)}(?:\s+{word}){{1,2}}"
    found = [m for m in re.finditer(rf"{ending}|{starting}", text[:before])]
    return found[-1].group() if found else ""


def _next_sentence(text: str) -> Iterator[str]:
    for match in _SENTENCE_ROLE.finditer(text):
        name = _full_name(text, match["family"], match.start("family"))
        if name:
            yield f"{name}, {match['role'].strip()}."


def restated(text: str, lang: str) -> list[str]:
    """Short texts naming each person whose role is written apart from the name, as "<name>,
    <role>." (see the module's docstring)."""
    if "," not in text:
        return []
    return list(_respectively(text, lang)) + list(_next_sentence(text))
