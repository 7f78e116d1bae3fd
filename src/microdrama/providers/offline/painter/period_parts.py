"""The pieces period sets are built from: lacquered pillars, beams, paper lattice
windows, lanterns, silk, tiled eaves, folding screens, low tables (``sets_period``).

Nothing here is glass, metal or electric: windows are paper on a wooden lattice, light
comes from lanterns and candles.
"""

from __future__ import annotations

import numpy as np

from microdrama.providers.offline.painter.ink import Color, mix
from microdrama.providers.offline.painter.stage import Stage

LACQUER: Color = (172, 34, 30)  # red lacquered pillars and doors
GOLD: Color = (214, 170, 74)
DARK_WOOD: Color = (82, 46, 30)
WOOD: Color = (128, 80, 48)
PAPER: Color = (238, 222, 184)  # window paper
TILE: Color = (66, 68, 76)  # grey roof tiles
STONE: Color = (150, 142, 128)
PAINTED: Color = (62, 116, 86)  # the green band painted on beams
#: Silks (valances, canopies, curtains): one is picked per place.
SILKS: tuple[Color, ...] = ((196, 52, 58), (222, 176, 84), (150, 40, 70), (200, 120, 60))
CANDLE: Color = (255, 226, 160)
SHADE: Color = (20, 12, 10)


def at_depth(st: Stage, v: float, depth: float) -> float:
    """The height ``v`` on the back wall seen ``depth`` of the way toward the camera."""
    return st.hz + (v - st.hz) * (1 + depth * 2.5)


def pillar(st: Stage, u: float, top: float, bottom: float, half: float,
           color: Color = LACQUER) -> None:
    """A round lacquered pillar: a lit stripe, a shaded edge, a stone base, a gold band."""
    st.rect(u - half, top, u + half, bottom, color)
    st.rect(u - half * 0.45, top, u - half * 0.1, bottom, mix(color, (255, 230, 210), 0.22))
    st.rect(u + half * 0.5, top, u + half, bottom, mix(color, SHADE, 0.35))
    cap = max(0.012, (bottom - top) * 0.03)
    st.rect(u - half * 1.1, top, u + half * 1.1, top + cap, GOLD)
    st.rect(u - half * 1.4, bottom - cap * 1.2, u + half * 1.4, bottom, STONE,
            mix(STONE, SHADE, 0.4), 1)


def beam(st: Stage, u0: float, u1: float, v: float, thick: float) -> None:
    """A wooden crossbeam with its painted band and gold edges."""
    st.rect(u0, v, u1, v + thick, DARK_WOOD)
    st.rect(u0, v + thick * 0.25, u1, v + thick * 0.75, PAINTED)
    st.line((u0, v + thick * 0.25), (u1, v + thick * 0.25), GOLD, 1)
    st.line((u0, v + thick * 0.75), (u1, v + thick * 0.75), GOLD, 1)
    for u in np.arange(u0 + 0.04, u1, 0.12):
        st.oval(float(u), v + thick * 0.5, thick * 0.45, thick * 0.2, GOLD)


def lattice(st: Stage, u0: float, v0: float, u1: float, v1: float, cols: int = 4,
            rows: int = 6, frame: Color = DARK_WOOD) -> None:
    """A paper window on a wooden lattice: daylight through the paper, dim at night."""
    paper = mix(PAPER, st.light.sky_low, 0.2)
    if st.light.lamps > 0.6:
        paper = mix(PAPER, (60, 50, 70), 0.55)
    st.rect(u0, v0, u1, v1, paper)
    cu, cv = (u0 + u1) / 2, (v0 + v1) / 2  # the diamond at the centre of the lattice
    du, dv = (u1 - u0) * 0.3, (v1 - v0) * 0.2
    st.poly([(cu, cv - dv), (cu + du, cv), (cu, cv + dv), (cu - du, cv)], paper, frame, 2)
    for i in range(cols + 1):
        u = u0 + (u1 - u0) * i / cols
        st.line((u, v0), (u, v1), frame, 1 if 0 < i < cols else 3)
    for j in range(rows + 1):
        v = v0 + (v1 - v0) * j / rows
        st.line((u0, v), (u1, v), frame, 1 if 0 < j < rows else 3)


def lattice_door(st: Stage, u0: float, v0: float, u1: float, v1: float) -> None:
    """A lattice door: paper above, a carved wooden panel below."""
    split = v0 + (v1 - v0) * 0.62
    lattice(st, u0, v0, u1, split, cols=3, rows=5)
    st.rect(u0, split, u1, v1, LACQUER, DARK_WOOD, 2)
    st.rect(u0 + (u1 - u0) * 0.2, split + (v1 - split) * 0.2, u1 - (u1 - u0) * 0.2,
            v1 - (v1 - split) * 0.2, mix(LACQUER, SHADE, 0.25), GOLD, 1)


def lantern(st: Stage, u: float, v: float, size: float, color: Color = (214, 44, 36),
            cord: float = -1.0) -> None:
    """A hanging silk lantern on its cord: gold caps, a tassel, a glow."""
    st.line((u, cord), (u, v - size * 1.2), DARK_WOOD, 1)
    st.oval(u, v, size, size * 1.25, color)
    st.oval(u - size * 0.3, v - size * 0.2, size * 0.35, size * 0.7,
            mix(color, (255, 220, 160), 0.35))
    st.rect(u - size * 0.55, v - size * 1.35, u + size * 0.55, v - size * 1.1, GOLD)
    st.rect(u - size * 0.55, v + size * 1.1, u + size * 0.55, v + size * 1.35, GOLD)
    st.line((u, v + size * 1.35), (u, v + size * 2.2), color, 2)
    st.lamp(u, v, size * 2.2, 0.9)


