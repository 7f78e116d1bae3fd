"""End to end: idea → labelled 1080×1920 episodes, checked with real ffmpeg and decoding.

Editing a rendered project (lines, fonts, a logo, broken assets) is test_render_edits.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pysubs2
import pytest
import webvtt

from microdrama.formats.subtitles import Cue, check_cues
from microdrama.formats.yamlio import parse_yaml
from microdrama.media.audio import read_wav
from microdrama.media.ffmpeg import ffmpeg_exe
from microdrama.media.fonts import render_label
from microdrama.media.label import verify_aigc
from microdrama.media.loudness import measure_loudness
from microdrama.media.video import probe, read_metadata
from tests.conftest import EPISODE_ZH, copy_project, project_template
from tests.frames import frame_at


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A built 30-s zh episode: this module's own copy of the session's template."""
    return copy_project(project_template(tmp_path_factory, EPISODE_ZH, []),
                        tmp_path_factory.mktemp("render") / "drama")


def test_the_episode_is_a_platform_ready_vertical_mp4(rendered: Path) -> None:
    info = probe(rendered / "out/zh/ep001.mp4")
    assert (info.width, info.height, info.codec, info.pix_fmt) == (1080, 1920, "h264", "yuv420p")
    assert float(info.fps) == 30 and info.constant_frame_rate
    assert (info.audio_codec, info.audio_sample_rate) == ("aac", 48000)
    assert 20_000 <= info.duration_ms <= 60_000
    with (rendered / "out/zh/ep001.mp4").open("rb") as handle:
        head = handle.read(64 * 1024)
    moov, mdat = head.find(b"moov"), head.find(b"mdat")
    assert moov != -1 and (mdat == -1 or moov < mdat)  # +faststart: the index comes first


def test_the_aigc_metadata_reads_back(rendered: Path) -> None:
    video = rendered / "out/zh/ep001.mp4"
    value = read_metadata(video)["AIGC"]
    label = json.loads(value)["AIGC"]
    assert label["Label"] == "1" and label["ContentProducer"] == "microdrama"
    assert label["PropagateID"] == label["ProduceID"]
    verify_aigc(video, value)


def test_the_visible_label_is_on_the_opening_seconds(rendered: Path) -> None:
    label = np.array(render_label("AI生成", width=1080, height=1920))
    mask = (label[:, :, 3] > 250) & (label[:, :, :3].min(axis=2) > 240)  # the white glyphs
    ys, xs = np.nonzero(mask)
    assert ys.max() - ys.min() >= 54  # ≥ 5 % of the shortest side
    for seconds in (0.1, 1.0, 2.0):
        frame = frame_at(rendered / "out/zh/ep001.mp4", seconds)
        assert frame[mask].mean() > 200, f"label not visible at {seconds} s"
    late = frame_at(rendered / "out/zh/ep001.mp4", 5.0)
    assert late[mask].mean() < frame_at(rendered / "out/zh/ep001.mp4", 1.0)[mask].mean()


def test_subtitles_are_burned_in_during_their_cue(rendered: Path) -> None:
    subs = pysubs2.load(str(rendered / "out/zh/ep001.srt"))
    cue = subs[1]
    middle = (cue.start + cue.end) / 2000
    frame = frame_at(rendered / "out/zh/ep001.mp4", middle)
    band = frame[1920 - 700 : 1920 - 420, 60 : 1080 - 170]
    white = (band.min(axis=2) > 230).sum()
    assert white > 300, "no bright subtitle glyphs in the subtitle band"


def test_subtitle_files_parse_and_pass_the_rules(rendered: Path) -> None:
    srt = pysubs2.load(str(rendered / "out/zh/ep001.srt"))
    ass = pysubs2.load(str(rendered / "out/zh/ep001.ass"))
    vtt = webvtt.read(str(rendered / "out/zh/ep001.vtt"))
    assert len(srt) == len(ass) == len(vtt.captions) > 3
    cues = [Cue(id=str(i), start_ms=e.start, end_ms=e.end, text=e.text.replace("\\N", "\n"))
            for i, e in enumerate(srt)]
    errors = [f for f in check_cues(cues, "zh", vertical=True) if f.severity == "error"]
    assert errors == []


def test_the_mix_is_at_minus_14_lufs(rendered: Path, tmp_path: Path) -> None:
    wav = tmp_path / "audio.wav"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(rendered / "out/zh/ep001.mp4"),
                    "-vn", "-ar", "48000", "-ac", "2", str(wav)], check=True)
    integrated, true_peak = measure_loudness(wav.read_bytes())
    assert abs(integrated + 14) <= 1.0 and true_peak <= -0.9


