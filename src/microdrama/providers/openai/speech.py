"""Speech from any OpenAI-compatible ``POST /audio/speech`` endpoint (OpenAI TTS, local servers).

Model ids are ``vendor/model`` (``openai/gpt-4o-mini-tts``, ``openai/tts-1``), or a bare
model for OpenAI; the vendor's base URL, key variable and prices come from
:func:`~microdrama.providers.openai.compat.load_vendors`.

Each character keeps one vendor voice across all lines: ``voices`` maps character ids
to voices; otherwise the character's ``Voice`` (gender, then pitch, with the id as a
tie-break) picks one from ``voice_list``. The line's emotion, the character's timbre and
the language become ``instructions`` for models that take them, and the rate and the
emotion set ``speed``.

Settings (in ``[providers.openai-compat]``, a table the writer and painter share)::

    voices = { "su-wan" = "nova" }                  # character id → vendor voice
    # a locale's dub may give a character its own voice ("locale/character id"):
    # voices = { "su-wan" = "nova", "es/su-wan" = "es-MX-DaliaNeural" }
    voice_list = { female = ["sage", "nova"], male = ["onyx", "echo"] }  # low → high
    # or voice_list = ["af_bella", "am_adam"]       (no genders: chosen by pitch only)
    speech_format = "wav"                           # or "pcm" (raw 16-bit mono)
    speech_sample_rate = 24000                      # output rate (and the rate of pcm)
    speech_instructions = true                      # default: only gpt-4o*-tts models

Output: 16-bit PCM mono WAV at ``speech_sample_rate``, whatever the server sent (stereo,
float and other rates are converted). Cost: ``per_million_chars`` of the vendor's price
for the model, over the characters of the line, in ``self.usage``.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
from collections.abc import Mapping
from typing import Any

import httpx
import numpy as np

from microdrama.domain import Voice
from microdrama.domain.script import Emotion
from microdrama.errors import InputError, ProviderError
from microdrama.providers.base import ProviderConfig, SpeechRequest, Usage
from microdrama.providers.http import (
    LoopSemaphores,
    RetryPolicy,
    Sleep,
    http_client,
    redact,
    send_with_retries,
    truncate,
)
from microdrama.providers.openai.compat import (
    Price,
    Vendor,
    _vendor_message,
    find_key,
    load_vendors,
    resolved_model,
    split_model,
    status_error,
)

PROVIDER = "openai-compat"
DEFAULT_VENDOR = "openai"
DEFAULT_MODEL = "gpt-4o-mini-tts"
DEFAULT_SAMPLE_RATE = 24_000  # what OpenAI sends; a good rate for speech
#: Bump when the instructions wording changes: it shapes the audio, so it is keyed.
INSTRUCTIONS_VERSION = 1
_SETTINGS = "[providers.openai-compat]"
_USER_AGENT = "microdrama (openai-compatible speech)"

#: Built-in voice lists, per vendor and gender, ordered from lower to higher pitch
#: (by ear; approximate). Only voices that both tts-1 and gpt-4o-mini-tts offer.
DEFAULT_VOICE_LISTS: dict[str, dict[str, list[str]]] = {
    "openai": {
        "female": ["sage", "coral", "alloy", "nova", "shimmer"],
        "male": ["onyx", "ash", "echo", "fable"],
    },
}

#: Emotion → (how it is said, for instructions; speed factor).
EMOTIONS: dict[Emotion, tuple[str, float]] = {
    "neutral": ("even and natural", 1.0),
    "calm": ("calm and composed", 0.95),
    "angry": ("angry, sharp and forceful", 1.06),
    "furious": ("furious, close to shouting, through clenched teeth", 1.1),
    "shocked": ("shocked, in breathless disbelief", 1.04),
    "afraid": ("afraid, hushed and trembling", 1.05),
    "smug": ("smug and self-satisfied, drawing the words out", 0.96),
    "mocking": ("mocking and sarcastic", 1.0),
    "scheming": ("scheming, low and conspiratorial", 0.94),
    "cold": ("cold, flat and clipped", 0.97),
    "determined": ("determined and firm", 1.0),
    "smiling": ("warm, with a smile in the voice", 1.02),
    "tender": ("tender, soft and intimate", 0.93),
    "pleading": ("pleading and desperate", 0.97),
    "sad": ("sad and heavy", 0.9),
    "crying": ("crying, the voice breaking with sobs", 0.88),
}

_LANGUAGES = {"zh": "Speak Mandarin Chinese (standard Putonghua).", "en": "Speak English."}


def _stable_index(key: str, count: int) -> int:
    """The same index for the same key on every machine and run (unlike hash())."""
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % count


def _pitch_words(pitch: int) -> str:
    bands = ("very low", "low", "mid-range", "high", "very high")
    return bands[min(4, pitch // 20)] + " pitch"


def _rate_words(rate: int) -> str:
    bands = ("slow", "unhurried", "natural", "brisk", "fast")
    return bands[min(4, rate // 20)] + " pace"


def speed_for(request: SpeechRequest) -> float:
    """The ``speed`` parameter: 0.85–1.15 from Voice.rate, times the emotion's factor."""
    _, factor = EMOTIONS[request.emotion]
    speed = (0.85 + 0.30 * request.voice.rate / 100) * factor
    return round(min(4.0, max(0.25, speed)), 2)


