"""What an interactive episode adds to a scene in episodes/epNNN.yaml: its choices, its
ending, and the typed story state they read and change.

Conditions and effects are kept as the text the author wrote (files stay as written)
and parsed on validation, so a syntax error is caught at load with its place.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints

from microdrama.domain.base import Id, Model
from microdrama.domain.expressions import (
    KEYWORDS,
    NAME_PATTERN,
    Effect,
    Expr,
    Value,
    parse_condition,
    parse_effect,
)

#: How an ending feels, for the player's endings screen and the exports.
EndingKind = Literal["good", "bad", "neutral", "twist", "secret", "cliffhanger"]
VariableName = Annotated[str, StringConstraints(pattern=NAME_PATTERN, max_length=40)]
StateValues = dict[VariableName, Value]

def _condition(text: str) -> str:
    if text:
        parse_condition(text)
    return text


def _effects(texts: list[str]) -> list[str]:
    for text in texts:
        parse_effect(text)
    return texts


#: A condition as written (parsed when validated; '' = always).
ConditionText = Annotated[str, AfterValidator(_condition)]
#: Effects as written, in order (each parsed when validated).
EffectTexts = Annotated[list[str], AfterValidator(_effects)]

_ONE_LINE = r"^[^\x00-\x1f\x7f-\x9f\u2028\u2029]*\S[^\x00-\x1f\x7f-\x9f\u2028\u2029]*$"


class Choice(Model):
    """One option shown when a scene ends: where it goes, when it shows, what it changes."""

    id: Id = Field(description="Stable id, e.g. 'ep001-sc02-c01' (a build writes it).")
    label: str = Field(description="What the viewer taps, short (one line).", min_length=1,
                       max_length=80, pattern=_ONE_LINE)
    goto: Id = Field(description="Id of the scene this option plays next.")
    condition: ConditionText = Field(
        default="",
        description="Shown only when this holds, e.g. 'trust >= 2 and not betrayed' "
        "(empty: always shown).")
    effects: EffectTexts = Field(
        default_factory=list,
        description="Changes to the story state when taken, in order, e.g. "
        "['trust += 1', 'betrayed = true'].")
    default: bool = Field(
        default=False,
        description="Taken when the choice window times out (else the first shown option).")

    @property
    def when(self) -> Expr | None:
        """The parsed condition, or None when the option is always shown."""
        return parse_condition(self.condition) if self.condition else None

    @property
    def changes(self) -> list[Effect]:
        """The parsed effects, in order."""
        return [parse_effect(text) for text in self.effects]


class Ending(Model):
    """Marks a scene as an ending of the story."""

    title: str = Field(description="Name of the ending, shown on the endings screen.",
                       min_length=1, max_length=80, pattern=_ONE_LINE)
    kind: EndingKind = Field(default="neutral", description="How the ending feels.")


def check_state_names(state: dict[str, Value], flags: dict[str, Value]) -> None:
    """Variable names are not keywords and not both story state and a flag."""
    for name in [*state, *flags]:
        if name in KEYWORDS:
            raise ValueError(f"{name!r} is a word of the expression language, not a "
                             "variable name; choose another")
        if not re.match(NAME_PATTERN, name):  # dict keys are checked here, not per field
            raise ValueError(f"variable {name!r} must be lowercase letters, digits and _")
    both = sorted(set(state) & set(flags))
    if both:
        raise ValueError(f"{', '.join(both)} is declared in both state and flags; keep one")
