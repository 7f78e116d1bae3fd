"""How a staged character stands: a storyboard's staging fields as drawing settings.

``side`` is where the character turns on screen (+1 right, −1 left, 0 front or back);
``lead`` is the side its gesture reaches toward (the one it looks at, when in frame).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from microdrama.domain.storyboard import ShotCharacter

#: Turns in radians: the head turns a little further than the body, as people do.
HEAD_TURN = {"front": 0.0, "three-quarter": np.radians(40), "profile": np.radians(90)}
BODY_TURN = {"front": 0.0, "three-quarter": np.radians(30), "profile": np.radians(72)}


@dataclass(frozen=True)
class Posture:
    """One character's staging, ready to draw."""

    facing: str = "front"
    pose: str = "stand"
    gesture: str = "none"
    prop: str | None = None
    lead: int = 1

    @property
    def view(self) -> str:
        """front, three-quarter, profile or back."""
        return self.facing.rsplit("-", 1)[0] if self.facing.endswith(("-left", "-right")) \
            else self.facing

    @property
    def side(self) -> int:
        """+1 turned toward the right of the screen, −1 toward the left, 0 neither."""
        return 1 if self.facing.endswith("-right") else -1 if self.facing.endswith("-left") else 0

    @property
    def plain(self) -> bool:
        """Nothing staged: drawn exactly as panels were before staging existed."""
        return (self.facing, self.pose, self.gesture, self.prop) == ("front", "stand", "none", None)

    def head_turn(self) -> float:
        return self.side * float(HEAD_TURN.get(self.view, 0.0))

    def body_turn(self) -> float:
        return self.side * float(BODY_TURN.get(self.view, 0.0))


def posture_of(character: ShotCharacter, lead: int) -> Posture:
    """The drawing posture of a shot character (fields left out are the plain ones)."""
    gesture = character.gesture or "none"
    if character.prop and gesture == "none":
        gesture = "hold"
    return Posture(facing=character.facing or "front", pose=character.pose or "stand",
                   gesture=gesture, prop=character.prop, lead=lead if lead else 1)
