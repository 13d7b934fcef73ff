"""Places drafted as partners that are none, issue 13's fourteenth round (places14): a place the
province dealt with earlier or already ("ранее сотрудничала с Иркутской областью"), a city named
by its council ("el Ayuntamiento de Zaragoza"), and later stops said in more words; with the
partners that stay beside them (composed sentences, invented people)."""

from __future__ import annotations

import pytest

from digest.extract.earlier_ties import earlier_tie
from digest.registries import Registries
from tests.drafting_helpers import closed_partner_ids, dated_partner_ids


@pytest.mark.parametrize(
    ("lang", "headline", "body", "partner", "earlier"),
    [
        ("en", "Bac Giang and Gyeonggi sign cooperation agreement",
         "Bac Giang and Gyeonggi Province signed a cooperation agreement on Monday. The vice "
         "chairman recalled that Bac Giang had earlier signed cooperation documents with "
         "Chungcheongbuk Province in 2019.",
         "kr-gyeonggi", "kr-chungcheongbuk"),
        ("fr", "Quảng Nam et la Wallonie signent un accord",
         "Le Comité populaire de Quảng Nam et la Wallonie ont signé lundi un accord sur la "
         "formation. "
         "Le vice-président a rappelé que Quảng Nam coopère déjà avec la province japonaise de "
         "Shiga.",
         "be-wallonia", "jp-shiga"),
        ("it", "Tiền Giang ed Emilia-Romagna, accordo sulla formazione",
         "La provincia di Tiền Giang e la regione Emilia-Romagna hanno firmato ieri un accordo "
         "sulla formazione. "
         "La provincia, che ha già rapporti con la prefettura giapponese di Kagawa, punta "
         "sull'Europa.",
         "it-emilia-romagna", "jp-kagawa"),
        ("de", "Sachsen und Thái Nguyên besiegeln Partnerschaft",
         "Der Freistaat Sachsen und die Provinz Thái Nguyên haben am Montag eine Absichtserklärung "
         "unterzeichnet. Mit der Präfektur Kagawa unterhält die Provinz seit Jahren Kontakte.",
         "de-saxony", "jp-kagawa"),
        ("ru", "Тханьхоа и Свердловская область подписали соглашение",
         "Свердловская область и провинция Тханьхоа подписали соглашение о сотрудничестве. "
         "Губернатор напомнил, что провинция ранее сотрудничала с Иркутской областью.",
         "ru-sverdlovsk", "ru-irkutsk"),
        ("ja", "クアンガイ省、佐賀県と水産加工で協力",
         "クアンガイ省と佐賀県は11日、水産加工の協力覚書を結んだ。同省は以前には大分県との"
         "交流事業もあったという。",
         "jp-saga", "jp-oita"),
        ("ko", "쏙짱성, 전라남도와 새우 양식 협력",
         "전라남도는 쏙짱성 인민위원회와 새우 양식 협력 협약을 맺었다. 부위원장은 쏙짱성이 일본 "
         "미야자키현과도 협력한 바 있다고 말했다.",
         "kr-jeollanam", "jp-miyazaki"),
        ("th", "ขอนแก่นจับมือกวางจิ ขยายความร่วมมือ",
         "จังหวัดขอนแก่นลงนามบันทึกความเข้าใจกับจังหวัดกวางจิ ทั้งนี้ จังหวัดกวางจิเคยมีความร่วมมือ"
         "กับจังหวัดนครพนมมาก่อน",
         "th-khon-kaen", "th-nakhon-phanom"),
        ("zh", "安沛省与云南省签署合作备忘录",
         "云南省与越南安沛省签署合作备忘录。副主席表示，安沛此前曾与广西百色市开展交流。",
         "cn-yunnan", "cn-baise"),
    ],
)  # fmt: skip
def test_a_place_the_province_dealt_with_earlier_is_no_partner(
    registries: Registries, lang: str, headline: str, body: str, partner: str, earlier: str
) -> None:
    ids = closed_partner_ids(registries, lang, headline, body)
    assert partner in ids and earlier not in ids


def test_places_listed_after_one_such_with_share_its_role() -> None:
    text = "据了解，谅山省与云南省、广东省也有经贸往来。"
    spans = [(text.index(name), text.index(name) + 3) for name in ("云南省", "广东省")]
    assert earlier_tie(text, 1, spans, "zh")


