"""The English name of a public body named in French, Spanish, Italian or Portuguese, composed
word by word where every word of its name is one of a closed lexicon: its kind word, "national",
the research and development words, and the fields such bodies work in ("Instituto de
Investigaciones de Granos" is the Grain Research Institute, "Institut national du patrimoine" the
National Heritage Institute, "Asociación Nacional de Agricultores Pequeños" the National
Association of Small Farmers).

A Romance name is its kind word, the adjectives after it, then phrases linked by "de", each a
noun and its adjectives; English puts the phrases before the kind word, the last first, each
phrase's adjectives before its noun ("Investigaciones en Fruticultura Tropical": Tropical Fruit
Research). A phrase naming the members a body gathers comes after "of" ("… of Small Farmers").
The body's country named at the end ("… de Cuba") is its id's, not a word of its name; a
registry place there is the name's first word ("Instituto de Fomento de la Región de Murcia":
Murcia Development Institute). A name holding any other word is not composed: its brand or
acronym stays its id (the "Instituto Valenciano de Investigaciones Agrarias (IVIA)").

digest.extract.acronyms names a body glossed by its initials so; ``find_composed_bodies`` reads
the research bodies and those named by their nationality ("Association mongole du tourisme")
that an article names without an acronym, and the cooperatives named by their trade and own name
("Cooperativa de Créditos y Servicios Antonio Maceo").

The words are a closed list per language, so they live here beside the rule.
"""

from __future__ import annotations

import re

from digest.extract.demonyms import find_demonyms
from digest.extract.gazetteer import PARTNER, Match
from digest.extract.unlisted import Body, Unlisted
from digest.registries import Registries
from digest.text import fold, slugify

_VIETNAM = "VN"


def _each(words: str, english: str) -> dict[str, str]:
    return dict.fromkeys(words.split(), english)


# The kind words, folded, by the English kind they name.
_KINDS: dict[str, str] = {
    "instituto": "Institute",
    "institut": "Institute",
    "istituto": "Institute",
    "asociacion": "Association",
    "associacao": "Association",
    "association": "Association",
    "associazione": "Association",
    "agencia": "Agency",
    "agence": "Agency",
    "agenzia": "Agency",
    "federacion": "Federation",
    "federacao": "Federation",
    "federation": "Federation",
    "federazione": "Federation",
    "centro": "Centre",
    "centre": "Centre",
}
# Adjectives, folded (masculine, feminine and plural forms), and their English.
_ADJECTIVES: dict[str, str] = {
    **_each("nacional nacionales national nationale nazionale", "National"),
    **_each(
        "agropecuario agropecuaria agropecuarias agropecuarios agropecuarie agrario agraria"
        " agrarias agrarios agrarie agricola agricolas agricole agricoles",
        "Agricultural",
    ),
    **_each("agro-forestales agroforestales agroflorestais", "Agroforestry"),
    **_each("forestal forestales florestal florestais", "Forestry"),
    **_each("tropical tropicales tropicais tropicaux", "Tropical"),
    **_each("rural rurales rurais rurale rurali", "Rural"),
    **_each("pequenos pequeno petits piccoli", "Small"),
    **_each("cientifica cientificas scientifique scientifica", "Scientific"),
}
# Nouns, folded, and their English as a modifier before the kind word.
_NOUNS: dict[str, str] = {
    **_each(
        "investigaciones investigacion pesquisa pesquisas recherche recherches ricerca ricerche",
        "Research",
    ),
    **_each("fomento desarrollo desenvolvimento developpement sviluppo", "Development"),
    **_each("granos graos cereales cereais", "Grain"),
    **_each("fruticultura fruticulture frutticoltura", "Fruit"),
    **_each("patrimonio patrimoine", "Heritage"),
    **_each("tecnologia technologie", "Technology"),
    **_each("agricultura agriculture agricoltura", "Agriculture"),
    **_each("pesca peche", "Fisheries"),
    **_each("turismo tourisme", "Tourism"),
}
# Nouns naming the people a body gathers, folded: the phrase goes after "of".
_MEMBERS: dict[str, str] = {
    **_each("agricultores agriculteurs agricoltori", "Farmers"),
    **_each("productores produtores producteurs produttori", "Producers"),
    **_each("exportadores exportateurs esportatori", "Exporters"),
    **_each("cafeicultores caficultores", "Coffee Growers"),
    **_each("cuochi cocineros cuisiniers cozinheiros", "Chefs"),
}
# The words linking a name's phrases, folded.
_LINKS = frozenset(
    {"de", "del", "de la", "de las", "de los", "des", "du", "de l'", "d'", "di", "della",
     "delle", "dei", "degli", "da", "do", "das", "dos", "en", "em", "para", "pour", "per"}
)  # fmt: skip
# A region's or province's word before a registry place that closes the name.
_PLACE_WORDS = frozenset(
    {"region", "regiao", "regione", "provincia", "province", "estado", "etat", "departamento"}
)
# An article before the kind word, folded.
_ARTICLES = frozenset({"el", "la", "l'", "le", "il", "lo", "o", "a"})
# Words that carry a name on after the words the lexicon reads, folded: articles, prepositions
# and "and" ("Centre de recherche sur les cultures pérennes", "… de Pesca y Acuicultura").
_NAME_GOES_ON = frozenset(
    {"les", "los", "las", "gli", "os", "as", "sur", "sobre", "su", "sulla", "sul", "avec", "con",
     "com", "contre", "contra", "a", "au", "aux", "al", "ao", "aos", "na", "no", "nos", "nas",
     "nel", "nella", "dans", "entre", "et", "y", "e", "ed", "pela", "pelo", "por"}
)  # fmt: skip
_AND = frozenset({"et", "y", "e", "ed"})
_WORD = re.compile(r"[\w'’-]+")
LANGUAGES = frozenset({"es", "fr", "it", "pt"})


