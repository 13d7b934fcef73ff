"""A synthetic, deterministic corpus of digest entries, and the same articles for other tools.

``generate`` composes entries whose front matter is valid against the real registries
(provinces, partners, topics, measures, units) and whose bodies (~6 KB of UTF-8) are written in
the entry's language from the word lists in ``lexicon``, naming the entry's places, partners,
people and figures the way an article in that language would. Stories are told in one to three
languages; their editions share province, date and source, as the content checks require.
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digest import frontmatter
from digest.registries import Registries, default_registries
from tools.bench.lexicon import LANGUAGE_WEIGHTS, LANGUAGES, Language, format_number

FIRST_DAY = dt.date(2019, 1, 1)
LAST_DAY = dt.date(2026, 6, 30)
LAST_ADDED = dt.date(2026, 11, 20)
BODY_BYTES = (4_800, 7_200)
CURRENCIES = ("VND", "VND", "VND", "USD", "USD", "EUR", "JPY", "KRW", "CNY")
MONEY_MEASURES = ("aid", "trade", "investment", "salary")
UNIT_MEASURES: dict[str, tuple[str, ...]] = {
    "count": ("delegations", "delegations_received", "delegations_sent", "agreements",
              "projects", "meetings", "scholarships", "households"),
    "people": ("visitors", "delegates", "students", "workers", "officials", "volunteers"),
    "percent": ("trade", "other"),
    "ha": ("other",), "km": ("other",), "tonnes": ("trade", "other"), "TEU": ("trade",),
}  # fmt: skip
UNIT_WORDS: dict[str, dict[str, str]] = {
    "people": {"en": "people", "de": "Personen", "pl": "osób", "fr": "personnes",
               "es": "personas", "ru": "человек", "ar": "شخص", "ja": "人", "zh": "人"},
    "tonnes": {"en": "tonnes", "de": "Tonnen", "pl": "ton", "fr": "tonnes", "es": "toneladas",
               "ru": "тонн", "ar": "طن", "ja": "トン", "zh": "吨"},
    "percent": {lang: "%" for lang in LANGUAGES},
    "ha": {lang: "ha" for lang in LANGUAGES},
    "km": {lang: "km" for lang in LANGUAGES},
    "TEU": {lang: "TEU" for lang in LANGUAGES},
}  # fmt: skip
FAVOURITE_PARTNERS = ("la", "cn", "kr", "jp", "cn-guangxi", "cn-yunnan", "kh", "us", "fr", "ru",
                      "de", "th", "au", "kr-gyeongsangbuk", "jp-chiba")  # fmt: skip
PARTNER_COUNTRY_ORDER = ("CN", "LA", "KR", "JP", "KH", "FR", "RU", "US", "CU", "TH", "DE")
STORY_WORDS = ("hop-tac", "doi-ngoai", "thuong-mai", "dau-tu", "huu-nghi", "bien-gioi",
               "vien-tro", "giao-luu", "du-lich", "lao-dong", "giao-duc", "ky-ket", "tiep-doan",
               "xuc-tien")  # fmt: skip
SECTIONS = ("chinh-tri", "kinh-te", "xa-hoi", "doi-ngoai", "thoi-su", "van-hoa")
ROLES = (
    "Chairman of the Provincial People's Committee",
    "Vice Chairman of the Provincial People's Committee",
    "Secretary of the Provincial Party Committee",
    "Director of the Department of Foreign Affairs",
    "Deputy Director of the Department of Foreign Affairs",
    "Director of the Department of Industry and Trade",
    "Chairman of the Commune People's Committee",
    # Roles the roles vocabulary cannot read: written in both languages, as editors do.
    {
        "en": "President of the Union of Friendship Organisations",
        "vi": "Chủ tịch Liên hiệp các tổ chức hữu nghị",
    },
    {
        "en": "Commander of the Provincial Border Guard",
        "vi": "Chỉ huy trưởng Bộ đội Biên phòng tỉnh",
    },
    "Ambassador",
    "Consul General",
    "Governor",
    "Mayor",
    "",
)
# Vietnamese name syllables: Latin, katakana, hanzi, Cyrillic, Arabic.
NAME_SYLLABLES: dict[str, tuple[tuple[str, str, str, str, str], ...]] = {
    "family": (
        ("Nguyen", "グエン", "阮", "Нгуен", "نغوين"),
        ("Tran", "チャン", "陳", "Чан", "تران"),
        ("Le", "レ", "黎", "Ле", "لي"),
        ("Pham", "ファム", "范", "Фам", "فام"),
        ("Hoang", "ホアン", "黄", "Хоанг", "هوانغ"),
        ("Vu", "ヴー", "武", "Ву", "فو"),
        ("Dang", "ダン", "鄧", "Данг", "دانغ"),
        ("Bui", "ブイ", "裴", "Буй", "بوي"),
        ("Do", "ド", "杜", "До", "دو"),
        ("Ngo", "ゴ", "呉", "Нго", "نغو"),
        ("Duong", "ズオン", "楊", "Зыонг", "دوونغ"),
        ("Trinh", "チン", "鄭", "Чинь", "ترينه"),
        ("Kieu", "キエウ", "喬", "Киеу", "كيو"),
        ("Lo", "ロ", "盧", "Ло", "لو"),
    ),
    "middle": (
        ("Van", "ヴァン", "文", "Ван", "فان"),
        ("Thi", "ティ", "氏", "Тхи", "ثي"),
        ("Huu", "フウ", "有", "Хыу", "هوو"),
        ("Duc", "ドゥック", "德", "Дык", "دوك"),
        ("Minh", "ミン", "明", "Минь", "مينه"),
        ("Thanh", "タイン", "清", "Тхань", "ثانه"),
        ("Quoc", "クオック", "國", "Куок", "كووك"),
        ("Xuan", "スアン", "春", "Суан", "شوان"),
        ("Ngoc", "ゴック", "玉", "Нгок", "نغوك"),
        ("Hai", "ハイ", "海", "Хай", "هاي"),
    ),
    "given": (
        ("Nam", "ナム", "南", "Нам", "نام"),
        ("Toan", "トアン", "全", "Тоан", "توان"),
        ("Hong", "ホン", "紅", "Хонг", "هونغ"),
        ("Mai", "マイ", "梅", "Май", "ماي"),
        ("Phong", "フォン", "豐", "Фонг", "فونغ"),
        ("Quan", "クアン", "君", "Куан", "كوان"),
        ("Giang", "ザン", "江", "Жанг", "جيانغ"),
        ("Linh", "リン", "玲", "Линь", "لينه"),
        ("Son", "ソン", "山", "Шон", "سون"),
        ("Tuan", "トゥアン", "俊", "Туан", "توان"),
        ("Hung", "フン", "雄", "Хунг", "هونغ"),
        ("Lan", "ラン", "蘭", "Лан", "لان"),
        ("Dung", "ズン", "勇", "Зунг", "دونغ"),
        ("Khanh", "カイン", "慶", "Кхань", "خانه"),
        ("Long", "ロン", "龍", "Лонг", "لونغ"),
        ("Binh", "ビン", "平", "Бинь", "بينه"),
    ),
}
NAME_SCRIPT = {"ja": 1, "zh": 2, "ru": 3, "ar": 4}
_SCRIPTS = {
    "ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"),
    "zh": re.compile(r"^[\u4e00-\u9fff]+$"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
}
_LATIN = re.compile(r"^[\u0000-\u024f\u1e00-\u1eff]+$")


@dataclass(frozen=True)
class SyntheticEntry:
    data: dict[str, Any]  # front matter, in the schema's field order
    body: str

    @property
    def slug(self) -> str:
        return str(self.data["slug"])

    def text(self) -> str:
        return frontmatter.dump(self.data, self.body)


@dataclass(frozen=True)
class _Story:
    story_id: str
    province: str
    province_as_written: str
    provinces: list[str]
    partners: list[str]
    figures: list[dict[str, Any]]
    people: list[tuple[str, ...]]
    topics: list[str]
    date: dt.date | None
    outlet: str | None
    source_url: str | None


class CorpusGenerator:
    """Draws stories and their editions from the registries with one seeded generator."""

    def __init__(self, seed: int = 1, registries: Registries | None = None) -> None:
        self.rng = random.Random(seed)
        self.registries = registries or default_registries()
        self.current = sorted(p.id for p in self.registries.current_provinces())
        self.partner_ranking = self._rank_partners()
        self.national_outlets = sorted(self.registries.outlets.items())
        self.languages = sorted(LANGUAGE_WEIGHTS)
        self.language_weights = [LANGUAGE_WEIGHTS[code] for code in self.languages]

    def _rank_partners(self) -> list[str]:
        rng = random.Random("partners")
        ids = sorted(self.registries.partners)
        favourites = [pid for pid in FAVOURITE_PARTNERS if pid in self.registries.partners]
        order = {code: rank for rank, code in enumerate(PARTNER_COUNTRY_ORDER)}
        localities = [pid for pid in ids if self.registries.partners[pid].kind != "country"]
        rng.shuffle(localities)
        localities.sort(key=lambda pid: order.get(self.registries.partners[pid].country or "", 99))
        countries = [pid for pid in ids if self.registries.partners[pid].kind == "country"]
        rng.shuffle(countries)
        return list(dict.fromkeys([*favourites, *localities, *countries]))

    def _zipf_sample(self, items: Sequence[str], count: int, exponent: float) -> list[str]:
        weights = [1.0 / (rank + 1) ** exponent for rank in range(len(items))]
        chosen: list[str] = []
        while len(chosen) < count:
            item = self.rng.choices(items, weights=weights)[0]
            if item not in chosen:
                chosen.append(item)
        return chosen

    def generate(self, count: int) -> list[SyntheticEntry]:
        entries: list[SyntheticEntry] = []
        number = 0
        while len(entries) < count:
            editions = self.rng.choices((1, 2, 3), weights=(70, 22, 8))[0]
            story = self._story(number)
            languages: list[str] = []
            while len(languages) < min(editions, count - len(entries)):
                lang = self.rng.choices(self.languages, weights=self.language_weights)[0]
                if lang not in languages:
                    languages.append(lang)
            for lang in languages:
                entries.append(self._edition(story, lang, len(entries)))
            number += 1
        return entries

    def _story(self, number: int) -> _Story:
        rng = self.rng
        province = rng.choice(self.current)
        absorbed = [p.id for p in self.registries.absorbed_by(province)]
        written = rng.choice(absorbed) if absorbed and rng.random() < 0.25 else province
        others = rng.sample(self.current, rng.choice((0, 0, 0, 1, 1, 2, 3)))
        provinces = list(dict.fromkeys([province, *others]))
        partners = self._zipf_sample(self.partner_ranking, rng.randint(1, 8), 0.8)
        topics = rng.sample(sorted(self.registries.topics), rng.choice((0, 1, 1, 2, 2, 3, 4)))
        span = (LAST_DAY - FIRST_DAY).days
        date = None if rng.random() < 0.05 else FIRST_DAY + dt.timedelta(rng.randint(0, span))
        outlet, source_url = self._source(province, number)
        return _Story(
            story_id=f"{province}-{rng.choice(STORY_WORDS)}-{number:05d}",
            province=province,
            province_as_written=written,
            provinces=provinces,
            partners=partners,
            # A figure no measure names is never published: editors name it or drop it.
            figures=[
                figure
                for figure in (self._figure() for _ in range(rng.choice((0, 1, 2, 3, 4, 5, 6, 8))))
                if figure["what"] != "other"
            ],
            people=[self._person() for _ in range(rng.choice((0, 1, 1, 2, 3, 4)))],
            topics=topics,
            date=date,
            outlet=outlet,
            source_url=source_url,
        )

    def _source(self, province: str, number: int) -> tuple[str | None, str | None]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.08:
            return None, None
        article = f"{rng.choice(SECTIONS)}/{rng.choice(STORY_WORDS)}-{100000 + number}"
        if roll < 0.7:
            name = self.registries.provinces[province].name_vi
            return f"Báo {name}", f"https://bao{province.replace('-', '')}.vn/{article}"
        domain, outlet = rng.choice(self.national_outlets)
        return outlet, f"https://{domain}/{article}"

    def _figure(self) -> dict[str, Any]:
        rng = self.rng
        if rng.random() < 0.45:
            unit = rng.choice(CURRENCIES)
            what = rng.choice(MONEY_MEASURES)
            value: float = rng.choice((1, 2, 5, 10, 25, 40, 120, 226, 1600)) * 10 ** rng.randint(
                3, 9
            )
        else:
            unit = rng.choice(list(UNIT_MEASURES))
            what = rng.choice(UNIT_MEASURES[unit])
            value = round(rng.uniform(1, 100), 1) if unit == "percent" else rng.randint(2, 5000)
        if unit in ("USD", "EUR") and rng.random() < 0.2:
            value = round(rng.uniform(1, 20), 2) * 1_000_000
        return {"value": value, "unit": unit, "what": what, "approx": rng.random() < 0.3}

    def _person(self) -> tuple[str | dict[str, str], ...]:
        parts = [self.rng.choice(NAME_SYLLABLES[key]) for key in ("family", "middle", "given")]
        return (*(_name(parts, script) for script in range(5)), self.rng.choice(ROLES))

    def _edition(self, story: _Story, lang: str, index: int) -> SyntheticEntry:
        rng = self.rng
        start = story.date or FIRST_DAY
        added = min(start + dt.timedelta(rng.randint(0, 500)), LAST_ADDED)
        reviewed = rng.random() < 0.65
        review_fields = ["title", "date", "outlet", "figures", "people", "topics"]
        script = NAME_SCRIPT.get(lang, 0)
        data: dict[str, Any] = {
            "slug": f"{story.story_id}-{lang}",
            "lang": lang,
            "title": "",
            "date": story.date,
            "added": added,
            "outlet": story.outlet,
            "source_url": story.source_url,
            "seed": f"{index:06d}_{rng.getrandbits(64):016x}.txt",
            "story_id": story.story_id,
            "province": story.province,
            "province_as_written": story.province_as_written,
            "provinces": list(story.provinces),
            "partners": list(story.partners),
            "figures": [dict(figure) for figure in story.figures],
            "people": [
                # A copy of a role written {en, vi}: YAML would write one object twice as an
                # anchor and an alias, which entries refuse.
                {"name": person[script], "name_latin": person[0], "role": copy.copy(person[5])}
                for person in story.people
            ],
            "topics": list(story.topics),
            "status": "reviewed" if reviewed else "draft",
        }
        if reviewed:
            data["headline"], data["summary"] = self._headline_and_summary(story)
        else:
            data["needs_review"] = rng.sample(review_fields, rng.randint(0, 3))
        writer = _Writer(LANGUAGES[lang], rng, self.registries, story, data["people"])
        data["title"] = writer.title()
        return SyntheticEntry(data=data, body=writer.body(rng.randint(*BODY_BYTES)))

    def _headline_and_summary(self, story: _Story) -> tuple[dict[str, str], dict[str, str]]:
        """What an editor writes for a reviewed story, in both interface languages."""
        province = self.registries.provinces[story.province]
        count = len(story.partners)
        headline = {
            "en": f"{province.name_en} works with {count} foreign partners",
            "vi": f"{province.name_vi} hợp tác với {count} đối tác nước ngoài",
        }
        summary = {
            "en": f"{province.name_en} reports {len(story.figures)} figures on its foreign ties.",
            "vi": f"{province.name_vi} công bố {len(story.figures)} số liệu đối ngoại.",
        }
        return headline, summary


def _name(parts: list[tuple[str, str, str, str, str]], script: int) -> str:
    separator = {1: "・", 2: ""}.get(script, " ")
    return separator.join(part[script] for part in parts)


def name_in(lang: str, names: Sequence[str], rng: random.Random) -> str:
    """One of ``names`` written in ``lang``'s script (the first name when none is)."""
    pattern = _SCRIPTS.get(lang)
    fitting = [n for n in names if (pattern.search(n) if pattern else _LATIN.match(n))]
    return rng.choice(fitting) if fitting else names[0]


