import datetime as dt

import pytest

from digest.extract.dates import find_date
from digest.extract.layout import parse

AGGREGATOR = """Vietnam.vn - Nền tảng quảng bá Việt Nam

Quang Ninh: Neue Partnerschaft mit Guangdong

Die Provinz Quang Ninh hat mit Guangdong ein Abk...

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
    # The truncated lead that the first paragraph repeats is dropped; furniture after the
    # source line never reaches the body.
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


def test_a_middle_dot_sets_apart_a_dates_fields() -> None:
    """ "24·02·25" (day, month, a year of two digits) is a date; a menu's dotted numbers are not."""
    found = find_date("Castelló | 24·02·25 | 06:00", "es")
    assert found is not None and found[0] == dt.date(2025, 2, 24)
    assert find_date("Portada · 12 · 3 · 25", "es") is None


def test_lead_before_the_date_line_is_the_first_paragraph() -> None:
    text = (
        "Huế und die Île-de-France erneuern ihre Zusammenarbeit\n\n"
        "Huế und die Region Île-de-France haben am 12. Februar ein Abkommen unterzeichnet.\n\n"
        "Báo HuếBáo Huế14/02/2025\n\n"
        "Die Delegation wurde von Claire Dumont geleitet.\n\n"
        "Quelle: https://baohue.vn/abkommen-1.html\n"
    )
    layout = parse(text, "de")
    assert layout.headline == "Huế und die Île-de-France erneuern ihre Zusammenarbeit"
    assert (layout.outlet, layout.date) == ("Báo Huế", dt.date(2025, 2, 14))
    assert [block.text[:20] for block in layout.blocks] == [
        "Huế und die Region Î",
        "Die Delegation wurde",
    ]


def test_teaser_is_dropped_only_when_repeated() -> None:
    repeated = (
        "Titel\n\nDie Provinz Lai Châu hat mit der Stadt…\n\n05.06.2024\n\n"
        "Die Provinz Lai Châu hat mit der Stadt Mungyeong ein Abkommen unterzeichnet.\n"
    )
    assert len(parse(repeated, "de").blocks) == 1
    other = (
        "Titel\n\nEin anderer Anfang, abgeschnitten...\n\n05.06.2024\n\n"
        "Die Provinz Lai Châu hat mit der Stadt Mungyeong ein Abkommen unterzeichnet.\n"
    )
    assert len(parse(other, "de").blocks) == 2


def test_source_line_naming_only_the_outlet() -> None:
    for line, lang in (("Source: Báo Đà Nẵng", "en"), ("Nguồn: Báo Nghệ An", "vi"),
                       ("Source : Báo Vĩnh Long", "fr"), ("Źródło: Báo Sơn La", "pl")):  # fmt: skip
        layout = parse(f"Titel\n\nDer erste Absatz.\n\n{line}\n\nKommentar (0)\n", lang)
        assert layout.has_source_line and layout.source_url is None
        assert layout.source_outlet == line.split(":", 1)[1].strip(), line
        assert [block.text for block in layout.blocks] == ["Der erste Absatz."]
    linked = parse("Titel\n\nText.\n\nNguồn: Báo Nghệ An - https://baonghean.vn/a-1.html\n", "vi")
    assert (linked.source_outlet, linked.source_url) == (
        "Báo Nghệ An",
        "https://baonghean.vn/a-1.html",
    )
    bare = parse("Titel\n\nText.\n\nSource: https://baonghean.vn/a-1.html\n", "en")
    assert bare.source_outlet is None
    credit = parse("Tiêu đề\n\nĐoạn văn đầu tiên.\n\nTheo Báo Nghệ An\n", "vi")
    assert credit.source_outlet == "Báo Nghệ An"
    assert [block.text for block in credit.blocks] == ["Đoạn văn đầu tiên."]


@pytest.mark.parametrize(
    ("lang", "credit", "outlet"),
    [
        ("en", "This article was first published by The Mekong Ledger.", "The Mekong Ledger"),
        ("en", "Republished from Khmer Times", "Khmer Times"),
        ("es", "Tomado de Granma", "Granma"),
        ("pt", "Com informações do jornal O Tempo Mineiro", "O Tempo Mineiro"),
        ("es", "Con información de El Correo del Sur", "El Correo del Sur"),
        ("fr", "Article publié initialement dans Le Courrier du Mékong.", "Le Courrier du Mékong"),
        ("de", "Zuerst erschienen bei Sachsen Aktuell", "Sachsen Aktuell"),
        ("ru", "Перепечатано из «Вестник Казани»", "Вестник Казани"),
        ("zh", "转载自滇南商报", "滇南商报"),
    ],
)
def test_a_republished_from_credit_names_the_outlet(lang: str, credit: str, outlet: str) -> None:
    layout = parse(f"Titel\n\nDer erste Absatz.\n\n{credit}\n\nRead more\n\nNext story\n", lang)
    assert layout.source_outlet == outlet
    assert [block.text for block in layout.blocks] == ["Der erste Absatz."]


