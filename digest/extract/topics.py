"""Topics an article is about, from the keyword stems each topic lists per language.

Each occurrence of a topic's stem scores 1, or 1/2 for a weak stem (written "~stem" in
registries/topics.yaml: words that come up in passing in articles on other subjects, such as
"training" or "coffee"). A topic is suggested when it scores at least MIN_SCORE and at least
MIN_SHARE of the best topic's score, so a side remark in a long article on something else does
not become a topic; at most MAX_TOPICS, best first. The names of departments named after their
portfolio ("Department of Industry and Trade", "Sở Nông nghiệp và Môi trường": organs marked
`portfolio` in vocabularies/roles.yaml) say who acts, not what the article is about: their words
do not count.
"""

from __future__ import annotations

import re
from collections import Counter

from digest.registries import drafting_cache, drafting_registries
from digest.text import fold

# Scripts written with spaces match stems at word starts; the others anywhere.
_UNSPACED_LANGUAGES = frozenset({"ja", "zh", "th", "ko"})
_ARABIC_PREFIX = r"(?:وال|بال|لل|ال|و|ب|ل)?"
# A topic must come up repeatedly to be what the article is about, not a passing word...
MIN_SCORE = 2.0
# ... except in a short article (a few sentences: a brief, a page's news item), where once is
# all a subject gets.
SHORT_SCORE = 1.0
SHORT_SENTENCES = 8
# Korean, Chinese and Japanese glue a bureau's field to its name and its head's title
# (농축산유통국장, 商务厅长, 観光局): a stem followed, in the same word, by a bureau word names who
# acts. Korean particles may follow; "과" alone is "and", not a section.
_BUREAU_AFTER = {
    "ko": re.compile(
        r"[가-힣]{0,4}?(?:국장|본부장|실장|청장|과장|국|청)(?:[은는이가을를의에와과도]|에서)?(?![가-힣])"
    ),
    "zh": re.compile(r"[\u4e00-\u9fff]{0,4}?(?:局长|厅长|局|厅)"),
    "ja": re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]{0,4}?(?:局長|部長|課長|局|課)"),
}
_SENTENCE_END = re.compile(r"[.!?。！？؟।](?:\s|$)|[。！？]")
# ... and often enough beside the article's main topic.
MIN_SHARE = 0.2
MAX_TOPICS = 4
WEAK_MARK = "~"
WEAK_WEIGHT = 0.5


def _keywords() -> dict[str, dict[str, tuple[str, ...]]]:
    """Each topic's keyword stems by language, in registry order."""
    return {topic.id: topic.words for topic in drafting_registries().topics.values()}


@drafting_cache
def _portfolio_names(lang: str) -> re.Pattern[str] | None:
    """The folded names of departments named after their portfolio, in ``lang``."""
    organs = drafting_registries().vocabularies.roles["organs"]
    names = {
        fold(str(form))
        for organ in organs
        if organ.get("portfolio")
        for form in organ["forms"].get(lang, ())
    }
    if not names:
        return None
    # "обласн* військов* адміністраці*": a star stands for a word's ending.
    forms = (re.escape(name).replace(r"\*", r"\w*") for name in names)
    body = "|".join(sorted(forms, key=len, reverse=True))
    # Whole words where words are spaced: "ода" (the administration) is not inside "года".
    return re.compile(body if lang in _UNSPACED_LANGUAGES else rf"(?<!\w)(?:{body})(?!\w)")


@drafting_cache
def _pattern(lang: str) -> tuple[re.Pattern[str] | None, dict[str, list[tuple[str, float]]]]:
    """One pattern for every stem of every topic in ``lang``, longest first, so one pass over
    the text finds them all; and for each folded stem, the topics it counts for, with weights.
    """
    stems: dict[str, list[tuple[str, float]]] = {}
    for topic, by_lang in _keywords().items():
        for stem in by_lang.get(lang, ()):
            stem = str(stem)
            weight = WEAK_WEIGHT if stem.startswith(WEAK_MARK) else 1.0
            folded = fold(stem.removeprefix(WEAK_MARK))
            if folded.strip() and topic not in (t for t, _ in stems.get(folded, ())):
                stems.setdefault(folded, []).append((topic, weight))
    if not stems:
        return None, stems
    body = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
    if lang in _UNSPACED_LANGUAGES:
        return re.compile(f"(?P<stem>{body})"), stems
    if lang == "ar":
        return re.compile(rf"(?<!\w){_ARABIC_PREFIX}(?P<stem>{body})"), stems
    return re.compile(rf"(?<!\w)(?P<stem>{body})"), stems


def topic_scores(text: str, lang: str) -> Counter[str]:
    """Each topic's score in ``text``: its stems' occurrences, weak ones counting half."""
    return _scores(text, lang)[0]


def _scores(text: str, lang: str) -> tuple[Counter[str], Counter[str]]:
    """Each topic's score, and its score from strong stems only."""
    pattern, stems = _pattern(lang)
    scores, strong = Counter[str](), Counter[str]()
    if pattern is None:
        return scores, strong
    folded = fold(text)
    portfolios = _portfolio_names(lang)
    if portfolios is not None:
        folded = portfolios.sub(" ", folded)
    bureau = _BUREAU_AFTER.get(lang)
    for found in pattern.finditer(folded):
        if bureau is not None and bureau.match(folded, found.end()):
            continue  # 보건복지국장, 商务厅: a bureau named after its field, who acts
        for topic, weight in stems[found.group("stem")]:
            scores[topic] += weight
            strong[topic] += weight if weight == 1.0 else 0.0
    return scores, strong


def find_topics(text: str, lang: str) -> list[str]:
    """Up to MAX_TOPICS topic ids, most mentioned first (ties in registry order)."""
    scores, strong = _scores(text, lang)
    if not scores:
        return []
    order = list(_keywords())
    share = MIN_SHARE * max(scores.values())
    # In a short article, one strong mention is enough; passing words still are not.
    short = len(_SENTENCE_END.findall(text)) < SHORT_SENTENCES
    ranked = sorted(
        (
            t
            for t, score in scores.items()
            if score >= share and (score >= MIN_SCORE or (short and strong[t] >= SHORT_SCORE))
        ),
        key=lambda t: (-scores[t], order.index(t)),
    )
    return ranked[:MAX_TOPICS]
