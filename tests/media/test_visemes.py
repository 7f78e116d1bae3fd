"""Mouth shapes from a voice, and the rhythms of blinks and breaths."""

from __future__ import annotations

import numpy as np

from microdrama.media.audio import write_wav
from microdrama.media.motion import blinks, breath, motion_rules
from microdrama.media.visemes import mouth_track, openness

RATE, FPS = 22050, 30


def syllables(seconds: float, hz: float = 4.0, carrier: float = 300.0) -> np.ndarray:
    """A voice-like tone whose loudness rises and falls ``hz`` times a second."""
    t = np.arange(int(seconds * RATE)) / RATE
    envelope = 0.5 * (1 - np.cos(2 * np.pi * hz * t))
    return (0.6 * envelope * np.sin(2 * np.pi * carrier * t)).astype(np.float32)


def test_openness_follows_the_loudness_of_the_voice() -> None:
    voice = syllables(2.0)
    wav = write_wav(voice, RATE)
    values = openness(wav, 60, FPS, 0)
    # the envelope at each frame, a little ahead (the mouth leads the sound)
    lead = motion_rules().speech.lead_ms / 1000
    expected = [0.5 * (1 - np.cos(2 * np.pi * 4.0 * (k / FPS + lead))) for k in range(60)]
    known = [(v, e) for v, e in zip(values, expected, strict=True) if v is not None]
    assert len(known) == 60
    r = np.corrcoef([v for v, _ in known], [e for _, e in known])[0, 1]
    assert r > 0.8


def test_no_mouth_outside_the_line_and_shut_in_silence() -> None:
    # the line plays from 500 ms to 2000 ms of the shot; its first half second is silent
    voice = np.concatenate([np.zeros(RATE // 2, np.float32), syllables(1.0)])
    track = mouth_track(write_wav(voice, RATE), 90, FPS, start_ms=500)
    assert track[:13] == [""] * 13  # before the line (the mouth leads by 40 ms)
    assert track[16:28] == ["closed"] * 12  # the line's silence
    assert any(s in ("open", "wide", "round") for s in track[30:58])  # its syllables
    assert set(track[14:58]) <= {"closed", "small", "open", "wide", "round"}
    assert track[62:] == [""] * 28  # after it


def test_bright_sounds_spread_the_mouth_and_dark_ones_round_it() -> None:
    t = np.arange(RATE) / RATE
    bright = (0.5 * np.sign(np.sin(2 * np.pi * 3500 * t))).astype(np.float32)
    dark = (0.5 * np.sin(2 * np.pi * 180 * t)).astype(np.float32)
    assert set(mouth_track(write_wav(bright, RATE), 25, FPS, 0)[2:-2]) == {"wide"}
    assert set(mouth_track(write_wav(dark, RATE), 25, FPS, 0)[2:-2]) == {"round"}


def test_no_shape_flickers_for_a_single_frame() -> None:
    rng = np.random.default_rng(5)
    voice = (rng.standard_normal(40 * (RATE // 20)) * np.repeat(rng.uniform(0, 1, 40), RATE // 20)
             ).astype(np.float32) * 0.3
    track = mouth_track(write_wav(voice, RATE), 60, FPS, 0)
    runs = [k for k in range(1, 59) if track[k - 1] != track[k] != track[k + 1]]
    assert not runs


def test_blinks_come_on_a_natural_rhythm_and_differ_per_figure() -> None:
    frames = 60 * FPS
    eyes = blinks("1:ep001-sh01:su-wan", frames, FPS)
    assert eyes == blinks("1:ep001-sh01:su-wan", frames, FPS)  # deterministic
    assert eyes != blinks("1:ep001-sh01:lin", frames, FPS)  # two figures, two rhythms
    starts = [k for k in range(1, frames) if eyes[k] != "open" and eyes[k - 1] == "open"]
    rules = motion_rules().blink
    per_minute = len(starts)
    assert 12 <= per_minute <= 30  # 17 at rest, 26 in conversation (Bentivoglio 1997)
    assert "closed" in eyes and set(eyes) <= {"open", "half", "closed"}
    gaps = np.diff(starts) / FPS
    pairs = gaps[gaps < rules.min_interval_s]  # a double blink: the second right after
    assert np.allclose(pairs, (len(rules.frames) + 1) / FPS)
    assert 0 < len(pairs) <= len(starts) * rules.double_chance * 2 + 1


def test_breath_is_slow_small_and_stepped() -> None:
    lift = breath("1:ep001-sh01:su-wan", 10 * FPS, FPS, scale=400.0)
    rules = motion_rules().breath
    assert max(lift) - min(lift) <= rules.max_lift_px
    assert max(lift) > 1.0
    assert all(abs(v / rules.step_px - round(v / rules.step_px)) < 1e-9 for v in lift)
    steps = [v for k, v in enumerate(lift) if k == 0 or v != lift[k - 1]]
    turns = sum(1 for a, b, c in zip(steps, steps[1:], steps[2:], strict=False)
                if (b - a) * (c - b) < 0)
    assert 2 <= turns <= 8  # 10 s at 3–5 s a breath: a few rises and falls, no jitter
