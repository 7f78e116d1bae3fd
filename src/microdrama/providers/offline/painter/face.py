"""Heads and faces: skull, ears, big anime eyes, brows, nose, mouth, manga marks.

Head space: centre (0, 0), crown at y = −0.5, chin near y = +0.5, x to the viewer's
right. ``turn`` (−1 … 1) slides the features toward where the character looks.
"""

from __future__ import annotations

import numpy as np

from microdrama.providers.offline.painter.design import Design
from microdrama.providers.offline.painter.expressions import Expression
from microdrama.providers.offline.painter.ink import (
    INK,
    WHITE,
    Color,
    Pen,
    Points,
    bezier,
    ellipse,
    lighten,
    mix,
    shade,
    smooth,
    vivid,
)
from microdrama.providers.offline.painter.marks import blush, glasses, tears

EYE_Y = 0.1
MOUTH_Y = 0.365
TEAR: Color = (150, 205, 240)
#: Mouths that are shut: a speaking face closes its mouth to its own emotion's one.
CLOSED_MOUTHS = frozenset({"line", "soft", "firm", "frown", "smirk", "wobble"})
#: Mouth shapes of speech: (half width × mouth width, top, bottom in head units from the
#: mouth line, teeth showing).
SPEAKING: dict[str, tuple[float, float, float, bool]] = {
    "small": (0.3, -0.006, 0.022, False),
    "open": (0.46, -0.014, 0.07, True),
    "wide": (0.62, -0.012, 0.04, True),
    "round": (0.24, -0.02, 0.05, False),
}


def face_outline(d: Design, turn: float = 0.0) -> Points:
    """The closed outline of skull and jaw."""
    f = d.face
    near, far = 1.0 + 0.04 * abs(turn), 1.0 - 0.1 * abs(turn)
    right = [
        (f.cheek * 0.55, -0.49),
        (f.cheek * 0.93, -0.34),
        (f.cheek, -0.12),
        (f.cheek * 0.97, 0.1),
        (f.jaw + 0.05, 0.27),
        (f.jaw, 0.36),
        (0.05 + (1 - f.point) * 0.09, f.chin - 0.025),
    ]
    pts = [(0.0, -0.52)] + right + [(0.0, f.chin)] + [(-x, y) for x, y in reversed(right)]
    arr = np.array(pts, dtype=np.float64)
    sign = 1.0 if turn >= 0 else -1.0
    scale = np.where(arr[:, 0] * sign < 0, near, far)  # the side turned away narrows
    arr[:, 0] *= scale
    low = np.clip((arr[:, 1] - 0.1) / 0.4, 0, 1)
    arr[:, 0] += turn * 0.05 * low  # the chin follows the gaze
    return smooth(arr, closed=True, n=6)


def draw_head(pen: Pen, d: Design, e: Expression, turn: float) -> None:
    """Ears, face and features (hair is drawn around it by the hair module)."""
    f = d.face
    skin_shadow = shade(f.skin, 0.3)
    for side in (-1, 1):
        ex = side * f.cheek * (1.0 - (0.1 if side * turn > 0 else -0.03) * abs(turn))
        ear = ellipse(ex, 0.06, 0.06, 0.1, n=20)
        pen.fill(ear, f.skin, shadow=skin_shadow, depth=0.02, width=0.8)
        pen.stroke(
            bezier((ex - side * 0.01, 0.02), (ex + side * 0.03, 0.05), (ex, 0.11), n=8), width=0.5
        )
    pen.fill(face_outline(d, turn), f.skin, shadow=skin_shadow, depth=0.05)
    shift = turn * 0.07
    for side in (-1, 1):
        _eye(pen, d, e, side, shift, turn)
        _brow(pen, d, e, side, shift)
    _nose(pen, d, shift, turn)
    if e.blush:
        blush(pen, d, shift)
    if f.lines:
        _age_lines(pen, d, shift)
    _mouth(pen, d, e, shift)
    if e.tears:
        tears(pen, d, e, shift)
    if d.glasses:
        glasses(pen, d, e, shift)


