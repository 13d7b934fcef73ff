"""Running and timing the builds: ours (clean and one entry edited), plain Pelican, Hugo.

Every build runs as its own process. Wall time is measured around it; CPU time and peak RSS
come from ``os.wait4``, which reports the rusage of that one child, including the children it
waited for (so Pagefind, when the site build runs it, counts in the build's CPU time, and in
``ru_maxrss`` as the larger of the two processes, not their sum). A sampler thread also sums
the proportional set size (PSS: resident memory, with pages a fork shares with its parent
counted once) of the whole process tree every 50 ms (``tree_rss_mb``): that is what the
machine must hold while Pelican, its forks and Pagefind run side by side.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tools.bench.corpus import SyntheticEntry, plain_text

ROOT = Path(__file__).resolve().parent.parent.parent

PLAIN_SETTINGS = """\
# Plain Pelican for comparison: default theme, one language, no plugins.
AUTHOR = "bench"
SITENAME = "Plain Pelican comparison"
SITEURL = "http://localhost:8000"
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
PLUGINS = []
DEFAULT_PAGINATION = 10
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = False
CACHE_PATH = {cache!r}
DELETE_OUTPUT_DIRECTORY = True
"""


class BuildFailed(RuntimeError):
    """A build exited non-zero; the message holds the end of its log."""


PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20


@dataclass(frozen=True)
class Timing:
    wall_s: float
    cpu_s: float
    max_rss_mb: float  # the largest single process (ru_maxrss)
    tree_rss_mb: float  # the largest sum over the process tree, sampled
    # Sampled peak per program in the tree (python3 = Pelican and its forks, summed).
    rss_by_program_mb: dict[str, float] = field(default_factory=dict)


def _tree(pid: int) -> Iterator[int]:
    yield pid
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                children = handle.read().split()
        except OSError:
            continue
        for child in children:
            yield from _tree(int(child))


def _pss_mb(pid: int) -> float:
    """Proportional set size: pages shared by forked processes are counted once in a sum."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * PAGE_MB


def _tree_rss_mb(pid: int) -> dict[str, float]:
    """Resident MB (PSS) of the process tree under ``pid``, summed by program name."""
    by_program: dict[str, float] = {}
    for member in _tree(pid):
        try:
            mb = _pss_mb(member)
            with open(f"/proc/{member}/comm", encoding="utf-8") as handle:
                program = handle.read().strip()
        except (OSError, IndexError, ValueError):
            continue
        by_program[program] = by_program.get(program, 0.0) + mb
    return by_program


class _Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0.0
        self.by_program: dict[str, float] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.05):
            sample = _tree_rss_mb(self.pid)
            self.peak = max(self.peak, sum(sample.values()))
            for program, mb in sample.items():
                self.by_program[program] = max(self.by_program.get(program, 0.0), mb)


