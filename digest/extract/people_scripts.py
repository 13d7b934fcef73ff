"""Names in scripts without capital letters: Arabic, Devanagari, Thai, Hangul, Chinese
characters and katakana.

With no capitals to show where a name starts, a name is the run of tokens after an honorific or
a title (up to a stop word, a particle or punctuation), or before a title in Korean and
Japanese; Chinese names start with a registry family name and are two or three characters long.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from digest.extract.people_filter import is_place, not_a_person
from digest.extract.people_lexicon import Doc, Hit, Mention, Word, fold_word, lexicon
from digest.extract.people_names import introduced, names_organ
from digest.extract.translit import (
    glued_hangul_reading,
    hangul_family_name,
    korean_surname,
    read_as_vietnamese,
)
from digest.registries import drafting_cache
from digest.scripts import ITERATION_MARK, char_class
from digest.text import alternation, run_of

_TOKEN = re.compile(run_of(r"^\s.,;:!?()\[\]{}\"'«»“”„،؛؟\-–—/|·・、。"))
_NOT_A_NAME = re.compile(r"[\dA-Za-z]|.{16}")  # digits, Latin letters, a whole Thai phrase
_KATAKANA_NAME = re.compile(r"[ァ-ヺー]+(?:[・･=][ァ-ヺー]+)*")
_HAN = re.compile(f"[{char_class('Han')}{ITERATION_MARK}]+")  # 佐々木: the mark repeats a Han
_COUNT = re.compile(r"[\d٠-٩]")
_AR_CLAUSE_END = re.compile(r"[،,.:؛;«»\"()\n؟!]")
_AR_MAX_TOKENS = 10
# How many words an Arab or Vietnamese name has.
_AR_MIN_NAME = 2
_AR_MAX_NAME = 4
_AR_ARTICLES = ("ال", "لل", "بال", "وال", "فال", "كال")
_AR_COMPOUNDS = frozenset({"الدين", "الله", "الرحمن", "الرحيم", "العزيز", "الحق"})
_AR_LINKED = frozenset({"عبد", "أبو", "ابو", "بن", "بنت"})
_AR_FULL_NAME = 3  # given name, father's name, family name
_KO_PARTICLES = (
    "에게 께서 에서 으로 까지 부터 는 가 를 을 와 과 의 에 도 로 만 은 이"  # longest first
)


def _stop(doc: Doc, token: str, start: int) -> bool:
    honorific = doc.lex.after is not None and doc.lex.after.fullmatch(token) is not None
    stop = token in doc.lex.stops or _NOT_A_NAME.search(token) is not None
    return stop or honorific or doc.in_role(start)


def _tokens_after(doc: Doc, pos: int) -> list[Word]:
    """Up to four tokens from ``pos``, stopping at punctuation, stop words and role words."""
    tokens: list[Word] = []
    for match in itertools.islice(_TOKEN.finditer(doc.text, pos), 4):
        gap = doc.text[pos : match.start()]
        if tokens and _initial(doc.lex.lang, tokens[-1], gap):
            last = tokens[-1]
            tokens[-1] = Word(last.start, last.end + 1, f"{last.text}.")
        elif gap.strip() or _stop(doc, match.group(), match.start()):
            break
        tokens.append(Word(match.start(), match.end(), match.group()))
        pos = match.end()
    return tokens


# Hindi writes a name's initials as one syllable and a full stop ("एम. राजीव मेनन", "के. पी.
# शर्मा"): the stop closes an initial, not the sentence.
_INITIAL_LANGS = frozenset({"hi"})
_INITIAL_CHARS = 2


def _initial(lang: str, token: Word, gap: str) -> bool:
    """Whether ``token`` followed by ``gap`` is an initial: a syllable, a full stop, a space."""
    return (
        lang in _INITIAL_LANGS
        and len(token.text) <= _INITIAL_CHARS
        and gap[:1] == "."
        and gap[1:].isspace()
    )


def _ko_particle(token: str) -> bool:
    """Whether a Korean token ends with a particle ("끄엉은"); 이, 은 follow a consonant."""
    for particle in _KO_PARTICLES.split():
        stem = token[: -len(particle)]
        if token.endswith(particle) and stem and "가" <= stem[-1] <= "힣":
            return particle not in ("이", "은") or (ord(stem[-1]) - 0xAC00) % 28 != 0
    return False


# Words naming the title's place or organ between a Korean name and its title (경상북도,
# 박닌성 인민위원회): read past them.
_KO_UNITS_BEFORE_TITLE = 2
_CLOSING_BRACKETS = frozenset(")]）")


def _tokens_before(doc: Doc, pos: int) -> list[Word]:
    """Korean name tokens ending at ``pos``, read backwards from a title or an honorific: a
    Korean name (박정훈, or 김 alone), a Vietnamese one (로 반 끄엉), or a Korean name before
    the organisation the title belongs to (정민호 코이카 베트남 사무소장)."""
    tokens: list[Word] = []
    skipped, end, known_place = 0, pos, False
    matches = list(_TOKEN.finditer(doc.text, max(0, pos - 60), pos))
    for index in reversed(range(len(matches))):
        match = matches[index]
        gap = doc.text[match.end() : tokens[0].start if tokens else end]
        university = _university_before_name(doc, matches, index)
        unit = _names_a_unit(doc, match) or is_place(match.group(), "ko") or university
        # A name ending like a level (김동현: 현 "county") before a place the registry knows
        # (김동현 경상북도 국장): a smaller unit is written after the larger one, never before;
        # after a body's name (부산상공회의소 박태성 회장): a body is not followed by its place.
        level_shaped = _korean_shaped(match.group()) and _only_a_level(doc, match)
        after_body = index > 0 and _ends_with_organ(doc, matches[index - 1], match)
        named = level_shaped and (known_place or after_body)
        if (
            not tokens
            and not gap.strip()
            and unit
            and not named
            and skipped < _KO_UNITS_BEFORE_TITLE
        ):
            skipped, end = skipped + 1, match.start()  # 김정수 경상북도 행정부지사: its place
            known_place = known_place or is_place(match.group(), "ko") or university
            continue
        # A particle glued to a closing bracket ("구미시장(왼쪽)과") joins what came before.
        glued = doc.text[match.start() - 1 : match.start()] in _CLOSING_BRACKETS
        # The body the title belongs to, before the name: "KOICA 베트남사무소 오세영 소장".
        body = not_a_person(match.group(), "ko")
        stop = glued or body or _stop(doc, match.group(), match.start())
        stop = stop or _ko_particle(match.group())
        unit = _names_a_unit(doc, match) and not named
        if gap.strip() or "\n" in gap or stop or len(tokens) == 4 or unit:
            break
        tokens.insert(0, Word(match.start(), match.end(), match.group()))
    tokens = _vietnamese_name_ending(tokens) or tokens
    sizes = [len(token.text) for token in tokens]
    if len(sizes) > 1 and sizes[-1] == _KO_FULL_NAME and _korean_shaped(tokens[-1].text):
        # A Korean full name right before its title or place is the name; the words before it
        # name its body or are the sentence's ("경기도경제과학진흥원 오세린 원장", "방문해
        # 이태호 총장과").
        return tokens[-1:]
    if len(sizes) == 1:
        shaped = _korean_shaped(tokens[0].text) or _glued_vietnamese(tokens[0].text)
        return tokens if shaped or sizes[0] > 4 else []
    if sizes and 1 in sizes and max(sizes) <= 3:
        return tokens
    if 2 <= len(sizes) <= 3 and sizes[0] == 3 and korean_surname(tokens[0].text):
        return tokens[:1]  # a Korean name, then one or two words naming its organisation
    return []


def _ends_with_organ(doc: Doc, before: re.Match[str], token: re.Match[str]) -> bool:
    """Whether ``before``, one space before ``token``, ends with an organ's word (a body's
    name: 부산상공회의소)."""
    spaced = doc.text[before.end() : token.start()] == " "
    hits = doc.hits_in(before.start(), before.end())
    return spaced and any(hit.kind == "organ" and hit.end == before.end() for hit in hits)


def _vietnamese_name_ending(tokens: list[Word]) -> list[Word]:
    """A Vietnamese name that ends the tokens, glued (쩐반뚜언) or a syllable a word (쩐 타인
    남), its family name first: the words before it are not the name's ("참석한 쩐반뚜언",
    "농업농촌개발국 쩐 타인 남"); none if there is none."""
    if tokens and _glued_vietnamese(tokens[-1].text):
        return tokens[-1:]
    for size in range(min(len(tokens), _VI_MAX_SYLLABLES), 1, -1):
        words = [token.text for token in tokens[-size:]]
        family = len(words[0]) == 1 or hangul_family_name(words[0])  # 쩐, 브엉: not 접견실
        reading = read_as_vietnamese(words, "hangul", "ko") if family else None
        if reading and fold_word(reading[0]) in lexicon("vi").surnames:
            return tokens[-size:]
    return []


_VI_MAX_SYLLABLES = 4  # Nguyễn Thị Thu Hằng


def _university_before_name(doc: Doc, matches: list[re.Match[str]], index: int) -> bool:
    """A university named short by 대 (경북대 for 경북대학교) right after a Korean full name, one
    space apart: "이상현 경북대 학장" is 이상현, dean at 경북대, though 경 is a family name."""
    token = matches[index].group()
    if index == 0 or len(token) != _KO_FULL_NAME or not token.endswith(_KO_UNIVERSITY_SUFFIX):
        return False
    before = matches[index - 1]
    spaced = doc.text[before.end() : matches[index].start()] == " "
    return spaced and len(before.group()) == _KO_FULL_NAME and _korean_shaped(before.group())


_KO_UNIVERSITY_SUFFIX = "대"


def _korean_shaped(token: str) -> bool:
    """A Korean family name alone (김 부시장), or with a given name of two syllables: 2-syllable
    words with a family name's first syllable are mostly common words (최대 "largest")."""
    surname = korean_surname(token)
    return bool(surname) and len(token) - len(surname) in (0, 2)


