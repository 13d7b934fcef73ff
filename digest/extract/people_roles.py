"""What a named person does, in English: "<title> of the <organ>", composed from the registry
hits written next to the name (before it, after it, or in an apposition set off by commas).
"""

from __future__ import annotations

import functools
import re

from babel import Locale

from digest.extract.gazetteer import INFLECTING_LANGUAGES, PROVINCE
from digest.extract.people_lexicon import (
    CASED,
    CLOSERS,
    LANGUAGE_LINKS,
    LINKS,
    OPENER,
    UNSPACED,
    Doc,
    Hit,
    Mention,
    fold_word,
)
from digest.extract.places import BARE, gazetteer_for
from digest.registries import Registries, drafting_registries
from digest.text import fold

_AFTER_FIRST = frozenset({"ja", "ko", "th", "hi"})  # a title right after a name is that name's
# Words (CJK: characters) between a role and the name after it; Arabic names the organ and
# its place between them ("رئيس غرفة تجارة وصناعة الشارقة عبد الله ..."). Default 3.
_GAP_BEFORE = {"ko": 0, "ja": 1, "zh": 1, "th": 1, "hi": 1, "ar": 5}
# Lowercase adjectives of places between a title and a name: "wojewoda mazowiecki Piotr X".
_PLACE_ADJECTIVES = {
    "pl": ("ski", "cki", "dzki", "skiego", "ckiego", "dzkiego"),
    "ru": ("ский", "цкий", "ского", "цкого"),
    "uk": ("ський", "цький", "ського", "цького"),
}
_APPOSITION_GAP = 1  # words before the title in an apposition ("Mme X, la consule ...")
_PAREN = re.compile(r"\s*\(")  # in Chinese and Japanese a comma after a name starts a clause
_CLOSER = re.compile(f"[{re.escape(CLOSERS)}]")


def _gap(doc: Doc, start: int, end: int) -> int:
    """Distance from a role to a name: in words, or in characters where words are unspaced."""
    between = doc.text[start:end]
    return len(between.strip()) if doc.lex.lang in ("ja", "zh") else len(between.split())


def _hits_after(doc: Doc, mention: Mention) -> tuple[list[Hit], bool]:
    """Titles, organs and levels right after the name, or in an apposition (then True)."""
    text, pos = doc.text, max(mention.end, mention.tail)
    opener = (_PAREN if doc.lex.lang in ("ja", "zh") else OPENER).match(text, pos)
    start = opener.end() if opener else pos
    closer = _CLOSER.search(text, start, start + 160)
    hits = doc.hits_in(start, closer.start() if closer else start + 160)
    limit = 1 if doc.lex.lang in UNSPACED or doc.lex.lang == "ar" else 0
    if opener is not None:  # an apposition: "Julia Hoffmann, Projektleiterin der GIZ"; where
        # the title comes first, not "Alexandre Corona, se reunió con el presidente"; a bracket
        # is all about the person, and head-final languages put the title last
        head_first = doc.lex.lang in CASED and "(" not in opener.group()
        limit = _APPOSITION_GAP if head_first else len(text)
    adjacent = bool(hits) and _gap(doc, start, hits[0].start) <= limit
    return (hits if adjacent else []), opener is not None


def _hits_before(doc: Doc, lead: int, set_off: bool = False) -> list[Hit]:
    """Titles, organs and levels ending just before ``lead``: only a place name may come between,
    or, for a role set off by a comma, a few words ("L'ambassadeur du Canada, M. Marc Tremblay")."""
    lead = _before_quoted_name(doc, lead)
    start = max(0, lead - 160)
    closer = max(doc.text.rfind(char, start, lead) for char in CLOSERS)
    if set_off and doc.lex.lang in CASED:
        closer = _before_listed_parts(doc.text, start, closer, lead)
    begin = max([closer + 1 if closer >= 0 else start] + [e for _, e in doc.claimed if e <= lead])
    hits = doc.hits_in(begin, lead)
    last = max((hit.end for hit in hits), default=lead)
    if doc.lex.lang in CASED and not set_off and not _place_words(doc, doc.text[last:lead].split()):
        return []
    # In cased languages only place words stand between (checked above), and an organisation's
    # place may take four or more ("Rektor Uniwersytetu Rolniczego w Krakowie prof. Anna ...").
    limit = 5 if set_off or doc.lex.lang in CASED else _GAP_BEFORE.get(doc.lex.lang, 3)
    if set_off and doc.lex.lang in CASED and _organ_name(doc.text[last:lead]):
        limit = _MAX_ORGAN_WORDS
    return hits if hits and _gap(doc, last, lead) <= limit else []


