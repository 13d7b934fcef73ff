"""An entry's markup written in Python (digest/site/entry_html.py) is byte for byte what the
templates wrote (kept in tests/reference_macros/), in both interfaces: list items at each
heading level, feed item descriptions and fact cards, for entries with every field and with
none, stories of several editions, right-to-left text, and hostile text that must stay text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest
from markupsafe import Markup

from digest.schema import Entry, Figure, Person
from digest.site.entry_html import EntryHtml
from digest.site.facts import figure_rows
from digest.site.figure_html import FigureValues
from digest.site.model import EntryPage

from .test_chart_html import _environment, _macros

HOSTILE = "<script>alert(\"x\")</script> & 'quoted' {{ 7*7 }} %(name)s"
LONG = "A title far longer than any list would show, " * 6


def _entry(slug: str, lang: str, **fields: object) -> Entry:
    base = Entry(
        slug=slug, lang=lang, title=f"Title of {slug}", date=dt.date(2024, 3, 5),
        added=dt.date(2024, 3, 6), outlet=None, source_url=None, seed="", story_id=slug,
        province="lai-chau", province_as_written="lai-chau", provinces=("lai-chau",),
        partners=(), figures=(), people=(), topics=(), status="reviewed",
    )  # fmt: skip
    return dataclasses.replace(base, **fields)  # type: ignore[arg-type]


def _pages() -> list[EntryPage]:
    """Stories of one edition and of several, with every field set and with none."""
    people = (
        Person("Nguyễn Văn A", "Nguyen Van A", "Governor"),
        Person("Lê B", "Lê B", "", ()),
        Person(HOSTILE, HOSTILE + "!", "a role no vocabulary knows <b>", (("vi", "vai trò <i>"),)),
        Person("محمد", "Muhammad", "Ambassador"),
        # A role no vocabulary reads and the editor wrote in English alone: shown in English.
        Person("Trần C", "", "Keeper of the <b>unknown</b> things"),
    )
    figures = (
        Figure(1_600_000, "USD", "aid", False),
        Figure(25, "count", "delegations", True, "month", 2020),
        Figure(30, "count", "delegations", False, "month", 2020),
        Figure(12, "percent", "a measure not in the registry & <co>", False),
    )
    full = _entry(
        "full-en", "en", title=HOSTILE, outlet=HOSTILE, source_url="https://example.org/a?b=1&c=2",
        partners=("la", "cn-yunnan", "kr"), figures=figures, people=people,
        # Filed under the province Ha Giang merged into, mentioning two more.
        province="tuyen-quang", province_as_written="ha-giang",
        provinces=("tuyen-quang", "lai-chau", "lao-cai"),
        topics=("trade", "aid", "diplomacy"), status="draft",
        headline=(("en", HOSTILE + " headline"), ("vi", "Tiêu đề <em>")),
        summary=(("en", LONG + HOSTILE), ("vi", "Tóm tắt & ")),
    )  # fmt: skip
    bare = _entry("bare-fr", "fr", date=None, title="", source_url="https://www.bao.vn/x<y>")
    rtl = _entry("rtl-ar", "ar", title="عنوان الخبر <b>", outlet="الخبر", partners=("la",),
                 provinces=("lai-chau", "lai-chau"),
                 people=people[3:4], headline=(("vi", "Tiêu đề"),))  # fmt: skip
    # A story of three editions: the lead in English, others in Vietnamese and Japanese.
    lead = EntryPage(_entry("story-en", "en", partners=("kr",), summary=(("en", "Sum"),),
                            headline=(("en", "Head"),)))  # fmt: skip
    vi = EntryPage(_entry("story-vi", "vi", title="Bản tin", topics=("trade",)),
                   leads_story=False)  # fmt: skip
    ja = EntryPage(_entry("story-ja", "ja", title="記事の題名", status="draft"), leads_story=False)
    lead.editions = [vi, ja]
    vi.editions = [lead, ja]
    ja.editions = [lead, vi]
    return [EntryPage(full), EntryPage(bare), EntryPage(rtl), lead, vi, ja]


def _interface(lang: str) -> tuple[EntryHtml, object, object]:
    env, context = _environment(lang)
    figure_value = FigureValues(env.globals["_"], context["fmt"])  # type: ignore[arg-type]
    html = EntryHtml(lang, env.globals["_"], context["fmt"], context["url"],  # type: ignore[arg-type]
                     context["url_for"], context["own_rows"], figure_value)  # type: ignore[arg-type]  # fmt: skip
    context.update(figure_value=figure_value, figure_rows_of=figure_rows,
                   entry_item=html.entry_item)  # fmt: skip
    return html, env, context


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_list_items_are_the_templates_bytes(lang: str) -> None:
    html, env, context = _interface(lang)
    template = env.get_template("entry_item_reference.html")  # type: ignore[attr-defined]
    for page, level in itertools.product(_pages(), (0, 2, 3)):
        old = template.render(**context, page=page, level=level)  # type: ignore[arg-type]
        assert str(html.entry_item(page, level)) == old


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_lists_are_the_macros_bytes(lang: str) -> None:
    html, env, context = _interface(lang)
    old = _macros(env, "_entry_macros_reference.html", context)  # type: ignore[arg-type]
    pages = _pages()
    for entries, level in ((pages, 3), (pages[:1], 2), ([], 3), ([], 2)):
        assert str(html.entry_list(entries, level)) == str(old.entry_list(entries, level))  # type: ignore[attr-defined]
    assert str(html.entry_list(pages)) == str(old.entry_list(pages))  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_feed_descriptions_are_the_templates_bytes(lang: str) -> None:
    html, env, context = _interface(lang)
    template = env.get_template("feed_item_reference.html")  # type: ignore[attr-defined]
    for page in _pages():
        old = template.render(**context, page=page, level=0)  # type: ignore[arg-type]
        assert str(html.feed_item(page)) == old


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_fact_cards_are_the_macros_bytes(lang: str) -> None:
    html, env, context = _interface(lang)
    old = _macros(env, "_entry_macros_reference.html", context)  # type: ignore[arg-type]
    cards = [str(html.fact_card(page.entry)) for page in _pages()]
    for page, card in zip(_pages(), cards, strict=True):
        assert card == str(old.fact_card(page.entry))  # type: ignore[attr-defined]
    # Right-to-left names keep their direction; a role without words here stays English.
    assert '<span lang="ar" dir="rtl">محمد</span>' in cards[2]
    if lang == "vi":
        assert (
            '<span class="role" lang="en">Keeper of the &lt;b&gt;unknown&lt;/b&gt; things'
            in cards[0]
        )


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_fact_lists_are_the_templates_bytes(lang: str) -> None:
    html, env, context = _interface(lang)
    old = _macros(env, "_entry_macros_reference.html", context)  # type: ignore[arg-type]
    for page in _pages():
        assert str(html.entry_meta(page.entry)) == str(old.entry_meta(page.entry))  # type: ignore[attr-defined]


def test_an_entrys_text_never_becomes_markup() -> None:
    html, _, _ = _interface("en")
    (full, *_) = _pages()
    written_ways = (html.entry_item(full, 3), html.feed_item(full), html.fact_card(full.entry),
                    html.entry_meta(full.entry))  # fmt: skip
    for written in written_ways:
        assert isinstance(written, Markup)
        assert "<script>" not in written and "&lt;script&gt;" in written
        assert "<b>" not in written and "<em>" not in written


def test_an_item_is_written_once_per_heading_level() -> None:
    html, _, _ = _interface("vi")
    page = _pages()[3]
    assert html.entry_item(page, 2) is html.entry_item(page, 2)
    assert html.entry_item(page, 2) != html.entry_item(page, 3)
    # A reader of Vietnamese is shown the story's Vietnamese edition, linking the others.
    assert 'href="/digest/vi/entries/story-vi/"' in html.entry_item(page, 2)
