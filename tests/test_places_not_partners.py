"""Foreign places named as a stopover, an airport, a fair's venue or the next story are not
partners, nor is the agency after a wire dateline (composed pages, invented events;
digest/extract/itinerary.py, fairs.py, seats.py, page_furniture.py)."""

from __future__ import annotations

import pytest

from digest.extract.fairs import names_a_fair_venue
from digest.extract.itinerary import on_trip
from digest.extract.markets import names_trade_figures
from digest.extract.page_furniture import without_wire_dateline
from digest.extract.places import find_places
from digest.registries import Registries
from tests.drafting_helpers import page_partner_ids


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Gyeongju and Da Nang sign a training deal\nA delegation from the South Korean city of "
         "Gyeongju signed a memorandum with Da Nang. The delegation flew in after a stopover in "
         "Bangkok.\n", ["kr-gyeongju"]),
        ("Kitakyushu et Khánh Hòa signent un accord\nLa ville de Kitakyushu a signé un accord "
         "avec Khánh Hòa. La délégation est arrivée après une escale à Séoul.\n",
         ["jp-kitakyushu"]),
        ("北九州市、クアンニン省と覚書\n北九州市はクアンニン省と覚書を結んだ。一行はソウル経由で"
         "現地入りした。\n", ["jp-kitakyushu"]),
        ("Иркутская область и Нгеан подписали соглашение\nПравительство Иркутской области "
         "подписало соглашение с провинцией Нгеан. Делегация летела с пересадкой в Сеуле.\n",
         ["ru-irkutsk"]),
    ],
)  # fmt: skip
def test_a_stopover_is_not_a_partner(
    registries: Registries, page: str, expected: list[str]
) -> None:
    assert page_partner_ids(registries, page) == expected


def test_an_airport_named_after_its_city_is_not_a_partner(registries: Registries) -> None:
    page = (
        "北九州市、クアンニン省と覚書\n北九州市はクアンニン省と覚書を結んだ。一行は福岡空港から"
        "現地入りした。\n"
    )
    assert page_partner_ids(registries, page) == ["jp-kitakyushu"]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Hanil Precision invests in Da Nang\nGyeongju and Da Nang signed a memorandum. The plan "
         "was first presented at a trade fair in Bangkok last spring.\n", ["kr-gyeongju"]),
        ("Gyeongju und Đà Nẵng vereinbaren Zusammenarbeit\nGyeongju und Đà Nẵng unterzeichneten "
         "eine Vereinbarung. Das Vorhaben wurde auf einer Messe in Singapur vorgestellt.\n",
         ["kr-gyeongju"]),
        ("경주시, 다낭시와 협약\n경주시가 다낭시와 협약을 체결했다. 협력 방안은 서울에서 열린 "
         "박람회에서 처음 논의됐다.\n", ["kr-gyeongju"]),
    ],
)  # fmt: skip
def test_the_venue_of_a_fair_is_not_a_partner(
    registries: Registries, page: str, expected: list[str]
) -> None:
    assert page_partner_ids(registries, page) == expected


def test_a_partner_also_named_as_a_fair_venue_stays(registries: Registries) -> None:
    page = (
        "Busan and Da Nang sign a port deal\nBusan and Da Nang signed a memorandum on port "
        "cooperation. The deal was prepared at a trade fair in Busan.\n"
    )
    assert page_partner_ids(registries, page) == ["kr-busan"]


@pytest.mark.parametrize(
    ("text", "lang", "venue"),
    [
        ("presented at a trade fair in Busan", "en", True),
        ("au salon Seafood Expo Global de Barcelone", "fr", True),
        ("на выставке в Казани", "ru", True),
        ("大阪で開かれた環境展で", "ja", True),
        ("在广州举办的东盟博览会上", "zh", True),
        # not a fair: a signing, a meeting, or a place before the fair's word
        ("the agreement signed in Busan", "en", False),
        ("在广州举行的会议上", "zh", False),
        ("大阪で開かれた式典で", "ja", False),
    ],
)
def test_what_names_a_fair_venue(text: str, lang: str, venue: bool) -> None:
    place = {"en": "Busan", "fr": "Barcelone", "ru": "Казани", "ja": "大阪", "zh": "广州"}[lang]
    start = text.index(place)
    assert names_a_fair_venue(text, start, start + len(place), lang) is venue


def test_the_next_story_is_not_read(registries: Registries) -> None:
    page = (
        "Gyeongju and Da Nang sign a training deal\nA delegation from the South Korean city of "
        "Gyeongju signed a memorandum with Da Nang.\nNext story\nIncheon opens new route\n"
    )
    assert page_partner_ids(registries, page) == ["kr-gyeongju"]


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        ("ИРКУТСК, 18 ноя – РИА Новости. Правительство Иркутской области подписало соглашение.",
         "Правительство Иркутской области подписало соглашение."),
        # a place and a date without an agency: the first sentence stays whole
        ("Новосибирск, 12 ноября – Делегация Новосибирской области прибыла в Хюэ.",
         "Делегация Новосибирской области прибыла в Хюэ."),
    ],
)  # fmt: skip
def test_the_agency_after_a_wire_dateline_is_cut(paragraph: str, kept: str) -> None:
    assert without_wire_dateline(paragraph) == kept


