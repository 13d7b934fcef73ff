"""Where one build of ours spends its time: cProfile, and a phase timer.

Run from the project root (as the bench does):

    python -m tools.bench.profile cprofile CONTENT OUTPUT PSTATS   # cProfile of one build
    python -m tools.bench.profile phases CONTENT OUTPUT JSON       # wall time per phase

``phases`` wraps the functions of each build phase (in this process only, the site code is
unchanged) and records inclusive wall and CPU time and calls, splitting template rendering and
writing by interface language. It runs without cProfile, so its times are real ones; cProfile's
overhead inflates Python-heavy functions (roughly 1.5-2x) but ranks them faithfully.
"""

from __future__ import annotations

import cProfile
import functools
import importlib
import json
import pstats
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PHASES: dict[str, list[float]] = {}
_CURRENT: list[str] = []


def _add(key: str, wall: float, cpu: float) -> None:
    slot = PHASES.setdefault(key, [0.0, 0.0, 0])
    slot[0] += wall
    slot[1] += cpu
    slot[2] += 1


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    return time.perf_counter() - start[0], time.process_time() - start[1]


Key = str | Callable[[tuple[Any, ...], dict[str, Any]], str]


def _wrap(owner: Any, name: str, key: Key) -> None:
    original = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
    kind = type(original) if isinstance(original, classmethod | staticmethod) else None
    function = original.__func__ if kind is not None else original

    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        label = key(args, kwargs) if callable(key) else key
        start = _clock()
        try:
            return function(*args, **kwargs)
        finally:
            _add(label, *_since(start))

    setattr(owner, name, kind(timed) if kind is not None else timed)


def _scoped(owner: Any, name: str, label: str, interface_index: int) -> None:
    """Wrap a per-language writer so templates rendered inside it are filed under it."""
    original = getattr(owner, name)

    @functools.wraps(original)
    def scoped(*args: Any, **kwargs: Any) -> Any:
        key = f"{label} [{args[interface_index].lang}]"
        _CURRENT.append(key)
        start = _clock()
        try:
            return original(*args, **kwargs)
        finally:
            _add(key, *_since(start))
            _CURRENT.pop()

    setattr(owner, name, scoped)


# (module, attribute path, label, where the interface language is: positional index or keyword)
TARGETS: tuple[tuple[str, str, str, int | str | None], ...] = (
    ("pelican", "Pelican.run", "pelican run (all of the build below)", None),
    ("pelican", "clean_output_dir", "delete output directory", None),
    ("digest.site.entries", "read_all", "read entries (cache, then pool or in turn)", None),
    (
        "digest.site.entries",
        "read_entry",
        "read one entry (YAML, validation, Markdown, terms)",
        None,
    ),
    ("digest.frontmatter", "parse", "front matter: split + YAML", None),
    ("digest.site.entries", "validate", "schema validation", None),
    ("digest.site.body", "render", "body: Markdown + nh3", None),
    ("digest.site.body", "sanitise", "body: nh3 sanitise", None),
    ("digest.site.generator", "load_registries", "registries (generator)", None),
    ("digest.site.generator", "DigestGenerator.generate_context", "digest: context", None),
    ("digest.site.search_terms", "SearchTerms.of", "search terms", None),
    ("digest.site.search_terms", "segment", "search terms: CJK segmenting", None),
    ("digest.site.model", "SiteModel.build", "site model build", None),
    ("digest.site.model", "SiteModel.pages", "site model pages()", None),
    ("pelican.generators", "ArticlesGenerator.generate_output", "Pelican outputs (off)", None),
    ("pelican.generators", "StaticGenerator.generate_output", "static files (theme)", None),
    ("digest.site.generator", "DigestGenerator.generate_output", "digest: output", None),
    ("digest.site.generator", "DigestGenerator._write_interface", "interface", 1),
    ("digest.site.i18n", "load", "catalogue load", 1),
    ("digest.site.pages", "fingerprint", "fingerprints of pages and feeds", None),
    ("digest.site.generator", "fingerprint", "fingerprints of pages and feeds", None),
    ("digest.site.feeds", "write_feeds", "feeds: feedgenerator + write", "lang"),
    ("digest.site.sitemap", "write_sitemap", "sitemap", None),
)
# Writers per interface language: templates rendered inside them are filed under them. The
# last item says which positional argument is the InterfacePages whose language it is; each
# is wrapped where it is called from.
SCOPES = (
    ("digest.site.pages", "InterfacePages.write", "pages: render + write", 0),
    ("digest.site.generator", "produce_feeds", "feeds: render + write", 3),
)
MISSING: list[str] = []


def _resolve(module_name: str, path: str) -> tuple[Any, str] | None:
    try:
        owner: Any = importlib.import_module(module_name)
        *parents, name = path.split(".")
        for parent in parents:
            owner = getattr(owner, parent)
    except (ImportError, AttributeError):
        return None
    present = name in owner.__dict__ if isinstance(owner, type) else hasattr(owner, name)
    return (owner, name) if present else None


