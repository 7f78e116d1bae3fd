"""Shared fixtures. Tests never touch the network: sockets to anything but loopback fail."""

from __future__ import annotations

import socket
from collections.abc import Iterator
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


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    """A path for a new project (not yet created)."""
    return tmp_path / "drama"
