"""The mix worked out a stretch at a time (decision 0025) is the whole-array mix, value for
value; its 16-bit rounding is a WAV's; its AAC, encoded in process, is what the ffmpeg
binary makes of it."""

from __future__ import annotations

import io
import math
import subprocess
from pathlib import Path

import av
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from microdrama.media import mix
from microdrama.media.aac import aac_bytes
from microdrama.media.audio import as_pcm16, audio_rules, pcm16, read_wav, resample, write_wav
from microdrama.media.ffmpeg import ffmpeg_exe
from microdrama.media.video import encode_aac

RATE = 48000


def clip(rng: np.random.Generator, seconds: float, rate: int, channels: int) -> bytes:
    frames = max(1, round(seconds * rate))
    return write_wav(np.clip(rng.standard_normal((frames, channels)) * 0.2, -1, 1), rate)


def reference_mix(dialogue: list[tuple[int, bytes]], music: list[tuple[int, int, bytes]],
                  total_ms: int, fade_ends: bool) -> np.ndarray:
    """The mix as whole-signal arithmetic, step by step (the code before decision 0025)."""
    rules = audio_rules()
    levels, ducking = rules["mix"], rules["ducking"]
    frames = round(total_ms * RATE / 1000)

    def layout(data: bytes) -> np.ndarray:
        samples, rate = read_wav(data)
        out = resample(samples, rate, RATE)
        return out if out.shape[1] == 2 else np.repeat(out.mean(axis=1, keepdims=True), 2, 1)

    voice = np.zeros((frames, 2))
    for start_ms, data in dialogue:
        samples, start = layout(data), round(start_ms * RATE / 1000)
        if start >= frames:
            continue
        if start < 0:
            samples, start = samples[-start:], 0
        stop = min(frames, start + samples.shape[0])
        voice[start:stop] += samples[: stop - start]
    beds = np.zeros((frames, 2))
    fade = round(levels["crossfade_ms"] * RATE / 1000)
    for start_ms, end_ms, data in music:
        bed = layout(data)
        start, end = max(0, round(start_ms * RATE / 1000)), min(frames, round(end_ms * RATE / 1000))
        if end <= start:
            continue
        lead_in, lead_out = start > 0, end < frames
        begin = max(0, start - fade // 2) if lead_in else start
        finish = min(frames, end + fade // 2) if lead_out else min(frames, end)
        length = finish - begin
        piece = np.tile(bed, (-(-length // bed.shape[0]), 1))[:length].astype(np.float64)
        envelope, ramp = np.ones(length), min(fade, length)
        if lead_in:
            envelope[:ramp] *= np.sin(0.5 * np.pi * (np.arange(ramp) + 0.5) / ramp)
        if lead_out:
            envelope[length - ramp :] *= np.cos(0.5 * np.pi * (np.arange(ramp) + 0.5) / ramp)
        beds[begin:finish] += piece * envelope[:, None]
    if fade_ends and frames:
        ramp = min(frames, max(1, fade // 2))
        shape = np.sin(0.5 * np.pi * (np.arange(ramp) + 0.5) / ramp)[:, None]
        beds[:ramp] *= shape
        beds[frames - ramp :] *= shape[::-1]
    voice *= 10.0 ** (levels["dialogue_gain_db"] / 20.0)
    beds *= 10.0 ** (levels["music_gain_db"] / 20.0)
    if frames and dialogue:
        hop, window = RATE // 500, RATE // 100
        mono = voice.astype(np.float32).astype(np.float64).mean(axis=1)
        sums = np.concatenate([[0.0], np.cumsum(mono * mono)])
        centres = np.arange(0, frames, hop)
        low = np.maximum(0, centres - window // 2)
        high = np.minimum(frames, centres + (window - 1) // 2 + 1)
        level = 10.0 * np.log10(np.maximum((sums[high] - sums[low]) / window, 1e-12))
        target = np.clip((level - ducking["threshold_dbfs"]) / ducking["knee_db"], 0.0, 1.0)
        target *= ducking["depth_db"]
        attack = 1.0 - math.exp(-hop / (RATE * ducking["attack_ms"] / 1000.0))
        release = 1.0 - math.exp(-hop / (RATE * ducking["release_ms"] / 1000.0))
        reduction, current = np.empty_like(target), 0.0
        for index, wanted in enumerate(target.tolist()):
            current += (wanted - current) * (attack if wanted > current else release)
            reduction[index] = current
        shift = round(ducking["lookahead_ms"] / 1000.0 * RATE / hop)
        reduction = np.concatenate([reduction[shift:], np.full(shift, reduction[-1])])
        gain_db = -np.interp(np.arange(frames), np.arange(len(reduction)) * hop, reduction)
        beds *= (10.0 ** (gain_db / 20.0))[:, None]
    mixed = voice + beds
    peak = float(np.max(np.abs(mixed))) if frames else 0.0
    ceiling = 10.0 ** (levels["mix_peak_dbfs"] / 20.0)
    if peak > ceiling:
        mixed *= ceiling / peak
    return mixed


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 2**16), total_ms=st.integers(1, 2000),
       chunk=st.sampled_from([96, 1000, 4801]), fade_ends=st.booleans(),
       stereo_line=st.booleans())
def test_the_mix_is_the_same_whatever_the_stretch_it_works_on(
        seed: int, total_ms: int, chunk: int, fade_ends: bool, stereo_line: bool) -> None:
    """Lines before the start, past the end and over each other, mono and stereo, at
    other rates; beds that loop, crossfade, fade at the ends: stretches of any length
    (the running sums, the fades and the ducking cross their edges) give the mix one
    stretch gives, to the bit — and the whole-signal arithmetic gives."""
    rng = np.random.default_rng(seed)
    lines = [(int(rng.integers(-300, total_ms + 100)),
              clip(rng, float(rng.uniform(0.01, 0.8)), int(rng.choice([22050, 48000])),
                   2 if stereo_line and index == 0 else 1)) for index in range(4)]
    cuts = sorted(int(c) for c in rng.integers(0, total_ms + 1, size=2))
    points = [0, *cuts, total_ms]
    beds = [(a, b, clip(rng, float(rng.uniform(0.05, 0.5)), int(rng.choice([44100, 48000])),
                        int(rng.choice([1, 2])))) for a, b in zip(points, points[1:], strict=False)]
    whole, rate = mix.mix_samples(lines, beds, total_ms, fade_ends=fade_ends)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(mix, "CHUNK", chunk)
        pieces, _ = mix.mix_samples(lines, beds, total_ms, fade_ends=fade_ends)
    assert rate == RATE and whole.shape == (round(total_ms * RATE / 1000), 2)
    assert np.array_equal(whole, pieces)
    assert np.array_equal(whole, reference_mix(lines, beds, total_ms, fade_ends))


def test_the_ducking_gain_is_np_interp_of_the_reduction_in_db() -> None:
    """Frame by frame, the gain is the reduction between hops as np.interp gives it, made
    linear: the same values, read in stretches that start on hops."""
    rng = np.random.default_rng(4)
    voice = np.zeros(RATE * 3)
    for start in (2000, 50_000, 90_000):
        voice[start : start + 20_000] = rng.standard_normal(20_000) * 0.1
    ducking = mix._Ducking(voice, RATE)
    hops = np.arange(ducking.reduction.shape[0]) * ducking.hop
    expected = 10.0 ** (-np.interp(np.arange(voice.shape[0]), hops, ducking.reduction) / 20.0)
    stretches = [ducking.gain(start, min(voice.shape[0], start + 960))
                 for start in range(0, voice.shape[0], 960)]
    assert np.array_equal(np.concatenate(stretches), expected)
    assert expected.min() < 0.4 and expected.max() == pytest.approx(1.0)  # it ducks, then lets go
    with pytest.raises(ValueError, match="hop"):
        ducking.gain(5, 100)


def test_the_running_sums_are_one_cumulative_sum() -> None:
    rng = np.random.default_rng(8)
    voice = rng.standard_normal(300_000) * 0.1
    wanted = rng.integers(0, voice.shape[0] + 1, size=500)
    heard = voice.astype(np.float32).astype(np.float64)
    sums = np.concatenate([[0.0], np.cumsum(heard * heard)])
    assert np.array_equal(mix._running_sums(voice, wanted), sums[wanted])


def test_the_16_bit_rounding_is_a_wavs() -> None:
    rng = np.random.default_rng(1)
    samples = np.clip(rng.standard_normal((200_000, 2)) * 0.4, -1.2, 1.2)
    samples[:4, 0] = [0.5 / 32767, 1.5 / 32767, -0.5 / 32767, 1.0]  # halves round to even
    back, _ = read_wav(write_wav(samples, RATE))
    assert np.array_equal(as_pcm16(samples.copy()), back.astype(np.float64))
    assert np.array_equal(pcm16(samples),
                          np.clip(np.round(samples * 32767.0), -32768, 32767).astype("<i2"))


def test_the_mix_is_encoded_in_process_as_ffmpeg_encodes_it(tmp_path: Path) -> None:
    """The in-process AAC: the codec, rate, layout and bit rate the ffmpeg binary gives
    with AAC_ARGS, the same length, a faithful decode (read back by the binary: another
    build of the decoder), the same bytes every time; mono too."""
    rng = np.random.default_rng(3)
    t = np.arange(RATE * 3) / RATE
    tune = 0.2 * np.sin(2 * np.pi * 330 * t) + 0.05 * np.sin(2 * np.pi * 2200 * t)
    samples = np.stack([tune, 0.8 * tune], axis=1) + rng.standard_normal((t.size, 2)) * 0.002
    ours = tmp_path / "ours.m4a"
    ours.write_bytes(aac_bytes(pcm16(samples), RATE))
    wav = tmp_path / "mix.wav"
    wav.write_bytes(write_wav(samples, RATE))
    theirs = tmp_path / "theirs.m4a"
    encode_aac(wav, theirs)
    assert aac_bytes(pcm16(samples), RATE) == ours.read_bytes()
    for path in (ours, theirs):
        with av.open(str(path)) as container:
            stream = container.streams.audio[0]
            context = stream.codec_context
            assert (context.name, context.profile, context.sample_rate) == ("aac", "LC", RATE)
            assert context.layout.nb_channels == 2
            assert abs(context.bit_rate - 192_000) < 20_000
            assert stream.duration * stream.time_base == pytest.approx(3.0, abs=0.03)
    decoded = tmp_path / "decoded.wav"
    subprocess.run([ffmpeg_exe(), "-nostdin", "-loglevel", "error", "-y", "-i", str(ours),
                    str(decoded)], check=True)
    back, rate = read_wav(decoded.read_bytes())
    assert rate == RATE and back.shape == samples.shape
    error = back[2048:-2048] - samples[2048:-2048]  # past the encoder's first and last frames
    assert 10 * np.log10(np.sum(samples[2048:-2048] ** 2) / np.sum(error ** 2)) > 30
    mono = aac_bytes(pcm16(samples[:, :1]), RATE)
    with av.open(io.BytesIO(mono)) as container:
        assert container.streams.audio[0].codec_context.layout.nb_channels == 1
    assert aac_bytes(np.zeros((0, 2), "<i2"), RATE)[4:8] == b"ftyp"  # nothing: an MP4 all the same
    with pytest.raises(ValueError, match="3 channels"):
        aac_bytes(pcm16(np.zeros((100, 3))), RATE)
