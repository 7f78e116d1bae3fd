"""OpenAI-compatible speech against a real local fake server that answers real WAVs."""

from __future__ import annotations

import asyncio
import struct
from typing import Any

import numpy as np
import pytest

from microdrama.domain import Voice
from microdrama.domain.bible import Gender, Language
from microdrama.errors import InputError, ProviderError
from microdrama.media.audio import duration_ms, read_wav
from microdrama.providers.base import ProviderConfig, SpeechModel, SpeechRequest
from microdrama.providers.http import RetryPolicy
from microdrama.providers.openai.speech import DEFAULT_VOICE_LISTS, OpenAISpeech
from microdrama.providers.registry import get_provider, provider_identity, request_identity
from tests.providers.fake_openai import FakeOpenAI, Sleeps

KEY = "sk-speech-5c1e7a9b3d2f4e6a"
FAST = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=5.0, jitter=0.0, timeout=2.0)
LINE = "You will regret this."






def config(fake: FakeOpenAI, *, settings: dict[str, Any] | None = None,
           prices: dict[str, Any] | None = None, secrets: dict[str, str] | None = None,
           vendors: dict[str, Any] | None = None) -> ProviderConfig:
    openai: dict[str, Any] = {"base_url": fake.base_url}
    if prices is not None:
        openai["prices"] = prices
    return ProviderConfig(
        settings=settings or {},
        vendors={"openai": openai, **(vendors or {})},
        secrets={"OPENAI_API_KEY": KEY} if secrets is None else secrets,
    )


def provider(fake: FakeOpenAI, model: str | None = "openai/gpt-4o-mini-tts",
             sleeps: Sleeps | None = None, **kwargs: Any) -> OpenAISpeech:
    return OpenAISpeech(model, config(fake, **kwargs), policy=FAST, sleep=sleeps or Sleeps())


def line(text: str = LINE, *, speaker: str = "su-wan", gender: Gender = "female",
         pitch: int = 70, rate: int = 50, emotion: str = "neutral",
         language: Language = "en") -> SpeechRequest:
    voice = Voice(gender=gender, pitch=pitch, rate=rate, timbre="cool, clipped")
    return SpeechRequest(text=text, language=language, voice=voice, speaker=speaker,
                         emotion=emotion)


def speak(speech: OpenAISpeech, request: SpeechRequest) -> bytes:
    return asyncio.run(speech.speak(request))


def wav_format(data: bytes) -> tuple[int, int, int, int]:
    """(encoding, channels, rate, bits) straight from the fmt chunk."""
    assert data[:4] == b"RIFF" and data[12:16] == b"fmt "
    encoding, channels, rate, _, _, bits = struct.unpack_from("<HHIIHH", data, 20)
    return encoding, channels, rate, bits


def test_speaks_a_line_as_16_bit_mono_wav(fake: FakeOpenAI) -> None:
    fake.speech()
    speech = provider(fake)
    assert isinstance(speech, SpeechModel)
    data = speak(speech, line(emotion="cold", language="zh", text="你会后悔的。"))
    assert wav_format(data) == (1, 1, 24_000, 16)
    assert duration_ms(data) == 60 * len("你会后悔的。")
    sent = fake.requests[0]
    assert sent.path == "/v1/audio/speech"
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.json["model"] == "gpt-4o-mini-tts"
    assert sent.json["input"] == "你会后悔的。"
    assert sent.json["response_format"] == "wav"
    assert sent.json["voice"] in DEFAULT_VOICE_LISTS["openai"]["female"]
    assert 0.85 <= sent.json["speed"] <= 1.15
    instructions = sent.json["instructions"]
    assert "Mandarin" in instructions and "cool, clipped" in instructions
    assert "cold" in instructions and "female" in instructions
    assert speech.usage.calls == 1


def test_tts_1_gets_no_instructions_and_rate_sets_speed(fake: FakeOpenAI) -> None:
    fake.speech(times=2)
    speech = provider(fake, model="openai/tts-1")
    speak(speech, line(rate=0))
    speak(speech, line(rate=100))
    slow, fast = (r.json for r in fake.requests)
    assert "instructions" not in slow and slow["model"] == "tts-1"
    assert slow["speed"] == 0.85 and fast["speed"] == 1.15


