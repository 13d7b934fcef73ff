"""Drafting an entry from an article: every extractor applied, in order, to one text.

Everything here rests on the registries and on rules that hold for any article; nothing knows
about particular seeds. ``draft(path)`` is what ``python -m digest extract`` prints and what
``invoke ingest`` writes into new entries.
"""

from __future__ import annotations

import re
import stat
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from digest.errors import InputError
from digest.extract import layout as layout_module
from digest.extract.article_frame import reading_frame
from digest.extract.figures import OTHER, extract_figures, in_partners_currency
from digest.extract.language import UnsupportedLanguage, detect
from digest.extract.page_furniture import without_wire_dateline
from digest.extract.people import extract_people
from digest.extract.places import find_places
from digest.extract.province_guess import PROVINCES_FILE, Guess, nearest_province
from digest.extract.topics import find_topics
from digest.extract.unlisted import Unlisted, latin_reading
from digest.registries import Partner, Registries, default_registries, drafting_with
from digest.schema import FIGURE_KEYS, PERSON_KEYS, Figure, Person
from digest.scripts import char_class
from digest.text import slugify, trimmed

# Drafted headlines: the opening words of the first paragraph.
_DRAFT_TITLE_WORDS = 12
_DRAFT_TITLE_CHARS = 90
# An article becomes an entry's body, and an entry may be at most 256 KB: what could never be
# one is refused before drafting reads it (real articles are under 50 KB).
MAX_ARTICLE_BYTES = 200 * 1024
_UNSPACED_SCRIPTS = re.compile(f"[{char_class('Hiragana', 'Katakana', 'Han', 'Thai')}]")


@dataclass
class Draft:
    """The drafted facts of one article (the entry's front matter, partners expanded)."""

    lang: str
    title: str
    date: str | None
    outlet: str | None
    source_url: str | None
    province: str
    province_as_written: str
    provinces: list[str]
    partners: list[dict[str, Any]]
    figures: list[dict[str, Any]]
    people: list[dict[str, Any]]
    topics: list[str]
    needs_review: list[str] = field(default_factory=list)
    body_markdown: str = field(default="", repr=False)
    # Ids in ``partners`` the registry does not list: shown in the draft, not in an entry.
    unlisted_partners: list[str] = field(default_factory=list, repr=False)
    # What an editor should know about a guess (a province spelling the registry lacks).
    notes: list[str] = field(default_factory=list, repr=False)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["body_markdown"]
        del data["unlisted_partners"]
        del data["notes"]
        return data


