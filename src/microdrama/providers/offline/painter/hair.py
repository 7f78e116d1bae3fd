"""Hair: the part of a silhouette viewers read first, so each style word changes it.

Two passes: ``draw_hair_back`` (the mass behind the head and body: long hair,
ponytails, buns) and ``draw_hair_front`` (cap, fringe, side locks, streaks, shine).
"""

from __future__ import annotations

import numpy as np

from microdrama.providers.offline.painter.design import PERIOD_TIES, Design
from microdrama.providers.offline.painter.ink import (
    Color,
    Pen,
    Points,
    bezier,
    ellipse,
    lighten,
    mix,
    shade,
    smooth,
)
from microdrama.providers.offline.painter.period_hair import (
    draw_period_back,
    draw_period_behind,
    draw_period_front,
)

# A fixed irregularity pattern so tousled strands look messy but identical every shot.
_JITTER = (0.0, 0.05, -0.02, 0.06, 0.01, -0.03, 0.04, -0.01, 0.03, 0.0, 0.05)
GREY: Color = (206, 206, 212)


def hair_radius(d: Design) -> float:
    return d.face.cheek + (0.02 if d.hair.length == "buzz" else 0.06)


def _updo(d: Design) -> bool:
    return d.hair.tie in ("bun", "crown", *PERIOD_TIES)


def _waves(points: Points, amount: float, freq: float) -> Points:
    """Push an outline sideways in waves (wavy/curly hair)."""
    out = points.copy()
    out[:, 0] += amount * np.sin(points[:, 1] * freq) * np.sign(points[:, 0] + 1e-9)
    return out


def hair_colors(d: Design) -> tuple[Color, Color, Color]:
    base = d.hair.color
    return base, shade(base, 0.38), lighten(base, 0.38 if sum(base) > 120 else 0.3)


def draw_hair_back(pen: Pen, d: Design) -> None:
    """Hair behind the head and shoulders."""
    h = d.hair
    base, dark, _ = hair_colors(d)
    back = shade(base, 0.2)
    r = hair_radius(d)
    if h.tie in PERIOD_TIES:
        draw_period_back(pen, d, r, back, dark)
        return
    if h.tie == "ponytail":
        tail = smooth(
            [
                (0.05, -0.5),
                (0.38, -0.42),
                (0.62, -0.05),
                (0.6, 0.55),
                (0.48, 1.2),
                (0.38, 1.45),
                (0.36, 0.9),
                (0.38, 0.3),
                (0.22, -0.25),
            ],
            n=6,
        )
        pen.fill(_waves(tail, 0.02, 9) if h.wavy else tail, back, shadow=dark, depth=0.06)
        pen.fill(ellipse(0.08, -0.58, 0.16, 0.1, n=20), back, shadow=dark, depth=0.03)
    if h.tie == "bun":
        pen.fill(ellipse(-0.34, 0.3, 0.17, 0.16, n=24), back, shadow=dark, depth=0.05)
        pen.stroke(ellipse(-0.34, 0.3, 0.1, 0.09, 200, 340, n=10), width=0.5)
    if _updo(d) or h.tie == "ponytail" or h.length in ("buzz", "short"):
        return
    bottom = {"long": 2.0, "shoulder": 0.95, "bob": 0.45}[h.length]
    width = r + (0.14 if h.length != "bob" else 0.06) + (0.1 if h.curly else 0.0)
    pts = [(-r, -0.1), (-width, 0.4), (-width * 0.98, bottom)]
    pts += [
        (x, bottom + (0.04 if i % 2 else -0.02))
        for i, x in enumerate(np.linspace(-width * 0.8, width * 0.8, 7))
    ]
    pts += [(width * 0.98, bottom), (width, 0.4), (r, -0.1), (0.0, -0.56)]
    mass = smooth(pts, n=6)
    if h.wavy or h.curly:
        mass = _waves(mass, 0.045 if h.curly else 0.03, 14 if h.curly else 8)
    pen.fill(mass, back, shadow=dark, depth=0.1)


