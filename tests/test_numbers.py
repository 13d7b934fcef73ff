"""The number parser: separators per locale, native digits, scale words, spelled-out numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from digest.extract.numbers import (
    Lexicon,
    as_number,
    find_amounts,
    parse_amount,
    parse_number,
    prepare,
    prepare_article,
    separators,
)
from digest.text import fold


@pytest.mark.parametrize(
    ("token", "lang", "expected"),
    [
        # a lone separator before three digits groups thousands unless it is the decimal mark
        ("1.549", "de", "1549"),
        ("1.549", "vi", "1549"),
        ("1.549", "en", "1.549"),
        ("1,549", "en", "1549"),
        ("1.5", "en", "1.5"),
        ("1.5", "de", "1.5"),
        ("2,08", "de", "2.08"),
        ("2,083", "de", "2.083"),
        ("3.700", "vi", "3700"),
        ("2.263", "es", "2263"),
        ("1.6", "ar", "1.6"),
        ("0,5", "fr", "0.5"),
        # both marks: the last one is the decimal mark
        ("1.234,56", "de", "1234.56"),
        ("1,234.56", "en", "1234.56"),
        ("1.234.567", "pt", "1234567"),
        ("12,000", "th", "12000"),
        ("2,263", "ko", "2263"),
        ("1,500", "ja", "1500"),
        # spaces, no-break spaces and narrow no-break spaces group thousands
        ("3 700", "pl", "3700"),
        ("3\u00a0700", "pl", "3700"),
        ("1\u202f200,5", "fr", "1200.5"),
        ("1\u00a0200", "ru", "1200"),
        ("5 000 000", "uk", "5000000"),
        # Indian grouping
        ("1,87,560", "hi", "187560"),
        ("1,50,000", "en", "150000"),
        ("10,00,00,000", "hi", "100000000"),
        # Arabic separators and native digits
        ("٣٫٥", "ar", "3.5"),
        ("١٬٢٣٤", "ar", "1234"),
        ("٢٠١٦", "ar", "2016"),
        ("۱۲۳", "ar", "123"),
        ("३५०", "hi", "350"),
        ("๒๕๖๘", "th", "2568"),
        ("１２３", "ja", "123"),
        ("１，５００", "ja", "1500"),
    ],
)
def test_parse_number(token: str, lang: str, expected: str) -> None:
    assert parse_number(token, lang) == Decimal(expected)


@pytest.mark.parametrize(
    "token",
    ["15.11.2025", "1.2.3", "37 00", "1,2,3", "12.34.567", "1.234,5,6", "abc", ""],
)
def test_malformed_numbers_are_none(token: str) -> None:
    assert parse_number(token, "de") is None


def test_separators_come_from_cldr() -> None:
    assert separators("de") == (",", ".")
    assert separators("vi") == (",", ".")
    assert separators("en") == (".", ",")
    assert separators("pl")[0] == "," and separators("pl")[1].isspace()
    assert separators("fr")[1] == "\u202f"


def test_unknown_locale_falls_back_to_english_separators() -> None:
    assert separators("xx") == (".", ",")
    assert parse_number("1,549", "xx") == Decimal(1549)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2.5 billion", "en", 2_500_000_000),
        ("$5m", "en", 5_000_000),
        ("3 bn", "en", 3_000_000_000),
        ("40 thousand", "en", 40_000),
        ("1.4 million", "en", 1_400_000),
        ("2 billion", "en", 2_000_000_000),
        ("2 lakh", "en", 200_000),
        ("two hundred", "en", 200),
        ("226 tỷ", "vi", 226_000_000_000),
        ("2 tỉ", "vi", 2_000_000_000),
        ("25 triệu", "vi", 25_000_000),
        ("5 nghìn", "vi", 5_000),
        ("3 ngàn", "vi", 3_000),
        ("2 tỷ 500 triệu", "vi", 2_500_000_000),
        ("1,6 Millionen", "de", 1_600_000),
        ("2 Milliarden", "de", 2_000_000_000),
        ("2 Mrd.", "de", 2_000_000_000),
        ("1 Milliarde", "de", 1_000_000_000),
        ("1 Million", "de", 1_000_000),
        ("3,5 Mio.", "de", 3_500_000),
        ("5 Tausend", "de", 5_000),
        ("226 miliardów", "pl", 226_000_000_000),
        ("2 miliardy", "pl", 2_000_000_000),
        ("40 milionów", "pl", 40_000_000),
        ("3 miliony", "pl", 3_000_000),
        ("3 tys.", "pl", 3_000),
        ("5 tysięcy", "pl", 5_000),
        ("1,5 mld", "pl", 1_500_000_000),
        ("6,8 millions", "fr", 6_800_000),
        ("2 milliards", "fr", 2_000_000_000),
        ("1 milliard", "fr", 1_000_000_000),
        ("1,2 million", "fr", 1_200_000),
        ("1.250 millones", "es", 1_250_000_000),
        ("3 mil millones", "es", 3_000_000_000),
        ("1 millón", "es", 1_000_000),
        ("60 milioni", "it", 60_000_000),
        ("2 miliardi", "it", 2_000_000_000),
        ("1 miliardo", "it", 1_000_000_000),
        ("1 milione", "it", 1_000_000),
        ("4,2 bilhões", "pt", 4_200_000_000),
        ("1 bilhão", "pt", 1_000_000_000),
        ("120 milhões", "pt", 120_000_000),
        ("1 milhão", "pt", 1_000_000),
        ("3 mil milhões", "pt", 3_000_000_000),
        ("5 mil", "pt", 5_000),
        ("1,5 млрд", "ru", 1_500_000_000),
        ("370 тыс.", "ru", 370_000),
        ("1,7 млн", "ru", 1_700_000),
        ("2 миллиарда", "ru", 2_000_000_000),
        ("3 миллионов", "ru", 3_000_000),
        ("5 тысяч", "ru", 5_000),
        ("2 тысячи", "ru", 2_000),
        ("1 миллиард", "ru", 1_000_000_000),
        ("3 тисячі", "uk", 3_000),
        ("1,05 млрд", "uk", 1_050_000_000),
        ("3 тис.", "uk", 3_000),
        ("2 мільйони", "uk", 2_000_000),
        ("4 мільярди", "uk", 4_000_000_000),
        ("8 مليارات", "ar", 8_000_000_000),
        ("14 مليون", "ar", 14_000_000),
        ("3 ملايين", "ar", 3_000_000),
        ("5 آلاف", "ar", 5_000),
        ("1 ألف", "ar", 1_000),
        ("2 مليار", "ar", 2_000_000_000),
        ("٨ مليارات", "ar", 8_000_000_000),
        ("7億6700万", "ja", 767_000_000),
        ("45万", "ja", 450_000),
        ("1万5000", "ja", 15_000),
        ("５千万", "ja", 50_000_000),
        ("5千", "ja", 5_000),
        ("3亿", "zh", 300_000_000),
        ("3.2万亿", "zh", 3_200_000_000_000),
        ("286億", "zh", 28_600_000_000),
        ("5萬", "zh", 50_000),
        ("1억 5천만", "ko", 150_000_000),
        ("5천만", "ko", 50_000_000),
        ("3만", "ko", 30_000),
        ("2 ล้าน", "th", 2_000_000),
        ("5 แสน", "th", 500_000),
        ("3 หมื่น", "th", 30_000),
        ("5 พัน", "th", 5_000),
        ("1.2 พันล้าน", "th", 1_200_000_000),
        ("5 करोड़", "hi", 50_000_000),
        ("2 लाख", "hi", 200_000),
        ("15 अरब", "hi", 15_000_000_000),
        ("3 हज़ार", "hi", 3_000),
        ("3 हजार", "hi", 3_000),
    ],
)
def test_scale_words(text: str, lang: str, expected: int) -> None:
    value = parse_amount(text, lang)
    assert value == expected
    assert isinstance(value, int)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("two", "en", 2),
        ("twelve", "en", 12),
        ("fünf", "de", 5),
        ("zwölf", "de", 12),
        ("pięciu", "pl", 5),
        ("dwóch", "pl", 2),
        ("douze", "fr", 12),
        ("siete", "es", 7),
        ("otto", "it", 8),
        ("três", "pt", 3),
        ("пяти", "ru", 5),
        ("трёх", "ru", 3),
        ("п'ять", "uk", 5),
        ("дев’ять", "uk", 9),
        ("تسع", "ar", 9),
    ],
)
def test_spelled_out_numbers(text: str, lang: str, expected: int) -> None:
    assert parse_amount(text, lang) == expected


def test_spelled_numbers_match_whole_words_only() -> None:
    assert parse_amount("neunmal", "de") is None
    assert parse_amount("fünfte", "de") is None
    assert parse_amount("pięćdziesiąt", "pl") is None


def test_rough_number_words_are_marked() -> None:
    amounts = find_amounts(prepare("une centaine d'étudiants", "fr"), "fr")
    assert [(a.value, a.rough) for a in amounts] == [(Decimal(100), True)]
    exact = find_amounts(prepare("douze étudiants", "fr"), "fr")
    assert [(a.value, a.rough) for a in exact] == [(Decimal(12), False)]


def test_scale_links_reach_the_counted_word() -> None:
    text = prepare("6,8 millions de dollars", "fr")
    (amount,) = find_amounts(text, "fr")
    assert amount.value == Decimal(6_800_000)
    assert text[amount.end :].strip() == "dollars"


def test_amount_positions_and_factor() -> None:
    text = prepare("wynagrodzenie 25–40 milionów VND", "pl")
    first, second = find_amounts(text, "pl")
    assert (first.value, first.factor, first.token) == (Decimal(25), 1, "25")
    assert (second.value, second.factor) == (Decimal(40_000_000), Decimal(1_000_000))
    assert text[second.start : second.number_end] == "40"
    assert text[second.end :].strip() == "vnd"
    assert first.plain and not second.plain


def test_compound_needs_a_smaller_group() -> None:
    # "5 triệu 3" is five million then an unrelated 3, not 5000003
    amounts = find_amounts(prepare("5 triệu 3 đoàn", "vi"), "vi")
    assert [a.value for a in amounts] == [Decimal(5_000_000), Decimal(3)]


def test_prepare_folds_like_digest_text() -> None:
    text = "Lai Châu ĐÃ tiếp ＤＥＬＥＧＡＣＪＩ – Łódź ß ١٢ وفداً"
    assert prepare(text, "pl") == fold(text).replace("١٢", "12")


def test_prepare_keeps_marks_where_they_tell_words_apart() -> None:
    assert prepare("226 Tỷ Đồng", "vi") == "226 tỷ đồng"
    assert prepare("2 ล้าน", "th") == "2 ล้าน"
    assert prepare("７億ドル", "ja") == "7億ドル"


def test_prepare_article_drops_addresses_and_numeric_dates() -> None:
    text = "Quelle: https://baolangson.vn/x-5056657.html, mail a1@b2.vn, 15/11/2025 und 12 Treffen"
    prepared = prepare_article(text, "de")
    assert "5056657" not in prepared and "15" not in prepared and "a1" not in prepared
    assert "12 treffen" in prepared


def test_lexicon_stems_and_whole_words() -> None:
    lexicon = Lexicon({"delegac*": "delegation", "m": "million", "lượt": "x"}, "pl")
    text = "536 delegacji, 5 members, 5 m"
    found = [(value, text[start:end]) for value, start, end in lexicon.find(text, 0, len(text))]
    assert found == [("delegation", "delegacji"), ("million", "m")]


def test_lexicon_prefers_longer_words() -> None:
    lexicon = Lexicon({"lượt": "count", "lượt khách": "visitors"}, "vi")
    assert lexicon.match("3.700 lượt khách", 5) == ("visitors", 16)
    assert lexicon.match("3 lượt", 1) == ("count", 6)


def test_lexicon_loose_left_finds_words_inside_compounds() -> None:
    strict = Lexicon({"brief*": "letters"}, "pl")
    loose = Lexicon({"brief*": "letters"}, "pl", loose_left=True)
    assert list(strict.find("arbeitsbriefe", 0, 13)) == []
    assert list(loose.find("arbeitsbriefe", 0, 13)) == [("letters", 7, 13)]


def test_lexicon_ending_allows_the_configured_gap() -> None:
    lexicon = Lexicon({"يتجاوز": True}, "ar", gap=2)
    text = "إذ يتجاوز عدد سكانها "
    assert lexicon.ending(text, 0, len(text)) == (True, 3)
    assert Lexicon({"يتجاوز": True}, "ar").ending(text, 0, len(text)) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1600000.0", 1600000), ("2.08", 2.08), ("14.2", 14.2), ("3700", 3700)],
)
def test_as_number(value: str, expected: int | float) -> None:
    result = as_number(Decimal(value))
    assert result == expected
    assert type(result) is type(expected)
