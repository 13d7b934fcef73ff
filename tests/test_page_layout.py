"""Articles copied from real-looking pages: site furniture around the article is not read as
its headline, its places or its people; the page-like corpus keeps its scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.extract.layout import parse
from digest.extract.page_furniture import (
    is_more_link,
    is_page_furniture,
    is_share_bar,
    is_story_link,
    without_wire_dateline,
)
from digest.registries import Registries
from tools.evaluation import compare_sets, evaluate

# Composed by the team in the layout of an aggregator page.
PAGE = """Menu
Search
Close
Home > Localities
Officials at the meeting in Dong Ha. Photo: VNA
image 1
Quang Tri and Savannakhet agree on two new border markets
Posted on 04/06/2025
Hanoi (VNA) – Quang Tri province and Savannakhet province of Laos agreed on June 3 to open two border markets.

Chairman of the Quang Tri Provincial People's Committee Vo Van Hung received the delegation.

Read more
Israel and Hanoi talk water
Ambassador Yaron Mayer met Deputy Minister Tran Van Binh.

Comments (3)
Source: https://baoquangtri.vn/quang-tri-savannakhet-cho-bien-gioi-a1.html
"""


def test_menus_captions_next_story_and_dateline_are_not_the_article(
    registries: Registries,
) -> None:
    drafted = draft_text(PAGE, Path("page.txt"), registries)
    assert drafted.title == "Quang Tri and Savannakhet agree on two new border markets"
    assert "title" not in drafted.needs_review
    assert drafted.date == "2025-06-04"
    assert drafted.outlet is None
    assert (
        drafted.source_url == "https://baoquangtri.vn/quang-tri-savannakhet-cho-bien-gioi-a1.html"
    )
    # Hanoi is only the agency's dateline and the next story's: not a province of this one.
    assert drafted.provinces == ["quang-tri"]
    assert [p["id"] for p in drafted.partners] == ["la-savannakhet"]
    assert [p["name"] for p in drafted.people] == ["Vo Van Hung"]
    assert "Yaron Mayer" not in drafted.body_markdown


def test_a_masthead_beside_the_headline_makes_the_title_a_question(
    registries: Registries,
) -> None:
    page = (
        "Le Courrier des Provinces du Vietnam\n"
        "Quảng Trị et la province de Savannakhet ouvrent deux marchés frontaliers\n"
        "Le président du Comité populaire de Quảng Trị, Võ Văn Hưng, a reçu la délégation.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title.startswith("Quảng Trị et la province de Savannakhet")
    assert "title" in drafted.needs_review


def test_furniture_words_in_several_languages() -> None:
    for line in ("閉じる", "Fermer", "ảnh 1", "画像1", "Home > World > Asia", "By Minh Chau",
                 "Quang cảnh buổi làm việc. Ảnh: Báo Hà Tĩnh", "写真：調印式の様子"):  # fmt: skip
        assert is_page_furniture(line), line
    for line in (
        "Read more",
        "Ver más",
        "Voir plus",
        "Xem thêm",
        "더보기",
        "もっと見る",
        "Comments (2)",
        "Réagir (0 commentaire)",  # a comment button with its counter: no figure 0
    ):
        assert is_more_link(line), line
    assert not is_page_furniture("Quang Tri and Savannakhet agree on two new border markets")
    assert not is_more_link("More than 300 students took part")
    assert without_wire_dateline("Hanoi (VNA) – Quang Tri province") == "Quang Tri province"
    assert without_wire_dateline("【ハノイ＝ベトナム通信】ゲアン省") == "ゲアン省"
    assert without_wire_dateline("越通社河内5月12日电 越南广宁省") == "越南广宁省"
    assert (
        without_wire_dateline("Matanzas, Cuba, 3 jun (Prensa Latina) La provincia de Matanzas")
        == "La provincia de Matanzas"
    )
    assert (
        without_wire_dateline("Казань, 14 октября. /ТАСС/. Республика Татарстан подписала")
        == "Республика Татарстан подписала"
    )
    # A place and a date before a dash, or a place alone: the paper's own dateline.
    assert (
        without_wire_dateline("Новосибирск, 12 ноября – Ректор НГУ провёл встречу")
        == "Ректор НГУ провёл встречу"
    )
    assert without_wire_dateline("Curitiba – O governador do Paraná") == "O governador do Paraná"
    # A sentence with a name in brackets is no dateline, nor a hyphenated pair of places.
    sentence = "The Embassy of Japan (Tokyo Office) said it would help."
    assert without_wire_dateline(sentence) == sentence
    pair = "Quang Tri - Savannakhet ties grow, 12 agreements signed"
    assert without_wire_dateline(pair) == pair


def test_a_country_never_matches_one_of_its_localities() -> None:
    score = compare_sets(["jp-nagano"], ["jp"])
    assert (score.counts.tp, score.counts.fp, score.counts.fn) == (0, 1, 1)


def test_the_held_out_page_corpus_keeps_its_score() -> None:
    # tests/extraction_pages_holdout was split off before any tuning and is never tuned on.
    # Measured before the page-furniture rules: macro F1 0.708; after them: 0.897. With the
    # pl, de and ar articles (11 in all) before the generated partners: 0.862; after: 0.905;
    # with the rules for people, counts, short articles' topics and wire dates: 0.941.
    pages = evaluate(Path(__file__).parent / "extraction_pages_holdout")
    assert len(pages.articles) == 11
    assert pages.macro_f1 >= 0.93
    assert pages.counts()["partners"].f1 >= 0.85
    assert pages.counts()["province"].f1 == 1.0
    assert not pages.failures


def test_a_later_stop_of_the_trip_is_not_a_partner(registries: Registries) -> None:
    page = (
        "Quang Ninh and Gangwon sign a tourism memorandum\n"
        "Quang Ninh province and Gangwon Province of Korea signed a tourism memorandum. "
        "The Korean delegation will continue its trip to Busan before returning home.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert [p["id"] for p in drafted.partners] == ["kr-gangwon"]
    ja = (
        "ゲアン省、静岡県と協力\n"
        "ゲアン省の代表団は静岡県の知事と会談した。代表団はこの後、愛知県を経由して帰国する。\n"
    )
    drafted = draft_text(ja, Path("page.txt"), registries)
    assert [p["id"] for p in drafted.partners] == ["jp-shizuoka"]
    ja = "ゲアン省、静岡県と協力\nゲアン省の代表団は静岡県の知事と会談した。一行はこの後、大阪へ向かいます。\n"
    drafted = draft_text(ja, Path("page.txt"), registries)
    assert [p["id"] for p in drafted.partners] == ["jp-shizuoka"]
    es = (
        "Nghe An y Cienfuegos firman un acuerdo\n"
        "La provincia de Nghe An y la provincia cubana de Cienfuegos firmaron un acuerdo de "
        "cooperación. La delegación vietnamita viajará después a La Habana antes de regresar.\n"
    )
    drafted = draft_text(es, Path("page.txt"), registries)
    assert [p["id"] for p in drafted.partners] == ["cu-cienfuegos"]
    # A university the visitors call on later, joined to a city by 와, is a stop too.
    ko = (
        "경북도, 베트남 꽝찌성과 농업 협력\n"
        "경상북도는 꽝찌성 대표단과 농업 협력을 논의했다. 대표단은 23일 경북대학교와 포항을 "
        "방문한 뒤 귀국한다.\n"
    )
    drafted = draft_text(ko, Path("page.txt"), registries)
    assert [p["id"] for p in drafted.partners] == ["kr-gyeongsangbuk"]


def test_captions_said_by_their_shape_are_not_headlines() -> None:
    # Composed lines: what a caption says ("In the photo"), where people stand in it, the
    # marker before it and the credit after it.
    for line in (
        "Delegates of Gia Lai (second from left) visit a coffee farm. VNA/Photo",
        "In the photo, the two governors at the signing",
        "Sur la photo, les deux délégations à Huê",
        "▲ 양측 대표단이 기념촬영을 하고 있다",
        "图片：签约仪式现场",
        "Auf dem Bild: Die Delegation aus Lao Cai (Mitte)",
        "ผู้ว่าราชการจังหวัด (กลาง) ต้อนรับคณะผู้แทน",
        "ภาพ: ผู้ว่าราชการจังหวัดต้อนรับคณะผู้แทน",
        "Les étudiants seront accueillis sur le campus de Lyon. (©Illustration / Le Progrès)",
        "Delegates from Siem Reap and Quang Nam at the signing. Photo supplied",
        "The governor receives the Long An delegation. Supplied",
        "Lãnh đạo tỉnh tiếp đoàn công tác. Ảnh minh họa",
        # "Image:" credits like "Photo:", and a credit may say its kind.
        "Image: The councillor with the Vietnamese delegation at the harbour",
        "Foto ilustrativa: viñedos en Mendoza (archivo)",
        "Immagine di repertorio: il porto di Ancona",
    ):
        assert is_page_furniture(line), line
    for line in (
        "Image of Vietnam: a new exhibition opens in Hue",
        "Photographers from Hue win a prize in Lyon",
        "Left behind: Dak Lak farmers",
        "Quang Nam supplied rice to Siem Reap",
    ):
        assert not is_page_furniture(line), line


@pytest.mark.parametrize(
    ("lang", "share_bar"),
    [
        ("pl", "Udostępnij: Facebook X E-mail"),
        ("ko", "공유하기 페이스북 트위터 카카오톡 URL복사"),
        ("de", "Teilen: Facebook | WhatsApp | E-Mail"),
        ("ar", "شارك: فيسبوك | إكس | واتساب"),
        ("th", "แชร์ Facebook LINE X"),
        ("zh", "分享到：微信 微博 QQ空间"),
    ],
)
def test_share_buttons_above_the_article_are_neither_its_text_nor_its_end(
    lang: str, share_bar: str
) -> None:
    page = (
        f"Headline of the page\n12.05.2025\n{share_bar}\n"
        "The first paragraph of the article, long enough to be a paragraph and not a heading.\n"
    )
    assert parse(page, lang).body_text.startswith("The first paragraph")


def test_a_share_label_opening_a_headline_is_no_share_bar() -> None:
    for line in ("Share the road: Hue and Lyon agree on cycling", "Share: 12 ideas for Hue",
                 "Chia sẻ kinh nghiệm"):  # fmt: skip
        assert not is_share_bar(line), line


def test_the_next_story_link_in_more_languages() -> None:
    for line in ("Leggi anche", "Veja também", "Related stories", "相关阅读", "อ่านเพิ่มเติม",
                 "Tin cùng chuyên mục", "यह भी पढ़ें", "अधिक पढ़ें", "Ещё по теме", "Most Popular",
                 "上一篇：昆明举办农产品展", "分享到：微信 微博", "แชร์ข่าวนี้"):  # fmt: skip
        assert is_more_link(line), line
    assert not is_more_link("Most popular dishes of Hue win a prize")


def test_related_stories_under_other_headings_end_the_article() -> None:
    """Headings of related stories and releases that pages print under the article, one with an
    arrow that opens the list; a sentence that starts with the same words is no heading."""
    for line in ("Related releases", "Related media statements", "संबंधित समाचार",
                 "อ่านข่าวที่เกี่ยวข้อง", "▼関連記事を表示", "관련 뉴스"):  # fmt: skip
        assert is_more_link(line), line
    assert not is_more_link("Related releases from the ministry praised the Hue festival")


def test_a_link_to_a_story_on_another_site_is_not_the_article() -> None:
    """ "Read on <site>: <headline>" links to another site's story: its numbers are not the
    article's."""
    assert is_story_link("Read on Tuoi Tre: Hue to open three new bus routes")
    assert is_story_link("Lire sur Le Courrier : Lyon accueille deux délégations")
    assert not is_story_link("Readers: more than 20 letters arrived")


