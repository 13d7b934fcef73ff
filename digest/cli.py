"""Command line: ``python -m digest extract|ingest|check``. Errors become one line each."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from digest.content_checks import check_content
from digest.errors import DigestError, InputError
from digest.extract.cities import check_gazetteer
from digest.extract.drafting import draft
from digest.extract.vietnam_places import check_vietnam_wards
from digest.ingest import ingest
from digest.registries import (
    REGISTRY_DIR,
    VOCABULARY_DIR,
    Registries,
    default_registries,
    load_registries,
)

PROJECT_DIR = Path.cwd()


def _registries(args: argparse.Namespace) -> Registries:
    """The registries of the folders given (``--registries``, ``--vocabularies``)."""
    folders = (Path(args.registries), Path(args.vocabularies))
    if folders == (REGISTRY_DIR, VOCABULARY_DIR):
        return default_registries()
    return load_registries(*folders)


def _extract(args: argparse.Namespace) -> int:
    registries = _registries(args)
    results = []
    for path in args.paths:
        drafted = draft(Path(path), registries)
        for note in drafted.notes:
            sys.stderr.write(f"{path}: review: {note}\n")
        results.append(drafted.as_json())
    if len(results) == 1:
        sys.stdout.write(json.dumps(results[0], ensure_ascii=False, indent=2) + "\n")
    else:
        for result in results:
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


def _ingest(args: argparse.Namespace) -> int:
    written = ingest(Path(args.seeds), Path(args.entries), _registries(args), dt.date.today())
    for item in written:
        review = ", ".join(item.draft.needs_review) or "nothing flagged"
        sys.stdout.write(f"drafted {item.path} from {item.seed} (review: {review})\n")
    if not written:
        sys.stdout.write("every seed already has an entry; nothing drafted\n")
    return 0


def _check(args: argparse.Namespace) -> int:
    registries = _registries(args)
    # Drafting reads the generated cities and wards lazily; a check reads them now.
    check_gazetteer(registries)
    check_vietnam_wards(registries)
    count = check_content(Path(args.entries), Path(args.seeds), registries)
    sys.stdout.write(f"ok: {count} entries and every registry are valid\n")
    return 0


def _add(args: argparse.Namespace) -> int:
    from digest.add import add, report

    added = add(
        Path(args.path), Path(args.seeds), Path(args.entries), _registries(args), dt.date.today()
    )
    sys.stdout.write("".join(f"{line}\n" for line in report(added)))
    for problem in added.other_problems:
        sys.stderr.write(f"warning: {problem}\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m digest", description=__doc__)
    parser.add_argument(
        "--registries",
        default=str(REGISTRY_DIR),
        help="folder of the registries entries refer to (default: %(default)s)",
    )
    parser.add_argument(
        "--vocabularies",
        default=str(VOCABULARY_DIR),
        help="folder of the drafting vocabularies (default: %(default)s)",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="print the drafted front matter as JSON")
    extract.add_argument("paths", nargs="+", metavar="PATH")
    extract.set_defaults(run=_extract)
    for name, run, help_text in (
        ("ingest", _ingest, "draft an entry for every seed that has none"),
        ("check", _check, "validate every entry and registry"),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument("--seeds", default="seeds")
        command.add_argument("--entries", default="content/entries")
        command.set_defaults(run=run)
    add = commands.add_parser("add", help="copy an article into seeds/ and draft its entry")
    add.add_argument("path", metavar="PATH")
    add.add_argument("--seeds", default="seeds")
    add.add_argument("--entries", default="content/entries")
    add.set_defaults(run=_add)
    from digest.built_site_checks import register as register_check_site

    register_check_site(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except InputError as error:
        for problem in error.problems:
            sys.stderr.write(f"error: {problem}\n")
        return 1
    except DigestError as error:
        sys.stderr.write(f"error: {error}\n")
        return 1
