"""Publishing: a built site becomes the gh-pages branch of a remote, or a copy in a directory."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from digest.publish import PublishError, publish, publish_to_branch, publish_to_directory


def git(*args: str, cwd: Path | None = None) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.fixture
def repos(tmp_path: Path) -> tuple[Path, Path]:
    """A bare remote and a working repository with one commit whose origin is that remote."""
    bare, work = tmp_path / "remote.git", tmp_path / "work"
    git("init", "--quiet", "--bare", str(bare))
    git("init", "--quiet", "-b", "main", str(work))
    for key, value in (("user.name", "Digest Editor"), ("user.email", "editor@example.org")):
        git("config", key, value, cwd=work)
    (work / "README.md").write_text("source\n", encoding="utf-8")
    git("add", "README.md", cwd=work)
    git("commit", "--quiet", "-m", "source", cwd=work)
    git("remote", "add", "origin", str(bare), cwd=work)
    return bare, work


def make_site(directory: Path, title: str) -> Path:
    (directory / "vi").mkdir(parents=True, exist_ok=True)
    (directory / "index.html").write_text(f"<h1>{title}</h1>\n", encoding="utf-8")
    (directory / "vi" / "index.html").write_text(f"<h1>{title} (vi)</h1>\n", encoding="utf-8")
    return directory


def published(bare: Path, branch: str = "gh-pages") -> list[str]:
    return git(f"--git-dir={bare}", "ls-tree", "-r", branch, "--name-only").splitlines()


def test_publish_to_branch_of_a_bare_remote(tmp_path: Path, repos: tuple[Path, Path]) -> None:
    bare, work = repos
    site = make_site(tmp_path / "output", "first")
    head_before = git("rev-parse", "HEAD", cwd=work)

    first = publish_to_branch(site, work, branch="gh-pages", remote="origin")

    assert sorted(published(bare)) == [".nojekyll", "index.html", "vi/index.html"]
    assert git(f"--git-dir={bare}", "rev-parse", "gh-pages") == first
    assert git(f"--git-dir={bare}", "show", "gh-pages:index.html") == "<h1>first</h1>"
    # The source branch, its working tree and the checkout are left alone.
    assert git("rev-parse", "HEAD", cwd=work) == head_before
    assert git("symbolic-ref", "--short", "HEAD", cwd=work) == "main"
    assert git("status", "--porcelain", cwd=work) == ""

    (site / "vi" / "index.html").unlink()
    (site / "index.html").write_text("<h1>second</h1>\n", encoding="utf-8")
    (site / "feed.xml").write_text("<feed/>\n", encoding="utf-8")
    second = publish_to_branch(site, work, branch="gh-pages", remote="origin")

    assert second != first
    # A new commit on top of the published one, whose tree is exactly the new site.
    assert git(f"--git-dir={bare}", "rev-parse", "gh-pages^") == first
    assert sorted(published(bare)) == [".nojekyll", "feed.xml", "index.html"]
    assert git(f"--git-dir={bare}", "show", "gh-pages:index.html") == "<h1>second</h1>"


def test_a_fresh_clone_builds_on_the_published_history(
    tmp_path: Path, repos: tuple[Path, Path]
) -> None:
    bare, work = repos
    first = publish_to_branch(make_site(tmp_path / "one", "one"), work)
    git("push", "--quiet", "origin", "main", cwd=work)
    clone = tmp_path / "clone"
    git("clone", "--quiet", str(bare), str(clone))
    for key, value in (("user.name", "Other Editor"), ("user.email", "other@example.org")):
        git("config", key, value, cwd=clone)

    second = publish_to_branch(make_site(tmp_path / "two", "two"), clone)

    assert git(f"--git-dir={bare}", "rev-parse", "gh-pages^") == first
    assert git(f"--git-dir={bare}", "rev-parse", "gh-pages") == second


def test_publish_returns_a_line_for_each_mode(tmp_path: Path, repos: tuple[Path, Path]) -> None:
    _, work = repos
    site = make_site(tmp_path / "output", "site")
    assert publish(site, work, branch="pages", remote="origin").startswith("pushed pages (")
    line = publish(site, work, directory=tmp_path / "www")
    assert line == f"copied 2 files from {site} to {tmp_path / 'www'}"


def test_refuses_what_would_do_harm(tmp_path: Path, repos: tuple[Path, Path]) -> None:
    _, work = repos
    site = make_site(tmp_path / "output", "site")
    with pytest.raises(PublishError, match="checked out"):
        publish_to_branch(site, work, branch="main")
    with pytest.raises(PublishError, match=r"bad branch 'a\.\.b'"):
        publish_to_branch(site, work, branch="a..b")
    with pytest.raises(PublishError, match="not a branch and a remote"):
        publish_to_branch(site, work, branch="--delete")
    with pytest.raises(PublishError, match="no git remote named 'upstream'"):
        publish_to_branch(site, work, remote="upstream")
    with pytest.raises(PublishError, match=r"no index\.html"):
        publish_to_branch(tmp_path / "missing", work)
    with pytest.raises(PublishError, match="is not in a git repository"):
        publish_to_branch(site, tmp_path)
    with pytest.raises(PublishError, match="folder holding it"):
        publish_to_directory(site, tmp_path)
    assert git("branch", "--list", cwd=work) == "* main"


def test_refuses_to_commit_without_a_git_identity(
    tmp_path: Path, repos: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    bare, work = repos
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "no-global-config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("GIT_COMMITTER_NAME", raising=False)
    git("config", "--unset", "user.name", cwd=work)
    with pytest.raises(PublishError, match=r"git has no user\.name"):
        publish_to_branch(make_site(tmp_path / "output", "site"), work)
    assert git(f"--git-dir={bare}", "branch", "--list") == ""


def test_directory_mode_copies_the_files(tmp_path: Path) -> None:
    site = make_site(tmp_path / "output", "first")
    target = tmp_path / "www"

    assert publish_to_directory(site, target) == 2
    assert (target / "index.html").read_text(encoding="utf-8") == "<h1>first</h1>\n"
    assert (target / "vi" / "index.html").is_file()

    (site / "index.html").write_text("<h1>second</h1>\n", encoding="utf-8")
    (target / "keep.txt").write_text("not ours\n", encoding="utf-8")
    publish_to_directory(site, target)
    assert (target / "index.html").read_text(encoding="utf-8") == "<h1>second</h1>\n"
    assert (target / "keep.txt").is_file()


def test_refuses_a_source_branch_that_is_not_checked_out(
    tmp_path: Path, repos: tuple[Path, Path]
) -> None:
    """Issue 12: `publish --branch main` from a feature branch replaced main with the site."""
    bare, work = repos
    git("push", "--quiet", "origin", "main", cwd=work)
    git("checkout", "--quiet", "-b", "feature", cwd=work)
    main_before = git("rev-parse", "main", cwd=work)
    with pytest.raises(PublishError, match="shares history with the source"):
        publish_to_branch(make_site(tmp_path / "output", "site"), work, branch="main")
    assert git("rev-parse", "main", cwd=work) == main_before
    assert git(f"--git-dir={bare}", "rev-parse", "main") == main_before


def test_refuses_a_branch_checked_out_in_another_worktree(
    tmp_path: Path, repos: tuple[Path, Path]
) -> None:
    _, work = repos
    git("branch", "pages", cwd=work)
    git("checkout", "--quiet", "--orphan", "pages-orphan", cwd=work)
    git("checkout", "--quiet", "main", cwd=work)
    git("worktree", "add", "--quiet", str(tmp_path / "other"), "pages", cwd=work)
    with pytest.raises(PublishError, match="pages is a branch checked out"):
        publish_to_branch(make_site(tmp_path / "output", "site"), work, branch="pages")


def test_refuses_a_dirty_tree(tmp_path: Path, repos: tuple[Path, Path]) -> None:
    bare, work = repos
    (work / "README.md").write_text("edited, not committed\n", encoding="utf-8")
    with pytest.raises(PublishError, match="has uncommitted changes"):
        publish_to_branch(make_site(tmp_path / "output", "site"), work)
    assert git(f"--git-dir={bare}", "branch", "--list") == ""


def test_never_drops_an_unpushed_commit_of_the_target_branch(
    tmp_path: Path, repos: tuple[Path, Path]
) -> None:
    _, work = repos
    publish_to_branch(make_site(tmp_path / "one", "one"), work)
    # Someone commits on the local gh-pages without pushing it (in a worktree, then removed).
    other = tmp_path / "pages-worktree"
    git("worktree", "add", "--quiet", str(other), "gh-pages", cwd=work)
    (other / "CNAME").write_text("digest.example.org\n", encoding="utf-8")
    git("add", "CNAME", cwd=other)
    git("commit", "--quiet", "-m", "custom domain", cwd=other)
    git("worktree", "remove", str(other), cwd=work)
    unpushed = git("rev-parse", "gh-pages", cwd=work)
    with pytest.raises(PublishError, match="1 commit\\(s\\) not on origin"):
        publish_to_branch(make_site(tmp_path / "two", "two"), work)
    assert git("rev-parse", "gh-pages", cwd=work) == unpushed
