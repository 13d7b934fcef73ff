"""The main province and the province as written, where an article names more than one unit:
a former province named before the one it joined, a name with a spaced dash, and a spelling the
registry lacks beside a province the registry spells (issue 13, eleventh round, prov2).

Every article below is composed for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import Draft, draft_text
from digest.extract.gazetteer import Gazetteer
from digest.registries import default_registries
from tests.drafting_helpers import DISCUSSED, GROWING

CLOSING = {**DISCUSSED, **GROWING}


def _draft(lang: str, text: str) -> Draft:
    return draft_text(f"{text}\n{CLOSING[lang]}\n", Path(f"{lang}.txt"), default_registries())


# A former province named first, its new unit beside it: the former name is the one written.
FORMER_FIRST = [
    (
        "en",
        "Wind experts visit Vietnam\n\nMarch 3, 2025\n\nA Scottish council will share its "
        "offshore wind experience with Thai Binh, the province that joined Hung Yen in July. "
        "Officials of Hung Yen thanked the council, and Hung Yen will host a workshop in May.",
        "hung-yen",
        "thai-binh",
    ),
    (
        "es",
        "Técnicos visitan Vietnam\n\n3 de marzo de 2025\n\nEspecialistas de la provincia de "
        "Quảng Bình, integrada desde julio en la de Quảng Trị, visitaron Cuba. El director de "
        "Quảng Trị agradeció la ayuda, y Quảng Trị enviará otro grupo en mayo.",
        "quang-tri",
        "quang-binh",
    ),
]


@pytest.mark.parametrize(("lang", "text", "province", "as_written"), FORMER_FIRST)
def test_a_former_province_named_before_its_new_unit_is_the_one_written(
    lang: str, text: str, province: str, as_written: str
) -> None:
    drafted = _draft(lang, text)
    assert (drafted.province, drafted.province_as_written) == (province, as_written)


def test_the_current_name_named_first_stays_the_one_written() -> None:
    text = (
        "Delegation visits Vietnam\n\nMarch 3, 2025\n\nA delegation visited Hung Yen, which "
        "took in Thai Binh in July, and met officials of Hung Yen on trade and tourism."
    )
    drafted = _draft("en", text)
    assert (drafted.province, drafted.province_as_written) == ("hung-yen", "hung-yen")


@pytest.mark.parametrize("dash", [" - ", " – ", " — ", "  "])
def test_a_name_of_two_parts_with_a_spaced_dash_is_read(dash: str) -> None:
    gazetteer = Gazetteer()
    gazetteer.add("Bà Rịa-Vũng Tàu", "brvt")
    text = f"A delegação visitou a província de Bà Rịa{dash}Vũng Tàu ontem."
    (match,) = gazetteer.find(text)
    assert (match.target, match.surface) == ("brvt", f"Bà Rịa{dash}Vũng Tàu")


def test_a_former_province_with_a_spaced_dash_is_drafted_as_written() -> None:
    text = (
        "Porto de Santos e Bà Rịa - Vũng Tàu discutem rota direta\n\n18 de março de 2025\n\n"
        "O vice-presidente da província de Bà Rịa - Vũng Tàu recebeu uma delegação do porto de "
        "Santos. A comitiva seguiu depois para a Cidade de Ho Chi Minh."
    )
    drafted = _draft("pt", text)
    assert (drafted.province, drafted.province_as_written) == ("ho-chi-minh", "ba-ria-vung-tau")


# A spelling the registry lacks beside a province word, in an article that names another
# province in a registry spelling: (language, article, province, as written, provinces).
UNREAD = [
    (
        "ko",
        "보령시, 베트남 쾅남성과 교류 확대\n\n2025년 5월 2일\n\n보령시는 베트남 쾅남성 대표단을 "
        "맞아 의료와 교육 협력에 합의했다. 쾅남성 부위원장은 다낭과 합쳐질 새 행정구역에서도 "
        "우정은 변함없을 것이라고 말했다.",
        "da-nang",
        "quang-nam",
        ("da-nang",),
    ),
    (
        "th",
        "มหาวิทยาลัยลงนามความร่วมมือกับจังหวัดคอนตูม\n\n2 พฤษภาคม 2568\n\n"
        "มหาวิทยาลัยได้ลงนามความร่วมมือกับจังหวัดคอนตูม (ปัจจุบันรวมกับจังหวัดกวางหงาย) "
        "ด้านการศึกษา และผู้แทนจากจังหวัดคอนตูมกล่าวขอบคุณ",
        "quang-ngai",
        "kon-tum",
        ("quang-ngai",),
    ),
    (
        "hi",
        "क्वाङ निन्ह प्रांत के साथ शिक्षा सहयोग\n\n2 मई 2025\n\nविश्वविद्यालय ने क्वाङ निन्ह "
        "प्रांत के साथ समझौता किया। क्वाङ निन्ह प्रांत के प्रतिनिधि और हो ची मिन्ह सिटी के "
        "अधिकारी मौजूद रहे।",
        "quang-ninh",
        "quang-ninh",
        ("ho-chi-minh", "quang-ninh"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "province", "as_written", "provinces"), UNREAD)
def test_a_spelling_the_registry_lacks_counts_beside_one_it_has(
    lang: str, text: str, province: str, as_written: str, provinces: tuple[str, ...]
) -> None:
    drafted = _draft(lang, text)
    assert (drafted.province, drafted.province_as_written) == (province, as_written)
    assert tuple(drafted.provinces) == provinces
    assert "province" in drafted.needs_review
    assert any(f"aliases of id {as_written}" in note for note in drafted.notes)


def test_a_spelling_as_near_two_provinces_is_no_guess() -> None:
    # "كيان جيانغ" is one letter from Kiên Giang's كين جيانغ and Tiền Giang's تيان جيانغ.
    text = (
        "وفد يزور آن جيانغ\n\n2 مايو 2025\n\nزار وفد من رجال الأعمال مقاطعة آن جيانغ لبحث "
        "الاستثمار، ثم زار مقاطعة كيان جيانغ السابقة."
    )
    drafted = _draft("ar", text)
    assert tuple(drafted.provinces) == ("an-giang",)
    assert "province" not in drafted.needs_review


# A name the article writes beside a province word three times is its own province, read as
# loosely as a spelling in an article whose provinces no registry spelling found; a province it
# names once in passing ("the neighbouring province") does not hide it (fifteenth round).
REPEATED = [
    (
        "th",
        "คณะผู้แทนจังหวัดหิญฟุก เยือนมหาวิทยาลัย\n\n2 พฤษภาคม 2568\n\n"
        "มหาวิทยาลัยต้อนรับคณะผู้แทนจังหวัดหิญฟุก จำนวน 9 คน เพื่อหารือด้านการศึกษา "
        "ซึ่งจังหวัดหิญฟุก มีเส้นทางเชื่อมกับจังหวัดเหงะอาน และนักศึกษาจากจังหวัดหิญฟุก "
        "จะได้รับทุนการศึกษา",
        "phu-tho",
        "vinh-phuc",
    ),
    (
        "en",
        "Vin Fuc province delegation visits Busan\n\nMay 2, 2025\n\nA delegation of Vin Fuc "
        "province met port officials in Busan. Vin Fuc province, which borders Nghe An "
        "province on no map, sends students abroad; Vin Fuc province will host the next round.",
        "phu-tho",
        "vinh-phuc",
    ),
]


@pytest.mark.parametrize(("lang", "text", "province", "as_written"), REPEATED)
def test_a_spelling_the_article_repeats_is_its_province_for_review(
    lang: str, text: str, province: str, as_written: str
) -> None:
    drafted = _draft(lang, text)
    assert (drafted.province, drafted.province_as_written) == (province, as_written)
    assert "nghe-an" in drafted.provinces
    assert "province" in drafted.needs_review
    assert any(f"aliases of id {as_written}" in note for note in drafted.notes)


def test_a_loose_spelling_written_once_is_no_guess() -> None:
    text = (
        "มหาวิทยาลัยต้อนรับคณะผู้แทนจังหวัดเหงะอาน\n\n2 พฤษภาคม 2568\n\n"
        "มหาวิทยาลัยต้อนรับคณะผู้แทนจังหวัดเหงะอาน จำนวน 9 คน ซึ่งเคยเยือนจังหวัดหิญฟุก "
        "และผู้แทนจังหวัดเหงะอานกล่าวขอบคุณ"
    )
    drafted = _draft("th", text)
    assert tuple(drafted.provinces) == ("nghe-an",)
    assert "province" not in drafted.needs_review


def test_a_foreign_city_the_article_repeats_is_no_guess() -> None:
    # 안산 is two letters from 안장(성) (An Giang), and GeoNames knows it as Ansan, Korea.
    text = (
        "안산시 대표단 박닌성 방문\n\n2025년 5월 2일\n\n안산시 대표단이 박닌성을 방문했다. "
        "안산시 관계자는 협력을 약속했고 안산시 기업들도 참여했다."
    )
    drafted = _draft("ko", text)
    assert tuple(drafted.provinces) == ("bac-ninh",)
    assert "province" not in drafted.needs_review
