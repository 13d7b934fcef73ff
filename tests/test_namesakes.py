"""A place name two countries share, read as the place of the country the article is about
(digest/extract/namesakes.py; composed sentences, invented events)."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.registries import Registries


@pytest.mark.parametrize(
    ("body", "expected", "not_expected"),
    [
        # Every other place French: Brest is France's city, and its hospital France's.
        ("Le CHU de Brest formera des médecins de la province de Khánh Hòa, avec le soutien "
         "de la Région Bretagne et de la ville de Rennes.",
         "fr-brest-university-hospital", "by-brest-university-hospital"),
        # Beside Minsk, Brest is still Belarus's region.
        ("Une délégation de Khánh Hòa a visité Minsk puis Brest pour parler de la formation "
         "des médecins.", "by-brest", "fr-brest"),
    ],
)  # fmt: skip
def test_a_shared_name_is_the_place_of_the_articles_country(
    registries: Registries, body: str, expected: str, not_expected: str
) -> None:
    text = (
        "Khánh Hòa et ses partenaires\n04/02/2026\n"
        f"{body} Les deux parties ont aussi parlé de la formation des jeunes et du tourisme pour "
        "les années à venir, dans un esprit de confiance.\n"
    )
    ids = [p["id"] for p in draft_text(text, Path("article.txt"), registries).partners]
    assert expected in ids
    assert not_expected not in ids
