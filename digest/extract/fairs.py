"""Places named only as where a fair or an exhibition was held: a venue, not a partner.

"presented at a trade fair in Busan", "auf einer Messe in Singapur", "au salon de Barcelone",
"en una feria en Madrid", "на выставке в Казани", "大阪で開かれた環境展", "대구에서 열린 박람회",
"在广州举办的东盟博览会": the place says where the companies met, not who the partner is
(issue 13: a venue abroad drafted as a partner, or its country). The phrases say so in each
language: a word for a fair and a preposition right before the place, or, in Japanese, Korean and
Chinese, the verb of holding and a word for a fair after it. Only grammar words and the common
nouns for fairs: no place is named here.
"""

from __future__ import annotations

import functools
import re

from digest.text import fold

# A word for a fair, up to two words of its kind ("trade fair", "Seafood Expo Global"), then the
# preposition of place, right before the place.
_FAIR_WORDS: dict[str, tuple[str, str]] = {
    "en": ("fair|trade fair|exhibition|expo|trade show", "in|at"),
    "fr": ("salon|foire|exposition|expo", "de|d'|à|a|en"),
    "es": ("feria|exposición|exposicion|expo|salón|salon", "de|en"),
    "it": ("fiera|salone|esposizione|expo", "di|a|in"),
    "pt": ("feira|exposição|exposicao|salão|salao|expo", "de|em|no|na"),
    "de": ("messe|fachmesse|ausstellung|expo", "in"),
    "pl": ("targach|targi|targów|wystawie|wystawa", "w|we"),
    "ru": ("выставк\\w*|ярмарк\\w*|экспо", "в|во"),
    "uk": ("виставц\\w*|виставк\\w*|ярмарк\\w*|експо", "в|у"),
}
# Words of the fair's own name between the fair word and the preposition ("au salon Seafood
# Expo Global de Barcelone").
_NAME_WORDS = 3
# After the place: the verb of holding and a fair's word within a few characters ("大阪で開か
# れた環境展", "대구에서 열린 박람회", "在广州举办的东盟博览会分会").
_AFTER: dict[str, re.Pattern[str]] = {
    "ja": re.compile(
        r"^(?:都|府|県|市|町|村)?(?:内)?で(?:開かれた|開催された|行われた)"
        r"[^、。]{0,10}?(?:展|見本市|博覧会|フェア|エキスポ)"
    ),
    "ko": re.compile(
        r"^(?:도|시|군|구)?\s*에서\s*(?:열린|개최된|진행된)\s*[^\s,.]{0,10}?\s*"
        r"(?:박람회|전시회|엑스포|페어|무역전)"
    ),
    "zh": re.compile(
        r"^(?:省|市|州|县|区)?(?:举办|举行|召开)的[^，。、]{0,12}?(?:博览会|交易会|展览会|展销会|展会)"
    ),
}
# Chinese opens the venue with 在 ("在广州举办的"): the verb after it is what says a fair.
_ZH_BEFORE = re.compile(r"在\s*$")
_WINDOW = 48


@functools.cache
def _before(lang: str) -> re.Pattern[str] | None:
    if lang not in _FAIR_WORDS:
        return None
    fairs, prepositions = _FAIR_WORDS[lang]
    name = rf"(?:\s+[^\s.,;:!?]+){{0,{_NAME_WORDS}}}?"
    return re.compile(rf"(?<!\w)(?:{fold(fairs)}){name}\s+(?:{fold(prepositions)})\s*(?:the\s+)?$")


def names_a_fair_venue(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the place at ``text[start:end]`` is named only as where a fair was held."""
    after = _AFTER.get(lang)
    if after is not None and after.match(text[end : end + _WINDOW]):
        return lang != "zh" or bool(_ZH_BEFORE.search(text[max(0, start - 4) : start]))
    before = _before(lang)
    return before is not None and bool(before.search(fold(text[max(0, start - _WINDOW) : start])))
