"""Period sets (decision 0027): the places of a costume drama, one per LocationKind.

A kind with a period meaning gets its own set (a mansion is a palace hall, a courtroom
the throne hall, a restaurant a teahouse); a kind with none is drawn as the nearest
period place (a car is a palanquin on an old street, an office a study, a hospital a
physician's hall, a school a study hall). Village and forest have nothing modern in
them and stay as they are. No set here holds glass, metal, screens or electric light.
"""

from __future__ import annotations

import numpy as np

from microdrama.providers.offline.painter import sets
from microdrama.providers.offline.painter.ink import Color, mix
from microdrama.providers.offline.painter.period_parts import (
    DARK_WOOD,
    GOLD,
    LACQUER,
    SHADE,
    SILKS,
    STONE,
    TILE,
    WOOD,
    at_depth,
    beam,
    candle,
    eave,
    floor_boards,
    lantern,
    lattice,
    lattice_door,
    low_table,
    pillar,
    screen,
    valance,
)
from microdrama.providers.offline.painter.stage import Stage


def _silk(rng: np.random.Generator) -> Color:
    return SILKS[int(rng.integers(len(SILKS)))]


def _pillars(st: Stage, us: tuple[float, ...], depths: tuple[float, ...], v0: float,
             v1: float, half: float) -> None:
    """Pairs of pillars standing at ``depths`` from the back wall, far to near."""
    for depth in depths:
        grow = 1 + depth * 2.5
        for u in us:
            base = st.to_floor(u, depth, v1)
            pillar(st, base[0], at_depth(st, v0, depth), base[1], half * grow)


def hall(st: Stage, rng: np.random.Generator) -> None:
    """A palace hall: lattice doors between red pillars, beams, silk and lanterns."""
    u0, v0, u1, v1 = st.room((150, 96, 62), (92, 62, 46), (70, 40, 28))
    floor_boards(st, u0, u1, v1, (92, 62, 46), 9)
    doors = int(rng.integers(4, 7))
    width = (u1 - u0 - 0.06) / doors
    for k in range(doors):
        a = u0 + 0.03 + width * k
        lattice_door(st, a + 0.005, v0 + 0.09, a + width - 0.005, v1)
    silk = _silk(rng)
    valance(st, u0, u1, v0 + 0.085, 0.02, silk)
    beam(st, u0, u1, v0, 0.05)
    screen(st, 0.38, v0 + 0.2, 0.62, v1 - 0.02, 4, mix(silk, GOLD, 0.5), rng)
    low_table(st, 0.5, v1 + 0.02, 0.09, cups=0)
    st.oval(0.5, v1 + 0.005, 0.02, 0.018, GOLD)  # a censer on the table
    _pillars(st, (u0 + 0.02, u1 - 0.02), (0.0,), v0, v1, 0.018)
    for depth in (0.35,):
        beam(st, -1.0, 2.0, at_depth(st, v0, depth) - 0.04, 0.04 * (1 + depth * 2.5))
    _pillars(st, (0.02, 0.98), (0.0,), -1.0, 1.3, 0.04)
    for u in sorted(rng.choice([0.24, 0.36, 0.64, 0.76], size=2, replace=False)):
        lantern(st, float(u), v0 + 0.12 + 0.03 * float(rng.random()), 0.022)


def chamber(st: Stage, rng: np.random.Generator) -> None:
    """A bedchamber: a canopy bed behind gauze, a folding screen, a candle, lattice."""
    u0, v0, u1, v1 = st.room((206, 178, 140), (120, 82, 58), (96, 60, 40))
    floor_boards(st, u0, u1, v1, (120, 82, 58), 7)
    lattice(st, 0.66, v0 + 0.1, u1 - 0.04, v1 - 0.2, cols=3, rows=5)
    beam(st, u0, u1, v0, 0.04)
    silk = _silk(rng)
    # the canopy bed: posts, a roof of carved wood, gauze drawn back, quilts
    left, right, top, foot = 0.14, 0.58, v0 + 0.06, 0.72
    st.rect(left, 0.5, right, 0.64, DARK_WOOD)
    st.poly([(left - 0.02, 0.6), (right + 0.02, 0.6), (right + 0.05, 0.72), (left - 0.05, 0.72)],
            mix(silk, (255, 246, 230), 0.35))
    st.poly([(left - 0.03, 0.66), (right + 0.03, 0.66), (right + 0.05, 0.72), (left - 0.05, 0.72)],
            silk)
    st.oval(0.26, 0.59, 0.05, 0.015, (244, 236, 220))
    for u in (left, right):
        st.rect(u - 0.012, top, u + 0.012, foot + 0.02, DARK_WOOD)
    st.rect(left - 0.03, top - 0.01, right + 0.03, top + 0.05, DARK_WOOD, GOLD, 2)
    st.rect(left - 0.02, top + 0.05, right + 0.02, top + 0.07, silk)
    gauze = mix(silk, (250, 240, 240), 0.7)
    for u, side in ((left, 1), (right, -1)):
        st.poly([(u, top + 0.07), (u + side * 0.08, top + 0.07), (u + side * 0.02, 0.5),
                 (u + side * 0.03, foot), (u, foot)], gauze)
    screen(st, 0.7, 0.4, 0.98, 0.74, 3, silk, rng)
    candle(st, 0.62, 0.44, 0.012)


