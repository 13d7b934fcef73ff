"""What the search index learns about an entry beyond its visible text.

Pagefind indexes a page in the language of its ``<html lang>``, the interface language, so it
would neither split Japanese or Chinese text into words nor know that "Vân Nam", "van nam" and
"雲南" name Yunnan. Each entry page therefore carries (hidden from readers) its province and
partners under every name the registries hold, folded forms for accent-free queries, and its
Japanese or Chinese text cut into pieces a query can match (see ``segment``); the article text
itself is then left out of the index, whole sentences being useless words to Pagefind. The
index itself is built by ``digest.site.search_index``.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

from digest.registries import Registries
from digest.schema import Entry
from digest.scripts import ITERATION_MARK, char_class
from digest.text import fold

if TYPE_CHECKING:
    from digest.site.model import EntryPage

_TAGS = re.compile(r"<[^>]+>")
# 々 repeats the Han character before it (人々): it belongs to the run.
_HAN_RUN = re.compile(f"[{char_class('Han')}{ITERATION_MARK}]+")
_HIRAGANA_RUN = re.compile(f"[{char_class('Hiragana')}]+")
_WORD = re.compile(r"\S+")
# Scripts written without spaces between words, whose text Pagefind cannot split itself.
SEGMENTED_LANGUAGES = frozenset({"ja", "zh"})


def han_bigrams(run: str) -> list[str]:
    """A run of Han characters as overlapping pairs, and its last character alone."""
    if len(run) <= 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def segment(text: str) -> str:
    """Japanese or Chinese text as words Pagefind can match without a dictionary.

    Han runs become overlapping pairs of characters (CJK bigram indexing, as Lucene's CJK
    analyser does), and the search page cuts a query the same way, so 紅河 and 通関 inside
    貨物の通関能力 are found and a longer query must match all its pairs. Hiragana (particles
    and endings) is dropped; katakana runs (foreign names such as ラオカイ), Latin words and
    numbers stay whole. Pairs keep the index small: every distinct longer piece would be a word
    of its own, and Pagefind's memory grows with the number of distinct words. A dictionary
    segmenter (janome) was measured at over half a second per article.
    """
    text = _HIRAGANA_RUN.sub(" ", text)
    text = _HAN_RUN.sub(lambda run: " " + " ".join(han_bigrams(run.group())) + " ", text)
    return " ".join(dict.fromkeys(_WORD.findall(text)))


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
        if entry.lang in SEGMENTED_LANGUAGES:
            parts.append(segment(entry.title + " " + body_text))
        return " · ".join(parts)


def story_meta(lead: EntryPage, languages: tuple[str, ...]) -> dict[str, Any]:
    """A story as the search page shows it, stored with its one indexed page: every edition's
    page, language, original title, status and headline and summary in each interface
    language, the lead first, so that each interface's search page can headline a result in
    its reader's language and show the edition written in it, if any (EntryPage.in_language).
    """
    return {
        "editions": [
            {
                "path": page.path,
                "lang": page.entry.lang,
                "title": page.entry.title,
                "draft": page.entry.status != "reviewed",
                "headline": {ui: page.entry.headline_in(ui) for ui in languages},
                "summary": {ui: page.entry.summary_in(ui) for ui in languages},
            }
            for page in [lead, *lead.editions]
        ]
    }


def story_filters(lead: EntryPage) -> dict[str, list[str]]:
    """The search filters' values of a story: those of any of its editions (a story found by
    its German edition is found under German)."""
    editions = [lead, *lead.editions]
    values: dict[str, list[str]] = {"language": [], "partner": [], "topic": []}
    for page in editions:
        values["language"].append(page.entry.lang)
        values["partner"] += page.entry.partners
        values["topic"] += page.entry.topics
    return {key: list(dict.fromkeys(found)) for key, found in values.items()}
