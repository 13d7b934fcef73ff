"""Topics from keyword stems: repeated, strong enough beside the main topic, weak stems half."""

from __future__ import annotations

from collections import Counter

from digest.extract.topics import MAX_TOPICS, find_topics, topic_scores

NEUTRAL = " ".join(f"Paragraph {n} of the article says little." for n in range(8))


def test_a_topic_must_come_up_repeatedly() -> None:
    text = "The delegation discussed trade. Trade grew; exports of goods rose. A school opened."
    assert find_topics(f"{text} {NEUTRAL}", "en") == ["trade"]


def test_in_a_short_article_once_is_enough() -> None:
    """A brief of a few sentences names each subject once: that is what it is about."""
    text = "The diplomats discussed trade. Trade grew; exports of goods rose. A school opened."
    assert find_topics(text, "en") == ["trade", "diplomacy", "education"]


def test_a_side_topic_must_weigh_beside_the_main_one() -> None:
    main = " ".join(["Tourism and tourists: the tourism fair drew tourists."] * 3)
    # Two passing mentions of diplomats beside a dozen of tourism are not a topic.
    text = f"{main} A diplomat came; the diplomat left."
    scores = topic_scores(text, "en")
    assert scores["diplomacy"] == 2 and scores["tourism"] >= 12
    assert find_topics(text, "en") == ["tourism"]
    # Beside a shorter article on tourism, they are.
    short = (
        "Tourism and tourists: the tourism fair drew tourists. A diplomat came; the diplomat left."
    )
    assert find_topics(short, "en") == ["tourism", "diplomacy"]


def test_weak_stems_count_half() -> None:
    # "training" and "coffee" come up in passing: two of each are not a topic...
    assert topic_scores("training and training", "en")["education"] == 1.0
    assert find_topics("Training, training. Coffee, coffee.", "en") == []
    # ... but they add to strong stems.
    assert find_topics("Students received training at the university.", "en") == ["education"]


def test_a_delegation_or_a_visit_frames_the_news_and_is_no_topic_alone() -> None:
    """Every cooperation story is told as a delegation's visit and its talks: one such mention in
    a news item does not make diplomacy its subject; diplomatic relations or a state visit do."""
    labour = "Saxony will train 40 nurses from Thái Nguyên; the nurses are paid a salary."
    assert "diplomacy" not in find_topics(
        f"A delegation from Thái Nguyên visited Dresden. {labour}", "en"
    )
    assert "diplomacy" not in find_topics(f"The two sides held talks in Dresden. {labour}", "en")
    assert "diplomacy" in find_topics(f"Diplomatic relations were the subject. {labour}", "en")
    nurses = "萨克森州将为太原省培训40名护理人员，护理人员可获得工资。"
    assert "diplomacy" not in find_topics(f"太原省代表团访问德累斯顿。{nurses}", "zh")
    assert "diplomacy" not in find_topics(f"双方在德累斯顿举行会谈。{nurses}", "zh")
    assert "diplomacy" in find_topics(f"两国外交关系良好。{nurses}", "zh")
    workers = "Tỉnh sẽ đưa 300 lao động sang làm việc tại Saxony."
    assert "diplomacy" not in find_topics(f"Hai bên đã hội đàm tại Dresden. {workers}", "vi")
    # Visits and talks repeated through a long article still make it one; the same passing word
    # repeated is one piece of evidence, not four.
    visits = " ".join(["The delegation held talks on its working visit."] * 4)
    assert "diplomacy" in find_topics(f"{visits} {labour} {NEUTRAL}", "en")


def test_aid_is_found_in_gifts_and_funding() -> None:
    text = (
        "Sơn La przekazała prowincji Houaphanh szkołę, sfinansowaną z budżetu prowincji. "
        "Gubernator podziękował za pomoc i prezent."
    )
    assert "aid" in find_topics(text, "pl")
    text = "Le programme est financé par la Région ; l'aide bénéficiera à 3 200 ménages."
    assert "aid" in find_topics(text, "fr")
    text = "奠边省向丰沙里省提供50亿越南盾援助。坎蓬对越南给予的帮助表示感谢。"
    assert "aid" in find_topics(text, "zh")


def test_at_most_four_topics_most_mentioned_first() -> None:
    text = (
        "trade trade trade exports. tourism tourists tourism. investment investors. "
        "school students. border border. farm farmers."
    )
    topics = find_topics(text, "en")
    assert len(topics) == MAX_TOPICS and topics[0] == "trade"


def test_a_stem_of_two_topics_counts_for_both() -> None:
    scores = topic_scores("Border guards met; the border guard posts were inspected.", "en")
    assert scores["security"] == 2 and scores["border"] >= 2
    assert sum(topic_scores("", "ja").values()) == 0


def test_an_exchange_of_students_or_expertise_is_no_people_to_people_topic_alone() -> None:
    """French, Arabic and Thai say "exchange" of students, expertise or know-how as often as of
    peoples: one such word in a news item is no people-to-people topic. Korean 기술 (technique)
    stands in names and training (농업기술원, 가공 기술) and is no science topic alone."""
    assert "people-to-people" not in find_topics(
        "Les deux régions renforcent leurs échanges universitaires : 15 étudiants arriveront.",
        "fr",
    )
    assert "people-to-people" not in find_topics(
        "واتفق الجانبان على تبادل الخبرات في الموانئ.", "ar"
    )
    assert "people-to-people" not in find_topics("ทั้งสองจังหวัดตกลงแลกเปลี่ยนนักศึกษาแพทย์", "th")
    assert "science-technology" not in find_topics(
        "커피 가공 기술 연수를 지원한다. 농업기술원장도 참석했다.", "ko"
    )
    # Friendship still is.
    assert "people-to-people" in find_topics("Les échanges d'amitié entre les jeunes.", "fr")