def instructions_for(request: SpeechRequest) -> str:
    """What models that take ``instructions`` are told about the voice and the delivery."""
    voice: Voice = request.voice
    how, _ = EMOTIONS[request.emotion]
    timbre = voice.timbre.strip().rstrip(".")
    return " ".join(
        part
        for part in (
            _LANGUAGES[request.language],
            f"Voice: a {voice.gender} voice, {_pitch_words(voice.pitch)}"
            + (f", {timbre}." if timbre else "."),
            f"Delivery: {how}; {_rate_words(voice.rate)}.",
            "This is one line of dialogue in a drama: act it, do not narrate or add words.",
        )
        if part
    )


def choose_voice(voice: Voice, speaker: str, voices: list[str] | Mapping[str, list[str]]) -> str:
    """A voice for the character from a list (ordered low → high pitch), always the same.

    With a table by gender, the character's gender picks the list (the whole list if
    that gender has none). Voice.pitch picks a place in the list; a character that falls
    between two voices gets one of them by a stable hash of its id, so two characters of
    the same pitch need not share a voice.
    """
    if isinstance(voices, Mapping):
        candidates = list(voices.get(voice.gender) or [v for vs in voices.values() for v in vs])
    else:
        candidates = list(voices)
    if not candidates:
        raise ValueError("empty voice list")
    place = voice.pitch / 100 * (len(candidates) - 1)
    low, high = math.floor(place), math.ceil(place)
    if low == high:
        return candidates[low]
    return candidates[(low, high)[_stable_index(f"{voice.gender}:{speaker}", 2)]]


def _settings_error(key: str, problem: str, fix: str) -> InputError:
    return InputError(problem, file="drama.toml", where=f"{_SETTINGS} {key}", fix=fix)


def _voice_map(settings: Mapping[str, Any]) -> dict[str, str]:
    raw = settings.get("voices", {})
    if not isinstance(raw, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) and v for k, v in raw.items()
    ):
        raise _settings_error(
            "voices", "voices must map character ids to voice names",
            'write voices = { "su-wan" = "nova", "lu-chen" = "onyx" }',
        )
    return dict(raw)


def _mapped_voice(voices: Mapping[str, str], request: SpeechRequest) -> str | None:
    """The voice ``voices`` names for this line: the character's in the line's locale
    (``es/su-wan``), else the character's, else None."""
    if request.locale and f"{request.locale}/{request.speaker}" in voices:
        return voices[f"{request.locale}/{request.speaker}"]
    return voices.get(request.speaker)


VoiceList = list[str] | dict[str, list[str]]


