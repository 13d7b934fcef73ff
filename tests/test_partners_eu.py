"""Partners in inflected and non-English Latin-script articles (issue 13, eighth round,
partnerseu): a Polish body's city in the locative, a legal form after a comma, a German
university named by a hyphenated person, a pair opened by a Latin combining form, a federal
ministry and a nationality adjective before a ministry (composed sentences, invented events)."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import partner_ids, partner_kinds

# "The delegation from the Vietnamese province of Quảng Ninh met ..." and the like.
_PL = "Delegacja z wietnamskiej prowincji Quảng Ninh spotkała się w poniedziałek z {}."
_DE = (
    "Die {} empfing am Dienstag eine Delegation aus der vietnamesischen Provinz Bắc Ninh, wie "
    "die Beteiligten mitteilten."
)
_PT = "A {} recebeu esta semana uma delegação da província vietnamita de Khánh Hòa."


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The city in the locative is read back to its nominative, the body is Poland's.
        ("Izbą Przemysłowo-Handlową w Krakowie", "pl-krakow-chamber-of-commerce-and-industry"),
        ("Uniwersytetem w Poznaniu", "pl-university-of-poznan"),
    ],
)
def test_a_polish_body_of_a_city_in_the_locative(
    registries: Registries, body: str, expected: str
) -> None:
    assert partner_kinds(registries, "pl", "Współpraca z Quảng Ninh", _PL.format(body)) == {
        expected: "organisation"
    }


@pytest.mark.parametrize(
    "body",
    [
        "Uniwersytetem w Hanoi",  # Vietnam's city: no Polish city, no body
        "przedstawicielami firm w Krakowie",  # a city, no body's words before it
    ],
)
def test_no_polish_body_without_a_body_or_a_polish_city(registries: Registries, body: str) -> None:
    assert partner_kinds(registries, "pl", "Współpraca z Quảng Ninh", _PL.format(body)) == {}


def test_a_legal_form_after_a_comma_closes_the_company_name(registries: Registries) -> None:
    body = _PT.format("Vinhos Douro Norte, Lda., de Portugal,")
    assert partner_kinds(registries, "pt", "Vinho para Khánh Hòa", body) == {
        "pt-vinhos-douro-norte": "company"
    }


def test_a_place_before_a_comma_and_a_legal_form_is_no_company(registries: Registries) -> None:
    body = _PT.format("cooperativa de Portugal, Lda. e outras")
    assert partner_kinds(registries, "pt", "Vinho para Khánh Hòa", body) == {"pt": "country"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Heinrich-Heine-Universität Düsseldorf", "de-heinrich-heine-university-dusseldorf"),
        ("Ruhr-Universität Bochum", "de-ruhr-university-bochum"),
        # No hyphenated word before it: the university of its city, as before.
        ("Universität Leipzig", "de-university-of-leipzig"),
    ],
)
def test_a_german_university_named_by_a_hyphenated_person(
    registries: Registries, name: str, expected: str
) -> None:
    assert partner_kinds(registries, "de", "Hochschulen und Bắc Ninh", _DE.format(name)) == {
        expected: "organisation"
    }


def test_a_pair_opened_by_a_latin_combining_form(registries: Registries) -> None:
    body = _PT.format("Câmara de Comércio Luso-Vietnamita")
    assert partner_kinds(registries, "pt", "Empresas em Khánh Hòa", body) == {
        "pt-portuguese-vietnamese-chamber-of-commerce": "organisation"
    }
    other = _PT.format("Câmara de Comércio Luso-Brasileira")  # no side of it is Vietnam
    assert partner_kinds(registries, "pt", "Empresas em Khánh Hòa", other) == {}


def test_a_federal_ministry_is_the_home_countrys(registries: Registries) -> None:
    body = _DE.format("Bundesministerium für Bildung und Forschung")
    assert partner_kinds(registries, "de", "Forschung mit Bắc Ninh", body) == {
        "de-ministry-of-education-and-research": "organisation"
    }


def test_a_plain_ministry_without_a_country_is_nobodys(registries: Registries) -> None:
    # "Ministerium" alone may be Vietnam's own, named in German: no partner.
    body = _DE.format("Ministerium für Bildung und Forschung")
    assert partner_kinds(registries, "de", "Forschung mit Bắc Ninh", body) == {}


def test_a_nationality_before_a_ministry_gives_its_country(registries: Registries) -> None:
    body = _PL.format("przedstawicielami, a wsparcie zapowiedziało polskie Ministerstwo "
                      "Rozwoju i Technologii")  # fmt: skip
    assert partner_kinds(registries, "pl", "Współpraca z Quảng Ninh", body) == {
        "pl-ministry-of-development-and-technology": "organisation"
    }
    plain = _PL.format("przedstawicielami, a wsparcie zapowiedziało Ministerstwo Rozwoju")
    assert partner_kinds(registries, "pl", "Współpraca z Quảng Ninh", plain) == {}


def test_a_registry_body_by_its_full_arabic_name(registries: Registries) -> None:
    body = "وقعت غرفة تجارة وصناعة دبي مذكرة تفاهم مع مدينة دا نانغ الفيتنامية."
    assert partner_ids(registries, "ar", "تعاون مع دا نانغ", body) == ["ae-dubai-chamber"]


def test_a_name_in_quotes_after_the_cyrillic_word_for_company(registries: Registries) -> None:
    body = "Компания «Дальморепродукт» из Приморского края планирует поставлять в Хайфон рыбу."
    assert partner_kinds(registries, "ru", "Приморье и Хайфон", body) == {
        "ru-primorsky": "region",
        "ru-dalmoreprodukt": "company",
    }
    # Vietnam's adjective before the word: Vietnam's own company, no partner.
    own = "Вьетнамская компания «Винфаст» планирует поставлять в Приморский край автомобили."
    assert partner_kinds(registries, "ru", "Приморье и Хайфон", own) == {"ru-primorsky": "region"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Харківський національний університет радіоелектроніки прийме студентів з "
            "провінції Тхайнгуен.",
            "ua-kharkiv-national-university-of-radio-electronics",
        ),
        (
            "Київський національний університет будівництва і архітектури прийме студентів з "
            "провінції Тхайнгуен.",
            "ua-kyiv-national-university-of-construction-and-architecture",
        ),
        # No field after the kind: the university of its place, as before.
        (
            "Харківський національний університет прийме студентів з провінції Тхайнгуен.",
            "ua-kharkiv-national-university",
        ),
    ],
)
def test_a_university_s_fields_in_the_genitive_after_its_kind(
    registries: Registries, body: str, expected: str
) -> None:
    assert partner_ids(registries, "uk", "Університети і Тхайнгуен", body) == [expected]