def test_exchange_friendship_and_technique_words_are_no_topic_alone() -> None:
    """Sides exchange students and know-how and call any partner a friend in every language;
    the Hữu Nghị (Friendship) border gate is a place. Technique stands in farming and training."""
    assert "people-to-people" not in find_topics("両県は技能実習生の交流を進める。", "ja")
    assert "people-to-people" not in find_topics(
        "Le due regioni avvieranno scambi tra musei e università.", "it"
    )
    assert "people-to-people" not in find_topics(
        "Стороны договорились об обмене студентами и опытом.", "ru"
    )
    assert "people-to-people" not in find_topics(
        "Kéo dài thời gian thông quan tại cửa khẩu Hữu Nghị đến 22 giờ.", "vi"
    )
    assert "science-technology" not in find_topics("农民学习咖啡加工技术。", "zh")
    # Youth exchanges and friendship associations still are (a twinning alone no longer is).
    assert "people-to-people" in find_topics("両市は青少年の交流を続ける。", "ja")
    assert "people-to-people" in find_topics("Hội hữu nghị tổ chức giao lưu thanh niên.", "vi")


def test_buddhist_sites_are_culture_and_border_trade_is_trade() -> None:
    """A pagoda, a temple or Buddhist sites are culture in every language; 边贸 is border trade."""
    assert "culture" in find_topics("बिहार के बौद्ध स्थलों तक उड़ान। बाई दिन्ह पैगोडा सबसे बड़ा है।", "hi")
    assert "culture" in find_topics("The delegation visited Buddhist temples and a pagoda.", "en")
    assert "trade" in find_topics("文山州与河江地区边贸额达12.6亿元。", "zh")
    assert "security" in find_topics("双方将在边境村开展禁毒宣传合作。", "zh")


def test_a_department_named_after_its_portfolio_is_no_topic() -> None:
    """ "Department of Industry and Trade" says who acts, not that the article is on trade."""
    text = (
        "Le Minh Khoa, Deputy Director of the Department of Industry and Trade, led the "
        "delegation. Students will train at the university."
    )
    assert "trade" not in find_topics(text, "en")
    assert "trade" in find_topics(f"{text} Trade and exports grew.", "en")
    assert topic_scores("Sở Nông nghiệp và Môi trường tỉnh", "vi")["agriculture"] == 0


def test_a_bureau_glued_to_its_field_is_no_topic() -> None:
    """Korean, Chinese and Japanese glue a bureau's field to its name: who acts, not the news."""
    assert topic_scores("김동현 경상북도 농축산유통국장은 말했다", "ko")["trade"] == 0
    assert topic_scores("유통 기업들이 참가했다", "ko")["trade"] == 1
    assert topic_scores("农业与农村局长出席", "zh")["agriculture"] == 0
    assert topic_scores("观光局の職員", "ja")["tourism"] == 0
    # "과" alone is "and": 농업과 관광 are two subjects.
    assert topic_scores("농업과 관광을 논의했다", "ko")["agriculture"] == 1


def test_a_ukrainian_military_administration_is_no_security_topic() -> None:
    text = "Голова Одеської обласної військової адміністрації Олег Кравченко підписав угоду."
    assert topic_scores(text, "uk")["security"] == 0
    assert topic_scores("Військові навчання пройшли в області.", "uk")["security"] == 1
    # the administration's short name is a whole word, not the end of "року"-like words
    assert topic_scores("торгова угода ода", "uk")["trade"] >= 1


def test_flights_frame_a_story_and_make_no_infrastructure_topic_alone() -> None:
    text = "Tourists from Busan arrived on the new flights. The tourists visited the bay."
    assert "infrastructure" not in find_topics(text, "en")
    assert "infrastructure" not in find_topics(
        "Новые рейсы привезли туристов. Туристы довольны.", "ru"
    )
    # an airport being built still is
    assert "infrastructure" in find_topics("The airport and the seaport will open. Flights.", "en")


def test_offshore_wind_is_environment() -> None:
    text = "Aberdeenshire will share its offshore wind expertise; engineers will study wind farms."
    assert "environment" in find_topics(text, "en")


def _page(headline: str, *paragraphs: str) -> str:
    return "\n\n".join((headline, *paragraphs))


TOURISM_AND_CULTURE = (
    "The two cities agreed to promote tourism. Tourists from Hue will get joint tour packages.",
    "A culture week will show heritage and museums. Tourism fairs will open in both cities.",
    "Tour operators and tourists welcomed the plan. The heritage sites will share exhibitions.",
)


def test_a_third_topic_named_in_one_paragraph_is_a_remark_in_passing() -> None:
    """Two topics run through the article; a third comes up in one paragraph only, in a
    sentence on something else: the editor would not list it."""
    remark = "Trade with Japan grew, and exports of its goods doubled last year."
    text = _page("Hue and Nara sign a tourism deal", *TOURISM_AND_CULTURE, remark)
    assert topic_scores(text, "en")["trade"] >= 2
    assert find_topics(text, "en") == ["tourism", "culture"]