def test_emotion_changes_speed_not_voice(fake: FakeOpenAI) -> None:
    fake.speech(times=2)
    speech = provider(fake)
    speak(speech, line(emotion="sad"))
    speak(speech, line(emotion="furious"))
    sad, furious = (r.json for r in fake.requests)
    assert sad["voice"] == furious["voice"]
    assert sad["speed"] < 1.0 < furious["speed"]


def test_each_character_keeps_one_voice_across_lines_and_runs(fake: FakeOpenAI) -> None:
    cast = [("su-wan", "female", 80), ("lin-mei", "female", 20), ("lu-chen", "male", 30)]
    emotions = ["neutral", "angry", "tender"]
    fake.speech(times=None)
    first, second = provider(fake), provider(fake)
    for speech in (first, second):
        for speaker, gender, pitch in cast:
            for emotion in emotions:
                speak(speech, line(speaker=speaker, gender=gender, pitch=pitch,
                                   emotion=emotion))
    assert len(fake.requests) == 2 * len(cast) * len(emotions)
    voices: dict[str, set[str]] = {}
    for index, recorded in enumerate(fake.requests):
        speaker = cast[(index // len(emotions)) % len(cast)][0]
        voices.setdefault(speaker, set()).add(recorded.json["voice"])
    assert all(len(found) == 1 for found in voices.values()), voices
    lists = DEFAULT_VOICE_LISTS["openai"]
    assert voices["su-wan"] <= set(lists["female"]) and voices["lu-chen"] <= set(lists["male"])
    # Pitch orders voices within a gender: the high voice sits above the low one.
    high, low = (lists["female"].index(next(iter(voices[s]))) for s in ("su-wan", "lin-mei"))
    assert high > low


def test_voices_setting_maps_characters_to_vendor_voices(fake: FakeOpenAI) -> None:
    fake.speech(times=2)
    speech = provider(fake, settings={"voices": {"su-wan": "ballad"}})
    speak(speech, line(speaker="su-wan"))
    speak(speech, line(speaker="lu-chen", gender="male", pitch=0))
    mapped, chosen = (r.json["voice"] for r in fake.requests)
    assert mapped == "ballad"
    assert chosen == DEFAULT_VOICE_LISTS["openai"]["male"][0]  # the lowest male voice


def test_a_locale_may_give_a_character_its_own_voice(fake: FakeOpenAI) -> None:
    fake.speech(times=3)
    speech = provider(fake, settings={"voices": {"su-wan": "ballad", "es/su-wan": "coral"}})
    speak(speech, line(speaker="su-wan"))
    speak(speech, line(speaker="su-wan").model_copy(update={"locale": "es"}))
    speak(speech, line(speaker="su-wan").model_copy(update={"locale": "ar"}))
    assert [r.json["voice"] for r in fake.requests] == ["ballad", "coral", "ballad"]
    model = "openai-compat:openai/tts-1"
    dub = line(speaker="su-wan").model_copy(update={"locale": "es"}).model_dump(mode="json")
    settings = config(fake, settings={"voices": {"su-wan": "ballad", "es/su-wan": "coral"}})
    assert request_identity(model, "speech", settings, dub) == {"voice": "coral"}


def test_voice_list_setting_for_a_keyless_local_server(fake: FakeOpenAI) -> None:
    fake.speech()
    speech = OpenAISpeech(
        "kokoro/kokoro",
        config(fake, vendors={"kokoro": {"base_url": fake.base_url}},
               settings={"voice_list": {"female": ["af_sky", "af_bella"], "male": ["am_adam"]}},
               secrets={}),
        policy=FAST,
    )
    speak(speech, line(pitch=100))
    sent = fake.requests[0]
    assert sent.json["voice"] == "af_bella" and sent.json["model"] == "kokoro"
    assert "authorization" not in sent.headers
    assert speech.usage.cost_usd is None  # the vendor has no price: unknown, not zero


def test_a_vendor_without_voice_list_asks_for_one(fake: FakeOpenAI) -> None:
    kokoro = {"kokoro": {"base_url": fake.base_url}}
    with pytest.raises(InputError) as caught:  # refused when made, before any line
        OpenAISpeech("kokoro/kokoro", config(fake, vendors=kokoro), policy=FAST)
    assert "voice_list" in str(caught.value) and "kokoro" in str(caught.value)
    # A voice for some characters only: the others are refused at their line, by name.
    speech = OpenAISpeech("kokoro/kokoro",
                          config(fake, vendors=kokoro, settings={"voices": {"lin": "af_x"}}),
                          policy=FAST)
    with pytest.raises(InputError) as caught:
        speak(speech, line())
    assert "voice_list" in str(caught.value) and "su-wan" in str(caught.value)
    assert fake.requests == []


def test_bad_voice_settings_name_the_setting(fake: FakeOpenAI) -> None:
    with pytest.raises(InputError, match="voice_list"):
        provider(fake, settings={"voice_list": {"child": ["x"]}})
    with pytest.raises(InputError, match="voices"):
        provider(fake, settings={"voices": {"su-wan": 3}})
    with pytest.raises(InputError, match="speech_format"):
        provider(fake, settings={"speech_format": "mp3"})


def test_stereo_float_44k_is_converted_to_mono_16_bit(fake: FakeOpenAI) -> None:
    fake.speech(rate=44_100, channels=2, sample_format="f32")
    data = speak(provider(fake), line())
    assert wav_format(data) == (1, 1, 24_000, 16)
    samples, rate = read_wav(data)
    assert abs(duration_ms(data) - 60 * len(LINE)) <= 1
    middle = samples[len(samples) // 4: 3 * len(samples) // 4, 0]
    peak = float(np.max(np.abs(middle)))
    assert peak == pytest.approx(0.45, abs=0.01)  # the mean of 0.6 (left) and 0.3 (right)
    spectrum = np.abs(np.fft.rfft(middle))
    assert np.argmax(spectrum) * rate / len(middle) == pytest.approx(440, abs=5)


def test_pcm_servers_are_wrapped_as_wav(fake: FakeOpenAI) -> None:
    fake.speech(sample_format="pcm")
    data = speak(provider(fake, settings={"speech_format": "pcm"}), line())
    assert fake.requests[0].json["response_format"] == "pcm"
    assert wav_format(data) == (1, 1, 24_000, 16)
    assert duration_ms(data) == 60 * len(LINE)


def test_429_with_retry_after_then_success(fake: FakeOpenAI) -> None:
    fake.error(429, "slow down", retry_after="3")
    fake.speech()
    sleeps = Sleeps()
    speech = provider(fake, sleeps=sleeps)
    data = speak(speech, line())
    assert duration_ms(data) == 60 * len(LINE)
    assert sleeps.seen == [3.0]
    assert len(fake.requests) == 2
    assert speech.usage.calls == 1


def test_500s_exhausted_raise_provider_error(fake: FakeOpenAI) -> None:
    fake.error(500, "engine overloaded", times=None)
    sleeps = Sleeps()
    with pytest.raises(ProviderError) as caught:
        speak(provider(fake, sleeps=sleeps), line())
    error = caught.value
    assert error.status == 500 and error.provider == "openai"
    assert error.model == "gpt-4o-mini-tts"
    assert "engine overloaded" in str(error) and "3 attempts" in str(error)
    assert len(fake.requests) == 3 and len(sleeps.seen) == 2


def test_unknown_voice_error_points_at_the_voice_settings(fake: FakeOpenAI) -> None:
    fake.error(400, "Invalid value for 'voice': 'zeta'")
    with pytest.raises(ProviderError) as caught:
        speak(provider(fake, settings={"voices": {"su-wan": "zeta"}}), line())
    assert caught.value.status == 400
    assert "voice_list" in str(caught.value) and "'zeta'" in str(caught.value)
    assert len(fake.requests) == 1  # a 400 is not retried


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"ID3\x04\x00\x00\x00\x00\x00\x00\xff\xfb\x90\x64" + b"\x00" * 400, "audio/mpeg"),
        (b"<html><body>gateway says hello</body></html>", "text/html"),
        (b'{"error": {"message": "quota exceeded"}}', "application/json"),
    ],
    ids=["mp3", "html", "json"],
)
def test_a_body_that_is_not_wav_is_a_provider_error(
    fake: FakeOpenAI, body: bytes, content_type: str
) -> None:
    fake.speech_body(body, content_type)
    speech = provider(fake)
    with pytest.raises(ProviderError) as caught:
        speak(speech, line())
    message = str(caught.value)
    assert "not WAV" in message and caught.value.status == 200
    assert caught.value.provider == "openai" and caught.value.model == "gpt-4o-mini-tts"
    if content_type == "application/json":
        assert "quota exceeded" in message
    assert speech.usage.calls == 0


