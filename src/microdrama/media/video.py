"""Video segments: a still panel with camera motion, overlays and a transition → H.264.

Each frame is drawn with OpenCV `warpAffine` straight on the YUV 4:2:0 planes (luma at
full, chroma at half resolution, sub-pixel transforms) and piped as raw I420 to
ffmpeg/libx264. Drawing on the planes avoids a colour conversion per frame, and
sub-pixel warps avoid the whole-pixel stepping of ffmpeg's `zoompan`
(shared/domain/media-stack.md). Segments share codec settings (constant 30 fps,
a keyframe every second) so they concatenate with `-c copy`.

Colour: panels and overlays are converted once to BT.709 limited range and the
output is tagged so, which is what players assume for HD video.

Reading container metadata back is `microdrama.media.mp4meta`; `read_metadata` and
`metadata_items` are re-exported here.
"""

from __future__ import annotations

import math
import re
import tempfile
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import cv2
import numpy as np

from microdrama.domain.storyboard import CameraMove, Transition
from microdrama.media.aac import AAC_BIT_RATE, AAC_CODER
from microdrama.media.encode import encode_segments
from microdrama.media.ffmpeg import atomic_output, run_ffmpeg
from microdrama.media.frames import BLACK_Y as BLACK_Y
from microdrama.media.frames import FADE_MS as FADE_MS
from microdrama.media.frames import FLASH_MS as FLASH_MS
from microdrama.media.frames import NEUTRAL_C as NEUTRAL_C
from microdrama.media.frames import WHITE_Y as WHITE_Y
from microdrama.media.frames import Overlay as Overlay
from microdrama.media.frames import (
    OverlayLayer,
    PanelImage,
    Rendition,
    cover,
    half,
    load_rgb,
    prepare_overlay_sets,
    rgb_to_yuv,
    to_u8,
    transition_at,
)
from microdrama.media.frames import frame_count as frame_count
from microdrama.media.frames import frames_shown as frames_shown
from microdrama.media.frames import segment_args as segment_args
from microdrama.media.mp4meta import metadata_items as metadata_items
from microdrama.media.mp4meta import read_metadata as read_metadata
from microdrama.media.mp4meta import video_timing

# Motion (all zoom factors are relative to the panel scaled to cover the frame).
PUSH_ZOOM = 1.12  # push-in 1.00 → 1.12, pull-out the reverse
PAN_ZOOM = 1.10  # pans and tilts travel across this much extra picture
# "static" holds perfectly still: identical frames cost x264 (and the drawing loop)
# almost nothing, which is what keeps a full episode near the raw encoder's speed.
# Motion comics hold stills; the storyboard asks for push-ins where it wants life.
STATIC_DRIFT = 1.0
SHAKE_ZOOM = 1.05  # margin for the shake offsets
SHAKE_MS = 400  # the shake decays to rest within this time
SHAKE_PX = 14.0  # peak shake offset, output pixels


@dataclass(frozen=True)
class VideoInfo:
    """What `probe` reads from a media file."""

    width: int
    height: int
    codec: str
    pix_fmt: str
    fps: Fraction
    constant_frame_rate: bool
    frame_count: int
    duration_ms: int
    audio_codec: str | None
    audio_sample_rate: int | None
    audio_channels: int | None


# ---------------------------------------------------------------------------- motion


def _ease(u: float) -> float:
    """Smoothstep: starts and ends at rest."""
    u = min(1.0, max(0.0, u))
    return u * u * (3.0 - 2.0 * u)


def camera(
    move: CameraMove, frame: int, frames: int, fps: int, width: int, height: int
) -> tuple[float, float, float]:
    """(zoom, dx, dy) of `frame`: the output pixel p shows panel pixel c + (p - c)/zoom + d."""
    u = frame / (frames - 1) if frames > 1 else 1.0
    cx, cy = (width - 1) / 2, (height - 1) / 2
    if move == "push-in":
        return PUSH_ZOOM ** _ease(u), 0.0, 0.0
    if move == "pull-out":
        return PUSH_ZOOM ** (1.0 - _ease(u)), 0.0, 0.0
    if move in ("pan-left", "pan-right"):
        reach = cx * (1 - 1 / PAN_ZOOM)
        sign = 1.0 if move == "pan-right" else -1.0  # pan-left: the view travels left
        return PAN_ZOOM, sign * reach * (2 * _ease(u) - 1), 0.0
    if move in ("tilt-up", "tilt-down"):
        reach = cy * (1 - 1 / PAN_ZOOM)
        sign = 1.0 if move == "tilt-down" else -1.0
        return PAN_ZOOM, 0.0, sign * reach * (2 * _ease(u) - 1)
    if move == "shake":
        t = frame * 1000.0 / fps
        if t >= SHAKE_MS:
            return SHAKE_ZOOM, 0.0, 0.0
        amplitude = SHAKE_PX * (1 - t / SHAKE_MS) ** 2 / SHAKE_ZOOM
        seconds = t / 1000.0
        return (
            SHAKE_ZOOM,
            amplitude * math.sin(2 * math.pi * 8.0 * seconds + 0.4),
            amplitude * 0.8 * math.sin(2 * math.pi * 6.0 * seconds + 1.9),
        )
    return 1.0 + (STATIC_DRIFT - 1.0) * u, 0.0, 0.0


