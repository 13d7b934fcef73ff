"""A topic named once stays when the headline states it or the main topic is named once too;
and the page furniture of tests/extraction_pages35 (menus, next stories) gives no topic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digest.extract import drafting
from digest.extract.topics import find_topics
from digest.registries import load_registries

PAGES35 = Path(__file__).parent / "extraction_pages35"

# A brief: tourism twice, culture twice, trade named once in a closing sentence.
BRIEF = (
    "Delegates from Busan visited the old town\n"
    "The city wants more tourists and more tourism from Korea.\n"
    "A cultural festival was shown to the guests.\n"
    "The guests also asked about exports of fruit.\n"
)


def test_single_mention_stated_in_the_headline_stays() -> None:
    text = "Busan and the old town talk exports and tourism\n" + BRIEF.split("\n", 1)[1]
    assert "trade" in find_topics(text, "en")


def test_single_mention_beside_a_main_topic_named_once_stays() -> None:
    # Best score 1 in a brief: the two best topics stand on their score.
    text = "Busan visit\nThe guests saw a museum of culture and asked about exports.\n"
    assert set(find_topics(text, "en")) == {"culture", "trade"}


@pytest.mark.parametrize("article", sorted(PAGES35.glob("*/*.txt")), ids=lambda path: path.stem)
def test_pages35_topics_are_the_editors(article: Path) -> None:
    gold = json.loads(article.with_suffix(".json").read_text(encoding="utf-8"))
    drafted = drafting.draft(article, load_registries()).as_json()
    assert sorted(drafted["topics"]) == sorted(gold["topics"])
    # Next stories on hospitals, tourists, exports or investment give no topic.
    assert not {"investment"} & set(drafted["topics"])


def test_a_field_the_lead_lists_once_is_a_side_remark() -> None:
    # The lead lists every field of the agreement; only tourism and culture are what the
    # article goes on about. Health, named once there, is no subject.
    text = (
        "Busan and the old town sign a tourism pact\n"
        "The two cities agreed to work on tourism, culture, health care and hospitals.\n"
        "Busan will send tourists on direct flights, and tourism firms will open offices.\n"
        "A cultural festival and a culture week will follow in spring.\n"
        "The tourism office expects more tourists and a second cultural exchange next year.\n"
    )
    assert find_topics(text, "en") == ["tourism", "culture"]
