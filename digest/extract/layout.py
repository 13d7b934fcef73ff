"""The parts of a republished article: headline, outlet and date line, body, source line.

Aggregators wrap articles in furniture (a site header before, comment counters, "same category"
headline lists after). The source line ("Quelle: https://…") ends the article; where there is
none, the first furniture line does. Labels for both come from vocabularies/languages.yaml.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import NamedTuple

from digest.extract.dates import find_date, month_names, weekday_names
from digest.extract.language import aggregator_headers, layout_data, profiles
from digest.extract.page_furniture import (
    after_home_word,
    breadcrumb_headline,
    is_button_row,
    is_caption,
    is_chinese_caption,
    is_editor_credit,
    is_more_link,
    is_navigation,
    is_page_furniture,
    is_rights_notice,
    is_share_bar,
    is_story_link,
    wire_dateline,
    without_title_label,
)
from digest.registries import drafting_cache, drafting_registries
from digest.text import fold, squeeze_spaces

_URL = re.compile(r"https?://\S+")
_COMMENT_COUNTER = re.compile(r"^\S+(?:\s\S+)?\s*[(（]\d+[)）]$")
_SENTENCE_END = tuple('.!?…:;。！？؟।」"”»')
# A headline or subheading is a short line that does not end like a sentence.
_MAX_HEADING_CHARS = 160
_MAX_HEADING_WORDS = 28
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
    # The outlet a source line names ("Nguồn: Báo Nghệ An"); `outlet` is the date line's.
    source_outlet: str | None = None
    # A name the source line printed that has no outlet's shape ("Nguồn: Sở Ngoại vụ tỉnh",
    # a body that supplied the facts): not drafted, shown to the editor.
    source_seen: str | None = None
    # A name the date line printed that has no outlet's shape (a byline, a desk, a tag): not
    # drafted, but shown to the editor who checks the outlet.
    outlet_seen: str | None = None
    # Another line above the article could have been the headline: an editor checks it.
    headline_uncertain: bool = False
    blocks: list[Block] = field(default_factory=list)

    @property
    def body_text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)


@drafting_cache
def _source_labels() -> tuple[str, ...]:
    labels = {fold(label) for p in profiles().values() for label in p.source_labels}
    return tuple(sorted(labels, key=len, reverse=True))


@drafting_cache
def _source_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A label and a colon; a label alone on its line; a label and a space (folded lines)."""
    labels = "|".join(map(re.escape, _source_labels()))
    return (
        re.compile(rf"(?:{labels})\s*[:：]"),
        re.compile(rf"(?:{labels})\s*$"),
        re.compile(rf"(?:{labels}) "),
    )


@drafting_cache
def _label_chars() -> int:
    """How much of a line to fold to see whether it starts with a source label."""
    return max(map(len, _source_labels())) + 8


@drafting_cache
def _furniture() -> frozenset[str]:
    return frozenset(fold(line) for p in profiles().values() for line in p.furniture)


@drafting_cache
def _longest_furniture() -> int:
    # Comment counters add " (12)"; folding never makes a line shorter than half its length.
    return 2 * max(map(len, _furniture())) + 12


@drafting_cache
def _aggregator_headers() -> tuple[frozenset[str], int]:
    headers = frozenset(fold(h) for h in aggregator_headers())
    return headers, 2 * max(map(len, headers))


def _source_line(line: str) -> tuple[bool, str | None, str | None]:
    """Whether ``line`` is a source line ("Źródło: https://…", "Nguồn: Báo Nghệ An", a bare
    "ソース"), with its URL and the outlet it names, if any."""
    # "（来源：广西日报）", "(Source: VNA)": a source line may stand in brackets.
    head = fold(line[: _label_chars()]).lstrip(_OPENING_BRACKETS)
    with_colon, alone, with_space = _source_patterns()
    url_match = _URL.search(line)
    url = url_match.group(0).rstrip(".,;)") if url_match else None
    if with_colon.match(head):
        rest = _after_label(line)
        if url_match is not None:
            rest = rest.replace(url_match.group(0), " ")
        return True, url, _named_outlet(rest)
    if len(line) <= _label_chars() and alone.match(head):
        return True, None, None
    if url is not None and with_space.match(head):
        return True, url, None
    return False, None, None


_LABEL_END = re.compile(r"^[^:：]*[:：]")
# Where a header's source line passes to its next field: "凭祥日报 发布时间：…",
# "Báo X | 12/9/2025".
_FIELD_BREAK = re.compile(r"\s+[|｜·•]\s*|\s+\S+[:：]")
_OUTLET_PUNCTUATION = " \t-–—|·,;:()[]<>«»\"'“”（）【】"
_OPENING_BRACKETS = " \t([（【"
_MAX_OUTLET_WORDS = 8
_MAX_OUTLET_CHARS = 60
# A closing credit without a colon ("Theo Báo Nghệ An") is shorter than a sentence.
_MAX_CREDIT_WORDS = 6


def _after_label(line: str) -> str:
    """The text after a source label's colon (empty for a bare label)."""
    found = _LABEL_END.match(line)
    return line[found.end() :] if found else ""


def _named_outlet(text: str) -> str | None:
    """An outlet named on a source line ("Báo Đà Nẵng"): a short name, not a sentence."""
    printed = squeeze_spaces(text)
    name = printed.strip(_OUTLET_PUNCTUATION)
    if (
        not name
        or len(name) > _MAX_OUTLET_CHARS
        or len(name.split()) > _MAX_OUTLET_WORDS
        or name.endswith(_SENTENCE_END)
        or (" " not in name and "." in name)  # a bare domain ("baoquocte.vn") is a link
    ):
        return None
    return _with_closing_quote(name, printed[printed.index(name) + len(name) :])


# A name in quotes ("газета «Нгеан»") keeps the quote that closes it, stripped as punctuation.
_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“"}


def _with_closing_quote(name: str, after: str) -> str:
    for opening, closing in _QUOTE_PAIRS.items():
        if name.count(opening) > name.count(closing) and after.startswith(closing):
            return name + closing
    return name


def _is_furniture(line: str) -> bool:
    if len(line) > _longest_furniture():
        return False
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
        and not _unquoted(stripped).endswith(_SENTENCE_END)
    )


# A headline may end with a quotation ("… patto di amicizia: «Due terre di pellegrini»"); a
# quoted sentence closes with its mark inside or after the quote ("….»", "».").
_CLOSING_QUOTES = "»”」"


def _unquoted(line: str) -> str:
    return line.rstrip(_CLOSING_QUOTES) or line


def _strip_aggregator(lines: list[str]) -> list[str]:
    headers, longest = _aggregator_headers()
    return [line for line in lines if len(line) > longest or fold(line).strip() not in headers]


def _keep_source(
    layout: Layout, url: str | None, name: str | None, *, published: bool = False
) -> None:
    """Note a source line: its URL, and the name it prints as the outlet only if that name has
    an outlet's shape or the line says it published the article (a body, "Department of
    Foreign Affairs", is where the facts came from, not who published the page: shown to the
    editor, not drafted)."""
    layout.has_source_line = True
    layout.source_url = url
    if name is not None and (published or has_outlet_shape(name)):
        layout.source_outlet = name
    else:
        layout.source_seen = name


def _cut_after_article(lines: list[str], layout: Layout, lang: str) -> list[str]:
    header = _Header(lines)
    masthead = next((line for line in lines if line), "")
    for index, line in enumerate(lines):
        is_source, url, outlet = _source_line(line)
        if is_source:
            if not header.holds(index):
                _keep_source(layout, url or _link_below(lines, index), outlet)
                return lines[:index]
            # "来源：凭祥日报 发布时间：…" under the headline: the article is below it, the line
            # is read with the header for its date, and its name ends at the next field.
            _keep_source(layout, url, _named_outlet(_FIELD_BREAK.split(_after_label(line))[0]))
            continue
        agency = _closing_agency(line, masthead, header.paragraph_above(index))
        if agency is not None:
            # "(ANSA)", "(ACN)", "(وام)" after the last paragraph: the agency that filed the
            # story; tags, share bars and comments follow.
            _keep_source(layout, None, agency, published=True)
            return lines[:index]
        if is_more_link(line) and header.above_article(index):
            # A "Related" / "Tin liên quan" / "관련기사" list printed above the headline links to
            # other stories; the article starts below it. Its headlines stand among the
            # candidates for the headline, so the choice is shown to an editor.
            layout.headline_uncertain = True
            for listed in [index, *_related_list(lines, index, lang)]:
                lines[listed] = ""
            continue
        boxed = _inline_box(lines, index, lang) if is_more_link(line) else []
        if boxed:
            # A "Tin liên quan" box inside the article: its headlines go, the article goes on.
            for listed in [index, *boxed]:
                lines[listed] = ""
            continue
        if _is_furniture(line) and header.holds(index):
            lines[index] = ""  # a "Comments (3)" counter under the headline, the article below
            continue
        if _is_furniture(line) or is_more_link(line) or is_rights_notice(line):
            # The next story or comments follow; the article's source line may still close
            # the page below them.
            _keep_linked_source_below(lines, index, layout)
            return lines[:index]
    return lines


def _keep_linked_source_below(lines: list[str], index: int, layout: Layout) -> None:
    for later in lines[index + 1 :]:
        is_source, url, outlet = _source_line(later)
        if is_source and url:
            _keep_source(layout, url, outlet)
            return


# A source line naming the outlet may leave its link to the line below: a bare URL
# ("https://baokontum.com.vn/…") or another source label's ("Artículo original: https://…").
_BARE_URL = re.compile(r"^https?://\S+$")
_LINK_LINES_BELOW = 2


