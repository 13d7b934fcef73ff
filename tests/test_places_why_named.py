"""Places drafted as partners by why they are named, issue 13's twelfth round: a section's other
stories under the article, a route's start through a stop or a route's ends in Chinese, two
parks named after their places, a cooperation zone, the whole a share is taken of, a rank behind
a country; and the partners that stay beside them (composed sentences, invented bodies)."""

from __future__ import annotations

import pytest

from digest.extract.seats import names_firms_home
from digest.registries import Registries
from tests.drafting_helpers import dated_partner_ids


def test_a_sections_other_stories_end_the_article(registries: Registries) -> None:
    body = (
        "UBND tỉnh Quảng Trị và tỉnh Savannakhet (Lào) đã ký biên bản hợp tác về vận tải.\n\n"
        "Bài viết cùng chuyên mục\n\nTăng cường hợp tác giữa Quảng Trị và tỉnh Salavan\n\n"
        "Quảng Trị trao học bổng cho học sinh Lào"
    )
    ids = dated_partner_ids(registries, "Quảng Trị và Savannakhet ký biên bản hợp tác", body)
    assert ids == ["la-savannakhet"]


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Nghệ An và Mukdahan hợp tác vận tải",
         "Tỉnh Nghệ An và tỉnh Mukdahan (Thái Lan) ký biên bản ghi nhớ. Các doanh nghiệp khai "
         "thác 300 xe container trên tuyến từ Bangkok qua Lào đến cảng Cửa Lò."),
        ("Nghe An and Mukdahan sign transport deal",
         "Nghe An and the Thai province of Mukdahan signed a memorandum on Monday. Hauliers run "
         "300 trucks a week on the route from Bangkok via Laos to Cua Lo port."),
    ],
)  # fmt: skip
def test_the_start_of_a_route_through_a_stop_is_no_partner(
    registries: Registries, headline: str, body: str
) -> None:
    ids = dated_partner_ids(registries, headline, body)
    assert "th-bangkok" not in ids and "th-mukdahan" in ids


@pytest.mark.parametrize(
    "sentence",
    [
        "双方将开通南宁至谅山的冷链班列。",
        "项目建成后，水果从东兴到南宁的运输时间将大幅缩短。",
    ],
)
def test_an_end_of_a_chinese_route_is_no_partner(registries: Registries, sentence: str) -> None:
    body = f"防城港市人民政府与越南广宁省人民委员会签署合作备忘录。{sentence}"
    ids = dated_partner_ids(registries, "防城港与广宁签署合作备忘录", body)
    assert "cn-nanning" not in ids and "cn-fangchenggang" in ids


def test_two_parks_named_after_their_places_are_no_partners(registries: Registries) -> None:
    body = (
        "A delegation of South Chungcheong Province signed an agreement with Bac Giang. The "
        "delegation also visited the Quang Chau and Dinh Tram - Van Trung industrial parks."
    )
    ids = dated_partner_ids(registries, "South Chungcheong and Bac Giang sign agreement", body)
    assert ids == ["kr-chungcheongnam"]


def test_a_cooperation_zone_named_after_its_towns_is_no_partner(registries: Registries) -> None:
    body = (
        "崇左市人民政府与越南谅山省人民委员会签署合作协议。双方将共同推动凭祥—同登跨境经济"
        "合作区建设。"
    )
    assert dated_partner_ids(registries, "崇左与谅山签署合作协议", body) == ["cn-chongzuo"]


