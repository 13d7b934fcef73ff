"""An entry's markup that many pages and feeds repeat, written in Python: its item in lists, its
feed item's description, and its page's facts (the list of what, when, where and who, and the
fact card).

The lists of a 10,000-entry build show about 156,000 items, every feed item has a description
and each of 20,000 entry pages its facts; as templates of the sandbox each name, link and role
cost a dozen checked reads and calls. This writes the bytes the templates wrote (kept in
tests/reference_macros/; tests/test_entry_html.py renders entries both ways), with the
interface's own ``_``, ``fmt`` and links, every value escaped as Jinja's autoescaping did: an
entry's text is never markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from markupsafe import Markup, escape

from digest.schema import Entry
from digest.site.facts import figure_rows
from digest.site.figure_html import FigureValues
from digest.site.formatting import Formatter
from digest.site.model import EntryPage


class EntryHtml:
    """The entry markup of one interface language (``ui``)."""

    def __init__(
        self,
        ui: str,
        gettext: Callable[..., Markup],
        fmt: Formatter,
        url: Callable[..., str],
        url_for: Callable[..., str],
        own_rows: Callable[[str, str], str],
        figure_value: FigureValues,
    ) -> None:
        self.ui = ui
        self.fmt = fmt
        self.url = url
        self.url_for = url_for
        self.own_rows = own_rows
        self._ = gettext
        self.figure_value = figure_value
        _ = gettext
        # This interface's words, looked up once rather than for each of 10,000 entries.
        self.draft = _("Draft")
        self.draft_long = _("Draft: facts not yet checked by an editor")
        self.undated = _("Date not stated")
        self.original_title = _("Original title")
        self.province = _("Province")
        self.partners = _("Partners")
        self.article_language = _("Article language")
        self.source = _("Source")
        self.other_editions = _("Other editions of this story")
        self.no_entries = _("No entries yet.")
        self.facts = _("Facts")
        self.figures_reported = _("Figures reported")
        self.what = _("What")
        self.value = _("Value")
        self.no_figures = _("No figures reported.")
        self.people = _("People")
        self.topics = _("Topics")
        self.published = _("Published")
        self.outlet_not_stated = _("Outlet not stated")
        self.original_article = _("original article")
        self.also_mentions = _("Also mentions")
        self.none_named = _("None named")
        self.open_data = _("Open data")
        self.facts_as_json = _("This entry’s facts as JSON")
        self.status = _("Status")
        # An entry is listed on a dozen pages (province, partners, topics, language, year):
        # its item is written once per heading level.
        self._items: dict[tuple[str, int], Markup] = {}

    def entry_item(self, page: EntryPage, level: int = 0) -> Markup:
        """A story's item in a list (its lead's ``page``): the edition in the reader's language
        if there is one, linking the others; ``level`` is its title's heading level."""
        key = (page.entry.slug, level)
        html = self._items.get(key)
        if html is None:
            html = self._items[key] = self._entry_item(page, level)
        return html

    def _entry_item(self, page: EntryPage, level: int) -> Markup:
        fmt, url, ui = self.fmt, self.url, self.ui
        shown = page.in_language(ui)
        entry = shown.entry
        lang = escape(entry.lang)
        direction = escape(fmt.direction(entry.lang))
        language = escape(fmt.language(entry.lang))
        headline = entry.headline_in(ui)
        out = ['<li class="entry-item">\n']
        if headline:
            out.append(f'  <h{level}><a href="{escape(url(shown.path))}">{escape(headline)}'
                       f"</a></h{level}>\n")  # fmt: skip
            summary = entry.summary_in(ui)
            if summary:
                out.append(f'<p class="summary">{escape(summary)}</p>')
            out.append(f'  <p class="original">{language}: <span lang="{lang}" dir="{direction}">'
                       f"{escape(entry.title)}</span></p>\n")  # fmt: skip
        else:
            out.append(f'  <h{level}><a href="{escape(url(shown.path))}" lang="{lang}" '
                       f'dir="{direction}">{escape(entry.title)}</a></h{level}>\n')  # fmt: skip
        out.append('  <p class="meta">\n')
        if entry.status != "reviewed":
            out.append(f'<strong class="draft-mark">{self.draft}</strong> · ')
        if entry.date:
            out.append(f'<time datetime="{escape(fmt.iso(entry.date))}">'
                       f"{escape(fmt.date(entry.date))}</time>")  # fmt: skip
        else:
            out.append(self.undated)
        out.append(f"    · {language}")
        for other in page.others(shown):
            other_lang = other.entry.lang
            out.append(f', <a href="{escape(url(other.path))}" hreflang="{escape(other_lang)}">'
                       f"{escape(fmt.language(other_lang))}</a>")  # fmt: skip
        out.append(f"    · {self._province_link(entry.province)}\n")
        if entry.partners:
            out.append("    · ")
            out.append(", ".join(self._partner_link(partner) for partner in entry.partners))
        out.append("  </p>\n</li>")
        return Markup("".join(out))

    def _province_link(self, province: str) -> str:
        return (f'<a href="{escape(self.url_for("province", province))}">'
                f"{escape(self.fmt.province_name(province))}</a>")  # fmt: skip

    def _partner_link(self, partner: str) -> str:
        return (f'<a href="{escape(self.url_for("partner", partner))}">'
                f"{escape(self.fmt.partner_name(partner))}</a>")  # fmt: skip

    def entry_list(self, entries: Iterable[EntryPage], level: int = 3) -> Markup:
        """A list of stories, each item written once per interface (``entry_item``)."""
        out = ['<ol class="entries">\n']
        for page in entries:
            out.append(f"  {self.entry_item(page, level)}\n")
        if len(out) == 1:
            out.append(f'  <li class="empty">{self.no_entries}</li>\n')
        out.append("</ol>\n")
        return Markup("".join(out))

    def feed_item(self, page: EntryPage) -> Markup:
        """The description of a story's feed item (``page`` its lead), as HTML: the edition in
        the reader's language if there is one, its facts, and the other editions' languages."""
        fmt, ui = self.fmt, self.ui
        shown = page.in_language(ui)
        entry = shown.entry
        language = escape(fmt.language(entry.lang))
        out = []
        if entry.status != "reviewed":
            out.append(f"<p><strong>{self.draft_long}</strong></p>")
        summary = entry.summary_in(ui)
        if summary:
            out.append(f"<p>{escape(summary)}</p>")
        if entry.headline_in(ui):
            out.append(f'<p>{self.original_title} ({language}): <span lang="{escape(entry.lang)}">'
                       f"{escape(entry.title)}</span></p>")  # fmt: skip
        out.append(f"<p>{self.province}: {escape(fmt.province_name(entry.province))}")
        if entry.partners:
            names = ", ".join(escape(fmt.partner_name(partner)) for partner in entry.partners)
            out.append(f" · {self.partners}: {names}")
        out.append(f" · {self.article_language}: {language}")
        if entry.outlet:
            out.append(f" · {self.source}: {escape(entry.outlet)}")
        out.append("</p>\n")
        rows = figure_rows(entry.figures)
        if rows:
            out.append("<ul>")
            for row in rows:
                out.append(f"<li>{escape(fmt.measure(row.what))}: {self.figure_value(row)}</li>")
            out.append("</ul>")
        if page.editions:
            others = ", ".join(escape(fmt.language(other.entry.lang))
                               for other in page.others(shown))  # fmt: skip
            out.append(f"<p>{self.other_editions}: {others}</p>")
        return Markup("".join(out))

    def fact_card(self, entry: Entry) -> Markup:
        """An entry page's facts: its figures, the people it names and its topics."""
        fmt = self.fmt
        out = [
            '<section class="fact-card" aria-labelledby="facts-heading">\n'
            f'  <h2 id="facts-heading">{self.facts}</h2>\n'
        ]
        rows = figure_rows(entry.figures)
        if rows:
            out.append(
                '  <table class="figures" data-pagefind-ignore>\n'
                f"    <caption>{self.figures_reported}</caption>\n"
                f'    <thead><tr><th scope="col">{self.what}</th>'
                f'<th scope="col">{self.value}</th></tr></thead>\n'
                "    <tbody>"
            )
            for row in rows:
                out.append(
                    "  <tr>\n"
                    f'    <th scope="row">{escape(fmt.measure(row.what))}</th>\n'
                    f'    <td class="number">{self.figure_value(row)}</td>\n'
                    "  </tr>\n"
                )
            out.append("</tbody>\n  </table>\n")
        else:
            out.append(f"  <p>{self.no_figures}</p>\n")
        if entry.people:
            lang = escape(entry.lang)
            direction = escape(fmt.direction(entry.lang))
            out.append(f'  <h3>{self.people}</h3>\n  <ul class="people">\n')
            for person in entry.people:
                out.append(
                    f'    <li><span lang="{lang}" dir="{direction}">{escape(person.name)}</span>'
                )
                if person.name_latin and person.name_latin != person.name:
                    out.append(f" ({escape(person.name_latin)})")
                if person.role:
                    role = fmt.person_role(person)
                    if role:
                        out.append(f': <span class="role">{escape(role)}</span>')
                    else:
                        # No words for the role in this interface (a draft): shown in English.
                        out.append(f': <span class="role" lang="en">{escape(person.role)}</span>')
                out.append("</li>\n")
            out.append("  </ul>\n")
        if entry.topics:
            out.append(f'  <h3>{self.topics}</h3>\n  <ul class="tags">\n')
            for topic in entry.topics:
                out.append(f'<li><a href="{escape(self.url_for("topic", topic))}">'
                           f"{escape(fmt.topic(topic))}</a></li>")  # fmt: skip
            out.append("  </ul>\n")
        out.append("</section>\n")
        return Markup("".join(out))

    def entry_meta(self, entry: Entry) -> Markup:
        """An entry page's list of its language, date, source, provinces, partners, open data
        and status."""
        fmt, url_for = self.fmt, self.url_for
        if entry.date:
            published = (f'<time datetime="{escape(fmt.iso(entry.date))}">'
                         f"{escape(fmt.date(entry.date, 'long'))}</time>")  # fmt: skip
        else:
            published = self.undated
        # Plain strings, each escaped: Markup's + would escape what is added to it again.
        if entry.outlet:
            source = str(escape(entry.outlet))
        elif entry.source_url:
            source = str(escape(fmt.host(entry.source_url)))
        else:
            source = str(self.outlet_not_stated)
        if entry.source_url:
            source += (f' · <a href="{escape(entry.source_url)}" rel="noopener noreferrer '
                       f'nofollow">{self.original_article}</a>')  # fmt: skip
        province = entry.province
        where = self._province_link(province)
        if entry.province_as_written != province:
            named = fmt.province_name(entry.province_as_written)
            _ = self._  # a call Babel extracts: not in an f-string nor on self
            named_as = _("named in the article as %(name)s", name=named)
            where += f" ({named_as})"
        out = [
            '<dl class="entry-meta" data-pagefind-ignore>\n'
            f"      <dt>{self.article_language}</dt><dd>"
            f'<a href="{escape(url_for("language", entry.lang))}">'
            f"{escape(fmt.language(entry.lang))}</a></dd>\n"
            f"      <dt>{self.published}</dt><dd>{published}</dd>\n"
            f"      <dt>{self.source}</dt><dd>{source}</dd>\n"
            f"      <dt>{self.province}</dt>\n"
            f"      <dd>{where}</dd>\n"
        ]
        if len(entry.provinces) > 1:
            also = ", ".join(
                self._province_link(other) for other in entry.provinces if other != province
            )
            out.append(f"      <dt>{self.also_mentions}</dt>\n      <dd>{also}</dd>\n")
        if entry.partners:
            partners = ", ".join(self._partner_link(partner) for partner in entry.partners)
        else:
            partners = self.none_named
        out.append(
            f"      <dt>{self.partners}</dt>\n      <dd>{partners}</dd>\n"
            f"      <dt>{self.open_data}</dt><dd>"
            f'<a href="{escape(self.own_rows("entries", entry.slug))}" type="application/json">'
            f"{self.facts_as_json}</a></dd>\n"
        )
        if entry.status != "reviewed":
            out.append(f"      <dt>{self.status}</dt><dd>{self.draft_long}</dd>\n")
        out.append("    </dl>")
        return Markup("".join(out))