def old_street(st: Stage, rng: np.random.Generator) -> None:
    """An old street: wooden shopfronts under tiled eaves, lanterns, banners, stone slabs."""
    hz = st.hz
    st.sky(-1.0, hz + 0.02)
    gate = mix(LACQUER, st.light.sky_low, 0.45)  # a gate tower far down the street
    st.rect(0.43, hz - 0.07, 0.57, hz + 0.03, gate)
    st.rect(0.48, hz - 0.03, 0.52, hz + 0.03, mix(gate, SHADE, 0.5))
    eave(st, 0.42, 0.58, hz - 0.07, 0.03, 0.015, mix(TILE, st.light.sky_low, 0.4))
    road = (112, 106, 96)
    st.rect(-1, hz - 0.01, 2, 2, mix(STONE, SHADE, 0.2))  # the stone edges before the shops
    st.poly([(-1, 2), (2, 2), (0.5, hz), (0.5, hz)], road)
    for v in np.linspace(hz + 0.03, 1.2, 9):  # slabs
        w = (v - hz) * 2.2
        st.line((0.5 - w, v), (0.5 + w, v), mix(road, SHADE, 0.3), 1)
    walls = [(134, 84, 52), (150, 104, 70), (118, 70, 46)]
    banners = [(236, 222, 190), (70, 90, 110), (180, 50, 44)]
    for side in (-1, 1):
        for k in range(6):
            near, far = 1.0 - k / 6, 1.0 - (k + 1) / 6
            u_out = 0.5 + side * (0.12 + 0.55 * near)
            u_in = 0.5 + side * (0.1 + 0.45 * far)
            top = hz - 0.04 - 0.28 * near - 0.03 * float(rng.random())
            top_in = hz - 0.03 - 0.18 * far
            base, base_in = hz + 0.03 + 0.35 * near, hz + 0.03 + 0.35 * far
            body = mix(walls[int(rng.integers(len(walls)))], st.light.sky_low, 0.15 * (1 - near))
            st.poly([(u_out, top), (u_in, top_in), (u_in, base_in), (u_out, base)], body)
            door = 0.35 + 0.2 * float(rng.random())
            st.poly([(u_out + (u_in - u_out) * 0.2, top + (base - top) * door),
                     (u_out + (u_in - u_out) * 0.7, top_in + (base_in - top_in) * door),
                     (u_out + (u_in - u_out) * 0.7, base_in), (u_out + (u_in - u_out) * 0.2, base)],
                    mix(body, SHADE, 0.45))
            roof = mix(TILE, st.light.sky_low, 0.15 * (1 - near))
            lift = 0.05 * near + 0.01
            st.poly([(u_out + side * lift, top - lift * 0.6), (u_in, top_in - 0.01),
                     (u_in, top_in - 0.04 * far - 0.015), (u_out, top - 0.09 * near - 0.02)], roof)
            st.line((u_out + side * lift, top - lift * 0.6), (u_in, top_in - 0.01),
                    mix(roof, SHADE, 0.4), max(1, round(3 * near)))
            su = u_out + (u_in - u_out) * 0.12  # a cloth banner hung from the eave
            st.rect(min(su, su + side * 0.025 * near), top + 0.02 * near,
                    max(su, su + side * 0.025 * near), top + 0.2 * near,
                    banners[(k + (side > 0)) % len(banners)])
            if k % 2 == 0 or st.light.lamps > 0.3:
                lu = u_out + (u_in - u_out) * 0.45
                lv = top + (top_in - top) * 0.45 + 0.04 * near
                lantern(st, lu, lv, 0.008 + 0.016 * near, cord=top - 0.02)


