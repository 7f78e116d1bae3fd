"""Frames of a segment: BT.709 colour, overlays (captions, the label), transitions, and
the x264 settings every segment shares in their ffmpeg command-line form.

Panels and overlays are converted once to BT.709 limited range, 4:2:0 (luma at full,
chroma at half resolution); overlays are kept premultiplied inside their box, so drawing
one on a frame is a multiply and an add per plane. Both renderers — a still panel with
camera motion (``video``) and a moving clip (``clips``) — and the layered compositor
(``layered``) draw with these, so every kind of segment looks the same and concatenates
with ``-c copy``.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image

from microdrama.domain.storyboard import Transition

# Transitions (how a shot begins).
FADE_MS = 250
FLASH_MS = 150
# BT.709 limited range.
KR, KB = 0.2126, 0.0722
_KG = 1.0 - KR - KB
BLACK_Y, WHITE_Y, NEUTRAL_C = 16.0, 235.0, 128.0

PanelImage = bytes | Image.Image


@dataclass(frozen=True, eq=False)
class Overlay:
    """A full-frame RGBA image drawn over the picture from `start_ms` to `end_ms`.

    Times are relative to the segment start; the overlay is on for frames whose
    start time t satisfies start_ms <= t < end_ms. Used for burned-in subtitles and
    the visible AI label. `image` is a uint8 H×W×4 array or a PIL image.
    """

    image: np.ndarray[Any, Any] | Image.Image
    start_ms: int
    end_ms: int

    def __post_init__(self) -> None:
        if self.start_ms < 0 or self.end_ms <= self.start_ms:
            raise ValueError(
                f"overlay times must satisfy 0 <= start < end, got {self.start_ms}..{self.end_ms}"
            )


# ---------------------------------------------------------------------------- colour


def rgb_to_yuv(rgb: np.ndarray[Any, Any]) -> tuple[np.ndarray[Any, Any], ...]:
    """Full-resolution float32 Y, U, V planes (BT.709 limited range) of an RGB image."""
    r, g, b = (rgb[..., i].astype(np.float32) for i in range(3))
    luma = KR * r + _KG * g + KB * b
    y = BLACK_Y + luma * (219.0 / 255.0)
    u = NEUTRAL_C + (b - luma) * (224.0 / 255.0 / (2.0 * (1.0 - KB)))
    v = NEUTRAL_C + (r - luma) * (224.0 / 255.0 / (2.0 * (1.0 - KR)))
    return y, u, v


def half(plane: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Average each 2×2 block (centre-sited 4:2:0 chroma)."""
    h, w = plane.shape
    return plane.reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3), dtype=np.float32)


