"""Entry bodies: Markdown to HTML, then an allowlist sanitiser, so no contributed text can run
script in a reader's browser whatever HTML it carries."""

from __future__ import annotations

import markdown
import nh3

ALLOWED_TAGS = frozenset({
    "p", "br", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "em", "strong",
    "b", "i", "a", "code", "pre", "hr", "table", "thead", "tbody", "tr", "th", "td", "sup",
    "sub", "figure", "figcaption", "img", "span", "abbr", "cite", "q", "small", "del", "ins",
})  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "*": {"lang", "dir"},
}
# Only web and mail links; javascript:, data:, vbscript: and the rest are dropped.
ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto"})

# Plain Python-Markdown: bodies are paragraphs and subheadings; typographic extensions such
# as smarty cost more than the rest of the conversion and articles already carry their quotes.
_MARKDOWN = markdown.Markdown(output_format="html")


def render(body: str) -> str:
    _MARKDOWN.reset()
    html = _MARKDOWN.convert(body)
    return sanitise(html)


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
