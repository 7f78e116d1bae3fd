"""Piper speech through the real piper-tts runtime, with tiny voice models built here.

The voice is an ONNX graph with Piper's signature (``input`` int64 [1, N],
``input_lengths`` [1], ``scales`` float32 [noise, length, noise_w], ``sid`` on
multi-speaker voices) that sings a sine tone of N × 256 × length samples at
``base + 100 × sid`` Hz: text length, length scale and speaker are all measurable in
the WAV. Phonemes come from the espeak-ng data inside the piper-tts wheel.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import struct
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper

from microdrama.domain import Voice
from microdrama.domain.bible import Gender, Language
from microdrama.errors import InputError
from microdrama.media.audio import duration_ms, read_wav
from microdrama.providers.base import ProviderConfig, SpeechModel, SpeechRequest
from microdrama.providers.piper import provider as piper_module
from microdrama.providers.piper.provider import PiperSpeech, loaded_voices
from microdrama.providers.registry import get_provider, provider_identity, request_identity

HOP = 256
#: Every symbol espeak-ng writes for our English and Mandarin lines, and a few more.
SYMBOLS = (
    "_^$ !'(),-.:;?" + "abcdefghijklmnopqrstuvwxyz" + "0123456789"
    + "æçðøŋœɐɑɒɔɕəɚɛɜɡɣɤɪɫɬɯɲɹɾʂʃʈʊʋʌʐʑʒʔʰʲˈˌːˑθχᵻ" + "\u0303\u0329\u032a\u032f"
)


def _const(
    name: str, value: float | list[int], kind: int = TensorProto.FLOAT
) -> onnx.NodeProto:
    values = value if isinstance(value, list) else [value]
    dims = [len(values)] if isinstance(value, list) else []
    return helper.make_node("Constant", [], [name],
                            value=helper.make_tensor(f"{name}_value", kind, dims, values))


def tone_voice(path: Path, *, rate: int, speakers: int = 1, base_hz: float = 200.0) -> None:
    """Write an ONNX voice that answers N phoneme ids with N × HOP × length samples."""
    inputs = [
        helper.make_tensor_value_info("input", TensorProto.INT64, [1, "phonemes"]),
        helper.make_tensor_value_info("input_lengths", TensorProto.INT64, [1]),
        helper.make_tensor_value_info("scales", TensorProto.FLOAT, [3]),
    ]
    nodes = [
        _const("first", 0.0), _const("step", 1.0), _const("hop", float(HOP)),
        _const("base", base_hz), _const("amplitude", 0.4), _const("omega", 2 * np.pi / rate),
        _const("axes", [0, 1], TensorProto.INT64),
        helper.make_node("Constant", [], ["second"],  # a scalar index: Gather drops the axis
                         value=helper.make_tensor("second_value", TensorProto.INT64, [], [1])),
        helper.make_node("Shape", ["input"], ["shape"]),
        helper.make_node("Gather", ["shape", "second"], ["count"], axis=0),  # N
        helper.make_node("Cast", ["count"], ["count_f"], to=TensorProto.FLOAT),
        helper.make_node("Gather", ["scales", "second"], ["length"], axis=0),  # length scale
        helper.make_node("Mul", ["count_f", "hop"], ["frames_raw"]),
        helper.make_node("Mul", ["frames_raw", "length"], ["frames_exact"]),
        helper.make_node("Floor", ["frames_exact"], ["frames"]),
        helper.make_node("Range", ["first", "frames", "step"], ["index"]),
    ]
    frequency = "base"
    if speakers > 1:
        inputs.append(helper.make_tensor_value_info("sid", TensorProto.INT64, [1]))
        nodes += [
            _const("zero", [0], TensorProto.INT64), _const("per_speaker", 100.0),
            helper.make_node("Squeeze", ["sid", "zero"], ["sid_0"]),
            helper.make_node("Cast", ["sid_0"], ["sid_f"], to=TensorProto.FLOAT),
            helper.make_node("Mul", ["sid_f", "per_speaker"], ["shift"]),
            helper.make_node("Add", ["base", "shift"], ["speaker_hz"]),
        ]
        frequency = "speaker_hz"
    nodes += [
        helper.make_node("Mul", [frequency, "omega"], ["turn"]),
        helper.make_node("Mul", ["index", "turn"], ["phase"]),
        helper.make_node("Sin", ["phase"], ["wave"]),
        helper.make_node("Mul", ["wave", "amplitude"], ["quiet"]),
        helper.make_node("Unsqueeze", ["quiet", "axes"], ["output"]),
    ]
    output = helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1, "samples"])
    graph = helper.make_graph(nodes, "tone_voice", inputs, [output])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8  # what every onnxruntime since 1.14 reads
    onnx.checker.check_model(model)
    onnx.save(model, str(path))


def voice_config(path: Path, *, language: str, espeak: str, rate: int, speakers: int = 1,
                 phoneme_type: str = "espeak") -> None:
    """Write the .onnx.json Piper reads next to a voice."""
    code = {"zh": "zh_CN", "en": "en_US", "es": "es_MX", "pt": "pt_BR"}[language]
    config = {
        "dataset": "microdrama-test",
        "audio": {"sample_rate": rate, "quality": "low"},
        "espeak": {"voice": espeak},
        "language": {"code": code, "family": language, "region": code[-2:]},
        "inference": {"noise_scale": 0.667, "length_scale": 1.0, "noise_w": 0.8},
        "phoneme_type": phoneme_type,
        "phoneme_id_map": {symbol: [index] for index, symbol in enumerate(SYMBOLS)},
        "num_symbols": len(SYMBOLS),
        "num_speakers": speakers,
        "speaker_id_map": {f"p{n}": n for n in range(speakers)} if speakers > 1 else {},
        "piper_version": "1.8.0",
    }
    path.with_name(path.name + ".json").write_text(json.dumps(config, ensure_ascii=False),
                                                   "utf-8")


@pytest.fixture(scope="module")
def voices(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """voices/en.onnx (16 kHz, one speaker) and voices/zh.onnx (22.05 kHz, four speakers)."""
    folder = tmp_path_factory.mktemp("voices")
    tone_voice(folder / "en.onnx", rate=16_000)
    voice_config(folder / "en.onnx", language="en", espeak="en-us", rate=16_000)
    tone_voice(folder / "zh.onnx", rate=22_050, speakers=4)
    voice_config(folder / "zh.onnx", language="zh", espeak="cmn", rate=22_050, speakers=4)
    return folder


def piper(voices: Path, **settings: Any) -> PiperSpeech:
    models = {"zh": str(voices / "zh.onnx"), "en": str(voices / "en.onnx")}
    return PiperSpeech(None, ProviderConfig(settings={"models": models, **settings}))


def only(language: str, model: Path) -> PiperSpeech:
    """A PiperSpeech with one voice."""
    return PiperSpeech(None, ProviderConfig(settings={"models": {language: str(model)}}))


def line(text: str, *, language: Language = "en", speaker: str = "su-wan",
         gender: Gender = "female", rate: int = 50, emotion: str = "neutral") -> SpeechRequest:
    voice = Voice(gender=gender, pitch=60, rate=rate, timbre="warm")
    return SpeechRequest(text=text, language=language, voice=voice, speaker=speaker,
                         emotion=emotion)


def speak(speech: PiperSpeech, request: SpeechRequest) -> bytes:
    return asyncio.run(speech.speak(request))


def wav_format(data: bytes) -> tuple[int, int, int, int]:
    """(encoding, channels, rate, bits) straight from the fmt chunk."""
    assert data[:4] == b"RIFF" and data[12:16] == b"fmt "
    encoding, channels, rate, _, _, bits = struct.unpack_from("<HHIIHH", data, 20)
    return encoding, channels, rate, bits


def frequency(data: bytes) -> float:
    samples, rate = read_wav(data)
    mono = samples[:, 0].astype(np.float64)
    spectrum = np.abs(np.fft.rfft(mono * np.hanning(mono.size)))
    return float(np.argmax(spectrum) * rate / mono.size)


def test_english_line_is_16_bit_mono_at_the_voices_rate(voices: Path) -> None:
    speech = piper(voices)
    assert isinstance(speech, SpeechModel)
    data = speak(speech, line("Get out of my house."))
    assert wav_format(data) == (1, 1, 16_000, 16)
    assert frequency(data) == pytest.approx(200, abs=3)
    samples, _ = read_wav(data)
    assert 0.05 < float(np.max(np.abs(samples))) <= 10 ** (-1 / 20) + 1e-3


def test_length_grows_with_the_text(voices: Path) -> None:
    speech = piper(voices)
    short = duration_ms(speak(speech, line("Go.")))
    longer = duration_ms(speak(speech, line("Go home now, and never come back to this house")))
    assert longer > 3 * short > 0
    zh_short = duration_ms(speak(speech, line("走。", language="zh")))
    zh_long = duration_ms(speak(speech, line("你现在就走，永远别再回到这个家来", language="zh")))
    assert zh_long > 3 * zh_short > 0


def test_chinese_line_speaks_through_espeak_cmn(voices: Path) -> None:
    data = speak(piper(voices), line("我不会原谅你的。", language="zh"))
    assert wav_format(data) == (1, 1, 22_050, 16)
    # Phoneme ids in, N × 256 samples out: 8 syllables give far more than a few ids.
    assert duration_ms(data) > 40 * HOP * 1000 // 22_050


def test_sentences_are_joined_with_a_pause(voices: Path) -> None:
    speech = piper(voices)
    one = speak(speech, line("You lied to me"))
    two = speak(speech, line("You lied to me. You lied to me."))
    assert duration_ms(two) >= 2 * duration_ms(one) + piper_module.SENTENCE_PAUSE_MS - 30


def test_rate_sets_the_length_scale(voices: Path) -> None:
    speech = piper(voices)
    slow = duration_ms(speak(speech, line("I know what you did.", rate=0)))
    fast = duration_ms(speak(speech, line("I know what you did.", rate=100)))
    assert slow / fast == pytest.approx(piper_module.RATE_SPAN**2, rel=0.01)


def test_emotion_nudges_length(voices: Path) -> None:
    speech = piper(voices)
    sad = duration_ms(speak(speech, line("I know what you did.", emotion="sad")))
    angry = duration_ms(speak(speech, line("I know what you did.", emotion="angry")))
    neutral = duration_ms(speak(speech, line("I know what you did.")))
    assert sad > neutral > angry


def test_each_character_keeps_one_speaker(voices: Path) -> None:
    speech = piper(voices)
    heard: dict[str, set[int]] = {}
    cast = [("su-wan", "female"), ("lu-chen", "male"), ("lin-mei", "female"),
            ("old-zhao", "male")]
    for speaker, gender in cast:
        for text, emotion in (("你好。", "neutral"), ("滚出去！", "furious"), ("对不起", "sad")):
            data = speak(speech, line(text, language="zh", speaker=speaker, gender=gender,
                                      emotion=emotion))
            heard.setdefault(speaker, set()).add(round((frequency(data) - 200) / 100))
    assert all(len(ids) == 1 for ids in heard.values()), heard
    assert all(ids <= {0, 1, 2, 3} for ids in heard.values())
    again = speak(piper(voices), line("再见", language="zh", speaker="lu-chen", gender="male"))
    assert round((frequency(again) - 200) / 100) in heard["lu-chen"]


def test_speakers_and_pools_settings(voices: Path) -> None:
    speech = piper(voices, speakers={"su-wan": 3, "lu-chen": "p2"},
                   speaker_pools={"female": [1]})
    zh = {"language": "zh"}
    assert frequency(speak(speech, line("你好", **zh))) == pytest.approx(500, abs=5)
    male = line("你好", language="zh", speaker="lu-chen", gender="male")
    assert frequency(speak(speech, male)) == pytest.approx(400, abs=5)
    pooled = line("你好", language="zh", speaker="lin-mei")
    assert frequency(speak(speech, pooled)) == pytest.approx(300, abs=5)
    # A single-speaker voice has no speakers to choose: the mapping does not apply.
    assert frequency(speak(speech, line("Hello"))) == pytest.approx(200, abs=3)


def test_a_speaker_the_voice_lacks_names_the_setting(voices: Path) -> None:
    speech = piper(voices, speakers={"su-wan": 9})
    with pytest.raises(InputError) as caught:
        speak(speech, line("你好", language="zh"))
    assert "speakers.su-wan" in str(caught.value) and "0 to 3" in str(caught.value)


def test_relative_model_paths_resolve_against_the_project(voices: Path, tmp_path: Path) -> None:
    project = tmp_path / "drama"
    (project / "voices").mkdir(parents=True)
    for name in ("en.onnx", "en.onnx.json"):
        shutil.copy(voices / name, project / "voices" / name)
    config = ProviderConfig(settings={"models": {"en": "voices/en.onnx"}},
                            project_dir=str(project))
    data = speak(PiperSpeech(None, config), line("Hello there."))
    assert wav_format(data)[2] == 16_000


def test_missing_model_file_says_how_to_fix(voices: Path, tmp_path: Path) -> None:
    missing = tmp_path / "zh_CN-huayan-medium.onnx"
    speech = only("zh", missing)
    with pytest.raises(InputError) as caught:
        speak(speech, line("你好", language="zh"))
    message = str(caught.value)
    assert "[providers.piper] models.zh" in message and str(missing) in message
    assert "download a Piper voice" in message and "models.zh = " in message


def test_missing_json_config_says_how_to_fix(voices: Path, tmp_path: Path) -> None:
    shutil.copy(voices / "en.onnx", tmp_path / "en.onnx")
    speech = only("en", tmp_path / "en.onnx")
    with pytest.raises(InputError) as caught:
        speak(speech, line("Hello"))
    message = str(caught.value)
    assert "models.en" in message and str(tmp_path / "en.onnx.json") in message
    assert ".onnx.json next to the model" in message


def test_a_voice_in_the_wrong_language_is_refused(voices: Path) -> None:
    speech = only("zh", voices / "en.onnx")
    with pytest.raises(InputError) as caught:
        speak(speech, line("你好", language="zh"))
    assert "models.zh" in str(caught.value) and "speaks 'en', not 'zh'" in str(caught.value)


def test_a_language_without_a_voice_is_refused(voices: Path) -> None:
    speech = only("en", voices / "en.onnx")
    with pytest.raises(InputError, match=r"models\.zh"):
        speak(speech, line("你好", language="zh"))
    with pytest.raises(InputError, match="no Piper voices are set"):
        PiperSpeech(None, ProviderConfig(settings={}))


def test_a_pinyin_voice_without_g2pw_is_refused_not_downloaded(voices: Path,
                                                               tmp_path: Path) -> None:
    tone_voice(tmp_path / "zh.onnx", rate=22_050)
    voice_config(tmp_path / "zh.onnx", language="zh", espeak="cmn", rate=22_050,
                 phoneme_type="pinyin")
    speech = only("zh", tmp_path / "zh.onnx")
    with pytest.raises(InputError) as caught:
        speak(speech, line("你好", language="zh"))
    assert "g2pW" in str(caught.value) and "models.zh" in str(caught.value)


def test_each_line_is_keyed_on_the_bytes_of_its_own_voice(voices: Path, tmp_path: Path) -> None:
    def key(folder: Path, **models: Path) -> dict[str, Any]:
        config = ProviderConfig(settings={"models": {"en": str(folder / "en.onnx"),
                                                     **{k: str(v) for k, v in models.items()}}})
        return request_identity("piper", "speech", config, line("Hello").model_dump(mode="json"))

    moved = tmp_path / "moved"
    moved.mkdir()
    for name in ("en.onnx", "en.onnx.json"):
        shutil.copy(voices / name, moved / name)
    keyed = key(voices)
    assert keyed["voice"]["model_sha256"] == piper_module.file_sha256(voices / "en.onnx")
    assert str(voices) not in json.dumps(keyed)
    assert key(moved) == keyed  # same bytes elsewhere
    assert key(voices, zh=voices / "zh.onnx") == keyed  # another language's voice added
    assert provider_identity("piper", "speech", ProviderConfig(settings={
        "models": {"en": str(voices / "en.onnx")}, "speakers": {"a": 1}})) == provider_identity(
        "piper", "speech", ProviderConfig(settings={"models": {"en": str(moved / "en.onnx")}}))
    tone_voice(moved / "en.onnx", rate=16_000, base_hz=300.0)  # a different voice
    assert key(moved) != keyed


def test_a_dub_speaks_with_its_locales_voice(voices: Path, tmp_path: Path) -> None:
    tone_voice(tmp_path / "es.onnx", rate=16_000, base_hz=450.0)
    voice_config(tmp_path / "es.onnx", language="es", espeak="es", rate=16_000)
    tone_voice(tmp_path / "pt.onnx", rate=16_000, base_hz=350.0)
    voice_config(tmp_path / "pt.onnx", language="pt", espeak="pt-br", rate=16_000)
    speech = piper(voices, models={"en": str(voices / "en.onnx"),
                                   "es": str(tmp_path / "es.onnx"),
                                   "pt": str(tmp_path / "pt.onnx")})

    def dub(locale: str) -> SpeechRequest:
        return line("Hola").model_copy(update={"locale": locale})

    assert frequency(speak(speech, line("Hello"))) == pytest.approx(200, abs=3)
    assert frequency(speak(speech, dub("es"))) == pytest.approx(450, abs=5)
    assert frequency(speak(speech, dub("pt-BR"))) == pytest.approx(350, abs=5)  # models.pt
    assert frequency(speak(speech, dub("qps-ploc"))) == pytest.approx(200, abs=3)  # en's
    with pytest.raises(InputError, match=r"models\.ar") as caught:
        speak(speech, dub("ar"))
    assert "no Piper voice is set for 'ar'" in str(caught.value)
    wrong = only("es", voices / "en.onnx")
    with pytest.raises(InputError, match="speaks 'en', not 'es'"):
        speak(wrong, dub("es"))


def test_giving_one_character_a_speaker_rekeys_only_their_lines(voices: Path) -> None:
    def key(speaker: str, **settings: Any) -> dict[str, Any]:
        config = ProviderConfig(settings={"models": {"zh": str(voices / "zh.onnx")}, **settings})
        request = line("你好", language="zh", speaker=speaker).model_dump(mode="json")
        return request_identity("piper", "speech", config, request)

    assert key("su-wan", speakers={"su-wan": 3})["speaker"] == 3
    assert key("su-wan", speakers={"su-wan": 2})["speaker"] == 2
    assert key("lu-chen", speakers={"su-wan": 3}) == key("lu-chen")  # others keep their keys


def test_swapping_the_model_file_swaps_the_voice(voices: Path, tmp_path: Path) -> None:
    for name in ("en.onnx", "en.onnx.json"):
        shutil.copy(voices / name, tmp_path / name)
    speech = only("en", tmp_path / "en.onnx")
    assert frequency(speak(speech, line("Hello"))) == pytest.approx(200, abs=3)
    tone_voice(tmp_path / "en.onnx", rate=16_000, base_hz=600.0)
    assert frequency(speak(speech, line("Hello"))) == pytest.approx(600, abs=5)


def test_many_threads_share_one_loaded_voice(voices: Path, tmp_path: Path) -> None:
    for name in ("zh.onnx", "zh.onnx.json"):
        shutil.copy(voices / name, tmp_path / name)
    speech = only("zh", tmp_path / "zh.onnx")
    before = loaded_voices()
    results: dict[int, bytes] = {}
    errors: list[BaseException] = []

    def work(index: int) -> Callable[[], None]:
        def run() -> None:
            try:
                results[index] = speech.speak_sync(line("今天你必须给我一个交代。", language="zh"))
            except BaseException as error:  # reported below
                errors.append(error)
        return run

    threads = [threading.Thread(target=work(n)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    assert len(results) == 8 and len(set(results.values())) == 1
    assert loaded_voices() == before + 1


def test_through_the_registry(voices: Path) -> None:
    config = ProviderConfig(settings={"models": {"en": str(voices / "en.onnx")}})
    speech = get_provider("piper", "speech", config)
    assert isinstance(speech, PiperSpeech)
    assert wav_format(asyncio.run(speech.speak(line("Hello."))))[2] == 16_000
    with pytest.raises(InputError, match="takes no model"):
        get_provider("piper:en_US-lessac", "speech", config)


def test_a_line_of_only_punctuation_is_a_short_pause(voices: Path) -> None:
    data = speak(piper(voices), line("……"))
    assert wav_format(data) == (1, 1, 16_000, 16)
    assert duration_ms(data) <= 1000
