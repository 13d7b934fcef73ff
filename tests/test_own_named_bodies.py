"""A foreign university or institute a Romance text names by its kind word and its own name,
no word for "of" between ("Universidade Lúrio"): the English puts the own name first (issue 13,
seventeenth round, latin20); composed sentences, invented bodies."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import closed_partner_ids


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("pt", "A província de Nampula, em Moçambique, e a província de Ninh Bình assinaram um "
         "memorando. A Universidade Mucapera vai receber dez estudantes vietnamitas.",
         "mz-mucapera-university"),
        ("pt", "A cidade do Porto e a província de Quảng Nam assinaram um memorando. O Instituto "
         "Ribeirada vai abrir um curso de português em Hội An.",
         "pt-ribeirada-institute"),
        ("es", "La región de Valparaíso y la provincia de Bình Dương firmaron un acuerdo. La "
         "Universidad Técnica Ernesto Valdivia recibirá a diez estudiantes vietnamitas.",
         "cl-ernesto-valdivia-technical-university"),
        # A French institute keeps its name as written, a city closing it.
        ("fr", "La région Bretagne et la province de Cà Mau ont signé un accord à Rennes. "
         "L'Institut Vireo Brest accueillera dix étudiants vietnamiens.",
         "fr-institut-vireo-brest"),
    ],
)  # fmt: skip
def test_a_body_named_by_its_kind_and_own_name_is_drafted_own_name_first(
    registries: Registries, lang: str, body: str, expected: str
) -> None:
    assert expected in closed_partner_ids(registries, lang, "Cooperación con Vietnam", body)


@pytest.mark.parametrize(
    ("lang", "body", "unexpected"),
    [
        # An adjective after the kind word names what the body is, not whose name it bears.
        ("es", "La región de Valparaíso y la provincia de Bình Dương firmaron un acuerdo. La "
         "Universidad Nacional recibirá a diez estudiantes vietnamitas.",
         "cl-nacional-university"),
        # A name going on with "de" and a capitalised word is no own name.
        ("es", "La región de Valparaíso y la provincia de Bình Dương firmaron un acuerdo. El "
         "Instituto Zarzal de Tecnología enviará técnicos.",
         "cl-zarzal-institute"),
    ],
)  # fmt: skip
def test_an_adjective_or_a_longer_name_is_no_own_name(
    registries: Registries, lang: str, body: str, unexpected: str
) -> None:
    assert unexpected not in closed_partner_ids(registries, lang, "Cooperación con Vietnam", body)