class _Writer:
    """Composes one edition's title and Markdown body in its language."""

    def __init__(
        self,
        language: Language,
        rng: random.Random,
        registries: Registries,
        story: _Story,
        people: list[dict[str, str]],
    ) -> None:
        self.lang = language
        self.rng = rng
        self.story = story
        self.people = people
        code = language.code
        province = registries.provinces[story.province_as_written]
        self.province_name = name_in(code, [province.name_en, province.name_vi, *province.aliases],
                                     rng)  # fmt: skip
        self.places = [self.province_name]
        for pid in story.provinces[1:]:
            other = registries.provinces[pid]
            self.places.append(name_in(code, [other.name_en, other.name_vi, *other.aliases], rng))
        for pid in story.partners:
            partner = registries.partners[pid]
            names = [*partner.names_by_lang.get(code, ()), partner.name_en, *partner.aliases]
            self.places.append(name_in(code, names, rng))

    def title(self) -> str:
        words = self.lang.words(self.rng, self.rng.randint(5, 10))
        text = self.lang.join(words)
        return f"{self.province_name}: {text}" if self.lang.spaced else self.province_name + text

    def _figure_phrase(self) -> str:
        figure = self.rng.choice(self.story.figures)
        number = format_number(figure["value"], self.lang.code, self.rng)
        unit = figure["unit"]
        word = unit if unit.isupper() else UNIT_WORDS.get(unit, {}).get(self.lang.code, "")
        return f"{number} {word}".strip() if self.lang.spaced else f"{number}{word}"

    def sentence(self) -> str:
        rng = self.rng
        words = self.lang.words(rng, rng.randint(9, 24))
        for _ in range(rng.choice((0, 1, 1, 2))):
            slot = rng.random()
            if slot < 0.55:
                filler = rng.choice(self.places)
            elif slot < 0.8 and self.story.figures:
                filler = self._figure_phrase()
            else:
                filler = str(rng.randint(2015, 2026))
            words.insert(rng.randint(1, len(words)), filler)
        if self.lang.spaced and len(words) > 10:
            cut = rng.randint(3, len(words) - 3)
            words[cut] += self.lang.comma
        elif not self.lang.spaced:
            words.insert(rng.randint(2, len(words) - 1), self.lang.comma)
        return self.lang.capitalise(self.lang.join(words)) + self.lang.period

    def paragraph(self) -> str:
        sentences = [self.sentence() for _ in range(self.rng.randint(2, 6))]
        return (" " if self.lang.spaced else "").join(sentences)

    def quotation(self) -> str:
        person = self.rng.choice(self.people)
        opening, closing = self.lang.quotes
        quote = f"{opening}{self.sentence()}{closing}"
        if self.lang.spaced:
            return f"{person['name']} {self.lang.said}: {quote}"
        return f"{person['name']}は{quote}{self.lang.said}。" if self.lang.code == "ja" else (
            f"{person['name']}{self.lang.said}：{quote}"
        )  # fmt: skip

    def body(self, target_bytes: int) -> str:
        rng = self.rng
        blocks: list[str] = [self.paragraph()]
        size = len(blocks[0].encode())
        while size < target_bytes:
            roll = rng.random()
            if roll < 0.05 and len(blocks) > 2 and self.lang.headings:
                block = f"## {rng.choice(self.lang.headings)}"
            elif roll < 0.18 and self.people:
                block = self.quotation()
            else:
                block = self.paragraph()
            blocks.append(block)
            size += len(block.encode()) + 2
        return "\n\n".join(blocks)