def _link_below(lines: list[str], index: int) -> str | None:
    """The link printed on the lines right below the source line at ``index``, if any."""
    below = [line for line in lines[index + 1 :] if line][:_LINK_LINES_BELOW]
    for line in below:
        is_source, url, _ = _source_line(line)
        if _BARE_URL.match(line) or (is_source and url):
            return _URL.search(line).group(0).rstrip(".,;)")
    return None


def _is_paragraph(line: str) -> bool:
    return not is_heading(line) and (
        len(line) > _MAX_DATELINE_CHARS or line.rstrip().endswith(_SENTENCE_END)
    )


class _Header:
    """Where a page's header ends, as its lines are cut: the first paragraph and the first line
    that is no heading, each found once and looked for again only when a cut blanked it (lines
    are blanked at or after the one being read, so what lies above it stays as it was)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self._paragraph = self._next(_is_paragraph, 0)
        self._text = self._next(_is_text, 0)

    def _next(self, kind: Callable[[str], bool], start: int | None) -> int | None:
        if start is None:
            return None
        return next((at for at in range(start, len(self.lines)) if kind(self.lines[at])), None)

    def _first(self, kind: Callable[[str], bool], found: int | None) -> int | None:
        if found is not None and not kind(self.lines[found]):
            found = self._next(kind, found)
        return found

    def holds(self, index: int) -> bool:
        """Whether the line at ``index`` stands in the page's header: no paragraph above it, one
        below. A source line or a counter there is printed under the headline, and cutting the
        page at it would leave no article at all."""
        self._paragraph = first = self._first(_is_paragraph, self._paragraph)
        if first is None or first < index:
            return False
        return first > index or self._next(_is_paragraph, index + 1) is not None

    def paragraph_above(self, index: int) -> bool:
        """Whether a paragraph stands above the line at ``index``."""
        self._paragraph = first = self._first(_is_paragraph, self._paragraph)
        return first is not None and first < index

    def above_article(self, index: int) -> bool:
        """Whether the line at ``index`` stands above the article: only heading-like lines
        (masthead, menu, other headlines) are above it, and a date line or a paragraph follows
        within the header's reach (a next-story link at the end of a page has nothing but
        furniture after)."""
        self._text = first = self._first(_is_text, self._text)
        if first is not None and first < index:
            return False
        after = (self.lines[at] for at in range(index + 1, len(self.lines)))
        below = islice((line for line in after if line), 2 * _HEADER_LINES)
        return any(not is_heading(line) for line in below)


def _is_text(line: str) -> bool:
    return bool(line) and not is_heading(line)


def _related_list(lines: list[str], index: int, lang: str) -> list[int]:
    """The lines of the related stories' headlines below a "Related" label at ``index``: the
    headline-like lines in a row after it. A kicker ("EDUCATION") ends the list and the
    article's own headline follows; where a date line or a paragraph ends it, the list's last
    line is the article's headline, printed right below the list."""
    listed: list[int] = []
    for at in range(index + 1, len(lines)):
        line = lines[at]
        if not line:
            continue
        if _dated_headline(line, lang) or (
            listed and listed[-1] == at - 1 and _item_date(line, lang, lines[at + 1 : at + 2])
        ):
            listed.append(at)  # a listed story's date, before its headline or on a line below
            continue
        if not _may_be_headline(line) or find_date(line, lang) is not None:
            return listed[:-1]
        if _short_heading(line) or _capitals_label(line):
            return listed
        listed.append(at)
    return listed[:-1]


def _capitals_label(line: str) -> bool:
    """A section label in capitals ("HỢP TÁC QUỐC TẾ", "WORLD NEWS"): a kicker of a few words,
    where a headline in capitals says who did what in more."""
    return line.isupper() and len(line.split()) <= _MIN_HEADLINE_WORDS


def _label_like(line: str) -> bool:
    return _short_heading(line) or _capitals_label(line) or _release_label(line)


# The label a press release prints above its headline ("Media release", "Pressemitteilung
# Nr. 87/2025", "ข่าวประชาสัมพันธ์"), in the 16 languages: a label, never the headline, though
# longer than the short headings other labels are.
_RELEASE_LABELS = frozenset(
    fold(label)
    for label in (
        "press release", "media release", "media statement", "media statements", "news release",
        "for immediate release", "joint press release", "communiqué de presse", "communiqué",
        "pour diffusion immédiate", "nota de prensa", "comunicado de prensa", "comunicado",
        "para su difusión inmediata", "nota à imprensa", "nota de imprensa",
        "comunicado de imprensa", "para divulgação imediata", "comunicato stampa",
        "per la diffusione immediata", "pressemitteilung", "pressemeldung", "presseinformation",
        "medieninformation", "zur sofortigen veröffentlichung", "komunikat prasowy",
        "informacja prasowa", "do natychmiastowej publikacji", "пресс-релиз",
        "сообщение для прессы", "для немедленной публикации", "прес-реліз",
        "повідомлення для преси", "для негайного оприлюднення", "thông cáo báo chí",
        "thông cáo", "新闻稿", "新聞稿", "新闻通稿", "プレスリリース", "報道発表", "報道発表資料",
        "記者発表資料", "報道資料", "보도자료", "보도 자료", "즉시 보도", "بيان صحفي",
        "بيان صحافي", "بيان إعلامي", "للنشر الفوري", "प्रेस विज्ञप्ति", "प्रेस रिलीज़",
        "तत्काल प्रकाशन हेतु", "ข่าวประชาสัมพันธ์", "ข่าวเผยแพร่", "ข่าวแจก",
    )
)  # fmt: skip
# A release's number or day after its label ("Nr. 87/2025", "No. 12", "— 14/11/2025").
_RELEASE_NUMBER = re.compile(r"\s(?:(?:nr|no|n|nº|n°|№|#|số)\.?)?\s*[\d/.\-–—:]*$")
_MAX_RELEASE_LABEL_CHARS = 60


def _release_label(line: str) -> bool:
    if len(line) > _MAX_RELEASE_LABEL_CHARS:
        return False
    folded = squeeze_spaces(fold(line)).strip(" :：-–—|")
    return _RELEASE_NUMBER.sub("", folded).strip(" :：-–—|") in _RELEASE_LABELS


def _without_date(line: str, lang: str) -> tuple[str, str] | None:
    """What a line prints before and after its date, times left out; None without a date."""
    found = find_date(line, lang)
    if found is None:
        return None
    start, end = found[1]
    return _TIME.sub(" ", line[:start]), _TIME.sub(" ", line[end:])


def _dated_headline(line: str, lang: str) -> bool:
    """A listed story's headline after its date and time ("10:15 13/07/2025 Khánh thành cầu
    vượt …"): only a time before the date, a full headline after it."""
    parts = _without_date(line, lang)
    if parts is None or any(char.isalpha() for char in parts[0]):
        return False
    rest = parts[1].strip(_OUTLET_PUNCTUATION)
    return _may_be_headline(rest) and not _short_heading(rest)


def _item_date(line: str, lang: str, after: list[str]) -> bool:
    """A listed story's date on the line below its headline ("12/07/2025", "hace 3 horas"): a
    date, times or a relative time alone, with another listed headline right after it (the
    article's own date line has its headline above it and its byline or text below)."""
    parts = _without_date(line, lang)
    if parts is not None:
        alone = not any(char.isalpha() for char in "".join(parts))
    else:
        alone = len(line) <= _MAX_BARE_RELATIVE_CHARS and _RELATIVE_TIME.fullmatch(line.strip())
    return bool(alone) and any(
        _may_be_headline(below)
        and not _short_heading(below)
        and not is_page_furniture(below)
        and find_date(below, lang) is None
        for below in after
    )


# A related-stories box inside an article lists a few headlines; the article's own paragraphs
# go on below it (a comment box's prompt, "Your email address will not be published.", is
# shorter than a paragraph).
_MIN_BOX_HEADLINES = 2
_MAX_BOX_HEADLINES = 4


def _inline_box(lines: list[str], index: int, lang: str) -> list[int]:
    """The lines of the headlines a "Related" label at ``index`` lists inside the article, when
    two to four headlines follow it and then a paragraph of the article (longer than a date
    line); none otherwise (the next story, comments: the article ended at the label)."""
    listed: list[int] = []
    for at in range(index + 1, len(lines)):
        line = lines[at]
        if not line:
            continue
        if _may_be_headline(line) and find_date(line, lang) is None:
            listed.append(at)
            if len(listed) > _MAX_BOX_HEADLINES:
                return []  # more headlines than a box holds: the next stories
            continue
        paragraph = not is_heading(line) and len(line) > _MAX_DATELINE_CHARS
        fits = _MIN_BOX_HEADLINES <= len(listed) <= _MAX_BOX_HEADLINES
        return listed if paragraph and fits else []
    return []


class DateLine(NamedTuple):
    date: dt.date | None
    outlet: str | None
    # What the line named that has no outlet's shape (drafted as no outlet).
    seen: str | None = None


# The label of the day a page last changed, right before that date: "Updated", "Cập nhật",
# "Mis à jour le", "最終更新：", "수정", "अपडेटेड:", "آخر تحديث".
_UPDATE_LABEL = re.compile(
    r"(?:updated|last updated|last modified|modified|cập nhật|aktualisiert|mis à jour|"
    r"actualizado|atualizado|aggiornato|zaktualizowano|обновлено|оновлено|更新|最終更新|更新时间|"
    r"수정|최종수정|อัปเดต|แก้ไขล่าสุด|अपडेटेड|अपडेट|آخر تحديث|تحديث)"
    r"\s*(?:on|le|el|am|il|em|lúc|ngày|at)?\s*[:：]?\s*$",
    re.IGNORECASE,
)