def _eye(pen: Pen, d: Design, e: Expression, side: int, shift: float, turn: float) -> None:
    f = d.face
    ew = f.eye_w * (1.0 - 0.12 * abs(turn) * (1 if side * turn < 0 else -0.3))
    eh = f.eye_h * e.open
    cx, cy = side * 0.175 + shift, EYE_Y
    xi, xo = cx - side * ew * 0.5, cx + side * ew * 0.55
    if e.eyes == "happy":
        arc = bezier((xi, cy + eh * 0.15), (cx, cy - eh * 0.9), (xo, cy + eh * 0.1), n=14)
        pen.taper(arc, width=2.6)
        return
    inner_y = cy + eh * 0.15 + e.slant * eh * 0.45
    outer_y = cy - eh * 0.05 - e.slant * eh * 0.2 + max(0.0, -e.slant) * eh * 0.55
    if e.blink >= 0.9:  # shut: the lash line curves down where the opening was
        shut = bezier((xi, inner_y), (cx - side * ew * 0.1, cy + eh * 0.42),
                      (cx + side * ew * 0.3, cy + eh * 0.4), (xo, outer_y), n=16)
        pen.taper(shut, width=2.8 if f.lashes else 2.2)
        pen.stroke(shut[3:-3] - (0, f.eye_h * 0.22), width=0.45)  # the lid's crease
        return
    lid = 1.0 - e.lid * 0.65
    top = bezier(
        (xi, inner_y),
        (cx - side * ew * 0.15, cy - eh * 0.85 * lid + e.slant * eh * 0.35),
        (cx + side * ew * 0.35, cy - eh * 0.8 * lid),
        (xo, outer_y),
        n=18,
    )
    if e.blink > 0:  # the upper lid on its way down, toward the lower one
        top[1:-1, 1] += (cy + eh * 0.45 - top[1:-1, 1]) * e.blink
    bottom = bezier(
        (xo, outer_y),
        (cx + side * ew * 0.2, cy + eh * 0.62),
        (cx - side * ew * 0.25, cy + eh * 0.55),
        (xi, inner_y),
        n=14,
    )
    opening = np.vstack([top, bottom])
    pen.fill(opening, (252, 252, 255), outline=False)
    # iris, pupil, shadow of the upper lid, highlights — all clipped to the opening
    look = (turn * 0.5 + e.look) * ew * 0.16
    ix, iy = cx + look, cy + f.eye_h * 0.05
    rx, ry = ew * 0.3 * e.iris, f.eye_h * 0.56 * max(e.iris, 0.55)
    iris_color = vivid(f.eye, 0.55, 1.4)
    pen.fill(ellipse(ix, iy, rx, ry, n=28), iris_color, outline=False, clip=opening)
    pen.fill(
        ellipse(ix, iy - ry * 0.35, rx, ry * 0.7, 180, 360, n=16),
        shade(f.eye, 0.1),
        outline=False,
        clip=opening,
    )
    pen.fill(
        ellipse(ix, iy + ry * 0.55, rx * 0.7, ry * 0.3, n=16),
        lighten(iris_color, 0.35),
        outline=False,
        clip=opening,
    )
    pen.fill(
        ellipse(ix, iy + ry * 0.05, rx * 0.45, ry * 0.5, n=20),
        mix(f.eye, INK, 0.7),
        outline=False,
        clip=opening,
    )
    if e.blink == 0:  # an unclipped ring: a lowered lid would not cover it
        pen.stroke(ellipse(ix, iy, rx, ry, n=28), closed=True, width=0.5,
                   color=mix(f.eye, INK, 0.6))
    band = np.vstack([top, (top + (0, eh * 0.22))[::-1]])
    pen.fill(band, (150, 150, 190), outline=False, clip=opening)
    if e.gloss >= 0:
        pen.fill(
            ellipse(ix - rx * 0.35, iy - ry * 0.3, rx * 0.36, ry * 0.28, n=16),
            WHITE,
            outline=False,
            clip=opening,
        )
        pen.fill(
            ellipse(ix + rx * 0.4, iy + ry * 0.35, rx * 0.15, rx * 0.15, n=10),
            WHITE,
            outline=False,
            clip=opening,
        )
    for k in range(e.gloss):
        pen.fill(
            ellipse(ix + rx * (0.1 - 0.4 * k), iy + ry * 0.45, rx * 0.22, ry * 0.1, n=10),
            WHITE,
            outline=False,
            clip=opening,
        )
    if e.gloss < 0:
        pen.fill(
            ellipse(ix - rx * 0.3, iy - ry * 0.25, rx * 0.13, rx * 0.13, n=10),
            WHITE,
            outline=False,
            clip=opening,
        )
    # lash line and lower lid
    pen.taper(top, width=3.0 if f.lashes else 2.2)
    if f.lashes:
        wing = np.array(
            [
                top[-3],
                (xo + side * ew * 0.16, outer_y - eh * 0.28),
                (xo + side * ew * 0.02, outer_y + eh * 0.05),
            ]
        )
        pen.fill(wing, INK, outline=False)
    pen.taper(bottom[:9], width=0.9)
    if e.lid > 0.2:  # heavy lid crease
        pen.stroke(top[3:-2] - (0, eh * 0.25), width=0.5)
    else:
        crease = top[4:-3] - (0, f.eye_h * 0.3)
        pen.stroke(crease, width=0.45)


