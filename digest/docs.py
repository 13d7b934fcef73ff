"""Reference pages generated from the code that defines them, so they cannot drift.

``invoke docs`` rewrites them; tests fail when a committed page differs from what the code says.
"""

from __future__ import annotations

from pathlib import Path

from digest.frontmatter import MAX_ENTRY_BYTES
from digest.registries import Registries
from digest.schema import FIELDS
from digest.site.settings import SETTINGS

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

Unquoted `NO`, `yes`, `off` are booleans, `10:30` is the number 630, `0123` is 83 and `1e6` is
text: `invoke check` reports each with the fix. Quote text that looks like anything else.

## Limits

Entries and registries come by pull request, so the build refuses what no editor writes:

- an entry file larger than {max_entry_kb} KB;
- YAML anchors and aliases (`&name`, `*name`): write values out;
- control characters (form feed, NUL, escape...), lone surrogates and U+FFFE/U+FFFF in any
  text field;
- a figure of 10^18 or more;
- a symbolic link anywhere in `content/`, `seeds/`, `registries/`, `vocabularies/` or `theme/`;
- a file in `content/entries/` that is not a `<slug>.md` directly in that folder.
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
