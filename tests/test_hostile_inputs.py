"""What a second hunt as a hostile contributor found after items 1-13 of issue 12.

Each test is one attempt that crashed, hung, failed silently or was a vulnerability before its
fix (the table is in the closing note of issue 12). The bad-input corpus holds the cases that
fit one entry or registry file; these need a file type, a file name, a catalogue, a template,
the preview server or a cost that a corpus file cannot carry.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from digest.add import seed_name
from digest.content_checks import check_content
from digest.errors import InputError
from digest.preview import make_server
from digest.registries import REGISTRY_DIR, default_registries, load_registries
from digest.site import body, i18n
from digest.site.cpu_budget import OverBudget
from digest.site.entries import TextStore, read_entry
from digest.site.search_terms import SearchTerms

from .site_helpers import ROOT

CORPUS = Path(__file__).resolve().parent / "bad_inputs"
VALID = CORPUS / "_valid" / "entries" / "lang-son-example-de.md"
SEEDS = CORPUS / "_seeds"
TITLE = "title: Lang Son und Guangxi vereinbaren Zusammenarbeit\n"


def _entries(tmp_path: Path) -> Path:
    entries = tmp_path / "entries"
    entries.mkdir()
    shutil.copyfile(VALID, entries / VALID.name)
    return entries


def _check(entries: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "digest", "check", "--entries", str(entries),
               "--seeds", str(SEEDS)]  # fmt: skip
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_sixty_thousand_brackets_are_refused_before_libyaml_composes_them(tmp_path: Path) -> None:
    """libyaml composes nested brackets by recursion in C: 50,000 crashed `digest check` with
    a segmentation fault, 5,000 with a RecursionError traceback."""
    entries = _entries(tmp_path)
    for depth in (5_000, 60_000):
        text = VALID.read_text(encoding="utf-8")
        nested = f"title: {'[' * depth}x{']' * depth}\n"
        (entries / VALID.name).write_text(text.replace(TITLE, nested), encoding="utf-8")
        result = _check(entries)
        assert result.returncode == 1, result.stderr
        assert result.stderr == (
            f"error: {entries / VALID.name}:4: front matter is not valid YAML: lists and "
            "mappings nested more than 20 levels deep; flatten them\n"
        )


@pytest.mark.parametrize("kind", ["fifo", "socket"])
def test_a_pipe_or_socket_named_like_an_entry_is_refused_not_read(
    tmp_path: Path, kind: str
) -> None:
    """Reading a FIFO waited forever; a socket raised OSError with a traceback."""
    entries = _entries(tmp_path)
    special = entries / "special.md"
    if kind == "fifo":
        os.mkfifo(special)
    else:
        listener = socket.socket(socket.AF_UNIX)
        listener.bind(str(special))
        listener.close()
    with pytest.raises(InputError) as raised:
        check_content(entries, SEEDS, default_registries())
    assert [str(p) for p in raised.value.problems] == [
        f"{special}: is a pipe, socket or device, not a file; expected a text file"
    ]
    problems = read_entry(special, SearchTerms(default_registries()), TextStore(tmp_path / "t"))
    assert [str(p) for p in problems] == [str(raised.value.problems[0])]  # the build's reader


def test_a_file_name_cannot_forge_a_line_of_output(tmp_path: Path) -> None:
    entries = _entries(tmp_path)
    shutil.copyfile(VALID, entries / "a\nerror: all entries are valid.md")
    shutil.copyfile(VALID, Path(os.fsdecode(os.fsencode(entries) + b"/b\xff.md")))
    result = _check(entries)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {entries}/a\\x0aerror: all entries are valid.md: not read: the file name holds "
        "a control character or is not UTF-8; rename it <slug>.md",
        f"error: {entries}/b\\udcff.md: not read: the file name holds a control character or is "
        "not UTF-8; rename it <slug>.md",
    ]


def test_an_article_named_with_a_newline_gets_a_seed_name_check_accepts(tmp_path: Path) -> None:
    assert seed_name(Path("/in/evil\nname.txt"), tmp_path) == "evil-name.txt"
    assert seed_name(Path("/in/.hidden.txt"), tmp_path) == "hidden.txt"


def _registries(tmp_path: Path) -> Path:
    registries = tmp_path / "registries"
    shutil.copytree(REGISTRY_DIR, registries)
    return registries


def test_registries_json_nested_past_the_decoders_recursion_is_one_line(tmp_path: Path) -> None:
    registries = _registries(tmp_path)
    generated = registries / "generated" / "subdivisions.json"
    generated.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_registries(registries)
    assert [str(p) for p in raised.value.problems] == [
        f"{generated}: not valid JSON: arrays or objects nested too deeply"
    ]


def test_a_key_written_twice_in_the_generated_partners_is_refused(tmp_path: Path) -> None:
    registries = _registries(tmp_path)
    generated = registries / "generated" / "subdivisions.json"
    text = generated.read_text(encoding="utf-8")
    generated.write_text(text.replace('"id": "la-attapu",', '"id": "la-attapu", "id": "x",', 1))
    with pytest.raises(InputError, match=r"not valid JSON: key 'id' written twice in one object"):
        load_registries(registries)


def test_a_registry_that_is_a_pipe_is_refused_not_read(tmp_path: Path) -> None:
    registries = _registries(tmp_path)
    (registries / "outlets.yaml").unlink()
    os.mkfifo(registries / "outlets.yaml")
    with pytest.raises(InputError, match=r"outlets\.yaml: is a pipe, socket or device"):
        load_registries(registries)


def test_a_registry_file_of_megabytes_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A 726 KB partners.yaml giving one partner 40,000 aliases made every page naming that
    partner 724 KB (its aliases are searchable); a larger file took the checks minutes."""
    registries = _registries(tmp_path)
    partners = registries / "partners.yaml"
    filler = "# " + "x" * 1_000 + "\n"
    partners.write_text(partners.read_text(encoding="utf-8") + filler * 4_200, encoding="utf-8")
    size = partners.stat().st_size
    started = time.monotonic()
    with pytest.raises(InputError) as raised:
        load_registries(registries)
    assert time.monotonic() - started < 2
    assert [str(p) for p in raised.value.problems] == [
        f"{partners}: is {size:,} bytes; a registry file may be at most 4,194,304 (docs/schema.md)"
    ]


