"""Audio helpers against real ffmpeg: WAV round trips, the episode mix, loudness."""

from __future__ import annotations

import struct

import numpy as np
import pytest

from microdrama.errors import InputError
from microdrama.media.audio import (
    audio_rules,
    duration_ms,
    read_wav,
    resample,
    write_wav,
)
from microdrama.media.loudness import measure_loudness, normalize_loudness
from microdrama.media.meter import integrated_loudness, k_biquad
from microdrama.media.mix import mix_episode

RATE = 48000


def tone(freq: float, seconds: float, amplitude: float, rate: int = RATE) -> np.ndarray:
    t = np.arange(round(seconds * rate)) / rate
    return amplitude * np.sin(2 * np.pi * freq * t)


def babble(seconds: float, rate: int = 22050, seed: int = 0) -> np.ndarray:
    """Speech-like mono: a buzzy 140 Hz voice, syllables every ~200 ms, loud peaks."""
    rng = np.random.default_rng(seed)
    t = np.arange(round(seconds * rate)) / rate
    voice = sum(np.sin(2 * np.pi * 140 * k * t) / k for k in range(1, 12))
    syllables = 0.55 + 0.45 * np.sin(2 * np.pi * 5 * t)
    noise = 0.05 * rng.standard_normal(t.size)
    return np.asarray(0.12 * voice * syllables + noise)


def rms_db(samples: np.ndarray) -> float:
    return 20 * float(np.log10(np.sqrt(np.mean(samples.astype(np.float64) ** 2)) + 1e-12))


def test_rule_pack_has_sourced_numbers() -> None:
    rules = audio_rules()
    assert rules["loudness"]["target_lufs"] == -14.0
    assert rules["loudness"]["true_peak_dbtp"] == -1.0
    assert rules["ducking"]["depth_db"] == 10.0
    assert (rules["ducking"]["attack_ms"], rules["ducking"]["release_ms"]) == (15.0, 350.0)
    assert all(rules[section]["source"] for section in ("loudness", "ducking", "output"))


@pytest.mark.parametrize("channels", [1, 2])
def test_wav_round_trip(channels: int) -> None:
    samples = np.stack([tone(440, 0.5, 0.5), tone(330, 0.5, -0.25)], axis=1)[:, :channels]
    wav = write_wav(samples, RATE)
    back, rate = read_wav(wav)
    assert rate == RATE and back.shape == samples.shape and back.dtype == np.float32
    assert np.max(np.abs(back - samples)) < 1e-4
    assert duration_ms(wav) == 500


def test_reads_float_and_24_bit_wav() -> None:
    values = np.array([0.0, 0.5, -0.5, 0.25])
    body = values.astype("<f4").tobytes()
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + len(body),
        b"WAVE",
        b"fmt ",
        16,
        3,
        1,
        8000,
        32000,
        4,
        32,
        b"data",
        len(body),
    )
    floats, rate = read_wav(header + body)
    assert rate == 8000 and np.allclose(floats[:, 0], values)
    ints = (values * (1 << 23)).astype(np.int32)
    body = b"".join(int(v).to_bytes(3, "little", signed=True) for v in ints)
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + len(body),
        b"WAVE",
        b"fmt ",
        16,
        1,
        1,
        8000,
        24000,
        3,
        24,
        b"data",
        len(body),
    )
    pcm24, _ = read_wav(header + body)
    assert np.allclose(pcm24[:, 0], values, atol=1e-6)


def test_not_a_wav_is_an_input_error() -> None:
    with pytest.raises(InputError, match="not a WAV"):
        read_wav(b"ID3\x04 this is an mp3")


def test_resample_keeps_length_and_pitch() -> None:
    source = tone(1000, 1.0, 0.5, rate=22050)
    out = resample(source, 22050, RATE)
    assert out.shape[0] == RATE
    spectrum = np.abs(np.fft.rfft(out))
    assert abs(float(np.fft.rfftfreq(out.size, 1 / RATE)[np.argmax(spectrum)]) - 1000) < 2


def music_bed(seconds: float, freq: float) -> bytes:
    left = tone(freq, seconds, 0.1) + tone(freq * 1.5, seconds, 0.05)
    return write_wav(np.stack([left, left], axis=1), RATE)


def test_mix_places_dialogue_and_ducks_music_under_it() -> None:
    line = write_wav(babble(2.0), 22050)
    bed = music_bed(10.0, 220)
    mixed = mix_episode([(3000, line)], [(0, 10000, bed)], 10000)
    music_only = mix_episode([], [(0, 10000, bed)], 10000)
    dialogue_only = mix_episode([(3000, line)], [], 10000)
    mix, rate = read_wav(mixed)
    assert rate == RATE and mix.shape == (10 * RATE, 2) and duration_ms(mixed) == 10000
    music, _ = read_wav(music_only)
    voice, _ = read_wav(dialogue_only)
    ducked = mix - voice  # what is left of the music in the mix
    during = slice(int(3.2 * RATE), int(4.8 * RATE))
    before = slice(int(1.0 * RATE), int(2.8 * RATE))
    after = slice(int(6.0 * RATE), int(9.0 * RATE))  # well past the 350 ms release
    assert -12.0 < rms_db(ducked[during]) - rms_db(music[during]) < -8.0
    assert abs(rms_db(ducked[before]) - rms_db(music[before])) < 0.5
    assert abs(rms_db(ducked[after]) - rms_db(music[after])) < 0.5
    # The dialogue itself lands where it was placed.
    assert rms_db(voice[: int(2.9 * RATE)]) < -80 < rms_db(voice[during])