def _matrices(
    zoom: float, dx: float, dy: float, width: int, height: int
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Inverse maps (output → panel) for the luma plane and the half-size chroma planes."""
    a = 1.0 / zoom
    cx, cy = (width - 1) / 2, (height - 1) / 2
    bx, by = cx - a * cx + dx, cy - a * cy + dy
    luma = np.array([[a, 0.0, bx], [0.0, a, by]])
    # Chroma sample i sits at luma position 2i + 0.5.
    chroma = np.array([[a, 0.0, (0.5 * a + bx - 0.5) / 2], [0.0, a, (0.5 * a + by - 0.5) / 2]])
    return luma, chroma


# ---------------------------------------------------------------------------- render

#: A frame's Y, U and V planes (views into its buffer).
_Planes = tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]



def _frames(
    source: tuple[np.ndarray[Any, Any], ...],
    frames: int,
    fps: int,
    move: CameraMove,
    transition: Transition,
    overlay_sets: Sequence[Sequence[OverlayLayer]],
    width: int,
    height: int,
) -> Iterator[tuple[memoryview, ...]]:
    """Yield each frame once per overlay set (a rendition), each as a reused I420 buffer
    (valid until the next frame); the panel is warped once for all of them."""
    luma_size, chroma_size = width * height, (width // 2) * (height // 2)

    def frame() -> tuple[np.ndarray[Any, Any], _Planes]:
        buffer = np.empty(luma_size + 2 * chroma_size, dtype=np.uint8)
        return buffer, (buffer[:luma_size].reshape(height, width),
                        buffer[luma_size : luma_size + chroma_size].reshape(height // 2, width // 2),
                        buffer[luma_size + chroma_size :].reshape(height // 2, width // 2))

    base, (y, u, v) = frame()
    # Alone, a rendition draws its overlays straight on the warped panel.
    outs = [(base, (y, u, v))] if len(overlay_sets) == 1 else [frame() for _ in overlay_sets]
    views = tuple(buffer.data for buffer, _ in outs)
    warped: object = None
    previous: list[object] = [None] * len(outs)
    for index in range(frames):
        t_ms = index * 1000.0 / fps
        zoom, dx, dy = camera(move, index, frames, fps, width, height)
        fade = transition_at(transition, t_ms)
        actives = [tuple(i for i, layer in enumerate(layers) if layer.start_ms <= t_ms < layer.end_ms)
                   for layers in overlay_sets]
        keys = [(zoom, dx, dy, fade, active) for active in actives]
        # A resting camera repeats the last frame without redrawing.
        changed = [key != last for key, last in zip(keys, previous, strict=True)]
        if any(changed) and (len(outs) == 1 or (zoom, dx, dy, fade) != warped):
            m_luma, m_chroma = _matrices(zoom, dx, dy, width, height)
            flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
            cv2.warpAffine(
                source[0],
                m_luma,
                (width, height),
                dst=y,
                flags=flags,
                borderMode=cv2.BORDER_REPLICATE,
            )
            for plane, out in ((source[1], u), (source[2], v)):
                cv2.warpAffine(
                    plane, m_chroma, (width // 2, height // 2), dst=out, flags=flags,
                    borderMode=cv2.BORDER_REPLICATE,
                )  # fmt: skip
            if fade is not None:
                keep, add_y, add_c = fade
                cv2.convertScaleAbs(y, dst=y, alpha=keep, beta=add_y)
                cv2.convertScaleAbs(u, dst=u, alpha=keep, beta=add_c)
                cv2.convertScaleAbs(v, dst=v, alpha=keep, beta=add_c)
            warped = (zoom, dx, dy, fade)
        for (buffer, planes), layers, active, redraw in zip(outs, overlay_sets, actives, changed,
                                                            strict=True):
            if not redraw:
                continue
            if buffer is not base:
                buffer[:] = base
            for i in active:
                layers[i].draw(*planes)
        previous = list(keys)
        yield views


def render_segment(
    panel: PanelImage,
    out: Path,
    *,
    duration_ms: int,
    move: CameraMove = "static",
    transition: Transition = "cut",
    overlays: Sequence[Overlay] = (),
    also: Sequence[Rendition] = (),
    width: int = 1080,
    height: int = 1920,
    fps: int = 30,
    crf: int = 23,
    preset: str = "veryfast",
) -> None:
    """Render a still panel as an H.264 MP4 segment with camera motion, overlays, transition;
    with ``also``, the same frames under other overlays into other files (drawn once).

    Frame count = round(duration_ms × fps / 1000), at least 1; no audio. Frames are
    encoded one at a time (memory stays flat); each file appears atomically.
    """
    if duration_ms <= 0:
        raise ValueError(f"duration_ms must be positive, got {duration_ms}")
    if width <= 0 or height <= 0 or width % 2 or height % 2:
        raise ValueError(
            f"width and height must be positive and even for 4:2:0, got {width}x{height}"
        )
    frames = frame_count(duration_ms, fps)
    rgb = cover(load_rgb(panel), width, height)
    y, u, v = rgb_to_yuv(rgb)
    del rgb
    source = (to_u8(y), to_u8(half(u)), to_u8(half(v)))
    del y, u, v
    renditions = [Rendition(Path(out), overlays), *also]
    layers = prepare_overlay_sets([r.overlays for r in renditions], width, height)
    encode_segments(_frames(source, frames, fps, move, transition, layers, width, height),
                    [r.path for r in renditions], width=width, height=height, fps=fps,
                    crf=crf, preset=preset)


# ---------------------------------------------------------------------------- files


def frames_seconds(path: Path) -> Fraction | None:
    """Frames × frame duration of a constant-rate video file (read from its header), in s;
    None when the header does not say (then ffmpeg reports the file itself)."""
    try:
        timing = video_timing(path)
    except OSError:
        return None
    if timing is not None:  # read from the boxes in microseconds; PyAV probes ~50 ms a file
        frames, timescale, delta = timing
        return Fraction(frames * delta, timescale)
    try:
        with av.open(str(path)) as container:
            if not container.streams.video:
                return None
            stream = container.streams.video[0]
            rate = stream.average_rate or stream.codec_context.framerate
            if not stream.frames or not rate:
                return None
            return Fraction(stream.frames) / Fraction(rate)
    except (av.error.FFmpegError, OSError):
        return None


def concat_segments(segments: list[Path], out: Path) -> None:
    """Join segments that share codec settings with the concat demuxer (`-c copy`)."""
    if not segments:
        raise ValueError("concat_segments needs at least one segment")
    out = Path(out)
    with atomic_output(out) as temporary, tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "segments.ffconcat"
        lines = ["ffconcat version 1.0"]
        for segment in segments:
            quoted = str(Path(segment).resolve()).replace("'", "'\\''")
            lines.append(f"file '{quoted}'")
            # Otherwise the demuxer places the next file at this one's edit-list length,
            # which MP4 keeps in whole milliseconds: a 125-frame segment at 30 fps would
            # end 0.65 ms early, leaving an uneven step that breaks the constant frame rate.
            seconds = frames_seconds(Path(segment))
            if seconds is not None:
                lines.append(f"duration {float(seconds):.6f}")
        listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
        run_ffmpeg(
            ["-y", "-f", "concat", "-safe", "0", "-i", str(listing), "-map", "0", "-c", "copy",
             "-f", "mp4", str(temporary)]
        )  # fmt: skip


#: AAC-LC 48 kHz stereo 192k. The "fast" coder (a constant quantiser) against the default
#: "twoloop" on a 90-s episode mix: 1.0 s of CPU instead of 2.6, 3 % smaller, and a
#: smaller error in every band under 8 kHz (SNR per band +5 to +14 dB), about the same to
#: 12 kHz, a few dB more above (decision 0019, third pass). The mix encodes in process
#: with the same settings (media/aac.py).
AAC_ARGS = ["-c:a", "aac", "-aac_coder", AAC_CODER, "-b:a", f"{AAC_BIT_RATE // 1000}k",
            "-ar", "48000", "-ac", "2"]


def encode_aac(audio_wav: Path, out: Path) -> None:
    """Encode WAV to AAC 48 kHz stereo 192k in an M4A, so muxing can copy it."""
    with atomic_output(Path(out)) as temporary:
        run_ffmpeg(["-y", "-i", str(audio_wav), "-map_metadata", "-1", *AAC_ARGS,
                    "-f", "mp4", str(temporary)])


def mux(video: Path, audio: Path, out: Path, *, metadata: dict[str, str]) -> None:
    """Copy the video, add the audio, write `metadata` tags.

    WAV audio is encoded as AAC 48 kHz stereo 192k and padded with silence or cut to
    the video's length; AAC audio (an .m4a: the mix's, media/aac.py, or `encode_aac`'s) is
    copied as it is.
    Global metadata of the inputs is dropped so each key (e.g. `AIGC`) appears exactly
    once, in MP4 `moov/udta/meta` (needs `use_metadata_tags`, or ffmpeg silently drops
    custom keys).
    """
    header = video_timing(video)  # constant rate: read from the boxes, not every packet
    if header is not None:
        seconds = Fraction(header[0] * header[2], header[1])
    else:
        info = probe(video)
        seconds = info.frame_count / info.fps if info.fps else Fraction(info.duration_ms, 1000)
    audio_args = ["-c:a", "copy"] if Path(audio).suffix == ".m4a" else [*AAC_ARGS, "-af", "apad"]
    args = [
        "-y", "-i", str(video), "-i", str(audio),
        "-map", "0:v:0", "-map", "1:a:0", "-map_metadata", "-1",
        "-c:v", "copy", *audio_args,
        "-t", f"{float(seconds):.6f}",
    ]  # fmt: skip
    _write_mp4(args, out, metadata)


def _write_mp4(args: list[str], out: Path, metadata: dict[str, str]) -> None:
    """Run ffmpeg with ``args`` (inputs, maps, codecs) into ``out``, whole or not at all,
    with ``metadata`` tags written once each in MP4 ``moov/udta/meta``."""
    for key, value in metadata.items():
        if not key or "=" in key:
            raise ValueError(f"bad metadata key {key!r}")
        args = [*args, "-metadata", f"{key}={value}"]
    with atomic_output(Path(out)) as temporary:
        run_ffmpeg(
            [*args, "-movflags", "+faststart+use_metadata_tags", "-f", "mp4", str(temporary)]
        )


def hold_last_frame(segment: Path, out: Path, *, frames: int, fps: int = 30) -> None:
    """A segment of ``frames`` frames, each the last picture of ``segment`` (an H.264
    shot of ours), encoded with the shots' options: the picture held still while a
    longer sound ends (after the first frame x264 codes only skipped blocks)."""
    if frames < 1:
        raise ValueError(f"a held picture needs at least one frame, not {frames}")
    with av.open(str(segment)) as container:
        last: Any = deque(container.decode(container.streams.video[0]), maxlen=1)
    if not last:
        raise ValueError(f"{segment} has no picture to hold")
    frame = last[0]
    picture = frame.to_ndarray(format="yuv420p").tobytes()
    encode_segments(((picture,) for _ in range(frames)), [Path(out)], width=frame.width,
                    height=frame.height, fps=fps)


def add_subtitle_track(video: Path, subtitles: Path, out: Path, *, language: str,
                       metadata: dict[str, str]) -> None:
    """Copy ``video``'s picture and sound and add ``subtitles`` (an SRT file) as an MP4
    text track (``mov_text``, 3GPP timed text), tagged with ``language`` (ISO 639-2/T)
    and shown by default; write ``metadata`` tags as ``mux`` does (each key once)."""
    if not re.fullmatch(r"[a-z]{3}", language):
        raise ValueError(f"{language!r} is no ISO 639-2 language code")
    args = [
        "-y", "-i", str(video), "-i", str(subtitles),
        "-map", "0:v:0", "-map", "0:a:0", "-map", "1:0", "-map_metadata", "-1",
        "-c:v", "copy", "-c:a", "copy", "-c:s", "mov_text",
        "-metadata:s:s:0", f"language={language}", "-disposition:s:0", "default",
    ]  # fmt: skip
    _write_mp4(args, out, metadata)


# ---------------------------------------------------------------------------- reading back


def probe(path: Path) -> VideoInfo:
    """Size, codecs, frame rate (checked on every packet timestamp), duration and audio format."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        context = stream.codec_context
        audio = container.streams.audio[0] if container.streams.audio else None
        audio_codec = audio.codec_context.name if audio is not None else None
        audio_rate = audio.codec_context.sample_rate if audio is not None else None
        audio_channels = audio.codec_context.layout.nb_channels if audio is not None else None
        pts = sorted(p.pts for p in container.demux(stream) if p.pts is not None)
        duration_ms = round(container.duration / 1000) if container.duration else 0
        deltas = {b - a for a, b in zip(pts, pts[1:], strict=False)}
        constant = len(deltas) <= 1
        if len(deltas) == 1 and stream.time_base is not None:
            fps = 1 / (deltas.pop() * stream.time_base)
        else:
            fps = Fraction(stream.average_rate or 0)
        return VideoInfo(
            width=context.width,
            height=context.height,
            codec=context.name,
            pix_fmt=str(context.pix_fmt),
            fps=Fraction(fps),
            constant_frame_rate=constant,
            frame_count=len(pts),
            duration_ms=duration_ms,
            audio_codec=audio_codec,
            audio_sample_rate=audio_rate,
            audio_channels=audio_channels,
        )
