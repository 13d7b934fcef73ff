"""A partner found is given the id its own country's convention gives it (issue 13, sixteenth
round, naming18): a portfolio as the country's bodies sign it, a Cyrillic company's name the same
whatever its letters' case, a company's name without the word for a company before it."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import partner_ids, partner_kinds


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        ("vi", "Quảng Trị hợp tác với tỉnh Savannakhet",
         "Ngày 5/5, đoàn công tác của Sở Công Thương tỉnh Savannakhet (Lào) đã làm việc với "
         "tỉnh Quảng Trị về thương mại biên giới.",
         "la-savannakhet-department-of-industry-and-commerce"),
        ("vi", "Quảng Trị hợp tác với Lào",
         "Bộ Công Thương Lào đã cử đại diện tham dự hội nghị xúc tiến thương mại tại tỉnh Quảng "
         "Trị.", "la-ministry-of-industry-and-commerce"),
        ("ar", "مصر وفيتنام تبحثان التعاون",
         "وقعت وزارة التجارة والصناعة المصرية مذكرة تفاهم مع مقاطعة لونغ آن الفيتنامية.",
         "eg-ministry-of-trade-and-industry"),
    ],
)  # fmt: skip
def test_a_portfolio_as_its_countrys_bodies_sign_it(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    """Laos' ministry and departments of "Công Thương" sign Industry and Commerce, Egypt's
    ministry of التجارة والصناعة Trade and Industry, not the words' Industry and Trade or Commerce
    and Industry."""
    assert expected in partner_ids(registries, lang, headline, body)


def test_vietnams_industry_and_trade_stays_so_elsewhere(registries: Registries) -> None:
    """Only the country whose bodies sign otherwise changes the portfolio: Russia's ministry of
    industry and trade keeps its name."""
    got = partner_ids(
        registries, "vi", "Đoàn Nga thăm tỉnh Đồng Nai",
        "Bộ Công Thương Nga đã cử đại diện tham dự hội nghị xúc tiến đầu tư tại tỉnh Đồng Nai.",
    )  # fmt: skip
    assert "ru-ministry-of-industry-and-trade" in got


@pytest.mark.parametrize("name", ["ВолгаТехСнаб", "Волгатехснаб"])
def test_a_cyrillic_compound_reads_the_same_in_capitals_or_small_letters(
    registries: Registries, name: str
) -> None:
    """ "Тех" opening another part of a compound is Russian's clipped "технический", read
    letter by letter as the name in small letters is (Volgatekhsnab); only closing the name is it
    the English "Tech" (КамаТех: Kamatech)."""
    got = partner_ids(
        registries, "ru", "Татарстан и Бакнинь обсудили поставки",
        f"Делегация Татарстана посетила провинцию Бакнинь. ООО «{name}» и ООО «КамаТех» "
        "подписали соглашения о поставках.",
    )  # fmt: skip
    assert {"ru-volgatekhsnab", "ru-kamatech"} <= set(got)


def test_the_word_for_a_company_after_an_elided_article_is_no_part_of_its_name(
    registries: Registries,
) -> None:
    """ "L'azienda Ceramiche Rossi S.r.l.": "L'azienda" is "the company", as "la società" is;
    the name is Ceramiche Rossi."""
    got = partner_kinds(
        registries, "it", "Ceramica veneta a Bình Dương",
        "L'azienda Ceramiche Rossi S.r.l. ha firmato un accordo con la provincia di Bình Dương.",
    )  # fmt: skip
    assert got.get("it-ceramiche-rossi") == "company"


def test_a_places_government_before_its_department_keeps_the_place_in_its_id(
    registries: Registries,
) -> None:
    """ "The Tasmania Government's Department of ...": the government's
    possessive between the place and the department's words keeps the place in the id, and the
    department's bare name said again is the same department, not another of the country's."""
    got = partner_ids(
        registries, "en", "Lang Son and Tasmania to share orchard know-how",
        "The Tasmania Government's Department of Natural Resources and Environment will send "
        "two orchard experts to Lang Son. The Department of Natural Resources and Environment "
        "will also fund the trials.",
    )  # fmt: skip
    assert "au-tasmania-department-of-natural-resources-and-environment" in got
    assert "au-department-of-natural-resources-and-environment" not in got


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("La Universidad de Guadalajara, en México, recibirá a cinco estudiantes de la provincia "
         "de Long An en su campus de Zapopan.", "mx-university-of-guadalajara"),
        ("La Universidad de Guadalajara recibirá a cinco estudiantes de la provincia de Long An. "
         "Viajarán después a México y a Castilla-La Mancha.", "es-university-of-guadalajara"),
        ("La Universidad de Valencia recibirá a cinco estudiantes de la provincia de Long An. "
         "Colaborará también con un centro de Florida.", "es-university-of-valencia"),
    ],
)  # fmt: skip
def test_a_body_of_a_city_named_as_a_unit_abroad_is_the_named_countrys(
    registries: Registries, body: str, expected: str
) -> None:
    """Spain's Guadalajara province is not read bare; beside a university's words, in an
    article naming Mexico and none of Spain's places, Guadalajara is the Mexican city; with a
    Spanish region named too it stays the Spanish unit, and so does Valencia beside Florida: the
    largest Valencia is no American city."""
    got = partner_ids(registries, "es", "Long An firma un convenio con una universidad", body)
    assert expected in got


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected"),
    [
        ("ru", "Свердловская область и Тханьхоа обсудили поставки",
         "Делегация Свердловской области посетила провинцию Тханьхоа. ООО «Уральская аграрная "
         "группа» подписало соглашение о поставках зерна.", "ru-ural-agrarian-group"),
        ("uk", "Одеська область і Лонган домовилися про співпрацю",
         "Делегація Одеської області відвідала провінцію Лонган. ТОВ «Подільська аграрна група» "
         "запропонувало постачання зерна.", "ua-podillia-agrarian-group"),
    ],
)  # fmt: skip
def test_a_group_named_by_what_it_is_reads_in_english(
    registries: Registries, lang: str, headline: str, body: str, expected: str
) -> None:
    """A group of companies named by its region and trade signs in English as a company so
    named does (Siberian Agro Company): «Уральская аграрная группа» is the Ural Agrarian Group,
    not "Uralskaya Agrarnaya Gruppa"."""
    assert expected in partner_ids(registries, lang, headline, body)
