"""Period robes (``design.ROBE_KINDS``, dressed by ``costume``): a cross collar, wide
sleeves, a sash or a belt, a skirt to the feet.

The collar crosses left over right (右衽): seen from the front, the top panel's edge runs
from the neck on the screen's right down across the chest to the other side, the white
inner robe showing in the V. A woman's robe is tied high (襦裙) and falls to the floor;
a man's (长袍) is belted at the waist and stops above his boots. A court robe adds
trim at the collar, cuffs and hem, a belt with plaques and, when its words name a
dragon, a roundel on the chest. Sleeves widen from the elbow and hang below the wrist.
Drawn in the painter's style: Pen fills in head-height units, head centre at the origin.
"""

from __future__ import annotations

import numpy as np

from microdrama.providers.offline.painter.arms import ArmPose, Joints, capsule, draw_arm, rest
from microdrama.providers.offline.painter.body import FOOT_Y, HIP_Y, WAIST_Y, dims
from microdrama.providers.offline.painter.design import Design
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


def sash_y(d: Design) -> float:
    """Where the sash sits: high on a woman's robe, at the waist on a man's."""
    return WAIST_Y - 0.3 if d.female else WAIST_Y - 0.02


def hem_of(d: Design) -> tuple[float, float]:
    """The standing hem's height and how far it flares past the hips."""
    if d.female:
        return FOOT_Y - 0.02, {"court": 0.44, "maid": 0.24}.get(d.outfit.kind, 0.34)
    return FOOT_Y - 0.3, {"court": 0.3, "maid": 0.14}.get(d.outfit.kind, 0.2)


def pose_hem(d: Design, pose: str, ground: float) -> tuple[float, float]:
    """A kneeling, sitting or walking figure's hem and flare (``poses``)."""
    hem, flare = hem_of(d)
    if pose == "sit":
        return ground - (0.08 if d.female else 0.3), flare * 0.7
    if pose == "kneel":
        return ground, flare
    if pose == "walk":
        return hem - 0.12, flare * 0.6
    return hem, flare - 0.25 if pose == "profile" else flare


def legs_color(d: Design) -> Color:
    """What shows of the legs under a robe: trousers and boots."""
    return mix(d.outfit.outer, INK, 0.65)


def _band(a: Points, b: Points) -> Points:
    """The strip between two curves drawn the same way."""
    return np.vstack([a, b[::-1]])


def _offset(curve: Points, amount: float) -> Points:
    """``curve`` moved sideways by ``amount`` (to its left as it runs, screen coords)."""
    d = np.gradient(curve, axis=0)
    n = np.stack([d[:, 1], -d[:, 0]], axis=1)
    n /= np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-9)
    return curve + n * amount


def draw_robe_skirt(pen: Pen, d: Design) -> None:
    """The robe below the waist, standing (front and back views): one garment to the
    feet, boots or shoe tips under it."""
    o = d.outfit
    _, _, w, hp = dims(d)
    hem, flare = hem_of(d)
    shoe = mix(o.trim, INK, 0.35) if d.female else mix(o.outer, INK, 0.8)
    if not d.female:
        for side in (-1, 1):  # boots under a man's robe
            boot = np.array([(side * 0.06, hem - 0.2), (side * 0.34, hem - 0.2),
                             (side * 0.36, FOOT_Y), (side * 0.04, FOOT_Y)])
            pen.fill(boot, shoe, shadow=shade(shoe, 0.3), depth=0.04, width=0.8)
            pen.fill(ellipse(side * 0.22, FOOT_Y, 0.2, 0.07, n=16), shoe, width=0.8)
    top = sash_y(d)
    low = bezier((hp + flare, hem), (0.0, hem + 0.14), (-hp - flare, hem), n=14)
    skirt = np.vstack([[(w + 0.04, top), (hp + 0.08, HIP_Y)], low,
                       [(-hp - 0.08, HIP_Y), (-w - 0.04, top)]])
    color = o.bottom
    pen.fill(skirt, color, shadow=shade(color, 0.3), depth=0.2, tone=True)
    if o.kind != "maid":  # a trimmed hem
        band = 0.16 if o.kind == "court" else 0.08
        inset = band * flare / max(hem - HIP_Y, 1.0)
        upper = bezier((hp + flare - inset, hem - band), (0.0, hem + 0.14 - band),
                       (-hp - flare + inset, hem - band), n=14)
        pen.fill(_band(low, upper), o.trim, width=0.7)
        if o.kind == "court":
            _waves(pen, upper, low, mix(o.trim, o.outer, 0.45))
    for x in (-0.3, 0.0, 0.3):  # folds
        pen.stroke(bezier((x * 0.4, HIP_Y + 0.3), (x * 0.9, 4.6), (x * 1.7, hem - 0.2), n=8),
                   width=0.5)
    if d.female:
        for x in (-0.17, 0.17):  # embroidered shoe tips under the hem
            pen.fill(ellipse(x, hem + 0.07, 0.1, 0.05, 180, 360, n=12), shoe, width=0.7)


