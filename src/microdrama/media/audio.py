"""Audio helpers: WAV in and out, resampling, the audio rules; the mix and loudness
are media/mix.py and media/loudness.py.

Samples are float32 arrays shaped ``[frames, channels]`` in −1..1. The numbers that
are rules (loudness target, true-peak ceiling, ducking depth and timing) live in
the pack ``packs/audio/rules.toml`` with their sources (schema
:class:`AudioPack`), never in this code.

- ``mix.mix_episode`` lays dialogue lines and music beds on one 48 kHz stereo timeline and
  ducks the music under speech (numpy, from the dialogue envelope).
- ``loudness.normalize_loudness`` reaches the integrated target (BS.1770, our meter) and keeps
  the true peak under the ceiling with a look-ahead limiter on a 4× oversampled peak.
- ``loudness.measure_loudness`` asks ffmpeg's ``ebur128`` filter, so the check is independent of
  the normaliser that it checks.
"""

from __future__ import annotations

import struct
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field

from microdrama.errors import InputError
from microdrama.packs import load_pack

Samples = npt.NDArray[np.float32]

_PCM = 1
_FLOAT = 3
_EXTENSIBLE = 0xFFFE


Number = int | float


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AudioOutput(_Table):
    """The delivered audio format."""

    sample_rate: int
    channels: int
    source: str


class Loudness(_Table):
    """Integrated loudness target, true-peak ceiling and the limiter that keeps it."""

    target_lufs: Number
    true_peak_dbtp: Number
    tolerance_lu: Number
    oversampling: int
    limiter_margin_db: Number
    limiter_lookahead_ms: Number
    max_rounds: int
    source: str


class Meter(_Table):
    """How integrated loudness is read (ITU-R BS.1770-4): K-weighting filters, blocks, gates."""

    shelf_hz: Number
    shelf_gain_db: Number
    shelf_q: Number
    highpass_hz: Number
    highpass_q: Number
    block_ms: Number
    hop_ms: Number
    absolute_gate_lufs: Number
    relative_gate_lu: Number
    channel_weights: list[Number]
    source: str


class Ducking(_Table):
    """How far and how fast music dips under speech."""

    depth_db: Number
    attack_ms: Number
    release_ms: Number
    threshold_dbfs: Number
    knee_db: Number
    lookahead_ms: Number
    source: str


class MixLevels(_Table):
    """Crossfades and levels of the episode mix."""

    crossfade_ms: Number
    music_gain_db: Number
    dialogue_gain_db: Number
    mix_peak_dbfs: Number
    source: str


class Dubbing(_Table):
    """How a dubbed line is fitted into its source line's time."""

    max_tempo: float = Field(ge=1.0, le=2.0)
    min_gap_ms: int = Field(ge=0)
    min_tail_ms: int = Field(ge=0)
    source: str


class AudioPack(_Table):
    """Schema of ``packs/audio/rules.toml``."""

    version: str
    output: AudioOutput
    loudness: Loudness
    meter: Meter
    ducking: Ducking
    mix: MixLevels
    dubbing: Dubbing


@cache
def audio_rules() -> dict[str, Any]:
    """The audio rule pack (packs/audio/rules.toml), as the tables it is written as."""
    return load_pack("audio", "rules", AudioPack).model_dump()


# --- WAV -------------------------------------------------------------------------------


