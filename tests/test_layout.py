import datetime as dt

from digest.extract.dates import find_date
from digest.extract.layout import parse

AGGREGATOR = """Vietnam.vn - Nền tảng quảng bá Việt Nam

Quang Ninh: Neue Partnerschaft mit Guangdong

Die Provinz Quang Ninh vertieft ihre Beziehungen...

Tuổi Trẻ · 03.08.2023

Die Provinz Quang Ninh hat mit Guangdong ein Abkommen unterzeichnet.

Mehr Handel an der Grenze

Der Handel wuchs im vergangenen Jahr deutlich.

Quelle: https://baoquangninh.vn/abkommen-12345.html

Kommentar (0)

No data

Gleiche Kategorie

Ein ganz anderer Artikel über Hanoi
"""


def test_aggregator_page_parts() -> None:
    layout = parse(AGGREGATOR, "de")
    assert layout.headline == "Quang Ninh: Neue Partnerschaft mit Guangdong"
    assert layout.outlet == "Tuổi Trẻ"
    assert layout.date == dt.date(2023, 8, 3)
    assert layout.source_url == "https://baoquangninh.vn/abkommen-12345.html"
    texts = [block.text for block in layout.blocks]
    # The truncated lead is dropped; furniture after the source line never reaches the body.
    assert texts[0].startswith("Die Provinz Quang Ninh hat mit Guangdong")
    assert not any("Hanoi" in text or "Kommentar" in text for text in texts)
    assert [b.kind for b in layout.blocks] == ["p", "h", "p"]


def test_glued_outlet_and_date() -> None:
    text = "Titel der Meldung\n\nBáo Lai ChâuBáo Lai Châu15/11/2025\n\nDer erste Absatz.\n"
    layout = parse(text, "de")
    assert (layout.outlet, layout.date) == ("Báo Lai Châu", dt.date(2025, 11, 15))
    assert layout.headline == "Titel der Meldung"


def test_body_only_article_has_no_headline_and_bare_source_label() -> None:
    text = "近年、ラオカイ省は協力を強化している。\n双方は合意した。\nソース\nコメント (0)\n"
    layout = parse(text, "ja")
    assert layout.headline is None
    assert layout.has_source_line and layout.source_url is None
    assert len(layout.blocks) == 2


def test_dates_in_many_shapes() -> None:
    cases = {
        ("en", "March 12, 2025"): dt.date(2025, 3, 12),
        ("pl", "12 listopada 2025"): dt.date(2025, 11, 12),
        ("ru", "12 ноября 2025 г."): dt.date(2025, 11, 12),
        ("ja", "2024年6月11日"): dt.date(2024, 6, 11),
        ("ko", "2025년 3월 12일"): dt.date(2025, 3, 12),
        ("th", "12 มีนาคม 2568"): dt.date(2025, 3, 12),
        ("ar", "١٢ مارس ٢٠٢٥"): dt.date(2025, 3, 12),
        ("vi", "ngày 12 tháng 3 năm 2025"): dt.date(2025, 3, 12),
        ("es", "12 de marzo de 2025"): dt.date(2025, 3, 12),
    }
    for (lang, text), expected in cases.items():
        found = find_date(text, lang)
        assert found is not None and found[0] == expected, (lang, text)


def test_impossible_dates_are_not_dates() -> None:
    assert find_date("31.02.2025", "de") is None
    assert find_date("Resolution 202/2025/QH15", "en") is None
