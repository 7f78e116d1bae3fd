"""The offline painter's rig: the panel's layers plus every figure's face states.

Each figure is drawn again shut-eyed (and widened, when it reacts) and in every
mouth shape of speech (``VISEMES``) on a canvas around its head; the pixels a state
changes, compared with the figure as the shot sets it, give the box of its eyes and of
its mouth, and the patches the segment renderer swaps in per frame (blinks, speech,
reactions; a half-shut blink frame is a cross-fade of the open and shut eyes, made
by the renderer). Drawing the whole figure, not just a face, keeps what lies over the face
(fringes, glasses, manga marks) exactly as the panel has it.
"""

from __future__ import annotations

import cv2
import numpy as np

from microdrama.media.rig import Box, FigureRig, Piece, Rig, crop_box
from microdrama.providers.base import FaceStates, PanelRequest
from microdrama.providers.offline.painter.expressions import (
    EYE_STATES,
    VISEMES,
    expression_of,
    face_state,
)
from microdrama.providers.offline.painter.face import CLOSED_MOUTHS, MOUTH_Y
from microdrama.providers.offline.painter.scene import (
    Figure,
    Layers,
    draw_figure,
    flatten,
    grade,
    render_layers,
)

#: The canvas a figure's face states are drawn on, in head heights around the head
#: centre: half its width, how far above, how far below (the face with room to spare;
#: a state that changed a pixel at the canvas edge would show as a seam).
HEAD_HALF_WIDTH, HEAD_ABOVE, HEAD_BELOW = 0.7, 0.6, 0.7
#: Head heights from the head centre to the soles (where a standing figure breathes from).
SOLES = 6.6
#: A state changes a pixel when a channel moves by more than this (drawing noise is 0).
CHANGED = 2


#: Between the eyes and the mouth, in head heights below the head centre: a state's
#: changed pixels above this line are its eyes', below it its mouth's (face.py: eyes at
#: 0.1, the nose at 0.25–0.28, the mouth at 0.365).
SPLIT = 0.27


def render_rig(request: PanelRequest, faces: FaceStates | None = None
               ) -> tuple[np.ndarray, Rig]:
    """The flattened panel (RGB) and its rig: every figure blinks; those ``faces`` names
    speaking get mouth shapes of speech, those reacting a widened stare."""
    faces = faces or FaceStates()
    layers = render_layers(request)
    panel = flatten(layers)
    h, w = panel.shape[:2]
    figures = [_figure(layers, figure, layer, w, h, figure.character.id in faces.speaking,
                       figure.character.id in faces.reacting)
               for figure, layer in layers.figures]
    box = crop_box(layers.front)
    front = None if box is None else Piece(box, layers.front[box[1]:box[3], box[0]:box[2]])
    rig = Rig(w, h, layers.background, [f for f in figures if f is not None], front)
    return panel, rig


def _point(cam: np.ndarray, x: float, y: float) -> tuple[float, float]:
    hx, hy, hw = cam @ np.array([x, y, 1.0])
    return float(hx / hw), float(hy / hw)


