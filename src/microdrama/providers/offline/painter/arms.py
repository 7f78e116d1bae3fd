"""Arms that move: shoulder → elbow → wrist → hand, set by a gesture.

A gesture is a table entry: for each arm (the one on the screen's left, −1, and right,
+1) where the elbow and wrist go, what the hand does and which layer the arm is drawn
in — ``back`` (behind the torso: the far arm of a turned figure), ``front`` (over the
torso) or ``face`` (over the head: covering the face, a hand at the chin). ``lead`` is
the side the gesture reaches toward; ``L`` below. Points are head-height units in the
body's own front view; :class:`Joints` turns them with the body.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from microdrama.providers.offline.painter.body import dims
from microdrama.providers.offline.painter.design import ROBE_KINDS, Design
from microdrama.providers.offline.painter.ink import (
    INK,
    Bend,
    Color,
    Pen,
    Points,
    ellipse,
    mix,
    shade,
)

SHOULDER_Y = 1.05
GOLD: Color = (222, 180, 70)


@dataclass(frozen=True)
class ArmPose:
    """Where one arm's joints go and what its hand does."""

    elbow: tuple[float, float]
    wrist: tuple[float, float]
    hand: str = "open"  # open, fist, point, palm, grip, flat
    layer: str = "front"  # back, front, face
    forward: bool = False  # the hand comes out in front of the body (turns with its front)
    tremble: bool = False  # clenched: little strain marks


@dataclass(frozen=True)
class Hand:
    """A drawn hand: where it is, which way its fingers point (radians, screen), its kind."""

    x: float
    y: float
    angle: float
    kind: str
    side: int


def rest(d: Design, side: int) -> ArmPose:
    """An arm hanging at the side (as panels drew arms before gestures)."""
    sw = dims(d)[0]
    return ArmPose(elbow=(side * (sw + 0.1), 2.0), wrist=(side * (sw + 0.07), 2.98))


def _one(d: Design, lead: int, arm: ArmPose, other: ArmPose | None = None) -> dict[int, ArmPose]:
    return {lead: arm, -lead: other or rest(d, -lead)}


def _gestures() -> dict[str, Callable[[Design, int], dict[int, ArmPose]]]:
    def sw(d: Design) -> float:
        return dims(d)[0]

    def waist(d: Design) -> float:
        return dims(d)[2]

    return {
        "none": lambda d, L: {-1: rest(d, -1), 1: rest(d, 1)},
        "point": lambda d, L: _one(d, L, ArmPose(
            (L * (sw(d) + 0.42), 1.32), (L * (sw(d) + 0.98), 1.12), "point", forward=True),
            ArmPose((-L * (sw(d) + 0.12), 2.0), (-L * (sw(d) + 0.08), 2.9), "fist")),
        "arms-crossed": lambda d, L: {
            L: ArmPose((L * (sw(d) - 0.02), 2.08), (-L * 0.42, 1.72), "fist", forward=True),
            -L: ArmPose((-L * (sw(d) - 0.02), 2.08), (L * 0.42, 1.8), "fist", forward=True),
        },
        "hand-on-chest": lambda d, L: _one(d, -L, ArmPose(
            (-L * (sw(d) + 0.02), 2.12), (L * 0.02, 1.62), "flat", forward=True)),
        "slap": lambda d, L: _one(d, L, ArmPose(
            (L * (sw(d) + 0.32), 0.52), (L * (sw(d) + 0.12), -0.3), "palm")),
        "stop": lambda d, L: _one(d, L, ArmPose(
            (L * (sw(d) + 0.26), 1.78), (L * (sw(d) + 0.56), 1.18), "palm", forward=True)),
        "fists": lambda d, L: {
            s: ArmPose((s * (sw(d) + 0.2), 1.98), (s * (sw(d) + 0.12), 2.82), "fist",
                       tremble=True) for s in (-1, 1)},
        "hold": lambda d, L: _one(d, L, ArmPose(
            (L * (sw(d) + 0.06), 2.2), (L * 0.34, 1.9), "grip", forward=True)),
        "raise": lambda d, L: _one(d, -L, ArmPose(
            (-L * (sw(d) + 0.3), 0.74), (-L * (sw(d) + 0.12), -0.1), "grip")),
        "hands-on-hips": lambda d, L: {
            s: ArmPose((s * (sw(d) + 0.46), 1.86), (s * (waist(d) + 0.1), 2.42), "fist")
            for s in (-1, 1)},
        "cover-face": lambda d, L: {
            s: ArmPose((s * (sw(d) - 0.1), 1.75), (s * 0.3, 0.5), "palm", "face",
                       forward=True) for s in (-1, 1)},
        "bow": lambda d, L: {
            s: ArmPose((s * (sw(d) - 0.04), 2.02), (s * 0.1, 2.66), "open", forward=True)
            for s in (-1, 1)},
        "reach": lambda d, L: _one(d, L, ArmPose(
            (L * (sw(d) + 0.34), 1.8), (L * (sw(d) + 0.84), 1.7), "palm", forward=True)),
        "hand-on-chin": lambda d, L: {
            L: ArmPose((L * 0.46, 2.1), (L * 0.1, 0.66), "fist", "face", forward=True),
            -L: ArmPose((-L * (sw(d) - 0.02), 2.1), (L * 0.4, 2.18), "fist", forward=True),
        },
    }


