"""Heads in profile: the nose, lips and chin on the contour, one eye, the ear, the hair.

Drawn facing right in head space (centre (0, 0), crown −0.5, chin +0.5) and mirrored
for a profile facing left. The expression table is the front view's: eye opening, lid,
slant, brows and the mouth's kind become their side-view shapes.
"""

from __future__ import annotations

import numpy as np

from microdrama.providers.offline.painter.design import PERIOD_TIES, Design
from microdrama.providers.offline.painter.expressions import Expression
from microdrama.providers.offline.painter.hair import hair_colors, hair_radius
from microdrama.providers.offline.painter.ink import (
    INK,
    WHITE,
    Pen,
    Points,
    bezier,
    ellipse,
    mix,
    shade,
    smooth,
    vivid,
)
from microdrama.providers.offline.painter.period_hair import draw_period_profile

TEAR = (150, 205, 240)
MOUTH_OPEN = {"o": 0.05, "small_o": 0.03, "shout": 0.09, "grin": 0.05, "laugh": 0.07,
              "cry": 0.05, "grit": 0.03}


def _face(d: Design) -> Points:
    """The skin outline facing right: forehead, nose, lips, chin, jaw, back to the ear."""
    nose = 0.1 if not d.female else 0.075
    chin = d.face.chin
    pts = [(-0.05, -0.42), (0.22, -0.4), (0.33, -0.22), (0.36, -0.02), (0.345, 0.07),
           (0.36 + nose, 0.22), (0.37, 0.27), (0.385, 0.32), (0.36, 0.362), (0.375, 0.4),
           (0.33, chin - 0.05), (0.27, chin), (0.1, chin - 0.02), (-0.06, 0.36),
           (-0.13, 0.12), (-0.12, -0.2)]
    return smooth(pts, closed=True, n=6)


def _m(points: Points | list[tuple[float, float]], side: int) -> Points:
    out = np.array(points, dtype=np.float64)
    out[:, 0] *= side
    return out


def draw_profile_hair_back(pen: Pen, d: Design, side: int) -> None:
    """Long hair and ponytails hanging behind a profile (drawn before the body)."""
    h = d.hair
    base, dark, _ = hair_colors(d)
    back = shade(base, 0.2)
    if h.tie == "ponytail":
        tail = smooth([(-0.3, -0.4), (-0.55, -0.3), (-0.72, 0.2), (-0.7, 0.9), (-0.6, 1.3),
                       (-0.52, 0.85), (-0.5, 0.2), (-0.32, -0.15)], n=6)
        pen.fill(_m(tail, side), back, shadow=dark, depth=0.06)
        return
    if h.tie in ("bun", "crown", *PERIOD_TIES) or h.length in ("buzz", "short"):
        return
    bottom = {"long": 2.0, "shoulder": 0.95, "bob": 0.45}[h.length]
    mass = smooth([(-0.2, -0.45), (-0.55, -0.2), (-0.62, 0.4), (-0.6, bottom),
                   (-0.4, bottom + 0.04), (-0.22, bottom - 0.05), (-0.08, 0.5),
                   (-0.05, 0.0)], n=6)
    pen.fill(_m(mass, side), back, shadow=dark, depth=0.1)