def _chunks(data: bytes) -> dict[bytes, tuple[int, int]]:
    """RIFF chunk id → (offset, size) of its body; raises InputError if not a WAV."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise InputError("not a WAV file (no RIFF/WAVE header)", fix="pass WAV (RIFF) bytes")
    found: dict[bytes, tuple[int, int]] = {}
    offset = 12
    while offset + 8 <= len(data):
        name, size = data[offset : offset + 4], struct.unpack_from("<I", data, offset + 4)[0]
        body = offset + 8
        # Streams written to a pipe leave the data size at 0 or 0xFFFFFFFF: take the rest.
        if name == b"data" and (size == 0 or body + size > len(data)):
            size = len(data) - body
        found.setdefault(name, (body, size))
        offset = body + size + (size & 1)
    if b"fmt " not in found or b"data" not in found:
        raise InputError("WAV file lacks a fmt or data chunk", fix="pass a complete WAV file")
    return found


def _format(data: bytes, chunks: dict[bytes, tuple[int, int]]) -> tuple[int, int, int, int]:
    """(encoding, channels, rate, bits per sample) from the fmt chunk."""
    offset, size = chunks[b"fmt "]
    if size < 16:
        raise InputError("WAV fmt chunk is too short", fix="pass a complete WAV file")
    encoding, channels, rate, _, _, bits = struct.unpack_from("<HHIIHH", data, offset)
    if encoding == _EXTENSIBLE and size >= 40:
        encoding = struct.unpack_from("<H", data, offset + 24)[0]
    if channels < 1 or rate < 1:
        raise InputError(f"WAV has {channels} channels at {rate} Hz", fix="pass a valid WAV file")
    return encoding, channels, rate, bits


def read_wav(data: bytes) -> tuple[Samples, int]:
    """Decode WAV bytes (PCM 8/16/24/32-bit or float) → (float32 [frames, channels], rate)."""
    chunks = _chunks(data)
    encoding, channels, rate, bits = _format(data, chunks)
    offset, size = chunks[b"data"]
    width = bits // 8
    frame = width * channels
    raw = data[offset : offset + size - size % frame] if frame else b""
    if encoding == _PCM and bits == 16:
        values = np.frombuffer(raw, "<i2").astype(np.float32)
        values /= 32768.0  # in place: no second array of the whole file
    elif encoding == _PCM and bits == 24:
        bytes3 = np.frombuffer(raw, np.uint8).reshape(-1, 3).astype(np.int32)
        ints = bytes3[:, 0] | (bytes3[:, 1] << 8) | (bytes3[:, 2] << 16)
        ints = np.where(ints >= 1 << 23, ints - (1 << 24), ints)
        values = ints.astype(np.float32) / float(1 << 23)
    elif encoding == _PCM and bits == 32:
        values = (np.frombuffer(raw, "<i4").astype(np.float64) / 2.0**31).astype(np.float32)
    elif encoding == _PCM and bits == 8:
        values = (np.frombuffer(raw, np.uint8).astype(np.float32) - 128.0) / 128.0
    elif encoding == _FLOAT and bits in (32, 64):
        values = np.frombuffer(raw, "<f4" if bits == 32 else "<f8").astype(np.float32)
    else:
        raise InputError(
            f"unsupported WAV encoding (format {encoding}, {bits} bits)",
            fix="convert it to 16-bit PCM, e.g. ffmpeg -i in.wav -c:a pcm_s16le out.wav",
        )
    return values.reshape(-1, channels), rate


#: Frames converted at once (small buffers, reused, instead of whole-signal temporaries).
_CHUNK = 1 << 16


def pcm16(samples: npt.NDArray[np.float64]) -> npt.NDArray[np.int16]:
    """Float samples (−1..1) as 16-bit integers, as a WAV holds them: × 32767, rounded
    half to even, clipped."""
    out = np.empty(samples.shape, dtype="<i2")
    for start in range(0, samples.shape[0], _CHUNK):
        scaled = np.multiply(samples[start : start + _CHUNK], 32767.0, dtype=np.float64)
        np.rint(scaled, out=scaled)
        np.clip(scaled, -32768.0, 32767.0, out=scaled)
        out[start : start + _CHUNK] = scaled
    return out


def as_pcm16(samples: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """``samples`` as they come back from a 16-bit WAV (:func:`write_wav`, then
    :func:`read_wav`), in place: the same values, without the bytes in between."""
    for start in range(0, samples.shape[0], _CHUNK):
        block = samples[start : start + _CHUNK]
        np.multiply(block, 32767.0, out=block)
        np.rint(block, out=block)
        np.clip(block, -32768.0, 32767.0, out=block)
        block /= 32768.0  # exact: a 16-bit value over 2¹⁵ is a float32 too
    return samples


def write_wav(samples: npt.ArrayLike, rate: int) -> bytes:
    """Encode float samples ([frames] or [frames, channels], −1..1) as 16-bit PCM WAV.

    Values outside −1..1 are clipped; callers that care keep their own headroom.
    """
    array = np.asarray(samples, dtype=np.float64)
    if array.ndim == 1:
        array = array[:, None]
    if array.ndim != 2 or array.shape[1] < 1:
        raise ValueError(f"samples must be [frames] or [frames, channels], got {array.shape}")
    channels = array.shape[1]
    pcm = pcm16(array).tobytes()
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + len(pcm),
        b"WAVE",
        b"fmt ",
        16,
        _PCM,
        channels,
        rate,
        rate * channels * 2,
        channels * 2,
        16,
        b"data",
        len(pcm),
    )
    return header + pcm


def duration_ms(data: bytes) -> int:
    """Length of WAV bytes in integer milliseconds (read from the header, no decoding)."""
    chunks = _chunks(data)
    _, channels, rate, bits = _format(data, chunks)
    frame = max(1, bits // 8) * channels
    frames = chunks[b"data"][1] // frame
    return round(frames * 1000 / rate)


def resample(samples: npt.ArrayLike, rate_in: int, rate_out: int) -> Samples:
    """Resample [frames] or [frames, channels] from ``rate_in`` to ``rate_out``: FFmpeg's
    libswresample (through PyAV, already loaded for video), channel by channel;
    ceil(frames × rate_out / rate_in) frames, aligned to the input's start."""
    import av  # FFmpeg's libraries; no scipy (its import alone cost a mix ≈ 0.9 s of CPU)

    array = np.asarray(samples, dtype=np.float32)
    if rate_in == rate_out or array.shape[0] == 0:
        return array.copy()
    want = -(-array.shape[0] * rate_out // rate_in)
    columns = array.reshape(array.shape[0], -1)
    out = np.zeros((want, columns.shape[1]), dtype=np.float32)
    for channel in range(columns.shape[1]):
        resampler = av.AudioResampler(format="flt", layout="mono", rate=rate_out)
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(columns[None, :, channel]), format="fltp", layout="mono")
        frame.sample_rate, frame.pts = rate_in, 0
        pieces = [f.to_ndarray().reshape(-1) for f in resampler.resample(frame)]
        pieces += [f.to_ndarray().reshape(-1) for f in resampler.resample(None)]
        done = np.concatenate(pieces)[:want] if pieces else np.zeros(0, np.float32)
        out[: done.shape[0], channel] = done
    return out.reshape((want, *array.shape[1:]))


