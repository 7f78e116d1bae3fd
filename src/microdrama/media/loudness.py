"""Loudness: integrated loudness, the true-peak limiter and normalisation to the
platform target (EBU R 128 / ITU-R BS.1770, the numbers in the audio pack), and the
read-back through ffmpeg's ebur128 filter.

The meter and the limiter are numpy plus FFmpeg's biquad filter (through PyAV): no
scipy, whose import alone cost each mix ≈ 0.9 s of CPU (a one-line rebuild re-mixes)."""

from __future__ import annotations

import math
import re
import subprocess
from fractions import Fraction
from functools import cache

import numpy as np
import numpy.typing as npt

from microdrama.media.audio import _db, audio_rules, read_wav, write_wav
from microdrama.media.ffmpeg import FfmpegError, ffmpeg_command


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


def _k_weighted(samples: npt.NDArray[np.float64], rate: int) -> npt.NDArray[np.float64]:
    """``samples`` [frames, channels] through BS.1770's K-weighting: two biquads run by
    FFmpeg's ``biquad`` filter (double precision) through PyAV."""
    meter = audio_rules()["meter"]
    sections = (k_biquad(meter["shelf_hz"], meter["shelf_q"], rate, meter["shelf_gain_db"]),
                k_biquad(meter["highpass_hz"], meter["highpass_q"], rate, None))
    out = np.empty_like(samples)
    for channel in range(samples.shape[1]):
        out[:, channel] = _filtered(np.ascontiguousarray(samples[:, channel]), rate, sections)
    return out


def _filtered(column: npt.NDArray[np.float64], rate: int,
              sections: tuple[tuple[float, ...], ...]) -> npt.NDArray[np.float64]:
    """One channel through the biquad ``sections`` in turn (an FFmpeg filter graph)."""
    import av
    from av.filter import Graph

    graph = Graph()
    last = graph.add_abuffer(format="dbl", sample_rate=rate, layout="mono",
                             time_base=Fraction(1, rate))
    for b0, b1, b2, a0, a1, a2 in sections:
        step = graph.add("biquad", f"b0={b0!r}:b1={b1!r}:b2={b2!r}:a0={a0!r}:a1={a1!r}:a2={a2!r}")
        last.link_to(step)
        last = step
    sink = graph.add("abuffersink")
    last.link_to(sink)
    graph.configure()
    pieces: list[npt.NDArray[np.float64]] = []

    def drain() -> None:
        while True:
            try:
                frame = graph.pull()
            except (av.BlockingIOError, av.EOFError):
                return
            pieces.append(np.asarray(frame.to_ndarray(), dtype=np.float64).reshape(-1))

    for start in range(0, column.shape[0], _CHUNK):
        frame = av.AudioFrame.from_ndarray(column[None, start : start + _CHUNK], format="dbl",
                                           layout="mono")
        frame.sample_rate, frame.pts, frame.time_base = rate, start, Fraction(1, rate)
        graph.push(frame)
        drain()
    graph.push(None)
    drain()
    out = np.concatenate(pieces) if pieces else np.zeros(0)
    if out.shape[0] != column.shape[0]:
        raise RuntimeError(f"the K-weighting filter returned {out.shape[0]} of "
                           f"{column.shape[0]} samples")
    return out


_CHUNK = 1 << 16


def integrated_loudness(samples: npt.NDArray[np.float64], rate: int) -> float:
    """Integrated loudness (LUFS, BS.1770-4 gated, the audio pack's meter); −inf for
    silence."""
    return _gated(_k_weighted(samples, rate), rate)