# A company named in quotes, its legal form's initials before them, between a title and the
# name: "генеральный директор ООО «Симбирск-Агро» Дмитрий Ларин", "директор ТОВ «Агросвіт»".
_QUOTED_NAME = re.compile(r"(?:(?<![^\W\d_])[^\W\d_]{2,5}\s+)?[«„“\"][^«»„“”\"\n]{1,60}[»“”\"]\s*$")
_QUOTED_REACH = 80


def _before_quoted_name(doc: Doc, lead: int) -> int:
    """Where the words before a name start when a quoted company name stands right before it
    in a cased language: before the quotes (and the legal form), else ``lead``."""
    if doc.lex.lang not in CASED or doc.text[lead - 1 : lead] not in (" ", ""):
        return lead
    quoted = _QUOTED_NAME.search(doc.text, max(0, lead - _QUOTED_REACH), lead)
    if quoted is None:
        return lead
    form = quoted.group().split(None, 1)[0]
    # the initials of a legal form (ООО, ТОВ, LLC), not a lowercase word before the quote
    return quoted.start() if form.isupper() or not form[0].isalpha() else lead


# A department's and government's name between a title and the comma before the name ("El
# consejero de Agricultura, Pesca y Desarrollo Rural de la Junta de Andalucía, Javier ..."):
# capitalised words and the short lowercase words linking them, at most this many.
_MAX_ORGAN_WORDS = 14
_ORGAN_PART = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+)*\s*")


def _organ_name(gap: str) -> bool:
    """Whether words between a title and a comma are only an organisation's name, or the
    portfolio of a regional minister ("al Turismo e alla Cultura del Veneto")."""
    words = gap.replace(",", " ").split()
    return bool(words) and all(
        word[0].isupper()
        or re.split("['’]", word)[-1][:1].isupper()  # "all'Agricoltura", "dell’Economia"
        or word in LINKS
        or word in _PORTFOLIO_LINKS
        or (word.islower() and len(word) <= _MAX_LINK_CHARS)
        for word in words
    )


_MAX_LINK_CHARS = 3  # de, la, y, e, und, et, di: what links the capitalised words of a name
# Italian names a regional minister's portfolio with "to the": "assessore alla Sanità".
_PORTFOLIO_LINKS = frozenset({"alla", "allo", "alle", "agli"})


def _before_listed_parts(text: str, start: int, closer: int, lead: int) -> int:
    """The closer before a role whose organ lists its parts with commas ("de Agricultura, Pesca y
    Desarrollo Rural de la Junta"): commas between capitalised parts do not end the role."""
    while closer > start and text[closer] == ",":
        part = text[closer + 1 : lead]
        before = text[start:closer].rstrip().rsplit(None, 1)
        if not (
            _ORGAN_PART.fullmatch(part.split(",")[0])
            and part.lstrip()[:1].isupper()
            and _organ_name(part)
            and before
            and before[-1][:1].isupper()
        ):
            break
        lead = closer
        closer = max(text.rfind(char, start, closer) for char in CLOSERS)
    return closer


# "and" between two titles held by one person: "Deputy Premier and Minister for Trade X".
_AND = frozenset({"and", "und", "et", "e", "y", "i", "и", "і", "та", "và"})


def _first_of_joined(titles: list[Hit], doc: Doc) -> list[Hit]:
    """The title a role is named by: the last before the name, or the first of two joined by
    "and", which English and European usage put first as the senior post."""
    if len(titles) >= 2 and doc.text[titles[-2].end : titles[-1].start].strip() in _AND:
        return titles[-2:-1]
    return titles[-1:]


# A minister's portfolio between the title and the name: "Minister for State Development X",
# "Minister für Wirtschaft und Arbeit X", "l'assessore allo Sviluppo economico X".
PORTFOLIO_WORDS = {
    "en": frozenset({"for", "and"}),
    "de": frozenset({"für", "und"}),
    "it": frozenset({"al", "alla", "allo", "alle", "agli", "ai", "e"}),
    "es": frozenset({"y"}),
    "pt": frozenset({"e"}),
}
# Romance adjectives follow their noun in lowercase ("Sviluppo economico", "Desarrollo
# económico"); verbs and other words do not end so.
_ROMANCE_ADJECTIVE = re.compile(
    r"\w+(?:ico|ica|ici|iche|icos|icas|ale|ali|ales|ivo|iva|ive|ivi|ivos|ivas|ario|aria|ari|arie)"
)


