"""Partners generated from pycountry's ISO 3166-2 data, kept apart from the editors' registry,
which wins; and the places they let drafts name (composed sentences, invented events)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from digest.errors import InputError
from digest.extract.drafting import draft_text
from digest.extract.places import find_places
from digest.registries import REGISTRY_DIR, Registries, load_registries
from digest.registry_files import GENERATED_PARTNERS
from tools.subdivisions import generate


def partner_ids(registries: Registries, lang: str, body: str) -> list[str]:
    return [p.id for p in find_places(registries, lang, "", body, None).partners]


def test_the_generated_file_is_what_the_task_writes() -> None:
    """Nobody edited it by hand: `invoke registries-generate` would write the same records."""
    stored = json.loads((REGISTRY_DIR / GENERATED_PARTNERS.name).read_text(encoding="utf-8"))
    fresh = generate()
    assert stored["partners"] == fresh["partners"]
    assert "invoke registries-generate" in stored["about"]


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("en", "Nghe An signed a memorandum with Nagano Prefecture on fruit growing.", "jp-nagano"),
        ("ja", "ゲアン省は長野県と果樹栽培の協力で合意した。", "jp-nagano"),
        (
            "ru",
            "Губернатор Ростовской области встретился с делегацией провинции Тьензянг.",
            "ru-rostov",
        ),
        (
            "en",
            "Tay Ninh received a delegation from Kampong Chhnang Province of Cambodia.",
            "kh-kampong-chhnang",
        ),
        (
            "pl",
            "Delegacja województwa podkarpackiego odwiedziła prowincję Thái Nguyên.",
            "pl-podkarpackie",
        ),
        # Partners' countries beyond the twenty: Ukraine, Brazil, Spain.
        ("uk", "Делегація Одеської області відвідала провінцію Тхайнгуєн.", "ua-odesa"),
        # The oblast's council named by the oblast's adjective.
        ("uk", "Голова Одеської обласної ради прийняв делегацію провінції Тхайнгуєн.", "ua-odesa"),
        (
            "ru",
            "Депутаты Ростовской областной думы приняли делегацию провинции Тьензянг.",
            "ru-rostov",
        ),
        ("pt", "O estado do Paraná assinou um memorando com a cidade de Cần Thơ.", "br-parana"),
        # ... and Argentina, Portugal, Morocco, Egypt.
        ("es", "El gobierno de Mendoza firmó un acuerdo con la provincia de Lâm Đồng.",
         "ar-mendoza"),
        ("fr", "Le Conseil de la région Souss-Massa a reçu la délégation de Khánh Hòa.",
         "ma-souss-massa"),
        ("en", "The governor of Sohag and Hue signed a heritage agreement.", "eg-sohag"),
        # Arabic names from GeoNames' alternate names, which iso-codes does not translate to.
        ("ar", "وقع رئيس مجلس جهة الدار البيضاء سطات اتفاقية مع مقاطعة بينه دينه.",
         "ma-casablanca-settat"),
    ],
)  # fmt: skip
def test_generated_subdivisions_are_partners(
    registries: Registries, lang: str, body: str, expected: str
) -> None:
    assert partner_ids(registries, lang, body) == [expected]
    assert registries.partners[expected].generated


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        (
            "es",
            "Nghệ An y la provincia laosiana de Vientiane firmaron un memorando.",
            "la-vientiane-province",
        ),
        (
            "en",
            "Nghe An signed a memorandum with the Lao province of Vientiane.",
            "la-vientiane-province",
        ),
        ("en", "Nghe An signed a memorandum with Vientiane Capital.", "la-vientiane-capital"),
        (
            "es",
            "Nghệ An firmó un memorando con la capital laosiana, Vientiane.",
            "la-vientiane-capital",
        ),
    ],
)
def test_vientiane_province_and_capital_are_told_apart(
    registries: Registries, lang: str, body: str, expected: str
) -> None:
    assert partner_ids(registries, lang, body) == [expected]


def test_the_generated_vientiane_records_give_way_to_the_editors(registries: Registries) -> None:
    """ISO 3166-2 names both LA-VI and LA-VT "Viangchan": the editors list both by hand."""
    generated = [p for p in registries.partners.values() if p.generated and p.country == "LA"]
    assert not [p.id for p in generated if "viangchan" in p.id]


def _registry_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "registries"
    shutil.copytree(REGISTRY_DIR, copy)
    return copy


def _add_editor_record(directory: Path, record: str) -> None:
    path = directory / "partners.yaml"
    path.write_text(path.read_text(encoding="utf-8") + record, encoding="utf-8")


def test_an_editors_record_wins_over_the_generated_one(tmp_path: Path) -> None:
    directory = _registry_copy(tmp_path)
    _add_editor_record(
        directory,
        "\n  - id: jp-nagano\n    kind: region\n    country: JP\n    name_en: Nagano Prefecture\n"
        "    name_vi: tỉnh Nagano\n    aliases: [Shinshu]\n",
    )
    partners = load_registries(directory).partners
    assert partners["jp-nagano"].name_vi == "tỉnh Nagano"
    assert not partners["jp-nagano"].generated


def test_a_generated_record_naming_an_editors_place_is_left_out(tmp_path: Path) -> None:
    """An editor listed Rostov Oblast under another id: the generated ru-rostov is the same
    place and goes, and the name stays the editor's."""
    directory = _registry_copy(tmp_path)
    _add_editor_record(
        directory,
        "\n  - id: ru-rostov-oblast\n    kind: region\n    country: RU\n"
        "    name_en: Rostov Oblast\n    name_vi: tỉnh Rostov\n",
    )
    registries = load_registries(directory)
    assert "ru-rostov" not in registries.partners
    body = "Delegation from Rostov Oblast visited Tien Giang province."
    assert partner_ids(registries, "en", body) == ["ru-rostov-oblast"]