def _glued_vietnamese(token: str) -> bool:
    """A Vietnamese name glued in Hangul (팜득롱) whose first syllable is a family name."""
    reading = glued_hangul_reading(token)
    return reading is not None and fold_word(reading[0]) in lexicon("vi").surnames


def _only_a_level(doc: Doc, token: re.Match[str]) -> bool:
    """A token that is a unit only by its last syllable's level (김동현), not a known place."""
    hits = doc.hits_in(token.start(), token.end())
    return (
        bool(hits)
        and all(hit.kind == "level" for hit in hits)
        and not is_place(token.group(), "ko")
    )


def _names_a_unit(doc: Doc, token: re.Match[str]) -> bool:
    """A title or an organ in the token, or a level ending it (경주시, 박장성): not a name;
    a level inside one (김성수) is."""
    hits = doc.hits_in(token.start(), token.end())
    return any(hit.kind != "level" or hit.end == token.end() for hit in hits)


def _korean(doc: Doc) -> list[Mention]:
    text, found = doc.text, []
    for match in doc.lex.after.finditer(text) if doc.lex.after else ():
        rest = re.match(r"[가-힣]*", text[match.end() : match.end() + 4]).group()
        tokens = _tokens_before(doc, match.start())
        honorific = not rest or _ko_particle("씨" + rest)  # not 씨앗 "seed"
        if tokens and honorific and doc.free(tokens[0].start, match.end()):
            found.append(doc.mention(tokens[0].start, tokens, tail=match.end()))
    found += _korean_after_titles(doc)
    for start, end, kind, term in doc.hits:  # 로 반 끄엉 부위원장, 박정훈 부시장, 경제실장
        word_start = text.rfind(" ", 0, start) + 1
        title = kind == "title" and word_start > 0 and not term.ordinary
        tokens = _tokens_before(doc, word_start - 1) if title and _ends_word(text, end) else []
        if tokens and doc.free(tokens[0].start, start):  # the title is the name's, whatever between
            found.append(
                doc.mention(tokens[0].start, tokens, tail=max(tokens[-1].end, word_start - 1))
            )
    return found