def _waves(pen: Pen, upper: Points, lower: Points, color: Color) -> None:
    """Sea-wave arcs along a court robe's hem band."""
    mid = (upper + lower) / 2
    for k in range(1, len(mid) - 1, 2):
        x, y = mid[k]
        pen.stroke(ellipse(x, y + 0.04, 0.07, 0.06, 180, 360, n=8), width=0.6, color=color)


def _top(d: Design) -> Points:
    """The robe's upper body, down to the sash (the skirt goes on from there)."""
    s, c, w, _ = dims(d)
    y = sash_y(d) + 0.06
    right = [(0.2, 0.7), (s * 0.7, 0.8), (s, 0.92), (s + 0.04, 1.15), (c, 1.6), (w + 0.06, y)]
    return np.array(right + [(-x, yy) for x, yy in reversed(right)])


def _skirt_top(pen: Pen, d: Design) -> None:
    """From the sash to the hips (a shot cut above the legs still shows it)."""
    _, _, w, hp = dims(d)
    y = sash_y(d)
    shape = np.array([(w + 0.04, y), (hp + 0.08, HIP_Y), (hp + 0.1, HIP_Y + 0.15),
                      (-hp - 0.1, HIP_Y + 0.15), (-hp - 0.08, HIP_Y), (-w - 0.04, y)])
    pen.fill(shape, d.outfit.bottom, shadow=shade(d.outfit.bottom, 0.3), depth=0.12, tone=True)


def draw_robe_top(pen: Pen, d: Design) -> None:
    """The robe from the neck to the sash, front view: the cross collar over the white
    inner robe, the sash or belt, a court robe's roundel."""
    o = d.outfit
    _, c, w, _ = dims(d)
    _skirt_top(pen, d)
    pen.fill(_top(d), o.outer, shadow=shade(o.outer, 0.32), depth=0.12, tone=True)
    low = 1.62 if not d.female else 1.5
    pen.fill(np.array([(-0.25, 0.72), (0.25, 0.72), (-0.1, low)]), o.inner, width=0.7)
    pen.fill(np.array([(-0.14, 0.72), (0.14, 0.72), (-0.06, 1.08)]), d.face.skin, width=0.7)
    band = 0.1 if o.kind == "court" else 0.08
    # the under panel's collar: the V's left edge
    under = bezier((-0.25, 0.7), (-0.2, 1.0), (-0.1, low), n=10)
    pen.fill(_band(under, _offset(under, band)), o.trim, width=0.7)
    # the top panel's collar: from the neck on the right across to the other side
    edge = bezier((0.25, 0.7), (0.05, 1.2), (-c * 0.92, sash_y(d) - 0.05), n=16)
    pen.fill(_band(edge, _offset(edge, -band)), o.trim, width=0.7)
    inner_band = _offset(edge, 0.035)[:9]
    pen.stroke(inner_band, width=0.6, color=mix(o.inner, INK, 0.2))
    if o.motif == "dragon":
        _roundel(pen, d)
    _sash(pen, d, w)


def _roundel(pen: Pen, d: Design) -> None:
    """A round badge on the chest: a coiled dragon in a ring of gold."""
    o = d.outfit
    x, y, r = (0.3, 1.55, 0.17) if not d.female else (0.26, 1.62, 0.13)
    ring = o.trim if o.trim != o.outer else lighten(o.outer, 0.4)
    pen.fill(ellipse(x, y, r, r, n=24), ring, width=0.8)
    pen.fill(ellipse(x, y, r * 0.78, r * 0.78, n=24), mix(o.outer, ring, 0.25), width=0.6)
    coil = bezier((x - r * 0.55, y + r * 0.3), (x - r * 0.1, y - r * 1.1), (x + r * 0.2, y + r * 0.6),
                  (x + r * 0.6, y - r * 0.35), n=14)
    pen.stroke(coil, width=1.6, color=ring)
    pen.dot(x + r * 0.6, y - r * 0.35, r * 0.12, ring)


def _sash(pen: Pen, d: Design, w: float) -> None:
    o = d.outfit
    y = sash_y(d)
    half = (0.13 if o.kind == "court" else 0.1) if not d.female else 0.12
    wide = w + 0.07 if d.female else w + 0.04
    belt = np.array([(-wide, y - half), (wide, y - half), (wide, y + half), (-wide, y + half)])
    pen.fill(belt, o.sash, shadow=shade(o.sash, 0.3), depth=0.05, width=0.8)
    if o.kind == "court":  # plaques on the belt
        plaque = o.trim if not d.female else lighten(o.sash, 0.35)
        for x in np.linspace(-wide * 0.75, wide * 0.75, 5):
            pen.fill(np.array([(x - 0.05, y - half * 0.6), (x + 0.05, y - half * 0.6),
                               (x + 0.05, y + half * 0.6), (x - 0.05, y + half * 0.6)]),
                     plaque, width=0.6)
        if d.female:
            _ties(pen, o.sash, y, half, 1.4)
        return
    _ties(pen, o.sash, y, half, 1.5 if d.female else 0.8)


