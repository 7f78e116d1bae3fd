"""The in-process shot encoder: the stream the ffmpeg command line would write, and the
frames' colours as they were drawn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from microdrama.media.encode import encode_segment
from microdrama.media.ffmpeg import FfmpegError, pipe_to_ffmpeg
from microdrama.media.frames import segment_args

W, H = 128, 96


def _frames(count: int) -> list[np.ndarray[Any, Any]]:
    """Moving I420 frames with saturated chroma (where a colour-matrix mix-up shows)."""
    rng = np.random.default_rng(7)
    base = rng.integers(16, 236, (H * 3 // 2, W), dtype=np.uint8)
    base[H:] = rng.integers(16, 241, (H // 2, W), dtype=np.uint8)
    return [np.ascontiguousarray(np.roll(base, 2 * i, axis=1)) for i in range(count)]


def _stream(path: Path) -> tuple[Any, ...]:
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        context = stream.codec_context
        head = (bytes(context.extradata or b""), stream.time_base, stream.average_rate,
                context.color_range, context.colorspace, context.color_primaries,
                context.color_trc)
        packets = [(bytes(p), p.pts, p.dts, p.is_keyframe) for p in container.demux(stream)
                   if p.size]
    return head, packets


def test_the_same_stream_as_the_ffmpeg_command_line(tmp_path: Path) -> None:
    """Segments from either form concatenate with -c copy: same parameter sets, same
    packets, keyframes each second, BT.709 tags."""
    frames = _frames(45)
    encode_segment((f.data for f in frames), tmp_path / "in.mp4", width=W, height=H)
    pipe_to_ffmpeg(segment_args(W, H, 30, 23, "veryfast", tmp_path / "cli.mp4"),
                   (f.data for f in frames))
    ours, cli = _stream(tmp_path / "in.mp4"), _stream(tmp_path / "cli.mp4")
    assert ours == cli
    head, packets = ours
    assert head[3:] == (1, 1, 1, 1)  # limited range, BT.709 matrix, primaries, transfer
    assert [i for i, p in enumerate(packets) if p[3]] == [0, 30]


def test_frames_keep_their_colours(tmp_path: Path) -> None:
    """Frames are BT.709 already: nothing re-converts them (the ffmpeg command line did,
    as if they were BT.601, until its input was tagged: saturated chroma moved luma)."""
    frame = np.full((H * 3 // 2, W), 128, dtype=np.uint8)
    frame[: H // 2] = 16
    frame[H // 2 : H] = 235
    frame[H : H + H // 8] = 60  # the top half's U: strongly blue-yellow
    encode_segment([frame.data] * 3, tmp_path / "s.mp4", width=W, height=H, crf=0)
    with av.open(str(tmp_path / "s.mp4")) as container:
        decoded = next(container.decode(video=0)).to_ndarray(format="yuv420p")
    assert decoded[10, 10] == 16 and decoded[H - 10, 10] == 235
    assert decoded[H + 2, 10] == 60 and decoded[H + H // 4 - 2, 10] == 128


def test_a_short_frame_is_refused_and_nothing_is_left(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="frame 1 has"):
        encode_segment([bytes(W * H * 3 // 2), bytes(10)], tmp_path / "s.mp4", width=W,
                       height=H)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(FfmpegError, match="no-such-preset"):
        encode_segment([bytes(W * H * 3 // 2)], tmp_path / "s.mp4", width=W, height=H,
                       preset="no-such-preset")
    assert list(tmp_path.iterdir()) == []
