"""Drawing primitives: colours, smooth curves, and a pen that fills and inks polygons.

Shapes are lists of points in a figure's own units (one unit = one head height); the
pen maps them to pixels through a homography, so camera angles (dutch tilt, low or
high keystone) bend every figure the same way the background is bent.

Cel shading is done without lighting maths: the shadow of a shape is the part of it
that a copy shifted toward the light does not cover, a crescent on the far side.

A canvas may be RGB or RGBA. On an RGBA canvas that starts transparent (zeros) every
colour is painted opaque, so the canvas ends as the figure's premultiplied colour and
its coverage: a layer that composites over any background exactly as it would have
been painted on it (antialiased edges included).
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass, replace
from functools import cache

import cv2
import numpy as np

Color = tuple[int, int, int]
Points = np.ndarray

INK: Color = (24, 20, 28)
WHITE: Color = (250, 248, 244)
_SHIFT = 4  # sub-pixel bits for OpenCV drawing
_ONE = 1 << _SHIFT


def hex_color(value: str) -> Color:
    """``#rrggbb`` as an RGB tuple."""
    value = value.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def mix(a: Color, b: Color, t: float) -> Color:
    """``a`` moved a fraction ``t`` toward ``b``."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def shade(color: Color, amount: float = 0.28, cool: bool = True) -> Color:
    """The single cel-shadow tone of a colour: darker, nudged toward violet."""
    target: Color = (70, 52, 96) if cool else (30, 20, 20)
    return mix(color, target, amount)


def lighten(color: Color, amount: float = 0.3) -> Color:
    """A highlight tone of a colour."""
    return mix(color, (255, 255, 255), amount)


def luma(color: Color) -> float:
    """Perceived brightness, 0..255."""
    return 0.299 * color[0] + 0.587 * color[1] + 0.114 * color[2]


def ellipse(
    cx: float, cy: float, rx: float, ry: float, a0: float = 0.0, a1: float = 360.0, n: int = 40
) -> Points:
    """Points on an ellipse arc (degrees, y down, 0° = +x)."""
    t = np.radians(np.linspace(a0, a1, n, endpoint=a1 - a0 < 360))
    return np.stack([cx + rx * np.cos(t), cy + ry * np.sin(t)], axis=1)


def bezier(*controls: tuple[float, float], n: int = 16) -> Points:
    """A Bézier curve through its control points (any degree, de Casteljau)."""
    pts = np.repeat(np.array(controls, dtype=np.float64)[None], n, axis=0)
    t = np.linspace(0.0, 1.0, n)[:, None, None]
    while pts.shape[1] > 1:
        pts = pts[:, :-1] * (1 - t) + pts[:, 1:] * t
    return pts[:, 0]


def smooth(points: list[tuple[float, float]] | Points, closed: bool = True, n: int = 8) -> Points:
    """A Catmull-Rom spline through ``points`` (``n`` samples per segment)."""
    p = np.asarray(points, dtype=np.float64)
    ext = np.vstack([p[-1:], p, p[:2]]) if closed else np.vstack([p[:1], p, p[-1:]])
    t = np.linspace(0.0, 1.0, n, endpoint=False)[:, None]
    out = []
    for i in range(1, len(ext) - 2):
        p0, p1, p2, p3 = ext[i - 1], ext[i], ext[i + 1], ext[i + 2]
        out.append(
            0.5
            * (
                (2 * p1)
                + (-p0 + p2) * t
                + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2
                + (-p0 + 3 * p1 - 3 * p2 + p3) * t**3
            )
        )
    if not closed:
        out.append(p[-1:])
    return np.vstack(out)


def mirror(points: Points) -> Points:
    """The shape reflected across the figure's vertical axis."""
    out = np.array(points, dtype=np.float64)
    out[:, 0] *= -1
    return out


def opaque(canvas: np.ndarray, color: Color) -> tuple[int, ...]:
    """``color`` as ``canvas`` takes it: with full alpha on an RGBA canvas."""
    return (*color, 255) if canvas.ndim == 3 and canvas.shape[2] == 4 else color


def solid(like: np.ndarray, color: tuple[int, ...]) -> np.ndarray:
    """An image the shape of ``like`` (H×W×C uint8) filled with ``color``. Merged from
    constant planes: numpy's broadcast fill over a short last axis is ten times slower."""
    return cv2.merge([np.full(like.shape[:2], c, np.uint8) for c in color])


