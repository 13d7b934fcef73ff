"""What an editor sees of the headline, date and outlet on pages that print related stories,
taglines and date lines around the headline (issue 13, seventh round, layout)."""

import datetime as dt

from digest.extract.layout import parse
from digest.extract.page_furniture import is_navigation

LEAD_EN = (
    "The state government of Queensland and the People's Committee of Huế City signed an "
    "agreement on Monday to train 300 nursing students over three years."
)
SECOND_EN = "Queensland colleges will send 12 instructors to Huế each year, the chairman said."


def _page(*lines: str) -> str:
    return "\n".join(lines)


def test_a_related_list_above_the_headline_is_neither_headline_nor_the_end() -> None:
    layout = parse(
        _page(
            "Latest | Politics | Economy | World",
            "Related",
            "Quảng Ninh welcomes first cruise ship of the season",
            "Hải Phòng opens new container berth for deep-sea vessels",
            "EDUCATION",
            "Queensland signs vocational training pact with Huế",
            "Monday, November 24, 2025 - 14:20",
            LEAD_EN,
            SECOND_EN,
        ),
        "en",
    )
    assert layout.headline == "Queensland signs vocational training pact with Huế"
    assert layout.date == dt.date(2025, 11, 24)
    assert layout.headline_uncertain  # a list of headlines stood above it
    assert "Quảng Ninh" not in layout.body_text
    assert "Hải Phòng" not in layout.body_text


def test_without_a_kicker_the_related_lists_last_line_is_the_headline() -> None:
    layout = parse(
        _page(
            "Related",
            "Hải Phòng opens new container berth for deep-sea vessels",
            "Queensland signs vocational training pact with Huế",
            "Monday, November 24, 2025 - 14:20",
            LEAD_EN,
        ),
        "en",
    )
    assert layout.headline == "Queensland signs vocational training pact with Huế"
    assert layout.headline_uncertain


def test_a_read_more_link_at_the_end_still_ends_the_article() -> None:
    layout = parse(
        _page(
            "Queensland signs vocational training pact with Huế",
            "Monday, November 24, 2025 - 14:20",
            LEAD_EN,
            "Read more",
            "Hải Phòng opens new container berth for deep-sea vessels",
        ),
        "en",
    )
    assert layout.headline == "Queensland signs vocational training pact with Huế"
    assert "Hải Phòng" not in layout.body_text


def test_a_related_box_inside_the_article_is_dropped_and_the_article_goes_on() -> None:
    layout = parse(
        _page(
            "Đà Nẵng và Vladivostok ký kết biên bản ghi nhớ hợp tác du lịch",
            "01/12/2025 07:45 | Cập nhật: 01/12/2025 18:10",
            "Chiều 30/11, UBND thành phố Đà Nẵng và chính quyền thành phố Vladivostok ký kết biên "
            "bản ghi nhớ về hợp tác phát triển du lịch.",
            "Tin liên quan",
            "Đà Nẵng đón đoàn du khách Ấn Độ đầu tiên của năm",
            "Hội An lọt top điểm đến hấp dẫn nhất châu Á",
            "Phó Chủ tịch UBND thành phố Trần Chí Cường cho biết năm 2025 Đà Nẵng đón khoảng "
            "180.000 lượt khách Nga.",
        ),
        "vi",
    )
    assert layout.date == dt.date(2025, 12, 1)
    assert "Trần Chí Cường" in layout.body_text
    assert "Hội An" not in layout.body_text
    assert "Ấn Độ" not in layout.body_text


def test_a_next_story_with_one_headline_is_no_box_inside_the_article() -> None:
    layout = parse(
        _page(
            "Đà Nẵng và Vladivostok ký kết biên bản ghi nhớ hợp tác du lịch",
            "01/12/2025 07:45",
            "Chiều 30/11, UBND thành phố Đà Nẵng và chính quyền thành phố Vladivostok ký kết biên "
            "bản ghi nhớ về hợp tác phát triển du lịch.",
            "Xem thêm",
            "Hải Phòng thu hút thêm hai dự án FDI từ Hàn Quốc",
            "Sáng 27/11, UBND thành phố Hải Phòng trao giấy chứng nhận đầu tư cho hai doanh nghiệp "
            "Hàn Quốc tại khu công nghiệp Tràng Duệ.",
        ),
        "vi",
    )
    assert "Hải Phòng" not in layout.body_text


def test_a_headline_below_the_date_line_beats_the_tagline_above_and_is_flagged() -> None:
    layout = parse(
        _page(
            "BÁO ĐIỆN TỬ QUẢNG NGÃI",
            "Cơ quan của Đảng bộ tỉnh Quảng Ngãi",
            "Trang chủ > Thời sự > Đối ngoại",
            "Thứ Tư, 03/12/2025 - 09:30",
            "ĐỐI NGOẠI",
            "Quảng Ngãi và tỉnh Gyeonggi thúc đẩy hợp tác đào tạo nghề",
            "Sáng 2/12, UBND tỉnh Quảng Ngãi tiếp đoàn công tác của chính quyền tỉnh Gyeonggi "
            "(Hàn Quốc) để bàn về đào tạo nghề cho lao động.",
            "Tỉnh Gyeonggi sẽ tiếp nhận 200 học viên của Quảng Ngãi vào các trường nghề.",
        ),
        "vi",
    )
    assert layout.headline == "Quảng Ngãi và tỉnh Gyeonggi thúc đẩy hợp tác đào tạo nghề"
    assert layout.headline_uncertain
    assert layout.date == dt.date(2025, 12, 3)
    assert "thúc đẩy hợp tác" not in layout.body_text  # the headline is not a paragraph too


