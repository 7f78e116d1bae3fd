"""True peaks and the look-ahead limiter that keeps them under a ceiling (ITU-R BS.1770-4
Annex 2: the peak of the signal oversampled; the numbers are the audio pack's).

Everything here works only where it has to: true peaks are interpolated only where a
frame's neighbourhood is loud enough to reach a threshold, and the limiter's gain is
worked out only around the frames that pass the ceiling, as (start, gains) regions —
elsewhere it is 1. A normaliser that changes its gain round after round re-reads only
those places (media/loudness.py)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

Floats = npt.NDArray[np.float64]

#: Taps of each phase of the interpolation filter.
_TAPS = 12
#: Frames interpolated per matrix product (small enough to stay in cache).
_CHUNK = 1 << 14


@cache
def oversampling_phases(factor: int) -> Floats:
    """Polyphase interpolation filter (``factor`` phases × 12 taps), unit gain per phase:
    a Kaiser-windowed (β 7) sinc low-pass at 0.9 of the original Nyquist."""
    count = _TAPS * factor
    cutoff = 0.9 / factor
    n = np.arange(count) - (count - 1) / 2
    taps = cutoff * np.sinc(cutoff * n) * np.kaiser(count, 7.0)
    taps *= factor / taps.sum()
    return np.asarray(taps, dtype=np.float64).reshape(_TAPS, factor).T


@cache
def _frame_taps(factor: int) -> tuple[Floats, int]:
    """The interpolation as one matrix: the ``factor`` values at frame i are the frames
    i − reach … i + reach (as rows of a sliding window) times its columns; and reach.

    Upsampled by ``factor`` and filtered, output k·factor + p is phase p's convolution
    at k (what scipy.signal.upfirdn computes); the filter is zero-phase, so position
    i·factor + q is frame i's q-th value, which is phase (delay + q) mod factor taken
    at frame i + (delay + q) // factor − tap.
    """
    phases = oversampling_phases(factor)
    delay = (phases.size - 1) // 2
    shifts = [(delay + q) // factor for q in range(factor)]
    reach = max(max(shifts), _TAPS - 1 - min(shifts))
    matrix = np.zeros((2 * reach + 1, factor))
    for q, shift in enumerate(shifts):
        phase = phases[(delay + q) % factor]
        for tap in range(_TAPS):
            matrix[reach + shift - tap, q] = phase[tap]
    return matrix, reach


def reach_frames(factor: int) -> int:
    """How many frames either side an interpolated value depends on."""
    return _frame_taps(factor)[1]


def _reach_bound(factor: int) -> float:
    """The most any interpolated value can exceed the largest sample in the filter's
    reach: the largest sum of |tap| over the phases (a little more, for rounding)."""
    taps = oversampling_phases(factor)
    return float(np.abs(taps).sum(axis=1).max()) * (1.0 + 1e-6)


def sample_peaks(samples: Floats) -> Floats:
    """Per-frame maximum |sample| over channels (channel by channel: a max over the
    short channel axis is several times slower in numpy), a chunk at a time."""
    peaks = np.zeros(samples.shape[0])
    for start in range(0, samples.shape[0], 1 << 16):
        block, out = samples[start : start + (1 << 16)], peaks[start : start + (1 << 16)]
        for channel in range(samples.shape[1]):
            np.maximum(out, np.abs(block[:, channel]), out=out)
    return peaks


def _hot_runs(peaks: Floats, above: float, factor: int) -> list[tuple[int, int]]:
    """[start, stop) frame ranges outside which no true peak can reach ``above``.

    A frame's interpolated values are sums over the samples within the filter's reach,
    so they stay under the reach bound times the largest of those samples: blocks
    whose neighbourhood is quieter than that are left out.
    """
    frames = peaks.shape[0]
    if above <= 0.0 or frames == 0:
        return [(0, frames)] if frames else []
    block = max(512, reach_frames(factor))
    whole = frames // block
    loudest = peaks[: whole * block].reshape(whole, block).max(axis=1)
    if frames > whole * block:  # a last, shorter block
        loudest = np.append(loudest, peaks[whole * block :].max())
    near = loudest.copy()
    near[1:] = np.maximum(near[1:], loudest[:-1])
    near[:-1] = np.maximum(near[:-1], loudest[1:])
    hot = np.concatenate([[False], near * _reach_bound(factor) >= above, [False]])
    edges = np.flatnonzero(np.diff(hot.astype(np.int8)))
    return [(int(a) * block, min(frames, int(b) * block))
            for a, b in zip(edges[::2], edges[1::2], strict=True)]


def true_peaks(samples: Floats, factor: int, above: float = 0.0,
               peaks: Floats | None = None) -> Floats:
    """Per-frame maximum |value| over channels and the ``factor`` in-between positions.

    Polyphase interpolation with the Kaiser low-pass (one small matrix product per
    chunk and channel; zeros past both ends). With ``above``, only frames whose true
    peak may reach it are interpolated; the others keep their sample peak, which is
    below it all the same — so every comparison with ``above`` comes out as with full
    work. ``peaks``, the sample peaks when the caller knows them, saves reading every
    frame again: they are raised to the true peaks in place (and any true peaks a
    caller left there from another call stay right).
    """
    frames = samples.shape[0]
    peaks = sample_peaks(samples) if peaks is None else peaks
    matrix, reach = _frame_taps(factor)
    for run_start, run_stop in _hot_runs(peaks, above, factor):
        for start in range(run_start, run_stop, _CHUNK):
            stop = min(run_stop, start + _CHUNK)
            lo, hi = start - reach, stop + reach
            for channel in range(samples.shape[1]):
                piece = np.zeros(hi - lo)
                inside = samples[max(0, lo) : min(frames, hi), channel]
                piece[max(0, lo) - lo : max(0, lo) - lo + inside.shape[0]] = inside
                values = sliding_window_view(piece, 2 * reach + 1) @ matrix
                np.abs(values, out=values)
                for q in range(factor):  # column by column: faster than a max over axis 1
                    np.maximum(peaks[start:stop], values[:, q], out=peaks[start:stop])
    return peaks


@dataclass(frozen=True)
class HotPeaks:
    """The frames whose true peak reaches ``above``, in order, and those peaks: all a
    limiter needs to know for any gain up to ceiling / ``above``."""

    above: float
    frames: npt.NDArray[np.int64]
    peaks: Floats

    @classmethod
    def find(cls, samples: Floats, factor: int, above: float,
             peaks: Floats | None = None) -> HotPeaks:
        """Interpolate where a true peak may reach ``above`` and keep those that do
        (``peaks``, the sample peaks or those of an earlier call, are raised in place)."""
        found = true_peaks(samples, factor, above=above, peaks=peaks)
        frames = np.flatnonzero(found >= above)
        return cls(above, frames, found[frames])


def running_min(values: Floats, reach: int) -> Floats:
    """The minimum over [i − reach, i + reach] at each i (edges repeat the end values):
    van Herk / Gil-Werman, prefix and suffix minima within blocks of the window's size."""
    size = 2 * reach + 1
    count = values.shape[0]
    blocks = -(-(count + 2 * reach) // size)
    padded = np.empty(blocks * size + size)
    padded[:reach] = values[0]
    padded[reach : reach + count] = values
    padded[reach + count :] = values[-1]
    grid = padded[: blocks * size].reshape(blocks, size)
    prefix = np.minimum.accumulate(grid, axis=1).reshape(-1)
    suffix = np.minimum.accumulate(grid[:, ::-1], axis=1)[:, ::-1].reshape(-1)
    prefix = np.concatenate([prefix, np.minimum.accumulate(padded[blocks * size :])])
    # Window [j, j + size − 1] of the padded array = suffix from j, prefix up to j + size − 1.
    return np.minimum(suffix[:count], prefix[size - 1 : size - 1 + count])


def running_mean(values: Floats, reach: int) -> Floats:
    """The mean over [i − reach, i + reach] at each i (edges repeat the end values)."""
    size = 2 * reach + 1
    padded = np.concatenate([np.full(reach, values[0]), values, np.full(reach, values[-1])])
    sums = np.concatenate([[0.0], np.cumsum(padded)])
    return np.asarray((sums[size:] - sums[:-size]) / size)


#: A stretch of the limiter's gain: its first frame and the gain of each frame.
Region = tuple[int, Floats]


def limiter_regions(over: npt.NDArray[np.int64], peaks: Floats, total: int, rate: int,
                    ceiling: float, lookahead_ms: float) -> list[Region]:
    """The look-ahead true-peak limiter's gain for a signal of ``total`` frames whose
    true peak passes ``ceiling`` (linear) at the frames ``over`` (ascending) with
    ``peaks``: never above the ceiling, smooth ramps; 1 outside the regions returned.

    The needed gain is turned into a running minimum over ±L frames and averaged over
    ±L: every frame in an average window has seen the peak, so the result stays under
    the needed gain while ramping over 2L instead of jumping. Each region is a run of
    passing frames grown by 2L + 1 either side (runs that meet become one), where the
    result is 1 again.
    """
    if over.shape[0] == 0:
        return []
    reach = max(1, round(lookahead_ms / 1000.0 * rate))
    grow = 2 * reach + 1
    breaks = np.flatnonzero(np.diff(over) > 2 * grow + 1) + 1  # grown runs that meet merge
    regions: list[Region] = []
    for first, last in zip(np.concatenate([[0], breaks]).tolist(),
                           np.concatenate([breaks, [over.shape[0]]]).tolist(), strict=True):
        start = max(0, int(over[first]) - grow)
        stop = min(total, int(over[last - 1]) + 1 + grow)
        needed = np.ones(stop - start)
        needed[over[first:last] - start] = np.minimum(1.0, ceiling / peaks[first:last])
        held = running_min(needed, reach)
        regions.append((start, np.minimum(running_mean(held, reach), held)))
    return regions


def limiter_gain(peaks: Floats, rate: int, ceiling: float, lookahead_ms: float
                 ) -> Floats | None:
    """Per-frame gain of the limiter for a signal with true ``peaks`` (every frame), or
    None where no frame passes the ceiling: :func:`limiter_regions` laid out whole."""
    over = np.flatnonzero(peaks > ceiling)
    regions = limiter_regions(over, peaks[over], peaks.shape[0], rate, ceiling, lookahead_ms)
    if not regions:
        return None
    gain = np.ones(peaks.shape[0])
    for start, values in regions:
        gain[start : start + values.shape[0]] = values
    return gain
