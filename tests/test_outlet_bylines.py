"""The outlet a page prints in its byline or in a closing credit above a share bar, and the
outlets a page names that are not its own (issue 13, eighth round)."""

from digest.extract.layout import has_outlet_shape, parse

_BODY = (
    "Da Nang City and Busan on Sunday signed an agreement to bring Korean electronics firms to "
    "the Da Nang High-Tech Park, with Busan pledging to send 25 companies next year."
)


def _page(*lines: str) -> str:
    return "\n".join(lines)


def test_byline_names_the_outlet_after_the_writer() -> None:
    layout = parse(
        _page(
            "Busan firms eye Da Nang's high-tech park after investment forum",
            "By Minh Chau | Vietnam News",
            "November 24, 2025 - 09:12",
            _BODY,
        ),
        "en",
    )
    assert layout.outlet == "Vietnam News"
    assert layout.headline == "Busan firms eye Da Nang's high-tech park after investment forum"


def test_byline_without_an_outlet_names_none() -> None:
    layout = parse(
        _page(
            "Busan firms eye Da Nang's high-tech park after investment forum",
            "By Minh Chau | Staff reporter",
            "November 24, 2025 - 09:12",
            _BODY,
        ),
        "en",
    )
    assert layout.outlet is None


def test_date_line_outlet_wins_over_the_byline() -> None:
    layout = parse(
        _page(
            "Busan firms eye Da Nang's high-tech park after investment forum",
            "By Minh Chau | Hanoi Times",
            "Vietnam News · November 24, 2025",
            _BODY,
        ),
        "en",
    )
    assert layout.outlet == "Vietnam News"


def test_outlets_named_in_the_body_or_the_next_story_are_not_the_outlet() -> None:
    layout = parse(
        _page(
            "Busan firms eye Da Nang's high-tech park after investment forum",
            "November 24, 2025 - 09:12",
            _BODY,
            "Trade between the two cities reached US$620 million last year, according to Yonhap.",
            "Share on Facebook | Share on X | Print",
            "Read on VnExpress: Da Nang airport to add five Korean routes this winter",
        ),
        "en",
    )
    assert layout.outlet is None
    assert layout.source_outlet is None


def test_closing_credit_above_a_share_bar() -> None:
    layout = parse(
        _page(
            "Quảng Trị và tỉnh Savannakhet ký kết hợp tác phát triển hành lang kinh tế",
            "Thứ Sáu, 28/11/2025 14:30 (GMT+7)",
            "Ngày 27/11, tại thành phố Đông Hà, lãnh đạo tỉnh Quảng Trị đã tiếp đoàn công tác "
            "tỉnh Savannakhet. Theo hãng tin KPL, kim ngạch thương mại đạt 350 triệu USD.",
            "Theo Báo Thế giới và Việt Nam",
            "Chia sẻ Facebook | Zalo",
        ),
        "vi",
    )
    assert layout.source_outlet == "Báo Thế giới và Việt Nam"
    assert "Theo Báo Thế giới" not in layout.body_text


def test_russian_weekly_on_a_source_line() -> None:
    layout = parse(
        _page(
            "Калужская область и провинция Нгеан договорились о поставках",
            "25 ноября 2025, 14:20",
            "Губернатор Калужской области провёл встречу с делегацией провинции Нгеан и "
            "подписал соглашение о сотрудничестве.",
            "Источник: Калужская неделя",
        ),
        "ru",
    )
    assert layout.source_outlet == "Калужская неделя"


def test_english_editions_have_an_outlets_shape_and_writers_do_not() -> None:
    assert has_outlet_shape("VnExpress International")
    assert has_outlet_shape("Nhân Dân English")
    assert not has_outlet_shape("Minh Chau")
    assert not has_outlet_shape("Staff reporter")


_ZH_HEADLINE = "云南与越南老街省商定扩大河口口岸农产品通关"
_ZH_BODY = (
    "11月27日，云南省副省长王浩在昆明会见越南老街省人民委员会副主席黄国庆率领的代表团，"
    "双方就扩大河口口岸农产品通关进行了会谈。"
)


def test_chinese_source_labels_and_bracketed_source_lines() -> None:
    page = _page(_ZH_HEADLINE, "2025-11-28 10:15", _ZH_BODY, "本文来源：云南网")
    assert parse(page, "zh").source_outlet == "云南网"
    page = _page(_ZH_HEADLINE, "2025年11月28日", _ZH_BODY, "（来源：广西日报）")
    layout = parse(page, "zh")
    assert layout.source_outlet == "广西日报"
    assert "广西日报" not in layout.body_text


def test_bracketed_source_line_naming_a_department_is_shown_not_drafted() -> None:
    page = _page(_ZH_HEADLINE, "2025年11月28日", _ZH_BODY, "（来源：自治区商务厅）")
    layout = parse(page, "zh")
    assert layout.source_outlet is None
    assert layout.source_seen == "自治区商务厅"


def test_byline_with_a_comma_before_the_outlet() -> None:
    page = _page(
        "Busan firms eye Da Nang's high-tech park after investment forum",
        "By Sok Chanthy, The Phnom Penh Post",
        "3 December 2025",
        _BODY,
    )
    assert parse(page, "en").outlet == "The Phnom Penh Post"
    page = page.replace("The Phnom Penh Post", "Staff Writer")
    assert parse(page, "en").outlet is None