# Russian and Ukrainian name a deputy's portfolio in lowercase after the title and its place:
# "заместитель губернатора Томской области по экономике", "заступник голови ОДА з питань
# цифровізації". The opener and every lowercase word after it in the gap are the portfolio.
_SLAVIC_PORTFOLIO = {"ru": frozenset({"по"}), "uk": frozenset({"з", "із"})}
_SLAVIC_PORTFOLIO_WORDS = 3  # "по социальным вопросам", "з питань економіки": up to three


def _slavic_portfolio(lang: str, gap: list[str], index: int) -> bool:
    """Whether a lowercase word of the gap opens, or follows the opener of, a portfolio."""
    openers = _SLAVIC_PORTFOLIO.get(lang, frozenset())
    window = gap[max(0, index - _SLAVIC_PORTFOLIO_WORDS) : index + 1]
    return (
        gap[index].islower()
        and any(word in openers for word in window)
        and (gap[index] not in openers or index + 1 < len(gap))
    )


def _portfolio_word(doc: Doc, gap: list[str], index: int) -> bool:
    """Whether a lowercase word of the gap is part of a portfolio's name."""
    word = gap[index]
    if word in PORTFOLIO_WORDS.get(doc.lex.lang, ()):
        return index + 1 < len(gap) and gap[index + 1][:1].isupper()
    if _slavic_portfolio(doc.lex.lang, gap, index):
        return True
    return (
        doc.lex.lang in ("it", "es", "pt")
        and index > 0
        and gap[index - 1][:1].isupper()
        and bool(_ROMANCE_ADJECTIVE.fullmatch(word))
    )


def _place_words(doc: Doc, gap: list[str]) -> bool:
    """Whether words between a role and a name only say where: capitalised words, links, place
    markers ("der Provinz Yunnan", "Иркутской области"), and the lowercase adjective of a marker
    after it ("автономної області")."""
    markers = doc.lex.markers | doc.lex.markers_after
    return all(
        word[0].isupper()
        or re.split("['’]", word)[-1][:1].isupper()  # "dell'Università", "d’Orléans"
        or word in LINKS
        or word in LANGUAGE_LINKS.get(doc.lex.lang, ())
        or fold_word(word) in markers
        or (index + 1 < len(gap) and fold_word(gap[index + 1]) in doc.lex.markers_after)
        or word.endswith(_PLACE_ADJECTIVES.get(doc.lex.lang, ()))
        or _portfolio_word(doc, gap, index)
        or _genitive_complement(doc.lex.lang, word)
        or _joins_genitives(doc.lex.lang, gap, index)
        for index, word in enumerate(gap)
    )


# Slavic organs take their subject in the genitive, lowercase, between the organ and the name
# ("с главой департамента внешнеэкономических связей края Евгением ...", "dyrektor departamentu
# współpracy zagranicznej Jan ..."): endings of genitive nouns and adjectives, and the endings
# of past-tense verbs and reflexives that share them, which break the role.
_GENITIVE = {
    "ru": ("ых", "их", "ого", "его", "ой", "ей", "ов", "ев", "ии", "а", "я", "ы", "и"),
    "uk": ("их", "ого", "ої", "ів", "ей", "і", "ї", "а", "я", "и"),
    "pl": ("ych", "ich", "ego", "ej", "ów", "i", "y", "a", "u"),
}
_NOT_GENITIVE = {
    "ru": ("ла", "ли", "ло", "сь", "ся"),
    "uk": ("ла", "ли", "ло", "ся"),
    "pl": ("ła", "ły", "li", "ło"),
}


def _joins_genitives(lang: str, gap: list[str], index: int) -> bool:
    """Whether a word of the gap is an "and" between two genitive complements ("министра
    сельского хозяйства и продовольствия")."""
    inside = 0 < index < len(gap) - 1 and gap[index] in _AND
    return inside and all(_genitive_complement(lang, gap[i]) for i in (index - 1, index + 1))


def _genitive_complement(lang: str, word: str) -> bool:
    """Whether a lowercase word may be an organ's genitive complement in a Slavic language."""
    return (
        word.islower()
        and len(word) > 3
        and word.endswith(_GENITIVE.get(lang, ()))
        and not word.endswith(_NOT_GENITIVE.get(lang, ()))
    )


