"""Foreign companies named by their legal form, and foundations named by the word for one, in
the article's language: "Nordlicht Logistik GmbH", "Agrimeccanica Veneta S.p.A.", "Mazur
Elektronik sp. z o.o.", "Cafés Serra Azul Ltda.", "Fondazione Ponte Mekong", "Stiftung Mercator".

A legal form is how a company signs its own name, so the capitalised words right before it are
the name (not an article or the word for "company" opening the sentence: "Die", "Spółka",
"empresa"). The English name of a company is its own name without the form; a foundation's is
its name and "Foundation" (Ponte Mekong Foundation). The country is a nationality adjective or a
registry place in or beside the name, else the article's one foreign country, else the country
of the article's language (digest.extract.bodies). Drafted as ``<iso2>-<slug of the name>``,
kind ``company`` or ``organisation``, with ``partners`` for review. Never Vietnam's: names shaped
like Vietnamese syllables, a Vietnamese province inside the name, Vietnamese articles (whose
companies are Vietnam's own) and the forms Vietnam's companies use in other languages ("JSC").
The forms are a closed list, so they live here beside the rule.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from digest.extract.acronyms import ACRONYM
from digest.extract.bodies import only_or_home, portfolio_english
from digest.extract.cities import confirmed_city, where_cities
from digest.extract.company_names import company_words, country_said_after
from digest.extract.demonyms import Demonym, demonym_beside, find_demonyms
from digest.extract.gazetteer import PARTNER, Match
from digest.extract.organisations import only_country
from digest.extract.plant_names import (
    airport_name,
    described_company_name,
    plant_name,
    unquoted_plants,
)
from digest.extract.translit import is_vi_syllable
from digest.extract.translit_polivanov import hepburn_reading
from digest.extract.unlisted import Body, Unlisted, latin_reading
from digest.extract.vietnam_places import vietnamese_place
from digest.registries import Registries
from digest.text import fold, look_after_first_letter, slugify

_VIETNAM = "VN"
_PLACES = frozenset({"country", "region", "city", "district"})
# Legal forms written after a company's name in Latin script, longest first where one opens
# another ("GmbH & Co. KG" before "GmbH"); a Thai listed company's "Public Company Limited".
_FORM_PATTERNS = (
    r"Public Company Limited", r"Public Co\.,? Ltd\.?",
    r"Pty\.? Ltd\.?", r"Pte\.? Ltd\.?", r"Sdn\.? Bhd\.?", r"K\.K\.", r"GmbH & Co\.? KG", r"GmbH",
    r"gGmbH", r"mbH", r"AG", r"KGaA",
    r"S\.p\.A\.?", r"SpA",
    r"S\.r\.l\.?", r"Srl", r"S\.A\.S\.?", r"SAS",
    r"S\.A\.?", r"SARL", r"S\.L\.?", r"Ltda\.?", r"Lda\.?", r"Co\.,? Ltd\.?", r"Ltd\.?", r"Limited",
    r"Inc\.?", r"Corp\.?", r"Co\.",
    r"Corporation", r"LLC",
    r"PLC", r"plc", r"B\.V\.?", r"N\.V\.?", r"Sp\. z o\.o\.?", r"sp\. z o\.o\.?", r"S\.A\.",
    r"a\.s\.", r"s\.r\.o\.", r"Kft\.?", r"Zrt\.?", r"Oy", r"AB", r"A/S",
    r"e\. ?V\.", r"ONLUS", r"asbl", r"ASBL",
)  # fmt: skip
# (Each form's first letter before the look behind it, which the regex engine skips ahead by.)
_FORMS = re.compile(look_after_first_letter(r"(?<=\s)", _FORM_PATTERNS) + r"(?![\w&])")
# The forms only one country's companies take, which say whose a company is when nothing
# beside it does (an English article's companies need their nationality written): Australia's
# proprietary limited, Singapore's private limited, Malaysia's Sendirian Berhad, Japan's
# kabushiki kaisha.
_FORM_COUNTRIES = (("Pty", "AU"), ("Pte", "SG"), ("Sdn", "MY"), ("K.K.", "JP"))
# ... and the forms one country's companies take among those of a language: in Portuguese,
# Brazil's limitada is "Ltda." where Portugal's (and Mozambique's, Angola's) is "Lda.".
_LANGUAGE_FORM_COUNTRIES = {"pt": (("Ltda", "BR"),)}
# The forms of a registered association, not a company: "Deutsch-Asiatischer Verein e.V.",
# an Italian ONLUS, a Belgian asbl.
_ASSOCIATION = re.compile(r"e\. ?V\.|ONLUS|asbl|ASBL")
# A capitalised word, or one joined to the word before by an elided "of" ("Rhénane
# d'Emboutissage").
_WORD = r"(?:d['’])?[A-ZÀ-ÞĀ-Ž0-9][\w'’&.-]*"
# The words for "of" that Romance and Germanic names keep in small letters between their
# capitalised words ("Camarões do Nordeste", "Aceites del Sur", "Haus von Berg"), folded.
_LINKS = ("do", "da", "dos", "das", "de", "del", "della", "di", "du", "des", "von", "van")
_LINK = rf"(?:{'|'.join(_LINKS)})[ \t]+"
# Up to four capitalised words right before the form, a word for "of" allowed between two.
_NAME_BEFORE = re.compile(rf"(?<!\w)({_WORD}[ \t]+(?:(?:{_LINK})?{_WORD}[ \t]+){{0,3}})$")
# A name in quotes right before the form ("Grupa Producentów „Sadpol” Sp. z o.o."): the quoted
# words are the company's own name, the words before them say what it is.
_QUOTED_BEFORE = re.compile(r"[„\"“«]([^„\"“”»\n]{2,40})[”\"“»][ \t]+$")
# ... or before a comma and the form, as Portuguese, Spanish and English companies sign
# ("Vinhos Douro Norte, Lda.", "Aceites del Sur, S.L.", "Acme Foods, Inc."), a word for "of"
# allowed between two words as before the form ("Cerámicas del Mijares, S.L."): only the forms
# written so, never one that may be a word of a list ("..., AG", "..., AB").
_NAME_BEFORE_COMMA = re.compile(rf"(?<!\w)((?:{_WORD}[ \t]+(?:{_LINK})?){{0,3}}{_WORD}),[ \t]+$")
_COMMA_FORMS = re.compile(
    r"Ltda\.?|Lda\.?|Ltd\.?|Inc\.?|S\.A\.?|S\.L\.?|LLC|Limited|Corp\.?|Co\.,? Ltd\.?"
)
_NAME_CHARS = 160
# Czech and Slovak names write their words after the first in small letters ("Severomoravské
# strojírny a.s.", "Pražské pivovary s.r.o."): before these forms, one capitalised word and
# one or two in small letters are the name.
_CZECH_FORMS = frozenset({"a.s.", "s.r.o."})
_CZECH_NAME_BEFORE = re.compile(r"(?<!\w)([A-ZÀ-ÞĀ-Ž][\w-]*(?:[ \t][a-zß-ÿā-ž][\w-]*){1,2})[ \t]+$")
# How far a nationality adjective may stand before a name with the word for a company between.
_COMPANY_WORD_CHARS = 24
# Words that open a sentence or a mention without being part of the name: articles and the
# words for "company" or "firm", folded.
_NOT_NAME = frozenset(
    {"the", "a", "an", "die", "der", "das", "den", "dem", "des", "il", "lo", "la", "l'", "le", "i",
     "gli", "les", "un", "une", "uno", "una", "el", "los", "las", "o", "os", "as", "spolka",
     "firma", "empresa", "company", "societa", "unternehmen", "konzern", "grupa", "grupo",
     "gruppo", "societe", "compania", "companhia", "azienda", "przedsiebiorstwo", "and", "und",
     "e", "y", "et", "oraz", "with", "mit", "con", "com", "avec", "z", "w", "in", "of"}
)  # fmt: skip
# The word for a foundation before its name, by language.
_FOUNDATION_WORDS = (
    "Stiftung", "Fondazione", "Fundação", "Fundación", "Fundacja", "Fondation", "Nadace", "Fundația"
)  # fmt: skip
_FOUNDATION = re.compile(
    look_after_first_letter(r"(?<!\w)", _FOUNDATION_WORDS)
    + r"[ \t]+((?:[A-ZÀ-ÞĀ-Ž][\w'’-]*)(?:[ \t]+[A-ZÀ-ÞĀ-Ž][\w'’-]*){0,2})"
)
# German writes a foundation named after a person as one hyphenated word: "Friedrich-Ebert-
# Stiftung" (Friedrich Ebert Foundation), "Hanns-Seidel-Stiftung".
_FOUNDATION_COMPOUND = re.compile(r"(?<![\w-])((?:[A-ZÄÖÜ][\w]*-){1,3})Stiftung(?!\w)")
# An airline names itself with the word in English whatever the article's language ("S7
# Airlines", "Korean Air Lines"): the capitalised words before it and the word are the name.
_AIRLINE = re.compile(
    r"(?<![\w-])((?:[A-Z0-9][\w'’&-]*[ \t]+){1,3}(?:Airlines|Airways|Air Lines|Airline))(?!\w)"
)
# Legal forms written before a company's name in quotes, in Cyrillic script: ООО «СибАгроТех»,
# АО "Ростех", ТОВ «Агросвіт».
# The word for a company does the same there ("компания «Дальморепродукт»", "компанією
# «Агросвіт»"): a name in quotes after it is a company's own.
# The word for an airline ("авиакомпания «Ангара»", "авіакомпанія «Дніпро»") names one too: its
# English name is the name and "Airlines", as such airlines sign in Latin letters.
# So do the words for a holding and a firm ("агрохолдинг «Сибирская нива»", "фірма «…»"), and
# those for a tour operator ("туроператор «Ангара Тревел»", "турфирма «…»").
# Written with the form's first letter first and the rest after a look back at it, so that the
# regex engine skips ahead to those letters (see ``text.run_of``) instead of trying the look
# behind at every character: the same matches as
# ``(?<!\w)(?:(?P<ua>ТОВ|ПрАТ|ПАТ)|ООО|…|(?P<air>[Аа]виа|[Аа]віа)?[Кк]омпан…|…)``, the groups
# "ua" and "air" (asked only whether they matched) without that first letter.
_CYRILLIC_FORMS = re.compile(
    # the first letter, no word character before it (the dot is that letter: no newline)
    r"[ТПОЗАНаКкХхтФф](?<!\w.)"
    r"(?:(?P<ua>(?<=Т)ОВ|(?<=П)рАТ|(?<=П)АТ)|(?<=О)ОО|(?<=О)АО|(?<=З)АО|(?<=П)АО|(?<=А)О"
    r"|(?<=Н)АО|(?<=А)Т|(?<=Т)ОО"
    r"|(?:(?<=[Аа])(?P<air>виа|віа)[Кк]|(?<=[Кк]))омпан(?:ия|ии|ией|ию|ія|ії|ією|ію)"
    r"|(?:(?<=[Аа])гро[Хх]|(?<=[Хх]))олдинг(?:а|у|ом|е|і)?"
    r"|(?<=[Тт])уроператор(?:а|у|ом|е|і)?"
    r"|(?:(?<=[Аа])гро[Фф]|(?<=[Тт])ур[Фф]|(?<=[Фф]))(?:ирм(?:а|ы|е|у|ой)|ірм(?:а|и|і|у|ою)))"
    r"\s*[«\"“„](?P<name>[^»\"”“\n]{2,40})[»\"”“]"
)
# Ukraine's own legal forms: a company signing so is Ukraine's where nothing beside it names
# another country (a Ukrainian article may name no Ukrainian place at all).
_UKRAINE = "UA"
_JAPAN = "JP"
# Vietnam's adjective right before it ("вьетнамская компания «Винфаст»"): Vietnam's own.
_VIETNAMESE_BEFORE = re.compile(r"(?:[Вв]ьетнам|[Вв]['’]єтнам)\w*\s+$")
# English words that Cyrillic company names take as parts written with a capital each, and
# their English spelling; a part is matched only as such a part: a word of its own or a capital
# part of one, before the next capital or the word's end ("СибАгроТех", "ЮгТрейд", "Байкал
# Трейд", "Дунай Агро Логістик"; not "Ростех" or "Техника"). Letter by letter, Ukrainian would
# read them otherwise ("Ahro Lohistyk").
_ENGLISH_PARTS = {
    "Тех": "Tech", "Трейд": "Trade", "Софт": "Soft", "Лайн": "Line", "Агро": "Agro",
    "Логістик": "Logistic", "Логистик": "Logistic", "Груп": "Group", "Інвест": "Invest",
    "Инвест": "Invest", "Сервіс": "Service", "Сервис": "Service", "Транс": "Trans",
    "Эйр": "Air", "Ейр": "Air", "Тревел": "Travel", "Трэвел": "Travel", "Тревэл": "Travel",
    "Фуд": "Food", "Фудс": "Foods", "Девелопмент": "Development", "Консалтинг": "Consulting",
    "Композит": "Composite", "Инжиниринг": "Engineering", "Інжиніринг": "Engineering",
    "Тур": "Tour", "Азия": "Asia", "Азія": "Asia",
}  # fmt: skip
# "Тех" is English only closing the name ("СибАгроТех"); before another part it is Russian's
# clipped "технический" of a compound ("УралТехСнаб", Uraltekhsnab), which the same name in
# small letters ("Уралтехснаб") reads letter by letter too: one company, one id.
_CLOSING_ONLY_PARTS = frozenset({"Тех"})
_ENGLISH_PART = re.compile(
    "|".join(
        rf"{part}(?!\w)" if part in _CLOSING_ONLY_PARTS else rf"{part}(?![а-яёіїєʼ'’])"
        for part in _ENGLISH_PARTS
    )
)
# English stems such names glue to other words, capitalised or not ("Поділля-Агроекспорт",
# "Південагроекспорт"): Agroexport, as the company writes it, not "Ahroeksport"; and "agrotech"
# closing such a word ("Гомельагротех": Gomelagrotech), not the Russian word it opens
# ("Агротехнологии"), nor a "тех" of another word ("Ростех").
_ENGLISH_STEMS = {"агро": "agro", "експорт": "export", "экспорт": "export", "агротех": "agrotech"}
_ENGLISH_STEM = re.compile("(?i:агротех(?![а-яёіїєʼ'’])|агро|експорт|экспорт)")
# Russian й before a consonant is "i" in the Latin names firms sign with ("Сайма" -> Saima, as
# a final й is already "Altai"), where the reading of people's names keeps "y" (Zaytseva).
_RUSSIAN_I = re.compile("(?<=[аеоуыэюя])й(?=[бвгджзклмнпрстфхцчшщ])", re.IGNORECASE)
# A Spanish (Cuban) state enterprise named by its trade, its goods and its own name:
# "Empresa Agroindustrial Aguada", "Empresa Agroindustrial de Granos (de) Cauto", its own name
# perhaps two words linked by "de" or "del" ("Sur del Jíbaro"). The words are
# the trade's, their English closes the name: Cauto Agroindustrial Grain Enterprise, as such a
# state enterprise translates "Empresa" (not "Company").
_ENTERPRISE_WORDS = {
    "agroindustrial": "Agroindustrial", "agropecuaria": "Agricultural", "pecuaria": "Livestock",
    "pesquera": "Fishing", "azucarera": "Sugar", "forestal": "Forestry", "cafetalera": "Coffee",
    "tabacalera": "Tobacco", "citricola": "Citrus", "granos": "Grain", "citricos": "Citrus",
    "cafe": "Coffee", "tabaco": "Tobacco", "arroz": "Rice", "agroforestal": "Agroforestry",
}  # fmt: skip
_ENTERPRISE = re.compile(
    r"(?<!\w)Empresa[ \t]+(?P<trade>Agroindustrial|Agroforestal|Agropecuaria|Pecuaria|Pesquera"
    r"|Azucarera"
    r"|Forestal|Cafetalera|Tabacalera|Citrícola)"
    r"(?:[ \t]+de[ \t]+(?P<product>Granos|Cítricos|Café|Tabaco|Arroz))?"
    r"[ \t]+(?:de[ \t]+)?"
    r"(?P<name>[A-ZÁÉÍÓÚÑ]\w+(?:[ \t]+(?:del?[ \t]+)?[A-ZÁÉÍÓÚÑ]\w+){0,2})"
)
# An Italian works is named by its trade's word in -ificio (calzaturificio: shoe factory,
# maglificio, pastificio, caseificio, mobilificio) and its own name; the trade's word, in small
# letters in running text ("il calzaturificio Rossetti S.r.l."), opens the name it signs with.
_TRADE_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Za-z]{2,20}ificio)[ \t]+$", re.IGNORECASE)
_TRADE_WORD_CHARS = 28
# A country's possessive ending before a company's name: "Japan's".
_POSSESSIVE = re.compile(r"['’]s[ \t]+")
# The place a company is based in, written right before its name: "Hamilton-based"; or in
# the words that describe it right after its form: "Acme Co., Ltd., a Busan-based maker".
# Words in small letters may say what it is between ("Portland-based engineering firm").
_BASED = re.compile(
    r"(?<![\w-])([A-Z][\w'’]+(?:[ \t][A-Z][\w'’]+)?)-based[ \t]+(?:[a-z]+[ \t]+){0,2}$"
)
_DESCRIBED = re.compile(r",[ \t]+an?[ \t]+")
_BASED_AFTER = re.compile(r",?[ \t]+an?[ \t]+([A-Z][\w'’]+(?:[ \t][A-Z][\w'’]+)?)-based(?!\w)")
# ... or where it has its seat, by language: "Acme Co., Ltd., a company headquartered in
# Cheonan", "Acme GmbH mit Sitz in Zittau", "Acme S.A., con sede en Valencia"; in English after
# up to six words in small letters or hyphenated ("a supplier of camera modules and hinges
# headquartered in", "a camera-module maker headquartered in") or "which is".
_SEAT_WORDS = {
    "en": r",?[ \t]+(?:an?[ \t]+(?:[a-z]+(?:-[a-z]+)*[ \t]+){0,6}|(?:which|that)[ \t]+is[ \t]+)?"
    r"(?:headquartered|based)[ \t]+in",
    "de": r",?[ \t]+mit[ \t]+(?:Sitz|Hauptsitz|Firmensitz|Stammsitz)[ \t]+in",
    "fr": r",?[ \t]+(?:une?[ \t]+(?:[a-zé]+[ \t]+){0,3})?(?:basée?|installée?|implantée?)[ \t]+à",
    "es": r",?[ \t]+(?:una?[ \t]+(?:[a-z]+[ \t]+){0,3})?(?:con[ \t]+sede|radicada)[ \t]+en",
    "it": r",?[ \t]+(?:una?[ \t]+(?:[a-z]+[ \t]+){0,3})?con[ \t]+sede[ \t]+a",
    "pt": r",?[ \t]+(?:uma?[ \t]+(?:[a-z]+[ \t]+){0,3})?com[ \t]+sede[ \t]+em",
}
_SEATED_AFTER = {
    lang: re.compile(words + r"[ \t]+([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)(?![ \t]*[A-Z])")
    for lang, words in _SEAT_WORDS.items()
}
# A company described as a unit of a country's group right after its form: "Seorim Marine Co.,
# Ltd., a unit of Korea's Hanul Holdings" is Korea's.
_UNIT_OF = re.compile(r",[ \t]+an?[ \t]+(?:unit|subsidiary|affiliate|arm|division)[ \t]+of[ \t]+")
# A word ending so ends a sentence or a clause before the name.
_ENDS = (".", ",", ":", ";")
# ... and so does where it is based ("Hamilton-based"), which says whose it is (_based_in).
_ENDS_NAME = (*_ENDS, "-based")
_LATIN_OR_CYRILLIC_CAPITAL = re.compile(r"[A-ZА-ЯЁІЇЄ]")
# Words that make a name Vietnam's, folded.
_VIETNAMESE_WORD = re.compile(r"(?<!\w)(?:viet ?nam|saigon|sai gon|ha ?noi)(?!\w)")
# Languages in which Vietnam's own press names Vietnam's companies by English names and legal
# forms ("Sun Group Corporation", "Bamboo Airways"): there a company is foreign only when its
# nationality is written beside it or a foreign place is in its name, never by the article's
# one foreign country.
_EXPLICIT_ONLY = frozenset({"en"})
# Languages whose articles are about Vietnam's side in Vietnam's own words: their companies are
# Vietnam's.
_OWN = frozenset({"vi"})


def find_companies(
    registries: Registries,
    lang: str,
    text: str,
    matches: list[Match],
    article_country: str | None = None,
) -> list[Body]:
    """The foreign companies and foundations ``text`` names (see the module);
    ``article_country`` is the one foreign country of the whole article's places (the headline's
    too), whose the bodies are when the text itself names none."""
    if lang in _OWN or not _LATIN_OR_CYRILLIC_CAPITAL.search(text):
        return []
    # Whose a body is when nothing beside it says: the same for every body of the text, so
    # read once (a page may name thousands of companies).
    fallback = _Fallback(
        only_or_home(registries, lang, matches) or article_country,
        only_country(registries, matches) or article_country,
    )
    return sorted(
        [
            *_companies(registries, lang, text, matches, fallback),
            *_airlines(registries, lang, text, matches, fallback),
            *_cyrillic_companies(registries, lang, text, matches, fallback),
            *unquoted_plants(registries, lang, text, matches),
            *_foundations(registries, lang, text, matches, fallback),
            *_spanish_enterprises(registries, lang, text, matches, fallback),
        ],
        key=lambda body: body.start,
    )


class _Fallback(NamedTuple):
    """The country of a body nothing beside names: the article's one foreign country or its
    language's (``home``), or its one foreign country alone (``foreign``); either else the
    whole article's one foreign country."""

    home: str | None
    foreign: str | None


