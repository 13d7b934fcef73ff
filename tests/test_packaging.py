"""The wheel holds the product only: the tools (evaluation, docs, bench) stay in the checkout."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

from setuptools import find_packages

ROOT = Path(__file__).resolve().parent.parent


def _packaged() -> list[str]:
    """The packages setuptools puts in the wheel, found as pyproject.toml tells it to."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    return find_packages(where=str(ROOT), include=include)


def _imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_wheel_holds_the_digest_package_and_no_tool() -> None:
    packaged = _packaged()
    assert "digest" in packaged
    assert all(name == "digest" or name.startswith("digest.") for name in packaged), packaged
    for tool in ("evaluation.py", "docs.py", "bench"):
        assert (ROOT / "tools" / tool).exists()
        assert not (ROOT / "digest" / tool).exists()


def test_the_package_never_imports_a_tool() -> None:
    """An installed digest has no tools/: importing from it would fail only once installed."""
    offenders = {
        path.relative_to(ROOT).as_posix(): sorted(imported)
        for path in sorted((ROOT / "digest").rglob("*.py"))
        if (imported := {n for n in _imported(path) if n == "tools" or n.startswith("tools.")})
    }
    assert offenders == {}


def test_the_guard_sees_an_import_of_a_tool(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import json\nfrom tools.evaluation import evaluate\n", encoding="utf-8")
    assert "tools.evaluation" in _imported(module)