def test_a_broken_wav_is_a_provider_error(fake: FakeOpenAI) -> None:
    fake.speech_body(b"RIFF\x24\x00\x00\x00WAVEjunk", "audio/wav")
    with pytest.raises(ProviderError, match="cannot be read"):
        speak(provider(fake), line())


def test_missing_key_names_the_variable_and_sends_nothing(fake: FakeOpenAI) -> None:
    with pytest.raises(InputError) as caught:
        provider(fake, secrets={})
    assert "OPENAI_API_KEY" in str(caught.value)
    assert fake.requests == []


def test_the_key_is_never_shown(fake: FakeOpenAI) -> None:
    fake.error(401, f"bad key {KEY}")
    speech = provider(fake)
    assert KEY not in repr(speech)
    with pytest.raises(ProviderError) as caught:
        speak(speech, line())
    assert KEY not in str(caught.value) and KEY not in (caught.value.body or "")
    assert "OPENAI_API_KEY" in str(caught.value)


def test_cost_from_per_million_chars(fake: FakeOpenAI) -> None:
    fake.speech(times=2)
    speech = provider(fake, prices={"gpt-4o-mini-tts": {"per_million_chars": 15.0}})
    speak(speech, line("Get out."))
    speak(speech, line("我不会原谅你。", language="zh"))
    assert speech.usage.calls == 2
    chars = len("Get out.") + len("我不会原谅你。")
    assert speech.usage.cost_usd == pytest.approx(chars * 15.0 / 1_000_000)


