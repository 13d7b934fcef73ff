"""The writing systems the digest reads, by name: one table of their Unicode ranges.

Drafting tells scripts apart to detect an article's language, to know which text is written
without spaces, to split runs of Han or kana for search, and to read names in their own script.
Each of those asks this table by name (``char_class("Han")``, ``is_script(char, "Thai")``)
rather than writing its own ranges, so Han means the same everywhere. The ``regex`` package's
``\\p{Script=Han}`` would do the same, but it is not a dependency.
"""

from __future__ import annotations

import bisect
import functools
import re

# The blocks holding each script's letters, as (first, last) code points. Blocks that mix in
# punctuation or symbols are split so that only letters (and marks) are named: a character class
# of Latin must not hold "[", "_" or "©".
SCRIPTS: dict[str, tuple[tuple[int, int], ...]] = {
    "Latin": (
        (0x0041, 0x005A),  # A-Z
        (0x0061, 0x007A),  # a-z
        (0x00AA, 0x00AA),  # ª
        (0x00B5, 0x00B5),  # µ
        (0x00BA, 0x00BA),  # º
        (0x00C0, 0x024F),  # Latin-1 letters, Extended-A and -B (× and ÷ among them)
        (0x0250, 0x02AF),  # IPA extensions
        (0x1D00, 0x1DBF),  # phonetic extensions
        (0x1E00, 0x1EFF),  # Latin Extended Additional: Vietnamese "ạ", "ế", "ữ"
        (0x2C60, 0x2C7F),
        (0xA720, 0xA7FF),
        (0xAB30, 0xAB6F),
        (0xFB00, 0xFB06),  # ligatures: "ﬁ"
        (0xFF21, 0xFF3A),  # fullwidth A-Z
        (0xFF41, 0xFF5A),  # fullwidth a-z
    ),
    "Greek": ((0x0370, 0x03FF),),
    "Cyrillic": ((0x0400, 0x052F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F)),
    "Arabic": (
        (0x0600, 0x06FF),
        (0x0750, 0x077F),
        (0x0870, 0x08FF),
        (0xFB50, 0xFDFF),  # presentation forms
        (0xFE70, 0xFEFF),
        (0x1EE00, 0x1EEFF),
    ),
    "Devanagari": ((0x0900, 0x097F), (0xA8E0, 0xA8FF)),
    "Thai": ((0x0E00, 0x0E7F),),
    "Hiragana": ((0x3040, 0x309F), (0x1B000, 0x1B16F)),
    "Katakana": ((0x30A0, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F)),
    "Han": (
        (0x3400, 0x4DBF),  # Extension A
        (0x4E00, 0x9FFF),  # the unified ideographs
        (0xF900, 0xFAFF),  # compatibility ideographs
        (0x20000, 0x323AF),  # Extensions B to H
    ),
    "Hangul": (
        (0x1100, 0x11FF),  # jamo
        (0x3130, 0x318F),  # compatibility jamo
        (0xA960, 0xA97F),
        (0xAC00, 0xD7FF),  # syllables and jamo extended-B
        (0xFFA0, 0xFFDC),  # halfwidth
    ),
}

# The Japanese iteration mark: written after a Han character to repeat it (人々, 佐々木), so it
# belongs to a run of Han though Unicode puts it among the CJK symbols.
ITERATION_MARK = "\u3005"

_RANGES = sorted((first, last, name) for name, ranges in SCRIPTS.items() for first, last in ranges)
_STARTS = [first for first, _, _ in _RANGES]


def _escape(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def char_class(*names: str) -> str:
    """The inside of a regular-expression character class holding the scripts ``names``:
    ``f"[{char_class('Hiragana', 'Katakana')}]+"`` is a run of kana."""
    return "".join(
        _escape(first) if first == last else f"{_escape(first)}-{_escape(last)}"
        for name in names
        for first, last in SCRIPTS[name]
    )


@functools.cache
def _one_of(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(f"[{char_class(*names)}]")


def is_script(char: str, *names: str) -> bool:
    """Whether ``char`` belongs to one of the scripts ``names``."""
    return _one_of(names).fullmatch(char) is not None


def script_of(char: str) -> str | None:
    """The name of the script whose ranges hold ``char``, or None outside every one."""
    code = ord(char)
    index = bisect.bisect_right(_STARTS, code) - 1
    if index >= 0 and code <= _RANGES[index][1]:
        return _RANGES[index][2]
    return None
