"""Drafting's shortcuts (speed14, speed15): work kept to reuse within an article gives the same answers as
working it out again, and is bounded, so nothing grows from one article to the next; a cheaper
way to the same value gives that value."""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import asdict

import pytest

from digest.extract import bodies, language, organisations, province_guess, topics
from digest.extract.drafting import _record
from digest.extract.people_lexicon import _RECENT_TEXTS, Hit, RoleTerm, _compound_titles, lexicon
from digest.registries import default_registries, drafting_with
from digest.schema import Figure, Person
from digest.text import alternation, fold, literal_tree, same_length_fold


def test_a_titles_search_again_in_the_same_text_gives_the_same_hits() -> None:
    """The people's reading and the unlisted places' both look for an article's titles; the
    second search is the first's hits, as a list of its own the caller may change."""
    text = same_length_fold(
        "Governor Nguyen Van A met the Deputy Minister of Foreign Affairs and the mayor."
    )
    with drafting_with(default_registries()):
        titles = lexicon("en").titles
        first = titles.find(text, "title")
        assert [hit.term.en for hit in first] == ["Governor", "Deputy Minister", "Mayor"]
        first.clear()
        assert titles.find(text, "title") == titles._search(text, "title")
        assert len(titles.find(text, "title")) == 3


def test_the_hits_kept_are_bounded_across_articles() -> None:
    with drafting_with(default_registries()):
        titles = lexicon("en").titles
        for number in range(50):
            text = same_length_fold(f"Article {number}: the governor met the mayor.")
            assert [hit.term.en for hit in titles.find(text, "title")] == ["Governor", "Mayor"]
            assert len(titles.recent) <= _RECENT_TEXTS


def test_the_lengths_two_edits_away_are_those_the_lengths_loop_finds() -> None:
    """``_near_in_length`` reads the lengths it looks at from a bounded cache (those within
    two edits or more that ``_share`` does not refuse by the lengths alone)."""
    for limit in (0.15, 0.2, 0.25, 0.34, 1 / 3):
        for length in range(0, 80):
            expected = [
                near
                for near in range(int(length * (1 - limit)) - 1, int(length / (1 - limit)) + 2)
                if province_guess._most_edits_between(length, near, limit) >= 2
                and abs(length - near) <= limit * max(length, near)
            ]
            assert list(province_guess._two_edits_lengths(length, limit)) == expected
    assert province_guess._two_edits_lengths.cache_info().maxsize is not None


def _letters_source_by_loop(name: str) -> str:
    for prefix in province_guess._PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 1:
            name = name[len(prefix) :]
    for suffix in province_guess._SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def test_a_names_source_letters_are_those_the_prefix_and_suffix_loops_give() -> None:
    """The shortcut for names with no province prefix or suffix changes no name."""
    pieces = [*province_guess._PREFIXES, *province_guess._SUFFIXES, "a", "Ninh", "ก", " ", "省"]
    chooser = random.Random(14)
    names = ["จังหวัดคอนตูม", "쾅남성", "Bin Duong province", "مقاطعة كوانق", "省", "นครพนม"]
    names += [
        "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 4))) for _ in range(5000)
    ]
    for name in names:
        assert province_guess._letters_source(name) == _letters_source_by_loop(name), name


def test_a_drafted_figure_or_person_is_what_asdict_gives() -> None:
    """The draft's figures and people are their records' fields, read without a deep copy."""
    records = [
        Figure(25, "million VND", "salary", True, per="month"),
        Figure(536.5, "delegations", "visits", False, since=2020),
        Person("Nguyễn Văn A", "Nguyen Van A", "Governor", (("vi", "Tỉnh trưởng"), ("ja", "知事"))),
        Person("Kim Min-su", "Kim Min-su", ""),
    ]
    for record in records:
        drafted = _record(record)
        assert drafted == asdict(record)
        assert list(drafted) == list(asdict(record))
        assert [type(value) for value in drafted.values()] == [
            type(value) for value in asdict(record).values()
        ]


def test_script_counts_are_a_counter_of_every_letter_in_first_seen_order() -> None:
    """Counted script by script, in the order a Counter over every letter gives (``detect``
    takes the first of two scripts with as many letters)."""
    pieces = ["Hà Nội", "東京", "ひらがな", "カタカナ", "서울", "กรุงเทพ", "दिल्ली", "دبي", "Москва"]
    pieces += ["ሰላም", " ", "1", ".", "\n"]
    chooser = random.Random(4)
    for _ in range(500):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randint(0, 12)))
        expected = Counter(
            language._CODE_SCRIPTS[code] for code in text.translate(language._SCRIPT_TABLE)
        )
        counts = language.script_counts(text)
        assert counts == expected and list(counts) == list(expected), text


