"""A one-line edit rebuilds only what depends on it, even when it moves the rest.

Lengthening a line makes its shot longer and moves every later shot and line on the
episode's clock; those shots' pictures and burned-in cues do not change, so their
segments are kept, and the episode is joined again (by stream copy) with a new mix.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from microdrama.cli import main
from microdrama.formats.yamlio import parse_yaml
from microdrama.media.video import probe
from tests.conftest import EPISODE_EN, copy_project, project_template

LABEL_MS = 6000  # shots starting this late carry no part of the opening AI label


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A built 30-s en episode: a copy of the session's template."""
    return copy_project(project_template(tmp_path_factory, EPISODE_EN, []),
                        tmp_path_factory.mktemp("rebuild") / "drama")


def timeline(root: Path) -> dict[str, Any]:
    found = sorted((root / ".microdrama/work/timing").rglob("ep001.json"))
    return dict(json.loads(found[0].read_text("utf-8")))


def segments(root: Path) -> dict[str, bytes]:
    folder = root / ".microdrama/work/segments/ep001"
    return {path.stem: path.read_bytes() for path in folder.glob("*.mp4")}


def test_a_longer_line_re_renders_only_its_shot(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = timeline(built)
    starts = {shot["shot"]: shot["start_ms"] for shot in before["shots"]}
    last = before["shots"][-1]["shot"]
    target = next(line for line in before["lines"]
                  if starts[line["shot"]] >= LABEL_MS and line["shot"] != last)
    shot = target["shot"]
    script = built / "episodes/ep001.yaml"
    text = script.read_text("utf-8")
    lines = [line for scene in parse_yaml(text, script)["scenes"] for beat in scene["beats"]
             for line in beat["lines"]]
    old = next(line["text"] for line in lines if line["id"] == target["line"])
    script.write_text(text.replace(old, old.rstrip(".!?") + ", and I will not say it twice.", 1),
                      "utf-8")
    kept = segments(built)
    capsys.readouterr()

    assert main(["build", str(built), "--json"]) == 0

    report = {s["stage"]: s["ran"] for s in json.loads(capsys.readouterr().out)["stages"]}
    assert report["voice"] == [target["line"]]
    assert report["timing"] == ["ep001"]
    assert report["segment"] == [shot]  # no other shot's picture or cues changed
    assert report["panel"] == [] and report["sheet"] == []
    assert report["mix"] == ["ep001"] and report["episode"] == ["ep001"]
    after = timeline(built)
    moved = [s["shot"] for s in after["shots"] if s["start_ms"] != starts[s["shot"]]]
    assert moved and shot not in moved  # the later shots moved on the clock...
    now = segments(built)
    assert all(now[name] == kept[name] for name in moved)  # ...and kept their segments
    assert now[shot] != kept[shot]
    info = probe(built / "out/en/ep001.mp4")
    assert abs(info.frame_count * 1000 / 30 - after["duration_ms"]) < 1000 / 30
    assert info.constant_frame_rate and info.audio_codec == "aac"