def test_a_catalogue_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    """Babel's reader raised UnicodeDecodeError: a traceback in the build and in
    `invoke i18n.check`."""
    translations = _catalogue(tmp_path, "", "")
    po_path = i18n.catalogue_path(translations, "vi")
    po_path.write_bytes(b"\x94" + po_path.read_bytes())
    with pytest.raises(i18n.TranslationError) as raised:
        i18n.load(translations, "vi")
    assert str(raised.value) == (
        f"{po_path}: expected UTF-8 text (byte 0 is not); save it as UTF-8"
    )
    assert i18n.report(str(translations)) == 1


def _catalogue(tmp_path: Path, old: str, new: str) -> Path:
    translations = tmp_path / "translations"
    shutil.copytree(ROOT / "theme" / "translations", translations)
    po = i18n.catalogue_path(translations, "vi")
    text = po.read_text(encoding="utf-8")
    assert old in text
    po.write_text(text.replace(old, new, 1), encoding="utf-8")
    return translations


def test_a_translation_holding_markup_reaches_pages_escaped(tmp_path: Path) -> None:
    """Jinja marks what gettext returns as safe: a msgstr with a script tag or a quote was
    written into every Vietnamese page as it stood."""
    from jinja2 import Environment

    hostile = '<script>alert(1)</script>" onmouseover="alert(2)'
    translations = _catalogue(
        tmp_path, 'msgstr "Tìm kiếm"', f'msgstr "{hostile.replace(chr(34), chr(92) + chr(34))}"'
    )
    env = Environment(extensions=["jinja2.ext.i18n"], autoescape=True)
    env.install_gettext_translations(
        i18n.EscapedTranslations(i18n.load(translations, "vi")), newstyle=True
    )
    page = env.from_string("<a title=\"{{ _('Search') }}\">{{ _('Search') }}</a>").render()
    assert "<script>" not in page and '" onmouseover' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&#34; onmouseover=&#34;alert(2)" in page


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('msgstr "Tìm kiếm"', 'msgstr "%(secret)s"', "uses %(secret)s, which the msgid does not"),
        ('msgstr "Tìm kiếm"', 'msgstr "100%"', "uses a lone %"),
        ('msgstr[0] "%(number)s tin"', 'msgstr[0] "%(nope)s tin"', "uses %(nope)s"),
    ],
)
def test_a_translation_jinja_cannot_fill_in_is_named_with_its_line(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    """These raised KeyError or ValueError with a traceback on the first Vietnamese page."""
    translations = _catalogue(tmp_path, old, new)
    with pytest.raises(InputError) as raised:
        i18n.load(translations, "vi")
    [problem] = raised.value.problems
    po = i18n.catalogue_path(translations, "vi")
    assert problem.field == "msgstr" and message in problem.message
    assert po.read_text(encoding="utf-8").splitlines()[problem.line - 1].startswith("msgid")


def test_a_plural_formula_gettext_refuses_is_one_line(tmp_path: Path) -> None:
    translations = _catalogue(tmp_path, "plural=0;", "plural=__import__('os');")
    with pytest.raises(i18n.TranslationError, match=r"Plural-Forms header: invalid token"):
        i18n.load(translations, "vi")


def test_a_body_markdown_converts_in_quadratic_time_is_refused() -> None:
    """20,000 "[x][" took minutes of Python-Markdown; the build's read of it never ended."""
    started = time.process_time()
    with pytest.raises(OverBudget):
        body.render("[x][" * 20_000, cpu_seconds=0.5)
    assert time.process_time() - started < 3
    assert body.render("Lang Son *und* Guangxi") == "<p>Lang Son <em>und</em> Guangxi</p>"


@pytest.mark.parametrize(
    "image",
    [
        "https://tracker.example/p.png",  # the pages' policy (img-src 'self') blocks it
        "photo.jpg",  # no entry carries image files: a broken picture
        "../../../../etc/passwd",
        '<img src="x" onerror="alert(1)">',  # the sanitiser keeps the image, not the script
    ],
)
def test_an_image_in_a_body_is_reported_not_published_broken(tmp_path: Path, image: str) -> None:
    """An image from another site, and any local one, were published as a broken picture
    without a word at build."""
    entries = _entries(tmp_path)
    entry = entries / VALID.name
    markdown = image if image.startswith("<") else f"![photo]({image})"
    entry.write_text(VALID.read_text(encoding="utf-8") + f"\n{markdown}\n", encoding="utf-8")
    problems = read_entry(entry, SearchTerms(default_registries()), TextStore(tmp_path / "t"))
    source = "x" if image.startswith("<") else image
    assert [str(p) for p in problems] == [
        f"{entry}: body: image {source!r} cannot be shown: an entry carries no image files, and "
        "pages load no image from another site; remove it"
    ]


def test_the_preview_answers_a_nul_in_a_url_with_400(tmp_path: Path) -> None:
    """ "%00" made open() raise: a traceback in the editor's console and an empty reply."""
    (tmp_path / "index.html").write_text("home", encoding="utf-8")
    server = make_server(tmp_path, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        with pytest.raises(urllib.error.HTTPError) as raised:
            urllib.request.urlopen(f"http://{host}:{port}/index.html%00.txt", timeout=5)
        assert raised.value.code == 400
    finally:
        server.shutdown()
        server.server_close()


def _build_with_template_line(tmp_path: Path, line: str) -> tuple[Path, str]:
    """Build the valid entry with ``line`` put first in the 404 template; the template and
    what the build printed."""
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme, ignore=shutil.ignore_patterns("*.mo"))
    template = theme / "templates" / "404.html"
    template.write_text(line + template.read_text(encoding="utf-8"), encoding="utf-8")
    content = tmp_path / "content"
    shutil.copytree(VALID.parent, content / "entries")
    command = [sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / "pelicanconf.py"),
               "-o", str(tmp_path / "output"), "--cache-path", str(tmp_path / "cache"),
               "-e", f'THEME="{theme}"']  # fmt: skip
    env = {**os.environ, "COLUMNS": "500"}
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env,
                            timeout=120)  # fmt: skip
    assert result.returncode == 1
    return template, result.stdout + result.stderr


