"""Places a visiting delegation only passes through: the later stops of its trip.

"The delegation will continue its trip to Shizuoka", "岐阜県を経由して帰国する", "随后前往":
the place is where the visitors go next, not a partner of the Vietnamese province. The phrases
say so in each language; the place named right after (or, in Japanese and Korean, right before)
one of them is a stop on an itinerary.
"""

from __future__ import annotations

import functools
import re

from digest.text import fold

# Phrases right before a place ("... trip to X") and, for languages that put the particle
# after the name, right after it ("X를 거쳐").
_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("continue its trip to", "continue their trip to", "continue the trip to",
           "continues its trip to", "travel on to", "then travel to", "on its way to",
           "on their way to", "before heading to", "before travelling to",
           "before traveling to", "next stop", "onward to"),
    "fr": ("se rendra ensuite à", "se rendra ensuite en", "poursuivra son voyage à",
           "poursuivra sa visite à", "avant de se rendre à", "avant de se rendre en",
           "en route pour"),
    "es": ("continuará su viaje a", "continuará su visita a", "antes de viajar a",
           "después viajará a", "luego viajará a", "viajará después a", "viajará luego a",
           "rumbo a"),
    "it": ("proseguirà per", "prima di recarsi a", "proseguirà il viaggio a"),
    "pt": ("seguirá para", "antes de seguir para", "continuará a viagem a"),
    "de": ("weiter nach", "Weiterreise nach", "bevor sie nach", "anschließend nach"),
    "pl": ("uda się następnie do", "przed wyjazdem do", "pojedzie dalej do"),
    "ru": ("продолжит поездку в", "затем посетит", "затем отправится в", "перед поездкой в",
           "проследует в"),
    "uk": ("продовжить поїздку до", "потім відвідає", "потім вирушить до"),
    "vi": ("sau đó sẽ đến", "sau đó đến", "tiếp tục hành trình đến", "trước khi đến",
           "trước khi sang", "trên đường đến"),
    "zh": ("随后前往", "随后将前往", "之后前往", "之后将前往", "转赴", "途经"),
    "ja": (),
    "ko": (),
    "th": ("เดินทางต่อไปยัง", "เดินทางต่อไปยังจังหวัด", "ก่อนเดินทางไป", "ก่อนเดินทางไปยัง"),
}  # fmt: skip
_AFTER: dict[str, tuple[str, ...]] = {
    "ja": ("を経由", "を経て", "に立ち寄", "へ向か", "に向か"),
    "ko": ("를 거쳐", "을 거쳐", "를 경유", "을 경유"),
    "zh": ("转机",),
}
_WINDOW = 32


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    def compile_(phrases: tuple[str, ...], anchor: str) -> re.Pattern[str] | None:
        if not phrases:
            return None
        words = "|".join(re.escape(fold(p)) for p in sorted(phrases, key=len, reverse=True))
        if anchor == "end":
            # Thai runs its words together: the phrase needs no word boundary before it.
            bound = "" if lang == "th" else r"(?:^|\W)"
            return re.compile(rf"{bound}(?:{words})\s*(?:the\s+|la\s+|el\s+)?$")
        # "岐阜県を経由": the unit word may stand between the name found and the phrase.
        return re.compile(rf"^\s*(?:県|府|都|省|市|州|도|시|군)?\s*(?:{words})")

    return compile_(_BEFORE.get(lang, ()), "end"), compile_(_AFTER.get(lang, ()), "start")


def on_itinerary(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the place at ``text[start:end]`` is named as a later stop of a trip."""
    before_pattern, after_pattern = _patterns(lang)
    before = fold(text[max(0, start - _WINDOW) : start])
    after = fold(text[end : end + _WINDOW // 2])
    return bool(
        (before_pattern and before_pattern.search(before))
        or (after_pattern and after_pattern.match(after))
    )
