"""Interface translations: the theme's gettext catalogues, compiled with Babel at build time.

Compiling the ``.po`` file in memory on every build means a stale or missing ``.mo`` can never
put old or English strings on a Vietnamese page. A configured language without a catalogue,
or with untranslated or fuzzy messages, is an error rather than a quietly English page.
"""

from __future__ import annotations

import gettext
import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations
from jinja2 import Environment
from markupsafe import Markup, escape

from digest.errors import DigestError, InputError, Problem
from digest.yamlhints import shorten

DOMAIN = "messages"
SOURCE_LANGUAGE = "en"


class TranslationError(DigestError):
    """A catalogue is missing or incomplete."""


def catalogue_path(translations_dir: Path, lang: str) -> Path:
    return translations_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalogue(po_path: Path, lang: str | None = None) -> Catalog:
    """The catalogue at ``po_path``, which must be UTF-8 (as pybabel writes it)."""
    data = po_path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise TranslationError(
            f"{po_path}: expected UTF-8 text (byte {error.start:,} is not); save it as UTF-8"
        ) from None
    return read_po(io.BytesIO(data), locale=lang, charset="utf-8")


def incomplete_messages(catalog: Catalog) -> list[str]:
    """Message ids that have no translation, or only a fuzzy one."""
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
    catalog = read_catalogue(po_path, lang)
    missing = incomplete_messages(catalog)
    if missing:
        raise TranslationError(
            f"{po_path}: {len(missing)} message(s) untranslated or fuzzy, first {missing[0]!r}; "
            "translate them, then build again"
        )
    problems = list(_format_problems(po_path, catalog))
    if problems:
        raise InputError(problems)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    try:
        return Translations(fp=buffer, domain=DOMAIN)
    except ValueError as error:  # gettext refuses the header's plural expression
        raise TranslationError(f"{po_path}: Plural-Forms header: {error}") from None


# What Jinja's gettext fills in: ``%(name)s`` with a name the template passes, and ``%%``.
_PLACEHOLDER = re.compile(r"%(?:\((\w+)\)[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]|%)")


def _format_problems(po_path: Path, catalog: Catalog) -> Iterator[Problem]:
    """Translations Jinja would fail to fill in (a name the msgid does not have, a lone ``%``):
    every page in the language would stop the build with a KeyError."""
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        given = {name for text in ids for name in _PLACEHOLDER.findall(text) if name}
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            names = [found.group(1) for found in _PLACEHOLDER.finditer(text)]
            unknown = sorted({name for name in names if name} - given)
            lone = text.count("%") - sum(1 + (name is None) for name in names)
            if unknown or lone:
                what = f"%({unknown[0]})s, which the msgid does not have" if unknown else "a lone %"
                yield Problem(
                    po_path,
                    f"translation of {shorten(repr(ids[0]))} uses {what}; use the msgid's "
                    f"placeholders, and %% for a percent sign",
                    field="msgstr",
                    line=message.lineno,
                )


class EscapedTranslations:
    """Translations for templates, escaped for HTML like any other text.

    Jinja marks what gettext returns as safe markup when autoescaping: a catalogue comes by
    pull request like an entry, and a msgstr holding a script tag or a quote would otherwise
    reach every page of its language as written. No msgid holds markup.
    """

    def __init__(self, translations: gettext.NullTranslations) -> None:
        self._translations = translations

    def gettext(self, message: str) -> Markup:
        return escape(self._translations.gettext(message))

    def ngettext(self, singular: str, plural: str, count: int) -> Markup:
        return escape(self._translations.ngettext(singular, plural, count))

    def pgettext(self, context: str, message: str) -> Markup:
        return escape(self._translations.pgettext(context, message))

    def npgettext(self, context: str, singular: str, plural: str, count: int) -> Markup:
        return escape(self._translations.npgettext(context, singular, plural, count))


def install(env: Environment, translations: EscapedTranslations) -> None:
    """Give the templates ``translations`` as Jinja's i18n extension does in its new style
    (``_('%(name)s', name=…)``: the message marked safe, the variables escaped, ``%%`` a percent
    sign), with each message looked up once per interface.

    The extension's ``_`` and ``gettext`` each go through the sandbox twice per string and
    format it afresh: a 10,000-entry site renders about 800,000 of them, about a sixth of the
    time spent rendering pages."""
    env.install_gettext_translations(translations, newstyle=True)
    messages: dict[str, Markup] = {}
    # Most calls pass no variables (``_('Partners')``): the message formatted with none (its
    # ``%%`` made ``%``) depends on the message alone, so it is formatted once, not on each of
    # some 700,000 calls.
    plain: dict[str, Markup] = {}

    def gettext(message: str, /, **variables: Any) -> Markup:
        if not variables:
            done = plain.get(message)
            if done is None:
                done = plain[message] = Markup(translations.gettext(message)) % variables
            return done
        found = messages.get(message)
        if found is None:
            found = messages[message] = Markup(translations.gettext(message))
        return found % variables

    def ngettext(singular: str, plural: str, count: int, /, **variables: Any) -> Markup:
        variables.setdefault("num", count)
        return Markup(translations.ngettext(singular, plural, count)) % variables

    env.globals.update(_=gettext, gettext=gettext, ngettext=ngettext)


def report(translations_dir: str) -> int:
    """Print incomplete catalogues for ``invoke i18n.check``; the exit status for the shell."""
    failed = 0
    for po_path in sorted(Path(translations_dir).glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        try:
            catalog = read_catalogue(po_path)
        except TranslationError as error:
            sys.stderr.write(f"{error}\n")
            failed = 1
            continue
        for message_id in incomplete_messages(catalog):
            sys.stderr.write(f"{po_path}: untranslated or fuzzy: {message_id!r}\n")
            failed = 1
    return failed