def test_a_country_named_in_passing_twice_in_two_roles_is_not_a_partner(
    registries: Registries,
) -> None:
    # a route through Laos in the headline, the Thai-Lao Friendship Bridge's name in the body
    page = (
        "นครพนมจับมือห่าติ๋ญ ดันเส้นทางขนส่งสินค้าผ่านลาว\nจังหวัดนครพนมและจังหวัดห่าติ๋ญลงนาม"
        "บันทึกความเข้าใจว่าด้วยเส้นทางขนส่งสินค้าผ่านสะพานมิตรภาพไทย-ลาว แห่งที่ 3\n"
    )
    assert page_partner_ids(registries, page) == ["th-nakhon-phanom"]


def test_a_country_that_acts_beside_a_bridge_stays(registries: Registries) -> None:
    page = (
        "นครพนมจับมือห่าติ๋ญ\nจังหวัดนครพนมและจังหวัดห่าติ๋ญลงนามบันทึกความเข้าใจ ลาวจะร่วมพัฒนา"
        "สะพานมิตรภาพไทย-ลาว แห่งที่ 3\n"
    )
    assert "la" in page_partner_ids(registries, page)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Sóc Trăng and Australia extend a salinity project\nFarmers joined a project of the "
         "Australian Centre for International Agricultural Research (ACIAR) in Sóc Trăng.\n",
         ["au-aciar"]),
        ("Soc Trang farmers get German help against salt\nFarmers joined a project of the "
         "German Centre for Delta Research (GCDR) in Soc Trang.\n", ["de-gcdr"]),
    ],
)  # fmt: skip
def test_a_centre_named_with_its_acronym_is_the_partner_not_its_country(
    registries: Registries, page: str, expected: list[str]
) -> None:
    assert page_partner_ids(registries, page) == expected


def test_a_centre_without_a_body_word_or_acronym_is_not_drafted(registries: Registries) -> None:
    page = (
        "Sóc Trăng and Australia sign a memorandum\nSóc Trăng and Australia signed a memorandum "
        "at the Centre of the city (CC).\n"
    )
    assert page_partner_ids(registries, page) == ["au"]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("静岡県、ゲアン省と協力\nゲアン省の代表団は静岡県の知事と会談した。在名古屋ベトナム"
         "総領事も式に同席した。\n", ["jp-shizuoka"]),
        ("경상북도, 푸토성과 협력\n경상북도는 푸토성과 협약을 체결했다. 주부산 베트남 총영사도 "
         "참석했다.\n", ["kr-gyeongsangbuk"]),
    ],
)  # fmt: skip
def test_the_post_of_vietnams_consul_is_not_a_partner(
    registries: Registries, page: str, expected: list[str]
) -> None:
    assert page_partner_ids(registries, page) == expected


def test_a_city_before_its_own_consul_stays(registries: Registries) -> None:
    # Nagoya's own consul (a Japanese honorary consul) is not Vietnam's mission
    page = "名古屋市、フート省と協力\n名古屋市はフート省と協定を結んだ。名古屋市長も出席した。\n"
    assert page_partner_ids(registries, page) == ["jp-nagoya"]


def test_a_company_introduced_by_its_home_town_does_not_make_the_town_a_partner(
    registries: Registries,
) -> None:
    page = (
        "播州精機、ハイフォンに新工場\n兵庫県姫路市の部品メーカー、播州精機株式会社は19日、"
        "ベトナム北部のハイフォン市で新工場の起工式を開いた。\n"
    )
    assert "jp-hyogo" not in page_partner_ids(registries, page)


def test_a_place_whose_companies_are_meant_stays(registries: Registries) -> None:
    page = (
        "兵庫県、ハイフォン市と協力\n兵庫県はハイフォン市と覚書を結んだ。兵庫県の企業10社が"
        "進出を検討している。\n"
    )
    assert page_partner_ids(registries, page) == ["jp-hyogo"]


@pytest.mark.parametrize(
    "page",
    [
        "播州精機、ハイフォンに新工場\n播州精機株式会社はハイフォン市で新工場の起工式を開いた。"
        "ハイフォン市の副委員長は「日本企業の進出を歓迎する」と述べた。\n",
        "越南平阳新城迎来中国光伏企业\n天合光能股份有限公司投资2.5亿美元的光伏组件工厂当天在"
        "平阳动工。\n",
    ],
)
def test_a_country_before_a_bare_company_word_beside_a_named_company_is_not_a_partner(
    registries: Registries, page: str
) -> None:
    assert not {"jp", "cn"} & set(page_partner_ids(registries, page))


def test_a_country_before_a_bare_company_word_alone_stays(registries: Registries) -> None:
    page = (
        "ハイフォン市、投資誘致へ\nハイフォン市の副委員長は「日本企業の進出を歓迎する」と述べた。"
        "日本企業10社が工場を建設する。\n"
    )
    assert page_partner_ids(registries, page) == ["jp"]