def to_u8(plane: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    return np.clip(plane + 0.5, 0, 255).astype(np.uint8)


def load_rgb(panel: PanelImage) -> np.ndarray[Any, Any]:
    image = Image.open(io.BytesIO(panel)) if isinstance(panel, bytes | bytearray) else panel
    return np.asarray(image.convert("RGB"))


def cover(rgb: np.ndarray[Any, Any], width: int, height: int) -> np.ndarray[Any, Any]:
    """Scale to cover width×height and crop the centre."""
    h, w = rgb.shape[:2]
    scale = max(width / w, height / h)
    new_w, new_h = max(width, round(w * scale)), max(height, round(h * scale))
    if (new_w, new_h) != (w, h):
        method = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
        rgb = cv2.resize(rgb, (new_w, new_h), interpolation=method)
    x0, y0 = (new_w - width) // 2, (new_h - height) // 2
    return np.ascontiguousarray(rgb[y0 : y0 + height, x0 : x0 + width])


# ---------------------------------------------------------------------------- overlays


@dataclass(frozen=True, eq=False)
class OverlayLayer:
    """An overlay converted once: premultiplied planes and 1 - alpha inside its box."""

    start_ms: int
    end_ms: int
    box: tuple[int, int, int, int]  # y0, y1, x0, x1 in luma pixels, even
    planes: tuple[
        tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]], ...
    ]  # (premultiplied, 1-a) Y, U, V

    @property
    def region(self) -> tuple[int, int, int, int]:
        """The box as (x0, y0, x1, y1)."""
        y0, y1, x0, x1 = self.box
        return x0, y0, x1, y1

    def draw(
        self,
        y: np.ndarray[Any, Any],
        u: np.ndarray[Any, Any],
        v: np.ndarray[Any, Any],
        clip: tuple[int, int, int, int] | None = None,
    ) -> None:
        """Blend over the planes; only inside ``clip`` (x0, y0, x1, y1, even) when given."""
        y0, y1, x0, x1 = self.box
        cx0, cy0, cx1, cy1 = clip or (x0, y0, x1, y1)
        cx0, cy0, cx1, cy1 = max(x0, cx0), max(y0, cy0), min(x1, cx1), min(y1, cy1)
        if cx1 <= cx0 or cy1 <= cy0:
            return
        for plane, (premultiplied, keep), scale in zip(
            (y, u, v), self.planes, (1, 2, 2), strict=True
        ):
            region = plane[cy0 // scale : cy1 // scale, cx0 // scale : cx1 // scale]
            inside = (
                slice((cy0 - y0) // scale, (cy1 - y0) // scale),
                slice((cx0 - x0) // scale, (cx1 - x0) // scale),
            )
            blended = region * keep[inside]
            blended += premultiplied[inside]
            np.clip(blended + 0.5, 0, 255, out=blended)
            region[...] = blended.astype(np.uint8)


def prepare_overlay(overlay: Overlay, width: int, height: int) -> OverlayLayer | None:
    rgba = np.asarray(
        overlay.image.convert("RGBA") if isinstance(overlay.image, Image.Image) else overlay.image
    )
    if rgba.shape != (height, width, 4) or rgba.dtype != np.uint8:
        raise ValueError(
            f"overlay must be uint8 {height}x{width}x4 RGBA, got {rgba.dtype} {rgba.shape}"
        )
    # The box of what it covers (one OpenCV pass over the alpha), widened to even edges.
    left, top, w, h = cv2.boundingRect(cv2.extractChannel(np.ascontiguousarray(rgba), 3))
    if w == 0 or h == 0:
        return None
    y0, y1 = top // 2 * 2, min(height, (top + h + 1) // 2 * 2)
    x0, x1 = left // 2 * 2, min(width, (left + w + 1) // 2 * 2)
    crop = rgba[y0:y1, x0:x1]
    alpha = crop[..., 3].astype(np.float32) / 255.0
    y, u, v = rgb_to_yuv(crop[..., :3])
    # Chroma is averaged premultiplied, so transparent pixels never tint the edges.
    alpha_c = half(alpha)
    planes = (
        (y * alpha, 1.0 - alpha),
        (half(u * alpha), 1.0 - alpha_c),
        (half(v * alpha), 1.0 - alpha_c),
    )
    return OverlayLayer(overlay.start_ms, overlay.end_ms, (int(y0), int(y1), int(x0), int(x1)), planes)


@dataclass(frozen=True, eq=False)
class Rendition:
    """One file a shot's frames are written to, with the overlays drawn on it: a shot
    with its captions and the label, and the same shot clean (the label alone), are two
    renditions of the frames a renderer draws once."""

    path: Path
    overlays: Sequence[Overlay] = ()


def prepare_overlay_sets(sets: Sequence[Sequence[Overlay]], width: int,
                         height: int) -> list[list[OverlayLayer]]:
    """Each set's overlays converted (``prepare_overlay``), an overlay shared by several
    sets (the label on every rendition) converted once; empty overlays left out."""
    prepared: dict[int, OverlayLayer | None] = {}
    for overlay in (o for overlays in sets for o in overlays):
        if id(overlay) not in prepared:
            prepared[id(overlay)] = prepare_overlay(overlay, width, height)
    return [[layer for o in overlays if (layer := prepared[id(o)]) is not None]
            for overlays in sets]


# ---------------------------------------------------------------------------- timing


def transition_at(transition: Transition, t_ms: float) -> tuple[float, float, float] | None:
    """(keep, add_y, add_c) so plane = plane*keep + add, or None when the frame is untouched."""
    if transition == "fade" and t_ms < FADE_MS:
        k = t_ms / FADE_MS
        return k, BLACK_Y * (1 - k), NEUTRAL_C * (1 - k)
    if transition == "flash" and t_ms < FLASH_MS:
        w = 1.0 - t_ms / FLASH_MS
        return 1 - w, WHITE_Y * w, NEUTRAL_C * w
    return None


def segment_args(width: int, height: int, fps: int, crf: int, preset: str, out: Path,
                 threads: int = 1) -> list[str]:
    """The ffmpeg command-line form of the segment encoder (``encode.encode_segment``):
    raw I420 on stdin, already BT.709 limited range (said on the input too, or ffmpeg
    would convert it as if it were BT.601) → the same H.264 segment. Shots are encoded
    in process; the render benchmark's raw-encoder ceiling runs this (``threads`` 0:
    as many as ffmpeg likes)."""
    colour = ["-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
              "-color_range", "tv"]
    return [
        "-y",
        "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", f"{width}x{height}", "-framerate", str(fps),
        *colour, "-i", "-",
        "-an",
        "-c:v", "libx264", "-preset", preset, "-crf", str(crf), "-pix_fmt", "yuv420p",
        "-g", str(fps), "-keyint_min", str(fps), "-sc_threshold", "0",
        "-fps_mode", "cfr", "-r", str(fps), "-threads", str(threads), *colour,
        "-f", "mp4", str(out),
    ]  # fmt: skip


def frame_count(duration_ms: int, fps: int) -> int:
    """Frames of a segment ``duration_ms`` long: round(duration_ms × fps / 1000), at least 1."""
    return max(1, round(duration_ms * fps / 1000))


def frames_shown(start_ms: int, end_ms: int, fps: int, frames: int) -> tuple[int, int]:
    """[first, stop) of the frames (of ``frames``) an overlay on from ``start_ms`` to
    ``end_ms`` is drawn on: frame i starts at i·1000/fps ms, and is covered when
    start_ms <= that < end_ms. Two overlays with the same frames draw the same picture."""
    first = min(frames, max(0, -(-start_ms * fps // 1000)))
    return first, min(frames, max(first, -(-end_ms * fps // 1000)))


