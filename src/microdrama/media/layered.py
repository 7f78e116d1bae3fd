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
from microdrama.media.encode import encode_segments
from microdrama.media.frames import (
    BLACK_Y,
    KB,
    KR,
    NEUTRAL_C,
    Overlay,
    OverlayLayer,
    Rendition,
    frame_count,
    prepare_overlay_sets,
    transition_at,
)
from microdrama.media.motion import EmphasisRules, FigureMotion, ParallaxRules, motion_rules
from microdrama.media.rig import Box, Piece, Rig
from microdrama.media.video import camera

Array = np.ndarray[Any, Any]
_WARP = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP


@dataclass(eq=False)
class _Planes:
    """Premultiplied Y, U, V of a patch on an even box, and what of the picture under it
    is kept (255 − alpha, full and half size): blending is then one multiply and one add."""

    box: Box
    y: Array
    u: Array
    v: Array
    keep: Array
    keep_c: Array

    def paste(self, other: _Planes) -> None:
        """Copy ``other`` (a patch inside this one's box) into these planes."""
        x0, y0 = other.box[0] - self.box[0], other.box[1] - self.box[1]
        h, w = other.y.shape
        for mine, theirs, s in ((self.y, other.y, 1), (self.keep, other.keep, 1),
                                (self.u, other.u, 2), (self.v, other.v, 2),
                                (self.keep_c, other.keep_c, 2)):
            mine[y0 // s:(y0 + h) // s, x0 // s:(x0 + w) // s] = theirs

    def copy(self) -> _Planes:
        return _Planes(self.box, *(p.copy() for p in _arrays(self)))


def _arrays(planes: _Planes) -> tuple[Array, ...]:
    return planes.y, planes.u, planes.v, planes.keep, planes.keep_c


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
    keep = cv2.bitwise_not(np.ascontiguousarray(rgba[..., 3]))
    return _Planes(box, y, _halved(u), _halved(v), keep, _halved(keep))


def _background(rgb: Array) -> tuple[Array, Array, Array]:
    y, u, v = cv2.split(cv2.transform(rgb, _OPAQUE))
    return y, _halved(u), _halved(v)


def _rim(rgba: Array, scale: float, rules: EmphasisRules) -> Array:
    """A rim of light along the silhouette's top-right edge (premultiplied in, out):
    ``colour·(1−w) + light·α·w`` with ``w`` the blurred edge, one OpenCV blend."""
    reach = max(1, round(rules.rim_heads * scale))
    alpha = cv2.extractChannel(rgba, 3)
    shifted = np.zeros_like(alpha)
    shifted[reach:, :alpha.shape[1] - reach] = alpha[:alpha.shape[0] - reach, reach:]
    edge = cv2.GaussianBlur(cv2.subtract(alpha, shifted), (0, 0), max(0.8, reach / 3))
    weight = edge.astype(np.float32) * np.float32(rules.strength / 255.0)
    # The light, premultiplied by the coverage (its alpha is the coverage itself).
    light = cv2.merge([*(cv2.convertScaleAbs(alpha, alpha=c / 255) for c in rules.color),
                       alpha])
    return cv2.blendLinear(light, rgba, weight, 1.0 - weight)


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

    def show(self, eyes: str, mouth: str) -> list[Box]:
        """Paste the patches of these states (the base where the rig has none); the
        boxes (layer pixels) that changed."""
        changed = []
        for group, name in (("eyes", eyes), ("mouth", mouth)):
            want = self.sprites.get(f"{group}:{name}")
            key = f"{group}:{name}" if want is not None else ""
            if self.state.get(group, "") == key:
                continue
            if group in self.boxes:
                self.work.paste(want if want is not None else self.boxes[group])
                changed.append(self.boxes[group].box)
            self.state[group] = key
        return changed


def _figure(rig_figure: Any, motion: FigureMotion, width: int, height: int,
            emphasis: EmphasisRules) -> _Figure:
    box = _even(rig_figure.layer.box, width, height, pad=2)
    plain = _on_box(rig_figure.layer, box)
    rgba = _rim(plain, rig_figure.scale, emphasis) if motion.rim else plain
    base = _planes(rgba, box)
    work = base.copy()
    sprites: dict[str, _Planes] = {}
    boxes: dict[str, _Planes] = {}
    for name, piece in rig_figure.sprites.items():
        group = name.split(":")[0]
        even = _even(piece.box, width, height)
        region = rgba[even[1] - box[1]:even[3] - box[1], even[0] - box[0]:even[2] - box[0]].copy()
        if group not in boxes:  # once per group: every patch of a group shares its box
            boxes[group] = _planes(region, even)
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
    if ("eyes:closed" in sprites and "eyes:half" not in sprites
            and boxes["eyes"].box == sprites["eyes:closed"].box):
        # Half shut (the blink's first and last frame): halfway between open and shut.
        shut, under = sprites["eyes:closed"], boxes["eyes"]
        sprites["eyes:half"] = _Planes(shut.box, *(
            cv2.addWeighted(a, 0.5, b, 0.5, 0.0)
            for a, b in zip(_arrays(under), _arrays(shut), strict=True)))
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


def _landing(box: Box, affine: tuple[float, float, float, float], width: int,
             height: int) -> Box:
    """Where (output pixels, even, a pixel to spare) a layer box lands under ``affine``."""
    ax, bx, ay, by = affine
    xs = [(x - bx) / ax for x in (box[0], box[2])]
    ys = [(y - by) / ay for y in (box[1], box[3])]
    return _even((int(min(xs)) - 1, int(min(ys)) - 1, int(max(xs)) + 2, int(max(ys)) + 2),
                 width, height)


def _overlap(a: Box, b: Box) -> Box | None:
    box = (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))
    return box if box[2] > box[0] and box[3] > box[1] else None