def palanquin(st: Stage, rng: np.random.Generator) -> None:
    """Inside a palanquin: the old street through its window, the silk curtain held back."""
    old_street(st, rng)
    hz = st.hz
    silk = _silk(rng)
    inside = mix(silk, SHADE, 0.55)
    st.poly([(-1, -1), (2, -1), (2, hz - 0.3), (-1, hz - 0.3)], inside)
    st.poly([(-1, hz - 0.3), (0.16, hz - 0.3), (0.16, hz + 0.2), (-1, hz + 0.2)], inside)
    st.poly([(2, hz - 0.3), (0.84, hz - 0.3), (0.84, hz + 0.2), (2, hz + 0.2)], inside)
    st.poly([(-1, hz + 0.2), (2, hz + 0.2), (2, 2), (-1, 2)], mix(DARK_WOOD, SHADE, 0.2))
    frame = [(0.16, hz - 0.3), (0.84, hz - 0.3), (0.84, hz + 0.2), (0.16, hz + 0.2), (0.16, hz - 0.3)]
    for a, b in zip(frame, frame[1:], strict=False):  # the window frame
        st.line(a, b, DARK_WOOD, 5)
    curtain = mix(silk, (255, 236, 220), 0.15)
    st.poly([(0.16, hz - 0.3), (0.32, hz - 0.3), (0.2, hz - 0.05), (0.17, hz + 0.2),
             (0.16, hz + 0.2)], curtain)
    st.poly([(0.84, hz - 0.3), (0.7, hz - 0.3), (0.81, hz - 0.02), (0.83, hz + 0.2),
             (0.84, hz + 0.2)], curtain)
    st.line((0.16, hz - 0.3), (0.84, hz - 0.3), GOLD, 3)
    for u in (0.25, 0.75):  # cushions on the bench
        st.oval(u, hz + 0.28, 0.14, 0.05, mix(silk, SHADE, 0.2))


def throne_hall(st: Stage, rng: np.random.Generator) -> None:
    """The throne hall: a throne on a stepped dais, a gold screen, rows of pillars."""
    u0, v0, u1, v1 = st.room((140, 70, 46), (176, 146, 88), (64, 36, 26),
                             back=(0.06, -0.04, 0.94, 0.6))
    floor_boards(st, u0, u1, v1, (176, 146, 88), 11)  # gold bricks
    st.poly([(0.44, v1), (0.56, v1), (0.66, 2), (0.34, 2)], mix(LACQUER, SHADE, 0.15))  # carpet
    screen(st, 0.34, v0 + 0.12, 0.66, v1 - 0.1, 5, GOLD, rng)
    for k in range(3):  # the dais, widest step nearest
        st.rect(0.36 - k * 0.04, v1 - 0.1 + k * 0.035, 0.64 + k * 0.04, v1 - 0.065 + k * 0.035,
                mix(STONE, (250, 240, 220), 0.2 + 0.1 * k), mix(STONE, SHADE, 0.4), 1)
    st.rect(0.45, v1 - 0.3, 0.55, v1 - 0.12, GOLD, mix(GOLD, SHADE, 0.4), 2)  # the throne
    st.rect(0.465, v1 - 0.28, 0.535, v1 - 0.15, LACQUER)
    st.rect(0.43, v1 - 0.15, 0.57, v1 - 0.1, GOLD, mix(GOLD, SHADE, 0.4), 2)
    for u in (0.43, 0.57):
        st.rect(u - 0.012, v1 - 0.2, u + 0.012, v1 - 0.1, mix(GOLD, SHADE, 0.2))
    beam(st, u0, u1, v0, 0.05)
    valance(st, 0.3, 0.7, v0 + 0.075, 0.025, (222, 176, 84))
    _pillars(st, (0.22, 0.78), (0.0, 0.18, 0.4), v0, v1, 0.016)
    for u in (0.32, 0.68):
        lantern(st, u, v0 + 0.16, 0.02, GOLD)