def _updated(before: str) -> bool:
    """Whether the text before a date labels it as the day the page last changed."""
    return _UPDATE_LABEL.search(before[-_MAX_UPDATE_LABEL:]) is not None


_MAX_UPDATE_LABEL = 24


def _publication_date(line: str, lang: str) -> tuple[dt.date, tuple[int, int]] | None:
    """The first date on the line, unless it is labelled as the update and another date follows
    ("Updated 19 Nov 2025 | Published 18 Nov 2025"): then that one."""
    found = find_date(line, lang)
    if found is None or not _updated(line[: found[1][0]]):
        return found
    later = find_date(line[found[1][1] :], lang)
    if later is None:
        return found
    shift = found[1][1]
    return later[0], (later[1][0] + shift, later[1][1] + shift)


def _dateline(line: str, lang: str, sections: frozenset[str] = frozenset()) -> DateLine | None:
    if not _dateline_length(line):
        return None
    found = _publication_date(line, lang)
    if found is None:
        return None
    date, (start, end) = found
    before = line[:start]
    # "РИА Новости, 25.11.2025": an outlet's name before the comma, not the place of filing.
    filed = _PLACE_BEFORE_DATE.match(before) is not None and not has_outlet_shape(
        before.strip(" ,")
    )
    if filed:
        before = ""  # "Mainz, 9. September 2025": where the story was filed, not an outlet
    outlet, seen = _outlet(before + " | " + line[end:], lang, sections)
    if filed and outlet is not None and _WIRE_CREDIT.match(line[end:]):
        # "Linz, 14. November 2025 – APA": the agency a dash credits after a wire dateline
        # filed the story; like "Hanoi (VNA) –" it is not the page's outlet (a field set off
        # by a bar, "Valladolid, 19 de noviembre de 2025 | Diario de la Meseta", is).
        return DateLine(date, None, outlet)
    return DateLine(date, outlet, seen)


# A date line of several fields set apart by bars ("संवाददाता, लखनऊ | प्रकाशित: शुक्रवार, 14
# नवंबर 2025, 09:40 PM IST | अपडेटेड: … | 3 घंटे पहले") runs longer than one date: each field is
# as short as a date line, and the whole line as short as a heading.
_DATELINE_FIELDS = re.compile(r"\s[|｜]\s")


def _dateline_length(line: str) -> bool:
    if len(line) <= _MAX_DATELINE_CHARS:
        return True
    fields = _DATELINE_FIELDS.split(line)
    return (
        len(line) <= _MAX_HEADING_CHARS
        and len(fields) > 1
        and all(len(field) <= _MAX_DATELINE_CHARS for field in fields)
    )


_WIRE_CREDIT = re.compile(r"\s*[-–—]\s*[^|·•]+$")


def _relative_dateline(
    line: str, lang: str, sections: frozenset[str] = frozenset()
) -> DateLine | None:
    """A date line that says only how long ago the page was posted ("Münchner Abendzeitung |
    vor 2 Stunden", "Updated 3 hours ago"): it has no date, an editor supplies it."""
    if len(line) > _MAX_DATELINE_CHARS or not _RELATIVE_TIME.search(line):
        return None
    if len(line) > _MAX_BARE_RELATIVE_CHARS and not _FIELD_SEPARATOR.search(line):
        return None  # "Hai bên đã ký kết 3 ngày trước.": a sentence, not a date line
    return DateLine(None, *_outlet(line, lang, sections))


# A relative time alone on its line ("Updated 3 hours ago") or among fields set off by bars.
_MAX_BARE_RELATIVE_CHARS = 32
_FIELD_SEPARATOR = re.compile(r"[|·•]")


_ARTICLES = frozenset(
    {"the", "le", "la", "les", "l'", "el", "los", "las", "il", "lo", "der", "die", "das",
     "o", "a", "os", "as"}
)  # fmt: skip
# Outlets stand apart from the date with a bar, dot or dash; a name and a comma right before
# the date is the place of the dateline, in any script ("अहमदाबाद, 3 दिसंबर 2025": the vowel
# signs of Devanagari and Thai are no word characters, so any letter but a separator counts).
# Arabic joins the place to the date with "in" and no comma ("الإسكندرية في 9 نوفمبر 2025").
_PLACE_BEFORE_DATE = re.compile(
    r"^\s*[^\W\d_][^\d,|:;·•()]{0,30},\s*(?:le|el|il|am|den|on|ngày|dnia|de|em)?\s*$"
    r"|^\s*[^\W\d_][^\d,|:;·•()]{0,30}\s+في\s*$",
    re.IGNORECASE,
)


_TIME = re.compile(
    # The word for "at" or "hours" before a time goes with it ("ore 13:10", "a las 9:30"): alone
    # it is no outlet, and "Il Sole 24 Ore" keeps its name.
    r"(?:(?<!\w)(?:alle\s+ore|ore|a\s+las|a\s+la|às|alle)\s+)?"
    r"(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|Uhr|hrs|hs|h|น\.))?(?!\d)"
    # 19時12分, 9点30分, 14시 32분
    r"|(?<!\d)\d{1,2}\s*[時时点시]\s*\d{1,2}\s*[分분]"
)
# "Atualizado há 2 horas", "hace 3 horas", "2 hours ago", "vor 2 Stunden", "il y a 2 heures":
# when the page last changed, not an outlet.
_TIME_UNITS = (
    r"\d+\s*(?:horas?|heures?|hours?|Stunden?|ore|minutos?|minutes?|Minuten?|minuti|min|giờ|"
    r"phút|시간|분|時間|分钟|小时|"
    # days, and the units of the languages that count back with "назад", "पहले", "منذ"
    r"days?|Tagen?|jours?|d[ií]as|giorni|ngày|일|日|天|час(?:а|ов)?|минут[уы]?|дн(?:я|ей|ів)|"
    r"годин[иу]?|хвилин[иу]?|godzin[ya]?|minut[ya]?|dni|घंटे|घंटा|मिनट|दिन|ساعة|ساعات|دقيقة|"
    r"دقائق|يوم|أيام|ชั่วโมง|นาที|วัน)"
)
_RELATIVE_TIME = re.compile(
    rf"(?:há|hace|il y a|vor|منذ)\s*{_TIME_UNITS}"
    rf"|{_TIME_UNITS}\s*(?:ago|fa|trước|전|前|назад|тому|temu|पहले|ที่แล้ว)",
    re.IGNORECASE,
)
# A newsroom or desk on the date line ("लखनऊ ब्यूरो", "Hanoi Bureau"): where the story was
# written, not the outlet.
_BUREAU = re.compile(
    r"(?:bureau|ब्यूरो|desk|correspondent|संवाददाता|newsroom|staff|redacci[oó]n|redaktion|"
    r"r[ée]daction|redazione|reda[cç][aã]o|redakcja|редакция|редакція|pv|nhóm pv|biên tập|"
    r"編集部|编辑部)\s*$",
    re.IGNORECASE,
)
# "5 min read", "3 phút đọc", "Lectura: 3 min": how long the article takes to read.
_READING_TIME = re.compile(
    r"\d+\s*(?:min|mins|minutes?|phút|分|분|мин|minut[oy]?|minuti|minuten|minutos)\b",
    re.IGNORECASE,
)
_ZONE = re.compile(
    r"\b(?:GMT|UTC|ICT|KST|JST|CST|CET|CEST|MSK|EST|EDT|BST|IST)\b"
    r"\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?"
)
# Another date on the line ("입력 2025.07.03 14:22 수정 2025.07.03 15:10": posted, updated).
_NUMERIC_DATE = re.compile(
    r"(?<!\d)\d{4}[./-]\d{1,2}[./-]\d{1,2}(?!\d)|(?<!\d)\d{1,2}[./]\d{1,2}[./]\d{4}(?!\d)"
    # the day of an update, without its year: "(7月8日 05時01分更新)", "(7월 8일 수정)"
    r"|(?<!\d)\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일](?!\d)"
)
# A byline names the writer, not the outlet: "By Minh Anh", "Von Anna Reuter", "di Giulia Ferri".
_BYLINE_PIECE = re.compile(
    r"^(?:by|par|por|von|di|autor|autorin|author|автор|bởi|tác giả|كتب|بقلم|作者|文|記者|기자|"
    r"编辑|編輯|责编|責編|责任编辑|編集|"
    r"โดย|ข่าวโดย|เขียนโดย|लेखक)\s*(?:[:：]\s*|\s+)\S",
    re.IGNORECASE,
)
# Korean, Japanese and Chinese bylines put the reporter's title after the name ("김지훈 기자",
# "山田太郎記者", "张明 特派记者") or between the paper and the name: a writer, not the outlet.
_BYLINE_AFTER = re.compile(
    r"\S\s*(?:기자|특파원|記者|记者|特派員|特派员|通讯员|通信員)$"
    # the paper's reporter, then the name: "三亚日报记者 陈晓雯", "共同通信記者 山田太郎"
    r"|(?:記者|记者|特派員|特派员|通讯员|通信員)\s+\S{1,5}$"
)
# Labels of the posting and updating times, alone or in a row ("입력 수정", "Publication date").
_TIME_LABEL_WORDS = frozenset(
    fold(word)
    for word in (
        "입력", "수정", "등록", "승인", "기사입력", "최종수정", "업데이트", "publication", "date",
        "posted", "updated", "published", "last", "modified", "à", "at", "um", "alle", "às",
        "lúc", "в", "o", "godz.", "h", "uhr", "更新", "公開", "配信", "发布时间", "发布",
        "时间", "更新时间", "송고시간", "송고", "기사승인", "등록일", "수정일", "조회수", "조회",
        "views", "lượt xem", "วันที่", "เวลา", "น.", "閲覧数", "เผยแพร่", "อัปเดต", "แก้ไขล่าสุด",
        # the update's label left in brackets once its date is gone: "(обновлено: …)"
        "обновлено", "оновлено", "actualizado", "atualizado", "aggiornato", "aktualisiert",
        "zaktualizowano", "aktualizacja",
    )
)  # fmt: skip
# "Cập nhật:", "Updated:", "Publié le" and the like: a short label ending in a colon.
_LABEL = re.compile(r"^[^\W\d][^:：|·]{0,24}[:：]\s*")
# Pieces stand apart by bars, dashes and commas (Arabic "،").
_PIECES = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+|[,،]\s*")
# After a labelled field's value, another labelled field ("来源：云南日报 作者：张晓燕").
_NEXT_FIELD = re.compile(r"\s+[^\W\d][^\s:：]{0,8}[:：].*$")
# The portal's channel after its name on a source line: "来源：人民网－国际频道".
_CHANNEL = re.compile(r"\s*[－—-]\s*[^\s－—-]{1,8}(?:频道|頻道)$")
_DATE_WORDS = re.compile(
    r"^(?:(?:posted|published|updated|publié|mis à jour|publicado|actualizado|veröffentlicht|"
    r"aktualisiert|opublikowano|zaktualizowano|pubblicato|aggiornato|atualizado|đăng|"
    r"mis (?:à )?jour|publicada|opublikowany|опубликовано|обновлено|опубліковано|"
    r"نشر|تاريخ النشر)(?:\s+(?:on|le|el|am|il|em|في|ngày|lúc))?"
    r"|ngày|am|le|el|il|on|den|dnia|de|م|ص"
    # the year's abbreviation after a date: Polish "2025 r.", Russian "2025 г.", Ukrainian "р."
    r"|r|г|р)$",
    re.IGNORECASE,
)