def test_an_exchange_named_once_is_no_remark_in_passing() -> None:
    """One sale, investment or labour placement reported in passing is what the editor of a
    diplomacy digest indexes: trade, investment and labour named once stay as a third topic."""
    brief = (
        "Hue and Nara sign a tourism deal",
        "The two cities will promote tourism and culture. Tourists will get joint packages.",
        "A culture week will open in both cities.",
    )
    sale = _page(*brief, "Hue already exports pepper to Nara.")
    assert find_topics(sale, "en") == ["tourism", "culture", "trade"]
    workers = _page(*brief, "Ten nurses from Hue also work in Nara as guest workers.")
    assert find_topics(workers, "en") == ["tourism", "culture", "labour"]
    # a topic of another kind named once in one paragraph stays a remark
    clinic = _page(*brief, "A new hospital opened in Hue last year.")
    assert find_topics(clinic, "en") == ["tourism", "culture"]


def test_a_third_topic_the_headline_states_or_the_body_develops_stays() -> None:
    remark = "Trade with Japan grew, and exports of its goods doubled last year."
    stated = _page("Hue and Nara sign a tourism and trade deal", *TOURISM_AND_CULTURE, remark)
    assert find_topics(stated, "en") == ["tourism", "culture", "trade"]
    developed = _page(
        "Hue and Nara sign a tourism deal",
        *TOURISM_AND_CULTURE,
        remark,
        "Exports of tea to Nara will follow next year.",
    )
    assert "trade" in find_topics(developed, "en")


def test_the_pages_tag_line_names_its_topics() -> None:
    """A tag line is the page's own label of its subjects: a topic it names counts even when
    the text names it once; its other words (places, acronyms) name no topic."""
    text = _page(*TOURISM_AND_CULTURE, "Tags: Hue, Nara, education")
    assert find_topics(text, "en") == ["tourism", "culture", "education"]
    without = _page(*TOURISM_AND_CULTURE, "Hue, Nara, education")
    assert "education" not in find_topics(without, "en")
    ukrainian = (
        "Харківщина та Нгеан підписали угоду\n\nУніверситет прийматиме студентів.\n\n"
        "Теги: ХНМУ, В'єтнам, освіта"
    )
    assert "education" in find_topics(ukrainian, "uk")
    thai = "หัวข้อข่าว\n\nข้อความ\n\nแท็ก: มุกดาหาร เวียดนาม การท่องเที่ยว"
    assert find_topics(thai, "th") == ["tourism"]


def test_inflected_and_bare_forms_of_topic_words_count() -> None:
    """Ukrainian medical adjectives (медичний, медичних) are health; German bare "Handel" and
    "Pflege" are trade and care, while "handeln" (to act) is no trade word."""
    assert topic_scores("медичних працівників і медична освіта", "uk")["health"] == 2
    scores = topic_scores("Der Handel wächst. Handel, Pflege und Pflege-Kurse.", "de")
    assert scores["trade"] == 2 and scores["health"] == 2
    assert topic_scores("Wir müssen jetzt handeln und die Beziehungen pflegen.", "de") == Counter()


def test_an_ambassador_or_a_mission_says_who_attends_not_what_the_story_is_about() -> None:
    """The ambassador who hands over a school, the consulate that helps with visas, the foreign
    ministry that funds a course: diplomats and missions name who acts, like a department named
    after its portfolio. Their words count half; diplomatic relations still make the topic."""
    school = "The school and its classrooms opened for 300 pupils; teachers were trained."
    assert "diplomacy" not in find_topics(f"The ambassador handed over the school. {school}", "en")
    russian = "Посол передал школу. Генеральное консульство поможет с визами. Учителя прошли курсы."
    assert "diplomacy" not in find_topics(russian, "ru")
    assert "diplomacy" in find_topics(
        f"The ambassador and the embassy marked 50 years of diplomatic relations. {school}", "en"
    )


def test_a_twinning_frames_the_cooperation_and_is_no_topic_alone() -> None:
    """A sister-city agreement is how two cities cooperate, not on what: its word counts half."""
    wine = "Viseu e Huế assinam geminação. A geminação prevê a promoção dos vinhos e do turismo."
    assert "people-to-people" not in find_topics(wine, "pt")
    assert "people-to-people" in find_topics(
        "Viseu e Huế assinam geminação. Jovens e voluntários das duas cidades vão trocar visitas.",
        "pt",
    )


def test_every_stem_carries_its_weak_mark_only_in_front() -> None:
    """ "~połączenia ~lotnicz" folded to a stem no text contains: the mark goes before the stem."""
    from digest.registries import drafting_registries

    for topic in drafting_registries().topics.values():
        for lang, stems in topic.words.items():
            for stem in stems:
                assert "~" not in str(stem).removeprefix("~"), (topic.id, lang, stem)


def test_ports_by_their_case_endings_and_water_plants_are_infrastructure() -> None:
    """Russian and Ukrainian ports in the instrumental and locative ("между портами", "в портах")
    and sea freight; Hindi water treatment plants and drinking-water systems."""
    scores = topic_scores("грузовая линия между портами и морские перевозки", "ru")
    assert scores["infrastructure"] == 2
    assert topic_scores("вантажоперевезення між портами", "uk")["infrastructure"] == 2
    assert topic_scores("जल शोधन संयंत्र और पेयजल प्रणालियाँ", "hi")["infrastructure"] == 2


