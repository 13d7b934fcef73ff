"""Foreign hospitals named by a name of their own, not by their place (composed sentences,
invented events; issue 13, eleventh round, orgs2): the name before "Hospital" in English, after
the kind word and what kind of hospital it is in French, Spanish, Italian and Portuguese, and
never one of Vietnam's hospitals."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import article_partner_ids as drafted
from tests.drafting_helpers import partner_names


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected", "name"),
    [
        (
            "es",
            "Médicos cubanos formarán a colegas de Nghệ An",
            "El Hospital Juan Bruno Zayas de La Habana recibirá a diez médicos de Nghệ An, "
            "anunció el centro en Cuba.",
            "cu-juan-bruno-zayas-hospital",
            "Juan Bruno Zayas Hospital",
        ),
        (
            "es",
            "Cooperación médica con Cuba",
            "Una delegación de Huế visitó el Hospital General Universitario Dr. Ernesto Guevara "
            "en Las Tunas, Cuba.",
            "cu-dr-ernesto-guevara-general-university-hospital",
            "Dr. Ernesto Guevara General University Hospital",
        ),
        (
            "it",
            "Cooperazione sanitaria con l'Italia",
            "L'Ospedale Pediatrico Regina Margherita di Roma formerà medici di Đà Nẵng.",
            "it-regina-margherita-paediatric-hospital",
            "Regina Margherita Paediatric Hospital",
        ),
        (
            "fr",
            "Coopération hospitalière avec la France",
            "L'hôpital Saint-Antoine de Lyon accueillera des infirmières de Huế.",
            "fr-saint-antoine-hospital",
            "Saint-Antoine Hospital",
        ),
        (
            "pt",
            "Cooperação médica com o Brasil",
            "O Hospital Universitário Clementino Fraga em São Paulo receberá médicos de Huế.",
            "br-clementino-fraga-university-hospital",
            "Clementino Fraga University Hospital",
        ),
        (
            "en",
            "Australian hospital to train Da Nang nurses",
            "The Royal Adelaide Hospital in South Australia signed an agreement with Da Nang's "
            "health department on Monday.",
            "au-royal-adelaide-hospital",
            "Royal Adelaide Hospital",
        ),
    ],
)
def test_a_hospital_by_its_own_name(
    registries: Registries, lang: str, headline: str, body: str, expected: str, name: str
) -> None:
    assert expected in drafted(registries, lang, headline, body)
    if lang in ("en", "es", "fr"):  # the English name an editor reads
        assert partner_names(registries, lang, headline, body)[expected] == name


def test_the_hospitals_city_after_of_is_no_partner(registries: Registries) -> None:
    partners = drafted(
        registries, "it", "Cooperazione sanitaria con l'Italia",
        "L'Ospedale Pediatrico Regina Margherita di Roma formerà medici di Đà Nẵng.",
    )  # fmt: skip
    assert "it-regina-margherita-paediatric-hospital" in partners
    assert "it-rome" not in partners


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        # Vietnam's hospitals: every word a Vietnamese syllable, or a Vietnamese place inside.
        ("es", "Médicos de Cuba trabajarán en el Hospital Bach Mai de Hanói."),
        ("en", "Doctors from Australia's Sydney will train at Hue Central Hospital."),
        (
            "fr",
            "Des médecins de Lyon, en France, formeront l'hôpital Cho Ray de Hô Chi Minh-Ville.",
        ),
    ],
)
def test_a_vietnamese_hospital_is_no_partner(registries: Registries, lang: str, body: str) -> None:
    partners = drafted(registries, lang, "Cooperación médica", body)
    assert not any(p.endswith("-hospital") for p in partners)