@drafting_cache
def _outlet_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words naming a publication (vocabularies/languages.yaml), and the registry's outlets
    with and without such a word ("Báo Lao Động", "Lao Động"), folded."""
    words = frozenset(fold(str(w)) for w in layout_data().get("outlet_words") or ())
    known = set()
    for outlet in drafting_registries().outlets.values():
        known.add(fold(outlet))
        first, _, rest = fold(outlet).partition(" ")
        if first in words and rest:
            known.add(rest)
    return words, frozenset(known)


def _writers_name(piece: str) -> bool:
    """Whether a piece of the date line is a person's name (a byline without "By"): two or
    three capitalised words, none naming a publication, and no outlet the registry knows."""
    words = piece.split()
    if not 2 <= len(words) <= 3:
        return False
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return False
    if has_outlet_shape(piece):
        return False
    # An article starts a publication's name, never a person's ("Le Monde", "The Star").
    return fold(words[0]) not in _ARTICLES


def _not_a_name(piece: str, lang: str) -> bool:
    """A piece of a date line that is no outlet: a byline ("Posted by admin"), a reading time
    ("5 min read"), another date ("Updated 13 May 2025"), a share button or comment counter."""
    return bool(
        _BYLINE_PIECE.match(piece)
        or _READING_TIME.search(piece)
        or find_date(piece, lang) is not None
        or is_page_furniture(piece)
        or is_more_link(piece)
        or _is_furniture(piece)
    )


def _outlet(
    text: str, lang: str, sections: frozenset[str] = frozenset()
) -> tuple[str | None, str | None]:
    """The outlet named on a date line, once the date, times, time zones, weekdays, labels
    ("Cập nhật:") and the page's section names (``sections``, folded) are gone; aggregators
    print it twice ("Báo XBáo X"). Only a name with an outlet's shape (`has_outlet_shape`) is
    drafted, after a source label ("来源：") or not; the other is returned second, as seen."""
    text = _ZONE.sub(" ", _TIME.sub(" ", _NUMERIC_DATE.sub(" ", text)))
    text = _RELATIVE_TIME.sub(" ", text)
    weekdays = frozenset(weekday_names(lang))
    pieces = []
    for raw in _PIECES.split(text):
        piece = _outlet_piece(raw.strip(), lang, weekdays, sections)
        if piece is not None:
            pieces.append(piece)
    pieces = [piece for piece in pieces if not _writers_name(piece)]
    if not pieces:
        return None, None
    name = squeeze_spaces(" ".join(pieces))
    half = len(name) // 2
    if len(name) % 2 == 0 and name[:half] == name[half:]:
        name = name[:half]
    if has_outlet_shape(name):
        return name, None
    return None, name


def _outlet_piece(
    piece: str, lang: str, weekdays: frozenset[str], sections: frozenset[str]
) -> str | None:
    """What a piece of the date line leaves as a name (None for a byline, label, desk, time,
    weekday, section or button); a source label before it ("来源：", "Nguồn:") is dropped."""
    if _BYLINE_PIECE.match(piece):
        return None
    unlabelled = _LABEL.sub("", piece)
    labelled = unlabelled != piece
    if labelled:
        unlabelled = _CHANNEL.sub("", _NEXT_FIELD.sub("", unlabelled))
    # A slash may set the date apart too ("Газета «Кьензянг» / 05.12.2024").
    piece = unlabelled.strip(" ·|-–—,./")
    if piece[:1] in "(（" and piece[-1:] in ")）":
        piece = piece[1:-1].strip(" :：")  # "(7月8日 05時01分更新)": an update note in brackets
    if _BYLINE_PIECE.match(piece) or _BYLINE_AFTER.search(piece) or _BUREAU.search(piece):
        return None  # "发布时间：… 作者：黄美玲": a byline after a label
    piece = " ".join(
        word
        for word in _without_publisher_label(piece).split()
        if fold(word).rstrip(":：") not in _TIME_LABEL_WORDS
    )
    piece = _without_weekday_after(piece, weekdays)
    if not piece or not any(ch.isalpha() for ch in piece) or _DATE_WORDS.match(piece):
        return None
    if fold(piece).rstrip(".") in weekdays:
        return None
    # A breadcrumb may start with the site's own name ("新华网 > 国际 > 正文"): after a source
    # label ("来源：新华网") an outlet-shaped name is the outlet, not a section.
    if fold(piece) in sections and not (labelled and has_outlet_shape(piece)):
        return None
    if _not_a_name(piece, lang) or is_section_label(piece):
        return None
    return piece


# "Originally published by Báo Sóc Trăng on Friday, 18 April 2025", "Publicado por Báo Đồng
# Nai el martes, 26 de agosto …": the publisher's label, and the weekday its date opens with.
_PUBLISHED_BY = re.compile(
    r"^(?:(?:originally|first)\s+)?(?:published|posted)\s+by\s+"
    r"|^publicad[oa]\s+(?:originalmente\s+)?por\s+|^publié\s+(?:initialement\s+)?par\s+"
    r"|^veröffentlicht\s+von\s+|^pubblicato\s+da\s+|^opublikowane\s+przez\s+"
    r"|^опубликовано\s+|^опубліковано\s+|^đăng\s+bởi\s+|^نشر(?:ه|ت)?\s+",
    re.IGNORECASE,
)
# The word before a weekday ("on", "el", "le", "am", "в"): a preposition of a few letters.
_MAX_PREPOSITION_CHARS = 3


def _without_publisher_label(piece: str) -> str:
    """The name after a publisher's label, without the preposition its date stood after
    ("Publicado por Báo Hải Phòng el 14/11/2025", the date gone: "Báo Hải Phòng")."""
    name = _PUBLISHED_BY.sub("", piece)
    words = name.split()
    if name != piece and len(words) > 1 and _preposition(words[-1]):
        words.pop()
    return " ".join(words)


def _preposition(word: str) -> bool:
    return len(word) <= _MAX_PREPOSITION_CHARS and word.islower()


def _without_weekday_after(piece: str, weekdays: frozenset[str]) -> str:
    words = piece.split()
    if len(words) < 2 or fold(words[-1]).rstrip(".") not in weekdays:
        return piece
    words.pop()
    if len(words) > 1 and _preposition(words[-1]):
        words.pop()
    return " ".join(words)


@drafting_cache
def _section_words() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in layout_data().get("section_words") or ())


# A section word of five letters or more also stands with a case ending ("регіонів").
_MIN_SECTION_STEM = 5
_MAX_SECTION_ENDING = 3


def _section_word(token: str, words: frozenset[str]) -> bool:
    return token in words or any(
        len(word) >= _MIN_SECTION_STEM
        and token.startswith(word)
        and len(token) - len(word) <= _MAX_SECTION_ENDING
        for word in words
    )


def is_section_label(name: str) -> bool:
    """Whether a name is a site's section label ("World News", "Asia & Pacific", "Новини
    регіонів", "Notizie dal Mondo"): only news words, regions and beats, however many
    publication words it holds. An article opens an outlet's name ("Le Monde", "El Mundo") and
    a registered outlet is one; neither is a section."""
    first = name.split(maxsplit=1)[:1]
    if not first or (first[0].lower() in _ARTICLES and " " in name.strip()):
        return False
    folded = fold(name).strip()
    if folded in _outlet_kind_words()[3]:
        return False
    words = _section_words()
    tokens = [token for token in _NAME_WORDS.split(folded) if token]
    return bool(tokens) and all(_section_word(token, words) for token in tokens)


@drafting_cache
def _outlet_kind_words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """Kind words of outlets: whole words ("Báo", "Zeitung"), parts of glued names ("日报",
    "신문", "zeitung" in "Abendzeitung"), last characters of Han names ("报", "网", "社"), and
    the names of the registry's news outlets and broadcasters (kind ``media``), all folded."""
    data = layout_data()
    parts = tuple(fold(str(w)) for w in data.get("outlet_word_parts") or ())
    ends = tuple(fold(str(w)) for w in data.get("outlet_name_ends") or ())
    words, known = _outlet_words()
    media = {
        fold(name)
        for partner in drafting_registries().partners.values()
        if partner.kind == "media"
        for name in (partner.name_en, partner.name_vi, *partner.aliases)
    }
    return words, parts, ends, known | media


