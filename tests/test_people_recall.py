"""People found in the shapes the drafting missed (issue 13, sixth round, brief people21).

Each case is what an editor sees in the draft: the person's name and the role beside it, or the
figure and its unit.
"""

from __future__ import annotations

import pytest

from digest.extract.figures import extract_figures
from digest.extract.people import extract_people
from digest.extract.people_restated import restated


def people(text: str, lang: str) -> list[tuple[str, str]]:
    return [(person.name, person.role) for person in extract_people(text, lang)]


def names(text: str, lang: str) -> list[str]:
    return [person.name for person in extract_people(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # a patronymic keeps its first name, even right after an organ's words
        (
            "uk",
            "У середу голова Одеської обласної державної адміністрації Олег Іванович Марченко "
            "зустрівся з делегацією.",
            "Олег Іванович Марченко",
        ),
        # a Ukrainian family name in -енко, declined after its title
        (
            "uk",
            "За участю ректора Одеського морського університету Сергія Миколайовича Руденка "
            "підписано угоду.",
            "Сергій Миколайович Руденко",
        ),
        # an organ's genitive complement between the title and the name
        (
            "ru",
            "Гости встретились с главой департамента внешнеэкономических связей края Евгением "
            "Сергеевичем Рябовым.",
            "Евгений Сергеевич Рябов",
        ),
        # a consul's posting after "во"
        (
            "ru",
            "Во встрече участвовал генеральный консул Вьетнама во Владивостоке Чан Тхань Хай.",
            "Чан Тхань Хай",
        ),
        # a Polish name in the instrumental, with a first name's fleeting e
        (
            "pl",
            "Z prezesem stowarzyszenia Markiem Wawrzyniakiem goście odwiedzili zakłady.",
            "Marek Wawrzyniak",
        ),
        # Thai academic honorifics glued to the name
        (
            "th",
            "ดร.สุภาพร มีสุข อธิการบดีมหาวิทยาลัยราชภัฏอุดรธานี กล่าวว่า มหาวิทยาลัยยินดีต้อนรับ",
            "สุภาพร มีสุข",
        ),
    ],
)
def test_a_name_in_these_shapes_is_found_whole(lang: str, text: str, name: str) -> None:
    assert name in names(text, lang)


def test_a_title_before_the_name_with_no_comma_is_the_persons_role() -> None:
    assert people("Le préfet Jean-Marc Delorme a salué un partenariat.", "fr") == [
        ("Jean-Marc Delorme", "Prefect")
    ]
    assert people("Landrat Peter Müller empfing die Delegation.", "de") == [
        ("Peter Müller", "County Governor")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Anna Smith and John Brown, respectively Director and Deputy Director of the Perth "
            "Trade Office, attended.",
            [("Anna Smith", "Director"), ("John Brown", "Deputy Director")],
        ),
        (
            "pl",
            "W spotkaniu uczestniczyli Anna Wiśniewska i Marek Lis, odpowiednio dyrektor i "
            "zastępca dyrektora Agencji Rozwoju Pomorza.",
            [("Anna Wiśniewska", "Director"), ("Marek Lis", "Deputy Director")],
        ),
        (
            "es",
            "Elena Ruiz y Pablo Castro, respectivamente directora y subdirector de la Agencia "
            "Andaluza de Promoción Exterior, presentaron un plan.",
            [("Elena Ruiz", "Director"), ("Pablo Castro", "Deputy Director")],
        ),
    ],
)
def test_names_listed_with_respectively_take_their_titles_in_order(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    found = dict(people(text, lang))
    for name, title in expected:
        assert found[name].split(" of ")[0] == title


def test_a_title_with_no_organ_shares_the_last_ones() -> None:
    """The Director in "Giám đốc và Phó Giám đốc Sở Ngoại vụ tỉnh" is the Department's too."""
    text = (
        "Cùng dự có ông Trần Minh Đức và bà Phạm Thu Hà, lần lượt là Giám đốc và Phó Giám đốc "
        "Sở Ngoại vụ tỉnh."
    )
    assert restated(text, "vi")[:2] == [
        "Trần Minh Đức, Giám đốc Sở Ngoại vụ tỉnh.",
        "Phạm Thu Hà, Phó Giám đốc Sở Ngoại vụ tỉnh.",
    ]
    found = dict(people(text, "vi"))
    assert found["Trần Minh Đức"].startswith("Director of the")
    assert found["Phạm Thu Hà"].startswith("Deputy Director of the")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            '"We welcome them," said Li Wei. Li is the deputy mayor of Kunming.',
            ("Li Wei", "Deputy Mayor of Kunming"),
        ),
        (
            "pl",
            "„To brama do Azji” – powiedział Tomasz Grabowski. Grabowski jest prezesem Portu "
            "Gdańsk, który uruchomi nowe połączenia.",
            ("Tomasz Grabowski", "Chairman"),
        ),
        (
            "ru",
            "«Мы готовы», — сказал Игорь Лебедев. Лебедев — ректор Дальневосточного "
            "федерального университета.",
            ("Игорь Лебедев", "Rector"),
        ),
    ],
)
def test_a_role_in_the_next_sentence_belongs_to_the_name_before(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    name, title = expected
    assert dict(people(text, lang))[name].startswith(title)


def test_a_family_name_with_an_honorific_in_the_next_sentence_is_the_same_person() -> None:
    text = (
        "« Huế est une ville sœur », a déclaré Nguyễn Văn Phúc. M. Phúc est directeur du "
        "Service de la culture de Huế."
    )
    assert [name for name, _ in people(text, "fr")] == ["Nguyễn Văn Phúc"]
    assert dict(people(text, "fr"))["Nguyễn Văn Phúc"].startswith("Director")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Grabowski jest prezesem Portu Gdańsk, który uruchomi 2 połączenia."),
        ("pl", "Odpowiedzialna jest dyrektor Agencji Rozwoju Pomorza."),
        (
            "ar",
            "وقال الدكتور هشام فؤاد رئيس جامعة الإسكندرية إن الجامعة ستقدم 12 منحة دراسية للطلاب.",
        ),
        (
            "ar",
            "وأكدت السيدة منى عادل مديرة مديرية السياحة أن المحافظة تتوقع استقبال 5 آلاف سائح.",
        ),
    ],
)
def test_pieces_of_organisations_and_counted_nouns_are_no_people(lang: str, text: str) -> None:
    found = names(text, lang)
    assert not any(
        piece in name
        for name in found
        for piece in ("Portu", "Rozwoju", "منحة", "تتوقع", "استقبال")
    )


