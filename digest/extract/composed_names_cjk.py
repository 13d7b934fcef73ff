"""English names of Chinese, Japanese and Korean bodies and companies composed from closed words,
where the kind word, a listed name or a region its firms share decides the English name's shape.

- A whole country's academy, named by the country and the academy's field ("中国农业科学院",
  "中国社会科学院"): China's national academies name themselves "Chinese Academy of …" in
  English (Chinese Academy of Agricultural Sciences, Chinese Academy of Social Sciences). The
  same words after a province or a city name that place's own academy, which the vocabulary's
  `local` kinds read (广西农业科学院: Guangxi Academy of Agricultural Sciences).
- A listed university's hospital, the university's name glued to the word for hospital
  (강원대학교병원, 岡山大学病院): the university's English name and "Hospital" (Kangwon National
  University Hospital), as the university's own English name stands in its hospital's. The
  registry lists the hospitals whose English differs (서울대학교병원 is a record of its own, which
  the longer match reads first). Korean shortens both (강원대병원), the university's name
  losing 학교 as in its own short form (강원대).
- A Japanese or Chinese body named by a region of its country (信州大学: Shinshu University,
  九州工業大学: Kyushu Institute of Technology, 北部湾大学: Beibu Gulf University): the regions
  and old provinces Japan's firms take as their names, and China's sea and river regions (the
  vocabulary's ``company_kanji_regions``), are the place of their bodies too, read as they
  write it in Latin letters. Not Japan's own name (日本大学 is Nihon University, 日本 the
  country elsewhere), nor a region glued to more kanji or katakana (西九州大学 is no Kyushu
  University), except after a Chinese one-character link (和, 与, 的: "港区和北部湾大学").
- The JA group's prefectural bodies, named by their federation's words and a prefecture of
  Japan (全国農業協同組合連合会岐阜県本部, JA全農岐阜: JA Zen-Noh Gifu;
  宮崎県経済農業協同組合連合会, JA宮崎経済連: JA Miyazaki Keizairen), as the group writes them in
  Latin letters.
- A Korean province's own college, named by the province's short name and 도립대학(교)
  (경북도립대학교: Gyeongbuk Provincial College, 전남도립대학교: Jeonnam Provincial College):
  the short name in Revised Romanization, as the colleges and the provinces' own bodies sign,
  not the province's full English name.
- A sub-council of the China Council for the Promotion of International Trade under its whole
  name, the council's name, a place of China and 委员会 or 分会
  (中国国际贸易促进委员会云南省委员会: China Council for the Promotion of International Trade
  Yunnan Sub-council), and under its short name (云南省贸促会); its id is the council's
  acronym and the place (cn-ccpit-yunnan), as the sub-councils sign in English (CCPIT Yunnan).
- Taiwan's representative offices, which bear one name in every country that hosts one
  (驻越南台北经济文化办事处: Taipei Economic and Cultural Office), as a country's embassy is
  its embassy wherever it stands.
- "Tech" written glued to a Japanese company's katakana word is one English word with it
  (マリンテック Marinetech, as ファインテック is Finetech and バイオテック Biotech): the
  companies sign so.

The words are closed lists, so they live here beside the rules.
"""

from __future__ import annotations

import functools
import re

from digest.extract.gazetteer import PARTNER, Match
from digest.extract.translit import korean_place
from digest.extract.unlisted import Body, Unlisted
from digest.registries import Registries
from digest.registry_records import Partner
from digest.text import slugify

# China's own name opening a national body's name, simplified and traditional.
_CHINA = ("中国", "中國")
# A national academy's words after China's name, and its English name: the longest first, so
# that 农业科学院 is no bare 科学院.
_NATIONAL_ACADEMIES: dict[str, str] = {
    "热带农业科学院": "Chinese Academy of Tropical Agricultural Sciences",
    "農業科學院": "Chinese Academy of Agricultural Sciences",
    "农业科学院": "Chinese Academy of Agricultural Sciences",
    "社会科学院": "Chinese Academy of Social Sciences",
    "社會科學院": "Chinese Academy of Social Sciences",
    "医学科学院": "Chinese Academy of Medical Sciences",
    "林业科学研究院": "Chinese Academy of Forestry",
    "水产科学研究院": "Chinese Academy of Fishery Sciences",
    "科学院": "Chinese Academy of Sciences",
    "科學院": "Chinese Academy of Sciences",
    "工程院": "Chinese Academy of Engineering",
}
_ACADEMY = re.compile(
    "(?:{})(?:{})".format(
        "|".join(_CHINA),
        "|".join(sorted(_NATIONAL_ACADEMIES, key=len, reverse=True)),
    )
)
# Words after an academy's name that make it a part of it or a person: 中国科学院院士 is an
# academician, 中国农业科学院研究所 one of its institutes (still named by its own words).
_PART_AFTER = ("院士", "研究所")