@pytest.mark.parametrize(
    ("page", "absent"),
    [
        # "Bí thư" (secretary) is not Bỉ (Belgium): Vietnamese tells them apart by the tone.
        ("Lạng Sơn hội đàm với Quảng Tây\n12/05/2025\nĐoàn do ông Trần Văn Minh, Bí thư Tỉnh ủy "
         "Lạng Sơn, hội đàm với lãnh đạo thành phố Bằng Tường, Quảng Tây (Trung Quốc). Hai bên "
         "cũng trao đổi về đào tạo nguồn nhân lực và du lịch trong những năm tới.\n", "be"),
        # "중남미국가" are Latin American countries, not the United States (미국 + 가).
        ("창원시, 베트남 동나이성과 협약\n2025.05.02\n창원시는 동나이성 대표단과 협약을 맺었다. "
         "양측은 중남미국가 시장 진출도 함께 논의했다. 관계자는 앞으로도 협력을 계속 넓혀 나가겠다고 "
         "밝혔다.\n", "us"),
        # The branch of a body named with its short name in brackets: where the branch sits.
        ("静岡市、ダナン市と協力\n2025年5月2日\n静岡市はダナン市と覚書を結んだ。同行した国際協力機構"
         "（ジャイカ）名古屋本部の担当者も説明した。関係者は今後も協力を広げていきたいと話した。\n",
         "jp-nagoya"),
        # A country only saying where a stop of a route lies ("of Laos").
        ("อุดรธานีจับมือจังหวัดเหงะอาน\nวันที่ 2 พฤษภาคม 2568\nจังหวัดอุดรธานีลงนามความร่วมมือกับ"
         "จังหวัดเหงะอาน ทั้งสองฝ่ายหารือเส้นทางท่องเที่ยวที่เชื่อมอุดรธานี แขวงบอลิคำไซของลาว "
         "และเหงะอาน ทั้งสองฝ่ายตั้งใจจะขยายความร่วมมือต่อไปในอนาคต\n", "la"),
        # A name in the instrumental after "региона" (genitive) ends a title: a person.
        ("Омская область и Тханьхоа\n02/05/2025\nДелегацию Омской области возглавил заместитель "
         "губернатора региона Ольгой Петровой. Стороны также обсудили подготовку молодых "
         "специалистов и туризм.\n", "ru-olgoi-petrovoi"),
    ],
)  # fmt: skip
def test_words_and_names_that_only_look_like_partners(
    registries: Registries, page: str, absent: str
) -> None:
    assert absent not in page_partner_ids(registries, page)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # where the visitors came from or leave from on their way
        ("Matanzas y Bình Định firman un acuerdo de cooperación\nLa provincia de Matanzas firmó "
         "ayer un acuerdo con la provincia vietnamita de Bình Định para el desarrollo del "
         "turismo. La delegación, que llegó procedente de Santiago de Cuba, visitó también las "
         "playas de la región.\n", ["cu-matanzas"]),
        ("La Toscana firma con Huế\nLa Regione Toscana ha firmato un accordo con Huế. La "
         "delegazione visiterà le aziende prima di ripartire da Milano per Hà Nội.\n",
         ["it-tuscany"]),
        # a later stop in the past tense, its list repeating the preposition
        ("Minas Gerais e Hải Phòng assinam acordo\nO Estado de Minas Gerais assinou um acordo "
         "com Hải Phòng. A comitiva seguiu depois para a Cidade de Ho Chi Minh e para "
         "Bangkok.\n", ["br-minas-gerais"]),
        # what the goods or the visitors go through
        ("Приморский край и Хайфон подписали соглашение\nПравительство Приморского края "
         "подписало соглашение с Хайфоном. Товары будут отправлены через порт Владивосток.\n",
         ["ru-primorsky"]),
        ("静岡県、ドンナイ省と覚書\n静岡県はドンナイ省と覚書を結んだ。一行は東京都内を経由して"
         "来県する。\n", ["jp-shizuoka"]),
        ("นครราชสีมาลงนามกับกว๋างจิ\nจังหวัดนครราชสีมาลงนามบันทึกความเข้าใจกับจังหวัดกว๋างจิ "
         "คณะมีกำหนดเดินทางไปจังหวัดขอนแก่นและอุดรธานีก่อนเดินทางกลับ\n", ["th-nakhon-ratchasima"]),
    ],
)  # fmt: skip
def test_a_point_of_the_journey_is_not_a_partner(
    registries: Registries, page: str, expected: list[str]
) -> None:
    assert page_partner_ids(registries, page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("云南省与老街省签署协议\n云南省与老街省签署合作协议。双方将推动企业入驻越南—新加坡"
         "工业园，并考察了凭祥综合保税区。\n", ["cn-yunnan"]),
        ("Matanzas y Bình Định firman un acuerdo de cooperación\nLa provincia de Matanzas firmó "
         "ayer un acuerdo con la provincia vietnamita de Bình Định para el desarrollo del "
         "turismo. El café de la región se presentará en la Feria Internacional de La Habana, "
         "en el mes de noviembre.\n", ["cu-matanzas"]),
    ],
)  # fmt: skip
def test_a_place_inside_a_park_s_or_a_fair_s_name_is_not_a_partner(
    registries: Registries, page: str, expected: list[str]
) -> None:
    assert page_partner_ids(registries, page) == expected


