"""English names of Chinese and Japanese bodies and companies composed from closed words, where
the kind word decides the English name's shape rather than a place before it.

- A whole country's academy, named by the country and the academy's field ("中国农业科学院",
  "中国社会科学院"): China's national academies name themselves "Chinese Academy of …" in
  English (Chinese Academy of Agricultural Sciences, Chinese Academy of Social Sciences). The
  same words after a province or a city name that place's own academy, which the vocabulary's
  `local` kinds read (广西农业科学院: Guangxi Academy of Agricultural Sciences).
- "Tech" written glued to a Japanese company's katakana word is one English word with it
  (マリンテック Marinetech, as ファインテック is Finetech and バイオテック Biotech): the
  companies sign so.

The words are closed lists, so they live here beside the rules.
"""

from __future__ import annotations

import re

from digest.extract.unlisted import Body, Unlisted

# China's own name opening a national body's name, simplified and traditional.
_CHINA = ("中国", "中國")
# A national academy's words after China's name, and its English name: the longest first, so
# that 农业科学院 is no bare 科学院.
_NATIONAL_ACADEMIES: dict[str, str] = {
    "热带农业科学院": "Chinese Academy of Tropical Agricultural Sciences",
    "農業科學院": "Chinese Academy of Agricultural Sciences",
    "农业科学院": "Chinese Academy of Agricultural Sciences",
    "社会科学院": "Chinese Academy of Social Sciences",
    "社會科學院": "Chinese Academy of Social Sciences",
    "医学科学院": "Chinese Academy of Medical Sciences",
    "林业科学研究院": "Chinese Academy of Forestry",
    "水产科学研究院": "Chinese Academy of Fishery Sciences",
    "科学院": "Chinese Academy of Sciences",
    "科學院": "Chinese Academy of Sciences",
    "工程院": "Chinese Academy of Engineering",
}
_ACADEMY = re.compile(
    "(?:{})(?:{})".format(
        "|".join(_CHINA),
        "|".join(sorted(_NATIONAL_ACADEMIES, key=len, reverse=True)),
    )
)
# Words after an academy's name that make it a part of it or a person: 中国科学院院士 is an
# academician, 中国农业科学院研究所 one of its institutes (still named by its own words).
_PART_AFTER = ("院士", "研究所")

# Katakana endings that English writes glued to the word before them.
_GLUED_ENDINGS = frozenset({"Tech"})


def find_national_academies(lang: str, text: str) -> list[Body]:
    """China's national academies named by the country and their field (see the module)."""
    if lang != "zh":
        return []
    found = []
    for academy in _ACADEMY.finditer(text):
        if text.startswith(_PART_AFTER, academy.end()):
            continue
        english = _NATIONAL_ACADEMIES[academy.group(0)[len(_CHINA[0]) :]]
        found.append(Body(academy.start(), academy.end(), Unlisted.named("CN", english)))
    return found


def glued_katakana_words(words: list[str]) -> list[str]:
    """A katakana word's English words, an ending English glues to the word before it joined
    to it (["Marine", "Tech"]: ["Marinetech"]); the words as they were otherwise."""
    if len(words) > 1 and words[-1] in _GLUED_ENDINGS:
        return [*words[:-2], words[-2] + words[-1].lower()]
    return words
