"""A province spelling the registry lacks: drafted as the nearest registry unit, flagged, and
the editor told what was seen, what was chosen and where the spelling belongs."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from digest.extract import province_guess
from digest.extract.province_guess import _edit_distance, _patterns, nearest_province
from digest.registries import default_registries
from tests.site_helpers import ROOT

# Composed by the team: one known and one misspelt province name, each beside a province word.
BINH_DUONG_JA = """ビンズン省、長野県の企業代表団を迎える

2025年4月10日

ビンズン省人民委員会の副委員長は9日、長野県の企業代表団と会談し、工業団地への投資について
意見を交わした。代表団は電子部品と食品加工の分野で新たな工場の建設を検討している。
"""
BAC_NINH_KO = """박린성, 한국 기업과 반도체 부품 협력 논의

2025년 5월 2일

베트남 북부 박린성 인민위원회 대표단이 1일 경기도 수원시를 방문해 현지 기업들과 반도체 부품
공급망 협력 방안을 논의했다. 대표단은 박린성의 산업단지 현황을 소개하고 추가 투자를 요청했다.
"""


def run_extract(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "digest", "extract", str(path)], cwd=ROOT,
                          capture_output=True, text=True, check=False)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "province", "as_written", "seen", "chosen"),
    [
        (BINH_DUONG_JA, "ho-chi-minh", "binh-duong", "ビンズン", "ビンズオン"),
        # 박린 sounds as 박닌 does ([방닌]): one letter from Bắc Ninh, four from 박리에우 (Bạc Liêu).
        (BAC_NINH_KO, "bac-ninh", "bac-ninh", "박린", "박닌"),
    ],
)
def test_unknown_spelling_is_drafted_as_the_nearest_province(
    tmp_path: Path, text: str, province: str, as_written: str, seen: str, chosen: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    result = run_extract(path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["province"], data["province_as_written"]) == (province, as_written)
    assert data["provinces"] == [province]
    assert "province" in data["needs_review"]
    message = result.stderr.strip()
    assert str(path) in message and repr(seen) in message and repr(chosen) in message
    assert f"id {as_written} in registries/provinces.yaml" in message


def test_latin_misspelling_beside_a_province_word_is_read() -> None:
    guess = nearest_province(
        default_registries(),
        "en",
        "",
        "Officials of Quang Ngai province met the Binh Duongg province delegation.",
    )
    # The exact "Quang Ngai" is found by the gazetteer, never guessed; the misspelling is.
    assert guess is not None and guess.province.id == "binh-duong" and guess.seen == "Binh Duongg"


def test_a_foreign_name_beside_a_province_word_is_not_a_province() -> None:
    registries = default_registries()
    assert (
        nearest_province(registries, "ja", "", "長野県と静岡県、そして広東省の代表が集まった。")
        is None
    )
    assert nearest_province(registries, "en", "", "the Gangwon province and Fukuoka city") is None


def test_a_thai_misspelling_is_the_province_and_not_an_unlisted_partner() -> None:
    from digest.extract.drafting import draft_text

    article = (
        "กว๋างหนิญร่วมมือกับจังหวัดเชียงใหม่\n"
        "วันที่ 2 พฤษภาคม 2568\n"
        "คณะผู้แทนจังหวัดกว๋างหนิญ พบกับผู้ว่าราชการจังหวัดเชียงใหม่ "
        "เพื่อหารือความร่วมมือด้านการท่องเที่ยว\n"
    )
    drafted = draft_text(article, Path("th.txt"), default_registries())
    assert drafted.province == "quang-ninh"
    assert "province" in drafted.needs_review
    assert [p["id"] for p in drafted.partners] == ["th-chiang-mai"]


def test_every_province_has_a_name_in_every_script_the_digest_reads() -> None:
    """A province with no name in a script is refused in every article of that language
    (Huế had no Thai or Devanagari name). Hà Nam has no Hangul name on purpose: 하남 is a
    Korean city and 하남성 the old reading of China's Henan."""
    ranges = {
        "Thai": "\u0e00-\u0e7f", "Devanagari": "\u0900-\u097f", "Arabic": "\u0600-\u06ff",
        "Cyrillic": "\u0400-\u04ff", "Han": "\u4e00-\u9fff", "Katakana": "\u30a0-\u30ff",
        "Hangul": "\uac00-\ud7a3",
    }  # fmt: skip
    missing = {
        (province.id, script)
        for province in default_registries().provinces.values()
        for script, letters in ranges.items()
        if not any(re.search(f"[{letters}]", name) for name in province.aliases)
    }
    assert missing == {("ha-nam", "Hangul")}


