"""Places a visiting delegation only passes through: the later stops of its trip.

"The delegation will continue its trip to Shizuoka", "岐阜県を経由して帰国する", "随后前往":
the place is where the visitors go next, not a partner of the Vietnamese province. The phrases
say so in each language; the place named right after (or, in Japanese and Korean, right before)
one of them is a stop on an itinerary.
"""

from __future__ import annotations

import functools
import re

from digest.text import alternation, fold

# Phrases right before a place ("... trip to X") and, for languages that put the particle
# after the name, right after it ("X를 거쳐").
_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("continue its trip to", "continue their trip to", "continue the trip to",
           "continues its trip to", "travel on to", "then travel to", "on its way to",
           "on their way to", "before heading to", "before travelling to",
           "before traveling to", "next stop", "onward to", "go on to", "goes on to",
           "will go on to", "continues to", "continue on to", "before flying to"),
    "fr": ("se rendra ensuite à", "se rendra ensuite en", "poursuivra son voyage à",
           "poursuivra sa visite à", "avant de se rendre à", "avant de se rendre en",
           "en route pour", "poursuivra son séjour à", "poursuivra sa route vers",
           "poursuit sa visite à", "poursuit son voyage à"),
    "es": ("continuará su viaje a", "continuará su visita a", "antes de viajar a",
           "después viajará a", "luego viajará a", "viajará después a", "viajará luego a",
           "rumbo a", "antes de partir hacia", "antes de partir a", "partirá hacia",
           "seguirá viaje a", "seguirá viaje hacia", "seguirá hacia", "sigue viaje a",
           "visitará también", "también visitará"),
    "it": ("proseguirà per", "prima di recarsi a", "proseguirà il viaggio a"),
    "pt": ("seguirá para", "antes de seguir para", "continuará a viagem a", "segue para",
           "seguem para", "segue depois para", "segue viagem para", "parte para",
           "partirá para", "antes de partir para", "seguiu para", "seguiu depois para",
           "seguiram para", "seguiram depois para"),
    "de": ("weiter nach", "Weiterreise nach", "bevor sie nach", "anschließend nach"),
    "pl": ("uda się następnie do", "przed wyjazdem do", "pojedzie dalej do"),
    "ru": ("продолжит поездку в", "затем посетит", "затем отправится в", "перед поездкой в",
           "проследует в",
           # "После Томска гости отправились в Новосибирск": where they went on to, and the
           # stop they came from
           "отправились в", "отправилась в", "направились в", "направилась в", "после"),
    "uk": ("продовжить поїздку до", "потім відвідає", "потім вирушить до"),
    "vi": ("sau đó sẽ đến", "sau đó đến", "tiếp tục hành trình đến", "trước khi đến",
           "trước khi sang", "trên đường đến"),
    "zh": ("随后前往", "随后将前往", "之后前往", "之后将前往", "转赴", "途经",
           # a stop the delegation "also" made or will make on the same trip
           "还访问了", "还将访问", "还将前往", "还前往", "并前往",
           # "随后经靖西返回广西": the town the visitors pass on their way back
           "随后经"),
    "ja": (),
    "ko": (),
    "th": ("เดินทางต่อไปยัง", "เดินทางต่อไปยังจังหวัด", "ก่อนเดินทางไป", "ก่อนเดินทางไปยัง",
           "ผ่าน", "ผ่าน สปป.", "ผ่านสปป."),
}  # fmt: skip
# A route or a trip passing through a place ("road No. 12 via Laos", "ผ่าน สปป.ลาว", "en
# passant par le Laos") names where it goes, not a partner: the words join the lists above.
_VIA: dict[str, tuple[str, ...]] = {
    "en": ("via", "passing through", "in transit through", "transiting through", "home through",
           "back through",
           # goods carried across a country on their way ("to travel by rail through China")
           "by rail through", "by road through", "by sea through", "by land through",
           "by truck through", "overland through"),
    "fr": ("via", "en passant par", "en transit par"),
    "es": ("vía", "pasando por", "en tránsito por"),
    "it": ("via", "passando per", "in transito per"),
    "pt": ("via", "passando por", "em trânsito por"),
    # "تصدير الفواكه إلى أسواق الخليج عبر دبي" (to the Gulf's markets through Dubai).
    "ar": ("عبر", "مرورا ب", "مروراً ب"),
    "vi": ("quá cảnh", "quá cảnh qua", "đi qua lãnh thổ"),
    "zh": ("经由", "过境"),
    # "отправлена через порт Владивосток" (shipped through the port of Vladivostok)
    "ru": ("через", "через порт",
           # "отправлена через порты России" (shipped through Russia's ports): the country
           # stands for ports it passes, not a partner
           "через порты", "через морские порты", "через территорию"),
    "uk": ("через", "через порт"),
}  # fmt: skip
# A stopover or a change of planes on the way ("after a stopover in Bangkok", "après une escale
# à Paris et un passage par Singapour", "с пересадкой в Новосибирске", "reiste über Frankfurt
# an") names where the visitors changed planes, not a partner: the words join the lists above.
_STOPOVER: dict[str, tuple[str, ...]] = {
    "en": ("stopover in", "stop-over in", "layover in", "transit in", "change of planes in"),
    "fr": ("escale à", "escale en", "passage par", "correspondance à"),
    "es": ("escala en", "conexión en", "tránsito en"),
    "it": ("scalo a", "scalo in", "transito a"),
    "pt": ("escala em", "conexão em", "trânsito em"),
    "de": ("Zwischenstopp in", "Zwischenlandung in", "Umstieg in", "reiste über",
           "reisten über", "flog über", "flogen über", "kam über", "kamen über", "Anreise über"),
    "pl": ("przesiadką w", "przesiadka w", "międzylądowaniem w"),
    "ru": ("пересадкой в", "пересадкой во", "транзитом через", "пересадка в"),
    "uk": ("пересадкою в", "пересадкою у", "транзитом через"),
    "vi": ("nối chuyến tại", "nối chuyến ở", "quá cảnh tại"),
}  # fmt: skip
_VIA = {lang: (*_VIA.get(lang, ()), *_STOPOVER.get(lang, ())) for lang in {*_VIA, *_STOPOVER}}
# Where the visitors came from or leave from on their way ("llegó a Pinar del Río procedente de
# La Habana", "prima di ripartire da Roma per Hội An") is a point of the journey, not a partner.
_DEPARTURE: dict[str, tuple[str, ...]] = {
    "en": ("arriving from", "arrived from", "departing from", "flying in from"),
    "fr": ("en provenance de", "en provenance d'", "au départ de"),
    "es": ("procedente de", "procedentes de", "proveniente de", "provenientes de"),
    "it": ("ripartire da", "ripartirà da", "ripartiranno da", "in partenza da",
           "proveniente da", "provenienti da"),
    "pt": ("procedente de", "procedentes de", "vinda de", "vindos de", "vinda do"),
    "ru": ("прибыла из", "прибыли из", "прибывшая из"),
}  # fmt: skip
_VIA = {lang: (*_VIA.get(lang, ()), *_DEPARTURE.get(lang, ())) for lang in {*_VIA, *_DEPARTURE}}
# Where the visitors go back to after the visit ("antes de regressar a Lisboa", "before
# returning to Tokyo") is the end of their journey, not a partner: a partner there is named
# otherwise too.
_RETURN_TO: dict[str, tuple[str, ...]] = {
    "en": ("before returning to", "before flying back to", "before heading back to"),
    "fr": ("avant de rentrer à", "avant de rentrer en", "avant de regagner"),
    "es": ("antes de regresar a", "antes de volver a"),
    "it": ("prima di rientrare a", "prima di rientrare in", "prima di tornare a",
           "prima di tornare in"),
    "pt": ("antes de regressar a", "antes de regressar para", "antes de voltar a",
           "antes de voltar para", "antes de retornar a"),
    "de": ("vor der Rückreise nach", "vor der Heimreise nach"),
    "pl": ("przed powrotem do",),
    "ru": ("перед возвращением в",),
    "uk": ("перед поверненням до", "перед поверненням в"),
}  # fmt: skip
_VIA = {lang: (*_VIA.get(lang, ()), *_RETURN_TO.get(lang, ())) for lang in {*_VIA, *_RETURN_TO}}
# A corridor or road linking places names geography, not partners: "the corridor linking
# Mukdahan, Savannakhet and Lao Bao", "ซึ่งเชื่อมมุกดาหาร แขวงสะหวันนะเขต …", "连接昆明和河内".
_LINKING: dict[str, tuple[str, ...]] = {
    "en": ("linking", "connecting"),
    "fr": ("reliant", "qui relie"),
    "es": ("que une", "que conecta", "que enlaza"),
    "it": ("che collega", "che unisce"),
    "pt": ("que liga", "que une", "ligando"),
    "ru": ("соединяющий", "соединяющего", "связывающий", "связывающего"),
    # "tuyến đường 8 nối sang Thái Lan" (road 8 running across to Thailand)
    "vi": ("nối liền", "nối sang"),
    "th": ("ซึ่งเชื่อม", "ที่เชื่อม", "เชื่อมต่อ", "เชื่อม"),
    "zh": ("连接", "连通"),
}
_VIA = {lang: (*_VIA.get(lang, ()), *_LINKING.get(lang, ())) for lang in {*_VIA, *_LINKING}}
_BEFORE = {lang: (*_BEFORE.get(lang, ()), *_VIA.get(lang, ())) for lang in {*_BEFORE, *_VIA}}
_AFTER: dict[str, tuple[str, ...]] = {
    # "名古屋市を訪れたあと、帰国する": the stop the visitors make after the event, before
    # going home.
    # "ソウル経由で" (by way of Seoul) glues the word to the name without を.
    "ja": ("を経由", "経由", "を経て", "に立ち寄", "へ向か", "に向か", "を訪れたあと", "を訪れた後",
           "を訪問したあと", "を訪問した後"),
    # "싱가포르를 거치지 않는 직항" (a direct route not through Singapore): the same verb.
    "ko": ("를 거쳐", "을 거쳐", "를 거치", "을 거치", "를 경유", "을 경유", "경유",
           "을 방문한 뒤", "를 방문한 뒤", "을 방문한 후", "를 방문한 후",
           # "서울로 이동해 …을 예방했다": moved on to Seoul after the event
           "로 이동해", "으로 이동해", "로 이동한 뒤", "으로 이동한 뒤", "로 향했", "으로 향했",
           # "다음 날 포항으로 이동한다": where the visitors move on to next
           "로 이동한다", "으로 이동한다", "로 이동할", "으로 이동할"),
    "zh": ("转机",),
    # "отправлено до Владивостока, а оттуда морем в Хайфон" (by rail to Vladivostok, and from
    # there by sea): a point the goods or the visitors pass on their way.
    "ru": (", а оттуда", ", откуда"),
    "uk": (", а звідти", ", звідки"),
    "en": (", and from there", ", from where"),
}  # fmt: skip
# What the visitors do after their last stops, as the Japanese "を訪れたあと、帰国する" says:
# "visiterà Fermo e Macerata prima di rientrare", "before returning home".
_BEFORE_HOME: dict[str, tuple[str, ...]] = {
    "en": ("before returning home", "before flying home", "before heading home",
           "before returning to vietnam", "before flying back"),
    "fr": ("avant de rentrer", "avant de regagner", "avant leur retour", "avant son retour"),
    "es": ("antes de regresar", "antes de volver", "antes de su regreso"),
    "it": ("prima di rientrare", "prima di tornare", "prima del rientro"),
    "pt": ("antes de regressar", "antes de voltar", "antes de retornar", "antes do regresso"),
    "de": ("vor der rückreise", "vor der heimreise", "bevor sie zurückkehr"),
    "pl": ("przed powrotem",),
    "ru": ("перед возвращением", "перед отъездом"),
    "uk": ("перед поверненням", "перед від'їздом"),
    # "เดินทางไปจังหวัดสกลนครและอุดรธานีก่อนเดินทางกลับ" (… before travelling back)
    "th": ("ก่อนเดินทางกลับ",),
}  # fmt: skip
_AFTER = {
    lang: (*_AFTER.get(lang, ()), *_BEFORE_HOME.get(lang, ())) for lang in {*_AFTER, *_BEFORE_HOME}
}
# Korean names what the visitors see at a later stop between the place and the verb: "포항의
# 항만 시설을 둘러본 뒤", "부여군 농가를 둘러본 뒤" (after touring the port of Pohang, the farms of
# Buyeo County ...).
_KO_TOUR_AFTER = re.compile(
    r"^(?:도|시|군|구)?(?:의)?[\s\uac00-\ud7a3]{0,12}?[을를]\s*(?:둘러본|둘러보고|방문한|시찰한|견학한)\s*(?:뒤|후|다음)"
)
# Japanese says the same: "横浜市の介護施設を視察したあと、帰国する" (after inspecting a care
# home in Yokohama, they go home).
_JA_TOUR_AFTER = re.compile(
    r"^(?:都|府|県|市|町|村)?(?:内)?の[^、。\s]{0,12}?を(?:視察|見学|訪問|訪れ)(?:し)?た?(?:あと|後)"
)
# Thai names the town a route passes through, then its province: "เส้นทางผ่านเมืองท่าแขก
# แขวงคำม่วน" (the route through Thakhek, Khammouane province): the province locates a stop.
_TH_THROUGH_TOWN = re.compile(r"ผ่าน\s*(?:เมือง|อำเภอ|ตัวเมือง)\S{1,20}\s+(?:แขวง|จังหวัด)?$")
# Thai lists what a trip passes through after one ผ่าน: "ผ่านด่านสะพานมิตรภาพไทย-ลาว แห่งที่ 3
# และแขวงคำม่วน" (through the Friendship Bridge checkpoint and Khammouane province): the place
# after และ is passed through too, though the first item is no place.
_TH_THROUGH_LIST = re.compile(r"ผ่าน\S{0,30}(?:\s+\S{1,12}){0,3}\s+และ\s*(?:แขวง|จังหวัด)?$")
# ... or names the border checkpoint or bridge it passes first, then the place it goes on
# through or to: "ผ่านด่านสะพานมิตรภาพไทย-ลาว แห่งที่ 3 และแขวงคำม่วน" (through the Friendship
# Bridge checkpoint and Khammouane province), "ขนส่งผ่านสะพานมิตรภาพ 3 ไปยังแขวงคำม่วน" (shipped
# over the bridge to Khammouane).
_TH_THROUGH_FEATURE = re.compile(
    r"ผ่าน\s*(?:ทาง)?(?:ด่าน|สะพาน|ท่าเรือ)[^\n.]{1,40}?(?:และ|ไปยัง|ไปสู่|เข้าสู่)\s*"
    r"(?:แขวง|จังหวัด|เมือง|นคร)?$"
)
_TH_FEATURE_WINDOW = 64
# ... or closes the places it passes through or links with their country, after สปป. (Lao PDR) or
# ประเทศ: "ผ่านด่านนาเพ้า และเมืองท่าแขก สปป.ลาว", "ผ่านจังหวัดนครพนมและแขวงคำม่วนของ สปป.ลาว",
# "ซึ่งเชื่อมมุกดาหาร แขวงสะหวันนะเขตของ สปป.ลาว": the country only says where the stops lie.
_TH_THROUGH_COUNTRY = re.compile(r"(?:ผ่าน|เชื่อม)\S{1,40}(?:\s+\S{1,30}){0,2}\s*(?:สปป\.|ประเทศ)\s*$")
# The grammar of a next stop, in any wording: an adverb of sequence, up to three words (the
# verb), and a preposition of direction or a verb of visiting right before the place ("then
# travelled to", "s'est ensuite rendue à", "luego la delegación visitó", "затем они посетили").
_THEN: dict[str, tuple[str, str]] = {
    "en": ("then|afterwards|later|subsequently|next", "to|for|visited|visit|visits|toured"),
    "fr": ("ensuite|puis|par la suite", "a|en|au|aux|vers|visite|visitera"),
    "es": ("luego|despues|posteriormente|mas tarde", "a|al|hacia|visito|visitara|recorrio"),
    # "ripartirà domani per Roma" (will leave again for Rome tomorrow)
    "it": (
        "poi|successivamente|in seguito|quindi|ripartira|ripartiranno",
        "a|in|per|verso|visitato|visitera",
    ),
    "pt": ("depois|em seguida|posteriormente|mais tarde", "a|ao|para|visitou|visitara"),
    "de": ("anschliessend|danach|dann|spater", "nach|besuchte|besuchten|besucht|besuchen"),
    "pl": ("nastepnie|potem|pozniej", "do|odwiedzil\\w*|odwiedzi"),
    "ru": ("затем|потом|после этого|далее", "в|во|посетил\\w*|посетит|посетят"),
    "uk": ("потім|згодом|після цього|далі", "до|в|у|відвідал\\w*|відвідає|відвідають"),
    "vi": ("sau do|tiep do|tiep theo|sau khi ket thuc", "den|toi|sang|tham|ra|vao"),
    # "会后，越方代表团参观了红河州蒙自市" (after the meeting the delegation toured …), "考察了"
    # (inspected)
    "zh": ("随后|之后|然后|接着|此后|会后", "(?:前往|赴|到|访问|参观|考察)了?"),
    # "وسيتوجه الوفد لاحقا إلى القاهرة" (the delegation will later head to Cairo); folded, إلى
    # is الى.
    "ar": ("لاحقا|بعد ذلك|بعدها|ثم", "الى|يزور|زيارة"),
}
# The same grammar with a verb of the journey itself, a few words (a day, the region reached)
# between it and the preposition: where the visitors came from ("прибыла на Урал из Москвы",
# "прибывший в Витебск из Минска", "llegó el lunes desde Madrid") or went on to ("a poursuivi
# jeudi vers Rungis", "continuará esta semana en Can Tho"), and what they visited before leaving
# ("Prima di ripartire, la delegazione ha visitato Siena"). Only the preposition of the origin
# follows a verb of arriving: where the visitors arrive is the visit's own place.
_JOURNEY: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("arrived|arriving|arrives", "from"), ("before leaving,", "visited|toured")),
    "fr": (("a poursuivi|ont poursuivi|poursuivra|poursuivront", "vers"),
           ("avant de repartir,", "visite")),
    "es": (("llego|llegaron|llegara|llegaran", "desde"),
           ("continuara|continuaran", "en|hacia"), ("antes de partir,", "visito")),
    "it": (("proseguira|proseguiranno", "verso|per"), ("prima di ripartire,", "visitato")),
    "pt": (("chegou|chegaram", "desde"), ("antes de partir,", "visitou")),
    # "прибыла", not "прибыль" (profit)
    "ru": (("прибыл(?:а|и|о)?|прибывш\\w*", "из"),),
    "uk": (("прибул\\w*|прибув\\w*", "з|із"),),
}  # fmt: skip
# A place the visitors "also" visit or visited "earlier" is another stop of the trip ("Делегация
# также посетит Казань и Москву", "Ранее делегация … посетила Москву"); a body so visited stays
# a partner ("также посетила … университет"), so only places are read so (``other_stop``).
_OTHER_STOP: dict[str, re.Pattern[str]] = {
    "ru": re.compile(
        r"(?<!\w)(?:также|ранее)\s+(?:[^\s.,;:!?]+\s+){0,3}?(?:посетил\w*|посетит|посетят)\s+"
        r"(?:[^\s.,;:!?]+\s+и\s+)?$"
    ),
    "uk": re.compile(
        r"(?<!\w)(?:також|раніше)\s+(?:[^\s.,;:!?]+\s+){0,3}?"
        r"(?:відвідал\w*|відвідає|відвідають)\s+(?:[^\s.,;:!?]+\s+(?:і|й|та)\s+)?$"
    ),
}
# The other Latin-letter languages, folded: the phrase for "also visited" or "visited earlier",
# perhaps another stop and "and" before the place ("ha visitato anche Perugia e Spoleto", "also
# visited Kazan and Moscow").
_ALSO_VISITED: dict[str, tuple[str, str]] = {
    "en": ("also visited|also visit|also visits|had earlier visited|earlier visited", "and"),
    "fr": ("a egalement visite|visitera egalement|a aussi visite|visitera aussi"
           "|avait visite", "et"),
    "es": ("tambien visito|visitara tambien|visito tambien|tambien visitara", "y|e"),
    "it": ("ha visitato anche|hanno visitato anche|visitera anche|ha anche visitato"
           "|aveva visitato", "e|ed"),
    "pt": ("tambem visitou|visitara tambem|visitou tambem|tambem visitara", "e"),
    "de": ("besuchte auch|besucht auch|besuchten auch|besuchte zuvor|besuchten zuvor", "und"),
    "pl": ("odwiedzil rowniez|odwiedzila rowniez|odwiedzili rowniez|odwiedzi rowniez"
           "|odwiedzila tez|odwiedzil tez", "i"),
    "vi": ("cung da tham|cung tham|truoc do da tham", "va"),
}  # fmt: skip
_OTHER_STOP.update(
    {
        lang: re.compile(rf"(?<!\w)(?:{phrases})\s+(?:[^\s.,;:!?]+\s+(?:{joint})\s+)?$")
        for lang, (phrases, joint) in _ALSO_VISITED.items()
    }
)
_ALONE_AFTER = re.compile(r"\s*(?:[.,;:!?)]|\s(?:и|і|й|та|and|et|y|e|ed|und|i|va|và)\s|$)")
# Korean: "대표단은 앞서 서울에서 … 방문했으며" (earlier, in Seoul, the delegation visited …).
_KO_EARLIER = re.compile(r"(?:^|\s)(?:이에\s)?앞서\s$")
_KO_PLACE_AFTER = re.compile(r"(?:시|도)?(?:에서|을|를|에)\s")
# Capitalised words and a linking word before a place that ends their name ("Santiago de").
_NAME_BEFORE = re.compile(
    r"(?<!\w)(?:[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄ][\w'’-]*\s+){1,3}(?:de|del|do|da|di|of)?\s*,?\s*$"
)
_THEN_WORDS = 3
_WINDOW = 48


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    def compile_(phrases: tuple[str, ...], anchor: str) -> re.Pattern[str] | None:
        if not phrases:
            return None
        words = alternation([fold(p) for p in phrases])
        if anchor == "end":
            # Thai, Chinese and Japanese run their words together: the phrase needs no word
            # boundary before it ("代表团还访问了").
            bound = "" if lang in ("th", "zh", "ja") else r"(?:^|\W)"
            # An article may stand before the place: "seguiu depois para a Cidade de …".
            return re.compile(rf"{bound}(?:{words})\s*(?:the\s+|la\s+|el\s+|a\s+|o\s+)?$")
        # "岐阜県を経由": the unit word may stand between the name found and the phrase.
        # "東京都内を経由" (through the city of Tokyo): 内 may close the unit.
        return re.compile(rf"^\s*(?:県|府|都|省|市|州|도|시|군)?(?:内)?\s*(?:{words})")

    return compile_(_BEFORE.get(lang, ()), "end"), compile_(_AFTER.get(lang, ()), "start")