# "vietnamplus.vn", "zing.vn", "rfi.fr": a site named by its domain.
_DOMAIN_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$")
_NAME_WORDS = re.compile(r"[\s\-–]+")
# One word with a capital inside after small letters is a brand's spelling ("VietnamNet",
# "VnExpress"), not a person's or a city's name; surnames that spell so start with a particle.
_BRAND_WORD = re.compile(
    r"(?!(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|La|Le|Van|Von|Ten|Ter)[A-Z])[A-Z][a-z]+[A-Z][a-z]+"
)


def has_outlet_shape(name: str) -> bool:
    """Whether a name printed on a date line is shaped like an outlet's: an outlet of the
    registries, a name with a publication's kind word ("Báo …", "… Times", "…日报", "…신문",
    "Abendzeitung"), a name opening with an article ("Le Monde", "The Star") or a domain. A
    byline, a desk, an agency's code or a city is none of these, and is not drafted."""
    folded = fold(name).strip()
    words, parts, ends, known = _outlet_kind_words()
    if folded in known or _DOMAIN_NAME.match(folded):
        return True
    tokens = [token for token in _NAME_WORDS.split(folded) if token]
    spaced = f" {' '.join(tokens)} "
    if any(f" {word} " in spaced for word in words):
        return True
    if len(tokens) > 1 and tokens[0] in _ARTICLES:
        return True
    if " " not in name.strip() and _BRAND_WORD.match(name.strip()):
        return True
    return any(part in folded for part in parts) or folded.endswith(ends)


def parse(text: str, lang: str) -> Layout:
    layout = Layout()
    lines = [without_title_label(line.strip()) for line in text.replace("\r\n", "\n").split("\n")]
    # "Lire aussi : <another headline>" inside or below the article links to another story.
    # An editor's credit ("Redaktion: Jens Albrecht") is furniture wherever it stands.
    lines = _without_share_bars_above(
        line
        for line in lines
        if not is_story_link(line)
        and not is_editor_credit(line)
        and not is_button_row(line)
        and not is_chinese_caption(line)
    )
    lines = _cut_after_article(_strip_aggregator(lines), layout, lang)
    content = [line for line in lines if line]
    if not layout.has_source_line and content:
        _closing_attribution(content, layout)
    layout.blocks = _blocks(_read_header(content, lang, layout))
    return layout


def _without_share_bars_above(lines: Iterable[str]) -> list[str]:
    """The lines without the share buttons printed above the first paragraph (below it, a
    share bar may end the article and is cut with what follows)."""
    kept: list[str] = []
    in_header = True
    for line in lines:
        if in_header and is_share_bar(line):
            continue
        # A paragraph ends the header: longer than a date line ("… | อัปเดต 2 ต.ค. 2568 น.").
        in_header = in_header and (len(line) <= _MAX_DATELINE_CHARS or is_heading(line))
        kept.append(line)
    return kept


# A news agency's credit closing the article: one word in brackets, alone on the last line (a
# desk and writer, "（経済部・森下亮）", or an editor's label, "（责任编辑：…）", are more).
_AGENCY_CREDIT = re.compile(r"^\s*[(（]\s*([^\W\d_]{2,12})\s*[)）]\s*$")


def _closing_agency(line: str, masthead: str, after_paragraph: bool) -> str | None:
    """The agency ``line`` credits as closing the article: after a paragraph, and not the
    page's own masthead (an agency's own site names no other outlet)."""
    found = _AGENCY_CREDIT.match(line) if after_paragraph else None
    if found is None or fold(found.group(1)) == fold(masthead):
        return None
    return found.group(1)


def _closing_attribution(content: list[str], layout: Layout) -> None:
    """A last line that only credits an outlet, label without colon ("Theo Báo Nghệ An",
    "(Nguồn TTXVN)"), is a source line too: it names the outlet and ends the article; so is a
    republished-from credit ("This article was first published by The Mekong Ledger.")."""
    at = len(content) - 1
    # A share bar under the credit ("Chia sẻ Facebook | Zalo") is not the article's last line.
    while at > 0 and is_share_bar(content[at]):
        at -= 1
    last = content[at].strip("()[] ")
    if len(last) > _MAX_OUTLET_CHARS + _label_chars():
        return
    republished = _republished_credit(last)
    found = _source_patterns()[2].match(fold(last)) or republished
    if found is None:
        return
    name = _named_outlet(last[found.end() :].rstrip(" .。"))
    if name is not None and not name[0].islower() and len(name.split()) <= _MAX_CREDIT_WORDS:
        del content[at:]
        # "First published by …" says the name is a publication's, whatever its shape.
        _keep_source(layout, None, name, published=found is republished)


@drafting_cache
def _republished_credits() -> re.Pattern[str]:
    """A credit's words (vocabularies/languages.yaml `republished_from`, any language) after at
    most a few words ("This article was"), then the name of the outlet that first published it."""
    words = {
        squeeze_spaces(str(word)).strip()
        for spec in layout_data()["languages"].values()
        for word in spec.get("republished_from") or ()
    }
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w)
    return re.compile(
        rf"^(?:[^\W\d_][\w'’]*\s+){{0,{_MAX_CREDIT_LEAD_WORDS}}}(?:{alternation})\s*[:：]?\s*",
        re.IGNORECASE,
    )


# "This article was first published by": the words a credit may start with before its own.
_MAX_CREDIT_LEAD_WORDS = 4


def _republished_credit(line: str) -> re.Match[str] | None:
    return _republished_credits().match(line)


def _read_header(content: list[str], lang: str, layout: Layout) -> list[str]:
    """Find the headline and the date line at the top; return the lines of the body.

    Aggregator pages print headline, lead, then the outlet+date line: the lead is the body's
    first paragraph (a teaser that the next paragraph repeats is dropped in ``_blocks``).
    Short heading-like lines between headline and date line (section names, bylines) are not.
    """
    sections = _section_names(content, lang)
    # Bylines go with the page furniture; the outlet one prints is read first.
    byline_outlet = _byline_outlet(_above_first_paragraph(content))
    crumbs = _breadcrumb_headlines(content)
    content, joined = _joined_headlines(_without_page_furniture(content, lang), lang)
    for index, dated in _datelines(content, lang, sections):
        if dated is not None:
            below_headline = _dated_below_headline(content, index, lang, sections, dated)
            layout.date, layout.outlet, layout.outlet_seen = below_headline or dated
            body_start = index + 1
            published = _published_below(content, index, lang, sections)
            if published is not None:
                body_start += 1  # "Updated: 13 May 2025" above "Published: 12 May 2025"
                layout.date = published.date
                layout.outlet = layout.outlet or published.outlet
            layout.outlet = layout.outlet or byline_outlet or _relative_outlet(content, lang)
            first = 0
            above = []
            if index >= 1 and is_heading(content[0]):
                # A writer's name, with or without "By" ("di Giulia Ferrari", "Lucía Ferrer
                # Monfort"), is no rival either: printed last, it hid the deck above it.
                rivals = [
                    text
                    for text in content[1:index]
                    if _may_be_headline(text)
                    and not _writers_name(text)
                    and not _BYLINE_PIECE.match(text)
                ]
                above = [content[0], *rivals]
                first = 1
            # A page that prints its date line above the headline ("Thứ Tư, 03/12/2025 - 09:30",
            # a kicker, then the headline): the headings between it and the first paragraph.
            # Only section labels above ("ข่าวจังหวัด", province news): the headline is below,
            # in Thai too (the choice is flagged, above and below both holding lines).
            labels_above = bool(above) and all(map(_label_like, above))
            below = _headings_below(content, body_start, lang, labels_above)
            lead = [text for text in content[first:index] if not is_heading(text)]
            body = lead + content[body_start:]
            if above or below:
                # A deck is printed right above the date line, with no paragraph between.
                headline, uncertain = _choose_headline(above, below, body, crumbs, not lead)
                headline = _long_headline_under_label(content[1:index], headline)
                layout.headline = headline
                layout.headline_uncertain = (
                    layout.headline_uncertain
                    or uncertain
                    or headline in joined
                    or _long_heading_left_out(content[1:index], headline)
                    or _issuer_below(content, body_start)
                )
                if headline in below:
                    body = lead + content[content.index(headline, body_start) + 1 :]
            return body
    if len(content) > 1 and is_heading(content[0]):
        # Masthead, headline, byline: heading-like lines in a row before the first paragraph.
        count = 1
        while count < min(len(content) - 1, _HEADER_LINES) and _may_be_headline(content[count]):
            count += 1
        # They are all heading-like: a longest line printed last, under a headline the lead
        # repeats, is its deck here too ("La casa de estudio ofrecerá 15 becas …").
        headline, uncertain = _choose_headline(
            content[:count], [], content[count:], crumbs, decked=True
        )
        layout.headline = headline
        layout.headline_uncertain = layout.headline_uncertain or uncertain or headline in joined
        if count < len(content):
            layout.date = _wire_date(content[count], lang)
        return content[count:]
    return content


# A byline's fields: "By Minh Chau | Vietnam News", "By Sok Chanthy, Khmer Times".
_BYLINE_FIELDS = re.compile(r"\s*[|｜·•,]\s*")


