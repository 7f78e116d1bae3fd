"""A shot from its rig: layers that move at their own speed under the camera, figures
that breathe, blink, react and speak — composited per frame on the YUV planes.

Per frame: the set is warped with the camera at the background's parallax speed, each
figure's premultiplied planes (with its current eye and mouth patches pasted in) are
warped with the camera at the figures' speed and its breath (a vertical stretch from its
feet, so the ground never slides) and blended over it (``out·(1−α) + colour``, all in
8-bit OpenCV), then the front effects, the transition and the overlays. A frame whose
camera, faces, breaths, fade and overlays are those of the frame before is not drawn
again: a figure at rest between breath steps costs the encoder (and us) almost nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from microdrama.domain.storyboard import CameraMove, Transition
from microdrama.media.ffmpeg import atomic_output, pipe_to_ffmpeg
from microdrama.media.frames import (
    BLACK_Y,
    KB,
    KR,
    NEUTRAL_C,
    Overlay,
    OverlayLayer,
    frame_count,
    prepare_overlay,
    segment_args,
    transition_at,
)
from microdrama.media.motion import EmphasisRules, FigureMotion, ParallaxRules, motion_rules
from microdrama.media.rig import Box, Piece, Rig
from microdrama.media.video import camera

Array = np.ndarray[Any, Any]
_WARP = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP


@dataclass(eq=False)
class _Planes:
    """Premultiplied Y, U, V and alpha (full and half size) of a patch on an even box."""

    box: Box
    y: Array
    u: Array
    v: Array
    a: Array
    ac: Array

    def paste(self, other: _Planes) -> None:
        """Copy ``other`` (a patch inside this one's box) into these planes."""
        x0, y0 = other.box[0] - self.box[0], other.box[1] - self.box[1]
        h, w = other.y.shape
        for mine, theirs, s in ((self.y, other.y, 1), (self.a, other.a, 1), (self.u, other.u, 2),
                                (self.v, other.v, 2), (self.ac, other.ac, 2)):
            mine[y0 // s:(y0 + h) // s, x0 // s:(x0 + w) // s] = theirs


def _even(box: Box, width: int, height: int, pad: int = 0) -> Box:
    x0, y0, x1, y1 = box
    return (max(0, (x0 - pad) // 2 * 2), max(0, (y0 - pad) // 2 * 2),
            min(width, -(-(x1 + pad) // 2) * 2), min(height, -(-(y1 + pad) // 2) * 2))


def _on_box(piece: Piece, box: Box) -> Array:
    """The piece's premultiplied RGBA placed on the (larger) ``box``, transparent around."""
    out = np.zeros((box[3] - box[1], box[2] - box[0], 4), np.uint8)
    x0, y0 = piece.box[0] - box[0], piece.box[1] - box[1]
    out[y0:y0 + piece.image.shape[0], x0:x0 + piece.image.shape[1]] = piece.image
    return out


def _yuv_matrix(offsets: bool) -> Array:
    """BT.709 limited range as a 3×4 matrix on (R, G, B, last): ``last`` is alpha for
    premultiplied RGBA (the offsets scale with coverage) or 1 for opaque RGB."""
    kr, kb = KR, KB
    kg = 1.0 - kr - kb
    ys, us, vs = 219 / 255, 224 / 255 / (2 * (1 - kb)), 224 / 255 / (2 * (1 - kr))
    scale = 1.0 if offsets else 1 / 255
    return np.array([
        [kr * ys, kg * ys, kb * ys, BLACK_Y * scale],
        [-kr * us, -kg * us, (1 - kb) * us, NEUTRAL_C * scale],
        [(1 - kr) * vs, -kg * vs, -kb * vs, NEUTRAL_C * scale],
    ], np.float32)


_PREMULTIPLIED, _OPAQUE = _yuv_matrix(False), _yuv_matrix(True)


def _halved(plane: Array) -> Array:
    return cv2.resize(plane, (plane.shape[1] // 2, plane.shape[0] // 2),
                      interpolation=cv2.INTER_AREA)


def _planes(rgba: Array, box: Box) -> _Planes:
    """Premultiplied RGBA (on an even box) → premultiplied BT.709 planes."""
    y, u, v = cv2.split(cv2.transform(rgba, _PREMULTIPLIED))
    alpha = np.ascontiguousarray(rgba[..., 3])
    return _Planes(box, y, _halved(u), _halved(v), alpha, _halved(alpha))


def _background(rgb: Array) -> tuple[Array, Array, Array]:
    y, u, v = cv2.split(cv2.transform(rgb, _OPAQUE))
    return y, _halved(u), _halved(v)


def _rim(rgba: Array, scale: float, rules: EmphasisRules) -> Array:
    """A rim of light along the silhouette's top-right edge (premultiplied in, out)."""
    reach = max(1, round(rules.rim_heads * scale))
    alpha = rgba[..., 3]
    shifted = np.zeros_like(alpha)
    shifted[reach:, :alpha.shape[1] - reach] = alpha[:alpha.shape[0] - reach, reach:]
    edge = cv2.subtract(alpha, shifted)
    edge = cv2.GaussianBlur(edge, (0, 0), max(0.8, reach / 3)).astype(np.float32)
    weight = (edge / 255.0 * rules.strength)[..., None]
    light = np.array(rules.color, np.float32) * (alpha[..., None].astype(np.float32) / 255.0)
    out = rgba.copy()
    out[..., :3] = np.clip(rgba[..., :3] * (1 - weight) + light * weight + 0.5, 0, 255)
    return out


@dataclass(eq=False)
class _Figure:
    """A figure's planes: its layer as the panel has it, the patches of its face states,
    and the working copy the current states are pasted into."""

    base: _Planes
    work: _Planes
    sprites: dict[str, _Planes]
    boxes: dict[str, _Planes]  # "eyes"/"mouth" → the base planes under that box
    head_y: float
    pivot: float
    motion: FigureMotion
    state: dict[str, str] = field(default_factory=dict)

    def show(self, eyes: str, mouth: str) -> None:
        """Paste the patches of these states (the base where the rig has none)."""
        for group, name in (("eyes", eyes), ("mouth", mouth)):
            want = self.sprites.get(f"{group}:{name}")
            key = f"{group}:{name}" if want is not None else ""
            if self.state.get(group, "") == key:
                continue
            if group in self.boxes:
                self.work.paste(want if want is not None else self.boxes[group])
            self.state[group] = key


def _figure(rig_figure: Any, motion: FigureMotion, width: int, height: int,
            emphasis: EmphasisRules) -> _Figure:
    box = _even(rig_figure.layer.box, width, height, pad=2)
    plain = _on_box(rig_figure.layer, box)
    rgba = _rim(plain, rig_figure.scale, emphasis) if motion.rim else plain
    base = _planes(rgba, box)
    work = _Planes(box, *(p.copy() for p in (base.y, base.u, base.v, base.a, base.ac)))
    sprites: dict[str, _Planes] = {}
    boxes: dict[str, _Planes] = {}
    for name, piece in rig_figure.sprites.items():
        group = name.split(":")[0]
        even = _even(piece.box, width, height)
        region = rgba[even[1] - box[1]:even[3] - box[1], even[0] - box[0]:even[2] - box[0]].copy()
        boxes.setdefault(group, _planes(region, even))
        patch = piece.image
        if motion.rim:  # the rim runs through the patch too: light it in its surroundings
            reach = 4 * max(1, round(emphasis.rim_heads * rig_figure.scale))
            wx0, wy0 = max(box[0], piece.box[0] - reach), max(box[1], piece.box[1] - reach)
            wx1, wy1 = min(box[2], piece.box[2] + reach), min(box[3], piece.box[3] + reach)
            window = plain[wy0 - box[1]:wy1 - box[1], wx0 - box[0]:wx1 - box[0]].copy()
            px, py = piece.box[0] - wx0, piece.box[1] - wy0
            window[py:py + patch.shape[0], px:px + patch.shape[1]] = patch
            patch = _rim(window, rig_figure.scale, emphasis)[py:py + patch.shape[0],
                                                              px:px + patch.shape[1]]
        x0, y0 = piece.box[0] - even[0], piece.box[1] - even[1]
        region[y0:y0 + patch.shape[0], x0:x0 + patch.shape[1]] = patch
        sprites[name] = _planes(region, even)
    return _Figure(base, work, sprites, boxes, rig_figure.head[1], rig_figure.pivot, motion)


def _affine(zoom: float, dx: float, dy: float, factor: float, width: int, height: int,
            stretch: float = 1.0, pivot: float = 0.0) -> tuple[float, float, float, float]:
    """(ax, bx, ay, by): the output pixel (x, y) shows layer pixel (ax·x + bx, ay·y + by)
    for a layer moving at ``factor`` of the camera, stretched from ``pivot``."""
    z = zoom ** factor
    cx, cy = (width - 1) / 2, (height - 1) / 2
    ax, bx = 1 / z, cx - cx / z + dx * factor
    ay, by = 1 / z, cy - cy / z + dy * factor
    # content at layer row f shows at row pivot + (f - pivot)·stretch
    return ax, bx, ay / stretch, pivot + (by - pivot) / stretch


def _blend(out: tuple[Array, Array, Array], planes: _Planes, affine: tuple[float, ...],
           width: int, height: int, border: int) -> None:
    """Warp ``planes`` by ``affine`` into the frame and blend them over ``out``."""
    ax, bx, ay, by = affine
    x0, y0, x1, y1 = planes.box
    # where the patch lands: invert the map at its corners
    xs = [(x - bx) / ax for x in (x0, x1)]
    ys = [(y - by) / ay for y in (y0, y1)]
    region = _even((int(min(xs)) - 1, int(min(ys)) - 1, int(max(xs)) + 2, int(max(ys)) + 2),
                   width, height)
    rx0, ry0, rx1, ry1 = region
    if rx1 <= rx0 or ry1 <= ry0:
        return
    size, csize = (rx1 - rx0, ry1 - ry0), ((rx1 - rx0) // 2, (ry1 - ry0) // 2)
    luma = np.array([[ax, 0.0, ax * rx0 + bx - x0], [0.0, ay, ay * ry0 + by - y0]])
    chroma = np.array([[ax, 0.0, (ax * (rx0 + 0.5) + bx - x0 - 0.5) / 2],
                       [0.0, ay, (ay * (ry0 + 0.5) + by - y0 - 0.5) / 2]])
    identity = ax == 1.0 and ay == 1.0 and luma[0, 2] == 0.0 and luma[1, 2] == 0.0
    for target, plane, alpha, matrix, dsize, s in (
        (out[0], planes.y, planes.a, luma, size, 1),
        (out[1], planes.u, planes.ac, chroma, csize, 2),
        (out[2], planes.v, planes.ac, chroma, csize, 2),
    ):
        if identity and plane.shape[::-1] == dsize:
            colour, cover = plane, alpha
        else:
            colour = cv2.warpAffine(plane, matrix, dsize, flags=_WARP, borderMode=border)
            cover = cv2.warpAffine(alpha, matrix, dsize, flags=_WARP, borderMode=border)
        view = target[ry0 // s:ry0 // s + dsize[1], rx0 // s:rx0 // s + dsize[0]]
        kept = cv2.multiply(view, cv2.bitwise_not(cover), scale=1 / 255)
        cv2.add(kept, colour, dst=view)


def layered_frames(rig: Rig, motions: Sequence[FigureMotion], frames: int, fps: int,
                   move: CameraMove, transition: Transition, overlays: Sequence[OverlayLayer],
                   parallax: ParallaxRules | None = None,
                   emphasis: EmphasisRules | None = None) -> Iterator[memoryview]:
    """Yield each frame as one reused I420 buffer (valid until the next frame)."""
    rules = motion_rules()
    parallax = parallax or rules.parallax
    emphasis = emphasis or rules.emphasis
    width, height = rig.width, rig.height
    background = _background(rig.background)
    figures = [_figure(f, m, width, height, emphasis) for f, m in zip(rig.figures, motions,
                                                                      strict=True)]
    front = None
    if rig.front is not None:
        box = _even(rig.front.box, width, height, pad=2)
        front = _planes(_on_box(rig.front, box), box)
    luma_size, chroma_size = width * height, (width // 2) * (height // 2)
    buffer = np.empty(luma_size + 2 * chroma_size, dtype=np.uint8)
    out = (buffer[:luma_size].reshape(height, width),
           buffer[luma_size:luma_size + chroma_size].reshape(height // 2, width // 2),
           buffer[luma_size + chroma_size:].reshape(height // 2, width // 2))
    previous: object = None
    for index in range(frames):
        t_ms = index * 1000.0 / fps
        zoom, dx, dy = camera(move, index, frames, fps, width, height)
        fade = transition_at(transition, t_ms)
        active = tuple(i for i, o in enumerate(overlays) if o.start_ms <= t_ms < o.end_ms)
        faces = tuple((f.motion.eyes[index], f.motion.mouth[index], f.motion.lift[index])
                      for f in figures)
        key = (zoom, dx, dy, fade, active, faces)
        if key != previous:
            ax, bx, ay, by = _affine(zoom, dx, dy, parallax.background, width, height)
            if (ax, bx, ay, by) == (1.0, 0.0, 1.0, 0.0):
                for target, plane in zip(out, background, strict=True):
                    np.copyto(target, plane)
            else:
                _warp_background(out, background, (ax, bx, ay, by), width, height)
            for figure, (eyes, mouth, lift) in zip(figures, faces, strict=True):
                figure.show(eyes, mouth)
                reach = max(1.0, figure.pivot - figure.head_y)
                affine = _affine(zoom, dx, dy, parallax.figures, width, height,
                                 stretch=1.0 + lift / reach, pivot=figure.pivot)
                _blend(out, figure.work, affine, width, height, cv2.BORDER_REPLICATE)
            if front is not None:
                _blend(out, front, _affine(zoom, dx, dy, parallax.front, width, height),
                       width, height, cv2.BORDER_REPLICATE)
            if fade is not None:
                keep, add_y, add_c = fade
                for plane, add in zip(out, (add_y, add_c, add_c), strict=True):
                    cv2.convertScaleAbs(plane, dst=plane, alpha=keep, beta=add)
            for i in active:
                overlays[i].draw(*out)
            previous = key
        yield buffer.data


def _warp_background(out: tuple[Array, Array, Array], background: tuple[Array, Array, Array],
                     affine: tuple[float, float, float, float], width: int, height: int) -> None:
    ax, bx, ay, by = affine
    luma = np.array([[ax, 0.0, bx], [0.0, ay, by]])
    chroma = np.array([[ax, 0.0, (ax * 0.5 + bx - 0.5) / 2], [0.0, ay, (ay * 0.5 + by - 0.5) / 2]])
    for target, plane, matrix in zip(out, background, (luma, chroma, chroma), strict=True):
        cv2.warpAffine(plane, matrix, target.shape[::-1], dst=target, flags=_WARP,
                       borderMode=cv2.BORDER_REPLICATE)


def render_layered_segment(
    rig: Rig,
    motions: Sequence[FigureMotion],
    out: Path,
    *,
    duration_ms: int,
    move: CameraMove = "static",
    transition: Transition = "cut",
    overlays: Sequence[Overlay] = (),
    fps: int = 30,
    crf: int = 23,
    preset: str = "veryfast",
) -> None:
    """Render a shot from its rig (one ``FigureMotion`` per rig figure) as an H.264 MP4
    segment with the same codec settings as ``render_segment``."""
    if duration_ms <= 0:
        raise ValueError(f"duration_ms must be positive, got {duration_ms}")
    frames = frame_count(duration_ms, fps)
    for m in motions:
        if min(len(m.eyes), len(m.mouth), len(m.lift)) < frames:
            raise ValueError(f"a figure's motion covers fewer than the {frames} frames")
    layers = [layer for o in overlays
              if (layer := prepare_overlay(o, rig.width, rig.height)) is not None]
    with atomic_output(Path(out)) as temporary:
        pipe_to_ffmpeg(segment_args(rig.width, rig.height, fps, crf, preset, temporary),
                       layered_frames(rig, motions, frames, fps, move, transition, layers))