def _figure(layers: Layers, figure: Figure, layer: np.ndarray, w: int, h: int,
            speaks: bool, reacts: bool) -> FigureRig | None:
    box = crop_box(layer)
    if box is None:
        return None
    p = figure.placement
    head = _point(layers.camera, p.x, p.y)
    soles = _point(layers.camera, p.x, p.y + SOLES * p.scale)[1]
    x0 = max(0, int(head[0] - HEAD_HALF_WIDTH * p.scale))
    y0 = max(0, int(head[1] - HEAD_ABOVE * p.scale))
    x1 = min(w, int(head[0] + HEAD_HALF_WIDTH * p.scale) + 1)
    y1 = min(h, int(head[1] + HEAD_BELOW * p.scale) + 1)
    sprites: dict[str, Piece] = {}
    boxes: dict[str, Box | None] = {"eyes": None, "mouth": None}
    if x1 - x0 > 4 and y1 - y0 > 4:
        split = int(round(_point(layers.camera, p.x, p.y + SPLIT * p.scale)[1])) - y0
        split = min(max(split, 0), y1 - y0)
        # One drawing shows an eye state and a mouth shape at once: they never overlap.
        # Half-shut eyes are not drawn: the segment renderer cross-fades the open and
        # the shut ones (one drawing less for every figure that does not speak).
        eyes = [e for e in EYE_STATES if e not in ("open", "half", "wide")] + (
            ["wide"] if reacts else [])
        own = expression_of(figure.wanted.expression).mouth
        # A shut mouth of speech is the figure's own when that one is shut: nothing to draw.
        mouths = [m for m in VISEMES if m != "closed" or own not in CLOSED_MOUTHS] if speaks else []
        # A silent figure's mouth is found (never shown) by opening it in its first drawing.
        probe = "" if speaks else "open"
        base = _draw(layers, figure, x0, y0, x1, y1, None)
        drawn: dict[str, np.ndarray] = {}
        changes: dict[str, Box | None] = {}
        for k in range(max(len(eyes), len(mouths))):
            eye = eyes[k] if k < len(eyes) else "open"
            mouth = mouths[k] if k < len(mouths) else (probe if k == 0 else "")
            img = _draw(layers, figure, x0, y0, x1, y1, face_state(eyes=eye, mouth=mouth))
            moved = _moved(base, img)
            if eye != "open":
                drawn[f"eyes:{eye}"], changes[f"eyes:{eye}"] = img, _bounds(moved[:split], 0)
            if mouth and mouth in mouths:
                drawn[f"mouth:{mouth}"] = img
                changes[f"mouth:{mouth}"] = _bounds(moved[split:], split)
            elif mouth:
                found = _bounds(moved[split:], split)
                if found is not None:
                    boxes["mouth"] = (x0 + found[0], y0 + found[1], x0 + found[2], y0 + found[3])
        for group in boxes:
            changed = [n for n, b in changes.items() if n.startswith(group) and b is not None]
            union = _union([changes[name] for name in changed])
            if union is None:
                continue
            bx0, by0, bx1, by1 = union
            found = (x0 + bx0, y0 + by0, x0 + bx1, y0 + by1)
            boxes[group] = found
            for name in changed:
                sprites[name] = Piece(found, drawn[name][by0:by1, bx0:bx1].copy())
    if boxes["mouth"] is None:  # no face to open (seen from behind): where a mouth would be
        boxes["mouth"] = _mouth_area(layers, figure, w, h)
    outer = _union([box, *(s.box for s in sprites.values())])
    assert outer is not None
    return FigureRig(
        id=figure.character.id, index=p.index,
        layer=Piece(outer, layer[outer[1]:outer[3], outer[0]:outer[2]]),
        head=head, scale=p.scale, pivot=min(float(h), soles),
        eyes=boxes["eyes"], mouth=boxes["mouth"], sprites=sprites,
    )


def _mouth_area(layers: Layers, figure: Figure, w: int, h: int) -> Box:
    """The box around a figure's mouth as face.py places it (turned with the head)."""
    p = figure.placement
    x = p.x + p.turn * 0.07 * p.scale
    corners = [_point(layers.camera, x + dx * p.scale, p.y + (MOUTH_Y + dy) * p.scale)
               for dx in (-0.12, 0.12) for dy in (-0.05, 0.12)]
    return (max(0, int(min(c[0] for c in corners))), max(0, int(min(c[1] for c in corners))),
            min(w, int(max(c[0] for c in corners)) + 1), min(h, int(max(c[1] for c in corners)) + 1))


def _draw(layers: Layers, figure: Figure, x0: int, y0: int, x1: int, y1: int,
          face: object) -> np.ndarray:
    """The figure alone on a transparent canvas over the panel box, graded as the panel."""
    canvas = np.zeros((y1 - y0, x1 - x0, 4), np.uint8)
    draw_figure(canvas, figure, layers.camera, face, origin=(x0, y0))  # type: ignore[arg-type]
    return grade(canvas, top=y0, height=layers.background.shape[0])


def _moved(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """255 where ``b`` differs from ``a`` by more than CHANGED in a channel, else 0
    (one column per channel)."""
    diff = cv2.absdiff(a, b).reshape(a.shape[0], -1)
    return cv2.threshold(diff, CHANGED, 255, cv2.THRESH_BINARY)[1]


def _bounds(moved: np.ndarray, top: int, pad: int = 2, channels: int = 4) -> Box | None:
    """The box (grown by ``pad``) of the moved pixels of rows ``top``… of a crop."""
    if moved.shape[0] == 0:
        return None
    x, y, w, h = cv2.boundingRect(moved)
    if w == 0 or h == 0:
        return None
    width = moved.shape[1] // channels
    return (max(0, x // channels - pad), max(top, top + y - pad),
            min(width, (x + w - 1) // channels + 1 + pad), top + min(moved.shape[0], y + h + pad))


def _union(boxes: list[Box | None]) -> Box | None:
    found = [b for b in boxes if b is not None]
    if not found:
        return None
    return (min(b[0] for b in found), min(b[1] for b in found),
            max(b[2] for b in found), max(b[3] for b in found))
