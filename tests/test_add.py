"""Adding one article: copied into seeds/, drafted like ingest, review printed, nothing clobbered."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from digest import frontmatter
from digest.add import add, report, seed_name
from digest.cli import main
from digest.content_checks import load_entries
from digest.errors import InputError
from digest.ingest import ingest
from digest.schema import FIELD_NAMES, validate
from tests.site_helpers import ROOT

TODAY = dt.date(2026, 11, 24)
GERMAN = ROOT / "seeds" / "004_faf4e6ad45cd22b9.txt"  # Lang Son, German edition
JAPANESE = ROOT / "seeds" / "003_7da2066bcc7f7071.txt"  # Lao Cai


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "content" / "entries").mkdir(parents=True)
    return tmp_path


@pytest.fixture
def article(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    return Path(shutil.copy(GERMAN, inbox / "lang-son-article.txt"))


def run_add(project: Path, path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["add", str(path), "--seeds", str(project / "seeds"),
                 "--entries", str(project / "content" / "entries")])  # fmt: skip
    out, err = capsys.readouterr()
    return code, out, err


def listing(project: Path) -> dict[str, list[str]]:
    return {
        name: sorted(p.name for p in (project / name).iterdir())
        for name in ("seeds", "content/entries")
    }


def test_add_copies_drafts_and_lists_what_to_review(
    project: Path, article: Path, capsys: pytest.CaptureFixture[str], registries
) -> None:
    code, out, err = run_add(project, article, capsys)

    assert code == 0, err
    assert err == ""
    seed = project / "seeds" / "lang-son-article.txt"
    assert seed.read_bytes() == GERMAN.read_bytes()
    entries = sorted((project / "content" / "entries").iterdir())
    assert [p.name for p in entries] == ["lang-son-tang-doi-ngoai-mo-rong-hop-de.md"]
    data = frontmatter.read(entries[0]).data
    assert data["seed"] == "lang-son-article.txt"
    assert data["status"] == "draft" and data["province"] == "lang-son"
    assert len(load_entries(project / "content" / "entries", registries)) == 1

    lines = out.splitlines()
    assert lines[0] == f"copied {article} to {seed}"
    assert lines[1] == f"drafted {entries[0]} (status: draft)"
    assert f"  needs_review: {', '.join(data['needs_review'])}" in lines
    assert "  province: lang-son (as written: lang-son)" in lines
    # Every figure, person and partner of the draft is listed, in the draft's order.
    shown_figures = lines[lines.index(f"  figures found: {len(data['figures'])}") + 1 :]
    for figure, line in zip(data["figures"], shown_figures, strict=False):
        approx = " (approx.)" if figure["approx"] else ""
        assert line == f"    {figure['value']:,} {figure['unit']} {figure['what']}{approx}"
    assert "    173 count delegations_sent" in lines
    assert "    1,600,000 USD aid" in lines
    assert "    2,080,000 USD aid (approx.)" in lines
    shown_people = lines[lines.index(f"  people found: {len(data['people'])}") + 1 :]
    for person, line in zip(data["people"], shown_people, strict=False):
        assert line.startswith(f"    {person['name']}") and line.endswith(f": {person['role']}")
    shown_partners = lines[lines.index(f"  partners found: {len(data['partners'])}") + 1 :]
    for partner_id, line in zip(data["partners"], shown_partners, strict=False):
        assert line.startswith(f"    {partner_id}: ")
    assert "    cn-guangxi: Guangxi (region, CN)" in lines
    assert "    fr-cnam: Conservatoire national des arts et métiers (organisation, FR)" in lines
    assert "    unesco: UNESCO (organisation, international)" in lines


def test_the_entry_is_what_ingest_drafts(
    project: Path, article: Path, tmp_path: Path, registries
) -> None:
    added = add(article, project / "seeds", project / "content" / "entries", registries, TODAY)
    alone = tmp_path / "alone"
    (alone / "seeds").mkdir(parents=True)
    shutil.copy(article, alone / "seeds" / article.name)
    [by_ingest] = ingest(alone / "seeds", alone / "entries", registries, TODAY)
    assert added.entry.name == by_ingest.path.name
    assert added.entry.read_bytes() == by_ingest.path.read_bytes()
    assert added.front_matter["added"] == TODAY


def test_adding_again_changes_nothing(
    project: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_add(project, article, capsys)
    entry = next((project / "content" / "entries").iterdir())
    edited = entry.read_text(encoding="utf-8").replace("status: draft", "status: reviewed")
    entry.write_text(edited, encoding="utf-8")
    before = listing(project)

    code, out, err = run_add(project, article, capsys)

    assert code == 0 and err == ""
    assert listing(project) == before
    assert entry.read_text(encoding="utf-8") == edited
    seed = project / "seeds" / "lang-son-article.txt"
    assert out.splitlines() == [
        f"{article} is already in seeds/ as {seed}: not copied again",
        f"{entry} already exists for {seed}: left as it is (entries are yours)",
    ]

    # The same bytes under another name are recognised too.
    renamed = Path(shutil.copy(article, article.with_name("same-article-renamed.txt")))
    code, out, _ = run_add(project, renamed, capsys)
    assert code == 0 and listing(project) == before
    assert out.startswith(f"{renamed} is already in seeds/ as {seed}: not copied again\n")


def test_a_taken_name_gets_a_number_and_nothing_is_overwritten(
    project: Path, tmp_path: Path, registries
) -> None:
    seeds = project / "seeds"
    (seeds / "article.txt").write_bytes(GERMAN.read_bytes())
    (seeds / "article-2.txt").write_text("an editor's other file\n", encoding="utf-8")
    other = tmp_path / "article.txt"
    shutil.copy(JAPANESE, other)
    assert seed_name(other, seeds) == "article-3.txt"
    assert seed_name(tmp_path / "fresh.txt", seeds) == "fresh.txt"
    assert seed_name(tmp_path / "notes.text", seeds) == "notes.text.txt"

    added = add(other, seeds, project / "content" / "entries", registries, TODAY)

    assert added.seed == seeds / "article-3.txt" and added.copied
    assert (seeds / "article-3.txt").read_bytes() == JAPANESE.read_bytes()
    assert (seeds / "article.txt").read_bytes() == GERMAN.read_bytes()
    assert (seeds / "article-2.txt").read_text(encoding="utf-8") == "an editor's other file\n"
    assert added.front_matter["seed"] == "article-3.txt"
    assert added.front_matter["province"] == "lao-cai"
    # ingest drafted the seed that was waiting too, and add says so; the editor's other file
    # (no article) is reported, not fatal.
    assert [p.name for p in added.also_drafted] == ["lang-son-tang-doi-ngoai-mo-rong-hop-de.md"]
    assert f"also drafted {added.also_drafted[0]} (its seed had no entry yet)" in report(added)
    assert [Path(p.path).name for p in added.other_problems] == ["article-2.txt"]


def test_another_seed_that_cannot_be_drafted_is_a_warning(
    project: Path, article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = project / "seeds" / "broken.txt"
    broken.write_bytes(b"")
    code, out, err = run_add(project, article, capsys)
    assert code == 0
    assert "drafted " in out
    assert err == f"warning: {broken}: empty file, expected the text of an article\n"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"\xff\xfe\xfa not utf-8", "not UTF-8"),
        (b"De provincie heeft een overeenkomst getekend met de stad en het is een goede zaak "
         b"voor de mensen van het land.", "does not read"),
        (b"The delegation of the city of Busan visited Japan and signed an agreement on trade "
         b"with the prefecture of Fukuoka.", "names no Vietnamese province"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_nothing_is_copied(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content, reason
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run_add(project, path, capsys)
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and reason in lines[0], err
    assert listing(project) == {"seeds": [], "content/entries": []}


def test_a_missing_file_is_one_line(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], registries
) -> None:
    missing = tmp_path / "nowhere.txt"
    code, out, err = run_add(project, missing, capsys)
    assert (code, out) == (1, "")
    assert err == f"error: {missing}: cannot read the file: No such file or directory\n"
    with pytest.raises(InputError):
        add(tmp_path, project / "seeds", project / "content" / "entries", registries, TODAY)
    assert listing(project) == {"seeds": [], "content/entries": []}


def test_the_entry_template_is_a_valid_entry_with_every_field(registries) -> None:
    """docs/entry-template.md, for editors who write an entry by hand, follows the schema."""
    page = (ROOT / "docs" / "entry-template.md").read_text(encoding="utf-8")
    block = page.split("```markdown\n", 1)[1].split("\n```", 1)[0]
    entry_file = frontmatter.parse(block, Path("docs/entry-template.md"))
    assert set(entry_file.data) == FIELD_NAMES
    assert validate(entry_file, registries).status == "draft"
    assert entry_file.body.strip()


def test_a_file_named_like_the_new_slug_holding_another_slug_is_left_alone(
    project: Path, tmp_path: Path, registries
) -> None:
    """Issue 12: `add` crashed on such a file, and so did every later add and ingest."""
    first = add(GERMAN, project / "seeds", project / "content" / "entries", registries, TODAY)
    slug = first.entry.stem
    again = tmp_path / "again"
    (again / "seeds").mkdir(parents=True)
    entries = again / "content" / "entries"
    entries.mkdir(parents=True)
    renamed = first.entry.read_text(encoding="utf-8").replace(f"slug: {slug}\n", "slug: renamed\n")
    (entries / f"{slug}.md").write_text(renamed.replace("seed: ", "seed: other-"), encoding="utf-8")

    added = add(GERMAN, again / "seeds", entries, registries, TODAY)

    assert added.entry.name == f"{slug}-2.md"
    assert (entries / f"{slug}.md").read_text(encoding="utf-8").startswith("---\nslug: renamed")


@pytest.mark.parametrize("kind", ["pipe", "folder"])
def test_a_pipe_or_folder_is_refused_without_waiting(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    """A pipe was opened for reading, which waits for a writer forever."""
    path = tmp_path / f"article-{kind}.txt"
    if kind == "pipe":
        os.mkfifo(path)
    else:
        path.mkdir()
    code, out, err = run_add(project, path, capsys)
    assert (code, out) == (1, "")
    assert err == f"error: {path}: is a folder, pipe or device; expected a text file\n"
    assert listing(project) == {"seeds": [], "content/entries": []}
