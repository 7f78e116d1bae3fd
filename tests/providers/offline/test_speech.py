"""The offline voice against the real espeak-ng from the espeakng-loader wheel."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from microdrama.domain import Voice
from microdrama.domain.bible import Gender, Language
from microdrama.errors import ProviderError
from microdrama.media.audio import duration_ms, read_wav
from microdrama.providers.base import SpeechModel, SpeechRequest
from microdrama.providers.offline.voice import provider as speech_module
from microdrama.providers.offline.voice.provider import OfflineSpeech
from tests.conftest import EPISODE_EN, copy_project, project_template

ZH_TEN = "今天我一定要说出真相"  # ten characters
EN_LINE = "I will never forgive you for what you did to my family."


def request(
    text: str = ZH_TEN,
    *,
    language: Language = "zh",
    gender: Gender = "female",
    pitch: int = 70,
    rate: int = 50,
    speaker: str = "su-wan",
    emotion: str = "neutral",
) -> SpeechRequest:
    voice = Voice(gender=gender, pitch=pitch, rate=rate, timbre="clear, steady")
    return SpeechRequest(
        text=text, language=language, voice=voice, speaker=speaker, emotion=emotion
    )


def speak(req: SpeechRequest) -> bytes:
    return asyncio.run(OfflineSpeech().speak(req))


def median_f0(wav: bytes) -> float:
    """Median pitch of the voiced 40 ms frames, by autocorrelation."""
    samples, rate = read_wav(wav)
    mono = samples[:, 0].astype(np.float64)
    size, found = int(0.04 * rate), []
    low, high = int(rate / 400), int(rate / 60)
    for start in range(0, mono.size - size, size // 2):
        frame = mono[start : start + size] - mono[start : start + size].mean()
        if np.sqrt(np.mean(frame**2)) < 0.03:
            continue
        corr = np.correlate(frame, frame, "full")[size - 1 :]
        lag = low + int(np.argmax(corr[low:high]))
        if corr[lag] > 0.5 * corr[0]:
            found.append(rate / lag)
    assert len(found) > 10, "too few voiced frames to estimate pitch"
    return float(np.median(found))


def test_is_a_speech_model() -> None:
    assert isinstance(OfflineSpeech(), SpeechModel)


@pytest.mark.parametrize(
    ("text", "language", "low_ms", "high_ms"),
    [(ZH_TEN, "zh", 1500, 4000), (EN_LINE, "en", 2500, 6000)],
)
def test_speaks_audible_line_of_plausible_length(
    text: str, language: Language, low_ms: int, high_ms: int
) -> None:
    wav = speak(request(text, language=language))
    samples, rate = read_wav(wav)
    assert rate == 22050 and samples.shape[1] == 1
    assert wav[34:36] == (16).to_bytes(2, "little")  # 16-bit PCM
    assert low_ms <= duration_ms(wav) <= high_ms
    rms_db = 20 * np.log10(float(np.sqrt(np.mean(samples**2))))
    assert rms_db > -30
    assert float(np.max(np.abs(samples))) <= 10 ** (-1 / 20) + 1e-3


def test_different_voices_have_measurably_different_pitch() -> None:
    high = median_f0(speak(request(pitch=95, speaker="rival")))
    low = median_f0(speak(request(pitch=45, speaker="lead")))
    man = median_f0(speak(request(gender="male", pitch=30, speaker="love")))
    assert high > low * 1.12
    assert low > man * 1.5


def test_same_character_is_identical_across_calls_and_instances() -> None:
    first = speak(request())
    other = speak(request(pitch=40, speaker="someone-else"))
    again = OfflineSpeech().speak_sync(request())
    assert first == again
    assert other != first


def test_concurrent_requests_match_sequential_ones() -> None:
    requests = [request(pitch=p, speaker=f"c{p}") for p in (30, 50, 70, 90)]

    async def all_at_once() -> list[bytes]:
        model = OfflineSpeech()
        return list(await asyncio.gather(*(model.speak(r) for r in requests)))

    assert asyncio.run(all_at_once()) == [speak(r) for r in requests]


def test_emotion_shifts_pace_and_pitch() -> None:
    angry = speak(request(emotion="angry"))
    sad = speak(request(emotion="sad"))
    assert duration_ms(sad) > duration_ms(angry) * 1.15
    assert median_f0(angry) > median_f0(sad)


def test_voice_rate_controls_speed() -> None:
    slow = duration_ms(speak(request(EN_LINE, language="en", rate=0)))
    fast = duration_ms(speak(request(EN_LINE, language="en", rate=100)))
    assert slow > fast * 1.15


def test_nothing_to_say_is_a_short_pause() -> None:
    wav = speak(request("\n\t"))
    samples, _ = read_wav(wav)
    assert 200 <= duration_ms(wav) <= 1000
    assert float(np.max(np.abs(samples))) == 0.0


def test_unknown_model_is_refused() -> None:
    with pytest.raises(ProviderError, match="espeak-ng"):
        OfflineSpeech("piper")


def test_missing_wheel_raises_provider_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "espeakng_loader", None)
    engine = speech_module._Espeak()
    with pytest.raises(ProviderError, match="pip install espeakng-loader"):
        engine.speak("你好", speech_module.VoiceSettings("cmn+f1", 160, 50, 50, 0.0))


def test_unloadable_library_raises_provider_error() -> None:
    engine = speech_module._Espeak()
    engine.library_path = "/nonexistent/libespeak-ng.so"
    with pytest.raises(ProviderError, match="cannot load the espeak-ng library"):
        engine.speak("hello", speech_module.VoiceSettings("en-us+m1", 160, 50, 50, 0.0))


def test_a_build_leaves_nothing_in_the_system_temp_folder(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    # The session's built 30-s en episode (its panels fresh), without a private copy of the
    # library: a fresh process re-voices every line (--force voice), as a first build would.
    root = copy_project(project_template(tmp_path_factory, EPISODE_EN, []), tmp_path / "drama")
    shutil.rmtree(root / ".microdrama/work/espeak", ignore_errors=True)
    env = {**os.environ, "TMPDIR": str(temp)}
    cli = [sys.executable, "-m", "microdrama.cli"]
    done = subprocess.run([*cli, "build", str(root), "--until", "voice", "--force", "voice",
                           "--json"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    voiced = next(s["ran"] for s in json.loads(done.stdout)["stages"] if s["stage"] == "voice")
    assert len(voiced) == len(list((root / ".microdrama/work/voice/ep001").glob("*.wav"))) > 1
    assert not [p.name for p in temp.iterdir() if p.name.startswith("microdrama-espeak")]
    copies = list((root / ".microdrama/work/espeak").glob("libespeak-ng-*.so"))
    assert len(copies) == 1  # one private copy, reused by every process


def test_every_engine_knows_every_emotion_of_the_canon() -> None:
    """One Emotion type from the script to the voice: each speech engine's table covers
    exactly the emotions a line can carry (a new one cannot be silently neutral)."""
    from typing import get_args

    from microdrama.domain.script import Emotion
    from microdrama.providers.openai import speech as openai_speech
    from microdrama.providers.piper import provider as piper

    canon = set(get_args(Emotion))
    for table in (speech_module.EMOTIONS, piper.EMOTIONS, openai_speech.EMOTIONS):
        assert set(table) == canon


@pytest.mark.parametrize("language, text", [("en", EN_LINE), ("zh", ZH_TEN)])
def test_a_line_takes_as_long_as_its_pace_says(language: Language, text: str) -> None:
    """The writer sizes lines by prosody.relative_speed (decision 0037): a slow speaker's
    sad line is longer than a fast speaker's angry one by about the ratio of their paces."""
    from microdrama.providers.offline.voice.prosody import relative_speed

    slow = duration_ms(speak(request(text, language=language, rate=40, emotion="sad")))
    fast = duration_ms(speak(request(text, language=language, rate=62, emotion="angry")))
    expected = relative_speed(language, 62, "angry") / relative_speed(language, 40, "sad")
    assert expected > 1.25
    assert slow / fast == pytest.approx(expected, rel=0.12)