def teahouse(st: Stage, rng: np.random.Generator) -> None:
    """A teahouse: wooden walls, lattice windows, red lanterns, low tables set for tea."""
    u0, v0, u1, v1 = st.room((136, 88, 56), (96, 64, 44), (72, 44, 30))
    floor_boards(st, u0, u1, v1, (96, 64, 44), 8)
    panes = int(rng.integers(2, 4))
    width = (u1 - u0 - 0.08) / panes
    for k in range(panes):
        a = u0 + 0.04 + width * k
        lattice(st, a + 0.02, v0 + 0.1, a + width - 0.02, v1 - 0.2, cols=4, rows=4)
    beam(st, u0, u1, v0, 0.04)
    st.rect(0.44, v0 + 0.02, 0.56, v0 + 0.09, (236, 222, 190), DARK_WOOD, 2)  # the name board
    st.rect(0.47, v0 + 0.035, 0.53, v0 + 0.075, mix(DARK_WOOD, SHADE, 0.3))
    for u in (0.25, 0.5, 0.75):
        lantern(st, u, v0 + 0.12 + 0.02 * float(rng.random()), 0.024)
    for u, v, s in ((0.26, 0.62, 0.09), (0.74, 0.62, 0.09), (0.5, 0.72, 0.14)):
        low_table(st, u, v, s, WOOD, cups=int(rng.integers(1, 4)))
    _pillars(st, (0.02, 0.98), (0.0,), -1.0, 1.3, 0.03)


def banquet_hall(st: Stage, rng: np.random.Generator) -> None:
    """A banquet hall: a long red carpet, rows of low tables, pillars, lanterns, silk."""
    u0, v0, u1, v1 = st.room((150, 92, 58), (110, 74, 50), (70, 40, 28),
                             back=(0.08, -0.05, 0.92, 0.6))
    floor_boards(st, u0, u1, v1, (110, 74, 50), 10)
    st.poly([(0.4, v1), (0.6, v1), (0.8, 2), (0.2, 2)], mix(LACQUER, SHADE, 0.1))
    for k in range(5):
        a = u0 + 0.03 + (u1 - u0 - 0.06) * k / 5
        lattice_door(st, a + 0.005, v0 + 0.14, a + (u1 - u0 - 0.06) / 5 - 0.005, v1)
    silk = _silk(rng)
    valance(st, u0, u1, v0 + 0.13, 0.025, silk)
    beam(st, u0, u1, v0 + 0.04, 0.06)
    low_table(st, 0.5, v1 - 0.04, 0.1, cups=3)  # the host's table on the dais
    for depth in (0.1, 0.3, 0.55):  # guests' tables along both sides
        for u in (0.3, 0.7):
            t = st.to_floor(u, depth, v1)
            low_table(st, t[0], t[1], 0.05 * (1 + depth * 2.5), cups=2)
    _pillars(st, (0.16, 0.84), (0.0, 0.3), v0, v1, 0.015)
    for u in np.linspace(0.2, 0.8, int(rng.integers(3, 6))):
        lantern(st, float(u), v0 + 0.2 + 0.04 * float(rng.random()), 0.02)


def study(st: Stage, rng: np.random.Generator) -> None:
    """A study: a desk of memorials and brushes, shelves of scrolls, a calligraphy scroll."""
    u0, v0, u1, v1 = st.room((196, 170, 130), (110, 76, 52), (80, 50, 34))
    floor_boards(st, u0, u1, v1, (110, 76, 52), 7)
    for a in (u0 + 0.02, u1 - 0.2):  # shelves of scrolls and bound books
        st.rect(a, v0 + 0.06, a + 0.18, v1, WOOD, DARK_WOOD, 2)
        for v in np.linspace(v0 + 0.12, v1 - 0.02, 5):
            st.line((a, float(v)), (a + 0.18, float(v)), DARK_WOOD, 2)
            for k in range(int(rng.integers(3, 7))):
                st.oval(a + 0.02 + 0.025 * k, float(v) - 0.015, 0.01, 0.01, (226, 210, 170))
    st.rect(0.42, v0 + 0.08, 0.58, v1 - 0.14, (236, 226, 200), DARK_WOOD, 2)  # hanging scroll
    for k in range(4):
        st.line((0.5, v0 + 0.12 + 0.07 * k), (0.5, v0 + 0.16 + 0.07 * k), SHADE, 3)
    beam(st, u0, u1, v0, 0.04)
    st.poly([(0.26, 0.6), (0.74, 0.6), (0.8, 0.67), (0.2, 0.67)], DARK_WOOD)  # the desk
    st.rect(0.2, 0.67, 0.8, 0.7, mix(DARK_WOOD, SHADE, 0.3))
    for k in range(int(rng.integers(2, 5))):  # stacked memorials
        st.rect(0.28, 0.6 - 0.012 * (k + 1), 0.38, 0.6 - 0.012 * k, (222, 190, 90), DARK_WOOD, 1)
    st.rect(0.6, 0.6, 0.68, 0.62, SHADE)  # ink stone
    for k in range(3):  # brushes in their rack
        st.line((0.48 + 0.02 * k, 0.54), (0.48 + 0.02 * k, 0.6), WOOD, 2)
    candle(st, 0.86, 0.46, 0.012)


