"""A staged figure: turned toward someone, seen from behind, gesturing, kneeling, sitting.

The same design parts as the front view (face, hair, garments, worn props), drawn
through pens that turn them (:class:`~ink.Bend`): the head turns further than the body
and the far arm goes behind the torso. Seen from behind, the front details go and the
hair covers the head. A profile's head is drawn by :mod:`profile`.
"""

from __future__ import annotations

import numpy as np

from microdrama.providers.offline.painter.arms import (
    ArmPose,
    Hand,
    arm_poses,
    draw_arm,
    rest,
    turned_joints,
)
from microdrama.providers.offline.painter.body import (
    HIP_Y,
    WAIST_Y,
    dims,
    draw_legs,
    draw_neck,
    draw_torso,
    torso,
)
from microdrama.providers.offline.painter.design import ROBE_KINDS, Design
from microdrama.providers.offline.painter.expressions import Expression
from microdrama.providers.offline.painter.face import draw_head
from microdrama.providers.offline.painter.hair import (
    draw_hair_back,
    draw_hair_from_behind,
    draw_hair_front,
    hair_colors,
    hair_radius,
)
from microdrama.providers.offline.painter.ink import Bend, Pen, bezier, ellipse, mix, shade, smooth
from microdrama.providers.offline.painter.marks import draw_marks
from microdrama.providers.offline.painter.poses import draw_pose_legs
from microdrama.providers.offline.painter.posture import Posture
from microdrama.providers.offline.painter.profile import draw_profile_hair_back, draw_profile_head
from microdrama.providers.offline.painter.props import draw_head_props, draw_held, draw_props

#: How far a bow lowers the head (head-height units).
BOW_DROP = 0.24


def head_bend(d: Design, angle: float) -> Bend | None:
    """The head's turn: a round skull, a flattish face."""
    return Bend(angle, a=d.face.cheek + 0.02, b=0.34) if angle else None


def body_bend(d: Design, angle: float, deep: bool = False) -> Bend | None:
    """The torso's turn: shallow at the neck, deeper at the chest (``deep``: a side view,
    where the chest's depth is most of what shows)."""
    if not angle:
        return None
    sw = dims(d)[0]
    depth = (0.4 if not d.female else 0.36) * (1.35 if deep else 1.0)
    return Bend(angle, a=sw + 0.02, b=depth, b_top=0.14, y_top=0.55, y_full=1.3,
                near_edge=not deep)


def moved(pen: Pen, dx: float, dy: float) -> Pen:
    """A pen whose origin is shifted by (dx, dy) head units (a bowed head)."""
    from dataclasses import replace

    f = pen.frame
    return Pen(pen.canvas, replace(f, x=f.x + dx * f.scale, y=f.y + dy * f.scale))


def _layer(arm: ArmPose, side: int, far: int, gesture: str) -> str:
    """A turned figure's far arm hangs behind its torso unless it comes forward (arms
    folded: the far one is tucked behind the near one)."""
    if far and side == far and arm.layer == "front" and (not arm.forward
                                                           or gesture == "arms-crossed"):
        return "back"
    return arm.layer


def draw_turned(pen: Pen, d: Design, e: Expression, legs: bool, posture: Posture) -> None:
    """Front, three-quarter or profile view, any pose and gesture."""
    profile = posture.view == "profile"
    body = body_bend(d, posture.body_turn(), deep=profile)
    head = head_bend(d, posture.head_turn())
    body_pen, far = pen.bent(body), posture.side
    arms = arm_poses(d, posture.gesture, posture.lead, posture.prop)
    layers = {s: _layer(arms[s], s, far, posture.gesture) for s in arms}
    hands: dict[int, Hand] = {}

    def arms_in(layer: str) -> None:
        # the far arm first, so the near one overlaps it
        for s in sorted(arms, key=lambda side: 0 if side == far else 1):
            if layers[s] == layer:
                hands[s] = draw_arm(pen, d, s, arms[s], turned_joints(d, s, arms[s], body))

    arms_in("back")
    head_pen = moved(pen, 0.0, BOW_DROP) if posture.gesture == "bow" else pen
    if profile:
        draw_profile_hair_back(head_pen, d, posture.side)
    else:
        draw_hair_back(head_pen.bent(head), d)
    draw_neck(body_pen, d)
    if legs:
        if posture.pose == "stand" and not profile:
            draw_legs(body_pen, d)
        else:
            pose = "profile" if posture.pose == "stand" else posture.pose
            draw_pose_legs(pen, d, pose, posture.side, body)
    if profile:
        _profile_back(pen, d, posture.side)
    draw_torso(body_pen, d, legs and posture.pose in ("stand", "walk"))
    if posture.gesture in ("none", "fists", "hands-on-hips", "bow"):
        draw_props(body_pen, d)
    else:
        draw_props(body_pen, d, tablet=False)
    arms_in("front")
    if profile:
        draw_profile_head(head_pen, d, e, posture.side)
    else:
        if head is not None:
            _skull(head_pen, d, posture.head_turn())
        hp = head_pen.bent(head)
        draw_head(hp, d, e, 0.0)
        draw_hair_front(hp, d, 0.0)
        draw_head_props(hp, d, 0.0)
        draw_marks(hp, d, e, 0.0)
    arms_in("face")
    _held(pen, d, posture, hands)