def test_a_bounded_edit_distance_is_the_full_one_capped_past_its_bound() -> None:
    """The guesser stops counting past what it could accept; below that the count is exact."""
    chooser = random.Random(13)
    for _ in range(20_000):
        a = "".join(chooser.choice("anhgi") for _ in range(chooser.randint(0, 9)))
        b = "".join(chooser.choice("anhgi") for _ in range(chooser.randint(0, 9)))
        bound = chooser.randint(0, 4)
        full = _edit_distance(a, b)
        assert _edit_distance(a, b, bound) == min(full, bound + 1), (a, b, bound)


def test_a_swap_of_neighbours_is_one_edit() -> None:
    assert _edit_distance("Nihn", "Ninh") == 1
    assert _edit_distance("Nihn", "Ninh", 1) == 1
    assert _edit_distance("Nihn", "Ninh", 0) == 1


def test_a_name_before_its_province_word_is_read_as_from_any_letter() -> None:
    """The pattern is not tried from inside a word, yet finds what trying from every letter
    finds: a name glued to a digit or a dash, a name of several words, a dash before the word."""
    before_word = _patterns("en")[1]
    unguarded = re.compile(before_word.pattern.replace("(?<![^\\W\\d_])", "", 1), re.IGNORECASE)
    assert unguarded.pattern != before_word.pattern
    chooser = random.Random(7)
    texts = ["2Binh Duong province", "x-Ninh city", "Ba Ria – Vung Tau province, Hanoi-city"]
    texts += [
        "".join(chooser.choice("ab2_ -–'.\ncityprov") for _ in range(30)) for _ in range(3000)
    ]
    for text in texts:
        expected = [(m.span(), m.group(1)) for m in unguarded.finditer(text)]
        assert [(m.span(), m.group(1)) for m in before_word.finditer(text)] == expected, text
    assert [m.group(1) for m in before_word.finditer(texts[0])] == ["Binh Duong"]


def test_silent_thai_letters_go_and_a_name_without_the_mark_is_not_scanned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    silent = province_guess._SILENT_THAI
    rng = random.Random(19)
    for _ in range(3000):
        name = "".join(rng.choice("กบนห ิุ์a") for _ in range(rng.randint(0, 8)))
        assert province_guess._without_silent_thai(name) == silent.sub("", name), name
    assert province_guess._without_silent_thai("บินห์") == "บิน"
    scanned: list[str] = []

    class _Counting:
        def sub(self, repl: str, name: str) -> str:
            scanned.append(name)
            return silent.sub(repl, name)

    monkeypatch.setattr(province_guess, "_SILENT_THAI", _Counting())
    assert province_guess._without_silent_thai("Quảng Ninh") == "Quảng Ninh"
    assert province_guess._without_silent_thai("บินห์") == "บิน"
    assert scanned == ["บินห์"]


def test_a_name_s_letters_drop_spaces_and_dashes() -> None:
    assert province_guess._letters("Bà Rịa – Vũng-Tàu") == "bariavungtau"