def _relative_outlet(content: list[str], lang: str) -> str | None:
    """The outlet named beside a relative time in the header ("Báo Quảng Bình · 2 giờ trước"),
    where the date line that dates the page names none ("Thứ Bảy, 10/05/2025 | 09:15")."""
    for line in content[:_HEADER_LINES]:
        dated = _relative_dateline(line, lang)
        if dated is not None and dated.outlet is not None:
            return dated.outlet
    return None


def _above_first_paragraph(content: list[str]) -> list[str]:
    """The header's lines above the article's first paragraph (where bylines stand)."""
    for index, line in enumerate(content[:_HEADER_LINES]):
        if _is_paragraph(line):
            return content[:index]
    return content[:_HEADER_LINES]


def _byline_outlet(lines: list[str]) -> str | None:
    """The outlet a byline above the article prints after the writer's name ("By Minh Chau |
    Vietnam News"): a field with an outlet's shape, the writer's name never."""
    for line in lines:
        if len(line) > _MAX_DATELINE_CHARS or not _BYLINE_PIECE.match(line):
            continue
        for piece in _BYLINE_FIELDS.split(line)[1:]:
            name = _named_outlet(piece)
            if name is not None and has_outlet_shape(name):
                return name
    return None


def _datelines(
    content: list[str], lang: str, sections: frozenset[str]
) -> Iterator[tuple[int, DateLine | None]]:
    """The header's lines read as date lines: first those with a date, then, on a page that
    prints none, those with only a relative time ("vor 2 Stunden")."""
    header = content[:_HEADER_LINES]
    yield from ((index, _dateline(line, lang, sections)) for index, line in enumerate(header))
    yield from (
        (index, _relative_dateline(line, lang, sections)) for index, line in enumerate(header)
    )


def _dated_below_headline(
    content: list[str], index: int, lang: str, sections: frozenset[str], top: DateLine
) -> DateLine | None:
    """The article's own date line, printed under its headline, when the page also prints
    today's date above it in the masthead ("miércoles, 21 de mayo de 2025", the headline,
    then "20 mayo, 2025"): the first date line below a full headline, before the first
    paragraph, no later than the masthead's day (a page is not dated after the day it is read;
    a later date there is the update's)."""
    headline_seen = False
    for line in content[index + 1 : index + _HEADER_LINES]:
        if not is_heading(line) or top.date is None:
            return None
        lower = _dateline(line, lang, sections)
        if lower is not None:
            fits = headline_seen and lower.date is not None and lower.date <= top.date
            return lower._replace(outlet=lower.outlet or top.outlet) if fits else None
        headline_seen = headline_seen or (_may_be_headline(line) and not _label_like(line))
    return None


def _published_below(
    content: list[str], index: int, lang: str, sections: frozenset[str]
) -> DateLine | None:
    """The date line below an update's own line ("Updated: 13 May 2025" then "Published: 12 May
    2025"): the page's publication date is the one that is not the update's."""
    line = content[index]
    found = find_date(line, lang)
    if found is None or not _updated(line[: found[1][0]]) or index + 1 >= len(content):
        return None
    below = content[index + 1]
    dated = _dateline(below, lang, sections)
    if dated is None or _updated(below[: find_date(below, lang)[1][0]]):
        return None
    return dated


# Menus and breadcrumbs stand in the first lines of a page.
_MENU_LINES = 8
_MENU_SEPARATORS = re.compile(r"\s{2,}|\s*[|·>›»/]\s*")


def _headline_key(line: str) -> str:
    # A breadcrumb may print the headline in another case than the page's all-caps headline.
    return squeeze_spaces(fold(line)).casefold()


def _breadcrumb_headlines(content: list[str]) -> frozenset[str]:
    """The headlines the page's breadcrumbs end with ("Home / World / <headline>"), as keys."""
    return frozenset(
        _headline_key(found)
        for line in content[:_MENU_LINES]
        if (found := breadcrumb_headline(line)) is not None
    )


def _signed(line: str) -> bool:
    """Whether a line is a byline of a writer's name ("di Luca Benassi", "by Jane Doe"), not the
    rest of a headline that goes on with the same word ("… di tecnici vietnamiti")."""
    found = _BYLINE_PIECE.match(line)
    return found is not None and _writers_name(line[found.end() - 1 :])


def _continues(upper: str, lower: str, lang: str) -> bool:
    """Whether ``lower`` goes on with the headline ``upper`` printed over two lines ("Busan to
    train 200 Vietnamese" / "shipyard workers in Hải Phòng"): no headline, deck or kicker starts
    with a small letter, nor does one end with a full stop; date lines ("lunes, 7 de julio de
    2025", "hace 3 horas") may start small and are never part of it, nor are bylines ("di Luca
    Benassi")."""
    return (
        lower[:1].islower()
        and not _signed(lower)
        and _may_be_headline(upper)
        and _may_be_headline(lower)
        and not upper.rstrip().endswith(_SENTENCE_END)
        and not is_navigation(upper)
        and "  " not in upper  # a menu's sections stand apart by runs of spaces
        and len(upper) + len(lower) < _MAX_HEADLINE_CHARS
        and all(
            find_date(line, lang) is None and not _RELATIVE_TIME.search(line)
            for line in (upper, lower)
        )
    )


def _joined_headlines(content: list[str], lang: str) -> tuple[list[str], frozenset[str]]:
    """The header's lines with a headline printed over two lines joined into one, and the
    lines so joined: a guess from the shape alone, which an editor checks."""
    lines: list[str] = []
    joined: set[str] = set()
    for index, line in enumerate(content):
        if not is_heading(line):
            return lines + content[index:], frozenset(joined)  # paragraphs are never joined
        if lines and _continues(lines[-1], line, lang):
            joined.discard(lines[-1])
            lines[-1] = f"{lines[-1]} {line}"
            joined.add(lines[-1])
        else:
            lines.append(line)
    return lines, frozenset(joined)


def _section_names(content: list[str], lang: str) -> frozenset[str]:
    """The site's sections its menus and breadcrumbs name ("Thời sự", "Politics"), folded: on
    the date line they say where the article is filed, not who published it."""
    return frozenset(
        fold(piece).strip()
        for line in content[:_MENU_LINES]
        if is_navigation(line)
        and len(line.split()) > 1
        and find_date(line, lang) is None
        and not _RELATIVE_TIME.search(line)  # "X | vor 2 Stunden" is a date line, not a menu
        for piece in _MENU_SEPARATORS.split(line)
        if piece.strip()
    )


# How far into a wire story's first sentence its date may start: "Le 8 avril 2025," "On 3 May".
_WIRE_DATE_START = 6


def _wire_date(paragraph: str, lang: str) -> dt.date | None:
    """The date a wire story opens with, right after its dateline ("Hanoï (VNA) – Le 8 avril
    2025, ..."), when the page prints no date line: the day the agency filed it."""
    dateline = wire_dateline(paragraph)
    if not dateline:
        return _placed_date(paragraph, lang)
    inside = find_date(dateline, lang)  # "Maputo, 14 Mar 2025 (AIM) –"
    if inside is not None:
        return inside[0]
    rest = paragraph[len(dateline) :]
    found = find_date(rest[:_MAX_DATELINE_CHARS], lang)
    if found is None or found[1][0] > _WIRE_DATE_START:
        return None
    return found[0]


# A dateline's place: a name of a word or a few, no digits ("पटना", "Belo Horizonte").
_MAX_PLACE_WORDS = 3
_MAX_PLACE_CHARS = 30
# The date follows the place's comma and a space: "पटना, 5 मार्च 2025 (प्र.बि.)। …".
_MAX_PLACED_DATE_START = 2


def _placed_date(paragraph: str, lang: str) -> dt.date | None:
    """The date of a dateline of a place and a date that no agency's shape matched ("पटना,
    5 मार्च 2025 (प्र.बि.)।", a Hindi paper's own, closed by a danda): the date right after the
    place's comma."""
    place, comma, _ = paragraph[: _MAX_PLACE_CHARS + 1].partition(",")
    if not comma or not 1 <= len(place.split()) <= _MAX_PLACE_WORDS:
        return None
    if any(char.isdigit() for char in place):
        return None
    found = find_date(paragraph[len(place) + 1 :][:_MAX_DATELINE_CHARS], lang)
    if found is None or found[1][0] > _MAX_PLACED_DATE_START:
        return None
    return found[0]


def _without_page_furniture(content: list[str], lang: str) -> list[str]:
    """The lines above the first paragraph without menus, breadcrumbs, alt text, captions and
    bylines (a date line stays, whatever it looks like)."""
    kept: list[str] = []
    dated_kept: set[str] = set()
    wiped: str | None = None  # the date line a menu below wiped: the masthead's day
    dated_above = False  # the line above was kept as a date line
    for index, line in enumerate(content):
        if not is_heading(line) and not is_page_furniture(line):
            return _with_masthead_date(kept, wiped, dated_kept) + content[index:]
        # A caption's date is the day of its photo ("[사진] 2025년 7월 10일 …"), not a date line.
        dated = None
        if not is_caption(line):
            dated = _dateline(line, lang) or _relative_dateline(line, lang)
        menu = is_navigation(line) or breadcrumb_headline(line) or _home_row(line)
        if menu and dated is None:
            if (dated_above and _byline_row(line)) or (
                kept and _breadcrumb_below_headline(content, index, lang, kept[-1])
            ):
                dated_above = False
                continue
            # Menus and breadcrumbs stand below the masthead: what came before them is the
            # site's name ("Uniwersytet Rolniczy …", "สำนักข่าว…"), not the headline.
            wiped = next((k for k in reversed(kept) if k in dated_kept), wiped)
            kept = []
        elif not is_page_furniture(line) or dated is not None:
            kept.append(line)
            if dated is not None:
                dated_kept.add(line)
        dated_above = dated is not None and bool(kept) and kept[-1] == line
    return _with_masthead_date(kept, wiped, dated_kept)