def test_a_token_price_is_not_a_speech_price(fake: FakeOpenAI) -> None:
    fake.speech()
    speech = provider(fake, prices={"*": {"input": 0.6, "output": 12.0}})
    speak(speech, line())
    assert speech.usage.cost_usd is None


def test_through_the_registry_with_speech_only_identity(fake: FakeOpenAI) -> None:
    settings = {"voices": {"su-wan": "nova"}, "max_attempts": 2, "temperature": 0.9}
    made = config(fake, settings=settings)
    speech = get_provider("openai-compat:openai/tts-1-hd", "speech", made)
    assert isinstance(speech, OpenAISpeech) and speech.policy.max_attempts == 2
    fake.speech()
    data = asyncio.run(speech.speak(line()))
    assert read_wav(data)[1] == 24_000
    assert fake.requests[0].json["voice"] == "nova"
    identity = provider_identity("openai-compat:openai/tts-1-hd", "speech", made)
    changed = config(fake, settings={**settings, "temperature": 0.2, "max_attempts": 5})
    assert provider_identity("openai-compat:openai/tts-1-hd", "speech", changed) == identity


def test_a_voice_mapping_rekeys_only_its_character(fake: FakeOpenAI) -> None:
    """The voice a line gets is keyed per line: mapping one character to another voice
    re-voices that character's lines, not everyone's."""
    model = "openai-compat:openai/tts-1"
    su, lu = line(speaker="su-wan").model_dump(mode="json"), \
        line(speaker="lu-chen").model_dump(mode="json")
    before = config(fake, settings={})
    after = config(fake, settings={"voices": {"su-wan": "onyx"}})
    assert request_identity(model, "speech", after, su) == {"voice": "onyx"}
    assert request_identity(model, "speech", before, su) != {"voice": "onyx"}
    assert request_identity(model, "speech", before, lu) == request_identity(model, "speech",
                                                                             after, lu)
    assert provider_identity(model, "speech", before) == provider_identity(model, "speech", after)


def test_a_line_that_may_have_reached_the_server_is_not_sent_twice(fake: FakeOpenAI) -> None:
    fake.hang(3)  # reads the request, then says nothing past the client's timeout
    fake.speech()
    speech = provider(fake)
    with pytest.raises(ProviderError) as caught:
        speak(speech, line())
    assert "not sent again" in str(caught.value) and "build again" in str(caught.value)
    assert len(fake.requests) == 1  # the second answer was never asked for: no second charge
