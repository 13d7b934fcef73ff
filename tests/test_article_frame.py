"""An organisation no place of the text locates takes the country of the article's frame: the
outlet's domain or places in its masthead, the money its figures are counted in (issue 13,
seventeenth round, country20; digest.extract.article_frame)."""

from __future__ import annotations

import pytest

from digest.extract.article_frame import frame_country
from digest.registries import Registries
from tests.drafting_helpers import page_partner_ids

# A regional government's newsroom page: a university named with no place of its country.
_NEWSROOM = (
    "{masthead}\n"
    "Home > Media releases\n"
    "Dong Thap and the coast region agree on rice research\n"
    "Thursday 9 October 2025\n"
    "The regional government signed a memorandum of understanding with Dong Thap Province this "
    "week. Researchers of Banksia Coast University will work with the province's farmers on "
    "salt-tolerant rice{money}.\n"
    "The two sides also discussed the training of young people and tourism for the coming years.\n"
)


@pytest.mark.parametrize(
    ("masthead", "money"),
    [
        ("WATTLEBAY.GOV.AU | Regional Government Newsroom", ""),
        ("Regional Government Newsroom", ", a programme worth A$2 million"),
        ("wattlebay.gov.au | Regional Government Newsroom", ", a programme worth A$2 million"),
    ],
)
def test_a_body_no_place_locates_is_the_outlets_or_the_moneys_country(
    registries: Registries, masthead: str, money: str
) -> None:
    """The masthead's country-code domain and the figures' national currency each say whose the
    university is, where the article names no foreign place."""
    page = _NEWSROOM.format(masthead=masthead, money=money)
    assert "au-banksia-coast-university" in page_partner_ids(registries, page)


@pytest.mark.parametrize(
    ("masthead", "money"),
    [
        # No clue at all.
        ("Regional Government Newsroom", ""),
        # Clues that disagree: an Australian domain, figures in yen.
        ("WATTLEBAY.GOV.AU | Regional Government Newsroom", ", a programme worth 300 million yen"),
        # A Vietnamese outlet: its bodies are Vietnam's own, whatever money it counts in.
        ("BAODONGTHAP.VN | Provincial Newsroom", ", a programme worth A$2 million"),
        # Figures in euros: many countries count in them.
        ("Regional Government Newsroom", ", a programme worth 2 million euros"),
    ],
)
def test_no_frame_leaves_the_body_unplaced(
    registries: Registries, masthead: str, money: str
) -> None:
    page = _NEWSROOM.format(masthead=masthead, money=money)
    assert not any(
        p.endswith("-banksia-coast-university") for p in page_partner_ids(registries, page)
    )


def test_a_foreign_place_named_outweighs_the_frame(registries: Registries) -> None:
    """A place the article names is the stronger clue: with Japan named, the frame is not read."""
    page = _NEWSROOM.format(
        masthead="WATTLEBAY.GOV.AU | Regional Government Newsroom", money=""
    ).replace("this week.", "this week, with the support of Japan.")
    ids = page_partner_ids(registries, page)
    assert "au-banksia-coast-university" not in ids


# A provincial paper: its masthead names its province, no sentence names a place of its country.
_PROVINCIAL = (
    "{masthead}\n"
    "Inicio | Economía | Cultura\n"
    "Técnicos de Dong Thap apoyan la siembra de arroz\n"
    "Por: Redacción | jueves, 03 julio 2025\n"
    "Una brigada de especialistas de la provincia vietnamita de Dong Thap trabaja desde esta "
    "semana con la Empresa Agroforestal Baracoa en la recuperación de los cultivos.\n"
    "Las dos partes también hablaron de la formación de los jóvenes y del turismo para los "
    "próximos años.\n"
)


def test_a_body_takes_the_country_of_the_place_its_outlets_masthead_names(
    registries: Registries,
) -> None:
    page = _PROVINCIAL.format(masthead="Periódico de la provincia de Holguín")
    assert "cu-baracoa-agroforestry-enterprise" in page_partner_ids(registries, page)
    page = _PROVINCIAL.format(masthead="Periódico Regional")
    assert "cu-baracoa-agroforestry-enterprise" not in page_partner_ids(registries, page)


_GUADALAJARA = (
    "{masthead}\n"
    "Inicio | Universidades\n"
    "La universidad abre sus aulas a estudiantes de Long An\n"
    "Por: Redacción | jueves, 03 julio 2025\n"
    "La Universidad de Guadalajara firmó un convenio con el gobierno de la provincia de Long An "
    "para recibir a estudiantes vietnamitas.\n"
    "Las dos partes también hablaron de la formación de los jóvenes y del turismo para los "
    "próximos años.\n"
)


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        ("diarioregional.com.mx | Noticias", "mx-university-of-guadalajara"),
        ("diarioregional.es | Noticias", "es-university-of-guadalajara"),
    ],
)
def test_the_outlets_country_settles_a_namesake_city(
    registries: Registries, masthead: str, expected: str
) -> None:
    """Spain's Guadalajara province is read beside a university's words; a Mexican outlet's
    university of Guadalajara is the Mexican city's, the largest of the name."""
    assert expected in page_partner_ids(registries, _GUADALAJARA.format(masthead=masthead))


@pytest.mark.parametrize(
    ("lang", "masthead", "url", "currencies", "expected"),
    [
        ("en", "Newsroom", "https://www.abc.net.au/news/1", (), "AU"),
        ("en", "Newsroom", "https://example.com/news/1", ("KRW",), "KR"),
        ("en", "Newsroom", "https://example.com/news/1", ("USD", "EUR"), None),
        ("en", "Dr.Li writes", None, (), None),  # mixed case: words run together, no host
        ("en", "news.example.vn", None, ("JPY",), None),
        ("vi", "Newsroom", "https://www.abc.net.au/news/1", ("AUD",), None),
        ("ar", "Newsroom", None, ("AED",), None),  # a dirham of several countries
    ],
)
def test_frame_country(
    registries: Registries,
    lang: str,
    masthead: str,
    url: str | None,
    currencies: tuple[str, ...],
    expected: str | None,
) -> None:
    assert frame_country(registries, lang, (masthead, []), url, currencies) == expected
