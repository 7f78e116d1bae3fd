"""Backgrounds: a set per location kind, lit for the time of day, pushed back.

The set is painted at half size, then blurred (more for closer framings, like a
shallow depth of field), desaturated and hazed so the characters in front pop.
A location's furniture comes from a generator seeded by its kind, so a place looks
the same in every shot. A series set in another era draws that era's sets where it has
them (``sets_period``; a modern series draws exactly what it always did).
"""

from __future__ import annotations

import hashlib

import cv2
import numpy as np

from microdrama.providers.base import MODERN_ERA
from microdrama.providers.offline.painter.sets import SETS, SetPainter
from microdrama.providers.offline.painter.sets_period import PERIOD_SETS
from microdrama.providers.offline.painter.stage import TIMES, Stage

HORIZON = {"eye": 0.34, "low": 0.5, "high": 0.2, "overhead": 0.12, "dutch": 0.34}
EXTERIOR = {"street", "village", "forest"}
#: The sets of each era other than the modern one, by location kind.
ERA_SETS: dict[str, dict[str, SetPainter]] = {"period": PERIOD_SETS}


def set_painter(kind: str, era: str = MODERN_ERA) -> SetPainter:
    """The function that draws a ``kind`` of location in ``era`` (the modern set when
    the era has none of its own)."""
    own = ERA_SETS.get(era, {}) if era != MODERN_ERA else {}
    return own.get(kind) or SETS.get(kind, SETS["office"])


def draw_background(
    kind: str, time: str, width: int, height: int, zoom: float, angle: str, key: str = "",
    era: str = MODERN_ERA,
) -> np.ndarray:
    """The set behind a shot, as a full-size RGB array."""
    light = TIMES.get(time, TIMES["day"])
    w, h = max(16, width // 2), max(16, height // 2)
    stage = Stage(w, h, zoom, HORIZON.get(angle, 0.34), light)
    digest = hashlib.blake2b(f"set:{kind}:{key}".encode(), digest_size=8).digest()
    rng = np.random.default_rng(int.from_bytes(digest, "big"))
    set_painter(kind, era)(stage, rng)
    img = stage.img.astype(np.float32)
    tint = np.array(light.tint, np.float32) / 255.0
    if kind in EXTERIOR:
        img *= 0.35 + 0.65 * tint
    else:
        img *= 0.55 + 0.45 * tint
    if light.lamps > 0 or kind in ("restaurant", "car"):
        glow = cv2.GaussianBlur(stage.glow, (0, 0), max(2.0, w * 0.02))
        strength = max(light.lamps, 0.45)
        img += glow[..., None] * np.array([255, 210, 150], np.float32) * strength * 0.9
    sigma = 0.8 + 1.6 * (zoom - 1.0) * (w / 540)
    img = np.asarray(cv2.GaussianBlur(img, (0, 0), sigma), dtype=np.float32)
    gray = img.mean(axis=2, keepdims=True)
    img = img * 0.72 + gray * 0.28  # desaturate so characters carry the colour
    haze = np.array(light.sky_low, np.float32) * 0.5 + 60
    img = img * 0.86 + haze * 0.14
    small = np.clip(img, 0, 255).astype(np.uint8)
    return cv2.resize(small, (width, height), interpolation=cv2.INTER_LINEAR)
