"""One build at a time per output folder: a second waits, then refuses with a message."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from digest.site.buildlock import BuildBusyError, lock_output

from .site_helpers import ROOT


def test_a_second_build_of_one_folder_waits_then_refuses(tmp_path: Path) -> None:
    output = tmp_path / "output"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; "
         "from digest.site.buildlock import lock_output; "
         f"lock_output(Path({str(output)!r}), wait=1); print('held', flush=True); time.sleep(30)"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        started = time.monotonic()
        with pytest.raises(BuildBusyError, match="another build is writing this folder; gave up"):
            lock_output(output, wait=1)
        assert 1 <= time.monotonic() - started < 5
    finally:
        holder.kill()
        holder.wait()
    # The kernel released the lock with the process: no lock file left to clean up.
    lock_output(output, wait=1)
    assert list(output.iterdir()) == []
