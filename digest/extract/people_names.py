"""Names in scripts with capital letters (Latin and Cyrillic).

A name is introduced by an honorific ("Herr Hoang Khanh Duy"), "according to", a role next to
it, or a verb of saying after it; a capitalised phrase with none of these is a place or an
organisation. Vietnamese names are also known by shape: two to four syllables from the finite
set of Vietnamese syllables, starting with a family name; that is what splits "prowincji Lai
Chau Kieu Hai Nam" into a place and a person, and "Nama" into "Nam" plus a Polish case ending.
"""

from __future__ import annotations

import functools
import re

from digest.extract.people_filter import is_place, not_a_person
from digest.extract.people_lexicon import (
    CAP_WORD,
    LANGUAGE_LINKS,
    LINKS,
    OPENER,
    RUN,
    Doc,
    Lexicon,
    Mention,
    Word,
    fold_word,
    lexicon,
)
from digest.extract.people_roles import PORTFOLIO_WORDS, role
from digest.extract.translit import is_vi_syllable, to_latin

_DECLINED_PLACES = frozenset({"ru", "uk", "pl"})
_SOFT_ENDINGS = ("ем", "я", "ю")
_SENTENCE_END = '.!?:;"„“”«»()[]–—\n'


@functools.lru_cache(maxsize=8192)
def _valid(word: str, lang: str) -> bool:
    return is_vi_syllable(to_latin(word, lang) if lang in ("ru", "uk") else word)


@functools.lru_cache(maxsize=8192)
def _syllable(word: str, lang: str) -> str | None:
    """The word as a Vietnamese syllable, without a case ending it carries; None if it is not."""
    if _valid(word, lang):
        return word
    stems = (word[: -len(ending)] for ending in lexicon(lang).endings if word.endswith(ending))
    stem = next((stem for stem in stems if len(stem) > 1 and _valid(stem, lang)), None)
    if stem is not None and lang in ("ru", "uk") and word.endswith(_SOFT_ENDINGS):
        # A soft stem takes -ем, -я, -ю where a hard one takes -ом, -а, -у: "Тханем" is
        # "Тхань" (Thanh), as "Нгуеном" is "Нгуен".
        soft = stem + "ь"
        return soft if _valid(soft, lang) else stem
    return stem


def _is_surname(word: str, lex: Lexicon) -> bool:
    return fold_word(to_latin(word, lex.lang)) in lex.surnames


def _whole_name(words: list[Word], lex: Lexicon) -> bool:
    syllables = all(_syllable(w.text, lex.lang) for w in words)
    return 2 <= len(words) <= 4 and _is_surname(words[0].text, lex) and syllables


def _words(text: str, start: int, end: int) -> list[Word]:
    return [Word(m.start(), m.end(), m.group()) for m in CAP_WORD.finditer(text, start, end)]


_SPACES = re.compile(r"\s*")


def _name_prefix(doc: Doc, pos: int) -> list[Word]:
    """The name opening the capitalised run at ``pos`` (after an honorific or a cue)."""
    run = RUN.match(doc.text, pos)
    words = _words(doc.text, pos, run.end()) if run else []
    name: list[Word] = []
    for start, end, word in words[:4]:
        stem = _syllable(word, doc.lex.lang)
        name += [Word(start, end, stem)] if stem else []
        if stem != word:
            break
    rest = words[len(name) : len(name) + 1]
    if not rest or _whole_name(name, doc.lex) or _role_word(doc, rest[0]):
        return name
    name = []
    for start, end, word in words[: _foreign_size(doc, words, run)]:  # up to a role word
        if _role_word(doc, Word(start, end, word)):
            break
        name.append(Word(start, end, word))
    return _nominative(doc, name) + _particle_surname(doc, name, True) if name else name


# Spanish and Portuguese names have two given names and two family names ("Luciana Aparecida
# Moreira Campos"): four words that fill the run up to a comma or a full stop are one name.
_IBERIAN = frozenset({"es", "pt"})
_IBERIAN_NAME = 4
_FOREIGN_NAME = 3
_APPOSITION_CLOSE = re.compile(r"\s*[,;.)]")


def _foreign_size(doc: Doc, words: list[Word], run: re.Match[str] | None) -> int:
    """How many words of a run after an honorific a foreign name may have."""
    if run is None or doc.lex.lang not in _IBERIAN or len(words) != _IBERIAN_NAME:
        return _FOREIGN_NAME
    return _IBERIAN_NAME if _APPOSITION_CLOSE.match(doc.text, run.end()) else _FOREIGN_NAME


