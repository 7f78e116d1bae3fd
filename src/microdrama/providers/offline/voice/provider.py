"""The embedded offline voice: espeak-ng from the espeakng-loader wheel, through ctypes.

Every character gets one consistent voice: the bible's ``Voice`` picks the espeak
variant (formants: who it sounds like) from the gender and a stable hash of the
speaker id, the base pitch in Hz from ``Voice.pitch`` (compensating for the
variant's own pitch), the speed from ``Voice.rate``; the line's emotion nudges
pitch, speed, intonation range and level. Chinese speaks with voice ``cmn``
(correct Mandarin in espeak-ng 1.52), English with ``en-us``.

Output: 16-bit PCM mono WAV at the engine's native 22 050 Hz.

espeak-ng keeps synthesis state in C globals (pitch flutter phase, gain control,
noise generator), so the same line spoken twice in one process differs slightly.
Each request therefore runs on a freshly loaded private copy of the library (load,
initialise, speak, unload: well under a millisecond of overhead), under a lock
because the library is not thread-safe. That makes output byte-identical per request.
"""

from __future__ import annotations

import _ctypes
import asyncio
import ctypes
import hashlib
import math
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from microdrama.domain import Voice
from microdrama.errors import ProviderError
from microdrama.formats.locales import locale_facts
from microdrama.media.audio import write_wav
from microdrama.providers.base import ProviderConfig, SpeechRequest
from microdrama.providers.offline.voice.prosody import EMOTIONS, espeak_rate

PROVIDER = "offline"
MODEL = "espeak-ng"

# espeak-ng C API constants (speak_lib.h).
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_RATE, _VOLUME, _PITCH, _RANGE = 1, 2, 3, 4

LANGUAGE_VOICES = {"zh": "cmn", "en": "en-us"}
#: Variants per gender (voices/!v in the data): each has its own formants.
VARIANTS = {
    "female": ("f1", "f2", "f3", "f4", "f5"),
    "male": ("m1", "m2", "m3", "m4", "m5", "m6", "m7"),
}
#: Median speaking pitch in Hz for Voice.pitch 0 → 100 (typical f0 ranges).
MEDIAN_PITCH_HZ = {"female": (165.0, 255.0), "male": (85.0, 150.0)}
#: Where a line's median pitch sits within a variant's intonation range (base + k ×
#: range), measured on espeak-ng 1.52 over all f/m variants.
CONTOUR_SHARE = {"zh": 0.4, "en": 0.65}
#: Intonation range allowed per language: Mandarin tones flatten below ~40.
RANGE_LIMITS = {"zh": (40, 75), "en": (20, 85)}
#: Active speech level of a line; the emotion adds its own gain on top.
LINE_RMS_DBFS = -18.0
PEAK_CEILING_DBFS = -1.0
#: Kept around each line so onsets and releases are not clipped.
LEAD_MS, TAIL_MS = 40, 120
#: A line with nothing to say becomes a pause this long.
PAUSE_MS = 400
#: espeak-ng's native output rate (what espeak_Initialize reports).
NATIVE_RATE = 22050


@dataclass(frozen=True)
class VoiceSettings:
    """What espeak is told for one line."""

    name: str
    rate: int
    pitch: int
    range: int
    gain_db: float


def _stable_index(key: str, count: int) -> int:
    """The same index for the same key on every machine and run (unlike hash())."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count


@cache
def _variant_pitch_hz(data_path: str, variant: str) -> tuple[float, float]:
    """The variant's own pitch line: (base, top of its intonation range) in Hz."""
    default = (82.0, 118.0)  # espeak's default voice
    try:
        text = (Path(data_path) / "voices" / "!v" / variant).read_text("latin-1")
    except OSError:
        return default
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0] == "pitch":
            return float(parts[1]), float(parts[2])
    return default


def espeak_voice(request: SpeechRequest) -> str:
    """The espeak-ng voice of the request's text: the locale pack's for a dub."""
    if request.locale:
        return locale_facts(request.locale, request.language).voice
    return LANGUAGE_VOICES[request.language]


