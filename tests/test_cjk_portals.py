"""Chinese and Japanese portal pages (issue 13, seventh round, zh): a province named only in a
bare pre-2025 form after 越南 is drafted for review, never refused; the portals' buttons, editor
credits and wire datelines are furniture; the 来源 line's outlet is read through its channel."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from digest.extract import layout
from digest.extract.drafting import draft_text, drafting_with
from digest.extract.page_furniture import (
    is_button_row,
    is_chinese_caption,
    is_editor_credit,
    without_wire_dateline,
)
from digest.extract.province_guess import nearest_province
from digest.registries import default_registries
from tests.site_helpers import ROOT

# Composed by the team: the province is only ever written 平阳, with no 省 (平阳 is also a county
# of Zhejiang, so the registry lists it only as 平阳省).
BARE_BINH_DUONG_ZH = """新华网
新华网 > 国际 > 正文
越南平阳新城迎来中国电子企业
2025-11-18 16:42:07  来源：新华网
越南南部平阳新城18日举行仪式，一家中国电子企业投资1亿美元的工厂当天在平阳动工。
【纠错】 责任编辑：周亮
"""


def test_a_bare_former_name_after_vietnam_is_drafted_for_review_not_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(BARE_BINH_DUONG_ZH, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "digest", "extract", str(path)], cwd=ROOT,
                            capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["province"], data["province_as_written"]) == ("ho-chi-minh", "binh-duong")
    assert "province" in data["needs_review"]
    assert "'平阳'" in result.stderr and "binh-duong" in result.stderr
    assert data["outlet"] == "新华网"  # the breadcrumb's first piece is the site, not a section


def test_a_bare_chinese_place_without_vietnam_is_no_province() -> None:
    # 平阳 of Zhejiang, with no word for Vietnam before it: still refused, never guessed.
    assert nearest_province(default_registries(), "zh", "", "浙江平阳县举办鞋业博览会。") is None


@pytest.mark.parametrize(
    ("lang", "text", "seen"),
    [
        ("zh", "越南南部平阳新城举行仪式。", "平阳"),
        ("ja", "ベトナム南部のビンズン新都市で式典が開かれた。", "ビンズン"),
    ],
)
def test_a_name_after_the_word_for_vietnam_is_read(lang: str, text: str, seen: str) -> None:
    guess = nearest_province(default_registries(), lang, "", text)
    assert guess is not None and guess.province.id == "binh-duong" and guess.seen == seen


@pytest.mark.parametrize(
    "line",
    ["【字号 大 中 小】【打印】【关闭】", "【字體大小】 小 中 大", "【纠错】", "【打印】 【关闭】"],
)
def test_portal_button_rows_are_furniture(line: str) -> None:
    assert is_button_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "【视频】越南广宁省举办中国文化周",
        "【ハノイ=田中悠】イオンは25日、新モールを発表した。",
        "大 中 小",
    ],
)
def test_bracketed_headlines_and_text_are_not_button_rows(line: str) -> None:
    assert not is_button_row(line)


@pytest.mark.parametrize(
    "line", ["（责任编辑：张华、李明）", "【纠错】 责任编辑：周亮", "（編輯：黃國倫）1141120"]
)
def test_bracketed_editor_credits_are_furniture(line: str) -> None:
    assert is_editor_credit(line)


def test_a_sentence_about_an_editor_is_no_credit() -> None:
    assert not is_editor_credit("（责任编辑：张华）与越南广宁省代表团会谈。双方签署协议。")


@pytest.mark.parametrize(
    ("paragraph", "rest"),
    [
        ("中央社記者陳怡君河內20日專電", ""),
        ("新华社河内11月18日电（记者 刘晨）越南南部", "（记者 刘晨）越南南部"),
        ("本报河内12月2日电 上海市代表团访问越南", "上海市代表团访问越南"),
    ],
)
def test_chinese_wire_datelines_are_cut(paragraph: str, rest: str) -> None:
    assert without_wire_dateline(paragraph) == rest


def test_a_sentence_opening_with_a_day_is_no_dateline() -> None:
    text = "越南广宁省代表团20日访问南宁。"
    assert without_wire_dateline(text) == text


def test_the_outlet_is_read_through_its_channel() -> None:
    registries = default_registries()
    page = (
        "人民网\n首页 | 国际 | 财经\n上海与越南胡志明市签署合作备忘录\n"
        "2025年12月03日09:30  来源：人民网－国际频道\n【字号 大 中 小】【打印】【关闭】\n"
        "上海市代表团访问越南胡志明市，双方签署合作备忘录。\n"
    )
    with drafting_with(registries):
        parsed = layout.parse(page, "zh")
    assert parsed.outlet == "人民网"
    assert "打印" not in parsed.body_text


def test_a_hanoi_wire_dateline_is_not_a_province_of_the_article() -> None:
    registries = default_registries()
    page = (
        "中央社 CNA\n越南北江省吸引台商\n2025/11/20 14:35\n中央社記者陳怡君河內20日專電\n"
        "越南北部北江省今天舉行投資促進會議，台商將增資3億美元。\n"
    )
    draft = draft_text(page, Path("article.txt"), registries)
    assert draft.provinces == ["bac-ninh"] and draft.province_as_written == "bac-giang"


@pytest.mark.parametrize(
    "line",
    ["图为开工仪式现场。（新华社发）", "圖為峴港美溪海灘。", "图为签字仪式现场。人民网记者 王磊摄"],
)
def test_chinese_captions_between_paragraphs_are_furniture(line: str) -> None:
    assert is_chinese_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "新华社河内11月18日电，越南平阳省与中国企业签署协议，双方表示将扩大投资（记者刘晨）。",
        "图书馆合作项目启动。",
    ],
)
def test_article_sentences_are_no_chinese_captions(line: str) -> None:
    assert not is_chinese_caption(line)