GESTURES = _gestures()


def arm_poses(d: Design, gesture: str, lead: int, prop: str | None) -> dict[int, ArmPose]:
    """Both arms for a gesture (unknown gestures rest); a held phone or glass is lifted."""
    poses = GESTURES.get(gesture, GESTURES["none"])(d, lead or 1)
    if gesture == "raise" and prop is not None:  # a toast or a ring shown: the hand that holds
        poses[lead] = poses.pop(-lead)
        poses[lead] = ArmPose((lead * (dims(d)[0] + 0.3), 0.74),
                              (lead * (dims(d)[0] + 0.12), -0.1), "grip")
        poses[-lead] = rest(d, -lead)
    if gesture == "hold" and prop in ("phone", "glass", "ring"):
        sw = dims(d)[0]
        poses[lead] = ArmPose((lead * (sw + 0.16), 2.05), (lead * 0.46, 1.42), "grip",
                              forward=True)
    if gesture == "hold" and prop == "umbrella":
        poses[lead] = ArmPose((lead * (dims(d)[0] + 0.1), 2.0), (lead * 0.5, 1.5), "grip",
                              forward=True)
    return poses


@dataclass(frozen=True)
class Joints:
    """An arm's joints after the body's turn, in the figure's screen units."""

    shoulder: tuple[float, float]
    elbow: tuple[float, float]
    wrist: tuple[float, float]


def turned_joints(d: Design, side: int, arm: ArmPose, bend: Bend | None) -> Joints:
    """Shoulder, elbow and wrist of the arm on ``side`` with the body turned by ``bend``."""
    sw = dims(d)[0]
    shoulder = (side * (sw + 0.02), SHOULDER_Y)
    if bend is None:
        return Joints(shoulder, arm.elbow, arm.wrist)
    depth = bend.b * 0.9 if arm.forward else 0.0
    # seen from the side the shoulders sit mid-depth, not at the back of the chest
    sideways = abs(bend.angle) > 1.0
    shoulder_depth = abs(shoulder[0]) * abs(np.cos(bend.angle) / np.sin(bend.angle)) \
        if sideways else 0.0

    def turn(point: tuple[float, float], deep: float) -> tuple[float, float]:
        reach = max(0.0, 1.0 - (point[0] / (sw + 0.4)) ** 2)
        return bend.point(point[0], point[1], deep * np.sqrt(reach))

    if sideways:  # the whole arm moves with its shoulder
        return Joints(*(bend.point(x, y, shoulder_depth + deep) for (x, y), deep in
                        ((shoulder, 0.0), (arm.elbow, depth * 0.5), (arm.wrist, depth))))
    return Joints(turn(shoulder, 0.0), turn(arm.elbow, depth * 0.6), turn(arm.wrist, depth))


def capsule(a: tuple[float, float], b: tuple[float, float], ra: float, rb: float) -> Points:
    """A limb segment: rounded at both ends, ``ra`` wide at ``a`` and ``rb`` at ``b``."""
    theta = np.degrees(np.arctan2(b[1] - a[1], b[0] - a[0]))
    end = ellipse(b[0], b[1], rb, rb, theta - 90, theta + 90, n=12)
    start = ellipse(a[0], a[1], ra, ra, theta + 90, theta + 270, n=12)
    return np.vstack([end, start])


def _colors(d: Design) -> tuple[Color, Color]:
    """The sleeve and forearm colours (bare arms are skin; gloves cover the forearm)."""
    o = d.outfit
    bare = o.kind in ("dress", "gown")
    sleeve = d.face.skin if bare else o.outer
    fore = o.accent if o.gloves else sleeve
    if o.kind == "qipao":
        fore = d.face.skin
    return sleeve, fore


def draw_arm(pen: Pen, d: Design, side: int, arm: ArmPose, joints: Joints) -> Hand:
    """One arm (upper arm, forearm, cuff) and its hand; returns the hand for props."""
    o = d.outfit
    el, wr = joints.elbow, joints.wrist
    if o.kind in ROBE_KINDS:
        from microdrama.providers.offline.painter.robes import draw_sleeve

        draw_sleeve(pen, d, joints)
    else:
        _sleeve(pen, d, joints)
    direction = np.arctan2(wr[1] - el[1], wr[0] - el[0])
    ux, uy = np.cos(direction), np.sin(direction)
    if side < 0 and d.watch:
        pen.fill(capsule((wr[0] - ux * 0.06, wr[1] - uy * 0.06), wr, 0.105, 0.105), GOLD,
                 width=0.6)
    if side > 0 and d.bracelet is not None:
        pen.fill(ellipse(wr[0], wr[1], 0.11, 0.04, np.degrees(direction) + 90,
                         np.degrees(direction) + 450, n=14), d.bracelet, width=0.6)
    hand = Hand(wr[0] + ux * 0.13, wr[1] + uy * 0.13, float(direction), arm.hand, side)
    draw_hand(pen, d, hand)
    if arm.tremble:
        for k, spread in enumerate((-0.7, 0.0, 0.7)):
            a = direction + np.pi + spread
            start = (hand.x + np.cos(a) * 0.2, hand.y + np.sin(a) * 0.2 - 0.05 * k)
            pen.stroke(np.array([start, (start[0] + np.cos(a) * 0.09,
                                         start[1] + np.sin(a) * 0.09)]), width=0.6)
    return hand