@pytest.mark.parametrize(
    ("lang", "headline", "body", "partner"),
    [
        # The partner the article is about, whose earlier ties are recalled too, stays.
        ("en", "Bac Giang and Chungcheongbuk renew their cooperation",
         "Bac Giang and Chungcheongbuk Province signed a new cooperation agreement on Monday. "
         "Bac Giang had earlier signed cooperation documents with Chungcheongbuk Province in "
         "2019.",
         "kr-chungcheongbuk"),
        # "With" and no word of the past: the partnership reported.
        ("fr", "Quảng Nam s'associe à une préfecture japonaise",
         "Le Comité populaire de Quảng Nam a signé lundi un accord avec la province japonaise "
         "de Shiga.",
         "jp-shiga"),
    ],
)  # fmt: skip
def test_a_partner_signing_now_stays(
    registries: Registries, lang: str, headline: str, body: str, partner: str
) -> None:
    assert partner in closed_partner_ids(registries, lang, headline, body)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "city"),
    [
        ("es", "Zaragoza y Bến Tre firman un acuerdo sobre el agua",
         "El Ayuntamiento de Zaragoza y el Comité Popular de la provincia de Bến Tre firmaron "
         "este lunes un memorando de entendimiento sobre la gestión del agua.",
         "es-zaragoza"),
        ("pt", "Ílhavo e Ben Tre assinam memorando",
         "O Comitê Popular da província de Ben Tre recebeu a delegação da Câmara Municipal de "
         "Ílhavo, Portugal, e assinou um memorando sobre a pesca.",
         "pt-ilhavo"),
        ("de", "Dresden und Hải Phòng vereinbaren Zusammenarbeit",
         "Eine Delegation der Landeshauptstadt Dresden hat die Hafenstadt Hải Phòng besucht und "
         "eine Absichtserklärung unterzeichnet.",
         "de-dresden"),
        # the city's mayor signs: "el intendente de", "il sindaco di"
        ("es", "Córdoba y Đồng Tháp firman un acuerdo de hermanamiento",
         "Por la tarde, el intendente de Río Cuarto, Guillermo De Rivas, firmó con la delegación "
         "de Đồng Tháp un acuerdo de hermanamiento en Argentina.",
         "ar-rio-cuarto"),
        ("it", "Ninh Bình, gemellaggio firmato con un comune italiano",
         "Il sindaco di Assisi (Italia), Marco Bellini, e la delegazione della provincia "
         "vietnamita di Ninh Bình hanno firmato ieri un protocollo di gemellaggio.",
         "it-assisi"),
        ("hi", "पुणे और कैन थो के बीच समझौता",
         "पुणे नगर निगम और वियतनाम के कैन थो शहर के बीच स्मार्ट सिटी पर समझौता हुआ।",
         "in-pune"),
    ],
)  # fmt: skip
def test_a_city_named_by_its_council_is_a_partner(
    registries: Registries, lang: str, headline: str, body: str, city: str
) -> None:
    assert city in closed_partner_ids(registries, lang, headline, body)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "partner", "stop"),
    [
        ("ko", "하남성 대표단, 구미 방문",
         "경상북도 구미시는 하남성 대표단과 전자 산업 협력 협약을 맺었다. 대표단은 다음 날 "
         "포항으로 이동한다.",
         "kr-gumi", "kr-pohang"),
        ("zh", "成都与岘港签署合作备忘录",
         "成都市与越南岘港市签署合作备忘录。访问期间，代表团还参观了天府国际机场，并前往重庆考察。",
         "cn-chengdu", "cn-chongqing"),
        ("zh", "广西卫健委专家团赴高平开展义诊",
         "广西壮族自治区卫生健康委员会与越南高平省卫生厅签署合作备忘录。专家团随后经靖西返回广西。",
         "cn-guangxi-health-commission", "cn-jingxi"),
    ],
)  # fmt: skip
def test_where_the_visitors_move_on_to_is_no_partner(
    registries: Registries, lang: str, headline: str, body: str, partner: str, stop: str
) -> None:
    ids = closed_partner_ids(registries, lang, headline, body)
    assert partner in ids and stop not in ids


def test_an_arabic_seat_past_its_place_word_is_no_partner(registries: Registries) -> None:
    body = (
        "استقبلت غرفة تجارة وصناعة دبي وفداً من مقاطعة بينه زونغ الفيتنامية. ووقّعت شركة النور "
        "للتجارة ومقرها إمارة الشارقة مذكرة تفاهم مع شركة فيتنامية."
    )
    ids = closed_partner_ids(registries, "ar", "غرفة دبي تستقبل وفداً من بينه زونغ", body)
    assert "ae-sharjah" not in ids and "ae-dubai-chamber" in ids