def _companies(
    registries: Registries, lang: str, text: str, matches: list[Match], fallback: _Fallback
) -> Iterator[Body]:
    for form in _FORMS.finditer(text):
        # Four words back at most: the search need not scan the text before them.
        window = max(0, form.start() - _NAME_CHARS)
        written_so = _quoted_or_czech(registries, lang, text, matches, form, fallback)
        if written_so is not None:
            yield from written_so
            continue
        before = _NAME_BEFORE.search(text, window, form.start())
        if before is None and _COMMA_FORMS.fullmatch(form.group(0)):
            before = _NAME_BEFORE_COMMA.search(text, window, form.start())
            if before is not None and _only_a_place(matches, before.start(1), before.end(1)):
                continue  # a list's place before the comma ("... em Portugal, Lda. e"), no name
        if before is None:
            continue
        start, name = _name(text, before.start(1), before.end(1))
        if name:
            start, name = _with_trade_word(text, start, name)
        start, name = _without_nationality(registries, lang, text, start, name)
        start, name = _without_company_word(registries, lang, start, name)
        start, name = _without_seat(registries, lang, text, start, name)
        owner = _possessive_country(registries, text, start, matches)
        if owner is not None:
            start, name = owner[1], name[owner[1] - start :]
        if not name or _named_after_a_vietnamese_place(registries, lang, text, start, name):
            continue
        span = (start, form.end())
        country = (
            owner[0]
            if owner is not None
            else _country(registries, lang, text, matches, span, fallback, form=form.group(0))
        )
        if owner is not None:
            start = owner[2]  # the country is the company's: not a partner of its own there
        if country is None:
            continue
        kind = "organisation" if _ASSOCIATION.fullmatch(form.group(0)) else "company"
        # The place it is based in, described after it, is the company's, no partner there.
        described = _BASED_AFTER.match(text, form.end()) or _seated_after(lang, text, form.end())
        end = form.end() if described is None else described.end()
        yield Body(start, end, Unlisted.named(country, name, kind))


