"""Publishing the built site: commit ``output/`` to a git branch and push it (GitHub Pages), or
copy it into a directory.

The branch is written with ghp-import (``-n`` adds ``.nojekyll`` so GitHub Pages serves the
files as they are): one new commit on top of the remote branch, whose tree is exactly the site.
The working tree, the index and the checked-out branch are never touched.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from digest.errors import DigestError

DEFAULT_BRANCH = "gh-pages"
DEFAULT_REMOTE = "origin"
# `git ls-remote --exit-code` exits with 2 when the remote has no such ref.
_NO_MATCHING_REF = 2
# Seconds for one git or ghp-import run (a push of a large site over a slow link included).
GIT_TIMEOUT = 600


class PublishError(DigestError):
    """Publishing could not be done; the message says why."""


def publish(
    site_dir: Path,
    repo_dir: Path,
    *,
    branch: str = DEFAULT_BRANCH,
    remote: str = DEFAULT_REMOTE,
    directory: Path | None = None,
) -> str:
    """Publish ``site_dir`` to ``directory`` if given, else to ``branch`` of ``remote`` as seen
    from the git repository ``repo_dir``. Returns one line saying what was done."""
    if directory is not None:
        count = publish_to_directory(site_dir, directory)
        return f"copied {count} files from {site_dir} to {directory}"
    commit = publish_to_branch(site_dir, repo_dir, branch=branch, remote=remote)
    return f"pushed {branch} ({commit[:12]}) to {remote}"


def check_site(site_dir: Path) -> None:
    if not (site_dir / "index.html").is_file():
        raise PublishError(f"{site_dir}: no index.html; build the site first (invoke build)")


def publish_to_directory(site_dir: Path, target: Path) -> int:
    """Copy every file of ``site_dir`` into ``target`` (created if missing), replacing files
    of the same name. Nothing else in ``target`` is deleted. Returns the number of files."""
    check_site(site_dir)
    site, destination = site_dir.resolve(), target.resolve()
    if destination == site or site in destination.parents or destination in site.parents:
        raise PublishError(f"{target}: cannot publish into {site_dir} or a folder holding it")
    if destination.exists() and not destination.is_dir():
        raise PublishError(f"{target}: exists and is not a directory")
    try:
        shutil.copytree(site, destination, dirs_exist_ok=True)
    except (OSError, shutil.Error) as error:
        raise PublishError(f"{target}: cannot copy the site: {error}") from None
    return sum(1 for path in site.rglob("*") if path.is_file())


def publish_to_branch(
    site_dir: Path,
    repo_dir: Path,
    *,
    branch: str = DEFAULT_BRANCH,
    remote: str = DEFAULT_REMOTE,
    message: str | None = None,
) -> str:
    """Commit the files of ``site_dir`` (and ``.nojekyll``) as the whole tree of ``branch`` in
    ``repo_dir``, on top of ``remote``'s copy of the branch, and push it. Returns the commit."""
    check_site(site_dir)
    if branch.startswith("-") or remote.startswith("-"):
        raise PublishError(f"not a branch and a remote: {branch!r}, {remote!r}")
    if not _git(repo_dir, "rev-parse", "--git-dir", check=False):
        raise PublishError(f"{repo_dir} is not in a git repository")
    _git(repo_dir, "check-ref-format", f"refs/heads/{branch}", what=f"bad branch {branch!r}")
    if branch in _checked_out_branches(repo_dir):
        raise PublishError(f"{branch} is a branch checked out in {repo_dir}: publish to another")
    if not _git(repo_dir, "remote", "get-url", remote, check=False):
        raise PublishError(f"no git remote named {remote!r} in {repo_dir}")
    check_clean(repo_dir)
    _check_identity(repo_dir)
    _fetch_branch(repo_dir, branch, remote)
    _check_target_history(repo_dir, branch, remote)
    before = _git(repo_dir, "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", check=False)
    message = message or _default_message(repo_dir)
    command = [sys.executable, "-m", "ghp_import", "-n", "-m", message, "-r", remote, "-b", branch]
    _run([*command, str(site_dir.resolve())], repo_dir, what="ghp-import failed")
    after = _git(repo_dir, "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", check=False)
    if not after or after == before:
        raise PublishError(f"ghp-import made no commit on {branch}")
    # No --force: the commit sits on the remote's tip, so anything else is someone else's push.
    _git(repo_dir, "push", remote, f"refs/heads/{branch}:refs/heads/{branch}", what="push failed")
    return after


