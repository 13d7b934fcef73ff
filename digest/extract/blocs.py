"""International bodies named for what they list, rule or stand for, not as partners.

A body of many countries (UNESCO, the European Union, ASEAN: a registry partner with no country)
is often named in passing: as the body that lists a site ("i rispettivi siti Unesco", "a UNESCO
Global Geopark", "classificada pela UNESCO"), as a market or a region of trade ("exportations
vers l'Union européenne", "cửa ngõ quan trọng nhất sang ASEAN", "与东盟贸易额"), as the author of
rules a province must meet ("les exigences de traçabilité de l'Union européenne"), or as a
regional desk of another body ("东盟区域总监"). None of these is a dealing with the province
(issue 13: partners drafted that are none). A province applying to the body for a listing does deal
with it ("die Beantragung … als globaler Geopark bei der UNESCO", "hồ sơ đề nghị UNESCO công
nhận"): the body stays. Only grammar and kind words: no body is named here.
"""

from __future__ import annotations

import re

from digest.text import fold

# A designation beside the body: a site, a heritage list, a geopark (folded; CJK, Thai, Cyrillic
# stems as they fold).
_DESIGNATION = re.compile(
    r"(?<!\w)(?:sites?|sito|siti|sitios?|heritage|patrimo\w*|geopark\w*|geoparc\w*|geoparque\w*|"
    r"geoparco|listed|classificad\w*|classee?s?|inscrit\w*|declarad\w*|riconosciut\w*|di san|"
    r"наслед\w*|спадщин\w*)(?!\w)|遗产|遺産|地质公园|ジオパーク|유산|지오파크|มรดก"
)
_DESIGNATION_REACH = 24
# An application or nomination the province makes to the body, somewhere before it in the sentence.
_APPLICATION_BEFORE = re.compile(
    r"(?<!\w)(?:beantrag\w*|antrag\w*|bewerb\w*|appl(?:y|ies|ied|ying|ication)s?|nominat\w*|"
    r"submi(?:t|ts|tted|tting|ssion)|candidat\w*|dossier|postula\w*|solicit\w*|ho so|de nghi|"
    r"заявк\w*|номинац\w*)(?!\w)|申报|申報|申请|申請|신청|ยื่น"
)
_APPLICATION_REACH = 96
# A word of trade or of a gateway somewhere before, and a preposition of direction right before:
# the body is a market or a region goods or people go to.
_TRADE_OR_GATEWAY = re.compile(
    r"(?<!\w)(?:export\w*|import\w*|esport\w*|xuat khau|nhap khau|экспорт\w*|експорт\w*|"
    r"cua ngo|gateway|porte d'entree|puerta de entrada|porta d'ingresso)(?!\w)"
)
_DIRECTION_BEFORE = re.compile(
    r"(?<!\w)(?:to|into|to the|into the|vers|vers l'|vers la|a destination de l'|hacia|hacia la|"
    r"a la|verso|verso l'|nell'|sang|vao|toi|в|до)\s*$"
)
_TRADE_REACH = 48
# Rules the body sets: "les exigences de traçabilité de l'Union européenne", "EU standards".
_RULES_BEFORE = re.compile(
    r"(?<!\w)(?:exigences?|normes?|reglement\w*|requirements?|standards?|regulations?|rules|"
    r"requisitos?|requisiti|normas?|quy dinh|tieu chuan|требовани\w*|стандарт\w*)(?!\w)"
)
_RULES_REACH = 32
# Chinese, Japanese and Korean: trade with the body ("与东盟贸易额"), the body's share of a
# partner's trade ("在东盟的第二大贸易伙伴"), a body's desk for the region ("东盟区域总监").
_CJK_TRADE_AFTER = re.compile(
    r"(?:贸易|貿易|무역|の?市場|市场|시장|的.{0,6}贸易伙伴|区域|地区|地域|지역)"
)


def names_a_bloc_in_passing(text: str, start: int, end: int) -> bool:
    """Whether the international body at ``text[start:end]`` is named only for a site it lists,
    as a market or region of trade, for its rules, or for another body's regional desk."""
    around = fold(
        text[max(0, start - _DESIGNATION_REACH) : start]
        + " "
        + text[end : end + _DESIGNATION_REACH]
    )
    if _DESIGNATION.search(around):
        sentence = text[max(0, start - _APPLICATION_REACH) : start].rsplit(".", 1)[-1]
        return not _APPLICATION_BEFORE.search(fold(sentence))
    before = fold(text[max(0, start - _TRADE_REACH) : start])
    if _DIRECTION_BEFORE.search(before) and _TRADE_OR_GATEWAY.search(before):
        return True
    if _RULES_BEFORE.search(before[-_RULES_REACH:]):
        return True
    return _CJK_TRADE_AFTER.match(text, end, end + 12) is not None