def _blend(out: tuple[Array, Array, Array], planes: _Planes,
           affine: tuple[float, float, float, float], width: int, height: int, border: int,
           clip: Box | None = None) -> None:
    """Warp ``planes`` by ``affine`` into the frame (only inside ``clip``) and blend them
    over ``out``."""
    ax, bx, ay, by = affine
    x0, y0 = planes.box[:2]
    region: Box | None = _landing(planes.box, affine, width, height)
    if clip is not None and region is not None:
        region = _overlap(region, clip)
    if region is None or region[2] <= region[0] or region[3] <= region[1]:
        return
    rx0, ry0, rx1, ry1 = region
    size, csize = (rx1 - rx0, ry1 - ry0), ((rx1 - rx0) // 2, (ry1 - ry0) // 2)
    luma = np.array([[ax, 0.0, ax * rx0 + bx - x0], [0.0, ay, ay * ry0 + by - y0]])
    chroma = np.array([[ax, 0.0, (ax * (rx0 + 0.5) + bx - x0 - 0.5) / 2],
                       [0.0, ay, (ay * (ry0 + 0.5) + by - y0 - 0.5) / 2]])
    keep = cv2.warpAffine(planes.keep, luma, size, flags=_WARP, borderMode=border)
    keep_c = cv2.warpAffine(planes.keep_c, chroma, csize, flags=_WARP, borderMode=border)
    for target, plane, cover, matrix, dsize, s in (
        (out[0], planes.y, keep, luma, size, 1),
        (out[1], planes.u, keep_c, chroma, csize, 2),
        (out[2], planes.v, keep_c, chroma, csize, 2),
    ):
        colour = cv2.warpAffine(plane, matrix, dsize, flags=_WARP, borderMode=border)
        view = target[ry0 // s:ry0 // s + dsize[1], rx0 // s:rx0 // s + dsize[0]]
        kept = cv2.multiply(view, cover, scale=1 / 255)
        cv2.add(kept, colour, dst=view)


def layered_frames(rig: Rig, motions: Sequence[FigureMotion], frames: int, fps: int,
                   move: CameraMove, transition: Transition,
                   overlay_sets: Sequence[Sequence[OverlayLayer]],
                   parallax: ParallaxRules | None = None,
                   emphasis: EmphasisRules | None = None) -> Iterator[tuple[memoryview, ...]]:
    """Yield each frame once per overlay set (a rendition: the shot with its captions, the
    shot clean), each as a reused I420 buffer valid until the next frame.

    The picture under the overlays is drawn once for every rendition. Each rendition is
    redrawn where and when it would be if it were rendered alone — the whole frame when
    the camera, the fade or its own overlays change, only the boxes a breath or a face
    changed otherwise — so its frames are those it would have alone, bit for bit: the
    picture of a box is copied from the shared drawing of the same box, and a rendition
    that redraws boxes while another redraws the whole frame draws its boxes itself."""
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
    # The picture without overlays; alone, a rendition draws straight on it (its overlays
    # are drawn over again wherever the picture is).
    base = _Frame(width, height)
    outs = [base] if len(overlay_sets) == 1 else [_Frame(width, height) for _ in overlay_sets]
    views = tuple(out.buffer.data for out in outs)
    previous: list[tuple[Any, ...] | None] = [None] * len(outs)

    def place(cam: tuple[float, float, float], lifts: tuple[float, ...]
              ) -> list[tuple[float, float, float, float]]:
        """Each figure's affine: the camera at the figures' speed and its breath."""
        zoom, dx, dy = cam
        return [_affine(zoom, dx, dy, parallax.figures, width, height,
                        stretch=1.0 + lift / max(1.0, figure.pivot - figure.head_y),
                        pivot=figure.pivot)
                for figure, lift in zip(figures, lifts, strict=True)]

    def compose(target: tuple[Array, Array, Array], cam: tuple[float, float, float],
                affines: list[tuple[float, float, float, float]], region: Box | None) -> None:
        """Draw the set, the figures and the front (only ``region``, when given)."""
        zoom, dx, dy = cam
        _paint_background(target, background,
                          _affine(zoom, dx, dy, parallax.background, width, height), region)
        for figure, affine in zip(figures, affines, strict=True):
            _blend(target, figure.work, affine, width, height, cv2.BORDER_REPLICATE, region)
        if front is not None:
            _blend(target, front, _affine(zoom, dx, dy, parallax.front, width, height),
                   width, height, cv2.BORDER_REPLICATE, region)

    placed: list[tuple[float, float, float, float]] = []
    for index in range(frames):
        t_ms = index * 1000.0 / fps
        cam = camera(move, index, frames, fps, width, height)
        fade = transition_at(transition, t_ms)
        lifts = tuple(f.motion.lift[index] for f in figures)
        faces = tuple((f.motion.eyes[index], f.motion.mouth[index]) for f in figures)
        actives = [tuple(i for i, o in enumerate(overlays) if o.start_ms <= t_ms < o.end_ms)
                   for overlays in overlay_sets]
        keys = [(cam, fade, active, lifts, faces) for active in actives]
        # Per rendition: nothing (the frame before), a few boxes, or the whole frame.
        # The camera, captions and label stay: redraw only where a figure breathed (its
        # box before and after) or a face changed (its patches), with the overlays there
        # (bit-identical to drawing the whole frame).
        actions = [None if key == last else
                   "boxes" if last is not None and key[:3] == last[:3] and fade is None else
                   "whole" for key, last in zip(keys, previous, strict=True)]
        if not any(actions):
            yield views
            continue
        patches = [figure.show(eyes, mouth) for figure, (eyes, mouth) in zip(figures, faces,
                                                                             strict=True)]
        moved = place(cam, lifts)
        dirty: list[Box] = []
        for figure, changed, old, new in zip(figures, patches, placed, moved, strict=False):
            if old != new:  # (nothing was placed before the first frame, drawn whole)
                both = _union([_landing(figure.work.box, a, width, height) for a in (old, new)])
                dirty.extend([both] if both is not None else [])
            else:
                dirty.extend(_landing(box, new, width, height) for box in changed)
        placed = moved
        whole = "whole" in actions
        if whole:
            compose(base.planes, cam, placed, None)
            if fade is not None:
                keep, add_y, add_c = fade
                for plane, add in zip(base.planes, (add_y, add_c, add_c), strict=True):
                    cv2.convertScaleAbs(plane, dst=plane, alpha=keep, beta=add)
        boxed = [(out, overlays, active) for out, overlays, active, action
                 in zip(outs, overlay_sets, actives, actions, strict=True) if action == "boxes"]
        for region in dirty if boxed else []:
            if not whole:
                compose(base.planes, cam, placed, region)
            for out, overlays, active in boxed:
                if whole:  # the shared picture was drawn whole: draw the box as alone
                    compose(out.planes, cam, placed, region)
                elif out is not base:
                    out.copy_from(base, region)
                for i in active:
                    overlays[i].draw(*out.planes, clip=region)
        for out, overlays, active, action in zip(outs, overlay_sets, actives, actions,
                                                 strict=True):
            if action == "whole":
                if out is not base:
                    out.copy_from(base, None)
                for i in active:
                    overlays[i].draw(*out.planes)
        previous = list(keys)
        yield views


@dataclass(eq=False)
class _Frame:
    """One I420 frame buffer and its Y, U, V planes."""

    width: int
    height: int

    def __post_init__(self) -> None:
        luma, chroma = self.width * self.height, (self.width // 2) * (self.height // 2)
        self.buffer = np.empty(luma + 2 * chroma, dtype=np.uint8)
        self.planes = (self.buffer[:luma].reshape(self.height, self.width),
                       self.buffer[luma:luma + chroma].reshape(self.height // 2,
                                                               self.width // 2),
                       self.buffer[luma + chroma:].reshape(self.height // 2, self.width // 2))

    def copy_from(self, other: _Frame, region: Box | None) -> None:
        """``other``'s pixels, in ``region`` (even, luma pixels) or everywhere."""
        if region is None:
            self.buffer[:] = other.buffer
            return
        x0, y0, x1, y1 = region
        for mine, theirs, s in zip(self.planes, other.planes, (1, 2, 2), strict=True):
            mine[y0 // s:y1 // s, x0 // s:x1 // s] = theirs[y0 // s:y1 // s, x0 // s:x1 // s]


def _union(boxes: list[Box]) -> Box | None:
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _paint_background(out: tuple[Array, Array, Array], background: tuple[Array, Array, Array],
                      affine: tuple[float, float, float, float], region: Box | None) -> None:
    """The set under ``affine``, on the whole frame or only ``region``."""
    height, width = out[0].shape
    x0, y0, x1, y1 = region or (0, 0, width, height)
    if affine == (1.0, 0.0, 1.0, 0.0):
        for target, plane, s in zip(out, background, (1, 2, 2), strict=True):
            target[y0 // s:y1 // s, x0 // s:x1 // s] = plane[y0 // s:y1 // s, x0 // s:x1 // s]
        return
    ax, bx, ay, by = affine
    luma = np.array([[ax, 0.0, ax * x0 + bx], [0.0, ay, ay * y0 + by]])
    chroma = np.array([[ax, 0.0, (ax * (x0 + 0.5) + bx - 0.5) / 2],
                       [0.0, ay, (ay * (y0 + 0.5) + by - 0.5) / 2]])
    for target, plane, matrix, s in zip(out, background, (luma, chroma, chroma), (1, 2, 2),
                                        strict=True):
        view = target[y0 // s:y1 // s, x0 // s:x1 // s]
        cv2.warpAffine(plane, matrix, (view.shape[1], view.shape[0]), dst=view, flags=_WARP,
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
    also: Sequence[Rendition] = (),
    fps: int = 30,
    crf: int = 23,
    preset: str = "veryfast",
) -> None:
    """Render a shot from its rig (one ``FigureMotion`` per rig figure) as an H.264 MP4
    segment with the same codec settings as ``render_segment``; with ``also``, the same
    frames under other overlays into other files (drawn once, each file as if alone)."""
    if duration_ms <= 0:
        raise ValueError(f"duration_ms must be positive, got {duration_ms}")
    frames = frame_count(duration_ms, fps)
    for m in motions:
        if min(len(m.eyes), len(m.mouth), len(m.lift)) < frames:
            raise ValueError(f"a figure's motion covers fewer than the {frames} frames")
    renditions = [Rendition(Path(out), overlays), *also]
    layers = prepare_overlay_sets([r.overlays for r in renditions], rig.width, rig.height)
    encode_segments(layered_frames(rig, motions, frames, fps, move, transition, layers),
                    [r.path for r in renditions], width=rig.width, height=rig.height, fps=fps,
                    crf=crf, preset=preset)
