"""Period hair (``design.PERIOD_TIES``, put up by ``costume``): a woman's chignon with
hairpins (and a phoenix crown), a maid's twin buns, a man's topknot under a small crown
(guan), a black gauze hat or a cloth band.

``hair`` and ``profile`` call these after their own passes: the buns go behind the
hair's cap, the pins, crowns and hats over it. Head-height units, head centre at the
origin (the crown of the head at y ≈ −0.56).
"""

from __future__ import annotations

import numpy as np

from microdrama.providers.offline.painter.design import Design
from microdrama.providers.offline.painter.ink import Color, Pen, Points, ellipse, lighten, shade

RIBBON: Color = (196, 60, 70)
JEWEL: Color = (190, 40, 52)


def _stick(a: tuple[float, float], b: tuple[float, float], r: float) -> Points:
    """A thin rod from ``a`` to ``b`` (a hairpin)."""
    (x0, y0), (x1, y1) = a, b
    length = max(float(np.hypot(x1 - x0, y1 - y0)), 1e-9)
    nx, ny = -(y1 - y0) / length * r, (x1 - x0) / length * r
    return np.array([(x0 + nx, y0 + ny), (x1 + nx, y1 + ny), (x1 - nx, y1 - ny),
                     (x0 - nx, y0 - ny)])


def buns(d: Design) -> list[tuple[float, float, float, float]]:
    """The buns (x, y, half-width, half-height) of the hair seen from the front."""
    tie = d.hair.tie
    if tie == "twin":
        return [(-0.32, -0.52, 0.15, 0.14), (0.32, -0.52, 0.15, 0.14)]
    if tie == "topknot":
        return [(0.0, -0.62, 0.14, 0.11)]
    if d.hair.headwear == "phoenix" or d.outfit.kind == "court":  # a high double bun
        return [(-0.14, -0.72, 0.15, 0.13), (0.14, -0.72, 0.15, 0.13), (0.0, -0.62, 0.2, 0.12)]
    return [(0.06, -0.66, 0.21, 0.15)]


def draw_period_back(pen: Pen, d: Design, r: float, base: Color, dark: Color) -> None:
    """Behind the cap: the buns, and hair down the back under a half-up chignon."""
    if d.hair.length == "long":
        mass = np.array([(-r, -0.1), (-r - 0.08, 0.5), (-r - 0.04, 1.7), (0.0, 1.78),
                         (r + 0.04, 1.7), (r + 0.08, 0.5), (r, -0.1)])
        pen.fill(mass, shade(base, 0.2), shadow=dark, depth=0.08)
    for x, y, a, b in buns(d):
        pen.fill(ellipse(x, y, a, b, n=24), base, shadow=dark, depth=0.05)
        pen.stroke(ellipse(x, y, a * 0.6, b * 0.55, 200, 340, n=10), width=0.5)


def draw_period_front(pen: Pen, d: Design, r: float, shift: np.ndarray) -> None:
    """Over the cap: hairpins, ribbons, a crown or a hat."""
    h = d.hair
    pin = h.pin or lighten(h.headwear_color, 0.2)
    if h.tie == "twin":
        for side in (-1, 1):
            x, y = side * 0.32, -0.52
            pen.fill(_stick((x + side * 0.1, y + 0.08), (x + side * 0.18, y + 0.44), 0.022)
                     + shift, RIBBON, width=0.5)
            pen.fill(ellipse(x + side * 0.1, y + 0.08, 0.06, 0.045, n=12) + shift, RIBBON,
                     width=0.6)
        pen.fill(ellipse(0.3, -0.6, 0.04, 0.04, n=10) + shift, pin, width=0.5)
        return
    if h.tie == "chignon":
        _pins(pen, d, shift, pin)
        if h.headwear == "phoenix":
            _phoenix(pen, r, shift, h.headwear_color)
        return
    # topknot
    if h.headwear == "gauze":
        _gauze_hat(pen, r, shift, h.headwear_color)
    elif h.headwear == "band":
        band = np.vstack([ellipse(0.0, -0.06, r + 0.01, 0.36, 195, 345, n=16),
                          ellipse(0.0, -0.02, r + 0.01, 0.3, 345, 195, n=16)])
        pen.fill(band + shift, h.headwear_color, width=0.7)
    else:
        _guan(pen, shift, h.headwear_color, pin)


def _pins(pen: Pen, d: Design, shift: np.ndarray, pin: Color) -> None:
    """Hairpins through the bun, a flower at the head and beads dangling (步摇)."""
    first = buns(d)[0]
    x, y = first[0], first[1]
    pairs = [(1, 0.0)] if len(buns(d)) == 1 else [(-1, -0.14), (1, 0.14)]
    for side, dx in pairs:
        head = (x + dx + side * 0.26, y - 0.08)
        pen.fill(_stick((x + dx - side * 0.16, y + 0.06), head, 0.018) + shift, pin, width=0.5)
        pen.fill(ellipse(head[0], head[1], 0.05, 0.05, n=12) + shift, pin, width=0.6)
        pen.dot(head[0] + shift[0], head[1], 0.02, JEWEL)
        for k in range(3):  # the dangles
            pen.dot(head[0] + side * 0.02 + shift[0], head[1] + 0.08 + k * 0.07, 0.018, pin)