_COMMAS = (",", "،")  # Arabic sets an apposition off with its own comma
_APPOSITION_END = frozenset({",", "،", ".", ""})


def _hits_before_comma(doc: Doc, mention: Mention) -> list[Hit]:
    """A role set off before the name: "der Vorsitzende des Volkskomitees, Đỗ Hữu Thắng, ..."."""
    comma = max(doc.text.rfind(c, max(0, mention.lead - 3), mention.lead) for c in _COMMAS)
    following = doc.text[mention.end : mention.end + 3].lstrip()[:1]
    if comma < 0 or doc.text[comma + 1 : mention.lead].strip() or following not in _APPOSITION_END:
        return []
    return _hits_before(doc, comma, set_off=True)


def role(doc: Doc, mention: Mention, female: bool = False, introduces: bool = False) -> str:
    """The role written next to a name, in English: "<title> of the <organ>", or the title."""
    before, (after, opened) = _hits_before(doc, mention.lead), _hits_after(doc, mention)
    titles_before = _first_of_joined([hit for hit in before if hit.kind == "title"], doc)
    titles_after = [hit for hit in after if hit.kind == "title"][:1]
    own = titles_after if doc.lex.lang in _AFTER_FIRST and not opened else []
    titles = own or titles_before or titles_after
    if not titles:
        before = _hits_before_comma(doc, mention)
        titles = [hit for hit in before if hit.kind == "title"][-1:]
    if not titles or (introduces and titles[0].term.ordinary):
        return ""
    title = titles[0]
    composed = _composed_role(doc, mention, title, before, after, female)
    return f"Acting {composed}" if acting(doc, title) else composed


def _composed_role(
    doc: Doc, mention: Mention, title: Hit, before: list[Hit], after: list[Hit], female: bool
) -> str:
    """ "<title> of the <organ>" for the title found next to the name."""
    near, far = (before, after) if title in before else (after, before)
    if doc.lex.lang == "ko" and title in after:
        # Head-final: the title closes the role, and what follows is about someone else
        # ("박상철 충청남도 행정부지사와 응우옌반남 박닌성 인민위원회 부위원장"); a word glued to
        # the title's front is part of it (행정부지사, not the Government's vice governor).
        # The words between the name and its title (claimed with the name: 럼동성 인민위원회)
        # are the title's organ and place.
        near = [
            hit
            for hit in doc.hits_in(mention.end, title.start)
            if hit.end < title.start and doc.text[hit.end : title.start]
        ]
    label = title.term.en_female if female and title.term.en_female else title.term.en
    organs = [hit for hit in near if hit.kind == "organ"]
    if not organs and doc.lex.lang in ("ja", "ko"):  # 省人民委員会のヴー・ティ・ヒエン副委員長
        near, organs = far, [hit for hit in far if hit.kind == "organ"]
    if title.term.standalone or not organs:
        # A foreign title's place ("Governor of Kampong Chhnang"); a Vietnamese province beside
        # one is where the foreigner serves ("Consul General ... in Ho Chi Minh City").
        place = _place_of_role(doc, mention, [*near, title], provinces=False)
        return f"{label} of {place}" if place else label
    place = _place_of_role(doc, mention, [*near, title])
    main = _main_organ(organs, title).term
    label = dict(main.retitles).get(title.term.id, label)
    if doc.lex.lang in _PRESIDENT_LANGUAGES and main.id in _PRESIDED_ORGANS:
        label = _PRESIDENT.get(title.term.id, label)
    organ = _organ_label(organs, title, near)
    if place and organs[-1].term.leveled:
        level = organ.split(" ", 1)[0]
        place = place.removesuffix(f" {level}")  # Ho Chi Minh City: not "City City"
        return f"{label} of the {place} {organ}"  # the Nghe An Provincial Party Committee
    return f"{label} of the {organ}" + (f" of {place}" if place else "")