def _fringe(d: Design, r: float) -> list[tuple[float, float]]:
    """The hairline over the forehead, right temple to left temple."""
    style = d.hair.fringe
    if style == "blunt":
        xs = np.linspace(r * 0.8, -r * 0.8, 11)
        return (
            [(r, 0.02), (r * 0.93, -0.08)]
            + [(float(x), -0.075 if i % 2 == 0 else -0.16) for i, x in enumerate(xs)]
            + [(-r * 0.93, -0.08), (-r, 0.02)]
        )
    if style == "parted":
        right = bezier((r, 0.06), (r * 0.45, -0.02), (0.04, -0.38), n=9)
        return [tuple(p) for p in right] + [(-x, y) for x, y in right[::-1]]  # type: ignore[misc]
    if style == "swept":
        return [
            (r, 0.04),
            (r * 0.75, -0.04),
            (r * 0.5, -0.14),
            (0.28, -0.07),
            (0.08, -0.2),
            (-0.08, -0.13),
            (-0.18, -0.3),
            (-0.34, -0.34),
            (-r * 0.9, -0.2),
            (-r, 0.0),
        ]
    if style == "slicked":
        return [
            (r, -0.04),
            (r * 0.85, -0.26),
            (0.28, -0.37),
            (0.07, -0.36),
            (0.0, -0.31),
            (-0.07, -0.36),
            (-0.28, -0.37),
            (-r * 0.85, -0.26),
            (-r, -0.04),
        ]
    if style == "spiky":
        xs = np.linspace(r * 0.78, -r * 0.78, 9)
        return (
            [(r, -0.03)]
            + [
                (float(x), -0.13 - 0.02 * (i % 3) if i % 2 == 0 else -0.27)
                for i, x in enumerate(xs)
            ]
            + [(-r, -0.03)]
        )
    if style == "tousled":
        xs = np.linspace(r * 0.85, -r * 0.85, 11)
        return (
            [(r, 0.03)]
            + [(float(x), (-0.04 - _JITTER[i]) if i % 2 == 0 else -0.2) for i, x in enumerate(xs)]
            + [(-r, 0.03)]
        )
    if style == "neat":
        return [
            (r, -0.02),
            (r * 0.78, -0.17),
            (0.22, -0.21),
            (0.06, -0.15),
            (-0.08, -0.25),
            (-0.26, -0.22),
            (-r * 0.8, -0.2),
            (-r, -0.02),
        ]
    return [(r, -0.1), (0.0, -0.33), (-r, -0.1)]  # buzz: a plain hairline


def _curved(edge: list[tuple[float, float]]) -> np.ndarray:
    """Turn a zigzag hairline into strands: each side a curve that sweeps into its tip."""
    pts = np.array(edge, dtype=np.float64)
    out = [pts[:1]]
    for a, b in zip(pts[:-1], pts[1:], strict=True):
        if abs(b[1] - a[1]) < 0.04:
            out.append(b[None])
            continue
        low, high = (b, a) if b[1] > a[1] else (a, b)
        control = (high[0] * 0.75 + low[0] * 0.25, high[1] * 0.25 + low[1] * 0.75)
        out.append(bezier(tuple(a), control, tuple(b), n=6)[1:])
    return np.vstack(out)


