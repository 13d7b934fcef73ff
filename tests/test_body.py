"""Entry bodies: the Markdown converter's plain-text shortcut changes nothing it converts."""

from __future__ import annotations

import markdown
import pytest

from digest.site import body

BODIES = [
    "Plain paragraph with no markup at all.\n\nA second one, with ümlauts and 中文 text.",
    "Lang Son *und* Guangxi, __strong__ and _em_ words, snake_case_names.",
    'A [link](https://example.org "t") and a [reference][r].\n\n[r]: https://example.org/r',
    "An image ![alt](/a.png) and <https://example.org> and <mail@example.org>.",
    "Inline <b>HTML</b>, an entity &amp; &#123; &copy; and a bare & ampersand.",
    "Code `x < y` and an escaped \\* star and a line  \nbreak.",
    "<div>block html</div>\n\nafter *it*",
    "## Heading with *emphasis*\n\n> quoted [x]\n\n- item `one`\n- item two",
    "Brackets [not a link] and ! marks and stars * alone *",
]


@pytest.mark.parametrize("text", BODIES)
def test_the_plain_text_shortcut_converts_as_python_markdown_does(text: str) -> None:
    plain = markdown.Markdown(output_format="html")
    assert body.render(text) == body.sanitise(plain.convert(text))


def test_the_shortcut_is_in_use_for_this_version_of_python_markdown() -> None:
    # If Python-Markdown gains an inline pattern, the shortcut is not installed (slower, still
    # right); this says so, so that _MAY_BE_MARKUP is brought up to date.
    assert isinstance(body._MARKDOWN.treeprocessors["inline"], body._PlainTextInline)
