"""The interface catalogues: current with the templates, complete, and loaded by the build."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

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
         "-F", str(TRANSLATIONS / "babel.cfg"), "-o", str(fresh), "theme/templates"],
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