def test_a_tree_of_literal_forms_matches_what_their_alternation_matches() -> None:
    """Forms sharing their beginnings ("ab", "abc", "abd"), in any context after them (a word's
    end, more text) or before them: the tree finds the same matches, longest form first, and
    backs off to a shorter one where the context fails after a longer one."""
    rng = random.Random(15)
    for _ in range(300):
        forms = list({"".join(rng.choices("ab c-.é", k=rng.randint(1, 5))) for _ in range(12)})
        text = "".join(rng.choices("ab c-.é!x", k=200))
        for template in ("{}", r"(?<!\w)(?:{})(?!\w)", "(?P<f>{})c?b", "x(?:{})+a"):
            listed = re.compile(template.format(alternation(forms)))
            tree = re.compile(template.format(literal_tree(forms)))
            assert [(m.span(), m.groups()) for m in tree.finditer(text)] == [
                (m.span(), m.groups()) for m in listed.finditer(text)
            ]
    assert literal_tree(["province", "provincia", "prov."]) == r"prov(?:inc(?:e|ia)|\.)"
    assert literal_tree(["ab", "abc"]) == "ab(?:c)?"


def test_names_before_a_province_word_are_those_the_pattern_finds_everywhere() -> None:
    """The name before a province word ("Bin Duong province", "Quang-Ninh-Provinz", "… प्रांत")
    is tried only at the word starts within a name's reach of a province word: the same names
    as the pattern tried at every word, on texts of names, province words, dashes, runs of
    spaces and words too long for the reach."""
    rng = random.Random(15)
    pieces = {
        "en": ["Binh", "Duong", "city", "Province", "region", "prov.", "of", "the", "7", "Ninh's"],
        "de": ["Quang", "Ninh", "Provinz", "Stadt", "Region", "der", "in", "Bà", "Rịa"],
        "hi": ["बिन्ह", "डुओंग", "प्रांत", "शहर", "नगर", "के", "में", "क्षेत्र"],
    }
    separators = [" ", " ", " ", "-", " – ", "  ", "\n", ", ", ". "]
    for _ in range(400):
        lang = rng.choice(list(pieces))
        words = [
            rng.choice(pieces[lang]) if rng.random() < 0.9 else "x" * rng.randint(30, 120)
            for _ in range(rng.randint(1, 80))
        ]
        text = "".join(word + rng.choice(separators) for word in words)
        pattern = province_guess._patterns(lang)[1]
        assert pattern is not None
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        found = province_guess._names_before(lang, pattern, text)
        assert [(m.span(), m.groups()) for m in found] == expected


def test_a_names_guess_worked_out_once_per_text_is_each_namings_guess() -> None:
    """A text naming its province again and again in a spelling the registry lacks: each naming
    gets the guess working it out afresh gives, at its own place; the names' letters and exact
    forms kept for reuse are those worked out afresh, and their store is bounded."""
    registries = default_registries()
    text = (
        "Delegates from Binh Duongg province met in Hanoi. Binh Duongg province hosted them. "
        "Investors praised Binh Duongg province and Quang Ninhh province."
    )
    with drafting_with(registries):
        guesses = province_guess.unread_spellings(registries, "en", text)
        exact = province_guess._exact_spellings(registries)
        partners = province_guess._partner_names(registries)
        afresh = [
            (start, None if province_guess._spelled(forms, exact, partners)
             else province_guess._best_unread(registries, "en", forms))
            for start, forms in province_guess._candidate_groups("en", text)
        ]  # fmt: skip
    assert guesses == [(start, guess) for start, guess in afresh if guess is not None]
    assert [guess.registry_name for _, guess in guesses].count("Bình Dương") == 3
    for name in ("Binh Duongg", "ビンズオン省", "Quang-Ninh", "จังหวัดคอนตูม", "Hà Nội"):
        assert province_guess._letters(name) == province_guess._letters.__wrapped__(name)
        assert province_guess._exact(name) == province_guess._exact.__wrapped__(name)
    assert province_guess._letters.cache_info().maxsize == province_guess._RECENT_NAMES


def test_the_framing_words_are_blanked_alike_without_the_address_pattern_where_no_at_sign() -> None:
    """A story's framing words (a port city, a press office, a crossing's friendship) blanked
    by the pattern without e-mail addresses in a text with no "@" are those the full pattern
    blanks; an address is still blanked where the text has one."""
    rng = random.Random(15)
    with drafting_with(default_registries()):
        for lang in ("en", "vi", "zh", "th", "ru", "de", "lo", "ja"):
            words = [
                *topics._PORT_CITY.get(lang, ()),
                *topics._PRESS_OFFICE.get(lang, ()),
                *topics._BORDER_PLACE.get(lang, ()),
                *(" ".join(c) for c in topics._FRIENDSHIP_CROSSINGS.get(lang, ())),
                "a.b", "port", "press", "office", "x-y", "mail", "friend", "ship",
            ]  # fmt: skip
            full = topics._framing(lang, True)
            for _ in range(100):
                text = fold(" ".join(rng.choices(words, k=30)))
                assert topics._without_framing(text, lang) == full.sub(topics._blank, text)
            text = fold("Contact press@example.com, the press office of the port city.")
            assert "@" not in topics._without_framing(text, lang)