def _pitches(samples: np.ndarray, rate: int) -> list[float]:
    """The pitch of each voiced 40-ms frame (every 10 ms): the lag of the normalised
    autocorrelation's peak between 70 and 400 Hz, where the frame is loud and clearly
    periodic."""
    mono = samples.mean(axis=1) if samples.ndim == 2 else samples
    size, hop = int(rate * 0.04), int(rate * 0.01)
    low, high = rate // 400, rate // 70
    loud = float(np.abs(mono).max())
    found = []
    for start in range(0, len(mono) - size, hop):
        frame = mono[start:start + size]
        if np.sqrt(np.mean(frame ** 2)) < 0.1 * loud:
            continue
        frame = frame - frame.mean()
        corr = np.correlate(frame, frame, "full")[size - 1:]
        if corr[0] <= 0:
            continue
        lag = low + int(np.argmax(corr[low:high] / corr[0]))
        if corr[lag] / corr[0] > 0.6:
            found.append(rate / lag)
    return found


def test_characters_have_distinct_voices(rendered: Path) -> None:
    """Each speaker's pitch (the median over every voiced frame of all their lines) is
    apart from the next one's, in the order the bible designed their voices."""
    episode = parse_yaml((rendered / "episodes/ep001.yaml").read_text("utf-8"), "ep")
    frames: dict[str, list[float]] = {}
    for scene in episode["scenes"]:
        for beat in scene["beats"]:
            for line in beat.get("lines", []):
                samples, rate = read_wav(
                    (rendered / f".microdrama/work/voice/ep001/{line['id']}.wav").read_bytes())
                frames.setdefault(line["speaker"], []).extend(_pitches(samples, rate))
    pitches = {speaker: float(np.median(found)) for speaker, found in frames.items() if found}
    assert len(pitches) >= 2
    bible = parse_yaml((rendered / "series.yaml").read_text("utf-8"), "series")
    designed = {c["id"]: (c["voice"]["gender"], c["voice"]["pitch"]) for c in bible["characters"]}
    values = sorted(pitches.values())
    assert all(b / a > 1.04 for a, b in zip(values, values[1:], strict=False)), pitches
    for gender in ("female", "male"):
        voices = sorted((p, s) for s, (g, p) in designed.items() if g == gender and s in pitches)
        heard = [pitches[s] for _, s in voices]
        assert heard == sorted(heard), (gender, voices, pitches)


def test_deliverables_exist(rendered: Path) -> None:
    from PIL import Image

    with Image.open(rendered / "out/zh/ep001.cover.jpg") as cover:
        assert cover.size == (1080, 1920)
    assert (rendered / "out/zh/ep001.contact.png").stat().st_size > 10_000
    assert list((rendered / "out/panels/ep001").glob("*.png"))


def test_a_missing_ffmpeg_is_a_clear_error_and_keeps_finished_work(rendered: Path,
                                                                   tmp_path: Path) -> None:
    """A longer line in a copy of the rendered episode: its new voice is made, then the
    build stops for the missing ffmpeg before any shot is rendered (shots are encoded
    without it, but their sound and the episode are not: rendering them would be lost)."""
    root = copy_project(rendered, tmp_path / "drama")
    script = root / "episodes/ep001.yaml"
    text = script.read_text("utf-8")
    line = parse_yaml(text, script)["scenes"][0]["beats"][1]["lines"][0]
    script.write_text(text.replace(line["text"], line["text"] + "我不会再说第二遍。", 1), "utf-8")
    voice = root / f".microdrama/work/voice/ep001/{line['id']}.wav"
    before = voice.read_bytes()
    env = {**os.environ, "IMAGEIO_FFMPEG_EXE": str(tmp_path / "no-ffmpeg")}
    result = subprocess.run([sys.executable, "-m", "microdrama.cli", "build", str(root)],
                            capture_output=True, text=True, env=env)
    assert result.returncode != 0
    assert "ffmpeg is not available" in result.stderr and "Fix:" in result.stderr
    assert voice.read_bytes() != before  # the line's new voice, finished before the stop: kept
    shots = sorted((root / ".microdrama/work/segments/ep001").glob("*.mp4"))
    assert shots and all(s.read_bytes() == (rendered / s.relative_to(root)).read_bytes()
                         for s in shots)  # no shot rendered for nothing
    assert len(list((root / "out/panels/ep001").glob("*.png"))) == len(
        list((rendered / "out/panels/ep001").glob("*.png")))  # and nothing made before is lost
