"""Places and outlets an article names without their being partners: news outlets cited for the
report, later stops of a trip however worded, a region set off after the place it locates
(composed sentences, invented events)."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import dated_partner_ids


@pytest.mark.parametrize(
    ("lang_headline", "body", "expected"),
    [
        ("Nghe An and Nagano", "Nghe An province and Nagano Prefecture signed a memorandum, NHK "
         "reported.", ["jp-nagano"]),
        ("Nghe An and Nagano", "TOKYO (Kyodo) - Nghe An province and Nagano Prefecture signed a "
         "memorandum, according to Xinhua.", ["jp-nagano"]),
        ("ゲアン省と長野県", "ゲアン省と長野県は覚書に署名した。NHKが報じた。", ["jp-nagano"]),
        ("Нгеан и Иркутская область", "Провинция Нгеан и Иркутская область подписали соглашение, "
         "сообщает ТАСС.", ["ru-irkutsk"]),
        ("Nghe An y La Habana", "La provincia de Nghe An y La Habana firmaron un acuerdo, informó "
         "Prensa Latina.", ["cu-havana"]),
    ],
)  # fmt: skip
def test_a_news_outlet_cited_for_the_report_is_not_a_partner(
    registries: Registries, lang_headline: str, body: str, expected: list[str]
) -> None:
    assert dated_partner_ids(registries, lang_headline, body) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Nghe An delegation visits Nagano", "A Nghe An delegation worked with Nagano Prefecture "
         "on labour. The delegation then travelled to Kyoto and Osaka.", ["jp-nagano"]),
        ("Nghe An y La Habana", "La provincia de Nghe An y La Habana firmaron un acuerdo. Luego "
         "la delegación visitó Santiago de Cuba.", ["cu-havana"]),
        ("Nghe An et la Corée", "La province de Nghe An a signé un accord avec la Corée. La "
         "délégation s'est ensuite rendue à Lyon.", ["kr"]),
    ],
)  # fmt: skip
def test_a_later_stop_of_the_trip_is_not_a_partner(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    assert dated_partner_ids(registries, headline, body) == expected


def test_a_region_set_off_after_the_city_it_locates_is_not_a_partner(
    registries: Registries,
) -> None:
    body = "Nghe An province signed a friendship agreement with Chuncheon City, Gangwon Province."
    assert dated_partner_ids(registries, "Nghe An and Chuncheon", body) == ["kr-chuncheon"]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        # The country a named organisation comes from is not the partner: the organisation is,
        # drafted for review when its name says what it is.
        ("Lào Cai i Uniwersytet Jagielloński podpisały umowę",
         "Delegacja Uniwersytetu Jagiellońskiego z Polski odwiedziła prowincję Lào Cai. Uczelnia "
         "przyzna stypendia dla studentów z prowincji.", ["pl-uniwersytetu-jagiellonskiego"]),
        ("Die Hanns-Seidel-Stiftung unterstützt Nghệ An",
         "Die Hanns-Seidel-Stiftung aus Deutschland unterstützt die Provinz Nghệ An bei der "
         "Berufsausbildung junger Menschen.", ["de-hanns-seidel-foundation"]),
        # A foundation's id has the English kind word (orgs20: "Ponte Mekong Foundation").
        ("La Fondazione Cariplo a Huế",
         "La Fondazione Cariplo dall'Italia ha finanziato un progetto culturale nella città di "
         "Huế con i partner locali.", ["it-cariplo-foundation"]),
        ("Smile Train helps Quang Tri children",
         "Smile Train from the United States will fund 50 surgeries for children in Quang Tri "
         "province, the charity said on Monday.", []),
        # A delegation from a country, named by no other name, is that country's.
        ("Delegation from Japan visits Quang Tri",
         "A delegation from Japan visited Quang Tri province to discuss investment in the "
         "province.", ["jp"]),
    ],
)  # fmt: skip
def test_the_country_a_named_organisation_comes_from_is_not_the_partner(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    assert dated_partner_ids(registries, headline, body) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Nghe An and Nagano", "Nghe An province and Nagano Prefecture signed a memorandum. "
         "Nagano already sells apples to Thailand, Singapore and Australia.", ["jp-nagano"]),
        ("Nghe An y La Habana", "La provincia de Nghe An y La Habana firmaron un acuerdo. La "
         "Habana tiene acuerdos con ciudades de España, México y Canadá.", ["cu-havana"]),
        ("Нгеан и Иркутская область", "Провинция Нгеан и Иркутская область подписали соглашение. "
         "Область поставляет лес в Китай и Монголию.", ["ru-irkutsk"]),
        ("Nghe An and UNDP", "Nghe An province and UNDP opened a project funded by Australia.",
         ["undp", "au"]),
    ],
)  # fmt: skip
def test_countries_named_in_passing_beside_a_foreign_locality_are_not_partners(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    assert dated_partner_ids(registries, headline, body) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Sóc Trăng: Save the Children xây nhà vệ sinh trường học",
         "Tổ chức Save the Children xây 18 nhà vệ sinh tại các huyện Trần Đề, Cù Lao Dung và Mỹ "
         "Xuyên của tỉnh Sóc Trăng.", ["save-the-children"]),
        ("Thanh Hóa tiếp đoàn Lào", "Tỉnh Thanh Hóa tiếp đoàn đại biểu Lào tại huyện Nga Sơn. "
         "Hai bên ôn lại truyền thống hữu nghị Việt Lào.", ["la"]),
    ],
)  # fmt: skip
def test_a_syllable_of_a_vietnamese_place_name_is_not_a_country(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    """Districts of Vietnam ("Cù Lao Dung", "Mỹ Xuyên", "Nga Sơn") are not Laos, America and
    Russia; "Việt Lào" pairs the two countries."""
    assert dated_partner_ids(registries, headline, body) == expected


def test_where_vietnams_consul_general_is_posted_is_not_a_partner(registries: Registries) -> None:
    """Vietnam's consul general posted in Khon Kaen ("กงสุลใหญ่เวียดนามประจำขอนแก่น"): the
    place says where the mission sits."""
    body = (
        "นายสมชาย ผู้ว่าราชการจังหวัดนครพนม ให้การต้อนรับคณะจากจังหวัดเหงะอาน "
        "โดยมีนางเจิ่น ถิ ทู กงสุลใหญ่เวียดนามประจำขอนแก่น ร่วมคณะด้วย"
    )
    assert dated_partner_ids(registries, "นครพนมต้อนรับคณะจากเหงะอาน", body) == ["th-nakhon-phanom"]


def test_a_region_and_its_country_named_only_on_a_route_are_not_partners(
    registries: Registries,
) -> None:
    """The caravan road runs through Khammouane, Laos ("นครพนม–แขวงคำม่วน สปป.ลาว–เหงะอาน");
    the partner is Nakhon Phanom."""
    body = (
        "จังหวัดนครพนมและจังหวัดเหงะอานตกลงเปิดเส้นทางคาราวานรถยนต์ "
        "นครพนม–แขวงคำม่วน สปป.ลาว–เหงะอาน ระยะทางประมาณ 450 กิโลเมตร"
    )
    assert dated_partner_ids(registries, "นครพนมจับมือเหงะอาน", body) == ["th-nakhon-phanom"]


def test_a_second_level_region_by_its_towns_name_is_a_venue_there(
    registries: Registries,
) -> None:
    """The province of Seville is named after its town: "firmaron en Sevilla" names where the
    Junta de Andalucía signed, not a partner beside Andalusia."""
    body = (
        "El consejero de Agricultura de la Junta de Andalucía y el presidente del Comité Popular "
        "de la provincia de Dong Thap firmaron este jueves en Sevilla un memorando."
    )
    assert dated_partner_ids(registries, "Andalucía y Dong Thap firman un memorando", body) == [
        "es-andalusia"
    ]


def test_countries_listed_beside_localities_of_several_countries_are_named_in_passing(
    registries: Registries,
) -> None:
    """A province's partners in several countries, then a list of countries whose localities it
    seeks: the countries do not act, the localities to come are not named yet (the gold
    convention of tests/extraction_pages61: "città di Corea e Giappone" are no partners)."""
    body = (
        "Lao Cai strengthened its ties with Yunnan (China) and Nouvelle-Aquitaine (France). It "
        "will seek cooperation with localities of Japan, Korea and India."
    )
    assert dated_partner_ids(registries, "Lao Cai widens its partnerships", body) == [
        "cn-yunnan", "fr-nouvelle-aquitaine"
    ]  # fmt: skip


def test_a_region_named_only_where_its_bodys_students_study_is_not_a_partner(
    registries: Registries,
) -> None:
    """Studying at Guangxi's universities ("在广西各高校学习") says where the partner university's
    students are: the partner is Guangxi Minzu University, not Guangxi."""
    body = (
        "7月3日，广西民族大学校长王立新会见了越南谅山省教育培训厅厅长一行，双方签署了留学生培养合作"
        "协议。厅长表示，谅山省已有200多名学生在广西各高校学习。"
    )
    assert dated_partner_ids(registries, "广西民族大学与谅山省签署协议", body) == [
        "cn-guangxi-minzu-university"
    ]
