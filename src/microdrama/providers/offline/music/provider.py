"""The embedded offline composer: a synthesised music bed per mood, in numpy.

Each mood has a key, a tempo, chord progressions and an arrangement (soft pad,
bass, plucked arpeggio or bells, light percussion). The composer renders one loop
of a few bars with every note tail and the reverb wrapped around its end, so the
loop tiles without a seam for any duration; the bed then fades in and out.
The seed picks the progression, the arpeggio figure and the small random details,
so the same request always gives the same bytes. Output: 48 kHz stereo 16-bit WAV.

Timbres are sine-based (additive pads with soft harmonic roll-off, decaying
partials for plucks and bells) and sit low under dialogue: no square waves.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

from microdrama.errors import ProviderError
from microdrama.media.audio import write_wav
from microdrama.providers.base import MusicRequest, ProviderConfig

PROVIDER = "offline"
MODEL = "synth"
RATE = 48000
#: Level of a bed (RMS) and its peak ceiling; the mixer sets the final balance.
BED_RMS_DBFS = -20.0
BED_PEAK_DBFS = -3.0
FADE_IN_S, FADE_OUT_S = 1.5, 2.5

Float = npt.NDArray[np.float64]

MAJOR = (0, 2, 4, 5, 7, 9, 11)
MINOR = (0, 2, 3, 5, 7, 8, 10)
HARMONIC_MINOR = (0, 2, 3, 5, 7, 8, 11)
PHRYGIAN = (0, 1, 3, 5, 7, 8, 10)


@dataclass(frozen=True)
class Mood:
    """How a mood sounds. Progressions are scale degrees (0 = tonic), one per chord."""

    tonic: int  # MIDI note of the tonic, in the pad's octave
    scale: tuple[int, ...]
    bpm: float
    progressions: tuple[tuple[int, ...], ...]
    beats_per_chord: int
    sevenths: bool  # add the chord's seventh for colour
    pad_attack: float  # seconds
    brightness: float  # harmonic roll-off exponent: lower is brighter
    tremolo: float  # pad amplitude pulsing on sixteenths, 0..1
    bass: str  # "held", "pulse" (eighths), "quarters", "heartbeat"
    arp: str  # "none", "pluck8", "pluck4", "bells"
    drums: str  # "none", "heartbeat", "march", "sparse", "brush"
    reverb_s: float
    levels: tuple[float, float, float, float]  # pad, bass, arp, drums


# Fields in order: tonic, scale, bpm, progressions, beats per chord, sevenths, pad attack,
# brightness, tremolo, bass, arpeggio, drums, reverb seconds, levels (pad, bass, arp, drums).
# fmt: off
MOODS: dict[str, Mood] = {
    "tense": Mood(50, HARMONIC_MINOR, 96, ((0, 0, 5, 4), (0, 5, 3, 4), (0, 3, 0, 4)), 4, False,
                  0.3, 1.6, 0.5, "pulse", "none", "heartbeat", 1.6, (0.8, 0.7, 0.0, 0.7)),
    "sad": Mood(57, MINOR, 66, ((0, 5, 2, 6), (0, 3, 5, 4), (0, 5, 3, 4)), 4, True,
                0.9, 2.2, 0.0, "held", "pluck8", "none", 2.4, (0.7, 0.5, 0.55, 0.0)),
    "romantic": Mood(53, MAJOR, 72, ((0, 5, 3, 4), (0, 2, 3, 4), (3, 4, 2, 5)), 4, True,
                     0.8, 2.0, 0.0, "held", "pluck8", "none", 2.2, (0.75, 0.5, 0.5, 0.0)),
    "triumphant": Mood(48, MAJOR, 108, ((0, 3, 4, 0), (5, 6, 0, 0), (0, 4, 5, 3)), 4, False,
                       0.25, 1.3, 0.0, "quarters", "pluck4", "march", 1.8, (0.85, 0.7, 0.4, 0.6)),
    "mysterious": Mood(52, PHRYGIAN, 76, ((0, 1, 0, 6), (0, 5, 1, 0), (0, 3, 1, 6)), 4, True,
                       1.2, 1.9, 0.0, "held", "bells", "sparse", 3.0, (0.7, 0.6, 0.5, 0.5)),
    "calm": Mood(55, MAJOR, 76, ((0, 3, 0, 4), (0, 5, 3, 4), (0, 3, 5, 4)), 4, True,
                 1.0, 2.3, 0.0, "held", "pluck4", "none", 2.0, (0.75, 0.45, 0.4, 0.0)),
}
# fmt: on

#: Arpeggio figures: (sixteenth within the chord, index into the chord's tones).
FIGURES = {
    "pluck8": (
        ((0, 0), (2, 1), (4, 2), (6, 3), (8, 2), (10, 1), (12, 2), (14, 3)),
        ((0, 0), (2, 2), (4, 1), (6, 3), (8, 0), (10, 2), (12, 3), (14, 1)),
    ),
    "pluck4": (
        ((0, 0), (4, 1), (8, 2), (12, 3)),
        ((0, 0), (4, 2), (8, 1), (12, 3)),
        ((0, 3), (4, 2), (8, 1), (12, 2)),
    ),
}


def _hz(note: float) -> float:
    return 440.0 * 2.0 ** ((note - 69) / 12)


def _chord(mood: Mood, degree: int) -> list[int]:
    """MIDI notes of the chord on ``degree``: root, third, fifth (and seventh)."""
    steps = (0, 2, 4, 6) if mood.sevenths else (0, 2, 4)
    notes = []
    for step in steps:
        index = degree + step
        octave, position = divmod(index, len(mood.scale))
        notes.append(mood.tonic + mood.scale[position] + 12 * octave)
    # Keep the pad in one register: fold notes above the tonic's octave + a fifth down.
    return sorted(note - 12 if note > mood.tonic + 16 else note for note in notes)


class _Loop:
    """A stereo buffer whose writes wrap around its end (the seamless loop)."""

    def __init__(self, frames: int) -> None:
        self.frames = frames
        self.data = np.zeros((frames, 2))

    def add(self, start: float, sound: Float, pan: float = 0.0) -> None:
        """Mix mono ``sound`` at ``start`` seconds, panned −1 (left) .. 1 (right)."""
        if sound.ndim == 1:
            angle = (pan + 1.0) * math.pi / 4
            sound = np.stack([sound * math.cos(angle), sound * math.sin(angle)], axis=1)
        self.add_stereo(start, sound)

    def add_stereo(self, start: float, sound: Float) -> None:
        """Mix a stereo ``sound`` at ``start`` seconds, wrapping past the loop end."""
        position = round(start * RATE) % self.frames
        offset = 0
        while offset < sound.shape[0]:
            count = min(self.frames - position, sound.shape[0] - offset)
            self.data[position : position + count] += sound[offset : offset + count]
            offset += count
            position = 0


def _envelope(frames: int, attack: float, release: float) -> Float:
    """Rise over ``attack`` s, hold, fall over ``release`` s (raised-cosine ends)."""
    env = np.ones(frames)
    rise = min(frames, max(1, round(attack * RATE)))
    fall = min(frames - rise, max(1, round(release * RATE)))
    env[:rise] = 0.5 - 0.5 * np.cos(np.pi * np.arange(rise) / rise)
    if fall > 0:
        env[frames - fall :] *= 0.5 + 0.5 * np.cos(np.pi * np.arange(fall) / fall)
    return env


def _pad_table(brightness: float, size: int = 8192) -> Float:
    """One period of a soft additive wave: harmonics fall as 1/n^brightness."""
    phase = np.arange(size) / size
    wave = sum(np.sin(2 * np.pi * n * phase) / n**brightness for n in range(1, 9))
    table = np.asarray(wave, dtype=np.float64)
    return table / float(np.max(np.abs(table)))


def _pad_chord(
    table: Float, notes: list[int], seconds: float, attack: float, rng: np.random.Generator
) -> Float:
    """A sustained chord, stereo: each note twice, detuned a few cents apart, one per side.

    A shared slow vibrato (integrated, so the phase stays continuous) keeps it alive.
    """
    frames = round(seconds * RATE)
    t = np.arange(frames) / RATE
    rate, depth = 4.8, 0.0015
    warped = t - depth / (2 * np.pi * rate) * (np.cos(2 * np.pi * rate * t) - 1.0)
    envelope = _envelope(frames, attack, min(1.2, seconds / 2))
    out = np.zeros((frames, 2))
    for order, note in enumerate(notes):
        spread = 0.4 + 0.2 * order / max(1, len(notes) - 1)
        for side, detune in ((0, -0.06), (1, 0.06)):
            cycles = float(rng.uniform()) + _hz(note + detune) * warped
            voice = table[((cycles % 1.0) * table.size).astype(np.int64)]
            # Mostly on its side, a little on the other: width without holes.
            out[:, side] += voice * (0.5 + spread / 2)
            out[:, 1 - side] += voice * (0.5 - spread / 2)
    out *= envelope[:, None]
    return out


@cache
def _pluck(note: int, seconds: float = 1.6) -> Float:
    """A harp/piano-like tone: partials that die away faster the higher they are.

    Cached per note (a loop repeats its notes); callers scale copies, never write to it.
    """
    freq = _hz(note)
    frames = round(seconds * RATE)
    t = np.arange(frames) / RATE
    tone = np.zeros(frames)
    for n, amp in ((1, 1.0), (2, 0.45), (3, 0.2), (4, 0.1)):
        if freq * n > 9000:
            break
        tone += amp * np.sin(2 * np.pi * freq * n * t + 0.1 * n) * np.exp(-t * (1.8 + 1.4 * n))
    onset = min(frames, round(0.004 * RATE))
    tone[:onset] *= np.linspace(0.0, 1.0, onset)
    tone *= _envelope(frames, 0.0, min(0.3, seconds / 3))
    tone.setflags(write=False)
    return tone


def _bell(freq: float, seconds: float) -> Float:
    """A soft bell: inharmonic partials, long decay."""
    frames = round(seconds * RATE)
    t = np.arange(frames) / RATE
    tone = np.zeros(frames)
    for ratio, amp, decay in ((1.0, 1.0, 0.9), (2.76, 0.35, 2.2), (5.4, 0.12, 4.0)):
        tone += amp * np.sin(2 * np.pi * freq * ratio * t) * np.exp(-t * decay)
    return tone * _envelope(frames, 0.003, 0.4)


def _bass(freq: float, seconds: float, short: bool) -> Float:
    """A round bass note: a sine with a touch of second and third harmonic."""
    frames = round(seconds * RATE)
    t = np.arange(frames) / RATE
    tone = np.sin(2 * np.pi * freq * t) + 0.25 * np.sin(4 * np.pi * freq * t)
    tone += 0.08 * np.sin(6 * np.pi * freq * t)
    if short:
        return tone * np.exp(-t * 5.0) * _envelope(frames, 0.006, 0.05)
    return tone * _envelope(frames, 0.05, min(0.6, seconds / 3))


def _kick(level: float) -> Float:
    """A soft kick: a sine sweeping down from 110 to 45 Hz."""
    t = np.arange(round(0.45 * RATE)) / RATE
    freq = 45 + 65 * np.exp(-t * 30)
    phase = 2 * np.pi * np.cumsum(freq) / RATE
    return level * np.sin(phase) * np.exp(-t * 9) * _envelope(t.size, 0.002, 0.05)


def _noise_hit(rng: np.random.Generator, seconds: float, decay: float, smooth: int) -> Float:
    """Filtered noise with an exponential decay (snare, shaker, brush)."""
    frames = round(seconds * RATE)
    noise = rng.standard_normal(frames + smooth)
    # A short moving average, subtracted from the noise: a gentle high-pass.
    kernel = np.full(smooth, 1.0 / smooth)
    high = noise[smooth:] - np.convolve(noise, kernel, mode="valid")[1:]
    t = np.arange(frames) / RATE
    return np.asarray(high * np.exp(-t * decay) * _envelope(frames, 0.001, 0.02))


def _tom(freq: float, level: float) -> Float:
    """A low, soft tom (timpani-like in a big reverb)."""
    t = np.arange(round(0.9 * RATE)) / RATE
    glide = freq * (1 + 0.15 * np.exp(-t * 20))
    return level * np.sin(2 * np.pi * np.cumsum(glide) / RATE) * np.exp(-t * 4.5)


def _reverb(dry: Float, seconds: float, rng: np.random.Generator) -> Float:
    """Circular convolution with decaying stereo noise: a room whose tail wraps the loop.

    The convolution is numpy's FFT, not scipy.signal's: importing scipy.signal costs a
    worker process about 1.2 s of CPU, more than the whole piece takes to compose."""
    frames = dry.shape[0]
    length = min(frames, round(seconds * RATE))
    t = np.arange(length) / RATE
    decay = np.exp(-6.9 * t / seconds)  # −60 dB at `seconds`
    predelay = round(0.02 * RATE)
    wet = np.empty_like(dry)
    for channel in range(2):
        response = rng.standard_normal(length) * decay
        # Darken the tail: average neighbouring samples (a soft low-pass).
        response = np.convolve(response, np.full(6, 1 / 6), mode="same")
        response[:predelay] = 0.0
        response /= math.sqrt(float(np.sum(response * response)))
        size = frames + length - 1
        fast = _fast_size(size)
        full = np.fft.irfft(np.fft.rfft(dry[:, channel], fast) * np.fft.rfft(response, fast),
                            fast)[:size]
        wet[:, channel] = full[:frames]
        wet[: full.size - frames, channel] += full[frames:]  # the tail wraps to the start
    return wet


def _fast_size(n: int) -> int:
    """The smallest 2·3·5-smooth length ≥ ``n`` (where the FFT is quickest)."""
    best = 1 << max(0, (n - 1).bit_length())
    five = 1
    while five < best:
        three = five
        while three < best:
            size = three
            while size < n:
                size *= 2
            best = min(best, size)
            three *= 3
        five *= 5
    return best


def mood_name(mood: str) -> str:
    """The mood the composer plays for ``mood``: unknown moods are calm."""
    name = mood.strip().lower()
    return name if name in MOODS else "calm"


def _random(mood: str, seed: int) -> np.random.Generator:
    """A generator fixed by mood and seed (stable across machines, unlike hash())."""
    key = f"{mood}:{seed}".encode()
    return np.random.default_rng(int.from_bytes(hashlib.blake2b(key, digest_size=8).digest()))


def render_loop(requested: str, seed: int) -> Float:
    """One seamless loop of the mood (stereo float), before level and fades."""
    name = mood_name(requested)
    mood = MOODS[name]
    rng = _random(name, seed)
    progression = mood.progressions[int(rng.integers(len(mood.progressions)))]
    beat = 60.0 / mood.bpm
    chord_seconds = beat * mood.beats_per_chord
    # Two passes of the progression make a loop long enough not to sound like one.
    chords = list(progression) * 2
    loop = _Loop(round(chord_seconds * len(chords) * RATE))
    pad_level, bass_level, arp_level, drum_level = mood.levels
    table = _pad_table(mood.brightness)
    figures = FIGURES.get(mood.arp, ((),))
    figure = figures[int(rng.integers(len(figures)))]
    sixteenth = beat / 4
    for index, degree in enumerate(chords):
        start = index * chord_seconds
        notes = _chord(mood, degree)
        hold = chord_seconds + 1.2  # overlap into the next chord: legato pads
        pad = _pad_chord(table, notes, hold, mood.pad_attack, rng)
        if mood.tremolo:
            t = np.arange(pad.shape[0]) / RATE
            pad *= (1 - mood.tremolo * (0.5 + 0.5 * np.cos(2 * np.pi * t / sixteenth)))[:, None]
        loop.add_stereo(start, pad * pad_level * 0.16)
        root = notes[0] - 24 if notes[0] - 24 >= 33 else notes[0] - 12
        bass_hz = _hz(root)
        if mood.bass == "held":
            loop.add(start, _bass(bass_hz, chord_seconds + 0.4, False) * bass_level * 0.35)
        elif mood.bass == "quarters":
            for step in range(mood.beats_per_chord):
                loop.add(start + step * beat, _bass(bass_hz, beat, True) * bass_level * 0.45)
        elif mood.bass == "pulse":
            for step in range(mood.beats_per_chord * 2):
                accent = 1.0 if step % 2 == 0 else 0.7
                loop.add(
                    start + step * beat / 2,
                    _bass(bass_hz, beat / 2, True) * bass_level * 0.42 * accent,
                )
        if mood.arp in FIGURES:
            tones = [note + 12 for note in notes] + [notes[0] + 24]
            for position, tone_index in figure:
                tone = tones[tone_index % len(tones)]
                velocity = 0.8 + 0.2 * float(rng.uniform())
                loop.add(
                    start + position * sixteenth,
                    _pluck(tone) * (arp_level * 0.22 * velocity),
                    float(rng.uniform(-0.5, 0.5)),
                )
        elif mood.arp == "bells":
            for _ in range(2):
                if rng.uniform() < 0.8:
                    tone = notes[int(rng.integers(len(notes)))] + 24
                    at = start + sixteenth * int(rng.integers(16))
                    loop.add(
                        at, _bell(_hz(tone), 3.0) * arp_level * 0.14, float(rng.uniform(-0.7, 0.7))
                    )
        _drums(loop, mood, start, beat, drum_level, rng)
    dry = loop.data
    return dry + 0.35 * _reverb(dry, mood.reverb_s, rng)


def _drums(
    loop: _Loop, mood: Mood, start: float, beat: float, level: float, rng: np.random.Generator
) -> None:
    """The percussion for one chord's worth of beats."""
    if mood.drums == "none" or level == 0:
        return
    for step in range(mood.beats_per_chord):
        at = start + step * beat
        if mood.drums == "heartbeat":
            if step % 2 == 0:
                loop.add(at, _kick(0.5 * level))
                loop.add(at + beat * 0.28, _kick(0.32 * level))
            tick = _noise_hit(rng, 0.05, 60, 3) * 0.035 * level
            loop.add(at + beat / 2, tick, 0.3)
        elif mood.drums == "march":
            if step % 2 == 0:
                loop.add(at, _kick(0.55 * level))
            else:
                snare = _noise_hit(rng, 0.25, 18, 4) * 0.07 + _tom(190, 0.12)[: round(0.25 * RATE)]
                loop.add(at, snare * level, -0.1)
            loop.add(at + beat / 2, _noise_hit(rng, 0.06, 50, 2) * 0.03 * level, 0.35)
        elif mood.drums == "sparse" and step == 0 and rng.uniform() < 0.7:
            loop.add(at, _tom(_hz(mood.tonic - 24), 0.35 * level), -0.2)


