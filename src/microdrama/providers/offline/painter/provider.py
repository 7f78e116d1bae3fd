"""The embedded offline painter: procedural manga-style panels, deterministic, no AI.

Each character is drawn from its bible Look the same way in every shot; framing,
angle, expressions, location, time of day and manga effects come from the shot.
Reference sheets are the same exact design standing front-on on a plain background
with the name underneath. Panels ignore ``PanelRequest.references``: the exact design
already keeps every character identical.
"""

from __future__ import annotations

import asyncio

import cv2
import numpy as np

from microdrama.errors import InputError
from microdrama.media.rig import encode_rig
from microdrama.providers.base import (
    FaceStates,
    PanelLayers,
    PanelRequest,
    ProviderConfig,
    ReferenceRequest,
)
from microdrama.providers.offline.painter import render
from microdrama.providers.offline.painter.costume import design_for
from microdrama.providers.offline.painter.expressions import expression_of
from microdrama.providers.offline.painter.figure import draw_character
from microdrama.providers.offline.painter.ink import INK, Frame, Pen

MODELS = ("manga",)


class OfflinePainter:
    """Paints storyboard panels on the CPU in a fraction of a second."""

    id = "offline"

    def __init__(self, model: str | None = None, config: ProviderConfig | None = None) -> None:
        if model not in (None, "", *MODELS):
            raise InputError(
                f"the offline painter has no model {model!r}",
                where="providers.painter",
                fix=f"use 'offline' or one of {[f'offline:{m}' for m in MODELS]}",
            )
        self.model = model or MODELS[0]

    async def paint(self, request: PanelRequest) -> bytes:
        """PNG bytes of exactly request.width × request.height."""
        return await asyncio.to_thread(paint_png, request)

    @staticmethod
    def layered(model: str | None, config: ProviderConfig) -> bool:
        """Offline panels always come in layers."""
        return True

    async def paint_layers(self, request: PanelRequest, faces: FaceStates) -> PanelLayers:
        """The panel and its rig: layers, blinks, the mouths and stares ``faces`` asks for."""
        return await asyncio.to_thread(layers_of, request, faces)

    async def reference_sheet(self, request: ReferenceRequest) -> bytes:
        """The character full-figure, front-on, on a plain background, with the name."""
        return await asyncio.to_thread(sheet_png, request)


def layers_of(request: PanelRequest, faces: FaceStates) -> PanelLayers:
    """Render a panel and its rig, encoded (synchronous)."""
    from microdrama.providers.offline.painter.rig import render_rig

    panel, rig = render_rig(request, faces)
    colour, alpha, manifest = encode_rig(rig)
    return PanelLayers(_encode(panel), colour, alpha, manifest)


def paint_png(request: PanelRequest) -> bytes:
    """Render and encode a panel (synchronous)."""
    return _encode(render(request))


#: Head-height units above the head centre (buns, crowns) and below it (soles).
_SHEET_TOP, _SHEET_BOTTOM = 0.85, 6.75


def sheet_png(request: ReferenceRequest) -> bytes:
    """Render and encode a reference sheet (synchronous)."""
    from PIL import Image, ImageDraw

    from microdrama.media.fonts import load_font

    w, h = request.width, request.height
    # A soft vertical gradient: plain, but not flat enough to look like a missing image.
    shade = np.linspace(238, 220, h, dtype=np.float32)[:, None, None]
    canvas = np.ascontiguousarray(np.broadcast_to(shade * [1.0, 0.985, 0.96], (h, w, 3))
                                  .astype(np.uint8))
    band = round(h * 0.1)  # the name, under the feet
    scale = min((h - band - h * 0.03) / (_SHEET_TOP + _SHEET_BOTTOM), w * 0.9 / 2.6)
    x, y = w / 2, h * 0.03 + _SHEET_TOP * scale
    floor = round(y + 6.62 * scale)
    cv2.ellipse(canvas, (round(x), floor), (round(scale * 0.9), max(2, round(scale * 0.12))),
                0, 0, 360, (196, 192, 186), -1, cv2.LINE_AA)
    pen = Pen(canvas, Frame(scale, x, y, np.eye(3)))
    draw_character(pen, design_for(request.character, request.era), expression_of("neutral"),
                   0.0, True)
    image = Image.fromarray(canvas)
    font = load_font(max(12, round(band * 0.42)), "zh")
    ImageDraw.Draw(image).text((w / 2, h - band * 0.45), request.character.name, fill=INK,
                               font=font, anchor="mm")
    return _encode(np.asarray(image))


def _encode(rgb: np.ndarray) -> bytes:
    ok, data = cv2.imencode(
        ".png",
        cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR),
        # One filter (Paeth) instead of libpng's trial of all five per row: 40 % less
        # time on a panel for files within 2 % of the size (flat cel shading).
        [cv2.IMWRITE_PNG_COMPRESSION, 1, cv2.IMWRITE_PNG_STRATEGY, cv2.IMWRITE_PNG_STRATEGY_RLE,
         cv2.IMWRITE_PNG_FILTER, cv2.IMWRITE_PNG_FILTER_PAETH],
    )
    if not ok:  # pragma: no cover - OpenCV only fails on impossible arrays
        raise RuntimeError("PNG encoding failed")
    return data.tobytes()