_KO_WORD = re.compile(r"[가-힣]+")
_KO_FULL_NAME = 3  # syllables: a family name and a given name of two


def _korean_after_titles(doc: Doc) -> list[Mention]:
    """A name right after a title that ends its word, the place glued before the title
    ("경기도지사 김동연은", "총영사 응우옌반탄도"): a Korean name of three syllables or a glued
    Vietnamese one, its particle left out. A title with a particle is a subject of its own."""
    text, found = doc.text, []
    for _, end, kind, term in doc.hits:
        if kind != "title" or term.ordinary or text[end : end + 1] != " ":
            continue
        word = _KO_WORD.match(text, end + 1)
        token = word.group() if word else ""
        stem = next(
            (
                token[: -len(p)]
                for p in _KO_PARTICLES.split()
                if _ko_particle(token) and token.endswith(p)
            ),
            token,
        )
        spaced = _spaced_vietnamese_after(doc, end + 1)
        if spaced and doc.free(spaced[0].start, spaced[-1].end):
            found.append(doc.mention(spaced[0].start, spaced))
            continue
        korean = len(stem) == _KO_FULL_NAME and _korean_shaped(stem)
        if (
            word
            and stem
            and (korean or _glued_vietnamese(stem))
            and not _unit_in_name(doc, word.start(), word.start() + len(stem))
        ):
            name = [Word(word.start(), word.start() + len(stem), stem)]
            if doc.free(name[0].start, name[0].end):
                found.append(doc.mention(name[0].start, name))
    return found