def _role_word(doc: Doc, word: Word) -> bool:
    return doc.in_role(word.start) or fold_word(word.text) in doc.lex.markers


def _name_suffix(doc: Doc, words: list[Word]) -> list[Word]:
    """The Vietnamese name closing a capitalised run ("... prowincji Lai Chau Kieu Hai Nam")."""
    stretch: list[Word] = []
    for start, end, word in reversed(words):
        stem = _syllable(word, doc.lex.lang)
        if stem is None:
            break
        if stem != word and stretch:
            # Only the family name opening the name may carry the case ending ("Нгуеном Ван
            # Тхо"); any other declined word before the name ends it.
            if _is_surname(stem, doc.lex):
                stretch.insert(0, Word(start, end, stem))
            break
        stretch.insert(0, Word(start, end, stem))
    place = next((n for n in (2, 1) if fold_word(_joined(stretch[:n])) in doc.places), 0)
    stretch = stretch[place:]
    size = next((n for n in (3, 4, 2) if _whole_name(stretch[-n:], doc.lex)), 0)
    return stretch[-size:] if size and len(stretch) >= 2 else []


def _joined(words: list[Word]) -> str:
    return " ".join(word.text for word in words)


def _find_places(doc: Doc, runs: list[list[Word]]) -> None:
    """Capitalised words a place marker introduces ("prowincji Lai Chau", "Lai Chau province")."""
    lex, text = doc.lex, doc.text
    for words in runs:
        previous = fold_word(text[max(0, words[0].start - 30) : words[0].start]).split()[-2:]
        marked = bool(previous) and (
            previous[-1] in lex.markers or " ".join(previous) in lex.markers
        )
        following = re.findall(r"\w+", fold_word(text[words[-1].end : words[-1].end + 20]))[:1]
        for index, (_, _, word) in enumerate(words):
            rest = words[index:]
            if marked and not (len(rest) in (3, 4) and _whole_name(rest, lex)):
                # a place is one word in Cyrillic ("Лаокай"), two in Latin ("Lao Cai")
                two = (
                    len(rest) > 1
                    and lex.lang not in ("ru", "uk")
                    and _valid(rest[1].text, lex.lang)
                    # a one-word place the registry knows before a whole name: "miasta Huế
                    # Nguyễn Văn Phong"
                    and not (is_place(rest[0].text, lex.lang) and _whole_name(rest[1:], lex))
                )
                doc.places.add(fold_word(_joined(rest[: 1 + two])))
            marked = fold_word(word) in lex.markers
            if index >= 2 and fold_word(word) in lex.markers_after:
                doc.places.add(fold_word(_joined(words[index - 2 : index])))
        if following and following[0] in lex.markers_after and len(words) >= 2:
            doc.places.add(fold_word(_joined(words[-2:])))


def names_organ(doc: Doc, name: list[Word]) -> bool:
    """Two syllables right after an organ, or after "of", are a place: "Wirtschaftszone Dong
    Dang", "Department of Foreign Affairs of Lai Chau"; not a person."""
    previous = doc.hits_in(max(0, name[0].start - 80), name[0].start)[-1:]
    adjacent = [hit for hit in previous if not doc.text[hit.end : name[0].start].split()]
    linked = set(doc.text[max(0, name[0].start - 5) : name[0].start].split()[-1:]) & LINKS
    return len(name) == 2 and (bool(linked) or any(hit.kind != "title" for hit in adjacent))


def introduced(doc: Doc, name: list[Word], said: bool = True) -> bool:
    """Whether a role (not an ordinary one), or a verb of saying, is written next to a bare name."""
    saying = said and doc.lex.said is not None and doc.lex.said.match(doc.text, name[-1].end)
    candidate = Mention(name[0].start, name[0].start, name[-1].end, "")
    return bool(saying) or bool(role(doc, candidate, introduces=True))


def _named(doc: Doc, name: list[Word]) -> bool:
    """Whether words after "according to" or a sentence's first word are a person's name."""
    return _whole_name(name, doc.lex) or introduced(doc, name)