def _language_key(label: str, where: int | str | None) -> Key:
    if where is None:
        return label
    if isinstance(where, int):
        return lambda args, kwargs: f"{label} [{args[where]}]"
    return lambda args, kwargs: f"{label} [{kwargs[where]}]"


def instrument(serial: bool = True) -> None:
    """Wrap every phase the site code has (the code changes: absent ones are listed)."""
    import jinja2

    for module_name, path, label, where in TARGETS:
        found = _resolve(module_name, path)
        if found is None:
            MISSING.append(f"{module_name}.{path}")
            continue
        _wrap(*found, _language_key(label, where))
    for module_name, path, label, index in SCOPES:
        found = _resolve(module_name, path)
        if found is None:
            MISSING.append(f"{module_name}.{path}")
            continue
        _scoped(*found, label, index)
    search = _resolve("digest.site.search_index", "Indexer")
    if search is not None:
        _time_pagefind(getattr(*search))
    if serial:
        _serial()

    render = jinja2.Template.render

    def timed_render(self: jinja2.Template, *args: Any, **kwargs: Any) -> str:
        start = _clock()
        try:
            return render(self, *args, **kwargs)
        finally:
            scope = _CURRENT[-1] if _CURRENT else "other"
            _add(f"jinja render in {scope}", *_since(start))

    jinja2.Template.render = timed_render  # type: ignore[method-assign]


def _serial() -> None:
    """Do all the work in this process, one step after another, so that every step is measured:
    the real build reads entries in a pool of forked workers and renders each interface in a
    forked process, whose work neither cProfile nor the phase timer of this process would see
    (and whose times overlap on two cores)."""
    found = _resolve("digest.site.generator", "run_each")
    if found is not None:
        owner, name = found
        run_each = getattr(owner, name)

        def serial_run_each(*args: Any, **kwargs: Any) -> Any:
            kwargs["parallel"] = False
            return run_each(*args, **kwargs)

        setattr(owner, name, serial_run_each)
    pool_from = _resolve("digest.site.entries", "_POOL_FROM")
    if pool_from is not None:
        # No pool: every entry is read in this process.
        setattr(pool_from[0], pool_from[1], 2**62)


def _time_pagefind(indexer: type) -> None:
    """Pagefind runs beside the build: record how long it ran, its CPU, and the build's wait."""
    start_indexer = indexer.__init__
    wait = indexer.wait
    started: list[float] = []
    children: list[resource.struct_rusage] = []

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        started.append(time.perf_counter())
        # Pagefind runs are waited for in the indexer's thread: count children from here.
        children.append(resource.getrusage(resource.RUSAGE_CHILDREN))
        start_indexer(self, *args, **kwargs)

    def timed_wait(self: Any) -> Any:
        before = children.pop() if children else resource.getrusage(resource.RUSAGE_CHILDREN)
        start = _clock()
        try:
            return wait(self)
        finally:
            waited, _ = _since(start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            _add("build waiting for Pagefind to finish", waited, 0.0)
            running = time.perf_counter() - started.pop() if started else 0.0
            _add("Pagefind (separate process, beside the build)", running, cpu)

    indexer.__init__ = init  # type: ignore[misc]
    indexer.wait = timed_wait  # type: ignore[attr-defined]


def _pelican(content: str, output: str) -> None:
    import pelican

    try:
        # A cache of its own: the profiled build is a clean one.
        pelican.main([content, "-s", "pelicanconf.py", "-o", output,
                      "--cache-path", f"{output}.cache"])  # fmt: skip
    except SystemExit as stop:
        if stop.code:
            raise


def profile(content: str, output: str, pstats_path: str) -> None:
    _serial()
    profiler = cProfile.Profile()
    profiler.enable()
    _pelican(content, output)
    profiler.disable()
    profiler.dump_stats(pstats_path)
    text = Path(pstats_path).with_suffix(".txt")
    with text.open("w", encoding="utf-8") as handle:
        stats = pstats.Stats(pstats_path, stream=handle)
        stats.sort_stats("cumulative").print_stats(60)
        stats.sort_stats("tottime").print_stats(40)


def phases(content: str, output: str, json_path: str) -> None:
    start = _clock()
    instrument()
    _pelican(content, output)
    _add("process (after imports)", *_since(start))
    report = {"phases": PHASES, "not_found": MISSING}
    Path(json_path).write_text(json.dumps(report, indent=1), encoding="utf-8")


def main(argv: list[str]) -> int:
    if len(argv) != 4 or argv[0] not in ("cprofile", "phases"):
        sys.stderr.write(__doc__ or "")
        return 2
    mode, content, output, target = argv
    (profile if mode == "cprofile" else phases)(content, output, target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
