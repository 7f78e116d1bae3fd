"""The audio's explicit AI label: the rhythm short-long-short-short (·- ··) as tones at
the start of an episode's mix, and a detector that finds it again in decoded audio
(after the AAC encode), for `verify`. Timings and tone: packs/labels/rules.toml."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from microdrama.media.audio import Samples, read_wav, write_wav
from microdrama.media.label import AudioLabel, audio_label_rule

#: Window of the detector's tone envelope.
_WINDOW_MS = 10


def rhythm(rate: int, rule: AudioLabel | None = None) -> Samples:
    """The label's tones as mono samples at ``rate`` (silence between them)."""
    rule = rule or audio_label_rule()
    tones = rule.tones()
    out = np.zeros(round(tones[-1][1] * rate / 1000))
    amplitude = 10 ** (rule.level_dbfs / 20) * np.sqrt(2)  # a sine's RMS is peak / √2
    fade = max(1, round(rule.fade_ms * rate / 1000))
    for start_ms, end_ms in tones:
        start, end = round(start_ms * rate / 1000), round(end_ms * rate / 1000)
        t = np.arange(end - start) / rate
        tone = amplitude * np.sin(2 * np.pi * rule.tone_hz * t)
        ramp = np.minimum(1.0, np.minimum(np.arange(end - start) + 1,
                                          np.arange(end - start, 0, -1)) / fade)
        out[start:end] = tone * ramp
    return out.astype(np.float32)


def add_audio_label(wav: bytes, rule: AudioLabel | None = None) -> bytes:
    """``wav`` with the rhythm mixed in at its start (the label's position)."""
    samples, rate = read_wav(wav)
    return write_wav(with_audio_label(samples.astype(np.float64), rate, rule), rate)


def with_audio_label(samples: npt.NDArray[np.float64], rate: int,
                     rule: AudioLabel | None = None) -> npt.NDArray[np.float64]:
    """``samples`` ([frames] or [frames, channels]) with the rhythm mixed in at their
    start and clipped to −1..1, in place."""
    tones = rhythm(rate, rule)
    frames = min(samples.shape[0], tones.shape[0])
    if samples.ndim == 1:
        samples[:frames] += tones[:frames]
    else:
        samples[:frames] += tones[:frames, None]
    return np.clip(samples, -1.0, 1.0, out=samples)


def tone_envelope(samples: Samples, rate: int, hz: float) -> np.ndarray:
    """Per 10-ms window, the level of ``hz`` against the whole window's level (0–1)."""
    mono = samples.mean(axis=1) if samples.ndim > 1 else samples
    size = max(1, round(rate * _WINDOW_MS / 1000))
    windows = mono[: len(mono) // size * size].reshape(-1, size)
    t = np.arange(size) / rate
    probe = np.exp(-2j * np.pi * hz * t)
    tone = np.abs(windows @ probe) * 2 / size
    level = np.sqrt(np.mean(windows ** 2, axis=1)) * np.sqrt(2) + 1e-9
    return np.asarray(np.clip(tone / level, 0.0, 1.0) * (tone > 1e-4))


def find_audio_label(samples: Samples, rate: int, rule: AudioLabel | None = None) -> bool:
    """Whether the rhythm plays at the start: each tone's windows carry the tone, each
    gap's do not (a 20-ms margin at every edge for the encoder's smearing)."""
    rule = rule or audio_label_rule()
    envelope = tone_envelope(samples, rate, rule.tone_hz)
    tones = rule.tones()
    if len(envelope) * _WINDOW_MS < tones[-1][1]:
        return False

    def mean(start_ms: int, end_ms: int) -> float:
        first, last = (start_ms + 20) // _WINDOW_MS, (end_ms - 20) // _WINDOW_MS
        return float(envelope[first:last].mean()) if last > first else 0.0

    on = [mean(a, b) for a, b in tones]
    off = [mean(b, a) for (_, b), (a, _) in zip(tones, tones[1:], strict=False)]
    return min(on) > 0.5 and max(off) < 0.5 * min(on)


def opening_audio(path: str, seconds: float = 2.0) -> tuple[Samples, int] | None:
    """The first ``seconds`` of a file's audio, mono (None when it has no audio)."""
    import av  # PyAV: FFmpeg's decoders, already a dependency

    with av.open(path) as container:
        if not container.streams.audio:
            return None
        stream = container.streams.audio[0]
        chunks, total = [], 0
        for frame in container.decode(stream):
            chunk = frame.to_ndarray().astype(np.float32)
            chunk = chunk.mean(axis=0) if chunk.ndim > 1 else chunk
            chunks.append(chunk)
            total += chunk.shape[0]
            if total >= seconds * stream.rate:
                break
        if not chunks:
            return None
        return np.concatenate(chunks).astype(np.float32), int(stream.rate)