# Words that make a title an acting one: an acting chairman is still the chairman, and an editor
# wants to see that he holds the post for now (代主席, 委員長代行, исполняющий обязанности
# председателя, Quyền Chủ tịch, p.o. prezesa). Each language writes them before or after the
# title, glued to it in Chinese, Japanese and Korean.
_ACTING_BEFORE = {
    "en": r"\bacting\s+$",
    "vi": r"\bquyền\s+$",
    "de": r"\bkommissarische[rn]?\s+$",
    "pl": r"\bp\.\s?o\.\s+$",
    "ru": r"(?:\bисполняющ\w*\s+обязанности|\bврио|\bи\.\s?о\.)\s+$",
    "uk": r"(?:\bвиконувач\w*\s+обов['’]язків|\bв\.\s?о\.)\s+$",
    "zh": r"(?<![时現现古近年])代$",
    "th": r"รักษาการ\s*$",
    "hi": r"कार्यवाहक\s+$",
}
_ACTING_AFTER = {
    "fr": r"^\s+(?:par\s+intérim|intérimaire)\b",
    "es": r"^\s+(?:interin[oa]|en\s+funciones)\b",
    "pt": r"^\s+interin[oa]\b",
    "it": r"^\s+(?:ad\s+interim|facente\s+funzion[ei])\b",
    "ja": r"^(?:代行|代理)",
    "ko": r"^\s?(?:권한대행|직무대행)",
    "ar": r"^\s+(?:بالإنابة|بالوكالة)",
}
_ACTING_RE = {
    lang: re.compile(pattern, re.IGNORECASE)
    for lang, pattern in (_ACTING_BEFORE | _ACTING_AFTER).items()
}
_ACTING_REACH = 40  # characters looked at beside the title


def acting(doc: Doc, title: Hit) -> bool:
    """Whether the title found next to a name is held in an acting capacity."""
    lang = doc.lex.lang
    pattern = _ACTING_RE.get(lang)
    if pattern is None:
        return False
    if lang in _ACTING_AFTER:
        return bool(pattern.search(doc.text[title.end : title.end + _ACTING_REACH]))
    return bool(pattern.search(doc.text[max(0, title.start - _ACTING_REACH) : title.start]))


# French, Spanish, Italian, Portuguese and Arabic call the head of an elected council or of a
# university its president (président du conseil départemental, رئيس جامعة), and English keeps
# that word for them; a Vietnamese committee's chủ tịch is its Chairman in every language.
_PRESIDENT_LANGUAGES = frozenset({"fr", "es", "it", "pt", "ar"})
_PRESIDED_ORGANS = frozenset({"regional_council", "university"})
_PRESIDENT = {"chairman": "President", "vice_chairman": "Vice President"}


# Longest span of a role between its words and the name, where its place is looked for.
_MAX_ROLE_SPAN = 120


def _role_span(doc: Doc, mention: Mention, hits: list[Hit]) -> tuple[int, int]:
    """Where the role's words stand, between them and the name."""
    if hits[0].start < mention.start:
        start, end = min(hit.start for hit in hits), mention.lead
        if doc.lex.lang in UNSPACED:  # the place is glued before the organ: 谅山省人民委员会
            start = max(0, start - _GLUED_PLACE_CHARS)
        return start, end
    # An apposition may name the place after its organ: "Bí thư Tỉnh ủy Lào Cai,"; head-final
    # languages put it before.
    # Korean claims the place and organ between the name and its title with the name.
    start = mention.end if doc.lex.lang == "ko" else max(mention.end, mention.tail)
    end = max(hit.end for hit in hits)
    closer = _CLOSER.search(doc.text, end, end + _PLACE_AFTER_ORGAN)
    return start, closer.start() if closer and doc.lex.lang not in UNSPACED else end


