"""Japanese names in Russian and Ukrainian spelling (the Polivanov system), back to Hepburn.

Russian and Ukrainian papers write a Japanese company's or person's name kana by kana:
«Тоёсима Сэйки» (Toyoshima Seiki), Мацусита or Мацусіта (Matsushita), Тиба (Chiba), Фудзи
(Fuji). Read as Russian, the letters give "Toyosima Seyki"; the company signs its Latin name in
Hepburn, which writes the syllables Polivanov spells си, ти, цу, дзи, ху as shi, chi, tsu, ji,
fu. Only a name known to be Japan's is read so: a Russian name spelt the same way is not
Japanese.
"""

from __future__ import annotations

import re

# The syllables whose Hepburn is not the letters' plain reading, longest first.
_SYLLABLES = {
    "дзя": "ja", "дзю": "ju", "дзё": "jo", "дзи": "ji", "дзі": "ji", "дзу": "zu", "дз": "z",
    "ся": "sha", "сю": "shu", "сё": "sho", "си": "shi", "сі": "shi",
    "тя": "cha", "тю": "chu", "тё": "cho", "ти": "chi", "ті": "chi",
    "цу": "tsu", "ху": "fu",
}  # fmt: skip
_LETTERS = {
    "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j", "з": "z",
    "и": "i", "й": "i", "к": "k", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ш": "sh", "э": "e", "ю": "yu",
    "я": "ya", "ъ": "", "ь": "", "і": "i", "ї": "i", "є": "e",
}  # fmt: skip
# After a consonant я, ю and ё read as they do alone: кё is kyo, ня nya.
_UNIT = re.compile("|".join(sorted(_SYLLABLES, key=len, reverse=True)) + "|.", re.DOTALL)


def hepburn_reading(name: str) -> str:
    """``name``, a Japanese name in Polivanov's Cyrillic, in Hepburn, each word capitalised
    ("Тоёсима Сэйки" -> "Toyoshima Seiki"); letters of no Cyrillic table are kept."""
    words = []
    for word in name.split():
        latin = "".join(
            _SYLLABLES.get(unit, _LETTERS.get(unit, unit)) for unit in _UNIT.findall(word.lower())
        )
        words.append(latin[:1].upper() + latin[1:])
    return " ".join(words)
