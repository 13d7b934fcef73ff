"""A source line or a comment counter printed under the headline is part of the page's header:
the article below it is drafted, never refused as "no article text"; at the end of the page the
same lines still close the article."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.extract.layout import parse
from digest.registries import Registries

CHINESE_PORTAL = (
    "首页 > 新闻中心 > 对外交流\n"
    "凭祥市与越南谅山省召开边境贸易工作会晤\n"
    "来源：凭祥日报 发布时间：2025-09-12 10:20\n"
    "9月12日，凭祥市与越南谅山省在友谊关举行边境贸易工作会晤，双方就口岸通关便利化、跨境物流"
    "和边民互市贸易等议题深入交换意见，并签署了年度合作备忘录。\n"
    "会上，双方表示将继续推进智慧口岸建设，争取年内将货物通关时间缩短三成。\n"
)

ENGLISH_PAGE = (
    "Lang Son and Guangxi border town agree on smart gate\n"
    "Source: Lang Son Newspaper | September 12, 2025\n"
    "Comments (3)\n"
    "Lang Son province and the Chinese border town of Pingxiang agreed on Friday to build a "
    "smart border gate and to cut customs clearance times by a third within the year.\n"
    "Both sides will share customs data and open a joint logistics centre next spring.\n"
)


def test_a_source_line_under_the_headline_keeps_the_article_below() -> None:
    layout = parse(CHINESE_PORTAL, "zh")
    assert layout.headline == "凭祥市与越南谅山省召开边境贸易工作会晤"
    assert layout.body_text.startswith("9月12日，凭祥市与越南谅山省")
    assert "智慧口岸" in layout.body_text
    assert layout.source_outlet == "凭祥日报"


def test_a_source_line_and_a_counter_under_an_english_headline() -> None:
    layout = parse(ENGLISH_PAGE, "en")
    assert layout.headline == "Lang Son and Guangxi border town agree on smart gate"
    assert layout.body_text.startswith("Lang Son province and the Chinese border town")
    assert "joint logistics centre" in layout.body_text
    assert "Comments" not in layout.body_text


def test_the_page_is_drafted_not_refused(registries: Registries) -> None:
    drafted = draft_text(CHINESE_PORTAL, Path("zh-portal.txt"), registries)
    assert drafted.as_json()["province"] == "lang-son"


def test_a_source_line_after_the_article_still_ends_it() -> None:
    text = (
        "Lang Son welcomes Guangxi delegation\n"
        "Lang Son province welcomed a delegation from Guangxi on Friday to discuss border trade "
        "and the opening of new crossing points for farm goods next year.\n"
        "Source: Lang Son Newspaper\n"
        "Next story: Hanoi hosts a food festival for visitors from across the region this week\n"
    )
    layout = parse(text, "en")
    assert layout.body_text.startswith("Lang Son province welcomed")
    assert "food festival" not in layout.body_text
    assert layout.has_source_line


@pytest.mark.parametrize(
    "line",
    ["Source: Lang Son Newspaper", "Comments (3)", "Read more", "Tin liên quan", "来源：凭祥日报"],
)
def test_a_page_of_thousands_of_such_lines_is_read_in_linear_time(line: str) -> None:
    """A 200 KB page of one header or furniture line repeated (a hostile or broken copy) is
    read in about a second: each line's check looks at the page once, not at every line above
    and below it again (that took minutes)."""
    text = "Lang Son and Guangxi agree on a smart gate\n" + f"{line}\n" * 12_000
    text += (
        "Lang Son province and Guangxi agreed on Friday to build a smart border gate together.\n"
    )
    started = time.process_time()
    layout = parse(text, "en")
    assert time.process_time() - started < 5
    assert layout.headline is not None or layout.body_text
