"""Latin forms of names written in other scripts."""

from __future__ import annotations

import pytest

from digest.extract.translit import is_vi_syllable, script_of, to_latin


@pytest.mark.parametrize(
    ("name", "lang", "latin"),
    [
        # Latin script stays as written, diacritics included
        ("Kiều Hải Nam", "vi", "Kiều Hải Nam"),
        ("Hoang Khanh Duy", "de", "Hoang Khanh Duy"),
        # Cyrillic: Vietnamese-aware when every syllable is Vietnamese, plain otherwise
        ("Данг Суан Фонг", "ru", "Dang Xuan Phong"),
        ("Хоанг Кхань Зуй", "ru", "Hoang Khanh Duy"),
        ("Андрей Соколов", "ru", "Andrei Sokolov"),
        ("Нгуєн Ван Шон", "uk", "Nguyen Van Son"),
        ("Олександр Ковальчук", "uk", "Oleksandr Kovalchuk"),
        ("Мария Егорова", "ru", "Maria Egorova"),
        ("Чан Куок Хоанг", "ru", "Tran Quoc Hoang"),
        ("Нгієм Сюань Кионг", "uk", "Nghiem Xuan Cuong"),
        # katakana: separators become spaces, the long vowel mark is dropped; Vietnamese names
        # are read back into Vietnamese spelling, without diacritics
        ("ダン・スアン・フォン", "ja", "Dang Xuan Phong"),
        ("チュウ・トゥイ・クアン", "ja", "Chu Thuy Quang"),
        ("ヴー・ティ・ヒエン", "ja", "Vu Thi Hien"),
        ("ホアン・ヴァン・ドゥック", "ja", "Hoang Van Duc"),
        ("ドー・マイン・クオン", "ja", "Do Manh Cuong"),
        ("シェ・キャ", "ja", "She Kya"),
        # Hangul: Korean names family name first, the given name in Revised Romanization;
        # Vietnamese names by the Korean rules for writing Vietnamese
        ("로 반 끄엉", "ko", "Lo Van Cuong"),
        ("응우옌 티 투 하", "ko", "Nguyen Thi Thu Ha"),
        ("쩐 티 호아이 안", "ko", "Tran Thi Hoai An"),
        ("박정훈", "ko", "Park Jeong-hun"),
        ("김", "ko", "Kim"),
        ("남궁민수", "ko", "Namgung Min-su"),
        ("응우옌", "ko", "Eunguyen"),
        # Thai, RTGS (ห leading a sonorant is silent); Vietnamese names read back
        ("ดัง ซวน ฟอง", "th", "Dang Xuan Phong"),
        ("เกี่ยว ไห่ นาม", "th", "Kieu Hai Nam"),
        ("เหงียน ห่ง ถั่ญ", "th", "Nguyen Hong Thanh"),
        ("เจิ่น วัน เหียว", "th", "Tran Van Hieu"),
        ("แอนนา ลินด์ควิสต์", "th", "Aenna Lindokwitt"),
        # Devanagari, final schwa dropped
        ("किउ हाई नाम", "hi", "Kieu Hai Nam"),
        ("गुयेन वान तोआन", "hi", "Nguyen Van Toan"),
        ("हुइन्ह वान फुक", "hi", "Huynh Van Phuc"),
        ("राजेश कुमार सिन्हा", "hi", "Rajesh Kumar Sinha"),
        ("फ़ाम", "hi", "Fam"),
        # Arabic: consonants, و and ي as vowels inside a word
        ("ترينه تويت ماي", "ar", "Trinh Tuyet Mai"),
        ("هوانغ خانه دوي", "ar", "Hoang Khanh Duy"),
        ("تران كوك خانه", "ar", "Tran Quoc Khanh"),
        ("نغوين نغوك فوك", "ar", "Nguyen Ngoc Phuc"),
        ("سالم المهيري", "ar", "Salm Almhiri"),
        ("نغوين", "ar", "Nguyen"),
        # Chinese characters of Vietnamese names, in Sino-Vietnamese; others as written
        ("邓春丰", "zh", "Dang Xuan Phong"),
        ("黄文明", "zh", "Hoang Van Minh"),
        ("山本隆", "ja", "山本隆"),
    ],
)
def test_to_latin(name: str, lang: str, latin: str) -> None:
    assert to_latin(name, lang) == latin


@pytest.mark.parametrize(
    ("name", "lang", "latin"),
    [
        ("Лам Ван Винь", "ru", "Lam Van Vinh"),  # В is v, Б is b: not Bình
        ("دو ثي هانغ", "ar", "Do Thi Hang"),  # غ is a final ng, not nh
        ("फाम वियत ह्युंग", "hi", "Pham Viet Hung"),  # वियत as in वियतनाम; ह्यु is Hư
        ("레 꽝 하이", "ko", "Le Quang Hai"),  # 꽝: a rounded k is qu
    ],
)
def test_a_scripts_own_distinctions_choose_the_vietnamese_spelling(
    name: str, lang: str, latin: str
) -> None:
    assert to_latin(name, lang) == latin


