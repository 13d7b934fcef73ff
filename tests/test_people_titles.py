"""Names beside titles that pages write and the first rules missed (composed sentences, invented
people): academic honorifics, a title's organisation and place of four words or more, a foreign
post "in" a place, an Arab name before the object of its verb, a Ukrainian regional executive."""

from __future__ import annotations

import pytest

from digest.extract.people import extract_people


def people(text: str, lang: str) -> list[tuple[str, str]]:
    return [(p.name, p.role) for p in extract_people(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "prof." opens the name; "Rolniczego" (agricultural) is no farmer, and the university
        # between the title and the name is no person.
        (
            "pl",
            "Rektor Uniwersytetu Rolniczego w Krakowie prof. Anna Wiśniewska-Majewska podpisała "
            "umowę.",
            [("Anna Wiśniewska-Majewska", "Rector")],
        ),
        ("pl", "Rektor prof. Jan Nowak podpisał umowę.", [("Jan Nowak", "Rector")]),
        (
            "en",
            "Consul General of Vietnam in Battambang Vu Hong Thang attended.",
            [("Vu Hong Thang", "Consul General of Vietnam in Battambang")],
        ),
        # Verb, subject (title, place, name), object: the definite object ends the name.
        (
            "ar",
            "استقبل محافظ القاهرة إبراهيم صابر الوفد الفيتنامي.",
            [("إبراهيم صابر", "Governor")],
        ),
        # Name, prefecture, title: the prefecture is the title's, not part of the name.
        ("ja", "阿部守一長野県知事は会見で述べた。", [("阿部守一", "Governor")]),
        ("ja", "古田肇岐阜県知事がゲアン省代表団と会談した。", [("古田肇", "Governor")]),
        # "bang" (a state) is a place word; a known two-word place after "tại" is no name.
        (
            "vi",
            "Thống đốc bang Queensland Steven Miles đã tiếp đoàn.",
            [("Steven Miles", "Governor of Queensland")],
        ),
        (
            "vi",
            "Đại sứ Nhật Bản tại Việt Nam Ito Naoki đã dự lễ.",
            [("Ito Naoki", "Ambassador of Japan")],
        ),
        (
            "uk",
            "Голова Одеської ОДА Олег Кіпер прийняв делегацію.",
            [("Олег Кіпер", "Head of the Regional State Administration")],
        ),
        # An organisation's acronym between title and name is the title's, not the name's.
        ("ru", "Ректор НГУ Андрей Лаврентьев провёл встречу.", [("Андрей Лаврентьев", "Rector")]),
        # A Vietnamese name glued in Hangul, its province and organ before the title.
        (
            "ko",
            "도청에서 팜득롱 꽝찌성 인민위원회 부위원장 일행을 맞았다.",
            [("팜득롱", "Vice Chairman of the Quang Tri Provincial People's Committee")],
        ),
        # 원장 heads an institute; its place and name come before it.
        (
            "ko",
            "이 자리에는 김학수 경상북도 농업기술원장이 참석했다.",
            [("김학수", "Director of North Gyeongsang")],
        ),
        # A military rank or a profession is an Arabic honorific before a name (Egypt's
        # governors are often generals).
        (
            "ar",
            "استقبل اللواء أحمد خالد حسن محافظ الإسكندرية الوفد الفيتنامي.",
            [("أحمد خالد حسن", "Governor of Alexandria")],
        ),
        # An elided article glued to the organisation's name is still a place word between
        # title and name.
        (
            "it",
            "Il rettore dell'Università di Bologna Giovanni Molari ha ricevuto la delegazione.",
            [("Giovanni Molari", "Rector")],
        ),
        # Four words set off by commas after their title are one name; Paraná, a generated
        # Brazilian state, is the governor's place.
        (
            "pt",
            "O governador do Paraná, Carlos Massa Ratinho Júnior, recebeu a delegação.",
            [("Carlos Massa Ratinho Júnior", "Governor of Paraná")],
        ),
        # A department's name that lists its parts with commas stays between title and name.
        (
            "es",
            "El consejero de Agricultura, Pesca y Desarrollo Rural de la Junta de Andalucía, "
            "Javier Molina Ruiz, firmó el acuerdo.",
            [("Javier Molina Ruiz", "Minister of the Regional Government of Andalusia")],
        ),
        # A regional minister's portfolio after "alla"/"all'" stays between title and name;
        # agricoltura is the portfolio, not a farmer.
        (
            "it",
            "L'assessore regionale al Turismo e alla Cultura del Veneto, Paolo Zanin, ha "
            "ricevuto la delegazione.",
            [("Paolo Zanin", "Regional Minister of Veneto")],
        ),
        (
            "it",
            "L'assessore regionale all'Agricoltura, Giovanni Sabbatini, ha ricevuto la delegazione.",
            [("Giovanni Sabbatini", "Regional Minister")],
        ),
        # The organ names the title: a région's président is its President; a Polish
        # voivodeship's marszałek its Marshal ("łódzkiego" is the voivodeship's adjective).
        (
            "fr",
            "Laurent Hérouard, président de la Région Normandie, a reçu la délégation.",
            [("Laurent Hérouard", "President of the Regional Government of Normandy")],
        ),
        (
            "pl",
            "Marszałek województwa łódzkiego Tomasz Nowicki podpisał porozumienie.",
            [("Tomasz Nowicki", "Marshal")],
        ),
        (
            "pl",
            "W spotkaniu uczestniczyła wicemarszałek Anna Kowalczyk.",
            [("Anna Kowalczyk", "Deputy Marshal")],
        ),
        # An acronym after a lowercase title in mid-sentence is the title's organisation.
        (
            "ru",
            "Документ подписали ректор НГУ Андрей Лаврентьев и представители провинции.",
            [("Андрей Лаврентьев", "Rector")],
        ),
        # A long lowercase organ between title and name, ending in "облдержадміністрації".
        (
            "uk",
            "Директорка департаменту агропромислового розвитку облдержадміністрації Ірина "
            "Бондаренко зустрілася з делегацією.",
            [("Ірина Бондаренко", "Director of the Department")],
        ),
        # A British council's leader; a French professor introduced by his title.
        ("en", "Council leader Fiona Grant said the deal mattered.", [("Fiona Grant", "Leader")]),
        (
            "fr",
            "Côté vietnamien, le professeur Trương Quang Vinh, recteur de l'université de Huế, "
            "a fait le déplacement.",
            [("Trương Quang Vinh", "Rector")],
        ),
        (
            "pt",
            "O secretário de Estado de Agricultura, Pecuária e Abastecimento de Minas Gerais, "
            "Marcelo Andrade Lima, recebeu a delegação.",
            [("Marcelo Andrade Lima", "Regional Minister of Minas Gerais")],
        ),
        # A German or Brazilian Rektor/reitor heads a university, not a school.
        (
            "de",
            "Die Rektorin der TU Dresden, Ursula Staudinger, hat die Gäste empfangen.",
            [("Ursula Staudinger", "Rector")],
        ),
    ],
)
def test_a_name_beside_its_title_is_read(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert people(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # A chamber of commerce's head is its President, not a Chairman.
        (
            "es",
            "«El mercado crece», recordó la presidenta de la Cámara, Dolores Martín Ruiz.",
            [("Dolores Martín Ruiz", "President of the Chamber of Commerce")],
        ),
        (
            "th",
            "หอการค้าจังหวัดเลย โดยนายสมศักดิ์ ใจดี ประธานหอการค้า จะนำคณะไป",
            [("สมศักดิ์ ใจดี", "President of the Chamber of Commerce")],
        ),
        # A German chamber's Hauptgeschäftsführer is its chief executive.
        (
            "de",
            "„Wir wachsen“, sagte IHK-Hauptgeschäftsführerin Dr. Karin Lange.",
            [("Karin Lange", "CEO of the Chamber of Commerce")],
        ),
        # A university's president is its President too.
        (
            "ru",
            "Президент университета Иван Петров подписал соглашение.",
            [("Иван Петров", "President of the university")],
        ),
    ],
)
def test_a_chambers_and_a_universitys_head_is_its_president(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert people(text, lang) == expected
