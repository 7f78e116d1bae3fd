"""The lipsync stage end to end: a built project switched to ``[providers] lipsync =
"comfyui"`` against the fake ComfyUI (real HTTP on loopback). Each talking shot's job
gets the panel and the shot's voice track; the episode shows what the job made."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest

from microdrama.cli import main
from microdrama.media.audio import read_wav
from microdrama.media.video import probe
from microdrama.stages.lipsync import voice_track
from tests.conftest import EPISODE_EN
from tests.frames import frame_at
from tests.providers.fake_comfyui import FakeComfyUI
from tests.stages.test_clip import bar_x

SHOTS = 4  # the storyboard is cut to its first shots to keep the build short


def lipsync_workflow() -> dict[str, Any]:
    """A talking-head workflow (LatentSync-like): panel + voice → frames → MP4."""
    return {
        "1": {"class_type": "LoadImage", "inputs": {"image": "{{image}}"}},
        "2": {"class_type": "LoadAudio", "inputs": {"audio": "{{audio}}"}},
        "3": {"class_type": "LatentSyncNode",
              "inputs": {"images": ["1", 0], "audio": ["2", 0], "seed": "{{seed}}",
                         "length": "{{frames}}", "width": "{{width}}",
                         "height": "{{height}}"}},
        "4": {"class_type": "VHS_VideoCombine",
              "inputs": {"images": ["3", 0], "frame_rate": "{{fps}}",
                         "format": "video/h264-mp4", "filename_prefix": "{{filename_prefix}}"}},
    }


def test_a_voice_track_places_each_line_at_its_time() -> None:
    rate = 16000
    tone = np.sin(np.arange(rate // 2) / rate * 2 * np.pi * 440).astype(np.float32) * 0.5
    from microdrama.media.audio import write_wav

    track, got = read_wav(voice_track([(write_wav(tone, rate), 250),
                                       (write_wav(tone, rate), 1000)], 2000))
    assert got == rate and len(track) == 2 * rate
    loud = np.abs(track[:, 0]) > 0.1
    starts = np.nonzero(np.diff(loud.astype(int)) == 1)[0]
    assert not loud[: rate // 4 - 50].any()
    assert abs(np.nonzero(loud)[0][0] - rate // 4) < 50  # first line at 250 ms
    assert any(abs(s - rate) < 50 for s in starts)  # second line at 1000 ms


def test_an_episode_with_comfyui_lipsync(built_project: Any, capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    root = built_project(EPISODE_EN, [])
    board = root / "storyboards/ep001.yaml"
    text = board.read_text("utf-8")
    board.write_text(text[: text.index(f"- id: ep001-sh{SHOTS + 1:02}")], "utf-8")
    workflow = root / "workflows/lipsync.json"
    workflow.parent.mkdir()
    workflow.write_text(json.dumps(lipsync_workflow()), "utf-8")

    with FakeComfyUI() as fake:
        settings = (root / "drama.toml").read_text("utf-8")
        (root / "drama.toml").write_text(
            settings.replace('music = "offline"\n', 'music = "offline"\nlipsync = "comfyui"\n')
            + f'\n[providers.comfyui]\nurl = "{fake.url}"\nlipsync_workflow = '
            '"workflows/lipsync.json"\nclip_size = "216x384"\nclip_fps = 10\npoll_s = 0.02\n',
            "utf-8")
        capsys.readouterr()
        assert main(["build", str(root), "--json"]) == 0
        report = {s["stage"]: s["ran"] for s in json.loads(capsys.readouterr().out)["stages"]}
        timeline = json.loads((root / ".microdrama/work/timing/ep001.json").read_text("utf-8"))
        talking = sorted({line["shot"] for line in timeline["lines"]})
        assert talking and report["lipsync"] == talking
        assert len(fake.prompts) == len(talking)
        # Each job got its shot's voice track: as long as the shot, silent before its line.
        shots = {s["shot"]: s for s in timeline["shots"]}
        for prompt in fake.prompts:
            audio = fake.uploads[prompt["2"]["inputs"]["audio"]]
            samples, rate = read_wav(audio)
            shot = next(s for s in talking
                        if f"microdrama/{s}" == prompt["4"]["inputs"]["filename_prefix"])
            line = next(ln for ln in timeline["lines"] if ln["shot"] == shot)
            length = shots[shot]["end_ms"] - shots[shot]["start_ms"]
            assert abs(len(samples) * 1000 / rate - length) <= 1
            offset = line["start_ms"] - shots[shot]["start_ms"]
            loud = np.nonzero(np.abs(samples[:, 0]) > 0.02)[0]
            assert loud[0] * 1000 / rate >= offset - 1
        for shot in talking:
            info = probe(root / f"out/clips/ep001/{shot}.lipsync.mp4")
            assert (info.width, info.height, float(info.fps)) == (1080, 1920, 30)
        # The episode shows the talking video (the fake's moving bar) in a talking shot.
        episode = root / "out/en/ep001.mp4"
        shot = shots[talking[-1]]
        early = frame_at(episode, shot["start_ms"] / 1000 + 0.2)
        late = frame_at(episode, shot["end_ms"] / 1000 - 0.2)
        assert bar_x(early) + 200 < bar_x(late)
        assert main(["verify", str(episode)]) == 0

        capsys.readouterr()
        assert main(["build", str(root), "--json"]) == 0
        again = json.loads(capsys.readouterr().out)["stages"]
        assert all(s["ran"] == [] for s in again), [s["stage"] for s in again if s["ran"]]
        assert len(fake.prompts) == len(talking)  # nothing asked of ComfyUI again