# A row opening with the link home holds three sections or more after it.
_MIN_HOME_ROW_SECTIONS = 3
# A section's name in Chinese, Japanese or Korean: a few characters.
_MAX_WIDE_SECTION_CHARS = 6


def _home_row(line: str) -> bool:
    """Whether a line is a menu row set apart by single spaces, opening with the link home:
    the words after it are mostly section words ("Início Notícias Províncias Economia Cultura
    Vídeo"), or short Chinese, Japanese or Korean names ("ホーム ニュース 地方 文化 観光 動画").
    A headline opening with "Home" ("Home prices rise in Hanoi") says more than sections."""
    words = after_home_word(line)
    if len(words) < _MIN_HOME_ROW_SECTIONS:
        return False
    if all(_WIDE_CHARS.search(w) and len(w) <= _MAX_WIDE_SECTION_CHARS for w in words):
        return True
    sections = _section_words()
    return 2 * sum(_section_word(w, sections) for w in words) >= len(words)


def _with_masthead_date(kept: list[str], wiped: str | None, dated_kept: set[str]) -> list[str]:
    """The header's lines, headed by the masthead's date line a menu wiped ("Thứ Sáu, 07/11/2025
    | 09:15" above "Trang chủ | Thời sự | …") when the page prints no date line of its own
    above its first paragraph: the day in the masthead is then the page's only date."""
    if wiped is None or any(line in dated_kept for line in kept):
        return kept
    return [wiped, *kept]


def _byline_row(line: str) -> bool:
    """Whether a row right below the date line is a byline of two fields ("Redacción / Ander
    Etxeberria", "Staff | Jane Doe"), not a menu or breadcrumb: a page prints those under its
    masthead, and a row of two pieces there would otherwise wipe the headline above."""
    return len(_MENU_SEPARATORS.split(line.strip())) == 2


def _breadcrumb_below_headline(content: list[str], index: int, lang: str, above: str) -> bool:
    """Whether the breadcrumb at ``content[index]`` is printed between the headline and the
    date line ("Accueil › Monde › Asie" above "Publié le 14 novembre 2025", perhaps with a
    caption or share bar between): the line above it is a full headline, not a masthead too
    short to be one, and stays."""
    if _short_heading(above):
        return False
    for below in content[index + 1 : index + 1 + _HEADER_LINES]:
        if (_dateline(below, lang) or _relative_dateline(below, lang)) is not None:
            return True
        if is_navigation(below) or breadcrumb_headline(below):
            return False  # menus in a row stand under a masthead: a headline has one crumb
        if not is_page_furniture(below):
            return False  # another heading or the first paragraph: no date line below
    return False


# Longer lines are paragraphs in scripts that end sentences without a mark (Thai).
_MAX_HEADLINE_CHARS = 110
# A line this long beside the headline might have been the headline itself.
_MIN_RIVAL_CHARS = 24


def _long_heading_left_out(lines: list[str], headline: str) -> bool:
    """Whether a heading-like line above the date line was left out of the candidates for its
    length (a Thai headline of 125 characters under a section label): the headline may be it."""
    return any(
        line != headline and is_heading(line) and not _may_be_headline(line) for line in lines
    )


def _long_headline_under_label(lines: list[str], chosen: str) -> str:
    """A label chosen for want of a headline ("ข่าวประชาสัมพันธ์", press release) gives way to
    the longest heading-like line above the date line that was left out for its length: a Thai
    headline of two clauses runs past 110 characters. The choice stays flagged."""
    if not _label_like(chosen):
        return chosen
    left_out = [line for line in lines if is_heading(line) and not _may_be_headline(line)]
    return max(left_out, key=_heading_size) if left_out else chosen


def _may_be_headline(line: str) -> bool:
    return is_heading(line) and len(line) <= _MAX_HEADLINE_CHARS


def _may_be_headline_below(line: str, unmarked: bool) -> bool:
    """Whether a line right below the date line may be the headline. Where sentences end with
    a mark, a long line without one is no paragraph: a headline of two clauses runs past 110
    characters ("Ульяновская область и … подписали соглашение о торгово-экономическом
    сотрудничестве"; above the date line, where the longest line wins, the cap stays: a deck of
    two sentences runs as long). A Thai line there may be a short paragraph, and is taken only
    where ``unmarked`` says no full headline stands above the date line."""
    return is_heading(line) and (unmarked or not _UNMARKED_SENTENCES.search(line))


# Thai and Lao end sentences with no mark: a short paragraph below the date line looks like a
# heading there, and cannot rival the headline above it.
_UNMARKED_SENTENCES = re.compile("[\u0e00-\u0eff]")
# A labelled field ("Reporter: …", "Ảnh: …", "ผู้สื่อข่าว: …"): a label of a word or two, a colon.
_FIELD_LABEL = re.compile(r"^[^\W\d_][^\s:：]*(?:\s[^\s:：]+)?\s*[:：]")


# A field's value is a name or credit of a few words; a kicker and colon open a headline of many
# ("Coopération décentralisée : la Région … renouvellent leur accord pour trois ans").
_MAX_FIELD_WORDS = 8


def _labelled_field(line: str) -> bool:
    found = _FIELD_LABEL.match(line)
    return found is not None and len(line[found.end() :].split()) <= _MAX_FIELD_WORDS


# An item of a list of highlights below the headline ("- Five-year partnership signed …"), or
# a Korean press release's subtitle between dashes ("- … 6개 분야 협력 -"): never the headline.
_LIST_ITEM = re.compile(r"^[-–—•▪]\s")


def _headings_below(content: list[str], start: int, lang: str, unmarked: bool = False) -> list[str]:
    """Headline-like lines right below a date line, before the first paragraph (kickers too
    short to be headlines, bylines, labelled fields, "Updated 3 hours ago", reading times,
    photo captions with their credit ("… durante l'incontro. Foto: Báo Cần Thơ"), list items and,
    unless ``unmarked``, Thai paragraphs left out)."""
    found = []
    # The last line is the article's text whatever its shape: a headline has a paragraph below.
    for line in content[start : min(start + _HEADER_LINES, len(content) - 1)]:
        if not is_heading(line):
            break
        if (
            _may_be_headline_below(line, unmarked)
            and not _short_heading(line)
            and not _BYLINE_PIECE.match(line)
            and not _BYLINE_AFTER.search(line)
            and not _READING_TIME.search(line)
            and _dateline(line, lang) is None
            and _relative_dateline(line, lang) is None
            and not _labelled_field(line)
            and not is_caption(line)
            and not _LIST_ITEM.match(line)
            and not _issuer_line(line)
        ):
            found.append(line)
    return found


# A press release's header names who issues it: a minister with a title or seat ("Hon. Graham
# Whitlock MLC", "Agriculture and Food Minister the Hon. … MLA"), a portfolio ("Minister for
# Agriculture and Food; Regional Development", "Ministre de l'Agriculture", "Minister für
# Wirtschaft", "Министр по делам …"), or an office and its division ("産業労働部 国際経済課",
# "外事办公室 亚洲处", "국제협력과"). The forms a headline names a minister by ("Minister Nguyen
# visits …", "Министр посетил …") are left out.
_ISSUER_LINE = re.compile(
    r"(?i:^(?:the\s+)?hon(?:ourable|orable)?\.?\s"
    r"|\bminister\s+the\s+hon\b"
    r"|^minister\s+(?:for|of)\s"
    r"|^ministr[eoa]\s+(?:délégu[ée]e?|chargée?|de|des|du|d'|del|da|do|das|dos|per|della|dello|"
    r"delle|degli|dell')"
    r"|^minister(?:in)?\s+(?:für|ds\.|do\s+spraw)\s"
    r"|^министр\s+по\s|^міністр\s+з\s)"
    r"|\s(?:MLA|MLC|MP|MSP|MHA)$"
    r"|^(?:\S{1,10}(?:部|課|局|室|係|处|處|司|厅|廳|과|국|실|팀)\s*){1,3}$"
)


def _issuer_line(line: str) -> bool:
    return _ISSUER_LINE.search(line) is not None


def _issuer_below(content: list[str], start: int) -> bool:
    """Whether a press release's issuer is printed right below its date line: left out of the
    headline's candidates, it may still have been the only line there, so the choice is
    flagged."""
    for line in content[start : start + _HEADER_LINES]:
        if not is_heading(line):
            return False  # a paragraph may open with the minister's title
        if _issuer_line(line):
            return True
    return False