@functools.cache
def _then_pattern(lang: str) -> re.Pattern[str] | None:
    if lang not in _THEN and lang not in _JOURNEY:
        return None
    adverbs, directions = _THEN.get(lang, ("(?!)", "(?!)"))
    if lang == "zh":
        return re.compile(rf"(?:{adverbs}).{{0,6}}(?:{directions})\s*$")
    words = rf"(?:[^\s.,;:!?]+\s+){{0,{_THEN_WORDS}}}?"
    patterns = [rf"(?:{adverbs})\s+{words}(?:{directions})"]
    for verbs, prepositions in _JOURNEY.get(lang, ()):
        patterns.append(rf"(?:{verbs})\s+{words}(?:{prepositions})")
    return re.compile(rf"(?<!\w)(?:{'|'.join(patterns)})\s+(?:the\s+)?$")


# What joins the stops of one trip: "Tokyo and Osaka", "Tokio y Osaka", "东京和大阪".
_AND = re.compile(
    r"^\s*(?:,|、|，)?\s*(?:and|et|y|e|und|i|oraz|и|і|та|va|và|hoac|или|або|ou|o|oder)?\s*"
    # the preposition of direction said again: "para Hồ Chí Minh e para Singapura"
    r"(?:(?<=\s)(?:to|para|a|à|en|per|nach|do|в|до)\s+)?$"
    r"|^\s*(?:和|及|与|与|、|と|や|와|과|및|และ|و|और)\s*$"
    # a route's stops joined by dashes: "เชื่อมมุกดาหาร-สะหวันนะเขต-ด่านลาวบาว"
    r"|^\s*[-–—]\s*$"
)


