"""Places an article names without their being partners, issue 13's sixth round: a model or a
contrast, the town of a venue's facility, an event's, border gate's or waterway's name, a
dateline, a region where something happens, a corridor's ends, stops after the event; and the
partners that stay beside them (composed sentences, invented events)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.comparisons import in_comparison
from digest.registries import Registries
from tests.drafting_helpers import dated_partner_ids
from tools.evaluation import evaluate


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Thüringen und Quảng Ninh unterzeichnen Absichtserklärung",
         "Thüringen und die Provinz Quảng Ninh unterzeichneten eine Absichtserklärung. Ähnlich "
         "wie Bayern und Baden-Württemberg will Thüringen 40 Auszubildende gewinnen.",
         ["de-thuringia"]),
        ("Queensland and Da Nang sign agreement",
         "The Queensland Government and Da Nang signed an agreement. The minister said the "
         "state had learned from a similar partnership between Western Australia and Bali.",
         ["au-queensland"]),
        ("Le Marche e Huế firmano un'intesa",
         "La Regione Marche e la città di Huế hanno firmato un'intesa. Sul modello di quanto già "
         "fatto dalla Toscana e dall'Emilia-Romagna, l'intesa prevede 15 borse di studio.",
         ["it-marche"]),
        ("静岡県、ハティン省と覚書",
         "静岡県はハティン省と覚書を締結した。担当者は「愛知県や岐阜県と比べ、確保が難しい」と話した。",
         ["jp-shizuoka"]),
    ],
)  # fmt: skip
def test_a_place_named_as_a_model_or_contrast_is_not_a_partner(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    assert dated_partner_ids(registries, headline, body) == expected


def test_a_place_after_with_is_no_model_and_a_verb_ends_the_compared_list() -> None:
    text = "Like the agreement signed with Queensland, it helps Victoria."
    spans = [(text.index("Queensland"), text.index("Queensland") + 10),
             (text.index("Victoria"), text.index("Victoria") + 8)]  # fmt: skip
    assert not in_comparison(text, 0, spans, "en")
    text = "Ähnlich wie Bayern und Baden-Württemberg will Thüringen mehr."
    spans = [(text.index(w), text.index(w) + len(w))
             for w in ("Bayern", "Baden-Württemberg", "Thüringen")]  # fmt: skip
    assert [in_comparison(text, i, spans, "de") for i in range(3)] == [True, True, False]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("静岡県、ハティン省と覚書",
         "静岡県はハティン省と覚書を東京都内のホテルで締結した。代表団は横浜市の介護施設を視察したあと、"
         "帰国する。", ["jp-shizuoka"]),
        ("충남도, 베트남 박닌성과 협약",
         "충청남도는 19일 서울 코엑스에서 열린 박람회에서 베트남 박닌성과 업무협약을 체결했다.",
         ["kr-chungcheongnam"]),
        ("충북 청주시, 광남성과 협약",
         "청주시는 베트남 광남성과 협약을 체결했다. 방문단은 서울로 이동해 대사관을 예방했다.",
         ["kr-cheongju"]),
    ],
)  # fmt: skip
def test_the_town_of_a_venues_facility_and_a_stop_after_the_event_are_not_partners(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    assert dated_partner_ids(registries, headline, body) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("云南与老街省签署备忘录",
         "云南省与越南老街省签署了关于河口—老街口岸物流合作的备忘录。去年在南宁举办的中国—东盟博览会上，"
         "双方已达成共识。", ["cn-yunnan"]),
        ("الإسماعيلية توقع مذكرة تفاهم مع مقاطعة دونغ ناي",
         "وقّعت محافظة الإسماعيلية مذكرة تفاهم مع مقاطعة دونغ ناي الفيتنامية، وزار الوفد مصنعا في "
         "المنطقة الاقتصادية لقناة السويس.", ["eg-ismailia"]),
    ],
)  # fmt: skip
def test_a_place_inside_an_events_a_gates_or_a_waterways_name_is_not_a_partner(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    assert dated_partner_ids(registries, headline, body) == expected


def test_a_dateline_and_a_region_where_trainees_go_are_not_partners(
    registries: Registries,
) -> None:
    body = (
        "Il Comune di Perugia e la provincia di Ninh Bình hanno firmato un patto. "
        "Il documento prevede una settimana della cultura vietnamita in Umbria."
    )
    assert dated_partner_ids(registries, "Perugia e Ninh Bình firmano un patto", body) == [
        "it-perugia"
    ]
    body = "BRISBANE – The Queensland Government and Da Nang signed an agreement."
    assert dated_partner_ids(registries, "Queensland and Da Nang sign", body) == ["au-queensland"]


def test_a_region_that_signs_stays_a_partner_and_its_country_is_not_listed(
    registries: Registries,
) -> None:
    body = (
        "Australia's Queensland Government signed an agreement with Da Nang in Brisbane. "
        "Queensland, like the rest of Australia, wants more visitors."
    )
    assert dated_partner_ids(registries, "Queensland and Da Nang sign agreement", body) == [
        "au-queensland"
    ]


def test_the_corridors_ends_are_not_partners(registries: Registries) -> None:
    body = (
        "ทั้งสองฝ่ายลงนามบันทึกความเข้าใจกับจังหวัดกว๋างจิ ตามแนวระเบียงเศรษฐกิจซึ่งเชื่อมมุกดาหาร "
        "แขวงสะหวันนะเขต และเวียดนาม"
    )
    assert "la-savannakhet" not in dated_partner_ids(registries, "มุกดาหารลงนามกับกว๋างจิ", body)


def test_the_places_corpus_keeps_its_score() -> None:
    # tests/extraction_pages21, gold written before drafting: partners F1 0.55 -> 1.00 (15
    # places drafted where the gold has none -> 0), macro F1 0.917 -> 0.951.
    pages = evaluate(Path(__file__).parent / "extraction_pages21")
    assert len(pages.articles) == 8
    assert pages.macro_f1 >= 0.94
    # 0.947 since orgs6: "Туроператор «Сибтур» … рассчитывает отправить … туристов" is drafted as
    # a company, as tour operators named acting are elsewhere (pages50, 58, 59); this corpus,
    # written for places, golds no company.
    assert pages.counts()["partners"].f1 >= 0.94
    assert not pages.failures


def test_where_a_transport_route_starts_is_not_a_partner(registries: Registries) -> None:
    body = (
        "Провинция Хазянг и мэрия города Улан-Удэ договорились о сотрудничестве. Стороны "
        "обсудили 2 рейса в неделю из Иркутска в Ханой."
    )
    assert "ru-irkutsk" not in dated_partner_ids(registries, "Хазянг и Улан-Удэ", body)
    body = "Irkutsk Oblast signed an agreement with Ha Giang province on tourism."
    assert dated_partner_ids(registries, "Irkutsk and Ha Giang", body) == ["ru-irkutsk"]


def test_a_dateline_past_its_agency_or_on_its_own_line_is_not_a_partner(
    registries: Registries,
) -> None:
    # The company sits in the dateline's city; the Land the company belongs to is named too.
    body = (
        "BREMEN (dpa) – Die Nordsee Logistik GmbH und die Provinz Hải Phòng haben eine "
        "Absichtserklärung unterzeichnet. Niedersachsen begrüßt das Vorhaben."
    )
    assert "de-bremen" not in dated_partner_ids(registries, "Hải Phòng und Nordsee Logistik", body)
    body = (
        "Por Ana Ruiz\n\nSevilla\n\nLa Junta de Andalucía y la provincia de Đồng Nai firmaron "
        "un acuerdo turístico."
    )
    assert dated_partner_ids(registries, "Andalucía y Đồng Nai firman un acuerdo", body) == [
        "es-andalusia"
    ]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Приморье и Кханьхоа договорились о туризме",
         "Правительство Приморского края и провинция Кханьхоа подписали соглашение. Сейчас "
         "между Владивостоком и Камранью выполняется 4 рейса в неделю.",
         ["ru-primorsky"]),
        ("Новая контейнерная линия свяжет Владивосток с Хайфоном",
         "Правительство Приморского края и город Хайфон договорились открыть линию.",
         ["ru-primorsky"]),
        ("La Bretagne et Huế signent un accord",
         "La Région Bretagne a signé un accord de coopération avec Huế. Une ligne aérienne "
         "entre Huế et Rennes est à l’étude.",
         ["fr-bretagne"]),
        ("غرفة تجارة وصناعة الشارقة توقع مذكرة تفاهم مع خانه هوا",
         "وقعت غرفة تجارة وصناعة الشارقة مذكرة تفاهم مع مقاطعة خانه هوا. وتدرس شركة طيران "
         "تسيير ٣ رحلات أسبوعياً بين الشارقة وكام رانه.",
         ["ae-sharjah-chamber-of-commerce-and-industry"]),
    ],
)  # fmt: skip
def test_the_ends_of_a_transport_link_are_not_partners(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    assert dated_partner_ids(registries, headline, body) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("L'Emilia-Romagna firma con Hải Phòng",
         "La Regione Emilia-Romagna ha firmato un accordo con la città di Hải Phòng. La "
         "delegazione ha poi visitato il porto di Ravenna.",
         ["it-emilia-romagna"]),
        ("Busan port operator eyes Đồng Nai hub",
         "The Busan Port Authority signed a memorandum with Đồng Nai province on Tuesday.",
         ["kr-busan-port-authority"]),
        ("Приморье и Кханьхоа договорились о туризме",
         "Правительство Приморского края и провинция Кханьхоа подписали соглашение. Агентство "
         "представило возможности свободного порта Владивосток.",
         ["ru-primorsky"]),
    ],
)  # fmt: skip
def test_a_place_naming_its_port_is_not_a_partner(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    assert dated_partner_ids(registries, headline, body) == expected


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Queensland and Da Nang sign tourism deal",
         "The Queensland Government signed a tourism agreement with Da Nang on Monday.\n\n"
         "Related statements\n\nMinister opens trade office in Jakarta\n\n"
         "Premier announces new stadium works",
         ["au-queensland"]),
        ("广西与越南谅山省签署合作协议",
         "广西壮族自治区人民政府与越南谅山省人民委员会签署合作协议。\n\n相关链接：\n\n"
         "· 宁明县举办花山文化节\n\n· 中山路改造工程顺利完工",
         ["cn-guangxi"]),
    ],
)  # fmt: skip
def test_a_place_in_a_list_of_related_links_is_not_a_partner(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    assert dated_partner_ids(registries, headline, body) == expected


def test_a_place_joined_to_based_is_a_seat_not_a_partner(registries: Registries) -> None:
    body = (
        "A Seoul-based charity, the Hanbit Foundation, donated dialysis machines to Quang Binh "
        "General Hospital."
    )
    assert "kr-seoul" not in dated_partner_ids(registries, "Korean charity donates equipment", body)


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("L'Umbria e Ninh Bình firmano un patto",
         "La Regione Umbria e la provincia di Ninh Bình hanno firmato un patto sul turismo. La "
         "delegazione ha visitato anche Perugia e Spoleto.",
         ["it-umbria"]),
        ("Irkutsk and Ha Giang sign",
         "Irkutsk Oblast signed an agreement with Ha Giang province on tourism. The delegation "
         "also visited Kazan and Novosibirsk.",
         ["ru-irkutsk"]),
    ],
)  # fmt: skip
def test_a_place_the_visitors_also_visited_is_not_a_partner(
    registries: Registries, headline: str, body: str, expected: list[str]
) -> None:
    assert dated_partner_ids(registries, headline, body) == expected