def find_cased(doc: Doc) -> list[Mention]:
    lex, text, found = doc.lex, doc.text, []
    runs, longer = [], []  # runs that may end with a Vietnamese name; runs of several words
    for match in RUN.finditer(text):
        run = match.group()
        if _syllable(run.rsplit(None, 1)[-1], lex.lang):
            runs.append(_words(text, match.start(), match.end()))
        if " " in run or "\t" in run:
            longer.append(match)
    _find_places(doc, runs)
    found += _after_honorifics(doc)
    for match in lex.according.finditer(text) if lex.according else ():
        name = _name_prefix(doc, match.end())
        if name and doc.free(match.start(), name[-1].end) and _named(doc, name):
            found.append(doc.mention(match.start(), name))
    for words in runs:
        name = _name_suffix(doc, words)
        if name and doc.free(name[0].start, name[-1].end) and not names_organ(doc, name):
            found += [doc.mention(name[0].start, name)] if introduced(doc, name) else []
    for match in longer:  # foreign names: "Governor Sok Chanthy", "Wang Yuchun, Vizegouverneur"
        name = _foreign_name(doc, match)
        if name and not_a_person(_joined(name), lex.lang):
            continue  # an organisation's name claims no span: "Uniwersytetu Rolniczego w ..."
        if name and doc.free(name[0].start, name[-1].end) and introduced(doc, name, said=False):
            found.append(doc.mention(name[0].start, _nominative(doc, name)))
    return found


def _after_honorifics(doc: Doc) -> list[Mention]:
    """Names after an honorific ("Mr. Wei Haoming", "Professor Dr Noraini Ismail")."""
    lex, text, found = doc.lex, doc.text, []
    for match in lex.before.finditer(text) if lex.before else ():
        if lex.before.match(text, _SPACES.match(text, match.end()).end()):  # type: ignore[union-attr]
            continue  # "Professor Dr Noraini Ismail": the last honorific opens the name
        name = _name_prefix(doc, match.end())
        exact = match["h"] in lex.honorifics  # else capitalised to start a sentence: check more
        if name and (exact or (_sentence_start(text, match.start()) and _named(doc, name))):
            found.append(doc.mention(match.start(), name, match["h"] in lex.female))
    return found


# How far before a foreign name its title may start; Slavic organs' genitive names are long
# ("заместителем министра экономического развития Ульяновской области Натальей ...").
_TITLE_REACH = 60
_SLAVIC_TITLE_REACH = 100


def _foreign_name(doc: Doc, run: re.Match[str]) -> list[Word]:
    """The last two or three capitalised words of a run, after any role word in it, when a title
    stands right before them or in an apposition after them."""
    text, start, end = doc.text, run.start(), run.end()
    reach = _SLAVIC_TITLE_REACH if doc.lex.lang in _DECLINED_PLACES else _TITLE_REACH
    titled = any(hit.kind == "title" for hit in doc.hits_in(max(0, start - reach), end)) or any(
        # a long organ between title and name ends right before it: "Директорка департаменту
        # агропромислового розвитку облдержадміністрації Ірина Бондаренко"
        hit.kind == "organ" and not text[hit.end : start].strip()
        for hit in doc.hits_in(max(0, start - 60), start)
    )
    if not (titled or OPENER.match(text, end)):
        return []  # (a cheap test first: most capitalised runs are nothing of the kind)
    words = _words(text, start, end)
    after_role = max((i + 1 for i, w in enumerate(words) if doc.in_role(w.start)), default=0)
    words = words[after_role:]
    if len(words) >= 3 and _patronymic(words[-2].text, doc.lex.lang):
        # Russian and Ukrainian official style: first name, patronymic, surname ("Олег
        # Сергеевич Буров"); the word before the patronymic is the first name, never a place
        # or an acronym, so this is read before either is cut off the run.
        return words[-3:] if not any(fold_word(w.text) in doc.places for w in words[-3:]) else []
    # a lowercase title mid-sentence stands before the run: "подписали ректор НГУ Андрей ..."
    title_before = any(
        hit.kind == "title" and not text[hit.end : start].strip()
        for hit in doc.hits_in(max(0, start - 40), start)
    )
    if (after_role or title_before) and len(words) >= 3 and _acronym(words[0].text):
        # "Ректор НГУ Андрей Лаврентьев", "Director KOICA Kim Jin-ho": the acronym right after the
        # title is the organisation the title belongs to, and the name follows it.
        words = words[1:]
    if any(w.text.isupper() for w in words):
        return []  # "JICA Vietnam Office": an organisation (an organ's acronym is cut off above)
    preceding = text[max(0, words[0].start - 40) : words[0].start].split()[-2:] if words else []
    before = preceding[-1:]
    if titled and len(words) == 3 and before and before[0] in PORTFOLIO_WORDS.get(doc.lex.lang, ()):
        # "Minister for Trade and Investment Kate Morris": the portfolio's last word, then the name
        words = words[1:]
    place = before and (
        # "of" links the run to a title or a name ("Deputy Mayor of Sakai Kenji Otsuka"), not to
        # a lowercase word ("with the participation of Catherine Dawes, Deputy Head ...")
        (before[0] in LINKS and (titled or not preceding[0].islower()))
        or fold_word(before[0]) in doc.lex.markers
        or (before[0] in LANGUAGE_LINKS.get(doc.lex.lang, ()) and _after_title(doc, words[0].start))
    )
    after_organ = len(words) > 2 and doc.in_role(words[0].start - 2, ("organ", "level"))
    if place or after_organ if words else False:
        # "Deputy Mayor of Sakai Kenji Otsuka"; a known place of two words goes whole ("Đại sứ
        # Nhật Bản tại Việt Nam Ito Naoki").
        two = len(words) > 3 and is_place(_joined(words[:2]), doc.lex.lang)
        words = words[2:] if two else words[1:]
        if words and fold_word(words[0].text) in doc.lex.markers_after:
            words = words[1:]  # "Vice Governor of Nagano Prefecture Kenji Abe"
    # "Yunnan Wang Yuchun"; in Slavic languages the place a title belongs to comes between them,
    # declined: "Мер Дунсіна Хуан Цзяньмін". Elsewhere three words may all be the name.
    placed = len(words) == 3 and (
        doc.lex.lang in _DECLINED_PLACES or _is_place_word(doc, words[0].text)
    )
    # A name of four words stands whole only set off by commas after its title ("o governador
    # do Paraná, Carlos Massa Ratinho Júnior, recebeu"): elsewhere the first are a place's.
    set_off = len(words) == 4 and _between_commas(text, words[0].start, words[-1].end)
    words = words if set_off else words[-2:] if len(words) > 3 or (titled and placed) else words
    vietnamese = _whole_name(words, doc.lex)  # judged as Vietnamese already
    places = any(fold_word(w.text) in doc.places for w in words)
    words = words if len(words) >= 2 and not vietnamese and not places else []
    return words + _particle_surname(doc, words, after_role or title_before) if words else []