def _brow(pen: Pen, d: Design, e: Expression, side: int, shift: float) -> None:
    f = d.face
    by = EYE_Y - f.eye_h * 0.85 - 0.065 - e.brow_raise * 0.6
    by -= e.brow_asym if side > 0 else 0.0
    if e.eyes == "happy":
        by -= 0.01
    cx = side * 0.18 + shift
    inner = (cx - side * f.eye_w * 0.5, by + 0.012 - e.brow_tilt * 0.05)
    outer = (cx + side * f.eye_w * 0.62, by + 0.02 + e.brow_tilt * 0.015)
    mid = (cx + side * f.eye_w * 0.15, by - 0.035 * f.arch - 0.012 - e.brow_tilt * 0.01)
    brow_color = mix(d.hair.color, INK, 0.55)
    pen.taper(bezier(inner, mid, outer, n=12), width=2.4 * f.brow, color=brow_color)


def _nose(pen: Pen, d: Design, shift: float, turn: float) -> None:
    x = shift * 1.1 + 0.01
    side = 1 if turn >= 0 else -1
    length = 0.05 if d.female else 0.08
    pen.stroke(
        bezier(
            (x + side * 0.015, 0.27 - length),
            (x + side * 0.03, 0.25),
            (x - side * 0.005, 0.275),
            n=8,
        ),
        width=0.7,
    )
    pen.fill(
        np.array([(x - side * 0.005, 0.275), (x + side * 0.03, 0.255), (x + side * 0.025, 0.28)]),
        shade(d.face.skin, 0.35),
        outline=False,
    )


def _age_lines(pen: Pen, d: Design, shift: float) -> None:
    color = shade(d.face.skin, 0.45)
    for side in (-1, 1):
        pen.stroke(
            bezier(
                (side * 0.08 + shift, 0.26),
                (side * 0.13 + shift, 0.31),
                (side * 0.12 + shift, 0.37),
                n=8,
            ),
            width=0.55,
            color=color,
        )
        pen.stroke(
            bezier(
                (side * 0.12 + shift, EYE_Y + 0.1),
                (side * 0.17 + shift, EYE_Y + 0.125),
                (side * 0.23 + shift, EYE_Y + 0.1),
                n=8,
            ),
            width=0.45,
            color=color,
        )