def test_one_passing_word_repeated_is_one_piece_of_evidence() -> None:
    """ "交流" five times, "delegation" four: a topic made only of weak stems needs two different
    ones, whatever their count."""
    labour = "Saxony will train 40 nurses from Thái Nguyên; the nurses are paid a salary."
    repeated = " ".join(["The delegation went on."] * 4)
    assert topic_scores(f"{repeated} {labour} {NEUTRAL}", "en")["diplomacy"] == 2
    assert "diplomacy" not in find_topics(f"{repeated} {labour} {NEUTRAL}", "en")
    assert "people-to-people" not in find_topics(
        "交流を続ける。" * 5 + "農業の技能実習生を受け入れる。" * 3, "ja"
    )


def test_a_vietnamese_stem_counts_only_with_its_tones() -> None:
    """ "UBND tỉnh Nguyễn Văn Hùng" folds to the letters of "tình nguyện" (volunteers): the
    official's name is no people-to-people; the word itself, in either tone placement, is."""
    lead = "Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng tiếp đoàn công tác."
    assert topic_scores(lead, "vi")["people-to-people"] == 0
    assert topic_scores("Đoàn tình nguyện viên đến tỉnh.", "vi")["people-to-people"] == 1
    assert topic_scores("Thuỷ sản và thủy sản.", "vi")["agriculture"] == 2
    # A page written without any marks is read as before.
    assert topic_scores("Doan tinh nguyen vien den tinh.", "vi")["people-to-people"] == 1


def test_ferries_seedlings_and_irrigation_name_their_topics_without_the_topic_word() -> None:
    """An editor files ferry routes under infrastructure and seedlings with irrigation under
    agriculture, though the article never says "infrastructure" or "agriculture"."""
    ferries = {
        "pt": "As carreiras de ferry e as ligações marítimas entre as ilhas.",
        "es": "El transbordador y las rutas marítimas entre las islas.",
        "ru": "Паромная переправа и морское сообщение с островами.",
        "zh": "轮渡和客轮连接各个海岛。",
        "vi": "Tuyến phà và bến phà nối các đảo.",
    }
    for lang, text in ferries.items():
        assert find_topics(text, lang) == ["infrastructure"], lang
    seedlings = {
        "es": "Producirán plantones en viveros e instalarán riego por goteo.",
        "vi": "Hỗ trợ cây giống và xây dựng trạm bơm tưới tiêu.",
        "de": "Setzlinge aus der Baumschule und Tröpfchenbewässerung für die Felder.",
        "zh": "提供苗木并修建滴灌设施。",
        "ru": "Саженцы и рассада для новых садов.",
    }
    for lang, text in seedlings.items():
        assert find_topics(text, lang) == ["agriculture"], lang


def test_a_port_city_is_a_place_not_a_story_about_ports() -> None:
    """ "Die Hafenstadt Hải Phòng" says what kind of city it is; its port is no topic."""
    assert topic_scores("Die Gäste besuchten die Hafenstadt Hải Phòng.", "de") == Counter()
    assert topic_scores("la ville portuaire de Hải Phòng", "fr") == Counter()
    assert topic_scores("Der Hafen von Hải Phòng wächst.", "de")["infrastructure"] == 1


def test_a_container_service_is_trade_and_infrastructure() -> None:
    """Containers move goods: a new container line is trade as well as infrastructure."""
    text = (
        "Gdynia and Da Nang plan a port link\n\n"
        "A container line will call at both ports twice a month from May.\n\n"
        "The port of Gdynia will also train crane operators from the city."
    )
    assert {"trade", "infrastructure"} <= set(find_topics(text, "en"))
    assert "trade" in find_topics("Kontenerowe połączenie: kontener za kontenerem.", "pl")


def test_a_third_topic_found_in_passing_words_is_cut() -> None:
    """A delegation that holds talks in every paragraph of a story on tourism and culture makes
    a visit, not diplomacy, its subject: a third topic resting on weak stems is cut; with a
    strong word of its own it stays."""
    visit = (
        "The delegation held talks with the mayor of Hue.",
        "The delegation also held talks with tour operators.",
    )
    text = _page("Hue and Nara sign a tourism deal", *TOURISM_AND_CULTURE, *visit)
    assert topic_scores(text, "en")["diplomacy"] == 2
    assert find_topics(text, "en") == ["tourism", "culture"]
    relations = (visit[0], "Diplomats of both cities praised their bilateral ties.")
    text = _page("Hue and Nara sign a tourism deal", *TOURISM_AND_CULTURE, *relations)
    assert find_topics(text, "en") == ["tourism", "culture", "diplomacy"]


def test_logistics_moves_goods_and_is_trade_as_well() -> None:
    """A logistics hub is trade as well as infrastructure, in every language."""
    texts = {
        "en": "Logistics cooperation: a new logistics centre.",
        "de": "Logistik: ein neues Logistikzentrum.",
        "zh": "物流合作，新建物流中心。",
        "ko": "물류 협력, 물류 센터.",
        "ru": "Логистика: новый логистический центр.",
    }
    for lang, text in texts.items():
        assert {"trade", "infrastructure"} <= set(find_topics(text, lang)), lang


