"""Bodies of a foreign region or city named in Chinese, Japanese and Korean by the place (its
unit word may be left out) and the kind's closing words, and foreign universities named in
Vietnamese by foreign words (composed sentences, invented events; digest/extract/bare_places.py
and vocabularies/organisations.yaml)."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import article_partner_ids as drafted


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected", "not_expected"),
    [
        # A place named without its unit word (新潟県, 부산광역시, 대구광역시).
        ("ja", "新潟の団体、ベトナム・バクニン省と覚書",
         "新潟商工会議所は17日、ベトナム北部のバクニン省人民委員会と人材交流に関する覚書を結んだ。",
         "jp-niigata-chamber-of-commerce-and-industry", "jp-niigata"),
        ("ko", "부산 경제계, 베트남 하이퐁시와 협력",
         "부산상공회의소는 4일 베트남 북부 하이퐁시 인민위원회 대표단과 업무협약을 체결했다.",
         "kr-busan-chamber-of-commerce-and-industry", "kr-busan"),
        ("ko", "대구 대학, 베트남 타이응우옌성과 교류",
         "대구가톨릭대학교는 베트남 타이응우옌성 인민위원회와 유학생 교류 협약을 맺었다.",
         "kr-daegu-catholic-university", "kr-daegu"),
        # A Korean word GeoNames knows as a city of Korea.
        ("ko", "전남 농업계, 베트남 껀터시와 협력",
         "목포상공회의소는 20일 베트남 껀터시 농업농촌개발국과 양해각서를 체결했다.",
         "kr-mokpo-chamber-of-commerce-and-industry", None),
        # A place with its unit word and the kind's words.
        ("zh", "中国机构与越南老街省合作",
         "11月19日，越南老街省代表团在昆明与云南省农业科学院签署合作协议。",
         "cn-yunnan-academy-of-agricultural-sciences", "cn-yunnan"),
        ("zh", "中越企业对接会签约",
         "广西国际商会组织30家会员企业与越南广宁省工贸厅签署合作备忘录。",
         "cn-guangxi-international-chamber-of-commerce", "cn-guangxi-chamber-of-commerce"),
        ("zh", "中国医院与越南广宁省合作",
         "防城港市人民医院与越南广宁省芒街市医疗中心签署合作协议。",
         "cn-fangchenggang-people-s-hospital", "cn-fangchenggang"),
        ("ja", "日本の団体、ベトナム・ダナン市と連携",
         "福岡県看護協会は8日、ベトナム中部のダナン市人民委員会の代表団と会合を開いた。",
         "jp-fukuoka-nursing-association", "jp-fukuoka"),
        ("ko", "한국 농협, 베트남 껀터시와 협력",
         "해남농업협동조합은 베트남 껀터시 농업농촌개발국과 벼 종자 협력 양해각서를 체결했다.",
         "kr-haenam-agricultural-cooperative", "kr-haenam"),
        # A Korean county GeoNames does not know, named with its unit word elsewhere.
        ("ko", "한국 군, 베트남 타이빈성과 협력",
         "경상북도 영양군은 베트남 타이빈성과 협약을 맺었다. 영양농협은 근로자의 숙소를 책임진다.",
         "kr-yeongyang-agricultural-cooperative", None),
        # Vietnamese: a kind's opening words and a foreign place, or a university by foreign
        # words, its country the sentence's.
        ("vi", "Hưng Yên kết nối doanh nghiệp Nhật Bản",
         "Ngày 11/10, UBND tỉnh Hưng Yên phối hợp với Hiệp hội Doanh nghiệp Nhỏ và Vừa Osaka "
         "tổ chức hội nghị xúc tiến đầu tư với các doanh nghiệp Nhật Bản.",
         "jp-osaka-small-and-medium-enterprises-association", "jp-osaka"),
        ("vi", "Thái Nguyên hợp tác giáo dục với Hàn Quốc",
         "Chiều 26/11, lãnh đạo tỉnh Thái Nguyên tiếp đoàn công tác của Trường Đại học Keimyung "
         "(Hàn Quốc) do Phó Hiệu trưởng nhà trường dẫn đầu.",
         "kr-keimyung-university", None),
    ],
)  # fmt: skip
def test_a_body_of_a_foreign_place_is_an_organisation_not_its_place(
    registries: Registries,
    lang: str,
    headline: str,
    body: str,
    expected: str,
    not_expected: str | None,
) -> None:
    partners = drafted(registries, lang, headline, body)
    assert expected in partners
    assert not_expected not in partners


@pytest.mark.parametrize(
    ("lang", "headline", "body", "not_expected"),
    [
        # A registry organisation's own name is not re-read as a body of its place.
        ("ko", "부산대병원, 베트남 푸옌성 의료진 연수",
         "부산대학교병원이 참여해 베트남 푸옌성 의료진 연수와 원격 자문을 맡는다.",
         "kr-busan-university-hospital"),
        # A Korean province's bare name: its bodies keep an older romanisation of their own.
        ("ko", "경기대, 베트남 하노이와 교류",
         "경기대학교는 베트남 하노이 인민위원회와 유학생 교류 협약을 맺었다.",
         "kr-gyeonggi-university"),
        # A place glued inside a longer Korean word is no place.
        ("ko", "한국 협회, 베트남 하이퐁시와 협력",
         "한국목포상공회의소연합은 베트남 하이퐁시와 협약을 맺었다.",
         "kr-mokpo-chamber-of-commerce-and-industry"),
        # A whole country's body of the kind has a name of its own.
        ("zh", "中国红十字会向越南老街省捐赠救护车",
         "中国红十字会向越南老街省捐赠两辆救护车。", "cn-china-red-cross-society"),
        ("zh", "中国农业科学院与越南老街省合作",
         "中国农业科学院与越南老街省签署合作协议。", "cn-china-academy-of-agricultural-sciences"),
        # Vietnam's own bodies are never partners, nor a Vietnamese-shaped university.
        ("vi", "Thái Nguyên hợp tác giáo dục với Hàn Quốc",
         "Trường Đại học Y Dược Thái Nguyên ký thỏa thuận với các đối tác Hàn Quốc.",
         "kr-y-duoc-university"),
        ("vi", "Đà Nẵng phát triển du lịch với Hàn Quốc",
         "Hiệp hội Du lịch Đà Nẵng làm việc với các công ty lữ hành Hàn Quốc.",
         "vn-da-nang-tourism-association"),
    ],
)  # fmt: skip
def test_no_body_of_a_foreign_place_where_the_name_is_otherwise(
    registries: Registries, lang: str, headline: str, body: str, not_expected: str
) -> None:
    partners = drafted(registries, lang, headline, body)
    assert not_expected not in partners
    assert not any(p.endswith(("-tourism-association", "-y-duoc-university")) for p in partners)


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("경북대, 베트남 박장성 학생에 장학금",
         "경북대학교 국제교류처장은 박장성 출신 학생 30명에게 매년 장학금을 지급하겠다고 밝혔다.",
         "kr-kyungpook-national-university"),
        ("강원대, 베트남 꽝찌성과 교류 협약",
         "강원대학교는 베트남 꽝찌성 인민위원회와 학생 교류 협약을 맺었다.",
         "kr-kangwon-national-university"),
    ],
)  # fmt: skip
def test_a_flagship_national_university_by_the_english_name_it_signs(
    registries: Registries, headline: str, body: str, expected: str
) -> None:
    # 경북대학교 says neither "national" nor "Kyungpook": not "kr-gyeongbuk-university".
    assert expected in drafted(registries, "ko", headline, body)


def test_a_provinces_delegation_is_no_university(registries: Registries) -> None:
    got = drafted(
        registries, "ko", "경북대표단, 베트남 박장성 방문",
        "경북대표단은 베트남 박장성 인민위원회를 방문해 농업 협력 방안을 논의했다.",
    )  # fmt: skip
    assert "kr-kyungpook-national-university" not in got