def test_the_whole_a_share_is_taken_of_is_no_partner(registries: Registries) -> None:
    body = (
        "崇左市与越南谅山省签署合作协议。今年1至7月，崇左市对越进出口总额达1386.4亿元，同比增长"
        "12.7%，占广西对越贸易总额的六成以上。"
    )
    assert dated_partner_ids(registries, "崇左与谅山签署合作协议", body) == ["cn-chongzuo"]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Chungcheong and Bac Giang sign investment pact",
         "South Chungcheong Province signed an investment pact with Bac Giang, where Korea is "
         "the second-largest investor after China.", ["kr-chungcheongnam"]),
        ("忠清南道与北江省签署投资协议",
         "忠清南道与越南北江省签署投资协议。韩国是北江省仅次于中国的第二大投资来源地。",
         ["kr-chungcheongnam"]),
    ],
)  # fmt: skip
def test_a_country_a_rank_is_behind_is_no_partner(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    assert dated_partner_ids(registries, headline, body) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Hà Giang và châu Văn Sơn hội đàm",
         "Ngày 5/3, đoàn công tác tỉnh Hà Giang đã hội đàm với lãnh đạo châu tự trị dân tộc "
         "Choang, dân tộc Miêu Văn Sơn, tỉnh Vân Nam (Trung Quốc). Hai bên thống nhất mở rộng "
         "hợp tác. Châu trưởng cho biết châu Văn Sơn sẽ hỗ trợ thông quan nông sản.",
         ["cn-wenshan"]),
        ("Lạng Sơn và Sùng Tả hội đàm",
         "Ngày 5/3, tại thành phố Sùng Tả, khu tự trị dân tộc Choang Quảng Tây (Trung Quốc), "
         "đoàn công tác tỉnh Lạng Sơn đã hội đàm với Chính quyền Nhân dân thành phố Sùng Tả.",
         ["cn-chongzuo"]),
    ],
)  # fmt: skip
def test_a_province_after_an_autonomous_units_name_only_locates_it(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    assert dated_partner_ids(registries, headline, body) == expected


def test_a_place_closing_a_vietnamese_company_name_is_no_partner(registries: Registries) -> None:
    body = (
        "Ngày 5/3, đoàn công tác tỉnh Hà Giang đã hội đàm với đoàn của châu Văn Sơn (Trung "
        "Quốc). Đại diện Công ty TNHH Thương mại Hoa Phong Vân Nam, ông Lý Minh, cho biết doanh "
        "nghiệp sẽ thu mua 500 tấn chè."
    )
    ids = dated_partner_ids(registries, "Hà Giang và châu Văn Sơn hội đàm", body)
    assert "cn-yunnan" not in ids and "cn-wenshan" in ids


def test_a_place_inside_a_bodys_short_name_in_brackets_is_no_partner(
    registries: Registries,
) -> None:
    body = (
        "越南河江省人民委员会副主席在河江市接待了文山州副州长率领的代表团。"
        "云南省交通投资建设集团有限公司（云南交投）表示愿投资约2亿元人民币改造口岸公路。"
    )
    ids = dated_partner_ids(registries, "河江省与文山州合作开发跨境旅游线路", body)
    assert "cn-yunnan" not in ids and "cn-wenshan" in ids


def test_countries_listed_after_a_thai_market_are_markets_too(registries: Registries) -> None:
    body = (
        "จังหวัดนครพนมลงนามบันทึกความเข้าใจกับแขวงคำม่วน สปป.ลาว และจังหวัดห่าติ๋ญ เวียดนาม "
        "ผู้ประกอบการไทยจะใช้ท่าเรือส่งออกสินค้าไปยังจีน ญี่ปุ่น และเกาหลี"
    )
    ids = dated_partner_ids(registries, "นครพนมจับมือแขวงคำม่วน", body)
    assert "jp" not in ids and "kr" not in ids and "th-nakhon-phanom" in ids


@pytest.mark.parametrize(
    ("headline", "body", "dropped", "kept"),
    [
        ("Le Marche e Huế firmano un'intesa sulla formazione",
         "La Regione Marche e la città di Huế hanno firmato un'intesa. Il rettore "
         "dell'Università Politecnica delle Marche ha ricordato che ad Ancona studiano già 12 "
         "ricercatori vietnamiti.", "it-ancona", "it-marche"),
        ("广西医科大学与高平省签署合作协议",
         "广西壮族自治区卫生健康委员会与越南高平省卫生厅签署合作协议。广西医科大学第一附属医院"
         "将接收10名青年医生赴南宁进修6个月。", "cn-nanning", "cn-guangxi-health-commission"),
        ("Handwerkskammer Koblenz und Nam Định vereinbaren Ausbildung",
         "Die Handwerkskammer Koblenz und das Volkskomitee von Nam Định unterzeichneten eine "
         "Vereinbarung. 40 junge Leute sollen in Betrieben im nördlichen Rheinland-Pfalz "
         "ausgebildet werden.", "de-rheinland-pfalz", "de-koblenz-chamber-of-crafts"),
    ],
)  # fmt: skip
def test_where_trainees_go_is_no_partner(
    registries: Registries, headline: str, body: str, dropped: str, kept: str
) -> None:
    ids = dated_partner_ids(registries, headline, body)
    assert dropped not in ids and kept in ids


def test_a_venue_town_beside_a_body_the_registry_lacks_is_no_partner(
    registries: Registries,
) -> None:
    body = (
        "The Hanbit Medical Foundation has donated dialysis machines to Quang Binh General "
        "Hospital. Ten nurses will spend two weeks at a partner clinic in Seoul."
    )
    assert "kr-seoul" not in dated_partner_ids(
        registries, "Korean foundation donates equipment", body
    )


def test_a_sections_other_news_end_a_russian_article(registries: Registries) -> None:
    body = (
        "Правительство Новосибирской области и провинция Тхайбинь подписали соглашение о "
        "поставках зерна.\n\nДругие новости раздела\n\nНовосибирская область и Монголия обсудили "
        "поставки мяса"
    )
    ids = dated_partner_ids(
        registries, "Новосибирская область и Тхайбинь подписали соглашение", body
    )
    assert ids == ["ru-novosibirsk"]


def test_the_industrial_districts_firms_make_up_are_no_partners(registries: Registries) -> None:
    body = (
        "La Regione Marche e la provincia di Thái Bình hanno firmato un'intesa. Confindustria "
        "Marche organizzerà un corso per 40 tecnici vietnamiti nei distretti calzaturieri di "
        "Fermo e Macerata."
    )
    ids = dated_partner_ids(registries, "Le Marche e Thái Bình firmano un'intesa", body)
    assert "it-fermo" not in ids and "it-macerata" not in ids and "it-marche" in ids


@pytest.mark.parametrize(
    ("headline", "body", "dropped", "kept"),
    [
        ("غرفة الشارقة تبحث مع مدينة هاي فونغ التعاون في الموانئ",
         "استقبلت غرفة تجارة وصناعة الشارقة وفدا من مدينة هاي فونغ الفيتنامية برئاسة نائب رئيس "
         "اللجنة الشعبية للمدينة.", "ae-sharjah", "ae-sharjah-chamber-of-commerce-and-industry"),
        ("Cámara Valencia tiende puentes con Hai Phong",
         "La Cámara de Comercio de Valencia cerró esta semana en Hai Phong una misión comercial. "
         "Asistió la Embajada de España en Vietnam.", "es-valencia",
         "es-valencia-chamber-of-commerce"),
    ],
)  # fmt: skip
def test_a_chamber_called_by_its_place_alone_is_the_partner(
    registries: Registries, headline: str, body: str, dropped: str, kept: str
) -> None:
    ids = dated_partner_ids(registries, headline, body)
    assert dropped not in ids and kept in ids


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("مقاطعة تيان جيانغ تبحث تصدير فاكهتها عبر دبي",
         "استقبلت غرفة تجارة دبي وفداً من مقاطعة تيان جيانغ الفيتنامية لبحث فرص تصدير الفواكه "
         "الاستوائية إلى أسواق الخليج عبر دبي."),
        ("غرفة تجارة دبي تستقبل وفدا من دا نانغ",
         "وقعت غرفة تجارة وصناعة دبي مذكرة تفاهم مع مدينة دا نانغ الفيتنامية. وعقد الاجتماع في "
         "مركز دبي التجاري العالمي."),
    ],
)  # fmt: skip
def test_a_place_goods_pass_or_a_centre_named_after_it_is_no_partner(
    registries: Registries, headline: str, body: str
) -> None:
    ids = dated_partner_ids(registries, headline, body)
    assert "ae-dubai" not in ids and "ae-dubai-chamber" in ids