def _cap(d: Design, r: float) -> Points:
    h = d.hair
    arc = ellipse(0.0, -0.09, r, 0.47 if h.length != "buzz" else 0.43, 185, 355, n=26)
    if h.fringe in ("spiky", "tousled") or h.undercut:
        bumps = 1.0 + 0.07 * (np.arange(len(arc)) % 2)
        arc = (arc - (0, -0.09)) * bumps[:, None] + (0, -0.09)
    elif h.length == "short":
        bumps = 1.0 + 0.03 * (np.arange(len(arc)) % 3 == 0)
        arc = (arc - (0, -0.09)) * bumps[:, None] + (0, -0.09)
    if h.undercut or h.fringe == "slicked":
        arc[:, 1] -= 0.05 * np.exp(-(((arc[:, 0] - 0.1) / 0.25) ** 2))  # a quiff of volume
    if h.tie == "crown":
        arc[:, 1] -= 0.03
    return np.vstack([arc, _curved(_fringe(d, r))])


def draw_hair_front(pen: Pen, d: Design, turn: float) -> None:
    """Cap, fringe, side locks and marks over the face."""
    h = d.hair
    base, dark, light = hair_colors(d)
    r = hair_radius(d)
    skin_dark = shade(d.face.skin, 0.3)
    shift = np.array([turn * 0.03, 0.0])
    cap = _cap(d, r) + shift
    if h.length == "buzz":
        fuzz = mix(base, d.face.skin, 0.35)
        pen.fill(cap, fuzz, shadow=shade(fuzz, 0.3), depth=0.05, width=0.8)
        for x in np.linspace(-r * 0.7, r * 0.7, 8):
            pen.stroke(
                np.array([(x, -0.4), (x * 1.02, -0.34)]) + shift, width=0.35, color=shade(fuzz, 0.4)
            )
        return
    # a cast shadow of the fringe on the forehead
    fringe_shadow = _curved(_fringe(d, r)) + shift + (0.0, 0.045)
    pen.fill(
        np.vstack([ellipse(0, -0.09, r, 0.47, 185, 355, n=16) + shift, fringe_shadow]),
        skin_dark,
        outline=False,
    )
    if h.undercut:
        for side in (-1, 1):
            sides = (
                np.array(
                    [
                        (side * (r - 0.005), -0.25),
                        (side * (r + 0.005), 0.02),
                        (side * (d.face.cheek - 0.02), 0.04),
                        (side * (d.face.cheek - 0.05), -0.22),
                    ]
                )
                + shift
            )
            pen.fill(sides, mix(base, d.face.skin, 0.55), width=0.6)
    _side_locks(pen, d, r, shift, base, dark)
    pen.fill(cap, base, shadow=dark, depth=0.07)
    _shine(pen, d, r, shift, light)
    _strands(pen, d, r, shift)
    if h.tie == "crown":
        _braid(pen, r, shift, base, light, dark)
    if h.tie in PERIOD_TIES:
        draw_period_front(pen, d, r, shift)
    if h.tie in ("ponytail", "bun"):
        x = 0.05 if h.tie == "ponytail" else -0.3
        y = -0.53 if h.tie == "ponytail" else -0.2
        pen.fill(ellipse(x, y, 0.05, 0.035, n=12) + shift, d.outfit.accent, width=0.6)
    if h.streaks:
        for k, x in enumerate((-0.22, -0.05, 0.16, 0.3)):
            streak = (
                bezier((x * 0.6, -0.52), (x * 1.05, -0.35), (x * 1.2 + 0.02 * k, -0.15), n=10)
                + shift
            )
            pen.taper(streak, width=1.8, color=GREY)
        for side in (-1, 1):
            pen.taper(
                bezier(
                    (side * r * 0.97, -0.22), (side * r * 1.02, -0.1), (side * r * 0.98, 0.0), n=8
                )
                + shift,
                width=2.2,
                color=GREY,
            )