def test_a_role_with_no_name_before_it_restates_nobody() -> None:
    assert restated("Hanoi is the capital of Vietnam, its largest city.", "en") == []
    assert restated("Directors and deputies, respectively, met.", "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("pl", "Konsulat pomoże 40 wietnamskim marynarzom.", 40, "people"),
        ("pl", "wiz dla 40 wietnamskich marynarzy", 40, "people"),
        ("fr", "une exposition de 2 000 lanternes de Huế", 2000, "count"),
        ("ar", "زرع الجانبان 1000 شتلة زيتون", 1000, "count"),
        ("es", "plantaron 300 plántulas de cocotero", 300, "count"),
    ],
)
def test_counted_things_are_counts_and_callings_are_people(
    lang: str, text: str, value: int, unit: str
) -> None:
    figures = [(f.value, f.unit) for f in extract_figures(text, lang)]
    assert (value, unit) in figures


def test_a_korean_name_after_its_title_is_found_without_its_particle() -> None:
    assert people("경기도지사 김동연은 이날 베트남 대표단을 접견했다.", "ko") == [
        ("김동연", "Governor")
    ]
    found = names("이 자리에는 주오사카 베트남 총영사 응우옌반탄도 참석했다.", "ko")
    assert found == ["응우옌반탄"]
    # a title with a particle is the subject, and a common word after a title is no name
    assert names("도지사는 박물관을 방문했다.", "ko") == []
    assert names("시장 이번에 방문했다.", "ko") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "Во встрече участвовал генеральный консул Вьетнама во Владивостоке Чан Тхань Хай.",
            ("Чан Тхань Хай", "Consul General of Vietnam in Vladivostok"),
        ),
        (
            "ar",
            "بحضور السفير الفيتنامي لدى مصر السيد دو هوانغ لونغ.",
            ("دو هوانغ لونغ", "Ambassador of Vietnam to Egypt"),
        ),
        (
            "en",
            "The Consul General of Vietnam in Osaka Nguyen Van Thanh attended.",
            ("Nguyen Van Thanh", "Consul General of Vietnam in Osaka"),
        ),
    ],
)
def test_a_diplomats_posting_is_part_of_the_role(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    assert expected in people(text, lang)


def test_a_german_title_linked_by_von_keeps_its_name_apart_from_the_place() -> None:
    assert people("Der Bürgermeister von Leipzig Burkhard Jung empfing die Gäste.", "de") == [
        ("Burkhard Jung", "Mayor")
    ]
    assert names(
        "Die Generalkonsulin von Vietnam in Frankfurt Nguyễn Thị Lan nahm teil.", "de"
    ) == ["Nguyễn Thị Lan"]
    assert names("Der Vertrag wurde von Peter Müller unterschrieben.", "de") == []
