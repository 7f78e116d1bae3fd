"""Moving clips: any video or list of frames → one clean H.264 clip; a clip → a segment.

Clip services hand back whatever their workflow saved — an MP4, a WebM, a GIF, an
animated WebP or a list of frame images, at their own size and frame rate.
:func:`clip_to_mp4` turns any of them into what the rest of the pipeline expects:
H.264 yuv420p (BT.709, limited range) at the wanted size (scaled to cover, centre
crop), at a constant frame rate, and never shorter than asked (the last frame is held).

:func:`render_clip_segment` is the moving counterpart of
:func:`microdrama.media.video.render_segment`: the clip's frames replace the warped
panel; transitions, burned-in captions and the AI label are drawn the same way, with
the same codec settings, so segments of both kinds concatenate with ``-c copy``.
"""

from __future__ import annotations

import io
import math
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av
import cv2
import numpy as np
from PIL import Image, ImageSequence

from microdrama.domain.storyboard import Transition
from microdrama.errors import DramaError
from microdrama.media.encode import encode_segments
from microdrama.media.ffmpeg import atomic_output, pipe_to_ffmpeg

# The still-panel renderer's colour, overlay and transition helpers: one look for both.
from microdrama.media.frames import (
    Overlay,
    Rendition,
    cover,
    frame_count,
    half,
    prepare_overlay_sets,
    rgb_to_yuv,
    to_u8,
    transition_at,
)

#: Suffixes decoded as video (a lone image of another kind is a one-frame clip).
VIDEO_SUFFIXES = frozenset({".mp4", ".webm", ".mov", ".mkv", ".avi", ".gif", ".webp", ".m4v"})

Array = np.ndarray[Any, Any]


class UnreadableClip(DramaError):
    """The bytes are not a video or image we can decode.

    A provider that made them maps it to its ProviderError (comfyui); in a stage it fails
    that stage's item (StageError)."""


@dataclass(frozen=True, eq=False)
class SourceFrame:
    """One decoded frame: when it starts (seconds from the first frame) and how long it lasts."""

    time: float
    duration: float
    image: Array


# ---------------------------------------------------------------------------- decoding


def _rgb(frame: av.VideoFrame) -> Array:
    return frame.to_ndarray(format="rgb24")


def video_frames(
    data: bytes | Path,
    *,
    name: str = "",
    fallback_fps: float = 30.0,
    convert: Callable[[av.VideoFrame], Array] = _rgb,
) -> Iterator[SourceFrame]:
    """Decode a video (or animated image) frame by frame; images are RGB unless ``convert``.

    ``name`` (a file name) picks the decoder for animated WebP, which Pillow reads.
    Raises UnreadableClip.
    """
    suffix = Path(name or (str(data) if isinstance(data, Path) else "")).suffix.lower()
    if suffix == ".webp":
        raw = data.read_bytes() if isinstance(data, Path) else data
        yield from _pillow_frames(raw, fallback_fps)
        return
    try:
        source = str(data) if isinstance(data, Path) else io.BytesIO(data)
        with av.open(source, mode="r") as container:
            if not container.streams.video:
                raise UnreadableClip(f"{name or 'the file'} has no video stream")
            stream = container.streams.video[0]
            stream.thread_type = "AUTO"
            rate = float(stream.average_rate or stream.guessed_rate or fallback_fps)
            first: float | None = None
            for index, frame in enumerate(container.decode(stream)):
                t = float(frame.time) if frame.time is not None else index / rate
                if first is None:
                    first = t
                yield SourceFrame(max(0.0, t - first), 1.0 / rate, convert(frame))
    except av.error.FFmpegError as error:
        raise UnreadableClip(f"cannot decode {name or 'the video'}: {error}") from None


def _pillow_frames(data: bytes, fallback_fps: float) -> Iterator[SourceFrame]:
    try:
        image = Image.open(io.BytesIO(data))
        clock = 0.0
        for frame in ImageSequence.Iterator(image):
            duration = float(frame.info.get("duration") or 1000.0 / fallback_fps) / 1000.0
            yield SourceFrame(clock, duration, np.asarray(frame.convert("RGB")))
            clock += duration
    except (OSError, ValueError) as error:
        raise UnreadableClip(f"cannot decode the animated image: {error}") from None