def test_a_hand_edited_generated_file_gets_one_message(tmp_path: Path) -> None:
    directory = _registry_copy(tmp_path)
    path = directory / GENERATED_PARTNERS.name
    data = json.loads(path.read_text(encoding="utf-8"))
    data["partners"][3]["kind"] = "planet"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_registries(directory)
    assert str(raised.value) == (
        f"{path}: partners[3].kind: not as generated: run `invoke registries-generate`"
    )


def test_a_generated_place_within_no_known_partner_is_refused(tmp_path: Path) -> None:
    directory = _registry_copy(tmp_path)
    path = directory / GENERATED_PARTNERS.name
    data = json.loads(path.read_text(encoding="utf-8"))
    index = next(i for i, r in enumerate(data["partners"]) if r["id"] == "fr-var")
    data["partners"][index]["within"] = "fr-provence-alpes-cote-dazur-x"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_registries(directory)
    assert str(raised.value) == (
        f"{path}: partners[{index}].within: unknown partner id 'fr-provence-alpes-cote-dazur-x': "
        f"neither a record of this file nor of registries/partners.yaml; run "
        f"`invoke registries-generate`"
    )


def test_generated_ids_are_written_as_the_editors_write_them(registries: Registries) -> None:
    """A typographic apostrophe separates words as the ASCII one does: the departments of
    Provence-Alpes-Côte-d’Azur lie in the editors' fr-provence-alpes-cote-d-azur."""
    generated = {r["id"]: r for r in generate()["partners"]}
    assert generated["fr-var"]["within"] == "fr-provence-alpes-cote-d-azur"
    assert "fr-provence-alpes-cote-d-azur" in generated
    assert registries.partners["fr-var"].within == "fr-provence-alpes-cote-d-azur"
    assert not registries.partners["fr-provence-alpes-cote-d-azur"].generated


def test_an_unlisted_locality_is_drafted_for_review_not_replaced_by_its_country(
    registries: Registries,
) -> None:
    text = (
        "Quang Ninh and the city of Nakhodka sign a port agreement\n\n12 May 2025\n\n"
        "Quang Ninh Province signed an agreement with the city of Nakhodka (Russia) on ports.\n"
    )
    drafted = draft_text(text, Path("nakhodka.txt"), registries)
    assert [p["id"] for p in drafted.partners] == ["ru-nakhodka"]
    assert "partners" in drafted.needs_review
    assert any("'ru-nakhodka'" in n and "registries/partners.yaml" in n for n in drafted.notes)


def test_bad_generated_json_names_the_file_and_line(tmp_path: Path) -> None:
    directory = _registry_copy(tmp_path)
    path = directory / GENERATED_PARTNERS.name
    path.write_text('{"partners": [\n  {"id": "x"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"subdivisions\.json:3: not valid JSON"):
        load_registries(directory)


def test_a_university_named_after_a_generated_province_gets_its_country(
    registries: Registries,
) -> None:
    """Salamanca is named bare only inside the university's name: the generated Spanish
    province gives the university its country, where no country is named."""
    text = (
        "La Universidad de Salamanca firma con Huế\n14/10/2025\n"
        "La Universidad de Salamanca firmó un convenio con la ciudad de Huế y concederá becas "
        "a estudiantes vietnamitas.\n"
    )
    drafted = draft_text(text, Path("es-x.txt"), registries)
    assert [p["id"] for p in drafted.partners] == ["es-university-of-salamanca"]


def test_a_portuguese_district_is_its_capital_city(registries: Registries) -> None:
    """Portugal's districts have no government of their own and are named after their capital:
    "Câmara Municipal de Braga" and "Braga" name the city, a partner of its own."""
    body = "A Câmara Municipal de Braga assinou um protocolo com a província de Quang Ninh."
    assert partner_ids(registries, "pt", body) == ["pt-braga"]
    assert registries.partners["pt-braga"].kind == "city"


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "Lam Dong, in Vietnam's Central Highlands, signed with Oregon."),
        ("fr", "La délégation a visité les ports de la mer Rouge et de Khánh Hòa."),
    ],
)
def test_an_ordinary_word_is_no_generated_place(
    registries: Registries, lang: str, body: str
) -> None:
    """Töv's English name is "Central", Egypt's Red Sea governorate is "la mer Rouge" in French:
    in an article those are the highlands and the sea."""
    assert not {"mn-tov", "eg-red-sea", "eg-al-bahr-al-ahmar"} & set(
        partner_ids(registries, lang, body)
    )


