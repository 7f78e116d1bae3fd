"""Living panels in a built episode, measured on the rendered frames (decoded by ffmpeg)
where the painter's rig says the mouths and eyes are.

The shared 30-s English episode is edited so one talking shot is a static two-shot
(the speaker and a listener) and another talking shot's line is marked as voice-over,
then rebuilt: the speaker's mouth opens and closes with her voice, the listener's and
the narrator's never move, and eyes blink on exactly the frames the figure's rhythm says.
Re-voicing one line then re-renders only the shot where it is heard (the run log).
"""

from __future__ import annotations

import json
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from microdrama.cli import main
from microdrama.engine.runlog import RunLog
from microdrama.formats.yamlio import dump_yaml, parse_yaml
from microdrama.media.ffmpeg import ffmpeg_exe
from microdrama.media.motion import blinks, motion_rules
from microdrama.media.visemes import openness
from tests.conftest import EPISODE_EN, copy_project, isolated_config, project_template

W, H = 1080, 1920
Array = np.ndarray[Any, Any]


@pytest.fixture(scope="module")
def acted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    home = tmp_path_factory.mktemp("acting-home")
    with isolated_config(home):
        template = project_template(tmp_path_factory, EPISODE_EN, [])
        root = copy_project(template, tmp_path_factory.mktemp("acting") / "drama")
        timing = json.loads((root / ".microdrama/work/timing/ep001.json").read_text("utf-8"))
        script = parse_yaml((root / "episodes/ep001.yaml").read_text("utf-8"), "ep001.yaml")
        board = parse_yaml((root / "storyboards/ep001.yaml").read_text("utf-8"), "ep001.yaml")
        bible = parse_yaml((root / "series.yaml").read_text("utf-8"), "series.yaml")
        kinds = {b["id"]: b["kind"] for s in script["scenes"] for b in s["beats"]}
        speaker_of = {ln["id"]: ln["speaker"] for s in script["scenes"] for b in s["beats"]
                      for ln in b["lines"]}
        shots = {s["shot"]: s for s in timing["shots"]}
        calm = [s for s in board["shots"]
                if len(s.get("lines", [])) == 1 and kinds[s["beat"]] not in
                motion_rules().reaction.beats
                and shots[s["id"]]["end_ms"] - shots[s["id"]]["start_ms"] >= 2000]
        assert len(calm) >= 2, "the episode needs two calm talking shots"
        two, voiceover = calm[0], calm[1]
        speaker = speaker_of[two["lines"][0]]
        listener = next(c["id"] for c in bible["characters"] if c["id"] != speaker)
        for shot in (two, voiceover):  # staging is derived again for the new cast
            shot.pop("over_shoulder", None)
        two.update(framing="MCU", angle="eye", move="static", effects=[], transition="cut",
                   characters=[{"id": speaker, "expression": "neutral", "position": "left"},
                               {"id": listener, "expression": "neutral", "position": "right"}])
        narrator = speaker_of[voiceover["lines"][0]]
        voiceover.update(framing="MCU", angle="eye", move="static", effects=[],
                         transition="cut",
                         characters=[{"id": narrator, "expression": "neutral",
                                      "position": "center"}])
        for scene in script["scenes"]:
            for beat in scene["beats"]:
                for line in beat["lines"]:
                    if line["id"] == voiceover["lines"][0]:
                        line["direction"] = "(V.O.)"
        (root / "storyboards/ep001.yaml").write_text(dump_yaml(board), "utf-8")
        (root / "episodes/ep001.yaml").write_text(dump_yaml(script), "utf-8")
        assert main(["build", str(root)]) == 0
        yield {"root": root, "two": two["id"], "voiceover": voiceover["id"], "speaker": speaker,
               "listener": listener, "narrator": narrator, "line": two["lines"][0],
               "timing": timing}


def frames_in(root: Path, shot: str, box: list[int], pad: int = 5) -> Array:
    """Every frame of the shot's segment, decoded by the ffmpeg binary, inside ``box`` (and
    ``pad`` pixels around it), as RGB ints: each frame is converted to RGB whole and then
    cut, so the pixels are those of the whole frame's conversion."""
    x0, y0, x1, y1 = box
    left, top = max(0, x0 - pad), max(0, y0 - pad)
    width, height = min(W, x1 + pad) - left, min(H, y1 + pad) - top
    video = root / f".microdrama/work/segments/ep001/{shot}.mp4"
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(video), "-vf",
                          f"format=rgb24,crop={width}:{height}:{left}:{top}", "-f", "rawvideo",
                          "-pix_fmt", "rgb24", "-"], check=True, capture_output=True).stdout
    return np.frombuffer(raw, np.uint8).reshape(-1, height, width, 3).astype(int)


def figure(root: Path, shot: str, who: str) -> dict[str, Any]:
    """The painter's layout of one figure of the shot (the rig manifest)."""
    manifest = json.loads((root / f".microdrama/work/rig/ep001/{shot}.manifest.json")
                          .read_text("utf-8"))
    found: dict[str, Any] = next(f for f in manifest["figures"] if f["id"] == who)
    return found


