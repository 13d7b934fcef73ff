"""Vietnamese names written in other scripts, read back into Vietnamese spelling.

Korean, Japanese, Thai, Russian, Ukrainian, Arabic and Hindi papers write a Vietnamese name
by its sound: 응우옌 티 투 하, グエン・ヴァン・ドゥック, เหงียน ฮว่าง ลัม, Чан Куок Хоанг. A plain
romanisation of those ("Eunguyen Ti Tu Ha") is no key anyone searches by. Each script's
romanisation is read here as a Vietnamese syllable could have been written in it: an onset, a
vowel nucleus and a final, each with the Vietnamese spellings the script cannot tell apart
(Korean ㅉ is ch or tr, Japanese ク is c, k or qu, Arabic و is u or o). Of the spellings that
are Vietnamese name syllables, the commonest in names wins (family names first for the first
word). A name is read so only when every word gives a name syllable and the first a family
name; otherwise the plain romanisation stays. The result has no diacritics, as the spelling
cannot be told from the sound with certainty.
"""

from __future__ import annotations

import functools
import itertools
import re


def _split(words: str) -> list[str]:
    return words.split()


# Vietnamese family names, commonest first, then other name syllables (middle and given
# names), roughly commonest first; folded, without diacritics.
_SURNAMES = (
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh dao "
    "doan mai ha luong lam trieu ta cao luu la thai lai kieu tong chu khuc quach nong be lo "
    "ton vuong phung diep tang thach giang ninh han khong au chau tieu vi sung mua hua "
    "luc kim lieu dam dau dieu khuat lang ma phi sam thieu ung uong vien xa nghiem giap bach "
    "cam quan truong mac tu tao hau nhu ca hoa"
)
_GIVEN = (
    "van thi minh duc thanh ngoc quang hoang huu hong xuan anh tuan hung hai dung hoa nam "
    "long son trung quoc cong kim thu thuy lan huong ha linh hieu cuong phong phuc binh an "
    "khanh tam tan thang vinh viet thai toan tien hien huyen trang mai nga yen hanh lien "
    "loan thao nhung phuong my chi dao hau hue hoai khoa dat dinh dong duy giang hiep hoan "
    "hop huy kien lam loc luan manh nghia nhan nhat ninh phu phat quan quy sang sinh tai "
    "thien thinh tho thong thuan thuc tinh tri trong truong tu tue tung tuong tuyen uyen "
    "vu phuoc bac bang bao bich cam canh chau chien chinh chung cuc dai dan dang danh diem "
    "diep dien doan du duong duyen gia giao han hang hao hoat hoc huynh kha khai khang "
    "khiem khoi khuong kieu ky lang lap le lieu loi luong ly nguyet nhi nhu oanh phi quyen "
    "quynh thach the thoa thuong tiep tin ton tram tran trieu trinh truc tuyet vuong vy "
    "huan quyet suu thu to trach diu hy khue nguyen nhien sa son tao thiet thuyet tin "
    "truyen tuoc uy xuyen lo lu lung muoi ngan nhiem phan quach sau tham thom tuy vien"
)
_NAMES = dict.fromkeys(_split(_GIVEN) + _split(_SURNAMES))
_RANK = {syllable: rank for rank, syllable in enumerate(_NAMES)}
_SURNAME_RANK = {syllable: rank for rank, syllable in enumerate(_split(_SURNAMES))}

_ONSETS = _split(
    "ngh ng nh ch tr th ph kh gh gi qu ts sh zh sy b c d f g h j k l m n p q r s t v w x y z"
)
_VOWELS = "aeiouyâêôơư"
_SYLLABLE = re.compile(rf"({'|'.join(_ONSETS)})?([{_VOWELS}]+)(ch|nh|ng|[cmnptk])?")

