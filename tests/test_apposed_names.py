"""A foreign body a Romance text names by its own name right after a kind word in small letters
("la coopérative Xyz"): the name as written is its id (issue 13, seventeenth round, latin20);
composed sentences, invented bodies."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import closed_partner_ids


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        ("fr", "Coopération avec la France",
         "Le département de la Gironde et la province de Tiền Giang ont signé un accord à "
         "Bordeaux. La coopérative Pomerelle, représentée par son directeur, achètera 200 "
         "tonnes de fruits.",
         "fr-pomerelle"),
        ("fr", "Coopération avec la France",
         "Le département de la Savoie et la province de Lâm Đồng ont signé un protocole à "
         "Chambéry. La fromagerie coopérative « Tomme des Hauts Prés » formera dix fromagers "
         "vietnamiens.",
         "fr-tomme-des-hauts-pres"),
        ("it", "La Romagna e Đồng Tháp",
         "L'Emilia-Romagna ha firmato un accordo con la provincia di Đồng Tháp. La cooperativa "
         "Campi Solari, che riunisce 300 soci, fornirà sementi.",
         "it-campi-solari"),
        ("es", "Andalucía y Cần Thơ",
         "Andalucía firmó un acuerdo con la ciudad de Cần Thơ, según la agencia Sevilla "
         "Exporta Global, cuyo director visitó el delta.",
         "es-sevilla-exporta-global"),
    ],
)  # fmt: skip
def test_a_body_named_after_a_kind_word_in_small_letters_is_drafted_by_its_name(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    assert expected in closed_partner_ids(registries, lang, headline, body)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "unexpected"),
    [
        # One capitalised word before words in small letters opens a name written in sentence
        # case, not the whole name.
        ("fr", "Rouen et Huế",
         "La Normandie et la province de Thừa Thiên Huế coopèrent. L'association Secours "
         "dentaire international équipera deux cliniques.",
         "fr-secours"),
        # A name in Vietnamese syllables is Vietnam's own.
        ("fr", "Coopération avec la France",
         "Le département de la Gironde et la province de Tiền Giang ont signé un accord à "
         "Bordeaux. La coopérative Tân Phú, créée en 2015, exporte des mangues.",
         "fr-tan-phu"),
    ],
)  # fmt: skip
def test_a_name_in_sentence_case_or_vietnam_s_own_is_not_drafted(
    registries: Registries, lang: str, headline: str, body: str, unexpected: str
) -> None:
    assert unexpected not in closed_partner_ids(registries, lang, headline, body)
