"""The box-level join against ffmpeg's concat demuxer and mux, on real x264 and AAC files:
the same pictures at the same times, the same audio packets, the same durations."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from microdrama.media.aac import aac_bytes
from microdrama.media.encode import encode_segment
from microdrama.media.ffmpeg import run_ffmpeg
from microdrama.media.mp4join import NotJoinable, join_mp4
from microdrama.media.mp4meta import metadata_items
from microdrama.media.video import concat_segments, mux, probe

W, H = 96, 160


def frames(count: int, seed: int, width: int = W, height: int = H) -> list[bytes]:
    """A moving gradient with noise, as I420 frames (enough detail for B-frames)."""
    rng = np.random.default_rng(seed)
    out = []
    for i in range(count):
        y = ((np.arange(width)[None, :] * 2 + np.arange(height)[:, None] + 7 * i + seed * 40)
             % 256).astype(np.uint8)
        y = np.clip(y.astype(int) + rng.integers(-12, 12, y.shape), 0, 255).astype(np.uint8)
        chroma = np.full((height // 2, width // 2), 128 + seed, dtype=np.uint8)
        out.append(y.tobytes() + chroma.tobytes() + chroma.tobytes())
    return out


def shot(folder: Path, name: str, count: int, seed: int, width: int = W, height: int = H) -> Path:
    path = folder / f"{name}.mp4"
    encode_segment(frames(count, seed, width, height), path, width=width, height=height)
    return path


def mix(folder: Path, seconds: float) -> Path:
    t = np.arange(int(48000 * seconds)) / 48000
    tone = (0.3 * np.sin(2 * np.pi * 440 * t) * 32767).astype(np.int16)
    path = folder / "mix.m4a"
    path.write_bytes(aac_bytes(np.stack([tone, tone[::-1]], axis=1), 48000))
    return path


def contents(path: Path) -> dict[str, Any]:
    """Decoded pictures with their times, audio packets, and the streams' lengths."""
    with av.open(str(path)) as container:
        video = [(f.pts, hashlib.sha256(f.to_ndarray().tobytes()).hexdigest())
                 for f in container.decode(video=0)]
    with av.open(str(path)) as container:
        audio = [(p.pts, p.dts, p.duration, bytes(p)) for p in container.demux(audio=0) if p.size]
    with av.open(str(path)) as container:
        v, a = container.streams.video[0], container.streams.audio[0]
        lengths = (container.duration, v.duration, a.duration, v.frames, a.frames,
                   v.time_base, a.time_base)
    return {"video": video, "audio": audio, "lengths": lengths}


def both(folder: Path, shots: list[Path], audio: Path) -> tuple[Path, Path]:
    ours, theirs = folder / "ours.mp4", folder / "theirs.mp4"
    join_mp4(shots, audio, ours, metadata={"AIGC": '{"AIGC":{"Label":"1"}}'})
    concat_segments(shots, folder / "joined.mp4")
    mux(folder / "joined.mp4", audio, theirs, metadata={"AIGC": '{"AIGC":{"Label":"1"}}'})
    return ours, theirs


@pytest.mark.parametrize(("lengths", "seconds"), [
    ([31, 1, 47, 12], 2.5),   # audio shorter than the picture; a one-frame shot
    ([40, 29], 3.5),          # audio longer: cut where the picture ends, as ffmpeg -t
])
def test_the_join_is_what_ffmpeg_makes(tmp_path: Path, lengths: list[int], seconds: float) -> None:
    shots = [shot(tmp_path, f"s{i}", n, i) for i, n in enumerate(lengths)]
    ours, theirs = both(tmp_path, shots, mix(tmp_path, seconds))
    assert contents(ours) == contents(theirs)
    assert probe(ours) == probe(theirs)
    assert probe(ours).constant_frame_rate and probe(ours).frame_count == sum(lengths)
    assert metadata_items(ours) == [("AIGC", '{"AIGC":{"Label":"1"}}')]
    run_ffmpeg(["-v", "error", "-xerror", "-i", str(ours), "-f", "null", "-"])  # decodes cleanly
    with ours.open("rb") as data:  # faststart: the index before the samples
        head = data.read(64)
    assert head.index(b"moov") < 64 and b"mdat" not in head


def test_shots_from_another_encoder_are_left_to_ffmpeg(tmp_path: Path) -> None:
    audio = mix(tmp_path, 1.0)
    out = tmp_path / "out.mp4"
    other_size = shot(tmp_path, "big", 10, 2, width=W * 2)
    with pytest.raises(NotJoinable):
        join_mp4([shot(tmp_path, "a", 10, 1), other_size], audio, out, metadata={})
    with pytest.raises(NotJoinable):  # a shot with sound is not a shot of ours
        join_mp4([tmp_path / "a.mp4", audio], audio, out, metadata={})
    assert not out.exists() and not list(tmp_path.glob(".out.*"))
