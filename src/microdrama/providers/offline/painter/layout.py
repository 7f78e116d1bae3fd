"""Where characters stand and how big they are: framing, position, camera angle.

Vertical 9:16 panels have platform UI on top (~250 px of 1920) and captions, buttons
and subtitles at the bottom (~420 px), so faces are kept between the two, except in
an extreme close-up where the face is the frame.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from microdrama.domain.storyboard import Shot

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
    return result
