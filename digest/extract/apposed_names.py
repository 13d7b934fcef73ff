"""Foreign bodies a French, Spanish, Italian or Portuguese text names by their own name right
after the word for what they are, in small letters: "la coopérative Ligéria", "l'association
Nantes-Hué Patrimoine", "la cooperativa Terre Padane", "la agencia Andalucía TRADE", "la
fromagerie coopérative « Beaufort des Hauts Alpages »".

The kind word in small letters is the writer's, not a word of the name: what follows is the
body's own name, a brand the body signs with, so it is its id as written
(``<iso2>-<slug of the name>``), as a company's own name after "la société" is. The kind words
are a closed list per language: associations, cooperatives, consortia, foundations, agencies,
federations, NGOs (companies are digest.extract.company_names'). The name is one to six
capitalised words, a word for "of" allowed between two, closed by a clause's mark or by a word
in small letters (the verb: "… Patrimoine organisera"). Its country is the article's one
foreign country; a name holding Vietnam's name or one of its provinces, or spelt in Vietnamese
syllables only, is Vietnam's own ("la coopérative Tân Phú") and no partner of this kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from digest.extract.gazetteer import PARTNER, Match
from digest.extract.translit import is_vi_syllable
from digest.extract.unlisted import Body, Unlisted
from digest.registries import Registries
from digest.text import fold

_VIETNAM = "VN"
# The kind words, in small letters as running text writes them, by language; longest first
# where one holds another ("cave coopérative" before "coopérative").
_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("groupement d'intérêt scientifique", "groupement d'intérêt économique",
           "fromagerie coopérative", "cave coopérative", "pôle de compétitivité",
           "association", "coopérative", "fondation", "fédération", "agence", "ONG"),
    "es": ("asociación", "cooperativa", "fundación", "federación", "agencia", "ONG"),
    "it": ("associazione", "cooperativa", "consorzio", "fondazione", "federazione", "agenzia",
           "ONG"),
    "pt": ("associação", "cooperativa", "fundação", "federação", "agência", "ONG"),
}  # fmt: skip
_ARTICLE = r"(?:l['’]|la[ \t]+|le[ \t]+|el[ \t]+|il[ \t]+|lo[ \t]+|a[ \t]+|o[ \t]+|une?[ \t]+)"
_NAME_WORD = r"[A-ZÀ-ÞĀ-Ž][\w'’&.-]*"
_LINK = r"(?:de|del|della|delle|dei|di|du|des|da|do|dos|das)[ \t]+(?:l['’])?"
# The name: capitalised words, a word for "of" allowed between two, perhaps in quotes.
_NAME = (
    rf"(?P<quote>«[ \t ]*)?(?P<name>{_NAME_WORD}"
    rf"(?:[ \t]+(?:{_LINK}|&[ \t]+)?{_NAME_WORD}){{0,5}})"
)
# What closes the name: a clause's mark or a bracket; or a word in small letters after two
# capitalised words or more, as a single one may open a name French writes in small letters
# after its first word ("l'association Aide médicale internationale").
_MARK = re.compile(r"[ \t ]*(?:[,.;:()]|$)")
_SMALL_WORD = re.compile(r"[ \t]+[a-zà-ÿ]")
_PATTERNS = {
    lang: re.compile(
        rf"(?<![\w'’])(?i:{_ARTICLE})(?P<kind>{'|'.join(re.escape(w) for w in words)})"
        rf"[ \t]+{_NAME}"
    )
    for lang, words in _KIND_WORDS.items()
}
_QUOTE_CLOSED = re.compile(r"[ \t ]*»")
_WORDS = re.compile(r"[\w'’]+")


def find_apposed_names(
    registries: Registries, lang: str, text: str, matches: list[Match], country: str | None
) -> Iterator[Body]:
    """The bodies ``text`` names by their own name after a kind word in small letters (see the
    module), ``country`` being the article's one foreign country (None for none)."""
    pattern = _PATTERNS.get(lang)
    if pattern is None or country is None or country == _VIETNAM:
        return
    for found in pattern.finditer(text):
        start, end = found.span("name")
        if not _closed(text, found.group("name"), end, bool(found.group("quote"))):
            continue
        if _vietnams(registries, found.group("name"), matches, start, end):
            continue
        yield Body(start, end, Unlisted.named(country, found.group("name")))


def _closed(text: str, name: str, end: int, quoted: bool) -> bool:
    """Whether the name ends at ``end``: at its closing quote when quoted, else at a clause's
    mark, or before a word in small letters where the name has two words or more."""
    if quoted:
        return bool(_QUOTE_CLOSED.match(text, end))
    if _MARK.match(text, end):
        return True
    return " " in name.strip() and bool(_SMALL_WORD.match(text, end))


def _vietnams(
    registries: Registries, name: str, matches: list[Match], start: int, end: int
) -> bool:
    """Whether the name is Vietnam's own: it holds a Vietnamese province or Vietnam's name, or
    each of its words is shaped like a Vietnamese syllable."""
    for match in matches:
        if start <= match.start and match.end <= end:
            if match.target[0] != PARTNER or str(match.target[1]).upper() == _VIETNAM:
                return True
            partner = registries.partners.get(match.target[1])
            if partner is not None and partner.country == _VIETNAM:
                return True
    return all(is_vi_syllable(word) for word in _WORDS.findall(fold(name)))
