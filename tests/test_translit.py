"""Latin forms of names written in other scripts."""

from __future__ import annotations

import pytest

from digest.extract.translit import is_vi_syllable, script_of, to_latin


@pytest.mark.parametrize(
    ("name", "lang", "latin"),
    [
        # Latin script stays as written, diacritics included
        ("Kiều Hải Nam", "vi", "Kiều Hải Nam"),
        ("Hoang Khanh Duy", "de", "Hoang Khanh Duy"),
        # Cyrillic: Vietnamese-aware when every syllable is Vietnamese, plain otherwise
        ("Данг Суан Фонг", "ru", "Dang Suan Phong"),
        ("Хоанг Кхань Зуй", "ru", "Hoang Khanh Duy"),
        ("Андрей Соколов", "ru", "Andrey Sokolov"),
        ("Нгуєн Ван Шон", "uk", "Nguen Van Son"),
        ("Олександр Ковальчук", "uk", "Oleksandr Kovalchuk"),
        # katakana: separators become spaces, the long vowel mark is dropped
        ("ダン・スアン・フォン", "ja", "Dan Suan Fon"),
        ("チュウ・トゥイ・クアン", "ja", "Chu Tui Kuan"),
        ("ヴー・ティ・ヒエン", "ja", "Vu Ti Hien"),
        ("シェ・キャ", "ja", "She Kya"),
        # Hangul, Revised Romanization
        ("로 반 끄엉", "ko", "Ro Ban Kkeueong"),
        ("박정훈", "ko", "Bakjeonghun"),
        ("한국어", "ko", "Hangugeo"),
        # Thai, RTGS
        ("ดัง ซวน ฟอง", "th", "Dang Suan Fong"),
        ("เกี่ยว ไห่ นาม", "th", "Kiao Hai Nam"),
        # Devanagari, final schwa dropped
        ("किउ हाई नाम", "hi", "Kiu Hai Nam"),
        ("राजेश कुमार सिन्हा", "hi", "Rajesh Kumar Sinha"),
        ("फ़ाम", "hi", "Fam"),
        # Arabic: consonants, و and ي as vowels inside a word
        ("ترينه تويت ماي", "ar", "Trinh Tuyet Mai"),
        ("هوانغ خانه دوي", "ar", "Huang Khanh Duy"),
        ("نغوين", "ar", "Nguyen"),
        # Chinese characters of Vietnamese names, in Sino-Vietnamese; others as written
        ("邓春丰", "zh", "Dang Xuan Phong"),
        ("黄文明", "zh", "Hoang Van Minh"),
        ("山本隆", "ja", "山本隆"),
    ],
)
def test_to_latin(name: str, lang: str, latin: str) -> None:
    assert to_latin(name, lang) == latin


@pytest.mark.parametrize(
    "word", ["Nam", "Nguyễn", "Trịnh", "Khanh", "Huu", "Quang", "Giang", "Fong"]
)
def test_vietnamese_syllables(word: str) -> None:
    assert is_vi_syllable(word)


@pytest.mark.parametrize(
    "word", ["Nama", "Honga", "Namowi", "Director", "Mungyeong", "KBS", "Anna"]
)
def test_not_vietnamese_syllables(word: str) -> None:
    assert not is_vi_syllable(word)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Lai Châu", "latin"),
        ("Лаокай", "cyrillic"),
        ("ラオカイ", "kana"),
        ("라오까이", "hangul"),
        ("ลาวไก", "thai"),
        ("लाओ काई", "deva"),
        ("لاو كاي", "arabic"),
        ("老街", "han"),
    ],
)
def test_script_of(text: str, script: str) -> None:
    assert script_of(text) == script
