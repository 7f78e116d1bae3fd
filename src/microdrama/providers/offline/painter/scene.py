"""A whole panel: background → effects behind → characters → effects in front → grade.

The panel is painted in layers — the set (with the effects behind), one transparent
layer per character, the effects in front — and flattened; the segment renderer moves
the layers at different speeds (parallax) and swaps eye and mouth states on each
character's layer (``rig``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from microdrama.domain import Character
from microdrama.domain.storyboard import ShotCharacter
from microdrama.media.rig import crop_box
from microdrama.providers.base import MODERN_ERA, PanelRequest
from microdrama.providers.offline.painter.backgrounds import draw_background
from microdrama.providers.offline.painter.costume import design_for
from microdrama.providers.offline.painter.effects import effects_behind, effects_front
from microdrama.providers.offline.painter.expressions import Expression, expression_of
from microdrama.providers.offline.painter.figure import draw_character
from microdrama.providers.offline.painter.ink import Frame, Pen
from microdrama.providers.offline.painter.layout import ZOOM, Placement, camera, place

#: A change to a figure's face for one drawing (a blink, a mouth shape), or None.
FaceChange = Callable[[Expression], Expression] | None


def seed_of(request: PanelRequest) -> int:
    """A stable 64-bit seed from the request seed and shot id."""
    digest = hashlib.blake2b(f"{request.seed}:{request.shot.id}".encode(), digest_size=8)
    return int.from_bytes(digest.digest(), "big")


@dataclass(frozen=True)
class Figure:
    """One character as the panel draws them: who, where, as what the shot asks, and
    in the series' era (its costume)."""

    placement: Placement
    character: Character
    wanted: ShotCharacter
    era: str = MODERN_ERA


@dataclass(frozen=True)
class Layers:
    """A panel in layers: the set (RGB), each figure and the front effects as
    premultiplied RGBA, all of the panel's size, graded; ``camera`` is the angle's
    homography figures are drawn through."""

    background: np.ndarray
    figures: list[tuple[Figure, np.ndarray]]
    front: np.ndarray
    camera: np.ndarray


def figures(request: PanelRequest) -> list[Figure]:
    """The characters the panel draws, back to front."""
    shot = request.shot
    by_id = {c.id: c for c in request.characters}
    found = []
    for p in place(shot, request.width, request.height):
        wanted = shot.characters[p.index]
        character = by_id.get(wanted.id)
        if character is None and p.index < len(request.characters):
            character = request.characters[p.index]
        if character is not None:
            found.append(Figure(p, character, wanted, request.era))
    return found


def draw_figure(canvas: np.ndarray, figure: Figure, cam: np.ndarray,
                face: FaceChange = None, origin: tuple[int, int] = (0, 0)) -> None:
    """Paint one figure on ``canvas`` (whose top-left is the panel's ``origin``)."""
    p = figure.placement
    if origin != (0, 0):
        cam = np.array([[1.0, 0.0, -origin[0]], [0.0, 1.0, -origin[1]], [0.0, 0.0, 1.0]]) @ cam
    expression = expression_of(figure.wanted.expression)
    if face is not None:
        expression = face(expression)
    pen = Pen(canvas, Frame(p.scale, p.x, p.y, cam))
    draw_character(pen, design_for(figure.character, figure.era), expression, p.turn, p.legs,
                   p.posture)


def render_layers(request: PanelRequest) -> Layers:
    """The panel's layers (see ``Layers``)."""
    shot = request.shot
    w, h = request.width, request.height
    rng = np.random.default_rng(seed_of(request))
    cam = camera(shot.angle, w, h)
    canvas = draw_background(
        request.location.kind, shot.time, w, h, ZOOM[shot.framing], shot.angle, request.location.id,
        request.era,
    )
    if not np.allclose(cam, np.eye(3)):
        canvas = cv2.warpPerspective(
            canvas, cam, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT_101
        )
    placements = place(shot, w, h)
    focus = placements[-1] if placements else None
    effects_behind(canvas, shot.effects, focus, rng)
    drawn = []
    for figure in figures(request):
        layer = np.zeros((h, w, 4), np.uint8)
        draw_figure(layer, figure, cam)
        drawn.append((figure, _graded(layer)))
    front = np.zeros((h, w, 4), np.uint8)
    effects_front(front, shot.effects, focus, shot.time, rng)
    return Layers(grade(canvas), drawn, _graded(front), cam)


def _graded(layer: np.ndarray) -> np.ndarray:
    """``grade`` an RGBA layer where it covers anything."""
    box = crop_box(layer)
    if box is not None:
        grade(layer[:, box[0]:box[2]])
    return layer


def render(request: PanelRequest) -> np.ndarray:
    """The panel as an RGB uint8 array of shape (height, width, 3)."""
    return flatten(render_layers(request))


def flatten(layers: Layers) -> np.ndarray:
    """The layers composited back to front (premultiplied "over", in 8 bits)."""
    out = layers.background.copy()
    for layer in [*(f for _, f in layers.figures), layers.front]:
        box = crop_box(layer)
        if box is None:
            continue
        band = slice(box[1], box[3])
        keep = cv2.bitwise_not(layer[band, :, 3])
        kept = cv2.multiply(out[band], cv2.merge([keep, keep, keep]), scale=1 / 255)
        out[band] = cv2.add(kept, np.ascontiguousarray(layer[band, :, :3]))
    return out


#: The subtitle band's darkening: from this fraction of the height down, to this much.
GRADE_START, GRADE_DEPTH, GRADE_TO = 0.74, 0.22, 12.0


def grade(layer: np.ndarray, top: int = 0, height: int | None = None) -> np.ndarray:
    """Quiet the subtitle band: a soft darkening over the bottom quarter (an RGBA layer
    is premultiplied, so it darkens where it covers and stays transparent elsewhere).
    ``layer`` may be a band of a panel ``height`` tall whose first row is ``top``.
    8.8 fixed point: a layer per figure, so it has to be quick."""
    full = layer.shape[0] if height is None else height
    start = int(full * GRADE_START)
    first = max(start, top)
    if first >= top + layer.shape[0]:
        return layer
    ramp = np.linspace(0.0, GRADE_DEPTH, full - start)[first - start:top + layer.shape[0] - start]
    band = layer[first - top:]
    channels = layer.shape[2]
    keep = np.empty((len(ramp), 1, channels), np.uint16)
    keep[...] = np.round((1.0 - ramp) * 256)[:, None, None]
    darker = band.astype(np.uint16) * keep
    if channels == 4:  # the alpha channel keeps its value; colour darkens toward GRADE_TO·α
        darker[..., 3] = band[..., 3].astype(np.uint16) << 8
        towards = np.zeros((len(ramp), 1, 4), np.uint16)
        towards[..., :3] = np.round(GRADE_TO * ramp * 256 / 255)[:, None, None]
        darker += band[..., 3:4].astype(np.uint16) * towards
    else:
        darker += np.round(GRADE_TO * ramp * 256).astype(np.uint16)[:, None, None]
    band[...] = (darker >> 8).astype(np.uint8)
    return layer