def test_mix_crossfades_beds_without_a_hole() -> None:
    first, second = music_bed(6.0, 220), music_bed(6.0, 370)
    mixed, _ = read_wav(mix_episode([], [(0, 5000, first), (5000, 10000, second)], 10000))
    levels = [
        rms_db(mixed[i : i + RATE // 20]) for i in range(int(4 * RATE), int(6 * RATE), RATE // 20)
    ]
    assert max(levels) - min(levels) < 3.0
    # Before the crossfade only the first bed plays, after it only the second.
    spectrum = np.abs(np.fft.rfft(mixed[: 4 * RATE, 0]))
    assert spectrum[220 * 4] > 100 * spectrum[370 * 4]
    spectrum = np.abs(np.fft.rfft(mixed[6 * RATE : 10 * RATE, 0]))
    assert spectrum[370 * 4] > 100 * spectrum[220 * 4]


def test_measure_loudness_reads_a_known_tone() -> None:
    sine = tone(997, 5.0, 0.1)
    integrated, peak = measure_loudness(write_wav(np.stack([sine, sine], axis=1), RATE))
    assert integrated == pytest.approx(-20.0, abs=0.3)
    assert peak == pytest.approx(-20.0, abs=0.3)


@pytest.mark.parametrize("gain", [0.05, 0.9], ids=["quiet-and-peaky", "loud"])
def test_normalize_reaches_target_with_true_peak_ceiling(gain: float) -> None:
    voice = resample(babble(12.0, seed=1), 22050, RATE)
    voice[::9600] += 0.5  # isolated clicks: true peak far above the programme
    bed = tone(110, 12.0, 0.1) + tone(165, 12.0, 0.05)
    stereo = np.clip(np.stack([voice + bed, 0.8 * voice + bed], axis=1) * gain, -1, 1)
    source = write_wav(stereo, RATE)
    out = normalize_loudness(source)
    integrated, peak = measure_loudness(out)
    assert abs(integrated + 14.0) <= 0.5
    assert peak <= -1.0
    back, rate = read_wav(out)
    assert rate == RATE and back.shape == stereo.shape


def test_normalize_leaves_silence_alone() -> None:
    silence = write_wav(np.zeros((RATE, 2)), RATE)
    assert normalize_loudness(silence) == silence


def test_k_weighting_is_the_standards_filter_at_48k() -> None:
    """BS.1770-4 Annex 1 gives the two biquads' coefficients at 48 kHz; the pack's analog
    parameters must reproduce them (and so the meter reads like any BS.1770 meter)."""
    meter = audio_rules()["meter"]
    shelf = k_biquad(meter["shelf_hz"], meter["shelf_q"], 48000, meter["shelf_gain_db"])
    highpass = k_biquad(meter["highpass_hz"], meter["highpass_q"], 48000, None)
    assert shelf == pytest.approx((1.53512485958697, -2.69169618940638, 1.19839281085285,
                                   1.0, -1.69065929318241, 0.73248077421585), abs=1e-12)
    assert highpass == pytest.approx((1.0, -2.0, 1.0, 1.0, -1.99004745483398,
                                      0.99007225036621), abs=1e-12)


@pytest.mark.parametrize("rate", [48000, 44100])
def test_meter_agrees_with_ffmpegs_ebur128(rate: int) -> None:
    """Our integrated loudness against an independent meter (ffmpeg's ebur128), on a
    programme with a loud passage and a near-silent gap (both gates at work)."""
    rng = np.random.default_rng(3)
    noise = rng.standard_normal((rate * 20, 2)) * 0.05
    noise[rate * 5 : rate * 8] *= 8
    noise[rate * 12 : rate * 13] *= 0.0001
    data = write_wav(np.clip(noise, -1, 1), rate)
    samples, _ = read_wav(data)
    ours = integrated_loudness(samples.astype(np.float64), rate)
    assert ours == pytest.approx(measure_loudness(data)[0], abs=0.06)
    quiet = write_wav(np.clip(noise * 0.01, -1, 1), rate)
    samples, _ = read_wav(quiet)
    assert integrated_loudness(samples.astype(np.float64), rate) == pytest.approx(ours - 40.0, abs=0.1)


def test_the_limiter_works_only_where_needed_with_the_same_gain() -> None:
    """Worked out only around the frames over the ceiling, the limiter's gain is the one
    the whole signal would give: a running minimum of the needed gain, then its mean."""
    from microdrama.media.peaks import limiter_gain as _limiter_gain
    from microdrama.media.peaks import running_mean as _running_mean
    from microdrama.media.peaks import running_min as _running_min

    rng = np.random.default_rng(5)
    peaks = rng.random(200_000) * 0.5
    peaks[rng.integers(0, peaks.size, 40)] = 1.3  # scattered peaks, some close together
    peaks[:3] = peaks[-3:] = 1.2  # and at both ends
    ceiling, reach = 0.9, 240
    needed = np.minimum(1.0, ceiling / peaks)
    held = _running_min(needed, reach)
    whole = np.minimum(_running_mean(held, reach), held)
    gain = _limiter_gain(peaks, RATE, ceiling, 5.0)
    assert gain is not None and np.allclose(gain, whole, rtol=0, atol=1e-9)  # sums' rounding
    assert float((gain * peaks).max()) <= ceiling + 1e-12
    assert _limiter_gain(peaks * 0.5, RATE, ceiling, 5.0) is None