def read_article(path: Path) -> str:
    """The article's text, or an InputError saying why it cannot be one."""
    try:
        # Opening a pipe waits for a writer that may never come, and a device never ends.
        if not stat.S_ISREG(path.stat().st_mode):
            raise InputError.single(path, "is a folder, pipe or device; expected a text file")
        with path.open("rb") as file:
            raw = file.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise InputError.single(path, f"cannot read the file: {error.strerror}") from None
    if len(raw) > MAX_ARTICLE_BYTES:
        raise InputError.single(
            path,
            f"is over {MAX_ARTICLE_BYTES // 1024} KB; an article may be at most that long "
            "(CONTRIBUTING.md): keep the article's own text, without the page around it",
        )
    if b"\x00" in raw[:8192]:
        raise InputError.single(path, "binary file, expected the text of an article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError.single(path, "not UTF-8 text, expected the text of an article") from None
    if not text.strip():
        raise InputError.single(path, "empty file, expected the text of an article")
    return text


def draft(path: Path, registries: Registries | None = None) -> Draft:
    return draft_text(read_article(path), path, registries or default_registries())


def draft_text(text: str, path: Path, registries: Registries) -> Draft:
    with drafting_with(registries):
        return _draft_text(text, path, registries)


def _without_guessed(
    unlisted: tuple[Unlisted, ...], guesses: tuple[Guess, ...], lang: str
) -> tuple[Unlisted, ...]:
    """The unknown spelling stood by a province word: it is this province, not a foreign
    place the registry lacks."""
    guessed = tuple(f"-{slugify(latin_reading(guess.seen, lang))}" for guess in guesses)
    return tuple(p for p in unlisted if not p.id.endswith(guessed))


def _draft_text(text: str, path: Path, registries: Registries) -> Draft:
    try:
        lang = detect(text)
    except UnsupportedLanguage as error:
        raise InputError.single(path, f"cannot draft an entry: {error}") from None
    parsed = layout_module.parse(text, lang)
    if not parsed.body_text.strip():
        raise InputError.single(path, "no article text found between the header and the source")
    # Facts are read without the agency's dateline ("Hanoi (VNA) –"): where it filed from.
    body = without_wire_dateline(parsed.body_text)
    # The page's first lines are its masthead: whose site it is (a mission's own page), and
    # maybe its owner's name in English under the name in the page's script.
    masthead = "\n".join([line for line in text.splitlines() if line.strip()][:2])
    # The figures are read first: the money they are counted in may place an organisation.
    read_figures = extract_figures(body, lang)
    with reading_frame():
        places = find_places(
            registries,
            lang,
            parsed.headline or "",
            body,
            parsed.source_url,
            masthead,
            frozenset(figure.unit for figure in read_figures),
        )
    needs_review = []
    notes = []
    province, as_written, provinces = places.province, places.province_as_written, places.provinces
    unlisted = places.unlisted
    if places.guessed:
        needs_review.append("province")
        notes.extend(dict.fromkeys(guess.message() for guess in places.guessed))
        unlisted = _without_guessed(unlisted, places.guessed, lang)
    if province is None or as_written is None:
        guess = nearest_province(registries, lang, parsed.headline or "", body)
        if guess is None:
            raise InputError.single(
                path,
                "names no Vietnamese province: expected at least one province of the registry "
                f"(no name near a province word is close to one in registries/{PROVINCES_FILE})",
            )
        as_written = guess.province
        province = registries.provinces[as_written.current_id]
        provinces = (province.id,)
        needs_review.append("province")
        notes.append(guess.message())
        unlisted = _without_guessed(unlisted, (guess,), lang)
    title = parsed.headline
    if not title:
        title = _draft_title(body)
        needs_review.append("title")
    elif parsed.headline_uncertain:
        needs_review.append("title")
    if parsed.date is None:
        needs_review.append("date")
    # Only an outlet the article names (date line, source line): a URL's domain is not a name.
    outlet = trimmed(_outlet_as_written(parsed) or "") or None
    if outlet is None:
        needs_review.append("outlet")
        notes.extend(_unshaped_outlet_notes(parsed))
    if unlisted:
        # Named partners the registry lacks: an editor adds them to it or drops them.
        needs_review.append("partners")
        notes.extend(
            f"partner {p.name_en!r} ({p.country}, {p.kind}) is in no registry; drafted as the "
            f"unlisted id {p.id!r}{_read_from(places.as_written.get(p.id, ()))}: if right, add it "
            "to registries/partners.yaml (the editors' file; registries/generated/ is rewritten "
            "by `invoke registries-generate`)"
            for p in unlisted
        )
    countries = {p.country for p in (*places.partners, *unlisted) if p.country}
    figures = in_partners_currency(read_figures, countries)
    if any(figure.what == OTHER for figure in figures):
        # A figure nobody has named is not published: the editor names its measure or drops it.
        needs_review.append("figures")
        notes.append(
            "figures with what: other are not shown on the site until an editor names their "
            "measure (registries/measures.yaml) or removes them"
        )
    return Draft(
        lang=lang,
        title=trimmed(title),
        date=parsed.date.isoformat() if parsed.date else None,
        outlet=outlet,
        source_url=parsed.source_url,
        province=province.id,
        province_as_written=as_written.id,
        provinces=list(provinces),
        partners=[
            _partner(p, places.as_written.get(p.id, ())) for p in (*places.partners, *unlisted)
        ],
        figures=[_front(_record(f), FIGURE_KEYS) for f in figures],
        people=[_front(_record(p), PERSON_KEYS) for p in extract_people(body, lang)],
        topics=find_topics(f"{title}\n{body}", lang),
        needs_review=needs_review,
        body_markdown=_markdown(parsed.blocks),
        unlisted_partners=[p.id for p in unlisted],
        notes=notes,
    )


def _partner(partner: Partner | Unlisted, as_written: tuple[str, ...]) -> dict[str, Any]:
    drafted: dict[str, Any] = {
        "id": partner.id,
        "name_en": partner.name_en,
        "country": partner.country,
        "kind": partner.kind,
    }
    if as_written:
        drafted["as_written"] = list(as_written)
    return drafted


def _read_from(as_written: tuple[str, ...]) -> str:
    """Where a note names the article's words an unlisted partner was drafted from: the
    aliases its registry record needs."""
    return f" (read from {', '.join(map(repr, as_written))})" if as_written else ""


def _record(value: Figure | Person) -> dict[str, Any]:
    """A figure's or person's fields: ``asdict`` without its deep copy, which these frozen
    records of plain values (numbers, strings, tuples of strings) do not need."""
    return {item.name: getattr(value, item.name) for item in fields(value)}


def _front(record: dict[str, Any], required: tuple[str, ...]) -> dict[str, Any]:
    """A drafted figure or person as front matter: optional keys (a figure's period, a role
    written in other languages) only where drafting filled them."""
    return {k: v for k, v in record.items() if k in required or v not in (None, ())}


def _draft_title(body: str) -> str:
    first = body.split("\n", 1)[0]
    sentence = re.split(r"(?<=[.!?。！？])\s*", first, maxsplit=1)[0]
    if _UNSPACED_SCRIPTS.search(sentence):
        short = sentence[: _DRAFT_TITLE_CHARS // 2]
    else:
        short = ""
        for word in sentence.split()[:_DRAFT_TITLE_WORDS]:
            if len(short) + len(word) + 1 > _DRAFT_TITLE_CHARS:
                break
            short = f"{short} {word}".strip()
    short = short.rstrip(" ,.;:、，。")
    return short + ("…" if short != sentence.rstrip(" .。") else "")


_MARKDOWN_BLOCK_START = re.compile(r"^([#>*+=-])")
_MARKDOWN_LIST_NUMBER = re.compile(r"^(\d+)([.)])(\s)")


def _markdown(blocks: list[layout_module.Block]) -> str:
    """The article body as Markdown: paragraphs, subheadings as level-3 headings, and every
    character that Markdown would read as syntax or HTML escaped, so the text stays text."""
    out = []
    for block in blocks:
        text = block.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        text = re.sub(r"([\\`*_\[\]])", r"\\\1", text)
        text = _MARKDOWN_BLOCK_START.sub(r"\\\1", text)
        text = _MARKDOWN_LIST_NUMBER.sub(r"\1\\\2\3", text)
        out.append(f"### {text}" if block.kind == "h" else text)
    return "\n\n".join(out)


def _outlet_as_written(parsed: layout_module.Layout) -> str | None:
    """The outlet the date line names, or else the source line. Where both name it alike but
    for case ("Газета «Нгеан»" opening the date line, "Источник: газета «Нгеан»"), the source
    line's spelling is the name's own: a capital opening a line says nothing of the word."""
    dated, credited = parsed.outlet, parsed.source_outlet
    if dated and credited and dated != credited and dated.casefold() == credited.casefold():
        return credited
    return dated or credited


def _unshaped_outlet_notes(parsed: layout_module.Layout) -> list[str]:
    """What the page printed where an outlet stands that is not drafted as one, for the editor."""
    notes = []
    if parsed.outlet_seen:
        # A name with no outlet's shape (a byline, a desk, a tag) or an agency credited after a
        # wire dateline's place is shown, not drafted.
        notes.append(
            f"the date line names {parsed.outlet_seen!r}, which is not drafted as the outlet "
            "(no publication word and no registry outlet, or the agency credited after a wire "
            "dateline's place): the outlet is left empty"
        )
    if parsed.source_seen:
        # A body that supplied the facts ("Nguồn: Sở Ngoại vụ tỉnh") did not publish them.
        notes.append(
            f"the source line names {parsed.source_seen!r}, which is not shaped like an outlet "
            "(no publication word, no registry outlet or news agency): the outlet is left empty"
        )
    return notes
