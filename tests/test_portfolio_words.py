"""A foreign government body's portfolio composed word by word (digest/extract/portfolios.py,
vocabularies/organisations.yaml `ministries.portfolio_words`): a combination of portfolio words
no list holds as a whole phrase is still read, and its English composed from the words'."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import closed_partner_ids


@pytest.mark.parametrize(
    ("lang", "headline", "body", "body_id"),
    [
        # Russian "по" and "развитию" governing the word after it: Tourism Development.
        ("ru", "Делегация из Новосибирска посетила Кханьхоа",
         "Министерство по развитию туризма Новосибирской области подписало соглашение с "
         "провинцией Кханьхоа.", "ru-novosibirsk-ministry-of-tourism-development"),
        # Chinese words glued, "和" before the last.
        ("zh", "昆明与越南广宁省开展旅游合作", "昆明市文化广电和旅游局与广宁省旅游局签署合作备忘录。",
         "cn-kunming-bureau-of-culture-radio-and-television-and-tourism"),
        # Hindi "के" after the state; "विकास" governs the word before it.
        ("hi", "बिहार और कैन थो के बीच कृषि सहयोग",
         "बिहार के कृषि एवं ग्रामीण विकास विभाग ने कैन थो प्रांत के साथ एक सहमति-पत्र पर हस्ताक्षर "
         "किए।", "in-bihar-department-of-agriculture-and-rural-development"),
        ("vi", "Quảng Trị hợp tác với Savannakhet",
         "Sở Văn hóa và Thể thao tỉnh Savannakhet đã ký biên bản hợp tác với Quảng Trị.",
         "la-savannakhet-department-of-culture-and-sports"),
        # A wartime oblast's military administration after the portfolio: the last oblast's.
        ("uk", "Делегація з Вінниці відвідала Тханьхоа",
         "Вінницька область розширює зв'язки з В'єтнамом. Департамент міжнародного "
         "співробітництва та регіонального розвитку облвійськадміністрації підписав угоду з "
         "провінцією Тханьхоа.",
         "ua-vinnytsia-department-of-international-cooperation-and-regional-development"),
        # A region's department in the Latin-script languages: the kind's word, its portfolio
        # words with commas and "and" (and "of" again after a comma in French), its place.
        ("pt", "Ceará e a província de Ben Tre",
         "A Secretaria do Desenvolvimento Econômico do Ceará assinou um acordo com a província "
         "de Ben Tre.", "br-ceara-secretariat-of-economic-development"),
        ("it", "Veneto e la provincia di Ben Tre",
         "L'Assessorato all'Agricoltura, Turismo e Sport della Regione Veneto ha firmato un "
         "accordo con la provincia di Ben Tre.",
         "it-veneto-department-of-agriculture-tourism-and-sports"),
        ("fr", "La Bretagne et la province de Ben Tre",
         "La Direction de l'Économie, de l'Emploi et de l'Innovation de la Région Bretagne a signé "
         "un accord avec la province de Ben Tre.",
         "fr-bretagne-directorate-of-economy-employment-and-innovation"),
        # A voivodeship's marshal's office by its abbreviation: the last voivodeship's.
        ("pl", "Pomorskie i prowincja Ben Tre",
         "Województwo pomorskie rozwija współpracę z Wietnamem. Departament Rozwoju "
         "Gospodarczego UMWP zorganizował misję do prowincji Ben Tre.",
         "pl-pomorskie-department-of-economic-development"),
        # A council and a science institute are named after their portfolio; the id names the
        # place as its own id does (kr-jeollanam, whose English name is South Jeolla).
        ("ja", "長野県、ゲアン省と介護人材で協力",
         "長野県社会福祉協議会は、ゲアン省の介護人材を受け入れる計画を発表した。",
         "jp-nagano-prefectural-social-welfare-council"),
        ("ko", "전라남도, 끼엔장성과 수산 협력",
         "전라남도해양수산과학원 연구진이 끼엔장성을 방문해 양식 기술을 전수했다.",
         "kr-jeollanam-ocean-and-fisheries-science-institute"),
    ],
)  # fmt: skip
def test_a_body_whose_portfolio_no_list_holds_whole_is_composed_word_by_word(
    registries: Registries, lang: str, headline: str, body: str, body_id: str
) -> None:
    assert body_id in closed_partner_ids(registries, lang, headline, body)


def test_a_regional_ministry_left_unnamed_is_no_countrys(registries: Registries) -> None:
    # "said the regional ministry of international relations": the region's, which the
    # sentence leaves unsaid, not Russia's ministry.
    found = closed_partner_ids(
        registries, "ru", "Товарооборот Свердловской области с провинцией Тхайнгуен вырос",
        "Товарооборот вырос на 12%, сообщили в региональном министерстве международных связей.",
    )  # fmt: skip
    assert not any("ministry" in partner for partner in found)


def test_a_place_no_registry_knows_before_a_bare_kind_word_is_not_the_last_place(
    registries: Registries,
) -> None:
    # "芒街市文化体育局": the bureau is of a city whose name the registry lacks, not of the
    # city named before with the same kind's word.
    found = closed_partner_ids(
        registries, "zh", "防城港市与越南广宁省开展文化交流",
        "防城港市政府代表团访问广宁省。芒街市文化体育局介绍了当地的节庆活动。",
    )  # fmt: skip
    assert not any("bureau" in partner for partner in found)


def test_a_korean_bureau_named_only_in_its_heads_title_is_the_provinces_voice(
    registries: Registries,
) -> None:
    found = closed_partner_ids(
        registries, "ko", "충청북도, 응에안성과 의료 협력",
        "김민수 충청북도 보건복지국장은 응에안성 병원들과 협력하겠다고 말했다.",
    )  # fmt: skip
    assert not any("bureau" in partner for partner in found)


def test_a_regions_minister_speaks_for_the_regions_ministry(registries: Registries) -> None:
    found = closed_partner_ids(
        registries, "ru", "Новосибирская область и провинция Тхайнгуен расширят связи",
        "Министр сельского хозяйства Новосибирской области Иван Петров заявил, что регион "
        "направит в провинцию Тхайнгуен группу специалистов.",
    )  # fmt: skip
    assert "ru-novosibirsk-ministry-of-agriculture" in found


def test_a_countrys_minister_names_no_ministry(registries: Registries) -> None:
    found = closed_partner_ids(
        registries, "ru", "Россия и провинция Тхайнгуен расширят связи",
        "Министр сельского хозяйства России Иван Петров заявил, что специалисты приедут в "
        "провинцию Тхайнгуен.",
    )  # fmt: skip
    assert not any("ministry" in partner for partner in found)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "ministry"),
    [
        # "of" repeated after a comma.
        ("fr", "Le Cameroun et la province de Ben Tre signent un accord",
         "Le ministère de l'Agriculture, de la Pêche et de la Forêt du Cameroun a signé un accord "
         "avec la province de Ben Tre.", "cm-ministry-of-agriculture-fisheries-and-forestry"),
        ("de", "Deutschland und Provinz Ben Tre vereinbaren Zusammenarbeit",
         "Das deutsche Bundesministerium für Wirtschaft, Arbeit, Energie und Klimaschutz "
         "unterstützt die Provinz Ben Tre.",
         "de-ministry-of-economic-affairs-labour-energy-and-climate-action"),
        ("pl", "Polska i prowincja Ben Tre",
         "Polskie Ministerstwo Rolnictwa, Rozwoju Wsi i Rybołówstwa podpisało porozumienie z "
         "prowincją Ben Tre.", "pl-ministry-of-agriculture-rural-development-and-fisheries"),
        # Arabic "and" glued to the next word.
        ("ar", "مصر ومقاطعة بن تري توقعان اتفاقية",
         "وقعت وزارة الثقافة والشباب المصرية اتفاقية مع مقاطعة بن تري.",
         "eg-ministry-of-culture-and-youth"),
    ],
)  # fmt: skip
def test_a_ministrys_portfolio_words_are_joined_by_commas_and_the_languages_and(
    registries: Registries, lang: str, headline: str, body: str, ministry: str
) -> None:
    assert ministry in closed_partner_ids(registries, lang, headline, body)


@pytest.mark.parametrize(
    ("lang", "headline", "body"),
    [
        # "Of the" glued: "del", "du".
        ("es", "Perú y la provincia de Ben Tre",
         "Según datos del Ministerio de Comercio Exterior y Turismo de Perú, las exportaciones a "
         "la provincia de Ben Tre crecieron un 12 %."),
        ("fr", "Le Maroc et la province de Ben Tre",
         "Selon les chiffres du ministère de l'Agriculture du Maroc, les exportations vers la "
         "province de Ben Tre ont progressé de 12 %."),
        # Arabic, "and" glued before the words.
        ("ar", "مصر ومقاطعة بن تري",
         "وبحسب بيانات وزارة الزراعة المصرية، ارتفعت الصادرات إلى مقاطعة بن تري بنسبة 12 في "
         "المئة."),
    ],
)  # fmt: skip
def test_a_ministry_only_cited_for_the_figures_is_no_partner(
    registries: Registries, lang: str, headline: str, body: str
) -> None:
    found = closed_partner_ids(registries, lang, headline, body)
    assert not any("ministry" in partner for partner in found)
