"""The shot encoder: raw I420 frames → an H.264 MP4 segment, inside the calling process.

Every shot renderer (a still with camera motion, a clip, the layered compositor) hands
its frames to :func:`encode_segment`. PyAV's libavcodec drives x264 with the settings of
``frames.segment_args`` — the same x264 (core 165) as the ffmpeg binary, so the stream is
the one ``ffmpeg`` would write with those arguments and ``-threads 1`` (a test compares
them packet by packet) and segments still concatenate with ``-c copy``.

Why in process and on one thread (decision 0019, "Third pass"):
- no pipe: a 1080×1920 frame is 3 MiB; piping it to an ffmpeg process cost two copies
  and the system calls (≈ 8 GiB and ≈ 5 s of system time for a 90-s episode), and each
  shot started an ffmpeg (≈ 0.1 s of CPU);
- one thread: the build already runs one shot per core, so x264's frame threads only
  add their own overhead (≈ 10–14 % of x264's CPU measured on this machine), and one
  thread makes the bytes the same on every machine, whatever its number of cores.

The same frames give the same bytes whatever the process encoded before (decision 0023,
"Found on the way"): x264 lets a few bytes of memory it allocated but never wrote steer
its choices, so an encoder whose buffers came from memory freed by earlier work wrote
other packets than one in a fresh process. While an encoder runs, glibc hands out every
new block zeroed (``M_PERTURB``), as a fresh process's memory is: the bytes are then
those of a fresh process, every time.
"""

from __future__ import annotations

import ctypes
import os
import platform
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import av
import numpy as np
from av.video.reformatter import ColorPrimaries, ColorRange, Colorspace, ColorTrc

from microdrama.media.ffmpeg import FfmpegError, atomic_output

#: How a failed encode names its encoder in ``FfmpegError.command``.
IN_PROCESS = "libx264 (in process)"

#: glibc's mallopt parameter that fills each new block with the complement of its value's
#: low byte (and each freed block with the byte): 0xFF gives zeroed blocks.
_M_PERTURB, _ZEROED = -6, 0xFF


def _glibc_mallopt() -> Callable[[int, int], int] | None:
    """glibc's ``mallopt``, or None where the C library is another one."""
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return None
    function: Callable[[int, int], int] = ctypes.CDLL(None).mallopt
    return function


_MALLOPT = _glibc_mallopt()
_encoders = 0  # encoders running in this process now (threads may encode at once)
_encoders_lock = threading.Lock()


def _forked() -> None:
    """A worker forked while a thread of its parent was encoding starts with none."""
    global _encoders, _encoders_lock
    _encoders, _encoders_lock = 0, threading.Lock()
    if _MALLOPT is not None:
        _MALLOPT(_M_PERTURB, 0)


os.register_at_fork(after_in_child=_forked)


@contextmanager
def zeroed_allocations() -> Iterator[None]:
    """While inside, every block malloc hands out in this process is zeroed (glibc;
    elsewhere nothing changes). Wraps each call into the encoder — x264 allocates its
    buffers there — and nothing else, so the compositor's large frames are not cleared."""
    global _encoders
    if _MALLOPT is None:
        yield
        return
    with _encoders_lock:
        _encoders += 1
        if _encoders == 1:
            _MALLOPT(_M_PERTURB, _ZEROED)
    try:
        yield
    finally:
        with _encoders_lock:
            _encoders -= 1
            if _encoders == 0:
                _MALLOPT(_M_PERTURB, 0)


def x264_options(fps: int, crf: int, preset: str) -> dict[str, object]:
    """The encoder options every segment shares: a keyframe each second, no scene cuts
    (so keyframes fall where the concat expects them), constant quality."""
    return {"preset": preset, "crf": str(crf), "g": str(fps), "keyint_min": str(fps),
            "sc_threshold": "0"}


def encode_segment(frames: Iterable[bytes | memoryview], out: Path, *, width: int,
                   height: int, fps: int = 30, crf: int = 23, preset: str = "veryfast",
                   threads: int = 1) -> None:
    """Encode ``frames`` (each one whole I420 frame, ``width``×``height``) as an H.264
    MP4 at ``fps``, BT.709 limited range, no audio. ``out`` appears whole or not at all."""
    encode_segments(((frame,) for frame in frames), [Path(out)], width=width, height=height,
                    fps=fps, crf=crf, preset=preset, threads=threads)


def encode_segments(frames: Iterable[Sequence[bytes | memoryview]], outs: Sequence[Path], *,
                    width: int, height: int, fps: int = 30, crf: int = 23,
                    preset: str = "veryfast", threads: int = 1) -> None:
    """Encode several videos of the same length at once: each item of ``frames`` holds
    one frame per file of ``outs``, in that order (a shot with its captions and the same
    shot clean, drawn once). Each file is exactly what ``encode_segment`` writes from its
    own frames — one encoder each, with the same options — and all appear whole, or none."""
    outs = [Path(out) for out in outs]
    size = width * height * 3 // 2
    try:
        with ExitStack() as stack:
            streams = []
            for out in outs:
                temporary = stack.enter_context(atomic_output(out))
                container = stack.enter_context(av.open(str(temporary), "w", format="mp4"))
                streams.append((container, _h264(container, width, height, fps, crf, preset,
                                                 threads)))
            for index, chunks in enumerate(frames):
                if len(chunks) != len(streams):
                    raise ValueError(f"frame {index} comes in {len(chunks)} versions for "
                                     f"{len(streams)} files")
                for chunk, (container, stream) in zip(chunks, streams, strict=True):
                    data = np.frombuffer(chunk, dtype=np.uint8)
                    if data.size != size:
                        raise ValueError(f"frame {index} has {data.size} bytes, not the "
                                         f"{size} of one {width}×{height} I420 frame")
                    frame = av.VideoFrame.from_ndarray(
                        data.reshape(height * 3 // 2, width), format="yuv420p")
                    frame.pts = index
                    with zeroed_allocations():
                        packets = stream.encode(frame)
                    container.mux(packets)
            for container, stream in streams:
                with zeroed_allocations():
                    packets = stream.encode(None)
                container.mux(packets)
    except av.error.FFmpegError as error:
        options = [f"-{key}={value}" for key, value in x264_options(fps, crf, preset).items()]
        raise FfmpegError([IN_PROCESS, *options, f"-threads={threads}",
                           *(str(out) for out in outs)], None, str(error)) from error


def _h264(container: Any, width: int, height: int, fps: int, crf: int, preset: str,
          threads: int) -> Any:
    """The segment's video stream in ``container``: x264 with the shared options."""
    stream = container.add_stream("libx264", rate=fps)
    stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
    context = stream.codec_context
    context.thread_count = threads
    context.color_range = ColorRange.MPEG
    context.colorspace = Colorspace.ITU709
    context.color_primaries = ColorPrimaries.BT709
    context.color_trc = ColorTrc.BT709
    stream.options = dict(x264_options(fps, crf, preset))
    return stream