# The unit word closing a Chinese, Japanese or Korean place's name before the next place:
# "云南省红河州河口县" is one stop named from province down to county.
_UNIT_WORD = re.compile(r"^(?:省|市|州|县|區|区|県|府|都|도|시|군)")


# The unit word opening a Thai place's name after the one before: "มุกดาหาร แขวงสะหวันนะเขต".
_UNIT_BEFORE = re.compile(r"(?:แขวง|จังหวัด|เมือง|นคร)\s*$")


# What joins a place to the one listed before it: "Tokyo, Kyoto and Osaka". French may join the
# next stop with "then" ("vers Rungis puis Lyon"); Arabic glues its "and" to the place ("إلى
# القاهرة وبورسعيد").
_JOINED = re.compile(r"(?:,|(?<=\s)(?:and|et|puis|y|e|und|i|oraz|и|і|та|va|و))\s*$")
_LAST_WORD = re.compile(r"[^\s.,;:!?]+\s*$")
_MAX_PLACE_WORDS = 3  # how many words a place named before may have ("Santiago de Cuba")


def on_trip(text: str, index: int, starts: list[tuple[int, int]], lang: str) -> bool:
    """Whether the place at ``starts[index]`` (spans of the places of ``text``, in order) is a
    later stop of the trip, named on its own or joined to one that is ("then travelled to
    Tokyo and Osaka")."""
    start, end = starts[index]
    if on_itinerary(text, start, end, lang):
        return True
    gap = _UNIT_WORD.sub("", text[starts[index - 1][1] : start]) if index else ""
    gap = _UNIT_BEFORE.sub("", gap)
    if index == 0 or not _AND.match(fold(gap)):
        return False
    return on_trip(text, index - 1, starts, lang)


