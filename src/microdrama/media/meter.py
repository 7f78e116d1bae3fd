"""The loudness meter: integrated loudness as ITU-R BS.1770-4 Annex 1 reads it (the audio
pack's numbers) — K-weighting, the mean square over 400-ms blocks, two gates.

K-weighting is FFmpeg's ``biquad`` filter (double precision) through PyAV, with
coefficients from the pack's analog parameters; the rest is numpy (no scipy, whose
import alone cost each mix ≈ 0.9 s of CPU).

A :class:`Meter` keeps what the gating needs of one signal — its K-weighted samples
and the energy of every piece between two block edges — so it can read the same signal
scaled by a gain and changed in a few places without filtering all of it again:
K-weighting is linear and time-invariant, so K(g·x) = g·K(x), and a change that is zero
outside a few regions changes K(x) only there and while the filters ring after them."""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction
from functools import cache

import numpy as np
import numpy.typing as npt

from microdrama.media.audio import audio_rules

Floats = npt.NDArray[np.float64]

#: Samples pushed into the filter graph at once.
_CHUNK = 1 << 17
#: The filters' ringing counts as died away below this fraction of their impulse
#: response's peak (a region's change leaves less than float64's own rounding behind).
_SETTLED = 1e-18


def k_biquad(frequency: float, q: float, rate: int, gain_db: float | None
             ) -> tuple[float, ...]:
    """(b0, b1, b2, a0, a1, a2) of the K-weighting's high shelf (``gain_db``) or its
    high-pass (None) at ``rate``, by the bilinear transform of the analog filter."""
    k = math.tan(math.pi * frequency / rate)
    a0 = 1.0 + k / q + k * k
    a = (1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0)
    if gain_db is None:
        return (1.0, -2.0, 1.0, *a)
    vh = 10.0 ** (gain_db / 20.0)
    vb = vh ** 0.4996667741545416  # the shelf's mid-band gain, as BS.1770's filter has it
    b = ((vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0)
    return (*b, *a)


def _sections(rate: int) -> tuple[tuple[float, ...], ...]:
    meter = audio_rules()["meter"]
    return (k_biquad(meter["shelf_hz"], meter["shelf_q"], rate, meter["shelf_gain_db"]),
            k_biquad(meter["highpass_hz"], meter["highpass_q"], rate, None))


def k_weighted(samples: Floats, rate: int) -> Floats:
    """``samples`` [frames, channels] through BS.1770's K-weighting: mono or stereo in
    one filter graph (a graph per channel costs ≈ 50 % more), other layouts channel by
    channel."""
    sections = _sections(rate)
    planar = np.asarray(samples, dtype=np.float64).T  # a view: chunks are copied as sent
    if planar.shape[0] in _LAYOUTS:
        return _filtered(planar, rate, sections).T
    return np.stack([_filtered(row[None], rate, sections)[0] for row in planar], axis=1)


_LAYOUTS = {1: "mono", 2: "stereo"}


def _filtered(planar: Floats, rate: int, sections: tuple[tuple[float, ...], ...]) -> Floats:
    """Planar samples [channels, frames] (mono or stereo) through the biquad ``sections``
    in turn: an FFmpeg filter graph, in double precision."""
    import av
    from av.filter import Graph

    layout = _LAYOUTS[planar.shape[0]]
    graph = Graph()
    graph.threads = 1  # the filter would run channels on threads: a mix has one core
    last = graph.add_abuffer(format="dblp", sample_rate=rate, layout=layout,
                             time_base=Fraction(1, rate))
    for b0, b1, b2, a0, a1, a2 in sections:
        step = graph.add("biquad", f"b0={b0!r}:b1={b1!r}:b2={b2!r}:a0={a0!r}:a1={a1!r}:a2={a2!r}")
        last.link_to(step)
        last = step
    sink = graph.add("abuffersink")
    last.link_to(sink)
    graph.configure()
    total = int(planar.shape[1])
    out: Floats = np.empty((planar.shape[0], total))
    done = 0

    def drain() -> None:
        nonlocal done
        while True:
            try:
                frame = graph.pull()
            except (av.BlockingIOError, av.EOFError):
                return
            if not isinstance(frame, av.AudioFrame):
                raise RuntimeError("the K-weighting filter returned a video frame")
            count = frame.samples
            if done + count > total:
                raise RuntimeError("the K-weighting filter returned more samples than it got")
            for channel, plane in enumerate(frame.planes):  # read in place: no stacked copy
                out[channel, done : done + count] = np.frombuffer(memoryview(plane), "<f8", count)
            done += count

    for start in range(0, planar.shape[1], _CHUNK):
        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(planar[:, start : start + _CHUNK]),
                                           format="dblp", layout=layout)
        frame.sample_rate, frame.pts, frame.time_base = rate, start, Fraction(1, rate)
        graph.push(frame)
        drain()
    graph.push(None)
    drain()
    if done != total:
        raise RuntimeError(f"the K-weighting filter returned {done} of {total} samples")
    return out