def physician_hall(st: Stage, rng: np.random.Generator) -> None:
    """A physician's hall: a wall of medicine drawers, a couch, herbs drying, a lantern."""
    u0, v0, u1, v1 = st.room((180, 150, 110), (112, 80, 56), (80, 52, 36))
    floor_boards(st, u0, u1, v1, (112, 80, 56), 7)
    st.rect(u0 + 0.04, v0 + 0.04, u1 - 0.04, v1, WOOD, DARK_WOOD, 2)
    for i in range(12):
        for j in range(9):
            a = u0 + 0.05 + (u1 - u0 - 0.1) * i / 12
            b = v0 + 0.05 + (v1 - v0 - 0.06) * j / 9
            st.rect(a, b, a + (u1 - u0 - 0.1) / 12 - 0.004, b + (v1 - v0 - 0.06) / 9 - 0.004,
                    mix(WOOD, (255, 230, 200), 0.12), DARK_WOOD, 1)
            st.oval(a + (u1 - u0 - 0.1) / 24, b + (v1 - v0) / 20, 0.003, 0.003, GOLD)
    beam(st, u0, u1, v0 - 0.02, 0.04)
    st.rect(0.3, 0.58, 0.7, 0.66, DARK_WOOD)  # the counter
    st.poly([(0.3, 0.58), (0.7, 0.58), (0.74, 0.62), (0.26, 0.62)], mix(DARK_WOOD, (255, 230, 200), 0.2))
    st.oval(0.4, 0.585, 0.03, 0.012, (200, 190, 160))  # a mortar and herbs
    st.oval(0.6, 0.585, 0.025, 0.01, (110, 130, 80))
    for u in np.linspace(0.2, 0.8, int(rng.integers(4, 8))):  # herbs hung to dry
        st.line((float(u), v0 + 0.02), (float(u), v0 + 0.08), DARK_WOOD, 1)
        st.oval(float(u), v0 + 0.1, 0.012, 0.025, (96, 120, 70))
    st.poly([(0.02, 0.66), (0.2, 0.66), (0.24, 0.74), (0.0, 0.74)], (226, 214, 190))  # a couch
    st.rect(0.0, 0.74, 0.24, 0.78, DARK_WOOD)
    lantern(st, 0.86, v0 + 0.14, 0.022)


def study_hall(st: Stage, rng: np.random.Generator) -> None:
    """A study hall: a calligraphy scroll, lattice windows, rows of low desks and mats."""
    u0, v0, u1, v1 = st.room((210, 190, 150), (150, 116, 80), (90, 58, 38))
    floor_boards(st, u0, u1, v1, (150, 116, 80), 8)
    for a in (u0 + 0.03, u1 - 0.21):
        lattice(st, a, v0 + 0.1, a + 0.18, v1 - 0.18, cols=3, rows=5)
    st.rect(0.38, v0 + 0.08, 0.62, v1 - 0.16, (238, 230, 206), DARK_WOOD, 2)
    for k in range(int(rng.integers(2, 4))):  # columns of characters
        u = 0.56 - 0.06 * k
        for j in range(4):
            st.line((u, v0 + 0.12 + 0.075 * j), (u, v0 + 0.165 + 0.075 * j), SHADE, 3)
    beam(st, u0, u1, v0, 0.04)
    low_table(st, 0.5, v1 - 0.03, 0.09, cups=0)  # the tutor's table
    for row in range(3):
        v = 0.6 + row * 0.08
        for col in range(3):
            u = 0.22 + col * 0.28 + (col - 1) * row * 0.05
            w = 0.07 + row * 0.012
            st.oval(u, v + 0.045, w * 0.8, 0.012, (170, 60, 52))  # the mat
            low_table(st, u, v, w, cups=0)


#: The set a period series draws for each location kind.
PERIOD_SETS: dict[str, sets.SetPainter] = {
    "mansion": hall,
    "bedroom": chamber,
    "street": old_street,
    "courtroom": throne_hall,
    "restaurant": teahouse,
    "ballroom": banquet_hall,
    "car": palanquin,
    "office": study,
    "hospital": physician_hall,
    "school": study_hall,
    "village": sets.village,
    "forest": sets.forest,
}