def valance(st: Stage, u0: float, u1: float, v: float, drop: float, color: Color) -> None:
    """Silk hung in swags across the top of a wall."""
    count = max(3, round((u1 - u0) / 0.11))
    width = (u1 - u0) / count
    for k in range(count):
        cu = u0 + width * (k + 0.5)
        st.oval(cu, v, width * 0.55, drop, color)
        st.line((cu - width * 0.4, v + drop * 0.5), (cu + width * 0.4, v + drop * 0.5),
                mix(color, SHADE, 0.3), 1)
    st.rect(u0, v - drop, u1, v, mix(color, SHADE, 0.15))
    for k in range(count + 1):  # tassels where the swags meet
        tu = u0 + width * k
        st.line((tu, v), (tu, v + drop * 1.6), GOLD, 2)


def eave(st: Stage, u0: float, u1: float, v: float, height: float, lift: float,
         color: Color = TILE) -> None:
    """A tiled roof seen from the front: a sweep with upturned corners, tile ridges."""
    st.poly([(u0 - lift, v - lift * 0.8), (u0 + lift, v), (u1 - lift, v), (u1 + lift, v - lift * 0.8),
             (u1 - lift, v - height), (u0 + lift, v - height)], color)
    for u in np.linspace(u0 + lift, u1 - lift, max(3, round((u1 - u0) / 0.02))):
        st.line((float(u), v - height), (float(u), v), mix(color, SHADE, 0.35), 1)
    st.rect(u0 + lift * 0.8, v - height - height * 0.18, u1 - lift * 0.8, v - height,
            mix(color, SHADE, 0.4))


def screen(st: Stage, u0: float, v0: float, u1: float, v1: float, panels: int,
           silk: Color, rng: np.random.Generator) -> None:
    """A folding screen: wooden frames zig-zagging, silk panels painted with hills."""
    width = (u1 - u0) / panels
    for k in range(panels):
        a, b = u0 + width * k, u0 + width * (k + 1)
        tilt = 0.012 if k % 2 else -0.012
        face = mix(silk, (255, 250, 236), 0.55 if k % 2 else 0.45)
        st.poly([(a, v0 + tilt), (b, v0 - tilt), (b, v1 - tilt), (a, v1 + tilt)], face, DARK_WOOD, 2)
        peak = float(rng.uniform(0.35, 0.6))
        hill = mix(face, (60, 70, 70), 0.35)
        st.poly([(a + width * 0.1, v1 - (v1 - v0) * 0.25), (a + width * 0.5, v0 + (v1 - v0) * peak),
                 (b - width * 0.1, v1 - (v1 - v0) * 0.25)], hill)


def low_table(st: Stage, u: float, v: float, half: float, wood: Color = DARK_WOOD,
              cups: int = 2) -> None:
    """A low wooden table with a teapot and cups on it."""
    st.poly([(u - half * 0.9, v), (u + half * 0.9, v), (u + half, v + half * 0.22),
             (u - half, v + half * 0.22)], mix(wood, (255, 230, 200), 0.15))
    st.rect(u - half, v + half * 0.22, u + half, v + half * 0.3, wood)
    for side in (-1, 1):
        st.rect(u + side * half * 0.85 - half * 0.05, v + half * 0.3, u + side * half * 0.85 + half * 0.05,
                v + half * 0.55, wood)
    if cups:
        st.oval(u - half * 0.3, v + half * 0.04, half * 0.14, half * 0.12, (236, 232, 220))
        st.line((u - half * 0.16, v), (u - half * 0.06, v - half * 0.05), (236, 232, 220), 2)
        for k in range(cups):
            cu = u + half * (0.15 + 0.2 * k)
            st.oval(cu, v + half * 0.08, half * 0.06, half * 0.045, (230, 236, 226))


def candle(st: Stage, u: float, v: float, size: float) -> None:
    """A candle on a tall wooden stand, glowing."""
    st.line((u, v), (u, v + size * 5), DARK_WOOD, 3)
    st.rect(u - size * 0.9, v + size * 5, u + size * 0.9, v + size * 5.3, DARK_WOOD)
    st.rect(u - size * 0.25, v - size * 0.9, u + size * 0.25, v, (244, 70, 50))
    st.oval(u, v - size * 1.15, size * 0.18, size * 0.3, CANDLE)
    st.lamp(u, v - size, size * 3, 1.0)


def floor_boards(st: Stage, u0: float, u1: float, v1: float, color: Color, count: int) -> None:
    """Seams of a wooden or stone floor running toward the camera, and across it."""
    seam = mix(color, SHADE, 0.25)
    for u in np.linspace(u0, u1, count):
        st.line((float(u), v1), st.to_floor(float(u), 1.0, v1), seam, 1)
    for depth in (0.08, 0.2, 0.38, 0.62):
        v = at_depth(st, v1, depth)
        st.line((-1.0, v), (2.0, v), seam, 1)
