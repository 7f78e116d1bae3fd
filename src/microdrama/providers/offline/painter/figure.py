"""One character, drawn whole in the right order (back hair → body → face → front hair).

Without staging (``posture`` None or plain) a character is drawn exactly as before
staging existed, so panels of unstaged shots keep their pixels and cache keys; a staged
one is drawn by :mod:`views` (front, three-quarter, profile, from behind).
"""

from __future__ import annotations

from microdrama.providers.offline.painter.body import draw_body
from microdrama.providers.offline.painter.design import Design
from microdrama.providers.offline.painter.expressions import Expression
from microdrama.providers.offline.painter.face import draw_head
from microdrama.providers.offline.painter.hair import draw_hair_back, draw_hair_front
from microdrama.providers.offline.painter.ink import Pen
from microdrama.providers.offline.painter.marks import draw_marks
from microdrama.providers.offline.painter.posture import Posture
from microdrama.providers.offline.painter.props import draw_head_props


def draw_character(
    pen: Pen, design: Design, expression: Expression, turn: float, legs: bool,
    posture: Posture | None = None,
) -> None:
    """Paint a character with its head centre at the pen frame's origin."""
    if posture is not None and not posture.plain:
        from microdrama.providers.offline.painter.views import draw_back, draw_turned

        if posture.view == "back":
            draw_back(pen, design, legs, posture)
        else:
            draw_turned(pen, design, expression, legs, posture)
        return
    draw_hair_back(pen, design)
    draw_body(pen, design, legs)
    draw_head(pen, design, expression, turn)
    draw_hair_front(pen, design, turn)
    draw_head_props(pen, design, turn)
    draw_marks(pen, design, expression, turn)
