"""Embassies, consulates, ministries, universities and chambers are partners of their own kind,
never their country (composed sentences, invented events)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.registries import Registries
from tools.evaluation import score_partner_kinds


def partners(registries: Registries, text: str) -> list[tuple[str, str]]:
    drafted = draft_text(text, Path("article.txt"), registries)
    return [(p["id"], p["kind"]) for p in drafted.partners]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Nghe An and the Embassy of Japan discuss scholarships",
         "Leaders of Nghe An province received a delegation of the Embassy of Japan in Hanoi.",
         ["jp-embassy"]),
        ("Nghệ An làm việc với Đại sứ quán Nhật Bản",
         "Lãnh đạo tỉnh Nghệ An tiếp đoàn Đại sứ quán Nhật Bản và Tổng Lãnh sự quán Hàn Quốc "
         "tại Đà Nẵng.",
         ["jp-embassy", "kr-consulate-general"]),
        ("Nghe An reçoit l'ambassade du Japon",
         "La province de Nghe An a reçu l'ambassade du Japon et le consulat général de France.",
         ["jp-embassy", "fr-consulate-general"]),
        ("Нгеан и посольство Японии",
         "Руководство провинции Нгеан приняло делегацию посольства Японии.", ["jp-embassy"]),
        ("义安省会见老挝驻岘港总领事馆代表团",
         "越南义安省领导会见了老挝驻岘港总领事馆官员。", ["la-consulate-general"]),
        ("응에안성, 일본대사관과 협력", "응에안성 지도부는 주베트남 일본대사관 대표단을 접견했다.",
         ["jp-embassy"]),
        ("نغي آن تستقبل وفد سفارة اليابان", "استقبلت قيادة مقاطعة نغي آن وفدا من سفارة اليابان.",
         ["jp-embassy"]),
        ("เหงะอานต้อนรับคณะสถานทูตญี่ปุ่น", "ผู้นำจังหวัดเหงะอานต้อนรับคณะจากสถานทูตญี่ปุ่น",
         ["jp-embassy"]),
        ("Nghe An and Cambodia's Ministry of Labour sign a plan",
         "Nghe An province and the Ministry of Labour of Cambodia signed a plan on training.",
         ["kh-ministry-of-labour"]),
        # The state's long form between the mission and the country's name.
        ("Visita de trabajo de Hưng Yên", "La Embajada de la República de Cuba en Hanói acompañó a la "
         "delegación de la provincia de Hưng Yên durante la visita de trabajo a la isla, con "
         "más de treinta empresarios y técnicos del sector agrícola.", ["cu-embassy"]),
        ("Visite de Lào Cai", "L'ambassade de la République populaire de Chine a reçu une "
         "délégation de la province de Lào Cai.", ["cn-embassy"]),
        ("Visita de Gia Lai", "A Embaixada da República Federativa do Brasil recebeu uma delegação "
         "da província de Gia Lai.", ["br-embassy"]),
        ("Nghe An and Laos", "Nghe An province received the Embassy of the Lao People's "
         "Democratic Republic.", ["la-embassy"]),
        # Polish names its own state "RP" (Rzeczpospolita Polska).
        ("Stypendia dla Quảng Ninh", "Ambasada RP w Hanoi zapowiedziała wsparcie dla "
         "stypendystów z prowincji Quảng Ninh.", ["pl-embassy"]),
    ],
)  # fmt: skip
def test_a_mission_or_ministry_named_with_its_country_is_an_organisation(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    found = partners(registries, f"{headline}\n02/05/2025\n{body}\n")
    assert [pid for pid, _ in found] == expected
    assert {kind for _, kind in found} == {"organisation"}


def test_vietnams_own_missions_are_not_partners(registries: Registries) -> None:
    text = (
        "Nghe An and Cuba sign a plan\n02/05/2025\n"
        "Nghe An province and Cuba signed a plan at the Embassy of Vietnam in Havana.\n"
    )
    assert partners(registries, text) == [("cu", "country")]


def test_a_mission_in_a_persons_title_stands_for_its_country(registries: Registries) -> None:
    text = (
        "Nghe An and Japan talk about fruit\n02/05/2025\n"
        "The agricultural counsellor of the Embassy of Japan, Sato Ken, visited Nghe An "
        "province on Monday.\n"
    )
    assert partners(registries, text) == [("jp", "country")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Named with its country in a person's title, then again bare as the one who acts.
        ("Нгеан и Япония\n02/05/2025\nНа встрече присутствовал советник посольства Японии "
         "Иван Петров, который сообщил, что посольство поддержит фестиваль в провинции Нгеан.\n",
         ["jp-embassy"]),
        # Named with its country by its head's title, then bare as the one who acts.
        ("Nghe An et le Japon\n02/05/2025\nLe vice-président de la province de Nghe An a reçu "
         "Mme Sato, consule générale du Japon. Le Consulat général souhaite financer des "
         "bourses.\n", ["jp-consulate-general"]),
        # Korean puts a person's body before the title: a title before the mission word ends
        # the Vietnamese host's phrase.
        ("응에안성, 일본과 협력\n02/05/2025\n응에안성 인민위원회 부위원장은 주베트남 "
         "일본대사관 공사참사관을 접견했다.\n", ["jp-embassy"]),
        # Vietnam's honorary consul, then the consulate bare: Vietnam's own, no partner.
        ("Gdańsk i Hai Phong\n02/05/2025\nMarszałek województwa pomorskiego przyjął konsula "
         "honorowego Wietnamu. Konsul Wietnamu zapowiedział, że konsulat pomoże w wymianie.\n",
         ["pl-pomorskie"]),
        # Named bare only, where the visitors call after moving on: nobody's to draft.
        ("Nghe An and Korea\n02/05/2025\nNghe An province signed an agreement with Gyeonggi "
         "Province. The delegation then travelled to Seoul and called at the embassy.\n",
         ["kr-gyeonggi"]),
        # Vietnam's own mission, named again bare, is still no partner.
        ("Nghệ An y Cuba\n02/05/2025\nLa provincia de Nghệ An y Cuba firmaron un plan en la "
         "Embajada de Vietnam en La Habana. La embajada apoyará el plan.\n", ["cu"]),
    ],
)  # fmt: skip
def test_a_mission_named_bare_is_the_one_the_article_named(
    registries: Registries, text: str, expected: list[str]
) -> None:
    assert [pid for pid, _ in partners(registries, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vĩnh Long e l'Italia\n02/05/2025\nLa provincia di Vĩnh Long ha firmato un accordo con "
         "la Camera di Commercio Italiana in Vietnam sulla frutta.\n",
         ["it-italian-chamber-of-commerce-in-vietnam"]),
        ("Nghe An et la France\n02/05/2025\nLa province de Nghe An a reçu la Chambre de commerce "
         "et d'industrie française au Vietnam.\n",
         ["fr-french-chamber-of-commerce-and-industry-in-vietnam"]),
        ("Nghệ An y España\n02/05/2025\nLa provincia de Nghệ An firmó un acuerdo con la Cámara "
         "de Comercio Española.\n", ["es-spanish-chamber-of-commerce"]),
    ],
)  # fmt: skip
def test_a_chamber_named_by_its_nationality_is_that_countrys(
    registries: Registries, text: str, expected: list[str]
) -> None:
    assert [pid for pid, _ in partners(registries, text)] == expected


def test_partners_are_scored_by_kind() -> None:
    gold = {"partners": [{"id": "jp-embassy", "kind": "organisation"},
                         {"id": "kr-busan", "kind": "city"}]}  # fmt: skip
    drafted = {"partners": [{"id": "jp", "kind": "country"}, {"id": "kr-busan", "kind": "city"}]}
    kinds = score_partner_kinds(gold, drafted)
    assert (kinds["organisation"].tp, kinds["organisation"].fn) == (0, 1)
    assert (kinds["country"].fp, kinds["city"].tp) == (1, 1)


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Quang Tri and MAG clear mines",
         "Quang Tri province worked with the Mines Advisory Group (MAG), a British NGO.", ["mag"]),
        ("Quảng Trị và MAG", "Tỉnh Quảng Trị phối hợp với Tổ chức Cố vấn bom mìn (MAG) rà phá bom.",
         ["mag"]),
        ("Nghe An and KOFIH", "Nghe An province signed a plan with the Korea Foundation for "
         "International Healthcare (KOFIH) on clinics.", ["kr-kofih"]),
        ("Nghe An et l'Agence", "La province de Nghe An a signé un accord avec l'Agence "
         "japonaise de promotion du commerce extérieur (JPCE).", ["jp-jpce"]),
        ("Nghe An und die Stiftung", "Die Provinz Nghe An unterzeichnete mit der Deutschen "
         "Stiftung für Wasser (DSW) ein Abkommen.", ["de-dsw"]),
        # A council is such a body in every language; Hindi's name runs back to a linking word.
        ("Nghe An and the Council", "Nghe An province signed a plan with the Korean Council "
         "for Rural Research (KCRR) on seeds.", ["kr-kcrr"]),
        ("डोंग नाई और परिषद", "डोंग नाई प्रांत और भारतीय कृषि अनुसंधान परिषद (ICAR) ने बीजों पर एक "
         "योजना बनाई।", ["in-icar"]),
        # A short name the body goes by, in any language.
        ("Quảng Ninh và Keidanren", "Tỉnh Quảng Ninh tiếp đoàn Liên đoàn Doanh nghiệp Nhật Bản "
         "(Keidanren) tìm hiểu cơ hội đầu tư.", ["jp-keidanren"]),
        ("Quang Ninh and Keidanren", "Quang Ninh province received the Japan Business "
         "Federation (Keidanren) to discuss investment.", ["jp-keidanren"]),
        # A Vietnamese institute, its name ten syllables long.
        ("Bến Tre và Viện", "Tỉnh Bến Tre tiếp nhận thiết bị của Viện Nghiên cứu Nông nghiệp và "
         "Thủy lợi Nhật Bản (JARI) tặng cho nông dân.", ["jp-jari"]),
    ],
)  # fmt: skip
def test_an_agency_named_with_its_acronym_is_an_organisation(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    # The acronym makes the id, after the country the full name holds, as the registry names
    # development agencies (jp-jica, fr-afd).
    found = partners(registries, f"{headline}\n02/05/2025\n{body}\n")
    assert [pid for pid, _ in found] == expected
    assert {kind for _, kind in found} == {"organisation"}


@pytest.mark.parametrize(
    "body",
    [
        "Hanoi (VNA) - Nghe An province signed a plan with Laos.",
        "Nghe An province and Laos signed a Memorandum of Understanding (MoU) on trade.",
        "Nghe An province and Laos told the Lao News Agency (KPL) of the plan.",
        "Tỉnh Nghệ An và Lào ký kết với Hội Liên hiệp Phụ nữ (HLHPN) tỉnh.",
        # "viên" after these words is a person, not an institute.
        "Tỉnh Nghệ An và Lào trao học bổng cho 20 sinh viên Lào (SVL).",
        "Nghe An province and Laos met the Vietnam Union of Friendship Organizations (VUFO).",
    ],
)
def test_an_acronym_names_no_partner_without_an_organisation_word_or_of_vietnam_or_news(
    registries: Registries, body: str
) -> None:
    assert [pid for pid, _ in partners(registries, f"Nghe An and Laos\n02/05/2025\n{body}\n")] == [
        "la"
    ]


def test_a_place_inside_an_english_organisation_name_is_not_a_partner(
    registries: Registries,
) -> None:
    text = (
        "Nghe An and Seoul National University\n02/05/2025\n"
        "Nghe An province signed a deal with Seoul National University.\n"
    )
    assert [pid for pid, _ in partners(registries, text)] == ["kr-seoul-national-university"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Nghe An province worked with the Lao Ministry of Agriculture and Forestry on seeds.",
         ["la-ministry-of-agriculture-and-forestry"]),
        ("Nghe An province hosted the Korean Embassy and the Japanese Consulate General.",
         ["kr-embassy", "jp-consulate-general"]),
        ("La province de Nghe An a reçu l'ambassade japonaise.", ["jp-embassy"]),
        # Hindi names a mission by its nationality too (the Indian embassy).
        ("हनोई स्थित भारतीय दूतावास ने डोंग नाई प्रांत में दो स्कूलों के निर्माण के लिए धन दिया है।",
         ["in-embassy"]),
    ],
)  # fmt: skip
def test_a_nationality_adjective_beside_a_mission_or_ministry_gives_its_country(
    registries: Registries, body: str, expected: list[str]
) -> None:
    found = partners(registries, f"{body}\n02/05/2025\n{body}\n")  # the body's language
    assert [pid for pid, _ in found] == expected


def test_vietnams_own_embassy_named_by_its_adjective_is_no_partner(registries: Registries) -> None:
    text = (
        "Nghe An and Japan\n02/05/2025\nNghe An province and Japan met at the Vietnamese Embassy.\n"
    )
    assert [pid for pid, _ in partners(registries, text)] == ["jp"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A department named with its country is that country's ministry.
        ("Quang Ninh province received funding from Australia's Department of Foreign Affairs "
         "and Trade for the courses.", ["au-ministry-of-foreign-affairs-and-trade"]),
        # A university whose place no registry knows, with its country in apposition.
        ("Quang Ninh province signed a memorandum with the University of Wollongong, Australia, "
         "on coastal training.", ["au-university-of-wollongong"]),
    ],
)  # fmt: skip
def test_an_english_body_named_with_its_country_is_that_countrys_organisation(
    registries: Registries, body: str, expected: list[str]
) -> None:
    found = partners(registries, f"Quang Ninh and Australia\n02/05/2025\n{body}\n")
    assert [pid for pid, _ in found] == expected


def test_a_department_without_a_country_is_no_ministry(registries: Registries) -> None:
    text = (
        "Quang Ninh and Gangwon\n02/05/2025\nThe Department of Foreign Affairs of Quang Ninh "
        "province received a delegation of Gangwon Province.\n"
    )
    assert [pid for pid, _ in partners(registries, text)] == ["kr-gangwon"]


def test_an_english_university_of_no_known_place_is_the_one_foreign_countrys(
    registries: Registries,
) -> None:
    text = (
        "Ca Mau and the Northern Territory sign a deal\n02/10/2025\n"
        "The Northern Territory received Ca Mau province. Charles Darwin University will train "
        "technicians, and Nong Lam University will send teachers.\n"
    )
    # Nong Lam reads as Vietnamese syllables: Vietnam's own university, no partner.
    assert [pid for pid, _ in partners(registries, text)] == [
        "au-northern-territory",
        "au-charles-darwin-university",
    ]


def test_an_english_university_of_no_known_place_is_the_country_of_the_only_missions_named(
    registries: Registries,
) -> None:
    text = (
        "Vung Tau engineers to train abroad\n02/10/2025\n"
        "Robert Gordon University will train 40 engineers from Ba Ria-Vung Tau, with help "
        "from the British Consulate General in Ho Chi Minh City.\n"
    )
    assert [pid for pid, _ in partners(registries, text)] == [
        "gb-robert-gordon-university",
        "gb-consulate-general",
    ]


def test_a_determiner_opening_a_sentence_is_no_word_of_a_bodys_name(
    registries: Registries,
) -> None:
    text = (
        "Can Tho signs a shrimp farming memorandum\n02/10/2025\n"
        "The University of Tasmania and the city of Can Tho signed a memorandum on shrimp "
        "farming.\n"
    )
    assert [pid for pid, _ in partners(registries, text)] == ["au-university-of-tasmania"]


def test_a_national_body_named_by_its_nationality_is_that_countrys_organisation(
    registries: Registries,
) -> None:
    text = (
        "Ca Mau and Australian researchers\n02/10/2025\n"
        "The Australian Centre for International Agricultural Research will fund a shrimp "
        "programme in Ca Mau province.\n"
    )
    assert partners(registries, text) == [
        ("au-australian-centre-for-international-agricultural-research", "organisation")
    ]


_MORE_EN = (
    "The two sides also discussed the training of young people and tourism for the coming "
    "years, in a spirit of trust."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Seoul Red Cross Hospital signed an agreement with Bắc Ninh Province to train "
         "nurses.", ["kr-seoul-red-cross-hospital"]),
        # Vietnam names its own hospitals so: no foreign place in the name, no partner.
        ("Seoul sent doctors to the Provincial General Hospital and to Bach Mai Hospital in "
         "Bắc Ninh Province.", ["kr-seoul"]),
    ],
)  # fmt: skip
def test_an_english_hospital_is_foreign_only_by_a_foreign_place_in_its_name(
    registries: Registries, text: str, expected: list[str]
) -> None:
    draft = draft_text(f"Hospitals\n02/05/2025\n{text} {_MORE_EN}\n", Path("a.txt"), registries)
    assert [p["id"] for p in draft.partners] == expected