def _voice_list(settings: Mapping[str, Any], vendor: str) -> VoiceList | None:
    raw = settings.get("voice_list")
    if raw is None:
        default = DEFAULT_VOICE_LISTS.get(vendor)
        return {k: list(v) for k, v in default.items()} if default else None

    def names(value: Any) -> bool:
        return isinstance(value, list) and all(isinstance(v, str) and v for v in value)

    if names(raw) and raw:
        return list(raw)
    if (
        isinstance(raw, Mapping)
        and raw
        and set(raw) <= {"female", "male"}
        and all(names(v) for v in raw.values())
        and any(raw.values())
    ):
        return {k: list(v) for k, v in raw.items()}
    raise _settings_error(
        "voice_list", "voice_list must be a list of voice names or a table of them by gender",
        'write voice_list = ["alloy", "nova"] or voice_list = { female = ["nova"], '
        'male = ["onyx"] } (each list from lower to higher pitch)',
    )


def _speech_format(settings: Mapping[str, Any]) -> str:
    value = settings.get("speech_format", "wav")
    if value not in ("wav", "pcm"):
        raise _settings_error(
            "speech_format", f"speech_format {value!r} is not known", 'use "wav" or "pcm"'
        )
    return str(value)


def _sample_rate(settings: Mapping[str, Any]) -> int:
    value = settings.get("speech_sample_rate", DEFAULT_SAMPLE_RATE)
    if type(value) is not int or not 8_000 <= value <= 192_000:
        raise _settings_error(
            "speech_sample_rate", f"speech_sample_rate {value!r} is not a sample rate in Hz",
            "use a whole number between 8000 and 192000, e.g. 24000",
        )
    return value


def _resolve(model: str | None, vendors: Mapping[str, Vendor]) -> tuple[Vendor, str]:
    """The vendor and model a model id names (``vendor/model``, or a bare OpenAI model)."""
    vendor, name = split_model(model, DEFAULT_VENDOR, vendors)
    if name:
        return vendor, name
    if vendor.name != DEFAULT_VENDOR:
        raise InputError(
            f"no speech model named for vendor {vendor.name!r}", file="drama.toml",
            where="[providers] speech",
            fix=f'write speech = "openai-compat:{vendor.name}/<model>"',
        )
    return vendor, DEFAULT_MODEL


def _to_mono_pcm(data: bytes, rate_out: int) -> bytes:
    """Any WAV the media helpers read → 16-bit mono WAV at ``rate_out``; raises InputError."""
    from microdrama.media.audio import read_wav, resample, write_wav

    samples, rate = read_wav(data)
    mono = samples.mean(axis=1) if samples.shape[1] > 1 else samples[:, 0]
    if mono.size == 0:
        raise InputError("the WAV holds no audio")
    if not np.all(np.isfinite(mono)):
        raise InputError("the WAV holds samples that are not numbers")
    return write_wav(resample(mono, rate, rate_out), rate_out)


def _pcm_as_wav(data: bytes, rate: int) -> bytes:
    """Raw 16-bit little-endian mono PCM (OpenAI's ``pcm`` format) → WAV bytes."""
    from microdrama.media.audio import write_wav

    usable = data[: len(data) - len(data) % 2]
    if not usable:
        raise InputError("the answer holds no audio")
    return write_wav(np.frombuffer(usable, "<i2").astype(np.float32) / 32768.0, rate)


def _describe_body(response: httpx.Response) -> str:
    kind = response.headers.get("content-type", "no content type")
    head = response.content[:16]
    return f"{kind}, {len(response.content)} bytes starting {head!r}"


