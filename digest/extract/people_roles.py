"""What a named person does, in English: "<title> of the <organ>", composed from the registry
hits written next to the name (before it, after it, or in an apposition set off by commas).
"""

from __future__ import annotations

import re

from digest.extract.people_lexicon import (
    CASED,
    CLOSERS,
    LINKS,
    OPENER,
    UNSPACED,
    Doc,
    Hit,
    Mention,
    fold_word,
)

_AFTER_FIRST = frozenset({"ja", "ko", "th", "hi"})  # a title right after a name is that name's
# Words (CJK: characters) between a role and the name after it; Arabic names the organ and
# its place between them ("رئيس غرفة تجارة وصناعة الشارقة عبد الله ..."). Default 3.
_GAP_BEFORE = {"ko": 0, "ja": 1, "zh": 1, "th": 1, "hi": 1, "ar": 5}
# Lowercase adjectives of places between a title and a name: "wojewoda mazowiecki Piotr X".
_PLACE_ADJECTIVES = {
    "pl": ("ski", "cki", "dzki", "skiego", "ckiego"),
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
    adjacent = bool(hits) and _gap(doc, start, hits[0][0]) <= limit
    return (hits if adjacent else []), opener is not None


def _hits_before(doc: Doc, lead: int, set_off: bool = False) -> list[Hit]:
    """Titles, organs and levels ending just before ``lead``: only a place name may come between,
    or, for a role set off by a comma, a few words ("L'ambassadeur du Canada, M. Marc Tremblay")."""
    start = max(0, lead - 160)
    closer = max(doc.text.rfind(char, start, lead) for char in CLOSERS)
    begin = max([closer + 1 if closer >= 0 else start] + [e for _, e in doc.claimed if e <= lead])
    hits = doc.hits_in(begin, lead)
    last = max((hit[1] for hit in hits), default=lead)
    if doc.lex.lang in CASED and not set_off and not _place_words(doc, doc.text[last:lead].split()):
        return []
    limit = 5 if set_off else _GAP_BEFORE.get(doc.lex.lang, 3)
    return hits if hits and _gap(doc, last, lead) <= limit else []


def _place_words(doc: Doc, gap: list[str]) -> bool:
    """Whether words between a role and a name only say where: capitalised words, links, place
    markers ("der Provinz Yunnan", "Иркутской области"), and the lowercase adjective of a marker
    after it ("автономної області")."""
    markers = doc.lex.markers | doc.lex.markers_after
    return all(
        word[0].isupper()
        or word in LINKS
        or fold_word(word) in markers
        or (index + 1 < len(gap) and fold_word(gap[index + 1]) in doc.lex.markers_after)
        or word.endswith(_PLACE_ADJECTIVES.get(doc.lex.lang, ()))
        for index, word in enumerate(gap)
    )


def _hits_before_comma(doc: Doc, mention: Mention) -> list[Hit]:
    """A role set off before the name: "der Vorsitzende des Volkskomitees, Đỗ Hữu Thắng, ..."."""
    comma = doc.text.rfind(",", max(0, mention.lead - 3), mention.lead)
    following = doc.text[mention.end : mention.end + 3].lstrip()[:1]
    if comma < 0 or doc.text[comma + 1 : mention.lead].strip() or following not in (",", ".", ""):
        return []
    return _hits_before(doc, comma, set_off=True)


def role(doc: Doc, mention: Mention, female: bool = False, introduces: bool = False) -> str:
    """The role written next to a name, in English: "<title> of the <organ>", or the title."""
    before, (after, opened) = _hits_before(doc, mention.lead), _hits_after(doc, mention)
    titles_before = [hit for hit in before if hit[2] == "title"][-1:]
    titles_after = [hit for hit in after if hit[2] == "title"][:1]
    own = titles_after if doc.lex.lang in _AFTER_FIRST and not opened else []
    titles = own or titles_before or titles_after
    if not titles:
        before = _hits_before_comma(doc, mention)
        titles = [hit for hit in before if hit[2] == "title"][-1:]
    if not titles or (introduces and titles[0][3].ordinary):
        return ""
    title = titles[0]
    near, far = (before, after) if title in before else (after, before)
    label = title[3].en_female if female and title[3].en_female else title[3].en
    organs = [hit for hit in near if hit[2] == "organ"]
    if not organs and doc.lex.lang in ("ja", "ko"):  # 省人民委員会のヴー・ティ・ヒエン副委員長
        near, organs = far, [hit for hit in far if hit[2] == "organ"]
    if title[3].standalone or not organs:
        return label
    return f"{label} of the {_organ_label(organs, title, near)}"


def _organ_label(organs: list[Hit], title: Hit, hits: list[Hit]) -> str:
    """The organ after the title (or the last before it), with its level: "Commune People's
    Committee", "Management Board of the Economic Zone"."""
    organ = next((hit for hit in organs if hit[0] >= title[0]), organs[-1])
    entry, levels = organ[3], [hit for hit in hits if hit[2] == "level"]
    label = entry.en
    if entry.leveled and levels:
        level = min(levels, key=lambda hit: min(abs(hit[0] - organ[1]), abs(organ[0] - hit[1])))
        label = f"{level[3].en} {label}"
    following = [hit for hit in organs if hit[0] > organ[0] and hit[3].id != entry.id]
    return f"{label} of the {following[0][3].en}" if entry.takes_of and following else label


def residence(doc: Doc, mention: Mention) -> str:
    """Where an ordinary person comes from: "Pan Dong Van Toan z wioski Huoi Bao"."""
    for pattern, what in doc.lex.residences:
        match = pattern.match(doc.text, mention.end)
        if match:
            return f"resident of {match['place']} {what}"
    return ""
