"""A foreign region's or city's department acting in the story is an organisation of its own,
its place a partner besides only where its government acts too (issue 13, eleventh round,
depts; composed sentences, invented events)."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import GROWING, partner_ids, partner_kinds


def _ids(registries: Registries, lang: str, headline: str, body: str) -> list[str]:
    if lang in GROWING:
        return list(partner_kinds(registries, lang, headline, body))
    return partner_ids(registries, lang, headline, body)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "department", "place"),
    [
        ("zh", "越南谅山省与中国企业举行经贸座谈",
         "9月3日，广西壮族自治区商务厅副厅长王明率团访问越南谅山省，双方签署经贸合作备忘录。",
         "cn-guangxi-department-of-commerce", "cn-guangxi"),
        ("zh", "越南老街省举行跨境医疗合作会谈",
         "5月8日，云南省卫健委副主任张华率领医疗专家组访问老街省，双方商定开展远程会诊。",
         "cn-yunnan-health-commission", "cn-yunnan"),
        ("en", "Lang Son hosts fruit traders",
         "Queensland's Department of Primary Industries sent four experts to Lang Son to train "
         "farmers in grafting.", "au-queensland-department-of-primary-industries",
         "au-queensland"),
        ("en", "Quang Tri traders meet Lao officials",
         "Officials of the Department of Industry and Commerce of Khammouane Province met "
         "Quang Tri traders on Monday.", "la-khammouane-department-of-industry-and-commerce",
         "la-khammouane"),
        ("vi", "Lào Cai bàn giải pháp thông quan nông sản",
         "Ông Vương Minh, Cục trưởng Cục Thương mại huyện Hà Khẩu đề nghị hai bên kéo dài giờ "
         "thông quan.", "cn-hekou-bureau-of-commerce", "cn-hekou"),
        # A place's customs office is "<place> Customs", as China's write it (河口海关).
        ("vi", "Lạng Sơn bàn giải pháp thông quan nông sản",
         "Cục Hải quan Nam Ninh đề nghị hai bên kéo dài giờ thông quan tại cửa khẩu Hữu Nghị.",
         "cn-nanning-customs", "cn-nanning"),
        ("ja", "ベトナム・フート省と覚書を締結",
         "長野県商工労働部の担当者が、フート省の企業を訪問し、部品調達について意見を交わした。",
         "jp-nagano-prefectural-department-of-commerce-industry-and-labour", "jp-nagano"),
        ("ko", "빈즈엉성, 한국 기업 투자 유치 설명회 개최",
         "경기도 국제협력국 관계자들이 빈즈엉성을 방문해 산업단지 협력 방안을 논의했다.",
         "kr-gyeonggi-bureau-of-international-cooperation", "kr-gyeonggi"),
        # A Thai office's name holds its province's level: the Provincial Office of Commerce.
        ("th", "จังหวัดลามด่งหารือการค้ากาแฟกับผู้ค้าไทย",
         "เจ้าหน้าที่สำนักงานพาณิชย์จังหวัดเชียงใหม่เดินทางไปจังหวัดลามด่งเพื่อหารือเรื่องการค้ากาแฟ",
         "th-chiang-mai-provincial-office-of-commerce", "th-chiang-mai"),
        ("hi", "निन्ह बिन्ह में बौद्ध पर्यटन पर करार",
         "बिहार सरकार के पर्यटन विभाग ने निन्ह बिन्ह प्रांत के साथ एक सहमति-पत्र पर हस्ताक्षर किए।",
         "in-bihar-department-of-tourism", "in-bihar"),
    ],
)  # fmt: skip
def test_a_foreign_department_acting_is_its_own_partner_not_its_place(
    registries: Registries, lang: str, headline: str, body: str, department: str, place: str
) -> None:
    found = _ids(registries, lang, headline, body)
    assert department in found
    assert place not in found


def test_a_bare_department_is_the_one_of_the_place_named_before_with_its_kind(
    registries: Registries,
) -> None:
    found = _ids(
        registries, "zh", "越南老街省会见云南省代表团",
        "老街省人民委员会副主席会见云南省代表团。省外办副主任李华表示，愿为两地企业往来提供便利。",
    )  # fmt: skip
    assert "cn-yunnan-foreign-affairs-office" in found


@pytest.mark.parametrize(
    ("lang", "headline", "body"),
    [
        # A Vietnamese province's department, in Chinese and in Vietnamese.
        ("zh", "越南老街省与中国云南省举行会谈",
         "老街省工贸厅厅长阮文明表示，将推动两地边境贸易便利化。"),
        ("vi", "Lào Cai và Vân Nam bàn hợp tác thương mại",
         "Sở Công Thương tỉnh Lào Cai đề nghị phía Vân Nam kéo dài giờ thông quan."),
        # A credit line.
        ("zh", "越南老街省举办边境贸易推介会",
         "老街省企业代表出席推介会并介绍了特色农产品。\n图片来源：云南省商务厅"),
    ],
)  # fmt: skip
def test_a_vietnamese_or_credited_department_is_no_partner(
    registries: Registries, lang: str, headline: str, body: str
) -> None:
    assert not any(
        word in pid
        for pid in _ids(registries, lang, headline, body)
        for word in ("department", "bureau", "commission")
    )


def test_the_place_stays_where_its_government_acts_besides(registries: Registries) -> None:
    found = _ids(
        registries, "zh", "越南谅山省与中国广西举行会晤",
        "广西壮族自治区人民政府副主席李明会见谅山省代表团。广西壮族自治区商务厅与谅山省工贸厅"
        "签署合作备忘录。",
    )  # fmt: skip
    assert "cn-guangxi-department-of-commerce" in found
    assert "cn-guangxi" in found


def test_an_emirates_department_keeps_its_emirate_named_besides(registries: Registries) -> None:
    found = _ids(
        registries, "ar", "مقاطعة فيتنامية تبحث تصدير الفاكهة",
        "وقعت دائرة الاقتصاد والسياحة في دبي مذكرة تفاهم مع مقاطعة لام دونغ. وقالت دبي إنها "
        "ستفتح سوقا جديدة للفاكهة.",
    )  # fmt: skip
    assert "ae-dubai-department-of-economy-and-tourism" in found
    assert "ae-dubai" in found


def test_a_bare_english_department_is_the_one_foreign_countrys(registries: Registries) -> None:
    found = _ids(
        registries, "en", "Lang Son and Tasmania to share orchard know-how",
        "The Department of Natural Resources and Water Security in Hobart will send two "
        "orchard experts to Lang Son. The Department of Primary Industries and Parks will fund "
        "the trials.",
    )  # fmt: skip
    assert "au-department-of-primary-industries-and-parks" in found
    # A portfolio Vietnam's provinces have departments of may be Lang Son's own.
    assert not any("natural-resources" in pid for pid in found)


def test_a_provincial_department_named_bare_is_no_foreign_partner(
    registries: Registries,
) -> None:
    found = _ids(
        registries, "en", "Lang Son and Tasmania to share orchard know-how",
        "Experts from Tasmania met the provincial Department of Primary Industries and Parks "
        "in Lang Son.",
    )  # fmt: skip
    assert not any("department" in pid for pid in found)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "department"),
    [
        ("es", "Lam Dong y Andalucía cooperan en el cultivo del aguacate",
         "Técnicos de la Consejería de Agricultura de la Junta de Andalucía visitaron Lam Dong "
         "para asesorar a los productores.", "es-andalusia-department-of-agriculture"),
        ("it", "Veneto e Lam Dong insieme per il caffè",
         "Una delegazione dell'Assessorato all'Agricoltura della Regione Veneto ha visitato "
         "Lam Dong.", "it-veneto-department-of-agriculture"),
        ("uk", "Одещина та Біньдінь домовилися про постачання насіння",
         "Представники Одеської області відвідали Біньдінь. Директорка Департаменту "
         "агропромислового розвитку ОДА Ірина Коваль представила пропозиції щодо насіння.",
         "ua-odesa-department-of-agro-industrial-development"),
        ("ru", "Приморье и Хайфон обсудили поставки рыбы",
         "Делегация Департамента международного сотрудничества Приморского края посетила "
         "Хайфон.", "ru-primorsky-department-of-international-cooperation"),
    ],
)  # fmt: skip
def test_a_department_named_before_its_portfolio_and_place(
    registries: Registries, lang: str, headline: str, body: str, department: str
) -> None:
    assert department in _ids(registries, lang, headline, body)


def test_a_headlines_joined_place_is_a_party_beside_its_department(
    registries: Registries,
) -> None:
    found = _ids(
        registries, "en", "Quang Tri and Khammouane agree to reopen border market",
        "The Khammouane Department of Public Works and Transport will upgrade the road to the "
        "border market.",
    )  # fmt: skip
    assert "la-khammouane-department-of-public-works-and-transport" in found
    assert "la-khammouane" in found


def test_a_korean_kind_syllable_opening_a_longer_word_is_no_department(
    registries: Registries,
) -> None:
    found = _ids(
        registries, "ko", "경기도와 박닌성, 반도체 협력 강화",
        "경기도경제과학진흥원 관계자들이 박닌성을 방문해 부품 협력을 논의했다.",
    )  # fmt: skip
    assert not any("division" in pid for pid in found)


@pytest.mark.parametrize("joined", ["จับมือ", "และ", "กับ"])
def test_a_thai_headlines_joined_place_is_a_party_beside_its_department(
    registries: Registries, joined: str
) -> None:
    found = _ids(
        registries, "th", f"จังหวัดขอนแก่น{joined}จังหวัดกวางจิ ขยายความร่วมมือด้านการค้า",
        "สำนักงานพาณิชย์จังหวัดขอนแก่นจะจัดคณะผู้ประกอบการ 20 ราย ไปร่วมงานแสดงสินค้าที่จังหวัดกวางจิ"
        "ในเดือนมีนาคม",
    )  # fmt: skip
    assert "th-khon-kaen" in found
