"""Local neural speech with Piper (piper-tts, ONNX), from voice files the user supplies.

Nothing is downloaded: each language speaks with a Piper voice model named in the
``[providers.piper]`` table, its ``.onnx.json`` config lying next to it::

    [providers.piper]
    models = { zh = "voices/zh_CN-huayan-medium.onnx", en = "/opt/en_US-libritts_r-medium.onnx" }
    # a locale's dub speaks with its own voice (models.pt-BR, else models.pt):
    # models = { …, es = "voices/es_MX-claude-high.onnx", pt = "voices/pt_BR-faber-medium.onnx" }
    speakers = { "su-wan" = 3, "lu-chen" = "p231" }     # optional, multi-speaker models
    speaker_pools = { female = [0, 3, 7], male = [1, 2] }  # optional: who may be chosen

Relative paths are resolved against the project folder. On a multi-speaker model a
character gets its ``speakers`` entry (an id or a name from the voice's speaker map),
or else a speaker chosen by a stable hash of its id and gender (from its gender's pool
when ``speaker_pools`` gives one), so it keeps one voice across every line. Voice.rate
sets the length scale; the line's emotion nudges length, noise and level.

Phonemes come from the espeak-ng data bundled in the piper-tts wheel, so espeak voices
(``phoneme_type`` "espeak", e.g. zh_CN-huayan with espeak voice ``cmn``) run offline.
Voices with ``phoneme_type`` "pinyin" need the ``piper-tts[zh]`` extra and the g2pW
model unpacked into ``g2pW/`` next to the voice (Piper would download it; we refuse).

Output: 16-bit PCM mono WAV at the voice's own sample rate. Loaded voices are kept per
process (one per model file); ONNX Runtime sessions are safe to run from many threads,
and phonemizing holds a lock per voice.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib.util
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from microdrama.domain.script import Emotion
from microdrama.errors import InputError, ProviderError
from microdrama.providers.base import ProviderConfig, SpeechRequest
from microdrama.providers.openai.compat import Price
from microdrama.providers.piper.voices import (
    SETTINGS,
    VoiceFiles,
    download_fix,
    file_sha256,
    model_paths,
    settings_error,
    voice_files,
    voice_key,
)

if TYPE_CHECKING:
    from piper import PiperVoice

PROVIDER = "piper"
#: Bump when the mapping from Voice and emotion to Piper settings changes.
TUNING_VERSION = 1
_G2PW_URL = (
    "https://huggingface.co/datasets/rhasspy/piper-checkpoints/resolve/main/"
    "zh/zh_CN/_resources/g2pw.tar.gz"
)

#: Length scale from Voice.rate: rate 0 → ×1.2 (slower), 50 → ×1, 100 → ×1/1.2.
RATE_SPAN = 1.2
#: Pause between the sentences of one line, before the length scale.
SENTENCE_PAUSE_MS = 250
#: A line with nothing to say becomes a pause this long.
PAUSE_MS = 400
LINE_RMS_DBFS = -18.0
PEAK_CEILING_DBFS = -1.0


@dataclass(frozen=True)
class Prosody:
    """How an emotion nudges Piper: length, generator noise, duration noise, level."""

    length: float = 1.0
    noise: float = 1.0
    noise_w: float = 1.0
    gain_db: float = 0.0


#: Every emotion of the canon (domain.script.Emotion) → how Piper says it.
EMOTIONS: dict[Emotion, Prosody] = {
    "neutral": Prosody(),
    "calm": Prosody(1.05, 0.9, 0.9, -1.0),
    "angry": Prosody(0.92, 1.15, 1.1, 2.0),
    "furious": Prosody(0.88, 1.2, 1.15, 3.0),
    "shocked": Prosody(0.95, 1.15, 1.2, 1.5),
    "afraid": Prosody(0.94, 1.2, 1.25, -1.0),
    "smug": Prosody(1.05, 1.0, 0.95, 0.0),
    "mocking": Prosody(1.0, 1.1, 1.1, 0.5),
    "scheming": Prosody(1.08, 0.9, 0.9, -2.0),
    "cold": Prosody(1.04, 0.8, 0.8, -1.0),
    "determined": Prosody(0.98, 0.95, 0.95, 1.0),
    "smiling": Prosody(0.98, 1.05, 1.05, 0.0),
    "tender": Prosody(1.1, 0.9, 0.95, -2.5),
    "pleading": Prosody(1.04, 1.15, 1.2, -0.5),
    "sad": Prosody(1.14, 0.85, 0.9, -3.0),
    "crying": Prosody(1.18, 1.2, 1.3, -2.0),
}


# --- settings and files ------------------------------------------------------------------


# --- loaded voices -----------------------------------------------------------------------


@dataclass
class _Loaded:
    voice: PiperVoice
    lock: threading.Lock


_LOADED: dict[tuple[str, str, str], _Loaded] = {}
_LOAD_LOCK = threading.Lock()


def _check_pinyin(files: VoiceFiles) -> None:
    """Pinyin voices phonemize with g2pW; make sure Piper will not try to download it."""
    missing = [name for name in ("sentence_stream", "unicode_rbnf")
               if importlib.util.find_spec(name) is None]
    if missing:
        raise settings_error(
            f"models.{files.language}",
            f"the voice {files.model.name} phonemizes with g2pW, which needs "
            f"{', '.join(missing)}",
            'install the Chinese extra: pip install "piper-tts[zh]"; or use an espeak '
            "voice such as zh_CN-huayan-medium",
        )
    g2pw = files.model.parent / "g2pW"
    if not (g2pw / "g2pw.onnx").is_file():
        raise settings_error(
            f"models.{files.language}",
            f"the voice {files.model.name} needs the g2pW model, not found in {g2pw}",
            f"download {_G2PW_URL} and unpack it into {g2pw}",
        )


def _load(files: VoiceFiles) -> _Loaded:
    """The process's loaded voice for these files (loads it once)."""
    key = (str(files.model), files.model_sha256, files.config_sha256)
    with _LOAD_LOCK:
        loaded = _LOADED.get(key)
        if loaded is not None:
            return loaded
        try:
            from piper import PiperVoice
        except ImportError as error:
            raise InputError(
                f"the Piper engine is not installed ({error})", where=f"{SETTINGS}",
                fix='pip install "piper-tts>=1.3"',
            ) from error
        if files.settings.get("phoneme_type") == "pinyin":
            _check_pinyin(files)
        try:
            voice = PiperVoice.load(
                files.model, config_path=files.config, download_dir=files.model.parent
            )
        except (KeyError, TypeError, ValueError) as error:
            raise settings_error(
                f"models.{files.language}",
                f"{files.config} is not a usable Piper voice config ({type(error).__name__}: "
                f"{error})",
                download_fix(files.language),
            ) from error
        except Exception as error:  # onnxruntime raises its own types for bad models
            raise settings_error(
                f"models.{files.language}",
                f"{files.model} is not a usable ONNX voice model ({error})",
                download_fix(files.language),
            ) from error
        loaded = _LOADED[key] = _Loaded(voice, threading.Lock())
        return loaded