def check_clean(repo_dir: Path) -> None:
    """Refuse to publish from a tree with uncommitted changes: the site must be what is
    committed (output/ and cache/ are ignored, so a build leaves the tree clean)."""
    if not _git(repo_dir, "rev-parse", "--git-dir", check=False):
        return
    changed = _git(repo_dir, "status", "--porcelain", "--untracked-files=normal", what="git status")
    if changed:
        first = changed.splitlines()[0][3:]
        raise PublishError(
            f"{repo_dir} has uncommitted changes ({first}, ...): commit or stash them first"
        )


def _checked_out_branches(repo_dir: Path) -> set[str]:
    """The branches checked out in any worktree of the repository."""
    listing = _git(repo_dir, "worktree", "list", "--porcelain", what="git worktree list")
    prefix = "branch refs/heads/"
    return {line[len(prefix) :] for line in listing.splitlines() if line.startswith(prefix)}


def _check_target_history(repo_dir: Path, branch: str, remote: str) -> None:
    """Refuse a branch that holds source history (main, a feature branch), and a local branch
    with commits its remote copy lacks: ghp-import would reset it to the remote's tip."""
    local = f"refs/heads/{branch}"
    remote_ref = f"refs/remotes/{remote}/{branch}"
    tips = [
        ref
        for ref in (local, remote_ref)
        if _git(repo_dir, "rev-parse", "--verify", "--quiet", ref, check=False)
    ]
    head = _git(repo_dir, "rev-parse", "--verify", "--quiet", "HEAD", check=False)
    for ref in tips:
        if head and _git(repo_dir, "merge-base", head, ref, check=False):
            raise PublishError(
                f"{branch} shares history with the source (HEAD): it is a source branch, "
                "publish to a branch of its own (default gh-pages)"
            )
    if local in tips and remote_ref in tips:
        unpushed = _git(repo_dir, "rev-list", "--count", f"{remote_ref}..{local}", what="git")
        if unpushed != "0":
            raise PublishError(
                f"local {branch} has {unpushed} commit(s) not on {remote}: push or move them "
                "first (publishing never rewrites a branch)"
            )


def _check_identity(repo_dir: Path) -> None:
    """ghp-import would commit as " <>" without a name and email: ask for them instead."""
    for key, variable in (
        ("user.name", "GIT_COMMITTER_NAME"),
        ("user.email", "GIT_COMMITTER_EMAIL"),
    ):
        if not os.environ.get(variable) and not _git(repo_dir, "config", key, check=False):
            raise PublishError(f"git has no {key}: set it with `git config {key} ...` first")


def _fetch_branch(repo_dir: Path, branch: str, remote: str) -> None:
    """Bring ``remote``'s copy of the branch in, so the new commit follows the published one."""
    try:
        found = subprocess.run(
            ["git", "ls-remote", "--exit-code", "--heads", remote, branch],
            cwd=repo_dir,
            capture_output=True,
            text=True,
            check=False,
            timeout=GIT_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise PublishError(
            f"cannot reach remote {remote!r}: no answer in {GIT_TIMEOUT} s"
        ) from None
    if found.returncode == _NO_MATCHING_REF:
        return
    if found.returncode != 0:
        raise PublishError(f"cannot reach remote {remote!r}: {_last_line(found.stderr)}")
    refspec = f"+refs/heads/{branch}:refs/remotes/{remote}/{branch}"
    _git(repo_dir, "fetch", "--quiet", remote, refspec, what=f"cannot fetch {branch}")


def _default_message(repo_dir: Path) -> str:
    source = _git(repo_dir, "rev-parse", "--short", "HEAD", check=False)
    return f"Publish the digest (source {source})" if source else "Publish the digest"


def _git(repo_dir: Path, *args: str, what: str = "git failed", check: bool = True) -> str:
    return _run(["git", *args], repo_dir, what=what, check=check)


def _run(command: list[str], cwd: Path, *, what: str, check: bool = True) -> str:
    try:
        done = subprocess.run(
            command, cwd=cwd, capture_output=True, text=True, check=False, timeout=GIT_TIMEOUT
        )
    except OSError as error:
        raise PublishError(f"{what}: cannot run {command[0]}: {error.strerror}") from None
    except subprocess.TimeoutExpired:
        raise PublishError(f"{what}: {command[0]} gave no answer in {GIT_TIMEOUT} s") from None
    if done.returncode != 0:
        if check:
            raise PublishError(f"{what}: {_last_line(done.stderr or done.stdout)}")
        return ""
    return done.stdout.strip()


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if not lines:
        return "no message"
    return re.sub(r"^(?:fatal|error): ", "", lines[-1].strip())
