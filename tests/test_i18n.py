"""The interface catalogues: current with the templates, complete, and loaded by the build."""

from __future__ import annotations

import gettext
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from jinja2 import Environment
from markupsafe import Markup

from digest.site import i18n
from tests.site_helpers import ROOT

TRANSLATIONS = ROOT / "theme" / "translations"


def _ids(path: Path) -> set[object]:
    with path.open("rb") as handle:
        return {message.id for message in read_po(handle) if message.id}


def test_template_strings_are_all_in_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "messages.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "--quiet", "extract", "--no-wrap",
         "-F", str(TRANSLATIONS / "babel.cfg"), "-o", str(fresh), "theme/templates",
         # Markup written in Python, with the templates' words (babel.cfg).
         "digest/site/chart_html.py", "digest/site/figure_html.py", "digest/site/entry_html.py"],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    assert _ids(fresh) == _ids(TRANSLATIONS / "messages.pot"), "run `invoke i18n.update`"
    assert _ids(fresh) == _ids(i18n.catalogue_path(TRANSLATIONS, "vi"))


def test_vietnamese_catalogue_is_complete() -> None:
    catalogue = i18n.read_catalogue(i18n.catalogue_path(TRANSLATIONS, "vi"))
    assert i18n.incomplete_messages(catalogue) == []


def test_translations_compile_and_translate() -> None:
    vi = i18n.load(TRANSLATIONS, "vi")
    assert vi.gettext("Provinces") == "Tỉnh, thành phố"
    assert vi.ngettext("%(number)s entry", "%(number)s entries", 5) == "%(number)s bài"


def test_missing_or_incomplete_catalogue_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(i18n.TranslationError, match="no catalogue"):
        i18n.load(tmp_path, "fr")
    po = i18n.catalogue_path(tmp_path, "fr")
    po.parent.mkdir(parents=True)
    po.write_text('msgid "Provinces"\nmsgstr ""\n', encoding="utf-8")
    with pytest.raises(i18n.TranslationError, match="untranslated or fuzzy"):
        i18n.load(tmp_path, "fr")


def test_installed_gettext_formats_a_message_alike_with_and_without_variables() -> None:
    """A message without variables is formatted once and then remembered: the same answer
    every time, ``%%`` a percent sign, and one with variables still escapes them."""
    env = Environment(extensions=["jinja2.ext.i18n"], autoescape=True)
    i18n.install(env, i18n.EscapedTranslations(gettext.NullTranslations()))
    _ = env.globals["_"]
    for _twice in range(2):
        assert _("100%% sure") == Markup("100% sure")
        assert _("Provinces") == Markup("Provinces")
        assert _("%(name)s & co", name="<b>") == Markup("&lt;b&gt; &amp; co")
    template = env.from_string("{{ _('Provinces') }}|{{ _('a %(x)s', x='<') }}|{{ _('5%%') }}")
    assert template.render() == template.render() == "Provinces|a &lt;|5%"
