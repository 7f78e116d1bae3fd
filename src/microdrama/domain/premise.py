"""The premise frame: what the user's idea is about, as the writer understood it.

The offline writer parses it from the idea (``providers/offline/premise``) and stores it
in ``series.yaml`` under ``premise:``, where the user can correct it; every later stage
(outline, scripts, the script doctor, the LLM writers' room) reads it from there. The
idea's own nouns drive the story: whoever the idea names does what the idea says,
where it says, in front of whom it says.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from microdrama.domain.base import Model

TruthKind = Literal["identity", "power", "past_life", "blood_tie", "vendetta", "none"]
TimeStructure = Literal["linear", "rebirth", "time_skip", "countdown"]


class PremisePerson(Model):
    """Someone the idea names or describes."""

    name: str = Field(default="", description="Their name as the idea gives it ('' if unnamed).")
    gender: Literal["female", "male", ""] = Field(
        default="", description="Gender if the idea says or implies it ('' if unknown)."
    )
    occupation: str = Field(
        default="", description="Job or station, in the idea's words (e.g. '外卖员', 'intern')."
    )
    situation: str = Field(
        default="", description="Where they stand when the story opens (e.g. 'humiliated at work')."
    )
    hold: str = Field(
        default="", description="For an antagonist: their power over the lead (e.g. 'her boss')."
    )


class Premise(Model):
    """The idea as a frame of story parts. Empty strings mean the idea did not say."""

    protagonist: PremisePerson = Field(
        default_factory=PremisePerson, description="Whose story it is."
    )
    hidden_truth: str = Field(
        default="", description="What the protagonist secretly is or has, in the idea's words."
    )
    truth_kind: TruthKind = Field(
        default="none",
        description="identity (a secret heir, a hidden rank), power (a skill or gift), "
        "past_life (rebirth memories), blood_tie (a lost parent or child), vendetta (whose "
        "child, sister… the lead is, whom the antagonist wronged), none.",
    )
    antagonists: list[PremisePerson] = Field(
        default_factory=list, description="Who stands against the protagonist, first = main."
    )
    love: PremisePerson = Field(
        default_factory=PremisePerson,
        description="The love interest, when the idea names one: someone it first sets "
        "against the lead who the trope makes the one they fall for (a billionaire who hires "
        "her, her son's real father).")
    setting: str = Field(default="", description="The world the story is set in.")
    places: list[str] = Field(
        default_factory=list, description="Places the idea names, first = where it opens."
    )
    incident: str = Field(
        default="", description="The inciting incident: the moment the idea turns on."
    )
    witnesses: str = Field(
        default="", description="In front of whom the incident happens (e.g. '全公司', 'the board')."
    )
    want: str = Field(default="", description="What the protagonist wants.")
    time_structure: TimeStructure = Field(
        default="linear", description="Rebirth, a time skip, a countdown, or a linear story."
    )
    image: str = Field(
        default="", description="The idea's signature image (e.g. '泼酒', 'a slap at the gala')."
    )
    trope: str = Field(default="", description="Trope id the series follows.")
    assumed: list[str] = Field(
        default_factory=list,
        description="What the writer had to assume because the idea did not say (shown by `new`).",
    )

    def terms(self) -> list[str]:
        """The idea's own nouns, in order of weight, without blanks or repeats."""
        found = [self.protagonist.name, self.protagonist.occupation, self.hidden_truth,
                 *(p.name for p in self.antagonists), *(p.occupation for p in self.antagonists),
                 self.love.name, self.love.occupation, *self.places, self.setting, self.image]
        return [t for t in dict.fromkeys(t.strip() for t in found) if t]