def test_border_trade_is_border_and_trade() -> None:
    """The compound word of one topic does not hide the other topic's word inside it."""
    assert {"border", "trade"} <= set(find_topics("国境貿易の拡大。国境貿易を促進。", "ja"))
    assert {"border", "trade"} <= set(find_topics("국경무역 확대. 국경무역 촉진.", "ko"))
    th = "ส่งเสริมการค้าชายแดน และขยายการค้าชายแดน"
    assert {"border", "trade"} <= set(find_topics(th, "th"))


def test_a_donation_is_aid_in_the_verbs_forms() -> None:
    """ "Donará", "donados", "el donativo": the verb of a donation names aid."""
    texts = {
        "es": "La provincia donará semillas. Los fertilizantes donados llegaron; el donativo vale mucho.",
        "it": "La regione donerà sementi e vuole donare trattori.",
        "pt": "A província vai doar sementes e doará tratores.",
    }
    for lang, text in texts.items():
        assert "aid" in find_topics(text, lang), lang


def test_erosion_deforestation_and_elderly_care_name_their_topics() -> None:
    assert find_topics("Coastal erosion and landslides threaten the delta.", "en") == [
        "environment"
    ]
    assert find_topics("Sạt lở bờ biển và xói lở bờ sông gia tăng.", "vi") == ["environment"]
    assert find_topics("Un café zéro déforestation contre l'érosion des sols.", "fr") == [
        "environment"
    ]
    assert find_topics("介護の分野で協力。介護施設を視察した。", "ja") == ["health"]
    assert find_topics("养老护理合作，护理人员培训。", "zh")[0] == "health"


def test_vocational_training_is_labour_and_education() -> None:
    """Training for a trade is weak in both topics (two different words make it one); the
    longer phrase does not hide education's "formation"."""
    text = "Die Berufsausbildung wächst. Die Berufsschule bildet Fachkräfte aus."
    assert {"labour", "education"} <= set(find_topics(text, "de"))
    scores = topic_scores("La formation professionnelle des jeunes.", "fr")
    assert scores["labour"] == scores["education"] == 0.5


def test_water_management_grain_sewerage_and_economic_exchange() -> None:
    assert find_topics("The water management plan covers both rivers.", "en") == ["environment"]
    assert find_topics("Un accord sur la gestion de l'eau du delta.", "fr") == ["environment"]
    assert "agriculture" in find_topics("Постачання зерна до порту.", "uk")
    assert set(find_topics("下水道の整備。", "ja")) == {"environment", "infrastructure"}
    assert find_topics("経済交流の覚書を締結した。", "ja") == ["trade"]


def test_decentralised_cooperation_frames_the_story_and_is_no_diplomacy_alone() -> None:
    text = "La coopération décentralisée porte sur le riz. La coopération décentralisée dure."
    assert "diplomacy" not in find_topics(text, "fr")


def test_a_press_office_and_its_email_are_no_story_about_the_media() -> None:
    """The page's press contact says who to call, not what the story is about."""
    contact = "Contact presse : service presse de la Région, presse@region.example.fr"
    assert topic_scores(contact, "fr")["media"] == 0
    assert topic_scores("Pressekontakt: Pressestelle, presse@land.example.de", "de") == Counter()
    assert topic_scores("Ufficio stampa della Regione. Comunicato stampa.", "it") == Counter()
    assert topic_scores("La presse locale a suivi la visite.", "fr")["media"] == 1


def test_radio_electronics_is_no_radio() -> None:
    """A university of radio-electronics trains engineers: it is no story about the radio."""
    text = "Університет радіоелектроніки прийме студентів. Радіоелектроніка і студенти."
    assert topic_scores(text, "uk")["media"] == 0
    assert topic_scores("Радио и телевидение.", "ru")["media"] == 2


def test_a_visit_is_the_frame_not_diplomacy_even_in_the_two_best_topics() -> None:
    """A delegation that holds talks on rice is the setting of a story on farming; diplomatic
    relations named in it make diplomacy a subject."""
    visit = (
        "The delegation held talks on rice seed with farmers.",
        "Rice farmers showed the delegation their crops and fertiliser.",
        "The delegation held talks on agriculture and rice exports of farmers.",
    )
    text = _page("A delegation visits rice farms in Can Tho", *visit)
    assert topic_scores(text, "en")["diplomacy"] == 3
    assert find_topics(text, "en") == ["agriculture"]
    relations = (
        "Both sides marked 30 years of diplomatic relations and bilateral ties.",
        "The diplomats praised the bilateral treaty.",
    )
    text = _page("A delegation visits rice farms in Can Tho", *visit, *relations)
    assert find_topics(text, "en") == ["agriculture", "diplomacy"]


def test_a_topic_cut_leaves_its_place_empty_rather_than_raise_a_fifth() -> None:
    """Four candidates outweigh the fifth; the visit's diplomacy is cut, and the school named
    in passing, fifth by weight, does not take its place."""
    text = _page(
        "Hue and Nara sign a tourism deal",
        *TOURISM_AND_CULTURE,
        "The delegation held talks with the mayor; the delegation held talks on crafts and exports.",
        "The delegation held talks with tour operators; craft exports grew. Trade in silk rose. "
        "A school opened.",
        "Students of both cities will meet in May.",
    )
    scores = topic_scores(text, "en")
    assert scores["education"] == 2 and scores["trade"] == scores["diplomacy"] == 3
    assert find_topics(text, "en") == ["tourism", "culture", "trade"]


