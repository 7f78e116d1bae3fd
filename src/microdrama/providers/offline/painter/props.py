"""Worn and carried props: pendants, necklaces, tablets, earrings, earpieces."""

from __future__ import annotations

import numpy as np

from microdrama.providers.offline.painter.design import Design
from microdrama.providers.offline.painter.ink import WHITE, Color, Pen, bezier, ellipse

GOLD: Color = (222, 180, 70)


def draw_props(pen: Pen, d: Design) -> None:
    if d.pendant is not None:
        pen.stroke(bezier((-0.16, 0.75), (0.0, 1.3), (0.16, 0.75), n=12), width=0.4, color=GOLD)
        pen.fill(ellipse(0.0, 1.1, 0.04, 0.06, n=12), d.pendant, width=0.6)
        pen.dot(-0.01, 1.09, 0.012, WHITE)
    if d.necklace is not None:
        for k, t in enumerate(np.linspace(0.15, np.pi - 0.15, 9)):
            x, y = 0.24 * np.cos(t), 0.8 + 0.18 * np.sin(t)
            pen.fill(
                ellipse(x, y, 0.026 + 0.01 * (k == 4), 0.026 + 0.01 * (k == 4), n=10),
                d.necklace,
                width=0.4,
            )
    if d.tablet:
        slab = np.array([(0.05, 2.35), (0.62, 2.25), (0.72, 3.1), (0.15, 3.2)])
        pen.fill(slab, (40, 44, 56), width=1.0)
        pen.fill(
            np.array([(0.1, 2.4), (0.59, 2.31), (0.67, 3.05), (0.19, 3.13)]),
            (120, 170, 220),
            shadow=(80, 120, 180),
            depth=0.05,
            outline=False,
        )


def draw_head_props(pen: Pen, d: Design, turn: float) -> None:
    """Props worn on the head, drawn over the hair: earrings, earpiece."""
    if d.earrings is not None:
        for side in (-1, 1):
            x = side * d.face.cheek * (1.0 - 0.06 * abs(turn))
            pen.fill(ellipse(x, 0.2, 0.03, 0.03, n=12), d.earrings, width=0.5)
            pen.dot(x - 0.008, 0.193, 0.008, WHITE)
    if d.earpiece:
        x = d.face.cheek + 0.01
        pen.fill(ellipse(x, 0.07, 0.03, 0.035, n=12), (60, 60, 66), width=0.5)
        coil = np.stack(
            [x + 0.02 + 0.02 * np.sin(np.linspace(0, 18, 40)), np.linspace(0.1, 0.8, 40)], axis=1
        )
        pen.stroke(coil, width=0.4, color=(190, 195, 205))