# --- choices -----------------------------------------------------------------------------


def _stable_index(key: str, count: int) -> int:
    """The same index for the same key on every machine and run (unlike hash())."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count


def _speaker_id(value: Any, names: Mapping[str, int], count: int, key: str) -> int:
    if type(value) is int and 0 <= value < count:
        return value
    if isinstance(value, str) and value in names:
        return int(names[value])
    known = f"; names: {', '.join(sorted(names)[:12])}…" if names else ""
    raise settings_error(key, f"speaker {value!r} is not in this voice",
                f"use a speaker id from 0 to {count - 1}{known}")


def speaker_for(request: SpeechRequest, settings: Mapping[str, Any],
                count: int, names: Mapping[str, int]) -> int | None:
    """The speaker id of this line's character on a voice with ``count`` speakers."""
    if count <= 1:
        return None
    chosen = settings.get("speakers", {})
    if not isinstance(chosen, Mapping):
        raise settings_error("speakers", "speakers must map character ids to speaker ids",
                    'write speakers = { "su-wan" = 3 }')
    if request.speaker in chosen:
        return _speaker_id(chosen[request.speaker], names, count,
                           f"speakers.{request.speaker}")
    pools = settings.get("speaker_pools", {})
    if not isinstance(pools, Mapping):
        raise settings_error("speaker_pools", "speaker_pools must be a table of lists by gender",
                    "write speaker_pools = { female = [0, 3], male = [1, 2] }")
    pool = pools.get(request.voice.gender)
    if pool:
        if not isinstance(pool, list):
            raise settings_error(f"speaker_pools.{request.voice.gender}", "the pool is not a list",
                        f"write speaker_pools.{request.voice.gender} = [0, 3]")
        candidates = [
            _speaker_id(v, names, count, f"speaker_pools.{request.voice.gender}") for v in pool
        ]
    else:
        candidates = list(range(count))
    return candidates[_stable_index(f"{request.voice.gender}:{request.speaker}", len(candidates))]