def test_a_hotel_is_a_venue_and_a_destination_a_market() -> None:
    """Where the signing was held and where exports go are no story about tourism."""
    assert find_topics("Rice farmers signed a rice seed deal at a hotel in Hanoi.", "en") == [
        "agriculture"
    ]
    assert "tourism" not in find_topics("La firma tuvo lugar en el hotel; el vino exportado.", "es")
    assert "tourism" not in find_topics("日本は輸出の主な仕向け先で、ホテルで調印した。", "ja")
    assert "tourism" not in find_topics(
        "Japan is the main destination of the pepper exports.", "en"
    )
    assert find_topics("Tourists filled the hotels and resorts of the coast.", "en") == ["tourism"]


def test_a_hi_tech_park_is_where_firms_invest_and_a_graduate_student_studies() -> None:
    """An industrial park named for technology is investment, not science; 研究生 is a student."""
    text = "The firm will build a plant in the hi-tech park. The hi-tech park hosts 40 factories."
    assert find_topics(text, "en") == ["investment"]
    assert find_topics("企业入驻高新区。高新区新建工厂。", "zh") == ["investment"]
    assert topic_scores("大学每年培养20名研究生。", "zh")["science-technology"] == 0


def test_an_airport_on_the_way_home_is_no_infrastructure() -> None:
    """The delegation's itinerary passes airports; a new airport with its flights is a subject."""
    text = "Rice farmers signed a rice seed deal. The delegation flew home via Incheon Airport."
    assert find_topics(text, "en") == ["agriculture"]
    assert find_topics(
        "대표단은 농업 협약을 맺고 농가를 둘러본 뒤 김해공항을 통해 귀국한다.", "ko"
    ) == ["agriculture"]
    new_airport = "The new airport opens direct flights. An expressway links it to the city."
    assert "infrastructure" in find_topics(new_airport, "en")


def test_a_fourth_topic_must_run_through_the_article_or_be_stated() -> None:
    """Two paragraphs that name schools beside a story on tourism, culture and crafts make a
    field the agreement lists, not a fourth subject; the headline naming it makes it one."""
    sides = (
        "Craft exports will grow; trade in silk doubled. Students of both cities will meet.",
        "Exports of lacquer rose. A school for guides opened.",
    )
    text = _page("Hue and Nara sign a tourism deal", *TOURISM_AND_CULTURE, *sides)
    assert topic_scores(text, "en")["education"] == 2
    assert find_topics(text, "en") == ["tourism", "culture", "trade"]
    stated = _page("Hue and Nara sign a tourism and education deal", *TOURISM_AND_CULTURE, *sides)
    assert find_topics(stated, "en") == ["tourism", "culture", "trade", "education"]


def test_an_envoy_in_the_headline_states_diplomacy() -> None:
    """An ambassador who is the headline's subject makes the story one of diplomacy, though an
    ambassador in the body is a passing word; a delegation in the headline still is not."""
    body = (
        "The ambassador met the provincial leaders and traders on Monday.",
        "Exports of pomelo to Chile rose, and the trade fair in Santiago will sell the fruit.",
        "Traders and the ambassador spoke of exports and of a second trade fair in May.",
        "The ambassador will return next year.",
    )
    assert find_topics(_page("Chile's ambassador visits Ben Tre", *body), "en") == [
        "trade",
        "diplomacy",
    ]
    assert find_topics(_page("Chile sends a delegation to Ben Tre", *body), "en") == ["trade"]
    assert "diplomacy" in find_topics(
        _page("Embajador de Chile visita Ben Tre", "El embajador habló de exportaciones.",
              "Las exportaciones de pomelo y el comercio crecieron.", "El embajador volverá."),
        "es",
    )  # fmt: skip


def test_every_envoy_is_a_weak_stem_of_diplomacy() -> None:
    """The envoys read in a headline are the registry's own stems, in every language."""
    from digest.extract.topics import _ENVOYS
    from digest.registries import drafting_registries

    stems = drafting_registries().topics["diplomacy"].words
    assert len(_ENVOYS) == 16
    for lang, envoys in _ENVOYS.items():
        assert set(envoys) <= set(map(str, stems[lang])), lang


def test_a_visit_in_passing_words_only_does_not_lead_a_story_on_something_else() -> None:
    """A chamber's delegation, an embassy and talks named as often as the trade they are about
    frame a trade story: the visit does not take the lead, and the fields beside trade stay."""
    text = _page(
        "Surat's textile chamber signs a pact with Ho Chi Minh City",
        "The delegation of the chamber visited the consulate and the embassy.",
        "The embassy and the consulate hosted the delegation.",
        "The delegation held talks on textile exports; trade in diamonds grew.",
        "Exports of yarn and trade in fabrics were discussed with the delegation.",
        "Students of the university will study textile design; investors plan a factory.",
    )
    assert topic_scores(text, "en")["diplomacy"] >= topic_scores(text, "en")["trade"]
    assert find_topics(text, "en")[0] == "trade"
    assert "diplomacy" not in find_topics(text, "en")


def test_the_industrialists_confederation_is_no_border() -> None:
    """Confindustria (a confederation of industry) begins like "confine" (a border)."""
    text = (
        "Confindustria Brescia apre uno stabilimento. Confindustria investirà con gli investitori."
    )
    assert topic_scores(text, "it")["border"] == 0
    assert "border" in find_topics("I valichi al confine e i confini comuni.", "it")


