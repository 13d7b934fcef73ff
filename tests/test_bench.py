"""The benchmark's synthetic corpus: valid entries, deterministic for a seed (no builds here)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from digest import frontmatter
from digest.content_checks import check_content
from digest.registries import default_registries
from digest.schema import validate
from tools.bench.corpus import BODY_BYTES, generate, plain_text, write_digest_corpus
from tools.bench.hugo import entry_text
from tools.bench.search import kind_of

COUNT = 20


@pytest.fixture(scope="module")
def entries():  # type: ignore[no-untyped-def]
    return generate(COUNT, seed=7)


def test_every_entry_validates(entries, tmp_path: Path) -> None:
    registries = default_registries()
    assert len(entries) == COUNT
    for entry in entries:
        parsed = frontmatter.parse(entry.text(), Path(f"{entry.slug}.md"))
        valid = validate(parsed, registries)
        assert valid.slug == entry.slug
        assert parsed.body == entry.body.strip("\n")
    content, seeds = write_digest_corpus(entries, tmp_path)
    # Cross-entry rules too: unique slugs, editions agreeing, every seed file present.
    assert check_content(content / "entries", seeds, registries) == COUNT


def test_corpus_is_deterministic_for_a_seed(entries) -> None:
    again = generate(COUNT, seed=7)
    assert [e.text() for e in again] == [e.text() for e in entries]
    other = generate(COUNT, seed=8)
    assert [e.text() for e in other] != [e.text() for e in entries]


def test_bodies_are_about_six_kilobytes_in_several_languages(entries) -> None:
    sizes = [len(e.body.encode()) for e in entries]
    assert all(BODY_BYTES[0] <= size <= BODY_BYTES[1] + 2_000 for size in sizes)
    assert len({e.data["lang"] for e in entries}) >= 4


def test_editions_of_a_story_share_province_and_date(entries) -> None:
    stories = defaultdict(list)
    for entry in entries:
        stories[entry.data["story_id"]].append(entry)
    assert len(stories) < COUNT  # some stories have several editions
    for editions in stories.values():
        assert len({(e.data["province"], e.data["date"]) for e in editions}) == 1
        assert len({e.data["lang"] for e in editions}) == len(editions)


def test_comparison_corpora_carry_the_same_article(entries) -> None:
    entry = entries[0]
    plain = plain_text(entry)
    assert plain.startswith("Title: ") and f"Slug: {entry.slug}\n" in plain
    assert plain.endswith(entry.body + "\n")
    _, header, body = entry_text(entry).split("---\n", 2)
    data = yaml.safe_load(header)
    assert data["slug"] == entry.slug and data["partners"] == entry.data["partners"]
    assert body.strip() == entry.body.strip()


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://h/pagefind/pagefind.js", "js"),
        ("http://h/pagefind/wasm.en.pagefind", "wasm"),
        ("http://h/pagefind/pagefind-entry.json?ts=1", "entry"),
        ("http://h/pagefind/pagefind.en_a1b2.pf_meta", "meta"),
        ("http://h/pagefind/index/en_a1b2.pf_index", "index"),
        ("http://h/pagefind/fragment/en_a1b2.pf_fragment", "fragment"),
        ("http://h/pagefind/filter/en_a1b2.pf_filter", "filter"),
        ("http://h/pagefind/0/pagefind.js", "js"),
        ("http://h/pagefind/3/index/en_a1b2.pf_index", "index"),
        ("http://h/pagefind/recent/fragment/en_a1b2.pf_fragment", "fragment"),
    ],
)
def test_search_bundle_files_are_classified(url: str, kind: str) -> None:
    assert kind_of(url) == kind