def _quoted_or_czech(
    registries: Registries,
    lang: str,
    text: str,
    matches: list[Match],
    form: re.Match[str],
    fallback: _Fallback,
) -> list[Body] | None:
    """The company of a name in quotes right before its form, or of a Czech name whose words
    after the first are in small letters; None when the name before the form is neither."""
    window = max(0, form.start() - _NAME_CHARS)
    quoted = _QUOTED_BEFORE.search(text, window, form.start())
    if quoted is not None:
        return list(_quoted(registries, lang, text, matches, (quoted, form), fallback))
    if form.group(0) not in _CZECH_FORMS:
        return None
    czech = _CZECH_NAME_BEFORE.search(text, window, form.start())
    if czech is None:
        return None
    return list(_czech(registries, lang, text, matches, (czech, form), fallback))


def _quoted(
    registries: Registries,
    lang: str,
    text: str,
    matches: list[Match],
    found: tuple[re.Match[str], re.Match[str]],
    fallback: _Fallback,
) -> Iterator[Body]:
    """The company whose name is quoted right before its legal form: the quoted words."""
    quoted, form = found
    name = quoted.group(1).strip()
    if not slugify(name) or all(is_vi_syllable(w) for w in fold(name).split()):
        return
    country = _country(registries, lang, text, matches, (quoted.start(), form.end()), fallback)
    if country is not None:
        kind = "organisation" if _ASSOCIATION.fullmatch(form.group(0)) else "company"
        yield Body(quoted.start(), form.end(), Unlisted.named(country, name, kind))