def _unit_in_name(doc: Doc, start: int, end: int) -> bool:
    """A title or an organ in a name-shaped word, or a level ending it (안동시): not a name. A
    level inside it is a given name's syllable (노현수, 박성훈: 현 "county", 성 "province")."""
    return any(hit.kind != "level" or hit.end == end for hit in doc.hits_in(start, end))


# A Vietnamese name written a syllable a word after its title, its particle glued to the
# last ("부위원장 부이 비엣 안은", "부위원장 응우옌 꾸옥 충이"): two to four words.
_KO_SPACED_NAME = re.compile(r"[가-힣]+(?: [가-힣]+){1,3}")


def _spaced_vietnamese_after(doc: Doc, pos: int) -> list[Word]:
    """The Vietnamese name opening the words at ``pos``, family name first, without the
    particle after it; none if the words are not one."""
    run = _KO_SPACED_NAME.match(doc.text, pos)
    if run is None:
        return []
    words = [Word(m.start(), m.end(), m.group()) for m in _KO_WORD.finditer(run.group())]
    words = [Word(pos + w.start, pos + w.end, w.text) for w in words]
    for size in range(len(words), 1, -1):
        name = words[:size]
        last = name[-1]
        stem = _without_particle(last.text)
        name[-1] = Word(last.start, last.start + len(stem), stem)
        texts = [w.text for w in name]
        family = len(texts[0]) == 1 or hangul_family_name(texts[0])
        reading = read_as_vietnamese(texts, "hangul", "ko") if family and stem else None
        if reading and fold_word(reading[0]) in lexicon("vi").surnames:
            return name if not doc.hits_in(name[0].start, name[-1].end) else []
    return []


def _without_particle(token: str) -> str:
    """A Korean word without the particle glued to its end (안은 → 안, 충이 → 충)."""
    if not _ko_particle(token):
        return token
    return next((token[: -len(p)] for p in _KO_PARTICLES.split() if token.endswith(p)), token)


def _ends_word(text: str, end: int) -> bool:
    """Whether a title ends its word, or only a particle follows (부시장이, 사무소장은)."""
    rest = re.match(r"[가-힣]*", text[end : end + 3]).group()
    return not rest or rest in _KO_PARTICLES.split()


def find_spaced(doc: Doc) -> list[Mention]:
    lex, text = doc.lex, doc.text
    found = _korean(doc) if lex.lang == "ko" else []
    for match in lex.before.finditer(text) if lex.before else ():
        tokens = [] if doc.in_role(match.start()) else _tokens_after(doc, match.end())
        if tokens:  # (นาย that begins นายกเทศมนตรี "mayor" is no honorific)
            found.append(doc.mention(match.start(), tokens, match["h"] in lex.female))
    for _, end, kind, term in doc.hits if lex.lang == "hi" else ():  # उपाध्यक्ष फाम थी लान
        tokens = _tokens_after(doc, end) if kind == "title" and not term.ordinary else []
        if len(tokens) >= 2 and doc.free(tokens[0].start, tokens[-1].end):
            found.append(doc.mention(tokens[0].start, tokens))
    found += _arabic_after_titles(doc) + _arabic_before_titles(doc) if lex.lang == "ar" else []
    found += _opening_before_titles(doc) if lex.lang == "hi" else []
    for match in _surname_pattern(lex.lang).finditer(text) if lex.lang == "ar" else ():
        token = (text[max(0, match.start() - 30) : match.start()].split() or [""])[-1]
        marker = token in lex.markers or (token[:1] in "وبلف" and token[1:] in lex.markers)
        place = marker and not token.startswith(("ال", "لل", "وال", "بال"))  # not "of the province"
        tokens = [] if place or not doc.free(*match.span()) else _tokens_after(doc, match.start())
        # Arabic writes a Vietnamese name without the article: a definite word after a family
        # name is an adjective of what came before ("بينه دينه الفيتنامية تران فان ثانه").
        tokens = list(itertools.takewhile(lambda t: not t.text.startswith(_AR_ARTICLES), tokens))
        if len(tokens) >= 2 and not names_organ(doc, tokens) and introduced(doc, tokens):
            found.append(doc.mention(match.start(), tokens))
    return found


