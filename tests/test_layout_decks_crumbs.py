"""What an editor sees of the headline and date on pages with decks, breadcrumbs that end with
the headline, headlines over two lines, dated captions and dated related lists (issue 13, eighth
round, layout)."""

import datetime as dt

from digest.extract.layout import parse
from digest.extract.page_furniture import breadcrumb_headline, is_caption

LEAD_ES = (
    "El Gobierno de Cataluña y la ciudad vietnamita de Cần Thơ acordaron este lunes un programa "
    "de riego inteligente para los arrozales del delta del Mekong."
)
SECOND_ES = "La consellera de Agricultura precisó que el Govern aportará 1,2 millones de euros."
LEAD_EN = (
    "The South Korean city of Busan will train 200 welders and engineers from the port city of "
    "Hải Phòng at its maritime college over the next five years, officials said on Monday."
)
SECOND_EN = "The city would fund the programme with $1.5 million, covering tuition and travel."
LEAD_VI = (
    "Ngày 13/7, UBND tỉnh Đồng Nai và chính quyền thành phố Changwon (Hàn Quốc) đã ký kết thỏa "
    "thuận xây dựng trung tâm đào tạo nghề cơ khí tại TP Biên Hòa."
)
SECOND_VI = "Thành phố Changwon sẽ cử 15 chuyên gia sang giảng dạy tại trung tâm."
HEADLINE_ES = "Cataluña llevará riego inteligente a los arrozales de Cần Thơ"
DECK_ES = "Agrónomos catalanes asesorarán durante dos años a 300 cooperativas del delta del Mekong"


def _page(*lines: str) -> str:
    return "\n".join(lines)


def test_a_deck_under_the_headline_is_not_the_headline() -> None:
    layout = parse(
        _page(
            "Noticias | Catalunya | Mundo | Opinión",
            "Mundo",
            HEADLINE_ES,
            DECK_ES,
            "lunes, 7 de julio de 2025, 18:05",
            LEAD_ES,
            SECOND_ES,
        ),
        "es",
    )
    assert layout.headline == HEADLINE_ES
    assert layout.date == dt.date(2025, 7, 7)
    assert layout.headline_uncertain  # the deck was a rival: an editor looks


def test_a_caption_above_the_headline_is_never_taken_for_it() -> None:
    # The longest line is the headline; the line above it is a photo credit, no headline.
    layout = parse(
        _page(
            "Noticias | Catalunya | Mundo | Opinión",
            "Fotografia: Gobierno de Cataluña y Cần Thơ",
            HEADLINE_ES,
            "lunes, 7 de julio de 2025, 18:05",
            LEAD_ES,
            SECOND_ES,
        ),
        "es",
    )
    assert layout.headline == HEADLINE_ES


def test_a_deck_is_only_read_where_nothing_but_headings_stand_above_the_date_line() -> None:
    # A full sentence under the headline: the longest heading is the headline, as before.
    layout = parse(
        _page(
            "Noticias | Catalunya | Mundo | Opinión",
            "Técnicos catalanes en Cần Thơ",
            HEADLINE_ES,
            "El Govern aportará 1,2 millones de euros al programa.",
            "lunes, 7 de julio de 2025, 18:05",
            LEAD_ES,
            SECOND_ES,
        ),
        "es",
    )
    assert layout.headline == HEADLINE_ES


def test_a_breadcrumb_ending_with_the_headline_confirms_the_all_caps_headline() -> None:
    layout = parse(
        _page(
            "THE MEKONG LEDGER",
            "Home | Vietnam | World | Business",
            "Home / World / Busan to train 200 Vietnamese shipyard workers",
            "WORLD",
            "BUSAN TO TRAIN 200 VIETNAMESE SHIPYARD WORKERS",
            "Published July 14, 2025 | 10:31 AM GMT+7",
            LEAD_EN,
            SECOND_EN,
        ),
        "en",
    )
    assert layout.headline == "BUSAN TO TRAIN 200 VIETNAMESE SHIPYARD WORKERS"
    assert not layout.headline_uncertain
    assert layout.date == dt.date(2025, 7, 14)


def test_breadcrumb_headline_shape() -> None:
    assert breadcrumb_headline("홈 > 국제 > 울산시, 베트남 꽝닌성과 관광 교류 확대") == (
        "울산시, 베트남 꽝닌성과 관광 교류 확대"
    )
    assert breadcrumb_headline("Home › World › Asia") is None  # sections only
    assert breadcrumb_headline("World / Busan trains welders for Hải Phòng yards") is None


