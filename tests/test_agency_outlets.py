"""News agencies, section labels and source lines as an editor sees them (issue 13, sixth
round, second half, branch layout21): a national news agency or public broadcaster printed on
the date line is the outlet, and never a partner merely for being the source; a section label
("World News", "Новини регіонів") and a body on a source line ("Nguồn: Sở Ngoại vụ tỉnh") are
no outlet; a breadcrumb printed below the headline does not discard it."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import Draft, draft_text
from digest.extract.layout import has_outlet_shape, is_section_label
from digest.extract.page_furniture import is_page_furniture
from digest.registries import Registries

BODY = {
    "es": (
        "La consejera de Agricultura de la Junta de Andalucía recibió al presidente del Comité "
        "Popular de la provincia de Khanh Hoa para firmar un memorando sobre acuicultura."
    ),
    "ru": (
        "Губернатор Новосибирской области провёл переговоры с делегацией провинции Бакнинь "
        "о поставках зерна."
    ),
    "uk": "Голова Львівської області зустрівся з делегацією міста Хюе.",
    "it": (
        "L'assessora regionale dell'Emilia-Romagna ha firmato un protocollo d'intesa con il "
        "vicepresidente del Comitato popolare della città di Hai Phong."
    ),
    "pt": (
        "O presidente da Câmara Municipal do Porto e o secretário da província de Quang Ninh "
        "assinaram um acordo de geminação."
    ),
    "en": "Queensland's trade minister received a delegation from Dong Nai Province on Monday.",
    "vi": "Lãnh đạo tỉnh Quảng Ninh đã làm việc với đoàn công tác tỉnh Quảng Tây, Trung Quốc.",
    "de": "Eine Delegation des Landes Oberösterreich besuchte die Provinz Đắk Lắk.",
    "fr": (
        "Le président du conseil régional de Nouvelle-Aquitaine a reçu une délégation de la "
        "ville de Cần Thơ."
    ),
}


def _draft(registries: Registries, lang: str, header: str, footer: str = "") -> Draft:
    text = f"{header}\n{BODY[lang]}\n{footer}\n"
    return draft_text(text, Path(f"{lang}-page.txt"), registries)


@pytest.mark.parametrize(
    ("lang", "date_line", "outlet", "date"),
    [
        ("es", "EFE | 18 de noviembre de 2025 | 11:40", "EFE", "2025-11-18"),
        ("pt", "Lusa | 03/12/2025 15:22 | Atualizado há 2 horas", "Lusa", "2025-12-03"),
        # an agency's name before a comma is no place of filing; the update in brackets goes
        ("ru", "РИА Новости, 25.11.2025 12:40 (обновлено: 26.11.2025 08:15)", "РИА Новости",
         "2025-11-25"),
    ],
)  # fmt: skip
def test_a_news_agency_on_the_date_line_is_the_outlet(
    registries: Registries, lang: str, date_line: str, outlet: str, date: str
) -> None:
    drafted = _draft(registries, lang, f"Una noticia sobre la cooperación regional\n{date_line}")
    assert (drafted.outlet, drafted.date) == (outlet, date)
    assert "outlet" not in drafted.needs_review


@pytest.mark.parametrize(
    "name", ["Yonhap", "연합뉴스", "Kyodo", "共同通信", "PAP", "Ukrinform", "Укрінформ", "Bernama",
             "Agência Brasil", "Reuters", "AFP", "dpa", "ANSA", "Montsame", "БелТА", "ČTK"],
)  # fmt: skip
def test_national_news_agencies_are_registered_outlets(name: str) -> None:
    assert has_outlet_shape(name)


def test_an_agency_credited_after_a_wire_datelines_place_is_not_the_pages_outlet(
    registries: Registries,
) -> None:
    drafted = _draft(
        registries, "de", "Oberösterreich knüpft Kontakte zu Đắk Lắk\nLinz, 14. November 2025 – APA"
    )
    assert drafted.outlet is None and drafted.date == "2025-11-14"
    assert any("'APA'" in note for note in drafted.notes)


def test_an_outlet_set_off_by_a_bar_after_the_place_is_drafted(registries: Registries) -> None:
    drafted = _draft(
        registries,
        "es",
        "Andalucía firma un acuerdo con Khanh Hoa\n"
        "Valladolid, 19 de noviembre de 2025 | Diario de la Meseta",
    )
    assert drafted.outlet == "Diario de la Meseta"


@pytest.mark.parametrize(
    ("lang", "date_line"),
    [
        ("en", "World News | 12 May 2025"),
        ("en", "Asia & Pacific | 12 May 2025"),
        ("uk", "Новини регіонів | 20 листопада 2025, 16:45 | Олена Ковальчук"),
        ("it", "Notizie dal Mondo | 21 novembre 2025 ore 17:20 | di Marco Bellini"),
    ],
)
def test_a_section_label_on_the_date_line_is_no_outlet(
    registries: Registries, lang: str, date_line: str
) -> None:
    drafted = _draft(registries, lang, f"A headline about regional cooperation\n{date_line}")
    assert drafted.outlet is None and "outlet" in drafted.needs_review
    assert drafted.date is not None


@pytest.mark.parametrize(
    ("name", "section"),
    [
        ("World News", True),
        ("Asia & Pacific", True),
        ("Новини регіонів", True),
        ("Esteri & Mondo", True),
        ("Thời sự", True),
        ("Le Monde", False),  # an article opens a publication's name
        ("El Mundo", False),
        ("Gulf News", False),
        ("Asia Times", False),
        ("Vietnam News", False),
    ],
)
def test_section_labels_are_told_from_outlets(name: str, section: bool) -> None:
    assert is_section_label(name) is section


@pytest.mark.parametrize(
    ("lang", "source_line"),
    [
        ("vi", "Nguồn: Sở Ngoại vụ tỉnh Quảng Ninh"),
        ("en", "Source: Department of Foreign Affairs"),
    ],
)
def test_a_source_line_naming_a_body_drafts_no_outlet(
    registries: Registries, lang: str, source_line: str
) -> None:
    drafted = _draft(registries, lang, "A headline about regional cooperation", source_line)
    assert drafted.outlet is None and "outlet" in drafted.needs_review
    seen = source_line.split(":", 1)[1].strip()
    assert any(f"the source line names {seen!r}" in note for note in drafted.notes)


def test_a_source_line_naming_an_agency_drafts_it(registries: Registries) -> None:
    drafted = _draft(registries, "vi", "Quảng Ninh hợp tác với Quảng Tây", "Nguồn: PAP")
    assert drafted.outlet == "PAP"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Nha Trang (Vietnam), 18 nov (EFE).- La provincia de Khanh Hoa y Andalucía "
               "firmaron un memorando."),
        ("it", "La città di Hai Phong e l'Emilia-Romagna hanno firmato un'intesa, riporta "
               "l'ANSA."),
        ("ko", "(춘천=연합뉴스) 김민수 기자 = 강원 춘천시는 베트남 닌빈성과 협약을 맺었다."),
        ("en", "The Sarawak government and Bac Lieu province agreed to work on shrimp "
               "farming.\n-- BERNAMA"),
        ("de", "Oberösterreich und die Provinz Đắk Lắk wollen enger zusammenarbeiten. Die "
               "Delegation reiste danach weiter.\n"
               "Mit Material von dpa"),
        ("ru", "Гродненская область и провинция Хатинь подписали соглашение, сообщили "
               "БЕЛТА в облисполкоме."),
    ],
)  # fmt: skip
def test_an_agency_cited_as_the_source_is_no_partner(
    registries: Registries, lang: str, text: str
) -> None:
    drafted = draft_text(f"{text}\n", Path(f"{lang}-wire.txt"), registries)
    kinds = {
        registries.partners[p["id"]].kind
        for p in drafted.partners
        if p["id"] in registries.partners
    }
    assert "media" not in kinds


def test_an_agency_that_signs_an_agreement_is_a_partner(registries: Registries) -> None:
    text = (
        "The Quang Ninh Provincial People's Committee signed a media cooperation agreement "
        "with Kyodo News in Tokyo on Monday.\n"
    )
    drafted = draft_text(text, Path("en-kyodo.txt"), registries)
    assert "jp-kyodo" in {p["id"] for p in drafted.partners}


def test_a_breadcrumb_below_the_headline_keeps_it(registries: Registries) -> None:
    header = (
        "Sud-Ouest Éco\nAccueil | Économie | Politique | Monde | Sports\n"
        "La Nouvelle-Aquitaine et Cần Thơ renforcent leur coopération sur le riz\n"
        "Accueil › Monde › Asie\n"
        "Publié le 14 novembre 2025 à 10h05 | Par Claire Dumas"
    )
    drafted = _draft(registries, "fr", header)
    assert (
        drafted.title == "La Nouvelle-Aquitaine et Cần Thơ renforcent leur coopération sur le riz"
    )
    assert "title" not in drafted.needs_review
    assert drafted.date == "2025-11-14"


def test_a_masthead_above_a_breadcrumb_is_still_dropped(registries: Registries) -> None:
    header = (
        "Mekong Post\nHome > World\n"
        "Queensland and Dong Nai agree to double farm trade by 2028\n"
        "12 May 2025"
    )
    drafted = _draft(registries, "en", header)
    assert drafted.title == "Queensland and Dong Nai agree to double farm trade by 2028"


@pytest.mark.parametrize(
    "caption",
    [
        "Une délégation de Cần Thơ reçue à l'Hôtel de Région, à Bordeaux. Photo Région "
        "Nouvelle-Aquitaine",
        "Podpisanie listu intencyjnego w Krakowie. Fot. UMWM",
    ],
)
def test_a_caption_closed_by_its_photo_credit_is_furniture(caption: str) -> None:
    assert is_page_furniture(caption)


@pytest.mark.parametrize("kicker", ["EXCLUSIVE", "단독", "ЕКСКЛЮЗИВ", "IL CASO", "Thời sự"])
def test_a_kicker_above_the_headline_is_not_the_title(registries: Registries, kicker: str) -> None:
    header = (
        f"{kicker}\nQueensland and Dong Nai agree to double farm trade by 2028\n"
        "Staff reporter | 18 November 2025"
    )
    drafted = _draft(registries, "en", header)
    assert drafted.title == "Queensland and Dong Nai agree to double farm trade by 2028"


@pytest.mark.parametrize(
    "caption",
    [
        "Đoàn công tác chụp ảnh lưu niệm tại trụ sở Ủy ban nhân dân tỉnh Quảng Tây",
        "Delegates pose for a group photo after the signing ceremony in Brisbane",
        "Foto di gruppo alla firma dell'intesa a Bologna",
        "안동시 대표단이 꽝남성 인민위원회 청사 앞에서 기념 촬영을 하고 있다",
    ],
)
def test_a_line_telling_who_poses_for_the_photo_is_a_caption(
    registries: Registries, caption: str
) -> None:
    assert is_page_furniture(caption)
    header = f"{caption}\nQuảng Ninh hợp tác với Quảng Tây\n12/05/2025"
    drafted = _draft(registries, "vi", header)
    assert drafted.title == "Quảng Ninh hợp tác với Quảng Tây"