def test_a_read_also_link_with_another_headline_is_not_article_text() -> None:
    text = (
        "Titre\n\nLe Département financera 150 000 euros.\n\n"
        "Lire aussi : Le Havre : le port accueille un cargo de 400 mètres\n\n"
        "La délégation visitera Rouen.\n\nRéagir à cet article\n"
    )
    layout = parse(text, "fr")
    assert [block.text for block in layout.blocks] == [
        "Le Département financera 150 000 euros.",
        "La délégation visitera Rouen.",
    ]
    # A sentence quoting someone after a colon stays.
    quoted = parse("Titre\n\nLe préfet a dit : nous aiderons.\n", "fr")
    assert [block.text for block in quoted.blocks] == ["Le préfet a dit : nous aiderons."]


@pytest.mark.parametrize(
    ("lang", "last"),
    [
        ("de", "Mit Material von dpa"),  # an agency credited for material: no outlet named
        ("es", "Tomado de la mano, el gobernador recorrió el campo."),  # a sentence
    ],
)
def test_a_closing_sentence_is_no_republished_credit(lang: str, last: str) -> None:
    layout = parse(f"Titel\n\nDer erste Absatz.\n\n{last}\n", lang)
    assert layout.source_outlet is None
    assert [block.text for block in layout.blocks][-1] == last


def test_thai_date_line_leaves_the_outlet_whole() -> None:
    # Folding drops Thai marks, so spans must be measured in the line as written.
    line = "Báo Sóc Trăng · 5 ธันวาคม 2567"
    found = find_date(line, "th")
    assert found is not None and found[0] == dt.date(2024, 12, 5)
    assert line[found[1][0] : found[1][1]] == "5 ธันวาคม 2567"
    layout = parse(f"หัวข้อข่าว\n\n{line}\n\nเนื้อหาข่าว\n", "th")
    assert layout.outlet == "Báo Sóc Trăng"
    assert parse("หัวข้อข่าว\n\n4 ธันวาคม 2567\n\nเนื้อหาข่าว\n", "th").outlet is None


def test_date_line_outlet_without_times_weekdays_and_labels() -> None:
    from digest.extract.layout import _dateline

    cases = {
        ("Báo Lào Cai · 05.06.2024 08:30", "de"): "Báo Lào Cai",
        ("Báo Lào CaiBáo Lào Cai05/06/2024 08:30", "en"): "Báo Lào Cai",
        ("Thứ Năm, 05/06/2024 - 08:30", "vi"): None,
        ("05/06/2024 08:30 GMT+7", "en"): None,
        ("Cập nhật: 05/06/2024", "vi"): None,
        ("Donnerstag, 12. März 2025", "de"): None,
        ("le 12 mars 2025", "fr"): None,
        ("Báo Nghệ An - 19/05/2025", "ru"): "Báo Nghệ An",
    }
    for (line, lang), outlet in cases.items():
        found = _dateline(line, lang)
        assert found is not None and found[1] == outlet, line


@pytest.mark.parametrize(
    ("date_line", "outlet"),
    [
        # A writer's name without "By" is a byline, not the outlet.
        ("Sokha Chenda | 12/05/2025", None),
        ("Anna Kowalczyk · 12.05.2025", None),
        ("Minh Anh, Khmer Times | 12/05/2025", "Khmer Times"),
        # Outlets of two capitalised words: a publication word, an article, or the registry's.
        ("Khmer Times | 12/05/2025", "Khmer Times"),
        ("Le Monde | 12/05/2025", "Le Monde"),
        ("Tuổi Trẻ | 12/05/2025", "Tuổi Trẻ"),
        ("Lao Động | 12/05/2025", "Lao Động"),
        ("Báo Khánh Hòa | 12/05/2025", "Báo Khánh Hòa"),
        # One name of no outlet's shape (an agency's code, a city, a surname) is not drafted:
        # the editor sees it in a note and fills the outlet in.
        ("VNA | 12/05/2025", None),
        # ... but a national news agency of the partner registry is an outlet.
        ("Kyodo | 12/05/2025", "Kyodo"),
        ("Il Sole 24 Ore | 12/05/2025 ore 13:10", "Il Sole 24 Ore"),
    ],
)
def test_a_writers_name_on_the_date_line_is_not_the_outlet(
    date_line: str, outlet: str | None
) -> None:
    text = f"Hợp tác với Khánh Hòa\n{date_line}\nBài viết về hợp tác giữa hai bên.\n"
    layout = parse(text, "vi")
    assert (layout.outlet, layout.date) == (outlet, dt.date(2025, 5, 12))