@pytest.mark.parametrize(
    "word", ["Nam", "Nguyễn", "Trịnh", "Khanh", "Huu", "Quang", "Giang", "Fong"]
)
def test_vietnamese_syllables(word: str) -> None:
    assert is_vi_syllable(word)


@pytest.mark.parametrize(
    "word", ["Nama", "Honga", "Namowi", "Director", "Mungyeong", "KBS", "Anna"]
)
def test_not_vietnamese_syllables(word: str) -> None:
    assert not is_vi_syllable(word)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Lai Châu", "latin"),
        ("Лаокай", "cyrillic"),
        ("ラオカイ", "kana"),
        ("라오까이", "hangul"),
        ("ลาวไก", "thai"),
        ("लाओ काई", "deva"),
        ("لاو كاي", "arabic"),
        ("老街", "han"),
    ],
)
def test_script_of(text: str, script: str) -> None:
    assert script_of(text) == script


@pytest.mark.parametrize(
    ("name", "lang", "latin"),
    [
        # Chinese names in Russian and Ukrainian (Palladius) back in pinyin
        ("Хуан Цзяньмин", "ru", "Huang Jianming"),
        ("Ли Вэньцзюнь", "ru", "Li Wenjun"),
        ("Сі Цзіньпін", "uk", "Xi Jinping"),
        ("Ван Лі", "uk", "Wang Li"),
        # ...but not Russian names, nor Vietnamese ones
        ("Елена Смирнова", "ru", "Elena Smirnova"),
        ("Нгуен Ван Ань", "ru", "Nguyen Van Anh"),
        # a Vietnamese name with one word that is no name syllable keeps that word's form
        ("Нгуєн Хонг Тхат", "uk", "Nguyen Hong That"),
        # ...but a name whose family name is none is not read as Vietnamese
        ("คำไพ ไชยะวง", "th", "Khamphai Chaiyaong"),
        # (Hindi does not say a consonant's own "a" between a vowel and a consonant with its
        # own vowel: मेहता Mehta, कुलकर्णी Kulkarni; भारत keeps Bharat)
        ("सुरेश मेहता", "hi", "Suresh Mehta"),
        ("मीना कुलकर्णी", "hi", "Mina Kulkarni"),
        ("मनमोहन सिंह", "hi", "Manmohan Sinh"),
        ("भारत", "hi", "Bharat"),
        ("अनिल राघवन", "hi", "Anil Raghavan"),
        # Devanagari: the final "a" after a cluster is said
        ("संदीप आर्य", "hi", "Sandip Arya"),
        # Devanagari: the anusvara is "m" before a labial, "n" before anything else
        ("मुंबई", "hi", "Mumbai"),
        ("अंबाला कुंभ", "hi", "Ambala Kumbh"),
        ("हिंदी", "hi", "Hindi"),
    ],
)
def test_names_read_by_sound(name: str, lang: str, latin: str) -> None:
    assert to_latin(name, lang) == latin


def test_pinyin_with_the_family_names_read_apart() -> None:
    pytest.importorskip("pypinyin")
    from digest.extract.translit_han import pinyin

    assert pinyin("刘志强") == "Liu Zhiqiang"
    assert pinyin("曾国强") == "Zeng Guoqiang"  # not Ceng
    assert pinyin("欧阳明") == "Ouyang Ming"


@pytest.mark.parametrize(
    ("name", "lang", "latin"),
    [
        # Russian е after a vowel or a soft sign is "ye"; after и and ы it stays "e"
        ("Павел Андреевич Воробьев", "ru", "Pavel Andreyevich Vorobyev"),
        ("Нина Матвеевна Крылова", "ru", "Nina Matveyevna Krylova"),
        ("Дмитрий Новиков", "ru", "Dmitry Novikov"),
        # Ukrainian ю, ї, є, я inside a word, and й before a consonant (the passport standard)
        ("Тарас Гнатюк", "uk", "Taras Hnatiuk"),
        ("Ганна Андріївна Койда", "uk", "Hanna Andriivna Koida"),
        ("Тетяна Юрченко", "uk", "Tetiana Yurchenko"),
        ("Євген Лисенко", "uk", "Yevhen Lysenko"),
    ],
)
def test_cyrillic_letters_read_by_their_place(name: str, lang: str, latin: str) -> None:
    assert to_latin(name, lang) == latin