def test_a_headline_printed_over_two_lines_is_joined() -> None:
    layout = parse(
        _page(
            "News  Business  World  Culture",
            "Busan to train 200 Vietnamese",
            "shipyard workers in Hải Phòng",
            "Mon, 14 Jul 2025 - 09:15",
            LEAD_EN,
            SECOND_EN,
        ),
        "en",
    )
    assert layout.headline == "Busan to train 200 Vietnamese shipyard workers in Hải Phòng"
    assert layout.headline_uncertain  # joined by its shape alone: an editor checks it


def test_a_date_line_starting_small_is_not_joined_to_the_headline() -> None:
    layout = parse(
        _page(
            "Noticias | Catalunya | Mundo | Opinión",
            HEADLINE_ES,
            "lunes, 7 de julio de 2025, 18:05",
            LEAD_ES,
            SECOND_ES,
        ),
        "es",
    )
    assert layout.headline == HEADLINE_ES
    assert layout.date == dt.date(2025, 7, 7)


def test_a_dated_caption_above_the_headline_is_no_date_line() -> None:
    caption = "[사진] 2025년 7월 10일 하롱베이를 찾은 울산 관광업계 대표단. 사진=울산시 제공"
    assert is_caption(caption)
    layout = parse(
        _page(
            "동남일보",
            "홈 > 국제 > 울산시, 베트남 꽝닌성과 관광 교류 확대",
            caption,
            "울산시, 베트남 꽝닌성과 관광 교류 확대",
            "기사입력 2025-07-14 10:31 | 최종수정 2025-07-15 09:02",
            "울산시는 베트남 꽝닌성과 관광 교류 확대를 위한 협약을 맺었다고 14일 밝혔다.",
            "두 지역은 내년까지 관광객 3만 명 상호 방문을 목표로 공동 홍보관을 운영한다.",
        ),
        "ko",
    )
    assert layout.date == dt.date(2025, 7, 14)
    assert layout.headline == "울산시, 베트남 꽝닌성과 관광 교류 확대"


def test_dated_items_of_a_list_above_the_headline_are_not_its_date() -> None:
    layout = parse(
        _page(
            "Thời sự | Chính trị | Kinh tế",
            "Tin mới",
            "10:15 13/07/2025 Khánh thành cầu vượt nút giao Dầu Giây",
            "08:40 12/07/2025 Đồng Nai đón đoàn doanh nghiệp Đài Loan",
            "HỢP TÁC QUỐC TẾ",
            "Thành phố Changwon hỗ trợ Đồng Nai xây dựng trung tâm đào tạo nghề",
            "14/07/2025 | 10:31",
            LEAD_VI,
            SECOND_VI,
        ),
        "vi",
    )
    assert layout.date == dt.date(2025, 7, 14)
    assert layout.headline == "Thành phố Changwon hỗ trợ Đồng Nai xây dựng trung tâm đào tạo nghề"
    assert "Dầu Giây" not in layout.body_text


def test_a_bare_date_between_two_listed_headlines_belongs_to_the_list() -> None:
    layout = parse(
        _page(
            "Noticias | Catalunya | Mundo | Opinión",
            "Lo más leído",
            "Barcelona acoge una feria de cerámica vietnamita",
            "12/07/2025",
            "El puerto de Tarragona bate su récord de contenedores",
            "Mundo",
            HEADLINE_ES,
            "lunes, 7 de julio de 2025, 18:05",
            LEAD_ES,
            SECOND_ES,
        ),
        "es",
    )
    assert layout.date == dt.date(2025, 7, 7)
    assert layout.headline == HEADLINE_ES


def test_the_articles_own_date_line_after_a_related_list_is_kept() -> None:
    # A bare date below the list's last line, a paragraph after it: the article's own date line.
    layout = parse(
        _page(
            "Noticias | Catalunya | Mundo | Opinión",
            "Noticias relacionadas",
            "Barcelona acoge una feria de cerámica vietnamita",
            HEADLINE_ES,
            "07/07/2025",
            LEAD_ES,
            SECOND_ES,
        ),
        "es",
    )
    assert layout.date == dt.date(2025, 7, 7)
    assert layout.headline == HEADLINE_ES
