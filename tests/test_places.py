"""Provinces and partners read in context: people's names, currencies, places that only locate
another one, venues."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.extract.places import find_places
from digest.registries import Registries


def partners(registries: Registries, lang: str, body: str, title: str = "") -> list[str]:
    return [p.id for p in find_places(registries, lang, title, body, None).partners]


def provinces(registries: Registries, lang: str, body: str) -> list[str]:
    return list(find_places(registries, lang, "", body, None).provinces)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Товарообіг досяг 1,05 млрд доларів США. Провінція Хазянг."),
        ("ru", "Товарооборот составил 1,87 млрд долларов США. Провинция Лаокай."),
        ("de", "Der Handel erreichte 3 Mrd. US-Dollar. Provinz Lào Cai."),
        ("vi", "Kim ngạch đạt 412 triệu đô la Mỹ, tỉnh Hà Giang cho biết."),
        ("en", "Fleets sail from the Indian Ocean to the South China Sea, Quang Ninh said."),
        ("hi", "हिंद महासागर से दक्षिण चीन सागर तक, क्वांग निन्ह प्रांत।"),
    ],
)
def test_a_country_in_a_currency_or_a_sea_is_no_partner(
    registries: Registries, lang: str, text: str
) -> None:
    assert partners(registries, lang, text) == []


def test_a_country_beside_other_words_is_a_partner(registries: Registries) -> None:
    assert partners(registries, "uk", "Делегація з США відвідала Хазянг.") == ["us"]
    assert partners(registries, "en", "Quang Ninh's trade with China rose.") == ["cn"]
    # Where the goods go is a market, not a partner (tests/test_places_markets.py).
    assert partners(registries, "en", "Quang Ninh exports to China rose.") == []


def test_a_partner_that_only_locates_another_is_not_listed(registries: Registries) -> None:
    text = "Thai Binh signed with Inje County in Gangwon Province. Inje sent 300 workers."
    assert partners(registries, "en", text) == ["kr-inje"]
    text = "Da Nang and Sakai City in Osaka Prefecture, Japan, signed a memorandum."
    assert partners(registries, "en", text) == ["jp-sakai"]
    text = "Tỉnh Hà Giang hội đàm với đoàn đại biểu châu Văn Sơn, tỉnh Vân Nam (Trung Quốc)."
    assert partners(registries, "vi", text) == ["cn-wenshan"]
    # Named on its own too, or joined by "and", the larger partner is a partner.
    text = "Inje County in Gangwon Province sent workers. Gangwon Province will send more."
    assert partners(registries, "en", text) == ["kr-inje", "kr-gangwon"]
    text = "Lao Cai met Hekou County and Yunnan Province."
    assert partners(registries, "en", text) == ["cn-hekou", "cn-yunnan"]


def test_a_city_named_only_as_a_venue_is_not_listed(registries: Registries) -> None:
    text = "Lào Cai und Yunnan: Die Delegation wurde in Kunming vom Vizegouverneur empfangen."
    assert partners(registries, "de", text) == ["cn-yunnan"]
    text = "Quang Ninh and Guangxi met again; the last meeting was held in Nanning last year."
    assert partners(registries, "en", text) == ["cn-guangxi"]
    text = "Tay Ninh and Svay Rieng (Cambodia) agreed to meet again in Phnom Penh."
    assert partners(registries, "en", text) == ["kh-svay-rieng"]
    text = "Die Bahnstrecke Kunming–Lào Cai–Hà Nội verbindet Yunnan mit Vietnam."
    assert partners(registries, "de", text) == ["cn-yunnan"]
    # A city that acts, or one whose province and country the article does not name, stays.
    text = "Quang Ninh and Guangxi met. Nanning will send a trade delegation."
    assert partners(registries, "en", text) == ["cn-guangxi", "cn-nanning"]
    assert partners(registries, "en", "Quang Ninh held a fair in Nanning.") == ["cn-nanning"]


def test_organisations_awarding_titles_or_standing_for_a_region(registries: Registries) -> None:
    text = "Il complesso di Tràng An, patrimonio mondiale dell'UNESCO, a Ninh Bình."
    assert partners(registries, "it", text) == []
    text = "Lào Cai soll zum Tor zu den ASEAN-Staaten werden."
    assert partners(registries, "de", text) == []
    assert partners(registries, "en", "UNESCO funded a school in Lai Chau.") == ["unesco"]


def test_province_names_inside_other_names(registries: Registries) -> None:
    # A person: a family name stands right before the province name.
    text = "استقبل نائب رئيس اللجنة الشعبية لمدينة هو تشي منه فام ثانه هوا وفدا."
    assert provinces(registries, "ar", text) == ["ho-chi-minh"]
    assert provinces(registries, "en", "Vice Chairman Pham Thanh Hoa met Hanoi officials.") == [
        "ha-noi"
    ]
    # A longer Vietnamese name: Hội An (هوي آن) is not Huế (هوي).
    text = "تحتضن كوانغ نام مدينة هوي آن القديمة."
    assert provinces(registries, "ar", text) == ["da-nang"]
    # A person named after the province, or a list without commas, does not hide it.
    text = "Tiếp đoàn có ông Lê Hồng Sơn, Giám đốc Sở Ngoại vụ tỉnh Nghệ An Lê Hồng Sơn."
    assert provinces(registries, "vi", text) == ["nghe-an"]
    text = "Đại diện các tỉnh Hà Giang Tuyên Quang dự họp."
    assert provinces(registries, "vi", text) == ["tuyen-quang"]
    text = "председатель Народного комитета провинции Нгеан Ву Динь Тхань принял делегацию"
    assert provinces(registries, "ru", text) == ["nghe-an"]


def test_a_country_before_a_short_word_that_is_also_a_currency(registries: Registries) -> None:
    text = "Quang Ninh and Korea won an award; Korea will send experts."
    assert partners(registries, "en", text) == ["kr"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nghệ An firma un acuerdo\n02/05/2025\nLa provincia de Nghệ An firmó un acuerdo con la "
         "Universidad de Salamanca, en España. Según datos de la Cámara de Comercio de Valencia, "
         "las exportaciones crecieron.\n", ["es-university-of-salamanca"]),
        ("Nghệ An signe un accord\n02/05/2025\nLa province de Nghệ An a signé un accord avec "
         "l'Université de Limoges, en France. Selon les données de la Chambre de commerce de "
         "Bordeaux, les ventes ont doublé.\n", ["fr-university-of-limoges"]),
    ],
)  # fmt: skip
def test_a_body_cited_only_for_the_figures_is_no_partner(
    registries: Registries, text: str, expected: list[str]
) -> None:
    drafted = draft_text(text, Path("article.txt"), registries)
    assert [p["id"] for p in drafted.partners] == expected


_GERMAN_MORE = (
    " Beide Seiten wollen in den kommenden Jahren die Ausbildung junger Fachkräfte und den "
    "Austausch von Schülern fördern, hieß es in einer Mitteilung."
)


@pytest.mark.parametrize(
    "body",
    [
        # No country named: the district lies in the article's language's countries.
        "Der Landkreis Rosenheim hat mit der Provinz Lâm Đồng eine Vereinbarung über die "
        "Zusammenarbeit in der Landwirtschaft unterzeichnet.",
        # Only other countries named, none with a town by the name: the language's again.
        "Der Landkreis Rosenheim hat mit der Provinz Lâm Đồng eine Vereinbarung über die "
        "Zusammenarbeit in der Landwirtschaft unterzeichnet. Auch Firmen aus Tschechien und "
        "Polen sind dabei.",
    ],
)
def test_a_district_named_by_its_unit_word_lies_where_a_town_gives_it_its_name(
    registries: Registries, body: str
) -> None:
    text = f"Zusammenarbeit mit Lâm Đồng\n02/05/2025\n{body}{_GERMAN_MORE}\n"
    draft = draft_text(text, Path("article.txt"), registries)
    assert draft.lang == "de"
    assert "de-rosenheim" in [p["id"] for p in draft.partners]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Do współpracy z prowincją Lam Dong przyłączył się powiat zgierski, który od lat "
         "wspiera eksport owoców.", "pl-zgierz-county"),
        ("Starosta powiatu mieleckiego podpisał z delegacją z prowincji Lam Dong porozumienie o "
         "współpracy w dziedzinie przemysłu.", "pl-mielec-county"),
        ("Delegacja z prowincji Lam Dong odwiedziła w piątek powiat opolski i podpisała list "
         "intencyjny o współpracy.", "pl-opole-county"),
    ],
)  # fmt: skip
def test_a_polish_county_is_named_by_its_seats_adjective(
    registries: Registries, body: str, expected: str
) -> None:
    text = f"Współpraca z Wietnamem\n02/05/2025\n{body} Obie strony chcą też rozwijać turystykę.\n"
    draft = draft_text(text, Path("article.txt"), registries)
    assert draft.lang == "pl"
    assert expected in [p["id"] for p in draft.partners]


def test_a_polish_adjective_after_powiat_without_a_town_by_its_name_is_no_county(
    registries: Registries,
) -> None:
    text = (
        "Współpraca z Wietnamem\n02/05/2025\nDelegacja z prowincji Lam Dong odwiedziła powiat "
        "wielkoski i podpisała list intencyjny o współpracy. Obie strony chcą też rozwijać "
        "turystykę.\n"
    )
    draft = draft_text(text, Path("article.txt"), registries)
    assert [p["id"] for p in draft.partners if p["id"].startswith("pl-")] == []


_ITALIAN_MORE = (
    " Le due parti hanno parlato anche della formazione dei giovani e del turismo per i "
    "prossimi anni, in uno spirito di fiducia."
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Il Comune di Firenze e la città di Huế hanno firmato ieri un protocollo di "
         "cooperazione.", True),
        ("È stata ricevuta ieri dal sindaco di Bologna Giulio Rossi una delegazione di Đà Nẵng.",
         True),
        # The town's bare name, in Italy too, is no second-level city of the registry's.
        ("La delegazione di Đà Nẵng ha visitato Firenze e Bologna, in Italia.", False),
    ],
)  # fmt: skip
def test_a_generated_city_by_its_bare_name_is_a_partner_after_a_city_word(
    registries: Registries, body: str, expected: bool
) -> None:
    text = f"Cooperazione con il Vietnam\n02/05/2025\n{body}{_ITALIAN_MORE}\n"
    draft = draft_text(text, Path("article.txt"), registries)
    assert draft.lang == "it"
    ids = {p["id"] for p in draft.partners}
    assert bool(ids & {"it-firenze", "it-bologna"}) is expected
