"""Storyboards: an episode cut into shots (storyboards/epNNN.yaml, user-editable).

A shot carries the line ids spoken in it; its length comes from the speech it
carries (estimated here, measured from real audio in the timing stage).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from microdrama.domain.base import Id, Model
from microdrama.domain.script import Emotion, TimeOfDay

Framing = Literal["ECU", "CU", "MCU", "MS", "WS"]
Angle = Literal["eye", "low", "high", "dutch", "overhead"]
CameraMove = Literal[
    "static", "push-in", "pull-out", "pan-left", "pan-right", "tilt-up", "tilt-down", "shake"
]
Transition = Literal["cut", "fade", "flash"]
Effect = Literal["speed-lines", "screentone", "impact", "sparkle", "rain", "gloom"]
Position = Literal["left", "center", "right"]


class ShotCharacter(Model):
    """A character in a shot."""

    id: Id = Field(description="Character id from the bible.")
    expression: Emotion = Field(default="neutral", description="Facial expression.")
    position: Position = Field(default="center", description="Where in the frame.")


class Shot(Model):
    """One shot."""

    id: Id = Field(description="Stable id, e.g. 'ep001-sh04'.")
    beat: Id = Field(description="Id of the beat it belongs to.")
    framing: Framing = Field(description="ECU, CU, MCU, MS or WS.")
    angle: Angle = Field(default="eye", description="Camera angle.")
    move: CameraMove = Field(default="static", description="Camera move over the shot.")
    characters: list[ShotCharacter] = Field(default_factory=list, description="Who is seen.")
    location: Id = Field(description="Location id from the bible.")
    time: TimeOfDay = Field(default="day", description="Time of day.")
    lines: list[Id] = Field(default_factory=list, description="Line ids spoken in the shot.")
    action: str = Field(default="", description="What happens (for captions and painters).")
    prompt: str = Field(default="", description="Visual prompt for image models (English).")
    effects: list[Effect] = Field(default_factory=list, description="Manga effects.")
    transition: Transition = Field(default="cut", description="How the shot begins.")
    duration_ms: int = Field(
        description="Length without speech, or the estimate before voices exist.", gt=0
    )
    hook: bool = Field(default=False, description="The episode's opening hook shot.")


class Storyboard(Model):
    """All shots of one episode, in order."""

    episode: Id = Field(description="Episode id, e.g. 'ep001'.")
    shots: list[Shot] = Field(description="Shots in playing order.", min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Storyboard:
        ids = [s.id for s in self.shots]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate shot ids {duplicates}")
        return self