def test_a_menu_line_above_a_date_line_is_not_the_headline_below_it() -> None:
    layout = parse(
        _page(
            "Thời sự  Góc nhìn  Thế giới  Kinh doanh  Bất động sản  Khoa học",
            "Kinh doanh › Quốc tế",
            "Thứ sáu, 28/11/2025, 16:42 (GMT+7)",
            "Doanh nghiệp Nhật Bản rót 50 triệu USD vào khu công nghiệp ở Bắc Ninh",
            "Sáng 27/11, Tập đoàn Sanwa Seiki (Nhật Bản) khởi công nhà máy với tổng vốn đầu tư 50 "
            "triệu USD tại khu công nghiệp Yên Phong, tỉnh Bắc Ninh.",
        ),
        "vi",
    )
    assert (
        layout.headline == "Doanh nghiệp Nhật Bản rót 50 triệu USD vào khu công nghiệp ở Bắc Ninh"
    )
    # Sections of several words set apart by wide gaps are read as a menu since the tenth
    # round: it is no rival headline, and the one below the date line stands alone.
    assert is_navigation("Thời sự  Góc nhìn  Thế giới  Kinh doanh  Bất động sản  Khoa học")
    assert layout.date == dt.date(2025, 11, 28)


def test_updated_lines_and_reading_times_below_the_date_line_are_no_rivals() -> None:
    layout = parse(
        _page(
            "Ninh Bình hosts Japanese heritage experts",
            "Heritage Vietnam Today — Tuesday 2 December 2025, 08:05",
            "Updated 3 hours ago",
            "Reading time: 3 minutes",
            "A team of eight conservation experts from JICA began a survey of the Tràng An "
            "landscape complex in Ninh Bình on Monday.",
        ),
        "en",
    )
    assert layout.headline == "Ninh Bình hosts Japanese heritage experts"
    assert not layout.headline_uncertain
    assert layout.date == dt.date(2025, 12, 2)
    assert layout.outlet == "Heritage Vietnam Today"


def test_a_title_line_confirms_the_headline_it_repeats() -> None:
    layout = parse(
        _page(
            "Ninh Bình hosts Japanese heritage experts | Heritage Vietnam Today",
            "Ninh Bình hosts Japanese heritage experts",
            "2 December 2025",
            "A team of eight conservation experts from JICA began a survey of the Tràng An "
            "landscape complex in Ninh Bình on Monday.",
        ),
        "en",
    )
    assert layout.headline == "Ninh Bình hosts Japanese heritage experts"
    assert not layout.headline_uncertain


def test_a_byline_with_outlet_and_zone_gives_date_and_outlet() -> None:
    layout = parse(
        _page(
            "Busan port operator eyes Đồng Nai logistics hub",
            "The Korean port authority plans a cold-storage terminal near Long Thành airport.",
            "By Lan Huong | Saigon Business Times | December 3, 2025, 10:15 GMT+7",
            "4 min read",
            "Busan Port Authority signed a memorandum with the People's Committee of Đồng Nai "
            "Province on Tuesday to study a logistics hub worth 120 million USD.",
        ),
        "en",
    )
    assert layout.headline == "Busan port operator eyes Đồng Nai logistics hub"
    assert layout.date == dt.date(2025, 12, 3)
    assert layout.outlet == "Saigon Business Times"


def test_korean_posting_line_and_reporter_give_the_date_and_no_outlet() -> None:
    layout = parse(
        _page(
            "국제 > 아시아",
            "경북도, 베트남 타이응우옌성과 스마트농업 협력 강화",
            "입력 2025.12.03 09:30 | 수정 2025.12.03 11:02",
            "김민수 기자",
            "경상북도는 2일 도청에서 베트남 타이응우옌성 대표단과 스마트농업 협력을 위한 "
            "업무협약을 맺었다고 3일 밝혔다.",
        ),
        "ko",
    )
    assert layout.headline == "경북도, 베트남 타이응우옌성과 스마트농업 협력 강화"
    assert layout.date == dt.date(2025, 12, 3)
    assert layout.outlet is None


def test_labelled_fields_below_the_date_line_do_not_make_the_headline_uncertain() -> None:
    layout = parse(
        _page(
            "Queensland signs vocational training pact with Huế",
            "Monday, November 24, 2025 - 14:20",
            "Reporter: Nguyen Thi Lan Anh and Tran Minh Quan",
            LEAD_EN,
        ),
        "en",
    )
    assert layout.headline == "Queensland signs vocational training pact with Huế"
    assert not layout.headline_uncertain


def test_a_headline_that_shares_nothing_with_its_article_is_flagged() -> None:
    layout = parse(
        _page(
            "Hải Phòng opens new container berth for deep-sea vessels",
            "Monday, November 24, 2025 - 14:20",
            LEAD_EN,
            SECOND_EN,
        ),
        "en",
    )
    assert layout.headline_uncertain


def test_a_thai_headline_is_matched_by_its_characters_not_its_spaces() -> None:
    layout = parse(
        _page(
            "ชลบุรีลงนามความร่วมมือกับนครดานังด้านท่าเรือ",
            "25 พฤศจิกายน 2568",
            "จังหวัดชลบุรีลงนามบันทึกความเข้าใจความร่วมมือด้านท่าเรือและโลจิสติกส์กับนครดานังของเวียดนาม "
            "เมื่อวันที่ 24 พฤศจิกายน",
        ),
        "th",
    )
    assert layout.headline == "ชลบุรีลงนามความร่วมมือกับนครดานังด้านท่าเรือ"
    assert not layout.headline_uncertain
