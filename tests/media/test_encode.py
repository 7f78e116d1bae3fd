"""The in-process shot encoder: the stream the ffmpeg command line would write, and the
frames' colours as they were drawn."""

from __future__ import annotations

import subprocess
import sys
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


def _tiles(seed: int, width: int, height: int, count: int) -> list[bytes]:
    """Moving tiles over a slope: frames on which x264, fed from reused memory, once
    wrote other packets (a width of 1080 is not a whole number of macroblocks)."""
    rng = np.random.default_rng(seed)
    tiles = np.kron(rng.integers(0, 255, (height // 8, width // 8)),
                    np.ones((8, 8), dtype=np.int64))
    rows, columns = np.mgrid[0:height, 0:width]
    chroma = bytes([128 + seed % 20]) * (width * height // 2)
    return [(((np.roll(tiles, 3 * i, axis=1) + (columns + 5 * i) // 9 + rows // 7) % 256)
             .astype(np.uint8).tobytes() + chroma) for i in range(count)]


_FRESH = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from test_encode import _tiles
from microdrama.media.encode import encode_segment
encode_segment(_tiles(99, 1080, 320, 30), Path(sys.argv[1]), width=1080, height=320)
"""


def test_the_same_frames_give_the_same_bytes_whatever_was_encoded_before(tmp_path: Path) -> None:
    """Encoded after other shots in this process, a shot's file is the one a fresh
    process writes (it was not: x264 read memory it had not written, decision 0023)."""
    for seed in range(3):  # other shots first: their buffers are freed for the next
        encode_segment(_tiles(seed, 1080, 320, 30), tmp_path / f"other{seed}.mp4",
                       width=1080, height=320)
    encode_segment(_tiles(99, 1080, 320, 30), tmp_path / "after.mp4", width=1080, height=320)
    subprocess.run([sys.executable, "-c", _FRESH, str(tmp_path / "fresh.mp4"),
                    str(Path(__file__).parent)], check=True)
    assert (tmp_path / "after.mp4").read_bytes() == (tmp_path / "fresh.mp4").read_bytes()
