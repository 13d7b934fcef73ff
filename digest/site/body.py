"""Entry bodies: Markdown to HTML, then an allowlist sanitiser, so no contributed text can run
script in a reader's browser whatever HTML it carries."""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import markdown
import nh3
from markdown.treeprocessors import InlineProcessor

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


class BodyTooSlow(Exception):
    """Converting a body took more than MAX_RENDER_CPU_SECONDS of CPU."""


def render(body: str, cpu_seconds: float = MAX_RENDER_CPU_SECONDS) -> str:
    _MARKDOWN.reset()
    with _cpu_budget(cpu_seconds):
        html = _MARKDOWN.convert(body)
    return sanitise(html)


@contextmanager
def _cpu_budget(seconds: float) -> Iterator[None]:
    """Raise BodyTooSlow once this process has spent ``seconds`` of CPU inside the block.

    CPU time, not wall time: a machine busy with other work must not fail a build. Timers
    only reach the main thread; elsewhere the block runs unbounded (the build reads entries
    in its main thread or in worker processes).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise BodyTooSlow

    previous = signal.signal(signal.SIGVTALRM, expired)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


# In sanitised HTML (nh3 writes every attribute in double quotes): an image's source.
_IMAGE_SOURCE = re.compile(r'<img\b[^>]*?\ssrc="([^"]*)"')


def remote_images(html: str) -> list[str]:
    """Sources of images on other sites in sanitised ``html``: the pages' security policy
    (img-src 'self') would show a broken image, and a reader's browser would not even ask."""
    return [
        source
        for source in _IMAGE_SOURCE.findall(html)
        if source.startswith("//") or urlsplit(source).scheme
    ]
