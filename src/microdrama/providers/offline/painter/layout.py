"""Where characters stand and how big they are: framing, position, camera angle.

Vertical 9:16 panels have platform UI on top (~250 px of 1920) and captions, buttons
and subtitles at the bottom (~420 px), so faces are kept between the two, except in
an extreme close-up where the face is the frame.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from microdrama.domain.storyboard import STAGING_FIELDS, Shot, ShotCharacter
from microdrama.providers.offline.painter.poses import drop
from microdrama.providers.offline.painter.posture import Posture, posture_of

#: framing → (head height as a fraction of panel height, head centre y fraction)
FRAMING: dict[str, tuple[float, float]] = {
    "ECU": (0.72, 0.36),
    "CU": (0.3, 0.4),
    "MCU": (0.21, 0.36),
    "MS": (0.155, 0.3),
    "WS": (0.074, 0.3),
}
#: how far the background is pushed in (blurrier, bigger) for each framing
ZOOM: dict[str, float] = {"ECU": 2.2, "CU": 1.7, "MCU": 1.4, "MS": 1.2, "WS": 1.0}
SLOTS = {"left": 0.0, "center": 1.0, "right": 2.0}
TOP_SAFE = 250 / 1920  # fractions of the panel height
BOTTOM_SAFE = 420 / 1920


@dataclass(frozen=True)
class Placement:
    """One character's place in the panel."""

    index: int  # index into shot.characters
    x: float
    y: float
    scale: float  # pixels per head height
    turn: float
    legs: bool
    posture: Posture | None = None  # None: unstaged, drawn as before staging


def camera(angle: str, width: int, height: int) -> np.ndarray:
    """The homography that hints the camera angle (identity for eye level)."""
    w, h = float(width), float(height)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    if angle == "dutch":
        m = cv2.getRotationMatrix2D((w / 2, h * 0.42), -7.0, 1.0)
        return np.vstack([m, [0.0, 0.0, 1.0]])
    inset = {"low": (0.07, 0.0), "high": (0.0, 0.07), "overhead": (0.0, 0.12)}.get(angle)
    if inset is None:
        return np.eye(3)
    top, bottom = inset[0] * w, inset[1] * w
    dst = np.array([[top, 0], [w - top, 0], [w - bottom, h], [bottom, h]], dtype=np.float32)
    return np.asarray(cv2.getPerspectiveTransform(src, dst), dtype=np.float64)


def place(shot: Shot, width: int, height: int) -> list[Placement]:
    """Placements in drawing order (back to front; the first-listed character is in front)."""
    chars = shot.characters[:1] if shot.framing == "ECU" else shot.characters[:3]
    n = len(chars)
    if n == 0:
        return []
    frac, head_y = FRAMING[shot.framing]
    scale = frac * height
    if shot.framing in ("CU", "MCU", "MS") and n > 1:
        scale *= {2: 0.8, 3: 0.64}[n] if shot.framing != "MS" else {2: 0.9, 3: 0.78}[n]
    scale = (
        min(scale, width * (1.05 if n == 1 else 0.95 / n) / 0.85)
        if shot.framing != "ECU"
        else scale
    )
    scale *= {"low": 1.04, "high": 0.96, "overhead": 0.92}.get(shot.angle, 1.0)
    order = sorted(range(n), key=lambda i: (SLOTS[chars[i].position], i))
    slots = [SLOTS[chars[i].position] for i in order]
    if n == 1:
        xs = [0.5 if shot.framing == "ECU" else 0.5 + (slots[0] - 1.0) * 0.12]
    elif len(set(slots)) == n:
        spread = 0.26 if shot.framing != "WS" else 0.28
        xs = [0.5 + (s - 1.0) * spread for s in slots]
        if n == 2:
            xs = [0.5 + (x - 0.5) * (0.9 if abs(slots[0] - slots[1]) > 1 else 1.25) for x in xs]
    else:
        xs = list(np.linspace(0.28, 0.72, n)) if n == 2 else [0.2, 0.5, 0.8]
    x_of = {i: xs[k] * width for k, i in enumerate(order)}
    result = []
    for i in reversed(range(n)):
        s = scale * (1.0 if i == 0 else 0.93)
        y = head_y * height - (0 if i == 0 else 0.02 * height)
        if shot.framing == "WS":
            y = height * 0.8 - 6.6 * s - (0 if i == 0 else 0.03 * height)
        elif shot.framing != "ECU":
            y = max(y, TOP_SAFE * height + 0.58 * s)
            y = min(y, height * (1 - BOTTOM_SAFE) - 0.56 * s)
        x = x_of[i]
        if n == 1:
            turn = 0.0 if shot.framing == "ECU" else (0.5 - x / width) * 1.5
        else:
            others = [x_of[j] for j in range(n) if j != i]
            turn = float(np.clip((np.mean(others) - x) / width * 2.0, -0.6, 0.6))
        result.append(Placement(index=i, x=x, y=y, scale=s, turn=turn, legs=y + 2.8 * s < height))
    if not any(_staged(c) for c in chars) and shot.over_shoulder is None:
        return result
    return _staged_places(shot, chars, result, width, height)


