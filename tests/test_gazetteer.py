"""Finding registered names in text: scripts, marks, case, Slavic endings."""

from __future__ import annotations

from digest.extract.gazetteer import Gazetteer, match_form_with_offsets
from digest.text import fold, fold_with_offsets, match_fold


def found(gazetteer: Gazetteer, text: str, inflecting: bool = False) -> list[tuple[object, str]]:
    return [(m.target, m.surface) for m in gazetteer.find(text, inflecting=inflecting)]


def gazetteer(*names: tuple[str, str], inflecting: bool = False) -> Gazetteer:
    built = Gazetteer()
    for name, target in names:
        built.add(name, target, inflecting=inflecting)
    return built


def test_devanagari_names_match_across_vowel_signs() -> None:
    # Vowel signs (ा ि ो ्) are marks, not letters: they must not split the word.
    hindi = gazetteer(("होआ बिन्ह", "hoa-binh"), ("भारत", "in"), ("हनोई", "ha-noi"))
    text = "भारत ने होआ बिन्ह प्रांत को परियोजनाएँ सौंपीं, हनोई में समारोह हुआ।"
    assert found(hindi, text) == [("in", "भारत"), ("hoa-binh", "होआ बिन्ह"), ("ha-noi", "हनोई")]
    # A name is a whole word: भारतीय (Indian) is not भारत.
    assert found(hindi, "भारतीय नौसेना") == []


def test_hindi_vowel_signs_tell_names_from_words() -> None:
    assert match_fold("पर") != match_fold("पेरू")
    assert found(gazetteer(("पेरू", "pe")), "इस पर चर्चा हुई और पेरू भी आया") == [("pe", "पेरू")]
    # Long and short vowels and candra o are one in Hindi transliterations.
    assert match_fold("बा रिया-वुंग ताऊ") == match_fold("बा रिया-वुंग ताउ")
    assert match_fold("लॉन्ग") == match_fold("लोन्ग")
    # fold itself is unchanged for everyone else.
    assert fold("पेरू") == fold("पर")


def test_thai_short_names_are_not_found_inside_words() -> None:
    thai = gazetteer(("กินี", "gn"), ("ตองกา", "to"), ("ลาว", "la"), ("ลียง", "fr-lyon"),
                     ("กวม", "gu"))  # fmt: skip
    text = "ทั้งสองฝ่ายร่วมกันหารือ เราต้องการให้ชุมชน นายลัม กล่าวว่า การเลี้ยงกุ้ง แก้วมะนี"
    assert found(thai, text) == []
    assert found(thai, "สินค้าจากลาวและไทย (สปป.ลาว)") == [("la", "ลาว"), ("la", "ลาว")]


def test_thai_long_names_match_with_or_without_tone_marks() -> None:
    thai = gazetteer(("กว๋างนิญ", "quang-ninh"))
    assert found(thai, "จังหวัดกวางนิญของเวียดนาม") == [("quang-ninh", "กวางนิญ")]
    assert found(thai, "จังหวัดกว๋างนิญ") == [("quang-ninh", "กว๋างนิญ")]


def test_japanese_voicing_marks_count() -> None:
    japanese = gazetteer(("テグ", "kr-daegu"))
    assert found(japanese, "ハイテクパークを視察した") == []
    assert found(japanese, "テグ市の代表団") == [("kr-daegu", "テグ")]


def test_latin_names_glued_to_cjk_text() -> None:
    assert found(gazetteer(("JICA", "jp-jica")), "この事業はJICAの草の根技術協力") == [
        ("jp-jica", "JICA")
    ]


def test_slavic_stems_keep_most_of_the_name() -> None:
    slavic = gazetteer(("Бакльєу", "bac-lieu"), ("Камау", "ca-mau"), ("Китай", "cn"),
                       ("Юньнань", "cn-yunnan"), inflecting=True)  # fmt: skip
    text = "делегація Баклуану, ПАО «КАМАЗ», з Китаю та провінції Юньнані"
    assert found(slavic, text, inflecting=True) == [("cn", "Китаю"), ("cn-yunnan", "Юньнані")]
    # Case endings begin with a vowel: "Камаз" is no form of Камау, "Камау" itself is.
    assert found(slavic, "Камаз и Камау", inflecting=True) == [("ca-mau", "Камау")]


def test_capitals_as_the_registry_writes_them() -> None:
    places = gazetteer(("thành phố Côn Minh", "cn-kunming"), ("Pháp", "fr"),
                       ("châu Văn Sơn", "cn-wenshan"))  # fmt: skip
    text = "tại thành phố Côn Minh, đoàn đại biểu châu Văn Sơn; pháp luật của Pháp"
    assert found(places, text) == [
        ("cn-kunming", "thành phố Côn Minh"),
        ("cn-wenshan", "châu Văn Sơn"),
        ("fr", "Pháp"),
    ]
    # The capitalised words must be capitalised as written.
    assert found(places, "thành phố côn minh") == []


def test_fold_with_offsets_maps_back_to_the_text() -> None:
    line = "Báo Sóc Trăng · 5 ธันวาคม 2567"
    folded, offsets = fold_with_offsets(line)
    assert folded == fold(line)
    start = folded.index("5 ")
    assert line[offsets[start] :] == "5 ธันวาคม 2567"


def test_slavic_names_declined_in_every_word() -> None:
    slavic = gazetteer(("Kazan Federal University", "ru-kfu"), ("Ульяновск", "ru-ulyanovsk"),
                       ("Казанский федеральный университет", "ru-kfu"),
                       ("Ульяновский государственный университет", "ru-ulsu"),
                       ("Брестская область", "by-brest"), inflecting=True)  # fmt: skip
    text = (
        "Встреча прошла в Казанском федеральном университете и Ульяновском государственном "
        "университете; делегация Брестской области посетила Ульяновск."
    )
    assert found(slavic, text, inflecting=True) == [
        ("ru-kfu", "Казанском федеральном университете"),
        ("ru-ulsu", "Ульяновском государственном университете"),
        ("by-brest", "Брестской области"),
        ("ru-ulyanovsk", "Ульяновск"),
    ]
    # Lower-case words are not the name: "брестской области" is no proper name here.
    assert found(slavic, "в брестской области", inflecting=True) == []


def test_a_slavic_stem_matches_only_with_a_case_ending() -> None:
    russian = gazetteer(("Осака", "jp-osaka"), ("Фукуи", "jp-fukui"), inflecting=True)
    # Case forms of the names.
    assert found(russian, "делегация из Осаки прибыла", inflecting=True) == [("jp-osaka", "Осаки")]
    assert found(russian, "в Фукуи и в Осаке", inflecting=True) == [
        ("jp-fukui", "Фукуи"),
        ("jp-osaka", "Осаке"),
    ]
    # "Осак" alone is no form of Осака; "Фукуок" (Phú Quốc) is no form of Фукуи.
    assert found(russian, "рейсы в Осак и в Фукуок", inflecting=True) == []


def test_runs_of_spaces_are_one_space_and_lead_back_to_the_text() -> None:
    line = "Sóc  Trăng \t and   Bà Rịa – Vũng Tàu"
    form, offsets = match_form_with_offsets(line)
    assert form == "soc trang and ba ria vung tau"
    assert line[offsets[form.index("and")] :].startswith("and")
    assert line[offsets[form.index("vung")] :] == "Vũng Tàu"
    assert len(offsets) == len(form)