def _profile_back(pen: Pen, d: Design, side: int) -> None:
    """Seen from the side, the back: shoulder blade to hips (the turned front covers the
    rest of the torso)."""
    o = d.outfit
    back = np.array([(0.1, 0.78), (-0.2, 0.8), (-0.4, 1.0), (-0.44, 1.5), (-0.36, 2.1),
                     (-0.42, 2.7), (-0.38, 3.05), (0.1, 3.05)])
    back[:, 0] *= side
    shape = smooth(back, n=6)
    if o.kind in ("dress", "gown"):
        pen.fill(shape, d.face.skin, shadow=shade(d.face.skin, 0.3), depth=0.06)
        low = np.array([(0.1, 1.45), (-0.4, 1.45), (-0.36, 2.1), (-0.42, 2.7), (-0.38, 3.05),
                        (0.1, 3.05)])
        low[:, 0] *= side
        pen.fill(smooth(low, n=6), o.outer, shadow=shade(o.outer, 0.32), depth=0.1, tone=True)
    else:
        pen.fill(shape, o.outer, shadow=shade(o.outer, 0.32), depth=0.1, tone=True)


def _skull(pen: Pen, d: Design, angle: float) -> None:
    """Behind a turned face, the back of the head in hair (drawn flat, before the face)."""
    side = 1 if angle > 0 else -1
    r = hair_radius(d)
    base, dark, _ = hair_colors(d)
    if d.hair.length == "buzz":
        base = dark = mix(base, d.face.skin, 0.35)
    back = 0.1 * abs(np.sin(angle))  # how far the skull's back shows past the cap
    pen.fill(ellipse(-side * back, -0.1, r * 0.98, 0.47, n=28),
             base, shadow=dark, depth=0.05)


def _held(pen: Pen, d: Design, posture: Posture, hands: dict[int, Hand]) -> None:
    if posture.prop is None:
        return
    hand = hands.get(posture.lead) or next(iter(hands.values()), None)
    if hand is not None and hand.kind in ("grip", "fist", "open", "palm"):
        draw_held(pen, d, posture.prop, hand)


def draw_back(pen: Pen, d: Design, legs: bool, posture: Posture) -> None:
    """Seen from behind: legs, the back of the garment, arms at rest, the hair."""
    if legs:
        if posture.pose == "stand":
            draw_legs(pen, d)
        else:
            draw_pose_legs(pen, d, posture.pose, 0, None)
    draw_neck(pen, d)
    _back_torso(pen, d, legs and posture.pose in ("stand", "walk"))
    hands = {}
    for side in (-1, 1):
        arm = rest(d, side)
        hands[side] = draw_arm(pen, d, side, arm, turned_joints(d, side, arm, None))
    draw_hair_from_behind(pen, d)
    if d.hair.length in ("short", "buzz") or d.hair.tie:
        for side in (-1, 1):  # ears stand out beside short or tied-up hair
            pen.fill(ellipse(side * (d.face.cheek + 0.02), 0.06, 0.055, 0.1, n=16),
                     d.face.skin, shadow=shade(d.face.skin, 0.3), depth=0.02, width=0.8)
    if posture.prop is not None:
        draw_held(pen, d, posture.prop, hands[posture.lead or 1], behind=True)


def _back_torso(pen: Pen, d: Design, legs: bool) -> None:
    o = d.outfit
    if o.kind in ROBE_KINDS:
        from microdrama.providers.offline.painter.robes import draw_robe_back

        draw_robe_back(pen, d)
        return
    body = torso(d)
    _, c, w, hp = dims(d)
    if o.kind in ("dress", "gown"):
        pen.fill(body, d.face.skin, shadow=shade(d.face.skin, 0.3), depth=0.08)
        back = np.array([(-c * 0.98, 1.45), (c * 0.98, 1.45), (w, WAIST_Y), (hp, HIP_Y),
                         (-hp, HIP_Y), (-w, WAIST_Y)])
        pen.fill(back, o.outer, shadow=shade(o.outer, 0.32), depth=0.12, tone=True)
        for side in (-1, 1):
            pen.stroke(np.array([(side * 0.42, 0.82), (side * c * 0.7, 1.46)]), width=1.6,
                       color=o.outer)
        return
    pen.fill(body, o.outer, shadow=shade(o.outer, 0.32), depth=0.12, tone=True)
    collar = o.outer if o.kind in ("tee", "qipao") else mix(o.outer, o.inner, 0.5)
    pen.fill(np.vstack([bezier((-0.28, 0.7), (0.0, 0.62), (0.28, 0.7), n=10),
                        bezier((0.3, 0.84), (0.0, 0.78), (-0.3, 0.84), n=10)]), collar,
             width=0.8)
    pen.stroke(np.array([(0.0, 0.84), (0.0, HIP_Y)]), width=0.5,
               color=mix(o.outer, (20, 20, 28), 0.4))
    if o.belt:
        pen.fill(np.array([(-w - 0.02, WAIST_Y - 0.08), (w + 0.02, WAIST_Y - 0.08),
                           (w + 0.02, WAIST_Y + 0.06), (-w - 0.02, WAIST_Y + 0.06)]),
                 shade(o.outer, 0.25), width=0.8)
    if o.kind in ("coat", "suit", "jacket") and legs:
        low = 4.3 if o.kind == "coat" else HIP_Y + 0.35
        flap = np.array([(-hp, HIP_Y - 0.05), (hp, HIP_Y - 0.05), (hp + 0.1, low),
                         (-hp - 0.1, low)])
        pen.fill(flap, o.outer, shadow=shade(o.outer, 0.32), depth=0.1, tone=True)
        pen.stroke(np.array([(0.0, HIP_Y), (0.0, low)]), width=0.6)
