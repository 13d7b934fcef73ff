"""Reference pages generated from the code that defines them, so they cannot drift.

``invoke docs`` rewrites them; tests fail when a committed page differs from what the code says.
"""

from __future__ import annotations

from pathlib import Path

from digest.frontmatter import MAX_ENTRY_BYTES
from digest.registries import Registries
from digest.registry_files import MAX_REGISTRY_BYTES
from digest.registry_records import MAX_ALIASES, MAX_NAME_LENGTH
from digest.schema import (
    EARLIEST_SINCE,
    FIELDS,
    MAX_LIST_ITEMS,
    MAX_OTHER_TEXT_LENGTH,
    MAX_TEXT_LENGTH,
    MAX_URL_LENGTH,
)
from digest.site.body import MAX_RENDER_CPU_SECONDS
from digest.site.settings import SETTINGS
from digest.untrusted import MAX_SLUG_LENGTH, MAX_YAML_DEPTH

SCHEMA_PAGE = Path("docs/schema.md")
SETTINGS_PAGE = Path("docs/settings.md")

_SCHEMA_INTRO = """\
# Entry schema

<!-- Generated from digest/schema.py by `invoke docs`: edit the code, not this page. -->

Each entry is a Markdown file in `content/entries/` that starts with YAML front matter between
two `---` lines, followed by the article text as Markdown paragraphs. `invoke check` validates
every field below and names the file, line and field of anything wrong.

| field | type | required | meaning | example |
|---|---|---|---|---|
"""

_SCHEMA_OUTRO = """
## Ids come from the registries

- provinces: `registries/provinces.yaml` ({provinces} current units, {former} former ones)
- partners: `registries/partners.yaml` ({partners} localities and organisations kept by
  editors), `registries/generated/subdivisions.json` ({generated} ISO 3166-2 subdivisions from
  pycountry, rewritten by `invoke registries-generate`; the editors' records win) and every
  foreign country by its lowercase ISO 3166-1 code (`cn`, `kr`, `fr`), named from CLDR
- topics: `registries/topics.yaml` ({topics} topics)
- figure measures (`what`): `registries/measures.yaml` ({measures} measures); units: its
  `units` ({units} units) or an ISO 4217 currency code (`VND`, `USD`)

## YAML traps

Unquoted `NO`, `yes`, `off` are booleans and `1e6` is text: `invoke check` reports each with the
fix. In an entry, a number written other than in plain decimals (`0150`, `10:30`, `0x_FF`,
`1_000`) stays the text written, so a figure's value must be plain (`150`, `1000`) and a title
or story id of digits is read as typed. Quote text that looks like anything else.

## Limits

Entries and registries come by pull request, so the build refuses what no editor writes:

- an entry file larger than {max_entry_kb} KB;
- YAML anchors and aliases (`&name`, `*name`) and merge keys (`<<`): write values out;
- lists and mappings nested more than {max_depth} levels deep; a key written twice;
- U+2028, U+2029 or U+0085 in the front matter: YAML reads them as line breaks nobody sees;
- control characters (form feed, NUL, escape...), bidirectional overrides and isolates
  (U+202A-U+202E, U+2066-U+2069), lone surrogates and U+FFFE/U+FFFF in any text field, and
  text made only of invisible characters (zero-width spaces);
- a title or headline over {max_title} characters, a summary over {max_summary}, other text
  over {max_text}, a URL over {max_url}, a slug or id over {max_slug}, a list of more than
  {max_items} items;
- a figure of 10^18 or more;
- a `date` before {earliest}, or more than a day after `added`; an `added` in the future;
- a `seed` that is a path rather than the name of a file in `seeds/`;
- an image in the body (an entry carries no image files, and the pages' security policy
  loads none from another site), and
  a body that Markdown needs over {body_seconds} s of CPU to convert;
- a registry file over {max_registry_mb} MB; a province or partner with more than {max_aliases}
  aliases, or a name or alias over {max_name} characters or without a letter;
- a symbolic link anywhere in `content/`, `seeds/`, `registries/`, `vocabularies/` or `theme/`;
- a folder, pipe or device where an entry or registry file should be;
- a file in `content/entries/` that is not a `<slug>.md` directly in that folder, or whose name
  holds a control character or is not UTF-8; a file in `registries/` or `vocabularies/` that
  nothing reads.
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def schema_page(registries: Registries) -> str:
    rows = [
        f"| `{spec.name}` | {_cell(spec.type)} | {'yes' if spec.required else 'no'} | "
        f"{_cell(spec.help)} | `{_cell(spec.example)}` |"
        for spec in FIELDS
    ]
    former = len(registries.provinces) - len(registries.current_provinces())
    countries = sum(1 for p in registries.partners.values() if p.kind == "country")
    generated = sum(1 for p in registries.partners.values() if p.generated)
    outro = _SCHEMA_OUTRO.format(
        max_entry_kb=MAX_ENTRY_BYTES // 1024,
        max_depth=MAX_YAML_DEPTH,
        max_title=MAX_TEXT_LENGTH["title"],
        max_summary=MAX_TEXT_LENGTH["summary"],
        max_text=MAX_OTHER_TEXT_LENGTH,
        max_url=MAX_URL_LENGTH,
        max_slug=MAX_SLUG_LENGTH,
        max_items=MAX_LIST_ITEMS,
        earliest=EARLIEST_SINCE,
        max_registry_mb=MAX_REGISTRY_BYTES // (1024 * 1024),
        max_aliases=MAX_ALIASES,
        max_name=MAX_NAME_LENGTH,
        body_seconds=f"{MAX_RENDER_CPU_SECONDS:.0f}",
        provinces=len(registries.current_provinces()),
        former=former,
        partners=len(registries.partners) - countries - generated,
        generated=generated,
        topics=len(registries.topics),
        measures=len(registries.measures),
        units=len(registries.units),
    )
    return _SCHEMA_INTRO + "\n".join(rows) + "\n" + outro


def settings_page() -> str:
    lines = [
        "# Plugin settings",
        "",
        "<!-- Generated from digest/site/settings.py by `invoke docs`. -->",
        "",
        "The plugin reads one Pelican setting, `DIGEST`, a dict; each key defaults as below.",
        "",
        "| key | default | meaning |",
        "|---|---|---|",
    ]
    lines += [f"| `{s.name}` | `{s.default!r}` | {_cell(s.help)} |" for s in SETTINGS]
    return "\n".join(lines) + "\n"


def pages(registries: Registries) -> dict[Path, str]:
    return {SCHEMA_PAGE: schema_page(registries), SETTINGS_PAGE: settings_page()}