def test_the_bodies_left_unscanned_are_those_whose_names_a_text_lacks() -> None:
    """A body's pattern is tried only on a text that has one of its names' first words where a
    name may start: every body left out finds nothing there, on texts of the bodies' own words
    (whole, glued to others, cut short), in spaced and unspaced languages."""
    registries = default_registries()
    rng = random.Random(15)
    for lang in ("de", "fr", "it", "pl", "ru", "vi", "ja", "zh", "ko"):
        all_bodies = bodies._bodies(registries, lang)
        words = [
            word
            for body in all_bodies
            for word in re.findall(r"[^\W\d_]+(?:\s+[^\W\d_]+)?", body.pattern.pattern)
        ]
        words += ["x", "di", "de", "universi", "-", "'"]
        for _ in range(60):
            text = same_length_fold(
                "".join(rng.choice(words) + rng.choice([" ", "", " ", "-", "'"]) for _ in range(25))
            )
            kept = list(bodies._bodies_written(registries, lang, text))
            assert [b for b in all_bodies if b in kept] == kept
            for body in all_bodies:
                if body not in kept:
                    assert body.pattern.search(text) is None


def test_a_missions_heads_are_looked_for_only_when_a_bare_mission_needs_them() -> None:
    """The heads of a kind of mission ("the Japanese ambassador") place a mission named bare
    ("the embassy"); they are looked for once, when first needed, and place it as before."""
    asked: list[int] = []

    def heads() -> list[tuple[int, str]]:
        asked.append(1)
        return [(5, "jp"), (40, "kr")]

    named = organisations._Named(heads)
    named.mission(20, "fr")
    assert asked == []
    assert named.before(30) == "fr"  # the mission named last, after the head at 5
    assert named.before(50) == "kr"  # the head at 40, after the mission at 20
    assert asked == [1]


def test_a_tree_of_a_form_too_long_to_nest_is_the_alternation() -> None:
    """A registry stem of thousands of letters (an editor's slip or a hostile pull request)
    must not overflow the recursion of the tree or of the regex parser."""
    forms = ["a" * n for n in range(1, 2000, 7)]
    assert literal_tree(forms) == alternation(forms)
    assert re.compile(literal_tree(forms)).match("a" * 50)


def test_whether_a_registry_spells_a_name_is_asked_once_for_each_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The guesses ask once per name beside a province word whether a registry spells one of
    its forms (the loose second reading of a repeated name reads some of the same forms)."""
    registries = default_registries()
    text = (
        "Delegates from Binh Duongg province met Hanoi province officials. Binh Duongg province "
        "hosted them; Quang Ninh province and Binh Duongg province signed."
    )
    asked: list[list[str]] = []
    spelled = province_guess._spelled

    def counting(forms: list[str], *args: frozenset[str]) -> bool:
        asked.append(forms)
        return spelled(forms, *args)

    monkeypatch.setattr(province_guess, "_spelled", counting)
    with drafting_with(registries):
        guesses = province_guess.unread_spellings(registries, "en", text)
    groups = province_guess._candidate_groups("en", text)
    assert [guess.registry_name for _, guess in guesses].count("Bình Dương") == 3
    assert asked == [forms for _, forms in groups]


class _CountedHeads(dict[str, RoleTerm]):
    """Title heads that count how often a word's ending is looked up in them."""

    asked = 0

    def __contains__(self, key: object) -> bool:
        self.asked += 1
        return super().__contains__(key)


def test_a_long_word_ending_in_no_head_s_letters_is_not_tried_against_each_head() -> None:
    """A compound's title is the longest head its word ends in, as by trying every head's
    length; a word whose last letters end no head is passed by without a lookup."""
    terms = {
        head: RoleTerm(head, head.title()) for head in ("minister", "prasident", "rat", "leiter")
    }
    rng = random.Random(20)
    pieces = ["sozial", "landes", "kammer", "minister", "prasident", "rat", "leiter", "haus", "x"]
    for _ in range(300):
        folded = " ".join(
            "".join(rng.choices(pieces, k=rng.randint(1, 4))) for _ in range(rng.randint(1, 12))
        )
        expected = [
            Hit(word.start(), word.end(), "title", terms[head])
            for word in re.finditer(r"(?<!\w)[^\W\d_]{7,40}(?!\w)", folded)
            for head in [
                next(
                    (h for h in sorted(terms, key=len, reverse=True)
                     if len(word.group()) - len(h) >= 3 and word.group().endswith(h)),
                    None,
                )
            ]
            if head is not None
        ]  # fmt: skip
        assert _compound_titles(folded, dict(terms), []) == expected
    heads = _CountedHeads(terms)
    assert _compound_titles("wirtschaftshaus landeshauptstadt", heads, []) == []
    assert heads.asked == 0