@dataclass(frozen=True)
class Bend:
    """A turn about the figure's vertical axis (x = 0), drawn on flat, front-view shapes.

    Points are taken to lie on the front of an upright elliptic cylinder of half-width
    ``a`` and half-depth ``b`` (``b_top`` above ``y_top``, easing to ``b`` at ``y_full``:
    a torso is shallow at the neck); turning it by ``angle`` (radians, + toward the right
    of the screen) slides features toward where it turns and foreshortens the far side.
    Far-side points past the silhouette would wrap round the back: they stop on it (a
    face's far cheek, its far ear) instead of folding the shape over itself.
    """

    angle: float
    a: float
    b: float
    b_top: float | None = None
    y_top: float = 0.0
    y_full: float = 0.0
    #: The near side widens to the silhouette too (a torso's back comes into view); a
    #: face keeps its near cheek where it is and the hair behind it shows the skull.
    near_edge: bool = False

    def apply(self, points: Points) -> Points:
        p = np.array(points, dtype=np.float64)
        x, y = p[:, 0], p[:, 1]
        sin, cos = np.sin(self.angle), np.cos(self.angle)
        if self.b_top is None:
            b = np.full_like(y, self.b)
        else:
            t = np.clip((y - self.y_top) / max(1e-6, self.y_full - self.y_top), 0.0, 1.0)
            b = self.b_top + (self.b - self.b_top) * t * t * (3 - 2 * t)
        u = np.clip(x / self.a, -1.0, 1.0)
        turned = x * cos + b * np.sqrt(1.0 - u * u) * sin
        sign = 1.0 if self.angle >= 0 else -1.0
        edge = np.hypot(self.a * cos, b * sin)  # the silhouette's far side
        past = self.a * cos / np.maximum(edge, 1e-6) * self.a  # where the surface turns away
        far = x * sign >= past
        wrapped = sign * (edge + np.maximum(0.0, np.abs(x) - self.a) * cos * 0.25)
        if self.near_edge:
            near = x * sign < 0
            turned = turned - np.where(near, sign * (edge - self.a * cos) * np.abs(u) ** 3, 0.0)
        p[:, 0] = np.where(far, wrapped, turned)
        return p

    def point(self, x: float, y: float, depth: float = 0.0) -> tuple[float, float]:
        """Where a point ``depth`` in front of the axis plane ends up (arm joints)."""
        return (x * np.cos(self.angle) + depth * np.sin(self.angle), y)


@dataclass(frozen=True)
class Frame:
    """Maps figure units to canvas pixels: an optional turn, scale, head centre, then a
    camera homography."""

    scale: float
    x: float
    y: float
    camera: np.ndarray  # 3x3 homography applied after the figure transform
    bend: Bend | None = None

    def apply(self, points: Points) -> Points:
        if self.bend is not None:
            points = self.bend.apply(points)
        p = np.asarray(points, dtype=np.float64) * self.scale + (self.x, self.y)
        h = np.hstack([p, np.ones((len(p), 1))]) @ self.camera.T
        return h[:, :2] / h[:, 2:3]


