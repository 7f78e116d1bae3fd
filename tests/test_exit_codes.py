"""Every failure a user can meet ends in its family's exit code with a clean message.

One real failure per family, driven through the CLI (``microdrama.cli.main``): bad input,
a corrupt picture of the user's, a provider that refuses, open review errors under
--strict, a busy project, a read-only file system. Then the tree itself: every exception
class microdrama defines is a DramaError, or one of the internal signals, each shown here
never to reach the user.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import os
import pkgutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

import microdrama
from microdrama.cli import main
from microdrama.engine.lock import project_lock
from microdrama.errors import (
    DramaError,
    InputError,
    ProjectBusyError,
    ProviderError,
    ReviewError,
    StageError,
    StorageError,
)
from microdrama.project.folder import Project
from microdrama.providers.http import RetryPolicy, gather_or_stop, send_with_retries
from tests.providers.fake_openai import Behaviour, FakeOpenAI
from tests.review.test_build_review import IDEA as REVIEW_IDEA
from tests.review.test_build_review import kill_someone
from tests.test_real_providers import KEY, voice_project

IDEA = "a maid's daughter is the real heiress"

#: Exceptions microdrama raises and catches itself; none is an error a user sees.
INTERNAL_SIGNALS = {"Blocked", "Halted", "NotJoinable", "Stopped", "UnsetVariable",
                    "Unsupported"}


def new_project(root: Path, *, episodes: int = 1) -> Path:
    assert main(["new", str(root), "--idea", IDEA, "--lang", "en", "--episodes",
                 str(episodes), "--seconds", "30"]) == 0
    return root


def failure(capsys: pytest.CaptureFixture[str], argv: list[str], family: type[DramaError]) -> str:
    """Run the CLI, expect ``family``'s exit code and a clean message; the message."""
    capsys.readouterr()
    code = main(argv)
    err = capsys.readouterr().err
    assert code == family.exit_code, err
    assert "error: " in err and "Traceback" not in err, err
    return err


# --- one failure per family, through the CLI ---------------------------------------------