def _staged(c: ShotCharacter) -> bool:
    return any(getattr(c, name) is not None for name in STAGING_FIELDS if name != "looks_at")


#: Over-the-shoulder: the near character's head, as a multiple of the far one's, and
#: where the two heads sit across the frame (fractions of the width from the centre).
SHOULDER_SCALE = {"CU": 1.2, "MCU": 1.35, "MS": 1.5, "WS": 2.0, "ECU": 1.0}
SHOULDER_X, FAR_X = 0.45, 0.13


def _staged_places(shot: Shot, chars: list[ShotCharacter], plain: list[Placement],
                   width: int, height: int) -> list[Placement]:
    """Placements with postures: kneeling and sitting figures lower, gestures aimed at
    whom they look at, and the over-the-shoulder arrangement."""
    by_index = {p.index: p for p in plain}
    near = next((i for i, c in enumerate(chars) if c.id == shot.over_shoulder), None)
    if near is not None and len(chars) > 1:
        by_index = _over_shoulder(shot, chars, by_index, near, width, height)
    x_of = {chars[i].id: p.x for i, p in by_index.items()}
    lowered = {"WS": 1.0, "MS": 0.6, "MCU": 0.35}.get(shot.framing, 0.0)
    result = []
    for p in sorted(by_index.values(), key=lambda q: (q.index == near, -q.index)):
        c = chars[p.index]
        target = x_of.get(c.looks_at) if c.looks_at else None
        if target is not None and abs(target - p.x) > 1:
            lead = 1 if target > p.x else -1
        else:
            side = posture_of(c, 1).side
            lead = side or (1 if p.x < width / 2 else -1)
        if p.index == near and c.facing is None:
            c = c.model_copy(update={"facing": "back"})  # seen from behind unless set
        posture = posture_of(c, lead)
        y = p.y + drop(posture.pose) * p.scale * lowered
        if shot.framing != "WS" and p.index != near:
            y = min(y, height * (1 - BOTTOM_SAFE) - 0.56 * p.scale)
        result.append(Placement(index=p.index, x=p.x, y=y, scale=p.scale, turn=p.turn,
                                legs=y + 2.8 * p.scale < height and p.index != near,
                                posture=posture))
    return result


def _over_shoulder(shot: Shot, chars: list[ShotCharacter], by_index: dict[int, Placement],
                   near: int, width: int, height: int) -> dict[int, Placement]:
    """The near character big, cropped at one edge; the others across from it."""
    frac, head_y = FRAMING[shot.framing]
    scale = frac * height * {"low": 1.04, "high": 0.96, "overhead": 0.92}.get(shot.angle, 1.0)
    position = chars[near].position
    if position == "center":
        sides = [c.position for i, c in enumerate(chars) if i != near]
        position = "right" if "left" in sides else "left"
    sign = 1 if position == "right" else -1
    far_scale = scale * (1.0 if len(chars) == 2 else 0.85)
    far_y = max(head_y * height, TOP_SAFE * height + 0.58 * far_scale)
    far_y = min(far_y, height * (1 - BOTTOM_SAFE) - 0.56 * far_scale)
    placed = {}
    others = [i for i in range(len(chars)) if i != near]
    for k, i in enumerate(others):
        x = (0.5 - sign * FAR_X - sign * 0.22 * k) * width
        placed[i] = Placement(index=i, x=x, y=far_y - 0.02 * height * k, scale=far_scale * (
            1.0 if k == 0 else 0.9), turn=0.0, legs=False)
    near_scale = far_scale * SHOULDER_SCALE.get(shot.framing, 1.5)
    placed[near] = Placement(index=near, x=(0.5 + sign * SHOULDER_X) * width,
                             y=far_y + 0.75 * far_scale, scale=near_scale, turn=0.0, legs=False)
    del by_index
    return placed
