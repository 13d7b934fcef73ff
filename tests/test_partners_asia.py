"""Partners whose English name is not the reading of their script, in Korean, Japanese, Thai,
Chinese and Hindi (composed sentences, invented events; registries/partners.yaml,
vocabularies/organisations.yaml, digest/extract/bodies.py and digest/extract/unlisted.py)."""

from __future__ import annotations

import pytest

from digest.registries import Registries
from tests.drafting_helpers import article_partner_ids as drafted


@pytest.mark.parametrize(
    ("lang", "headline", "body", "expected", "not_expected"),
    [
        # A Korean province's agricultural research and extension agency, the province
        # romanised as written (Chungcheongbuk-do: its bodies' English, since the eleventh
        # round), and not the province beside it.
        ("ko", "한국 농업기관, 베트남 선라성과 협력",
         "충청북도농업기술원은 베트남 선라성 농업농촌개발국과 과수 재배 기술 협약을 맺었다.",
         "kr-chungcheongbuk-agricultural-research-and-extension-services", "kr-chungcheongbuk"),
        # National bodies the registry names (their English is no reading of the script).
        ("ko", "한국 공기업, 베트남 안장성 관개 사업 지원",
         "한국농어촌공사는 베트남 안장성 농업농촌개발국과 관개 시설 개선 협약을 체결했다.",
         "kr-korea-rural-community-corporation", "kr"),
        ("ko", "서울 병원, 베트남 의료진 연수",
         "서울대학교병원은 베트남 타이빈성 의료진 10명을 초청해 연수를 진행한다.",
         "kr-seoul-national-university-hospital", "kr-seoul-university-hospital"),
        ("th", "ไทยมอบทุนการศึกษาแก่นักศึกษาเวียดนาม",
         "สำนักงานความร่วมมือเพื่อการพัฒนาระหว่างประเทศ (TICA) มอบทุนการศึกษาแก่นักศึกษาจังหวัดกวางจิ",
         "th-tica", "th"),
        # A Japanese company's katakana name ending in English words, a registry place before.
        ("ja", "日本企業、ダナン市で研修",
         "食品加工の株式会社ヤマトフーズがダナン市から15人を受け入れる。",
         "jp-yamato-foods", "jp"),
        ("ja", "日本企業、ダナン市に進出",
         "神戸マリンサービス株式会社はダナン市で事業を始めた。",
         "jp-kobe-marine-service", "jp-kobe"),
        # India's ministry named in Hindi by its whole name.
        ("hi", "गुजरात और वियतनाम के बीच सहयोग",
         "गुजरात सरकार और सूक्ष्म, लघु और मध्यम उद्यम मंत्रालय ने वियतनाम के डोंग नाई प्रांत के साथ "
         "समझौता किया।",
         "in-ministry-of-micro-small-and-medium-enterprises", "in"),
    ],
)  # fmt: skip
def test_a_partner_named_in_its_script_gets_its_english_id(
    registries: Registries,
    lang: str,
    headline: str,
    body: str,
    expected: str,
    not_expected: str,
) -> None:
    partners = drafted(registries, lang, headline, body)
    assert expected in partners
    assert not_expected not in partners


@pytest.mark.parametrize(
    ("lang", "headline", "body", "not_expected"),
    [
        # The head of a body ("농업기술원장") speaks for the province: no body of its own.
        ("ko", "경북, 베트남 타이응우옌성과 농업 협력",
         "김학수 경상북도 농업기술원장이 베트남 타이응우옌성 대표단을 맞았다.",
         "kr-gyeongsangbuk-agricultural-research-and-extension-services"),
        # A mayor's title after the city's government is no unlisted city.
        ("zh", "南宁与越南谅山加强合作",
         "南宁市人民政府副市长刘洋会见越南谅山省代表团。",
         "cn-renminzhengfufu"),
        # A facility's word glued to the place, and "at": the venue's place is no partner.
        ("ko", "경남, 베트남 박닌성과 협약",
         "경상남도는 14일 창원컨벤션센터에서 베트남 박닌성 대표단과 협약을 체결했다.",
         "kr-changwon"),
        # The next story after "ये भी पढ़ें" / "この記事を読んだ人はこんな記事も" is no article text.
        ("hi", "गुजरात और वियतनाम के बीच सहयोग",
         "गुजरात सरकार ने डोंग नाई प्रांत के साथ समझौता किया।\n\nये भी पढ़ें\nजापान के साथ व्यापार बढ़ा",
         "jp"),
        ("ja", "静岡県、カインホア省と協力",
         "静岡県は17日、カインホア省と覚書を結んだ。\n\nこの記事を読んだ人はこんな記事も\n"
         "富士山静岡空港、ソウル便を増便",
         "kr-seoul"),
        # A katakana name cut short is not read: kanji no place opens it or closes it, or no
        # word of it is a known English one.
        ("ja", "日本企業、ダナン市で研修",
         "北陸ケアサービス株式会社はダナン市から60人を受け入れる。", "jp-care-service"),
        ("ja", "日本企業、ダナン市で研修",
         "株式会社ヤマトフーズ工業はダナン市に工場を建てる。", "jp-yamato-foods"),
        ("ja", "日本企業、ダナン市で研修",
         "株式会社ミツワはダナン市に工場を建てる。", "jp-mitsuwa"),
        # A branch named by its organisation's acronym, a place and the branch's word: the place
        # is where it sits (中国 is Japan's Chūgoku region there).
        ("ja", "広島県、ダナン市と連携",
         "国際協力機構（JICA）中国センターはダナン市の研修費の一部を負担する。", "cn"),
        # India's foreign ministry is not read: the words do not say whose it is.
        ("hi", "वियतनाम और भारत के बीच बैठक",
         "नई दिल्ली में विदेश मंत्रालय के सभागार में पुणे नगर निगम और कैन थो शहर की बैठक हुई।",
         "in-ministry-of-foreign-affairs"),
    ],
)  # fmt: skip
def test_no_partner_where_the_words_name_none(
    registries: Registries, lang: str, headline: str, body: str, not_expected: str
) -> None:
    assert not_expected not in drafted(registries, lang, headline, body)
