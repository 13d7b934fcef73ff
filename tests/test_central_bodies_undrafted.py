"""German, Polish, Russian, Ukrainian and English bodies the drafting did not draft at all:
case forms, kind words and name tails no rule read (issue 13, seventeenth round, central20);
composed sentences, invented bodies."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import closed_partner_ids


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected", "not_drafted"),
    [
        # The chamber's words in the prepositional (dative) case before its place.
        ("ru", "Казань и Хайзыонг",
         "Делегация провинции Хайзыонг провела переговоры в Торгово-промышленной палате "
         "Республики Татарстан.",
         ["ru-tatarstan-chamber-of-commerce-and-industry"], []),
        ("uk", "Харків і Хайзионг",
         "Делегація провінції Хайзионг провела переговори в Торгово-промисловій палаті "
         "Харківської області.",
         ["ua-kharkiv-chamber-of-commerce-and-industry"], []),
    ],
)  # fmt: skip
def test_a_chamber_s_words_in_every_case_name_the_chamber(
    registries: Registries,
    lang: str,
    headline: str,
    body: str,
    expected: list[str],
    not_drafted: list[str],
) -> None:
    got = closed_partner_ids(registries, lang, headline, body)
    assert set(expected) <= set(got)
    assert not set(not_drafted) & set(got)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected", "not_drafted"),
    [
        # A committee linked by "по" to a portfolio in the dative: "for" it.
        ("ru", "Гомель и Лаокай",
         "Председатель комитета по сельскому хозяйству и продовольствию Гомельской области "
         "встретился с делегацией провинции Лаокай.",
         ["by-gomel-committee-for-agriculture-and-food"], []),
        # The same portfolio in the genitive, no "по": the committee "of" it, as before.
        ("ru", "Гомель и Лаокай",
         "Комитет сельского хозяйства и продовольствия Гомельской области подписал соглашение "
         "с провинцией Лаокай.",
         ["by-gomel-committee-of-agriculture-and-food"], ["by-gomel-committee-for-agriculture-and-food"]),
        # The dative after "по" composes a ministry's or an agency's portfolio too.
        ("ru", "Иркутск и Лаокай",
         "Агентство по инвестициям Иркутской области подписало соглашение с провинцией Лаокай.",
         ["ru-irkutsk-oblast-investment-agency"], []),
    ],
)  # fmt: skip
def test_a_portfolio_in_the_dative_after_po_is_read(
    registries: Registries,
    lang: str,
    headline: str,
    body: str,
    expected: list[str],
    not_drafted: list[str],
) -> None:
    got = closed_partner_ids(registries, lang, headline, body)
    assert set(expected) <= set(got)
    assert not set(not_drafted) & set(got)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected", "not_drafted"),
    [
        ("ru", "Рыбный терминал в Кханьхоа",
         "Консорциум российской компании ООО «СевРыбТрейд» и южнокорейской Hanseong Marine "
         "Co., Ltd. получил свидетельство об инвестициях в провинции Кханьхоа.",
         ["ru-sevrybtrade"], []),
        # The nationality of another word is no company's.
        ("ru", "Рыбный терминал в Кханьхоа",
         "Российской делегации ООО «СевРыбТрейд» и южнокорейской Hanseong Marine Co., Ltd. "
         "представили проект в провинции Кханьхоа.",
         [], ["ru-sevrybtrade"]),
    ],
)  # fmt: skip
def test_a_nationality_before_a_word_for_a_company_and_a_legal_form_says_whose(
    registries: Registries,
    lang: str,
    headline: str,
    body: str,
    expected: list[str],
    not_drafted: list[str],
) -> None:
    got = closed_partner_ids(registries, lang, headline, body)
    assert set(expected) <= set(got)
    assert not set(not_drafted) & set(got)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected", "not_drafted"),
    [
        ("pl", "Katowice i Thái Nguyên",
         "Regionalna Izba Gospodarcza w Katowicach podpisała porozumienie z prowincją Thái "
         "Nguyên.",
         ["pl-regional-chamber-of-commerce-in-katowice"], []),
        ("pl", "Polska i Quảng Ninh",
         "Wizytę w prowincji Quảng Ninh pomogła zorganizować Ambasada Rzeczypospolitej Polskiej "
         "w Hanoi.",
         ["pl-embassy"], []),
        ("de", "Thüringen und Thái Nguyên",
         "Die Landesentwicklungsgesellschaft Thüringen wird Betriebe aus Thái Nguyên bei der "
         "Suche nach Wohnungen unterstützen.",
         ["de-thuringia-state-development-corporation"], []),
    ],
)  # fmt: skip
def test_polish_and_german_kind_words_name_their_place_s_body(
    registries: Registries,
    lang: str,
    headline: str,
    body: str,
    expected: list[str],
    not_drafted: list[str],
) -> None:
    got = closed_partner_ids(registries, lang, headline, body)
    assert set(expected) <= set(got)
    assert not set(not_drafted) & set(got)


@pytest.mark.parametrize(
    ("body", "expected", "not_drafted"),
    [
        ("The Mongolian University of Science and Technology will train 20 engineers from Yen "
         "Bai under the agreement.",
         ["mn-mongolian-university-of-science-and-technology"], ["mn-mongolian-university"]),
        # What a Vietnamese university teaches does not make it foreign.
        ("Savannakhet asked Quang Tri to train Lao officials at the Thai Nguyen University of "
         "Agriculture and Forestry.",
         [], ["la-thai-nguyen-university-of-agriculture-and-forestry"]),
    ],
)  # fmt: skip
def test_an_english_university_s_name_goes_on_after_of(
    registries: Registries, body: str, expected: list[str], not_drafted: list[str]
) -> None:
    got = closed_partner_ids(registries, "en", "Scholarships for Vietnamese students", body)
    assert set(expected) <= set(got)
    assert not set(not_drafted) & set(got)


@pytest.mark.parametrize(
    ("body", "expected", "not_drafted"),
    [
        ("Делегация провинции Лаокай посетила Гомельский завод сельхозмашин и договорилась о "
         "поставках.",
         ["by-gomel-agricultural-machinery-plant"], []),
        ("Техника производства Гомельского завода сельхозмашин будет собираться в провинции "
         "Лаокай.",
         ["by-gomel-agricultural-machinery-plant"], []),
        # A trade the vocabulary does not know, or a city no registry place: nothing.
        ("Делегация провинции Лаокай посетила Гомельский завод игрушек.",
         [], ["by-gomel-plant"]),
    ],
)  # fmt: skip
def test_an_unquoted_plant_is_named_by_its_city_s_adjective_and_trade(
    registries: Registries, body: str, expected: list[str], not_drafted: list[str]
) -> None:
    got = closed_partner_ids(registries, "ru", "Белорусская техника во Вьетнаме", body)
    assert set(expected) <= set(got)
    assert not set(not_drafted) & set(got)
