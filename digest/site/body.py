"""Entry bodies: Markdown to HTML, then an allowlist sanitiser, so no contributed text can run
script in a reader's browser whatever HTML it carries."""

from __future__ import annotations

import re

import markdown
import nh3
from markdown.treeprocessors import InlineProcessor

from digest.site.cpu_budget import cpu_budget

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

# The characters with which Python-Markdown's inline patterns (INLINE_PATTERNS) begin: a code
# span, an escape, a link or image, an autolink or inline HTML, an entity, emphasis, a hard
# line break, or a placeholder for stashed HTML.
INLINE_PATTERNS = ("backtick", "escape", "reference", "link", "image_link", "image_reference",
                   "short_reference", "short_image_ref", "autolink", "automail", "linebreak",
                   "html", "entity", "em_strong")  # fmt: skip
_MAY_BE_MARKUP = re.compile(r"[`\\\[<&*_\x02]|  \n")


class _PlainTextInline(InlineProcessor):
    """Python-Markdown's inline step, which hands plain text back as it is.

    The step tries each of its fourteen patterns on every paragraph; most paragraphs of an
    article hold none of the characters a pattern starts with, and skipping them halves the
    conversion (1.1 ms to 0.55 ms an entry, 10 % of reading an entry)."""

    # Markdown has no hook for this: the method that applies the patterns is private, so it is
    # overridden under its mangled name; _markdown() installs the class only when the patterns
    # are the ones _MAY_BE_MARKUP knows, and a test compares its output with Markdown's own.
    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        if _MAY_BE_MARKUP.search(data) is None:
            return data
        return super()._InlineProcessor__handleInline(data, patternIndex)


def _markdown() -> markdown.Markdown:
    # Plain Python-Markdown: bodies are paragraphs and subheadings; typographic extensions such
    # as smarty cost more than the rest of the conversion and articles already carry their
    # quotes.
    converter = markdown.Markdown(output_format="html")
    if tuple(converter.inlinePatterns._data) == INLINE_PATTERNS:
        converter.treeprocessors.register(_PlainTextInline(converter), "inline", 20)
    return converter


_MARKDOWN = _markdown()


# Python-Markdown's inline patterns take time that grows with the square of some runs (4,000
# "[" take 2 s, 20,000 "[x][" minutes): a body is given this much CPU time, far more than any
# article needs (a few milliseconds), and refused past it.
MAX_RENDER_CPU_SECONDS = 10.0


def render(body: str, cpu_seconds: float = MAX_RENDER_CPU_SECONDS) -> str:
    _MARKDOWN.reset()
    with cpu_budget(cpu_seconds):
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


# In sanitised HTML (nh3 writes every attribute in double quotes): an image, and its source if
# the sanitiser kept one.
_IMAGE = re.compile(r'<img\b[^>]*?(?:\ssrc="([^"]*)"[^>]*)?>')


def images(html: str) -> list[str]:
    """Sources of the images in sanitised ``html`` ("" for one whose source the sanitiser
    dropped). None can show: an entry carries no image files (the site publishes no content
    files beside the entries), and the pages' security policy (img-src 'self') keeps a reader's
    browser from asking another site for one."""
    return _IMAGE.findall(html)