# The word for hospital glued after a university's name, by language (not the affiliated
# hospitals' words, 附属医院, whose English is "Affiliated Hospital of …").
_HOSPITAL_AFTER = {"ko": ("병원",), "ja": ("病院",), "zh": ("医院", "醫院")}

# A Korean university's name and the short form its hospital's short name keeps (강원대학교:
# 강원대, 강원대병원).
_KO_UNIVERSITY = "대학교"
_KO_SHORT_HOSPITAL = "대병원"

# The country whose regions a language's bodies take as their names.
_REGION_COUNTRIES = {"ja": "JP", "zh": "CN"}
# Japan's name among the regions its firms take: a body named after it is the country's.
_JAPAN_NAMES = frozenset({"日本"})
# Characters that carry a name on before a region's (西九州, ミナミ九州): no region's body.
_NAME_BEFORE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff々〆ァ-ヺー]")

# Chinese words of one character that end the word before a name ("港区和北部湾大学", "参观了…").
_LINKS = frozenset("和与及同在于对从向是为将把也跟到并等的了")

# The JA group's federations: the words before a prefecture (the national federation's
# prefectural headquarters, 県本部 after it) or after it (the prefecture's economic federation).
_ZEN_NOH = re.compile(r"(?:全国農業協同組合連合会|[JＪ][AＡ]全農)[ \t]*\Z")
_HEADQUARTERS = re.compile(r"県?本部")
_KEIZAIREN = re.compile(r"県?(?:経済農業協同組合連合会|経済連)")
_JA_BEFORE = re.compile(r"[JＪ][AＡ][ \t]*\Z")
_JAPAN = "JP"
_PREFECTURE = re.compile(r"\s+Prefecture$")
_ZEN_NOH_WINDOW = 16

# A Korean province's college: the province's short name (two syllables, as 경북 for
# 경상북도) glued to 도립 (provincial) and the word for a college or university, or its
# short form 대 (경북도립대).
_KO_PROVINCIAL_COLLEGE = re.compile(r"(?<![가-힣])([가-힣]{2})도립대(?:학교|학)?")
_KOREA = "KR"

# The China Council for the Promotion of International Trade's whole name, and the words after a
# place of China that make the name its sub-council's (委员会 in a province, 分会 elsewhere).
_CCPIT = ("中国国际贸易促进委员会", "中國國際貿易促進委員會")
_CCPIT_LOCAL = re.compile(r"(?:省|市|壮族自治区|自治区)?(?:委员会|委員會|分会|分會)")
_CCPIT_ENGLISH = "China Council for the Promotion of International Trade {place} Sub-council"
# Its short name after a place (云南省贸促会, 广西贸促会); not China's own (中国贸促会), the
# national council, which no place names.
_CCPIT_SHORT = ("贸促会", "貿促會")
_CCPIT_SHORT_AFTER = re.compile(r"(?:省|市|壮族自治区|自治区)?(?:贸促会|貿促會)")
# What a registry place's English name carries that a body's name does not ("Honghe
# Prefecture", "Pingxiang (Guangxi)").
_PLACE_QUALIFIER = re.compile(r"\s*\([^()]*\)$|\s+(?:Prefecture|Province)$")
_CHINA_CODE = "CN"
# Taiwan's representative offices' one name, simplified and traditional.
_TECO = re.compile("台北经济文化办事处|台北經濟文化辦事處")
_TECO_ENGLISH = "Taipei Economic and Cultural Office"
_TAIWAN = "TW"

# Katakana endings that English writes glued to the word before them.
_GLUED_ENDINGS = frozenset({"Tech"})


def find_cjk_composed_bodies(
    registries: Registries, lang: str, text: str, matches: list[Match]
) -> list[Body]:
    """The bodies of the module's kinds an article in Chinese, Japanese or Korean names."""
    if lang not in ("zh", "ja", "ko"):
        return []
    return [
        *find_national_academies(lang, text),
        *find_university_hospitals(registries, lang, text, matches),
        *(_ja_federations(registries, text, matches) if lang == "ja" else ()),
        *(find_korean_provincial_colleges(registries, text) if lang == "ko" else ()),
        *(_ccpit_subcouncils(registries, text, matches) if lang == "zh" else ()),
        *(_taipei_offices(text) if lang == "zh" else ()),
    ]


