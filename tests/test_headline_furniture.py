"""The headline among a page's kickers, press release headers and decks (issue 13, eleventh
round): each line is read by its shape, and a choice that may be wrong stays flagged (pages
composed for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.extract.layout import parse
from digest.extract.page_furniture import is_navigation
from digest.registries import Registries


def test_a_kicker_of_two_words_is_no_headline_above_a_deck(registries: Registries) -> None:
    """A section label of two long words above the headline ("Coopération internationale")
    shares words with the lead, but says no one did anything: the line below it is the
    headline, not its deck."""
    page = (
        "charente.fr\n"
        "Le Département de la Charente\n"
        "Actualités | Solidarités | Collèges | International\n"
        "Accueil > Actualités > International\n"
        "Coopération internationale\n"
        "Cognac et Quảng Nam renouvellent leur accord sur le tourisme et la formation\n"
        "Publié le 03/06/2025\n"
        "Le Département de la Charente et la province de Quảng Nam ont renouvelé mardi leur "
        "accord de coopération internationale sur le tourisme et la formation des guides.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == (
        "Cognac et Quảng Nam renouvellent leur accord sur le tourisme et la formation"
    )


def test_a_byline_above_the_date_line_does_not_hide_the_deck(registries: Registries) -> None:
    """Headline, a longer deck, then the writer's name above the date line: the name is no
    rival, so the deck printed last is read as one and the headline above it is drafted."""
    page = (
        "IL CORRIERE DI REGGIO\n"
        "Cronaca | Economia | Sport | Cultura\n\n"
        "Reggio Emilia e Quang Ngai, accordo sulla meccanica agricola\n\n"
        "Tre aziende reggiane apriranno a Quang Ngai un centro di assistenza e un corso per "
        "trenta tecnici agricoli\n\n"
        "di Marta Bellini\n"
        "Reggio Emilia, 4 marzo 2025 – ore 08:15\n\n"
        "Reggio Emilia e la provincia di Quang Ngai hanno firmato ieri un accordo sulla "
        "meccanica agricola e sulla formazione tecnica.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "Reggio Emilia e Quang Ngai, accordo sulla meccanica agricola"


def test_a_byline_below_the_headline_is_not_joined_to_it(registries: Registries) -> None:
    """A line starting small goes on with the headline above it, unless it is a byline of a
    writer's name ("di Marta Bellini"); "di" opening the rest of a headline still joins."""
    page = (
        "IL CORRIERE DI REGGIO\n"
        "Cronaca | Economia | Sport | Cultura\n"
        "Reggio Emilia e Quang Ngai firmano un accordo sulla meccanica agricola\n"
        "di Marta Bellini\n"
        "Reggio Emilia, 4 marzo 2025 – ore 08:15\n"
        "Reggio Emilia e la provincia di Quang Ngai hanno firmato ieri un accordo sulla "
        "meccanica agricola e sulla formazione tecnica.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == (
        "Reggio Emilia e Quang Ngai firmano un accordo sulla meccanica agricola"
    )
    split = page.replace("di Marta Bellini\n", "").replace(
        "sulla meccanica agricola\n", "sulla meccanica\ndi trattori e seminatrici\n", 1
    )
    assert draft_text(split, Path("page.txt"), registries).title == (
        "Reggio Emilia e Quang Ngai firmano un accordo sulla meccanica di trattori e seminatrici"
    )


