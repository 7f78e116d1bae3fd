"""One set painter per LocationKind: walls, windows, doors and furniture silhouettes."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from microdrama.providers.offline.painter.ink import Color, mix
from microdrama.providers.offline.painter.stage import Stage

WARM: Color = (255, 214, 140)


def _window(
    st: Stage,
    u0: float,
    v0: float,
    u1: float,
    v1: float,
    frame: Color,
    cols: int = 2,
    rows: int = 2,
    skyline: bool = False,
    rng: np.random.Generator | None = None,
) -> None:
    top, low = st.light.sky_top, st.light.sky_low
    steps = 6
    for k in range(steps):
        a, b = v0 + (v1 - v0) * k / steps, v0 + (v1 - v0) * (k + 1) / steps
        st.rect(u0, a, u1, b + 0.002, mix(top, low, (k + 0.5) / steps))
    if skyline and rng is not None:
        x = u0
        night = st.light.lamps > 0.6
        while x < u1:
            bw = float(rng.uniform(0.03, 0.07))
            bh = float(rng.uniform(0.25, 0.75)) * (v1 - v0)
            body = mix(low, (30, 36, 60), 0.55 if not night else 0.75)
            st.rect(x, v1 - bh, min(u1, x + bw), v1, body)
            if night or st.light.lamps > 0.3:
                for wy in np.arange(v1 - bh + 0.01, v1 - 0.005, 0.014):
                    for wx in np.arange(x + 0.006, min(u1, x + bw) - 0.006, 0.012):
                        if rng.random() < 0.45:
                            st.rect(wx, wy, wx + 0.005, wy + 0.006, WARM)
            x += bw + 0.004
    for i in range(cols + 1):
        u = u0 + (u1 - u0) * i / cols
        st.line((u, v0), (u, v1), frame, 3)
    for j in range(rows + 1):
        v = v0 + (v1 - v0) * j / rows
        st.line((u0, v), (u1, v), frame, 3)


def _door(st: Stage, u0: float, v0: float, u1: float, v1: float, color: Color) -> None:
    st.rect(u0, v0, u1, v1, color, mix(color, (20, 16, 24), 0.5), 2)
    st.rect(
        u0 + 0.012, v0 + 0.02, u1 - 0.012, (v0 + v1) / 2 - 0.01, mix(color, (255, 255, 255), 0.08)
    )
    st.oval(u1 - 0.02, (v0 + v1) / 2 + 0.02, 0.006, 0.004, (210, 180, 90))


def office(st: Stage, rng: np.random.Generator) -> None:
    u0, v0, u1, v1 = st.room((214, 218, 224), (120, 124, 134), (232, 234, 238))
    _window(
        st,
        u0 + 0.02,
        v0 + 0.04,
        u1 - 0.02,
        v1 - 0.12,
        (60, 66, 80),
        cols=4,
        rows=3,
        skyline=True,
        rng=rng,
    )
    for u in (0.3, 0.5, 0.7):
        st.rect(u - 0.06, v0 - 0.01, u + 0.06, v0 + 0.004, (250, 250, 255))
        st.lamp(u, v0 + 0.01, 0.05, 0.5)
    desk = (58, 48, 44)
    st.poly([(0.25, 0.6), (0.75, 0.6), (0.82, 0.68), (0.18, 0.68)], desk)
    st.rect(0.2, 0.68, 0.8, 0.7, mix(desk, (0, 0, 0), 0.3))
    st.rect(0.55, 0.52, 0.66, 0.6, (36, 40, 52))
    st.rect(0.41, 0.47, 0.59, 0.62, (30, 30, 36))  # chair back
    st.oval(0.08, 0.56, 0.045, 0.08, (60, 110, 70))
    st.rect(0.06, 0.6, 0.1, 0.7, (120, 90, 60))


def mansion(st: Stage, rng: np.random.Generator) -> None:
    u0, v0, u1, v1 = st.room((226, 206, 172), (118, 76, 52), (240, 228, 206))
    wood = (120, 78, 50)
    st.rect(u0, v1 - 0.12, u1, v1, mix(wood, (255, 240, 220), 0.25))
    for u in np.linspace(u0 + 0.03, u1 - 0.1, 5):
        st.rect(u, v1 - 0.105, u + 0.09, v1 - 0.015, mix(wood, (255, 240, 220), 0.35), wood, 2)
    for u in (0.2, 0.64):
        _window(st, u, v0 + 0.08, u + 0.16, v1 - 0.16, (240, 232, 214), cols=2, rows=4)
        for cu in (u - 0.05, u + 0.16):
            st.rect(cu, v0 + 0.03, cu + 0.05, v1 - 0.13, (130, 30, 44))
            for k in (0.015, 0.033):
                st.line((cu + k, v0 + 0.03), (cu + k, v1 - 0.13), (96, 20, 32), 2)
    st.rect(0.43, v0 + 0.1, 0.57, v0 + 0.26, (160, 120, 60), (90, 60, 30), 3)  # portrait
    st.rect(0.445, v0 + 0.115, 0.555, v0 + 0.245, (70, 80, 70))
    _chandelier(st, 0.5, v0 + 0.02, 0.09)
    st.poly([(0.3, 0.66), (0.7, 0.66), (0.74, 0.72), (0.26, 0.72)], (100, 36, 40))  # sofa


def _chandelier(st: Stage, u: float, v: float, size: float) -> None:
    gold = (214, 180, 100)
    st.line((u, v - 0.05), (u, v + 0.02), gold, 2)
    st.poly(
        [
            (u - size, v + 0.02),
            (u + size, v + 0.02),
            (u + size * 0.5, v + 0.06),
            (u - size * 0.5, v + 0.06),
        ],
        gold,
    )
    for k in np.linspace(-size, size, 5):
        st.oval(u + k, v + 0.01, 0.006, 0.01, (255, 246, 210))
        st.lamp(u + k, v + 0.01, 0.025, 0.7)


def hospital(st: Stage, rng: np.random.Generator) -> None:
    u0, v0, u1, v1 = st.room((206, 226, 222), (178, 190, 196), (236, 242, 242))
    _window(st, 0.56, v0 + 0.1, u1 - 0.04, v1 - 0.2, (230, 236, 240), cols=1, rows=1)
    for v in np.arange(v0 + 0.11, v1 - 0.2, 0.018):  # blinds
        st.line((0.56, v), (u1 - 0.04, v), (228, 232, 236), 2)
    st.line((u0, v0 + 0.04), (0.5, v0 + 0.04), (160, 170, 180), 2)
    st.poly(
        [(u0 + 0.02, v0 + 0.05), (0.32, v0 + 0.05), (0.3, v1 - 0.02), (u0 + 0.04, v1)],
        (170, 206, 210),
    )
    st.rect(0.3, 0.56, 0.7, 0.62, (240, 244, 246), (150, 160, 170), 2)  # bed
    st.rect(0.3, 0.5, 0.34, 0.62, (190, 200, 210))
    st.rect(0.33, 0.54, 0.45, 0.575, (255, 255, 255))
    st.line((0.78, v0 + 0.12), (0.78, 0.68), (150, 156, 166), 3)  # drip stand
    st.poly(
        [(0.765, v0 + 0.12), (0.795, v0 + 0.12), (0.79, v0 + 0.19), (0.77, v0 + 0.19)],
        (200, 230, 240),
    )
    st.rect(0.16, v0 + 0.14, 0.26, v0 + 0.22, (60, 70, 80))
    st.line((0.17, v0 + 0.19), (0.25, v0 + 0.17), (80, 240, 140), 2)


def street(st: Stage, rng: np.random.Generator) -> None:
    hz = st.hz
    st.sky(-1.0, hz + 0.02)
    road = (52, 54, 64)
    st.poly([(-1, 2), (2, 2), (0.5, hz), (0.5, hz)], road)
    st.poly([(0.5, hz), (0.5, hz), (-1, 1.2), (-1, 2)], (92, 90, 96))
    st.poly([(0.5, hz), (0.5, hz), (2, 1.2), (2, 2)], (92, 90, 96))
    neon = [(255, 60, 140), (60, 220, 255), (255, 200, 60), (140, 90, 255)]
    for side in (-1, 1):
        for k in range(6):
            near = 1.0 - k / 6
            u_out = 0.5 + side * (0.12 + 0.55 * near)
            u_in = 0.5 + side * (0.1 + 0.45 * (1.0 - (k + 1) / 6))
            top = hz - 0.08 - 0.5 * near - 0.05 * float(rng.random())
            base = hz + 0.03 + 0.35 * near
            body = mix((70, 66, 84), st.light.sky_low, 0.15 * (1 - near))
            st.poly(
                [
                    (u_out, top),
                    (u_in, hz - 0.05 - 0.3 * (1 - (k + 1) / 6)),
                    (u_in, hz + 0.03 + 0.35 * (1 - (k + 1) / 6)),
                    (u_out, base),
                ],
                body,
            )
            for f in np.linspace(0.15, 0.85, 4):
                wv = top + (base - top) * f
                wu = u_out + (u_in - u_out) * 0.3
                if st.light.lamps > 0.3 and rng.random() < 0.6:
                    st.rect(
                        min(wu, wu + side * 0.03), wv, max(wu, wu + side * 0.03), wv + 0.012, WARM
                    )
                    st.lamp(wu, wv, 0.012, 0.4)
            sign = neon[(k + (side > 0)) % len(neon)]
            su = u_out + (u_in - u_out) * 0.15
            st.rect(
                min(su, su + side * 0.02), top + 0.05, max(su, su + side * 0.02), top + 0.14, sign
            )
            st.lamp(su, top + 0.1, 0.03, 0.9)
    for k in range(4):  # street lamps
        near = 1.0 - k / 4
        u = 0.5 + 0.38 * near
        st.line((u, hz + 0.3 * near), (u, hz - 0.25 * near), (40, 40, 48), max(1, int(4 * near)))
        st.oval(u - 0.02 * near, hz - 0.25 * near, 0.012 * near + 0.004, 0.006, (255, 236, 180))
        st.lamp(u - 0.02 * near, hz - 0.25 * near, 0.04 * near + 0.01, 1.0)
    for v in np.linspace(hz + 0.05, 1.0, 6):  # lane marks
        w = (v - hz) * 0.05
        st.rect(0.5 - w, v, 0.5 + w, v + (v - hz) * 0.12, (200, 200, 190))


def restaurant(st: Stage, rng: np.random.Generator) -> None:
    u0, v0, u1, v1 = st.room((120, 60, 48), (86, 54, 40), (70, 40, 34))
    _window(
        st,
        u0 + 0.04,
        v0 + 0.1,
        u1 - 0.04,
        v1 - 0.18,
        (50, 30, 24),
        cols=3,
        rows=2,
        skyline=True,
        rng=rng,
    )
    for u in (0.25, 0.5, 0.75):
        st.line((u, -0.5), (u, v0 + 0.06), (30, 20, 20), 1)
        st.poly(
            [
                (u - 0.03, v0 + 0.06),
                (u + 0.03, v0 + 0.06),
                (u + 0.02, v0 + 0.03),
                (u - 0.02, v0 + 0.03),
            ],
            (200, 150, 70),
        )
        st.lamp(u, v0 + 0.07, 0.06, 1.0)
    for u, v, s in ((0.28, 0.64, 0.1), (0.72, 0.64, 0.1), (0.5, 0.74, 0.16)):
        st.oval(u, v, s, s * 0.22, (244, 240, 232))
        st.rect(u - s, v, u + s, v + s * 0.5, (236, 230, 220))
        st.line((u - s * 0.3, v - s * 0.35), (u - s * 0.3, v), (220, 230, 240), 2)
        st.oval(u + s * 0.2, v + 0.002, s * 0.25, s * 0.06, (255, 255, 255))


def bedroom(st: Stage, rng: np.random.Generator) -> None:
    u0, v0, u1, v1 = st.room((222, 200, 204), (150, 112, 90), (236, 226, 226))
    _window(st, 0.58, v0 + 0.1, u1 - 0.05, v1 - 0.2, (245, 240, 236), cols=2, rows=2)
    st.poly(
        [(0.55, v0 + 0.06), (0.6, v0 + 0.06), (0.62, v1 - 0.15), (0.54, v1 - 0.13)], (240, 236, 246)
    )
    st.rect(0.2, 0.44, 0.56, 0.6, (110, 70, 60), (60, 36, 30), 2)  # headboard
    st.poly([(0.17, 0.6), (0.59, 0.6), (0.66, 0.74), (0.1, 0.74)], (246, 242, 240))
    st.poly([(0.14, 0.66), (0.62, 0.66), (0.66, 0.74), (0.1, 0.74)], (170, 180, 220))
    st.oval(0.29, 0.58, 0.06, 0.02, (255, 255, 255))
    st.oval(0.47, 0.58, 0.06, 0.02, (255, 255, 255))
    st.rect(0.05, 0.56, 0.14, 0.66, (120, 84, 64))
    st.poly([(0.07, 0.5), (0.12, 0.5), (0.13, 0.54), (0.06, 0.54)], (255, 236, 190))
    st.lamp(0.095, 0.52, 0.05, 1.0)


def ballroom(st: Stage, rng: np.random.Generator) -> None:
    u0, v0, u1, v1 = st.room(
        (236, 224, 196), (196, 170, 130), (246, 238, 220), back=(0.08, -0.05, 0.92, 0.6)
    )
    for u in np.linspace(0.14, 0.74, 4):
        st.rect(u, v0 + 0.14, u + 0.12, v1 - 0.05, st.light.sky_low)
        st.oval(u + 0.06, v0 + 0.14, 0.06, 0.05, st.light.sky_top)
        _window(st, u, v0 + 0.14, u + 0.12, v1 - 0.05, (250, 244, 226), cols=2, rows=4)
    for u in (u0, u1 - 0.05):
        st.rect(u, v0, u + 0.05, v1, (248, 242, 230), (200, 180, 140), 2)
    for u, v, s in ((0.3, 0.02, 0.09), (0.7, 0.02, 0.09), (0.5, 0.1, 0.06)):
        _chandelier(st, u, v, s)
    for k in range(8):  # floor reflections
        v = v1 + 0.03 + 0.05 * k
        st.line((0.0, v), (1.0, v), (214, 190, 150), 1)


def car(st: Stage, rng: np.random.Generator) -> None:
    hz = st.hz
    st.sky(-1.0, hz + 0.1)
    for k in range(14):  # passing lights, blurred later into bokeh
        u = float(rng.uniform(0.1, 0.9))
        v = float(rng.uniform(hz - 0.2, hz + 0.08))
        color = [WARM, (255, 120, 100), (140, 200, 255)][k % 3]
        st.oval(u, v, 0.01, 0.006, color)
        st.lamp(u, v, 0.02 + 0.02 * float(rng.random()), 0.8)
    st.rect(-1, hz + 0.1, 2, 2, (60, 62, 70))
    interior = (34, 30, 34)
    st.poly(
        [(-1, -1), (2, -1), (2, hz - 0.3), (0.82, hz - 0.26), (0.18, hz - 0.26), (-1, hz - 0.3)],
        interior,
    )
    st.poly([(-1, hz - 0.3), (0.18, hz - 0.26), (0.12, hz + 0.14), (-1, hz + 0.2)], interior)
    st.poly([(2, hz - 0.3), (0.82, hz - 0.26), (0.88, hz + 0.14), (2, hz + 0.2)], interior)
    st.poly([(-1, hz + 0.14), (2, hz + 0.14), (2, 2), (-1, 2)], (64, 50, 44))  # seat back
    for u in (0.25, 0.75):
        st.oval(u, hz + 0.12, 0.1, 0.07, (80, 62, 54))
    st.line((0.5, hz - 0.26), (0.5, hz + 0.14), (26, 24, 28), 4)


def courtroom(st: Stage, rng: np.random.Generator) -> None:
    wood = (118, 74, 44)
    u0, v0, u1, v1 = st.room((150, 104, 70), (96, 62, 40), (190, 170, 150))
    for u in np.linspace(u0 + 0.02, u1 - 0.08, 8):
        st.rect(
            u,
            v0 + 0.02,
            u + 0.08,
            v1 - 0.02,
            mix(wood, (255, 230, 200), 0.12),
            mix(wood, (0, 0, 0), 0.3),
            2,
        )
    st.oval(0.5, v0 + 0.14, 0.07, 0.04, (214, 180, 90))  # emblem
    st.oval(0.5, v0 + 0.14, 0.05, 0.028, (150, 30, 40))
    st.rect(0.22, 0.42, 0.78, 0.56, mix(wood, (0, 0, 0), 0.2), (50, 30, 20), 2)  # bench
    st.rect(0.2, 0.41, 0.8, 0.43, mix(wood, (255, 255, 255), 0.2))
    st.rect(0.45, 0.33, 0.55, 0.42, (40, 30, 30))  # judge's chair
    for u in np.linspace(0.05, 0.95, 16):  # the bar
        st.line((u, 0.64), (u, 0.72), wood, 3)
    st.rect(0.0, 0.62, 1.0, 0.645, wood)


def school(st: Stage, rng: np.random.Generator) -> None:
    u0, v0, u1, v1 = st.room((226, 222, 200), (170, 140, 104), (240, 238, 230))
    st.rect(0.2, v0 + 0.12, 0.8, v0 + 0.36, (44, 72, 60), (120, 90, 60), 4)
    for k in range(3):
        st.line(
            (0.26 + k * 0.08, v0 + 0.18 + k * 0.04),
            (0.38 + k * 0.1, v0 + 0.18 + k * 0.04),
            (230, 236, 230),
            1,
        )
    st.poly([(0.0, v0 + 0.05), (u0, v0 + 0.1), (u0, v1 - 0.2), (0.0, v1 - 0.1)], st.light.sky_low)
    st.oval(0.04, v0 + 0.12, 0.06, 0.05, (246, 190, 206))
    for row in range(3):
        v = 0.6 + row * 0.08
        for col in range(3):
            u = 0.22 + col * 0.28 + (col - 1) * row * 0.05
            w = 0.07 + row * 0.012
            st.poly(
                [(u - w, v), (u + w, v), (u + w * 1.1, v + 0.02), (u - w * 1.1, v + 0.02)],
                (200, 160, 110),
            )
            st.rect(u - w * 0.9, v + 0.02, u + w * 0.9, v + 0.05, (120, 120, 130))


def village(st: Stage, rng: np.random.Generator) -> None:
    hz = st.hz
    st.sky(-1.0, hz + 0.05)
    st.poly(
        [(-1, hz + 0.05), (0.2, hz - 0.12), (0.45, hz - 0.02), (0.7, hz - 0.16), (2, hz + 0.05)],
        mix((90, 120, 100), st.light.sky_low, 0.4),
    )
    st.rect(-1, hz + 0.02, 2, 2, (124, 150, 90))
    st.poly([(0.45, hz + 0.02), (0.55, hz + 0.02), (1.1, 2), (-0.1, 2)], (176, 150, 110))
    for side, u in ((-1, 0.16), (1, 0.84), (-1, 0.33), (1, 0.66)):
        near = 1.0 if u in (0.16, 0.84) else 0.55
        w, base = 0.14 * near, hz + 0.2 * near
        st.rect(u - w, base - 0.12 * near, u + w, base, (214, 200, 176), (90, 70, 60), 1)
        st.poly(
            [
                (u - w * 1.25, base - 0.11 * near),
                (u + w * 1.25, base - 0.11 * near),
                (u + w * 0.8, base - 0.2 * near),
                (u - w * 0.8, base - 0.2 * near),
            ],
            (70, 70, 84),
        )
        st.rect(u - w * 0.2, base - 0.07 * near, u + w * 0.2, base, (110, 74, 50))
        if st.light.lamps > 0.3:
            st.lamp(u + side * w * 0.5, base - 0.06 * near, 0.03, 0.8)
    for u in (0.04, 0.96):
        st.rect(u - 0.012, hz - 0.05, u + 0.012, hz + 0.3, (90, 64, 46))
        st.oval(u, hz - 0.12, 0.1, 0.1, (70, 112, 64))


def forest(st: Stage, rng: np.random.Generator) -> None:
    hz = st.hz
    st.sky(-1.0, hz + 0.05)
    st.rect(-1, hz - 0.1, 2, 2, (54, 84, 56))
    st.poly([(0.42, hz), (0.58, hz), (0.9, 2), (0.1, 2)], (120, 104, 76))
    for _ in range(22):
        near = float(rng.uniform(0.2, 1.0))
        u = float(rng.uniform(-0.1, 1.1))
        if 0.35 < u < 0.65 and near > 0.5:
            u += 0.35 if u > 0.5 else -0.35
        w = 0.012 + 0.05 * near
        trunk = mix((70, 52, 40), (130, 150, 130), (1 - near) * 0.6)
        st.rect(u - w, -1, u + w, hz + 0.04 + 0.4 * near, trunk)
    for _ in range(10):
        st.oval(
            float(rng.uniform(0, 1)), float(rng.uniform(-0.1, hz - 0.05)), 0.2, 0.08, (40, 80, 50)
        )
    for k in range(4):  # light shafts
        u = 0.2 + 0.2 * k
        st.poly(
            [(u, -0.1), (u + 0.04, -0.1), (u + 0.2, hz + 0.3), (u + 0.1, hz + 0.3)],
            mix((54, 84, 56), st.light.sun, 0.35),
        )


#: Draws one set on a stage, its variations from the generator.
SetPainter = Callable[[Stage, np.random.Generator], None]

SETS: dict[str, SetPainter] = {
    "office": office,
    "mansion": mansion,
    "hospital": hospital,
    "street": street,
    "restaurant": restaurant,
    "bedroom": bedroom,
    "ballroom": ballroom,
    "car": car,
    "courtroom": courtroom,
    "school": school,
    "village": village,
    "forest": forest,
}