def test_a_group_s_seat_in_arabic_is_not_a_partner(registries: Registries) -> None:
    page = (
        "الشارقة وخانه هوا توقعان مذكرة تفاهم\nوقعت إمارة الشارقة مذكرة تفاهم مع مقاطعة خانه هوا "
        "الفيتنامية لتعزيز التعاون في السياحة. وحضر التوقيع وفد من مجموعة النخيل للتطوير "
        "ومقرها دبي، برئاسة مديرها التنفيذي.\n"
    )
    assert "ae-dubai" not in page_partner_ids(registries, page)


def test_a_region_named_as_a_venue_beside_an_unlisted_partner_of_its_country(
    registries: Registries,
) -> None:
    page = (
        "Zwickau und Bắc Ninh vereinbaren Zusammenarbeit\nDie Handwerkskammer Zwickau hat mit der "
        "vietnamesischen Provinz Bắc Ninh eine Vereinbarung über die Ausbildung von Fachkräften "
        "unterzeichnet. In Sachsen fehlen nach Angaben der Kammer rund 5.000 Fachkräfte.\n"
    )
    assert "de-saxony" not in page_partner_ids(registries, page)


@pytest.mark.parametrize(
    "sentence",
    [
        "경주시는 지난해 필리핀과 라오스에서 계절근로자 200명을 도입했다.",
        '시장은 "지난해 필리핀 등에서 온 계절근로자들이 일정을 잘 마쳤다"고 말했다.',
    ],
)
def test_the_country_workers_come_from_is_not_a_partner(
    registries: Registries, sentence: str
) -> None:
    page = (
        "경주시, 꽝응아이성과 계절근로자 협약\n경주시는 26일 시청에서 베트남 꽝응아이성과 "
        f"외국인 계절근로자 도입을 위한 업무협약을 체결했다. {sentence}\n"
    )
    assert page_partner_ids(registries, page) == ["kr-gyeongju"]


def test_an_unlisted_county_does_not_lie_in_the_country_its_workers_come_from(
    registries: Registries,
) -> None:
    page = (
        "청송군, 꽝응아이성과 계절근로자 협약\n청송군은 26일 군청에서 베트남 꽝응아이성과 "
        "외국인 계절근로자 도입을 위한 업무협약을 체결했다. 청송군은 지난해 필리핀과 라오스에서 "
        "계절근로자 150명을 도입했다.\n"
    )
    assert not [pid for pid in page_partner_ids(registries, page) if pid.startswith("ph")]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Gyeongju invests in Bac Ninh\nThe South Korean city of Gyeongju signed a memorandum with "
         "Bac Ninh on Monday. Korean firms already employ 30,000 workers in the Busan and Daegu "
         "industrial parks.\n", ["kr-gyeongju"]),
        ("云南省与河江省开发旅游线路\n云南省与河江省签署旅游合作协议，双方将共同开发"
         "“河江—昆明”跨境自驾旅游线路。\n", ["cn-yunnan"]),
        ("นครพนมลงนามกับห่าติ๋ญ\nจังหวัดนครพนมลงนามบันทึกความเข้าใจกับจังหวัดห่าติ๋ญ "
         "โดยสินค้าจะขนส่งผ่านเมืองปากซัน แขวงบอลิคำไซ ไปยังท่าเรือหวุงอ่าง\n", ["th-nakhon-phanom"]),
    ],
)  # fmt: skip
def test_a_place_naming_parks_a_route_or_a_town_on_the_way_is_not_a_partner(
    registries: Registries, page: str, expected: list[str]
) -> None:
    assert page_partner_ids(registries, page) == expected


def test_a_county_named_with_a_prefecture_word_is_the_prefecture_of_its_name(
    registries: Registries,
) -> None:
    page = (
        "Lào Cai và châu Hồng Hà thúc đẩy hợp tác thương mại\nChiều 3/12, tại trụ sở UBND tỉnh, "
        "lãnh đạo tỉnh Lào Cai đã tiếp đoàn công tác của Chính quyền Nhân dân châu Hồng Hà. Hai "
        "bên thống nhất thúc đẩy hợp tác thương mại và du lịch.\n"
    )
    assert page_partner_ids(registries, page) == ["cn-honghe-prefecture"]


@pytest.mark.parametrize(
    ("page", "absent"),
    [
        ("Hà Giang and Plan International open water works\nPlan International opened three "
         "water works in Hà Giang with Australian funds. According to a 2024 survey by the "
         "University of Melbourne, 41% of households had no clean water.\n", "au-university-of-melbourne"),
        ("Hà Giang et Plan International inaugurent des réseaux d'eau\nPlan International a "
         "inauguré trois réseaux d'eau à Hà Giang avec des fonds français. Selon une étude de "
         "l'Université de Lyon, 41 % des foyers n'ont pas d'eau potable toute l'année.\n",
         "fr-university-of-lyon"),
    ],
)  # fmt: skip
def test_a_body_whose_survey_gave_the_figures_is_not_a_partner(
    registries: Registries, page: str, absent: str
) -> None:
    partners = page_partner_ids(registries, page)
    assert "plan-international" in partners
    assert absent not in partners


