"""The clip stage end to end: a project with ``[providers] clip = "comfyui"`` against the fake
ComfyUI, checked on the final episode with PyAV, then rebuilt entirely from the cache."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from microdrama.cli import main
from microdrama.engine.runlog import RunLog
from microdrama.media.video import probe
from microdrama.stages.clip import clip_length_ms
from tests.frames import frame_at
from tests.providers.fake_comfyui import MAGENTA, FakeComfyUI
from tests.providers.test_comfyui import SAVES, clip_workflow

SHOTS = 2  # the storyboard is cut to its first shots to keep the build short


def bar_x(frame: np.ndarray) -> int:
    """Where the fake's moving magenta bar is (the column most covered by it)."""
    close = (np.abs(frame.astype(int) - np.array(MAGENTA)).sum(axis=2) < 90).mean(axis=0)
    assert close.max() > 0.5, "no magenta bar: the clip's frames are not in the episode"
    return int(np.argmax(close))


def test_clip_lengths_round_up_to_whole_seconds() -> None:
    assert [clip_length_ms(ms) for ms in (1, 1000, 1001, 2975)] == [1000, 1000, 2000, 3000]


def test_an_episode_with_comfyui_clips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "drama"
    assert main(["new", str(root), "--idea", "a revenge story at a wedding", "--lang", "en",
                 "--episodes", "1", "--seconds", "30"]) == 0
    assert main(["build", str(root), "--until", "storyboard"]) == 0
    # Keep the first scene and its first shots: a short episode is enough here.
    for name, cut in (("episodes/ep001.yaml", "- id: ep001-sc02"),
                      ("storyboards/ep001.yaml", f"- id: ep001-sh{SHOTS + 1:02}")):
        text = (root / name).read_text("utf-8")
        (root / name).write_text(text[: text.index(cut)], "utf-8")
    workflow = root / "workflows/clip.json"
    workflow.parent.mkdir()
    workflow.write_text(json.dumps(clip_workflow(SAVES["mp4 (VHS gifs)"])), "utf-8")

    with FakeComfyUI() as fake:
        settings = (root / "drama.toml").read_text("utf-8")
        (root / "drama.toml").write_text(
            settings.replace('music = "offline"\n', 'music = "offline"\nclip = "comfyui"\n')
            + f'\n[providers.comfyui]\nurl = "{fake.url}"\nclip_workflow = "workflows/clip.json"'
            '\nclip_size = "216x384"\nclip_fps = 8\npoll_s = 0.02\n', "utf-8")
        capsys.readouterr()
        assert main(["build", str(root), "--json"]) == 0
        report = {s["stage"]: s["ran"] for s in json.loads(capsys.readouterr().out)["stages"]}
        assert len(report["clip"]) == SHOTS and len(report["segment"]) == SHOTS
        assert len(fake.prompts) == SHOTS
        assert all(n["inputs"]["length"] % 8 == 0 for p in fake.prompts  # whole seconds
                   for n in p.values() if n["class_type"] == "WanImageToVideo")
        for clip in sorted((root / "out/clips/ep001").glob("*.mp4")):
            info = probe(clip)
            assert (info.width, info.height, info.codec, float(info.fps)) == (
                1080, 1920, "h264", 30)
        # One record per job, kept so a result is never paid for twice.
        assert len(list((root / ".microdrama/jobs/comfyui-jobs").glob("*.json"))) == SHOTS

        episode = root / "out/en/ep001.mp4"
        info = probe(episode)
        assert (info.width, info.height, info.codec, info.pix_fmt) == (
            1080, 1920, "h264", "yuv420p")
        assert float(info.fps) == 30 and info.constant_frame_rate
        timeline = json.loads((root / ".microdrama/work/timing/ep001.json").read_text("utf-8"))
        assert abs(info.duration_ms - timeline["duration_ms"]) <= 100
        # The first shot moves: its clip's bar travels left to right under the label.
        first = timeline["shots"][0]
        early = frame_at(episode, first["start_ms"] / 1000 + 0.3)
        late = frame_at(episode, first["end_ms"] / 1000 - 0.3)
        assert bar_x(early) + 300 < bar_x(late)

        capsys.readouterr()
        assert main(["build", str(root), "--json"]) == 0
        again = json.loads(capsys.readouterr().out)["stages"]
        assert all(s["ran"] == [] for s in again), [s["stage"] for s in again if s["ran"]]
        assert len(fake.prompts) == SHOTS  # nothing asked of ComfyUI again
    log = RunLog(root / ".microdrama/runlog.sqlite")
    try:
        items = list(log.items())
    finally:
        log.close()
    assert items and all(i.cache_hit for i in items)
    assert {i.stage for i in items} >= {"clip", "segment", "episode"}
