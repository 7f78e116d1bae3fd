"""One character, drawn whole in the right order (back hair → body → face → front hair)."""

from __future__ import annotations

from microdrama.providers.offline.painter.body import draw_body
from microdrama.providers.offline.painter.design import Design
from microdrama.providers.offline.painter.expressions import Expression
from microdrama.providers.offline.painter.face import draw_head
from microdrama.providers.offline.painter.hair import draw_hair_back, draw_hair_front
from microdrama.providers.offline.painter.ink import Pen
from microdrama.providers.offline.painter.marks import draw_marks
from microdrama.providers.offline.painter.props import draw_head_props


def draw_character(
    pen: Pen, design: Design, expression: Expression, turn: float, legs: bool
) -> None:
    """Paint a character with its head centre at the pen frame's origin."""
    draw_hair_back(pen, design)
    draw_body(pen, design, legs)
    draw_head(pen, design, expression, turn)
    draw_hair_front(pen, design, turn)
    draw_head_props(pen, design, turn)
    draw_marks(pen, design, expression, turn)
