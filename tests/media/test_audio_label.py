"""The audio label (·- ··) mixed into an episode's audio survives the AAC encode and is
found again; audio without it, or with another rhythm, is not taken for it."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from microdrama.media.audio import write_wav
from microdrama.media.audio_label import add_audio_label, find_audio_label
from microdrama.media.label import audio_label_rule
from microdrama.media.loudness import normalize_loudness
from microdrama.media.video import encode_aac
from tests.media.test_audio import babble

RATE = 48000


def decoded(path: Path) -> tuple[np.ndarray, int]:
    """The samples of an encoded audio file (mono), decoded by FFmpeg's libraries."""
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        chunks = [frame.to_ndarray().mean(axis=0) for frame in container.decode(stream)]
        return np.concatenate(chunks), stream.rate


def episode_audio(seconds: float = 4.0) -> np.ndarray:
    """Speech-like audio from the first frame (the hardest case: the label under a line)."""
    t = np.arange(round(seconds * RATE)) / RATE
    bed = 0.03 * np.sin(2 * np.pi * 220 * t) + 0.02 * np.sin(2 * np.pi * 330 * t)
    voice = np.interp(t, np.arange(round(seconds * 22050)) / 22050, babble(seconds))
    return np.stack([voice + bed, voice + bed], axis=1)


def encode(tmp_path: Path, wav: bytes, name: str) -> Path:
    source, out = tmp_path / f"{name}.wav", tmp_path / f"{name}.m4a"
    source.write_bytes(normalize_loudness(wav))
    encode_aac(source, out)
    return out


def test_the_rhythm_is_short_long_short_short() -> None:
    assert audio_label_rule().tones() == [(0, 100), (200, 500), (800, 900), (1000, 1100)]


def test_the_label_survives_the_aac_encode(tmp_path: Path) -> None:
    plain = write_wav(episode_audio(), RATE)
    labelled = encode(tmp_path, add_audio_label(plain), "labelled")
    samples, rate = decoded(labelled)
    assert find_audio_label(samples, rate)
    samples, rate = decoded(encode(tmp_path, plain, "plain"))
    assert not find_audio_label(samples, rate)


@pytest.mark.parametrize("pattern", ["-. ..", ".. ..", "... .-"])
def test_another_rhythm_is_not_the_label(pattern: str, tmp_path: Path) -> None:
    other = audio_label_rule().model_copy(update={"pattern": pattern})
    wav = add_audio_label(write_wav(episode_audio(), RATE), other)
    samples, rate = decoded(encode(tmp_path, wav, "other"))
    assert not find_audio_label(samples, rate)


def test_verify_reports_the_audio_label_and_does_not_require_it(tmp_path: Path) -> None:
    from microdrama.app.verify import VerifyRequest, verify_file

    plain = write_wav(episode_audio(), RATE)
    labelled = encode(tmp_path, add_audio_label(plain), "labelled")
    unlabelled = encode(tmp_path, plain, "plain")
    request = VerifyRequest(paths=[])
    found = {c.name: c for c in verify_file(labelled, request).checks}
    assert found["audio"].status == "ok"
    missing = {c.name: c for c in verify_file(unlabelled, request).checks}
    assert missing["audio"].status == "absent" and missing["audio"].passed