@dataclass(frozen=True)
class Tuning:
    """What Piper is told for one line."""

    speaker_id: int | None
    length_scale: float
    noise_scale: float
    noise_w_scale: float
    gain_db: float


def tuning_for(request: SpeechRequest, settings: Mapping[str, Any], voice_config: Any) -> Tuning:
    """Map the Voice (rate), the character (speaker) and the emotion to Piper's scales."""
    emotion = EMOTIONS[request.emotion]
    rate_factor = RATE_SPAN ** ((50 - request.voice.rate) / 50)
    return Tuning(
        speaker_id=speaker_for(request, settings, int(voice_config.num_speakers),
                               dict(voice_config.speaker_id_map or {})),
        length_scale=round(float(voice_config.length_scale) * rate_factor * emotion.length, 4),
        noise_scale=round(float(voice_config.noise_scale) * emotion.noise, 4),
        noise_w_scale=round(float(voice_config.noise_w_scale) * emotion.noise_w, 4),
        gain_db=emotion.gain_db,
    )


# --- audio -------------------------------------------------------------------------------


def _clean(text: str) -> str:
    """Drop control characters, defuse Piper's [[raw phoneme]] syntax, squeeze spaces."""
    kept = "".join(" " if ord(char) < 32 or ord(char) == 127 else char for char in text)
    return " ".join(kept.replace("[[", "[ [").replace("]]", "] ]").split())


