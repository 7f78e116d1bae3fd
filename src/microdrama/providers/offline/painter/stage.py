"""A tiny set painter: draws in frame-relative units with one-point perspective.

Sets are painted at half resolution (they are blurred afterwards anyway) in
coordinates ``u`` (0 left … 1 right) and ``v`` (0 top … 1 bottom) of the widest
shot; closer framings zoom in around the vanishing point.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from microdrama.providers.offline.painter.ink import Color, mix

_SHIFT = 3
_ONE = 1 << _SHIFT


@dataclass(frozen=True)
class Light:
    """Time-of-day palette."""

    sky_top: Color
    sky_low: Color
    tint: Color  # multiplied over the whole set
    lamps: float  # 0 … 1: how much practical lights glow
    sun: Color


TIMES: dict[str, Light] = {
    "day": Light((110, 168, 228), (206, 228, 246), (255, 252, 246), 0.0, (255, 250, 230)),
    "dusk": Light((62, 52, 112), (252, 150, 96), (255, 206, 170), 0.5, (255, 170, 90)),
    "night": Light((10, 14, 38), (36, 46, 88), (118, 128, 186), 1.0, (210, 220, 255)),
    "dawn": Light((140, 150, 206), (252, 204, 190), (240, 222, 232), 0.25, (255, 214, 200)),
}


class Stage:
    """A canvas with perspective helpers for painting sets."""

    def __init__(self, width: int, height: int, zoom: float, horizon: float, light: Light):
        self.w, self.h = width, height
        self.zoom = zoom
        self.hz = horizon
        self.light = light
        self.img = np.zeros((height, width, 3), np.uint8)
        self.glow = np.zeros((height, width), np.float32)

    def px(self, points: list[tuple[float, float]] | np.ndarray) -> np.ndarray:
        p = np.asarray(points, dtype=np.float64)
        x = ((p[:, 0] - 0.5) * self.zoom + 0.5) * self.w
        y = ((p[:, 1] - self.hz) * self.zoom + self.hz) * self.h
        return np.round(np.stack([x, y], axis=1) * _ONE).astype(np.int32)

    def poly(
        self,
        points: list[tuple[float, float]] | np.ndarray,
        color: Color,
        edge: Color | None = None,
        width: int = 1,
    ) -> None:
        pts = self.px(points)
        cv2.fillPoly(self.img, [pts], color, cv2.LINE_AA, _SHIFT)
        if edge is not None:
            cv2.polylines(self.img, [pts], True, edge, width, cv2.LINE_AA, _SHIFT)

    def rect(
        self,
        u0: float,
        v0: float,
        u1: float,
        v1: float,
        color: Color,
        edge: Color | None = None,
        width: int = 1,
    ) -> None:
        self.poly([(u0, v0), (u1, v0), (u1, v1), (u0, v1)], color, edge, width)

    def line(
        self, a: tuple[float, float], b: tuple[float, float], color: Color, width: int = 1
    ) -> None:
        pts = self.px([a, b])
        cv2.line(self.img, tuple(pts[0]), tuple(pts[1]), color, width, cv2.LINE_AA, _SHIFT)

    def oval(self, u: float, v: float, ru: float, rv: float, color: Color) -> None:
        t = np.linspace(0, 2 * np.pi, 32, endpoint=False)
        self.poly(np.stack([u + ru * np.cos(t), v + rv * np.sin(t)], axis=1), color)

    def gradient(self, v0: float, v1: float, top: Color, bottom: Color) -> None:
        """A vertical gradient band across the whole width."""
        y0, y1 = (int(np.clip(self.px([(0.5, v)])[0, 1] >> _SHIFT, 0, self.h)) for v in (v0, v1))
        if y1 <= y0:
            return
        t = np.linspace(0.0, 1.0, y1 - y0, dtype=np.float32)[:, None, None]
        band = np.array(top, np.float32) * (1 - t) + np.array(bottom, np.float32) * t
        self.img[y0:y1] = band.astype(np.uint8)

    def sky(self, v0: float, v1: float) -> None:
        self.gradient(v0, v1, self.light.sky_top, self.light.sky_low)

    def lamp(self, u: float, v: float, radius: float, strength: float = 1.0) -> None:
        """A practical light: glows more at night."""
        c = self.px([(u, v)])[0] >> _SHIFT
        r = max(2, int(radius * self.zoom * self.w))
        cv2.circle(self.glow, (int(c[0]), int(c[1])), r, strength, -1, cv2.LINE_AA)

    def room(
        self,
        wall: Color,
        floor: Color,
        ceiling: Color,
        back: tuple[float, float, float, float] = (0.12, 0.04, 0.88, 0.62),
    ) -> tuple[float, float, float, float]:
        """Back wall, side walls, floor and ceiling in one-point perspective."""
        u0, v0, u1, v1 = back
        side = mix(wall, (40, 30, 50), 0.18)
        self.poly([(-1, -1), (2, -1), (u1, v0), (u0, v0)], ceiling)
        self.poly([(-1, 2), (2, 2), (u1, v1), (u0, v1)], floor)
        self.poly([(-1, -1), (u0, v0), (u0, v1), (-1, 2)], side)
        self.poly([(2, -1), (u1, v0), (u1, v1), (2, 2)], side)
        self.rect(u0, v0, u1, v1, wall)
        edge = mix(wall, (30, 24, 40), 0.35)
        for a, b in (((u0, v0), (u0, v1)), ((u1, v0), (u1, v1)), ((u0, v1), (u1, v1))):
            self.line(a, b, edge, 2)
        return back

    def to_floor(self, u: float, depth: float, v1: float) -> tuple[float, float]:
        """A floor point ``depth`` of the way from the back wall line toward the camera."""
        vp = (0.5, self.hz)
        base = (u, v1)
        return (
            vp[0] + (base[0] - vp[0]) * (1 + depth * 2.5),
            vp[1] + (base[1] - vp[1]) * (1 + depth * 2.5),
        )
