"""Episode scripts: scenes → beats → lines, every one with a stable id.

Ids look like ``ep003`` (episode), ``ep003-sc02`` (scene), ``ep003-sc02-b01`` (beat),
``ep003-sc02-l07`` (line) and ``ep003-sc02-c01`` (a choice of an interactive episode). They are written into the file and never renumbered:
a line inserted later gets the next free number in its scene.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer, model_validator

from microdrama.domain.base import Id, Model
from microdrama.domain.bible import BeatKind
from microdrama.domain.branching import Choice, Ending, StateValues, check_state_names
from microdrama.domain.ledger import LedgerEvent

Emotion = Literal[
    "neutral", "angry", "shocked", "smug", "crying", "smiling", "scheming", "cold",
    "afraid", "determined", "sad", "tender", "pleading", "mocking", "furious", "calm",
]
TimeOfDay = Literal["day", "night", "dusk", "dawn"]


class Line(Model):
    """One spoken line."""

    id: Id = Field(description="Stable id, e.g. 'ep001-sc01-l03'.")
    speaker: Id = Field(description="Character id of who speaks.")
    text: str = Field(
        description="What is said, in the series language (one line, no control characters).",
        min_length=1,
        pattern=r"^[^\x00-\x1f\x7f-\x9f\u2028\u2029]*\S[^\x00-\x1f\x7f-\x9f\u2028\u2029]*$",
    )
    emotion: Emotion = Field(default="neutral", description="How it is said.")
    direction: str = Field(default="", description="Parenthetical: an action while speaking.")
    knows: list[str] = Field(
        default_factory=list,
        description="Fact ids the line presupposes the speaker knows (continuity checks).",
    )


class Beat(Model):
    """A unit of story turn: action, then lines."""

    id: Id = Field(description="Stable id, e.g. 'ep001-sc01-b02'.")
    kind: BeatKind = Field(description="Role of the beat in the episode's shape.")
    action: str = Field(default="", description="What we see, before the lines.")
    events: list[LedgerEvent] = Field(
        default_factory=list, description="Continuity changes that happen in the action."
    )
    lines: list[Line] = Field(default_factory=list, description="Lines, in order.")


class Scene(Model):
    """One place and time."""

    id: Id = Field(description="Stable id, e.g. 'ep001-sc02'.")
    location: Id = Field(description="Location id from the bible.")
    time: TimeOfDay = Field(default="day", description="Time of day.")
    characters: list[Id] = Field(description="Character ids present in the scene.")
    beats: list[Beat] = Field(description="Beats, in order.", min_length=1)
    choices: list[Choice] = Field(
        default_factory=list,
        description="Interactive episodes: the options shown when the scene ends (2–4), "
        "each going to a scene id.")
    window_ms: int | None = Field(
        default=None, ge=1000, le=60000,
        description="How long the choices stay up before the default is taken, in ms "
        "(default: the interactive pack's choice_window_ms).")
    next: Id | None = Field(
        default=None,
        description="Interactive episodes: the scene id this scene goes on to (no choice).")
    ending: Ending | None = Field(
        default=None, description="Interactive episodes: this scene ends the story.")

    @model_validator(mode="after")
    def _one_way_on(self) -> Scene:
        ways = [name for name, used in (("choices", bool(self.choices)),
                                        ("next", self.next is not None),
                                        ("ending", self.ending is not None)) if used]
        if len(ways) > 1:
            raise ValueError(f"scene {self.id} has {' and '.join(ways)}: a scene either "
                             "offers choices, goes on to one next scene, or ends the story")
        if sum(choice.default for choice in self.choices) > 1:
            raise ValueError(f"scene {self.id} marks more than one choice default: true "
                             "(the one taken when the window times out)")
        if self.window_ms is not None and not self.choices:
            raise ValueError(f"scene {self.id} has window_ms but no choices")
        return self

    @model_serializer(mode="wrap")
    def _omit_unused(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # A linear scene serialises exactly as it did before interactive fields existed,
        # so its files and every cache key that hashes it stay byte for byte the same.
        data: dict[str, Any] = handler(self)
        for key in ("choices", "window_ms", "next", "ending"):
            if key in data and not data[key]:
                del data[key]
        return data


class Episode(Model):
    """One episode script (episodes/epNNN.yaml)."""

    id: Id = Field(description="Stable id, e.g. 'ep001'.")
    number: int = Field(description="Episode number, from 1.", ge=1)
    title: str = Field(description="Episode title.")
    target_seconds: int = Field(description="Target running time in seconds.", ge=10, le=1200)
    summary: str = Field(default="", description="What happens.")
    scenes: list[Scene] = Field(description="Scenes, in order.", min_length=1)
    state: StateValues = Field(
        default_factory=dict,
        description="Interactive episodes: story variables and their starting values "
        "(true/false, a whole number or a string), e.g. {trust: 0, betrayed: false}.")
    flags: StateValues = Field(
        default_factory=dict,
        description="Interactive episodes: variables kept across playthroughs (the player "
        "saves them), with the value of a first playthrough.")

    @model_serializer(mode="wrap")
    def _omit_unused(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        for key in ("state", "flags"):
            if key in data and not data[key]:
                del data[key]
        return data

    @model_validator(mode="after")
    def _unique_ids(self) -> Episode:
        check_state_names(self.state, self.flags)
        seen: set[str] = set()
        for ident in self.all_ids():
            if ident in seen:
                raise ValueError(f"duplicate id {ident!r}")
            seen.add(ident)
        return self

    def all_ids(self) -> list[str]:
        """Every id in the episode: scenes, choices, beats, lines."""
        ids: list[str] = []
        for scene in self.scenes:
            ids.append(scene.id)
            ids.extend(choice.id for choice in scene.choices)
            for beat in scene.beats:
                ids.append(beat.id)
                ids.extend(line.id for line in beat.lines)
        return ids

    def lines(self) -> list[Line]:
        """All lines in playing order."""
        return [line for scene in self.scenes for beat in scene.beats for line in beat.lines]

    @property
    def branching(self) -> bool:
        """An interactive episode: some scene offers choices, names its next or ends."""
        return any(s.choices or s.next or s.ending for s in self.scenes)

    def beats(self) -> list[Beat]:
        """All beats in playing order."""
        return [beat for scene in self.scenes for beat in scene.beats]


def episode_id(number: int) -> str:
    """``ep001`` for episode 1."""
    return f"ep{number:03d}"


_NUMBERED = re.compile(r"^(?P<prefix>.+)-(?P<kind>sc|b|l|c)(?P<n>\d+)[a-z]?$")


def next_id(prefix: str, kind: Literal["sc", "b", "l", "c"], taken: set[str]) -> str:
    """The next free ``{prefix}-{kind}NN`` after the highest number already taken.

    Existing ids are never renumbered; a new item gets max + 1 under its prefix.
    """
    highest = 0
    for ident in taken:
        match = _NUMBERED.match(ident)
        if match and match["prefix"] == prefix and match["kind"] == kind:
            highest = max(highest, int(match["n"]))
    return f"{prefix}-{kind}{highest + 1:02d}"
