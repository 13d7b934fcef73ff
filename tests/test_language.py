import pytest

from digest.extract.language import UnsupportedLanguage, detect

SAMPLES = {
    "en": "The provincial delegation signed an agreement with the city of Busan on trade and "
          "tourism, which is expected to bring more visitors to the region.",
    "vi": "Đoàn công tác của tỉnh đã ký kết biên bản ghi nhớ hợp tác với thành phố Busan về "
          "thương mại và du lịch.",
    "de": "Die Delegation der Provinz hat mit der Stadt Busan eine Vereinbarung über Handel und "
          "Tourismus unterzeichnet, die mehr Besucher in die Region bringen soll.",
    "pl": "Delegacja prowincji podpisała z miastem Pusan umowę o handlu i turystyce, która ma "
          "przyciągnąć do regionu więcej gości.",
    "fr": "La délégation de la province a signé avec la ville de Busan un accord sur le commerce "
          "et le tourisme, qui doit attirer plus de visiteurs dans la région.",
    "es": "La delegación de la provincia firmó con la ciudad de Busan un acuerdo sobre comercio y "
          "turismo, que debe atraer más visitantes a la región.",
    "it": "La delegazione della provincia ha firmato con la città di Busan un accordo sul "
          "commercio e sul turismo, che porterà più visitatori nella regione.",
    "pt": "A delegação da província assinou com a cidade de Busan um acordo sobre comércio e "
          "turismo, que deve trazer mais visitantes para a região.",
    "ru": "Делегация провинции подписала с городом Пусан соглашение о торговле и туризме.",
    "uk": "Делегація провінції підписала з містом Пусан угоду про торгівлю і туризм, яка "
          "принесе більше відвідувачів.",
    "ar": "وقّع وفد المقاطعة اتفاقية مع مدينة بوسان بشأن التجارة والسياحة.",
    "ja": "省の代表団は釜山市と貿易と観光に関する協定に署名した。",
    "zh": "该省代表团与釜山市签署了贸易和旅游合作协议。",
    "ko": "성 대표단은 부산시와 무역 및 관광 협정을 체결했다.",
    "th": "คณะผู้แทนของจังหวัดได้ลงนามข้อตกลงกับเมืองปูซานด้านการค้าและการท่องเที่ยว",
    "hi": "प्रांत के प्रतिनिधिमंडल ने बुसान शहर के साथ व्यापार और पर्यटन पर समझौते पर हस्ताक्षर किए।",
}  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SAMPLES.items())
def test_detects_each_supported_language(lang: str, text: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "De delegatie van de provincie heeft een overeenkomst getekend met de stad en het is "
        "een goede zaak voor de mensen van het land.",
        "Delegasi provinsi telah menandatangani perjanjian dengan kota itu untuk perdagangan "
        "dan pariwisata yang akan membawa lebih banyak pengunjung.",
        "Η αντιπροσωπεία της επαρχίας υπέγραψε συμφωνία με την πόλη.",
        "12345 67890",
    ],
)
def test_refuses_languages_it_does_not_read(text: str) -> None:
    with pytest.raises(UnsupportedLanguage):
        detect(text)


def test_script_counts_by_code_point_ranges() -> None:
    from digest.extract.language import script_counts

    counts = script_counts("Hà Nội 河内 ハノイ 하노이 ฮานอย हनोई هانوي Ханой 2025!")
    assert counts == {"Latin": 5, "Han": 2, "Katakana": 3, "Hangul": 3, "Thai": 5,
                      "Devanagari": 3, "Arabic": 5, "Cyrillic": 5}  # fmt: skip


def test_decomposed_vietnamese_is_still_vietnamese() -> None:
    import unicodedata

    assert detect(unicodedata.normalize("NFD", SAMPLES["vi"])) == "vi"
