"""Short articles for the drafting's unit tests, and the partners drafted from them.

A test writes the headline and the sentence it is about; a neutral closing sentence in the
article's language follows, so that a short text is still read in its language."""

from __future__ import annotations

from pathlib import Path

from digest.extract.drafting import draft_text
from digest.registries import Registries

# "The two sides also discussed the training of young people and tourism ..."
DISCUSSED = {
    "fr": "Les deux parties ont aussi parlé de la formation des jeunes et du tourisme pour les années à venir, dans un esprit de confiance.",
    "es": "Las dos partes también hablaron de la formación de los jóvenes y del turismo para los próximos años, con un espíritu de confianza.",
    "en": "The two sides also discussed the training of young people and tourism for the coming years, in a spirit of trust.",
    "uk": "Сторони також обговорили підготовку молодих фахівців і туризм на найближчі роки в дусі довіри.",
    "vi": "Hai bên cũng trao đổi về đào tạo nguồn nhân lực và du lịch trong những năm tới.",
    "ru": "Стороны также обсудили подготовку молодых специалистов и туризм на ближайшие годы в духе доверия.",
    "hi": "दोनों पक्षों ने युवाओं के प्रशिक्षण और पर्यटन पर भी विचार किया और भरोसे के साथ आगे बढ़ने का संकल्प लिया।",
    "th": "ทั้งสองฝ่ายยังหารือเรื่องการฝึกอบรมเยาวชนและการท่องเที่ยวในอนาคตอีกด้วย",
    "ar": "وناقش الجانبان أيضا تدريب الشباب والسياحة في السنوات المقبلة بروح من الثقة.",
}
# "The cooperation is expected to grow in the coming years, the organisers said."
GROWING = {
    "de": "Die Zusammenarbeit soll in den kommenden Jahren weiter ausgebaut werden.",
    "it": "La collaborazione dovrebbe crescere ancora nei prossimi anni, secondo gli organizzatori.",
    "pl": "Współpraca ma być rozwijana w kolejnych latach, zapowiedzieli organizatorzy.",
    "pt": "A cooperação deve crescer nos próximos anos, segundo os organizadores do encontro, que também querem levar as empresas da região para conhecer o trabalho dos agricultores.",
    "ru": "Сотрудничество планируется расширять и в ближайшие годы, сообщили организаторы.",
    "en": "The cooperation is expected to grow in the coming years, the organisers said.",
    "hi": "आयोजकों ने कहा कि आने वाले वर्षों में यह सहयोग और बढ़ेगा।",
    "ja": "関係者は今後も協力を広げていきたいと話した。",
    "ko": "관계자는 앞으로도 협력을 계속 넓혀 나가겠다고 밝혔다.",
    "zh": "双方表示，今后将继续扩大合作。",
    "vi": "Hai bên cam kết tiếp tục mở rộng hợp tác trong những năm tới.",
    "th": "ทั้งสองฝ่ายตั้งใจจะขยายความร่วมมือต่อไปในอนาคต",
}


def _drafted_partners(
    registries: Registries, lang: str, headline: str, body: str, closing: str
) -> list[dict[str, str]]:
    text = f"{headline}\n2025-05-02\n{body} {closing}\n"
    draft = draft_text(text, Path(f"{lang}-test.txt"), registries)
    assert draft.lang == lang
    if draft.unlisted_partners:
        assert "partners" in draft.needs_review
    return draft.partners


def partner_ids(registries: Registries, lang: str, headline: str, body: str) -> list[str]:
    """The partner ids an editor would see drafted, in their order."""
    partners = _drafted_partners(registries, lang, headline, body, DISCUSSED[lang])
    return [partner["id"] for partner in partners]


def article_partner_ids(registries: Registries, lang: str, headline: str, body: str) -> list[str]:
    """The partner ids drafted from the headline and body alone (no closing sentence)."""
    return [partner["id"] for partner in _drafted_partners(registries, lang, headline, body, "")]


def partner_kinds(registries: Registries, lang: str, headline: str, body: str) -> dict[str, str]:
    """The partners drafted, id to kind."""
    partners = _drafted_partners(registries, lang, headline, body, GROWING[lang])
    return {partner["id"]: partner["kind"] for partner in partners}


def partner_names(registries: Registries, lang: str, headline: str, body: str) -> dict[str, str]:
    """The partners drafted, id to the English name an editor reads."""
    partners = _drafted_partners(registries, lang, headline, body, DISCUSSED[lang])
    return {partner["id"]: partner["name_en"] for partner in partners}


def page_partner_ids(registries: Registries, page: str) -> list[str]:
    """The partner ids an editor would see drafted from a whole page as pasted."""
    return [partner["id"] for partner in draft_text(page, Path("page.txt"), registries).partners]


def dated_partner_ids(registries: Registries, headline: str, body: str) -> list[str]:
    """The partner ids drafted from a headline, a date line and the body (no closing sentence)."""
    return page_partner_ids(registries, f"{headline}\n02/05/2025\n{body}\n")


def _closed_partners(
    registries: Registries, lang: str, headline: str, body: str
) -> list[dict[str, str]]:
    closing = GROWING.get(lang) or DISCUSSED[lang]
    text = f"{headline}\n2025-05-02\n{body} {closing}\n"
    return draft_text(text, Path(f"{lang}-test.txt"), registries).partners


def closed_partner_ids(registries: Registries, lang: str, headline: str, body: str) -> list[str]:
    """The partner ids drafted from the headline, the body and a neutral closing sentence in the
    article's language (the growing cooperation's where there is one, else the discussion's)."""
    return [partner["id"] for partner in _closed_partners(registries, lang, headline, body)]


def closed_partner_names(
    registries: Registries, lang: str, headline: str, body: str
) -> dict[str, str]:
    """The same partners, id to the English name an editor reads."""
    partners = _closed_partners(registries, lang, headline, body)
    return {partner["id"]: partner["name_en"] for partner in partners}
