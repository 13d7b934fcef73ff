"""Places named only as where a person comes from: a home town or birthplace, not a partner.

"Il presidente della Camera, Franco Bertone, originario di Asti", "die aus Halle stammt",
"originaire de Saint-Étienne", "уроженка Перми", "沼津市出身の", "대구 출신인": the place
says where someone was born or grew up (issue 13: a person's home town drafted as a partner).
The phrases say so in each language, right before the place, or right after it in the languages
that put the word there (Japanese, Korean, Chinese, and German's closing verb). Only grammar
words: no place is named here.
"""

from __future__ import annotations

import functools
import re

from digest.text import alternation, fold

# Phrases right before the home town, folded when compiled.
_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("a native of", "born in", "who hails from", "hailing from", "originally from"),
    "fr": ("originaire de", "originaire d'", "originaire du", "né à", "née à", "natif de",
           "native de"),
    "es": ("originario de", "originaria de", "oriundo de", "oriunda de", "nacido en",
           "nacida en", "natural de"),
    "pt": ("natural de", "nascido em", "nascida em", "originário de", "originária de"),
    "it": ("originario di", "originaria di", "nato a", "nata a", "nativo di", "nativa di"),
    "de": ("gebürtig aus", "geboren in", "stammend aus"),
    "pl": ("pochodzący z", "pochodząca z", "urodzony w", "urodzona w", "rodem z"),
    "ru": ("уроженец", "уроженка", "родом из", "родился в", "родилась в"),
    "uk": ("уродженець", "уродженка", "родом з", "народився в", "народилася в"),
    "zh": ("出生于", "祖籍", "生于"),
    "vi": ("quê ở", "quê tại", "sinh ra tại", "sinh ra ở"),
}  # fmt: skip
# Words right after the home town ("沼津市出身", "대구 출신", "die aus Halle stammt").
_AFTER: dict[str, tuple[str, ...]] = {
    "ja": ("出身",),
    "ko": ("출신",),
    "zh": ("出生",),
    "de": ("stammt", "stammende", "stammender", "stammenden"),
}
# Workers named by the country they come from: "필리핀 등에서 온 계절근로자" (seasonal workers who
# came from the Philippines and elsewhere), "필리핀과 라오스에서 계절근로자를 도입했다" (brought in
# seasonal workers from the Philippines and Laos). Places joined by 과/와 or a comma share it.
_KO_WORKERS_FROM = re.compile(
    r"^(?:\s*(?:과|와|,)\s*[\uac00-\ud7a3]{1,8}?)*\s*(?:등)?\s*에서\s*(?:온|오는|입국한|입국하는)?\s*"
    r"(?:외국인\s*)?(?:계절\s*)?(?:근로자|노동자|인력)"
)
_WORKERS_FROM: dict[str, re.Pattern[str]] = {"ko": _KO_WORKERS_FROM}
# German's verb closes the clause the place opens with "aus": "die aus Halle stammt".
_OPENS_AFTER: dict[str, str] = {"de": "aus"}
_UNSPACED = frozenset({"zh", "ja", "ko"})
# Characters of the place's unit word ("市", "시") between the place found and the word after it.
_UNIT_GAP = 2
_WINDOW = 40


@functools.cache
def _before(lang: str) -> re.Pattern[str] | None:
    phrases = _BEFORE.get(lang)
    if not phrases:
        return None
    bound = "" if lang in _UNSPACED else r"(?<!\w)"
    return re.compile(rf"{bound}(?:{alternation([fold(p) for p in phrases])})\s*$")


@functools.cache
def _after(lang: str) -> re.Pattern[str] | None:
    words = _AFTER.get(lang)
    if not words:
        return None
    # Particles glue to the word in unspaced scripts ("출신인", "出身の"); German's ends there.
    gap, bound = (rf"[^\s,.、，。]{{0,{_UNIT_GAP}}}?", "") if lang in _UNSPACED else ("", r"(?!\w)")
    return re.compile(rf"^{gap}\s*(?:{alternation([fold(w) for w in words])}){bound}")


def names_a_home_town(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the place at ``text[start:end]`` is named as where a person comes from."""
    before = fold(text[max(0, start - _WINDOW) : start])
    pattern = _before(lang)
    if pattern is not None and pattern.search(before):
        return True
    workers = _WORKERS_FROM.get(lang)
    if workers is not None and workers.match(text[end : end + _WINDOW]):
        return True
    after = _after(lang)
    if after is None or not after.match(fold(text[end : end + _WINDOW // 4])):
        return False
    opener = _OPENS_AFTER.get(lang)
    return opener is None or before.rstrip().endswith(f" {opener}")