def _czech(
    registries: Registries,
    lang: str,
    text: str,
    matches: list[Match],
    found: tuple[re.Match[str], re.Match[str]],
    fallback: _Fallback,
) -> Iterator[Body]:
    """The Czech or Slovak company whose name, in small letters after its first word, stands
    right before its form."""
    before, form = found
    span = (before.start(1), form.end())
    country = _country(registries, lang, text, matches, span, fallback, form=form.group(0))
    if country is not None:
        yield Body(span[0], span[1], Unlisted.named(country, before.group(1), "company"))


# A word for "of" or "from" right before the words read as a name: they were cut from a longer
# phrase ("La empresa de Alhama de Murcia Frutas Segura Hermanos, S.L."), folded.
_FROM_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(_LINKS)}|aus|from|z|ze)[ \t]+$")


def _without_seat(
    registries: Registries, lang: str, text: str, start: int, name: str
) -> tuple[int, str]:
    """The name without the city it opens with when a word for "of" or "from" stands right
    before it: the city is the company's seat, said before its name ("empresa de Alhama de
    Murcia Frutas Segura Hermanos, S.L."), not a word of it; one or two words GeoNames knows as
    a city of the article's language's countries, a capitalised word left after them."""
    if not _FROM_BEFORE.search(fold(text[max(0, start - 8) : start])):
        return start, name
    words = name.split(" ")
    for size in (2, 1):
        if len(words) <= size or not words[size][:1].isupper():
            continue
        if confirmed_city(registries, " ".join(words[:size]), where_cities(lang, ())) is None:
            continue
        cut = re.compile(rf"(?:\S+[ \t]+){{{size}}}").match(text, start)
        if cut is not None:
            return cut.end(), " ".join(words[size:])
    return start, name