def mouth_open(r: Array) -> Array:
    """Per frame, the pixels of an open mouth's dark red inside (not lips, not skin)."""
    inside = ((r[..., 0] > 70) & (r[..., 0] < 170) & (r[..., 1] < 75) & (r[..., 2] < 85)
              & (r[..., 0] > r[..., 1] + 45))
    return inside.sum(axis=(1, 2))


def eye_white(r: Array) -> Array:
    """Per frame, the white of the eyes (open eyes show it, shut ones do not)."""
    return ((r.min(axis=3) > 225) & (r.max(axis=3) - r.min(axis=3) < 20)).sum(axis=(1, 2))


def test_the_speakers_mouth_opens_with_her_voice(acted: dict[str, Any]) -> None:
    root, shot = acted["root"], acted["two"]
    frames = frames_in(root, shot, figure(root, shot, acted["speaker"])["mouth"])
    measured = mouth_open(frames)
    shots = {s["shot"]: s for s in acted["timing"]["shots"]}
    line = next(ln for ln in acted["timing"]["lines"] if ln["line"] == acted["line"])
    wav = (root / f".microdrama/work/voice/ep001/{acted['line']}.wav").read_bytes()
    envelope = openness(wav, len(frames), 30, line["start_ms"] - shots[shot]["start_ms"])
    spoken = [k for k, v in enumerate(envelope) if v is not None]
    assert len(spoken) > 30
    r = np.corrcoef(measured[spoken], [envelope[k] for k in spoken])[0, 1]
    assert r > 0.5, r
    assert measured[spoken].max() > 100 and measured[spoken].min() < 20  # opens and shuts
    silent = [k for k, v in enumerate(envelope) if v is None]
    assert silent and measured[silent].max() < 20  # before and after the line: shut


def test_a_listener_and_a_voice_over_never_move_a_mouth(acted: dict[str, Any]) -> None:
    root = acted["root"]
    listener = mouth_open(frames_in(root, acted["two"],
                                    figure(root, acted["two"], acted["listener"])["mouth"]))
    narrator = mouth_open(frames_in(root, acted["voiceover"],
                                    figure(root, acted["voiceover"], acted["narrator"])["mouth"]))
    for still in (listener, narrator):  # never the inside of an open mouth, on any frame
        assert still.max() <= 3
    # the rig gave the voice-over no mouth shapes at all
    sprites = figure(root, acted["voiceover"], acted["narrator"])["sprites"]
    assert not [name for name in sprites if name.startswith("mouth:")]


def test_eyes_blink_on_the_figures_own_rhythm(acted: dict[str, Any]) -> None:
    root = acted["root"]
    seed = tomllib.loads((root / "drama.toml").read_text("utf-8"))["project"]["seed"]
    blinked = 0
    for shot, who in ((acted["two"], acted["speaker"]), (acted["two"], acted["listener"]),
                      (acted["voiceover"], acted["narrator"])):
        frames = frames_in(root, shot, figure(root, shot, who)["eyes"])
        white = eye_white(frames)
        expected = blinks(f"{seed}:{shot}:{who}", len(frames), 30)
        open_white = np.median(white[[k for k, e in enumerate(expected) if e == "open"]])
        assert open_white > 50
        shut = white < open_white * 0.4
        for k, state in enumerate(expected):
            if state == "closed":
                assert shut[k], (shot, who, k)
            elif state == "open":
                assert not shut[k], (shot, who, k)
        blinked += sum(1 for k in range(1, len(expected))
                       if expected[k] == "closed" and expected[k - 1] != "closed")
    assert blinked >= 1


def test_re_voicing_a_line_re_renders_only_the_shot_where_it_is_heard(
        acted: dict[str, Any], tmp_path: Path) -> None:
    root = copy_project(acted["root"], tmp_path / "drama")
    path = root / "episodes/ep001.yaml"
    script = parse_yaml(path.read_text("utf-8"), path)
    for scene in script["scenes"]:
        for beat in scene["beats"]:
            for line in beat["lines"]:
                if line["id"] == acted["line"]:  # a new way of saying it: a new voice
                    line["emotion"] = "furious" if line.get("emotion") != "furious" else "calm"
    path.write_text(dump_yaml(script), "utf-8")
    assert main(["build", str(root)]) == 0
    log = RunLog(root / ".microdrama/runlog.sqlite")
    try:
        ran = [(i.stage, i.item) for i in log.items() if not i.cache_hit]
    finally:
        log.close()
    assert ("voice", acted["line"]) in ran
    assert [item for stage, item in ran if stage == "segment"] == [acted["two"]]
    # staging reads the line's emotion, so its own panel may be painted again; no other
    assert [item for stage, item in ran if stage == "panel"] in ([], [acted["two"]])