# A Spanish, Portuguese or Italian family name with a particle ("Mendes de Oliveira", "Núñez
# de Prado Osuna", "Montes de Oca Rivero") goes on past the capitalised run, set off by the
# comma or full stop that closes an apposition.
_PARTICLE_SURNAME = re.compile(
    rf"[ \t]+(?:de la|de los|de las|del|de|da|do|dos|das|di|della)"
    rf"[ \t]+({CAP_WORD.pattern}(?:[ \t]+{CAP_WORD.pattern})?)(?=\s*[,;.()]|\s*$)"
)


def _particle_surname(doc: Doc, name: list[Word], titled: bool) -> list[Word]:
    """The particle and the words of a family name right after a name's run, when the name
    follows its title and the apposition closes after them; else none."""
    end = name[-1].end
    found = _PARTICLE_SURNAME.match(doc.text, end) if doc.lex.lang in _PARTICLE_LANGS else None
    if found is None or not (titled or _between_commas(doc.text, name[0].start, found.end())):
        return []
    rest = _words(doc.text, found.start(1), found.end(1))
    if any(_is_place_word(doc, w.text) or doc.in_role(w.start) for w in rest):
        return []  # "... Mendes de Minas Gerais": a place, not a family name
    particle = _PARTICLE.search(doc.text, end, found.start(1))
    return [Word(particle.start(), particle.end(), particle.group()), *rest] if particle else []


_PARTICLE = re.compile(r"\S+(?:[ \t]+(?:la|los|las))?")


_PARTICLE_LANGS = frozenset({"es", "pt", "it", "fr"})


# Endings of an East Slavic patronymic in the nominative and the cases a title governs.
_PATRONYMIC = re.compile(
    r"\w+(?:(?:ович|евич|ьич)(?:а|у|ем|ом|і|и)?|(?:ичн|овн|евн|івн|ївн)(?:а|ы|е|у|ой|ою|и|і))"
)


def _after_title(doc: Doc, start: int) -> bool:
    """Whether the link word before ``start`` follows a title ("Bürgermeister von Leipzig"),
    not a verb ("wurde von Wang Yuchun empfangen")."""
    link = doc.text.rfind(" ", 0, doc.text[:start].rstrip().rfind(" ") + 1)
    return link > 0 and doc.in_role(link - 1, ("title",))