def test_what_stands_above_the_menus_is_the_sites_name_not_the_headline(
    registries: Registries,
) -> None:
    page = (
        "Politechnika Pomorska w Słupsku – serwis informacyjny uczelni\n"
        "Aktualności  Uczelnia  Studia  Nauka\n"
        "Strona główna / Aktualności / Współpraca\n"
        "Porozumienie z prowincją Nghệ An\n"
        "Opublikowano: 09.06.2025\n"
        "Rektor podpisał w poniedziałek porozumienie o współpracy z prowincją Nghệ An w "
        "Wietnamie. Uczelnia przyjmie pięciu studentów.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "Porozumienie z prowincją Nghệ An"


def test_a_byline_or_an_update_label_on_the_date_line_is_not_the_outlet(
    registries: Registries,
) -> None:
    for date_line in (
        "By Lan Huong | Friday, April 4, 2025 10:02",
        "Von Jonas Keller | 04.04.2025, 09:12 Uhr",
        "di Marta Rinaldi – 04/04/2025",
        "Autor: Ewa Lis, 04.04.2025, 08:15",
        "입력 2025.04.04 10:11  수정 2025.04.04 11:40",
        "Publié le 04/04/2025 à 08h15",
        "Lan Huong | 4 April 2025 | 17:30 ICT",
    ):
        page = f"Nghe An and Vientiane Province open a new bus route\n{date_line}\n" + (
            "Nghe An province and Vientiane Province of Laos opened a bus route on Thursday.\n"
        )
        drafted = draft_text(page, Path("page.txt"), registries)
        assert drafted.date == "2025-04-04", date_line
        assert drafted.outlet in (None, "Lan Huong"), date_line
        assert drafted.outlet is None or date_line.startswith("Lan Huong")
    # The place of a dateline in a script with vowel signs is no outlet either.
    page = (
        "गुजरात और दा नांग के बीच पर्यटन समझौता\nअहमदाबाद, 3 दिसंबर 2025\n"
        "गुजरात सरकार ने दा नांग शहर के साथ पर्यटन पर समझौता किया। दोनों पक्षों ने बात की।\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert (drafted.date, drafted.outlet) == ("2025-12-03", None)


@pytest.mark.parametrize(
    ("lang", "date_line", "outlet"),
    [
        # Arabic joins the place to the date with "in", no comma.
        ("ar", "الإسكندرية في 9 نوفمبر 2025 | المصدر: الثغر اليوم", "الثغر اليوم"),
        # "r." is the year's abbreviation, not the start of the outlet's name.
        ("pl", "Rzeszów, 21 listopada 2025 r. | Źródło: Kurier Podkarpacki", "Kurier Podkarpacki"),
    ],
)
def test_the_date_lines_place_and_year_words_are_no_outlet(
    registries: Registries, lang: str, date_line: str, outlet: str
) -> None:
    body = {
        "ar": "استقبل محافظ الإسكندرية وفدا من مدينة هاي فونغ الفيتنامية لبحث التعاون في الموانئ.",
        "pl": "Marszałek województwa spotkał się z delegacją prowincji Hai Duong z Wietnamu.",
    }[lang]
    drafted = draft_text(f"Nagłówek\n{date_line}\n{body}\n", Path("page.txt"), registries)
    assert drafted.outlet == outlet


def test_a_place_and_a_date_with_de_before_a_dash_dates_the_story(registries: Registries) -> None:
    page = (
        "Minas Gerais e Dak Lak assinam acordo sobre café\n"
        "Belo Horizonte, 10 de novembro de 2025 – O secretário de Agricultura de Minas Gerais "
        "recebeu o vice-presidente do Comitê Popular da província de Dak Lak.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.date == "2025-11-10"


def test_a_wire_dateline_with_the_date_dates_the_story(registries: Registries) -> None:
    page = (
        "Ca Mau e Sofala assinam acordo sobre camarão\n"
        "Beira, 3 Abr 2025 (Lusa) – A província de Ca Mau e a província moçambicana de Sofala "
        "assinaram um acordo sobre a criação de camarão.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.date == "2025-04-03"
    assert "date" not in drafted.needs_review


def test_the_second_held_out_page_corpus_keeps_its_score() -> None:
    # tests/extraction_pages_holdout2 was composed and labelled before issue 13's last round
    # changed any rule and is never tuned on: macro F1 0.798 before that round, 0.925 after.
    pages = evaluate(Path(__file__).parent / "extraction_pages_holdout2")
    assert len(pages.articles) == 15
    assert pages.macro_f1 >= 0.90
    assert pages.counts()["people"].f1 >= 0.85
    assert not pages.failures


@pytest.mark.parametrize(
    ("corpus", "articles", "floor", "topics"),
    [
        # issue 13's fourth-round held-out corpus, tuned on in the fifth round: 0.896 -> 0.917,
        # topics (pooled) 0.70 -> 0.76
        ("extraction_pages8", 24, 0.91, 0.72),
        # composed for the fifth round, gold written before drafting: 0.956 -> 0.968; topics
        # 0.788 since the thirteenth round's "a passing word in the headline names the subject"
        # (cashew in the headline of a story on a cashew-processing plant: its gold lists
        # investment and trade, not agriculture; over all tuning corpora the rule drafts 19 more
        # topics right and 3 more wrong)
        ("extraction_pages14", 8, 0.96, 0.78),
        # composed for the sixth round (organisations in the article's own language), gold
        # written before drafting: 0.885 -> 0.937, partners 0.20 -> 0.78
        ("extraction_pages22", 8, 0.93, 0.55),
        # composed for the sixth round's second half (public bodies, institutes and
        # universities by kind), gold written before drafting: 0.925 -> 0.951, partners
        # 0.65 -> 0.97
        ("extraction_pages25", 8, 0.945, 0.55),
    ],
)
def test_the_fifth_rounds_page_corpora_keep_their_scores(
    corpus: str, articles: int, floor: float, topics: float
) -> None:
    pages = evaluate(Path(__file__).parent / corpus)
    assert len(pages.articles) == articles
    assert pages.macro_f1 >= floor
    assert pages.counts()["topics"].f1 >= topics
    assert not pages.failures


def test_the_sixth_rounds_page_corpus_keeps_its_scores(registries: Registries) -> None:
    # tests/extraction_pages20, composed for layout20 with its gold written before drafting:
    # 0.873 -> 0.951 macro; outlets drafted only where the page names its source (precision 1).
    corpus = Path(__file__).parent / "extraction_pages20"
    pages = evaluate(corpus)
    assert len(pages.articles) == 8
    assert pages.macro_f1 >= 0.94
    assert pages.counts()["outlet"].precision == 1.0
    assert pages.counts()["date"].f1 == 1.0
    assert not pages.failures
    for path in sorted(corpus.glob("*/*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        drafted = draft_text(path.read_text(encoding="utf-8"), path, registries)
        assert drafted.title == gold["title"] or "title" in drafted.needs_review, path


def test_the_sixth_rounds_people_corpus_keeps_its_roles() -> None:
    """tests/extraction_pages24, gold written before drafting (brief people20): macro F1
    0.951 -> 0.958, people F1 0.95 -> 1.00, role accuracy 0.79 -> 0.97."""
    pages = evaluate(Path(__file__).parent / "extraction_pages24")
    assert len(pages.articles) == 8
    assert pages.macro_f1 >= 0.95
    assert pages.counts()["people"].f1 >= 0.95
    role = pages.tallies()["people.role"].accuracy
    assert role is not None and role >= 0.93
    assert not pages.failures


def test_the_sixth_rounds_second_people_corpus_keeps_its_recall() -> None:
    """tests/extraction_pages28, gold written before drafting (brief people21): macro F1
    0.927 -> 0.950, people F1 0.76 -> 1.00."""
    pages = evaluate(Path(__file__).parent / "extraction_pages28")
    assert len(pages.articles) == 8
    assert pages.macro_f1 >= 0.94
    assert pages.counts()["people"].f1 >= 0.95
    assert not pages.failures


def test_every_page_title_is_right_or_flagged(registries: Registries) -> None:
    """On every page-like article the drafted title is the gold headline or is flagged for
    review, and no article naming a province is refused."""
    root = Path(__file__).parent
    corpora = (
        "extraction_pages",
        "extraction_pages_holdout",
        "extraction_pages_holdout2",
        # issue 13's acceptance, on the held-out corpora of its fifth to fifteenth rounds
        "extraction_pages18_holdout",
        "extraction_pages19_holdout",
        "extraction_pages30_holdout",
        "extraction_pages40",
        "extraction_pages47",
        "extraction_pages50",
        "extraction_pages55",
        "extraction_pages59",
        "extraction_pages62",
        "extraction_pages63",
        "extraction_pages64",
    )
    for corpus in corpora:
        for path in sorted((root / corpus).glob("*/*.txt")):
            gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            drafted = draft_text(path.read_text(encoding="utf-8"), path, registries)
            assert drafted.title == gold["title"] or "title" in drafted.needs_review, path


def test_a_chinese_papers_own_dateline_is_no_partner(registries: Registries) -> None:
    """A paper's dateline ("本网南宁11月20日讯") says where it reported from, as "越通社河内5月12日电"
    does: no partner."""
    assert without_wire_dateline("本网南宁11月20日讯 广西大学校长") == "广西大学校长"
    assert without_wire_dateline("新华社北京5月1日电 越南") == "越南"
    text = (
        "广西大学与越南谅山省签署合作协议\n2025年11月20日\n"
        "本网南宁11月20日讯 广西大学与越南谅山省签署人才培养合作协议，每年培养50名留学生。\n"
    )
    drafted = draft_text(text, Path("zh-x.txt"), registries)
    assert [p["id"] for p in drafted.partners] == ["cn-guangxi-university"]


def test_a_korean_dateline_and_rights_notice_name_no_partner(registries: Registries) -> None:
    """A Korean paper's dateline ("(논산=충남투데이) 박지훈 기자 =") and its rights notice below the
    article ("저작권자 © 충남투데이 무단전재 및 재배포 금지") name the paper, whose name holds a
    region's short name (충남), not a partner."""
    assert without_wire_dateline("(논산=충남투데이) 박지훈 기자 = 논산시는") == "논산시는"
    assert without_wire_dateline("[서울=뉴시스] 논산시는") == "논산시는"
    text = (
        "논산시, 베트남 하남성과 업무협약\n기사입력 2025.11.05 14:20\n"
        "(논산=충남투데이) 박지훈 기자 = 충남 논산시는 5일 베트남 하남성과 계절근로자 업무협약을 "
        "체결했다고 밝혔다.\n"
        "저작권자 © 충남투데이 무단전재 및 재배포 금지\n"
    )
    drafted = draft_text(text, Path("ko-x.txt"), registries)
    assert [p["id"] for p in drafted.partners] == ["kr-nonsan"]


def test_an_editors_credit_is_not_the_articles_text() -> None:
    page = (
        "Pflege-Azubis aus Vietnam\n21.10.2025\n"
        "Sachsen und die Provinz Phú Thọ wollen mehr junge Leute für die Pflege ausbilden.\n"
        "Redaktion: Jens Albrecht\n"
    )
    assert "Redaktion" not in parse(page, "de").body_text
    assert (
        "责任编辑" not in parse("标题\n2025-05-12\n正文第一段。\n责任编辑：刘洋\n", "zh").body_text
    )
    # a sentence after the label is the article's
    line = "Editor: the province will invest more in roads this year."
    assert line in parse(f"Headline\n12 May 2025\nThe first paragraph.\n{line}\n", "en").body_text


@pytest.mark.parametrize(
    ("corpus", "articles", "floor", "topics"),
    [
        # composed for issue 13's sixth round (topics), gold written before drafting: 0.984 on
        # its first run, 0.984 after (topics pooled 0.97)
        ("extraction_pages23", 8, 0.98, 0.95),
        # composed for the round's second half (topics21), gold written before drafting: topics
        # behind other headlines, furniture and plain vocabulary; 0.905 on its first run (topics
        # pooled 0.83), 0.926 after (topics 0.97); 0.934 with topics 0.947 once its "research is
        # weak" rule was reverted at the combine (the corpora's gold disagrees on research: 4 vs 11);
        # topics 0.923 since the twelfth round's "an envoy in the headline states diplomacy" (gold
        # has it in 6 of the 7 such tuning articles, not in this corpus's "Australian ambassador
        # pays first visit to Sóc Trăng", whose gold is environment and agriculture)
        ("extraction_pages29", 8, 0.92, 0.92),
        # the tuning corpora whose topics were weakest before that round: pages13 topics
        # 0.67 -> 0.69, pages17 0.67 -> 0.76
        ("extraction_pages13", 8, 0.935, 0.68),
        ("extraction_pages17", 8, 0.91, 0.75),
    ],
)
def test_the_topics_rounds_page_corpora_keep_their_scores(
    corpus: str, articles: int, floor: float, topics: float
) -> None:
    pages = evaluate(Path(__file__).parent / corpus)
    assert len(pages.articles) == articles
    assert pages.macro_f1 >= floor
    assert pages.counts()["topics"].f1 >= topics
    assert not pages.failures


def test_a_row_of_sections_with_long_names_is_a_menu_not_the_headline() -> None:
    """Section names run to 16 letters ("Internacional", "Международные"): the row is a menu,
    and its topic words (Turismo, Salud) are neither the headline nor what the story is about."""
    assert is_page_furniture("Inicio · Internacional · Economía · Deportes · Turismo · Salud")
    assert is_page_furniture("Главная | Международные | Экономика | Спорт")
    assert not is_page_furniture("Cooperación Española entrega 2,5 millones de euros a Sơn La")


def test_the_sixth_rounds_agency_corpus_keeps_its_scores(registries: Registries) -> None:
    # tests/extraction_pages26, composed for layout21 with its gold written before drafting:
    # 0.897 -> 0.959 macro; outlets 0.38 -> 1.00 (the agencies on date and source lines
    # drafted, section labels and a body on the source line not).
    corpus = Path(__file__).parent / "extraction_pages26"
    pages = evaluate(corpus)
    assert len(pages.articles) == 8
    assert pages.macro_f1 >= 0.95
    assert pages.counts()["outlet"].precision == 1.0
    assert pages.counts()["outlet"].recall == 1.0
    assert pages.counts()["title"].f1 == 1.0
    assert not pages.failures
    for path in sorted(corpus.glob("*/*.txt")):
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        drafted = draft_text(path.read_text(encoding="utf-8"), path, registries)
        assert drafted.title == gold["title"] or "title" in drafted.needs_review, path
        # an agency is the outlet, never a partner for being it
        kinds = {registries.partners[p["id"]].kind for p in drafted.partners}
        assert "media" not in kinds, path


def test_a_menu_bar_with_dashed_sections_is_never_the_headline(registries: Registries) -> None:
    """A menu bar whose section names hold a dash ("Tin tức - Sự kiện", news and events) is a
    menu, not the headline; nor is the breadcrumb below it."""
    page = (
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN\n"
        "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Đầu tư - Xúc tiến | Liên hệ\n"
        "Trang chủ > Tin tức - Sự kiện > Hợp tác quốc tế\n"
        "Lạng Sơn và tỉnh Quảng Tây trao đổi về hợp tác thương mại biên giới\n"
        "Cập nhật: 08:40 | 02/10/2025\n"
        "Ngày 1/10, đoàn công tác tỉnh Lạng Sơn đã làm việc với lãnh đạo khu tự trị Quảng Tây "
        "về hợp tác thương mại biên giới.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "Lạng Sơn và tỉnh Quảng Tây trao đổi về hợp tác thương mại biên giới"
    assert "title" not in drafted.needs_review
    assert is_page_furniture("Trang chủ | Giới thiệu | Tin tức - Sự kiện | Liên hệ")


def test_a_byline_below_the_date_line_keeps_the_headline_and_date(registries: Registries) -> None:
    """A desk and a writer set apart by a slash right below the date line are a byline: the
    headline and the date line above them stay; the photo caption below is no headline."""
    page = (
        "Diario del Cantábrico\n"
        "Portada · Santander · Cantabria · Economía · Deportes\n"
        "Santander > Economía\n"
        "Santander y Hải Phòng acuerdan cooperar en logística portuaria\n"
        "Jueves, 9 de octubre de 2025, 11:20\n"
        "Redacción / Marta Gutiérrez\n"
        "La alcaldesa de Santander, Carmen Ruiz, y el vicepresidente de Hải Phòng, durante el "
        "acto. FOTO: AYUNTAMIENTO\n"
        "El Ayuntamiento de Santander y la ciudad vietnamita de Hải Phòng firmaron un acuerdo "
        "para cooperar en logística portuaria.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "Santander y Hải Phòng acuerdan cooperar en logística portuaria"
    assert drafted.date == "2025-10-09"


def test_a_provincial_newspapers_english_name_on_the_date_line_is_the_outlet(
    registries: Registries,
) -> None:
    """ "Newspaper" is a publication's word: the English name of a provincial paper, printed
    twice on an aggregator's outlet+date line, is the outlet."""
    page = (
        "Vietnam.vn - Nền tảng quảng bá Việt Nam\n"
        "Ninh Binh and Laos' Houaphanh sign a cooperation plan\n"
        "Ninh Binh NewspaperNinh Binh Newspaper05/11/2025\n"
        "On November 4, Ninh Binh province and Houaphanh province of Laos signed a plan on "
        "cooperation in education and trade.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.outlet == "Ninh Binh Newspaper"
    assert drafted.date == "2025-11-05"


def test_a_menu_with_a_language_drop_down_and_a_search_box_is_no_headline(
    registries: Registries,
) -> None:
    """A drop-down's arrow ("Deutsch ▾") and a search box's ellipsis ("Suche...") mark controls:
    the row of sections is a menu, the search box no paragraph that ends the header."""
    page = (
        "Nachrichtenportal Ostsee\n"
        "Suche...\n"
        "Start  Politik  Wirtschaft  Kultur  Reisen  Deutsch ▾\n"
        "Rostock und Đà Nẵng vereinbaren eine engere Zusammenarbeit im Hafen\n"
        "Ostsee-Kurier | 04.03.2025\n"
        "Die Hansestadt Rostock und die vietnamesische Stadt Đà Nẵng haben am Montag eine "
        "Vereinbarung über die Zusammenarbeit im Hafen unterzeichnet.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "Rostock und Đà Nẵng vereinbaren eine engere Zusammenarbeit im Hafen"
    assert drafted.date == "2025-03-04"
    assert is_page_furniture("Accueil  Actualités  Sport  Français ▾")
    assert is_page_furniture("Search…")


def test_menus_in_a_row_under_a_masthead_subtitle_wipe_it(registries: Registries) -> None:
    """A breadcrumb right below a full headline stays under it; one of several menus in a row
    stands under the masthead, whose long subtitle is no headline."""
    page = (
        "THE HIGHLAND HERALD\n"
        "Information and Tourism Department of Highland Province\n"
        "English | Français\n"
        "HOME  NEWS  BUSINESS  CULTURE  CONTACT\n"
        "News / Business\n"
        "Posted by Admin | Monday, 3 March 2025\n"
        "[Image: Guests at the opening. Photo: staff]\n"
        "Highland province and Gia Lai open a coffee trading office in Pleiku\n"
        "Highland Province and Vietnam's Gia Lai Province opened a coffee trading office in "
        "Pleiku on 1 March, the provincial Information and Tourism Department said.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "Highland province and Gia Lai open a coffee trading office in Pleiku"
    assert "title" not in drafted.needs_review  # the masthead's subtitle is no rival
    assert drafted.date == "2025-03-03"


def test_a_section_label_above_the_date_line_yields_to_the_headline_below(
    registries: Registries,
) -> None:
    """A section label ("Kinh tế", "COMMUNIQUÉ DE PRESSE") left above the date line is no
    headline, however many words (or four first letters) the lead shares with it; a kicker and
    colon open the long headline below, which is no labelled field."""
    page = (
        "COMMUNIQUÉ DE PRESSE\n"
        "Lyon, le 5 mai 2025\n"
        "Coopération décentralisée : la Métropole de Lyon et la province vietnamienne de Hải "
        "Dương prolongent leur partenariat sur l'eau\n"
        "La présidente de la Métropole de Lyon et le président du Comité populaire de la "
        "province de Hải Dương ont signé le 4 mai un nouvel accord de coopération sur l'eau "
        "potable, suivi par le service presse et la commission du commerce extérieur.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title.startswith("Coopération décentralisée : la Métropole de Lyon")
    assert drafted.date == "2025-05-05"
    # With no headline to yield to, the label is drafted and flagged.
    alone = (
        "COMMUNIQUÉ DE PRESSE\n"
        "Lyon, le 5 mai 2025\n"
        "La présidente de la Métropole de Lyon et le président du Comité populaire de la "
        "province de Hải Dương ont signé un accord, suivi par le service presse.\n"
    )
    assert "title" in draft_text(alone, Path("page.txt"), registries).needs_review
    page = (
        "Kinh tế\n"
        "05/05/2025 08:10\n"
        "Doanh nghiệp Hàn Quốc đầu tư thêm vào khu công nghiệp của tỉnh\n"
        "Chiều 4/5, lãnh đạo tỉnh Quảng Ngãi tiếp đoàn doanh nghiệp Hàn Quốc đến tìm hiểu cơ hội đầu tư "
        "vào khu kinh tế và các khu công nghiệp của tỉnh.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "Doanh nghiệp Hàn Quốc đầu tư thêm vào khu công nghiệp của tỉnh"


def test_a_long_headline_below_the_date_line_is_the_headline(registries: Registries) -> None:
    """A headline of two clauses printed below the date line runs past 110 characters: in a
    script that ends sentences with a mark it is still the headline, not a paragraph."""
    page = (
        "Версия для слабовидящих\n"
        "Главная / Новости / Международное сотрудничество\n"
        "3 марта 2025, 10:15\n"
        "Просмотров: 412\n"
        "Самарская область и вьетнамская провинция Куангнам подписали соглашение о научно-"
        "техническом и культурном сотрудничестве\n"
        "Соглашение подписали представители правительства Самарской области и провинции "
        "Куангнам в ходе визита делегации.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title.startswith("Самарская область и вьетнамская провинция Куангнам")
    assert drafted.date == "2025-03-03"


def test_the_date_line_under_the_headline_is_the_articles_not_the_mastheads_today(
    registries: Registries,
) -> None:
    """A page printing today's date in its masthead and the article's own date line under the
    headline is dated by the latter; a later date there would be the update's."""
    page = (
        "El Diario de la Sierra\n"
        "Portada · Región · Mundo · Economía · Cultura\n"
        "jueves, 12 de junio de 2025\n"
        "Granada y Huế estrechan lazos en turismo patrimonial\n"
        "11 junio, 2025\n"
        "Una delegación de la ciudad vietnamita de Huế visitó Granada para acordar proyectos de "
        "turismo patrimonial.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "Granada y Huế estrechan lazos en turismo patrimonial"
    assert drafted.date == "2025-06-11"
    later = page.replace("11 junio, 2025", "13 junio, 2025")
    assert draft_text(later, Path("page.txt"), registries).date == "2025-06-12"


def test_a_middle_dotted_date_line_under_a_deck_and_a_writers_name(registries: Registries) -> None:
    """ "24·02·25" is a date: the date line that prints it is no menu that wipes the header; the
    caption opening with "[Foto]" and the writer's name above the date line are no rivals of the
    headline above its deck."""
    page = (
        "Diario de la Costa\n"
        "Comarcas | Puerto | Economía | Deportes | Cultura\n"
        "ECONOMÍA\n"
        "Los viveristas de Alicante buscan socios en Vietnam\n"
        "Una misión de doce empresas visita la provincia de Lâm Đồng con el apoyo de la Cámara de "
        "Comercio\n"
        "[Foto] Empresarios alicantinos, durante la visita a un vivero. DIARIO\n"
        "Marta Soler Ibáñez\n"
        "Alicante | 03·03·25 | 07:00\n"
        "Los viveristas de Alicante buscan socios en Vietnam: una misión de doce empresas "
        "visita la provincia de Lâm Đồng.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "Los viveristas de Alicante buscan socios en Vietnam"
    assert drafted.date == "2025-03-03"


def test_the_mastheads_date_wiped_by_a_menu_dates_a_page_with_no_date_line(
    registries: Registries,
) -> None:
    """The day a masthead prints above the menu dates a page that prints no date line of its
    own."""
    page = (
        "BÁO ĐIỆN TỬ TỈNH\n"
        "Thứ Hai, 03/03/2025 | 08:00\n"
        "Trang chủ | Thời sự | Kinh tế | Văn hóa\n"
        "Kinh tế > Đầu tư\n"
        "Quảng Ngãi đón đoàn doanh nghiệp Nhật Bản tìm hiểu cơ hội đầu tư\n"
        "Ngày 2/3, lãnh đạo tỉnh Quảng Ngãi tiếp đoàn doanh nghiệp Nhật Bản đến tìm hiểu cơ hội "
        "đầu tư.\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == "Quảng Ngãi đón đoàn doanh nghiệp Nhật Bản tìm hiểu cơ hội đầu tư"
    assert drafted.date == "2025-03-03"


def test_a_thai_headline_below_the_date_line_under_a_section_label(
    registries: Registries,
) -> None:
    """Under a section label above the date line, the Thai line below it is the headline (long,
    with no full stop), flagged for the editor; the label is not."""
    headline = (
        "จังหวัดอุบลราชธานีต้อนรับคณะผู้แทนจังหวัดกวางนาม สาธารณรัฐสังคมนิยมเวียดนาม "
        "หารือความร่วมมือด้านการท่องเที่ยวและการค้าชายแดนระหว่างสองจังหวัด"
    )
    page = (
        "สำนักงานประชาสัมพันธ์จังหวัด\n"
        "หน้าแรก | ข่าวจังหวัด | ติดต่อเรา\n"
        "ข่าวจังหวัด\n"
        "วันจันทร์ที่ 3 มีนาคม 2568  เวลา 10.30 น.\n"
        f"{headline}\n"
        "เมื่อวันที่ 2 มีนาคม 2568 ผู้ว่าราชการจังหวัดอุบลราชธานีให้การต้อนรับคณะผู้แทนจังหวัดกวางนาม "
        "สาธารณรัฐสังคมนิยมเวียดนาม เพื่อหารือความร่วมมือด้านการท่องเที่ยวและการค้าชายแดน "
        "ณ ศาลากลางจังหวัดอุบลราชธานี\n"
    )
    drafted = draft_text(page, Path("page.txt"), registries)
    assert drafted.title == headline
    assert "title" in drafted.needs_review
    assert drafted.date == "2025-03-03"


def test_invisible_marks_at_a_fields_edge_are_not_part_of_it(registries: Registries) -> None:
    """Arabic lines copied from a page end with a right-to-left mark: the headline and the
    outlet are drafted without it, so the outlet is the name the registry and editors write."""
    text = (
        "مقاطعة خانه هوا توقع اتفاقية مع اليابان\u200f\n2025/05/02\n\n"
        "وقعت مقاطعة خانه هوا اتفاقية تعاون مع محافظة ناغانو اليابانية.\n\n"
        "المصدر: صحيفة خانه هوا \u200f\n"
    )
    drafted = draft_text(text, Path("ar-marks.txt"), registries)
    assert drafted.title == "مقاطعة خانه هوا توقع اتفاقية مع اليابان"
    assert drafted.outlet == "صحيفة خانه هوا"


def test_a_one_paragraph_page_keeps_its_paragraph_as_the_article(registries: Registries) -> None:
    """A short Thai headline looks like a section label, and a Thai paragraph like a heading
    (Thai ends sentences with no mark): the page's only line below the date line is still the
    article, never a headline that leaves nothing to draft from."""
    text = (
        "ทุนไทยบุกด่งนาย\n02/05/2025\nบริษัท อีสเทิร์น โพลีเมอร์ จำกัด จะร่วมลงทุนในจังหวัดด่งนาย ประเทศเวียดนาม\n"
    )
    drafted = draft_text(text, Path("th-one.txt"), registries)
    assert drafted.title == "ทุนไทยบุกด่งนาย"
    assert drafted.province == "dong-nai"