def test_talks_frame_a_japanese_korean_or_thai_story_as_in_every_language() -> None:
    """Talks held on a visit are how the story is told, in Japanese, Korean and Thai as well:
    twice named beside a subject, they are no diplomacy; diplomatic relations still are."""
    japanese = _page(
        "静岡県、ベトナム・ゲアン省と介護人材で覚書",
        "知事は省の代表団と会談した。",
        "介護人材の受け入れと日本語の研修で合意した。労働者は県内の施設で働く。",
        "両者は再び会談し、技能実習生の派遣を確認した。",
    )
    assert "diplomacy" not in find_topics(japanese, "ja")
    assert "diplomacy" in find_topics(
        japanese + "\n\n両国の外交関係と二国間の協力は50周年を迎える。", "ja"
    )
    korean = (
        "도지사는 대표단과 회담했다. 계절근로자 300명을 받기로 했다. 회담 후 근로자 숙소를 봤다."
    )
    assert "diplomacy" not in find_topics(korean, "ko")
    thai = "ผู้ว่าฯ หารือกับคณะ เรื่องการท่องเที่ยว นักท่องเที่ยวจะเพิ่มขึ้น หลังหารือมีการเยี่ยมชม"
    assert "diplomacy" not in find_topics(thai, "th")


def test_a_crossing_named_for_friendship_is_a_place_not_friendship() -> None:
    """The Friendship Bridge the tourists cross is on their route: no friendship between
    peoples, though its bridge still counts; friendship named in the text still does."""
    thai = "นักท่องเที่ยวเดินทางผ่านสะพานมิตรภาพ 3 นักท่องเที่ยวจะกลับทางสะพานมิตรภาพ 3 บริษัททัวร์จัดทัวร์ใหม่"
    assert topic_scores(thai, "th")["people-to-people"] == 0
    assert topic_scores(thai, "th")["infrastructure"] > 0
    assert topic_scores("มิตรภาพระหว่างประชาชนสองประเทศ", "th")["people-to-people"] > 0
    russian = "Туристы прошли по мосту Дружбы. Туризм растёт. Дружба народов крепнет."
    assert topic_scores(russian, "ru")["people-to-people"] == 1
    assert topic_scores("Xe qua cửa khẩu Hữu Nghị.", "vi")["people-to-people"] == 0
    assert topic_scores("Xe qua cửa khẩu Hữu Nghị.", "vi")["border"] == 1


def test_a_border_district_says_where_a_place_lies_not_that_the_story_is_on_the_border() -> None:
    """Hospitals in border districts are hospitals somewhere: no border cooperation; a border
    gate and customs are."""
    french = "L'AFD finance quatre hôpitaux des districts frontaliers. Les districts frontaliers auront des médecins."
    assert topic_scores(french, "fr")["border"] == 0
    assert topic_scores("Le poste-frontière et la douane ouvriront.", "fr")["border"] == 2
    chinese = "广西医生在边境县开展义诊。边境县医院获赠设备。"
    assert topic_scores(chinese, "zh")["border"] == 0
    assert topic_scores("口岸和海关合作。", "zh")["border"] == 2


def test_japanese_support_is_a_passing_word_as_in_every_language() -> None:
    """A prefecture that "supports" trainees' lives in a labour story gives no aid."""
    text = _page(
        "県、ベトナム・ダナン市と人材交流で覚書",
        "県は技能実習生の生活を支援する。労働者の受け入れを拡大する。",
        "企業の採用を支援し、労働者の日本語学習も支援する。",
    )
    assert "aid" not in find_topics(text, "ja")
    assert "aid" in find_topics(text + "\n\nJICAの無償資金協力で病院を建てる。", "ja")


def test_german_vocational_education_is_education_as_vocational_training_is() -> None:
    """Berufsbildung (vocational education) is written like Berufsausbildung, in one word."""
    text = "Die Berufsbildung der Lehrlinge beginnt. Berufsbildung für Mechaniker."
    assert topic_scores(text, "de")["education"] == 2
    assert topic_scores(text, "de")["labour"] == 1


def test_a_tourism_fair_promotes_travel_not_trade() -> None:
    """A tourism fair is how a city sells its trips: tourism, not the trade of a trade fair."""
    polish = "Miasta zorganizują trzy wspólne targi turystyczne. Turyści z Zakopanego przyjadą."
    assert topic_scores(polish, "pl")["trade"] == 0
    assert topic_scores("Targi w Poznaniu.", "pl")["trade"] == 1
    spanish = "Promoción en las ferias internacionales de turismo y rutas para turistas."
    assert find_topics(spanish, "es") == ["tourism"]


def test_a_korean_envoy_is_read_whole_not_inside_another_word() -> None:
    """대사 (an ambassador) is also inside 확대사업 (an expansion project): in a Korean headline
    only the embassy or the consul general, written whole, states diplomacy."""
    body = "수출과 교역이 늘었다. 무역 박람회를 연다."
    assert "diplomacy" not in find_topics(_page("베트남과 교역 확대사업 착수", body), "ko")
    assert "diplomacy" in find_topics(_page("주베트남 대사관, 교역 확대 논의", body), "ko")