def _patronymic(word: str, lang: str) -> bool:
    """Whether a capitalised word is a patronymic (Сергеевич, Павловна, Іванович)."""
    return lang in ("ru", "uk") and bool(_PATRONYMIC.fullmatch(word.lower()))


def _between_commas(text: str, start: int, end: int) -> bool:
    return text[:start].rstrip().endswith(",") and text[end:].lstrip().startswith(",")


def _acronym(word: str) -> bool:
    """An organisation's initials: two to six capitals ("НГУ", "KOICA", "TU")."""
    return 2 <= len(word) <= 6 and word.isupper() and word.isalpha()


def _is_place_word(doc: Doc, word: str) -> bool:
    return fold_word(word) in doc.places or is_place(word, doc.lex.lang)


@functools.lru_cache(maxsize=256)
def _barest_form(text: str, pattern: str) -> tuple[str, ...]:
    """The shortest way ``text`` writes a name matching ``pattern``, word by word. Kept, as a
    page names one person many times and each mention would read the whole page again."""
    forms = [m.group().split() for m in re.finditer(rf"\b{pattern}\b", text)]
    return tuple(min(forms, key=lambda form: len("".join(form)), default=[]))


def _nominative(doc: Doc, words: list[Word]) -> list[Word]:
    """A declined foreign name as the article also writes it undeclined: "Андреем Соколовым" is
    "Андрей Соколов" when that is in the text; else, in Russian and Ukrainian, the name with the
    ending of the case the words before it govern taken off (see ``_undecline``)."""
    if not doc.lex.endings:
        return words
    stems = (w.text[: max(len(w.text) - 3, min(len(w.text), 3))] for w in words)
    pattern = r"\s+".join(rf"{re.escape(stem)}\w{{0,3}}" for stem in stems)
    bare = list(_barest_form(doc.text, pattern))
    if bare and bare != [w.text for w in words]:
        return [Word(s, e, b) for (s, e, _), b in zip(words, bare, strict=True)]
    case = (
        _governed_case(doc, words)
        if doc.lex.lang in ("ru", "uk")
        else _polish_case(doc, words)
        if doc.lex.lang == "pl"
        else None
    )
    return (
        [
            Word(
                s,
                e,
                _undecline_polish(word, i == 0)
                if doc.lex.lang == "pl"
                else _undecline(word, case, doc.lex.lang),
            )
            for i, (s, e, word) in enumerate(words)
        ]
        if case
        else words
    )


# Case endings of foreign names in Russian and Ukrainian, longest first, with what replaces them
# in the nominative: "Соколовым" -> "Соколов", "Андреем" -> "Андрей", "Марией" -> "Мария".
_ENDINGS = {
    "ins": (
        ("енком", "енко"),  # Ukrainian family names in -енко decline like nouns in -о
        ("ским", "ский"),
        ("цким", "цкий"),
        ("ським", "ський"),
        ("еем", "ей"),
        ("аем", "ай"),
        ("ием", "ий"),
        ("ієм", "ій"),
        ("ией", "ия"),
        ("ією", "ія"),
        ("ьей", "ья"),
        ("ым", ""),
        ("им", ""),
        ("ом", ""),
        ("ем", ""),
        ("ой", "а"),
        ("ою", "а"),
        ("ей", "я"),
        ("ею", "я"),
    ),
    "gen": (
        ("енка", "енко"),
        ("ского", "ский"),
        ("ського", "ський"),
        ("ея", "ей"),
        ("ая", "ай"),
        ("ия", "ий"),
        ("ія", "ій"),
        ("ии", "ия"),
        ("ії", "ія"),
        ("ой", "а"),
        ("ої", "а"),
        ("ы", "а"),
        ("ги", "га"),
        ("ки", "ка"),
        ("хи", "ха"),
        ("а", ""),
    ),
    "dat": (
        ("енку", "енко"),
        ("скому", "ский"),
        ("ському", "ський"),
        ("ею", "ей"),
        ("ию", "ий"),
        ("ії", "ія"),
        ("ии", "ия"),
        ("ові", ""),
        ("еві", ""),
        ("ой", "а"),
        ("ій", "а"),
        ("у", ""),
    ),
}
# What the word before a name says of its case: "вице-губернатором" (instrumental), "по словам
# губернатора" (genitive), "послу" (dative). Nominatives end otherwise.
_GOVERNING = (
    ("ins", ("ом", "ем", "ём", "ой", "ою", "ею", "им", "ым")),
    ("gen", ("а", "я", "ы", "и")),
    ("dat", ("у", "ю", "ові", "еві")),
)
# Nominative titles ending like a genitive: a woman's title ("директорка", "ректорка",
# "заступниця", "председательница") and "голова"/"глава" (head); the name after them is nominative.
_NOMINATIVE_TITLES = ("рка", "иця", "ица", "голова", "глава")
_INSTRUMENTAL = ("ом", "ем", "ым", "им", "ою", "ією")  # endings no nominative name has
_PREPOSITIONS = {"с": "ins", "со": "ins", "з": "ins", "із": "ins", "зі": "ins"}
_CYRILLIC_WORD = re.compile(r"[а-яёіїєґ'’-]+", re.IGNORECASE)
# Polish: only the instrumental is read ("z prezesem stowarzyszenia Markiem Wawrzyniakiem"),
# the one case whose endings no title or name in the nominative has.
_POLISH_INSTRUMENTAL = ("em", "ą")
_POLISH_WORD = re.compile(r"[^\W\d_]+")
_POLISH_ENDINGS = (
    ("skim", "ski"),
    ("ckim", "cki"),
    ("dzkim", "dzki"),
    ("ską", "ska"),
    ("cką", "cka"),
    ("kiem", "k"),
    ("giem", "g"),
    ("em", ""),
    ("ą", "a"),
)
# A first name in -ek loses its e when declined (Marek, Markiem; Jacek, Jackiem).
_FLEETING_E = re.compile(r"(?<=[^aeiouyąęó])k$")


