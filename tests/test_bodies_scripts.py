"""Organisations and companies in other scripts named by their kind's words (issue 13, fifteenth
round, scripts15): composed sentences, invented events and people."""

from __future__ import annotations

from digest.registries import Registries
from tests.drafting_helpers import page_partner_ids


def test_a_bare_ministry_is_the_country_whose_cities_the_article_names(
    registries: Registries,
) -> None:
    # Egypt's city is named, India only as a buyer: the ministry named bare is Egypt's.
    text = (
        "تعاون زراعي بين الإسكندرية وفيتنام\n"
        "أعلنت وزارة الزراعة واستصلاح الأراضي أنها ستستقبل وفدا من مقاطعة بن تري في الإسكندرية "
        "الشهر المقبل، بينما تستورد الهند جزءا من المحصول."
    )
    found = page_partner_ids(registries, text)
    assert "eg-ministry-of-agriculture-and-land-reclamation" in found


def test_a_ministry_alone_on_its_line_is_a_byline_not_a_partner(registries: Registries) -> None:
    text = (
        "تعاون زراعي بين الإسكندرية وفيتنام\n"
        "وزارة الزراعة واستصلاح الأراضي\n"
        "استقبلت الإسكندرية وفدا من مقاطعة بن تري الشهر الماضي، بينما تستورد الهند جزءا من "
        "المحصول."
    )
    found = page_partner_ids(registries, text)
    assert "eg-ministry-of-agriculture-and-land-reclamation" not in found


def test_a_hindi_university_of_two_fields_after_a_known_state(registries: Registries) -> None:
    text = (
        "गुजरात और डोंग थाप के बीच कृषि सहयोग\n"
        "गुजरात कृषि एवं प्रौद्योगिकी विश्वविद्यालय ने डोंग थाप प्रांत के साथ बीज अनुसंधान पर "
        "एक समझौता किया।"
    )
    found = page_partner_ids(registries, text)
    assert "in-gujarat-university-of-agriculture-and-technology" in found


def test_a_field_before_the_word_for_university_is_no_place(registries: Registries) -> None:
    text = (
        "गुजरात और डोंग थाप के बीच सहयोग\n"
        "गुजरात के प्रतिनिधिमंडल ने डोंग थाप प्रांत का दौरा किया और ह्यू चिकित्सा एवं औषधि "
        "विश्वविद्यालय तथा राज्य के कृषि एवं प्रौद्योगिकी विश्वविद्यालय के साथ छात्र आदान-प्रदान "
        "पर चर्चा की।"
    )
    found = page_partner_ids(registries, text)
    assert not [pid for pid in found if "praudyogiki" in pid or "aushadhi" in pid]


def test_a_chinese_citys_bureau_named_with_its_unit_word(registries: Registries) -> None:
    # GeoNames knows both cities, no registry record does: 市 says that a city is named.
    text = (
        "谅山省代表团访问中国\n"
        "钦州市商务局与谅山省工贸厅签署合作备忘录，成都市人民政府外事办公室派员出席。"
    )
    found = page_partner_ids(registries, text)
    assert "cn-qinzhou-bureau-of-commerce" in found
    assert "cn-chengdu-foreign-affairs-office" in found


def test_a_vietnamese_citys_bureau_in_chinese_is_no_partner(registries: Registries) -> None:
    text = "广宁省芒街市代表团访问东兴\n广宁省芒街市商务局与东兴市商务局签署合作备忘录。"
    assert not [pid for pid in page_partner_ids(registries, text) if "mangjie" in pid]


def test_a_russian_body_named_by_a_great_regions_adjective(registries: Registries) -> None:
    text = (
        "Делегация из Екатеринбурга посетила Вьетнам\n"
        "Представители Уральской торгово-промышленной палаты и Байкальский государственный "
        "университет подписали соглашения с провинцией Куангнинь."
    )
    found = page_partner_ids(registries, text)
    assert "ru-ural-chamber-of-commerce-and-industry" in found
    assert "ru-baikal-state-university" in found


def test_a_chinese_border_trade_company_named_in_vietnamese(registries: Registries) -> None:
    text = (
        "Lào Cai làm việc với doanh nghiệp Hà Khẩu\n"
        "Chiều 5/3, lãnh đạo tỉnh Lào Cai tiếp đại diện Công ty TNHH Logistics Biên mậu Hà Khẩu "
        "(Trung Quốc) và Công ty TNHH Vận tải Khẩu Vận Hà Khẩu."
    )
    found = page_partner_ids(registries, text)
    assert "cn-hekou-border-trade-logistics" in found
    assert "cn-hekou-kouyun-transport" in found


