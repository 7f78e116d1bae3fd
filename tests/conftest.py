"""Shared fixtures. Tests never touch the network: sockets to anything but loopback fail."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import socket
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

from microdrama.domain import Settings
from microdrama.domain.settings import ProjectSettings
from tests.providers.fake_openai import FakeOpenAI

_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: object) -> None:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and host not in ("127.0.0.1", "::1", "localhost") and self.family in (
        socket.AF_INET, socket.AF_INET6
    ):
        raise RuntimeError(f"test tried to reach the network ({address!r}); tests stay offline")
    _real_connect(self, address)  # type: ignore[arg-type]


#: The longest test files, in the order they start when the suite runs on several workers
#: (scripts/test.sh: pytest-xdist with --dist loadfile, a file's tests on one worker, so
#: its module fixtures are made once). pyproject.toml adds --no-loadscope-reorder: else
#: xdist starts the files with the most tests first, and the one-test files that build
#: projects come last, one worker busy while the others idle. The first two files make
#: the two shared templates (EPISODE_ZH, EPISODE_EN) at the same time on two workers;
#: the files after them copy those, the heaviest first (CPU seconds measured in a run of
#: the suite), so that the short files are left to even out the workers' ends.
LONGEST_FIRST = ("tests/test_render_edits.py", "tests/test_rebuild.py",
                 "tests/player/test_player.py", "tests/stages/test_locale_build.py",
                 "tests/stages/test_lipsync.py", "tests/stages/test_acting.py",
                 "tests/stages/test_clip.py", "tests/review/test_review_page.py",
                 "tests/test_real_providers.py", "tests/media/test_video.py",
                 "tests/engine/test_location_free.py", "tests/providers/offline/test_music.py",
                 "tests/app/test_verify.py", "tests/test_render.py",
                 "tests/providers/test_writers_room.py",
                 "tests/providers/offline/test_staging.py",
                 "tests/providers/offline/test_painter.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest files first; every file keeps its own order."""
    rank = {path: index for index, path in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any connection that leaves the machine."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    yield


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep user config out of tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    """A running fake OpenAI-compatible server; proxies from the environment must not
    reroute loopback."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    with FakeOpenAI() as server:
        yield server


def write_user_config(text: str) -> Path:
    """Add ``text`` to the (isolated) user config — where vendors with a base_url and a
    key_env live."""
    from microdrama.project.config import user_config_path

    path = user_config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\n" + text)
    return path


def make_settings(**project: object) -> Settings:
    """Settings with defaults for tests."""
    values: dict[str, object] = {"idea": "a maid's daughter is the real heiress", "language": "en",
                                 "episodes": 3}
    values.update(project)
    return Settings(project=ProjectSettings(**values))  # type: ignore[arg-type]


#: ``microdrama new`` arguments of the built 30-s one-episode projects that several test
#: files start from (with ``[]`` for ``microdrama build``: a full offline render).
EPISODE_EN = ["--idea", "A maid's daughter humiliated at an engagement party is the real "
              "heiress switched at birth.", "--lang", "en", "--episodes", "1", "--seconds", "30"]
EPISODE_ZH = ["--idea", "真千金归来，订婚宴上被泼红酒", "--lang", "zh", "--episodes", "1",
              "--seconds", "30"]


@contextmanager
def isolated_config(home: Path) -> Iterator[None]:
    """HOME, XDG_CONFIG_HOME and MICRODRAMA_CONFIG in ``home`` and no ``MICRODRAMA_*``
    setting from the environment, for code that runs outside a test's ``isolated_home``
    (module and session fixtures run before it)."""
    with pytest.MonkeyPatch.context() as patch:
        for name in [n for n in os.environ if n.startswith("MICRODRAMA_")]:
            patch.delenv(name)
        patch.setenv("HOME", str(home))
        patch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
        patch.setenv("MICRODRAMA_CONFIG", str(home / ".config/microdrama/config.toml"))
        yield


def project_template(tmp_path_factory: pytest.TempPathFactory, new: Sequence[str],
                     build: Sequence[str], *, through: str | None = None) -> Path:
    """An offline project made by ``microdrama new <dir> *new`` then ``microdrama build <dir>
    *build``, once per test session: the first test (on any xdist worker) to ask makes it
    under a file lock, in the session's shared temporary folder; the others wait for it
    and get the same folder. Never change it: copy it (``copy_project``).

    With ``through`` (and no ``build``), the build runs only that stage and the stages it
    reads, directly or not (``build_through``): e.g. ``through="timing"`` makes the
    timelines without painting a panel, which ``build --until timing`` would."""
    from microdrama.cli import main

    args = [list(new), list(build)] + ([["through", through]] if through else [])
    assert not (through and build), "a template is built by the CLI's build or through a stage"
    key = hashlib.sha256(json.dumps(args).encode("utf-8")).hexdigest()[:16]
    base = tmp_path_factory.getbasetemp()
    # Under xdist each worker's basetemp is <session temp>/<worker id>: share the parent.
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = shared / "templates" / key
    folder.mkdir(parents=True, exist_ok=True)
    template, done = folder / "drama", folder / "done.json"
    with (folder / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not done.is_file():
            shutil.rmtree(template, ignore_errors=True)  # what a failed attempt left
            shutil.rmtree(folder / "home", ignore_errors=True)
            with isolated_config(folder / "home"):
                assert main(["new", str(template), *new]) == 0
                if through:
                    build_through(template, through)
                else:
                    assert main(["build", str(template), *build]) == 0
            done.write_text(json.dumps(args, ensure_ascii=False), "utf-8")
    return template


def build_through(root: Path, stage: str, *, locales: Sequence[str] = ()) -> None:
    """Build ``root`` through ``stage`` with only the stages it reads (their ``after``,
    followed back to the first stage), in one run of the engine's builder — the same
    items, keys and files a full build makes for them (with ``locales``, for those locales
    too, as ``build --locale``). A stage that reads everything before it (``after =
    None``) keeps everything before it."""
    from microdrama.engine.builder import Builder
    from microdrama.engine.context import BuildContext
    from microdrama.project.folder import Project
    from microdrama.stages import pipeline

    stages = pipeline(stage)
    needed = {stage}
    for upstream in reversed(stages):
        if upstream.name not in needed:
            continue
        if upstream.after is None:
            needed |= {s.name for s in stages[:stages.index(upstream)]}
        else:
            needed |= set(upstream.after)
    kept = [s for s in stages if s.name in needed]
    builder = Builder(BuildContext(Project.open(root), locales=tuple(locales)), kept)
    try:
        reports = builder.build(until=stage, command=f"build (tests: through {stage})")
    finally:
        builder.close()
    assert not [r for r in reports if r.failed or r.blocked], reports


def copy_project(template: Path, destination: Path) -> Path:
    """A private copy of a project folder: it is self-contained (its cache and run log
    inside, paths relative), so a copy builds, reports and rebuilds as the original
    would."""
    return Path(shutil.copytree(template, destination, symlinks=True))


@pytest.fixture
def built_project(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path,
                  capsys: pytest.CaptureFixture[str]) -> Callable[..., Path]:
    """``built_project(new_args, build_args, through=None)``: a private copy
    (``tmp_path/drama``) of the ``project_template`` made by those arguments."""

    def make(new: Sequence[str], build: Sequence[str], *, through: str | None = None) -> Path:
        template = project_template(tmp_path_factory, new, build, through=through)
        capsys.readouterr()
        return copy_project(template, tmp_path / "drama")

    return make


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    """A path for a new project (not yet created)."""
    return tmp_path / "drama"