def draw_profile_head(pen: Pen, d: Design, e: Expression, side: int) -> None:
    """Neck, skull, face, eye, brow, mouth, ear and hair of a head in profile."""
    f = d.face
    skin, skin_dark = f.skin, shade(f.skin, 0.3)
    neck = np.array([(-0.2, 0.22), (0.14, 0.4), (0.16, 0.86), (-0.22, 0.86)])
    pen.fill(_m(neck, side), skin, width=0.9)
    pen.fill(_m(bezier((-0.15, 0.3), (0.02, 0.55), (0.1, 0.44), n=8), side), skin_dark,
             outline=False)
    # the shoulders slope up to the neck: the garment's collar, or bare skin
    top = f.skin if d.outfit.kind in ("dress", "gown") else d.outfit.outer
    slope = np.array([(-0.3, 0.95), (-0.26, 0.8), (-0.12, 0.72), (0.2, 0.76), (0.3, 0.9),
                      (0.32, 1.0)])
    pen.fill(_m(smooth(slope, closed=False, n=5), side), top, shadow=shade(top, 0.3),
             depth=0.05, outline=False)
    collar = np.array([(-0.3, 0.8), (-0.12, 0.72), (0.2, 0.76), (0.34, 0.9)])
    pen.stroke(_m(smooth(collar, closed=False, n=5), side), width=0.8)
    pen.fill(_m(_face(d), side), skin, shadow=skin_dark, depth=0.04)
    _eye(pen, d, e, side)
    by = -0.035 - e.brow_raise * 0.6 + e.brow_tilt * 0.01
    brow = bezier((0.18, by + 0.01), (0.25, by - 0.03 * f.arch - 0.01), (0.33, by + 0.005 -
                                                                         e.brow_tilt * 0.03), n=10)
    pen.taper(_m(brow, side), width=2.4 * f.brow, color=mix(d.hair.color, INK, 0.55))
    _mouth(pen, d, e, side)
    if e.blush:
        pen.fill(_m(ellipse(0.23, 0.24, 0.07, 0.028, n=16), side),
                 mix(skin, (240, 110, 130), 0.45), outline=False)
    if f.lines:
        pen.stroke(_m(bezier((0.3, 0.26), (0.27, 0.31), (0.29, 0.37), n=8), side), width=0.5,
                   color=shade(skin, 0.45))
    ear = ellipse(-0.05, 0.08, 0.065, 0.105, n=20)
    pen.fill(_m(ear, side), skin, shadow=skin_dark, depth=0.02, width=0.8)
    pen.stroke(_m(bezier((-0.03, 0.03), (-0.08, 0.07), (-0.04, 0.13), n=8), side), width=0.5)
    if d.earrings is not None:
        pen.fill(_m(ellipse(-0.04, 0.21, 0.03, 0.03, n=12), side), d.earrings, width=0.5)
    _hair(pen, d, side)
    if d.glasses:
        frame = (60, 50, 46) if d.age >= 40 else INK
        pen.stroke(_m(smooth([(0.19, 0.04), (0.33, 0.04), (0.33, 0.17), (0.2, 0.17)], n=5),
                      side), closed=True, width=0.9, color=frame)
        pen.stroke(_m(np.array([(0.19, 0.08), (-0.02, 0.06)]), side), width=0.8, color=frame)
    if e.tears:
        pen.fill(_m(np.vstack([bezier((0.22, 0.16), (0.2, 0.26), (0.23, 0.36), n=8),
                               bezier((0.26, 0.36), (0.26, 0.26), (0.25, 0.16), n=8)]), side),
                 TEAR, width=0.5)
    if e.sweat:
        drop = np.vstack([[(-0.2, -0.3)], ellipse(-0.2, -0.15, 0.045, 0.05, -25, 205, n=14)])
        pen.fill(_m(drop, side), (200, 232, 250), shadow=(140, 190, 230), depth=0.015, width=0.7)
    if e.vein:
        pen.taper(_m(ellipse(0.12, -0.3, 0.05, 0.05, 120, 240, n=10), side), width=1.8,
                  color=(200, 30, 40))


#: Mouth openings of speech shapes (the face's moving states, when the expression
#: carries one): how far the lips part in profile.
VISEME_OPEN = {"closed": 0.0, "small": 0.025, "open": 0.075, "wide": 0.04, "round": 0.055}


def _eye(pen: Pen, d: Design, e: Expression, side: int) -> None:
    f = d.face
    blink = float(getattr(e, "blink", 0.0))  # a moving state: the lid comes down
    h = f.eye_h * e.open * 0.9 * (1.0 - blink)
    cx, cy = 0.26, 0.1
    if blink >= 0.9:
        pen.taper(_m(bezier((0.19, cy + 0.01), (0.25, cy + 0.035), (0.31, cy + 0.005), n=10),
                     side), width=2.4)
        return
    if e.eyes == "happy":
        pen.taper(_m(bezier((0.19, cy + 0.01), (0.25, cy - h * 0.6), (0.31, cy + 0.02), n=10),
                     side), width=2.6)
        return
    lid = 1.0 - e.lid * 0.6
    top = bezier((0.19, cy - h * 0.1), (0.23, cy - h * 0.75 * lid + e.slant * h * 0.2),
                 (0.31, cy - h * 0.3 * lid), n=12)
    bottom = bezier((0.31, cy - h * 0.3 * lid), (0.3, cy + h * 0.35), (0.2, cy + h * 0.35), n=10)
    opening = np.vstack([top, bottom])
    pen.fill(_m(opening, side), (252, 252, 255), outline=False)
    rx, ry = 0.035 * e.iris, f.eye_h * 0.5 * max(e.iris, 0.55)
    ix = cx + 0.015 + e.look * 0.0
    pen.fill(_m(ellipse(ix, cy + 0.01, rx, ry, n=20), side), vivid(f.eye, 0.55, 1.4),
             outline=False, clip=_m(opening, side))
    pen.fill(_m(ellipse(ix + 0.005, cy + 0.015, rx * 0.55, ry * 0.5, n=14), side),
             mix(f.eye, INK, 0.7), outline=False, clip=_m(opening, side))
    if e.gloss >= 0:
        pen.fill(_m(ellipse(ix - 0.01, cy - ry * 0.3, rx * 0.4, ry * 0.25, n=10), side), WHITE,
                 outline=False, clip=_m(opening, side))
    pen.taper(_m(top, side), width=3.0 if f.lashes else 2.2)
    if f.lashes:
        pen.fill(_m(np.array([top[-3], (0.34, cy - h * 0.55), (0.32, cy - h * 0.2)]), side),
                 INK, outline=False)
    pen.taper(_m(bottom[3:], side), width=0.8)


