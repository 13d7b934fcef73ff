"""Latin forms of people's names written in other scripts, so every person has one searchable key.

The tables cover the letters that occur in names in the provinces' news, not whole orthographies:
the aim is a readable key, not a scholarly romanisation. Names are read by who bears them:

- Vietnamese names written by their sound (グエン・ヴァン・ドゥック, Чан Куок Хоанг) are read
  back into Vietnamese spelling without diacritics ("Nguyen Van Duc"; ``translit_vi``);
- Korean names keep the family name first, spelled as its bearers do ("Park Jeong-hun");
- Chinese names in Cyrillic (Palladius) are given in pinyin ("Huang Jianming";
  ``translit_palladius``), in Chinese characters in pinyin or Sino-Vietnamese (``translit_han``);
- anything else gets the script's plain romanisation (Hepburn, Revised Romanization, RTGS...).

Tables are written as "letter=latin" strings to stay compact.
"""

from __future__ import annotations

import functools
import re

from digest.extract.translit_han import han_words
from digest.extract.translit_palladius import palladius_reading
from digest.extract.translit_vi import kana_loose, korean_loose, vietnamese_reading
from digest.scripts import char_class
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


def _pairs(spec: str) -> dict[str, str]:
    """ "a=b c=d" -> {"a": "b", "c": "d"}, in order; "x=" maps to nothing."""
    return dict(item.split("=") for item in spec.split())


def _table(letters: str, latin: str) -> dict[str, str]:
    """Letters paired with space-separated readings; "-" is no sound."""
    return {char: value.strip("-") for char, value in zip(letters, latin.split(), strict=True)}


# --- Cyrillic -------------------------------------------------------------------------------

_RU = _table(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya",
)
_UK = _RU | _pairs("г=h ґ=g и=y і=i ї=yi є=ye '= ’=")
# How Russian and Ukrainian papers write Vietnamese sounds: Хоанг = Hoang, Фам = Pham.
_CYR_VI = _pairs("нг=ng кх=kh тх=th нь=nh уй=uy ьо=o х=h ф=ph ш=s з=d ы=u й=i ь= є=e")


# How names end in English spellings of Russian and Ukrainian names: Andrei, Dmitry, Maria.
_CYR_FINALS = (("ий", "y"), ("ый", "y"), ("ій", "iy"), ("ия", "ia"), ("ія", "ia"), ("й", "i"))
# Ukrainian's own national standard writes и as y and й as i, so -ий as "yi": "Zelenskyi",
# "Dnistrovskyi Terminal", as Ukrainian firms and officials sign in Latin letters.
_UK_FINALS = (("ий", "yi"), *_CYR_FINALS[1:])


# Letters whose reading depends on what stands before them, in the English spellings papers
# use: Russian е after a vowel is "ye" (Sergeyevich, Nikolayevich, Vorobyev); Ukrainian ю, ї,
# є, я inside a word are "iu", "i", "ie", "ia" (Hnatiuk, Mykolaivna), as the Ukrainian
# passport standard writes them, and й before a consonant is "i" (Boiko).
# (not after и or ы: adjectives' plural endings stay "-skie", "-ye" in the names of firms)
_RU_PLACED = ((re.compile("(?<=[аеёоуэюяъь])е"), "ye"),)
_UK_PLACED = (
    (re.compile("(?<=.)ю"), "iu"),
    (re.compile("(?<=.)ї"), "i"),
    (re.compile("(?<=.)є"), "ie"),
    (re.compile("(?<=[^аеєиіїоуюяьй'’])я"), "ia"),
    (re.compile("й(?=[бвгґджзклмнпрстфхцчшщ])"), "i"),
)


def _cyrillic_word(word: str, lang: str, vietnamese: bool) -> str:
    text = word.lower()
    for cyr, lat in _CYR_VI.items() if vietnamese else ():
        text = text.replace(cyr, lat)
    table = _UK if lang == "uk" else _RU
    finals = _UK_FINALS if lang == "uk" else _CYR_FINALS
    final = next(((cyr, lat) for cyr, lat in finals if text.endswith(cyr)), None)
    if final is not None and not vietnamese:
        stem = text[: -len(final[0])]
        return _spelled(_placed(stem, lang), table) + final[1]
    return _spelled(text if vietnamese else _placed(text, lang), table)