# What each part of a loosely romanised syllable may stand for in Vietnamese spelling.
_ONSET = {
    "": [""],
    "b": ["b", "v"],
    "v": ["v", "b"],
    "w": ["v"],
    "f": ["ph", "v"],
    "p": ["p", "ph"],
    "n": ["n", "nh"],
    "ng": ["ng", "ngh"],
    "ngh": ["ngh", "ng"],
    "g": ["g", "gh", "ng"],
    "gh": ["gh", "g"],
    "k": ["c", "k", "q", "kh"],
    "c": ["c", "k", "q"],
    "q": ["q", "c"],
    "t": ["t", "th"],
    "th": ["th", "t"],
    "ch": ["ch", "tr"],
    "tr": ["tr", "ch"],
    "j": ["d", "gi"],
    "z": ["d", "gi"],
    "zh": ["gi", "d"],
    "gi": ["gi", "d"],
    "s": ["s", "x"],
    "x": ["x", "s"],
    "sh": ["s", "x"],
    "sy": ["x"],
    "ts": ["t", "th"],
    "l": ["l", "r"],
    "r": ["r", "l"],
    "y": ["d", "gi", "y"],
}
_NUCLEUS = {
    "â": ["a", "o"],
    "ư": ["u"],
    "ơ": ["o"],
    "ê": ["e"],
    "ô": ["o"],
    "ưâ": ["uo"],
    "ưa": ["ua"],
    "oe": ["a", "o", "oe"],
    "ue": ["uye", "ue"],
    "uê": ["uye", "ue"],
    "uo": ["uo"],
    "ia": ["ia", "ie", "uye"],
    "ie": ["ie", "ye", "uye"],
    "iâ": ["ie", "ye"],
    "iao": ["ieu"],
    "ua": ["ua", "oa"],
    "uâ": ["uo", "ua"],
    "ai": ["ai", "a"],
    "ui": ["ui", "uy"],
    "ao": ["ao", "au"],
    "i": ["i", "y"],
    "y": ["y", "i"],
    "yo": ["uo"],
    "io": ["uo", "io"],
    "uie": ["uye"],
    "yui": ["uy"],
    "au": ["au", "ao"],
    "uye": ["uye"],
    "iu": ["iu", "ieu"],
}
_CODA = {
    "": [""],
    "n": ["n", "ng", "nh"],
    "ng": ["ng", "nh"],
    "nh": ["nh", "n"],
    "k": ["c", "ch"],
    "c": ["c", "ch"],
    "ch": ["ch", "c"],
    "t": ["t"],
    "p": ["p"],
    "m": ["m"],
}
# Where a script is vaguer than the tables above: Arabic writes no short vowels, and one
# letter for u and o; Korean tells ㅌ (th) from ㄸ (t). Hindi writes Việt as it writes Vietnam
# (वियत, वियतनाम: "iya") and ư as "yu" (ह्युंग Hưng).
_SCRIPT_NUCLEUS = {
    "arabic": {"u": ["u", "o", "uo"], "i": ["i", "e", "y"], "ua": ["oa", "ua"]},
    "kana": {"a": ["a"], "e": ["e"], "o": ["o"], "u": ["u"]},
    "deva": {"iya": ["ie"], "yu": ["u"]},
}
# And where it is more exact: Cyrillic tells В (v) from Б (b) (Винь is Vinh, not Bình).
_SCRIPT_ONSET = {
    "hangul": {"t": ["t"], "th": ["th"]},
    "kana": {"f": ["ph", "h"]},
    "cyrillic": {"v": ["v"], "b": ["b"]},
}
# Cyrillic and Arabic write a final ng as such (Хунг, هانغ), never for nh (Винь, ثانه).
_SCRIPT_CODA = {"cyrillic": {"ng": ["ng"]}, "arabic": {"ng": ["ng"]}}
# Vietnamese writes a rounded k as qu: 꽝 "koang" is Quang.
_ROUNDED_K = frozenset({"k", "c", "q"})
_CHANGED_VOWEL = 30  # rank penalty of a reading whose vowel is not the one written

# Korean jamo as Vietnamese sounds (the national rules for writing Vietnamese in Hangul).
_KO_INITIAL = _split("g k n d t l m b p s x - j ch ch kh th ph h")
_KO_MEDIAL = _split("a e ia ie â ê iâ ie o oa oe oe io u uâ uê uy iu ư ưi i")
_KO_FINAL = {1: "c", 4: "n", 8: "l", 16: "m", 17: "p", 19: "t", 21: "ng"}


def korean_loose(word: str) -> str:
    """A Vietnamese syllable written in Hangul, in loose Latin: 끄엉 -> "kưâng"."""
    codes = [ord(c) - 0xAC00 for c in word if "\uac00" <= c <= "\ud7a3"]
    out = []
    for index, code in enumerate(codes):
        initial, medial, final = code // 588, code % 588 // 28, code % 28
        if index == 0 and initial == 11 and medial == 18 and final == 21 and len(codes) > 1:
            out.append("ng")  # 응우옌: the onset ng
            continue
        out.append(_KO_INITIAL[initial].strip("-") + _KO_MEDIAL[medial] + _KO_FINAL.get(final, ""))
    return "".join(out)