def image_frames(images: Sequence[bytes], fps: float) -> Iterator[SourceFrame]:
    """A list of still images (PNG, JPEG, …) as frames at ``fps``, RGB."""
    for index, data in enumerate(images):
        try:
            with Image.open(io.BytesIO(data)) as image:
                rgb = np.asarray(image.convert("RGB"))
        except (OSError, ValueError) as error:
            raise UnreadableClip(f"frame {index + 1} is not an image: {error}") from None
        yield SourceFrame(index / fps, 1.0 / fps, rgb)


def retime(frames: Iterable[SourceFrame], fps: int, *, min_frames: int,
           max_frames: int | None = None) -> Iterator[SourceFrame]:
    """The source frame on screen at each output frame ``k / fps``.

    Runs to the end of the source, but at least ``min_frames`` (holding the last frame)
    and at most ``max_frames`` (cutting). The same object repeats while a frame is held.
    """
    source = iter(frames)
    current = next(source, None)
    if current is None:
        raise UnreadableClip("the clip has no frames")
    upcoming = next(source, None)
    slack = 0.25 / fps
    index = 0
    while max_frames is None or index < max_frames:
        t = index / fps
        while upcoming is not None and upcoming.time <= t + slack:
            current, upcoming = upcoming, next(source, None)
        if upcoming is None and index >= min_frames and t >= current.time + current.duration - slack:
            break
        yield current
        index += 1


# ---------------------------------------------------------------------------- encoding


def clip_args(source_size: tuple[int, int], width: int, height: int, fps: int, crf: int,
              preset: str, out: Path) -> list[str]:
    """ffmpeg arguments: raw RGB frames of ``source_size`` → H.264 clip of width×height."""
    source_w, source_h = source_size
    scale = (
        f"scale={width}:{height}:force_original_aspect_ratio=increase:flags=bicubic,"
        f"crop={width}:{height},scale=out_color_matrix=bt709:out_range=tv,format=yuv420p,setsar=1"
    )
    return [
        "-y",
        "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{source_w}x{source_h}",
        "-framerate", str(fps), "-i", "-",
        "-an", "-vf", scale,
        "-c:v", "libx264", "-preset", preset, "-crf", str(crf), "-pix_fmt", "yuv420p",
        "-g", str(fps), "-keyint_min", str(fps), "-sc_threshold", "0",
        "-fps_mode", "cfr", "-r", str(fps),
        "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
        "-color_range", "tv", "-movflags", "+faststart",
        "-f", "mp4", str(out),
    ]  # fmt: skip


def encode_clip(frames: Iterable[SourceFrame], out: Path, *, width: int, height: int, fps: int,
                min_frames: int, crf: int = 18, preset: str = "veryfast") -> None:
    """Encode RGB frames (retimed to ``fps``, at least ``min_frames``) as an H.264 clip."""
    timed = retime(frames, fps, min_frames=min_frames)
    first = next(timed)
    size = (first.image.shape[1], first.image.shape[0])

    def chunks() -> Iterator[bytes | memoryview]:
        last: SourceFrame | None = None
        data: bytes | memoryview = b""
        for frame in _chain(first, timed):
            if frame is not last:
                image = frame.image
                if (image.shape[1], image.shape[0]) != size:
                    image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
                data = np.ascontiguousarray(image, dtype=np.uint8).data
                last = frame
            yield data

    with atomic_output(Path(out)) as temporary:
        pipe_to_ffmpeg(clip_args(size, width, height, fps, crf, preset, temporary), chunks())


def _chain(first: SourceFrame, rest: Iterator[SourceFrame]) -> Iterator[SourceFrame]:
    yield first
    yield from rest


def clip_to_mp4(*, video: bytes | None = None, name: str = "", images: Sequence[bytes] = (),
                source_fps: float, width: int, height: int, fps: int, duration_ms: int) -> bytes:
    """A video file (``video``, named ``name``) or frame images → H.264 MP4 bytes.

    Frame images are played at ``source_fps`` (also the fallback rate of videos that do
    not say). The result is width×height at ``fps`` and lasts at least ``duration_ms``.
    Raises UnreadableClip when the input cannot be decoded.
    """
    if video is None and not images:
        raise UnreadableClip("there is neither a video nor frames")
    frames = (video_frames(video, name=name, fallback_fps=source_fps) if video is not None
              else image_frames(images, source_fps))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "clip.mp4"
        encode_clip(frames, out, width=width, height=height, fps=fps,
                    min_frames=math.ceil(duration_ms * fps / 1000))
        return out.read_bytes()