@pytest.mark.parametrize(
    ("page", "absent"),
    [
        ("Hà Giang and Plan International open water works\nPlan International opened three "
         "water works in communes of Hà Giang along the border with China.\n", "cn"),
        ("Lai Châu và Plan International mở trường học\nPlan International xây ba trường học ở "
         "các xã của Lai Châu dọc biên giới với Trung Quốc.\n", "cn"),
        ("Quảng Trị und Plan International eröffnen Schulen\nDie Organisation Plan International "
         "hat mit der Provinz Quảng Trị drei Schulen in den Gemeinden an der Grenze zu Laos "
         "gebaut, die auch von den Eltern der Kinder unterstützt werden.\n", "la"),
    ],
)  # fmt: skip
def test_a_country_named_only_as_a_border_is_not_a_partner(
    registries: Registries, page: str, absent: str
) -> None:
    partners = page_partner_ids(registries, page)
    assert "plan-international" in partners
    assert absent not in partners


def test_unesco_named_for_its_list_is_not_a_partner(registries: Registries) -> None:
    page = (
        "Quảng Bình i Toruń podpisały porozumienie\nMiasto Toruń podpisało porozumienie z "
        "prowincją Quảng Bình. – Mamy Starówkę wpisaną na listę UNESCO – mówiła prezydent.\n"
    )
    assert "unesco" not in page_partner_ids(registries, page)


@pytest.mark.parametrize(
    ("page", "absent", "kept"),
    [
        # Đỗ Văn Thái, a Vietnamese vice chairman: タイ (Thailand) is a part of his name.
        ("北九州市とゲアン省が協議\nゲアン省人民委員会のド・ヴァン・タイ副委員長は北九州市の代表団と"
         "会談した。\n", "th", "jp-kitakyushu"),
        # A list of countries joined by the same dot stays a list (one the headline names: a
        # list only in the body is named in passing, tests/test_countries_in_passing.py).
        ("ゲアン省と北九州市、タイ・ラオスと物流協力\n北九州市はゲアン省、タイ・ラオスとの物流"
         "協力を進めている。\n", None, "th"),
    ],
)  # fmt: skip
def test_a_katakana_place_inside_a_dotted_name_is_not_a_partner(
    registries: Registries, page: str, absent: str | None, kept: str
) -> None:
    partners = page_partner_ids(registries, page)
    assert kept in partners
    assert absent not in partners


def test_a_place_named_as_a_photo_credit_is_not_a_partner(registries: Registries) -> None:
    """ "Foto: Israel Sánchez" credits a photographer whose given name is a country's."""
    body = (
        "Imagen: La consejera Ana Ruiz y el vicepresidente Phan Văn Đăng, tras la firma. "
        "Foto: Israel Sánchez\n\nLa Región de Murcia y la provincia vietnamita de Bình Thuận "
        "firmaron ayer un acuerdo para cooperar en el cultivo de frutas.\n"
    )
    places = find_places(registries, "es", "Murcia y Bình Thuận firman un acuerdo", body, None)
    assert [partner.id for partner in places.partners] == ["es-region-of-murcia"]


@pytest.mark.parametrize(
    ("page", "absent"),
    [
        # 항만도시: the noun for a port city, not a city named 항만도
        ("인천시, 하이퐁과 협력\n인천시는 하이퐁과 물류 협력 협약을 맺었다. 부위원장은 \"인천은 "
         "하이퐁이 닮고 싶은 항만도시\"라며 \"한국 기업을 돕겠다\"고 말했다.\n", "kr-hangmando"),
        # a direct route that does not pass through Singapore
        ("인천시, 하이퐁과 협력\n인천시는 하이퐁과 협약을 맺었다. 선사들은 싱가포르를 거치지 "
         "않는 직항 노선을 늘린다.\n", "sg"),
    ],
)  # fmt: skip
def test_korean_words_that_name_no_partner(registries: Registries, page: str, absent: str) -> None:
    partners = page_partner_ids(registries, page)
    assert "kr-incheon" in partners
    assert absent not in partners


@pytest.mark.parametrize(
    ("page", "absent", "kept"),
    [
        # a border zone and an expressway named by their places
        ("Lạng Sơn hội đàm với Sùng Tả\nĐoàn tỉnh Lạng Sơn hội đàm với thành phố Sùng Tả, khu "
         "tự trị Quảng Tây (Trung Quốc). Hai bên sẽ nối cao tốc Hữu Nghị – Chi Lăng với đường "
         "cao tốc Nam Ninh – Hữu Nghị Quan. Đoàn đã tham quan Khu hợp tác kinh tế biên giới "
         "Bằng Tường.\n", ["cn-nanning", "cn-pingxiang"], "cn-chongzuo"),
        # a tourist route named by its stops
        ("Quảng Bình hội đàm với Savannakhet\nTỉnh Quảng Bình hội đàm với tỉnh Savannakhet (Lào) "
         "về tuyến du lịch đường bộ Đồng Hới - Savannakhet - Khon Kaen (Thái Lan).\n",
         ["th-khon-kaen"], "la-savannakhet"),
        # a Thai checkpoint named after its town, and a stop the delegation passed through
        ("มุกดาหารต้อนรับคณะกว๋างจิ\nจังหวัดมุกดาหารต้อนรับคณะผู้แทนจังหวัดกว๋างจิ ซึ่งเดินทาง"
         "ผ่านแขวงสะหวันนะเขต และหารือเรื่องการขนส่งสินค้าผ่านด่านลาวบาว\n",
         ["la-savannakhet", "la"], "th-mukdahan"),
    ],
)  # fmt: skip
def test_places_naming_a_gate_a_route_or_a_stop_are_not_partners(
    registries: Registries, page: str, absent: list[str], kept: str
) -> None:
    partners = page_partner_ids(registries, page)
    assert kept in partners
    assert not set(absent) & set(partners)


