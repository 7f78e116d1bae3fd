"""The shortcuts that keep a rebuild cheap give the answers the full work gives."""

from __future__ import annotations

import subprocess
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from microdrama.media.audio import write_wav
from microdrama.media.ffmpeg import ffmpeg_exe
from microdrama.media.loudness import measure_loudness, normalize_loudness
from microdrama.media.mp4meta import video_timing
from microdrama.media.peaks import true_peaks as _true_peaks
from microdrama.media.video import (
    frame_count,
    frames_seconds,
    frames_shown,
    probe,
    render_segment,
)


def quiet_with_bursts(seconds: float, rate: int = 48000, seed: int = 3) -> np.ndarray:
    """Stereo: a soft bed with a few loud, clipped bursts (the hot spots of a mix)."""
    rng = np.random.default_rng(seed)
    frames = round(seconds * rate)
    signal = 0.05 * rng.standard_normal((frames, 2))
    for start in rng.integers(0, frames - rate // 5, size=6):
        burst = np.sin(np.arange(rate // 5) * 2 * np.pi * 3000 / rate)
        signal[start : start + rate // 5] += np.clip(1.3 * burst, -0.97, 0.97)[:, None]
    return signal


@pytest.mark.parametrize("ceiling", [0.5, 0.86, 0.99])
def test_true_peaks_above_a_ceiling_agree_with_the_full_work(ceiling: float) -> None:
    samples = quiet_with_bursts(4.0)
    full = _true_peaks(samples, 4)
    quick = _true_peaks(samples, 4, above=ceiling)
    assert ((full >= ceiling) == (quick >= ceiling)).all()
    hot = quick >= ceiling
    assert hot.any() and (~hot).any()
    assert np.array_equal(full[hot], quick[hot])  # where it matters, bit for bit
    assert (quick <= full).all()  # elsewhere a lower bound (the sample peak)


def test_normalizing_a_mix_with_hot_spots_still_keeps_the_true_peak() -> None:
    loudness, peak = measure_loudness(normalize_loudness(write_wav(quiet_with_bursts(6.0), 48000)))
    assert abs(loudness + 14.0) <= 0.5 and peak <= -1.0


def test_video_timing_reads_what_a_probe_counts(tmp_path: Path) -> None:
    panel = np.full((640, 360, 3), 90, np.uint8)
    out = tmp_path / "shot.mp4"
    render_segment(Image.fromarray(panel), out, duration_ms=1700, width=360, height=640)
    frames, timescale, delta = video_timing(out) or (0, 1, 0)
    info = probe(out)
    assert frames == info.frame_count == 51
    assert Fraction(timescale, delta) == info.fps == 30
    assert frames_seconds(out) == Fraction(51, 30)


def test_video_timing_is_none_without_a_video_track(tmp_path: Path) -> None:
    wav = tmp_path / "tone.wav"
    wav.write_bytes(write_wav(np.zeros((4800, 2)), 48000))
    m4a = tmp_path / "tone.m4a"
    subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(wav), "-c:a", "aac", str(m4a)],
                   check=True)
    assert video_timing(m4a) is None


@pytest.mark.parametrize("fps", [24, 25, 30, 60])
def test_frames_shown_are_the_frames_an_overlay_is_drawn_on(fps: int) -> None:
    rng = np.random.default_rng(fps)
    for _ in range(2000):
        duration = int(rng.integers(1, 9000))
        start, end = sorted(int(v) for v in rng.integers(0, duration + 200, size=2))
        frames = frame_count(duration, fps)
        drawn = [i for i in range(frames) if start <= i * 1000.0 / fps < end]  # as render does
        first, stop = frames_shown(start, end, fps, frames)
        assert drawn == list(range(first, stop))
