"""digest.scripts: each writing system named once, and the classes built from the names."""

import itertools
import re

import pytest

from digest.scripts import ITERATION_MARK, SCRIPTS, char_class, is_script, script_of


@pytest.mark.parametrize(
    ("char", "script"),
    [
        ("ữ", "Latin"),
        ("Ж", "Cyrillic"),
        ("ي", "Arabic"),
        ("न", "Devanagari"),
        ("ฮ", "Thai"),
        ("の", "Hiragana"),
        ("ノ", "Katakana"),
        ("ー", "Katakana"),  # the long-vowel mark of katakana names: テーマ
        ("㐀", "Han"),  # Extension A, which some modules used to leave out
        ("河", "Han"),
        ("福", "Han"),  # a compatibility ideograph
        ("𠀀", "Han"),  # Extension B, beyond the Basic Multilingual Plane
        ("하", "Hangul"),
    ],
)
def test_every_script_is_known_by_its_name(char: str, script: str) -> None:
    assert script_of(char) == script
    assert is_script(char, script)
    assert re.fullmatch(f"[{char_class(script)}]", char)


def test_punctuation_and_symbols_belong_to_no_script() -> None:
    for char in "[_`{©«°":
        assert script_of(char) is None, char
    assert not re.search(f"[{char_class(*SCRIPTS)}]", "2025 [_] © « ° 、。")


def test_the_iteration_mark_is_not_han_but_can_join_it() -> None:
    assert not is_script(ITERATION_MARK, "Han")
    run = re.compile(f"[{char_class('Han')}{ITERATION_MARK}]+")
    assert run.fullmatch("佐々木")


def test_a_class_holds_only_the_scripts_named() -> None:
    kana = re.compile(f"[{char_class('Hiragana', 'Katakana')}]+")
    assert kana.findall("ハノイの河内") == ["ハノイの"]
    assert is_script("ก", "Han", "Thai")
    assert not is_script("ก", "Han")


def test_no_character_is_in_two_scripts() -> None:
    ranges = sorted(r for ranges in SCRIPTS.values() for r in ranges)
    for (_, last), (first, _) in itertools.pairwise(ranges):
        assert last < first