def generate(
    count: int, seed: int = 1, registries: Registries | None = None
) -> list[SyntheticEntry]:
    """``count`` entries, the same for the same seed and registries."""
    return CorpusGenerator(seed, registries).generate(count)


def write_digest_corpus(entries: Sequence[SyntheticEntry], root: Path) -> tuple[Path, Path]:
    """Entries as the digest reads them: ``root/content/entries/*.md`` and ``root/seeds/``."""
    entries_dir = root / "content" / "entries"
    seeds_dir = root / "seeds"
    for folder in (entries_dir, seeds_dir):
        folder.mkdir(parents=True, exist_ok=True)
    for entry in entries:
        (entries_dir / f"{entry.slug}.md").write_text(entry.text(), encoding="utf-8")
        seed_text = f"{entry.data['title']}\n{entry.data['source_url'] or ''}\n"
        (seeds_dir / entry.data["seed"]).write_text(seed_text, encoding="utf-8")
    return root / "content", seeds_dir


def plain_text(entry: SyntheticEntry) -> str:
    """The entry for plain Pelican: its body under Pelican's own metadata lines."""
    data = entry.data
    day = data["date"] or data["added"]
    category = data["topics"][0] if data["topics"] else "general"
    title = " ".join(str(data["title"]).split())
    return (f"Title: {title}\nDate: {day.isoformat()}\nSlug: {data['slug']}\n"
            f"Lang: {data['lang']}\nCategory: {category}\n\n{entry.body}\n")  # fmt: skip


def write_plain_corpus(entries: Sequence[SyntheticEntry], root: Path) -> Path:
    content = root / "content"
    content.mkdir(parents=True, exist_ok=True)
    for entry in entries:
        (content / f"{entry.slug}.md").write_text(plain_text(entry), encoding="utf-8")
    return content