@pytest.mark.parametrize(
    ("headline", "body", "dropped", "kept"),
    [
        ("Thüringer Handwerk wirbt um Fachkräfte aus Vietnam",
         "Die Handwerkskammer Erfurt und das Volkskomitee von Nghệ An unterzeichneten eine "
         "Vereinbarung. Die Landesentwicklungsgesellschaft Thüringen wird die Betriebe "
         "unterstützen.", "de-thuringia", "de-erfurt-chamber-of-crafts"),
        ("Stuttgarter Firmen suchen Partner in Vietnam",
         "Die IHK Region Stuttgart und das Volkskomitee von Bình Dương unterzeichneten eine "
         "Absichtserklärung. Unterstützt wird das Vorhaben von Baden-Württemberg International "
         "(BW_i).", "de-baden-wurttemberg",
         "de-region-stuttgart-chamber-of-commerce-and-industry"),
        ("목포상공회의소, 베트남 껀터시와 협약",
         "목포상공회의소와 한국농어촌공사 전남지역본부는 20일 베트남 껀터시 농업농촌개발국과 "
         "양해각서를 체결했다.", "kr-jeollanam", "kr-mokpo-chamber-of-commerce-and-industry"),
        ("Leipziger Handwerk bildet Pflegekräfte aus Vietnam aus",
         "Die Handwerkskammer zu Leipzig und Thái Bình unterzeichneten eine Vereinbarung. "
         "Kammerpräsident Matthias Kreller sprach von einem Modell für ganz Sachsen.",
         "de-saxony", "de-leipzig-chamber-of-crafts"),
    ],
)  # fmt: skip
def test_a_place_inside_a_bodys_name_or_a_trades_home_or_a_model_is_no_partner(
    registries: Registries, headline: str, body: str, dropped: str, kept: str
) -> None:
    ids = dated_partner_ids(registries, headline, body)
    assert dropped not in ids and kept in ids


