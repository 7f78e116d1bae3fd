"""The offline composer: format, length, level, mood, determinism, seamless loops."""

from __future__ import annotations

import asyncio
from functools import cache

import numpy as np
import pytest

from microdrama.errors import ProviderError
from microdrama.media.audio import duration_ms, read_wav
from microdrama.providers.base import MusicModel, MusicRequest
from microdrama.providers.offline.music.provider import MOODS, OfflineMusic, render_loop


@cache
def bed(mood: str, duration: int = 8000, seed: int = 1) -> bytes:
    return asyncio.run(
        OfflineMusic().compose(MusicRequest(mood=mood, duration_ms=duration, seed=seed))
    )


def rms_db(samples: np.ndarray) -> float:
    return 20 * float(np.log10(np.sqrt(np.mean(samples.astype(np.float64) ** 2)) + 1e-12))


def test_is_a_music_model() -> None:
    assert isinstance(OfflineMusic(), MusicModel)


@pytest.mark.parametrize("duration", [1000, 7777, 40000])
def test_format_and_exact_duration(duration: int) -> None:
    wav = bed("tense", duration)
    samples, rate = read_wav(wav)
    assert rate == 48000 and samples.shape[1] == 2
    assert wav[34:36] == (16).to_bytes(2, "little")
    assert duration_ms(wav) == duration
    assert samples.shape[0] == duration * 48


@pytest.mark.parametrize("mood", sorted(MOODS))
def test_every_mood_is_audible_with_fades(mood: str) -> None:
    samples, rate = read_wav(bed(mood))
    middle = samples[2 * rate : 5 * rate]
    assert -26 < rms_db(middle) < -14
    assert float(np.max(np.abs(samples))) < 0.8
    assert rms_db(samples[: rate // 100]) < rms_db(middle) - 30  # fades in
    assert rms_db(samples[-rate // 100 :]) < rms_db(middle) - 30  # fades out


def test_moods_differ_and_unknown_mood_is_calm() -> None:
    beds = {mood: bed(mood) for mood in MOODS}
    assert len(set(beds.values())) == len(MOODS)
    assert bed("no-such-mood") == beds["calm"]
    tense, _ = read_wav(beds["tense"])
    calm, _ = read_wav(beds["calm"])
    assert not np.allclose(tense, calm, atol=0.01)


def test_deterministic_per_seed() -> None:
    first = bed("romantic", 6000, seed=3)
    again = OfflineMusic().compose  # a new instance gives the same bytes
    assert asyncio.run(again(MusicRequest(mood="romantic", duration_ms=6000, seed=3))) == first
    assert bed("romantic", 6000, seed=4) != first


@pytest.mark.parametrize("mood", ["tense", "sad"])
def test_loop_is_seamless(mood: str) -> None:
    loop = render_loop(mood, 1)
    steps = np.abs(np.diff(loop, axis=0)).max(axis=1)
    seam = float(np.abs(loop[0] - loop[-1]).max())
    assert seam <= float(np.percentile(steps, 99.9))
    # A bed longer than the loop is the loop repeated (after the fade-in).
    samples, _ = read_wav(bed(mood, 60000))
    assert samples.shape[0] > 2 * loop.shape[0]


def test_unknown_model_is_refused() -> None:
    with pytest.raises(ProviderError):
        OfflineMusic("orchestra")
