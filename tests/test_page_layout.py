"""Articles copied from real-looking pages: site furniture around the article is not read as
its headline, its places or its people; the page-like corpus keeps its scores."""

from __future__ import annotations

from pathlib import Path

from digest.evaluation import compare_sets, evaluate
from digest.extract.drafting import draft_text
from digest.extract.page_furniture import is_more_link, is_page_furniture, without_wire_dateline
from digest.registries import Registries

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
    ):
        assert is_more_link(line), line
    assert not is_page_furniture("Quang Tri and Savannakhet agree on two new border markets")
    assert not is_more_link("More than 300 students took part")
    assert without_wire_dateline("Hanoi (VNA) – Quang Tri province") == "Quang Tri province"
    assert without_wire_dateline("【ハノイ＝ベトナム通信】ゲアン省") == "ゲアン省"
    assert without_wire_dateline("越通社河内5月12日电 越南广宁省") == "越南广宁省"


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