def composed_name(
    lang: str, name: str, place: str = "", country_named: str = "", nationality: str = ""
) -> str | None:
    """The English name of the body ``name`` (its full name, the kind word first) where every
    word is the lexicon's (see the module); None otherwise. ``place`` is the English name of a
    registry place that closes the name, ``country_named`` the name's closing words that are its
    country (both "" for none), dropped; ``nationality`` the English adjective of the
    nationality word right after the kind word ("Association mongole": Mongolian), "" for
    none."""
    if lang not in LANGUAGES:
        return None
    words = _words(name, place, country_named)
    if not words or words[0] not in _KINDS:
        return None
    if nationality:
        if len(words) < 3:  # the kind, the nationality and a word more
            return None
        words = [words[0], *words[2:]]  # the nationality word is read by the caller
    read = _phrases(words)
    if read is None:
        return None
    national, phrases, members = read
    english = [
        *([place] if place else []),
        *([nationality] if nationality else []),
        *(["National"] if national else []),
    ]
    name_en = " ".join([*english, *reversed(phrases), _KINDS[words[0]]])
    return f"{name_en} of {' and '.join(members)}" if members else name_en


def _words(name: str, place: str, country_named: str) -> list[str]:
    """The folded words of ``name`` from its kind word, without an article before it nor the
    place or country closing it (nor the words of the place's kind and the links before it)."""
    text = name.strip()
    for tail in (country_named, place):
        if tail and fold(text).endswith(fold(tail)):
            text = text[: len(text) - len(tail)].rstrip()
    words: list[str] = []
    for word in (fold(w).replace("’", "'") for w in _WORD.findall(text)):
        if "'" in word[:-1]:  # "de l'Agriculture": the elided article is a word of its own
            head, rest = word.split("'", 1)
            words += [f"{head}'", rest]
        else:
            words.append(word)
    if words and words[0] in _ARTICLES:  # "El Instituto …", "L'Institut …"
        words = words[1:]
    if place:  # "… de la Región de Murcia": the place's words close the name
        while words and (words[-1] in _PLACE_WORDS or _is_link(words, len(words) - 1)):
            words.pop()
    return words