def test_a_thai_companys_country_said_after_its_name(registries: Registries) -> None:
    text = (
        "ขอนแก่นต้อนรับนักลงทุนจากเวียดนาม\n"
        "กลุ่มทุนร่วมระหว่างบริษัท สยาม สตีล จำกัด ของไทย (สำนักงานใหญ่ที่จังหวัดขอนแก่น) "
        "และบริษัท ซากุระ มาชีนเนอรี จำกัด (Sakura Machinery Co., Ltd.) จากประเทศญี่ปุ่น "
        "ได้ลงนามบันทึกความเข้าใจกับจังหวัดเหงะอาน"
    )
    found = page_partner_ids(registries, text)
    assert "jp-sakura-machinery" in found
    assert "th-sakura-machinery" not in found
    assert "th-siam-steel" in found


def test_a_thai_company_named_in_english_loanwords_with_link(registries: Registries) -> None:
    text = "มุกดาหารร่วมมือกับกวางจิ\nบริษัท แปซิฟิก โลจิสติกส์ ลิงก์ จำกัด ได้ลงนามบันทึกความเข้าใจกับจังหวัดกวางจิ"
    assert "th-pacific-logistics-link" in page_partner_ids(registries, text)


def test_a_japanese_body_after_its_prefecture_written_in_hiragana(registries: Registries) -> None:
    text = (
        "ダナン市の訪問団、岐阜県を訪問\n"
        "ダナン市の一行は翌22日、岐阜県庁と、ぎふ国際センターを訪問し、外国人材の受入れについて"
        "意見交換しました。"
    )
    found = page_partner_ids(registries, text)
    assert "jp-gifu-international-center" in found


def test_hiragana_words_before_a_body_are_no_place(registries: Registries) -> None:
    text = (
        "ダナン市の訪問団、岐阜県を訪問\n"
        "ダナン市の一行は岐阜県の国際センターを訪問しました。またぎふ国際センターとも面会しました。"
    )
    found = page_partner_ids(registries, text)
    assert not [pid for pid in found if pid.startswith("jp-mata")]


def test_japanese_prefectural_and_city_bodies_by_their_kind_words(registries: Registries) -> None:
    text = (
        "ハナム省の訪問団、静岡県と北九州市を訪問\n"
        "一行は静岡県経営者協会、静岡県産業振興公社、北九州市上下水道局を訪れ、人材育成と"
        "水道技術の協力について協議しました。"
    )
    found = page_partner_ids(registries, text)
    assert "jp-shizuoka-employers-association" in found
    assert "jp-shizuoka-industrial-development-corporation" in found
    assert "jp-kitakyushu-water-and-sewer-bureau" in found


def test_a_chinese_company_after_words_describing_it(registries: Registries) -> None:
    text = (
        "广西企业与谅山省签约\n"
        "总部位于南宁、在凭祥设有仓储基地的广西瑞丰物流有限公司与谅山省一家企业签约。"
    )
    assert "cn-guangxi-ruifeng-logistics" in page_partner_ids(registries, text)


def test_a_chinese_company_opened_by_a_city_no_registry_lists(registries: Registries) -> None:
    text = (
        "钦州企业代表团访问广宁省\n"
        "会上，钦州丰源产业投资集团有限公司与广宁省一家港口企业签署合作协议。"
    )
    assert "cn-qinzhou-fengyuan-industrial-investment-group" in page_partner_ids(registries, text)


def test_a_chinese_airline_registered_by_its_place(registries: Registries) -> None:
    text = "云南企业与岘港市合作\n云南航空股份有限公司副总经理宣布，将开通昆明至岘港市的直飞航线。"
    assert "cn-yunnan-airlines" in page_partner_ids(registries, text)


def test_a_voivodeships_body_signs_with_its_english_adjective_or_city(
    registries: Registries,
) -> None:
    text = (
        "Lubelskie i Małopolska z wizytą w Hậu Giang\n"
        "Przedstawiciele Lubelskiej Izby Rolniczej i Małopolskiej Izby Rolniczej podpisali "
        "porozumienie z prowincją Hậu Giang."
    )
    found = page_partner_ids(registries, text)
    assert "pl-lublin-chamber-of-agriculture" in found
    assert "pl-malopolska-chamber-of-agriculture" in found
    assert "pl-lubelskie-chamber-of-agriculture" not in found


def test_a_polish_special_economic_zone_acting_not_a_venue(registries: Registries) -> None:
    text = (
        "Pomorskie i Hải Phòng\n"
        "Przedstawiciele Pomorskiej Specjalnej Strefy Ekonomicznej podpisali list intencyjny z "
        "miastem Hải Phòng. W Łódzkiej Specjalnej Strefie Ekonomicznej działają już firmy z Azji."
    )
    found = page_partner_ids(registries, text)
    assert "pl-pomeranian-special-economic-zone" in found
    assert "pl-lodzkie-special-economic-zone" not in found


def test_a_countrys_trade_association_by_its_nationality_and_trade(
    registries: Registries,
) -> None:
    text = (
        "Одеса та Лонган домовилися про співпрацю\n"
        "Делегація Української зернової асоціації зустрілася з керівництвом в'єтнамської "
        "провінції Лонган, а Українська будівельна асоціація запропонувала навчання."
    )
    found = page_partner_ids(registries, text)
    assert "ua-ukrainian-grain-association" in found
    assert "ua-ukrainian-construction-association" in found