def _side_locks(pen: Pen, d: Design, r: float, shift: np.ndarray, base: Color, dark: Color) -> None:
    h = d.hair
    if _updo(d) or h.length == "short" or h.tie == "ponytail":
        bottom = 0.12 if d.female else 0.04
        for side in (-1, 1):
            lock = (
                np.array(
                    [
                        (side * r, -0.12),
                        (side * (r + 0.01), bottom),
                        (side * (d.face.cheek - 0.03), bottom - 0.02),
                        (side * (d.face.cheek - 0.06), -0.1),
                    ]
                )
                + shift
            )
            pen.fill(lock, base, shadow=dark, depth=0.03, width=0.8)
        return
    bottom = {"long": 1.55, "shoulder": 0.78, "bob": 0.44}[h.length]
    for side in (-1, 1):
        inner = d.face.cheek - (0.05 if h.length == "bob" else 0.08)
        outer = r + (0.04 if h.length == "bob" else 0.02)
        if h.length == "bob":
            pts = [
                (side * outer, -0.15),
                (side * (outer + 0.04), 0.2),
                (side * (outer + 0.03), bottom),
                (side * (inner + 0.02), bottom + 0.01),
                (side * inner, 0.1),
                (side * (inner + 0.01), -0.1),
            ]
        else:
            spread = 0.3 if h.length == "long" else 0.22
            pts = [
                (side * (outer - 0.03), -0.3),
                (side * (outer + 0.04), 0.35),
                (side * (outer + spread * 0.5), bottom * 0.75),
                (side * (outer + spread * 0.3), bottom),
                (side * (inner + spread * 0.45), bottom * 0.85),
                (side * (inner + 0.02), 0.3),
                (side * inner, -0.05),
                (side * (inner + 0.04), -0.25),
            ]
        lock = smooth(pts, n=6)
        if h.wavy or h.curly:
            lock = _waves(lock, 0.04 if h.curly else 0.025, 16 if h.curly else 10)
        pen.fill(lock + shift, base, shadow=dark, depth=0.04, width=0.9)
        pen.stroke(
            smooth(
                [
                    (side * (inner + 0.05), 0.1),
                    (side * (outer - 0.01), bottom * 0.5),
                    (
                        side * (inner + spread * 0.35 if h.length != "bob" else outer - 0.03),
                        bottom * 0.92,
                    ),
                ],
                closed=False,
                n=6,
            )
            + shift,
            width=0.45,
        )


def _shine(pen: Pen, d: Design, r: float, shift: np.ndarray, light: Color) -> None:
    """The anime 'angel ring': broken bright slivers across the crown."""
    y0 = -0.36 if d.hair.fringe != "slicked" else -0.42
    for a0 in (200, 232, 262, 292):
        a = np.radians(np.linspace(a0, a0 + 22, 6))
        outer = np.stack([r * 0.92 * np.cos(a), y0 + 0.06 + 0.3 * np.sin(a) * 0.5], axis=1)
        inner = outer[::-1] + (0.0, 0.035)
        pen.fill(np.vstack([outer, inner]) + shift, light, outline=False)


def _strands(pen: Pen, d: Design, r: float, shift: np.ndarray) -> None:
    h = d.hair
    if h.fringe == "slicked":
        for x in (-0.25, -0.1, 0.08, 0.22):
            pen.stroke(
                bezier((x, -0.34), (x * 1.1, -0.45), (x * 0.6, -0.53), n=8) + shift, width=0.45
            )
        return
    for x in (-0.2, 0.0, 0.18):
        pen.stroke(bezier((x * 0.5, -0.52), (x * 0.9, -0.36), (x, -0.22), n=8) + shift, width=0.45)


def _braid(pen: Pen, r: float, shift: np.ndarray, base: Color, light: Color, dark: Color) -> None:
    for a in np.linspace(195, 345, 9):
        t = np.radians(a)
        x, y = r * 0.98 * np.cos(t), -0.12 + 0.42 * np.sin(t)
        pen.fill(
            ellipse(x, y, 0.075, 0.05, n=16) + shift,
            mix(base, light, 0.4),
            shadow=dark,
            depth=0.02,
            width=0.6,
        )