def voice_settings(request: SpeechRequest, data_path: str) -> VoiceSettings:
    """Map the character's Voice and the line's emotion to espeak settings."""
    voice: Voice = request.voice
    emotion = EMOTIONS[request.emotion]
    variants = VARIANTS[voice.gender]
    variant = variants[_stable_index(f"{voice.gender}:{request.speaker}", len(variants))]
    low, high = MEDIAN_PITCH_HZ[voice.gender]
    target_hz = (low + (high - low) * voice.pitch / 100.0) * 2.0 ** (emotion.semitones / 12.0)
    lowest, highest = RANGE_LIMITS[request.language]
    contour = min(highest, max(lowest, emotion.range))
    # espeak scales the variant's base (not its range) by 2^((p − 50) / 50): solve for the
    # base that puts the median on target at the neutral range. An emotion's wider or
    # narrower range then moves the median further, on top of its semitones.
    base, top = _variant_pitch_hz(data_path, variant)
    above = CONTOUR_SHARE[request.language] * (top - base)
    pitch = 50.0 + 50.0 * math.log2(max(target_hz - above, 1.0) / base)
    rate = espeak_rate(request.language, voice.rate, request.emotion)
    return VoiceSettings(
        name=f"{espeak_voice(request)}+{variant}",
        rate=round(rate),
        pitch=min(100, max(0, round(pitch))),
        range=contour,
        gain_db=emotion.gain_db,
    )


_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)


