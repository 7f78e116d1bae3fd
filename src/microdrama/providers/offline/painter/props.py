"""Worn and carried props: pendants, necklaces, tablets, earrings, earpieces, and the
props a staged character holds (envelope, phone, glass, document, ring, umbrella)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from microdrama.providers.offline.painter.design import Design
from microdrama.providers.offline.painter.ink import (
    INK,
    WHITE,
    Color,
    Pen,
    Points,
    bezier,
    ellipse,
    mix,
    shade,
)

if TYPE_CHECKING:  # arms draws hands and imports this module's neighbours
    from microdrama.providers.offline.painter.arms import Hand

GOLD: Color = (222, 180, 70)


def draw_props(pen: Pen, d: Design, tablet: bool = True) -> None:
    """Props worn on the body; ``tablet`` False when the hands are busy with a gesture."""
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
    if d.tablet and tablet:
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


PAPER: Color = (248, 246, 238)
CREAM: Color = (240, 228, 200)
SEAL: Color = (190, 36, 44)
WINE: Color = (150, 20, 44)
SCREEN: Color = (150, 206, 246)


def _turned(shape: Points, x: float, y: float, angle: float) -> Points:
    c, s = np.cos(angle), np.sin(angle)
    return shape @ np.array([[c, s], [-s, c]]) + (x, y)


def _sheet(w: float, h: float) -> Points:
    return np.array([(-w / 2, -h), (w / 2, -h), (w / 2, 0.0), (-w / 2, 0.0)])


def draw_held(pen: Pen, d: Design, prop: str, hand: Hand, behind: bool = False) -> None:
    """A prop in ``hand`` (held up from the hand; seen from behind only its edge shows)."""
    from microdrama.providers.offline.painter.arms import draw_hand

    x, y = hand.x, hand.y
    tilt = float(np.clip(hand.side * 0.12, -0.2, 0.2))
    if prop == "umbrella":
        top = -1.25
        pen.stroke(np.array([(x, y + 0.1), (x, top)]), width=1.4, color=(60, 52, 46))
        canopy = np.vstack([ellipse(x, top + 0.42, 1.05, 0.55, 180, 360, n=28),
                            [(x + 1.05, top + 0.42)]])
        rim = [(x + 1.05 - k * 0.3, top + 0.42 + (0.06 if k % 2 else 0.0)) for k in range(8)]
        pen.fill(np.vstack([canopy, rim]), (34, 34, 44), shadow=(18, 18, 26), depth=0.1)
        for k in (-0.6, -0.2, 0.2, 0.6):
            pen.stroke(bezier((x, top - 0.12), (x + k * 0.8, top + 0.05), (x + k * 1.3, top + 0.42),
                              n=8), width=0.4, color=(90, 90, 110))
        pen.stroke(bezier((x, y + 0.1), (x, y + 0.28), (x + 0.12, y + 0.28), n=8), width=1.2,
                   color=(60, 52, 46))
        draw_hand(pen, d, hand)
        return
    if behind:
        if prop in ("document", "envelope"):
            pen.fill(_turned(_sheet(0.05, 0.5), x, y + 0.05, tilt), PAPER, width=0.7)
        return
    if prop == "document":
        sheet = _turned(_sheet(0.46, 0.62), x, y + 0.06, tilt)
        pen.fill(sheet, PAPER, shadow=shade(PAPER, 0.18), depth=0.04, width=0.8)
        for k in range(5):
            row = -0.52 + k * 0.085
            line = np.array([(-0.17, row), (0.17 - 0.06 * (k == 4), row)])
            pen.stroke(_turned(line, x, y + 0.06, tilt), width=0.45, color=(150, 150, 160))
        pen.fill(_turned(ellipse(0.12, -0.1, 0.055, 0.055, n=14), x, y + 0.06, tilt), SEAL,
                 outline=False)
        pen.stroke(_turned(bezier((-0.16, -0.1), (-0.08, -0.16), (-0.04, -0.06), (0.04, -0.12),
                                  n=10), x, y + 0.06, tilt), width=0.6, color=(40, 50, 110))
    elif prop == "envelope":
        body = _turned(_sheet(0.52, 0.34), x, y + 0.05, tilt)
        pen.fill(body, CREAM, shadow=shade(CREAM, 0.2), depth=0.04, width=0.8)
        flap = np.array([(-0.26, -0.34), (0.0, -0.13), (0.26, -0.34)])
        pen.stroke(_turned(flap, x, y + 0.05, tilt), width=0.6, color=mix(CREAM, INK, 0.5))
        pen.fill(_turned(ellipse(0.0, -0.14, 0.045, 0.045, n=12), x, y + 0.05, tilt), SEAL,
                 width=0.5)
    elif prop == "phone":
        case = _turned(_sheet(0.2, 0.36), x, y + 0.04, tilt)
        pen.fill(case, (36, 38, 48), width=0.9)
        pen.fill(_turned(_sheet(0.16, 0.3), x, y + 0.01, tilt), SCREEN, shadow=(110, 160, 220),
                 depth=0.03, outline=False)
        pen.stroke(_turned(np.array([(-0.05, -0.2), (0.05, -0.2)]), x, y + 0.01, tilt),
                   width=0.5, color=WHITE)
    elif prop == "glass":
        stem = np.array([(-0.012, 0.1), (0.012, 0.1), (0.012, -0.12), (-0.012, -0.12)])
        pen.fill(_turned(stem, x, y, 0.0), (230, 236, 244), width=0.6)
        pen.fill(ellipse(x, y + 0.11, 0.07, 0.022, n=14), (230, 236, 244), width=0.6)
        bowl = np.vstack([[(x - 0.1, y - 0.36)], ellipse(x, y - 0.24, 0.1, 0.12, 0, 180, n=14)[::-1],
                          [(x + 0.1, y - 0.36)]])
        pen.fill(bowl, (236, 242, 250), width=0.8, alpha=0.55)
        wine = ellipse(x, y - 0.24, 0.092, 0.11, 0, 180, n=14)
        pen.fill(wine, WINE, outline=False)
        pen.stroke(np.vstack([[(x - 0.1, y - 0.36)], ellipse(x, y - 0.24, 0.1, 0.12, 0, 180,
                                                              n=14)[::-1], [(x + 0.1, y - 0.36)]]),
                   width=0.8)
        pen.stroke(np.array([(x - 0.06, y - 0.33), (x - 0.07, y - 0.22)]), width=0.5, color=WHITE)
    elif prop == "ring":
        cx, cy = x + 0.02, y - 0.2
        pen.stroke(ellipse(cx, cy, 0.06, 0.05, n=20), closed=True, width=1.6, color=(222, 180, 70))
        pen.fill(np.array([(cx - 0.04, cy - 0.05), (cx, cy - 0.11), (cx + 0.04, cy - 0.05),
                           (cx, cy - 0.02)]), (214, 240, 255), width=0.5)
        for k in range(4):
            a = k * np.pi / 2 + np.pi / 4
            pen.stroke(np.array([(cx + 0.1 * np.cos(a), cy - 0.12 + 0.1 * np.sin(a)),
                                 (cx + 0.17 * np.cos(a), cy - 0.12 + 0.17 * np.sin(a))]),
                       width=0.5, color=(255, 250, 220))
    draw_hand(pen, d, hand)
