"""Two builds of the same content are the same site, byte for byte.

Every file is compared as bytes: pages in both interfaces, feeds, the sitemap, the theme and the
Pagefind index. One part of the Pagefind index is compared by content instead: Pagefind writes
each filter's values from a Rust HashMap, whose order is random in every process, and names the
filter file, the language's ``pagefind.<lang>_<hash>.pf_meta`` and the hash in
``pagefind-entry.json`` after those bytes. The maintainer confirms it: since Pagefind 1.3.0
fragment hashes are stable, "other files will still change, such as the filter/metadata
indexes" (https://github.com/Pagefind/pagefind/issues/638). Those three kinds of file are
therefore decoded (gzip, then CBOR), their filter values sorted, their hashes replaced by what
they point to, and then compared: the same values for the same pages, in any order.
Fragments (the pages' text) and word indexes are still compared byte for byte.
"""

from __future__ import annotations

import gzip
import json
import os
import struct
from pathlib import Path
from typing import Any

import pytest

from tests.site_helpers import build_site

pytestmark = pytest.mark.site

PAGEFIND_SIGNATURE = b"pagefind_dcd"
# The second build runs with another hash seed (set and dict-of-str order) and another machine
# time zone (UTC+14): neither may reach the output.
BUILD_ENVIRONMENTS = {
    "first": {"PYTHONHASHSEED": "1", "TZ": "UTC"},
    "second": {"PYTHONHASHSEED": "2", "TZ": "Pacific/Kiritimati"},
}


def _in_bundle(relative: Path) -> tuple[Path, tuple[str, ...]] | None:
    """(bundle folder, path inside it) for a file of a search index shard (pagefind/<n>/)."""
    parts = relative.parts
    if len(parts) < 3 or parts[0] != "pagefind" or not parts[1].isdigit():
        return None
    return Path(*parts[:2]), parts[2:]


def _is_hash_named(relative: Path) -> bool:
    """The Pagefind files named after bytes that are in random order (see the module doc)."""
    located = _in_bundle(relative)
    if located is None:
        return False
    parts = located[1]
    name = parts[-1]
    return (
        (len(parts) == 2 and parts[0] == "filter" and name.endswith(".pf_filter"))
        or (len(parts) == 1 and name.startswith("pagefind.") and name.endswith(".pf_meta"))
        or parts == ("pagefind-entry.json",)
    )


def _files(site: Path) -> dict[Path, bytes]:
    return {p.relative_to(site): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _cbor(data: bytes, at: int = 0) -> tuple[Any, int]:
    """One CBOR item (RFC 8949, the subset Pagefind writes) and the offset after it."""
    major, info = data[at] >> 5, data[at] & 31
    at += 1
    if info < 24:
        argument = info
    elif info <= 27:
        size = 1 << (info - 24)
        raw = data[at : at + size]
        at += size
        if major == 7 and info >= 25:
            return struct.unpack({2: ">e", 4: ">f", 8: ">d"}[size], raw)[0], at
        argument = int.from_bytes(raw, "big")
    else:
        raise ValueError(f"indefinite-length CBOR item at {at - 1}")
    if major == 0:
        return argument, at
    if major == 1:
        return -1 - argument, at
    if major in (2, 3):
        raw = data[at : at + argument]
        return (raw if major == 2 else raw.decode("utf-8")), at + argument
    if major == 4:
        items: list[Any] = []
        for _ in range(argument):
            item, at = _cbor(data, at)
            items.append(item)
        return items, at
    if major == 5:
        mapping: dict[Any, Any] = {}
        for _ in range(argument):
            key, at = _cbor(data, at)
            mapping[key], at = _cbor(data, at)
        return mapping, at
    if major == 7 and argument in (20, 21, 22):
        return {20: False, 21: True, 22: None}[argument], at
    raise ValueError(f"CBOR major type {major} not expected in a Pagefind index")


def _pagefind_file(content: bytes) -> Any:
    raw = gzip.decompress(content)
    assert raw.startswith(PAGEFIND_SIGNATURE), "not a Pagefind index file"
    value, end = _cbor(raw, len(PAGEFIND_SIGNATURE))
    assert end == len(raw), "trailing bytes after the CBOR item"
    return value


def _filter(files: dict[Path, bytes], bundle: Path, file_hash: str) -> Any:
    name, values = _pagefind_file(files[bundle / "filter" / f"{file_hash}.pf_filter"])
    return [name, sorted(values)]


def _meta(files: dict[Path, bytes], bundle: Path, meta_hash: str) -> Any:
    """A language's metadata with each filter's hash replaced by the filter's sorted values.

    The layout (Pagefind 1.x): [version, pages, index chunks, filters [[name, hash]], sorts,
    meta fields]."""
    meta = _pagefind_file(files[bundle / f"pagefind.{meta_hash}.pf_meta"])
    meta[3] = sorted((name, _filter(files, bundle, file_hash)) for name, file_hash in meta[3])
    return meta


def _pagefind_by_content(files: dict[Path, bytes]) -> Any:
    """Every shard's entry file, with the hashes replaced by what they name."""
    shards = {}
    for path in files:
        located = _in_bundle(path)
        if located is not None and located[1] == ("pagefind-entry.json",):
            bundle = located[0]
            entry = json.loads(files[path])
            for language in entry["languages"].values():
                language["hash"] = _meta(files, bundle, language.pop("hash"))
            shards[str(bundle)] = entry
    assert shards, "no search index shard in the build"
    return shards


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    sites = []
    for name, environment in BUILD_ENVIRONMENTS.items():
        output = tmp_path_factory.mktemp(name)
        result = build_site(output, env={**os.environ, **environment})
        assert result.returncode == 0, result.stderr + result.stdout
        sites.append(output)
    return sites[0], sites[1]


def test_two_builds_are_byte_identical(two_builds: tuple[Path, Path]) -> None:
    first, second = (_files(site) for site in two_builds)
    compared = {path for path in first if not _is_hash_named(path)}
    assert compared == {path for path in second if not _is_hash_named(path)}, sorted(
        compared.symmetric_difference(p for p in second if not _is_hash_named(p))
    )
    differing = sorted(str(path) for path in compared if first[path] != second[path])
    assert not differing, f"differ between two builds: {differing}"
    kinds = {path.suffix for path in compared} | {path.name for path in compared}
    for expected in (".html", "atom.xml", "rss.xml", "sitemap.xml", ".pf_fragment", ".pf_index"):
        assert expected in kinds, f"no {expected} in the build"


def test_the_search_index_differs_only_in_pagefind_hash_order(
    two_builds: tuple[Path, Path],
) -> None:
    first, second = (_files(site) for site in two_builds)
    assert any(_is_hash_named(path) for path in first), "the index layout has changed"
    assert _pagefind_by_content(first) == _pagefind_by_content(second)