@cache
def settle_frames(rate: int) -> int | None:
    """Frames after which the K-weighting's response to what it was fed has died away
    (its impulse response stays under 1e-18 of its peak from then on); None if it
    rings longer than 10 s (then a change is followed to the signal's end)."""
    length = max(1, rate // 4)
    while True:
        impulse = np.zeros(length)
        impulse[0] = 1.0
        response = np.abs(_filtered(impulse[None], rate, _sections(rate))[0])
        loud = np.flatnonzero(response > _SETTLED * float(response.max()))
        last = int(loud[-1]) + 1
        if last < length - 1:
            return last
        if length >= 10 * rate:
            return None
        length = min(10 * rate, length * 4)


#: A changed stretch of the signal: its first frame and a gain for each of its frames
#: (the limiter's regions, media/peaks.py).
Region = tuple[int, Floats]


class Meter:
    """Integrated loudness (LUFS, BS.1770-4 gated) of a signal [frames, channels], and of
    that signal scaled and changed in a few places (:meth:`energy_with`), re-reading only
    the places that changed."""

    def __init__(self, samples: Floats, rate: int) -> None:
        meter = audio_rules()["meter"]
        self.rate = rate
        self.frames, channels = samples.shape
        self.block = round(meter["block_ms"] * rate / 1000)
        hop = round(meter["hop_ms"] * rate / 1000)
        self.gates = (float(meter["absolute_gate_lufs"]), float(meter["relative_gate_lu"]))
        self.weights = [*meter["channel_weights"], *[1.0] * channels][:channels]
        # Blocks: a signal shorter than one is one block (gating drops silence, so the
        # missing samples would count as zeros anyway).
        count = (max(self.frames, self.block) - self.block) // hop + 1
        starts = np.arange(count) * hop
        ends = np.minimum(starts + self.block, self.frames)
        #: Every block's start and end: the pieces between two edges are summed once.
        self.edges = np.unique(np.concatenate([[0, self.frames], starts, ends]))
        self._first = np.searchsorted(self.edges, starts)
        self._last = np.searchsorted(self.edges, ends)
        self.weighted = k_weighted(samples, rate)
        first, self.energy = self._pieces(self.weighted, self.weighted, 0)
        assert first == 0

    def _pieces(self, left: Floats, right: Floats, start: int) -> tuple[int, Floats]:
        """Channel-weighted sums of ``left`` × ``right`` ([frames, channels], frames from
        ``start`` on) over each piece they touch: the first piece's index and the sums.
        Worked out a few pieces at a time (no temporary as long as the signal)."""
        frames = left.shape[0]
        if frames == 0:
            return 0, np.zeros(0)
        first = int(np.searchsorted(self.edges, start, side="right")) - 1
        last = int(np.searchsorted(self.edges, start + frames, side="left"))
        cuts = np.concatenate([[start], self.edges[first + 1 : last]]) - start
        sums = np.empty(cuts.shape[0])
        index = 0
        while index < cuts.shape[0]:
            begin = int(cuts[index])
            upto = max(index + 1, int(np.searchsorted(cuts, begin + _CHUNK, side="right")))
            end = int(cuts[upto]) if upto < cuts.shape[0] else frames
            summed = np.zeros(end - begin)
            for channel, weight in enumerate(self.weights):
                product = left[begin:end, channel] * right[begin:end, channel]
                if weight != 1.0:
                    product *= weight
                summed += product
            sums[index:upto] = np.add.reduceat(summed, cuts[index:upto] - begin)
            index = upto
        return first, sums

    def loudness(self, energy: Floats | None = None) -> float:
        """The gated integrated loudness of the pieces' ``energy`` (default: the signal's
        own), in LUFS; −inf when every block is gated away."""
        energy = self.energy if energy is None else energy
        power = np.zeros(self._first.shape[0])
        for offset in range(int((self._last - self._first).max(initial=0))):
            index = self._first + offset
            inside = index < self._last
            power[inside] += energy[index[inside]]
        power /= self.block
        absolute, relative_lu = self.gates
        with np.errstate(divide="ignore"):
            loudness = -0.691 + 10.0 * np.log10(power)
        kept = power[loudness > absolute]
        if kept.size == 0:
            return -math.inf
        relative = -0.691 + 10.0 * math.log10(float(kept.mean())) + relative_lu
        kept = power[(loudness > absolute) & (loudness > relative)]
        if kept.size == 0:
            return -math.inf
        return -0.691 + 10.0 * math.log10(float(kept.mean()))

    def energy_with(self, samples: Floats, regions: Sequence[Region]) -> Floats:
        """The pieces' energy once ``samples`` (the signal this meter read) is multiplied,
        frame by frame, by each region's gains (ascending, apart): the K-weighted change,
        K(x·(g − 1)), is filtered only over the regions and the ringing after each."""
        settle = settle_frames(self.rate)
        spans: list[list[int]] = []  # [start, stop) where the K-weighted signal changes
        for start, gains in regions:
            stop = self.frames if settle is None else start + gains.shape[0] + settle
            stop = min(self.frames, stop)
            if spans and start <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], stop)
            else:
                spans.append([start, stop])
        offsets = np.concatenate([[0], np.cumsum([stop - start for start, stop in spans])])
        # The spans back to back: each has died away before the next begins.
        change = np.zeros((int(offsets[-1]), samples.shape[1]))
        span = 0
        for start, gains in regions:
            while start >= spans[span][1]:
                span += 1
            at = int(offsets[span]) + start - spans[span][0]
            stop = start + gains.shape[0]
            change[at : at + gains.shape[0]] = samples[start:stop] * (gains - 1.0)[:, None]
        heard = k_weighted(change, self.rate)
        energy = self.energy.copy()
        for (start, stop), at in zip(spans, offsets.tolist(), strict=False):
            delta = heard[at : at + stop - start]
            # (W + Δ)² − W² = Δ·(Δ + 2W), summed per piece.
            first, sums = self._pieces(delta, delta + 2.0 * self.weighted[start:stop], start)
            energy[first : first + sums.shape[0]] += sums
        return energy


def integrated_loudness(samples: Floats, rate: int) -> float:
    """Integrated loudness (LUFS, BS.1770-4 gated, the audio pack's meter); −inf for
    silence."""
    return Meter(np.asarray(samples, dtype=np.float64), rate).loudness()