def _arabic_after_titles(doc: Doc) -> list[Mention]:
    """Arab and other foreign names after a title, closing the clause: "برئاسة المحافظ حسام
    الدين فؤاد،", "نائب الرئيس التنفيذي للغرفة سالم المهيري،" (Vietnamese ones are found by
    their family names)."""
    found = []
    surnames = _surname_pattern(doc.lex.lang)
    for _, end, kind, term in doc.hits:
        if kind != "title" or term.ordinary:
            continue
        closer = _AR_CLAUSE_END.search(doc.text, end)
        clause = closer.start() if closer else len(doc.text)
        # One token past the longest name tells whether the name is the whole clause; a clause
        # of a broken page can run on for pages.
        tokens = [
            Word(m.start(), m.end(), m.group())
            for m in itertools.islice(_TOKEN.finditer(doc.text, end, clause), _AR_MAX_TOKENS + 1)
        ]
        name = _arabic_name(doc, tokens[:_AR_MAX_TOKENS], whole=len(tokens) <= _AR_MAX_TOKENS)
        if any(surnames.fullmatch(word.text) for word in name):
            continue  # a Vietnamese name, read from its family name on (find_spaced)
        if name and doc.free(name[0].start, name[-1].end) and not names_organ(doc, name):
            found.append(doc.mention(name[0].start, name))
    return found


def _commas_before_titles(doc: Doc, comma: str) -> Iterator[int]:
    """Where ``comma`` sets a title (not an ordinary word: worker, farmer) off from the words
    before it, with only spaces between: the comma's index."""
    for start, _, kind, term in doc.hits:
        end = start
        while end and doc.text[end - 1].isspace():
            end -= 1  # (not text[:start].rstrip(): that copies the text before every title)
        if kind == "title" and not term.ordinary and doc.text[end - 1 : end] == comma:
            yield end - 1


