"""The episode mix: dialogue lines and music beds on one timeline (48 kHz stereo by the
audio pack), the music crossfaded where beds meet and ducked under speech.

Worked out a stretch of frames at a time (``CHUNK``): besides the mix itself and the
dialogue track, no array spans the episode. Every fresh page of memory costs a page
fault, and on this machine the faults of whole-episode temporaries cost a fresh mix
process more than the arithmetic (decision 0025). The values are those of the whole-array
arithmetic, operation for operation."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from microdrama.media.audio import audio_rules, db_gain, read_wav, resample, write_wav

Floats = npt.NDArray[np.float64]

#: Frames worked out at once.
CHUNK = 1 << 16


def _dialogue_track(dialogue: list[tuple[int, bytes]], frames: int, rate: int,
                    channels: int) -> Floats:
    """The lines laid on the timeline: [frames] when every line is heard the same on
    every channel (a mono line, or one of another layout, mixed down), else
    [frames, channels]."""
    clips = []
    for start_ms, clip in dialogue:
        samples, clip_rate = read_wav(clip)
        clips.append((round(start_ms * rate / 1000), resample(samples, clip_rate, rate)))
    layered = channels > 1 and any(samples.shape[1] == channels for _, samples in clips)
    voice = np.zeros((frames, channels) if layered else frames)
    for start, samples in clips:
        if start >= frames:
            continue
        if samples.shape[1] != channels:  # mono, or another layout: the same on every side
            samples = samples.mean(axis=1, keepdims=True)
            samples = np.repeat(samples, channels, axis=1) if layered else samples[:, 0]
        elif not layered:
            samples = samples[:, 0]
        if start < 0:
            samples, start = samples[-start:], 0
        stop = min(frames, start + samples.shape[0])
        voice[start:stop] += samples[: stop - start]
    return voice


def _heard(voice: Floats) -> Floats:
    """What the ducking detector hears of the dialogue: 32-bit floats, mixed to mono."""
    heard = voice.astype(np.float32).astype(np.float64)
    return heard.mean(axis=1) if heard.ndim == 2 else heard


class _Ducking:
    """The music's gain under speech: down ``depth_db`` while anyone speaks.

    A level detector on the dialogue (10 ms RMS every 2 ms, the mean square from
    running sums), a soft knee above the threshold, then attack/release smoothing,
    shifted earlier by the look-ahead; the reduction in dB is linear between hops and
    made linear in amplitude frame by frame (:meth:`gain`)."""

    def __init__(self, voice: Floats, rate: int) -> None:
        rules = audio_rules()["ducking"]
        frames = voice.shape[0]
        self.hop = hop = max(1, rate // 500)
        window = max(hop, rate // 100)
        centres = np.arange(0, frames, hop)
        low = np.maximum(0, centres - window // 2)
        high = np.minimum(frames, centres + (window - 1) // 2 + 1)
        sums = _running_sums(voice, np.concatenate([low, high]))
        power = (sums[low.shape[0]:] - sums[: low.shape[0]]) / window
        level = 10.0 * np.log10(np.maximum(power, 1e-12))
        amount = np.clip((level - rules["threshold_dbfs"]) / rules["knee_db"], 0.0, 1.0)
        target = amount * rules["depth_db"]
        attack = 1.0 - math.exp(-hop / (rate * rules["attack_ms"] / 1000.0))
        release = 1.0 - math.exp(-hop / (rate * rules["release_ms"] / 1000.0))
        reduction = np.empty_like(target)
        current = 0.0
        for index, wanted in enumerate(target.tolist()):
            current += (wanted - current) * (attack if wanted > current else release)
            reduction[index] = current
        shift = round(rules["lookahead_ms"] / 1000.0 * rate / hop)
        if shift:
            reduction = np.concatenate([reduction[shift:], np.full(shift, reduction[-1])])
        self.reduction = reduction
        self.slopes = np.diff(reduction) / hop

    def gain(self, start: int, stop: int) -> Floats:
        """The linear gain of frames [start, stop) (``start`` on a hop): the reduction
        between hops as np.interp has it (slope × offset + the hop's value; the last
        hop's value past it), negated, over 20, as a power of 10."""
        hop, first = self.hop, start // self.hop
        if start != first * hop:
            raise ValueError(f"the ducking gain is read from a hop's first frame, not {start}")
        values = np.full(stop - start, self.reduction[-1])
        inner = max(0, min(stop, self.slopes.shape[0] * hop) - start)  # frames before the last hop
        rows = -(-inner // hop)
        if rows:
            offsets = np.arange(hop, dtype=np.float64)
            grid = np.empty((rows, hop))
            np.multiply(self.slopes[first : first + rows, None], offsets, out=grid)
            grid += self.reduction[first : first + rows, None]
            values[:inner] = grid.reshape(-1)[:inner]
        np.negative(values, out=values)
        values /= 20.0
        return np.asarray(np.power(10.0, values, out=values))


def _running_sums(voice: Floats, wanted: npt.NDArray[np.int64]) -> Floats:
    """Σ of the heard dialogue's squares over frames [0, i) for each i in ``wanted``: a
    running sum stretch by stretch, each carrying the last one's total into its first
    addition (the additions of one cumulative sum, in its order)."""
    out = np.zeros(wanted.shape[0])
    order = np.argsort(wanted, kind="stable")
    ordered = wanted[order]
    carry = 0.0
    for start in range(0, voice.shape[0], CHUNK):
        heard = _heard(voice[start : start + CHUNK])
        squares = heard * heard
        squares[0] += carry
        np.cumsum(squares, out=squares)
        carry = float(squares[-1])
        # Sum up to i covers frames < i: index i − 1 of the running sum.
        lo, hi = np.searchsorted(ordered, [start + 1, start + squares.shape[0] + 1])
        out[order[lo:hi]] = squares[ordered[lo:hi] - start - 1]
    return out


@dataclass(frozen=True)
class _Bed:
    """A music bed placed on the timeline: frames [begin, finish) play ``samples``
    looped, with an equal-power fade in over the first ``ramp`` frames (``lead_in``) and
    out over the last (``lead_out``)."""

    samples: npt.NDArray[np.float32]
    begin: int
    finish: int
    ramp: int
    lead_in: bool
    lead_out: bool

    @classmethod
    def place(cls, samples: npt.NDArray[np.float32], start: int, end: int, fade: int,
              total: int) -> _Bed | None:
        """The bed over ``start..end``, running half a crossfade past each inner edge so
        that neighbouring beds overlap; None if it plays for no time."""
        half = fade // 2
        lead_in, lead_out = start > 0, end < total
        begin = max(0, start - half) if lead_in else start
        finish = min(total, end + half) if lead_out else min(total, end)
        if finish <= begin or samples.shape[0] == 0:
            return None
        return cls(samples, begin, finish, min(fade, finish - begin), lead_in, lead_out)

    def envelope(self, first: int, last: int) -> Floats | None:
        """The fades over the bed's own frames [first, last): None where it is 1."""
        length, ramp = self.finish - self.begin, self.ramp
        fades_in = self.lead_in and first < ramp
        fades_out = self.lead_out and last > length - ramp
        if not (fades_in or fades_out):
            return None
        envelope = np.ones(last - first)
        index = np.arange(first, last)
        if fades_in:
            rising = np.sin(0.5 * np.pi * (np.arange(ramp) + 0.5) / ramp)
            head = index < ramp
            envelope[head] *= rising[index[head]]
        if fades_out:
            falling = np.cos(0.5 * np.pi * (np.arange(ramp) + 0.5) / ramp)
            tail = index >= length - ramp
            envelope[tail] *= falling[index[tail] - (length - ramp)]
        return envelope

    def add_to(self, block: Floats, start: int) -> None:
        """Add the bed's part in frames [start, start + len(block)) to ``block``."""
        first = max(self.begin, start) - self.begin
        last = min(self.finish, start + block.shape[0]) - self.begin
        if last <= first:
            return
        size = self.samples.shape[0]
        piece = np.empty((last - first, block.shape[1]))
        at = first
        while at < last:  # looped
            take = min(last, at + size - at % size) - at
            piece[at - first : at - first + take] = self.samples[at % size : at % size + take]
            at += take
        envelope = self.envelope(first, last)
        if envelope is not None:
            piece *= envelope[:, None]
        offset = self.begin + first - start
        block[offset : offset + piece.shape[0]] += piece


def mix_samples(
    dialogue: list[tuple[int, bytes]],
    music: list[tuple[int, int, bytes]],
    total_ms: int,
    *,
    fade_ends: bool = False,
) -> tuple[Floats, int]:
    """Mix an episode: dialogue clips at ``start_ms``, music beds over ``(start_ms, end_ms)``.

    Beds crossfade where they meet and duck under speech (depth, attack and release
    from packs/audio/rules.toml). Returns the mix ([frames, channels], exactly
    ``total_ms`` long) and its rate. ``fade_ends`` fades the music in and out over half
    a crossfade at the very start and end (a story segment: the next one may be any of
    several, so the two beds cannot crossfade; each fades instead of cutting).
    """
    rules = audio_rules()
    rate = int(rules["output"]["sample_rate"])
    channels = int(rules["output"]["channels"])
    mix_rules = rules["mix"]
    frames = round(total_ms * rate / 1000)
    voice = _dialogue_track(dialogue, frames, rate, channels)
    fade = round(mix_rules["crossfade_ms"] * rate / 1000)
    beds = []
    for start_ms, end_ms, clip in music:
        samples, clip_rate = read_wav(clip)
        if clip_rate != rate or samples.shape[1] != channels:
            samples = resample(samples, clip_rate, rate)
            if samples.shape[1] != channels:  # another layout: mono on every side
                samples = np.repeat(samples.mean(axis=1, keepdims=True), channels, axis=1)
        start = max(0, round(start_ms * rate / 1000))
        end = min(frames, round(end_ms * rate / 1000))
        bed = _Bed.place(samples, start, end, fade, frames) if end > start else None
        if bed is not None:
            beds.append(bed)
    dialogue_gain = db_gain(mix_rules["dialogue_gain_db"])
    if dialogue_gain != 1.0:
        voice *= dialogue_gain
    ducking = _Ducking(voice, rate) if frames and dialogue else None
    ends = min(frames, max(1, fade // 2)) if fade_ends and frames else 0
    shape = np.sin(0.5 * np.pi * (np.arange(ends) + 0.5) / max(1, ends))
    music_gain = db_gain(mix_rules["music_gain_db"])
    mixed = np.zeros((frames, channels))
    step = max(1, CHUNK // (ducking.hop if ducking else 1)) * (ducking.hop if ducking else 1)
    for start in range(0, frames, step):  # on the ducking's hops
        block = mixed[start : start + step]
        stop = start + block.shape[0]
        for bed in beds:
            bed.add_to(block, start)
        if start < ends:  # the music fades in at the very start …
            head = min(block.shape[0], ends - start)
            block[:head] *= shape[start : start + head, None]
        if stop > frames - ends:  # … and out at the very end
            first = max(start, frames - ends)
            block[first - start :] *= shape[::-1][first - (frames - ends) : stop - (frames - ends), None]
        block *= music_gain
        if ducking is not None:
            block *= ducking.gain(start, stop)[:, None]
        voiced = voice[start:stop]
        block += voiced if voiced.ndim == 2 else voiced[:, None]
    peak = max(float(mixed.max()), -float(mixed.min())) if frames else 0.0
    ceiling = db_gain(mix_rules["mix_peak_dbfs"])
    if peak > ceiling:
        mixed *= ceiling / peak
    return mixed, rate


def mix_episode(
    dialogue: list[tuple[int, bytes]],
    music: list[tuple[int, int, bytes]],
    total_ms: int,
    *,
    fade_ends: bool = False,
) -> bytes:
    """:func:`mix_samples` as 16-bit WAV."""
    mixed, rate = mix_samples(dialogue, music, total_ms, fade_ends=fade_ends)
    return write_wav(mixed, rate)