def test_a_routes_stops_joined_by_dashes_are_all_on_it() -> None:
    text = "ถนนหมายเลข 9 เชื่อมมุกดาหาร-สะหวันนะเขต-ด่านลาวบาว"
    names = ("มุกดาหาร", "สะหวันนะเขต")
    spans = [(text.index(name), text.index(name) + len(name)) for name in names]
    assert on_trip(text, 1, spans, "th")


def test_a_town_named_after_its_vietnamese_province_is_vietnams(registries: Registries) -> None:
    """ "越南广宁省芒街市" names Móng Cái in Quảng Ninh: the town's bureau later is Vietnam's, no
    Chinese city."""
    page = (
        "防城港市代表团赴越南交流\n8月5日，防城港市代表团赴越南广宁省芒街市开展旅游合作交流。"
        "推介会上，东兴市旅游局与芒街市文化体育局签署合作备忘录。\n"
    )
    assert not [p for p in page_partner_ids(registries, page) if "mangjie" in p]


def test_a_country_naming_a_framework_of_three_is_not_a_partner(registries: Registries) -> None:
    page = (
        "Attapeu and Kon Tum review cooperation\nAttapeu Province and Kon Tum reviewed their "
        "cooperation within the Cambodia-Laos-Vietnam Development Triangle Area.\n"
    )
    partners = page_partner_ids(registries, page)
    assert "la-attapeu" in partners
    assert "kh" not in partners


@pytest.mark.parametrize(
    ("page", "absent"),
    [
        # through a border bridge's checkpoint and a province
        ("มุกดาหารต้อนรับคณะกว๋างจิ\nจังหวัดมุกดาหารต้อนรับคณะผู้แทนจังหวัดกว๋างจิ ซึ่งเดินทางผ่าน"
         "ด่านสะพานมิตรภาพไทย-ลาว แห่งที่ 2 และแขวงสะหวันนะเขต เพื่อหารือเรื่องการค้า\n",
         ["la-savannakhet"]),
        # goods carried over a bridge to a province
        ("มุกดาหารต้อนรับคณะกว๋างจิ\nจังหวัดมุกดาหารต้อนรับคณะผู้แทนจังหวัดกว๋างจิ สินค้าผลไม้"
         "ขนส่งผ่านสะพานมิตรภาพ 2 ไปยังแขวงสะหวันนะเขต\n", ["la-savannakhet"]),
        # goods sent to markets
        ("มุกดาหารต้อนรับคณะกว๋างจิ\nจังหวัดมุกดาหารต้อนรับคณะผู้แทนจังหวัดกว๋างจิ ผู้ประกอบการ"
         "ต้องการส่งสินค้าเกษตรไปยังเกาหลี\n", ["kr"]),
        # a company named after Indochina holds China's Thai name
        ("มุกดาหารต้อนรับคณะกว๋างจิ\nจังหวัดมุกดาหารต้อนรับคณะผู้แทนจังหวัดกว๋างจิ และบริษัท "
         "อินโดจีน ขนส่ง จำกัด\n", ["cn"]),
    ],
)  # fmt: skip
def test_thai_routes_markets_and_indochina_name_no_partner(
    registries: Registries, page: str, absent: list[str]
) -> None:
    partners = page_partner_ids(registries, page)
    assert "th-mukdahan" in partners
    assert not set(absent) & set(partners)


def test_a_town_named_after_the_word_for_vietnam_is_vietnams(registries: Registries) -> None:
    """ "越南海河市" is Hải Hà, a town of Quảng Ninh: no Chinese city "Yuenanhaihe"."""
    page = (
        "防城港市代表团访问广宁省\n8月5日，防城港市代表团访问广宁省。防城港市一家企业与越南海河市"
        "一家企业签署了物流合作协议。\n"
    )
    partners = page_partner_ids(registries, page)
    assert "cn-fangchenggang" in partners
    assert not [p for p in partners if "yuenan" in p]


@pytest.mark.parametrize(
    ("page", "absent"),
    [
        ("Gyeongju firms sign in Quang Ngai\nGyeongju signed a memorandum with Quang Ngai. "
         "Hanbit Co., Ltd. also signed with Singapore-based Orchid Ventures Pte. Ltd. and "
         "Japan's Sakura Kiko K.K. to build a plant.\n", ["sg", "jp"]),
        ("Gyeongju firms sign in Quang Ngai\nGyeongju signed a memorandum with Quang Ngai. Its "
         "partner Kowhai Foods Limited of Timaru, New Zealand, will invest USD 5 million.\n",
         ["nz"]),
        # a Vietnamese park read as Guangzhou in its Vietnamese spelling
        ("Gyeongju firms to build plant in Quang Chau industrial park\nGyeongju signed a "
         "memorandum with Bac Giang.\n", ["cn-guangzhou"]),
    ],
)  # fmt: skip
def test_a_country_beside_its_named_company_is_not_a_partner(
    registries: Registries, page: str, absent: list[str]
) -> None:
    partners = page_partner_ids(registries, page)
    assert "kr-gyeongju" in partners
    assert not set(absent) & set(partners)