class Pen:
    """Draws figure-space shapes onto an RGB canvas with bold ink and cel shadows."""

    def __init__(self, canvas: np.ndarray, frame: Frame, light: tuple[float, float] = (-1.0, -1.2)):
        self.canvas = canvas
        self.frame = frame
        self.ink = float(np.clip(frame.scale * 0.011, 1.6, 9.0))
        norm = float(np.hypot(*light))
        self.light = (light[0] / norm, light[1] / norm)
        self._light = light

    def bent(self, bend: Bend | None) -> Pen:
        """A pen on the same canvas whose shapes turn by ``bend`` (None: drawn flat)."""
        return Pen(self.canvas, replace(self.frame, bend=bend), self._light)

    def _px(self, points: Points) -> np.ndarray:
        return np.round(self.frame.apply(points) * _ONE).astype(np.int32)

    def fill(
        self,
        points: Points,
        color: Color,
        *,
        shadow: Color | None = None,
        depth: float = 0.08,
        outline: bool = True,
        width: float = 1.0,
        tone: bool = False,
        clip: Points | None = None,
        alpha: float = 1.0,
    ) -> None:
        """Fill a closed shape, optionally with a cel-shadow crescent, then ink its edge."""
        px = self._px(points)
        if clip is not None or alpha < 1.0:
            self._fill_masked(px, color, None if clip is None else self._px(clip), alpha)
        else:
            cv2.fillPoly(self.canvas, [px], opaque(self.canvas, color), cv2.LINE_AA, _SHIFT)
        if shadow is not None:
            self._shadow(px, shadow, depth, tone, None if clip is None else self._px(clip))
        if outline:
            self.stroke_px(px, True, width)

    def stroke(
        self, points: Points, *, closed: bool = False, width: float = 1.0, color: Color = INK
    ) -> None:
        """Ink a poly-line; ``width`` is relative to the pen's ink weight."""
        self.stroke_px(self._px(points), closed, width, color)

    def stroke_px(self, px: np.ndarray, closed: bool, width: float, color: Color = INK) -> None:
        thickness = max(1, round(self.ink * width))
        cv2.polylines(self.canvas, [px], closed, opaque(self.canvas, color), thickness,
                      cv2.LINE_AA, _SHIFT)

    def taper(self, points: Points, *, width: float = 1.0, color: Color = INK) -> None:
        """A brush stroke: thick in the middle, pointed at both ends."""
        p = self.frame.apply(points)
        if len(p) < 2:
            return
        d = np.gradient(p, axis=0)
        normal = np.stack([-d[:, 1], d[:, 0]], axis=1)
        normal /= np.maximum(np.linalg.norm(normal, axis=1, keepdims=True), 1e-6)
        half = self.ink * width * 0.5 * np.sin(np.linspace(0.15, np.pi - 0.15, len(p)))[:, None]
        poly = np.vstack([p + normal * half, (p - normal * half)[::-1]])
        cv2.fillPoly(self.canvas, [np.round(poly * _ONE).astype(np.int32)],
                     opaque(self.canvas, color), cv2.LINE_AA, _SHIFT)

    def dot(self, x: float, y: float, r: float, color: Color) -> None:
        """A filled disc, radius in figure units."""
        self.fill(ellipse(x, y, r, r, n=20), color, outline=False)

    def _bbox(self, px: np.ndarray, pad: int) -> tuple[int, int, int, int] | None:
        h, w = self.canvas.shape[:2]
        x0 = max(0, (int(px[:, 0].min()) >> _SHIFT) - pad)
        y0 = max(0, (int(px[:, 1].min()) >> _SHIFT) - pad)
        x1 = min(w, (int(px[:, 0].max()) >> _SHIFT) + pad + 1)
        y1 = min(h, (int(px[:, 1].max()) >> _SHIFT) + pad + 1)
        if x1 <= x0 or y1 <= y0:
            return None
        return x0, y0, x1, y1

    def _mask(self, px: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
        x0, y0, x1, y1 = box
        mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
        local = px - np.array([x0 * _ONE, y0 * _ONE], np.int32)
        cv2.fillPoly(mask, [local], 255, cv2.LINE_AA, _SHIFT)
        return mask

    def _fill_masked(
        self, px: np.ndarray, color: Color, clip: np.ndarray | None, alpha: float
    ) -> None:
        box = self._bbox(px, 2)
        if box is None:
            return
        mask = self._mask(px, box)
        if clip is not None:
            mask = cv2.min(mask, self._mask(clip, box))
        blend(self.canvas, box, mask, color, alpha)

    def _shadow(
        self, px: np.ndarray, color: Color, depth: float, tone: bool, clip: np.ndarray | None
    ) -> None:
        off = depth * self.frame.scale
        dx, dy = round(self.light[0] * off * _ONE), round(self.light[1] * off * _ONE)
        box = self._bbox(px, 2)
        if box is None:
            return
        mask = self._mask(px, box)
        x0, y0, x1, y1 = box
        local = px - np.array([x0 * _ONE, y0 * _ONE], np.int32) + np.array([dx, dy], np.int32)
        cv2.fillPoly(mask, [local], 0, cv2.LINE_8, _SHIFT)
        if clip is not None:
            mask = cv2.min(mask, self._mask(clip, box))
        if tone:
            dots = _tone_mask(
                self.canvas.shape[0], self.canvas.shape[1], max(4, round(self.ink * 2.2))
            )[y0:y1, x0:x1]
            mask = cv2.min(mask, dots)
        _, hard = cv2.threshold(mask, 127, 255, cv2.THRESH_BINARY)
        region = self.canvas[y0:y1, x0:x1]
        cv2.copyTo(solid(region, opaque(self.canvas, color)), hard, region)


@cache
def _tone_mask(height: int, width: int, pitch: int) -> np.ndarray:
    return screentone((height, width), pitch)


def blend(
    canvas: np.ndarray,
    box: tuple[int, int, int, int],
    mask: np.ndarray,
    color: Color,
    strength: float = 1.0,
) -> None:
    """Paint ``color`` into ``canvas[box]`` through an 8-bit mask."""
    x0, y0, x1, y1 = box
    region = canvas[y0:y1, x0:x1]
    alpha = mask.astype(np.float32) * np.float32(strength / 255.0)
    paint = solid(region, opaque(canvas, color))
    region[:] = cv2.blendLinear(paint, region, alpha, 1.0 - alpha)


def screentone(
    shape: tuple[int, int], pitch: int, origin: tuple[int, int] = (0, 0), radius: float = 0.32
) -> np.ndarray:
    """A 45° halftone dot mask (255 inside dots) aligned to the canvas grid."""
    h, w = shape
    ys = (np.arange(h, dtype=np.float32) + origin[1])[:, None]
    xs = (np.arange(w, dtype=np.float32) + origin[0])[None, :]
    u = (xs + ys) / pitch
    v = (xs - ys) / pitch
    du = u - np.round(u)
    dv = v - np.round(v)
    dist = np.sqrt(du * du + dv * dv)
    edge = radius * 1.41
    return np.clip((edge - dist) * pitch * 0.9 * 255, 0, 255).astype(np.uint8)


def vivid(color: Color, value: float = 0.62, saturation: float = 1.35) -> Color:
    """A brighter, more saturated version of a dark colour (iris paint, lit windows)."""
    h, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in color))
    r, g, b = colorsys.hsv_to_rgb(h, min(1.0, max(s * saturation, 0.25)), max(v, value))
    return (round(r * 255), round(g * 255), round(b * 255))
