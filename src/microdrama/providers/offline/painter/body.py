"""Bodies and clothes: neck, torso, arms, legs, garments and worn props.

Head-height units, head centre at the origin; an adult stands about 7 heads tall
(shoulders at y ≈ 0.85, waist 2.35, hips 2.95, feet 6.6).
"""

from __future__ import annotations

import numpy as np

from microdrama.providers.offline.painter.design import ROBE_KINDS, Design
from microdrama.providers.offline.painter.ink import (
    INK,
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
from microdrama.providers.offline.painter.props import draw_props

SHOULDER_Y = 0.86
WAIST_Y = 2.35
HIP_Y = 2.95
FOOT_Y = 6.6
GOLD: Color = (222, 180, 70)


def dims(d: Design) -> tuple[float, float, float, float]:
    """Shoulder, chest, waist and hip half-widths."""
    if d.female:
        return 0.7, 0.62, 0.46, 0.62
    return 0.9, 0.78, 0.64, 0.66


def torso(d: Design) -> Points:
    """The torso silhouette (garment outline from neck to hip)."""
    s, c, w, hp = dims(d)
    right = [
        (0.2, 0.7),
        (s * 0.7, 0.8),
        (s, 0.92),
        (s + 0.04, 1.15),
        (c, 1.6),
        (w, WAIST_Y),
        (hp, HIP_Y),
        (hp * 0.6, HIP_Y + 0.12),
    ]
    pts = right + [(-x, y) for x, y in reversed(right)]
    return smooth(pts, n=5)


def draw_body(pen: Pen, d: Design, legs: bool) -> None:
    """Neck, legs, torso with garment, arms; props that sit on the body."""
    draw_neck(pen, d)
    if legs:
        draw_legs(pen, d)
    draw_torso(pen, d, legs)
    _arms(pen, d)
    draw_props(pen, d)


def draw_neck(pen: Pen, d: Design) -> None:
    """The neck and the chin's shadow on it."""
    skin, skin_dark = d.face.skin, shade(d.face.skin, 0.3)
    neck_w = 0.12 if d.female else 0.15
    neck = np.array([(-neck_w, 0.2), (neck_w, 0.2), (neck_w + 0.02, 0.86), (-neck_w - 0.02, 0.86)])
    pen.fill(neck, skin, outline=True)
    pen.fill(
        np.vstack(
            [
                bezier((-neck_w, 0.3), (0.0, 0.52), (neck_w, 0.3), n=10),
                [(neck_w, 0.2), (-neck_w, 0.2)],
            ]
        ),
        skin_dark,
        outline=False,
    )


def draw_torso(pen: Pen, d: Design, legs: bool) -> None:
    """Torso and garment (a coat's skirts too when the legs show)."""
    o = d.outfit
    if o.kind in ROBE_KINDS:
        from microdrama.providers.offline.painter.robes import draw_robe_top

        draw_robe_top(pen, d)
        return
    body = torso(d)
    top = o.outer
    if o.kind in ("dress", "gown"):
        _dress_top(pen, d, body)
    else:
        pen.fill(body, top, shadow=shade(top, 0.32), depth=0.12, tone=True)
        _garment(pen, d)
    if o.kind in ("coat", "suit", "jacket") and legs:
        _hem(pen, d)


def draw_legs(pen: Pen, d: Design) -> None:
    """Standing legs, shoes and skirts."""
    o = d.outfit
    if o.kind in ROBE_KINDS:
        from microdrama.providers.offline.painter.robes import draw_robe_skirt

        draw_robe_skirt(pen, d)
        return
    _, _, w, hp = dims(d)
    shoe = INK if not d.female else mix(o.accent, INK, 0.3)
    if o.skirt == "floor" or o.kind == "qipao":
        hem = FOOT_Y - (0.25 if o.kind == "qipao" else 0.0)
        flare = 0.42 if o.kind == "gown" else 0.12
        skirt = smooth(
            [
                (w, WAIST_Y),
                (hp + 0.05, HIP_Y),
                (hp + flare, hem),
                (0.0, hem + 0.08),
                (-hp - flare, hem),
                (-hp - 0.05, HIP_Y),
                (-w, WAIST_Y),
            ],
            n=6,
        )
        if o.kind == "qipao":
            for x in (-0.16, 0.16):
                pen.fill(ellipse(x, FOOT_Y - 0.1, 0.1, 0.2, n=14), d.face.skin, width=0.8)
            for x in (-0.16, 0.16):
                pen.fill(ellipse(x, FOOT_Y + 0.02, 0.12, 0.06, n=14), shoe, width=0.8)
        pen.fill(skirt, o.outer, shadow=shade(o.outer, 0.32), depth=0.2, tone=True)
        if o.kind == "qipao":
            pen.stroke(np.array([(hp * 0.7, 4.6), (hp + 0.08, hem)]), width=0.9)
        else:
            for x in (-0.3, 0.0, 0.3):
                pen.stroke(bezier((x * 0.4, 3.2), (x * 0.9, 4.8), (x * 1.6, hem), n=8), width=0.5)
        return
    if o.skirt == "knee":
        for side in (-1, 1):
            leg = np.array(
                [
                    (side * 0.05, 4.0),
                    (side * 0.3, 4.0),
                    (side * 0.24, FOOT_Y - 0.05),
                    (side * 0.1, FOOT_Y - 0.05),
                ]
            )
            pen.fill(leg, d.face.skin, shadow=shade(d.face.skin, 0.3), depth=0.06, width=0.8)
            pen.fill(ellipse(side * 0.18, FOOT_Y, 0.12, 0.06, n=14), shoe, width=0.8)
        skirt = smooth(
            [
                (w, WAIST_Y),
                (hp + 0.02, HIP_Y),
                (hp + 0.12, 4.25),
                (0, 4.3),
                (-hp - 0.12, 4.25),
                (-hp - 0.02, HIP_Y),
                (-w, WAIST_Y),
            ],
            n=5,
        )
        pen.fill(skirt, o.outer, shadow=shade(o.outer, 0.32), depth=0.14, tone=True)
        return
    trousers = o.bottom
    for side in (-1, 1):
        leg = np.array(
            [
                (side * 0.02, HIP_Y),
                (side * hp, HIP_Y - 0.1),
                (side * (hp - 0.08), 4.8),
                (side * (hp - 0.14), FOOT_Y - 0.06),
                (side * 0.08, FOOT_Y - 0.06),
                (side * 0.04, 3.4),
            ]
        )
        pen.fill(leg, trousers, shadow=shade(trousers, 0.32), depth=0.1, tone=True)
        pen.fill(ellipse(side * (hp * 0.55), FOOT_Y, hp * 0.4, 0.08, n=16), shoe, width=0.8)


def _dress_top(pen: Pen, d: Design, body: Points) -> None:
    o = d.outfit
    skin = d.face.skin
    pen.fill(body, skin, shadow=shade(skin, 0.3), depth=0.08)  # bare shoulders and arms
    _, c, w, hp = dims(d)
    bodice = smooth(
        [
            (c * 0.95, 1.25),
            (c * 0.5, 1.12),
            (0.0, 1.32),
            (-c * 0.5, 1.12),
            (-c * 0.95, 1.25),
            (-c * 0.98, 1.6),
            (-w, WAIST_Y),
            (-hp, HIP_Y),
            (hp, HIP_Y),
            (w, WAIST_Y),
            (c * 0.98, 1.6),
        ],
        n=5,
    )
    pen.fill(bodice, o.outer, shadow=shade(o.outer, 0.32), depth=0.12, tone=True)
    for side in (-1, 1):  # thin straps
        pen.stroke(
            np.array([(side * 0.42, 0.82), (side * c * 0.75, 1.16)]), width=1.6, color=o.outer
        )
    pen.stroke(
        bezier((-w, WAIST_Y), (0, WAIST_Y + 0.05), (w, WAIST_Y), n=10), width=1.4, color=o.accent
    )


def _garment(pen: Pen, d: Design) -> None:
    o = d.outfit
    if o.kind == "qipao":
        pen.fill(
            np.array([(-0.17, 0.6), (0.17, 0.6), (0.19, 0.82), (-0.19, 0.82)]), o.accent, width=0.8
        )
        pen.stroke(bezier((0.0, 0.82), (0.25, 0.95), (0.5, 1.25), n=10), width=1.6, color=o.accent)
        for y in (0.95, 1.1):
            pen.stroke(
                np.array([(0.18 + (y - 0.95), y), (0.3 + (y - 0.95), y)]), width=1.0, color=o.accent
            )
        return
    if o.kind in ("tee", "jacket"):
        tee = o.inner
        neck = np.vstack([ellipse(0, 0.72, 0.25, 0.2, 0, 180, n=14), [(-0.25, 0.72)]])
        if o.kind == "jacket":
            opening = np.array([(-0.26, 0.75), (0.26, 0.75), (0.2, HIP_Y), (-0.2, HIP_Y)])
            pen.fill(opening, tee, shadow=shade(tee, 0.25), depth=0.06)
            pen.fill(neck, d.face.skin, width=0.8)
            for side in (-1, 1):
                collar = np.array(
                    [
                        (side * 0.2, 0.7),
                        (side * 0.5, 0.82),
                        (side * 0.34, 1.15),
                        (side * 0.24, 0.95),
                    ]
                )
                pen.fill(collar, lighten(o.outer, 0.15), width=0.9)
                pen.stroke(np.array([(side * 0.26, 1.0), (side * 0.3, HIP_Y)]), width=0.9)
                pocket = np.array(
                    [(side * 0.4, 1.45), (side * 0.62, 1.45), (side * 0.6, 1.7), (side * 0.41, 1.7)]
                )
                pen.stroke(pocket, closed=True, width=0.6, color=lighten(o.outer, 0.4))
        else:
            pen.fill(neck, d.face.skin, width=0.8)
        return
    if o.kind == "blouse":
        pen.fill(
            np.vstack([ellipse(0, 0.7, 0.16, 0.28, 0, 180, n=12), [(-0.16, 0.7)]]),
            d.face.skin,
            width=0.8,
        )
        for side in (-1, 1):
            collar = np.array(
                [(side * 0.05, 0.98), (side * 0.2, 0.7), (side * 0.42, 0.82), (side * 0.3, 1.05)]
            )
            pen.fill(collar, o.inner, shadow=shade(o.inner, 0.2), depth=0.03, width=0.8)
        for y in (1.3, 1.65, 2.0):
            pen.dot(0.0, y, 0.025, o.inner)
        pen.stroke(np.array([(0, 1.0), (0, HIP_Y)]), width=0.5)
        return
    # suits and coats: shirt V, optional vest and tie, lapels
    v_bottom = 1.85 if o.kind == "suit" else 1.7
    shirt = np.array([(-0.24, 0.72), (0.24, 0.72), (0.0, v_bottom)])
    pen.fill(shirt, o.inner, shadow=shade(o.inner, 0.2), depth=0.05, outline=False)
    if o.open_collar:
        pen.fill(np.array([(-0.12, 0.72), (0.12, 0.72), (0.0, 1.15)]), d.face.skin, outline=False)
    if o.vest:
        vest_color = mix(o.outer, INK, 0.15)
        for side in (-1, 1):
            pen.fill(
                np.array(
                    [
                        (side * 0.2, 0.9),
                        (side * 0.01, v_bottom + 0.1),
                        (side * 0.01, 2.3),
                        (side * 0.28, 2.3),
                    ]
                ),
                vest_color,
                width=0.7,
            )
    if o.tie:
        tie = np.array(
            [(0.0, 0.8), (0.06, 0.86), (0.045, 1.6), (0.0, 1.72), (-0.045, 1.6), (-0.06, 0.86)]
        )
        tie_color = o.tie_color
        pen.fill(tie, tie_color, shadow=shade(tie_color, 0.3), depth=0.03, width=0.8)
        pen.fill(
            np.array([(-0.06, 0.75), (0.06, 0.75), (0.045, 0.86), (-0.045, 0.86)]),
            tie_color,
            width=0.8,
        )
    for side in (-1, 1):
        collar = np.array([(side * 0.12, 0.7), (side * 0.26, 0.68), (side * 0.2, 0.9)])
        pen.fill(collar, o.inner, width=0.7)
        lapel = np.array(
            [
                (side * 0.24, 0.7),
                (side * 0.42, 0.8),
                (side * 0.38, 1.02),
                (side * 0.46, 1.08),
                (side * 0.08, v_bottom + 0.02),
                (side * 0.02, v_bottom),
            ]
        )
        pen.fill(lapel, lighten(o.outer, 0.1), shadow=shade(o.outer, 0.2), depth=0.04, width=0.9)
    for y in (2.05, 2.45):
        pen.dot(0.05, y, 0.028, mix(o.outer, INK, 0.5))
    if o.belt:
        _, _, w, _ = dims(d)
        belt = np.array(
            [
                (-w - 0.02, WAIST_Y - 0.08),
                (w + 0.02, WAIST_Y - 0.08),
                (w + 0.02, WAIST_Y + 0.06),
                (-w - 0.02, WAIST_Y + 0.06),
            ]
        )
        pen.fill(belt, shade(o.outer, 0.25), width=0.8)
        pen.fill(
            np.array(
                [
                    (-0.08, WAIST_Y - 0.1),
                    (0.08, WAIST_Y - 0.1),
                    (0.08, WAIST_Y + 0.08),
                    (-0.08, WAIST_Y + 0.08),
                ]
            ),
            GOLD,
            width=0.7,
        )


def _hem(pen: Pen, d: Design) -> None:
    """Coat and jacket skirts below the hip line."""
    o = d.outfit
    _, _, _, hp = dims(d)
    low = 4.3 if o.kind == "coat" else HIP_Y + 0.35
    for side in (-1, 1):
        flap = np.array(
            [
                (side * 0.02, HIP_Y),
                (side * (hp + 0.02), HIP_Y - 0.05),
                (side * (hp + 0.1), low),
                (side * 0.1, low),
            ]
        )
        pen.fill(flap, o.outer, shadow=shade(o.outer, 0.32), depth=0.1, tone=True)


def _arms(pen: Pen, d: Design) -> None:
    o = d.outfit
    if o.kind in ROBE_KINDS:
        from microdrama.providers.offline.painter.robes import draw_front_arms

        draw_front_arms(pen, d)
        return
    s, c, w, hp = dims(d)
    skin = d.face.skin
    bare = o.kind in ("dress", "gown")
    for side in (-1, 1):
        x = side * (s + 0.02)
        upper = smooth(
            [
                (x - side * 0.14, 1.05),
                (x + side * 0.04, 0.95),
                (x + side * 0.13, 1.6),
                (x + side * 0.12, 2.2),
                (x + side * 0.1, 3.05),
                (x - side * 0.1, 3.05),
                (x - side * 0.08, 2.2),
                (x - side * 0.16, 1.5),
            ],
            n=5,
        )
        sleeve = skin if bare else (o.inner if o.kind == "blouse" else o.outer)
        if o.kind == "blouse":
            sleeve = o.outer
        pen.fill(upper, sleeve, shadow=shade(sleeve, 0.3), depth=0.06, tone=not bare)
        if o.gloves:
            glove = np.array(
                [
                    (x - side * 0.1, 2.1),
                    (x + side * 0.12, 2.1),
                    (x + side * 0.1, 3.05),
                    (x - side * 0.1, 3.05),
                ]
            )
            pen.fill(glove, o.accent, shadow=shade(o.accent, 0.3), depth=0.04, width=0.8)
        if not bare and o.kind != "qipao":
            pen.fill(
                np.array(
                    [
                        (x - side * 0.11, 2.92),
                        (x + side * 0.11, 2.92),
                        (x + side * 0.1, 3.06),
                        (x - side * 0.1, 3.06),
                    ]
                ),
                o.inner,
                width=0.6,
            )
        if o.kind == "qipao":
            pen.fill(
                np.array(
                    [
                        (x - side * 0.15, 1.55),
                        (x + side * 0.14, 1.55),
                        (x + side * 0.11, 3.05),
                        (x - side * 0.1, 3.05),
                    ]
                ),
                skin,
                shadow=shade(skin, 0.3),
                depth=0.04,
                width=0.8,
            )
            pen.stroke(
                np.array([(x - side * 0.15, 1.55), (x + side * 0.14, 1.55)]),
                width=1.4,
                color=o.accent,
            )
        hand_color = o.accent if o.gloves else skin
        pen.fill(
            ellipse(x, 3.2, 0.1, 0.16, n=16),
            hand_color,
            shadow=shade(hand_color, 0.3),
            depth=0.03,
            width=0.8,
        )
        if side < 0 and d.watch:
            pen.fill(
                np.array([(x - 0.1, 2.95), (x + 0.1, 2.95), (x + 0.1, 3.03), (x - 0.1, 3.03)]),
                GOLD,
                width=0.6,
            )
        if side > 0 and d.bracelet is not None:
            pen.fill(ellipse(x, 3.0, 0.11, 0.035, n=14), d.bracelet, width=0.6)
