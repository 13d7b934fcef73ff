"""Organisations and companies in other scripts named by their kind's words (issue 13, fifteenth
round, scripts15): composed sentences, invented events and people."""

from __future__ import annotations

from digest.registries import Registries
from tests.drafting_helpers import page_partner_ids


def test_a_bare_ministry_is_the_country_whose_cities_the_article_names(
    registries: Registries,
) -> None:
    # Egypt's city is named, India only as a buyer: the ministry named bare is Egypt's.
    text = (
        "تعاون زراعي بين الإسكندرية وفيتنام\n"
        "أعلنت وزارة الزراعة واستصلاح الأراضي أنها ستستقبل وفدا من مقاطعة بن تري في الإسكندرية "
        "الشهر المقبل، بينما تستورد الهند جزءا من المحصول."
    )
    found = page_partner_ids(registries, text)
    assert "eg-ministry-of-agriculture-and-land-reclamation" in found


def test_a_ministry_alone_on_its_line_is_a_byline_not_a_partner(registries: Registries) -> None:
    text = (
        "تعاون زراعي بين الإسكندرية وفيتنام\n"
        "وزارة الزراعة واستصلاح الأراضي\n"
        "استقبلت الإسكندرية وفدا من مقاطعة بن تري الشهر الماضي، بينما تستورد الهند جزءا من "
        "المحصول."
    )
    found = page_partner_ids(registries, text)
    assert "eg-ministry-of-agriculture-and-land-reclamation" not in found