def _fades(frames: int) -> Float:
    """Fade in and out, shortened for short beds."""
    total = frames / RATE
    return _envelope(frames, min(FADE_IN_S, total * 0.2), min(FADE_OUT_S, total * 0.3))


def compose(request: MusicRequest) -> bytes:
    """Compose the bed for ``request``: WAV, 48 kHz stereo 16-bit, exactly its duration."""
    loop = render_loop(request.mood, request.seed)
    rms = float(np.sqrt(np.mean(loop * loop)))
    if rms > 0:
        loop *= 10 ** (BED_RMS_DBFS / 20) / rms
    peak = float(np.max(np.abs(loop)))
    if peak > 10 ** (BED_PEAK_DBFS / 20):
        loop *= 10 ** (BED_PEAK_DBFS / 20) / peak
    frames = round(request.duration_ms * RATE / 1000)
    repeats = -(-frames // loop.shape[0])
    bed = np.tile(loop, (repeats, 1))[:frames]
    return write_wav(bed * _fades(frames)[:, None], RATE)


class OfflineMusic:
    """Music beds that run anywhere: synthesised per mood, seamless, deterministic."""

    id = PROVIDER

    def __init__(self, model: str | None = None, config: ProviderConfig | None = None) -> None:
        if model not in (None, "", MODEL):
            raise ProviderError(
                f"unknown offline music model {model!r}; the only one is {MODEL!r}",
                provider=PROVIDER,
                model=model,
            )
        self.model = MODEL

    async def compose(self, request: MusicRequest) -> bytes:
        """A bed for the mood (unknown moods get the calm bed)."""
        return await asyncio.to_thread(compose, request)
