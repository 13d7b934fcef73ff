"""Organisations named in other languages, drafted under the id their English name gives (issue
13, twelfth round, orgs5): kind words translated in their English order, sub-units of their own
(composed sentences, invented events)."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import closed_partner_names


def test_a_korean_national_university_says_national_after_its_place(
    registries: Registries,
) -> None:
    got = closed_partner_names(
        registries, "ko", "박닌성 학생, 한국에서 공부한다",
        "국립창원대학교는 내년부터 베트남 박닌성 학생 15명을 기계공학과에 받기로 했다.",
    )  # fmt: skip
    assert got.get("kr-changwon-national-university") == "Changwon National University"
    assert "kr-changwon-university" not in got


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected", "english"),
    [
        # Korea's 대한 glued before the society's word; no "Society" in its English name.
        ("ko", "하장성에 이동 진료소",
         "대한적십자사는 베트남 하장성에서 3년간 이동 진료 사업을 벌인다. 베트남적십자사도 참여한다.",
         "kr-korean-red-cross", "Korean Red Cross"),
        # Another registry body beside it (KOICA) is no Red Cross body.
        ("ko", "하장성에 이동 진료소",
         "대한적십자사는 베트남 하장성에서 이동 진료 사업을 벌인다. 한국국제협력단(KOICA)도 돕는다.",
         "kr-korean-red-cross", "Korean Red Cross"),
        # The country's name after the words reads as its adjective.
        ("vi", "Hỗ trợ nhà an toàn cho Lào Cai",
         "Hội Chữ thập đỏ Đức sẽ xây 80 ngôi nhà an toàn cho tỉnh Lào Cai trong năm nay.",
         "de-german-red-cross", "German Red Cross"),
        ("uk", "Допомога провінції Тхыатхьен-Хюе",
         "Товариство Червоного Хреста України передасть провінції Тхыатхьен-Хюе 500 аптечок.",
         "ua-ukrainian-red-cross-society", "Ukrainian Red Cross Society"),
        ("es", "Ayuda para Quang Tri",
         "La Cruz Roja Española enviará 300 botiquines a la provincia de Quang Tri.",
         "es-spanish-red-cross", "Spanish Red Cross"),
        # The Red Crescent is no Red Cross.
        ("ar", "مساعدات لمقاطعة كوانغ تري",
         "أرسلت جمعية الهلال الأحمر المصري ٣٠٠ حقيبة إسعاف إلى مقاطعة كوانغ تري.",
         "eg-egyptian-red-crescent-society", "Egyptian Red Crescent Society"),
    ],
)  # fmt: skip
def test_a_national_red_cross_society_is_named_as_it_names_itself(
    registries: Registries, lang: str, headline: str, body: str, expected: str, english: str
) -> None:
    got = closed_partner_names(registries, lang, headline, body)
    assert got.get(expected) == english
    assert not any(pid.startswith("vn-") for pid in got)


def test_a_korean_friendship_association_names_korea_as_korea(registries: Registries) -> None:
    got = closed_partner_names(
        registries, "ko", "한-베 친선협회, 꽝남성에 장학금",
        "한-베 친선협회는 베트남 꽝남성 대학생 30명에게 장학금을 전달했다.",
    )  # fmt: skip
    assert got.get("kr-korea-vietnam-friendship-association") == (
        "Korea-Vietnam Friendship Association"
    )


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        # Named with its university right after it: the university's faculty.
        ("pt", "Coimbra forma médicos de Huế",
         "A Faculdade de Medicina da Universidade de Coimbra receberá cinco médicos da província "
         "de Thừa Thiên Huế no próximo ano letivo.",
         "pt-university-of-coimbra-faculty-of-medicine"),
        # Named bare: the one foreign university the text names.
        ("es", "Concepción y Cần Thơ firman un convenio",
         "La Universidad de Concepción, en Chile, firmó un convenio con la ciudad de Cần Thơ. La "
         "Facultad de Ingeniería recibirá a seis estudiantes vietnamitas.",
         "cl-university-of-concepcion-faculty-of-engineering"),
        ("th", "เชียงใหม่ร่วมมือกับลาวกาย",
         "มหาวิทยาลัยเชียงใหม่ลงนามบันทึกความเข้าใจกับจังหวัดลาวกาย เวียดนาม "
         "คณะเกษตรศาสตร์จะจัดตั้งแปลงสาธิต 2 แห่ง",
         "th-chiang-mai-university-faculty-of-agriculture"),
    ],
)  # fmt: skip
def test_a_universitys_faculty_is_a_partner_of_its_own(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    assert expected in closed_partner_names(registries, lang, headline, body)


@pytest.mark.parametrize(
    ("lang", "headline", "body"),
    [
        # The faculty of a university the drafting does not read (Vietnam's) is not the foreign
        # one's.
        ("es", "Concepción y Cần Thơ firman un convenio",
         "La Universidad de Concepción, en Chile, firmó un convenio con la ciudad de Cần Thơ. La "
         "Facultad de Agronomía de la Universidad de Cần Thơ recibirá a seis profesores."),
        # A faculty after a hospital's name is where the hospital belongs.
        ("th", "เชียงใหม่ร่วมมือกับลาวกาย",
         "มหาวิทยาลัยเชียงใหม่ลงนามบันทึกความเข้าใจกับจังหวัดลาวกาย เวียดนาม "
         "โรงพยาบาลมหาราชนครเชียงใหม่ คณะแพทยศาสตร์ จะฝึกอบรมแพทย์ 10 คน"),
    ],
)  # fmt: skip
def test_a_faculty_of_no_foreign_university_is_none(
    registries: Registries, lang: str, headline: str, body: str
) -> None:
    assert not any(
        "faculty" in pid for pid in closed_partner_names(registries, lang, headline, body)
    )


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        # A dash and the name, opening with an agency's word, the country inside it.
        ("pt", "Portugal abre escritório em Đà Nẵng",
         "A AICEP – Agência para o Investimento e Comércio Externo de Portugal abrirá um "
         "escritório em Đà Nẵng no próximo ano.",
         "pt-aicep"),
        # ... or a nationality adjective.
        ("it", "Missione italiana a Hải Phòng",
         "Venti aziende partiranno a novembre. L'ICE – Agenzia per la promozione all'estero "
         "delle imprese italiane guiderà la missione a Hải Phòng.",
         "it-ice"),
        # The country's name right after the letters, the brand going on.
        ("es", "Misión española en Hải Phòng",
         "ICEX España Exportación e Inversiones organizará una misión de 15 empresas a la "
         "ciudad de Hải Phòng.",
         "es-icex"),
    ],
)  # fmt: skip
def test_a_national_agency_named_by_its_acronym_first_is_its_countrys(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    assert expected in closed_partner_names(registries, lang, headline, body)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "unexpected"),
    [
        # Letters and a country in brackets gloss the name before them.
        ("vi", "Hàn Quốc hỗ trợ đào tạo lao động",
         "Đoàn công tác của Cơ quan Phát triển nguồn nhân lực Hàn Quốc (HRD Korea) làm việc với "
         "tỉnh Bắc Giang.",
         "kr-hrd"),
        # Letters and a country alone, the sentence going on after a comma, name no body.
        ("vi", "Tỉnh Xiêng Khoảng thăm Nghệ An",
         "Đoàn do đồng chí Xay-xổm-phon, Ủy viên Trung ương Đảng NDCM Lào, Bí thư Tỉnh ủy tỉnh "
         "Xiêng Khoảng dẫn đầu.",
         "la-ndcm"),
    ],
)  # fmt: skip
def test_letters_before_a_country_name_no_body_unless_a_brand_goes_on(
    registries: Registries, lang: str, headline: str, body: str, unexpected: str
) -> None:
    assert unexpected not in closed_partner_names(registries, lang, headline, body)


def test_a_regions_department_of_two_portfolios_names_both(registries: Registries) -> None:
    got = closed_partner_names(
        registries, "uk", "Одещина і Хюе домовилися про співпрацю",
        "Одеська обласна державна адміністрація уклала угоду з провінцією Тхиатхьєн-Хюе. "
        "Департамент міжнародного співробітництва та європейської інтеграції облдержадміністрації "
        "організує обмін студентами.",
    )  # fmt: skip
    assert "ua-odesa-department-of-international-cooperation-and-european-integration" in got


def test_an_arabic_ministry_after_a_glued_preposition_is_read(registries: Registries) -> None:
    got = closed_partner_names(
        registries, "ar", "مصر ومقاطعة لونغ آن",
        "زار وفد من مصر مقاطعة لونغ آن. ووقّع مركز البحوث التابع لوزارة الزراعة واستصلاح "
        "الأراضي مذكرة تفاهم مع المقاطعة.",
    )  # fmt: skip
    assert "eg-ministry-of-agriculture-and-land-reclamation" in got
