"""`invoke check` on the real content: the whole editor's check, silent but for one line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.site_helpers import ROOT

pytestmark = pytest.mark.site


def test_invoke_check_on_the_real_content_prints_one_success_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "invoke", "check"], cwd=ROOT, capture_output=True, text=True,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ok: 5 entries"), result.stdout
    assert result.stderr == ""
