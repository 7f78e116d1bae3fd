"""Manga effects: speed lines, screentone, impact bursts, sparkles, rain, gloom.

Effects that would cross a face go behind the characters (tone, bursts) or leave a
hole around the focus face (speed lines). Busy effects fade out over the bottom
quarter, where subtitles are burned in later.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import cv2
import numpy as np

from microdrama.providers.offline.painter.ink import opaque, screentone, solid
from microdrama.providers.offline.painter.layout import Placement

_SHIFT = 3
_ONE = 1 << _SHIFT


def _focus(canvas: np.ndarray, focus: Placement | None) -> tuple[float, float, float]:
    h, w = canvas.shape[:2]
    if focus is None:
        return w / 2, h * 0.4, w * 0.25
    return focus.x, focus.y, max(focus.scale * 0.62, w * 0.12)


@cache
def _calm(height: int) -> np.ndarray:
    """Per-row strength: full above 70 %, down to 30 % in the subtitle band."""
    y = np.arange(height, dtype=np.float32) / height
    return np.clip(1.0 - (y - 0.7) / 0.1 * 0.7, 0.3, 1.0)[:, None]


@cache
def _tone(height: int, width: int, pitch: int) -> np.ndarray:
    return screentone((height, width), pitch, radius=0.3)


def _overlay(
    canvas: np.ndarray,
    mask: np.ndarray,
    color: tuple[int, int, int],
    strength: float,
    calm: bool = True,
) -> None:
    x, y, bw, bh = cv2.boundingRect(mask)
    if bw == 0 or bh == 0:
        return
    alpha = mask[y : y + bh, x : x + bw].astype(np.float32) * np.float32(strength / 255.0)
    if calm:
        alpha *= _calm(canvas.shape[0])[y : y + bh]
    region = canvas[y : y + bh, x : x + bw]
    paint = solid(region, opaque(canvas, color))
    region[:] = cv2.blendLinear(paint, region, alpha, 1.0 - alpha)


def _star(
    cx: float, cy: float, inner: float, outer: float, points: int, rng: np.random.Generator
) -> np.ndarray:
    angles = np.linspace(0, 2 * np.pi, points * 2, endpoint=False)
    radii = np.where(np.arange(points * 2) % 2 == 0, outer, inner)
    radii = radii * rng.uniform(0.75, 1.25, points * 2)
    return np.stack([cx + radii * np.cos(angles), cy + radii * np.sin(angles)], axis=1)


def effects_behind(
    canvas: np.ndarray, effects: Sequence[str], focus: Placement | None, rng: np.random.Generator
) -> None:
    """Effects painted over the background, under the characters."""
    h, w = canvas.shape[:2]
    fx, fy, fr = _focus(canvas, focus)
    if "screentone" in effects:
        pitch = max(6, w // 110)
        ramp = np.clip(1.0 - np.arange(h, dtype=np.float32) / (h * 0.75), 0.15, 1.0)[:, None]
        mask = (_tone(h, w, pitch).astype(np.float32) * ramp).astype(np.uint8)
        _overlay(canvas, mask, (40, 34, 60), 0.55)
    if "impact" in effects:
        mask = np.zeros((h, w), np.uint8)
        burst = _star(fx, fy, fr * 1.6, max(w, h) * 0.9, 18, rng)
        cv2.fillPoly(mask, [np.round(burst * _ONE).astype(np.int32)], 255, cv2.LINE_AA, _SHIFT)
        _overlay(canvas, mask, (255, 246, 214), 0.85)
        core = _star(fx, fy, fr * 1.2, fr * 2.6, 14, rng)
        mask[:] = 0
        cv2.fillPoly(mask, [np.round(core * _ONE).astype(np.int32)], 255, cv2.LINE_AA, _SHIFT)
        _overlay(canvas, mask, (255, 210, 80), 0.7)
        mask[:] = 0
        for a in np.linspace(0, 2 * np.pi, 28, endpoint=False) + rng.uniform(0, 0.2):
            r0 = fr * rng.uniform(1.7, 2.4)
            p0 = (fx + np.cos(a) * r0, fy + np.sin(a) * r0)
            p1 = (fx + np.cos(a) * max(w, h), fy + np.sin(a) * max(w, h))
            side = np.array([-np.sin(a), np.cos(a)]) * w * 0.012
            wedge = np.array([p0, np.add(p1, side), np.subtract(p1, side)])
            cv2.fillPoly(mask, [np.round(wedge * _ONE).astype(np.int32)], 255, cv2.LINE_AA, _SHIFT)
        _overlay(canvas, mask, (30, 24, 40), 0.8)


def effects_front(
    canvas: np.ndarray,
    effects: Sequence[str],
    focus: Placement | None,
    time: str,
    rng: np.random.Generator,
) -> None:
    """Effects painted over everything."""
    h, w = canvas.shape[:2]
    fx, fy, fr = _focus(canvas, focus)
    if "speed-lines" in effects:
        mask = np.zeros((h, w), np.uint8)
        far = float(np.hypot(w, h))
        wedges = []
        for a in np.sort(rng.uniform(0, 2 * np.pi, 150)):
            r0 = fr * rng.uniform(1.25, 1.9)
            half = rng.uniform(0.002, 0.007)
            p0 = (fx + np.cos(a) * r0, fy + np.sin(a) * r0)
            p1 = (fx + np.cos(a - half) * far, fy + np.sin(a - half) * far)
            p2 = (fx + np.cos(a + half) * far, fy + np.sin(a + half) * far)
            wedges.append(np.round(np.array([p0, p1, p2]) * _ONE).astype(np.int32))
        cv2.fillPoly(mask, wedges, 255, cv2.LINE_AA, _SHIFT)
        _overlay(canvas, mask, (20, 18, 26), 0.85)
    if "sparkle" in effects:
        mask = np.zeros((h, w), np.uint8)
        for _ in range(24):
            a = rng.uniform(0, 2 * np.pi)
            r = fr * rng.uniform(1.1, 2.4)
            x, y = fx + np.cos(a) * r, min(fy + np.sin(a) * r, h * 0.72)
            size = w * rng.uniform(0.012, 0.035)
            star = np.array(
                [
                    (x, y - size * 2),
                    (x + size * 0.25, y - size * 0.25),
                    (x + size * 2, y),
                    (x + size * 0.25, y + size * 0.25),
                    (x, y + size * 2),
                    (x - size * 0.25, y + size * 0.25),
                    (x - size * 2, y),
                    (x - size * 0.25, y - size * 0.25),
                ]
            )
            cv2.fillPoly(mask, [np.round(star * _ONE).astype(np.int32)], 255, cv2.LINE_AA, _SHIFT)
            cv2.circle(mask, (int(x), int(y)), max(1, int(size * 0.45)), 255, -1, cv2.LINE_AA)
        glow = cv2.GaussianBlur(mask, (0, 0), max(2.0, w * 0.012))
        _overlay(
            canvas,
            np.minimum(glow.astype(np.uint16) * 3, 255).astype(np.uint8),
            (255, 236, 170),
            0.6,
        )
        _overlay(canvas, mask, (255, 255, 250), 1.0)
    if "rain" in effects:
        mask = np.zeros((h, w), np.uint8)
        length = h * 0.06
        for _ in range(420):
            x, y = rng.uniform(-0.1 * w, w), rng.uniform(-length, h)
            dx = length * 0.18
            cv2.line(
                mask,
                (int(x * _ONE), int(y * _ONE)),
                (int((x + dx) * _ONE), int((y + length * rng.uniform(0.6, 1.2)) * _ONE)),
                255,
                1 + (w > 700),
                cv2.LINE_AA,
                _SHIFT,
            )
        cool = (14, 20, 40) if time == "night" else (60, 70, 90)
        tint = solid(canvas, opaque(canvas, cool))
        cv2.addWeighted(canvas, 0.82, tint, 0.18, 0.0, dst=canvas)
        _overlay(canvas, mask, (214, 226, 240), 0.55)
    if "gloom" in effects:
        yy, xx = np.mgrid[0 : h // 8, 0 : w // 8].astype(np.float32) * 8
        dist = np.hypot((xx - fx) / w, (yy - fy) / h * 0.8)
        vignette = np.clip((dist - 0.18) * 2.2, 0.0, 1.0) ** 1.5
        mask = cv2.resize((vignette * 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_LINEAR)
        _overlay(canvas, mask, (16, 8, 30), 0.85, calm=False)
        lines = np.zeros((h, w), np.uint8)
        for x in np.linspace(0, w, 60):
            top = rng.uniform(0.08, 0.22) * h
            cv2.line(lines, (int(x), 0), (int(x), int(top)), 255, 2, cv2.LINE_AA)
        _overlay(canvas, lines, (10, 6, 20), 0.7, calm=False)