def draw_hair_from_behind(pen: Pen, d: Design) -> None:
    """The head seen from behind: the whole skull in hair, long hair down the back."""
    h = d.hair
    base, dark, light = hair_colors(d)
    r = hair_radius(d)
    if h.length == "buzz":
        fuzz = mix(base, d.face.skin, 0.35)
        pen.fill(ellipse(0.0, -0.06, r, 0.5, n=32), fuzz, shadow=shade(fuzz, 0.3), depth=0.05)
        return
    short = h.length in ("short", "buzz") or _updo(d) or h.tie == "ponytail"
    width = r - 0.03 if short else r + 0.02
    skull = ellipse(0.0, -0.07, width, 0.5, n=32)
    if short:  # the nape: hair tapers into the neck
        skull = smooth([(width, -0.1), (width * 0.95, 0.18), (width * 0.55, 0.4), (0.0, 0.44),
                        (-width * 0.55, 0.4), (-width * 0.95, 0.18), (-width, -0.1),
                        (-width * 0.7, -0.46), (0.0, -0.57), (width * 0.7, -0.46)], n=6)
    pen.fill(skull, base, shadow=dark, depth=0.08)
    for k, x in enumerate((-0.3, -0.14, 0.02, 0.18, 0.32)):  # strands from the crown
        pen.stroke(bezier((0.02, -0.42), (x * 0.8, -0.2 + 0.03 * (k % 2)), (x, 0.3 if short else 0.2),
                          n=10), width=0.45, color=dark)
    if h.tie in PERIOD_TIES:
        draw_period_behind(pen, d, r, base, dark)
    if h.tie == "bun":  # low at the side, as seen from the front
        pen.fill(ellipse(0.3, 0.26, 0.16, 0.15, n=24), base, shadow=dark, depth=0.05)
        pen.stroke(ellipse(0.3, 0.26, 0.09, 0.08, 200, 340, n=10), width=0.5)
    elif h.tie == "crown":
        _braid(pen, r, np.zeros(2), base, light, dark)
    if h.tie == "ponytail":
        tail = smooth([(-0.1, -0.2), (0.1, -0.2), (0.16, 0.4), (0.1, 1.3), (0.0, 1.45),
                       (-0.1, 1.3), (-0.16, 0.4)], n=6)
        pen.fill(_waves(tail, 0.02, 9) if h.wavy else tail, base, shadow=dark, depth=0.06)
        pen.fill(ellipse(0.0, -0.2, 0.07, 0.045, n=12), d.outfit.accent, width=0.6)
    elif not _updo(d) and h.length not in ("short",):
        bottom = {"long": 2.0, "shoulder": 0.95, "bob": 0.45}[h.length]
        width = r + (0.14 if h.length != "bob" else 0.06) + (0.1 if h.curly else 0.0)
        pts = [(-r, -0.3), (-width, 0.3), (-width * 0.98, bottom)]
        pts += [(x, bottom + (0.04 if i % 2 else -0.02))
                for i, x in enumerate(np.linspace(-width * 0.8, width * 0.8, 7))]
        pts += [(width * 0.98, bottom), (width, 0.3), (r, -0.3), (0.0, -0.56)]
        mass = smooth(pts, n=6)
        if h.wavy or h.curly:
            mass = _waves(mass, 0.045 if h.curly else 0.03, 14 if h.curly else 8)
        pen.fill(mass, base, shadow=dark, depth=0.1)
        for x in (-0.22, 0.0, 0.2):
            pen.stroke(bezier((x * 0.6, -0.3), (x * 1.1, bottom * 0.4), (x * 1.2, bottom * 0.85),
                              n=10), width=0.45)
    for a0 in (215, 250, 285):  # the shine on the crown
        a = np.radians(np.linspace(a0, a0 + 24, 6))
        outer = np.stack([r * 0.85 * np.cos(a), -0.22 + 0.3 * np.sin(a)], axis=1)
        pen.fill(np.vstack([outer, outer[::-1] + (0.0, 0.04)]), light, outline=False)