def _arabic_before_titles(doc: Doc) -> list[Mention]:
    """An Arab name after a verb of saying and before its title set off by a comma: "وقال خالد
    المنصوري، مدير إدارة التجارة ..." (the verb opens the sentence, the name follows it)."""
    found = []
    for comma in _commas_before_titles(doc, "،"):
        clause = max(doc.text.rfind(char, 0, comma) for char in "،,.:؛;\n") + 1
        tokens = [
            Word(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(doc.text, clause, comma)
        ]
        verbs = [i for i, t in enumerate(tokens) if doc.lex.said and doc.lex.said.fullmatch(t.text)]
        words = tokens[verbs[-1] + 1 :] if verbs else _arab_full_name(doc, tokens)
        name = _arabic_name(doc, words) if _AR_MIN_NAME <= len(words) <= _AR_MAX_NAME else []
        free = bool(name) and doc.free(name[0].start, name[-1].end)
        if name == words and free and not names_organ(doc, name):
            found.append(doc.mention(name[0].start, name))
    return found


def _arab_full_name(doc: Doc, tokens: list[Word]) -> list[Word]:
    """The words ending ``tokens`` when they are an Arab full name, whatever verb or phrase
    stands before it: a given name, the father's and the family name with its article
    ("قاد خالد راشد المزروعي،", "وقعها سعيد عبيد الكتبي،"), the given name a compound
    ("استقباله عبد الله سلطان العويس،")."""
    name = tokens[-_AR_FULL_NAME:]
    if len(name) < _AR_FULL_NAME or not name[-1].text.startswith(_AR_ARTICLES):
        return []
    if len(tokens) > _AR_FULL_NAME and tokens[-_AR_FULL_NAME - 1].text in _AR_LINKED:
        name = tokens[-_AR_FULL_NAME - 1 :]  # عبد الله: the compound's second word is definite
    given = [w for w in name[:-1] if w.text not in _AR_COMPOUNDS]
    plain = not any(
        w.text.startswith(_AR_ARTICLES) or _stop(doc, w.text, w.start) or is_place(w.text, "ar")
        for w in given
    )
    return name if plain and not doc.hits_in(name[0].start, name[-1].end) else []


# How many words a Hindi (or foreign, in Devanagari) name has.
_HI_NAME_WORDS = (2, 3)


def _opening_before_titles(doc: Doc) -> list[Mention]:
    """A name opening its sentence, then its title set off by commas: "अमित सिन्हा, निदेशक,
    उत्तर प्रदेश पर्यटन विकास निगम, ने बताया"."""
    found = []
    for comma in _commas_before_titles(doc, ","):
        opening = max(doc.text.rfind(char, 0, comma) for char in "।.!?\n") + 1
        words = [
            Word(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(doc.text, opening, comma)
        ]
        if not words or doc.text[opening : words[0].start].strip(" \"'“”"):
            continue
        names = len(words) in _HI_NAME_WORDS and not any(
            _stop(doc, w.text, w.start) or doc.hits_in(w.start, w.end) or is_place(w.text, "hi")
            for w in words
        )
        if names and doc.free(words[0].start, words[-1].end) and not names_organ(doc, words):
            found.append(doc.mention(words[0].start, words))
    return found


def _arabic_name(doc: Doc, tokens: list[Word], whole: bool = True) -> list[Word]:
    """The first run of two to four name words that a stop word follows ("خالد الكعبي مع"), or
    the run that ends the tokens when they are the ``whole`` clause: after the last stop word,
    organ, place or definite noun ("للغرفة"); a definite word stays in a name only as its last
    word (المهيري) or in a compound (حسام الدين, عبد الله)."""
    run: list[Word] = []
    place_next, counting = 0, False
    for index, token in enumerate(tokens):
        word = token.text
        definite = word.startswith(_AR_ARTICLES)
        marker = word in doc.lex.markers or (word[:1] in "وبلف" and word[1:] in doc.lex.markers)
        unit = _stop(doc, word, token.start) or doc.hits_in(token.start, token.end)
        if _COUNT.search(word) or counting:
            # A number: the words before it are a verb and its object ("تتوقع استقبال 5 آلاف"),
            # those after it what it counts, up to the next stop word ("12 منحة دراسية").
            run, counting = [], bool(_COUNT.search(word)) or not unit
            continue
        if unit and _AR_MIN_NAME <= len(run) <= _AR_MAX_NAME:
            return run  # the clause goes on after the name: "خالد الكعبي مع الوفد ..."
        if marker or place_next or unit or is_place(word, doc.lex.lang):
            # A known place ends the place words ("في دبي خالد الشامسي": the name follows).
            known = not marker and not unit and is_place(word, doc.lex.lang)
            run = []
            place_next = 0 if known else (2 if marker and not definite else max(0, place_next - 1))
        elif not definite or (run and _arabic_name_word(word, run, _ends(doc, tokens, index))):
            run.append(token)
        elif _AR_MIN_NAME <= len(run) <= _AR_MAX_NAME:
            return run  # the object after the subject: "محافظ القاهرة إبراهيم صابر الوفد"
        else:
            run = []
    return run if whole and _AR_MIN_NAME <= len(run) <= _AR_MAX_NAME else []


def _ends(doc: Doc, tokens: list[Word], index: int) -> bool:
    """Whether the token at ``index`` ends its clause's name: last, or before a stop word."""
    if index == len(tokens) - 1:
        return True
    following = tokens[index + 1]
    return _stop(doc, following.text, following.start)


def _arabic_name_word(word: str, run: list[Word], last: bool) -> bool:
    """Whether a definite word goes on a name: المهيري at its end, الدين after حسام."""
    return last or word in _AR_COMPOUNDS or run[-1].text in _AR_LINKED


@drafting_cache
def _surname_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(list(lexicon(lang).surnames))})(?!\w)")


def _han_before(doc: Doc, pos: int) -> list[Word]:
    """A name in Chinese characters ending at ``pos`` (before an honorific or a title)."""
    run = next((m for m in _HAN.finditer(doc.text, max(0, pos - 12), pos) if m.end() == pos), None)
    start = (
        max(
            [run.start()]
            + [
                hit.end
                for hit in doc.hits_in(run.start(), pos)
                if not _in_surname(hit, run.start(), doc)
            ]
        )
        if run
        else pos
    )
    if run and doc.lex.lang == "ja" and start == pos and doc.text[pos - 1] in _JA_PREFECTURE:
        pos = _before_place(doc, run.start(), pos)  # 阿部守一長野県知事: the prefecture's governor
        start = run.start()
    spaced = run is not None and doc.lex.lang == "ja" and start == run.start()
    if spaced and pos - start <= _JA_PART_MAX:
        start = _ja_family_name_before(doc, start)  # 中村 智子学長: the family name, a space apart
    longest = _JA_SPACED_MAX if spaced and start < run.start() else _JA_NAME_MAX
    sizes = [pos - start] if doc.lex.lang == "ja" and 2 <= pos - start <= longest else []
    sizes += [
        n
        for n in (_ZH_VI_WOMAN, 3, 2)
        if doc.lex.lang == "zh"
        and pos - n >= start
        and doc.text[pos - n] in doc.lex.surnames
        and (n < _ZH_VI_WOMAN or doc.text[pos - n + 1] == _THI)
    ]
    return [Word(pos - sizes[0], pos, doc.text[pos - sizes[0] : pos])] if sizes else []