# ---------------------------------------------------------------------------- segments


def _i420(width: int, height: int) -> Callable[[av.VideoFrame], Array]:
    """A converter from decoded frames to flat I420 bytes of exactly width×height."""

    def convert(frame: av.VideoFrame) -> Array:
        if (frame.width, frame.height) == (width, height) and frame.format.name == "yuv420p":
            return np.ascontiguousarray(frame.to_ndarray()).reshape(-1)
        rgb = cover(frame.to_ndarray(format="rgb24"), width, height)
        y, u, v = rgb_to_yuv(rgb)
        return np.concatenate([to_u8(y).ravel(), to_u8(half(u)).ravel(),
                               to_u8(half(v)).ravel()])

    return convert


def render_clip_segment(
    clip: Path,
    out: Path,
    *,
    duration_ms: int,
    transition: Transition = "cut",
    overlays: Sequence[Overlay] = (),
    also: Sequence[Rendition] = (),
    width: int = 1080,
    height: int = 1920,
    fps: int = 30,
    crf: int = 23,
    preset: str = "veryfast",
) -> None:
    """Render a shot from its clip: the clip's frames (cover-scaled, held on the last frame
    if short, cut if long) with the transition and overlays of ``render_segment``; with
    ``also``, the same frames under other overlays into other files (decoded once).

    Frame count = round(duration_ms × fps / 1000), at least 1, exactly as for stills.
    """
    if duration_ms <= 0:
        raise ValueError(f"duration_ms must be positive, got {duration_ms}")
    if width <= 0 or height <= 0 or width % 2 or height % 2:
        raise ValueError(
            f"width and height must be positive and even for 4:2:0, got {width}x{height}"
        )
    frames = frame_count(duration_ms, fps)
    renditions = [Rendition(Path(out), overlays), *also]
    overlay_sets = prepare_overlay_sets([r.overlays for r in renditions], width, height)
    source = video_frames(Path(clip), convert=_i420(width, height), fallback_fps=fps)
    luma, chroma = width * height, (width // 2) * (height // 2)

    def chunks() -> Iterator[tuple[bytes | memoryview, ...]]:
        buffers = [np.empty(luma + 2 * chroma, dtype=np.uint8) for _ in renditions]
        drawn: list[tuple[SourceFrame, object, tuple[int, ...]] | None] = [None] * len(buffers)
        timed = retime(source, fps, min_frames=frames, max_frames=frames)
        for index, frame in enumerate(timed):
            t_ms = index * 1000.0 / fps
            fade = transition_at(transition, t_ms)
            views: list[bytes | memoryview] = []
            for k, (buffer, layers) in enumerate(zip(buffers, overlay_sets, strict=True)):
                active = tuple(i for i, layer in enumerate(layers)
                               if layer.start_ms <= t_ms < layer.end_ms)
                if fade is None and not active:
                    views.append(frame.image.data)
                    continue
                # A held frame under the same overlays and fade is drawn once.
                last = drawn[k]
                if last is None or last[0] is not frame or last[1:] != (fade, active):
                    buffer[:] = frame.image
                    y = buffer[:luma].reshape(height, width)
                    u = buffer[luma : luma + chroma].reshape(height // 2, width // 2)
                    v = buffer[luma + chroma :].reshape(height // 2, width // 2)
                    if fade is not None:
                        keep, add_y, add_c = fade
                        cv2.convertScaleAbs(y, dst=y, alpha=keep, beta=add_y)
                        cv2.convertScaleAbs(u, dst=u, alpha=keep, beta=add_c)
                        cv2.convertScaleAbs(v, dst=v, alpha=keep, beta=add_c)
                    for i in active:
                        layers[i].draw(y, u, v)
                    drawn[k] = (frame, fade, active)
                views.append(buffer.data)
            yield tuple(views)

    encode_segments(chunks(), [r.path for r in renditions], width=width, height=height,
                    fps=fps, crf=crf, preset=preset)