def _as_layout(samples: Samples, rate: int, rate_out: int, channels: int) -> Samples:
    """Samples at ``rate_out`` with ``channels`` channels (mono is copied to every side)."""
    out = resample(samples, rate, rate_out)
    if out.shape[1] == channels:
        return out
    mono = out.mean(axis=1, keepdims=True)
    return np.repeat(mono, channels, axis=1)


def db_gain(value: float) -> float:
    """The linear gain of ``value`` dB."""
    return 10.0 ** (value / 20.0)


# --- dubbing ---------------------------------------------------------------------------


def stretch(wav: bytes, tempo: float) -> bytes:
    """``wav`` played ``tempo`` times faster at the same pitch (ffmpeg's atempo, WSOLA);
    the result is ``round(length / tempo)`` long to the sample."""
    import subprocess
    import tempfile
    from pathlib import Path

    from microdrama.media.ffmpeg import ffmpeg_command

    if tempo == 1.0:
        return wav
    samples, rate = read_wav(wav)
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "in.wav", Path(tmp) / "out.wav"
        source.write_bytes(wav)
        command = ffmpeg_command(["-y", "-i", str(source), "-filter:a", f"atempo={tempo:.4f}",
                                  "-c:a", "pcm_s16le", str(out)])
        subprocess.run(command, capture_output=True, check=True)
        faster, _rate = read_wav(out.read_bytes())
    want = round(samples.shape[0] / tempo)
    if faster.shape[0] >= want:
        faster = faster[:want]
    else:
        pad = np.zeros((want - faster.shape[0], *faster.shape[1:]), dtype=faster.dtype)
        faster = np.concatenate([faster, pad])
    return write_wav(faster, rate)