def test_bad_input_names_the_file_and_the_fix(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    root = new_project(tmp_path / "drama")
    settings = root / "drama.toml"
    settings.write_text(settings.read_text("utf-8").replace("episodes = 1", 'episodes = "many"'),
                        "utf-8")
    err = failure(capsys, ["build", str(root), "--until", "bible"], InputError)
    assert "drama.toml" in err and "episodes" in err and "Fix:" in err
    assert not (root / "series.yaml").exists()


def test_a_corrupt_picture_of_the_users_names_the_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = new_project(tmp_path / "drama")
    assert main(["build", str(root), "--until", "bible"]) == 0
    bible = Project.open(root).load_bible()
    assert bible is not None
    name = f"assets/characters/{bible.characters[0].id}.png"
    picture = root / name
    picture.parent.mkdir(parents=True)
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really a picture" * 10)
    err = failure(capsys, ["build", str(root), "--until", "refsheet"], InputError)
    assert name in err and "cannot read the image" in err
    assert "Fix:" in err


def test_a_provider_that_refuses_the_key_fails_the_stage_with_its_words(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Inside a build a provider's failure names its stage and item and exits as a provider
    failure (3); the message keeps the provider's fields; the siblings it stopped (Halted)
    are not errors of their own."""
    monkeypatch.setenv("FAKE_KEY", KEY)
    root = tmp_path / "drama"
    with FakeOpenAI() as fake:
        fake.standing("speech", Behaviour("error", status=401, message="invalid api key",
                                          times=None))
        voice_project(tmp_path_factory, root, fake)
        assert main(["build", str(root), "--until", "storyboard"]) == 0
        err = failure(capsys, ["build", str(root), "--until", "voice", "--jobs", "2"],
                      ProviderError)
    assert "stage voice" in err and "invalid api key" in err
    assert "status 401" in err
    assert "Halted" not in err and KEY not in err


def test_open_review_errors_stop_a_strict_build(built_project: Callable[..., Path],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    root = built_project(["--idea", REVIEW_IDEA, "--lang", "en", "--episodes", "4"],
                         ["--until", "script"])
    kill_someone(root)
    err = failure(capsys, ["build", str(root), "--until", "check", "--strict"], ReviewError)
    assert "out/review/ep002.json" in err and "Fix:" in err


def test_a_busy_project_says_who_holds_it(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    root = new_project(tmp_path / "drama")
    with project_lock(root / ".microdrama", "build (the test's)"):
        err = failure(capsys, ["build", str(root), "--until", "bible"], ProjectBusyError)
    assert "the test's" in err and "Fix:" in err


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    """A folder to fill, then made read-only (a tmpfs remounted read-only when running as
    root, whom permissions do not stop; skipped, with the reason, where it cannot mount)."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if os.geteuid() != 0:
        yield folder
        for path in [folder, *folder.rglob("*")]:
            if path.is_dir():
                path.chmod(0o755)
        return
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or 'not permitted'}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def make_read_only(folder: Path) -> None:
    if os.geteuid() != 0:
        for path in [folder, *folder.rglob("*")]:
            if path.is_dir():
                path.chmod(0o555)
        return
    assert subprocess.run(["mount", "-o", "remount,ro", str(folder)]).returncode == 0


def test_a_read_only_project_names_the_path_and_the_fix(
        read_only: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = new_project(read_only / "drama")
    make_read_only(read_only)
    err = failure(capsys, ["build", str(root), "--until", "bible"], StorageError)
    assert str(root) in err and "Fix:" in err


# --- the tree ----------------------------------------------------------------------------


def defined_exceptions() -> dict[str, type[BaseException]]:
    """Every exception class defined in a microdrama module, by qualified name."""
    found: dict[str, type[BaseException]] = {}
    for module in pkgutil.walk_packages(microdrama.__path__, "microdrama."):
        loaded = importlib.import_module(module.name)
        for value in vars(loaded).values():
            if (inspect.isclass(value) and issubclass(value, BaseException)
                    and value.__module__ == loaded.__name__):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return found


def test_every_error_is_in_the_tree_or_an_internal_signal() -> None:
    found = defined_exceptions()
    assert "microdrama.errors.DramaError" in found and len(found) > 8
    outside = {name: error for name, error in found.items() if not issubclass(error, DramaError)}
    assert {error.__name__ for error in outside.values()} <= INTERNAL_SIGNALS, sorted(outside)
    for name, signal in outside.items():
        doc = " ".join((signal.__doc__ or "").split())
        assert "internal signal" in doc and "never reaches the user" in doc, name


def test_every_family_has_its_own_exit_code() -> None:
    families = [InputError, ProviderError, StageError, ReviewError, ProjectBusyError,
                StorageError]
    assert [f.exit_code for f in families] == [2, 3, 4, 5, 6, 7]
    assert DramaError.exit_code == 1  # what a DramaError of no family exits with


# --- internal signals never escape ---------------------------------------------------------


def test_blocked_items_are_a_status_not_an_error(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    root = new_project(tmp_path / "drama")
    capsys.readouterr()
    assert main(["status", str(root)]) == 0  # every stage after the bible plans Blocked
    captured = capsys.readouterr()
    assert "blocked — needs" in captured.out + captured.err
    assert "Traceback" not in captured.err and "Blocked" not in captured.err


def test_a_stopped_sibling_gives_way_to_the_failure_that_stopped_it(fake: FakeOpenAI) -> None:
    """Of two requests sharing one slot, the first fails: the second is never sent (Stopped)
    and what comes out of gather_or_stop is the first's ProviderError."""
    fake.error(400, "bad request")
    policy = RetryPolicy(max_attempts=1, timeout=5.0)

    async def both() -> None:
        slot = asyncio.Semaphore(1)
        async with httpx.AsyncClient() as client:

            async def job() -> httpx.Response:
                request = client.build_request("POST", f"{fake.base_url}/chat/completions",
                                               json={})
                return await send_with_retries(client, request, policy=policy,
                                               provider="fake", model="m", semaphore=slot)

            await gather_or_stop([job, job])

    with pytest.raises(ProviderError) as caught:
        asyncio.run(both())
    assert caught.value.status == 400
    assert len(fake.requests) == 1  # the sibling was stopped before it was sent