def test_a_fourth_topic_named_only_beside_stronger_ones_is_a_detail_of_their_story() -> None:
    """Investors named three times, each time in a sentence on rice or science, are a
    detail of the farming story; a sentence of their own makes investment a subject."""
    sentences = (
        "Farmers of both provinces grow rice, and exports of their rice will grow.",
        "Scientists will research rice seed for the farmers; investors bring capital.",
        "Exports of rice grew; investment in a rice mill rose.",
        "Researchers will help the farmers with rice seed.",
        "Trade in fertiliser and investment in the rice mill rose.",
        "A laboratory will test the rice of the farmers.",
    )
    text = "\n".join(("Two provinces agree on rice farming", *sentences))
    assert topic_scores(text, "en")["investment"] == 3
    assert find_topics(text, "en") == ["agriculture", "science-technology", "trade"]
    own = f"{text}\nInvestors will also fund a new plant."
    assert "investment" in find_topics(own, "en")


def test_a_passing_word_in_the_headline_names_the_subject_but_a_visits_words_do_not() -> None:
    """Coffee is a passing word in a body, the subject in a headline; friendship and flights
    tell any cooperation story, and stay passing words there."""
    body = (
        "The two provinces signed an agreement on Monday.",
        "Exports of goods will grow, and trade in machinery doubled.",
        "Trade fairs will be held every year.",
    )
    coffee = "\n".join(("Coffee growers sign a deal", *body))
    assert find_topics(coffee, "en") == ["trade", "agriculture"]
    assert find_topics("\n".join(("Two provinces sign a deal", *body)), "en") == ["trade"]
    told_in = "\n".join(("Friendship flights for a new deal", *body))
    assert find_topics(told_in, "en") == ["trade"]


def test_the_sea_rising_salt_creeping_in_and_reefs_are_the_environment() -> None:
    """Saline intrusion, a rising sea and coral reefs are the environment's words in every
    language, as floods and mangroves are; and "above sea level" (a height) is not one."""
    texts = {
        "en": "Saline intrusion and sea level rise threaten the delta. The coral reef is bleaching.",
        "es": "La salinidad y la subida del nivel del mar amenazan el delta. El arrecife se blanquea.",
        "de": "Versalzung und Meeresspiegelanstieg bedrohen das Delta. Das Korallenriff bleicht aus.",
        "ru": "Засоление и рост уровня моря угрожают дельте. Коралловые рифы гибнут.",
        "zh": "咸潮和海平面上升威胁三角洲。珊瑚礁正在白化。",
        "ko": "염해와 해수면 상승이 삼각주를 위협한다. 산호초가 백화되고 있다.",
    }
    for lang, text in texts.items():
        assert topic_scores(text, lang)["environment"] >= 2, lang
    assert topic_scores("The pass lies 1,900 metres above sea level.", "en")["environment"] == 0


def test_selling_goods_and_seeking_buyers_is_trade() -> None:
    """Sales and buyers are trade as exports are, in every language; a Friday is not a sale."""
    texts = {
        "en": "The state sells pepper to Japan and is selling cashews to buyers in Korea.",
        "es": "La provincia vende café a Japón y busca compradores en Corea.",
        "pt": "O estado quer vender castanha e ampliar as vendas na Ásia.",
        "ru": "Край наращивает продажи пшеницы и ищет покупателей в Азии.",
        "zh": "该省扩大咖啡销售，寻找买家。",
    }
    for lang, text in texts.items():
        assert topic_scores(text, lang)["trade"] >= 2, lang
    assert topic_scores("La délégation arrive vendredi.", "fr")["trade"] == 0


def test_every_form_of_the_verb_to_invest_is_investment_but_an_investigation_is_not() -> None:
    """The stems had the infinitive and the noun; a firm "investirà", "invierte", "investe",
    "инвестирует" or "investit" invests all the same."""
    texts = {
        "it": "La ditta investirà e ha investito.",
        "es": "La empresa invierte y ha invertido.",
        "pt": "A empresa investe e investiu.",
        "ru": "Компания инвестирует. Компания инвестирует.",
        "fr": "Le groupe investit. Le groupe investit.",
    }
    for lang, text in texts.items():
        assert topic_scores(text, lang)["investment"] >= 2, lang
    assert topic_scores("Una investigazione e una investigação.", "it")["investment"] == 0


def test_hygiene_and_toilets_are_health_but_a_plumbing_trade_is_not() -> None:
    """A school's new toilets and hygiene lessons are health, as a clinic is."""
    texts = {
        "en": "The school got new toilets and pupils learnt hygiene.",
        "vi": "Dự án xây nhà vệ sinh và dạy học sinh rửa tay hợp vệ sinh.",
        "pl": "Szkoły mają nowe toalety, a uczniowie uczą się higieny.",
        "ru": "В школах построили туалеты и провели уроки гигиены.",
        "hi": "स्कूलों में शौचालय बने और स्वच्छता पर कक्षाएँ हुईं।",
    }
    for lang, text in texts.items():
        assert topic_scores(text, lang)["health"] >= 2, lang
    assert topic_scores("Lehrlinge in Sanitär- und Kfz-Betrieben.", "de")["health"] == 0


def test_tractors_vineyards_and_animal_feed_are_agriculture() -> None:
    """Farm machinery, wine growing and feed are a farm's words in every language."""
    texts = {
        "en": "The firm will supply tractors and build a feed mill beside the vineyards.",
        "es": "La región enviará tractores y expertos en viticultura a los viñedos.",
        "ru": "Компания поставит тракторы и комбикорм для ферм.",
        "zh": "企业将提供拖拉机和饲料。",
        "th": "บริษัทจะตั้งโรงงานอาหารสัตว์และจำหน่ายรถไถ",
    }
    for lang, text in texts.items():
        assert topic_scores(text, lang)["agriculture"] >= 2, lang
