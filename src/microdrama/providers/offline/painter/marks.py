"""Manga marks and face extras: blush, tears, glasses, sweat, anger veins, gloom lines."""

from __future__ import annotations

import numpy as np

from microdrama.providers.offline.painter.design import Design
from microdrama.providers.offline.painter.expressions import Expression
from microdrama.providers.offline.painter.ink import (
    INK,
    WHITE,
    Color,
    Pen,
    bezier,
    ellipse,
    mix,
    smooth,
)

EYE_Y = 0.1
TEAR: Color = (150, 205, 240)


def _outline(d: Design, turn: float) -> np.ndarray:
    # imported late: face.py imports this module for its marks
    from microdrama.providers.offline.painter.face import face_outline

    return face_outline(d, turn)


def draw_marks(pen: Pen, d: Design, e: Expression, turn: float) -> None:
    """Manga marks drawn over the hair: sweat, anger vein, gloom lines, eye shadow."""
    shift = turn * 0.07
    if e.shadow:
        band = np.vstack(
            [
                bezier((-0.4, -0.12), (0.0, -0.2), (0.4, -0.12), n=12),
                bezier((0.4, 0.08), (0.0, 0.16), (-0.4, 0.08), n=12),
            ]
        )
        pen.fill(
            band + (shift * 0.5, 0),
            (50, 24, 70),
            outline=False,
            clip=_outline(d, turn),
            alpha=0.45,
        )
        for side in (-1, 1):  # eyes glint through the shadow
            x = side * 0.17 + shift
            pen.fill(ellipse(x, EYE_Y, 0.035, 0.012, n=16), (255, 236, 200), outline=False)
    if e.fear:
        for i, x in enumerate(np.linspace(-0.28, 0.28, 9)):
            top = -0.38 + 0.04 * (i % 2)
            pen.stroke(
                np.array([(x + shift, top), (x + shift, -0.02 - 0.05 * (i % 3))]),
                width=0.45,
                color=(70, 70, 130),
            )
    if e.sweat:
        x = 0.36 + shift * 0.5
        drop = np.vstack([[(x, -0.31)], ellipse(x, -0.15, 0.045, 0.05, -25, 205, n=16)])
        pen.fill(drop, (200, 232, 250), shadow=(140, 190, 230), depth=0.015, width=0.7)
        pen.dot(x - 0.015, -0.16, 0.012, WHITE)
    if e.vein:
        cx, cy, r = -0.22 + shift, -0.3, 0.06
        for k in range(4):
            a = 45 + 90 * k
            pen.taper(
                ellipse(
                    cx + r * np.cos(np.radians(a)) * 1.4,
                    cy + r * np.sin(np.radians(a)) * 1.4,
                    r,
                    r,
                    a + 120,
                    a + 240,
                    n=10,
                ),
                width=1.8,
                color=(200, 30, 40),
            )


def blush(pen: Pen, d: Design, shift: float) -> None:
    pink = mix(d.face.skin, (240, 110, 130), 0.45)
    for side in (-1, 1):
        cx = side * 0.23 + shift
        pen.fill(ellipse(cx, 0.245, 0.085, 0.032, n=20), pink, outline=False)
        for k in range(3):
            x = cx - 0.04 + k * 0.035
            pen.stroke(
                np.array([(x + 0.012, 0.225), (x - 0.008, 0.265)]), width=0.45, color=(206, 80, 100)
            )


def tears(pen: Pen, d: Design, e: Expression, shift: float) -> None:
    for side in (-1, 1):
        x0 = side * 0.2 + shift
        y0 = EYE_Y + d.face.eye_h * e.open * 0.5
        stream = np.vstack(
            [
                bezier(
                    (x0 - 0.025, y0),
                    (x0 - 0.03, y0 + 0.12),
                    (x0 + side * 0.01 - 0.02, y0 + 0.26),
                    n=10,
                ),
                bezier(
                    (x0 + side * 0.01 + 0.02, y0 + 0.26),
                    (x0 + 0.03, y0 + 0.12),
                    (x0 + 0.025, y0),
                    n=10,
                ),
            ]
        )
        pen.fill(stream, TEAR, width=0.5)
        pen.stroke(stream[2:8] + (0.008, 0), width=0.5, color=WHITE)
        pen.fill(ellipse(x0 + side * 0.01, y0 + 0.3, 0.018, 0.026, n=12), TEAR, width=0.5)


def glasses(pen: Pen, d: Design, e: Expression, shift: float) -> None:
    frame = (60, 50, 46) if d.age >= 40 else INK
    for side in (-1, 1):
        cx = side * 0.18 + shift
        lens = smooth(
            [
                (cx - 0.12, EYE_Y - 0.07),
                (cx + 0.12, EYE_Y - 0.07),
                (cx + 0.11, EYE_Y + 0.08),
                (cx - 0.11, EYE_Y + 0.08),
            ],
            n=6,
        )
        pen.stroke(lens, closed=True, width=0.9, color=frame)
        pen.stroke(
            np.array([(cx - 0.06, EYE_Y + 0.04), (cx - 0.02, EYE_Y - 0.02)]), width=0.6, color=WHITE
        )
    pen.stroke(
        bezier(
            (-0.06 + shift, EYE_Y - 0.03), (shift, EYE_Y - 0.05), (0.06 + shift, EYE_Y - 0.03), n=6
        ),
        width=0.8,
        color=frame,
    )