def test_a_headline_below_the_date_line_over_a_longer_deck(registries: Registries) -> None:
    """A press release's label and number above the date line, the headline and a longer deck
    below it: the deck retells the lead more, but the headline is the line above it."""
    page = (
        "Industrie- und Handelskammer Musterstadt\n"
        "Startseite › Presse › Pressemitteilungen\n"
        "Pressemitteilung Nr. 14/2025\n"
        "Musterstadt, 12.05.2025\n"
        "Pflegekräfte aus Vietnam: Kammer schließt Abkommen mit Thái Bình\n"
        "Die ersten 30 Pflegeschülerinnen beginnen im Herbst in Kliniken der Region ihre "
        "Ausbildung – Sprachkurse vor Ort\n"
        "Die Kammer hat mit der Provinz Thái Bình ein Abkommen unterzeichnet: Die ersten 30 "
        "Pflegeschülerinnen beginnen im Herbst in Kliniken der Region ihre Ausbildung, nach "
        "Sprachkursen vor Ort.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "Pflegekräfte aus Vietnam: Kammer schließt Abkommen mit Thái Bình"
    assert "title" in drafted.needs_review  # a label above, two lines below: checked


@pytest.mark.parametrize(
    "issuer",
    [
        "Minister for Trade and Investment; Tourism",
        "Trade Minister the Hon. Jane Smith MLA",
    ],
)
def test_a_ministers_portfolio_line_is_no_headline(registries: Registries, issuer: str) -> None:
    """A government's media statement prints the minister's portfolio or title below its date
    line: it repeats the lead's words, but the headline above it is the page's. The choice
    stays flagged (the only line below the date line was left out)."""
    page = (
        "Government of Northern Territory\n"
        "Media Statements\n"
        "Home > Media Statements > Trade\n"
        "Territory apprentices head to Quang Tri under new tourism pact\n"
        "Monday, 7 April 2025\n"
        f"{issuer}\n"
        "Trade, Investment and Tourism Minister Jane Smith has signed an agreement with the "
        "Vietnamese province of Quang Tri on tourism and investment.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "Territory apprentices head to Quang Tri under new tourism pact"
    assert "title" in drafted.needs_review


def test_a_paragraph_opening_with_a_ministers_title_raises_no_doubt(
    registries: Registries,
) -> None:
    page = (
        "Government of Northern Territory\n"
        "Home > Media Statements > Trade\n"
        "Darwin and Quang Tri sign a skills pact\n"
        "Published Monday, 7 April 2025 at 10:05 AM\n"
        "Minister for Trade and Investment Jane Smith today signed a skills pact with Quang Tri "
        "Province in Darwin, to send vocational trainers there from July.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "Darwin and Quang Tri sign a skills pact"
    assert "title" not in drafted.needs_review


def test_an_issuing_office_and_division_is_no_headline(registries: Registries) -> None:
    """A Japanese prefecture's release prints its office and division below the date line:
    the headline is the line below them."""
    page = (
        "〇〇県ホームページ\n"
        "ホーム > 県政情報 > 報道発表\n"
        "報道発表資料\n"
        "令和7年5月12日\n"
        "農林水産部 国際交流課\n"
        "ベトナム・ゲアン省との農業協力に関する覚書を締結しました\n"
        "知事は、5月9日、県庁においてベトナム・ゲアン省人民委員会の副委員長と会談し、"
        "農業協力に関する覚書を締結しました。\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "ベトナム・ゲアン省との農業協力に関する覚書を締結しました"


def test_a_long_thai_headline_under_a_press_release_label_is_drafted(
    registries: Registries,
) -> None:
    """The label for a press release ("ข่าวประชาสัมพันธ์") is no headline: the Thai headline
    below it, left out of the candidates for its length, is drafted, and flagged."""
    headline = (
        "ผู้ว่าราชการจังหวัดสกลนครนำคณะเยือนจังหวัดกว๋างบิ่ญ สาธารณรัฐสังคมนิยมเวียดนาม "
        "หารือความร่วมมือด้านการค้าการลงทุนและการท่องเที่ยวชายแดน"
    )
    page = (
        "สำนักงานประชาสัมพันธ์จังหวัดสกลนคร\n"
        "หน้าแรก | ข่าวประชาสัมพันธ์ | ข่าวจังหวัด | ติดต่อเรา\n"
        "ข่าวประชาสัมพันธ์\n"
        f"{headline}\n"
        "วันที่ 3 มิถุนายน 2568 เวลา 14:20 น.\n"
        "ผู้ว่าราชการจังหวัดสกลนครนำคณะเยือนจังหวัดกว๋างบิ่ญ เพื่อหารือความร่วมมือด้านการค้า"
        "การลงทุนและการท่องเที่ยวชายแดน\n"
    )
    assert len(headline) > 110
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == headline
    assert "title" in drafted.needs_review


@pytest.mark.parametrize(
    "label",
    [
        "Media release",
        "For immediate release",
        "Communiqué de presse",
        "Comunicato stampa n. 12",
        "Nota de prensa",
        "Pressemitteilung Nr. 3/2025",
        "Komunikat prasowy",
        "Пресс-релиз",
        "Thông cáo báo chí",
        "新闻稿",
        "プレスリリース",
        "보도자료",
        "بيان صحفي",
        "प्रेस विज्ञप्ति",
    ],
)
def test_a_press_release_label_is_never_the_headline(label: str) -> None:
    """A release's label above a headline too long to be a candidate (two clauses, 120
    characters): the headline is drafted, and flagged."""
    headline = (
        "The province and Da Nang sign an accord on vocational training, port logistics and "
        "tourism for the next three years"
    )
    assert len(headline) > 110
    lead = "The province signed an accord on vocational training with Da Nang today."
    layout = parse(f"{label}\n{headline}\n12/05/2025\n{lead}\n", "en")
    assert layout.headline == headline
    assert layout.headline_uncertain


def test_sections_set_apart_by_middle_dots_make_a_menu(registries: Registries) -> None:
    page = (
        "Diario del Puerto\n"
        "Portada · Empresas · Comercio Exterior · Logística · Opinión\n"
        "Bilbao y Quang Ninh firman un acuerdo de cooperación portuaria\n"
        "Redacción | BILBAO | 19·11·25 - 07:45\n"
        "La Autoridad Portuaria de Bilbao y la provincia de Quang Ninh firmaron ayer un acuerdo "
        "de cooperación portuaria y de formación de técnicos.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "Bilbao y Quang Ninh firman un acuerdo de cooperación portuaria"
    assert is_navigation("Inicio · Noticias · Comercio Exterior · Agro")
    # A byline's or date line's fields are no menu.
    assert not is_navigation("Por Ana Gil · Madrid · EFE")
    assert not is_navigation("Hà Nội · 12/11/2025 · 3 phút đọc · Thời sự")


def test_a_row_of_the_articles_tools_below_the_date_line_keeps_the_headline(
    registries: Registries,
) -> None:
    """Font size, print and share buttons below the date line ("글씨크기 가 가 | 인쇄 | 공유")
    are the article's tools, not a menu that wipes the headline above them."""
    page = (
        "경남뉴스\n"
        "전체기사 | 정치 | 경제 | 사회 | 국제\n"
        "창원시, 베트남 다낭시와 청년 기술인력 교류 협약 체결\n"
        "이지은 기자 | 입력 2025.09.02 09:30 | 댓글 0\n"
        "글씨크기 가 가 | 인쇄 | 공유\n"
        "창원시가 베트남 다낭시와 청년 기술인력 교류 협약을 체결했다고 2일 밝혔다. 양 시는 매년 "
        "기술인력 20명을 교류한다.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "창원시, 베트남 다낭시와 청년 기술인력 교류 협약 체결"
    assert not is_navigation("Imprimer | Taille du texte A A | Partager")
    assert is_navigation("Accueil | Politique | Stampa | Culture")


def test_a_papers_own_dateline_of_a_place_and_a_date_dates_the_page(
    registries: Registries,
) -> None:
    """No date line above the first paragraph, which opens with the paper's own dateline (a
    place, a comma, the date, its initials, a danda): that date is the page's."""
    page = (
        "दैनिक उदाहरण\n"
        "मुख्य पृष्ठ  राज्य  देश-विदेश  पर्यटन\n"
        "पर्यटन\n"
        "गया और क्वांग निन्ह के बीच पर्यटन सहयोग पर करार\n"
        "गया, 12 अप्रैल 2025 (दै.उ.)। बिहार के पर्यटन विभाग ने वियतनाम के क्वांग निन्ह प्रांत के "
        "साथ पर्यटन सहयोग पर करार किया।\n"
    )
    assert draft_text(page, Path("page.txt"), registries).date == "2025-04-12"
    # A place's name opening the first sentence, with no date after its comma, dates nothing.
    undated = page.replace("गया, 12 अप्रैल 2025 (दै.उ.)। ", "गया, बिहार का एक शहर, ")
    assert draft_text(undated, Path("page.txt"), registries).date is None


def test_a_caption_ending_with_its_day_is_no_headline_above_the_date_line(
    registries: Registries,
) -> None:
    """A photo's caption above the date line ends with the day it was taken ("…, 14 травня");
    the headline below the date line is the page's, though the caption shares more words
    with the lead. The choice stays flagged."""
    page = (
        "Львівська обласна державна адміністрація\n"
        "Головна / Новини / Міжнародна співпраця\n"
        "Фото: пресслужба ОДА\n"
        "Зустріч з делегацією в'єтнамської провінції Хайзионг у Львові, 14 травня\n"
        "15.05.2025 | 10:20\n"
        "Львівщина та Хайзионг підписали угоду про обмін студентами\n"
        "14 травня у Львові відбулася зустріч з делегацією в'єтнамської провінції Хайзионг, "
        "під час якої сторони підписали угоду.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "Львівщина та Хайзионг підписали угоду про обмін студентами"
    assert "title" in drafted.needs_review