def _phrases(words: list[str]) -> tuple[bool, list[str], list[str]] | None:
    """Whether the name says "national" after its kind word, its phrases in English (a noun
    after its adjectives) and its members' phrases; None where a word is not the lexicon's."""
    national, phrases, members = False, [], []
    index = 1
    while index < len(words) and _ADJECTIVES.get(words[index]) == "National":
        national, index = True, index + 1
    while index < len(words):
        link = _link_at(words, index)
        word = words[index]
        if link:
            index += link
            continue
        if word not in _NOUNS and word not in _MEMBERS:
            return None
        adjectives = []
        index += 1
        while index < len(words) and words[index] in _ADJECTIVES:
            adjectives.append(_ADJECTIVES[words[index]])
            index += 1
        phrase = " ".join([*adjectives, _NOUNS.get(word) or _MEMBERS[word]])
        (members if word in _MEMBERS else phrases).append(phrase)
    return (national, phrases, members) if phrases or members else None


def _link_at(words: list[str], index: int) -> int:
    """How many words of a linking word open at ``index`` (0 for none)."""
    if index + 1 < len(words) and f"{words[index]} {words[index + 1]}" in _LINKS:
        return 2
    return 1 if words[index] in _LINKS else 0


def _is_link(words: list[str], index: int) -> bool:
    return words[index] in _LINKS or words[index] in {"la", "las", "los", "le", "les"}


# A cooperative named by its trade, then its own name: "Cooperativa de Créditos y Servicios
# Antonio Maceo" (Antonio Maceo Credit and Services Cooperative), "Cooperativa de Créditos y
# Servicios (CCS) Río Hondo", "Cooperativa Cafeeira Serra Verde" (Serra Verde Coffee
# Cooperative). The trades, folded, and their English.
_COOPERATIVE_TRADES: dict[str, str] = {
    **_each("creditos-y-servicios credito-e-servicos creditos-e-servicos", "Credit and Services"),
    **_each("produccion-agropecuaria producao-agropecuaria", "Agricultural Production"),
    **_each("cafeicultores caficultores", "Coffee Growers"),
    **_each("cafeeira cafetalera", "Coffee"),
}
_COOPERATIVE = re.compile(
    r"(?<![\w-])Cooperativa[ \t]+(?:(?:de|dos|das|da|do)[ \t]+)?"
    r"(?P<trade>[\w-]+(?:[ \t](?:y|e)[ \t][\w-]+)?)"
    r"(?:[ \t]*\((?P<letters>[A-Z]{2,6})\))?[ \t]+(?:(?:de|del|do|da|dos|das)[ \t]+)?"
    r"(?P<own>[A-ZÀ-Þ][\w'’-]*(?:[ \t](?:(?:de|del|do|da|dos|das|la)[ \t])?[A-ZÀ-Þ][\w'’-]*){0,3})"
)
# A research institute named without its acronym: the name's words after the kind word, up to
# the clause's end; the lexicon reads them or none (see composed_name).
_NAMED = re.compile(
    r"(?<![\w-])(?:Instituto|Institut|Istituto|Asociaci[oó]n|Associa[cç][aã]o|Association"
    r"|Associazione|Agencia|Ag[eê]ncia|Agence|Agenzia|Federaci[oó]n|Federa[cç][aã]o"
    r"|F[eé]d[eé]ration|Federazione|Centro|Centre)[ \t][^,.;:()\n]{6,120}"
)
_GLOSS = re.compile(r"\s*[(（]([A-Z][\w&-]{1,11})[)）]")
_NAME_WORD = re.compile(r"[\w'’-]+")


def find_composed_bodies(
    registries: Registries, lang: str, text: str, matches: list[Match]
) -> list[Body]:
    """The cooperatives named by their trade and own name, and the research institutes named
    without an acronym whose every word the lexicon reads (see the module): a state's body or
    its members' one, its country the one its name holds or else the article's one foreign
    country; never Vietnam's."""
    if lang not in LANGUAGES:
        return []
    found = []
    for cooperative in _COOPERATIVE.finditer(text):
        trade = _COOPERATIVE_TRADES.get("-".join(fold(cooperative["trade"]).split()))
        if trade is None:
            continue
        own = cooperative["own"]
        country = _country(registries, matches, cooperative.start(), cooperative.end())
        if country:
            english = f"{own} {trade} Cooperative"
            body = Unlisted.named(country, english)
            found.append(Body(cooperative.start(), cooperative.end(), body))
    for named in _NAMED.finditer(text):
        read = _named_body(registries, lang, text, matches, named.start(), named.end())
        if read is not None:
            found.append(read)
    return found