def find_national_academies(lang: str, text: str) -> list[Body]:
    """China's national academies named by the country and their field (see the module)."""
    if lang != "zh":
        return []
    found = []
    for academy in _ACADEMY.finditer(text):
        if text.startswith(_PART_AFTER, academy.end()):
            continue
        english = _NATIONAL_ACADEMIES[academy.group(0)[len(_CHINA[0]) :]]
        found.append(Body(academy.start(), academy.end(), Unlisted.named("CN", english)))
    return found


def find_university_hospitals(
    registries: Registries, lang: str, text: str, matches: list[Match]
) -> list[Body]:
    """The hospitals named by a listed university and the word for hospital (see the module)."""
    words = _HOSPITAL_AFTER.get(lang)
    if words is None:
        return []
    found = []
    for match in matches:
        if match.target[0] != PARTNER or not text.startswith(words, match.end):
            continue
        university = registries.partners[match.target[1]]  # type: ignore[index]
        if not _national_university(university):
            continue
        word = next(w for w in words if text.startswith(w, match.end))
        hospital = Unlisted.named(university.country, f"{university.name_en} Hospital")
        found.append(Body(match.start, match.end + len(word), hospital))
    if lang == "ko" and _KO_SHORT_HOSPITAL in text:
        found += _korean_short_hospitals(registries, text, matches)
    return found


def _korean_short_hospitals(registries: Registries, text: str, matches: list[Match]) -> list[Body]:
    """A listed Korean university's hospital under its short name (강원대병원), where no listed
    name is read there (서울대병원 is the hospital's own record)."""
    short_names = _korean_university_short_names(registries)
    found = []
    for short in re.finditer(_KO_SHORT_HOSPITAL, text):
        stem = next((s for s in short_names if text.endswith(s, 0, short.start())), None)
        start = short.start() - len(stem or "")
        if stem is not None and not any(
            m.start < short.end() and start < m.end and _listed_body(registries, m) for m in matches
        ):
            university = registries.partners[short_names[stem]]
            hospital = Unlisted.named(university.country, f"{university.name_en} Hospital")
            found.append(Body(start, short.end(), hospital))
    return found


def _national_university(partner: Partner) -> bool:
    """True for a university of one country named "… University" (not "University of …", whose
    hospital English names otherwise)."""
    return (
        partner.kind == "organisation"
        and partner.country is not None
        and partner.name_en.endswith("University")
    )


def _listed_body(registries: Registries, match: Match) -> bool:
    """True for a registry organisation's or company's name (no place's)."""
    if match.target[0] != PARTNER:
        return False
    return registries.partners[match.target[1]].kind in ("organisation", "company")  # type: ignore[index]


@functools.cache
def _korean_university_short_names(registries: Registries) -> dict[str, str]:
    """The Hangul names of the listed Korean universities without 대학교 (강원), longest first,
    and their ids."""
    stems = {
        alias.removesuffix(_KO_UNIVERSITY): partner.id
        for partner in registries.partners.values()
        if _national_university(partner)
        for alias in partner.aliases
        if alias.endswith(_KO_UNIVERSITY) and len(alias) > len(_KO_UNIVERSITY)
    }
    return dict(sorted(stems.items(), key=lambda item: -len(item[0])))


def find_korean_provincial_colleges(registries: Registries, text: str) -> list[Body]:
    """A Korean province's college named by the province's short name (see the module)."""
    if "도립대" not in text:
        return []
    short_names = _korean_province_short_names(registries)
    found = []
    for college in _KO_PROVINCIAL_COLLEGE.finditer(text):
        english = short_names.get(college.group(1))
        if english is not None:
            name = Unlisted.named(_KOREA, f"{english} Provincial College")
            found.append(Body(college.start(), college.end(), name))
    return found


@functools.cache
def _korean_province_short_names(registries: Registries) -> dict[str, str]:
    """The two-syllable Hangul names the registry gives Korea's provinces (경북, 전남), each read
    in Revised Romanization (Gyeongbuk, Jeonnam)."""
    return {
        alias: korean_place(alias)
        for partner in registries.partners.values()
        if partner.country == _KOREA and partner.kind == "region"
        for alias in partner.aliases
        if re.fullmatch("[가-힣]{2}", alias)
    }


