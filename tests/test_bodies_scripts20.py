"""Arabic, Hindi and Thai bodies the drafting did not draft at all (issue 13, seventeenth round,
scripts20): an Arabic company named by a river or a mountain, a mission named with Arabic's
glued words or after a representative or a "that", a Thai embassy named by its capital, a
Moroccan regional chamber, Indian states by their Hindi names, and a place the article says
is Vietnam's in a spelling no registry knows."""

from __future__ import annotations

from pathlib import Path

from digest.extract.drafting import draft_text
from digest.registries import Registries
from tests.drafting_helpers import DISCUSSED, partner_kinds

_AR_HEADLINE = "تعاون مع مقاطعة بن تري الفيتنامية"
_HI_HEADLINE = "वियतनाम के बेन ट्रे प्रांत के साथ समझौता"
_TH_HEADLINE = "ความร่วมมือกับจังหวัดเบ๊นแจ"


def _arabic_kinds(registries: Registries, body: str) -> dict[str, str]:
    """The partners drafted from an Arabic article, id to kind."""
    text = f"{_AR_HEADLINE}\n2025-05-02\n{body} {DISCUSSED['ar']}\n"
    return {p["id"]: p["kind"] for p in draft_text(text, Path("ar-test.txt"), registries).partners}


def test_an_arabic_company_named_by_a_river(registries: Registries) -> None:
    """The "Nile company for fish" and the "Delta company for logistics services": the own
    names are the river's and the delta's English exonyms, no consonant reading ("Al Nil")."""
    got = _arabic_kinds(
        registries,
        "وقّعت شركة النيل للأسماك وشركة الدلتا للخدمات اللوجستية في الإسكندرية عقدا مع "
        "مقاطعة بن تري.",
    )
    assert got.get("eg-nile-fish") == "company"
    assert got.get("eg-delta-logistics-services") == "company"


def test_an_embassy_a_representative_speaks_for(registries: Registries) -> None:
    """A "representative of the Embassy of Qatar attended": the embassy takes part, it is no
    word of a person's title."""
    got = _arabic_kinds(
        registries,
        "وحضر اللقاء ممثل عن سفارة دولة قطر في هانوي، الذي تحدث عن فرص التعاون مع بن تري.",
    )
    assert got.get("qa-embassy") == "organisation"


def test_an_embassy_after_a_glued_and(registries: Registries) -> None:
    """A delegation "and the Embassy of Egypt": Arabic glues "and" to the mission's word, which
    the editor reads without it."""
    body = "استقبلت مقاطعة بن تري وفدا من رجال الأعمال وسفارة جمهورية مصر العربية لبحث التعاون."
    text = f"{_AR_HEADLINE}\n2025-05-02\n{body} {DISCUSSED['ar']}\n"
    partners = draft_text(text, Path("ar-test.txt"), registries).partners
    embassy = next(p for p in partners if p["id"] == "eg-embassy")
    assert embassy["kind"] == "organisation"
    assert all(not written.startswith("و") for written in embassy["as_written"])


def test_an_embassy_opening_a_clause_after_its_ambassador(registries: Registries) -> None:
    """The "ambassador Ahmed Salem announced that the Embassy of Egypt will hold": the mission
    is the subject after "that", no word of the ambassador's title."""
    got = _arabic_kinds(
        registries,
        "أعلن السفير أحمد سالم أن سفارة مصر ستنظم أسبوعا للمنتجات المصرية في بن تري.",
    )
    assert got.get("eg-embassy") == "organisation"


def test_a_thai_embassy_named_by_the_capital_it_is_posted_in(registries: Registries) -> None:
    """Thailand's ambassador named with her country, then "the embassy in the capital Hanoi"
    beside Laos named in passing: the embassy is the one her title named."""
    got = partner_kinds(
        registries, "th", _TH_HEADLINE,
        "นางสมศรี ใจดี เอกอัครราชทูตไทยประจำเวียดนาม กล่าวว่า สถานเอกอัครราชทูต ณ กรุงฮานอย "
        "จะช่วยประสานการเดินทางของคณะผู้เชี่ยวชาญไปยังจังหวัดเบ๊นแจ ก่อนเดินทางต่อไปยังลาว",
    )  # fmt: skip
    assert got.get("th-embassy") == "organisation"


def test_a_moroccan_regional_chamber_of_commerce_industry_and_services(
    registries: Registries,
) -> None:
    """Morocco's chambers add services and name their region after "of the region of"."""
    got = _arabic_kinds(
        registries,
        "وقّعت غرفة التجارة والصناعة والخدمات لجهة مراكش آسفي مذكرة تفاهم مع مقاطعة بن تري.",
    )
    assert got.get("ma-marrakech-safi-chamber-of-commerce-industry-and-services") == "organisation"


def test_indian_states_by_their_hindi_names(registries: Registries) -> None:
    """Assam and Meghalaya in Hindi, and a university named by the state and its field."""
    got = partner_kinds(
        registries, "hi", _HI_HEADLINE,
        "असम कृषि विश्वविद्यालय ने बेन ट्रे प्रांत के साथ समझौता किया। मेघालय सरकार के "
        "अधिकारी भी उपस्थित थे।",
    )  # fmt: skip
    assert got.get("in-assam-agricultural-university") == "organisation"
    assert got.get("in-meghalaya") == "region"


def test_a_place_the_article_says_is_vietnams_is_no_foreign_place(
    registries: Registries,
) -> None:
    """Talks "between Assam and Vietnam's Ha Zang province" in a spelling no registry knows,
    then the same province again beside Assam alone: Vietnam's place, not one of India."""
    got = partner_kinds(
        registries, "hi", _HI_HEADLINE,
        "असम और वियतनाम के हा झांग प्रांत के बीच चाय उद्योग में सहयोग पर चर्चा हुई। गुवाहाटी में "
        "असम सरकार और हा झांग प्रांत के अधिकारियों ने बेन ट्रे प्रांत के साथ भी बैठक की।",
    )  # fmt: skip
    assert got.get("in-assam") == "region"
    assert not [pid for pid in got if "zhang" in pid or "jhang" in pid or "jang" in pid]