def _level(audio: npt.NDArray[np.float64], rate: int, gain_db: float) -> npt.NDArray[np.float64]:
    """Bring a line to a steady speech level (voiced 20 ms blocks), under a peak ceiling."""
    if audio.size == 0:
        return audio
    block = max(1, rate // 50)
    usable = audio[: audio.size - audio.size % block].reshape(-1, block)
    energy = np.sqrt(np.mean(usable * usable, axis=1)) if usable.size else np.zeros(1)
    active = energy[energy > 10 ** (-40 / 20)]
    rms = float(np.sqrt(np.mean(active * active))) if active.size else float(energy.max())
    if rms > 0:
        audio = audio * (10 ** ((LINE_RMS_DBFS + gain_db) / 20) / rms)
    peak = float(np.max(np.abs(audio)))
    ceiling = 10 ** (PEAK_CEILING_DBFS / 20)
    if peak > ceiling:
        audio = audio * (ceiling / peak)
    return audio


class PiperSpeech:
    """Speech from local Piper voices; one consistent speaker per character."""

    id = PROVIDER

    def __init__(self, model: str | None = None, config: ProviderConfig | None = None) -> None:
        if model:
            raise InputError(
                f"piper takes no model in its id (got {model!r})", file="drama.toml",
                where="[providers] speech",
                fix=f'write speech = "piper" and name the voice files in {SETTINGS} models',
            )
        self.config = config or ProviderConfig()
        model_paths(self.config)  # fail early on a malformed table
        self.model = "piper"
        self.price = Price()  # local voices cost nothing per line

    @staticmethod
    def identity(model: str | None, config: ProviderConfig) -> dict[str, Any]:
        """The settings that shape every line's audio. The voice file and the speaker a
        line gets are keyed per line (``request_identity``)."""
        per_line = ("models", "speakers", "speaker_pools")
        shaping = {k: v for k, v in config.identity().items() if k not in per_line}
        return {**shaping, "tuning_version": TUNING_VERSION}

    @staticmethod
    def request_identity(model: str | None, config: ProviderConfig,
                         request: Mapping[str, Any]) -> dict[str, Any]:
        """The voice file this line is spoken with (by the SHA-256 of its bytes: swapping
        a model re-voices its lines, moving it does not, adding another language's leaves
        this one's alone) and its speaker on a multi-speaker voice (giving one character
        another speaker re-voices that character's lines only)."""
        line = SpeechRequest.model_validate(request)
        files = voice_files(config, voice_key(line))
        count = int(files.settings.get("num_speakers", 1) or 1)
        names = files.settings.get("speaker_id_map") or {}
        return {"speaker": speaker_for(line, config.settings, count, dict(names)),
                "voice": {"model_sha256": files.model_sha256,
                          "config_sha256": files.config_sha256}}

    def speak_sync(self, request: SpeechRequest) -> bytes:
        """Speak one line now; 16-bit PCM mono WAV at the voice's sample rate."""
        from microdrama.media.audio import write_wav

        files = voice_files(self.config, voice_key(request))
        loaded = _load(files)
        voice = loaded.voice
        rate = int(voice.config.sample_rate)
        tuning = tuning_for(request, self.config.settings, voice.config)
        text = _clean(request.text)
        with loaded.lock:  # phonemizers keep state (espeak globals, lazy g2pW)
            sentences = [s for s in voice.phonemize(text) if s] if text else []
        if not sentences:
            return write_wav(np.zeros(round(PAUSE_MS * rate / 1000)), rate)
        from piper import SynthesisConfig

        synthesis = SynthesisConfig(
            speaker_id=tuning.speaker_id,
            length_scale=tuning.length_scale,
            noise_scale=tuning.noise_scale,
            noise_w_scale=tuning.noise_w_scale,
            normalize_audio=False,
        )
        pause = np.zeros(round(SENTENCE_PAUSE_MS * tuning.length_scale * rate / 1000))
        pieces: list[npt.NDArray[np.float64]] = []
        for phonemes in sentences:
            ids = voice.phonemes_to_ids(phonemes)
            try:
                result = voice.phoneme_ids_to_audio(ids, synthesis)
            except Exception as error:  # onnxruntime's own error types
                raise ProviderError(
                    f"the Piper voice {files.model.name} failed on the line: {error}",
                    provider=PROVIDER, model=files.model.name, body=text[:200],
                ) from error
            audio = result[0] if isinstance(result, tuple) else result
            samples = np.asarray(audio, dtype=np.float64).reshape(-1)
            if not np.all(np.isfinite(samples)):
                raise ProviderError(
                    f"the Piper voice {files.model.name} produced samples that are not numbers",
                    provider=PROVIDER, model=files.model.name, body=text[:200],
                )
            if pieces:
                pieces.append(pause)
            pieces.append(samples)
        line = _level(np.concatenate(pieces), rate, tuning.gain_db)
        return write_wav(line, rate)

    async def speak(self, request: SpeechRequest) -> bytes:
        """Speak one line (in a worker thread: synthesis is blocking)."""
        return await asyncio.to_thread(self.speak_sync, request)


def loaded_voices() -> int:
    """How many voices this process holds (for tests and diagnostics)."""
    with _LOAD_LOCK:
        return len(_LOADED)


__all__ = ["EMOTIONS", "PiperSpeech", "Tuning", "VoiceFiles", "file_sha256", "loaded_voices",
           "model_paths", "speaker_for", "tuning_for", "voice_files", "voice_key"]
