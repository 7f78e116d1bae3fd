"""Mouth shapes from a voice, frame by frame: loudness opens the mouth, the spectrum
shapes it.

For each video frame we read a short window of the line's voice (a little ahead of the
frame: the mouth leads the sound) and measure its loudness (RMS, in dB against the
line's own loud level) and brightness (spectral centroid). Loudness gives the openness
(0…1: shut, a slit, open); for open frames the centroid picks the shape — wide for a
bright spectrum (e, i, s), round for a dark one (o, u), otherwise open (a). Shapes hold
at least ``hold_frames`` so a mouth never flickers. It is cheap: one FFT per frame.
"""

from __future__ import annotations

import numpy as np

from microdrama.media.audio import read_wav
from microdrama.media.motion import SpeechRules, motion_rules


def _windows(wav: bytes, frames: int, fps: int, start_ms: int,
             rules: SpeechRules) -> tuple[list[np.ndarray | None], int]:
    """Per frame, the voice samples under it (None before the line starts or after it
    ends), and the sample rate."""
    samples, rate = read_wav(wav)
    mono = samples.mean(axis=1) if samples.ndim == 2 else samples
    half = max(1, round(rules.window_ms * rate / 2000))
    out: list[np.ndarray | None] = []
    for k in range(frames):
        centre = round((k * 1000 / fps - start_ms + rules.lead_ms) * rate / 1000)
        if centre + half < 0 or centre - half >= len(mono):
            out.append(None)
            continue
        out.append(mono[max(0, centre - half):max(0, centre + half)])
    return out, rate


def openness(wav: bytes, frames: int, fps: int, start_ms: int,
             rules: SpeechRules | None = None) -> list[float | None]:
    """How open the mouth is on each frame of a shot (0 shut … 1 wide open) while a line
    spoken from ``start_ms`` (in the shot) plays; None on frames outside the line."""
    rules = rules or motion_rules().speech
    windows, _ = _windows(wav, frames, fps, start_ms, rules)
    return _openness(windows, rules)


def _openness(windows: list[np.ndarray | None], rules: SpeechRules) -> list[float | None]:
    levels = [None if w is None else 10 * np.log10(float(np.mean(w * w)) + 1e-10)
              for w in windows]
    known = [v for v in levels if v is not None]
    if not known:
        return [None] * len(levels)
    loud = float(np.percentile(known, 95))
    return [None if v is None else float(np.clip((v - loud - rules.floor_db) / -rules.floor_db,
                                                 0.0, 1.0))
            for v in levels]


def mouth_track(wav: bytes, frames: int, fps: int, start_ms: int,
                rules: SpeechRules | None = None) -> list[str]:
    """The mouth shape on each frame of a shot while the line plays ("" outside it):
    closed, small, open, wide or round."""
    rules = rules or motion_rules().speech
    windows, rate = _windows(wav, frames, fps, start_ms, rules)
    opened = _openness(windows, rules)
    shapes: list[str] = []
    for window, value in zip(windows, opened, strict=True):
        if value is None or window is None:
            shapes.append("")
        elif value < rules.small:
            shapes.append("closed")
        elif value < rules.open:
            shapes.append("small")
        else:
            shapes.append(_shape(window, rate, rules))
    return _held(shapes, rules.hold_frames)


def _shape(window: np.ndarray, rate: int, rules: SpeechRules) -> str:
    spectrum = np.abs(np.fft.rfft(window * np.hanning(len(window))))
    frequencies = np.fft.rfftfreq(len(window), 1 / rate)
    total = float(spectrum.sum())
    centroid = float((spectrum * frequencies).sum() / total) if total > 0 else 0.0
    if centroid >= rules.wide_hz:
        return "wide"
    if centroid <= rules.round_hz:
        return "round"
    return "open"


def _held(shapes: list[str], hold: int) -> list[str]:
    """A shape that lasts fewer than ``hold`` frames (inside a line) keeps the one before."""
    out = list(shapes)
    k = 0
    while k < len(out):
        run = k
        while run + 1 < len(out) and out[run + 1] == out[k]:
            run += 1
        if out[k] and run - k + 1 < hold and k > 0 and out[k - 1]:
            for j in range(k, run + 1):
                out[j] = out[k - 1]
        k = run + 1
    return out
