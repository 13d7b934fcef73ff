"""The plugin's one setting, ``DIGEST``: a dict merged over DEFAULTS and checked once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from digest.errors import DigestError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("entries", "entries", "Folder of the entry files, inside Pelican's PATH."),
    Setting("registries", "registries",
            "Directory of the registries entries refer to (provinces, partners, topics...)."),
    Setting("vocabularies", "vocabularies",
            "Directory of the drafting vocabularies (the site reads roles.yaml's Vietnamese)."),
    Setting("translations", "theme/translations", "Directory of the gettext catalogues."),
    Setting("interface_languages", ("en", "vi"),
            "Interface languages. The one that is Pelican's DEFAULT_LANG is served at /, each "
            "other at /<code>/."),
    Setting("search", True, "Build the Pagefind search index after writing the site."),
    Setting("search_shard_size", 1700,
            "About how many entries one shard of the search index holds (a story's page "
            "carries the text of each of its editions). Pagefind holds a shard in memory "
            "while indexing it (about 0.23 MB an entry; two shards at a time after the pages "
            "are written); each shard adds one index chunk (about 35 KB) to what a search "
            "downloads."),
    Setting("feeds", True, "Write Atom and RSS feeds (they need an absolute SITEURL)."),
    Setting("parallel", True,
            "Read entries and render each interface language in forked processes, using every "
            "core."),
    Setting("cache", True,
            "Keep read entries and what each output file was made from under CACHE_PATH, so "
            "that a rebuild reads and writes only what changed."),
    Setting("lock_wait", 900,
            "Seconds a build waits for another build writing the same output folder before "
            "giving up with a message (one build at a time per folder)."),
)  # fmt: skip

DEFAULTS = {setting.name: setting.default for setting in SETTINGS}


class SettingsError(DigestError):
    """The DIGEST setting is malformed."""


def plugin_settings(settings: dict[str, Any]) -> dict[str, Any]:
    given = settings.get("DIGEST", {})
    unknown = set(given) - set(DEFAULTS)
    if unknown:
        raise SettingsError(f"DIGEST: unknown key(s) {', '.join(sorted(unknown))}; "
                            f"known: {', '.join(DEFAULTS)}")  # fmt: skip
    merged = {**DEFAULTS, **given}
    languages = tuple(merged["interface_languages"])
    default = settings.get("DEFAULT_LANG", "en")
    if default not in languages:
        raise SettingsError(
            f"DEFAULT_LANG {default!r} is not one of DIGEST's interface_languages "
            f"({', '.join(languages)}): the site's root needs an interface"
        )
    # The interface served at the root comes first: it is rendered first and indexed.
    merged["interface_languages"] = (default, *(lang for lang in languages if lang != default))
    return merged