def _sleeve(pen: Pen, d: Design, joints: Joints) -> None:
    """A modern sleeve (or a bare arm) from shoulder to wrist, and its cuff."""
    o = d.outfit
    sleeve, fore = _colors(d)
    bare = o.kind in ("dress", "gown")
    sh, el, wr = joints.shoulder, joints.elbow, joints.wrist
    upper = capsule(sh, el, 0.15, 0.12)
    forearm = capsule(el, wr, 0.12, 0.1)
    # the arm bent up over the chest shows the forearm in front; hanging, the upper arm
    first, second = (upper, forearm)
    pen.fill(first, sleeve, shadow=shade(sleeve, 0.3), depth=0.05, tone=not bare)
    if o.kind == "qipao":
        cut = (sh[0] + (el[0] - sh[0]) * 0.45, sh[1] + (el[1] - sh[1]) * 0.45)
        pen.fill(capsule(cut, el, 0.13, 0.115), d.face.skin, shadow=shade(d.face.skin, 0.3),
                 depth=0.04, width=0.8)
        pen.stroke(capsule(cut, cut, 0.14, 0.14)[:12], width=1.2, color=o.accent)
    pen.fill(second, fore, shadow=shade(fore, 0.3), depth=0.05, tone=not bare and not o.gloves
             and o.kind != "qipao")
    direction = np.arctan2(wr[1] - el[1], wr[0] - el[0])
    ux, uy = np.cos(direction), np.sin(direction)
    if not bare and o.kind != "qipao" and not o.gloves:
        cuff = capsule((wr[0] - ux * 0.08, wr[1] - uy * 0.08), wr, 0.105, 0.1)
        pen.fill(cuff, o.inner, width=0.6)


def _rotated(shape: Points, x: float, y: float, angle: float) -> Points:
    c, s = np.cos(angle), np.sin(angle)
    return shape @ np.array([[c, s], [-s, c]]) + (x, y)


def draw_hand(pen: Pen, d: Design, hand: Hand) -> None:
    """A hand in the house style: simple mitten shapes with a few ink lines."""
    color = d.outfit.accent if d.outfit.gloves else d.face.skin
    dark = shade(color, 0.3)
    x, y, a = hand.x, hand.y, hand.angle
    # local frame: +x along the fingers
    if hand.kind == "open":
        pen.fill(_rotated(ellipse(0.02, 0.0, 0.16, 0.1, n=18), x, y, a), color, shadow=dark,
                 depth=0.03, width=0.8)
        return
    if hand.kind in ("fist", "grip", "point"):
        pen.fill(_rotated(ellipse(0.0, 0.0, 0.12, 0.11, n=18), x, y, a), color, shadow=dark,
                 depth=0.03, width=0.8)
        for k in (-0.04, 0.03):
            pen.stroke(_rotated(np.array([(0.03, k), (0.1, k + 0.01)]), x, y, a), width=0.45)
        if hand.kind == "point":
            finger = _rotated(capsule((0.06, -0.03), (0.3, -0.03), 0.038, 0.032), x, y, a)
            pen.fill(finger, color, width=0.7)
        return
    if hand.kind == "flat":
        pen.fill(_rotated(ellipse(0.03, 0.0, 0.16, 0.11, n=18), x, y, a), color, shadow=dark,
                 depth=0.03, width=0.8)
        for k in (-0.04, 0.0, 0.04):
            pen.stroke(_rotated(np.array([(0.06, k), (0.16, k)]), x, y, a), width=0.4,
                       color=mix(dark, INK, 0.3))
        return
    # palm: fingers up (toward the top of the screen), facing the viewer
    up = -np.pi / 2
    tilt = float(np.clip((a - up + np.pi) % (2 * np.pi) - np.pi, -0.5, 0.5)) * 0.5
    palm = _rotated(ellipse(0.0, 0.0, 0.12, 0.13, n=18), x, y, up + tilt)
    for k, (off, length) in enumerate(((-0.075, 0.15), (-0.025, 0.18), (0.025, 0.17),
                                       (0.072, 0.14))):
        finger = capsule((0.05, off), (0.05 + length, off * 1.25), 0.03, 0.026)
        pen.fill(_rotated(finger, x, y, up + tilt), color, width=0.6)
        del k
    thumb = capsule((0.0, -0.1 * hand.side), (0.1, -0.19 * hand.side), 0.035, 0.03)
    pen.fill(_rotated(thumb, x, y, up + tilt), color, width=0.6)
    pen.fill(palm, color, shadow=dark, depth=0.03, width=0.8)
