"""``python -m tools.bench`` (``invoke bench``): build a synthetic corpus every way and compare.

Prints progress on stderr, then a table on stdout, and as the last line one JSON object with
every figure (also saved as ``bench/results-<N>.json``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from tools.bench.corpus import generate, write_digest_corpus, write_plain_corpus
from tools.bench.hugo import HUGO_VERSION, hugo_binary, write_hugo_site
from tools.bench.runner import ROOT, Hugo, Ours, PlainPelican, Timing, tree_size
from tools.bench.search import measure_search

T = TypeVar("T")


def _say(message: str) -> None:
    sys.stderr.write(f"[bench] {message}\n")
    sys.stderr.flush()


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 2)


def _timed(label: str, action: Callable[[], T]) -> T:
    _say(f"{label}…")
    result = action()
    wall = getattr(result, "wall_s", None)
    if wall is not None:
        _say(f"{label}: {wall:.2f} s")
    return result


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__)
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=ROOT / "bench", help="scratch directory")
    parser.add_argument("--query", default="Yunnan", help="query typed on the search page")
    parser.add_argument("--no-hugo", action="store_true")
    parser.add_argument("--no-plain", action="store_true")
    parser.add_argument("--no-search", action="store_true")
    parser.add_argument("--profile", action="store_true",
                        help="also cProfile and phase-time one build of ours")  # fmt: skip
    return parser.parse_args(argv)


def _profile(content: Path, scratch: Path, entries: int) -> dict[str, Any]:
    """cProfile one build, then time its phases in a second build (see tools.bench.profile)."""
    results: dict[str, Any] = {}
    pstats_path = scratch / f"profile-{entries}.pstats"
    phases_path = scratch / f"phases-{entries}.json"
    for mode, target in (("cprofile", pstats_path), ("phases", phases_path)):
        output = scratch / f"out-profile-{entries}"
        # Both profiled builds are clean: no output, no build cache (see profile._pelican).
        for folder in (output, output.with_name(f"{output.name}.cache")):
            shutil.rmtree(folder, ignore_errors=True)
        command = [sys.executable, "-m", "tools.bench.profile", mode, str(content), str(output),
                   str(target)]  # fmt: skip
        _say(f"profile ({mode})…")
        log = scratch / "logs" / f"profile-{mode}.log"
        with log.open("w", encoding="utf-8") as handle:
            subprocess.run(command, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT, check=True)
        results[mode] = str(target)
    results["cprofile_text"] = str(pstats_path.with_suffix(".txt"))
    report = json.loads(phases_path.read_text(encoding="utf-8"))
    results["phases"] = report["phases"]
    results["phases_not_found"] = report["not_found"]
    return results


SITE_CODE = ("pelicanconf.py", "digest/site/*.py", "digest/schema.py", "digest/frontmatter.py",
             "digest/registries.py", "theme/templates/*", "theme/static/js/*",
             "registries/*.yaml")  # fmt: skip


def site_code_hash() -> str:
    """A digest of the code and templates measured: the site changes while it is optimised."""
    digest = hashlib.sha256()
    for pattern in SITE_CODE:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def run(args: argparse.Namespace) -> dict[str, Any]:  # noqa: PLR0915 (one linear script)
    n = args.entries
    scratch: Path = args.dir
    corpus_root = scratch / f"corpus-{n}"
    logs = scratch / "logs"
    load_before = os.getloadavg()
    code_before = site_code_hash()

    start = time.perf_counter()
    entries = generate(n, seed=args.seed)
    shutil.rmtree(corpus_root, ignore_errors=True)
    content, _ = write_digest_corpus(entries, corpus_root / "ours")
    write_plain_corpus(entries, corpus_root / "plain")
    hugo_site = write_hugo_site(entries, corpus_root / "hugo")
    corpus_s = time.perf_counter() - start
    body_bytes = sum(len(e.body.encode()) for e in entries)
    _say(f"corpus: {n} entries, {body_bytes / n / 1024:.1f} KB body each, {corpus_s:.1f} s")

    ours = Ours(content, scratch / f"out-{n}" / "ours", logs)
    plain = PlainPelican(corpus_root / "plain", logs)
    hugo = None if args.no_hugo else Hugo(hugo_binary(), hugo_site, logs)
    edited = entries[n // 2]

    clean: list[Timing] = []
    edit: list[Timing] = []
    plain_clean: list[Timing] = []
    plain_edit: list[Timing] = []
    hugo_clean: list[Timing] = []
    hugo_one: list[Timing] = []
    search: dict[str, Any] = {}
    for index in range(args.runs):
        marker = f"Benchmark edit {index + 1}: zmienione zdanie."
        clean.append(_timed(f"run {index + 1}: ours clean", ours.clean))
        if index == 0 and not args.no_search:
            # What a reader of the published site downloads: a clean build's index.
            _say(f"search: loading /search/ in Chromium and typing {args.query!r}…")
            search = measure_search(ours.output, args.query)
        edit.append(
            _timed(f"run {index + 1}: ours edit-one", partial(ours.edit_one, edited, marker))
        )
        if not args.no_plain:
            plain_clean.append(_timed(f"run {index + 1}: plain Pelican clean", plain.clean))
            plain_edit.append(
                _timed(
                    f"run {index + 1}: plain Pelican edit-one",
                    partial(plain.edit_one, edited, marker),
                )
            )
        if hugo is not None:
            hugo_clean.append(_timed(f"run {index + 1}: Hugo clean", hugo.clean))
            hugo_one.append(
                _timed(f"run {index + 1}: Hugo clean, 1 core", lambda: hugo.clean(one_core=True))
            )

    result: dict[str, Any] = {"entries": n, "runs": args.runs, "seed": args.seed}
    result["ours_clean_s"] = _median([t.wall_s for t in clean])
    result["ours_edit_one_s"] = _median([t.wall_s for t in edit])
    result["pelican_plain_s"] = _median([t.wall_s for t in plain_clean]) if plain_clean else None
    result["hugo_s"] = _median([t.wall_s for t in hugo_clean]) if hugo_clean else None
    result["ratio_vs_hugo"] = (
        round(result["ours_clean_s"] / result["hugo_s"], 1) if result["hugo_s"] else None
    )
    result["peak_rss_mb"] = round(max(t.tree_rss_mb for t in clean), 1)
    result["ours_max_process_rss_mb"] = round(max(t.max_rss_mb for t in clean), 1)
    result["ours_rss_by_program_mb"] = max(
        (t.rss_by_program_mb for t in clean), key=lambda d: sum(d.values())
    )
    result["search_query_kb"] = None
    result["ours_ms_per_entry"] = round(result["ours_clean_s"] / n * 1000, 2)
    result["ours_edit_one_ms_per_entry"] = round(result["ours_edit_one_s"] / n * 1000, 2)
    if plain_clean:
        result["pelican_plain_ms_per_entry"] = round(result["pelican_plain_s"] / n * 1000, 2)
        result["pelican_plain_edit_one_s"] = _median([t.wall_s for t in plain_edit])
        result["pelican_plain_cpu_s"] = _median([t.cpu_s for t in plain_clean])
        result["pelican_plain_rss_mb"] = round(max(t.tree_rss_mb for t in plain_clean), 1)
        result["ratio_vs_pelican_plain"] = round(
            result["ours_clean_s"] / result["pelican_plain_s"], 2
        )
    if hugo_clean:
        result["hugo_ms_per_entry"] = round(result["hugo_s"] / n * 1000, 2)
        result["hugo_1core_s"] = _median([t.wall_s for t in hugo_one])
        result["hugo_cpu_s"] = _median([t.cpu_s for t in hugo_clean])
        result["hugo_rss_mb"] = round(max(t.tree_rss_mb for t in hugo_clean), 1)
        result["hugo_version"] = HUGO_VERSION
    result["ours_clean_runs_s"] = [round(t.wall_s, 2) for t in clean]
    result["ours_clean_runs_cpu_s"] = [round(t.cpu_s, 2) for t in clean]
    result["ours_edit_one_runs_s"] = [round(t.wall_s, 2) for t in edit]
    result["ours_cpu_s"] = _median([t.cpu_s for t in clean])
    result["ours_edit_one_cpu_s"] = _median([t.cpu_s for t in edit])
    result["ours_edit_one_peak_rss_mb"] = round(max(t.tree_rss_mb for t in edit), 1)
    files, size = tree_size(ours.output)
    pf_files, pf_size = tree_size(ours.output / "pagefind")
    result.update(
        corpus_s=round(corpus_s, 1),
        corpus_body_kb_per_entry=round(body_bytes / n / 1024, 2),
        ours_output_files=files,
        ours_output_mb=round(size / 2**20, 1),
        pagefind_files=pf_files,
        pagefind_mb=round(pf_size / 2**20, 1),
    )
    if search:
        result.update(search)
        # After the edits the index has a recent bundle and the search page leaves out the
        # superseded versions with a filter: what a preview costs, not the published site.
        _say("search again, after the edits…")
        after = measure_search(ours.output, args.query)
        result["search_after_edit_query_kb"] = after["search_query_kb"]
        result["search_after_edit_kb_by_kind"] = after["search_kb_by_kind"]
    if args.profile:
        result["profile"] = _profile(content, scratch, n)
    result["site_code"] = site_code_hash()
    if result["site_code"] != code_before:
        result["site_code"] += f" (changed during the run, was {code_before})"
    result["cores"] = os.cpu_count()
    result["load_avg_before"] = [round(x, 2) for x in load_before]
    result["load_avg_after"] = [round(x, 2) for x in os.getloadavg()]
    return result


def _row(label: str, wall: float | None, n: int, cpu: float | None, rss: float | None) -> str:
    if wall is None:
        return f"{label:<40} {'-':>8}\n"
    per = wall / n * 1000
    cpu_text = f"{cpu:8.2f}" if cpu is not None else f"{'-':>8}"
    rss_text = f"{rss:9.0f}" if rss is not None else f"{'-':>9}"
    return f"{label:<40} {wall:8.2f} {per:9.2f} {cpu_text} {rss_text}\n"


def table(r: dict[str, Any]) -> str:
    n = r["entries"]
    lines = [
        f"\n{n} entries (seed {r['seed']}), median of {r['runs']} run(s), {r['cores']} cores, "
        f"load average {r['load_avg_before'][0]} -> {r['load_avg_after'][0]}, "
        f"site code {r['site_code']}\n",
        f"{'build':<40} {'wall s':>8} {'ms/entry':>9} {'CPU s':>8} {'RSS MB':>9}\n",
        _row("ours clean (en + vi, feeds, Pagefind)", r["ours_clean_s"], n, r["ours_cpu_s"],
             r["peak_rss_mb"]),
        _row("ours, one entry edited (build cache)", r["ours_edit_one_s"], n,
             r["ours_edit_one_cpu_s"], r["ours_edit_one_peak_rss_mb"]),
        _row("plain Pelican clean (1 language)", r["pelican_plain_s"], n,
             r.get("pelican_plain_cpu_s"), r.get("pelican_plain_rss_mb")),
        _row("plain Pelican, one edited, warm cache", r.get("pelican_plain_edit_one_s"), n,
             None, None),
        _row(f"Hugo {r.get('hugo_version', '')} clean", r["hugo_s"], n, r.get("hugo_cpu_s"),
             r.get("hugo_rss_mb")),
        _row("Hugo clean, GOMAXPROCS=1", r.get("hugo_1core_s"), n, None, None),
        f"ours / Hugo: {r['ratio_vs_hugo']}x; ours / plain Pelican: "
        f"{r.get('ratio_vs_pelican_plain')}x\n",
        f"output: {r['ours_output_files']} files, {r['ours_output_mb']} MB; Pagefind bundle "
        f"{r['pagefind_files']} files, {r['pagefind_mb']} MB\n",
        f"memory of ours: peak {r['peak_rss_mb']} MB summed over the process tree, by program "
        f"{r['ours_rss_by_program_mb']}; largest single process {r['ours_max_process_rss_mb']} "
        f"MB\n",
    ]  # fmt: skip
    if r.get("search_query_kb") is not None:
        lines.append(
            f"search {r['query']!r} after a clean build: {r['search_query_kb']} KB over "
            f"{r['search_requests']} requests (page open {r['search_open_kb']} KB + query "
            f"{r['search_typed_kb']} KB), {r['search_status']}, {r['search_latency_ms']} ms; "
            f"by kind {r['search_kb_by_kind']}\n"
            f"search after the edits (recent bundle, superseded versions filtered out): "
            f"{r['search_after_edit_query_kb']} KB, by kind {r['search_after_edit_kb_by_kind']}\n"
        )
    if "profile" in r:
        lines.append(phase_table(r["profile"]["phases"]))
        lines.append(f"cProfile: {r['profile']['cprofile_text']}\n")
    return "".join(lines)


def phase_table(phases: dict[str, list[float]]) -> str:
    rows = [f"\n{'phase (inclusive; nested phases are part of their parent)':<60} "
            f"{'wall s':>8} {'CPU s':>8} {'calls':>7}\n"]  # fmt: skip
    for key, (wall, cpu, calls) in sorted(phases.items(), key=lambda item: -item[1][1]):
        rows.append(f"{key:<60} {wall:8.2f} {cpu:8.2f} {int(calls):7d}\n")
    return "".join(rows)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    result = run(args)
    (args.dir / f"results-{args.entries}.json").write_text(
        json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    sys.stdout.write(table(result))
    line = dict(result)
    if "profile" in line:  # the phase table is printed above and kept in the results file
        line["profile"] = {k: v for k, v in line["profile"].items() if k != "phases"}
    sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0
