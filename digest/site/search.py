"""What the search index learns about an entry beyond its visible text, and building the index.

Pagefind indexes a page in the language of its ``<html lang>``, the interface language, so it
would neither split Japanese or Chinese text into words nor know that "Vân Nam", "van nam" and
"雲南" name Yunnan. Each entry page therefore carries (hidden from readers) its province and
partners under every name the registries hold, folded forms for accent-free queries, and its
Japanese or Chinese text cut into pieces a query can match (see ``segment``).
"""

from __future__ import annotations

import html
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
_KATAKANA_RUN = re.compile(r"[\u30a0-\u30ff\u31f0-\u31ff]{2,}")
# Longest Han query matched anywhere in a run; longer ones match from a run's start. Longer
# pieces would make nearly every position a distinct word: at 10,000 entries Pagefind's memory
# grew to gigabytes with six-character pieces.
_HAN_PREFIX = 3
_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{2,}")


class SearchIndexError(DigestError):
    """Pagefind failed to index the site."""


def segment(text: str) -> str:
    """Japanese or Chinese text as words Pagefind can match without a dictionary.

    Pagefind matches a query as the start of an indexed word, so indexing, for every Han
    character, the few characters that start there makes every substring of a phrase up to
    that length findable (紅河, 通関 inside 貨物の通関能力), and each run whole makes longer
    queries findable from where the run starts. Katakana runs (foreign names such as ラオカイ)
    are kept whole. A dictionary segmenter (janome) was measured at over half a
    second per article; this takes microseconds and finds every substring, which a
    segmenter's word boundaries would not.
    """
    words: list[str] = list(_KATAKANA_RUN.findall(text))
    for run in _HAN_RUN.findall(text):
        words.append(run)
        words += [run[i : i + _HAN_PREFIX] for i in range(len(run) - 1)]
    return " ".join(dict.fromkeys(words))


def plain_text(body_html: str) -> str:
    return html.unescape(_TAGS.sub(" ", body_html))


def lead(body_text: str, length: int = 220) -> str:
    """The article's opening words, cut at a word, for a search result."""
    text = " ".join(body_text.split())
    if len(text) <= length:
        return text
    cut = text[:length]
    return (cut.rsplit(" ", 1)[0] if " " in cut[length // 2 :] else cut) + "…"


class SearchTerms:
    """Hidden text indexed with each entry: every name of its places, and segmented CJK text.

    The names of a province or partner are folded and joined once per build, not once per
    entry that mentions it: a partner such as Japan is named by thousands of entries.
    """

    def __init__(self, registries: Registries) -> None:
        self.registries = registries
        self._names: dict[str, str] = {}

    def _terms_of(self, key: str, names: list[str]) -> str:
        terms = self._names.get(key)
        if terms is None:
            unique = list(dict.fromkeys(names))
            as_written = {name.casefold() for name in unique}
            folded = [f for f in dict.fromkeys(map(fold, unique)) if f not in as_written]
            terms = self._names[key] = " · ".join(unique + folded)
        return terms

    def province(self, province_id: str) -> str:
        p = self.registries.provinces[province_id]
        return self._terms_of(f"province:{p.id}", [p.name_vi, p.name_en, *p.aliases])

    def partner(self, partner_id: str, lang: str) -> str:
        """A partner's names; for a country, CLDR's names in the interface languages and the
        article's own (all sixteen for every country would double the index's size)."""
        p = self.registries.partners[partner_id]
        names = [p.name_vi, p.name_en, *p.aliases, *p.names_by_lang.get(lang, ())]
        return self._terms_of(f"partner:{p.id}:{lang if p.names_by_lang else ''}", names)

    def of(self, entry: Entry, body_text: str) -> str:
        parts = [
            self.province(pid) for pid in dict.fromkeys((entry.province, entry.province_as_written))
        ]
        parts += [self.partner(pid, entry.lang) for pid in entry.partners]
        if entry.lang in ("ja", "zh"):
            parts.append(segment(body_text + " " + entry.title))
        return " · ".join(parts)


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
