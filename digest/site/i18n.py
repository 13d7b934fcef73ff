"""Interface translations: the theme's gettext catalogues, compiled with Babel at build time.

Compiling the ``.po`` file in memory on every build means a stale or missing ``.mo`` can never
put old or English strings on a Vietnamese page. A configured language without a catalogue,
or with untranslated or fuzzy messages, is an error rather than a quietly English page.
"""

from __future__ import annotations

import gettext
import io
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from digest.errors import DigestError

DOMAIN = "messages"
SOURCE_LANGUAGE = "en"


class TranslationError(DigestError):
    """A catalogue is missing or incomplete."""


def catalogue_path(translations_dir: Path, lang: str) -> Path:
    return translations_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def incomplete_messages(po_path: Path) -> list[str]:
    """Message ids that have no translation, or only a fuzzy one."""
    with po_path.open("rb") as handle:
        catalog = read_po(handle)
    return [
        str(message.id)
        for message in catalog
        if message.id and (message.fuzzy or not _translated(message.string))
    ]


def _translated(string: object) -> bool:
    if isinstance(string, tuple):
        return all(string)
    return bool(string)


def load(translations_dir: Path, lang: str) -> gettext.NullTranslations:
    if lang == SOURCE_LANGUAGE:
        # Templates are written in English: the source text is the English interface.
        return gettext.NullTranslations()
    po_path = catalogue_path(translations_dir, lang)
    if not po_path.is_file():
        raise TranslationError(f"{po_path}: no catalogue for interface language {lang!r}")
    missing = incomplete_messages(po_path)
    if missing:
        raise TranslationError(
            f"{po_path}: {len(missing)} message(s) untranslated or fuzzy, first {missing[0]!r}; "
            "translate them, then build again"
        )
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)


def report(translations_dir: str) -> int:
    """Print incomplete catalogues for ``invoke i18n.check``; the exit status for the shell."""
    failed = 0
    for po_path in sorted(Path(translations_dir).glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        for message_id in incomplete_messages(po_path):
            sys.stderr.write(f"{po_path}: untranslated or fuzzy: {message_id!r}\n")
            failed = 1
    return failed
