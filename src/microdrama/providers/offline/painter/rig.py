"""The offline painter's rig: the panel's layers plus every figure's face states.

Each figure is drawn again in every eye state (half shut, shut, widened) and every
mouth shape of speech (``VISEMES``) on a canvas around its head; the pixels a state
changes, compared with the figure as the shot sets it, give the box of its eyes and of
its mouth, and the patches the segment renderer swaps in per frame (blinks, speech,
reactions). Drawing the whole figure, not just a face, keeps what lies over the face
(fringes, glasses, manga marks) exactly as the panel has it.
"""

from __future__ import annotations

import cv2
import numpy as np

from microdrama.media.rig import Box, FigureRig, Piece, Rig, crop_box
from microdrama.providers.base import PanelRequest
from microdrama.providers.offline.painter.expressions import EYE_STATES, VISEMES, face_state
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
HEAD_HALF_WIDTH, HEAD_ABOVE, HEAD_BELOW = 0.8, 0.65, 0.75
#: Head heights from the head centre to the soles (where a standing figure breathes from).
SOLES = 6.6
#: A state changes a pixel when a channel moves by more than this (drawing noise is 0).
CHANGED = 2


def render_rig(request: PanelRequest) -> tuple[np.ndarray, Rig]:
    """The flattened panel (RGB) and its rig."""
    layers = render_layers(request)
    panel = flatten(layers)
    h, w = panel.shape[:2]
    figures = [_figure(layers, figure, layer, w, h) for figure, layer in layers.figures]
    box = crop_box(layers.front)
    front = None if box is None else Piece(box, layers.front[box[1]:box[3], box[0]:box[2]])
    rig = Rig(w, h, layers.background, [f for f in figures if f is not None], front)
    return panel, rig


def _point(cam: np.ndarray, x: float, y: float) -> tuple[float, float]:
    hx, hy, hw = cam @ np.array([x, y, 1.0])
    return float(hx / hw), float(hy / hw)


def _figure(layers: Layers, figure: Figure, layer: np.ndarray, w: int, h: int
            ) -> FigureRig | None:
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
        base = _draw(layers, figure, x0, y0, x1, y1, None)
        drawn = {f"eyes:{e}": _draw(layers, figure, x0, y0, x1, y1, face_state(eyes=e))
                 for e in EYE_STATES if e != "open"}
        drawn.update({f"mouth:{m}": _draw(layers, figure, x0, y0, x1, y1, face_state(mouth=m))
                      for m in VISEMES})
        changes = {name: _changed(base, img) for name, img in drawn.items()}
        for group in boxes:
            changed = [n for n, b in changes.items() if n.startswith(group) and b is not None]
            union = _union([changes[name] for name in changed])
            if union is None:
                continue
            bx0, by0, bx1, by1 = union
            boxes[group] = (x0 + bx0, y0 + by0, x0 + bx1, y0 + by1)
            for name in changed:
                sprites[name] = Piece(boxes[group], drawn[name][by0:by1, bx0:bx1].copy())
        if boxes["eyes"] and boxes["mouth"] and boxes["eyes"][3] > boxes["mouth"][1]:
            _separate(boxes, sprites)
    outer = _union([box, *(s.box for s in sprites.values())])
    assert outer is not None
    return FigureRig(
        id=figure.character.id, index=p.index,
        layer=Piece(outer, layer[outer[1]:outer[3], outer[0]:outer[2]]),
        head=head, scale=p.scale, pivot=min(float(h), soles),
        eyes=boxes["eyes"], mouth=boxes["mouth"], sprites=sprites,
    )


def _draw(layers: Layers, figure: Figure, x0: int, y0: int, x1: int, y1: int,
          face: object) -> np.ndarray:
    """The figure alone on a transparent canvas over the panel box, graded as the panel."""
    canvas = np.zeros((y1 - y0, x1 - x0, 4), np.uint8)
    draw_figure(canvas, figure, layers.camera, face, origin=(x0, y0))  # type: ignore[arg-type]
    return grade(canvas, top=y0, height=layers.background.shape[0])


def _changed(a: np.ndarray, b: np.ndarray) -> Box | None:
    """The box (grown by 2 px) of the pixels where ``b`` differs from ``a``."""
    diff = cv2.absdiff(a, b).reshape(a.shape[0], -1)
    moved = cv2.threshold(diff, CHANGED, 255, cv2.THRESH_BINARY)[1]
    x, y, w, h = cv2.boundingRect(moved)
    if w == 0 or h == 0:
        return None
    pad, channels = 2, a.shape[2]
    height, width = a.shape[:2]
    return (max(0, x // channels - pad), max(0, y - pad),
            min(width, (x + w - 1) // channels + 1 + pad), min(height, y + h + pad))


def _union(boxes: list[Box | None]) -> Box | None:
    found = [b for b in boxes if b is not None]
    if not found:
        return None
    return (min(b[0] for b in found), min(b[1] for b in found),
            max(b[2] for b in found), max(b[3] for b in found))


def _separate(boxes: dict[str, Box | None], sprites: dict[str, Piece]) -> None:
    """Eyes and mouth boxes that overlap (an extreme close-up's widened brows over a
    tall mouth, say) would paste one state's pixels over the other's: the eye patches
    stop where the mouth's begin."""
    eyes, mouth = boxes["eyes"], boxes["mouth"]
    assert eyes is not None and mouth is not None
    cut = mouth[1]
    if cut <= eyes[1]:  # no room above the mouth: no eye states
        boxes["eyes"] = None
        for name in [n for n in sprites if n.startswith("eyes:")]:
            del sprites[name]
        return
    boxes["eyes"] = (eyes[0], eyes[1], eyes[2], cut)
    for name in [n for n in sprites if n.startswith("eyes:")]:
        piece = sprites[name]
        sprites[name] = Piece(boxes["eyes"], piece.image[:cut - eyes[1]].copy())