def _placed(text: str, lang: str) -> str:
    """``text`` with the letters read by their place already written in Latin."""
    for pattern, latin in _UK_PLACED if lang == "uk" else _RU_PLACED:
        text = pattern.sub(latin, text)
    return text


def _spelled(text: str, table: dict[str, str]) -> str:
    return "".join(table.get(char, char) for char in text)


def _cyrillic(words: list[str], lang: str) -> list[str]:
    vietnamese = [_cyrillic_word(word, lang, True) for word in words]
    if all(is_vi_syllable(word) for word in vietnamese):
        return vietnamese
    return [_cyrillic_word(word, lang, False) for word in words]


# --- Japanese kana (Hepburn) -----------------------------------------------------------------

_KANA_ROWS = (
    "-:アイウエオ k:カキクケコ g:ガギグゲゴ s:サシスセソ z:ザジズゼゾ t:タチツテト "
    "d:ダヂヅデド n:ナニヌネノ h:ハヒフヘホ b:バビブベボ p:パピプペポ m:マミムメモ "
    "y:ヤ_ユ_ヨ r:ラリルレロ w:ワヰ_ヱヲ"
)
_KANA = {
    kana: onset.strip("-") + vowel
    for row in _KANA_ROWS.split()
    for onset, kanas in [row.split(":")]
    for kana, vowel in zip(kanas, "aiueo", strict=True)
    if kana != "_"
}
_KANA |= _pairs("シ=shi ジ=ji チ=chi ツ=tsu ヂ=ji ヅ=zu フ=fu ヲ=o ン=n ヴ=vu")
_SMALL = _pairs("ァ=a ィ=i ゥ=u ェ=e ォ=o ャ=ya ュ=yu ョ=yo")


def _kana_syllable(base: str, small: str) -> str:
    """A kana with the small kana after it: フォ -> fo, キャ -> kya, シェ -> she, ウィ -> wi."""
    if base.endswith(("shi", "chi", "ji")):
        return base[:-1] + _SMALL[small][-1]
    if small in "ャュョ":
        return base[:-1] + _SMALL[small]
    return ("w" if base == "u" else base.rstrip("aiueo")) + _SMALL[small]


def _katakana(word: str) -> str:
    chars = [chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in word]  # hiragana
    out: list[str] = []
    double = False
    for char, nxt in zip(chars, [*chars[1:], ""], strict=True):
        if char == "ッ":
            double = True
        elif char in _KANA:  # ー (long vowel) and the small kana used below are dropped
            syllable = _kana_syllable(_KANA[char], nxt) if nxt in _SMALL else _KANA[char]
            out.append(
                syllable[0] + syllable if double and syllable[0] not in "aiueo" else syllable
            )
            double = False
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
_RR_LINKED = _pairs("k=g t=d p=b l=r")  # a final read as the onset of a vowel-initial syllable


# Korean family names and the Latin spellings their bearers use (not Revised Romanization:
# 이 is Lee, 박 Park, 최 Choi), two-syllable ones first.
_KO_SURNAME_TABLE = (
    "황보=Hwangbo 남궁=Namgung 제갈=Jegal 선우=Sunwoo 독고=Dokgo 김=Kim 이=Lee 박=Park 최=Choi "
    "정=Jeong 강=Kang 조=Cho 윤=Yoon 장=Jang 임=Lim 한=Han 오=Oh 서=Seo 신=Shin 권=Kwon "
    "황=Hwang 안=Ahn 송=Song 류=Ryu 유=Yoo 전=Jeon 홍=Hong 고=Ko 문=Moon 양=Yang 손=Son 배=Bae "
    "백=Baek 허=Heo 노=Noh 남=Nam 심=Shim 하=Ha 곽=Kwak 성=Sung 차=Cha 주=Joo 우=Woo 구=Koo "
    "민=Min 나=Na 진=Jin 엄=Eom 채=Chae 원=Won 천=Cheon 방=Bang 공=Kong 현=Hyun 함=Ham "
    "변=Byun 염=Yeom 여=Yeo 추=Choo 도=Do 소=So 석=Seok 선=Sun 설=Seol 마=Ma 길=Gil 연=Yeon "
    "위=Wi 표=Pyo 명=Myung 기=Ki 반=Ban 왕=Wang 금=Keum 옥=Ok 육=Yuk 인=In 맹=Maeng 제=Je "
    "모=Mo 탁=Tak 국=Kook 어=Eo 은=Eun 편=Pyeon 용=Yong 예=Ye 경=Kyung 봉=Bong 사=Sa 부=Boo"
)
KO_SURNAMES = _pairs(_KO_SURNAME_TABLE)