class _Espeak:
    """Loads espeak-ng fresh for each utterance (see the module docstring)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.library_path: str | None = None
        #: Where the private copy of the library lives (the project's work folder).
        self.folder: str | None = None
        self.data_path = ""
        self._chunks: list[npt.NDArray[np.int16]] = []
        self._callback = _CALLBACK(self._collect)

    def _collect(self, wav: ctypes._Pointer[ctypes.c_short], count: int, _events: int) -> int:
        if count > 0 and wav:
            self._chunks.append(np.ctypeslib.as_array(wav, shape=(count,)).copy())
        return 0

    def _locate(self) -> None:
        """Find the wheel's library and data; copy the library to a private file."""
        if self.library_path is not None:
            return
        try:
            import espeakng_loader

            original = espeakng_loader.get_library_path()
            self.data_path = espeakng_loader.get_data_path()
        except (ImportError, RuntimeError) as error:
            raise ProviderError(
                f"espeak-ng is not available ({error}); install it with "
                "`pip install espeakng-loader`",
                provider=PROVIDER,
                model=MODEL,
            ) from error
        # A private copy can be unloaded even if something else in the process holds
        # the wheel's library open, and it never shares that copy's state. The copy is
        # named by the library's content and kept in the project's work folder (or, with
        # no project, the temp folder): one file, reused by every process and build, so
        # nothing piles up (worker processes end without running atexit hooks).
        try:
            digest = hashlib.sha256(Path(original).read_bytes()).hexdigest()[:16]
            folder = Path(self.folder or tempfile.gettempdir())
            folder.mkdir(parents=True, exist_ok=True)
            private = folder / f"libespeak-ng-{digest}.so"
            if not private.is_file():
                partial = folder / f".{private.name}.{os.getpid()}.part"
                shutil.copyfile(original, partial)
                os.replace(partial, private)  # whole or not at all, whoever wins
            _ctypes.dlclose(ctypes.CDLL(str(private), mode=os.RTLD_LOCAL)._handle)
            self.library_path = str(private)
        except OSError:
            self.library_path = original  # e.g. a folder mounted noexec

    def speak(self, text: str, settings: VoiceSettings) -> tuple[npt.NDArray[np.int16], int]:
        """Synthesize ``text``; returns (int16 samples, sample rate)."""
        with self.lock:
            self._locate()
            assert self.library_path is not None
            try:
                library = ctypes.CDLL(self.library_path, mode=os.RTLD_LOCAL)
            except OSError as error:
                raise ProviderError(
                    f"cannot load the espeak-ng library {self.library_path}: {error}; "
                    "reinstall it with `pip install --force-reinstall espeakng-loader`",
                    provider=PROVIDER,
                    model=MODEL,
                ) from error
            try:
                return self._run(library, text, settings)
            finally:
                handle = library._handle
                del library
                _ctypes.dlclose(handle)

    def _run(
        self, library: ctypes.CDLL, text: str, settings: VoiceSettings
    ) -> tuple[npt.NDArray[np.int16], int]:
        library.espeak_Initialize.argtypes = [
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_char_p,
            ctypes.c_int,
        ]
        library.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        library.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        library.espeak_ng_SetRandSeed.argtypes = [ctypes.c_long]
        library.espeak_Synth.argtypes = [
            ctypes.c_void_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        rate = library.espeak_Initialize(
            _AUDIO_OUTPUT_SYNCHRONOUS, 0, self.data_path.encode(), _INITIALIZE_DONT_EXIT
        )
        if rate <= 0:
            raise ProviderError(
                f"espeak-ng could not start with its data at {self.data_path}; "
                "reinstall it with `pip install --force-reinstall espeakng-loader`",
                provider=PROVIDER,
                model=MODEL,
                status=rate,
            )
        try:
            library.espeak_SetSynthCallback(self._callback)
            status = library.espeak_SetVoiceByName(settings.name.encode())
            if status != 0:
                raise ProviderError(
                    f"espeak-ng has no voice {settings.name!r}",
                    provider=PROVIDER,
                    model=MODEL,
                    status=status,
                )
            for parameter, value in (
                (_RATE, settings.rate),
                (_PITCH, settings.pitch),
                (_RANGE, settings.range),
                (_VOLUME, 100),
            ):
                library.espeak_SetParameter(parameter, value, 0)
            library.espeak_ng_SetRandSeed(1)
            encoded = text.encode("utf-8") + b"\0"
            self._chunks = []
            status = library.espeak_Synth(
                encoded, len(encoded), 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None
            )
            library.espeak_Synchronize()
            if status != 0:
                raise ProviderError(
                    "espeak-ng failed to speak the line",
                    provider=PROVIDER,
                    model=MODEL,
                    status=status,
                    body=text[:200],
                )
            chunks, self._chunks = self._chunks, []
            samples = np.concatenate(chunks) if chunks else np.zeros(0, np.int16)
            return samples, int(rate)
        finally:
            library.espeak_Terminate()


_ENGINE = _Espeak()


def _clean(text: str) -> str:
    """Drop control characters (espeak reads some as commands) and squeeze spaces."""
    kept = "".join(" " if ord(char) < 32 or ord(char) == 127 else char for char in text)
    return " ".join(kept.split())


def _shape(samples: npt.NDArray[np.int16], rate: int, gain_db: float) -> npt.NDArray[np.float64]:
    """Trim silence to short margins and bring the line to a steady level."""
    audio = samples.astype(np.float64) / 32768.0
    loud = np.nonzero(np.abs(audio) > 10 ** (-50 / 20))[0]
    if loud.size == 0:
        return np.zeros(round(PAUSE_MS * rate / 1000))
    first = max(0, int(loud[0]) - round(LEAD_MS * rate / 1000))
    last = min(audio.size, int(loud[-1]) + round(TAIL_MS * rate / 1000))
    audio = audio[first:last]
    # Level from the voiced 20 ms blocks only, so pauses do not pull it down.
    block = max(1, rate // 50)
    usable = audio[: audio.size - audio.size % block].reshape(-1, block)
    energy = np.sqrt(np.mean(usable * usable, axis=1)) if usable.size else np.zeros(1)
    active = energy[energy > 10 ** (-40 / 20)]
    rms = float(np.sqrt(np.mean(active * active))) if active.size else float(energy.max())
    if rms > 0:
        audio *= 10 ** ((LINE_RMS_DBFS + gain_db) / 20) / rms
    peak = float(np.max(np.abs(audio))) if audio.size else 0.0
    ceiling = 10 ** (PEAK_CEILING_DBFS / 20)
    if peak > ceiling:
        audio *= ceiling / peak
    return audio


class OfflineSpeech:
    """Speech that runs anywhere: espeak-ng, one consistent voice per character."""

    id = PROVIDER

    def __init__(self, model: str | None = None, config: ProviderConfig | None = None) -> None:
        if model not in (None, "", MODEL):
            raise ProviderError(
                f"unknown offline speech model {model!r}; the only one is {MODEL!r}",
                provider=PROVIDER,
                model=model,
            )
        self.model = MODEL
        if config is not None and config.state_dir and _ENGINE.folder is None:
            _ENGINE.folder = str(Path(config.state_dir).parent / "work" / "espeak")

    def settings(self, request: SpeechRequest) -> VoiceSettings:
        """The espeak settings this request speaks with (for logs and tests)."""
        _ENGINE._locate()
        return voice_settings(request, _ENGINE.data_path)

    def speak_sync(self, request: SpeechRequest) -> bytes:
        """Speak one line now; WAV bytes (16-bit PCM mono, 22 050 Hz)."""
        settings = self.settings(request)
        text = _clean(request.text)
        if not text:
            return write_wav(np.zeros(round(PAUSE_MS * NATIVE_RATE / 1000)), NATIVE_RATE)
        samples, rate = _ENGINE.speak(text, settings)
        return write_wav(_shape(samples, rate, settings.gain_db), rate)

    async def speak(self, request: SpeechRequest) -> bytes:
        """Speak one line (in a worker thread: synthesis is blocking C code)."""
        return await asyncio.to_thread(self.speak_sync, request)
