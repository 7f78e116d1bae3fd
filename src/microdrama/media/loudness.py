"""Loudness: integrated loudness, the true-peak limiter and normalisation to the
platform target (EBU R 128 / ITU-R BS.1770, the numbers in the audio pack), and the
read-back through ffmpeg's ebur128 filter."""

from __future__ import annotations

import math
import re
import subprocess
from functools import cache

import numpy as np
import numpy.typing as npt

from microdrama.media.audio import _db, audio_rules, read_wav, write_wav
from microdrama.media.ffmpeg import FfmpegError, ffmpeg_command


def _integrated(samples: npt.NDArray[np.float64], rate: int) -> float:
    """Integrated loudness (LUFS, BS.1770 gated) by pyloudnorm; −inf for silence."""
    import pyloudnorm  # imports scipy: only when audio is mixed

    minimum = int(0.5 * rate)
    if samples.shape[0] < minimum:
        # Gating drops silent blocks, so padding with silence leaves the value alone.
        pad = np.zeros((minimum - samples.shape[0], samples.shape[1]))
        samples = np.concatenate([samples, pad])
    return float(pyloudnorm.Meter(rate).integrated_loudness(samples))


@cache
def _oversampling_phases(factor: int) -> npt.NDArray[np.float64]:
    """Polyphase interpolation filter (``factor`` phases × 12 taps), unit gain per phase."""
    from scipy import signal

    taps = signal.firwin(12 * factor, 0.9 / factor, window=("kaiser", 7.0)) * factor
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
    samples: npt.NDArray[np.float64], factor: int, above: float = 0.0
) -> npt.NDArray[np.float64]:
    """Per-frame maximum |value| over channels and the ``factor`` in-between positions.

    Polyphase interpolation (scipy's upfirdn, in C) with the Kaiser low-pass the
    phases use, per channel and in chunks so memory stays small; zero-phase, so
    position i·factor is frame i. With ``above``, only frames whose true peak may
    reach it are interpolated; the others keep their sample peak, which is below it
    all the same — so every comparison with ``above`` comes out as with full work.
    """
    from scipy import signal

    frames = samples.shape[0]
    peaks = _sample_peaks(samples)
    taps = _oversampling_phases(factor).T.reshape(-1)
    delay = (len(taps) - 1) // 2
    margin = len(taps) // factor + 1  # input frames the filter reaches either side
    chunk = 1 << 18
    for run_start, run_stop in _hot_runs(peaks, above, factor, margin):
        for start in range(run_start, run_stop, chunk):
            stop = min(run_stop, start + chunk)
            lo, hi = max(0, start - margin), min(frames, stop + margin)
            for channel in range(samples.shape[1]):
                piece = np.ascontiguousarray(samples[lo:hi, channel])
                up = signal.upfirdn(taps, piece, up=factor)
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


def _limit(
    samples: npt.NDArray[np.float64], rate: int, ceiling: float, factor: int, lookahead_ms: float
) -> npt.NDArray[np.float64]:
    """Look-ahead true-peak limiter: never above ``ceiling`` (linear), smooth gain ramps.

    The needed gain is turned into a running minimum over ±L frames and averaged over
    ±L: every frame in an average window has seen the peak, so the result stays under
    the needed gain while ramping over 2L instead of jumping.
    """
    from scipy import ndimage

    # Only frames that may pass the ceiling matter: elsewhere the needed gain is 1.
    peaks = _true_peaks(samples, factor, above=ceiling)
    needed = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-12))
    if float(needed.min()) >= 1.0:
        return samples
    reach = max(1, round(lookahead_ms / 1000.0 * rate))
    size = 2 * reach + 1
    held = ndimage.minimum_filter1d(needed, size=size, mode="nearest")
    gain = ndimage.uniform_filter1d(held, size=size, mode="nearest")
    gain = np.minimum(gain, held)
    limited = samples * gain[:, None]
    # Guard against the filter's small misestimates: a last, exact pass on what is left.
    rest = _true_peaks(limited, factor, above=ceiling)
    if float(rest.max()) > ceiling:
        limited *= ceiling / float(rest.max())
    return limited


def normalize_loudness(
    data: bytes, target_lufs: float | None = None, true_peak_db: float | None = None
) -> bytes:
    """Bring WAV bytes to ``target_lufs`` integrated with true peak ≤ ``true_peak_db`` dBTP.

    Defaults come from packs/audio.toml (−14 LUFS, −1 dBTP). Gain, then a 4×-oversampled
    look-ahead limiter, then re-measure and correct until within a tenth of the
    tolerance. Silence is returned unchanged. Output: 16-bit WAV, same rate and layout.
    """
    rules = audio_rules()["loudness"]
    target = rules["target_lufs"] if target_lufs is None else target_lufs
    ceiling_db = rules["true_peak_dbtp"] if true_peak_db is None else true_peak_db
    samples32, rate = read_wav(data)
    samples = samples32.astype(np.float64)
    loudness = _integrated(samples, rate)
    if not math.isfinite(loudness) or samples.shape[0] == 0:
        return write_wav(samples, rate)
    ceiling = _db(ceiling_db - rules["limiter_margin_db"])
    factor = int(rules["oversampling"])
    gain_db = target - loudness
    result = samples
    for _ in range(int(rules["max_rounds"])):
        result = _limit(
            samples * _db(gain_db), rate, ceiling, factor, rules["limiter_lookahead_ms"]
        )
        error = target - _integrated(result, rate)
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
