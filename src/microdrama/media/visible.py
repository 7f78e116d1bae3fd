"""Is the visible AI label on a video's opening frames? Read back, not assumed.

The label is drawn by `fonts.render_label` (white glyphs, dark outline, top-left inside
the safe zone). For each label text of the rule pack, this renders it again at the
video's size and compares the frames at the start and just before the rule's minimum
time on screen: the glyphs must be near white *and* their outline near dark, which a
picture without the label does not do by chance. A project with its own font
(assets/) draws other glyphs: pass that font, or the check reports no label.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from microdrama.media.fonts import render_label
from microdrama.media.label import label_rule

#: Largest mean channel difference (0–255) between the frame and the rendered label, on
#: its glyphs and on its outline, for the label to count as there (x264 at CRF 23 keeps
#: it under ~15; a frame without the label is far above on one of the two).
TOLERANCE = 48.0


@dataclass(frozen=True)
class VisibleFinding:
    """What the opening frames show: the label text found ('' if none), the times
    checked, and the worst glyph/outline difference per text tried."""

    text: str
    times_ms: tuple[int, ...]
    scores: dict[str, float]

    @property
    def found(self) -> bool:
        """Whether the label was on every frame checked."""
        return bool(self.text)


def _frames(path: Path, times_ms: tuple[int, ...]) -> tuple[list[np.ndarray], list[int]]:
    """RGB arrays of the first frame at or after each time (times past the end skipped)."""
    import av

    frames: list[np.ndarray] = []
    found_at: list[int] = []
    with av.open(str(path)) as container:
        if not container.streams.video:
            return [], []
        stream = container.streams.video[0]
        wanted = list(times_ms)
        for frame in container.decode(stream):
            if frame.time is None:
                continue
            at = int(frame.time * 1000)
            while wanted and at >= wanted[0]:
                frames.append(frame.to_ndarray(format="rgb24"))
                found_at.append(wanted.pop(0))
            if not wanted:
                break
    return frames, found_at


def _score(frame: np.ndarray, overlay: np.ndarray) -> float:
    """Worst of the mean differences on the label's glyphs and on its outline."""
    alpha = overlay[..., 3] == 255
    colour = overlay[..., :3].astype(np.int16)
    bright = alpha & (colour.mean(axis=2) > 128)
    dark = alpha & ~bright
    if not bright.any() or not dark.any():
        return float("inf")
    difference = np.abs(frame.astype(np.int16) - colour).mean(axis=2)
    return float(max(difference[bright].mean(), difference[dark].mean()))


def find_visible_label(path: Path, *, font_file: str | None = None) -> VisibleFinding:
    """Look for the visible label of any language of the rule pack on the opening frames."""
    rule = label_rule()
    times = (200, max(300, int(rule.min_seconds * 1000) - 200))
    frames, checked = _frames(Path(path), times)
    scores: dict[str, float] = {}
    if not frames:
        return VisibleFinding("", (), scores)
    height, width = frames[0].shape[:2]
    for text in (rule.text_zh, rule.text_en):
        overlay = np.asarray(render_label(text, width=width, height=height, font_file=font_file))
        scores[text] = max(_score(frame, overlay) for frame in frames)
    best = min(scores, key=lambda text: scores[text])
    found = best if scores[best] <= TOLERANCE and len(checked) == len(times) else ""
    return VisibleFinding(found, tuple(checked), scores)
