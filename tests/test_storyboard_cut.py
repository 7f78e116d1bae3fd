"""A storyboard cut by hand so that a scene has no shot left, then built with a locale in
one go: the scene gets no music, the mixes are made again for the cut (not kept from the
longer cut), and the locale's dub is timed on the series' new timeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from microdrama.cli import main
from microdrama.media.video import probe
from tests.conftest import EPISODE_EN

SHOTS = 4


def test_a_cut_that_drops_a_scene_rebuilds_the_mixes_and_times_the_dub_on_it(
        built_project: Any, capsys: pytest.CaptureFixture[str]) -> None:
    root: Path = built_project(EPISODE_EN, [])
    board = root / "storyboards/ep001.yaml"
    text = board.read_text("utf-8")
    board.write_text(text[: text.index(f"- id: ep001-sh{SHOTS + 1:02}")], "utf-8")
    capsys.readouterr()
    assert main(["build", str(root), "--locale", "qps-ploc", "--json"]) == 0
    report = {s["stage"]: s for s in json.loads(capsys.readouterr().out)["stages"]}
    assert not any(s["blocked"] for s in report.values()), report
    assert sorted(report["mix"]["ran"]) == ["ep001", "qps-ploc/ep001"]
    # The scene without a shot has no bed (and blocks nothing): one music item, sc01's.
    music = report["music"]
    assert set(music["ran"] + music["restored"]) <= {"ep001-sc01"}
    assert len(music["ran"]) + len(music["restored"]) + music["kept"] == 1
    for folder in ("en", "qps-ploc"):
        timeline = json.loads((root / ".microdrama/work/timing" / (
            "ep001.json" if folder == "en" else "qps-ploc/ep001.json")).read_text("utf-8"))
        assert [s["shot"] for s in timeline["shots"]] == [f"ep001-sh{n:02}"
                                                          for n in range(1, SHOTS + 1)]
        info = probe(root / f"out/{folder}/ep001.mp4")
        assert abs(info.duration_ms - timeline["duration_ms"]) < 100, folder
    assert main(["verify", str(root / "out/qps-ploc")]) == 0
