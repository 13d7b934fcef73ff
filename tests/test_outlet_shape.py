"""Outlets, titles and dates as an editor sees them on real-looking pages (issue 13, sixth
round, branch layout20): an outlet is drafted only from what names a source, never from a
byline, desk, tag or city on the date line; dates in each language's own forms; a page that
says only how long ago it was posted has no date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from digest.extract.dates import find_date
from digest.extract.drafting import draft_text
from digest.extract.layout import has_outlet_shape, parse
from digest.registries import Registries

BODY = {
    "en": "Queensland's trade minister received a delegation from Dong Nai Province on Monday.",
    "de": "Der bayerische Gesundheitsminister empfing eine Delegation aus der Stadt Đà Nẵng.",
    "zh": "广西壮族自治区副主席在南宁会见了越南谅山省代表团。",
    "vi": "Lãnh đạo tỉnh Thái Nguyên đã làm việc với bang Sachsen của Đức.",
    "ja": "静岡県の知事は13日、ビンズオン省人民委員会の副委員長と会談した。",
}


def _draft(registries: Registries, lang: str, header: str) -> object:
    return draft_text(f"{header}\n{BODY[lang]}\n", Path(f"{lang}-page.txt"), registries)


@pytest.mark.parametrize(
    "name",
    [
        "Báo Thái Nguyên",  # a Vietnamese kind word
        "Gippsland Herald",  # an English one
        "Münchner Abendzeitung",  # glued in a German compound
        "广西日报",  # glued in Chinese
        "红河边疆网",  # a Chinese site: its name ends in 网
        "충북일보",
        "ขอนแก่นโพสต์",
        "केरल समाचार",
        "صحيفة الأهرام",
        "Le Monde",  # an article opens a publication's name, never a person's
        "vietnamplus.vn",  # a domain
        "NHK",  # a broadcaster of the partner registry
        "VnExpress",  # an outlet of registries/outlets.yaml
        "Agência Brasil",  # an agency's kind word in its language
        "共同通信",
        "VietnamNet",  # one word spelled like a brand
    ],
)
def test_names_shaped_like_outlets(name: str) -> None:
    assert has_outlet_shape(name)


@pytest.mark.parametrize(
    "name",
    [
        "Staff reporter",
        "Minh Hằng",
        "Hanoi",
        "VNA",
        "TN",
        "पटना",
        "Politics",
        "John McDonald",  # a capital inside a surname after its particle is no brand
        "LeBlanc",
    ],
)
def test_bylines_codes_tags_and_cities_have_no_outlets_shape(name: str) -> None:
    assert not has_outlet_shape(name)


def test_a_byline_on_the_date_line_is_shown_not_drafted(registries: Registries) -> None:
    header = (
        "Queensland and Dong Nai agree to double farm trade\n"
        "Staff reporter | Published 18 November 2025 | Updated 19 November 2025"
    )
    drafted = _draft(registries, "en", header)
    assert drafted.outlet is None and "outlet" in drafted.needs_review
    assert any("'Staff reporter'" in note for note in drafted.notes)
    # the publication date, not the update's
    assert drafted.date == "2025-11-18"
    assert drafted.title == "Queensland and Dong Nai agree to double farm trade"


def test_a_source_label_on_the_date_line_naming_a_body_drafts_no_outlet(
    registries: Registries,
) -> None:
    # The commerce department supplied the facts; it did not publish the page.
    header = (
        "广西与越南谅山省签署口岸合作备忘录\n2025年11月24日 10:32 来源：自治区商务厅 作者：覃明"
    )
    drafted = _draft(registries, "zh", header)
    assert (drafted.outlet, drafted.date) == (None, "2025-11-24")
    assert "outlet" in drafted.needs_review
    assert any("'自治区商务厅'" in note for note in drafted.notes)


def test_a_source_label_on_the_date_line_naming_a_paper_drafts_it(
    registries: Registries,
) -> None:
    header = "广西与越南谅山省签署口岸合作备忘录\n2025年11月24日 10:32 来源：广西日报 作者：覃明"
    drafted = _draft(registries, "zh", header)
    assert (drafted.outlet, drafted.date) == ("广西日报", "2025-11-24")


def test_an_outlet_shaped_name_on_the_date_line_is_drafted(registries: Registries) -> None:
    drafted = _draft(registries, "zh", "广西与谅山合作\n2025年11月24日 广西日报")
    assert drafted.outlet == "广西日报" and "outlet" not in drafted.needs_review


def test_a_page_posted_hours_ago_has_no_date_but_keeps_its_headline_and_outlet(
    registries: Registries,
) -> None:
    header = (
        "Bayern-Portal\nStartseite | Politik | Wirtschaft | Welt\n"
        "Bayern und Đà Nẵng vereinbaren Zusammenarbeit bei Pflegekräften\n"
        "Münchner Abendzeitung | vor 2 Stunden | Lesezeit: 3 Min."
    )
    drafted = _draft(registries, "de", header)
    assert drafted.title == "Bayern und Đà Nẵng vereinbaren Zusammenarbeit bei Pflegekräften"
    assert drafted.date is None and "date" in drafted.needs_review
    assert drafted.outlet == "Münchner Abendzeitung"
    layout = parse("Quang Ninh hosts Guangxi\nUpdated 3 hours ago\nThe first paragraph.\n", "en")
    assert (layout.headline, layout.date, layout.outlet) == ("Quang Ninh hosts Guangxi", None, None)


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("ja", "令和7年3月14日（金） 18時30分配信", dt.date(2025, 3, 14)),
        ("ja", "平成元年1月8日", dt.date(1989, 1, 8)),  # the first year of an era is 元年
        ("hi", "प्रकाशित: २० नवम्बर २०२५, ११:४०", dt.date(2025, 11, 20)),  # half m, not anusvara
        ("hi", "5 सितम्बर 2025", dt.date(2025, 9, 5)),
        ("hi", "12 मई 2025 | दैनिक जागरण", dt.date(2025, 5, 12)),  # May: two letters once folded
        ("th", "วันที่ 25 พฤศจิกายน 2568 เวลา 09:10 น.", dt.date(2025, 11, 25)),
        ("th", "25 พฤศจิกายน พ.ศ. 2568", dt.date(2025, 11, 25)),  # the era named before the year
        ("th", "25 พ.ย. 68 09:10 น.", dt.date(2025, 11, 25)),  # a two-digit Buddhist year
        ("ar", "السبت ١٥ نوفمبر ٢٠٢٥ - ١٢:٣٠ م", dt.date(2025, 11, 15)),
        ("ko", "입력 2025. 11. 24. 10:32", dt.date(2025, 11, 24)),  # spaced dots
        ("en", "November 24th, 2025", dt.date(2025, 11, 24)),  # ordinal days
        ("en", "24th November 2025", dt.date(2025, 11, 24)),
        ("fr", "1er mai 2025", dt.date(2025, 5, 1)),
    ],
)
def test_dates_in_each_languages_own_forms(lang: str, text: str, date: dt.date) -> None:
    found = find_date(text, lang)
    assert found is not None and found[0] == date


def test_a_time_after_a_thai_month_is_no_year() -> None:
    assert find_date("25 พ.ย. 09:10 น.", "th") is None


def test_a_japanese_era_date_line_dates_the_page_and_the_headline_stays(
    registries: Registries,
) -> None:
    header = (
        "しずおかニュース\nトップ | 県政 | 経済 | 国際\n"
        "静岡県、ベトナム・ビンズオン省と介護人材で覚書\n"
        "令和7年3月14日（金） 18時30分配信 | 最終更新：令和7年3月15日"
    )
    drafted = _draft(registries, "ja", header)
    assert drafted.title == "静岡県、ベトナム・ビンズオン省と介護人材で覚書"
    assert (drafted.date, drafted.outlet) == ("2025-03-14", None)


@pytest.mark.parametrize(
    "caption",
    [
        "Workers unload mango crates at the Port of Brisbane. (Supplied)",
        "Lãnh đạo hai bên tại lễ ký kết. (TTXVN)",
        "Delegates tour the new cold-storage hub (File)",
    ],
)
def test_a_caption_closed_by_a_bracketed_credit_is_not_the_headline(caption: str) -> None:
    page = (
        f"Home | News | Trade\n{caption}\nQueensland and Dong Nai agree to double farm trade\n"
        "12 May 2025\nThe first paragraph.\n"
    )
    assert parse(page, "en").headline == "Queensland and Dong Nai agree to double farm trade"


def test_a_headline_with_a_bracketed_country_stays_the_headline() -> None:
    page = "Thái Nguyên hợp tác với bang Sachsen (Đức)\n21/11/2025\nĐoạn văn đầu tiên.\n"
    assert parse(page, "vi").headline == "Thái Nguyên hợp tác với bang Sachsen (Đức)"


def test_a_papers_reporter_before_the_name_is_a_byline() -> None:
    page = "三亚与庆和签署旅游合作协议\n2025年12月3日 08:45　三亚日报记者 陈晓雯\n本报讯 正文第一段。\n"
    layout = parse(page, "zh")
    assert (layout.outlet, layout.date) == (None, dt.date(2025, 12, 3))


def test_a_place_with_its_state_and_a_mexican_dash_dates_the_story(
    registries: Registries,
) -> None:
    page = (
        "La UdeG abre sus aulas a estudiantes de Long An\n"
        "Guadalajara, Jal., 12 de febrero de 2025.- La Universidad de Guadalajara firmó un "
        "convenio con la provincia de Long An, en Vietnam.\n"
    )
    drafted = draft_text(page, Path("es-page.txt"), registries)
    assert drafted.date == "2025-02-12"


@pytest.mark.parametrize(
    ("lang", "header", "date"),
    [
        ("en", "Updated: 13 May 2025\nPublished: 12 May 2025", dt.date(2025, 5, 12)),
        ("en", "Updated 13 May 2025 | Published 12 May 2025", dt.date(2025, 5, 12)),
        ("en", "Published 12 May 2025 | Updated 13 May 2025", dt.date(2025, 5, 12)),
        ("vi", "Cập nhật lúc: 13/05/2025 10:00 | Ngày đăng: 12/05/2025", dt.date(2025, 5, 12)),
        ("ja", "最終更新：令和7年3月15日\n令和7年3月14日 配信", dt.date(2025, 3, 14)),
        # an update date alone is still the page's only date
        ("vi", "Cập nhật: 13/05/2025", dt.date(2025, 5, 13)),
    ],
)
def test_the_publication_date_wins_over_the_update(lang: str, header: str, date: dt.date) -> None:
    layout = parse(f"Tiêu đề bài viết\n{header}\nĐoạn văn đầu tiên.\n", lang)
    assert (layout.headline, layout.date) == ("Tiêu đề bài viết", date)
    assert layout.body_text == "Đoạn văn đầu tiên."


@pytest.mark.parametrize(
    ("header", "flagged"),
    [
        ("Mekong Post", True),  # a masthead left as the only line above the date line
        ("广西日报", True),
        ("Quang Ninh and Guangxi sign pact", False),
        ("广西与越南谅山省签署口岸合作备忘录", False),
        ("นครพนมเปิดเส้นทางรถโดยสารตรงสู่ห่าติ๋ญ", False),
    ],
)
def test_a_title_too_short_for_a_headline_is_flagged(
    registries: Registries, header: str, flagged: bool
) -> None:
    # The article repeats its headline's words (one that shares none is flagged, see
    # tests/test_headline_choice.py): only the length decides here.
    drafted = _draft(registries, "en", f"{header}\n12 May 2025\n{header}: the full story.")
    assert drafted.title == header
    assert ("title" in drafted.needs_review) is flagged


@pytest.mark.parametrize(
    ("lang", "line", "outlet"),
    [
        ("ru", "Российская газета | 3 часа назад", "Российская газета"),
        ("hi", "दैनिक जागरण | 2 घंटे पहले", "दैनिक जागरण"),
        ("ar", "اليوم السابع | منذ 3 ساعات", "اليوم السابع"),
        ("th", "มติชนออนไลน์ | 2 ชั่วโมงที่แล้ว", "มติชนออนไลน์"),
        ("ko", "연합뉴스 | 2일 전", "연합뉴스"),
        ("vi", "Báo Nghệ An | 3 ngày trước", "Báo Nghệ An"),
        ("pl", "Gazeta Krakowska | 3 godziny temu", "Gazeta Krakowska"),
        ("ja", "共同通信 | 3日前", "共同通信"),  # 通信: a wire service
        ("en", "2 days ago", None),
    ],
)
def test_relative_times_in_each_language_leave_the_date_to_the_editor(
    lang: str, line: str, outlet: str | None
) -> None:
    headline = "Tiêu đề bài viết hợp tác hai bên"
    layout = parse(f"{headline}\n{line}\nĐoạn văn đầu tiên về hợp tác.\n", lang)
    assert (layout.headline, layout.date, layout.outlet) == (headline, None, outlet)
    assert layout.body_text == "Đoạn văn đầu tiên về hợp tác."


def test_a_sentence_saying_how_long_ago_is_no_date_line() -> None:
    sentence = "Hai bên đã ký kết biên bản ghi nhớ hợp tác 3 ngày trước tại Hà Nội"
    layout = parse(f"Tiêu đề\n{sentence}\nĐoạn văn đầu tiên.\n", "vi")
    assert sentence in (layout.headline or "") + layout.body_text
    assert layout.outlet is None