def kana_loose(latin: str) -> str:
    """Hepburn from katakana, as Vietnamese is written in it: a doubled consonant with a
    dummy vowel is a final (ドゥック "dukku" -> "duk"), ai before n is a (マイン Mạnh)."""
    latin = re.sub(r"(?:kk|cc)u$|kku$", "k", latin)
    latin = re.sub(r"(tt|pp)[ou]$", lambda m: m.group(1)[0], latin)
    latin = re.sub(r"(?<=[aiueo])mu$", "m", latin)  # ナム Nam
    # ヴィエト Việt, ティエト Tiết: a final ト after ie is the final t, no syllable "to"
    latin = re.sub(r"(?<=ie)to$", "t", latin)
    return re.sub(r"ain$", "anh", latin)


def _loose(word: str) -> str:
    """Consonant + w + vowel is a rounded onset in Vietnamese: hwang -> hoang."""
    return re.sub(rf"(?<=[^{_VOWELS}])w(?=[{_VOWELS}])", "o", word.lower())


@functools.cache
def _readings(word: str, script: str, first: bool) -> tuple[str, ...]:
    """Name syllables ``word`` may be, best first."""
    found = _spellings(word, script)
    ranks = _SURNAME_RANK if first else _RANK
    found = {f: p for f, p in found.items() if f in ranks and (f[:1] != "q" or f[:2] == "qu")}
    return tuple(sorted(found, key=lambda f: ranks[f] + found[f]))


# Places, not people: Russian and Ukrainian write both Vietnamese d and gi as З, read "d" in
# the loose romanisation (Тієнзіанг, Tiền Giang), a name syllable seldom gi, a place's often;
# Thai writes Vietnamese k and c as ค, read "kh" (คอนตูม, Kon Tum).
_PLACE_ONSET = {"cyrillic": {"d": ["d", "gi"]}, "thai": {"kh": ["kh", "k", "c"]}}


@functools.cache
def place_spellings(piece: str, script: str) -> frozenset[str]:
    """Every Vietnamese spelling, without diacritics, a loosely romanised syllable may stand
    for in a place's name ("fan" -> phan, van ...); empty when ``piece`` is no syllable."""
    spellings = _spellings(piece, script, _PLACE_ONSET.get(script, {}))
    # gi before a written i is the one letter (Зіанг, "diang": Giang, not Giiang)
    return frozenset("gi" + s[3:] if s.startswith("gii") else s for s in spellings)


def _spellings(
    word: str, script: str, onsets_by_script: dict[str, list[str]] | None = None
) -> dict[str, int]:
    """Every spelling ``word`` may be, with the rank penalty of a changed vowel."""
    match = _SYLLABLE.fullmatch(_loose(word))
    if not match:
        return {}
    onset, nucleus, coda = (part or "" for part in match.groups())
    onsets = (
        (onsets_by_script or {}).get(onset)
        or _SCRIPT_ONSET.get(script, {}).get(onset)
        or _ONSET.get(onset, [onset])
    )
    nuclei = _SCRIPT_NUCLEUS.get(script, {}).get(nucleus) or _NUCLEUS.get(nucleus, [nucleus])
    codas = _SCRIPT_CODA.get(script, {}).get(coda) or _CODA.get(coda, [coda])
    if onset in _ROUNDED_K and re.fullmatch(f"o[{_VOWELS}]+", nucleus):
        nuclei = [*nuclei, "u" + nucleus[1:]]
    if script == "kana" and onset == "f" and not nucleus.startswith("u"):
        onsets = ["ph"]  # フ is fu or hu (フン Hùng), フォ only pho (フォン Phong)
    if script == "hangul" and coda == "n" and not nucleus.endswith(("i", "ê", "e")):
        codas = ["n"]  # Korean writes final nh as 인 (타인 Thanh): 안 is An
    return {
        o + n + c: 0 if n == nucleus else _CHANGED_VOWEL
        for o, n, c in itertools.product(onsets, nuclei, codas)
    }


def vietnamese_reading(words: list[str], script: str) -> list[str] | None:
    """``words`` (one Vietnamese syllable each, loosely romanised) in Vietnamese spelling, or
    None when they are not a Vietnamese name."""
    if not 2 <= len(words) <= 5:
        return None
    readings = [_readings(word, script, index == 0) for index, word in enumerate(words)]
    missing = sum(not reading for reading in readings)
    if not readings[0] or missing > (1 if len(words) >= 3 else 0):
        return None  # a family name first; in a longer name, one word may be unknown
    return [reading[0] if reading else word for word, reading in zip(words, readings, strict=True)]