def _ties(pen: Pen, color: Color, y: float, half: float, length: float) -> None:
    """The sash's knot and the two ends hanging from it."""
    for dx, lean in ((-0.08, -0.05), (0.02, 0.06)):
        end = np.array([(dx - 0.04, y), (dx + 0.05, y), (dx + 0.05 + lean, y + length),
                        (dx - 0.05 + lean, y + length - 0.05)])
        pen.fill(end, color, shadow=shade(color, 0.3), depth=0.02, width=0.7)
    pen.fill(ellipse(-0.03, y, 0.07, half * 0.9, n=14), lighten(color, 0.12), width=0.7)


def draw_robe_back(pen: Pen, d: Design) -> None:
    """The robe seen from behind (the skirt is drawn with the legs)."""
    o = d.outfit
    _, _, w, _ = dims(d)
    _skirt_top(pen, d)
    pen.fill(_top(d), o.outer, shadow=shade(o.outer, 0.32), depth=0.12, tone=True)
    collar = np.vstack([bezier((-0.28, 0.7), (0.0, 0.6), (0.28, 0.7), n=10),
                        bezier((0.3, 0.84), (0.0, 0.76), (-0.3, 0.84), n=10)])
    pen.fill(collar, o.trim, width=0.8)
    pen.stroke(np.array([(0.0, 0.84), (0.0, sash_y(d))]), width=0.5,
               color=mix(o.outer, INK, 0.4))
    y, half = sash_y(d), 0.11
    pen.fill(np.array([(-w - 0.06, y - half), (w + 0.06, y - half), (w + 0.06, y + half),
                       (-w - 0.06, y + half)]), o.sash, shadow=shade(o.sash, 0.3), depth=0.05,
             width=0.8)


def draw_sleeve(pen: Pen, d: Design, joints: Joints) -> None:
    """A wide sleeve: slim at the shoulder, widening from the elbow, its bag hanging
    below the wrist whichever way the arm points; trim at the cuff."""
    o = d.outfit
    sh, el, wr = (np.array(p, dtype=np.float64) for p in
                  (joints.shoulder, joints.elbow, joints.wrist))
    pen.fill(capsule(tuple(sh), tuple(el), 0.17, 0.16), o.outer, shadow=shade(o.outer, 0.3),
             depth=0.05, tone=True)
    u = wr - el
    u /= max(float(np.linalg.norm(u)), 1e-9)
    n = np.array([-u[1], u[0]])
    # the bag falls downward; from a hanging arm, on its outer side
    side = n[1] if abs(n[1]) > 0.35 else n[0] * wr[0]
    down = n if side > 0 else -n
    width, drop = o.sleeve, o.sleeve * 1.2
    opening = 0.15 + width * 0.25
    cuff_up, cuff_down = wr - down * opening, wr + down * opening
    gravity = np.array([0.0, drop])
    bag = [cuff_down, wr + down * (opening + width * 0.5) + gravity * 0.9 - u * 0.04,
           wr + down * (opening + width) + gravity * 0.55 - u * 0.22,
           el + (wr - el) * 0.45 + down * (0.16 + width * 0.75) + gravity * 0.2,
           el + down * 0.16]
    outline: Points = np.vstack([np.array([el - down * 0.15, cuff_up]),
                                 smooth(np.array(bag), closed=False, n=6)])
    pen.fill(outline, o.outer, shadow=shade(o.outer, 0.3), depth=0.06, tone=True)
    pen.fill(np.array([cuff_up, cuff_down, cuff_down - u * 0.09, cuff_up - u * 0.09]),
             o.trim, width=0.7)
    pen.fill(ellipse(float(wr[0]), float(wr[1]), 0.12, 0.1, n=14), o.inner, width=0.6)


def draw_front_arms(pen: Pen, d: Design) -> None:
    """Both arms hanging, front view (an unstaged figure)."""
    from microdrama.providers.offline.painter.arms import turned_joints

    for side in (-1, 1):
        arm: ArmPose = rest(d, side)
        draw_arm(pen, d, side, arm, turned_joints(d, side, arm, None))


def draw_pose_skirt(pen: Pen, d: Design, pose: str, side: int, ground: float) -> None:
    """The robe's skirt over kneeling, sitting or walking legs (``poses``)."""
    o = d.outfit
    _, _, w, hp = dims(d)
    hem, flare = pose_hem(d, pose, ground)
    lean = (side or 0) * 0.1
    top = sash_y(d)
    low = bezier((hp + flare + lean, hem), (lean, hem + 0.12), (-hp - flare + lean, hem), n=14)
    shape = np.vstack([[(w + 0.04, top), (hp + 0.06, HIP_Y)], low,
                       [(-hp - 0.06, HIP_Y), (-w - 0.04, top)]])
    pen.fill(shape, o.bottom, shadow=shade(o.bottom, 0.3), depth=0.2, tone=True)
    if o.kind != "maid":
        band = 0.14 if o.kind == "court" else 0.08
        pen.fill(_band(low, low - (0.0, band)), o.trim, width=0.7)
    for x in (-0.3, 0.0, 0.3):
        pen.stroke(np.array([(x * 0.4, HIP_Y + 0.2), (x * 1.4 + lean, hem - 0.1)]), width=0.5)
