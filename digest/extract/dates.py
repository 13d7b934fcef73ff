"""Publication dates in the shapes article headers use, in any of the digest's languages.

Month names come from Babel's CLDR data (both the "format" forms, which are genitive in Polish
and Russian, and the stand-alone ones), so no language's months are typed by hand.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import babel.dates

from digest.text import fold, fold_with_offsets

_NATIVE_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९๐๑๒๓๔๕๖๗๘๙０１２３４５６７８９",
    "0123456789" * 5,
)
# Thai dates often count years in the Buddhist era.
_BUDDHIST_ERA_OFFSET = 543
_BUDDHIST_ERA_LABEL = r"พ\.\s?ศ\.?"
_SHORT_YEAR = r"|\d{2}(?![\d:])"  # not the hour of "25 พ.ย. 09:10"
# Two-digit Thai years are of the Buddhist era's 26th century (68 is 2568, that is 2025).
_BUDDHIST_CENTURY = 2500
_NUMERIC = (
    # 2025-11-15, 2025/11/15
    (re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"), ("y", "m", "d")),
    # 15/11/2025, 15.11.2025, 15-11-2025: day first, as Vietnamese and European sources write
    (re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)"), ("d", "m", "y")),
    # 24·02·25, 24·02·2025: a middle dot between day, month and a year of two digits or four
    # (Spanish date lines); no other mark sets apart the fields of a number so
    (re.compile(r"(?<!\d)(\d{1,2})·(\d{1,2})·(\d{2}|\d{4})(?![\d:·])"), ("d", "m", "y")),
    # 2025. 11. 24.: Korean pages space the dots
    (re.compile(r"(?<!\d)(\d{4})\.\s(\d{1,2})\.\s(\d{1,2})\.?(?!\d)"), ("y", "m", "d")),
    # 2024年6月11日, 2024년 6월 11일
    (re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"), ("y", "m", "d")),
    # ngày 15 tháng 11 năm 2025
    (re.compile(r"(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:nam|,)\s*(\d{4})"), ("d", "m", "y")),
)

# Japanese dates count years in the emperor's era ("令和7年3月14日"; the first year is "元年").
# The year before each era's first: Reiwa 1 is 2019, Heisei 1 is 1989. Official pages may add
# the Western year in brackets after the era's ("令和7年（2025年）2月18日").
_JAPANESE_ERAS = {"令和": 2018, "平成": 1988}
_JAPANESE_ERA_DATE = re.compile(
    r"(令和|平成)\s*(\d{1,2}|元)\s*年\s*(?:[(（]\s*\d{4}\s*年?\s*[)）]\s*)?"
    r"(\d{1,2})\s*月\s*(\d{1,2})\s*日"
)


# Regional month names CLDR keeps under other locales: Maghreb and Levant Arabic ("نونبر",
# "جانفي", "تشرين الثاني"), Austrian German ("Jänner").
_REGIONAL_LOCALES = {"ar": ("ar_MA", "ar_DZ", "ar_LB"), "de": ("de_AT",)}

# Hindi writes a nasal before b, p, m either as the anusvara or as a half m: CLDR's "नवंबर",
# "सितंबर", "दिसंबर" are as often printed "नवम्बर", "सितम्बर", "दिसम्बर".
_ANUSVARA_BEFORE_LABIAL = re.compile("\u0902([\u092a-\u092e])")

# Han characters and kana: "一月", "五月" are months there, but also words of any sentence.
_HAN_OR_KANA = re.compile("[\u3040-\u30ff\u3400-\u9fff]")


def _short_month_name(folded: str, width: str) -> bool:
    """A full month name of two letters, Hindi "मई" (May) once its vowel signs are folded
    away: read as a month, not dropped with the two-letter abbreviations."""
    return (
        width == "wide"
        and len(folded) == 2
        and folded.isalpha()
        and not _HAN_OR_KANA.search(folded)
    )


@functools.cache
def _month_names(lang: str) -> dict[str, int]:
    names: dict[str, int] = {}
    for locale in dict.fromkeys((lang, *_REGIONAL_LOCALES.get(lang, ()), "en")):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                try:
                    months = babel.dates.get_month_names(width, context, locale=locale)
                except (ValueError, LookupError):
                    continue
                for number, name in months.items():
                    folded = fold(name).rstrip(".")
                    if len(folded) >= 3 or _short_month_name(folded, width):
                        names.setdefault(folded, number)
                        half_m = _ANUSVARA_BEFORE_LABIAL.sub("\u092e\u094d\\1", name)
                        names.setdefault(fold(half_m).rstrip("."), number)
    return names


def month_names(lang: str) -> frozenset[str]:
    """The names of the months in ``lang`` (and English), folded, wide and abbreviated."""
    return frozenset(_month_names(lang))


@functools.cache
def _named_month_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    alternatives = "|".join(sorted(map(re.escape, _month_names(lang)), key=len, reverse=True))
    short_year = _SHORT_YEAR if lang == "th" else ""
    day_first = re.compile(
        rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s*(?:de\s+)?({alternatives})\.?,?\s*(?:de\s+|del\s+)?"
        # Thai may name the Buddhist era before its year ("พ.ศ. 2568"), or print the year's last
        # two digits ("25 พ.ย. 68"), a Buddhist year too
        rf"(?:{_BUDDHIST_ERA_LABEL}\s*)?(\d{{4}}{short_year})"
    )
    # "November 24, 2025", "November 24th, 2025"
    month_first = re.compile(rf"({alternatives})\.?\s+(\d{{1,2}})(?:st|nd|rd|th|er)?,?\s+(\d{{4}})")
    return day_first, month_first


@functools.cache
def weekday_names(lang: str) -> tuple[str, ...]:
    """Names of the days of the week in ``lang`` and English (folded, longest first): date lines
    print them beside the date ("Thứ Năm, 05/06/2024")."""
    names: set[str] = set()
    for locale in dict.fromkeys((lang, "en")):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                try:
                    days = babel.dates.get_day_names(width, context, locale=locale)
                except (ValueError, LookupError):
                    continue
                names.update(fold(name).rstrip(".") for name in days.values())
    return tuple(sorted((n for n in names if len(n) >= 2), key=len, reverse=True))


# A year of two digits ("24·02·25") is of this century.
_CENTURY = 2000


def _build(year: int, month: int, day: int) -> dt.date | None:
    if year < 100:
        year += _CENTURY
    if year > 2400:
        year -= _BUDDHIST_ERA_OFFSET
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_date(line: str, lang: str) -> tuple[dt.date, tuple[int, int]] | None:
    """The first real calendar date in ``line`` and the span it occupies in ``line``, if any."""
    text, offsets = fold_with_offsets(line.translate(_NATIVE_DIGITS))
    candidates: list[tuple[int, int, dt.date]] = []
    for pattern, order in _NUMERIC:
        for found in pattern.finditer(text):
            parts = dict(zip(order, map(int, found.groups()), strict=True))
            date = _build(parts["y"], parts["m"], parts["d"])
            if date is not None:
                candidates.append((found.start(), found.end(), date))
    for found in _JAPANESE_ERA_DATE.finditer(text):
        era, year, month, day = found.groups()
        number = 1 if year == "元" else int(year)
        date = _build(_JAPANESE_ERAS[era] + number, int(month), int(day))
        if date is not None:
            candidates.append((found.start(), found.end(), date))
    months = _month_names(lang)
    day_first, month_first = _named_month_patterns(lang)
    for found in day_first.finditer(text):
        day, month, year = found.groups()
        full_year = int(year) + (_BUDDHIST_CENTURY if len(year) == 2 else 0)
        date = _build(full_year, months[month], int(day))
        if date is not None:
            candidates.append((found.start(), found.end(), date))
    for found in month_first.finditer(text):
        month, day, year = found.groups()
        date = _build(int(year), months[month], int(day))
        if date is not None:
            candidates.append((found.start(), found.end(), date))
    if not candidates:
        return None
    start, end, date = min(candidates, key=lambda c: c[0])
    return date, (offsets[start], offsets[end - 1] + 1)