def _place_of_role(doc: Doc, mention: Mention, hits: list[Hit], provinces: bool = True) -> str:
    """The English name of the province, foreign place or country written inside the role
    ("Secretary of the Nghe An Provincial Party Committee", "Governor of Kampong Chhnang"), so
    that a role keeps its place. A role of Vietnam itself gets none."""
    start, end = _role_span(doc, mention, hits) if hits else (0, 0)
    if not 0 < end - start <= _MAX_ROLE_SPAN:
        return ""
    registries = drafting_registries()
    lang = doc.lex.lang
    span = doc.text[start:end]
    words = [(h.start - start, h.end - start) for h in doc.hits_in(start, end) if h.kind != "level"]
    places: list[str] = []
    posting, sender = "", ""  # a diplomat's: where they serve, and whose they are
    for match in gazetteer_for(registries, lang).find(
        span, inflecting=lang in INFLECTING_LANGUAGES
    ):
        if any(match.start < e and s < match.end for s, e in words):
            continue  # inside the role's own words: "Bí thư" is not Bỉ (Belgium)
        kind, target = match.target
        if kind == BARE and registries.partners[target].kind == "city":
            continue  # a town's bare name ("Università di Bologna"), not the registry's city
        if _SERVES_IN.search(span[max(0, match.start - 4) : match.start]):
            # where the person serves: 驻南宁总领事, "Consul General in Da Nang"
            posting = posting or _place_name(registries, kind, target)
            continue
        if target == _VIETNAM:
            sender = sender or "Vietnam"
            continue  # Vietnam's ambassador to Algeria: the role is Vietnam's, not Algeria's
        partner = registries.partners.get(target)
        if partner is not None and partner.kind == "country":
            sender = sender or partner.name_en
        partner = registries.partners.get(target)
        if kind == PROVINCE and provinces:
            places.append(registries.provinces[target].name_en)
        if kind != PROVINCE and partner is not None and partner.kind in _PLACE_KINDS:
            places.append(partner.name_en)
    diplomat = next((_DIPLOMATS[h.term.id] for h in hits if h.term.id in _DIPLOMATS), "")
    if diplomat and posting and (sender or _names_vietnam(span, lang)):
        # a diplomat's posting is part of the role: "Consul General of Vietnam in Osaka"
        return f"{sender or 'Vietnam'} {diplomat} {posting}"
    if sender == "Vietnam":
        return ""
    # The place nearest the role's words: 雲南省ホンハ地区党書記 is Honghe's secretary.
    before = bool(hits) and hits[0].start < mention.start
    place = (places[-1] if before else places[0]) if places else ""
    return place.split(" (")[0]  # "Alexandria (Egypt)": the registry's qualifier is not said


_VIETNAM = "vn"
# Titles whose holder serves one country in another, with how English joins the two.
_DIPLOMATS = {"ambassador": "to", "consul_general": "in", "consul": "in"}


_UNSPACED_FOLD = re.compile(r"[\s'’ʼ`-]+")


@functools.cache
def _vietnam_in(lang: str) -> str:
    """Vietnam's name in the language (CLDR through Babel), folded, without spaces."""
    name = Locale.parse(lang).territories.get("VN", "Vietnam")
    return _UNSPACED_FOLD.sub("", fold(name))


def _names_vietnam(span: str, lang: str) -> bool:
    """Whether a role's words name Vietnam, in any case ("Вьетнама", "du Vietnam", "الفيتنامي"),
    which the gazetteer leaves out as it is never a partner."""
    return _vietnam_in(lang) in _UNSPACED_FOLD.sub("", fold(span))


def _place_name(registries: Registries, kind: str, target: str) -> str:
    """The English name of a place the gazetteer found, without the registry's qualifier."""
    if target == _VIETNAM:
        return "Vietnam"
    if kind == PROVINCE:
        return registries.provinces[target].name_en
    partner = registries.partners.get(target)
    return partner.name_en.split(" (")[0] if partner is not None else ""


_PLACE_KINDS = frozenset({"country", "region", "city", "district"})  # not Samsung, not JICA
_GLUED_PLACE_CHARS = 8
_PLACE_AFTER_ORGAN = 40
_SERVES_IN = re.compile(r"(?:[驻駐在주]|(?<!\w)(?:in|to|at|tại|ở|в|во|у|à|en|a|w|na|لدى)\s+)$")


def _main_organ(organs: list[Hit], title: Hit) -> Hit:
    """The organ after the title, or the last before it: the one the role is of."""
    return next((hit for hit in organs if hit.start >= title.start), organs[-1])


def _organ_label(organs: list[Hit], title: Hit, hits: list[Hit]) -> str:
    """The main organ with its level: "Commune People's Committee", "Management Board of the
    Economic Zone"."""
    organ = _main_organ(organs, title)
    term, levels = organ.term, [hit for hit in hits if hit.kind == "level"]
    label = term.en
    if term.leveled and levels:
        level = min(
            levels, key=lambda hit: min(abs(hit.start - organ.end), abs(organ.start - hit.end))
        )
        label = f"{level.term.en} {label}"
    following = [hit for hit in organs if hit.start > organ.start and hit.term.id != term.id]
    return f"{label} of the {following[0].term.en}" if term.takes_of and following else label


def residence(doc: Doc, mention: Mention) -> str:
    """Where an ordinary person comes from: "Pan Dong Van Toan z wioski Huoi Bao"."""
    for pattern, what in doc.lex.residences:
        match = pattern.match(doc.text, mention.end)
        if match:
            return f"resident of {match['place']} {what}"
    return ""