def _mouth(pen: Pen, d: Design, e: Expression, shift: float) -> None:
    mw = 0.11 if d.female else 0.13
    x, y = shift, MOUTH_Y
    dark, tongue = (110, 34, 46), (226, 112, 120)
    kind = e.mouth
    if e.viseme == "closed":
        kind = kind if kind in CLOSED_MOUTHS else "line"
    elif e.viseme:
        _speaking(pen, d, e.viseme, x, y, mw)
        return
    if kind == "line":
        pen.stroke(bezier((x - mw / 2, y), (x, y + 0.006), (x + mw / 2, y), n=8), width=0.9)
    elif kind == "soft":
        pen.stroke(
            bezier((x - mw / 2, y - 0.008), (x, y + 0.022), (x + mw / 2, y - 0.008), n=10),
            width=0.9,
        )
    elif kind == "firm":
        pen.taper(
            bezier((x - mw * 0.55, y + 0.01), (x, y - 0.004), (x + mw * 0.55, y + 0.01), n=10),
            width=1.5,
        )
    elif kind == "frown":
        pen.stroke(
            bezier((x - mw / 2, y + 0.018), (x, y - 0.014), (x + mw / 2, y + 0.018), n=10),
            width=0.9,
        )
    elif kind == "smirk":
        pen.stroke(
            bezier(
                (x - mw * 0.5, y + 0.01), (x + mw * 0.1, y + 0.02), (x + mw * 0.6, y - 0.03), n=10
            ),
            width=1.0,
        )
        pen.stroke(np.array([(x + mw * 0.58, y - 0.045), (x + mw * 0.66, y - 0.02)]), width=0.6)
    elif kind == "wobble":
        xs = np.linspace(x - mw * 0.55, x + mw * 0.55, 9)
        ys = y + 0.012 + np.where(np.arange(9) % 2 == 0, 0.0, -0.016)
        pen.stroke(np.stack([xs, ys], axis=1), width=0.85)
    elif kind in ("o", "small_o"):
        rx, ry = (mw * 0.3, 0.045) if kind == "o" else (mw * 0.2, 0.025)
        pen.fill(ellipse(x, y + 0.015, rx, ry, n=20), dark, width=0.8)
        pen.fill(
            ellipse(x, y + 0.015 + ry * 0.55, rx * 0.6, ry * 0.35, n=12), tongue, outline=False
        )
    elif kind in ("grin", "laugh"):
        tilt = 0.025 if kind == "laugh" else 0.0
        top = np.array([(x - mw * 0.7, y - 0.015 + tilt), (x + mw * 0.7, y - 0.015 - tilt)])
        under = bezier(
            (x + mw * 0.7, y - 0.015 - tilt),
            (x + mw * 0.4, y + 0.09),
            (x - mw * 0.4, y + 0.09),
            (x - mw * 0.7, y - 0.015 + tilt),
            n=14,
        )
        shape = np.vstack([top, under])
        pen.fill(shape, dark, outline=False)
        pen.fill(ellipse(x, y + 0.07, mw * 0.4, 0.03, n=16), tongue, outline=False, clip=shape)
        pen.fill(
            np.array(
                [
                    (x - mw * 0.6, y - 0.016 + tilt),
                    (x + mw * 0.6, y - 0.016 - tilt),
                    (x + mw * 0.55, y + 0.005 - tilt),
                    (x - mw * 0.55, y + 0.005 + tilt),
                ]
            ),
            WHITE,
            outline=False,
            clip=shape,
        )
        pen.stroke(shape, closed=True, width=0.9)
    elif kind == "grit":
        shape = np.array(
            [
                (x - mw * 0.7, y + 0.012),
                (x - mw * 0.5, y - 0.02),
                (x + mw * 0.5, y - 0.02),
                (x + mw * 0.7, y + 0.012),
                (x + mw * 0.5, y + 0.04),
                (x - mw * 0.5, y + 0.04),
            ]
        )
        pen.fill(shape, WHITE, width=0.9)
        pen.stroke(np.array([(x - mw * 0.62, y + 0.01), (x + mw * 0.62, y + 0.01)]), width=0.5)
        for k in np.linspace(-0.35, 0.35, 4):
            pen.stroke(np.array([(x + mw * k, y - 0.018), (x + mw * k, y + 0.038)]), width=0.4)
    elif kind == "shout":
        shape = np.vstack(
            [
                np.array([(x - mw * 0.65, y - 0.03), (x + mw * 0.65, y - 0.03)]),
                bezier(
                    (x + mw * 0.65, y - 0.03),
                    (x + mw * 0.5, y + 0.13),
                    (x - mw * 0.5, y + 0.13),
                    (x - mw * 0.65, y - 0.03),
                    n=14,
                ),
            ]
        )
        pen.fill(shape, dark, outline=False)
        pen.fill(ellipse(x, y + 0.1, mw * 0.38, 0.035, n=16), tongue, outline=False, clip=shape)
        pen.fill(
            np.array(
                [
                    (x - mw * 0.6, y - 0.03),
                    (x + mw * 0.6, y - 0.03),
                    (x + mw * 0.55, y - 0.005),
                    (x - mw * 0.55, y - 0.005),
                ]
            ),
            WHITE,
            outline=False,
            clip=shape,
        )
        pen.stroke(shape, closed=True, width=1.0)
    elif kind == "cry":
        top = np.stack(
            [
                np.linspace(x - mw * 0.6, x + mw * 0.6, 7),
                y + np.array([0.01, -0.01, 0.005, -0.012, 0.005, -0.01, 0.01]),
            ],
            axis=1,
        )
        under = bezier(
            (x + mw * 0.6, y + 0.01),
            (x + mw * 0.3, y + 0.07),
            (x - mw * 0.3, y + 0.07),
            (x - mw * 0.6, y + 0.01),
            n=12,
        )
        shape = np.vstack([top, under])
        pen.fill(shape, dark, width=0.85)
    if d.female and kind in ("line", "soft", "firm", "frown", "smirk"):
        pen.stroke(
            bezier((x - mw * 0.2, y + 0.03), (x, y + 0.036), (x + mw * 0.2, y + 0.03), n=6),
            width=0.4,
            color=d.face.lips,
        )