def test_the_lengths_measured_beyond_one_edit_are_only_those_a_share_can_accept() -> None:
    """A spelling reached by its length alone is measured only where ``_share`` would not
    refuse it by the lengths: the others could never be the guess (their readings are reached
    by the readings' own keys and lengths)."""
    for limit in (0.15, 0.2, 0.25, 0.34, 0.5):
        for length in range(1, 60):
            for near in province_guess._two_edits_lengths(length, limit):
                assert abs(length - near) <= limit * max(length, near), (length, near, limit)
                assert province_guess._most_edits_between(length, near, limit) >= 2
            # Every length ``_share`` accepts with two edits or more is still measured.
            wanted = {
                near
                for near in range(1, 200)
                if abs(length - near) <= limit * max(length, near)
                and province_guess._most_edits_between(length, near, limit) >= 2
            }
            assert wanted <= set(province_guess._two_edits_lengths(length, limit))


def test_the_spellings_one_edit_away_are_those_of_every_key_of_the_name() -> None:
    """The name's keys are looked up together: the same spellings as one lookup per key."""
    chooser = random.Random(20)
    by_key: dict[str, list[int]] = {}
    for index in range(300):
        name = "".join(chooser.choice("anhgiu") for _ in range(chooser.randint(1, 7)))
        for key in province_guess._one_deleted(name):
            by_key.setdefault(key, []).append(index)
    for _ in range(2_000):
        name = "".join(chooser.choice("anhgiu") for _ in range(chooser.randint(1, 8)))
        one_by_one = {i for key in province_guess._one_deleted(name) for i in by_key.get(key, ())}
        assert set(province_guess._one_edit_near(by_key, name)) == one_by_one


def test_the_nearest_spelling_is_found_as_by_measuring_every_spelling() -> None:
    """The keys and lengths leave out no spelling that could be the guess: the guess is the
    one found by measuring every registry spelling against the name."""
    registries = default_registries()
    chooser = random.Random(17)
    names = ["Quang Nihn", "Bin Duong", "Vinh Fuc", "Thai Nguen", "Ha Tinh", "Kuang Nam"]
    names += ["กวางหนิญ", "쾅남", "كوانج نينه", "Куангнинь", "Binh Dinhh", "Lao Kai"]
    for _ in range(40):
        word = list(chooser.choice(names))
        word[chooser.randrange(len(word))] = chooser.choice("aehnuiy")
        names.append("".join(word))
    for lang in ("de", "th", "ko", "ar", "ru", "vi"):
        spellings = province_guess._spellings(registries, lang)
        for name in names:
            found = province_guess._closest(registries, lang, name, ceiling=0.34)
            every = _closest_measuring_all(spellings, lang, name, 0.34)
            assert found == every, (lang, name)


def _closest_measuring_all(
    spellings: tuple[province_guess._Spelling, ...], lang: str, seen: str, ceiling: float
) -> province_guess.Guess | None:
    """``_closest`` as written before its keys: every spelling measured, in their order."""
    pg = province_guess
    if pg._exact(seen) in pg._exact_spellings(default_registries()):
        return None  # a registry spelling: no guess
    script = pg.script_of(seen)
    letters, reading = pg._letters(seen), pg._reading(seen, lang)
    limit = pg._MAX_SHARE_SPLIT_SYLLABLES if script in pg._SPLIT_SCRIPTS else pg._MAX_SHARE_ALPHABET
    if script == "latin":
        limit = pg._MAX_SHARE_LATIN_READING
    limit, reading_limit = min(limit, ceiling), min(pg._MAX_SHARE_LATIN_READING, ceiling)
    best = None
    for spelling in spellings:
        share = pg._NO_MATCH
        if spelling.script == script:
            share = pg._share(letters, spelling.letters, limit)
            share = share if share <= limit else pg._NO_MATCH
        if share > 0 and pg._readings_compared(script, spelling.script):
            reading_share = pg._share(reading, spelling.reading, reading_limit)
            if reading_share <= reading_limit:
                share = min(share, reading_share)
        if share < pg._NO_MATCH and (best is None or share < best.distance):
            best = pg.Guess(seen, spelling.province, spelling.name, share)
        elif best is not None and share == best.distance and spelling.province != best.province:
            best = pg.dataclasses.replace(best, tied=True)
    return best