def _only_a_place(matches: list[Match], start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are one registry name and nothing more."""
    return any(m.start <= start and end <= m.end for m in matches)


def _cyrillic_companies(
    registries: Registries, lang: str, text: str, matches: list[Match], fallback: _Fallback
) -> Iterator[Body]:
    if "«" not in text and '"' not in text and "“" not in text:
        return
    for found in _CYRILLIC_FORMS.finditer(text):
        if _VIETNAMESE_BEFORE.search(text, max(0, found.start() - 30), found.start()):
            continue
        if found.group("ua"):
            fallback = _Fallback(fallback.home or _UKRAINE, fallback.foreign or _UKRAINE)
        country = _country(registries, lang, text, matches, found.span(), fallback)
        if country is None:
            continue
        own = found.group("name").strip()
        name = (
            plant_name(registries, lang, own, country)
            or airport_name(lang, own)
            or described_company_name(registries, lang, own)
            or _cyrillic_reading(own, lang, country)
        )
        # The Latin reading writes "ВостокАвиа" as Vostokavia: its "avia" says airline still.
        if (
            found.group("air")
            and not name.endswith(("Air", "Airlines"))
            and not name.lower().endswith("avia")
        ):
            name = f"{name} Airlines"
        if not slugify(name):
            continue
        yield Body(found.start(), found.end(), Unlisted.named(country, name, "company"))


def _cyrillic_reading(name: str, lang: str, country: str) -> str:
    """A company's own name in Cyrillic as it signs in Latin letters: a Japanese company's in
    Hepburn («Тоёсима Сэйки»: Toyoshima Seiki, not "Toyosima Seyki"), another's with its English
    parts in English and the rest read letter by letter."""
    if country == _JAPAN:
        return hepburn_reading(name)
    return latin_reading(_english_parts(name), lang, country)


def _english_parts(name: str) -> str:
    """A Cyrillic company name whose parts, written with a capital each ("СибАгроТех"), include
    English words written in Cyrillic: those parts in their English spelling (SibAgroTech), as
    such companies write their Latin names, not letter by letter ("SibAgroTekh")."""
    name = _ENGLISH_PART.sub(lambda m: _ENGLISH_PARTS[m.group(0)], name)
    name = _ENGLISH_STEM.sub(lambda m: _english_stem(m.group(0)), name)
    return _RUSSIAN_I.sub("i", name)


def _english_stem(stem: str) -> str:
    english = _ENGLISH_STEMS[stem.lower()]
    return english.capitalize() if stem[0].isupper() else english


def _airlines(
    registries: Registries, lang: str, text: str, matches: list[Match], fallback: _Fallback
) -> Iterator[Body]:
    if "Air" not in text:
        return
    for found in _AIRLINE.finditer(text):
        start, name = _name(text, found.start(1), found.end(1), keep_last=True)
        if not name or len(name.split()) < 2:
            continue
        # Airlines fly to Vietnam from everywhere: the article's language says nothing of
        # whose one is ("Bamboo Airways" in a German paper).
        span = (start, found.end())
        country = _country(registries, lang, text, matches, span, fallback, home=False)
        if country is None:
            continue
        yield Body(start, found.end(), Unlisted.named(country, name, "company"))


def _name(text: str, start: int, end: int, keep_last: bool = False) -> tuple[int, str]:
    """The name's start and its words: the capitalised words before the form, from the last
    word that is no article, linking or company word."""
    words = list(re.finditer(r"\S+", text[start:end]))
    kept: list[re.Match[str]] = []
    for index, word in enumerate(reversed(words)):
        last = keep_last and index == 0  # the airline's own word closes its name
        text_of = word.group(0)
        if kept and fold(text_of) in _LINKS:
            kept.insert(0, word)  # "do" in "Camarões do Nordeste": kept if a name word opens it
            continue
        opens = text_of[:1].isupper() or text_of[:1].isdigit() or text_of.startswith(("d'", "d’"))
        if not last and (not opens or _not_name(text_of) or text_of.endswith(_ENDS_NAME)):
            break
        kept.insert(0, word)
    while kept and fold(kept[0].group(0)) in _LINKS:
        kept.pop(0)
    if not kept:
        return end, ""
    name = " ".join(w.group(0) for w in kept)
    if all(is_vi_syllable(w) for w in fold(name).split()):
        return end, ""  # "Hoa Phat JSC", "Thanh Cong Ltd.": shaped like Vietnam's own
    return start + kept[0].start(), name


# An article elided before a word ("L'azienda", "L’entreprise"): the word says whether it names.
_ELIDED_ARTICLE = re.compile(r"^l['’](?=\w)")


def _not_name(word: str) -> bool:
    """Whether a word before a company's form is no word of its name: an article, a linking
    word or the word for a company, perhaps after an elided article ("L'azienda Ceramiche
    Manfredi S.r.l." is Ceramiche Manfredi)."""
    folded = fold(word)
    return folded in _NOT_NAME or _ELIDED_ARTICLE.sub("", folded) in _NOT_NAME


# The capitalised words right before a company's name as read: the name stops at four words
# ("Nam" of "Nam Dinh Textile Joint Stock Corporation") or after a place it takes for another
# ("Hoi An" of "Hoi An Textile Corporation").
_CAPITALISED_BEFORE = re.compile(rf"(?<!\w)((?:{_WORD}[ \t]+){{1,2}})$")
_WORD_BEFORE_CHARS = 32
_PLACE_WORDS = (2, 3)


def _named_after_a_vietnamese_place(
    registries: Registries, lang: str, text: str, start: int, name: str
) -> bool:
    """Whether the company's name opens with a Vietnamese ward's or province's name of two or
    three words, its first words perhaps just before the name as read ("la Nam Dinh Textile
    Joint Stock Corporation", "la Hoi An Textile Corporation"): a Vietnamese company named
    after its home, no foreign one (digest.extract.vietnam_places)."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - _WORD_BEFORE_CHARS), start)
    earlier = before.group(1).split() if before is not None else []
    words = name.split()
    openings = {
        " ".join([*earlier[len(earlier) - back :], *words][:count])
        for back in range(len(earlier) + 1)
        for count in _PLACE_WORDS
        if back <= count and count - back < len(words)
    }
    return any(vietnamese_place(registries, opening, lang) for opening in openings)


def _with_trade_word(text: str, start: int, name: str) -> tuple[int, str]:
    """The name with the Italian trade's word right before it, which is part of it
    ("maglificio Rossetti" -> "Maglificio Rossetti")."""
    trade = _TRADE_WORD_BEFORE.search(text, max(0, start - _TRADE_WORD_CHARS), start)
    if trade is None:
        return start, name
    word = trade.group(1)
    return trade.start(1), f"{word[:1].upper()}{word[1:]} {name}"


def _without_nationality(
    registries: Registries, lang: str, text: str, start: int, name: str
) -> tuple[int, str]:
    """The name without a nationality adjective opening it ("Japanese Aeon Mall"): the
    adjective says whose the company is, it is not its name."""
    for demonym in find_demonyms(registries, lang, text):
        if demonym.start == start:
            rest = text[demonym.end : start + len(name)]
            return start + len(name) - len(rest.lstrip()), rest.strip()
    return start, name


def _without_company_word(
    registries: Registries, lang: str, start: int, name: str
) -> tuple[int, str]:
    """The name without a word for a company opening it, which says what the company is
    ("Reederei Elbtal Schifffahrt GmbH": a shipping line), a name of two words or more left."""
    words = company_words(registries, lang)
    first, _, rest = name.partition(" ")
    if rest and _city_adjective(registries, lang, first):
        # "Rosenheimer Strickmaschinenfirma Heilmeier Textiltechnik GmbH": the city's
        # adjective before a word for a company says where the company is, not its name.
        seated = _without_company_word(registries, lang, start + len(first) + 1, rest)
        if seated[0] != start + len(first) + 1:
            return seated
    folded = fold(first)
    if not rest or not any(folded.endswith(w[1:]) if w[:1] == "-" else folded == w for w in words):
        return start, name
    return start + len(first) + 1, rest


# German names a city's people and things by the city's name and "-er" ("Rosenheimer",
# "Linzer"), a capital first.
_CITY_ADJECTIVE = {"de": re.compile(r"([A-ZÄÖÜ][a-zäöüß]{2,})er")}


def _city_adjective(registries: Registries, lang: str, word: str) -> bool:
    """Whether ``word`` is a city's adjective in ``lang``: a known city of the language's
    countries and "-er" ("Rosenheimer": Rosenheim)."""
    adjective = _CITY_ADJECTIVE.get(lang)
    city = adjective.fullmatch(word) if adjective else None
    return (
        city is not None and confirmed_city(registries, city[1], where_cities(lang, ())) is not None
    )


def _possessive_country(
    registries: Registries, text: str, start: int, matches: list[Match]
) -> tuple[str, int, int] | None:
    """A country opening the name in the possessive ("Japan's Mirai Foods Co., Ltd."): whose
    the company is, not its name. Its code, where the name after it starts, where it starts."""
    for match in matches:
        if match.start != start or match.target[0] != PARTNER:
            continue
        partner = registries.partners.get(match.target[1])
        possessive = _POSSESSIVE.match(text, match.end)
        if partner is None or partner.kind != "country" or possessive is None:
            continue
        return partner.id.upper(), possessive.end(), match.start
    return None


def _foundations(
    registries: Registries, lang: str, text: str, matches: list[Match], fallback: _Fallback
) -> Iterator[Body]:
    compounds = _FOUNDATION_COMPOUND.finditer(text) if lang == "de" else ()
    for found in (*_FOUNDATION.finditer(text), *compounds):
        if ACRONYM.match(text, found.end()):
            continue  # named with its acronym, which makes its id (digest.extract.acronyms)
        name = found.group(1).replace("-", " ").strip()
        if all(is_vi_syllable(w) for w in fold(name).split()):
            continue
        country = _country(registries, lang, text, matches, found.span(), fallback)
        if country is None:
            continue
        # A foundation named by what it furthers ("Fundacja Rozwoju Wsi": Rural Development
        # Foundation) is named in English, as a ministry's portfolio is.
        english = f"{portfolio_english(registries, lang, name) or name} Foundation"
        yield Body(found.start(), found.end(), Unlisted.named(country, english))


def _spanish_enterprises(
    registries: Registries, lang: str, text: str, matches: list[Match], fallback: _Fallback
) -> Iterator[Body]:
    if lang != "es" or "Empresa" not in text:
        return
    for found in _ENTERPRISE.finditer(text):
        name = found.group("name")
        if all(is_vi_syllable(w) for w in fold(name).split()):
            continue
        country = _country(registries, lang, text, matches, found.span(), fallback)
        if country is None:
            continue
        trade = _ENTERPRISE_WORDS[fold(found.group("trade"))]
        product = found.group("product")
        goods = f" {_ENTERPRISE_WORDS[fold(product)]}" if product else ""
        english = f"{name} {trade}{goods} Enterprise"
        yield Body(found.start(), found.end(), Unlisted.named(country, english, "company"))


# The words for "from" that name the place a company is from right after its form, a word
# for a company allowed between ("Textilwerke GmbH aus Zittau", "Tasman Holdings Limited of
# Nelson", "Conservas Lusas, S.A. — empresa de Ílhavo"): a registry place or a known city there
# says whose the company is.
_FROM_WORDS = {
    "en": ("from", "of"), "de": ("aus",), "fr": ("de",), "es": ("de",), "it": ("di", "da"),
    "pt": ("de", "da", "do"),
}  # fmt: skip


@functools.cache
def _from_place(registries: Registries, lang: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in company_words(registries, lang) if " " not in w)
    return re.compile(
        rf",?[ \t]+(?:[—–-][ \t]+)?(?:(?i:{words})[ \t]+)?(?:{'|'.join(_FROM_WORDS[lang])})[ \t]+"
        r"([A-ZÀ-ÞĀ-Ž][\w'’-]+(?:[ \t][A-ZÀ-ÞĀ-Ž][\w'’-]+)?)(?![ \t][A-ZÀ-ÞĀ-Ž])"
    )


def _seated_after(lang: str, text: str, end: int) -> re.Match[str] | None:
    seated = _SEATED_AFTER.get(lang)
    return None if seated is None else seated.match(text, end)


def _unit_of(registries: Registries, text: str, end: int, matches: list[Match]) -> str | None:
    """The country whose group the company is a unit of, written right after its form
    (``_UNIT_OF``): a registry country with its possessive ending."""
    unit = _UNIT_OF.match(text, end)
    if unit is None:
        return None
    for match in matches:
        if match.start == unit.end() and _POSSESSIVE.match(text, match.end):
            partner = registries.partners.get(match.target[1])
            if match.target[0] == PARTNER and partner is not None and partner.kind == "country":
                return partner.id.upper()
    return None


def _based_in(
    registries: Registries, lang: str, text: str, span: tuple[int, int], matches: list[Match]
) -> str | None:
    """The country of the place a company is "based" in, written right before its name
    ("Hamilton-based Kiwi Dairy Genetics Ltd") or after it ("..., a Busan-based maker"): a
    registry place, else a city of the packaged gazetteer in a country the text names.
    Vietnam's own press does not introduce Vietnam's companies so, which is why English may
    trust it."""
    start, end = span
    based = (
        _BASED.search(text, max(0, start - _NAME_CHARS), start)
        or _BASED_AFTER.match(text, end)
        or _seated_after(lang, text, end)
        or (_from_place(registries, lang).match(text, end) if lang in _FROM_WORDS else None)
    )
    if based is None:
        return None
    for match in matches:
        if match.start == based.start(1) and match.end == based.end(1):
            partner = registries.partners.get(match.target[1])
            return None if partner is None else partner.country or partner.id.upper()
    named = (
        registries.partners[m.target[1]].country or m.target[1].upper()
        for m in matches
        if m.target[0] == PARTNER and m.target[1] in registries.partners
    )
    city = confirmed_city(registries, based.group(1), where_cities(lang, named))
    return None if city is None else city[0]


def _country(
    registries: Registries,
    lang: str,
    text: str,
    matches: list[Match],
    span: tuple[int, int],
    fallback: _Fallback,
    home: bool = True,
    form: str = "",
) -> str | None:
    """Whose the body is: a registry place inside its name (a Vietnamese province makes it
    Vietnam's), a nationality adjective in or right before it, the one country its legal
    ``form`` belongs to, else ``fallback`` (the article's one foreign country or the country of
    its language); None when nothing says."""
    start, end = span
    form_countries = (*_FORM_COUNTRIES, *_LANGUAGE_FORM_COUNTRIES.get(lang, ()))
    form_country = next(
        (code for opening, code in form_countries if form.startswith(opening)), None
    )
    for match in matches:
        if start <= match.start and match.end <= end:
            if match.target[0] != PARTNER:
                return None
            partner = registries.partners.get(match.target[1])
            if partner is not None and partner.kind not in _PLACES:
                return None  # the registry lists the body itself
            if partner is not None and partner.kind == "country" and form_country is not None:
                # A country's name that is also a common word ("Camarões do Nordeste Ltda.":
                # Portuguese shrimps, and Cameroon): the form of one country's law says whose.
                continue
            code = partner.country or partner.id.upper() if partner is not None else None
            if code:
                return None if code == _VIETNAM else code
    if _VIETNAMESE_WORD.search(fold(text[start:end])):
        return None  # "Vietnam Airlines", "Saigon Co., Ltd."
    demonyms = find_demonyms(registries, lang, text)
    demonym = (
        demonym_beside(demonyms, text, start, end)
        or _demonym_before_company_word(registries, lang, demonyms, text, start)
        or _demonym_described_after(demonyms, text, end)
    )
    if demonym is not None:
        return None if demonym.country == _VIETNAM else demonym.country
    based = (
        _based_in(registries, lang, text, span, matches)
        or _unit_of(registries, text, end, matches)
        or country_said_after(registries, lang, text, end, matches)
        or form_country
    )
    if based is not None or lang in _EXPLICIT_ONLY:
        return None if based in (None, _VIETNAM) else based
    country = fallback.home if home else fallback.foreign
    return None if country in (None, _VIETNAM) else country


def _demonym_before_company_word(
    registries: Registries, lang: str, demonyms: list[Demonym], text: str, start: int
) -> Demonym | None:
    """The nationality adjective before the word for a company right before the name, which
    says whose the company is ("niemiecką firmą Rheintex GmbH"):
    the word for a company is no part of the name, so the adjective does not stand beside it."""
    words = company_words(registries, lang)
    for demonym in demonyms:
        near = demonym.end <= start <= demonym.end + _COMPANY_WORD_CHARS
        if near and fold(text[demonym.end : start]).strip() in words:
            return demonym
    return None


def _demonym_described_after(demonyms: list[Demonym], text: str, end: int) -> Demonym | None:
    """The nationality adjective of the words that describe a company right after its name
    and form ("Hanul Tech Co., Ltd., a Korean maker of …")."""
    for demonym in demonyms:
        if end < demonym.start <= end + _COMPANY_WORD_CHARS and _DESCRIBED.fullmatch(
            text, end, demonym.start
        ):
            return demonym
    return None