def _speaking(pen: Pen, d: Design, viseme: str, x: float, y: float, mw: float) -> None:
    """An open mouth of speech (``SPEAKING``), in the house style: dark inside, a tongue,
    the upper teeth when wide enough, inked round."""
    half, top, bottom, teeth = SPEAKING[viseme]
    dark, tongue = (110, 34, 46), (226, 112, 120)
    hw = mw * half
    if viseme in ("small", "round"):
        shape = ellipse(x, y + (top + bottom) / 2, hw, (bottom - top) / 2, n=24)
    else:
        shape = np.vstack([
            bezier((x - hw, y + top * 0.4), (x, y + top * 1.6), (x + hw, y + top * 0.4), n=10),
            bezier((x + hw, y + top * 0.4), (x + hw * 0.55, y + bottom),
                   (x - hw * 0.55, y + bottom), (x - hw, y + top * 0.4), n=14),
        ])
    pen.fill(shape, dark, outline=False)
    if bottom - top > 0.03:
        pen.fill(ellipse(x, y + bottom - (bottom - top) * 0.22, hw * 0.55, (bottom - top) * 0.22,
                         n=16), tongue, outline=False, clip=shape)
    if teeth:
        pen.fill(np.array([(x - hw, y + top - 0.01), (x + hw, y + top - 0.01),
                           (x + hw, y + top + (bottom - top) * 0.2),
                           (x - hw, y + top + (bottom - top) * 0.2)]),
                 WHITE, outline=False, clip=shape)
    pen.stroke(shape, closed=True, width=0.85)
    if d.female:
        pen.stroke(bezier((x - hw * 0.5, y + bottom + 0.012), (x, y + bottom + 0.02),
                          (x + hw * 0.5, y + bottom + 0.012), n=6), width=0.4, color=d.face.lips)
