"""Loudness normalisation to the platform target (EBU R 128 / ITU-R BS.1770, the numbers
in the audio pack), and the read-back through ffmpeg's ebur128 filter.

The meter is media/meter.py, the true peaks and the limiter media/peaks.py. One pass of
K-weighting and one of true peaks serve every round: a round's signal is the source
times a gain, times the limiter's gain in a few regions, so the meter re-reads only
those regions (decision 0025)."""

from __future__ import annotations

import math
import re
import subprocess
from collections.abc import Sequence

import numpy as np

from microdrama.media.audio import audio_rules, db_gain, read_wav, write_wav
from microdrama.media.ffmpeg import FfmpegError, ffmpeg_command
from microdrama.media.meter import Floats, Meter, Region
from microdrama.media.peaks import (
    HotPeaks,
    limiter_regions,
    reach_frames,
    sample_peaks,
    true_peaks,
)


def normalize_samples(samples: Floats, rate: int, target_lufs: float | None = None,
                      true_peak_db: float | None = None, *, out: Floats | None = None
                      ) -> Floats:
    """``samples`` [frames, channels] brought to ``target_lufs`` integrated with true peak
    ≤ ``true_peak_db`` dBTP (defaults: packs/audio/rules.toml, −14 LUFS, −1 dBTP), in
    ``out`` if given (it may be ``samples`` itself), else in a new array.

    Gain, then a 4×-oversampled look-ahead limiter, then measure and correct until
    within a tenth of the tolerance. Silence comes back unchanged (a copy).

    True peaks are interpolated once (gain scales them; again only if a round raises
    the gain by more than 1 dB past the first). Each round's limiter acts in a few
    regions: the meter re-filters only those (and the ringing after them), and the last
    check of the true peak — which also scales the whole down if the limiter's smooth
    gain left a peak over the ceiling — reads only around them, since elsewhere the
    signal is the source times the gain, whose peaks the limiter already knew.
    """
    rules = audio_rules()["loudness"]
    target = rules["target_lufs"] if target_lufs is None else target_lufs
    ceiling_db = rules["true_peak_dbtp"] if true_peak_db is None else true_peak_db
    samples = np.asarray(samples, dtype=np.float64)
    result = np.empty_like(samples) if out is None else out
    meter = Meter(samples, rate) if samples.shape[0] else None
    loudness = meter.loudness() if meter is not None else -math.inf
    if meter is None or not math.isfinite(loudness):
        result[...] = samples
        return result
    ceiling = db_gain(ceiling_db - rules["limiter_margin_db"])
    factor = int(rules["oversampling"])
    gain_db = target - loudness
    peaks = sample_peaks(samples)
    bound_db, hot = -math.inf, None
    regions: list[Region] = []
    gain, scale = 1.0, 1.0
    for _ in range(int(rules["max_rounds"])):
        if hot is None or gain_db > bound_db:  # where this gain (or up to 1 dB more) may pass
            bound_db = gain_db + 1.0
            hot = HotPeaks.find(samples, factor, ceiling / db_gain(bound_db), peaks)
        gain = db_gain(gain_db)
        passing = hot.peaks * gain > ceiling
        regions = limiter_regions(hot.frames[passing], hot.peaks[passing] * gain,
                                  samples.shape[0], rate, ceiling, rules["limiter_lookahead_ms"])
        if regions:
            energy = meter.energy_with(samples, regions)
            scale = _peak_guard(samples, regions, gain, ceiling, factor)
        else:
            energy, scale = meter.energy, 1.0
        error = target - meter.loudness(energy * (gain * scale) ** 2)
        if abs(error) <= rules["tolerance_lu"] / 10:
            break
        gain_db += error
    np.multiply(samples, gain * scale, out=result)
    for start, gains in regions:
        result[start : start + gains.shape[0]] *= gains[:, None]
    return result


def _peak_guard(samples: Floats, regions: Sequence[Region], gain: float, ceiling: float,
                factor: int) -> float:
    """The scale (≤ 1) that brings the limited signal's true peak to the ceiling: the
    limiter works from the source's true peaks, but its gain changes within the
    interpolation filter's reach. Only frames within that reach of a region can differ
    from the gain times the source (which the limiter kept under the ceiling)."""
    if not regions:
        return 1.0
    reach = reach_frames(factor)
    frames = samples.shape[0]
    groups: list[list[Region]] = []  # regions close enough to share a frame's reach
    for region in regions:
        if groups and region[0] <= groups[-1][-1][0] + groups[-1][-1][1].shape[0] + 2 * reach:
            groups[-1].append(region)
        else:
            groups.append([region])
    # Each group with the frames its edges' values reach, back to back: a value read at
    # least ``reach`` frames inside its piece sees only its own piece (the first and last
    # pieces may end at the signal's ends, where the zeros past them are right too).
    pieces, reads, at = [], [], 0
    for group in groups:
        first, (last, gains) = group[0][0], group[-1]
        stop = last + gains.shape[0]
        lo, hi = max(0, first - 2 * reach), min(frames, stop + 2 * reach)
        piece = samples[lo:hi] * gain
        for start, values in group:
            piece[start - lo : start - lo + values.shape[0]] *= values[:, None]
        pieces.append(piece)
        reads.append((at + max(0, first - reach) - lo, at + min(frames, stop + reach) - lo))
        at += hi - lo
    peaks = true_peaks(np.concatenate(pieces), factor)
    worst = max(float(peaks[a:b].max()) for a, b in reads)
    return ceiling / worst if worst > ceiling else 1.0


def normalize_loudness(
    data: bytes, target_lufs: float | None = None, true_peak_db: float | None = None
) -> bytes:
    """WAV bytes through :func:`normalize_samples`; 16-bit WAV, same rate and layout."""
    samples, rate = read_wav(data)
    normalized = normalize_samples(samples.astype(np.float64), rate, target_lufs, true_peak_db)
    return write_wav(normalized, rate)


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