@pytest.mark.parametrize(
    "page",
    [
        # the peoples of an autonomous prefecture between its word and its name, then bare
        ("Lào Cai và Hồng Hà bàn hợp tác nông nghiệp\nTỉnh Lào Cai tiếp đoàn châu tự trị dân tộc "
         "Cáp Nhì - Di Hồng Hà. Phía Hồng Hà đề nghị mở thêm luồng xanh cho nông sản.\n"),
        # the prefecture qualified once, then bare, then located in its province
        ("Lào Cai và Hồng Hà bàn hợp tác nông nghiệp\nSở Công Thương tỉnh Lào Cai làm việc với "
         "châu Hồng Hà. Phía Hồng Hà (Vân Nam, Trung Quốc) đề nghị mở thêm luồng xanh.\n"),
    ],
)  # fmt: skip
def test_a_prefecture_named_once_with_its_word_is_meant_throughout(
    registries: Registries, page: str
) -> None:
    partners = page_partner_ids(registries, page)
    assert "cn-honghe-prefecture" in partners
    assert not {"cn-honghe", "cn-yunnan"} & set(partners)


@pytest.mark.parametrize(
    ("page", "absent"),
    [
        # a stop the visitors also make, and one they made earlier
        ("Иркутская область и Нгеан подписали соглашение\nПравительство Иркутской области "
         "подписало соглашение с провинцией Нгеан. Делегация также посетит Казань и Москву.\n",
         "ru-moscow"),
        ("Иркутская область и Нгеан подписали соглашение\nПравительство Иркутской области "
         "подписало соглашение с провинцией Нгеан. Ранее делегация провинции посетила Москву, "
         "где встретилась с послом.\n", "ru-moscow"),
        # a point goods pass on their way
        ("Иркутская область и Нгеан подписали соглашение\nПравительство Иркутской области "
         "подписало соглашение с провинцией Нгеан. Лес будет отправлен по железной дороге до "
         "Владивостока, а оттуда морем в Хайфон.\n", "ru-vladivostok"),
        # where the visitors leave for, or go back to
        ("Le Marche firmano con Quảng Nam\nLa Regione Marche ha firmato un accordo con la "
         "provincia di Quảng Nam. La delegazione ripartirà giovedì per Ancona.\n", "it-ancona"),
        ("Gyeongju signs with Quang Nam\nGyeongju signed a memorandum with Quang Nam. The "
         "delegation toured Hoi An before flying back to Seoul.\n", "kr-seoul"),
        # a company's head office in brackets, and a Korean company's home before 의
        ("静岡県、クアンナム省と覚書\n静岡県はクアンナム省と覚書を結んだ。株式会社サクラ精機"
         "（本社・大阪府堺市）も工場を建設する。\n", "jp-sakai"),
        ("창원시, 꽝남성과 협약\n창원시는 꽝남성과 협약을 맺었다. 일본 오사카의 유통업체 "
         "㈜나니와푸드도 참여했다.\n", "jp-osaka"),
        ("창원시, 꽝남성과 협약\n창원시는 꽝남성과 협약을 맺었다. 일본 후쿠오카현의 "
         "하카타공업(博多工業)도 참여했다.\n", "jp-fukuoka"),
    ],
)  # fmt: skip
def test_other_stops_and_company_homes_are_not_partners(
    registries: Registries, page: str, absent: str
) -> None:
    partners = page_partner_ids(registries, page)
    assert partners
    assert absent not in partners
    assert absent[:2] not in partners  # nor its country in its stead


@pytest.mark.parametrize(
    ("page", "absent"),
    [
        # a Thai company's head office
        ("มุกดาหารต้อนรับคณะกว๋างจิ\nจังหวัดมุกดาหารต้อนรับคณะผู้แทนจังหวัดกว๋างจิ บริษัท "
         "สยามไรซ์ จำกัด ซึ่งมีสำนักงานใหญ่ที่จังหวัดขอนแก่น ร่วมลงนามด้วย\n", "th-khon-kaen"),
        # Thailand named for its company, in the headline and after the company's form
        ("บริษัทไทยลงทุนในกว๋างจิ\nแขวงสะหวันนะเขตต้อนรับคณะผู้แทนจังหวัดกว๋างจิ บริษัท "
         "สยามไรซ์ จำกัด ของไทย ร่วมลงนามด้วย\n", "th"),
        # a stop the Korean delegation made earlier
        ("보령시, 꽝남성과 협약\n보령시는 꽝남성과 협약을 맺었다. 대표단은 앞서 서울에서 "
         "주한 베트남대사관을 방문했다.\n", "kr-seoul"),
        # the post of Vietnam's consul general, after "во"
        ("Ангарск и Нгеан подписали соглашение\nАдминистрация города Ангарска подписала "
         "соглашение с провинцией Нгеан. В переговорах принял участие генеральный консул "
         "Вьетнама во Владивостоке.\n", "ru-vladivostok"),
    ],
)  # fmt: skip
def test_head_offices_earlier_stops_and_consuls_posts_are_not_partners(
    registries: Registries, page: str, absent: str
) -> None:
    assert absent not in page_partner_ids(registries, page)


