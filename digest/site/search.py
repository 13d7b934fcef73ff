"""What the search index learns about an entry beyond its visible text, and building the index.

Pagefind indexes a page in the language of its ``<html lang>``, the interface language, so it
would neither split Japanese or Chinese text into words nor know that "Vân Nam", "van nam" and
"雲南" name Yunnan. Each entry page therefore carries (hidden from readers) its province and
partners under every name the registries hold, folded forms for accent-free queries, and its
Japanese or Chinese text cut into words, with adjacent words also joined so that compounds the
segmenter splits ("紅" "河") are found as typed ("紅河").
"""

from __future__ import annotations

import functools
import html
import itertools
import logging
import re
import subprocess
import sys
from pathlib import Path

from digest.errors import DigestError
from digest.registries import Registries
from digest.schema import Entry
from digest.text import fold

logger = logging.getLogger(__name__)

_TAGS = re.compile(r"<[^>]+>")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


class SearchIndexError(DigestError):
    """Pagefind failed to index the site."""


@functools.cache
def _japanese_tokenizer():  # type: ignore[no-untyped-def]
    from janome.tokenizer import Tokenizer

    return Tokenizer(wakati=True)


@functools.cache
def _chinese_cut():  # type: ignore[no-untyped-def]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba.cut


def _words(run: str, lang: str) -> list[str]:
    if lang == "ja":
        return [w for w in _japanese_tokenizer().tokenize(run) if w.strip()]
    return [w for w in _chinese_cut()(run) if w.strip()]


def segment(text: str, lang: str) -> str:
    """Japanese or Chinese text as space-separated words and adjacent-word compounds."""
    out: list[str] = []
    for run in _CJK_RUN.findall(text):
        words = _words(run, lang)
        out.extend(words)
        out.extend(a + b for a, b in itertools.pairwise(words))
    return " ".join(out)


def plain_text(body_html: str) -> str:
    return html.unescape(_TAGS.sub(" ", body_html))


def search_terms(entry: Entry, body_html: str, registries: Registries) -> str:
    """Hidden text indexed with an entry: every name of its places, and segmented CJK text."""
    names: list[str] = []
    for province_id in dict.fromkeys((entry.province, entry.province_as_written)):
        province = registries.provinces[province_id]
        names += [province.name_vi, province.name_en, *province.aliases]
    for partner_id in entry.partners:
        partner = registries.partners[partner_id]
        names += [partner.name_vi, partner.name_en, *partner.aliases]
        for by_lang in partner.names_by_lang.values():
            names += by_lang
    names = list(dict.fromkeys(names))
    folded = [fold(name) for name in names if fold(name) != name.casefold()]
    terms = " · ".join(names + folded)
    if entry.lang in ("ja", "zh"):
        terms += " · " + segment(plain_text(body_html) + " " + entry.title, entry.lang)
    return terms


class Indexer:
    """Pagefind (the binary from the pagefind PyPI package) running beside the build.

    Only the first interface's entry pages carry ``data-pagefind-body``, so Pagefind can start
    as soon as they are written and index on the second core while the other interfaces are
    rendered; ``wait`` collects it at the end of the build.
    """

    def __init__(self, site_dir: Path, glob: str) -> None:
        command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--glob", glob,
                   "--silent"]  # fmt: skip
        self.site_dir = site_dir
        self.process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )

    def wait(self) -> None:
        _, stderr = self.process.communicate()
        if self.process.returncode != 0:
            raise SearchIndexError(f"pagefind failed ({self.process.returncode}): {stderr.strip()}")
        logger.info("search index written to %s", self.site_dir / "pagefind")
