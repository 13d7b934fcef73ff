"""Drafting entries in ``content/entries/`` for articles in ``seeds/`` that have none yet.

Editors own entries: ingest only ever creates files, never rewrites one. Editions of a story
(the same source URL in several languages) share a ``story_id``, and a draft takes the date
and outlet its sibling editions state when its own page leaves them out.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from digest import frontmatter
from digest.errors import InputError, Problem
from digest.extract.drafting import Draft, draft
from digest.headlines import draft_headline_and_summary
from digest.registries import Registries
from digest.text import slugify
from digest.untrusted import refuse_symlinks_under

logger = logging.getLogger(__name__)

SEED_SUFFIXES = (".txt", ".md")
_STORY_WORDS = 6
_TRAILING_ID = re.compile(r"-\d+$")


@dataclass(frozen=True)
class Existing:
    """What ingest needs to know of an entry already on disk."""

    path: Path
    slug: str
    seed: str
    story_id: str
    source_url: str | None
    date: dt.date | None
    outlet: str | None


@dataclass(frozen=True)
class Drafted:
    path: Path
    seed: str
    draft: Draft
    front_matter: dict[str, object]


def seed_files(seeds_dir: Path) -> list[Path]:
    refuse_symlinks_under(seeds_dir)
    return sorted(p for p in seeds_dir.iterdir() if p.suffix in SEED_SUFFIXES and p.is_file())


def existing_entries(entries_dir: Path) -> list[Existing]:
    found = []
    for path in sorted(entries_dir.glob("*.md")):
        data = frontmatter.read(path).data
        found.append(
            Existing(
                path=path,
                slug=str(data.get("slug", path.stem)),
                seed=str(data.get("seed", "")),
                story_id=str(data.get("story_id", "")),
                source_url=data.get("source_url"),
                date=data.get("date") if isinstance(data.get("date"), dt.date) else None,
                outlet=data.get("outlet"),
            )
        )
    return found


def url_key(url: str | None) -> str | None:
    """The same article behind small URL differences (scheme, www, trailing slash, query)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}"


def story_id_for(result: Draft, seed: Path) -> str:
    """A readable id: the province and the source URL's slug, or the seed's hash."""
    if result.source_url:
        last = urlsplit(result.source_url).path.rstrip("/").rsplit("/", 1)[-1]
        words = slugify(_TRAILING_ID.sub("", Path(last).stem), max_words=_STORY_WORDS)
        if words:
            return words if words.startswith(result.province) else f"{result.province}-{words}"
    digest_part = seed.stem.rsplit("_", 1)[-1][:8].lower()
    return f"{result.province}-{slugify(digest_part) or 'story'}"


def ingest(
    seeds_dir: Path, entries_dir: Path, registries: Registries, today: dt.date
) -> list[Drafted]:
    """Draft an entry for every seed without one. Returns what was written."""
    entries_dir.mkdir(parents=True, exist_ok=True)
    existing = existing_entries(entries_dir)
    covered = {e.seed for e in existing}
    pending = [s for s in seed_files(seeds_dir) if s.name not in covered]
    problems: list[Problem] = []
    drafts: list[tuple[Path, Draft]] = []
    for seed in pending:
        try:
            drafts.append((seed, draft(seed, registries)))
        except InputError as error:
            problems.extend(error.problems)
    written = _write_drafts(drafts, existing, entries_dir, today, registries)
    if problems:
        raise InputError(problems)
    return written


def _write_drafts(
    drafts: list[tuple[Path, Draft]],
    existing: list[Existing],
    entries_dir: Path,
    today: dt.date,
    registries: Registries,
) -> list[Drafted]:
    _share_edition_facts([d for _, d in drafts], existing)
    stories = _assign_stories(drafts, existing)
    # File names too: a file may be named like a slug and hold another (an editor renamed it).
    taken = {e.slug for e in existing} | {path.stem for path in entries_dir.iterdir()}
    written = []
    for (seed, result), story in zip(drafts, stories, strict=True):
        slug = _unique(f"{story}-{result.lang}", taken)
        taken.add(slug)
        front = _front_matter(result, slug=slug, story=story, seed=seed.name, today=today)
        _add_headline_and_summary(front, registries)
        path = entries_dir / f"{slug}.md"
        # "x": never replace a file, even one that appeared since we looked.
        with path.open("x", encoding="utf-8") as handle:
            handle.write(frontmatter.dump(front, result.body_markdown))
        logger.info("drafted %s from %s", path, seed)
        written.append(Drafted(path=path, seed=seed.name, draft=result, front_matter=front))
    return written


def _assign_stories(drafts: list[tuple[Path, Draft]], existing: list[Existing]) -> list[str]:
    """Each draft's story: that of an entry or earlier draft with the same source URL."""
    by_url: dict[str, str] = {}
    for entry in existing:
        key = url_key(entry.source_url)
        if key and entry.story_id:
            by_url.setdefault(key, entry.story_id)
    stories = []
    for seed, result in drafts:
        key = url_key(result.source_url)
        story = by_url.get(key) if key else None
        if story is None:
            story = story_id_for(result, seed)
            if key:
                by_url[key] = story
        stories.append(story)
    return stories


def _share_edition_facts(drafts: Iterable[Draft], existing: list[Existing]) -> None:
    """A draft without a date or outlet takes them from an edition of the same story."""
    known: dict[str, tuple[str | None, str | None]] = {}
    for entry in existing:
        key = url_key(entry.source_url)
        if key:
            date = entry.date.isoformat() if entry.date else None
            known.setdefault(key, (date, entry.outlet))
    drafts = list(drafts)
    for result in drafts:
        key = url_key(result.source_url)
        if key and (result.date or result.outlet):
            date, outlet = known.get(key, (None, None))
            known[key] = (date or result.date, outlet or result.outlet)
    for result in drafts:
        date, outlet = known.get(url_key(result.source_url) or "", (None, None))
        if result.date is None and date is not None:
            result.date = date
            result.needs_review.remove("date")
        if result.outlet is None and outlet is not None:
            result.outlet = outlet
            result.needs_review.remove("outlet")


def _unique(slug: str, taken: set[str]) -> str:
    candidate, number = slug, 2
    while candidate in taken:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate


def _front_matter(
    result: Draft, *, slug: str, story: str, seed: str, today: dt.date
) -> dict[str, object]:
    front: dict[str, object] = {
        "slug": slug,
        "lang": result.lang,
        "title": result.title,
        "date": dt.date.fromisoformat(result.date) if result.date else None,
        "added": today,
        "outlet": result.outlet,
        "source_url": result.source_url,
        "seed": seed,
        "story_id": story,
        "province": result.province,
        "province_as_written": result.province_as_written,
        "provinces": result.provinces,
        # Only registry ids: partners it does not list are flagged under needs_review.
        "partners": [p["id"] for p in result.partners if p["id"] not in result.unlisted_partners],
        "figures": result.figures,
        "people": result.people,
        "topics": result.topics,
        "status": "draft",
    }
    if result.needs_review:
        front["needs_review"] = result.needs_review
    return front


def _add_headline_and_summary(front: dict[str, object], registries: Registries) -> None:
    """Drafted from the facts, before status, and flagged for the editor to rewrite."""
    headline, summary = draft_headline_and_summary(front, registries)
    status = front.pop("status")
    needs_review = front.pop("needs_review", [])
    front.update(headline=headline, summary=summary, status=status)
    front["needs_review"] = [*needs_review, "headline", "summary"]  # type: ignore[misc]