@pytest.mark.parametrize(
    ("lang", "date_line"),
    [
        ("es", "Por Marta Gil | 12 de mayo de 2025 - 19:05 hrs"),
        ("hi", "पटना ब्यूरो | Published: Mon, 12 May 2025 07:10 PM IST"),
        ("it", "Pubblicato il 12 maggio 2025"),
        # The word for hours or "at" before a time ("ore", "a las").
        ("it", "di Lorenzo Paci | 12 maggio 2025, ore 13:10"),
        ("es", "12 de mayo de 2025, a las 9:30"),
        # An update note in brackets; a Thai "published" label.
        ("ja", "2025年5月12日 05時00分 (5月12日 05時01分更新)"),
        ("th", "เผยแพร่ 12 พฤษภาคม 2568"),
        ("ja", "2025年5月12日 19時12分"),
        ("ko", "송고시간 2025-05-12 14:32"),
        ("ko", "등록일 2025-05-12 조회수 87"),
        ("pt", "12/05/2025 - 18h47 Atualizado há 3 horas"),
        ("th", "วันที่ 12 พฤษภาคม 2568 เวลา 14:05 น."),
        ("zh", "发布时间：2025-05-12 09:30　作者：王丽"),
        # A reporter's title after the name.
        ("ko", "입력 2025.05.12 10:15 | 수정 2025.05.12 11:02 | 김지훈 기자"),
        ("ja", "2025年5月12日 18:30 | 山田太郎記者"),
    ],
)
def test_labels_times_desks_and_writers_on_the_date_line_are_no_outlet(
    lang: str, date_line: str
) -> None:
    text = f"Tiêu đề bài viết\n{date_line}\nBài viết về hợp tác giữa hai bên.\n"
    layout = parse(text, lang)
    assert (layout.outlet, layout.date) == (None, dt.date(2025, 5, 12))


@pytest.mark.parametrize(
    ("lang", "date_line"),
    [
        ("fr", "Hanoï, le 12 mai 2025"),  # where it was filed
        ("vi", "Đăng ngày 12/05/2025 11:20"),
        ("fr", "Mis à jour le 12 mai 2025 à 10h30"),
        ("en", "Posted by admin | 12 May 2025"),
        ("en", "12 May 2025 | 5 min read"),
        ("vi", "12/05/2025 11:20 | 3 phút đọc"),
        ("es", "12 de mayo de 2025 - 10:30 | Lectura: 3 min"),
        ("en", "12 May 2025 | Updated 13 May 2025"),
        ("en", "12 May 2025 | Comments (3)"),
        ("en", "12 May 2025 | Share"),
        ("es", "12 de mayo de 2025 | Redacción"),
        ("de", "12.05.2025 | Redaktion"),
        ("ru", "12 мая 2025, 10:20 | Редакция"),
        ("vi", "Thứ Hai, 12/05/2025 | Nhóm PV"),
        ("zh", "2025年5月12日 10:30 | 编辑：李明"),
        ("ar", "آخر تحديث: ١٢ مايو ٢٠٢٥، ١١:٣٠ ص"),  # the Arabic comma before the time
        ("th", "เขียนโดย กองบรรณาธิการ | 12 พ.ค. 2568 เวลา 14:05 น."),
    ],
)
def test_places_desks_reading_times_and_buttons_on_the_date_line_are_no_outlet(
    lang: str, date_line: str
) -> None:
    layout = parse(f"Tiêu đề bài viết\n{date_line}\nBài viết về hợp tác giữa hai bên.\n", lang)
    assert (layout.outlet, layout.date) == (None, dt.date(2025, 5, 12))


def test_a_byline_after_the_source_label_on_the_date_line_is_not_the_outlets() -> None:
    page = (
        "标题：云南医疗队赴越南义诊\n2025-05-12 16:30 来源：云南日报 作者：张晓燕\n正文第一段。\n"
    )
    assert parse(page, "zh").outlet == "云南日报"


def test_a_section_of_the_page_menu_on_the_date_line_is_no_outlet() -> None:
    menu = "Home  News  Politics  World\nHome > Politics > Asia\n"
    page = "{menu}Quang Ninh hosts Guangxi\n{line} | 12 May 2025\nThe first paragraph.\n"
    assert parse(page.format(menu=menu, line="Politics"), "en").outlet is None
    assert parse(page.format(menu=menu, line="Khmer Times"), "en").outlet == "Khmer Times"
    # Without a menu naming it, a word on the date line may still be the outlet.
    assert parse(page.format(menu="", line="Khmer Times"), "en").outlet == "Khmer Times"


def test_regional_month_names() -> None:
    # Moroccan and Algerian Arabic, Austrian German: CLDR keeps them under regional locales.
    assert find_date("الخميس 27 نونبر 2025 - 11:40", "ar")[0] == dt.date(2025, 11, 27)
    assert find_date("الأحد 5 جانفي 2025", "ar")[0] == dt.date(2025, 1, 5)
    assert find_date("Wien, 3. Jänner 2025", "de")[0] == dt.date(2025, 1, 3)
