"""Legs for poses other than standing: walking in, kneeling, sitting (on a chair).

Kneeling and sitting bring the ground up from the standing sole line (``FOOT_Y``) to
``GROUND[pose]``; the layout lowers the figure by the difference so it stays on the
floor. Legs are limbs from hip to knee to ankle, in the trousers' colour or the skin's
below a skirt; skirts flare over them.
"""

from __future__ import annotations

import numpy as np

from microdrama.providers.offline.painter.arms import capsule
from microdrama.providers.offline.painter.body import FOOT_Y, HIP_Y, WAIST_Y, dims
from microdrama.providers.offline.painter.design import ROBE_KINDS, Design
from microdrama.providers.offline.painter.ink import (
    INK,
    Bend,
    Color,
    Pen,
    ellipse,
    mix,
    shade,
    smooth,
)

#: Where the ground is, per pose, in head heights below the head centre.
GROUND = {"stand": FOOT_Y, "walk": FOOT_Y, "profile": FOOT_Y, "kneel": 4.8, "sit": 4.95}
CHAIR: Color = (96, 62, 44)

Leg = tuple[tuple[float, float], tuple[float, float], tuple[float, float]]


def drop(pose: str) -> float:
    """How much lower than standing the figure's head is, in head heights."""
    return FOOT_Y - GROUND.get(pose, FOOT_Y)


def _legs_for(pose: str, side: int) -> list[tuple[Leg, str]]:
    """(hip, knee, ankle) per leg, the one further back first, and what its foot does."""
    s = side or 1
    if pose == "walk":
        return [(((-s * 0.26, HIP_Y), (-s * 0.44, 4.7), (-s * 0.62, FOOT_Y - 0.3)), "heel"),
                (((s * 0.26, HIP_Y), (s * 0.42, 4.72), (s * 0.5, FOOT_Y + 0.02)), "front")]
    if pose == "kneel":
        return [(((s * 0.24, HIP_Y), (s * 0.3, 4.55), (s * 0.62, 4.7)), "knee"),
                (((-s * 0.3, HIP_Y), (-s * 0.66, 3.72), (-s * 0.62, 4.68)), "front")]
    if pose == "profile":  # standing, seen from the side: the near leg hides the far one
        return [(((0.0, HIP_Y), (s * 0.04, 4.75), (-s * 0.02, FOOT_Y - 0.05)), "side"),
                (((s * 0.04, HIP_Y), (s * 0.02, 4.75), (0.0, FOOT_Y - 0.05)), "side")]
    # sit: the thighs come toward the camera, the shins go down
    return [(((-0.3, HIP_Y), (-0.36, 3.38), (-0.36, 4.85)), "front"),
            (((0.3, HIP_Y), (0.36, 3.38), (0.36, 4.85)), "front")]


def draw_pose_legs(pen: Pen, d: Design, pose: str, side: int, bend: Bend | None) -> None:
    """The legs (and a chair) of a walking, kneeling or sitting figure."""
    o = d.outfit
    _, _, w, hp = dims(d)
    if pose == "sit":
        _chair(pen, d)
    if bend is not None:
        pen = pen.bent(Bend(bend.angle * 0.7, a=hp + 0.1, b=0.3))
    skirt = o.skirt in ("floor", "knee") or o.kind in ("qipao", "dress", "gown")
    trousers = o.bottom
    robe = o.kind in ROBE_KINDS
    if robe:  # under a robe: trousers and boots, not bare legs
        from microdrama.providers.offline.painter import robes

        trousers, skirt = robes.legs_color(d), False
    shoe: Color = INK if not d.female else mix(o.accent, INK, 0.3)
    ground = GROUND.get(pose, FOOT_Y)
    for (hip, knee, ankle), foot in _legs_for(pose, side):
        color = d.face.skin if skirt else trousers
        radius = (0.2 if not skirt else 0.12) * (1.25 if foot == "side" else 1.0)
        pen.fill(capsule(hip, knee, radius + 0.02, radius * 0.95), color,
                 shadow=shade(color, 0.32), depth=0.08, tone=not skirt)
        if foot == "knee":  # the knee on the floor, the shin lying back along it
            pen.fill(capsule(knee, ankle, radius * 0.9, radius * 0.6), shade(color, 0.15),
                     shadow=shade(color, 0.35), depth=0.06, tone=not skirt)
            pen.fill(ellipse(ankle[0] + 0.06 * (side or 1), ankle[1], 0.12, 0.07, n=14), shoe,
                     width=0.8)
            continue
        pen.fill(capsule(knee, ankle, radius * 0.95, radius * 0.7), color,
                 shadow=shade(color, 0.32), depth=0.08, tone=not skirt)
        toe = (side or 0) * (0.14 if foot == "side" else 0.08)
        tilt = -0.06 if foot == "heel" else 0.0
        pen.fill(ellipse(ankle[0] + toe, min(ankle[1] + 0.06, ground) + tilt, 0.17, 0.08, n=16),
                 shoe, width=0.8)
    if robe:
        robes.draw_pose_skirt(pen, d, pose, side, ground)
    if skirt:
        hem = {"walk": FOOT_Y - 0.3, "kneel": ground, "sit": 3.7,
               "profile": FOOT_Y - 0.05}.get(pose, FOOT_Y)
        if o.skirt == "knee" or o.kind == "dress":
            hem = min(hem, {"kneel": 4.2, "sit": 3.55}.get(pose, 4.25))
        flare = 0.42 if o.kind == "gown" else 0.2 if pose not in ("walk", "profile") else 0.14
        lean = (side or 0) * 0.1
        if pose == "profile":
            flare -= 0.3
        shape = smooth([(w, WAIST_Y), (hp + 0.05, HIP_Y), (hp + flare + lean, hem),
                        (lean, hem + 0.08), (-hp - flare + lean, hem), (-hp - 0.05, HIP_Y),
                        (-w, WAIST_Y)], n=6)
        pen.fill(shape, o.outer, shadow=shade(o.outer, 0.32), depth=0.2, tone=True)
        for x in (-0.3, 0.0, 0.3):
            pen.stroke(np.array([(x * 0.4, HIP_Y + 0.2), (x * 1.4 + lean, hem - 0.05)]),
                       width=0.5)


def _chair(pen: Pen, d: Design) -> None:
    """A plain chair: seat under the hips, back posts and rail behind the shoulders."""
    sw = dims(d)[0]
    wood, dark = CHAIR, shade(CHAIR, 0.35)
    for side in (-1, 1):
        post = np.array([(side * (sw - 0.05), 1.2), (side * (sw + 0.07), 1.2),
                         (side * (sw + 0.07), 4.95), (side * (sw - 0.05), 4.95)])
        pen.fill(post, wood, shadow=dark, depth=0.03, width=0.8)
    pen.fill(np.array([(-sw - 0.05, 1.1), (sw + 0.05, 1.1), (sw + 0.05, 1.35), (-sw - 0.05, 1.35)]),
             wood, shadow=dark, depth=0.04, width=0.8)
    seat = np.array([(-sw - 0.1, 3.05), (sw + 0.1, 3.05), (sw + 0.2, 3.3), (-sw - 0.2, 3.3)])
    pen.fill(seat, mix(wood, (255, 255, 255), 0.08), shadow=dark, depth=0.05, width=0.9)