def run_timed(
    command: Sequence[str], *, cwd: Path, log: Path, env: dict[str, str] | None = None
) -> Timing:
    """Run ``command`` to completion; raise BuildFailed with its log's tail if it fails."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("w", encoding="utf-8") as handle:
        start = time.perf_counter()
        process = subprocess.Popen(
            list(command), cwd=cwd, stdout=handle, stderr=subprocess.STDOUT, env=env
        )
        sampler = _Sampler(process.pid)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        sampler.done.set()
        sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-3000:]
        raise BuildFailed(f"{' '.join(command)} exited {process.returncode}:\n{tail}")
    # Linux reports ru_maxrss in KiB.
    max_rss = usage.ru_maxrss / 1024
    by_program = {name: round(mb, 1) for name, mb in sorted(sampler.by_program.items())}
    cpu = usage.ru_utime + usage.ru_stime
    return Timing(wall, cpu, max_rss, max(sampler.peak, max_rss), by_program)


def _fresh(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


class Ours:
    """The digest built with pelicanconf.py, PATH pointing at the synthetic content. The build
    writes the search index itself; its build cache is kept beside the output."""

    def __init__(self, content: Path, output: Path, logs: Path) -> None:
        self.content = content
        self.output = output
        self.cache = output.with_name(output.name + "-cache")
        self.logs = logs

    def command(self) -> list[str]:
        return [sys.executable, "-m", "pelican", str(self.content), "-s", "pelicanconf.py",
                "-o", str(self.output), "--cache-path", str(self.cache)]  # fmt: skip

    def _build(self, name: str) -> Timing:
        timing = run_timed(self.command(), cwd=ROOT, log=self.logs / f"{name}.log")
        if not any(self.output.glob("pagefind/*/pagefind-entry.json")):
            raise BuildFailed(f"{name}: the build wrote no search index under {self.output}")
        return timing

    def clean(self) -> Timing:
        """A build from nothing: no output, no cache."""
        _fresh(self.output)
        _fresh(self.cache)
        return self._build("ours-clean")

    def edit_one(self, entry: SyntheticEntry, marker: str) -> Timing:
        """Change one entry's body and rebuild into the same output, with the cache the clean
        build left; check the page changed."""
        path = self.content / "entries" / f"{entry.slug}.md"
        edited = SyntheticEntry(entry.data, f"{entry.body}\n\n{marker}")
        path.write_text(edited.text(), encoding="utf-8")
        timing = self._build("ours-edit-one")
        page = self.output / "entries" / entry.slug / "index.html"
        if marker not in page.read_text(encoding="utf-8"):
            raise BuildFailed(f"edit-one: {page} does not show the edited text {marker!r}")
        return timing


class PlainPelican:
    """The same bodies with Pelican's default theme and no plugins; content cache on."""

    def __init__(self, root: Path, logs: Path) -> None:
        self.root = root
        self.logs = logs
        self.output = root / "output"
        self.cache = root / "cache"
        root.mkdir(parents=True, exist_ok=True)
        (root / "settings.py").write_text(
            PLAIN_SETTINGS.format(cache=str(self.cache)), encoding="utf-8"
        )

    def command(self, *extra: str) -> list[str]:
        return [sys.executable, "-m", "pelican", "content", "-s", "settings.py", "-o",
                str(self.output), *extra]  # fmt: skip

    def clean(self) -> Timing:
        _fresh(self.output)
        _fresh(self.cache)
        return run_timed(self.command(), cwd=self.root, log=self.logs / "plain-clean.log")

    def edit_one(self, entry: SyntheticEntry, marker: str) -> Timing:
        """One body changed, rebuilt with the content cache from the clean build loaded."""
        edited = SyntheticEntry(entry.data, f"{entry.body}\n\n{marker}")
        (self.root / "content" / f"{entry.slug}.md").write_text(
            plain_text(edited), encoding="utf-8"
        )
        return run_timed(self.command("-e", "LOAD_CONTENT_CACHE=true"), cwd=self.root,
                         log=self.logs / "plain-edit-one.log")  # fmt: skip


class Hugo:
    def __init__(self, binary: Path, root: Path, logs: Path) -> None:
        self.binary = binary
        self.root = root
        self.logs = logs
        self.output = root / "public"

    def clean(self, *, one_core: bool = False) -> Timing:
        _fresh(self.output)
        _fresh(self.root / "resources")
        env = dict(os.environ, GOMAXPROCS="1") if one_core else None
        command = [str(self.binary), "--source", str(self.root), "--destination",
                   str(self.output), "--noBuildLock", "--quiet"]  # fmt: skip
        name = "hugo-1core.log" if one_core else "hugo.log"
        return run_timed(command, cwd=self.root, log=self.logs / name, env=env)


def tree_size(path: Path) -> tuple[int, int]:
    """(files, bytes) under ``path``."""
    files = 0
    size = 0
    for folder, _, names in os.walk(path):
        for name in names:
            files += 1
            size += os.stat(os.path.join(folder, name)).st_size
    return files, size
