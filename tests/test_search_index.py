"""Planning the search index: shards, the recent bundle, superseded versions."""

from __future__ import annotations

import threading
import time

from digest.site.search_index import RECENT, RECENT_LIMIT, Bundle, RunSpacing, SearchState, plan


def pages(count: int, version: str = "v1") -> dict[str, str]:
    return {f"entries/e{n:05d}/index.html": f"{version}-{n}" for n in range(count)}


def on_disk(bundle: Bundle) -> bool:
    return True


def nothing_on_disk(bundle: Bundle) -> bool:
    return False


def test_a_cold_build_indexes_every_shard_and_deals_every_page_once() -> None:
    search = plan(pages(2500), 1000, None, on_disk)
    assert [b.name for b in search.bundles] == ["0", "1", "2"]
    assert search.todo == search.bundles
    dealt = [page for bundle in search.bundles for page in bundle.pages]
    assert sorted(dealt) == sorted(pages(2500)) and len(dealt) == len(set(dealt))
    assert all(len(b.pages) < 1000 for b in search.bundles)
    assert search.superseded == ()


def test_an_unchanged_rebuild_indexes_nothing() -> None:
    first = plan(pages(2500), 1000, None, on_disk)
    again = plan(pages(2500), 1000, first.state, on_disk)
    assert again.todo == [] and again.superseded == ()
    assert [b.name for b in again.bundles] == ["0", "1", "2"]


def test_an_edit_goes_to_the_recent_bundle_and_its_old_version_is_superseded() -> None:
    first = plan(pages(2500), 1000, None, on_disk)
    edited = {**pages(2500), "entries/e00007/index.html": "v2-7"}
    second = plan(edited, 1000, first.state, on_disk)
    assert [b.name for b in second.todo] == [RECENT]
    assert second.todo[0].pages == ("entries/e00007/index.html",)
    assert second.superseded == ("v1-7",)
    assert [b.name for b in second.bundles] == ["0", "1", "2", RECENT]
    # Built again with nothing new: the recent bundle stays, and is not indexed again.
    third = plan(edited, 1000, second.state, on_disk)
    assert third.todo == [] and third.superseded == ("v1-7",)


def test_an_added_entry_is_recent_and_a_removed_one_superseded() -> None:
    first = plan(pages(2500), 1000, None, on_disk)
    changed = {**pages(2500), "entries/new/index.html": "v1-new"}
    del changed["entries/e00003/index.html"]
    second = plan(changed, 1000, first.state, on_disk)
    assert second.todo[0].pages == ("entries/new/index.html",)
    assert second.superseded == ("v1-3",)


def test_too_many_pending_pages_reindex_the_shards_holding_them() -> None:
    first = plan(pages(2500), 1000, None, on_disk)
    changed = {p: v.replace("v1", "v2") if n < RECENT_LIMIT + 1 else v
               for n, (p, v) in enumerate(sorted(pages(2500).items()))}  # fmt: skip
    second = plan(changed, 1000, first.state, on_disk)
    assert RECENT not in [b.name for b in second.bundles]
    assert second.todo and second.superseded == ()
    assert second.state.indexed == changed


def test_a_grown_digest_is_dealt_again_into_more_shards() -> None:
    first = plan(pages(1000), 1000, None, on_disk)
    second = plan(pages(1001), 1000, first.state, on_disk)
    assert [b.name for b in second.todo] == ["0", "1"]


def test_a_missing_bundle_is_indexed_again() -> None:
    first = plan(pages(10), 1000, None, on_disk)
    again = plan(pages(10), 1000, first.state, nothing_on_disk)
    assert [b.name for b in again.todo] == ["0"]


def test_the_state_records_what_the_shards_hold() -> None:
    state = plan(pages(3), 1000, None, on_disk).state
    assert state == SearchState(1, {"0": state.bundles["0"]}, pages(3))


def test_shards_are_sized_by_the_entries_whose_text_a_page_carries() -> None:
    # 1,500 story pages of two editions each: 3,000 entries' text, so three shards of about
    # 1,000 entries (500 pages each), where counting pages would give two of 750.
    stories = pages(1500)
    search = plan(stories, 1000, None, on_disk, dict.fromkeys(stories, 2))
    assert len(search.bundles) == 3
    assert all(400 < len(b.pages) < 600 for b in search.bundles)
    assert len(plan(stories, 1000, None, on_disk).bundles) == 2


def test_pages_are_written_in_the_order_their_shards_are_indexed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from digest.site.search_index import Indexer

    search = plan(pages(30), 10, None, on_disk)
    indexer = Indexer(tmp_path, search)
    groups = indexer.order([*pages(30), "entries/other/index.html"])
    assert [set(g) for g in groups[:-1]] == [set(b.pages) for b in search.todo]
    assert groups[-1] == ["entries/other/index.html"]
    indexer.abandon()


def test_concurrent_pagefind_runs_start_a_third_of_a_run_apart() -> None:
    spacing = RunSpacing()
    starts: dict[str, float] = {}

    def run(name: str, length: float) -> None:
        with spacing.run():
            starts[name] = time.monotonic()
            time.sleep(length)

    first = threading.Thread(target=run, args=("first", 0.9))
    second = threading.Thread(target=run, args=("second", 0.9))
    first.start()
    time.sleep(0.05)
    second.start()  # no run's length is known yet: it waits for the first to finish
    first.join()
    second.join()
    assert starts["second"] - starts["first"] >= 0.9
    a = threading.Thread(target=run, args=("a", 0.9))
    b = threading.Thread(target=run, args=("b", 0.9))
    a.start()
    time.sleep(0.05)
    b.start()  # a run took 0.9 s: b starts 0.3 s after a, while a still runs
    a.join()
    b.join()
    assert 0.29 <= starts["b"] - starts["a"] < 0.8