def _gated(weighted: npt.NDArray[np.float64], rate: int) -> float:
    """BS.1770's gated mean of a K-weighted signal [frames, channels], in LUFS."""
    meter = audio_rules()["meter"]
    block = round(meter["block_ms"] * rate / 1000)
    hop = round(meter["hop_ms"] * rate / 1000)
    if weighted.shape[0] < block:
        # Gating drops silent blocks, so padding with silence leaves the value alone.
        pad = np.zeros((block - weighted.shape[0], weighted.shape[1]))
        weighted = np.concatenate([weighted, pad])
    count = (weighted.shape[0] - block) // hop + 1
    starts = np.arange(count) * hop
    weights = [*meter["channel_weights"], *[1.0] * weighted.shape[1]][: weighted.shape[1]]
    power = np.zeros(count)
    for channel, weight in enumerate(weights):
        squares = np.concatenate([[0.0], np.cumsum(weighted[:, channel] ** 2)])
        power += weight * (squares[starts + block] - squares[starts]) / block
    with np.errstate(divide="ignore"):
        loudness = -0.691 + 10.0 * np.log10(power)
    kept = power[loudness > meter["absolute_gate_lufs"]]
    if kept.size == 0:
        return -math.inf
    relative = -0.691 + 10.0 * math.log10(float(kept.mean())) + meter["relative_gate_lu"]
    kept = power[(loudness > meter["absolute_gate_lufs"]) & (loudness > relative)]
    if kept.size == 0:
        return -math.inf
    return -0.691 + 10.0 * math.log10(float(kept.mean()))


def _runs(mask: npt.NDArray[np.bool_], grow: int) -> list[tuple[int, int]]:
    """[start, stop) ranges covering the True frames of ``mask``, each grown by ``grow``
    frames either side (within the signal); ranges that meet become one."""
    edges = np.flatnonzero(np.diff(np.concatenate([[0], mask.astype(np.int8), [0]])))
    runs: list[tuple[int, int]] = []
    for start, stop in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True):
        start, stop = max(0, start - grow), min(mask.shape[0], stop + grow)
        if runs and start <= runs[-1][1]:
            runs[-1] = (runs[-1][0], stop)
        else:
            runs.append((start, stop))
    return runs


@cache
def _oversampling_phases(factor: int) -> npt.NDArray[np.float64]:
    """Polyphase interpolation filter (``factor`` phases × 12 taps), unit gain per phase:
    a Kaiser-windowed (β 7) sinc low-pass at 0.9 of the original Nyquist."""
    count = 12 * factor
    cutoff = 0.9 / factor
    n = np.arange(count) - (count - 1) / 2
    taps = cutoff * np.sinc(cutoff * n) * np.kaiser(count, 7.0)
    taps *= factor / taps.sum()
    return np.asarray(taps, dtype=np.float64).reshape(12, factor).T


def _reach_bound(factor: int) -> float:
    """The most any interpolated value can exceed the largest sample in the filter's
    reach: the largest sum of |tap| over the phases (a little more, for rounding)."""
    taps = _oversampling_phases(factor)
    return float(np.abs(taps).sum(axis=1).max()) * (1.0 + 1e-6)