def korean_surname(word: str) -> str:
    """The Korean family name ``word`` starts with ("" if none): 남궁 before 남."""
    return next((word[:n] for n in (2, 1) if word[:n] in KO_SURNAMES and len(word) > n - 1), "")


def _korean_name(word: str) -> str | None:
    """A Korean name written as one word, family name first: 박정훈 -> "Park Jeong-hun" (the
    given name in Revised Romanization, its syllables joined by a hyphen), 김 -> "Kim"."""
    surname = korean_surname(word)
    given = word[len(surname) :]
    if not surname or len(given) > 2 or not all("\uac00" <= c <= "\ud7a3" for c in given):
        return None
    syllables = [_hangul(char) for char in given]
    return " ".join([KO_SURNAMES[surname], "-".join(syllables).capitalize()]).strip()


def _hangul(word: str) -> str:
    codes = [ord(c) - 0xAC00 for c in word if "\uac00" <= c <= "\ud7a3"]
    out: list[str] = []
    for code, nxt in zip(codes, [*codes[1:], -1], strict=True):
        coda = _RR_FINAL[code % 28].strip("-")
        if coda and nxt // 588 == 11:
            coda = _RR_LINKED.get(coda, coda)
        out.append(_RR_INITIAL[code // 588].strip("-") + _RR_MEDIAL[code % 588 // 28] + coda)
    return "".join(out)


# Revised Romanization writes the sound changes between syllables in place names (not in
# personal names): a final before ㄹ or a nasal is read as it is said (강릉 Gangneung, 신라 Silla,
# 백마 Baengma). Onset indexes: ㄴ 2, ㄹ 5, ㅁ 6, ㅇ 11.
_RR_BEFORE_RIEUL = _pairs("l=l,l n=l,l ng=ng,n m=m,n k=ng,n p=m,n t=n,n")
_RR_BEFORE_NASAL = _pairs("k=ng t=n p=m")


def korean_place(word: str, firm: bool = False) -> str:
    """A Korean place name in one word, in Revised Romanization with its sound changes and its
    syllables joined, as Korea writes its place names: 경산 -> "Gyeongsan" (not the family name
    reading "Kyung San"), 강릉 -> "Gangneung". A ``firm``'s own name takes the older spellings
    companies sign with (see ``_FIRM_SPELLINGS``)."""
    codes = [ord(c) - 0xAC00 for c in word if "\uac00" <= c <= "\ud7a3"]
    onsets = [_RR_INITIAL[code // 588].strip("-") for code in codes]
    codas = [_RR_FINAL[code % 28].strip("-") for code in codes]
    for i, nxt in enumerate(codes[1:]):
        onset = nxt // 588
        if onset == 11 and codas[i]:
            codas[i] = _RR_LINKED.get(codas[i], codas[i])
        elif onset == 5 and codas[i] in _RR_BEFORE_RIEUL:
            codas[i], onsets[i + 1] = _RR_BEFORE_RIEUL[codas[i]].split(",")
        elif onset in (2, 6) and codas[i] in _RR_BEFORE_NASAL:
            codas[i] = _RR_BEFORE_NASAL[codas[i]]
        elif onset == 2 and codas[i] == "l":
            onsets[i + 1] = "l"
    medials = [_RR_MEDIAL[code % 588 // 28] for code in codes]
    syllables = [o + m + c for o, m, c in zip(onsets, medials, codas, strict=True)]
    if firm:
        syllables = [_FIRM_SPELLINGS.get(syllable, syllable) for syllable in syllables]
    return "".join(syllables).capitalize()


# The syllables Korean companies spell as their names were first written in Latin letters,
# before Revised Romanization (Samsung, Daesung, Daemyung, Shinhan; not Samseong, Sinhan):
# -eong is -ung, -yeong after a consonant -yung, si- is shi-.
_FIRM_SPELLINGS = {
    **{f"{o}eong": f"{o}ung" for o in ("s", "ss", "j", "jj", "ch", "d", "t", "b", "p", "h")},
    **{f"{o}yeong": f"{o}yung" for o in ("m", "h")},
    **{f"si{c}": f"shi{c}" for c in ("", "n", "m", "l", "k", "p", "ng")},
}


# --- Thai (RTGS, basic) ----------------------------------------------------------------------

_TH_CONSONANTS = "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
_TH_INITIAL = _table(
    _TH_CONSONANTS,
    "k kh kh kh kh kh ng ch ch ch s ch y d t th th th n d t th th "
    "th n b p ph f ph f ph m y r l w s s s h l - h",
)
_TH_FINAL = _table(
    _TH_CONSONANTS,
    "k k k k k k ng t t t t t n t t t t t n t t t t t n p p p p p p p m i n n o t t t - n - -",
)
_TH_VOWELS = _pairs(
    "เีย=ia เือ=uea เาะ=o เา=ao เอ=oe เิ=oe เะ=e แะ=ae โะ=o ัว=ua ำ=am ะ=a ั=a "
    "า=a ิ=i ี=i ึ=ue ื=ue ุ=u ู=u เ=e แ=ae โ=o ใ=ai ไ=ai"
)
# A preposed vowel is read after its consonant, or after ห and the sonorant it leads (เหงียน).
_TH_PREPOSED = re.compile("([เแโใไ])(ห[งญนมยรลว]|.)")
_TH_SONORANTS = "งญนมยรลว"
_TH_SIGNS = frozenset("ะัาำิีึืุูเแโใไ็")
_TH_SILENT = re.compile("[่้๊๋็]")


def _thai(word: str) -> str:
    # Preposed vowels (เ แ โ ใ ไ) are read after their consonant: put them there.
    text = _TH_PREPOSED.sub(r"\2\1", _TH_SILENT.sub("", word))
    out, index, onset, vowel = "", 0, False, False
    while index < len(text):
        found = next((th for th in _TH_VOWELS if text.startswith(th, index)), None)
        if found:
            out, index, vowel = out + _TH_VOWELS[found], index + len(found), True
            continue
        char, nxt = text[index], text[index + 1 : index + 2]
        index += 1
        if (
            char == "ห"
            and nxt
            and nxt in _TH_SONORANTS
            and text[index + 1 : index + 2] in _TH_SIGNS
        ):
            continue  # ห leading a sonorant and its vowel only gives a tone: หงีย is ngia
        if char not in _TH_INITIAL:
            continue  # ์ (silent letter) and anything unknown
        before_vowel = bool(nxt) and any(th.startswith(nxt) for th in _TH_VOWELS)
        if vowel and not before_vowel:  # the consonant closing a syllable
            out, vowel, onset = out + _TH_FINAL[char], False, False
        elif onset and not vowel and not before_vowel:  # อ and ว as vowels, or a hidden o
            inner = {"อ": "o", "ว": "ua"}.get(char)
            out, vowel, onset = out + (inner or "o" + _TH_FINAL[char]), bool(inner), bool(inner)
        else:
            out, onset, vowel = out + _TH_INITIAL[char], True, False
    return out


# --- Devanagari (ISO 15919 without diacritics, final schwa dropped as in Hindi) -------------

_DEVA_CONSONANTS = _table(
    "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
    "k kh g gh n ch chh j jh n t th d dh n t th d dh n p ph b bh m y r l v sh sh s h",
)
_DEVA_VOWELS = _table("अआइईउऊऋएऐओऔ", "a a i i u u r e ai o au")
_DEVA_SIGNS = _table("ािीुूृेैोौॉॅ", "a i i u u r e ai o au o e")
_DEVA_LABIALS = frozenset("पफबभम")
_DEVA_NUKTA = _pairs("क=q ख=kh ग=gh ज=z फ=f ड=r ढ=rh")


def _silent_schwas(word: str) -> set[int]:
    """Consonants whose own "a" Hindi does not say inside a word: after a vowel and before a
    consonant with a vowel of its own (कुलकर्णी Kulkarni, अरविंद Arvind; भारत keeps Bharat)."""
    silent: set[int] = set()
    said = [False] * len(word)  # whether a vowel is heard right after this position
    for index, char in enumerate(word):
        nxt = word[index + 1 : index + 2].replace("़", "") or word[index + 2 : index + 3]
        if char in _DEVA_VOWELS or char in _DEVA_SIGNS:
            said[index] = True
        elif char in _DEVA_CONSONANTS:
            said[index] = index + 1 < len(word) and nxt != "्" and nxt not in _DEVA_SIGNS
    consonants = [i for i, char in enumerate(word) if char in _DEVA_CONSONANTS]
    for before, index, after in zip(consonants, consonants[1:], consonants[2:], strict=False):
        vowel_before = (
            said[before] or word[index - 1] in _DEVA_SIGNS or word[index - 1] in _DEVA_VOWELS
        )
        # the next consonant's vowel is written, or its own "a" closes on a cluster (कर्णी);
        # before a plain "a" the schwa stays, as names are spelt (राघवन Raghavan)
        vowel_after = word[after + 1 : after + 2] in _DEVA_SIGNS or (
            said[after] and word[after + 2 : after + 3] == "्"
        )
        if said[index] and after == index + 1 and vowel_before and vowel_after:
            silent.add(index)
    return silent


def _nasal(char: str, nxt: str) -> str:
    """A nasal sign's letter: the anusvara takes the place of the consonant after it, "m"
    before p, ph, b, bh and m (मुंबई Mumbai, अंबानी Ambani, कुंभ Kumbh), else "n"."""
    if char not in "ंँ":
        return ""
    return "m" if char == "ं" and nxt in _DEVA_LABIALS else "n"


def _devanagari(word: str) -> str:
    out: list[str] = []
    silent = _silent_schwas(word)
    owner = -1  # the consonant whose own "a" may be said next
    schwa = False  # a consonant's own "a", said unless a sign follows (and not at the end)
    for index, (char, nxt) in enumerate(zip(word, [*word[1:], ""], strict=True)):
        if char in _DEVA_CONSONANTS or char in _DEVA_VOWELS or char in "ंँ":
            out.append("a" if schwa and owner not in silent else "")
        if char in _DEVA_CONSONANTS:
            owner = index
        if char in _DEVA_CONSONANTS:
            out.append(
                _DEVA_NUKTA[char] if nxt == "़" and char in _DEVA_NUKTA else _DEVA_CONSONANTS[char]
            )
        out.append(_DEVA_SIGNS.get(char, "") + _DEVA_VOWELS.get(char, "") + _nasal(char, nxt))
        schwa = char in _DEVA_CONSONANTS or (schwa and char == "़")
    # The final "a" is not said, except after a cluster: आर्य Arya, मिश्र Mishra (न्ह is the
    # Vietnamese nh: हुइन्ह Huynh).
    return "".join(out) + ("a" if schwa and re.search("्[^ह]़?$", word) else "")


# --- Arabic (consonants, with و and ي read as vowels inside a word) -------------------------

_ARABIC = _table(
    "ابتثجحخدذرزسشصضطظعغفقكلمنهةىءأإآؤئ",
    "a b t th j h kh d dh r z s sh s d t z - gh f q k l m n h a a - a i a - -",
)


def _arabic(word: str) -> str:
    word = word.replace("نغ", "ng").replace("نج", "ng")  # Vietnamese -ng: هوانغ = Hoang
    word = word[:-2] + "uy" if word.endswith("وي") else word.replace("وي", "uye")  # Duy, Nguyen
    out = [{"و": "w", "ي": "y"}.get(word[0], "")] if word[:1] in ("و", "ي") else []
    for char in word[len(out) :]:
        vowel = {"و": "u", "ي": "i"}.get(char)
        out.append(vowel or _ARABIC.get(char, char if char.isascii() else ""))
    return "".join(out)


# --- Dispatch --------------------------------------------------------------------------------

_SCRIPT_LETTERS = tuple(
    char_class(*names)
    for names in (
        ("Cyrillic",),
        ("Hiragana", "Katakana"),
        ("Hangul",),
        ("Thai",),
        ("Devanagari",),
        ("Arabic",),
        ("Han",),
    )
)
_SCRIPT = re.compile("|".join(f"([{letters}])" for letters in _SCRIPT_LETTERS))
_SCRIPT_NAMES = ("cyrillic", "kana", "hangul", "thai", "deva", "arabic", "han")
_CONVERTERS = {
    "kana": _katakana,
    "hangul": _hangul,
    "thai": _thai,
    "deva": _devanagari,
    "arabic": _arabic,
}
_WORD_SPLIT = re.compile(r"[\s・･·•=\-‐]+")


_LOOSE = {
    "cyrillic": lambda word, lang: _cyrillic_word(word, lang, True),
    "kana": lambda word, _lang: kana_loose(_katakana(word)),
    "hangul": lambda word, _lang: korean_loose(word),
    "thai": lambda word, _lang: _thai(word),
    "deva": lambda word, _lang: _devanagari(word),
    "arabic": lambda word, _lang: _arabic(word),
}


def loose_romanisation(word: str, script: str, lang: str) -> str | None:
    """A word of ``script`` romanised as Vietnamese syllables written in it are read
    (``read_as_vietnamese``), before it is cut into syllables: 호이안 -> "hoian"; None for a
    script without such a reading (Latin, Chinese characters)."""
    loose = _LOOSE.get(script)
    return loose(word, lang) if loose is not None else None


def read_as_vietnamese(words: list[str], script: str, lang: str) -> list[str] | None:
    """A Vietnamese name written by its sound in another script, in Vietnamese spelling."""
    loose = _LOOSE.get(script)
    if loose is None or len(words) < 2 or any(script_of(word) != script for word in words):
        return None
    return vietnamese_reading([loose(word, lang) for word in words], script)


# Vietnamese family names Korean writes in more than one block (Nguyễn, Huỳnh, Trương, Dương,
# Lương, Vương, Hoàng, Đoàn, Ngô, Bùi): glued to the given name, they are read as one syllable.
_HANGUL_FAMILY_NAMES = (
    "응우옌", "후인", "쯔엉", "즈엉", "르엉", "브엉", "호앙", "도안", "응오", "부이",
)  # fmt: skip


def hangul_family_name(word: str) -> bool:
    """Whether a word is a Vietnamese family name Korean writes in more than one block (브엉)."""
    return word in _HANGUL_FAMILY_NAMES


def glued_hangul_reading(word: str) -> list[str] | None:
    """A Vietnamese name written in Hangul without spaces (팜득롱, Phạm Đức Long; 응우옌반빈,
    Nguyễn Văn Bình), in Vietnamese spelling: a family name of one block or a known longer one,
    then two or three blocks, each reading as a Vietnamese syllable; the first block no Korean
    family name (박정민 would read "Bạch Đông Minh"). None otherwise."""
    known = next((name for name in _HANGUL_FAMILY_NAMES if word.startswith(name)), None)
    # 부 is a Korean family name too; 부이 (Bùi) in a name of four blocks is none.
    if script_of(word) != "hangul" or (korean_surname(word) and known is None):
        return None
    family = known or word[:1]
    blocks = [family, *word[len(family) :]]
    if not 3 <= len(blocks) <= 4:
        return None
    reading = read_as_vietnamese(blocks, "hangul", "ko")
    return reading if reading and all(len(syllable) > 1 for syllable in reading) else None


# Any letter of those scripts: one character set, which the regex engine skips ahead by (an
# alternation of groups is tried at every character); which script it is, once per letter.
_NOT_LATIN = re.compile(f"[{''.join(_SCRIPT_LETTERS)}]")


def script_of(text: str) -> str:
    """The script of the first letter not in Latin script: "latin" if there is none."""
    match = _NOT_LATIN.search(text)
    return _script_of_letter(match.group()) if match else "latin"


@functools.lru_cache(maxsize=4096)
def _script_of_letter(letter: str) -> str:
    match = _SCRIPT.match(letter)
    assert match is not None and match.lastindex is not None
    return _SCRIPT_NAMES[match.lastindex - 1]


@functools.lru_cache(maxsize=8192)
def to_latin(name: str, lang: str, chinese: bool = True) -> str:
    """Latin form of a person's name written in another script.

    Latin-script names are returned as they are (with their diacritics): the article's own
    spelling is the best Latin form there is. Words are capitalised, separators become spaces.
    Without ``chinese``, a Cyrillic name is never read as a Chinese one in Palladius spelling.
    """
    script = script_of(name)
    if script == "latin":
        return name
    words = [word for word in _WORD_SPLIT.split(name.strip()) if word]
    vietnamese = read_as_vietnamese(words, script, lang) or (
        glued_hangul_reading(words[0]) if len(words) == 1 else None
    )
    if vietnamese:
        return " ".join(word.capitalize() for word in vietnamese)
    if script == "cyrillic":
        latin = (palladius_reading(words, lang) if chinese else None) or _cyrillic(words, lang)
    elif script == "han":
        latin = [part for word in words for part in han_words(word)]
    elif script == "hangul" and len(words) == 1 and (korean := _korean_name(words[0])):
        return korean
    else:
        latin = [_CONVERTERS.get(script_of(word), str)(word) for word in words]
    return " ".join(word[:1].upper() + word[1:] for word in latin if word)