def test_a_template_cannot_run_commands_and_its_error_is_one_line(tmp_path: Path) -> None:
    """Pelican's Jinja environment was not sandboxed: a template in a pull request ran any
    command during the build (and `invoke check`, and CI)."""
    marker = tmp_path / "marker"
    hostile = f"{{{{ lipsum.__globals__.os.popen('touch {marker}').read() }}}}"
    template, output = _build_with_template_line(tmp_path, hostile)
    assert not marker.exists()
    assert "Traceback" not in output
    assert (
        f"{template}:1: template error: SecurityError: access to attribute '__globals__' of "
        "'function' object is unsafe." in output
    )


def test_a_cache_committed_in_a_pull_request_is_not_used(tmp_path: Path) -> None:
    """A cache folder carried by a pull request, its texts matching the entries' digests, put
    its HTML (a script here) into the preview as it stood, never sanitised."""
    project = tmp_path / "project"
    content, output, cache = project / "content", project / "output", project / "cache"
    shutil.copytree(VALID.parent, content / "entries")
    command = [sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / "pelicanconf.py"),
               "-o", str(output), "--cache-path", str(cache)]  # fmt: skip
    env = {**os.environ, "COLUMNS": "500"}
    assert subprocess.run(command, cwd=ROOT, capture_output=True, env=env).returncode == 0
    [text] = [p for p in (cache / "digest").glob("*/texts/*/*") if p.is_file()]
    text.write_text("<script>alert('planted')</script>\0terms", encoding="utf-8")
    shutil.rmtree(output)  # a fresh checkout of the pull request: output/ is not committed
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], cwd=project, check=True)
    subprocess.run([*git, "add", "-f", "cache"], cwd=project, check=True)
    subprocess.run([*git, "commit", "-qm", "planted"], cwd=project, check=True)
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "holds files committed to git; the build cache is not used" in result.stdout
    page = (output / "entries" / "lang-son-example-de" / "index.html").read_text()
    assert "planted" not in page
    assert "Lang Son und Guangxi vereinbaren eine engere Zusammenarbeit" in page


def test_a_template_error_in_the_vietnamese_interface_is_one_line_too(tmp_path: Path) -> None:
    """The /vi/ pages are rendered in a forked process, whose failure came back as a
    traceback of 40 lines."""
    line = "{% if ui == 'vi' %}{% include 'missing.html' %}{% endif %}"
    template, output = _build_with_template_line(tmp_path, line)
    assert "Traceback" not in output
    assert (
        f"rendering vi failed: {template}:1: template error: TemplateNotFound: missing.html"
        in output
    )


def test_a_template_that_loops_stops_the_build_with_the_page_named(tmp_path: Path) -> None:
    """Ten billion turns of a loop kept the build (and CI) busy until the CI time limit."""
    line = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    started = time.monotonic()
    template, output = _build_with_template_line(tmp_path, line)
    assert time.monotonic() - started < 60
    assert "Traceback" not in output
    assert (
        f"{template}: template error: rendering 404.html took over 10 s of CPU (a page takes "
        "milliseconds); look for a loop" in output
    )