def test_a_second_level_units_display_name_leaves_a_province_its_bare_name(
    registries: Registries,
) -> None:
    """Spain's province of Córdoba is matched only as "Córdoba Province" (a second-level unit by
    its bare name is mostly its town); it does not take "Córdoba" from Argentina's province."""
    body = "El gobernador de Córdoba recibió a la delegación de la provincia de Đồng Nai."
    assert partner_ids(registries, "es", body) == ["ar-cordoba"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Aberdeenshire Council agreed to share its wind expertise with Ba Ria-Vung Tau.",
         "gb-aberdeenshire"),
        ("Kent County Council signed a memorandum with Hai Phong.", "gb-kent"),
    ],
)  # fmt: skip
def test_a_british_council_names_its_county(
    registries: Registries, body: str, expected: str
) -> None:
    """A British county or council area, matched only by qualified forms, is named by its
    council: "Aberdeenshire Council" is Aberdeenshire."""
    assert partner_ids(registries, "en", body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Quang Ninh Province signed a memorandum on ports with British Columbia Province.",
         "ca-british-columbia"),
        ("Binh Duong Province signed a memorandum with Pahang State of Malaysia.", "my-pahang"),
    ],
)  # fmt: skip
def test_a_region_of_any_country_is_a_partner(
    registries: Registries, body: str, expected: str
) -> None:
    """Every country with ISO 3166-2 subdivisions is generated, not only the partnered ones;
    the others' units by their qualified forms."""
    assert partner_ids(registries, "en", body) == [expected]


@pytest.mark.parametrize(
    ("lang", "body", "unit"),
    [
        ("en", "Nelson Tran, a trader, met Quang Ninh's leaders.", "nz-nelson"),
        ("es", "El gobernador de Lara recibió a la delegación de Đồng Nai.", "ve-lara"),
        ("de", "Der Kanton Graubünden unterzeichnete mit der Provinz Lào Cai.", "ch-graubunden"),
    ],
)
def test_other_countries_units_are_not_matched_by_their_bare_names(
    registries: Registries, lang: str, body: str, unit: str
) -> None:
    """Bare, such names were more often ordinary words than the unit on the tuning corpora."""
    assert unit not in partner_ids(registries, lang, body)
    assert not registries.partners[unit].matches_display_names


def test_a_canadian_province_in_a_drafted_article_is_its_partner(registries: Registries) -> None:
    text = (
        "Quang Ninh and Saskatchewan sign a farming agreement\n\n12 May 2025\n\n"
        "Quang Ninh Province and Saskatchewan Province of Canada signed an agreement on "
        "potash, grain storage and vocational training.\n"
    )
    drafted = draft_text(text, Path("saskatchewan.txt"), registries)
    assert [p["id"] for p in drafted.partners] == ["ca-saskatchewan"]
    # A registry partner, not an unlisted place left for the editors to add.
    assert "partners" not in drafted.needs_review


@pytest.mark.parametrize(
    ("lang", "body", "city"),
    [
        ("de", "Die Stadt Wien und die Provinz Quảng Nam vereinbarten eine Zusammenarbeit.",
         "at-vienna"),
        ("en", "Stockholm hosted the talks between Sweden and Quang Ninh Province.",
         "se-stockholm"),
    ],
)  # fmt: skip
def test_a_region_named_after_its_countrys_largest_city_is_not_the_city(
    registries: Registries, lang: str, body: str, city: str
) -> None:
    """Vienna the Land, Stockholm County: bare, the name is the city (and the government)."""
    assert city not in partner_ids(registries, lang, body)
    assert not registries.partners[city].matches_display_names


def test_the_partnered_countries_keep_the_names_they_share() -> None:
    """Brazil's Amazonas, not Colombia's or Venezuela's, keeps "Amazonas" and its translations:
    a name two generated records share would be dropped from both."""
    made = {r["id"]: r for r in generate()["partners"]}
    assert made["br-amazonas"]["matches_bare_name"]
    assert not made["co-amazonas"]["matches_bare_name"]
    assert "Амазонас" in made["br-amazonas"]["aliases"]
    assert "Амазонас" not in made["co-amazonas"]["aliases"]


def test_a_surname_that_is_a_units_bare_name_stays_a_person(registries: Registries) -> None:
    """Venezuela's Lara State is matched only so qualified: "Lara" in a name is a surname."""
    text = (
        "Valladolid and Dong Nai sign a memorandum\n\n12 May 2025\n\n"
        "El alcalde de Valladolid, Jesús Prieto Lara, firmó un memorando con la provincia de "
        "Đồng Nai sobre formación profesional.\n"
    )
    drafted = draft_text(text, Path("es-lara.txt"), registries)
    assert "Jesús Prieto Lara" in [person["name"] for person in drafted.people]