def _polish_case(doc: Doc, words: list[Word]) -> str | None:
    hits = [
        h for h in doc.hits_in(max(0, words[0].start - 80), words[0].start) if h.kind == "title"
    ]
    head = _POLISH_WORD.match(doc.text, hits[-1].start) if hits else None
    before = doc.text[max(0, words[0].start - 20) : words[0].start].split()
    if head and head.group().lower().endswith(_POLISH_INSTRUMENTAL):
        return "ins"
    return "ins" if before and before[-1].lower() in ("z", "ze") else None


def _undecline_polish(word: str, first: bool) -> str:
    lower = word.lower()
    for ending, nominative in _POLISH_ENDINGS:
        if lower.endswith(ending) and len(word) - len(ending) >= 2:
            bare = word[: len(word) - len(ending)] + nominative
            return _FLEETING_E.sub("ek", bare) if first and ending == "kiem" else bare
    return word


def _governed_case(doc: Doc, words: list[Word]) -> str | None:
    """The case of a name in apposition to its role: the case of the role's head word ("с
    заместителем губернатора Андреем Соколовым": instrumental), genitive after "по словам";
    failing those, instrumental if every word has an ending no nominative name has."""
    case = _role_case(doc, words)
    if case is None and all(w.text.lower().endswith(_INSTRUMENTAL) for w in words):
        return "ins"
    return case


def _role_case(doc: Doc, words: list[Word]) -> str | None:
    start, end = words[0].start, words[-1].end
    hits = [hit for hit in doc.hits_in(max(0, start - 80), start) if hit.kind == "title"]
    if not hits and OPENER.match(doc.text, end):  # "Андреем Соколовым, вице-губернатором"
        hits = [hit for hit in doc.hits_in(end, end + 40) if hit.kind == "title"][:1]
    if hits:
        head = _CYRILLIC_WORD.match(doc.text, hits[-1].start)
        word = head.group().lower() if head else ""
        if word.endswith(_NOMINATIVE_TITLES):
            return None
        return next((case for case, ends in _GOVERNING if word.endswith(ends)), None)
    before = doc.text[max(0, start - 20) : start].split()
    if before and before[-1].lower() in _PREPOSITIONS:
        return _PREPOSITIONS[before[-1].lower()]
    according = doc.lex.according
    return "gen" if according and according.search(doc.text, max(0, start - 20), start) else None


def _undecline(word: str, case: str, lang: str) -> str:
    """``word`` without the ending of ``case``, when a stem of two letters or more remains."""
    lower = word.lower()
    for ending, nominative in _ENDINGS[case]:
        if lower.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: len(word) - len(ending)]
            if ending in ("ем", "я") and lang == "ru" and stem[-1].lower() not in "аеиоуыэюяйч":
                nominative = "ь"  # Игорем, Игоря -> Игорь (Сергеевичем -> Сергеевич)
            return stem + nominative
    return word


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_END