def _mouth(pen: Pen, d: Design, e: Expression, side: int) -> None:
    y = 0.365
    viseme = str(getattr(e, "viseme", ""))  # a speech shape overrides the emotion's mouth
    opening = VISEME_OPEN.get(viseme, 0.0) if viseme else MOUTH_OPEN.get(e.mouth, 0.0)
    lips = d.face.lips if d.female else shade(d.face.skin, 0.35)
    if opening:
        shape = np.array([(0.365, y - opening * 0.45), (0.3, y - 0.005), (0.365, y + opening * 0.55)])
        pen.fill(_m(shape, side), (110, 34, 46), width=0.7)
        return
    end = {"smirk": -0.02, "smiling": -0.015, "frown": 0.02, "wobble": 0.01}.get(e.mouth, 0.004)
    pen.stroke(_m(bezier((0.37, y), (0.34, y + 0.004), (0.3, y + end), n=6), side), width=0.8)
    if d.female:
        pen.stroke(_m(np.array([(0.375, y + 0.025), (0.35, y + 0.03)]), side), width=0.5,
                   color=lips)


def _hair(pen: Pen, d: Design, side: int) -> None:
    """The hair over the skull: from the fringe over the crown to the nape."""
    h = d.hair
    base, dark, light = hair_colors(d)
    r = hair_radius(d)
    if h.length == "buzz":
        fuzz = mix(base, d.face.skin, 0.35)
        crop = smooth([(0.28, -0.28), (0.05, -0.52), (-0.35, -0.42), (-0.48, -0.05),
                       (-0.36, 0.3), (-0.14, 0.0), (0.1, -0.2)], n=6)
        pen.fill(_m(crop, side), fuzz, shadow=shade(fuzz, 0.3), depth=0.05, width=0.8)
        return
    fringe_tip = {"blunt": (0.35, -0.1), "parted": (0.3, -0.22), "swept": (0.36, -0.06),
                  "slicked": (0.27, -0.33), "spiky": (0.38, -0.2), "tousled": (0.37, -0.1),
                  "neat": (0.32, -0.2)}.get(h.fringe, (0.3, -0.2))
    nape = 0.26 if h.length == "short" or h.tie in ("ponytail", "bun", "crown", *PERIOD_TIES) \
        else 0.42
    lift = 0.05 if h.undercut or h.fringe in ("slicked", "spiky") else 0.0
    cap = [fringe_tip, (fringe_tip[0] - 0.05, fringe_tip[1] - 0.1), (0.2, -0.47 - lift),
           (-0.08, -0.56 - lift), (-0.36, -0.44), (-r - 0.04, -0.12), (-0.44, 0.12),
           (-0.34, nape), (-0.22, nape - 0.06), (-0.16, 0.1), (-0.1, -0.05), (0.06, -0.14),
           (0.16, -0.2)]
    shape = smooth(cap, n=6)
    pen.fill(_m(shape, side), base, shadow=dark, depth=0.07)
    if h.fringe in ("spiky", "tousled"):
        for k in range(3):
            x0 = 0.28 - k * 0.16
            spike = np.array([(x0, -0.4 + k * 0.02), (x0 + 0.12, -0.52 - lift), (x0 - 0.04, -0.46)])
            pen.fill(_m(spike, side), base, width=0.8)
    for a0 in (205, 240, 275):  # shine
        a = np.radians(np.linspace(a0, a0 + 22, 6))
        outer = np.stack([r * 0.8 * np.cos(a) - 0.06, -0.2 + 0.32 * np.sin(a)], axis=1)
        pen.fill(_m(np.vstack([outer, outer[::-1] + (0.0, 0.035)]), side), light, outline=False)
    for k, (x, y) in enumerate(((0.05, -0.42), (-0.15, -0.45), (-0.3, -0.3))):
        pen.stroke(_m(bezier((x, y), (x - 0.1, y + 0.15), (x - 0.12 - 0.05 * k, y + 0.35), n=8),
                      side), width=0.45)
    if h.tie in PERIOD_TIES:
        draw_period_profile(pen, d, side, base, dark)
    if h.tie == "bun":
        pen.fill(_m(ellipse(-0.46, -0.12, 0.16, 0.15, n=20), side), base, shadow=dark, depth=0.04)
    if h.tie == "ponytail":
        pen.fill(_m(ellipse(-0.34, -0.3, 0.05, 0.04, n=12), side), d.outfit.accent, width=0.6)
    if h.streaks:
        pen.taper(_m(bezier((0.1, -0.5), (-0.1, -0.45), (-0.3, -0.2), n=10), side), width=1.8,
                  color=(206, 206, 212))
