"""A place named only as the home of unnamed firms or institutions ("le imprese del Piemonte",
"广西企业", "20 firm z województwa śląskiego") is no partner where the article names a body of
its country: the bodies are the partners, the place only says where they are from. A place that
acts itself, or whose firms are the only ones the article names, stays."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import partner_kinds


@pytest.mark.parametrize(
    ("lang", "headline", "body", "place", "body_id"),
    [
        (
            "it",
            "Camera di commercio di Torino in visita a Đà Nẵng",
            "La Camera di commercio di Torino ha firmato ieri un accordo con il Dipartimento "
            "dell'Industria e del Commercio di Đà Nẵng. Il suo presidente ha ricordato che le "
            "imprese del Piemonte esportano macchinari in Vietnam da vent'anni.",
            "it-piedmont",
            "it-turin-chamber-of-commerce",
        ),
        (
            "pl",
            "Misja handlowa do Hải Phòng",
            "Polska Agencja Inwestycji i Handlu (PAIH) zorganizuje w maju misję handlową dla 20 "
            "firm z województwa śląskiego do miasta Hải Phòng.",
            "pl-slaskie",
            "pl-paih",
        ),
        (
            "zh",
            "广西企业赴越南谅山投资",
            "11月17日，广西北港物流集团有限公司与越南谅山省签署合作协议，计划投资3000万美元建设物流园。",
            "cn-guangxi",
            "cn-guangxi-beigang-logistics-group",
        ),
        (
            "en",
            "Quang Ninh courts Korean investors",
            "The Busan Chamber of Commerce and Industry signed a memorandum with Quang Ninh "
            "province on Monday. Some 30 companies from Busan joined the visit.",
            "kr-busan",
            "kr-busan-chamber-of-commerce-and-industry",
        ),
    ],
)
def test_the_home_of_unnamed_firms_beside_a_named_body_is_no_partner(
    registries: Registries, lang: str, headline: str, body: str, place: str, body_id: str
) -> None:
    partners = partner_kinds(registries, lang, headline, body)
    assert body_id in partners
    assert place not in partners


@pytest.mark.parametrize(
    ("lang", "headline", "body", "place"),
    [
        # The region signs: it is a partner, whatever its firms do.
        (
            "it",
            "Il Piemonte firma con Đà Nẵng",
            "La Regione Piemonte ha firmato ieri un accordo con il Comitato popolare di Đà Nẵng. "
            "Il presidente ha ricordato che le imprese del Piemonte esportano macchinari in "
            "Vietnam da vent'anni.",
            "it-piedmont",
        ),
        # No body of its own is named: the place stands for its firms.
        (
            "zh",
            "广西企业赴越南谅山投资",
            "11月17日，越南谅山省人民委员会与多家广西企业举行座谈，双方商定加强物流合作。",
            "cn-guangxi",
        ),
    ],
)
def test_a_place_acting_or_alone_with_its_firms_stays(
    registries: Registries, lang: str, headline: str, body: str, place: str
) -> None:
    assert place in partner_kinds(registries, lang, headline, body)
