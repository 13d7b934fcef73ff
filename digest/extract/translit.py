"""Latin forms of people's names written in other scripts, so every person has one searchable key.

The tables cover the letters that occur in names in the provinces' news, not whole orthographies:
the aim is a readable key ("Dan Suan Fon" for ダン・スアン・フォン), not a scholarly romanisation.
Where a script writes Vietnamese names by a known convention (Russian "Фонг" for Phong, Chinese
characters read in Sino-Vietnamese), the Vietnamese reading is preferred when every syllable
comes out as a Vietnamese syllable.
"""

from __future__ import annotations

import functools
import re

from digest.text import fold

# A Vietnamese syllable, folded: onset, one to three vowels, coda. The onsets f, j, k, w, z are
# not Vietnamese but appear in Vietnamese names romanised from Russian, Japanese or Korean.
_VI_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdfghjklmnprstvwxz])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnptk])?"
)


@functools.lru_cache(maxsize=8192)
def is_vi_syllable(word: str) -> bool:
    """Whether a Latin word has the shape of one Vietnamese syllable ("Nam" yes, "Nama" no)."""
    return bool(_VI_SYLLABLE.fullmatch(fold(word)))


# --- Cyrillic -------------------------------------------------------------------------------

_RU = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "yo",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)
_UK = {**_RU, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi", "є": "ye", "'": "", "’": ""}
# How Russian and Ukrainian papers write Vietnamese sounds: Хоанг = Hoang, Фам = Pham.
_CYR_VI = (
    ("нг", "ng"),
    ("кх", "kh"),
    ("тх", "th"),
    ("нь", "nh"),
    ("уй", "uy"),
    ("ьо", "o"),
    ("х", "h"),
    ("ф", "ph"),
    ("ш", "s"),
    ("з", "d"),
    ("ы", "u"),
    ("й", "i"),
    ("ь", ""),
    ("є", "e"),
)


def _cyrillic_word(word: str, lang: str, vietnamese: bool) -> str:
    table = _UK if lang == "uk" else _RU
    text = word.lower()
    if vietnamese:
        for cyr, lat in _CYR_VI:
            text = text.replace(cyr, lat)
    return "".join(table.get(char, char) for char in text)


def _cyrillic(words: list[str], lang: str) -> list[str]:
    vietnamese = [_cyrillic_word(word, lang, True) for word in words]
    if all(is_vi_syllable(word) for word in vietnamese):
        return vietnamese
    return [_cyrillic_word(word, lang, False) for word in words]


# --- Japanese kana ---------------------------------------------------------------------------

_KANA_ROWS = {
    "": "アイウエオ",
    "k": "カキクケコ",
    "g": "ガギグゲゴ",
    "s": "サシスセソ",
    "z": "ザジズゼゾ",
    "t": "タチツテト",
    "d": "ダヂヅデド",
    "n": "ナニヌネノ",
    "h": "ハヒフヘホ",
    "b": "バビブベボ",
    "p": "パピプペポ",
    "m": "マミムメモ",
    "y": "ヤ ユ ヨ",
    "r": "ラリルレロ",
    "w": "ワヰ ヱヲ",
}
_KANA = {
    kana: onset + vowel
    for onset, row in _KANA_ROWS.items()
    for kana, vowel in zip(row, "aiueo", strict=True)
    if kana != " "
}
_KANA.update(
    {
        "シ": "shi",
        "ジ": "ji",
        "チ": "chi",
        "ツ": "tsu",
        "ヂ": "ji",
        "ヅ": "zu",
        "フ": "fu",
        "ヲ": "o",
        "ン": "n",
        "ヴ": "vu",
    }
)
_SMALL_VOWELS = dict(zip("ァィゥェォ", "aiueo", strict=True))
_SMALL_Y = dict(zip("ャュョ", ("ya", "yu", "yo"), strict=True))


def _kana_syllable(base: str, small: str) -> str:
    """Combine a kana with a following small kana: フォ -> fo, キャ -> kya, シェ -> she."""
    if small in _SMALL_Y:
        if base.endswith(("shi", "chi", "ji")):
            return base[:-1] + _SMALL_Y[small][1]
        return base[:-1] + _SMALL_Y[small]
    stem = "w" if base == "u" else base.rstrip("aiueo")
    if base.endswith(("shi", "chi", "ji")):
        stem = base[:-1]
    return stem + _SMALL_VOWELS[small]


def _katakana(word: str) -> str:
    # Hiragana -> katakana, so one table serves both.
    chars = [chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in word]
    out: list[str] = []
    double_next = False
    for index, char in enumerate(chars):
        nxt = chars[index + 1] if index + 1 < len(chars) else ""
        if char == "ッ":
            double_next = True
            continue
        if char not in _KANA:
            continue  # ー (long vowel), small kana already used, anything unknown
        syllable = _KANA[char]
        if nxt in _SMALL_VOWELS or nxt in _SMALL_Y:
            syllable = _kana_syllable(syllable, nxt)
        if double_next and syllable[0] not in "aiueo":
            syllable = syllable[0] + syllable
        double_next = False
        out.append(syllable)
    return "".join(out).replace("uu", "u")


# --- Korean Hangul (Revised Romanization, without the sound-change rules) -------------------

_RR_INITIAL = [
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "-",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
]
_RR_MEDIAL = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
_RR_FINAL = [
    "-",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "k",
    "m",
    "l",
    "l",
    "l",
    "p",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "k",
    "t",
    "p",
    "t",
]
# A final consonant read as the next syllable's onset when that syllable starts with a vowel.
_RR_LINKED = {"k": "g", "t": "d", "p": "b", "l": "r"}


def _hangul(word: str) -> str:
    out: list[str] = []
    codes = [ord(c) - 0xAC00 for c in word if "\uac00" <= c <= "\ud7a3"]
    for index, code in enumerate(codes):
        initial, medial, final = code // 588, (code % 588) // 28, code % 28
        onset = _RR_INITIAL[initial].strip("-")
        coda = _RR_FINAL[final].strip("-")
        next_vowel_initial = index + 1 < len(codes) and codes[index + 1] // 588 == 11
        if coda and next_vowel_initial:
            coda = _RR_LINKED.get(coda, coda)
        out.append(onset + _RR_MEDIAL[medial] + coda)
    return "".join(out)


# --- Thai (RTGS, basic) ----------------------------------------------------------------------

_TH_CONSONANTS = "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
_TH_INITIAL = dict(
    zip(
        _TH_CONSONANTS,
        [
            "k",
            "kh",
            "kh",
            "kh",
            "kh",
            "kh",
            "ng",
            "ch",
            "ch",
            "ch",
            "s",
            "ch",
            "y",
            "d",
            "t",
            "th",
            "th",
            "th",
            "n",
            "d",
            "t",
            "th",
            "th",
            "th",
            "n",
            "b",
            "p",
            "ph",
            "f",
            "ph",
            "f",
            "ph",
            "m",
            "y",
            "r",
            "l",
            "w",
            "s",
            "s",
            "s",
            "h",
            "l",
            "-",
            "h",
        ],
        strict=True,
    )
)
_TH_FINAL = dict(
    zip(
        _TH_CONSONANTS,
        [
            "k",
            "k",
            "k",
            "k",
            "k",
            "k",
            "ng",
            "t",
            "t",
            "t",
            "t",
            "t",
            "n",
            "t",
            "t",
            "t",
            "t",
            "t",
            "n",
            "t",
            "t",
            "t",
            "t",
            "t",
            "n",
            "p",
            "p",
            "p",
            "p",
            "p",
            "p",
            "p",
            "m",
            "i",
            "n",
            "n",
            "o",
            "t",
            "t",
            "t",
            "-",
            "n",
            "-",
            "-",
        ],
        strict=True,
    )
)
_TH_PREPOSED = "เแโใไ"
_TH_VOWELS = (
    ("เีย", "ia"),
    ("เือ", "uea"),
    ("เาะ", "o"),
    ("เา", "ao"),
    ("เอ", "oe"),
    ("เิ", "oe"),
    ("เะ", "e"),
    ("แะ", "ae"),
    ("โะ", "o"),
    ("ัว", "ua"),
    ("ำ", "am"),
    ("ะ", "a"),
    ("ั", "a"),
    ("า", "a"),
    ("ิ", "i"),
    ("ี", "i"),
    ("ึ", "ue"),
    ("ื", "ue"),
    ("ุ", "u"),
    ("ู", "u"),
    ("เ", "e"),
    ("แ", "ae"),
    ("โ", "o"),
    ("ใ", "ai"),
    ("ไ", "ai"),
)
_TH_SILENT = "่้๊๋็"


def _thai_reorder(word: str) -> str:
    """Put preposed vowels (เ แ โ ใ ไ) after the consonant they are read after."""
    chars = [c for c in word if c not in _TH_SILENT]
    out: list[str] = []
    index = 0
    while index < len(chars):
        if chars[index] in _TH_PREPOSED and index + 1 < len(chars):
            out += [chars[index + 1], chars[index]]
            index += 2
        else:
            out.append(chars[index])
            index += 1
    return "".join(out)


def _thai(word: str) -> str:
    text = _thai_reorder(word)
    out, index, onset_open, has_vowel = "", 0, False, False
    while index < len(text):
        vowel = next(((th, lat) for th, lat in _TH_VOWELS if text.startswith(th, index)), None)
        if vowel:
            out, index, has_vowel = out + vowel[1], index + len(vowel[0]), True
            continue
        char, nxt = text[index], text[index + 1 : index + 2]
        index += 1
        if char == "์" or char not in _TH_INITIAL:
            continue
        followed_by_vowel = bool(nxt) and any(th.startswith(nxt) for th, _ in _TH_VOWELS)
        if has_vowel and not followed_by_vowel:
            out, has_vowel, onset_open = out + _TH_FINAL[char].strip("-"), False, False
        elif onset_open and not has_vowel and char in "อว" and not followed_by_vowel:
            out, has_vowel = out + ("o" if char == "อ" else "ua"), True
        elif onset_open and not has_vowel and not followed_by_vowel:
            out, onset_open = out + "o" + _TH_FINAL[char].strip("-"), False
        else:
            out, onset_open, has_vowel = out + _TH_INITIAL[char].strip("-"), True, False
    return out


# --- Devanagari (ISO 15919 without diacritics, final schwa dropped as in Hindi) -------------

_DEVA_CONSONANTS = dict(
    zip(
        "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
        [
            "k",
            "kh",
            "g",
            "gh",
            "n",
            "ch",
            "chh",
            "j",
            "jh",
            "n",
            "t",
            "th",
            "d",
            "dh",
            "n",
            "t",
            "th",
            "d",
            "dh",
            "n",
            "p",
            "ph",
            "b",
            "bh",
            "m",
            "y",
            "r",
            "l",
            "v",
            "sh",
            "sh",
            "s",
            "h",
        ],
        strict=True,
    )
)
_DEVA_VOWELS = dict(
    zip("अआइईउऊऋएऐओऔ", ["a", "a", "i", "i", "u", "u", "r", "e", "ai", "o", "au"], strict=True)
)
_DEVA_SIGNS = dict(
    zip("ािीुूृेैोौॉॅ", ["a", "i", "i", "u", "u", "r", "e", "ai", "o", "au", "o", "e"], strict=True)
)
_DEVA_NUKTA = {"क": "q", "ख": "kh", "ग": "gh", "ज": "z", "फ": "f", "ड": "r", "ढ": "rh"}


def _devanagari(word: str) -> str:
    out: list[str] = []
    pending_schwa = False
    for index, char in enumerate(word):
        nxt = word[index + 1 : index + 2]
        if char in _DEVA_CONSONANTS:
            if pending_schwa:
                out.append("a")
            out.append(_DEVA_NUKTA[char] if nxt == "़" else _DEVA_CONSONANTS[char])
            pending_schwa = True
        elif char in _DEVA_SIGNS:
            out.append(_DEVA_SIGNS[char])
            pending_schwa = False
        elif char == "्":
            pending_schwa = False
        elif char in _DEVA_VOWELS:
            if pending_schwa:
                out.append("a")
            out.append(_DEVA_VOWELS[char])
            pending_schwa = False
        elif char in "ंँ":
            if pending_schwa:
                out.append("a")
            out.append("n")
            pending_schwa = False
    return "".join(out)  # a pending schwa at the end of the word is not pronounced


# --- Arabic (consonants, with و and ي read as vowels inside a word) -------------------------

_ARABIC = dict(
    zip(
        "ابتثجحخدذرزسشصضطظعغفقكلمنهةىءأإآؤئ",
        [
            "a",
            "b",
            "t",
            "th",
            "j",
            "h",
            "kh",
            "d",
            "dh",
            "r",
            "z",
            "s",
            "sh",
            "s",
            "d",
            "t",
            "z",
            "-",
            "gh",
            "f",
            "q",
            "k",
            "l",
            "m",
            "n",
            "h",
            "a",
            "a",
            "-",
            "a",
            "i",
            "a",
            "-",
            "-",
        ],
        strict=True,
    )
)


def _arabic(word: str) -> str:
    word = word.replace("نغ", "ng").replace("نج", "ng")
    word = word[:-2] + "uy" if word.endswith("وي") else word.replace("وي", "uye")
    out: list[str] = []
    for index, char in enumerate(word):
        if char in "وي":
            vowel = "u" if char == "و" else "i"
            out.append(("w" if char == "و" else "y") if index == 0 else vowel)
        else:
            out.append(_ARABIC.get(char, char if char.isascii() else "").strip("-"))
    return "".join(out)


# --- Chinese characters read in Sino-Vietnamese (names of Vietnamese people) ---------------

_HAN_VIET_TABLE = (
    "阮Nguyen 陈陳Tran 黎Le 范Pham 黄黃Hoang 潘Phan 武Vu 邓鄧Dang 裴Bui 杜Do 胡Ho 吴吳Ngo "
    "杨楊Duong 李Ly 乔喬Kieu 郑鄭Trinh 丁Dinh 何河Ha 梁Luong 谢謝Ta 赖賴Lai 梅Mai 赵趙Trieu "
    "朱Chu 高Cao 林Lam 苏蘇To 曾Tang 郭Quach 蔡Thai 孔Khong 段Doan 宋Tong 陆陸Luc 农農Nong "
    "许許Hua 刘劉Luu 王Vuong 冯馮Phung 叶葉Diep 翁Ong 严嚴Nghiem 侯Hau 陶Dao 童Dong 甘Cam "
    "文Van 氏Thi 春Xuan 德Duc 明Minh 光Quang 国國Quoc 英Anh 玉Ngoc 金Kim 秋Thu 海Hai 南Nam "
    "山Son 红紅鸿鴻Hong 丰豐风風峰锋鋒Phong 忠中Trung 仲Trong 富Phu 福Phuc 清青成Thanh 生Sinh "
    "胜勝Thang 战戰Chien 辉輝Huy 惠Hue 华華和花Hoa 庆慶Khanh 雄兴興Hung 强強Cuong 勇Dung "
    "俊Tuan 进進仙Tien 全Toan 安An 平Binh 长長Truong 宝寶Bao 贵貴Quy 龙龍Long 凤鳳芳方Phuong "
    "香Huong 兰蘭Lan 雪Tuyet 美My 维維Duy 廉Liem 日Nhat 月Nguyet 心Tam 志Chi 智Tri 义義Nghia "
    "仁Nhan 孝Hieu 友有Huu 星Tinh 庭廷Dinh 功公Cong 东東Dong 北Bac 广廣Quang 秀Tu 兵Binh "
    "宁寧Ninh 泰太Thai 世The 孟Manh 灵靈玲Linh 水翠瑞Thuy 贤賢显顯Hien 达達Dat 新Tan "
    "政正Chinh 盛Thinh 荣榮永Vinh 泉宣选選Tuyen 相祥Tuong 琼瓊Quynh 竹Truc 松Tung 江Giang "
    "银銀Ngan 庄莊Trang 玄Huyen 慧Tue 开開凯凱Khai 科Khoa 康Khang 军軍君Quan 石Thach 云雲Van "
    "桃Dao 菊Cuc 莲蓮Lien 珠Chau 宏Hoang 怀懷Hoai 恒恆Hang 登Dang 壮壯Trang 俭儉Kiem 坚堅Kien "
    "张張Truong 丽麗Le 诚誠Thanh 信Tin 晓曉Hieu 辰Thin 振Chan 雅Nha 娥Nga 燕Yen 嫦Hang 宗Tong 尊Ton 秦Tan"
)
_HAN_VIET = {
    char: "".join(c for c in token if c.isascii())
    for token in _HAN_VIET_TABLE.split()
    for char in token
    if not char.isascii()
}

# --- Dispatch --------------------------------------------------------------------------------

_SCRIPTS = (
    ("\u0400", "\u04ff", "cyrillic"),
    ("\u30a0", "\u30ff", "kana"),
    ("\u3040", "\u309f", "kana"),
    ("\uac00", "\ud7a3", "hangul"),
    ("\u0e00", "\u0e7f", "thai"),
    ("\u0900", "\u097f", "deva"),
    ("\u0600", "\u06ff", "arabic"),
    ("\u4e00", "\u9fff", "han"),
    ("\u3400", "\u4dbf", "han"),
)
_CONVERTERS = {
    "kana": _katakana,
    "hangul": _hangul,
    "thai": _thai,
    "deva": _devanagari,
    "arabic": _arabic,
}
_WORD_SPLIT = re.compile(r"[\s・･·•=\-‐]+")


def script_of(text: str) -> str:
    """The script of the first letter not in Latin script: "latin" if there is none."""
    for char in text:
        for low, high, name in _SCRIPTS:
            if low <= char <= high:
                return name
    return "latin"


def _han(word: str) -> list[str]:
    """Sino-Vietnamese readings, only when every character has one: a Japanese or Chinese name
    read half in Vietnamese would be worse than the name as written."""
    return [_HAN_VIET[char] for char in word] if all(c in _HAN_VIET for c in word) else [word]


def to_latin(name: str, lang: str) -> str:
    """Latin form of a person's name written in another script.

    Latin-script names are returned as they are (with their diacritics): the article's own
    spelling is the best Latin form there is. Words are capitalised, separators become spaces.
    """
    script = script_of(name)
    if script == "latin":
        return name
    words = [word for word in _WORD_SPLIT.split(name.strip()) if word]
    if script == "cyrillic":
        latin = _cyrillic(words, lang)
    elif script == "han":
        latin = [part for word in words for part in _han(word)]
    else:
        latin = [_CONVERTERS.get(script_of(word), lambda w: w)(word) for word in words]
    return " ".join(word[:1].upper() + word[1:] for word in latin if word)