def _phoenix(pen: Pen, r: float, shift: np.ndarray, gold: Color) -> None:
    """A phoenix crown: a gold band over the hair, leaves standing up from it, jewels."""
    band = np.vstack([ellipse(0.0, -0.1, r + 0.02, 0.46, 200, 340, n=16),
                      ellipse(0.0, -0.08, r - 0.04, 0.38, 340, 200, n=16)])
    pen.fill(band + shift, gold, shadow=shade(gold, 0.3), depth=0.02, width=0.7)
    for k, a in enumerate(np.linspace(215, 325, 5)):
        t = np.radians(a)
        x, y = (r - 0.02) * np.cos(t), -0.1 + 0.44 * np.sin(t)
        tall = 0.16 if k == 2 else 0.11
        pen.fill(ellipse(x * 1.05, y - tall * 0.6, 0.05, tall, n=14) + shift, gold, width=0.6)
        pen.dot(x * 1.05 + shift[0], y - tall * 0.6, 0.022, JEWEL)
    for side in (-1, 1):  # strings of pearls at the temples
        for k in range(4):
            pen.dot(side * (r + 0.02) + shift[0], -0.18 + k * 0.08, 0.02, (240, 236, 226))


def _guan(pen: Pen, shift: np.ndarray, color: Color, pin: Color) -> None:
    """A small crown over the topknot, a hairpin through it."""
    cap = np.array([(-0.14, -0.56), (0.14, -0.56), (0.12, -0.78), (0.06, -0.82),
                    (-0.06, -0.82), (-0.12, -0.78)])
    pen.fill(cap + shift, color, shadow=shade(color, 0.3), depth=0.02, width=0.8)
    pen.fill(_stick((-0.26, -0.69), (0.26, -0.69), 0.018) + shift, pin, width=0.5)


def _gauze_hat(pen: Pen, r: float, shift: np.ndarray, color: Color) -> None:
    """A black gauze hat: a rounded crown, a raised back and two wings."""
    for side in (-1, 1):
        wing = ellipse(side * (r + 0.24), -0.42, 0.26, 0.05, n=16)
        pen.fill(wing + shift, color, width=0.7)
    pen.fill(ellipse(0.0, -0.62, 0.24, 0.16, 180, 360, n=14) + shift,
             color, width=0.8)
    crown = np.vstack([ellipse(0.0, -0.1, r + 0.03, 0.5, 185, 355, n=18),
                       [(r + 0.03, -0.24), (-r - 0.03, -0.24)]])
    pen.fill(crown + shift, color, shadow=lighten(color, 0.15), depth=0.03, width=0.8)


def draw_period_behind(pen: Pen, d: Design, r: float, base: Color, dark: Color) -> None:
    """Seen from behind: the buns over the back of the head, a hat's back."""
    h = d.hair
    for x, y, a, b in buns(d):
        pen.fill(ellipse(-x, y, a, b, n=24), base, shadow=dark, depth=0.05)
    if h.length == "long":
        mass = np.array([(-r * 0.9, 0.1), (-r - 0.04, 1.7), (0.0, 1.78), (r + 0.04, 1.7),
                         (r * 0.9, 0.1)])
        pen.fill(mass, base, shadow=dark, depth=0.08)
    if h.headwear == "gauze":
        _gauze_hat(pen, r, np.zeros(2), h.headwear_color)
    elif h.headwear == "guan":
        _guan(pen, np.zeros(2), h.headwear_color, h.pin or h.headwear_color)


def draw_period_profile(pen: Pen, d: Design, side: int, base: Color, dark: Color) -> None:
    """In profile: the bun at the back of the crown, a hat or a crown over it."""
    h = d.hair
    for k, (_, y, a, b) in enumerate(buns(d)[:2]):
        pen.fill(ellipse(side * (-0.18 - 0.1 * k), y + 0.02, a, b, n=20), base, shadow=dark,
                 depth=0.04)
    if h.headwear == "gauze":
        hat = np.vstack([ellipse(side * -0.04, -0.12, 0.5, 0.48, 190, 350, n=16),
                         [(side * 0.44, -0.22), (side * -0.52, -0.22)]])
        pen.fill(hat, h.headwear_color, width=0.8)
        pen.fill(ellipse(side * -0.5, -0.4, 0.05, 0.05, n=10), h.headwear_color, width=0.6)
    elif h.headwear == "guan":
        cap = np.array([(-0.3, -0.56), (-0.04, -0.56), (-0.08, -0.8), (-0.26, -0.8)])
        cap[:, 0] *= side
        pen.fill(cap, h.headwear_color, width=0.8)
