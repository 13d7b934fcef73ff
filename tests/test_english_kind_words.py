"""English bodies and companies named by their own words and a closing kind word (issue 13,
fifteenth round, wave 2, english16): a technology park, a port's body named in the plural, a
school named for what it studies, a company named by a trade word, a bank's arm in Vietnam, and
an association of a foreign place whose name holds Vietnam's (composed sentences, invented
events)."""

from __future__ import annotations

from pathlib import Path

from digest.extract.drafting import draft_text
from digest.registries import Registries


def partners(registries: Registries, text: str) -> list[tuple[str, str]]:
    drafted = draft_text(text, Path("article.txt"), registries)
    return [(p["id"], p["kind"]) for p in drafted.partners]


def test_a_technology_park_of_a_foreign_place(registries: Registries) -> None:
    text = (
        "Gangwon and Nghe An train technicians\n02/05/2025\n"
        "Gangwon Techno Park and the Nghe An Department of Science signed a memorandum on "
        "training 40 technicians a year in Korea.\n"
    )
    assert ("kr-gangwon-techno-park", "organisation") in partners(registries, text)


def test_a_ports_body_named_in_the_plural_is_the_one_foreign_countrys(
    registries: Registries,
) -> None:
    text = (
        "Queensland grain reaches Can Tho\n02/05/2025\n"
        "A delegation from Queensland visited Can Tho. Gladwick Ports chief executive Tom Reyes "
        "said the new route would carry 200,000 tonnes of grain a year. Can Tho Port will "
        "handle the rice shipped back.\n"
    )
    found = partners(registries, text)
    assert ("au-gladwick-ports", "organisation") in found
    assert not any("can-tho" in pid for pid, _ in found)


def test_a_school_named_for_what_it_studies(registries: Registries) -> None:
    text = (
        "Queensland researchers in Soc Trang\n02/05/2025\n"
        "Researchers from Queensland and the Harwood School of Tropical Medicine will study "
        "dengue in Soc Trang, with the University's School of Agriculture advising farmers.\n"
    )
    found = [pid for pid, _ in partners(registries, text)]
    assert "au-harwood-school-of-tropical-medicine" in found
    assert not any("university-s" in pid for pid in found)


def test_a_company_named_by_a_trade_word_is_the_one_foreign_countrys(
    registries: Registries,
) -> None:
    text = (
        "Gyeonggi investors in Bac Ninh\n02/05/2025\n"
        "A delegation from Gyeonggi Province (Korea) visited Bac Ninh, where Korean firms employ "
        "60,000 workers. Mirae Tech announced a US$90 million plant, US$40 million more than "
        "planned, and Gwanak Precision will expand its casing line. Hong Linh Tech, a local "
        "supplier, will join.\n"
    )
    found = partners(registries, text)
    assert ("kr-mirae-tech", "company") in found
    assert ("kr-gwanak-precision", "company") in found
    assert not any("hong-linh" in pid for pid, _ in found)


def test_a_banks_arm_in_vietnam_is_the_banks(registries: Registries) -> None:
    text = (
        "Gyeonggi investors in Bac Ninh\n02/05/2025\n"
        "A delegation from Gyeonggi Province (Korea) visited Bac Ninh. Representatives of "
        "Hanul Bank Vietnam and Tien Phong Bank also attended.\n"
    )
    found = partners(registries, text)
    assert ("kr-hanul-bank", "company") in found
    assert not any("tien-phong" in pid for pid, _ in found)


def test_a_company_in_apposition_after_a_company_word(registries: Registries) -> None:
    text = (
        "Investment in Hai Duong\n02/05/2025\n"
        "A second Japanese firm, Morikawa Seiki, which makes moulds, received an investment "
        "certificate in Hai Duong province.\n"
    )
    assert ("jp-morikawa-seiki", "company") in partners(registries, text)


def test_an_association_of_a_foreign_place_whose_name_holds_vietnams(
    registries: Registries,
) -> None:
    text = (
        "Veterans return to Quang Tri\n02/05/2025\n"
        "The Vietnam Veterans Friendship Association of Oregon donated survey equipment to "
        "Quang Tri province, and the Vietnam Association of Veterans welcomed them.\n"
    )
    found = [pid for pid, _ in partners(registries, text)]
    assert "us-vietnam-veterans-friendship-association-of-oregon" in found
    assert "us-oregon" not in found
    assert not any("association-of-veterans" in pid for pid in found)


def test_a_countrys_letters_before_a_currency_sign_name_no_country(
    registries: Registries,
) -> None:
    text = (
        "Korean investors in Bac Ninh\n02/05/2025\n"
        "A delegation of Korean firms from Gyeonggi visited Bac Ninh after a stop in Osaka. "
        "Korean investment reached US$3 billion, US$1 billion of it last year, and a US$50 "
        "million fund was set up. Korea is the province's largest investor. Hanbitt University "
        "will train 50 technicians.\n"
    )
    assert ("kr-hanbitt-university", "organisation") in partners(registries, text)


def test_a_foreign_agency_named_by_its_field_or_acronym_and_its_region(
    registries: Registries,
) -> None:
    text = (
        "Queensland trains Long An technicians\n02/05/2025\n"
        "A delegation from Queensland visited Long An. Under the agreement, TAFE Queensland will "
        "train 80 technicians, and Tourism and Education Queensland's director said a buyers' "
        "mission would follow. The Minister for Trade and Investment Queensland sent greetings "
        "to the Vietnam Energy Queensland Dialogue.\n"
    )
    found = [pid for pid, _ in partners(registries, text)]
    assert "au-tafe-queensland" in found
    assert "au-tourism-and-education-queensland" in found
    assert "au-trade-and-investment-queensland" not in found
    assert "au-energy-queensland" not in found
