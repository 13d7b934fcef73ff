"""Rebuild the site whenever anything it is built from changes (``invoke serve``).

Pelican's ``--autoreload`` watches the content folder, the theme and the settings file. The
digest is also built from its registries, its vocabularies and its translation catalogues, which
may sit outside those (DIGEST["registries"], ["vocabularies"], ["translations"]). This loop
watches every one of them and runs one Pelican build per change, each in a fresh process: an
edit to the settings or to the plugin's own code is then picked up as well, and a failed build
(an editor's mistake) is reported without ending the loop.

    python -m digest.site.autoreload content -s pelicanconf.py -o output

takes Pelican's own arguments and passes them on to every build.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import watchfiles
from pelican import DEFAULT_CONFIG_NAME, get_config, parse_arguments
from pelican.settings import read_settings
from pelican.utils import FileChangeFilter

from digest.site.settings import plugin_settings


def watched_paths(settings_file: Path, settings: dict[str, Any]) -> list[Path]:
    """Every file and folder the build reads: Pelican's and the digest's own."""
    options = plugin_settings(settings)
    paths = [settings_file, Path(settings["PATH"]), Path(settings["THEME"])]
    paths += [Path(options[key]) for key in ("registries", "vocabularies", "translations")]
    return sorted({path.resolve() for path in paths if path.exists()})


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = parse_arguments(arguments)
    settings_file = Path(args.settings or DEFAULT_CONFIG_NAME)
    settings = read_settings(str(settings_file), override=get_config(args))
    paths = watched_paths(settings_file, settings)
    build = [sys.executable, "-m", "pelican", *arguments]
    sys.stdout.write("Rebuilding on every change of " + ", ".join(map(str, paths)) + "\n")
    sys.stdout.flush()
    ignored = FileChangeFilter(ignore_file_patterns=settings.get("IGNORE_FILES", []))
    # The watcher starts before the first build, so an edit made while it runs is not missed:
    # its first answer, after at most a second without changes, is the cue for that build.
    watcher = watchfiles.watch(
        *paths, watch_filter=ignored, rust_timeout=1_000, yield_on_timeout=True
    )
    built = False
    try:
        for changes in watcher:
            if changes:
                changed = sorted({path for _, path in changes})
                sys.stdout.write(f"-> Modified: {', '.join(changed)}. Rebuilding...\n")
                sys.stdout.flush()
            elif built:
                continue
            subprocess.run(build, check=False)
            built = True
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
