"""What the search index learns about an entry: CJK text cut into Han pairs."""

from __future__ import annotations

from digest.site.search_terms import han_bigrams, segment


def test_han_runs_become_overlapping_pairs_and_their_last_character() -> None:
    assert han_bigrams("通関能力") == ["通関", "関能", "能力", "力"]
    assert han_bigrams("紅河") == ["紅河"]
    assert han_bigrams("省") == ["省"]


def test_segment_keeps_katakana_latin_and_numbers_and_drops_hiragana() -> None:
    words = segment("貨物の通関能力を向上させる ラオカイ省 Nouvelle-Aquitaine 2025年").split()
    assert {"貨物", "通関", "関能", "能力", "ラオカイ", "Nouvelle-Aquitaine"} <= set(words)
    assert not any(word in ("の", "を", "させる") for word in words)
    assert "2025" in " ".join(words)


def test_segment_names_each_word_once() -> None:
    words = segment("紅河 紅河 紅河").split()
    assert words == ["紅河"]
