"""The parts of a republished article: headline, outlet and date line, body, source line.

Aggregators wrap articles in furniture (a site header before, comment counters, "same category"
headline lists after). The source line ("Quelle: https://…") ends the article; where there is
none, the first furniture line does. Labels for both come from registries/languages.yaml.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from digest.extract.dates import find_date
from digest.extract.language import aggregator_headers, profiles
from digest.text import fold, squeeze_spaces

_URL = re.compile(r"https?://\S+")
_COMMENT_COUNTER = re.compile(r"^\S+(?:\s\S+)?\s*[(（]\d+[)）]$")
_SENTENCE_END = tuple('.!?…:;。！？؟।」"”»')
# A headline or subheading is a short line that does not end like a sentence.
_MAX_HEADING_CHARS = 160
_MAX_HEADING_WORDS = 20
# An outlet+date line carries little besides the date.
_MAX_DATELINE_CHARS = 80
_HEADER_LINES = 6


@dataclass(frozen=True)
class Block:
    kind: str  # "p" for a paragraph, "h" for a subheading
    text: str


@dataclass
class Layout:
    headline: str | None = None
    outlet: str | None = None
    date: dt.date | None = None
    source_url: str | None = None
    has_source_line: bool = False
    blocks: list[Block] = field(default_factory=list)

    @property
    def body_text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)


@functools.cache
def _source_labels() -> tuple[str, ...]:
    labels = {fold(label) for p in profiles().values() for label in p.source_labels}
    return tuple(sorted(labels, key=len, reverse=True))


@functools.cache
def _furniture() -> frozenset[str]:
    return frozenset(fold(line) for p in profiles().values() for line in p.furniture)


def _source_line(line: str) -> tuple[bool, str | None]:
    """Whether ``line`` is a source line ("Źródło: https://…", a bare "ソース"), and its URL."""
    folded = fold(line).strip()
    for label in _source_labels():
        if folded == label or re.match(rf"^{re.escape(label)}\s*[:：]", folded):
            url = _URL.search(line)
            return True, url.group(0).rstrip(".,;)") if url else None
        if folded.startswith(label + " ") and _URL.search(line):
            return True, _URL.search(line).group(0).rstrip(".,;)")  # type: ignore[union-attr]
    return False, None


def _is_furniture(line: str) -> bool:
    folded = fold(line).strip()
    return folded in _furniture() or (
        _COMMENT_COUNTER.match(folded) is not None
        and re.sub(r"\s*[(（]\d+[)）]$", "", folded) in _furniture()
    )


def is_heading(line: str) -> bool:
    stripped = line.strip()
    return (
        0 < len(stripped) <= _MAX_HEADING_CHARS
        and len(stripped.split()) <= _MAX_HEADING_WORDS
        and not stripped.endswith(_SENTENCE_END)
    )


def _strip_aggregator(lines: list[str]) -> list[str]:
    headers = {fold(h) for h in aggregator_headers()}
    return [line for line in lines if fold(line).strip() not in headers]


def _cut_after_article(lines: list[str], layout: Layout) -> list[str]:
    for index, line in enumerate(lines):
        is_source, url = _source_line(line)
        if is_source:
            layout.has_source_line = True
            layout.source_url = url
            return lines[:index]
        if _is_furniture(line):
            return lines[:index]
    return lines


def _dateline(line: str, lang: str) -> tuple[dt.date, str | None] | None:
    if len(line) > _MAX_DATELINE_CHARS:
        return None
    found = find_date(line, lang)
    if found is None:
        return None
    date, (start, end) = found
    rest = squeeze_spaces((line[:start] + " " + line[end:]).strip(" ·|-–—,"))
    rest = re.sub(r"^(?:ngày|am|le|el|il|on)\s*$", "", rest, flags=re.IGNORECASE)
    return date, _outlet(rest)


def _outlet(text: str) -> str | None:
    """The outlet named on a date line; aggregators print it twice ("Báo XBáo X")."""
    text = text.strip(" ·|-–—,")
    half = len(text) // 2
    if len(text) % 2 == 0 and text[:half] == text[half:]:
        text = text[:half]
    return text or None


def parse(text: str, lang: str) -> Layout:
    layout = Layout()
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    lines = _cut_after_article(_strip_aggregator(lines), layout)
    content = [line for line in lines if line]
    header_end = _read_header(content, lang, layout)
    layout.blocks = _blocks(content[header_end:])
    return layout


def _read_header(content: list[str], lang: str, layout: Layout) -> int:
    """Find the headline and the date line at the top; return where the body starts."""
    for index, line in enumerate(content[:_HEADER_LINES]):
        dated = _dateline(line, lang)
        if dated is not None:
            layout.date, layout.outlet = dated
            if index >= 1 and is_heading(content[0]):
                layout.headline = content[0]
            return index + 1
    if len(content) > 1 and is_heading(content[0]):
        layout.headline = content[0]
        return 1
    return 0


def _blocks(lines: list[str]) -> list[Block]:
    blocks = []
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        kind = "h" if is_heading(line) and not last and index > 0 else "p"
        blocks.append(Block(kind, line))
    # A lead that the aggregator cut short ("…") repeats the first paragraph: keep the full one.
    if blocks and blocks[0].text.endswith(("...", "…")):
        blocks = blocks[1:]
    return blocks