def _choose_headline(
    above: list[str],
    below: list[str],
    body: list[str],
    crumbs: frozenset[str] = frozenset(),
    decked: bool = False,
) -> tuple[str, bool]:
    """The headline among the heading-like lines above the date line, and whether an editor
    should check it (another line could be it, or it is too short to be sure it is a headline:
    a masthead, a section label left above the date line: "Bayern-Portal", "World").

    The longest line above the date line is the headline. A page that also prints heading-like
    lines between the date line and the first paragraph ("Thứ Tư, 03/12/2025 - 09:30", a
    kicker, then the headline) may have left only its masthead and tagline above: the line,
    above or below, whose words the article's first paragraphs repeat most is the headline,
    and the choice is always flagged (a caption shares as many words as a headline does).

    A line the breadcrumb ends with (``crumbs``) is the headline, whatever its case; otherwise
    where ``decked`` (the lines above the date line are all heading-like), a longest line
    printed last, right below a full headline that the lead repeats, is its deck."""
    candidates = above or below
    confirmed = _titled(candidates)
    if confirmed is not None:
        # The browser's title line ("<headline> | <site>") repeats the headline: the line it
        # repeats is the headline, the title line is no rival of its own.
        candidates = [line for line in candidates if not _is_title_of(line, confirmed)]
    confirmed = confirmed or next(
        (line for line in candidates if _headline_key(line) in crumbs), None
    )
    ranked = sorted(candidates, key=_heading_size, reverse=True)
    lead = " ".join(line for line in body if not is_heading(line))[:_LEAD_CHARS]
    chosen = confirmed or (_above_deck(candidates, ranked[0], lead) if decked else ranked[0])
    rivals = [line for line in ranked if line != chosen]
    uncertain = bool(rivals) and _heading_size(rivals[0]) >= _MIN_RIVAL_CHARS
    if above and below:
        best = _headline_over_deck(below, lead) or max(
            below, key=lambda line: _shared_words(line, lead)
        )
        # A section label or kicker left above the date line ("Kinh tế", "समाचार", "COMMUNIQUÉ
        # DE PRESSE") is no headline: a full headline below it is the page's, whatever words
        # they share (four letters of "communiqué" are those of "commerce").
        label = (_label_like(chosen) or _dated_caption(chosen)) and not _label_like(best)
        if label or _shared_words(best, lead) > _shared_words(chosen, lead):
            chosen = best
        uncertain = True
    # A headline says what its article says: one that shares little with the first paragraphs
    # may be another story's headline or the site's tagline.
    unrelated = bool(lead) and _shared_words(chosen, lead) < _MIN_SHARED
    # A label in capitals ("COMMUNIQUÉ DE PRESSE") taken for want of a headline is flagged
    # too: the headline may be a line the header did not read as one.
    return chosen, uncertain or unrelated or _label_like(chosen)


def _headline_over_deck(below: list[str], lead: str) -> str | None:
    """The headline below the date line where a longer deck follows it ("Fachkräfte aus Vietnam:
    Handwerk setzt auf …" over "Erste 24 Auszubildende starten …"): the deck retells the lead
    and shares more words with it, but the line above it is the headline."""
    if len(below) < 2:
        return None
    longest = max(below, key=_heading_size)
    upper = _above_deck(below, longest, lead)
    return upper if upper != longest else None


# A photo's caption ends with the day it was taken, after a comma ("Зустріч з делегацією …,
# 16 жовтня", "… in Perth, 3 March", "…, October 16"); a headline does not.
_CAPTION_DAY = re.compile(r",\s*(?:\d{1,2}\.?\s+(\w{3,12})|(\w{3,12})\.?\s+\d{1,2})\.?$")


@drafting_cache
def _all_month_names() -> frozenset[str]:
    return frozenset(name for lang in profiles() for name in month_names(lang))


def _dated_caption(line: str) -> bool:
    found = _CAPTION_DAY.search(line)
    if found is None:
        return False
    month = fold(found.group(1) or found.group(2)).rstrip(".")
    return month in _all_month_names()


# The share of a headline that comes back in its lead, at least.
_MIN_SHARED = 0.2


# What a headline never is, though a line above the headline may be: a caption opening with the
# word for a photo ("صورة من توقيع …", "ภาพ 1 …"), a label of a word or two and a colon
# ("Fotografia: …", "图片来源：…", "ईमेज: …"), a bracketed label ("【写真】…"), a credit in
# brackets ("…（北九州市提供）"), a copyright sign, or a breadcrumb's separators.
_NOT_A_HEADLINE = re.compile(
    r"^(?:photo|foto|anh|hinh|image|imagen|bild|صورة|الصورة|ภาพ|写真|사진|图片|фото)(?:\W|\d|$)"
    r"|^[^\W\d_][^\s:：]*(?:\s[^\s:：]+)?\s*[:：]"
    r"|^[\[【][^\]】]{1,12}[\]】]"
    r"|[(（][^()（）]*(?:提供|供图|제공|supplied|courtesy|photo|foto|ảnh)[^()（）]*[)）]\s*$"
    r"|©|\s(?:>|›|»|/|\|)\s|>>",
    re.IGNORECASE,
)


def _above_deck(candidates: list[str], longest: str, lead: str) -> str:
    """The headline above a deck: where the longest line stands right below another full
    headline-like line that the lead repeats ("Cataluña llevará riego …" above "Agrónomos
    catalanes asesorarán …"), that line is the headline and the longest its deck (a tagline or
    another story's headline above shares too few words with the lead to be taken)."""
    if len(candidates) < 2 or candidates[-1] != longest:
        return longest  # a deck stands right above the date line
    upper = candidates[-2]
    # A kicker in capitals above the headline ("PARTNERSCHAFT MIT VIETNAM") is no headline
    # above a deck: the longest line below it is the headline.
    if (
        is_page_furniture(upper)
        or _NOT_A_HEADLINE.search(fold(upper))
        or _label_like(upper)
        or _kicker(upper)
        or _issuer_line(upper)
        or _heading_size(upper) < _MIN_RIVAL_CHARS
        or _shared_words(upper, lead) < _MIN_SHARED
    ):
        return longest
    return upper


def _kicker(line: str) -> bool:
    """A kicker or section label of two or three words above the headline ("Coopération
    décentralisée", "Foreign Affairs"): too few words to say who did what, however long they
    are, so no headline above a deck. Chinese, Japanese, Korean and Thai write no spaces
    between words and are left to the other tests."""
    return (
        len(line.split()) < _MIN_HEADLINE_WORDS
        and not _WIDE_CHARS.search(line)
        and not _UNMARKED_SENTENCES.search(line)
    )


# A page's title line: the headline, a bar or dash, the site's name ("… | Heritage Vietnam Today").
_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*[|｜]\s*")


def _is_title_of(line: str, headline: str) -> bool:
    """Whether ``line`` is the page's title line for ``headline``: the headline, a separator,
    then a site's name (or the name first)."""
    if line == headline or headline not in line:
        return False
    pieces = [piece.strip() for piece in _TITLE_SEPARATOR.split(line)]
    return len(pieces) == 2 and headline in pieces


def _titled(candidates: list[str]) -> str | None:
    """The candidate a title line among them repeats, if one does."""
    for headline in candidates:
        if not _short_heading(headline) and any(_is_title_of(c, headline) for c in candidates):
            return headline
    return None


# The first paragraphs, where a headline's words come back.
_LEAD_CHARS = 1200
_WORD = re.compile(r"\w+")


def _shared_words(line: str, lead: str) -> float:
    """How much of a line comes back in the lead: its words weighed by their length (a long
    word says more than "of" or "và"), each matched by its first letters ("signs", "signed");
    in Chinese, Japanese, Korean and Thai, which glue particles to words or write no spaces, its
    pairs of characters."""
    folded_line, folded_lead = fold(line), fold(lead)
    if _WIDE_CHARS.search(line) or _UNMARKED_SENTENCES.search(line):
        glued = "".join(_WORD.findall(folded_line))
        pieces = [glued[i : i + 2] for i in range(len(glued) - 1)]
        text = "".join(_WORD.findall(folded_lead))
        return sum(piece in text for piece in pieces) / len(pieces) if pieces else 0.0
    words = _WORD.findall(folded_line)
    lead_stems = {word[:_STEM_CHARS] for word in _WORD.findall(folded_lead)}
    total = sum(map(len, words))
    found = sum(len(word) for word in words if word[:_STEM_CHARS] in lead_stems)
    return found / total if total else 0.0


# Words that share their first four letters are taken for forms of one word.
_STEM_CHARS = 4


# Headlines say who did what: four words or a dozen characters at least. Han, kana and Hangul
# characters each say about a word.
_MIN_HEADLINE_WORDS = 4
_MIN_HEADLINE_CHARS = 16
_WIDE_CHARS = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")


def _short_heading(line: str) -> bool:
    wide = len(_WIDE_CHARS.findall(line))
    if wide:
        return wide < 2 * _MIN_HEADLINE_WORDS
    return len(line.split()) < _MIN_HEADLINE_WORDS and len(line) < _MIN_HEADLINE_CHARS


def _heading_size(line: str) -> int:
    # Chinese, Japanese and Korean say in one character what Latin scripts say in two or three
    # (Vietnamese letters, dashes and ellipses, between Hangul's and Han's blocks, are no wider).
    wide = len(_WIDE_CHARS.findall(line))
    return len(line) + 2 * wide


_ELLIPSIS = ("...", "…")
# A teaser must be long enough for its repetition not to be a coincidence.
_MIN_TEASER_CHARS = 12


def _repeats(teaser: str, paragraph: str) -> bool:
    """Whether ``paragraph`` starts with the text of ``teaser``, a lead printed before it that
    may be cut short with an ellipsis (then its last, perhaps cut, word does not count)."""
    core = teaser.rstrip()
    truncated = core.endswith(_ELLIPSIS)
    if truncated:
        core = core.rstrip(".…").rstrip()
        if " " in core:
            core = core.rsplit(" ", 1)[0]
    core = squeeze_spaces(fold(core))
    if len(core) < _MIN_TEASER_CHARS:
        return False
    return squeeze_spaces(fold(paragraph)).startswith(core)


def _blocks(lines: list[str]) -> list[Block]:
    # A lead that the aggregator printed (or cut short, "…") before the paragraph it repeats:
    # keep the full paragraph only.
    if len(lines) > 1 and _repeats(lines[0], lines[1]):
        lines = lines[1:]
    blocks = []
    for index, line in enumerate(lines):
        last = index == len(lines) - 1
        kind = "h" if is_heading(line) and not last and index > 0 else "p"
        blocks.append(Block(kind, line))
    return blocks