def _sample_peaks(samples: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Per-frame maximum |sample| over channels (channel by channel: a max over the
    short channel axis is several times slower in numpy)."""
    peaks = np.abs(samples[:, 0]) if samples.shape[1] else np.zeros(samples.shape[0])
    for channel in range(1, samples.shape[1]):
        np.maximum(peaks, np.abs(samples[:, channel]), out=peaks)
    return peaks


def _hot_runs(
    peaks: npt.NDArray[np.float64], above: float, factor: int, margin: int
) -> list[tuple[int, int]]:
    """[start, stop) frame ranges outside which no true peak can reach ``above``.

    A frame's interpolated values are sums over the samples within ``margin`` frames,
    so they stay under the reach bound times the largest of those samples: blocks
    whose neighbourhood is quieter than that are left out.
    """
    frames = peaks.shape[0]
    if above <= 0.0 or frames == 0:
        return [(0, frames)] if frames else []
    block = max(512, margin)
    count = -(-frames // block)
    padded = np.zeros(count * block)
    padded[:frames] = peaks
    loudest = padded.reshape(count, block).max(axis=1)
    near = loudest.copy()
    near[1:] = np.maximum(near[1:], loudest[:-1])
    near[:-1] = np.maximum(near[:-1], loudest[1:])
    hot = np.concatenate([[False], near * _reach_bound(factor) >= above, [False]])
    edges = np.flatnonzero(np.diff(hot.astype(np.int8)))
    return [(int(a) * block, min(frames, int(b) * block)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def _true_peaks(
    samples: npt.NDArray[np.float64], factor: int, above: float = 0.0,
    sample_peaks: npt.NDArray[np.float64] | None = None,
) -> npt.NDArray[np.float64]:
    """Per-frame maximum |value| over channels and the ``factor`` in-between positions.

    Polyphase interpolation (each phase a 12-tap ``np.convolve``) with the Kaiser
    low-pass the phases use, per channel and in chunks so memory stays small; zero-phase, so
    position i·factor is frame i. With ``above``, only frames whose true peak may
    reach it are interpolated; the others keep their sample peak, which is below it
    all the same — so every comparison with ``above`` comes out as with full work.
    ``sample_peaks``, when the caller knows them, saves reading every frame again.
    """
    frames = samples.shape[0]
    peaks = _sample_peaks(samples) if sample_peaks is None else sample_peaks.copy()
    phases = _oversampling_phases(factor)
    delay = (phases.size - 1) // 2
    margin = phases.size // factor + 1  # input frames the filter reaches either side
    chunk = 1 << 18
    for run_start, run_stop in _hot_runs(peaks, above, factor, margin):
        for start in range(run_start, run_stop, chunk):
            stop = min(run_stop, start + chunk)
            lo, hi = max(0, start - margin), min(frames, stop + margin)
            for channel in range(samples.shape[1]):
                piece = np.ascontiguousarray(samples[lo:hi, channel])
                # Upsampled by ``factor`` and filtered: output k·factor + p is phase p's
                # convolution at k (what scipy.signal.upfirdn computes).
                up = np.stack([np.convolve(piece, phase) for phase in phases], axis=1)
                up = up.reshape(-1)
                first = (start - lo) * factor + delay
                window = up[first : first + (stop - start) * factor]
                if window.shape[0] < (stop - start) * factor:
                    window = np.concatenate(
                        [window, np.zeros((stop - start) * factor - window.shape[0])]
                    )
                np.abs(window, out=window)
                # Phase by phase: far faster in numpy than a max over a short last axis.
                for phase in range(factor):
                    np.maximum(peaks[start:stop], window[phase::factor], out=peaks[start:stop])
    return peaks


def _running_min(values: npt.NDArray[np.float64], reach: int) -> npt.NDArray[np.float64]:
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


def _running_mean(values: npt.NDArray[np.float64], reach: int) -> npt.NDArray[np.float64]:
    """The mean over [i − reach, i + reach] at each i (edges repeat the end values)."""
    size = 2 * reach + 1
    padded = np.concatenate([np.full(reach, values[0]), values, np.full(reach, values[-1])])
    sums = np.concatenate([[0.0], np.cumsum(padded)])
    return np.asarray((sums[size:] - sums[:-size]) / size)


def _limiter_gain(peaks: npt.NDArray[np.float64], rate: int, ceiling: float,
                  lookahead_ms: float) -> npt.NDArray[np.float64] | None:
    """Per-frame gain of the look-ahead true-peak limiter for a signal with true
    ``peaks``: never above ``ceiling`` (linear), smooth ramps; None where no frame passes.

    The needed gain is turned into a running minimum over ±L frames and averaged over
    ±L: every frame in an average window has seen the peak, so the result stays under
    the needed gain while ramping over 2L instead of jumping. Worked out only around the
    frames that pass (elsewhere the needed gain is 1, and so is the result).
    """
    over = peaks > ceiling
    if not over.any():
        return None
    reach = max(1, round(lookahead_ms / 1000.0 * rate))
    gain = np.ones(peaks.shape[0])
    for start, stop in _runs(over, 2 * reach + 1):
        needed = np.minimum(1.0, ceiling / np.maximum(peaks[start:stop], 1e-12))
        held = _running_min(needed, reach)
        gain[start:stop] = np.minimum(_running_mean(held, reach), held)
    return gain


def normalize_loudness(
    data: bytes, target_lufs: float | None = None, true_peak_db: float | None = None
) -> bytes:
    """Bring WAV bytes to ``target_lufs`` integrated with true peak ≤ ``true_peak_db`` dBTP.

    Defaults come from packs/audio.toml (−14 LUFS, −1 dBTP). Gain, then a 4×-oversampled
    look-ahead limiter, then re-measure and correct until within a tenth of the
    tolerance. Silence is returned unchanged. Output: 16-bit WAV, same rate and layout.

    The true peaks are interpolated once (gain scales them; again only if a later round
    raises the gain by more than 1 dB), the limiter works only around the frames that
    pass the ceiling, and a round whose limiter has nothing to do scales the K-weighted
    signal instead of filtering it again.
    """
    rules = audio_rules()["loudness"]
    target = rules["target_lufs"] if target_lufs is None else target_lufs
    ceiling_db = rules["true_peak_dbtp"] if true_peak_db is None else true_peak_db
    samples32, rate = read_wav(data)
    samples = samples32.astype(np.float64)
    weighted = _k_weighted(samples, rate)
    loudness = _gated(weighted, rate)
    if not math.isfinite(loudness) or samples.shape[0] == 0:
        return write_wav(samples, rate)
    ceiling = _db(ceiling_db - rules["limiter_margin_db"])
    factor = int(rules["oversampling"])
    gain_db = target - loudness
    sample_peaks = _sample_peaks(samples)
    bound_db, peaks = -math.inf, sample_peaks
    result = samples
    for _ in range(int(rules["max_rounds"])):
        if gain_db > bound_db:  # true peaks wherever this gain (or up to 1 dB more) may pass
            bound_db = gain_db + 1.0
            peaks = _true_peaks(samples, factor, above=ceiling / _db(bound_db),
                                sample_peaks=sample_peaks)
        gain = _db(gain_db)
        limiter = _limiter_gain(peaks * gain, rate, ceiling, rules["limiter_lookahead_ms"])
        if limiter is None:  # gain alone: the K-weighted signal scales with it
            result, heard = samples * gain, weighted * gain
        else:
            result = samples * (gain * limiter)[:, None]
            # Guard against the filter's small misestimates: a last, exact pass on what
            # is left (its sample peaks are the source's, scaled frame by frame).
            rest = _true_peaks(result, factor, above=ceiling,
                               sample_peaks=sample_peaks * gain * limiter)
            if float(rest.max()) > ceiling:
                result *= ceiling / float(rest.max())
            heard = _k_weighted(result, rate)
        error = target - _gated(heard, rate)
        if abs(error) <= rules["tolerance_lu"] / 10:
            break
        gain_db += error
    return write_wav(result, rate)


_SUMMARY = re.compile(r"Summary:(?P<body>.*)", re.S)
_INTEGRATED = re.compile(r"I:\s*(?P<value>-?(?:\d+(?:\.\d+)?|inf))\s*LUFS")
_PEAK = re.compile(r"True peak:\s*Peak:\s*(?P<value>-?(?:\d+(?:\.\d+)?|inf))\s*dBFS")


def measure_loudness(data: bytes) -> tuple[float, float]:
    """(integrated LUFS, true peak dBTP) of WAV bytes, read by ffmpeg's ebur128 filter."""
    command = ffmpeg_command(
        [
            "-nostats",
            "-f",
            "wav",
            "-i",
            "pipe:0",
            "-filter_complex",
            "ebur128=peak=true:framelog=verbose",
            "-f",
            "null",
            "-",
        ]
    )
    result = subprocess.run(command, input=data, capture_output=True, check=False)
    log = result.stderr.decode("utf-8", "replace")
    if result.returncode != 0:
        raise FfmpegError(command, result.returncode, log)
    summary = _SUMMARY.search(log)
    body = summary.group("body") if summary else ""
    integrated = _INTEGRATED.search(body)
    peak = _PEAK.search(body)
    if not integrated or not peak:
        raise FfmpegError(command, result.returncode, "no ebur128 summary in the log:\n" + log)
    return float(integrated.group("value")), float(peak.group("value"))