def test_a_chinese_market_word_is_no_city(registries: Registries) -> None:
    """ "边民互市点" is a border residents' trade market: 市 closes the word 互市, no city
    "Bianminhu"."""
    page = (
        "防城港市代表团访问广宁省\n8月5日，防城港市代表团访问广宁省。云南企业参观了边民互市点。\n"
    )
    partners = page_partner_ids(registries, page)
    assert "cn-fangchenggang" in partners
    assert not [p for p in partners if "bianmin" in p]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Gyeongju e Đà Nẵng firmano un accordo\nLa città di Gyeongju ha firmato un accordo con "
         "Đà Nẵng sul turismo.\nI più letti\n1. Bangkok, riapre il mercato dei fiori\n",
         ["kr-gyeongju"]),
        ("Gyeongju y Đà Nẵng firman un acuerdo\nLa ciudad de Gyeongju firmó un acuerdo con Đà "
         "Nẵng sobre turismo.\nArtículos relacionados\n· Bangkok abre un nuevo mercado\n",
         ["kr-gyeongju"]),
        ("北九州市、クアンニン省と覚書\n北九州市はクアンニン省と覚書を結んだ。\n"
         "このページを見た人はこんなページも見ています\n・ソウル市との交流事業のご案内\n",
         ["jp-kitakyushu"]),
        ("Gyeongju and Da Nang sign a tourism deal\nThe city of Gyeongju signed a tourism deal "
         "with Da Nang.\nMore from World\n14/7/2025  Bangkok opens a new flower market\n",
         ["kr-gyeongju"]),
        ("Gyeongju và Đà Nẵng ký kết hợp tác du lịch\nThành phố Gyeongju đã ký thỏa thuận hợp "
         "tác du lịch với Đà Nẵng.\nCÁC TIN KHÁC\nĐà Nẵng xúc tiến du lịch tại Bangkok\n",
         ["kr-gyeongju"]),
    ],
)  # fmt: skip
def test_places_in_a_list_of_other_stories_are_not_partners(
    registries: Registries, page: str, expected: list[str]
) -> None:
    assert page_partner_ids(registries, page) == expected


@pytest.mark.parametrize(
    ("lang", "title", "body", "absent"),
    [
        ("ar", "شركات من دا نانغ في معرض للأغذية بدبي",
         "جناح الشركات الفيتنامية في المعرض\nدبي - محمد العلي\nاختتمت في دبي أمس مشاركة عشرين "
         "شركة من مدينة دا نانغ الفيتنامية في معرض الأغذية، بتنظيم مشترك مع غرفة تجارة دبي.\n",
         "ae-dubai"),
        ("en", "Lao Cai firms meet buyers in Kunming",
         "KUNMING - Staff reporter\nTwenty companies from Lao Cai met the Yunnan Academy of "
         "Agricultural Sciences at a fair held in Kunming.\n", "cn-kunming"),
    ],
)  # fmt: skip
def test_a_place_named_as_a_venue_and_in_a_dateline_is_not_a_partner(
    registries: Registries, lang: str, title: str, body: str, absent: str
) -> None:
    places = find_places(registries, lang, title, body, None)
    assert absent not in [partner.id for partner in places.partners]


@pytest.mark.parametrize(
    ("lang", "sentence", "place", "expected"),
    [
        ("ar", "وقال إن التجارة غير النفطية بين دبي وفيتنام بلغت ٤٫٧ مليار دولار.", "دبي", True),
        ("en", "Trade between Bavaria and Vietnam reached 3 billion euros last year.", "Bavaria",
         True),
        ("fr", "Les échanges entre la Bretagne et le Vietnam ont atteint 800 millions d'euros.",
         "Bretagne", True),
        ("ru", "Товарооборот между Приморьем и Вьетнамом вырос на 12%.", "Приморьем", True),
        ("vi", "Kim ngạch thương mại giữa Quảng Tây và Việt Nam đạt 50 tỷ USD.", "Quảng Tây",
         True),
        # No figure: the partners mean to trade more with each other.
        ("en", "The two sides agreed to boost trade between Bavaria and Da Nang.", "Bavaria",
         False),
        ("en", "Bavaria and Da Nang signed 3 agreements.", "Bavaria", False),
    ],
)  # fmt: skip
def test_a_place_in_trade_figures_is_named_for_the_statistic(
    lang: str, sentence: str, place: str, expected: bool
) -> None:
    start = sentence.index(place)
    assert names_trade_figures(sentence, start, start + len(place), lang) is expected


def test_a_region_only_in_trade_figures_is_not_a_partner(registries: Registries) -> None:
    title = "غرفة تجارة دبي تستقبل وفدا من دا نانغ"
    body = (
        "استقبلت غرفة تجارة دبي وفدا من مدينة دا نانغ الفيتنامية.\n"
        "وقال نائب رئيس الغرفة إن التجارة غير النفطية بين دبي وفيتنام بلغت ٤٫٧ مليار دولار.\n"
    )
    places = find_places(registries, "ar", title, body, None)
    assert "ae-dubai" not in [partner.id for partner in places.partners]
