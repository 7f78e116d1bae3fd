"""Storyboards: an episode cut into shots (storyboards/epNNN.yaml, user-editable).

A shot carries the line ids spoken in it; its length comes from the speech it
carries (estimated here, measured from real audio in the timing stage).

Staging — how each character stands in a shot — is data too: where they turn
(``facing``), their ``pose``, a ``gesture``, a held ``prop`` and whom they
``looks_at``; a shot may be framed over someone's shoulder (``over_shoulder``). Every
staging field is optional: left out, it is derived from the script when the storyboard
is read (the offline storyboarder's rules), so storyboards written before staging
existed load and are staged by the same rules. Left-out fields are left out of dumps
too, so a shot whose staging is all left out keeps the cache keys it had.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer, model_validator

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
#: Where a character turns, as seen on screen: ``three-quarter-right`` turns toward the
#: right edge of the frame, ``profile-left`` shows the nose pointing left.
Facing = Literal[
    "front", "three-quarter-left", "three-quarter-right", "profile-left", "profile-right", "back"
]
Pose = Literal["stand", "sit", "kneel", "walk"]
Gesture = Literal[
    "none", "point", "arms-crossed", "hand-on-chest", "slap", "stop", "fists", "hold",
    "raise", "hands-on-hips", "cover-face", "bow", "reach", "hand-on-chin",
]
Prop = Literal["envelope", "phone", "glass", "document", "ring", "umbrella"]

#: Staging fields: None means "not written — derive it from the script".
STAGING_FIELDS = ("facing", "pose", "gesture", "prop", "looks_at")


class ShotCharacter(Model):
    """A character in a shot."""

    id: Id = Field(description="Character id from the bible.")
    expression: Emotion = Field(default="neutral", description="Facial expression.")
    position: Position = Field(default="center", description="Where in the frame.")
    facing: Facing | None = Field(
        default=None,
        description="Where they turn on screen (front, three-quarter-left/right, "
                    "profile-left/right, back); left out: toward whom they look at.")
    pose: Pose | None = Field(
        default=None, description="stand, sit, kneel or walk (entering); left out: derived.")
    gesture: Gesture | None = Field(
        default=None,
        description="What the arms do (point, arms-crossed, hand-on-chest, slap, stop, fists, "
                    "hold, raise, hands-on-hips, cover-face, bow, reach, hand-on-chin; none "
                    "for arms at rest); left out: from the line's emotion and the action.")
    prop: Prop | None = Field(
        default=None, description="What they hold (envelope, phone, glass, document, ring, "
                                  "umbrella); left out: what the action names.")
    looks_at: Id | None = Field(
        default=None, description="Character id they turn to: whom they speak to, or the "
                                  "speaker they listen to; left out: derived.")

    @model_serializer(mode="wrap")
    def _omit_unstaged(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Shots without staging dump as before, so their cache keys stay put.
        data: dict[str, Any] = handler(self)
        for name in STAGING_FIELDS:
            if getattr(self, name) is None:
                data.pop(name, None)
        return data


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
    over_shoulder: Id | None = Field(
        default=None,
        description="Over-the-shoulder framing: the id of the character (one of characters) "
                    "seen from behind in the foreground, cropped; left out: none.")

    @model_serializer(mode="wrap")
    def _omit_no_shoulder(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if self.over_shoulder is None:  # as before: keys of other shots stay put
            data.pop("over_shoulder", None)
        return data


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