def test_a_vietnamese_seat_in_brackets_is_no_partner(registries: Registries) -> None:
    body = (
        "UBND tỉnh Kon Tum và Chính quyền tỉnh Attapeu (Lào) ký kết biên bản hợp tác. Công ty "
        "TNHH Minh Phát (trụ sở tại tỉnh Sekong, Lào) đề xuất thu mua 2.000 tấn cà phê."
    )
    ids = closed_partner_ids(registries, "vi", "Kon Tum và Attapeu ký kết hợp tác", body)
    assert "la-sekong" not in ids and "la-attapeu" in ids


def test_and_the_ends_an_unlisted_arabic_name(registries: Registries) -> None:
    body = (
        "أعلن سفير الإمارات أن سفارة الإمارات في هانوي ستنظم أسبوعاً للمنتجات الفيتنامية في دبي "
        "بمشاركة نحو ٤٠ شركة من مدينة كان تهو والمقاطعات المجاورة. ووقعت غرفة دبي مذكرة تفاهم."
    )
    ids = closed_partner_ids(registries, "ar", "غرفة دبي تستقبل وفداً فيتنامياً", body)
    assert ids == ["ae-dubai-chamber"]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Sachsen und Da Nang vereinbaren Zusammenarbeit",
         "Der Freistaat Sachsen und die Stadt Da Nang haben am Montag eine Absichtserklärung "
         "unterzeichnet.\n\nWeitere Medieninformationen\n\nSachsen wirbt in Taiwan um Investoren\n\n"
         "Förderprogramm für Wasserstoffregionen gestartet",
         ["de-saxony"]),
        ("Queensland and Da Nang sign tourism deal",
         "The Queensland Government signed a tourism agreement with Da Nang on Monday.\n\n"
         "More media releases\n\nMinister opens trade office in Jakarta",
         ["au-queensland"]),
    ],
)  # fmt: skip
def test_a_place_in_a_list_of_other_press_releases_is_no_partner(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    assert dated_partner_ids(registries, headline, body) == expected


def test_a_country_named_apart_from_a_city_is_not_its_country(registries: Registries) -> None:
    body = (
        "Le Comité populaire de Lâm Đồng a signé un accord avec la Ville d'Angers. La Ville "
        "d'Angers, qui n'était jusqu'ici liée qu'au Japon par ses jumelages, ouvrira ses serres "
        "à des stages."
    )
    ids = closed_partner_ids(registries, "fr", "Angers et Lâm Đồng renforcent leurs liens", body)
    assert "fr-angers" in ids and "jp-angers" not in ids


def test_a_country_beside_a_city_stays_its_country(registries: Registries) -> None:
    body = "第二个项目由韩国京畿道安山市的中小企业合资兴建。安山市副市长率领15家企业代表出席。"
    ids = closed_partner_ids(registries, "zh", "平福省与韩国企业签署投资协议", body)
    assert any(pid.startswith("kr-") for pid in ids) and not any(
        pid.startswith("cn-an") for pid in ids
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "会见在高平市举行。",
        # the district named with the city is the province's too (Trùng Khánh, not Chongqing)
        "专家团在高平市和重庆县为1200人次群众免费看诊。",
    ],
)
def test_a_city_named_as_its_vietnamese_province_is_vietnams(
    registries: Registries, sentence: str
) -> None:
    body = f"广西壮族自治区卫生健康委员会与越南高平省卫生厅签署合作备忘录。{sentence}"
    ids = closed_partner_ids(registries, "zh", "广西与高平省加强医疗合作", body)
    assert "cn-guangxi-health-commission" in ids
    assert "cn-gaoping" not in ids and "cn-chongqing" not in ids


@pytest.mark.parametrize(
    "sentence",
    [
        # the venue named from the prefecture down to the county, glued
        "对接会在红河州河口瑶族自治县举行。",
        # what the delegates inspected after the meeting
        "会后，与会代表考察了河口北山国际货场。",
    ],
)
def test_a_chinese_county_named_only_as_the_venue_or_a_site_visited_is_no_partner(
    registries: Registries, sentence: str
) -> None:
    body = f"云南省商务厅与越南老街省工贸厅签署合作备忘录。{sentence}"
    ids = closed_partner_ids(registries, "zh", "云南与老街签署经贸合作备忘录", body)
    assert "cn-hekou" not in ids and "cn-yunnan-department-of-commerce" in ids