def _named_body(
    registries: Registries, lang: str, text: str, matches: list[Match], start: int, end: int
) -> Body | None:
    """The body whose name opens at ``start`` with its kind word: the longest run of its words
    the lexicon reads whole, neither ending with a linking word nor followed by a capitalised or
    linking word (the name going on past what the lexicon reads: "Institut français de recherche
    pour l'exploitation de la mer"); a research body, or one named by its nationality."""
    words = list(_NAME_WORD.finditer(text, start, end))
    for count in range(len(words), 1, -1):
        stop = words[count - 1].end()
        if _linking(words[count - 1].group()) or _goes_on(words[count:]):
            continue
        place = country_named = ""
        for match in matches:
            if start < match.start and match.end == stop and match.target[0] == PARTNER:
                partner = registries.partners.get(match.target[1])
                if partner is None or partner.kind != "country":
                    break
                country_named = text[match.start : match.end]
        nationality, country = _nationality(registries, lang, text, words[1].start())
        english = composed_name(lang, text[start:stop], place, country_named, nationality)
        if english is None:
            continue
        if not nationality and "Research" not in english.split():
            return None
        country = country or _country(registries, matches, start, stop)
        if not country or _branded(registries, text, stop, country):
            return None
        return Body(start, stop, Unlisted.named(country, english))
    return None


def _goes_on(after: list[re.Match[str]]) -> bool:
    """Whether the name goes on into the words ``after`` the ones read: a capitalised word or a
    linking one, but for "and" before another capitalised name ("Association mongole du
    tourisme et l'Association du tourisme de …": two bodies)."""
    if not after:
        return False
    word = after[0].group()
    if fold(word) in _AND and len(after) > 1:
        following = after[1].group().replace("’", "'").split("'")[-1]
        return not following[:1].isupper()
    return word[:1].isupper() or _linking(word)


def _linking(word: str) -> bool:
    """Whether ``word`` links a name's words: a preposition, an article, an elided one."""
    folded = fold(word).replace("’", "'")
    return folded in _LINKS or folded in _ARTICLES or folded in _NAME_GOES_ON or "'" in folded


def _nationality(registries: Registries, lang: str, text: str, at: int) -> tuple[str, str]:
    """The English adjective and the country of the nationality word at ``at`` ("mongole":
    Mongolian, MN), ("", "") for none; never Vietnam's (its own bodies are no partners)."""
    demonym = next(iter(find_demonyms(registries, lang, text[at : at + 30])), None)
    if demonym is None or demonym.start != 0 or demonym.country == _VIETNAM:
        return "", ""
    english = (registries.vocabularies.demonyms.get(demonym.country) or {}).get("en") or ()
    return (str(english[0]), demonym.country) if english else ("", "")


def _branded(registries: Registries, text: str, end: int, country: str) -> bool:
    """Whether the name ending at ``end`` is glossed by a brand ("(Ifremer)": the brand is the
    id) or by an acronym the registry lists."""
    glossed = _GLOSS.match(text, end)
    if glossed is None:
        return False
    letters = glossed.group(1)
    code = slugify(letters)
    return (
        not letters.isupper()
        or code in registries.partners
        or (f"{country.lower()}-{code}" in registries.partners)
    )


def _country(registries: Registries, matches: list[Match], start: int, end: int) -> str:
    """The country a body's name from ``start`` to ``end`` holds, else the article's one foreign
    country; "" for none or for Vietnam (Vietnam's own bodies are no partners)."""
    # Imported here: digest.extract.organisations reads acronyms, which reads this module.
    from digest.extract.organisations import one_country

    for match in matches:
        if start <= match.start and match.end <= end:
            if match.target[0] != PARTNER:
                return ""  # a Vietnamese province: a Vietnamese body
            partner = registries.partners.get(match.target[1])
            if partner is not None and (partner.country or partner.kind == "country"):
                country = partner.country or str(match.target[1]).upper()
                return "" if country == _VIETNAM else country
    country = one_country(registries, matches) or ""
    return "" if country == _VIETNAM else country
