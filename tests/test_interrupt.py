"""Ctrl-C during a build prints one line, and the next build is what a clean build makes."""

from __future__ import annotations

import filecmp
import os
import signal
import subprocess
import sys
from pathlib import Path

from tools.bench.corpus import generate, write_digest_corpus

from .site_helpers import ROOT, build_site


def _differences(left: Path, right: Path) -> list[str]:
    compared = filecmp.dircmp(left, right)
    found = [*compared.left_only, *compared.right_only, *compared.diff_files]
    for name, sub in compared.subdirs.items():
        found += [f"{name}/{item}" for item in _differences(sub.left, sub.right)]
    return found


def _sigint_as_default() -> None:
    """A build started from a background job inherits SIGINT ignored (as CI may start the
    suite); a terminal's Ctrl-C reaches a build that has Python's own handler."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_prints_one_line_and_leaves_output_and_cache_consistent(tmp_path: Path) -> None:
    content, _ = write_digest_corpus(generate(300, seed=3), tmp_path)
    output = tmp_path / "output"
    command = [sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / "pelicanconf.py"),
               "-o", str(output), "--cache-path", f"{output}.cache"]  # fmt: skip
    build = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             text=True, env={**os.environ, "COLUMNS": "500",
                                             "PYTHONUNBUFFERED": "1"},
                             start_new_session=True, preexec_fn=_sigint_as_default)  # fmt: skip
    assert build.stdout is not None
    # Interrupted once the entries are read, while pages are written and indexed: a fixed delay
    # would land before or after the build on a faster or busier machine.
    before = []
    for line in build.stdout:
        before.append(line)
        if line.startswith("Digest: "):
            break
    assert build.poll() is None, "".join(before)
    os.killpg(build.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole group
    rest, _ = build.communicate(timeout=120)
    said = "".join(before) + rest
    assert "Traceback" not in said, said
    assert said.count("Keyboard interrupt received") == 1, said
    rebuilt = build_site(output, content=content)
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    clean = tmp_path / "clean"
    assert build_site(clean, content=content).returncode == 0
    assert _differences(output, clean) == []
