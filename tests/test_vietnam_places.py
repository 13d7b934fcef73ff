"""Vietnam's own wards, former districts and provinces named in another script are no foreign
partners (digest/extract/vietnam_places.py, registries/generated/vietnam_wards.json)."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from digest.errors import InputError
from digest.extract.vietnam_places import check_vietnam_wards, vietnamese_place
from digest.registries import REGISTRY_DIR, Registries, default_registries, load_registries
from digest.registry_files import GENERATED_VIETNAM_WARDS, MAX_REGISTRY_BYTES
from tests.drafting_helpers import article_partner_ids
from tools.vietnam_wards import generate, ward_name


@pytest.mark.parametrize(
    ("lang", "name", "province"),
    [
        ("ko", "호이안", "da-nang"),  # Hội An, a ward of Đà Nẵng (and a commune of An Giang)
        ("ru", "Фанранг", "khanh-hoa"),  # Phan Rang
        ("uk", "Тієнзіанг", "dong-thap"),  # Tiền Giang, a former province: today's unit
        ("ja", "タイ・ビン", "hung-yen"),  # Thái Bình, its words joined by a dot
        ("th", "คอนตูม", "quang-ngai"),  # Kon Tum: Thai writes k as ค
        ("ar", "بينه زونغ", "ho-chi-minh"),  # Bình Dương
        ("it", "Hoi An", "da-nang"),  # Latin without diacritics
        ("en", "Huế", "hue"),  # one syllable, written exactly with its tones
    ],
)
def test_a_vietnamese_place_reads_back(
    registries: Registries, lang: str, name: str, province: str
) -> None:
    # A name several provinces' wards bear gives each of them.
    assert province in vietnamese_place(registries, name, lang)


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("ja", "ビン"),  # one syllable read loosely: many wards' second word
        ("en", "Vinh"),  # one syllable without tones
        ("en", "An"),
        ("ru", "Иркутск"),
        ("ko", "포항"),
        ("th", "ขอนแก่น"),
        ("en", "Nam"),
    ],
)
def test_a_foreign_or_short_name_is_none(registries: Registries, lang: str, name: str) -> None:
    assert not vietnamese_place(registries, name, lang)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "kept", "dropped"),
    [
        (
            "ko",
            "경북 울진군, 꽝남성과 관광 교류",
            "경상북도 울진군은 이날 호이안시와 우호교류 의향서를 체결했다.",
            "kr-uljin",
            "kr-hoian",
        ),
        (
            "ru",
            "Иркутск и Ниньтхуан договорились о сотрудничестве",
            "Администрация Иркутска договорилась с городом Фанранг об обмене опытом.",
            "ru-irkutsk",
            "ru-fanrang",
        ),
        (
            "ja",
            "群馬県の企業、ベトナムに新工場",
            "群馬県の部品メーカーがタイ・ビン省で新工場の起工式を行った。",
            "jp-gunma",
            "th-bin",
        ),
        (
            "th",
            "อัตตะปือร่วมมือกับเวียดนาม",
            "แขวงอัตตะปือของลาวและจังหวัดคอนตูมจัดการประชุมความร่วมมือด้านการค้า",
            "la-attapeu",
            "la-khontumchatkanprachumkhwam",
        ),
    ],
)
def test_a_vietnamese_town_in_another_script_is_no_partner(
    registries: Registries, lang: str, headline: str, body: str, kept: str, dropped: str
) -> None:
    ids = article_partner_ids(registries, lang, headline, body)
    assert kept in ids and dropped not in ids


@pytest.mark.parametrize(
    "company",
    ["la Nam Dinh Textile Joint Stock Corporation", "la Hoi An Textile Corporation"],
)
def test_a_company_named_after_a_vietnamese_place_is_no_foreign_one(
    registries: Registries, company: str
) -> None:
    # Its name opens with a former province's or a ward's name, perhaps before the four words
    # a name is read back to.
    body = (
        f"La Tessitura Berica S.r.l. ha firmato con {company} un accordo di joint venture. "
        "La provincia di Nam Dinh ha accolto una delegazione della Regione del Veneto."
    )
    ids = article_partner_ids(registries, "it", "Nam Dinh e il Veneto: accordo tessile", body)
    assert ids == ["it-veneto", "it-tessitura-berica"]


def test_a_foreign_registry_wins(registries: Registries) -> None:
    # 충칭 (Chongqing) reads as a Vietnamese ward's name too; the registry knows it in China.
    assert vietnamese_place(registries, "충칭", "ko")
    body = "경상북도는 중국 충칭시와 교류 협약을 체결했다. 꽝남성 대표단도 참석했다."
    assert "cn-chongqing" in article_partner_ids(registries, "ko", "경북, 충칭시와 교류", body)


# ---------------------------------------------------------------- the generated file


def test_ward_names_drop_their_unit_word_and_number() -> None:
    assert ward_name("Phường Móng Cái 1") == "Móng Cái"
    assert ward_name("Phường 1 Bảo Lộc") == "Bảo Lộc"
    assert ward_name("Đặc khu Phú Quốc") == "Phú Quốc"
    assert ward_name("Xã Tân Hòa") == "Tân Hòa"


def test_generated_file_is_small_and_shaped() -> None:
    path = REGISTRY_DIR / GENERATED_VIETNAM_WARDS.name
    assert path.stat().st_size < MAX_REGISTRY_BYTES
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "vietnam-provinces" in data["source"] and len(data["wards"]) == 34
    assert "Hội An" in data["wards"]["da-nang"] and "Phan Rang" in data["wards"]["khanh-hoa"]


def test_generated_file_is_what_the_task_writes() -> None:
    # A stale or hand-edited file: `invoke registries-generate` rewrites it.
    path = REGISTRY_DIR / GENERATED_VIETNAM_WARDS.name
    assert json.loads(path.read_text(encoding="utf-8")) == generate()


def _copy(tmp_path: Path, wards: str | bytes) -> Path:
    directory = tmp_path / "registries"
    shutil.copytree(REGISTRY_DIR, directory)
    path = directory / GENERATED_VIETNAM_WARDS.name
    if isinstance(wards, bytes):
        path.write_bytes(wards)
    else:
        path.write_text(wards, encoding="utf-8")
    return directory


@pytest.mark.parametrize(
    ("wards", "says"),
    [
        ('{"about": "x", "source": "x", "licence": "x"}', "wards"),
        ('{"about": "x", "source": "x", "licence": "x", "wards": {"Atlantis": []}}', "provinces"),
        (
            '{"about": "x", "source": "x", "licence": "x", '
            '"wards": {"hue": ["Thuận Hóa", "../../Huế<script>"]}}',
            "wards.hue[1]: not as generated: run `invoke registries-generate`",
        ),
        ("{not json", "not valid JSON"),
    ],
)
def test_bad_generated_file_is_one_clear_error(tmp_path: Path, wards: str, says: str) -> None:
    # Loading the registries does not read it (lazy); checking or drafting does.
    registries = load_registries(_copy(tmp_path, wards))
    with pytest.raises(InputError) as error:
        check_vietnam_wards(registries)
    message = str(error.value)
    assert "generated/vietnam_wards.json" in message and says in message


def test_every_generated_name_passes_the_check() -> None:
    check_vietnam_wards(default_registries())


def test_oversized_generated_file_is_refused(tmp_path: Path) -> None:
    registries = load_registries(_copy(tmp_path, b" " * (MAX_REGISTRY_BYTES + 1)))
    with pytest.raises(InputError, match="at most"):
        check_vietnam_wards(registries)


def test_a_long_run_of_letters_is_read_in_bounded_time(registries: Registries) -> None:
    # A pasted page may hold a run of thousands of Thai letters after a place word.
    started = time.perf_counter()
    assert not vietnamese_place(registries, "ก" * 50_000, "th")
    assert not vietnamese_place(registries, "Фан" * 20_000, "ru")
    assert time.perf_counter() - started < 0.5