def _ccpit_subcouncils(registries: Registries, text: str, matches: list[Match]) -> list[Body]:
    """The China Council for the Promotion of International Trade's sub-councils under their
    whole or short names (see the module)."""
    if not any(name in text for name in (*_CCPIT, *_CCPIT_SHORT)):
        return []
    found = []
    for match in matches:
        if match.target[0] != PARTNER:
            continue
        place = registries.partners[match.target[1]]  # type: ignore[index]
        if place.country != _CHINA_CODE or place.kind not in ("region", "city"):
            continue
        whole = text.endswith(_CCPIT, 0, match.start)
        after = (_CCPIT_LOCAL if whole else _CCPIT_SHORT_AFTER).match(text, match.end)
        if after is None:
            continue
        start = match.start - len(_CCPIT[0]) if whole else match.start
        found.append(Body(start, after.end(), _ccpit_subcouncil(place)))
    return found


def _ccpit_subcouncil(place: Partner) -> Unlisted:
    """A place's sub-council, its id the council's acronym and the place as it signs (CCPIT
    Yunnan), its name the whole English name."""
    name = _PLACE_QUALIFIER.sub("", place.name_en)
    english = _CCPIT_ENGLISH.format(place=name)
    return Unlisted(f"cn-ccpit-{slugify(name)}", english, _CHINA_CODE, "organisation")


def _taipei_offices(text: str) -> list[Body]:
    """Taiwan's representative offices by their one name (see the module)."""
    return [
        Body(office.start(), office.end(), Unlisted.named(_TAIWAN, _TECO_ENGLISH))
        for office in _TECO.finditer(text)
    ]


def region_before(
    registries: Registries, lang: str, text: str, end: int
) -> tuple[str, str, int] | None:
    """The English name, country and start of a region of Japan or China named in characters
    right before ``end``, where a body's closing words start (see the module); None where there
    is none."""
    country = _REGION_COUNTRIES.get(lang)
    if country is None:
        return None
    for written, english in _regions(registries, lang):
        start = end - len(written)
        if text.startswith(written, start) and not (
            start > 0 and _NAME_BEFORE.match(text, start - 1) and text[start - 1] not in _LINKS
        ):
            return english, country, start
    return None


@functools.cache
def _regions(registries: Registries, lang: str) -> tuple[tuple[str, str], ...]:
    """The regions of the language's country its firms and bodies take as their names, longest
    first."""
    words = (registries.vocabularies.organisations.get("company_kanji_regions") or {}).get(lang)
    pairs = ((str(k), str(v)) for k, v in (words or {}).items() if k not in _JAPAN_NAMES)
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def _ja_federations(registries: Registries, text: str, matches: list[Match]) -> list[Body]:
    """The JA group's prefectural bodies named by a registry prefecture (see the module)."""
    found = []
    for match in matches:
        if match.target[0] != PARTNER:
            continue
        place = registries.partners[match.target[1]]  # type: ignore[index]
        if place.country != _JAPAN or place.kind != "region":
            continue
        name = _PREFECTURE.sub("", place.name_en)
        before = text[max(0, match.start - _ZEN_NOH_WINDOW) : match.start]
        zen_noh = _ZEN_NOH.search(before)
        keizairen = _KEIZAIREN.match(text, match.end)
        if zen_noh is not None:
            headquarters = _HEADQUARTERS.match(text, match.end)
            end = headquarters.end() if headquarters else match.end
            start = match.start - len(before) + zen_noh.start()
            found.append(Body(start, end, Unlisted.named(_JAPAN, f"JA Zen-Noh {name}")))
        elif keizairen is not None:
            ja = _JA_BEFORE.search(before)
            start = match.start - len(ja.group(0)) if ja else match.start
            found.append(
                Body(start, keizairen.end(), Unlisted.named(_JAPAN, f"JA {name} Keizairen"))
            )
    return found


def glued_katakana_words(words: list[str]) -> list[str]:
    """A katakana word's English words, an ending English glues to the word before it joined
    to it (["Marine", "Tech"]: ["Marinetech"]); the words as they were otherwise."""
    if len(words) > 1 and words[-1] in _GLUED_ENDINGS:
        return [*words[:-2], words[-2] + words[-1].lower()]
    return words
