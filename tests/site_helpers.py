"""Reading built pages as a reader would: visible text by language, links, feeds."""

from __future__ import annotations

import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"})  # fmt: skip


def build_site(output: Path, *, content: Path | None = None, settings: str = "pelicanconf.py",
               env: dict[str, str] | None = None, extra: list[str] | None = None,
               cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """Build into ``output`` with its own cache beside it: cold the first time, warm after."""
    command = [
        sys.executable, "-m", "pelican", str(content or ROOT / "content"),
        "-s", str(ROOT / settings), "-o", str(output), "--fatal", "warnings",
        # Each test site starts cold, and leaves no cache in the project.
        "--cache-path", f"{output}.cache", *(extra or []),
    ]  # fmt: skip
    # Pelican's console wraps long lines, at the hyphens of a long path too: keep them whole.
    env = {**(env if env is not None else os.environ), "COLUMNS": "500"}
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, env=env)


class _TextByLanguage(HTMLParser):
    """Collects visible text with the language in force where it appears."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str, bool]] = []
        self.texts: list[tuple[str, str]] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag in VOID:
            return
        parent_lang = self.stack[-1][1] if self.stack else ""
        hidden = bool(self.stack and self.stack[-1][2]) or tag in ("script", "style", "title")
        hidden = hidden or "search-only" in (values.get("class") or "")
        self.stack.append((tag, values.get("lang") or parent_lang, hidden))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if self.stack and not self.stack[-1][2] and data.strip():
            self.texts.append((self.stack[-1][1], data.strip()))


def read_page(path: Path) -> _TextByLanguage:
    parser = _TextByLanguage()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def text_in(path: Path, lang: str) -> str:
    """The page's visible text that is in ``lang`` (not inside a lang-marked article body)."""
    return "\n".join(text for text_lang, text in read_page(path).texts if text_lang == lang)
