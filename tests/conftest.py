"""Shared fixtures. Tests never touch the network: sockets to anything but loopback fail."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Callable, Iterator, Sequence
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
#: its module fixtures are built once): a long file left to the end would keep one
#: worker busy while the others idle.
LONGEST_FIRST = ("tests/test_render.py", "tests/test_episode_length.py",
                 "tests/stages/test_clip.py", "tests/test_real_providers.py")


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


@pytest.fixture(scope="session")
def project_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, ...], Path]:
    """Offline projects made once per session (per xdist worker), by the arguments of
    ``microdrama new`` and ``microdrama build`` that made them."""
    return {}


@pytest.fixture
def built_project(project_templates: dict[tuple[str, ...], Path],
                  tmp_path_factory: pytest.TempPathFactory, tmp_path: Path,
                  capsys: pytest.CaptureFixture[str]) -> Callable[..., Path]:
    """``built_project(new_args, build_args)``: a private copy (``tmp_path/drama``) of an
    offline project made by ``microdrama new <dir> *new_args`` then ``microdrama build
    <dir> *build_args``. The first test to ask makes it; the others copy it — a project
    folder is self-contained (its cache and run log inside, paths relative), so a copy
    builds, reports and rebuilds as the original would."""
    from microdrama.cli import main

    def make(new: Sequence[str], build: Sequence[str]) -> Path:
        key = (*new, "|", *build)
        template = project_templates.get(key)
        if template is None:
            template = tmp_path_factory.mktemp("template") / "drama"
            assert main(["new", str(template), *new]) == 0
            assert main(["build", str(template), *build]) == 0
            capsys.readouterr()
            project_templates[key] = template
        return Path(shutil.copytree(template, tmp_path / "drama", symlinks=True))

    return make


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    """A path for a new project (not yet created)."""
    return tmp_path / "drama"