def _ja_family_name_before(doc: Doc, start: int) -> int:
    """Where a Japanese name starts whose given name starts at ``start``: at a family name of
    one to three characters one space before it, standing alone (after kana, punctuation or
    the line's start) and no place, title or body; else ``start``."""
    family = _JA_FAMILY_BEFORE.search(doc.text, max(0, start - _JA_PART_MAX - 2), start)
    if family is None or is_place(family.group(1), "ja"):
        return start
    hits = doc.hits_in(*family.span(1))
    named = any(not _in_surname(hit, family.start(1), doc) for hit in hits)  # 中村's 村 is no unit
    return start if named else family.start()


def _ja_name_after(doc: Doc, end: int) -> list[Word]:
    """A Japanese name after a title and a space that ends its line: a signatory list's
    "長野県副知事　関口 誠一" (family name, a space, given name, as such lists write them)."""
    found = _JA_NAME_AFTER.match(doc.text, end)
    if found is None or doc.hits_in(found.start(1), found.end(1)):
        return []
    return [Word(found.start(1), found.end(1), found.group(1))]


def _in_surname(hit: Hit, start: int, doc: Doc) -> bool:
    """Whether a place's unit is part of a Japanese family name: a unit that opens the run of
    characters with no place written in kana or letters before it (村井, 市川, 町田; not
    ホンハ地区), and a village's 村 second, the end of a name (川村, 中村, 木村): no village is
    named by one character (a province may be: 第4回省)."""
    if doc.lex.lang != "ja" or hit.kind != "level":
        return False
    if hit.start == start:
        return not _NAMED_BEFORE.match(doc.text[start - 1 : start])
    return hit.start - start == 1 and hit.term.id == "commune"


# What a place written before a unit ends with: katakana (ホンハ地区) or a letter.
_NAMED_BEFORE = re.compile(r"[ァ-ヺーA-Za-z]")


def _before_place(doc: Doc, start: int, pos: int) -> int:
    """Where a Japanese name ends when a known place (長野県, 岐阜県) stands between it and its
    title: the place's start; else ``pos``, no name."""
    for size in range(_JA_PLACE_MIN, _JA_PLACE_MAX + 1):
        name = doc.text[start : pos - size]
        if len(name) < _JA_NAME_MIN or name[-1] in _JA_UNITS:
            continue  # no name, or another place (雲南省紅河県)
        if is_place(doc.text[pos - size : pos], "ja"):
            return pos - size
    return pos


_JA_PREFECTURE = "県府都道"  # what a prefecture's name ends with
_JA_UNITS = "省区市県府都道州郡町村"
_JA_PLACE_MIN, _JA_PLACE_MAX = 2, 5  # 岐阜県 ... 鹿児島県, 北海道
_JA_NAME_MIN = 2
_JA_NAME_MAX = 5
# A family or a given name written apart (中村 智子, 佐々木 健太郎) has one to three characters.
_JA_PART_MAX = 3
_JA_SPACED_MAX = 2 * _JA_PART_MAX + 1
_JA_HAN = f"[{char_class('Han')}{ITERATION_MARK}]"
# A family name of one to three characters, one space before the given name, standing alone.
_JA_FAMILY_BEFORE = re.compile(rf"(?<!{_JA_HAN})({_JA_HAN}{{1,{_JA_PART_MAX}}})[ \u3000]$")
_JA_PART = f"{_JA_HAN}{{1,{_JA_PART_MAX}}}"
_JA_NAME_AFTER = re.compile(rf"[ \u3000]+({_JA_PART}[ \u3000]{_JA_PART})[ \u3000]*(?:\n|$)")