@pytest.mark.parametrize(
    ("text", "place", "lang"),
    [
        ("Los azulejeros de Castellón buscan fábrica en Vietnam.", "Castellón", "es"),
        ("El sector cerámico de Castellón mira al sudeste asiático.", "Castellón", "es"),
        ("Le secteur laitier de Savoie cherche des marchés.", "Savoie", "fr"),
        ("Il settore orafo di Vicenza guarda al Vietnam.", "Vicenza", "it"),
        ("The seafood industry of Tasmania eyes Vietnam.", "Tasmania", "en"),
    ],
)
def test_the_home_of_a_trade_is_named_as_its_firms_home(text: str, place: str, lang: str) -> None:
    start = text.index(place)
    assert names_firms_home(text, start, start + len(place), lang)


@pytest.mark.parametrize(
    ("headline", "body", "dropped"),
    [
        ("红河州与老街省举行边境经贸合作会谈",
         "红河州人民政府与越南老街省人民委员会签署边境经贸合作备忘录。\n\n标签：河口 老街 口岸",
         "cn-hekou"),
        ("Lào Cai và châu Hồng Hà hội đàm",
         "Đoàn công tác tỉnh Lào Cai đã hội đàm với Chính quyền Nhân dân châu Hồng Hà.\n\n"
         "Từ khóa: Vân Nam, cửa khẩu, Lào Cai", "cn-yunnan"),
    ],
)  # fmt: skip
def test_a_place_among_the_pages_tags_is_no_partner(
    registries: Registries, headline: str, body: str, dropped: str
) -> None:
    ids = dated_partner_ids(registries, headline, body)
    assert dropped not in ids and "cn-honghe-prefecture" in ids


@pytest.mark.parametrize(
    ("headline", "body", "dropped", "kept"),
    [
        ("La Bretagne et Huế signent un accord",
         "La Région Bretagne a signé mercredi à Rennes un accord de coopération avec la ville de "
         "Huế. « Huế est une ville impériale, Rennes et Saint-Malo ont aussi une histoire à "
         "raconter », a souligné le vice-président.", "fr-rennes", "fr-bretagne"),
        ("北海道大学、ビンフオック省と協定",
         "北海道大学は20日、ベトナム南部のビンフオック省と共同研究の協定を結んだ。副学長は"
         "「北海道の畑作で培った土づくりの知見が生かせる」と話した。", "jp-hokkaido",
         "jp-hokkaido-university"),
        ("Verona e Đắk Lắk, intesa sul caffè",
         "La Camera di Commercio di Verona ha firmato un protocollo d'intesa con la provincia di "
         "Đắk Lắk. L'Associazione Italiana Sommelier (AIS) del Veneto curerà le degustazioni.",
         "it-veneto", "it-verona"),
    ],
)  # fmt: skip
def test_a_place_in_someones_words_or_a_branchs_name_is_no_partner(
    registries: Registries, headline: str, body: str, dropped: str, kept: str
) -> None:
    ids = dated_partner_ids(registries, headline, body)
    assert dropped not in ids and kept in ids


def test_a_korean_place_glued_to_its_bodys_word_is_the_bodys(registries: Registries) -> None:
    body = (
        "강원도 인제군과 베트남 옌바이성이 농업 교류 협약을 체결했다. 대표단은 19일 강원대학교 "
        "농업생명과학대학을 방문했다. 강원대는 옌바이성 공무원 15명의 연수를 운영할 계획이다."
    )
    ids = dated_partner_ids(registries, "인제군, 베트남 옌바이성과 농업 교류 협약", body)
    assert "kr-gangwon" not in ids and "kr-inje" in ids


def test_a_place_before_an_unnamed_bodys_noun_is_its_home(registries: Registries) -> None:
    body = (
        "KOICA will fund a project to upgrade district hospitals in Quang Nam, with technical "
        "support from a leading Daegu hospital. Daegu Catholic University Medical Center will "
        "send 12 specialists to the province."
    )
    ids = dated_partner_ids(registries, "Korean hospital to train Quang Nam doctors", body)
    assert "kr-daegu" not in ids and "kr-daegu-catholic-university-medical-center" in ids


def test_a_place_one_seeks_an_alternative_to_is_no_partner(registries: Registries) -> None:
    body = (
        "Die Handelskammer Bremen und das Volkskomitee von Hải Phòng unterzeichneten eine "
        "Absichtserklärung. „Viele unserer Mitglieder suchen Alternativen zu China“, sagte der "
        "Präses."
    )
    ids = dated_partner_ids(registries, "Bremer Kaufleute blicken nach Hải Phòng", body)
    assert "cn" not in ids and "de-bremen-chamber-of-commerce" in ids
