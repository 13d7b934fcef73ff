"""Organisations on unseen pages (issue 13, twelfth round, orgs4): shapes of the misses of the
eleventh round's unseen corpus that hold for any body of their kind (composed sentences,
invented bodies, people and events)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.registries import Registries
from tests.drafting_helpers import closed_partner_ids


def page_partner_ids(registries: Registries, lang: str, text: str) -> list[str]:
    """The partner ids an editor would see drafted from a whole pasted page."""
    return [p["id"] for p in draft_text(text, Path(f"{lang}-test.txt"), registries).partners]


_EMBASSY_PAGES = {
    "es": (
        "Embajada de Uruguay en Vietnam\n"
        "Inicio  La Embajada  Servicios Consulares  Noticias\n"
        "Embajador de Uruguay visita Cần Thơ\n"
        "Martes, 3 de marzo de 2026\n"
        "El embajador de Uruguay en Vietnam, Martín Pereda, realizó una visita de trabajo a la "
        "ciudad de Cần Thơ, donde se reunió con el Comité Popular. La empresa Lácteos del Este "
        "S.A., de Montevideo, presentó sus productos a 20 importadores vietnamitas.\n"
        "El embajador Pereda destacó el crecimiento del comercio de carne y lácteos.\n"
    ),
    "ar": (
        "سفارة مملكة كمبوديا في هانوي\n"
        "الرئيسية | عن السفارة | الأخبار\n"
        "السفير الكمبودي يزور مقاطعة نغي آن\n"
        "١٢ مارس ٢٠٢٦\n"
        "قام السفير سوك تشيا، سفير مملكة كمبوديا لدى فيتنام، بزيارة إلى مقاطعة نغي آن "
        "والتقى رئيس اللجنة الشعبية للمقاطعة لبحث التعاون في مجال الأرز والنقل.\n"
        "وأكد السفير أن كمبوديا مستعدة لاستقبال ١٠ خبراء من المقاطعة.\n"
    ),
}


@pytest.mark.parametrize(("lang", "expected"), [("es", "uy-embassy"), ("ar", "kh-embassy")])
def test_a_missions_own_page_whose_head_acts_drafts_the_mission(
    registries: Registries, lang: str, expected: str
) -> None:
    assert expected in page_partner_ids(registries, lang, _EMBASSY_PAGES[lang])


def test_a_mission_only_in_the_masthead_with_no_head_in_the_body_is_none(
    registries: Registries,
) -> None:
    page = _EMBASSY_PAGES["es"].replace("El embajador de Uruguay en Vietnam, Martín Pereda,", "Una "
                                        "delegación de Montevideo").replace("El embajador Pereda", "Se")  # fmt: skip
    assert "uy-embassy" not in page_partner_ids(registries, "es", page)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        ("es", "Empresas colombianas de café visitan Lâm Đồng",
         "Una misión de 8 empresas colombianas, acompañada por la directora de la oficina de "
         "ProColombia en Singapur, Laura Gómez, visitó la provincia de Lâm Đồng.",
         "co-procolombia"),
        ("fr", "Des entreprises suédoises à Hải Phòng",
         "Une délégation de 12 entreprises suédoises a visité Hải Phòng, en partenariat avec "
         "Business Sweden, qui organisera un séminaire sur la logistique portuaire.",
         "se-business-sweden"),
        ("en", "Indian investors tour Bac Ninh",
         "A delegation organised by Invest India met the Bac Ninh Provincial People's Committee "
         "to discuss electronics supply chains.",
         "in-invest-india"),
    ],
)  # fmt: skip
def test_a_promotion_agency_known_by_a_brand_of_its_countrys_name(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    ids = closed_partner_ids(registries, lang, headline, body)
    assert expected in ids
    assert expected[:2] not in ids  # the country is the brand's, no partner of its own


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        ("fr", "Des entreprises belges à Đà Nẵng",
         "Une mission de 10 entreprises belges a visité Đà Nẵng avec la Chambre de commerce et "
         "d'industrie Belgique Vietnam, qui ouvrira un bureau dans la ville.",
         "be-belgium-vietnam-chamber-of-commerce-and-industry"),
        ("es", "Empresas chilenas visitan Cần Thơ",
         "La Cámara de Comercio e Industria Chile-Vietnam llevó a 6 empresas frutícolas a la "
         "ciudad de Cần Thơ.",
         "cl-chile-vietnam-chamber-of-commerce-and-industry"),
    ],
)  # fmt: skip
def test_a_bilateral_chamber_of_commerce_and_industry_keeps_its_industry(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    assert expected in closed_partner_ids(registries, lang, headline, body)


def test_a_university_of_an_unlisted_city_is_the_country_the_page_is_about(
    registries: Registries,
) -> None:
    ids = closed_partner_ids(
        registries, "en", "Australian engineers to train Quang Ngai port staff",
        "The University of Wollongong will train 25 port engineers from Quang Ngai province "
        "under an Australian-funded program. Australia has supported the province's ports since "
        "2019, and Australian experts will visit twice a year. Equipment for the course comes "
        "from Japan.",
    )  # fmt: skip
    assert "au-university-of-wollongong" in ids


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        ("fr", "Huế et la Touraine forment des cuisiniers",
         "Le lycée hôtelier de Chinon enverra six formateurs au collège de tourisme de Huế, "
         "avec le soutien de la région Centre-Val de Loire.",
         "fr-chinon-hotel-school"),
        ("pt", "Cafeicultores brasileiros visitam Gia Lai",
         "A Cooperativa dos Cafeicultores de Patrocínio, do estado de São Paulo, assinou uma carta "
         "de intenções com duas cooperativas de Gia Lai no Brasil e no Vietname.",
         "br-patrocinio-coffee-growers-cooperative"),
        ("ko", "닌빈성, 한국산업단지공단과 협약",
         "닌빈성은 한국산업단지공단과 스마트 산업단지 조성 협약을 체결했다.",
         "kr-korea-industrial-complex-corporation"),
    ],
)  # fmt: skip
def test_a_hotel_school_a_growers_cooperative_an_industrial_complex_corporation(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    assert expected in closed_partner_ids(registries, lang, headline, body)


def test_a_kind_of_body_after_an_indefinite_article_names_none(registries: Registries) -> None:
    ids = closed_partner_ids(
        registries, "it", "Studenti umbri a Ninh Bình",
        "Il prossimo anno venti studenti di una scuola alberghiera di Spoleto faranno uno stage "
        "a Ninh Bình, in Vietnam.",
    )  # fmt: skip
    assert not [pid for pid in ids if pid.endswith("hotel-school")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Đại diện Hiệp hội Vận tải Đường bộ Mông Cổ cho biết sẽ mở thêm tuyến xe khách.",
         "mn-mongolian-land-transport-association"),
        ("Hiệp hội Nông nghiệp Hữu cơ Hàn Quốc sẽ cử chuyên gia tập huấn cho nông dân.",
         "kr-korea-organic-agriculture-association"),
    ],
)  # fmt: skip
def test_a_whole_countrys_trade_association_in_vietnamese_is_named_by_its_nationality(
    registries: Registries, body: str, expected: str
) -> None:
    ids = closed_partner_ids(
        registries, "vi", "Tỉnh Lào Cai tiếp đoàn doanh nghiệp nước ngoài", body
    )
    assert expected in ids


_BILINGUAL_MASTHEAD = (
    "मेरठ कृषि विश्वविद्यालय, मेरठ\n"
    "Meerut Agricultural University, Meerut\n"
    "मुख्य पृष्ठ | समाचार | संपर्क\n"
    "विश्वविद्यालय और बाक निन्ह प्रांत के बीच समझौता\n"
    "दिनांक: 3 मार्च 2026\n"
    "मेरठ कृषि विश्वविद्यालय ने आज वियतनाम के बाक निन्ह प्रांत के साथ प्रशिक्षण पर एक समझौता "
    "ज्ञापन पर हस्ताक्षर किए। भारत और वियतनाम के बीच सहयोग बढ़ रहा है।\n"
    "समझौते के तहत विश्वविद्यालय अगले दो वर्षों में प्रांत के 20 इंजीनियरों को प्रशिक्षण देगा।\n"
)


def test_a_body_is_spelt_as_its_own_pages_masthead_spells_it_in_english(
    registries: Registries,
) -> None:
    assert "in-meerut-agricultural-university" in page_partner_ids(
        registries, "hi", _BILINGUAL_MASTHEAD
    )
    # Without the English line, the name is read letter by letter.
    unspelt = _BILINGUAL_MASTHEAD.replace("Meerut Agricultural University, Meerut\n", "")
    assert "in-meerut-agricultural-university" not in page_partner_ids(registries, "hi", unspelt)