def _han_after(doc: Doc, pos: int) -> list[Word]:
    """A Chinese name right after a title: a family name, up to a stop word or punctuation."""
    text, end = doc.text, pos
    while end - pos < 12 and (_HAN.match(text, end) or text[end : end + 1] in ("·", "•")):
        third = end - pos == _ZH_GIVEN_AT and _given_name_char(doc, end)
        stop = text.startswith(doc.lex.stops, end) and not third
        if end > pos and (stop or doc.in_role(end)):
            break
        end += 1
    foreign = "·" in text[pos:end] or "•" in text[pos:end]
    return (
        [Word(pos, end, text[pos:end])]
        if foreign or (_zh_name_size(text, pos, end) and text[pos] in doc.lex.surnames)
        else []
    )


# A Vietnamese woman's name in Chinese characters has four: 阮氏秋姮 (Nguyễn Thị Thu Hằng), its
# middle name Thị written 氏; other names have two or three.
_ZH_VI_WOMAN = 4
_THI = "氏"


def _zh_name_size(text: str, start: int, end: int) -> bool:
    size = end - start
    return 2 <= size <= 3 or (size == _ZH_VI_WOMAN and text[start + 1] == _THI)


# Where a name's third character stands: after a family name and one given character.
_ZH_GIVEN_AT = 2


def _given_name_char(doc: Doc, pos: int) -> bool:
    """Whether the one-character stop word at ``pos``, a name's third, ends the name instead:
    和 (Hòa) or 同 (Đồng) before a verb or punctuation ("黎海和说", "武文和会见了") is no "and";
    a conjunction joins the name to another one ("张丽和王明")."""
    after = pos + 1
    single = doc.text[pos] in doc.lex.stops
    return single and (not _HAN.match(doc.text, after) or doc.text.startswith(doc.lex.stops, after))


def find_cjk(doc: Doc) -> list[Mention]:
    lex, text, found = doc.lex, doc.text, []
    for match in _KATAKANA_NAME.finditer(text):
        tail = lex.after.match(text, match.end()) if lex.after else None
        before = doc.hits_in(match.start() - 12, match.start())
        title_before = any(hit.kind == "title" and hit.end >= match.start() - 1 for hit in before)
        role_after = doc.in_role(match.end(), ("title", "organ"))
        if tail or ("・" in match.group() and (title_before or role_after)):
            name = [Word(match.start(), match.end(), match.group())]
            found.append(doc.mention(match.start(), name, tail=tail.end() if tail else -1))
    names = (
        [(_han_before(doc, m.start()), m.end()) for m in lex.after.finditer(text)]
        if (lex.after)
        else []
    )
    for start, end, kind, term in doc.hits:
        if kind == "title" and not term.ordinary:
            if lex.lang == "zh":
                name = _han_after(doc, end)
            else:  # a signatory list's name after its title, or the usual one before it
                name = _ja_name_after(doc, end) if lex.lang == "ja" else []
                name = name or _han_before(doc, start)
            # A place between the name and its title is the role's: the title is read after it.
            names.append((name, start if name and name[-1].end < start else -1))
    for name, tail in sorted((name, tail) for name, tail in names if name):
        if doc.free(name[0].start, name[0].end):
            found.append(doc.mention(name[0].start, name, tail=tail))
    return found


# A name in Latin letters inside text in another script ("越南谅山省人民委员会主席Hồ Văn Minh",
# "Pham Van Tuan人民委員会副委員長"): two to five capitalised words.
_LATIN_NAME = re.compile(
    r"(?<![A-Za-zÀ-ỹ])[A-ZÀ-ÝĐĂÂÊÔƠƯ][a-zà-ỹđ'’-]+(?:[ -][A-ZÀ-ÝĐĂÂÊÔƠƯ][a-zà-ỹđ'’-]+){1,4}"
    r"(?![A-Za-zÀ-ỹ])"
)
# How close a title must stand to the Latin name it belongs to (a particle or a space).
_LATIN_TITLE_GAP = 2


def find_latin_inside(doc: Doc) -> list[Mention]:
    """Names in Latin letters with a title right before or a title or organ right after them,
    in Chinese, Japanese, Korean, Thai, Arabic or Hindi text."""
    found = []
    for match in _LATIN_NAME.finditer(doc.text):
        start, end = match.span()
        before = doc.hits_in(start - 40, start)
        title_before = any(
            hit.kind == "title" and 0 <= start - hit.end <= _LATIN_TITLE_GAP for hit in before
        )
        after = doc.hits_in(end, end + _LATIN_TITLE_GAP + 1)
        role_after = any(hit.kind in ("title", "organ") for hit in after)
        if (title_before or role_after) and doc.free(start, end):
            found.append(doc.mention(start, [Word(start, end, match.group())]))
    return found
