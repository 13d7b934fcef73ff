"""Words read as a place's name that are none: a possessive or a title before a place word, a
verb after it, the kind's own word, a sentence's end (composed sentences, invented events;
digest/extract/unlisted.py, vocabularies/languages.yaml place_not_names)."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import partner_kinds


@pytest.mark.parametrize(
    ("lang", "headline", "body", "not_a_name"),
    [
        ("en", "Dong Nai looks to Queensland for cattle",
         "\"Our province has around 1,500 livestock farms,\" the governor said in Brisbane, "
         "Australia, after meeting Queensland's ministers.", "-our"),
        ("en", "Lao Cai and Yunnan agree on a smart border lane",
         "The government of Hekou, Yunnan, China, represented by Deputy County Head Li Qiang, "
         "agreed to assign 45 quarantine officers.", "-deputy"),
        ("th", "นครพนมจับมือกว่างบิ่ญ",
         "มูลค่าการค้ากับลาวของจังหวัดอยู่ที่กว่า 1.1 แสนล้านบาท", "-yu"),
        ("ko", "창원특례시, 베트남 타이응우옌성과 협약",
         "창원특례시는 17일 베트남 타이응우옌성 인민위원회와 기술인력 양성 협약을 맺었다.",
         "teungnye"),
        ("hi", "आंध्र प्रदेश और खान्ह होआ के बीच समझौता",
         "आंध्र प्रदेश सरकार ने सोमवार को विजयवाड़ा में एक समझौता ज्ञापन पर हस्ताक्षर किए। राज्य के "
         "मत्स्य पालन मंत्री ने भारत और वियतनाम के सहयोग की सराहना की।", "hastakshar"),
        # A deputy's title closing in the place word: its holder follows.
        ("pl", "Lubelskie i Son La podpisały porozumienie",
         "Porozumienie podpisali we wtorek w Lublinie wicemarszałek województwa Tomasz Wierzbicki "
         "oraz wiceprzewodniczący Komitetu Ludowego prowincji Son La.", "wierzbicki"),
    ],
)  # fmt: skip
def test_a_word_beside_a_place_word_that_names_nothing_is_no_partner(
    registries: Registries, lang: str, headline: str, body: str, not_a_name: str
) -> None:
    found = partner_kinds(registries, lang, headline, body)
    assert not [pid for pid in found if not_a_name in pid]
