"""Bodies and companies named in Arabic or Hindi whose English names closed words compose (issue
13, sixteenth round, scripts18): an acronym Hindi spells by its letters' names, an Arabic
company's trade and a fully vowelled own name, an Arabic public body's kind and field; and the
names no closed word reads, which stay unnamed."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.composed_names_scripts import spelt_acronyms
from digest.extract.drafting import draft_text
from digest.registries import Registries
from tests.drafting_helpers import DISCUSSED, partner_kinds

_HI_HEADLINE = "वियतनाम के बेन ट्रे प्रांत के साथ समझौता"
_AR_HEADLINE = "تعاون مع مقاطعة بن تري الفيتنامية"


def _arabic_kinds(registries: Registries, body: str) -> dict[str, str]:
    """The partners drafted from an Arabic article, id to kind."""
    text = f"{_AR_HEADLINE}\n2025-05-02\n{body} {DISCUSSED['ar']}\n"
    return {p["id"]: p["kind"] for p in draft_text(text, Path("ar-test.txt"), registries).partners}


@pytest.mark.parametrize(
    ("written", "letters"),
    [("(एसईपीसी)", "SEPC"), ("(आईआईएम-ए)", "IIMA"), ("(डब्ल्यूटीओ)", "WTO")],
)
def test_an_acronym_spelt_by_its_letters_names(written: str, letters: str) -> None:
    assert [a.letters for a in spelt_acronyms("hi", f"संस्था {written} ने कहा")] == [letters]


@pytest.mark.parametrize("written", ["(कुसैट)", "(एम्स)", "(ए)"])
def test_a_bracketed_word_is_no_spelt_acronym(written: str) -> None:
    """A short name read as a word (कुसैट, एम्स) or a single letter spells no acronym."""
    assert spelt_acronyms("hi", f"संस्था {written} ने कहा") == []


def test_an_indian_body_glossed_by_an_acronym_spelt_in_devanagari(registries: Registries) -> None:
    """The acronym makes the id as a Latin one in brackets does; the body is India's, whose
    bodies' acronyms Hindi spells so."""
    got = partner_kinds(
        registries, "hi", _HI_HEADLINE,
        "बेन ट्रे प्रांत ने नारियल उत्पाद निर्यात संवर्धन प्राधिकरण (एनपीईपीए) और केरल मंदिर "
        "प्रबंधन समिति (केटीएमसी) के साथ समझौता किया।",
    )  # fmt: skip
    assert got.get("in-npepa") == "organisation"
    assert got.get("in-ktmc") == "organisation"


def test_an_arabic_company_by_its_trade_and_a_fully_vowelled_own_name(
    registries: Registries,
) -> None:
    """The "group of Al Dana for textile industries": every vowel of الدانة is written (Dana), the
    trade is the lexicon's, each noun after its adjective in English; الراشد leaves the vowel
    of Rashid unwritten, and is not read."""
    got = _arabic_kinds(
        registries,
        "وقّعت مجموعة الدانة للصناعات النسيجية ومقرها دبي مذكرة تفاهم مع مقاطعة بن تري، "
        "كما وقّعت شركة الراشد للأغذية المجمدة عقدا لاستيراد الأرز.",
    )  # fmt: skip
    assert got.get("ae-al-dana-textile-industries-group") == "company"
    assert not [pid for pid in got if "rashd" in pid or "rashid" in pid]


def test_an_arabic_public_body_whose_every_word_the_lexicon_reads(
    registries: Registries,
) -> None:
    """A research centre by its field and adjective, a general authority by what it is for; the
    country is the one of the article's foreign places."""
    got = _arabic_kinds(
        registries,
        "وقّع مركز البحوث الزراعية والهيئة العامة للاستثمار والمناطق الحرة في الإسكندرية "
        "مذكرة تفاهم مع مقاطعة بن تري.",
    )
    assert got.get("eg-agricultural-research-center") == "organisation"
    assert got.get("eg-general-authority-for-investment-and-free-zones") == "organisation"


def test_an_arabic_authority_named_by_its_emirate_is_not_composed(registries: Registries) -> None:
    """No closed word reads a place inside the name: such a body's English name is often a
    brand of its own, and its id stays as it was."""
    got = _arabic_kinds(
        registries,
        "وقّعت هيئة الشارقة للاستثمار والتطوير مذكرة تفاهم مع مقاطعة بن تري.",
    )
    assert not [pid for pid in got if "investment" in pid]


def test_an_arabic_ministry_of_trade_and_industry(registries: Registries) -> None:
    """The words "التجارة والصناعة" together is Trade and Industry, as Arab ministries name themselves in
    English; not "Commerce and Industry" word by word."""
    got = _arabic_kinds(
        registries,
        "أعلنت وزارة التجارة والصناعة المصرية أنها ستستقبل وفدا من مقاطعة بن تري في القاهرة.",
    )
    assert got.get("eg-ministry-of-trade-and-industry") == "organisation"
    assert "eg-ministry-of-commerce-and-industry" not in got


def test_an_arabic_chamber_of_commerce_named_by_its_adjective_and_its_city(
    registries: Registries,
) -> None:
    """The "commercial chamber in Alexandria": the adjective for the chamber's trade, and "in"
    glued to the city."""
    got = _arabic_kinds(
        registries,
        "وقّعت الغرفة التجارية بالإسكندرية مذكرة تفاهم مع مقاطعة بن تري لتصدير الفواكه.",
    )
    assert got.get("eg-alexandria-chamber-of-commerce") == "organisation"


def test_an_arabic_place_of_two_words_written_as_one(registries: Registries) -> None:
    """Port Said glued (بورسعيد) is the registry's "بور سعيد", and its university's place."""
    got = _arabic_kinds(
        registries,
        "استقبل محافظ بورسعيد وفدا من مقاطعة بن تري، وقدمت جامعة بورسعيد منحا دراسية للطلاب.",
    )
    assert got.get("eg-port-said") == "region"
    assert got.get("eg-port-said-university") == "organisation"


def test_an_arabic_company_named_by_its_nationality_and_trade(registries: Registries) -> None:
    """The "Egyptian company for fertilizers and chemicals": Egypt's, whatever else is named."""
    got = _arabic_kinds(
        registries,
        "وقّعت الشركة المصرية للأسمدة والكيماويات عقدا مع مقاطعة بن تري بحضور وفد من دبي.",
    )
    assert got.get("eg-egyptian-fertilizers-and-chemicals-company") == "company"


def test_a_later_stop_glued_to_arabic_and_is_no_partner(registries: Registries) -> None:
    """The delegation "will later head to Cairo and Port Said": the second stop, "and" glued
    to it, is a stop of the trip as the first is."""
    got = _arabic_kinds(
        registries,
        "وقّعت مقاطعة بن تري اتفاقا مع محافظة الإسكندرية، وسيتوجه الوفد لاحقا إلى القاهرة وبورسعيد.",
    )
    assert "eg-port-said" not in got


def test_a_spelt_acronym_glossing_a_name_read_already_adds_no_body(
    registries: Registries,
) -> None:
    """The "All India Institute of Ayurveda (AIIA)" in Hindi: the name makes the body, the spelt
    acronym glosses it and is no second body."""
    got = partner_kinds(
        registries, "hi", _HI_HEADLINE,
        "बेन ट्रे प्रांत ने अखिल भारतीय आयुर्वेद संस्थान (एआईआईए) के साथ समझौता किया।",
    )  # fmt: skip
    assert "in-all-india-institute-of-ayurveda" in got
    assert "in-aiia" not in got