class OpenAISpeech:
    """Speaks lines through an OpenAI-compatible ``/audio/speech`` endpoint."""

    resolved_model = staticmethod(resolved_model)  # cache keys: vendor/model as resolved

    id = PROVIDER

    def __init__(
        self,
        model: str | None = None,
        config: ProviderConfig | None = None,
        *,
        client: httpx.AsyncClient | None = None,
        policy: RetryPolicy | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        config = config or ProviderConfig()
        settings = config.settings
        vendors = load_vendors(config.vendors, source="drama.toml or the user config")
        self.vendor, self.model = _resolve(model, vendors)
        self.voices = _voice_map(settings)
        self.voice_list = _voice_list(settings, self.vendor.name)
        if self.voice_list is None and not self.voices:
            # Nothing to choose a voice from: say so when the provider is made (before a
            # build pays for its text and pictures), not at the first line.
            raise _settings_error(
                "voice_list",
                f"vendor {self.vendor.name!r} has no built-in voice list and none is set",
                'write voice_list = ["<voice>", …] with the voices your server offers, or '
                'voices = { "<character id>" = "<voice>" } for every character',
            )
        self.format = _speech_format(settings)
        self.sample_rate = _sample_rate(settings)
        wants = settings.get("speech_instructions")
        if wants is not None and not isinstance(wants, bool):
            raise _settings_error(
                "speech_instructions", "speech_instructions must be true or false",
                "write speech_instructions = true (or false)",
            )
        self.instructions: bool = (
            wants if wants is not None else "gpt-4o" in self.model and "tts" in self.model
        )
        try:
            self.policy = policy or RetryPolicy(
                max_attempts=int(settings.get("max_attempts", 5)),
                timeout=float(settings.get("timeout_s", 120.0)),
            )
            self.concurrency = int(settings.get("concurrency", 4))
        except (TypeError, ValueError) as error:
            raise _settings_error(
                "max_attempts", f"a retry setting is not usable ({error})",
                "use whole numbers of 1 or more for max_attempts and concurrency, "
                "seconds for timeout_s",
            ) from error
        if self.concurrency < 1:
            raise _settings_error("concurrency", "concurrency is below 1", "use 1 or more")
        self._key = find_key(self.vendor, config.secret)
        self._client = client
        self._sleep = sleep
        self._semaphores = LoopSemaphores(self.concurrency)
        self.usage = Usage()

    def __repr__(self) -> str:  # never shows the key
        return f"OpenAISpeech({self.vendor.name}/{self.model})"

    @staticmethod
    def identity(model: str | None, config: ProviderConfig) -> dict[str, Any]:
        """What shapes the audio besides the model id: the speech settings only.

        The table is shared with the writer and the painter, whose settings must not
        re-voice every line when they change.
        """
        keys = ("speech_format", "speech_sample_rate", "speech_instructions")
        found = {k: config.settings[k] for k in keys if k in config.settings}
        return {"speech": found, "instructions_version": INSTRUCTIONS_VERSION}

    @staticmethod
    def request_identity(model: str | None, config: ProviderConfig,
                         request: Mapping[str, Any]) -> dict[str, Any]:
        """The vendor voice this line gets: mapping one character to another voice
        re-voices that character's lines only. (No key is needed to work it out.)"""
        vendors = load_vendors(config.vendors, source="drama.toml or the user config")
        vendor, _ = _resolve(model, vendors)
        line = SpeechRequest.model_validate(request)
        mapped = _mapped_voice(_voice_map(config.settings), line)
        if mapped:
            return {"voice": mapped}
        listed = _voice_list(config.settings, vendor.name)
        return {"voice": choose_voice(line.voice, line.speaker, listed) if listed else None}

    # --- choices ---------------------------------------------------------------------

    def voice_for(self, request: SpeechRequest) -> str:
        """The vendor voice of this line's character (the same for all its lines, in
        each locale)."""
        mapped = _mapped_voice(self.voices, request)
        if mapped:
            return mapped
        if self.voice_list is None:
            raise _settings_error(
                "voice_list",
                f"no voice for {request.speaker!r}: vendor {self.vendor.name!r} has no "
                "built-in voice list",
                f'write voices = {{ "{request.speaker}" = "<voice>" }} or '
                'voice_list = ["<voice>", …] with the voices your server offers',
            )
        return choose_voice(request.voice, request.speaker, self.voice_list)

    def body(self, request: SpeechRequest) -> dict[str, Any]:
        """The JSON sent for one line."""
        body: dict[str, Any] = {
            "model": self.model,
            "input": request.text,
            "voice": self.voice_for(request),
            "response_format": self.format,
            "speed": speed_for(request),
        }
        if self.instructions:
            body["instructions"] = instructions_for(request)
        return body

    @property
    def price(self) -> Price | None:
        """The vendor's speech price for this model (``per_million_chars``), or None."""
        price = self.vendor.price_for(self.model)
        if price is None or (price.per_million_chars == 0
                             and (price.input or price.output or price.per_image)):
            return None
        return price

    def cost(self, text: str) -> float | None:
        """USD for speaking ``text``, or None when the vendor's price table does not say."""
        price = self.vendor.price_for(self.model)
        if price is None:
            return None
        if price.per_million_chars == 0 and (price.input or price.output or price.per_image):
            return None  # priced for text or images only: not a speech price
        return len(text) * price.per_million_chars / 1_000_000

    # --- the call --------------------------------------------------------------------

    async def speak(self, request: SpeechRequest) -> bytes:
        """Speak one line; 16-bit PCM mono WAV at ``speech_sample_rate``."""
        body = self.body(request)
        async with http_client(self._client) as client:
            response = await self._post(client, body)
        audio = self._decode(response)
        self.usage.add(self.cost(request.text))
        return audio



    async def _post(self, client: httpx.AsyncClient, body: dict[str, Any]) -> httpx.Response:
        """POST /audio/speech; every HTTP failure becomes a ProviderError here."""
        headers = {"User-Agent": _USER_AGENT}
        if self._key is not None:
            headers["Authorization"] = f"Bearer {self._key}"
        request = client.build_request(
            "POST", f"{self.vendor.base_url}/audio/speech", json=body, headers=headers
        )
        try:
            return await send_with_retries(
                client, request, policy=self.policy, provider=self.vendor.name,
                model=self.model, semaphore=self._semaphores.get(), sleep=self._sleep,
                limit=(f"{self.vendor.base_url}#speech", self.concurrency),
                billable=True,  # a second send could be a second charge,
            )
        except ProviderError as exc:
            if exc.status is None:
                raise
            raise self._status_error(exc, body) from exc

    def _decode(self, response: httpx.Response) -> bytes:
        """The answer as our WAV, or a ProviderError saying what came instead."""
        data = response.content
        try:
            if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
                return _to_mono_pcm(data, self.sample_rate)
            kind = response.headers.get("content-type", "").lower()
            if self.format == "pcm" and not kind.startswith(("application/json", "text/")):
                return _to_mono_pcm(_pcm_as_wav(data, self.sample_rate), self.sample_rate)
            problem = f"a body that is not WAV ({_describe_body(response)})"
        except InputError as exc:
            problem = f"audio that cannot be read: {exc.problem}"
        said = _vendor_message(response.text) if b"{" in data[:64] else ""
        fix = (
            f' — set speech_format = "pcm" in {_SETTINGS} if this server cannot send WAV'
            if self.format == "wav" and not said
            else ""
        )
        raise ProviderError(
            f"{self.vendor.name} answered /audio/speech with {problem}"
            + (f": {said}" if said else "") + fix,
            provider=self.vendor.name,
            model=self.model,
            status=response.status_code,
            body=truncate(redact(response.text, [self._key] if self._key else [])),
        )

    def _status_error(self, error: ProviderError, body: Mapping[str, Any]) -> ProviderError:
        """Reword an HTTP failure (shared wording) with fixes that only speech knows."""

        def hint(status: int | None, said: str) -> str:
            lowered = said.lower()
            if status == 404:
                return (
                    f"check the model id {self.model!r} and base_url {self.vendor.base_url} "
                    "(the server must offer /audio/speech)"
                )
            if status not in (400, 422):
                return ""
            if "voice" in lowered:
                return (
                    f"voice {body.get('voice')!r} may not exist for {self.model}; set voices "
                    f"or voice_list in {_SETTINGS}"
                )
            if "format" in lowered:
                other = "pcm" if self.format == "wav" else "wav"
                return f'set speech_format = "{other}" in {_SETTINGS}'
            if "instructions" in lowered:
                return f"set speech_instructions = false in {_SETTINGS}"
            return ""

        return status_error(
            error, vendor=self.vendor, model=self.model, attempts=self.policy.max_attempts,
            hint=hint,
        )
