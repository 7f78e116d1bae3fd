"""The series bible (who, where, what) and the outline (arcs, episode plan, money)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    Field,
    SerializerFunctionWrapHandler,
    StringConstraints,
    model_serializer,
    model_validator,
)

from microdrama.domain.base import Id, Model
from microdrama.domain.premise import Premise

Language = Literal["zh", "en"]
Gender = Literal["female", "male"]
Role = Literal["lead", "love", "rival", "elder", "aide", "wildcard", "extra"]
LocationKind = Literal[
    "office", "mansion", "hospital", "street", "restaurant", "bedroom", "ballroom", "car",
    "courtroom", "school", "village", "forest",
]


#: A colour as lowercase #rrggbb: in the schema, so a model that writes "crimson" is asked
#: to repair it instead of passing validation and crashing the painter later.
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-f]{6}$")]


class Look(Model):
    """How a character looks; painters draw exactly this in every shot."""

    age: int = Field(description="Apparent age in years.", ge=3, le=100)
    face: str = Field(description="Face shape and features, e.g. 'oval, sharp brows'.")
    hair: str = Field(description="Hair style, e.g. 'long straight', 'short undercut'.")
    hair_color: Colour = Field(description="Hair colour as #rrggbb.")
    eye_color: Colour = Field(description="Eye colour as #rrggbb.")
    skin: Colour = Field(description="Skin tone as #rrggbb.")
    outfit: str = Field(description="Signature outfit, e.g. 'white dress shirt, black suit'.")
    palette: list[Colour] = Field(
        description="Two to four #rrggbb colours that identify the character on screen.",
        min_length=2,
        max_length=4,
    )
    accessories: list[str] = Field(default_factory=list, description="Recurring props worn.")


class Voice(Model):
    """One consistent voice per character; speech engines map it to their own voices."""

    gender: Gender = Field(description="Voice gender.")
    pitch: int = Field(description="Relative pitch, 0 (lowest) to 100 (highest).", ge=0, le=100)
    rate: int = Field(description="Relative speed, 0 (slowest) to 100 (fastest).", ge=0, le=100)
    timbre: str = Field(description="Words for the sound, e.g. 'cool, clipped'.")


class Character(Model):
    """A member of the cast."""

    id: Id = Field(description="Stable id, e.g. 'su-wan'.")
    name: str = Field(description="Display name in the series language.", min_length=1)
    role: Role = Field(description="Dramatic function in the series.")
    gender: Gender = Field(description="Gender of the character.")
    description: str = Field(description="Who they are, in one or two sentences.")
    traits: list[str] = Field(default_factory=list, description="Personality traits.")
    speech: str = Field(default="", description="How they talk: register, tics, sentence length.")
    look: Look = Field(description="Fixed visual design.")
    voice: Voice = Field(description="Fixed voice design.")


class Location(Model):
    """A recurring place. A series keeps to five or fewer."""

    id: Id = Field(description="Stable id, e.g. 'lin-mansion'.")
    name: str = Field(description="Display name.")
    kind: LocationKind = Field(description="What sort of place; painters draw from this.")
    description: str = Field(default="", description="What it looks like and means.")


class Arc(Model):
    """A block of about ten episodes around one scheme, ending on a twist."""

    id: Id = Field(description="Stable id, e.g. 'arc01'.")
    title: str = Field(description="Short title of the arc.")
    first: int = Field(description="First episode number of the arc.", ge=1)
    last: int = Field(description="Last episode number of the arc.", ge=1)
    summary: str = Field(description="What happens in the arc.")
    scheme: str = Field(default="", description="Id of the antagonist's scheme this arc turns on.")
    schemer: str = Field(default="", description="Character id of who runs the scheme.")

    @model_validator(mode="after")
    def _ordered(self) -> Arc:
        if self.last < self.first:
            raise ValueError(f"arc {self.id}: last ({self.last}) is before first ({self.first})")
        return self


BeatKind = Literal[
    "hook", "stakes", "reversal", "escalation", "cliffhanger", "twist", "reveal", "finale"
]


class EpisodePlan(Model):
    """One episode in the outline: its purpose before a word of it is written."""

    number: int = Field(description="Episode number, from 1.", ge=1)
    title: str = Field(description="Episode title.")
    target_seconds: int = Field(description="Target running time in seconds.", ge=10, le=1200)
    arc: str = Field(default="", description="Id of the arc this episode belongs to.")
    summary: str = Field(description="What happens, in one or two sentences.")
    hook: str = Field(description="The image and conflict of the first 3 seconds.")
    reversal: str = Field(description="How the power turns mid-episode.")
    cliffhanger: str = Field(description="The open question the episode ends on.")
    twist: bool = Field(default=False, description="A fresh series twist lands here.")
    reveal: bool = Field(default=False, description="The lead's hidden identity is revealed here.")
    paywall: bool = Field(default=False, description="First paid episode.")
    ad_break: bool = Field(default=False, description="A rewarded-ad unlock sits before this episode.")
    locations: list[str] = Field(default_factory=list, description="Location ids used.")
    chapters: list[int] = Field(
        default_factory=list,
        description="Source chapters this episode adapts (projects adapted from a novel).",
    )

    @model_serializer(mode="wrap")
    def _omit_no_chapters(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Plans without a source dump as before, so cache keys of such projects stay put.
        data: dict[str, Any] = handler(self)
        if not self.chapters:
            data.pop("chapters", None)
        return data


class Monetization(Model):
    """How the series earns: planned into the story, not bolted on."""

    model: Literal["iap", "iaa", "hybrid"] = Field(description="Paid unlocks, ads, or both.")
    free_episodes: int = Field(description="Episodes free to watch.", ge=0)
    paywall_episode: int | None = Field(description="First paid episode, if any.", ge=1)
    unlock_checkpoints: list[int] = Field(
        default_factory=list, description="Episodes where a bigger unlock offer appears."
    )
    ad_breaks: list[int] = Field(
        default_factory=list, description="Episodes unlocked by a rewarded ad (IAA/hybrid)."
    )
    coins_per_episode: int = Field(default=0, description="Price per paid episode in coins.", ge=0)
    source: str = Field(default="", description="Where the numbers come from.")


class Bible(Model):
    """The series bible (series.yaml): the canon every stage reads."""

    title: str = Field(description="Series title.", min_length=1)
    language: Language = Field(description="Language the series is written in.")
    logline: str = Field(description="The series in one sentence.")
    genre: str = Field(description="Genre label.")
    tropes: list[str] = Field(description="Trope ids, e.g. 'heiress', 'revenge'.")
    tone: str = Field(description="Tone in a few words.")
    world: str = Field(description="Setting and rules of the world.")
    secret: str = Field(default="", description="The lead's hidden identity, the series' core secret.")
    characters: list[Character] = Field(description="The cast.", min_length=1)
    locations: list[Location] = Field(description="Recurring locations (five or fewer).", min_length=1)
    premise: Premise | None = Field(
        default=None,
        description="The idea as the writer understood it; edit it and unwritten text follows.",
    )

    @model_serializer(mode="wrap")
    def _omit_no_premise(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # Bibles without a premise (adaptations, older projects) dump as before.
        data: dict[str, Any] = handler(self)
        if self.premise is None:
            data.pop("premise", None)
        return data

    @model_validator(mode="after")
    def _unique_ids(self) -> Bible:
        for label, ids in (
            ("character", [c.id for c in self.characters]),
            ("location", [loc.id for loc in self.locations]),
        ):
            seen: set[str] = set()
            for i in ids:
                if i in seen:
                    raise ValueError(f"duplicate {label} id {i!r}")
                seen.add(i)
        return self

    def character(self, ident: str) -> Character | None:
        """The character with this id, or None."""
        return next((c for c in self.characters if c.id == ident), None)

    def by_role(self, role: str) -> Character | None:
        """The first character with this role, or None."""
        return next((c for c in self.characters if c.role == role), None)


class Outline(Model):
    """The episode outline (outline.yaml): arcs, one plan per episode, the money plan."""

    arcs: list[Arc] = Field(description="Story arcs of about ten episodes.")
    plan: list[EpisodePlan] = Field(description="One entry per episode, in order.", min_length=1)
    monetization: Monetization = Field(description="How the series earns.")

    @model_validator(mode="after")
    def _consistent(self) -> Outline:
        numbers = [p.number for p in self.plan]
        if len(numbers) != len(set(numbers)):
            raise ValueError("duplicate episode number in plan")
        arc_ids = [a.id for a in self.arcs]
        if len(arc_ids) != len(set(arc_ids)):
            raise ValueError("duplicate arc id")
        for entry in self.plan:
            if entry.arc and entry.arc not in arc_ids:
                raise ValueError(f"episode {entry.number} names unknown arc {entry.arc!r}")
        return self

    def episode(self, number: int) -> EpisodePlan | None:
        """The plan for episode ``number``, or None."""
        return next((p for p in self.plan if p.number == number), None)

    def arc_of(self, number: int) -> Arc | None:
        """The arc that holds episode ``number``, or None."""
        return next((a for a in self.arcs if a.first <= number <= a.last), None)
