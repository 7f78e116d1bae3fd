"""The loudness rounds' shortcuts (decision 0025) give what the whole work gives: the
meter's update of a few changed regions against filtering the changed signal again and
against ffmpeg's ebur128, the true-peak check around the limiter's regions against the
true peaks of the whole signal."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from microdrama.media.audio import audio_rules, db_gain, write_wav
from microdrama.media.loudness import _peak_guard, measure_loudness, normalize_samples
from microdrama.media.meter import Meter, settle_frames
from microdrama.media.peaks import HotPeaks, limiter_regions, sample_peaks, true_peaks

RATE = 48000


def programme(seconds: float, seed: int, clicks: int = 0) -> np.ndarray:
    """Stereo noise with a slow swell, a near-silent gap (both gates at work) and loud
    clicks: the hot spots a limiter acts on."""
    rng = np.random.default_rng(seed)
    frames = round(seconds * RATE)
    swell = 0.5 + 0.4 * np.sin(np.linspace(0, 7, frames))
    signal = rng.standard_normal((frames, 2)) * 0.05 * swell[:, None]
    signal[frames // 3 : frames // 3 + RATE // 3] *= 1e-4
    for at in rng.integers(0, frames - 40, size=clicks):
        signal[at : at + 40] += rng.uniform(0.4, 0.9) * np.hanning(40)[:, None]
    return np.clip(signal, -1.0, 1.0)


def as_regions(frames: int, layout: list[tuple[float, float, float]]
               ) -> list[tuple[int, np.ndarray]]:
    """Limiter-like regions, ascending and apart: (where, how long, how deep) as
    fractions of the signal, each a dip shaped like a raised cosine."""
    regions: list[tuple[int, np.ndarray]] = []
    for where, length, depth in sorted(layout):
        start = int(where * frames)
        if regions and start <= regions[-1][0] + regions[-1][1].shape[0]:
            continue
        size = max(1, min(frames - start, int(length * 4000)))
        dip = depth * np.hanning(size + 2)[1:-1]
        regions.append((start, 1.0 - dip))
    return regions


def limited(samples: np.ndarray, regions: list[tuple[int, np.ndarray]]) -> np.ndarray:
    out = samples.copy()
    for start, gains in regions:
        out[start : start + gains.shape[0]] *= gains[:, None]
    return out


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**16),
       layout=st.lists(st.tuples(st.floats(0.0, 0.999), st.floats(0.0, 1.0),
                                 st.floats(0.05, 0.95)), min_size=1, max_size=40),
       at_the_ends=st.booleans())
def test_the_meter_updates_changed_regions_as_a_full_measure_would(
        seed: int, layout: list[tuple[float, float, float]], at_the_ends: bool) -> None:
    """Regions anywhere — many, close together (nearer than the filters ring), at the
    first frame and reaching the last: the pieces' energy after the update is the energy
    of the changed signal filtered again from scratch, and so is the loudness."""
    samples = programme(2.0, seed)
    frames = samples.shape[0]
    if at_the_ends:
        layout = [(0.0, 0.3, 0.5), *layout, (1.0 - 100 / frames, 1.0, 0.7)]
    regions = as_regions(frames, layout)
    meter = Meter(samples, RATE)
    energy = meter.energy_with(samples, regions)
    again = Meter(limited(samples, regions), RATE)
    assert np.allclose(energy, again.energy, rtol=1e-9, atol=1e-12)
    assert abs(meter.loudness(energy) - again.loudness()) < 1e-9
    gain = 1.7  # a gain scales every piece's energy by its square
    assert abs(meter.loudness(energy * gain**2)
               - Meter(limited(samples, regions) * gain, RATE).loudness()) < 1e-9


def test_an_update_that_drops_the_filters_ringing_is_caught() -> None:
    """The comparison above can fail: cut each change off where its region ends (no
    ringing after it) and the energy is measurably wrong."""
    samples = programme(2.0, 11)
    regions = as_regions(samples.shape[0], [(0.1, 0.5, 0.9), (0.5, 0.8, 0.9), (0.8, 0.2, 0.6)])
    meter = Meter(samples, RATE)
    full = Meter(limited(samples, regions), RATE).energy
    settle = settle_frames(RATE)
    assert settle is not None and 2000 < settle < RATE  # the high-pass rings for a while
    import microdrama.media.meter as meter_module

    original = meter_module.settle_frames
    meter_module.settle_frames = lambda rate: 1  # type: ignore[assignment]
    try:
        truncated = meter.energy_with(samples, regions)
    finally:
        meter_module.settle_frames = original
    assert not np.allclose(truncated, full, rtol=1e-9, atol=1e-12)


def test_the_updated_loudness_agrees_with_ffmpegs_ebur128() -> None:
    """Many regions, a gain: what the rounds read is what an independent meter reads of
    the signal written out."""
    samples = programme(6.0, 5)
    rng = np.random.default_rng(2)
    layout = [(float(w), 0.3 * float(n), float(d)) for w, n, d in
              zip(rng.random(120), rng.random(120), rng.uniform(0.1, 0.9, 120), strict=True)]
    regions = as_regions(samples.shape[0], layout)
    assert len(regions) > 80
    gain = 1.9
    meter = Meter(samples, RATE)
    ours = meter.loudness(meter.energy_with(samples, regions) * gain**2)
    theirs, _ = measure_loudness(write_wav(limited(samples, regions) * gain, RATE))
    assert abs(ours - theirs) <= 0.06  # ebur128 prints one decimal


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 2**16), gain_db=st.floats(0.0, 12.0), clicks=st.integers(1, 60))
def test_the_peak_check_around_the_regions_reads_the_whole_signals_peak(
        seed: int, gain_db: float, clicks: int) -> None:
    """As the rounds use it (the limiter's regions from the source's true peaks at a
    gain), the check of the limited signal's true peak around the regions alone gives
    the scale the true peaks of the whole limited signal give, to the bit."""
    rules = audio_rules()["loudness"]
    samples = programme(1.5, seed, clicks=clicks)
    ceiling = db_gain(rules["true_peak_dbtp"] - rules["limiter_margin_db"])
    gain = db_gain(gain_db)
    hot = HotPeaks.find(samples, 4, ceiling / gain, sample_peaks(samples))
    passing = hot.peaks * gain > ceiling
    regions = limiter_regions(hot.frames[passing], hot.peaks[passing] * gain,
                              samples.shape[0], RATE, ceiling, rules["limiter_lookahead_ms"])
    worst = float(true_peaks(limited(samples * gain, regions), 4).max())
    expected = ceiling / worst if worst > ceiling else 1.0
    assert _peak_guard(samples, regions, gain, ceiling, 4) == expected


def test_normalizing_many_hot_spots_meets_the_target_and_the_ceiling() -> None:
    """Hundreds of clicks (hundreds of limiter regions, several rounds): the rules hold
    as ffmpeg reads the result, and normalizing in place gives the same samples."""
    samples = programme(5.0, 9, clicks=200)
    out = normalize_samples(samples, RATE)
    integrated, peak = measure_loudness(write_wav(out, RATE))
    assert abs(integrated + 14.0) <= 0.5 and peak <= -1.0
    again = samples.copy()
    assert normalize_samples(again, RATE, out=again) is again
    assert np.array_equal(again, out)
