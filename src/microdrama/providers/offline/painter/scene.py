"""A whole panel: background → effects behind → characters → effects in front → grade."""

from __future__ import annotations

import hashlib

import cv2
import numpy as np

from microdrama.providers.base import PanelRequest
from microdrama.providers.offline.painter.backgrounds import draw_background
from microdrama.providers.offline.painter.design import design_of
from microdrama.providers.offline.painter.effects import effects_behind, effects_front
from microdrama.providers.offline.painter.expressions import expression_of
from microdrama.providers.offline.painter.figure import draw_character
from microdrama.providers.offline.painter.ink import Frame, Pen
from microdrama.providers.offline.painter.layout import ZOOM, camera, place


def seed_of(request: PanelRequest) -> int:
    """A stable 64-bit seed from the request seed and shot id."""
    digest = hashlib.blake2b(f"{request.seed}:{request.shot.id}".encode(), digest_size=8)
    return int.from_bytes(digest.digest(), "big")


def render(request: PanelRequest) -> np.ndarray:
    """The panel as an RGB uint8 array of shape (height, width, 3)."""
    shot = request.shot
    w, h = request.width, request.height
    rng = np.random.default_rng(seed_of(request))
    cam = camera(shot.angle, w, h)
    canvas = draw_background(
        request.location.kind, shot.time, w, h, ZOOM[shot.framing], shot.angle, request.location.id
    )
    if not np.allclose(cam, np.eye(3)):
        canvas = cv2.warpPerspective(
            canvas, cam, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT_101
        )
    placements = place(shot, w, h)
    focus = placements[-1] if placements else None
    effects_behind(canvas, shot.effects, focus, rng)
    by_id = {c.id: c for c in request.characters}
    for p in placements:
        wanted = shot.characters[p.index]
        character = by_id.get(wanted.id)
        if character is None and p.index < len(request.characters):
            character = request.characters[p.index]
        if character is None:
            continue
        pen = Pen(canvas, Frame(p.scale, p.x, p.y, cam))
        draw_character(pen, design_of(character), expression_of(wanted.expression), p.turn, p.legs,
                       p.posture)
    effects_front(canvas, shot.effects, focus, shot.time, rng)
    _grade(canvas)
    return canvas


def _grade(canvas: np.ndarray) -> None:
    """Quiet the subtitle band: a soft darkening over the bottom quarter."""
    h = canvas.shape[0]
    start = int(h * 0.74)
    ramp = np.linspace(0.0, 0.22, h - start, dtype=np.float32)[:, None, None]
    band = canvas[start:].astype(np.float32)
    canvas[start:] = (band * (1.0 - ramp) + np.float32(12) * ramp).astype(np.uint8)
