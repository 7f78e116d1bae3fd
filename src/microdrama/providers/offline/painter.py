"""The embedded offline painter: procedural manga-style panels, deterministic, no AI.

Each character is drawn from its bible Look the same way in every shot; framing,
angle, expressions, location, time of day and manga effects come from the shot.
"""

from __future__ import annotations

import asyncio

import cv2

from microdrama.errors import InputError
from microdrama.providers.base import PanelRequest, ProviderConfig
from microdrama.providers.offline.paint import render

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


def paint_png(request: PanelRequest) -> bytes:
    """Render and encode a panel (synchronous)."""
    rgb = render(request)
    ok, data = cv2.imencode(
        ".png",
        cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR),
        [cv2.IMWRITE_PNG_COMPRESSION, 1, cv2.IMWRITE_PNG_STRATEGY, cv2.IMWRITE_PNG_STRATEGY_RLE],
    )
    if not ok:  # pragma: no cover - OpenCV only fails on impossible arrays
        raise RuntimeError("PNG encoding failed")
    return data.tobytes()