def other_stop(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the place at ``text[start:end]`` is one the visitors also or earlier visited,
    named on its own (not opening a body's name: "посетила Ульяновский университет"), perhaps
    after another stop ("посетит Казань и Москву")."""
    if lang == "ko":
        return (
            _KO_EARLIER.search(text, max(0, start - _WINDOW), start) is not None
            and _KO_PLACE_AFTER.match(text, end) is not None
        )
    other_stop = _OTHER_STOP.get(lang)
    return (
        other_stop is not None
        and _ALONE_AFTER.match(text, end) is not None
        and other_stop.search(fold(text[max(0, start - _WINDOW) : start])) is not None
    )


def on_itinerary(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the place at ``text[start:end]`` is named as a later stop of a trip."""
    after_pattern = _patterns(lang)[1]
    before_text = text[max(0, start - _WINDOW) : start]
    if lang == "th":
        # "เดินทางผ่านแขวงสะหวันนะเขต" (through Savannakhet province): the unit word opens the
        # name after the phrase.
        before_text = _UNIT_BEFORE.sub("", before_text)
    before = fold(before_text)
    after = fold(text[end : end + _WINDOW])
    if after_pattern and (
        after_pattern.match(after)
        or _joined_to_stop(
            after,
            after_pattern,
            _MAX_NEXT_CHARS if lang in ("zh", "ja", "ko", "th") else _MAX_NEXT_CHARS_SPACED,
        )
    ):
        return True
    # The place may close the stop's own name: "antes de partir hacia Santiago de Chile".
    named = _NAME_BEFORE.search(text, max(0, start - _WINDOW), start)
    if named is not None and _introduced(
        fold(text[max(0, named.start() - _WINDOW) : named.start()]), lang, depth=0
    ):
        return True
    if lang == "ko" and _KO_TOUR_AFTER.match(fold(text[end : end + _WINDOW])):
        return True
    if lang == "ja" and _JA_TOUR_AFTER.match(fold(text[end : end + _WINDOW])):
        return True
    if lang == "th" and _th_passed_through(text, start):
        return True
    return _introduced(before, lang, depth=0)


def _th_passed_through(text: str, start: int) -> bool:
    """Whether a Thai place closes what a trip passes through: a town and then its province,
    the last item of a list after ผ่าน, or the place after a checkpoint or bridge passed."""
    before = text[max(0, start - _WINDOW) : start]
    return bool(
        _TH_THROUGH_TOWN.search(before)
        or _TH_THROUGH_LIST.search(before)
        or _TH_THROUGH_COUNTRY.search(before)
        or _TH_THROUGH_FEATURE.search(text[max(0, start - _TH_FEATURE_WINDOW) : start])
    )


# What joins a place to the next one where the phrase of the trip comes last: "경북대학교와
# 포항을 방문한 뒤", "浜松市や静岡市を訪れた後".
_JOINED_NEXT = re.compile(
    r"^\s*(?:와|과|및|と|や|、|,|และ)\s*|^\s+(?:and|et|e|y|und|i|oraz|и|і|та)\s+"
)
_MAX_NEXT_CHARS = 12
# Names in Latin or Cyrillic letters are longer: "Aichi Prefecture before returning home".
_MAX_NEXT_CHARS_SPACED = 24


def _joined_to_stop(after: str, after_pattern: re.Pattern[str], longest: int) -> bool:
    """Whether a place joined to the one after it shares that place's phrase of the trip."""
    joined = _JOINED_NEXT.match(after)
    if joined is None:
        return False
    rest = after[joined.end() :]
    return any(after_pattern.match(rest[size:]) for size in range(1, longest + 1))


def _introduced(before: str, lang: str, depth: int) -> bool:
    """Whether a phrase of the trip ends ``before``, or a list of places it introduces does."""
    before_pattern, then = _patterns(lang)[0], _then_pattern(lang)
    if (before_pattern and before_pattern.search(before)) or (then and then.search(before)):
        return True
    joined = _JOINED.search(before)
    if joined is None or depth > _MAX_PLACE_WORDS:
        return False
    before = before[: joined.start()]
    for _ in range(_MAX_PLACE_WORDS):  # "then travelled to Tokyo and": take Tokyo off
        word = _LAST_WORD.search(before)
        if word is None:
            return False
        before = before[: word.start()]
        if _introduced(before, lang, depth + 1):
            return True
    return False


# A transport route's ends: "2 рейса в неделю из Иркутска в Ханой", "direct flights from Perth to
# Da Nang", "vuelos de La Habana a Hanói". The place after "from" with "to" and another place
# right after it, in a sentence with a word of transport, is where the route starts.
_FROM_TO: dict[str, tuple[str, str]] = {
    "en": ("from", "to"),
    "fr": ("de|depuis|d'", "a|vers"),
    "es": ("de|desde", "a|hasta|hacia"),
    "it": ("da", "a|per"),
    "pt": ("de|desde", "a|para|ate"),
    "de": ("von|ab", "nach"),
    "pl": ("z|ze", "do"),
    "ru": ("из|с", "в|во|до"),
    "uk": ("з|із", "до|в|у"),
    "vi": ("tu", "den|toi|di"),
}
# ... or "via" a stop on the way: "from Bangkok via Laos to Cửa Việt", "từ Bangkok qua Lào đến".
_ROUTE_VIA: dict[str, str] = {
    "en": "via|through",
    "fr": "via|par",
    "es": "via|por",
    "it": "via|attraverso",
    "pt": "via|por",
    "de": "uber",
    "pl": "przez",
    "ru": "через",
    "uk": "через",
    "vi": "qua",
}
# Folded as the sentence is ("рейс" folds to "реис").
_TRANSPORT = re.compile(
    fold(
        # "a refrigerated rail service between Kunming and Hai Phong"
        r"(?<!\w)(?:flight|flights|route|ferry|train|rail|railway|рейс\w*|авиарейс\w*|маршрут\w*|поезд\w*|"
        r"vol|vols|liaison\w*|vuelo\w*|ruta\w*|volo|voli|tratta|voo|voos|rota\w*|flug\w*|"
        r"flugverbindung\w*|lot\w*|połączeni\w*|chuyen bay|tuyen bay|duong bay|"
        # A shipping or rail line: "container line", "контейнерная линия", "ligne maritime".
        r"line|lines|линия|линию|линии|ligne\w*|linea|linee|línea\w*|linha\w*|linie\w*|"
        r"лінія|лінію|tuyen|رحلة|رحلات|خط|خطوط)(?!\w)"
    )
)
_SENTENCE = re.compile(r"[.!?;\n]")


def route_start(text: str, start: int, end: int, next_start: int | None, lang: str) -> bool:
    """Whether the place at ``text[start:end]`` starts a transport route to the next place."""
    if lang not in _FROM_TO or next_start is None:
        return False
    source, destination = _FROM_TO[lang]
    before = fold(text[max(0, start - 8) : start])
    between = fold(text[end:next_start])
    if not re.search(rf"(?<!\w)(?:{source})\s*$", before):
        return False
    if not re.fullmatch(rf"\s+(?:{destination}|{_ROUTE_VIA[lang]})\s+(?:the\s+)?", between):
        return False
    left = max((m.end() for m in _SENTENCE.finditer(text, 0, start)), default=0)
    right = _SENTENCE.search(text, end)
    sentence = fold(text[left : right.start() if right else len(text)])
    return bool(_TRANSPORT.search(sentence))


# A transport link's two ends: "4 рейса в неделю между Владивостоком и Камранью", "flights
# between Sharjah and Cam Ranh", "la ligne entre Marseille et Hải Phòng"; a line that "links"
# one end "with" the other ("Новая контейнерная линия свяжет Владивосток с Хайфоном"). Read
# unfolded (folding every mention's surroundings cost a tenth of the drafting's time); up to
# two words may stand before the first end ("между портами Владивосток и …").
_BETWEEN: dict[str, tuple[str, str]] = {
    "en": ("between", "and"),
    "fr": ("entre", "et"),
    "es": ("entre", "y|e"),
    "it": ("tra|fra", "e|ed"),
    "pt": ("entre", "e"),
    "de": ("zwischen", "und"),
    "pl": ("między|pomiędzy", "i|a"),
    "ru": ("между|свяжет|связывает|соединит|соединяет|связала|соединила", "и|с|со"),
    "uk": ("між|зв['’]яже|з['’]єднає", "і|й|та|з|із"),
    "vi": ("giữa|nối", "và|với"),
    "ar": ("بين", "و"),
}
_WORDS_BEFORE = r"(?:\s+[^\W\d_]+){0,2}"
_LINK_REACH = 48
# How far back the link's sentence may start.
_SENTENCE_REACH = 400


@functools.cache
def _link_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """The patterns of a link's first end (before it, after it) and of its second end (before
    it)."""
    if lang not in _BETWEEN:
        return None
    between, joint = _BETWEEN[lang]
    # Arabic glues "and" to the next word: "بين الشارقة وكام رانه".
    gap = r"\s*" if lang == "ar" else r"\s+"
    return (
        re.compile(rf"(?<!\w)(?:{between}){_WORDS_BEFORE}\s+$", re.IGNORECASE),
        re.compile(rf"\s+(?:{joint}){gap}\w", re.IGNORECASE),
        re.compile(
            rf"(?<!\w)(?:{between})\s+[^.!?;:\n]{{1,{_LINK_REACH}}}?\s+(?:{joint}){gap}$",
            re.IGNORECASE,
        ),
    )


# Chinese writes a route by its ends joined by 至 or 到 ("开通南宁至谅山的冷链班列", a cold-chain
# train from Nanning to Lạng Sơn; "从芒街到南宁的运输时间", the haulage time from Móng Cái to
# Nanning), in a sentence with a word of transport. 到 alone is "to go to": it joins ends after 从.
_ZH_FIRST_END_BEFORE = re.compile(r"从$")
# "带动广西与越南北部之间的矿产运输" (haulage between Guangxi and northern Vietnam): 与 … 之间.
_ZH_FIRST_END_AFTER = re.compile(
    r"(?:省|市|县|州)?至[\u4e00-\u9fff]|(?:省|市|县|州)?与[\u4e00-\u9fff]{1,8}之间"
)
_ZH_FIRST_END_AFTER_FROM = re.compile(r"(?:省|市|县|州)?(?:到|至)[\u4e00-\u9fff]")
_ZH_SECOND_END_BEFORE = re.compile(
    r"(?:从[\u4e00-\u9fff]{1,8}(?:到|至)|[\u4e00-\u9fff]{2,8}(?:省|市|县|州)?至)$"
)
_ZH_TRANSPORT = re.compile(r"运输|班列|航线|航班|线路|铁路|公路|物流|货运|冷链|专列|直航|高速")
_ZH_SENTENCE = re.compile(r"[。！？；\n]")


def _zh_link_end(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    is_end = (
        (_ZH_FIRST_END_BEFORE.search(before) and _ZH_FIRST_END_AFTER_FROM.match(text, end))
        or _ZH_FIRST_END_AFTER.match(text, end)
        or _ZH_SECOND_END_BEFORE.search(before)
    )
    if not is_end:
        return False
    reach = max(0, start - _SENTENCE_REACH)
    left = max((m.end() for m in _ZH_SENTENCE.finditer(text, reach, start)), default=reach)
    right = _ZH_SENTENCE.search(text, end, end + _SENTENCE_REACH)
    return bool(_ZH_TRANSPORT.search(text, left, right.start() if right else end + _SENTENCE_REACH))


def link_end(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the place at ``text[start:end]`` is one end of a transport link to another place
    ("рейсы между Владивостоком и Камранью", "flights between Hanoi and Busan", "南宁至谅山的冷链
    班列"), in a sentence with a word of transport."""
    if lang == "zh":
        return _zh_link_end(text, start, end)
    patterns = _link_patterns(lang)
    if patterns is None:
        return False
    first_before, first_after, second_before = patterns
    before = text[max(0, start - _LINK_REACH * 2) : start]
    is_end = (
        first_before.search(before) and first_after.match(text, end, end + 16)
    ) or second_before.search(before)
    if not is_end:
        return False
    reach = max(0, start - _SENTENCE_REACH)
    left = max((m.end() for m in _SENTENCE.finditer(text, reach, start)), default=reach)
    right = _SENTENCE.search(text, end, end + _SENTENCE_REACH)
    stop = right.start() if right else min(len(text), end + _SENTENCE_REACH)
    return bool(_TRANSPORT.search(fold(text[left:stop])))


# Where people are sent to train, study or work: "ad Ancona studiano già 12 ricercatori",
# "im nördlichen Rheinland-Pfalz ausgebildet werden", "赴南宁进修", "на стажування до Одеси".
# The place is where the trainees go, not who the partner is (the body that trains them is), so
# it is named by the way where a partner of its country is named too, as a venue is ("in Seoul",
# "во Владивосток" are read so already). The word of training before a preposition that is no
# venue's, or the verb right after the place (German, Italian, Japanese, Korean, Chinese).
_TRAINING_BEFORE: dict[str, re.Pattern[str]] = {
    lang: re.compile(rf"(?<!\w)(?:{words})\s+(?:{links})\s+$", re.IGNORECASE)
    for lang, words, links in (
        ("it", r"formazione|tirocinio|tirocini|stage|studiare|lavorare|formarsi", "ad"),
        ("uk", r"стажуванн\w*|навчанн\w*|практик\w*|роботу", "до"),
    )
}  # fmt: skip
_TRAINING_AFTER: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"\s+(?:arbeiten|ausgebildet|studieren|lernen|tätig sein)(?!\w)"),
    "it": re.compile(r"\s+(?:studiano|lavorano|si formano|studieranno|lavoreranno)(?!\w)"),
    "ja": re.compile(r"(?:県|市|都|府|道)?(?:で|に)(?:研修|留学|学ぶ|働く|就労|実習|勉強)"),
    "ko": re.compile(r"(?:도|시|군)?(?:에서|로|으로)\s?(?:연수|유학|근무|일하|교육|실습|취업)"),
}
# Chinese: "赴南宁进修", "前往昆明开始为期一年的学习": going to the place, then the training.
_ZH_TRAINING_BEFORE = re.compile(r"(?:赴|前往|到)$")
_ZH_TRAINING_AFTER = re.compile(
    r"(?:市|省|县)?[^，。；、]{0,10}?(?:进修|学习|培训|实习|留学|深造|务工)"
)
_TRAINING_REACH = 40


def where_trainees_go(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the place at ``text[start:end]`` is named as where people train, study or work."""
    if lang == "zh":
        return bool(
            _ZH_TRAINING_BEFORE.search(text, max(0, start - 2), start)
            and _ZH_TRAINING_AFTER.match(text, end, end + _TRAINING_REACH // 2)
        )
    after = _TRAINING_AFTER.get(lang)
    if after is not None and after.match(text, end, end + _TRAINING_REACH // 2):
        return True
    before = _TRAINING_BEFORE.get(lang)
    return before is not None and bool(before.search(text, max(0, start - _TRAINING_REACH), start))
