"""The folds of digest.text: one table type, each variant keeping what its users rely on."""

import re

from digest.text import (
    FoldTable,
    alternation,
    first_letter_look,
    fold,
    fold_with_offsets,
    match_fold,
    same_length_fold,
    slugify,
)


def test_fold_ignores_case_accents_width_and_dashes() -> None:
    assert fold("Lai Châu – ĐÀ NẴNG ＡＢ") == "lai chau - da nang ab"


def test_match_fold_keeps_the_vowel_signs_that_tell_words_apart() -> None:
    assert fold("กัน") == "กน"
    assert match_fold("กัน") == "กัน"


def test_same_length_fold_keeps_every_position() -> None:
    text = "Đặng Thị Ánh, Łódź, Straße, 王毅"
    folded = same_length_fold(text)
    assert folded == "dang thi anh, lodz, straße, 王毅"
    assert len(folded) == len(text)


def test_offsets_lead_back_past_characters_that_fold_to_more_or_fewer() -> None:
    line = "Straße in Sóc Trăng"
    folded, offsets = fold_with_offsets(line)
    assert folded == "strasse in soc trang"
    start = folded.index("soc")
    assert line[offsets[start] :] == "Sóc Trăng"


def test_a_fold_table_folds_by_the_rule_it_is_given() -> None:
    spaced = FoldTable(lambda char: " " if char in "-·" else char.lower())
    folded, offsets = spaced.with_offsets("Xin-Chào·Bạn")
    assert folded == "xin chào bạn"
    assert list(offsets) == list(range(12))


def test_every_mark_between_words_separates_them_in_a_slug() -> None:
    # A typographic apostrophe or a middle dot is a separator like the ASCII one, so an id
    # drafted or generated from either spelling is the id an editor writes.
    assert slugify("Provence-Alpes-Côte-d’Azur") == "provence-alpes-cote-d-azur"
    assert slugify("Provence-Alpes-Côte-d'Azur") == "provence-alpes-cote-d-azur"
    assert slugify("Saint·Denis «Réunion»") == "saint-denis-reunion"


def test_offsets_stay_right_as_a_table_meets_more_characters_that_fold_to_none_or_several() -> None:
    # A table learns its characters as texts bring them: a mark met only in a later text must
    # shift the positions after it as "ß" met first does.
    table = FoldTable(lambda char: "" if char == "\u0301" else "ss" if char == "ß" else char)
    for text in ("Straße, Straße", "Cafe\u0301 und Straße", "ßß\u0301\u0301x"):
        folded, offsets = table.with_offsets(text)
        by_character = [index for index, char in enumerate(text) for _ in table[ord(char)]]
        assert list(offsets) == by_character
        assert len(folded) == len(offsets)


def test_a_first_letter_look_finds_what_the_word_list_alone_finds() -> None:
    words = ["Provinz", "province", "prov.", "région", "[Stadt]", "город"]
    either = alternation(words)
    text = "Die PROVINZ, la Région, prov. X, [stadt] und Город; Xprovince, -province-"
    for flags in (0, re.IGNORECASE):
        plain = re.compile(rf"(?<!\w)(?:{either})", flags)
        looked = re.compile(rf"(?<!\w){first_letter_look(words)}(?:{either})", flags)
        assert [m.span() for m in looked.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(re.findall(rf"(?<!\w){first_letter_look(words)}(?:{either})", text, re.I)) == 6


def test_the_fold_of_a_short_text_is_kept_and_a_long_text_s_is_not() -> None:
    from digest import text

    word, line = "Đắk Lắk ＡＢ", "Lai Châu – ĐÀ NẴNG " * 10
    text._short_fold.cache_clear()
    assert fold(word) == fold(word) == text._nfc(word).translate(text._FOLD_TABLE)
    assert fold(line) == text._nfc(line).translate(text._FOLD_TABLE)
    info = text._short_fold.cache_info()
    assert (info.hits, info.misses) == (1, 1)  # the word once folded, once kept; the line neither


def test_a_text_is_looked_through_for_irregular_characters_by_pattern_not_by_set() -> None:
    """Whether a text holds a character that folds to none or several is asked of a pattern of
    them (one scan in C), not of ``set.isdisjoint`` (a string made for each character)."""

    class NoDisjoint(set[str]):
        def isdisjoint(self, other: object) -> bool:
            raise AssertionError("scanned by set")

    table = FoldTable(lambda char: "ss" if char == "ß" else char.lower())
    table.with_offsets("Straße")
    table.irregular = NoDisjoint(table.irregular)
    assert table.with_offsets("Đà Nẵng") == ("đà nẵng", range(7))
    folded, offsets = table.with_offsets("Große Straße")
    assert folded == "grosse strasse"
    assert list(offsets) == [0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 10, 11]
