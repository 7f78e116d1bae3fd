"""`new --interactive`: drama.toml says so, and the build writes branching episodes that
the check stage passes."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from microdrama.app import DemoRequest, make_demo
from microdrama.cli import main
from microdrama.domain import Episode
from microdrama.errors import InputError
from microdrama.formats.yamlio import parse_yaml


def test_new_interactive_writes_branching_episodes_the_check_passes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "drama"
    assert main(["new", str(root), "--idea", "被当众退婚的厨师，其实是失传御膳的唯一传人。",
                 "--episodes", "2", "--interactive"]) == 0
    settings = tomllib.loads((root / "drama.toml").read_text())
    assert settings["project"]["interactive"] is True
    assert main(["build", str(root), "--until", "check"]) == 0
    for number in (1, 2):
        path = root / f"episodes/ep00{number}.yaml"
        episode = Episode.model_validate(parse_yaml(path.read_text(), path))
        assert episode.branching and len([s for s in episode.scenes if s.ending]) >= 3
        report = json.loads((root / f"out/review/ep00{number}.json").read_text())
        assert [f for f in report["findings"] if f["severity"] == "error"] == []
        assert report["graph"]["complete"]

    # A linear project's drama.toml does not mention it.
    linear = tmp_path / "linear"
    assert main(["new", str(linear), "--idea", "a maid's daughter is the real heiress",
                 "--lang", "en"]) == 0
    assert "interactive" not in (linear / "drama.toml").read_text()


def test_a_demo_folder_keeps_its_kind(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    root.mkdir()
    (root / "drama.toml").write_text('[project]\nidea = "a maid\'s daughter is the heiress"\n'
                                     'language = "en"\n')
    with pytest.raises(InputError, match="linear demo") as caught:
        make_demo(DemoRequest(directory=root, interactive=True))
    assert "[project] interactive" in str(caught.value)
