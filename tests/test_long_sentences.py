"""A broken or hostile page whose text never ends a sentence (180 KB of amounts, or of Arabic
titles, with no full stop) is drafted in a few seconds: each number looks for what it counts
near it, and each title reads only as many words after it as a name can have (112 s and 12 s
of CPU before)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from digest.extract.drafting import draft_text
from digest.extract.figures import extract_figures
from digest.registries import load_registries

RUN_ON = {
    "en": ("Dong Nai signs deals worth millions", "A$1 million, ¥2, ₩3, 4 AUD, 5 JPY, 6 KRW "),
    "ar": (
        "دونغ ناي توقع اتفاقيات",
        "شركة النيل للأسمدة وسفارة دولة الإمارات العربية المتحدة بأن ممثل ",
    ),
}


def run_on_page(headline: str, words: str) -> str:
    """A 180 KB page: the headline, a sentence naming the province, then one endless sentence."""
    province = "Dong Nai province" if headline.isascii() else "مقاطعة دونغ ناي"
    text = f"{headline}\n\n{province} "
    while len(text.encode()) < 180_000:
        text += words
    return text


@pytest.mark.parametrize("lang", sorted(RUN_ON))
def test_a_page_that_never_ends_its_sentence_is_drafted_in_seconds(lang: str) -> None:
    registries = load_registries()
    text = run_on_page(*RUN_ON[lang])
    started = time.process_time()
    draft = draft_text(text, Path(f"run-on-{lang}.txt"), registries)
    assert time.process_time() - started < 5
    assert draft.province == "dong-nai"


def test_equal_figures_in_one_sentence_are_two_and_a_later_sentence_repeats_them() -> None:
    figures = extract_figures(
        "The university offers 3 scholarships for master's students and 3 scholarships for "
        "doctoral students. The 3 scholarships start next year. The fund gives 3 scholarships.",
        "en",
    )
    assert [(f.value, f.what) for f in figures] == [(3, "scholarships"), (3, "scholarships")]
