"""Shapes and words of the offline writer's branching episodes: the packs
``banks/branching/shapes.yaml`` (graphs of scenes, choices and endings, language-free)
and ``banks/branching/<lang>.yaml`` (choice labels, the answer line that opens a branch,
ending titles), with their schemas and the checks a shape must pass to be written."""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import Field, model_validator

from microdrama.domain.base import Model
from microdrama.domain.branching import ConditionText, EffectTexts, EndingKind
from microdrama.domain.expressions import (
    Value,
    effect_reads,
    names_read,
    parse_condition,
    parse_effect,
)
from microdrama.domain.script import Emotion
from microdrama.packs import load_pack
from microdrama.providers.offline.writer.banks.schema import CastRole, MoveRole

#: Beats a scene may hold: the episode's own moves (as the linear writer deals them),
#: or ``new-<beat>``, a fresh move of that kind no other scene of the episode uses.
CORE_ROLES = ("hook", "stakes", "premise", "turn", "escalation", "pressure", "expose", "ending")
FRESH_ROLES = ("new-reversal", "new-escalation", "new-stakes", "new-cliffhanger")
BeatRole = Literal["hook", "stakes", "premise", "turn", "escalation", "pressure", "expose",
                   "ending", "new-reversal", "new-escalation", "new-stakes", "new-cliffhanger"]
Stance = Literal["face", "search", "press", "retreat", "proof", "ally", "wait"]
#: Choice points a branching episode has, and the endings it needs at least.
CHOICE_POINTS = (2, 3)
MIN_ENDINGS = 3


class ShapeOption(Model):
    """One option of a shape's choice."""

    stance: Stance = Field(description="What the lead does: names the label and the answer.")
    goto: str = Field(description="Key of the scene it leads to.")
    condition: ConditionText = Field(default="", description="Shown only when this holds.")
    effects: EffectTexts = Field(default_factory=list, description="State changes when taken.")
    default: bool = Field(default=False, description="Taken when the window times out.")


class ShapeScene(Model):
    """One scene of a shape."""

    key: str = Field(description="Name of the scene inside the shape.", pattern=r"^[a-z]+$")
    place: Literal[0, 1] = Field(description="The plan's first or second location.")
    beats: list[BeatRole] = Field(description="Beats it holds, by role.", min_length=1)
    choices: list[ShapeOption] = Field(default_factory=list, description="Its choice.")
    next: str | None = Field(default=None, description="Key of the scene it goes on to.")
    ending: EndingKind | None = Field(default=None, description="It ends the story.")
    canonical: bool = Field(default=False, description="The ending the series continues from.")

    @model_validator(mode="after")
    def _one_way_on(self) -> ShapeScene:
        ways = [bool(self.choices), self.next is not None, self.ending is not None]
        if sum(ways) != 1:
            raise ValueError(f"scene {self.key}: give exactly one of choices, next, ending")
        if self.canonical and self.ending is None:
            raise ValueError(f"scene {self.key}: only an ending can be canonical")
        if "ending" in self.beats and not self.canonical:
            raise ValueError(f"scene {self.key}: the plan's ending beat belongs to the "
                             "canonical ending")
        return self


class Shape(Model):
    """A branching episode's graph, by scene keys (the first scene opens it)."""

    id: str = Field(pattern=r"^[a-z-]+$")
    scenes: list[ShapeScene] = Field(min_length=4)

    def scene(self, key: str) -> ShapeScene:
        """The scene with ``key``."""
        return next(s for s in self.scenes if s.key == key)

    def targets(self, scene: ShapeScene) -> list[str]:
        """Keys ``scene`` can go on to."""
        return [o.goto for o in scene.choices] or ([scene.next] if scene.next else [])

    def paths(self) -> list[list[str]]:
        """Every way from the first scene to an ending, as scene keys."""
        out: list[list[str]] = []

        def walk(path: list[str]) -> None:
            scene = self.scene(path[-1])
            if scene.ending is not None:
                out.append(path)
            for target in dict.fromkeys(self.targets(scene)):
                walk([*path, target])

        walk([self.scenes[0].key])
        return out

    def default_path(self) -> list[str]:
        """The scenes of a viewer who never chooses (the default at every choice)."""
        path = [self.scenes[0].key]
        while (scene := self.scene(path[-1])).ending is None:
            if scene.choices:
                path.append(next((o for o in scene.choices if o.default), scene.choices[0]).goto)
            else:
                path.append(str(scene.next))
        return path

    def incoming(self, key: str) -> list[ShapeOption]:
        """The options that lead to ``key``."""
        return [o for s in self.scenes for o in s.choices if o.goto == key]


class ShapesPack(Model):
    """Schema of ``banks/branching/shapes.yaml``."""

    version: str
    state: dict[str, Value] = Field(description="Story state every shape starts from.")
    shapes: list[Shape] = Field(min_length=1)

    @model_validator(mode="after")
    def _sound(self) -> ShapesPack:
        for shape in self.shapes:
            _check_shape(shape, set(self.state))
        return self


def _check_shape(shape: Shape, state: set[str]) -> None:
    keys = [s.key for s in shape.scenes]
    where = f"shape {shape.id}"
    if len(set(keys)) != len(keys):
        raise ValueError(f"{where}: scene keys repeat")
    for scene in shape.scenes:
        for target in shape.targets(scene):
            if target not in keys:
                raise ValueError(f"{where}: scene {scene.key} goes to {target!r}, no scene")
        for option in scene.choices:
            used = names_read(parse_condition(option.condition)) if option.condition else set()
            for effect in (parse_effect(e) for e in option.effects):
                used |= effect_reads(effect) | {effect.target}
            if used - state:
                raise ValueError(f"{where}: scene {scene.key} uses {sorted(used - state)}, "
                                 "not in state")
        if scene.choices and sum(o.default for o in scene.choices) != 1:
            raise ValueError(f"{where}: scene {scene.key} needs exactly one default option")
        if any(o.default and o.condition for o in scene.choices):
            raise ValueError(f"{where}: scene {scene.key}'s default has a condition (it "
                             "could be hidden when the window times out)")
    # No loop: every path is finite (paths() would not end otherwise).
    order: list[str] = []
    marks: dict[str, int] = {}

    def visit(key: str) -> None:
        if marks.get(key) == 1:
            raise ValueError(f"{where}: the scenes loop through {key}")
        if marks.get(key) == 2:
            return
        marks[key] = 1
        for target in shape.targets(shape.scene(key)):
            visit(target)
        marks[key] = 2
        order.append(key)

    visit(keys[0])
    if set(order) != set(keys):
        raise ValueError(f"{where}: scenes {sorted(set(keys) - set(order))} are unreachable")
    choices = sum(1 for s in shape.scenes if s.choices)
    if not CHOICE_POINTS[0] <= choices <= CHOICE_POINTS[1]:
        raise ValueError(f"{where}: {choices} choice points; write {CHOICE_POINTS[0]}–"
                         f"{CHOICE_POINTS[1]}")
    endings = [s for s in shape.scenes if s.ending is not None]
    if len(endings) < MIN_ENDINGS:
        raise ValueError(f"{where}: {len(endings)} endings; write at least {MIN_ENDINGS}")
    canonical = [s.key for s in endings if s.canonical]
    if len(canonical) != 1:
        raise ValueError(f"{where}: mark exactly one ending canonical")
    if shape.default_path()[-1] != canonical[0]:
        raise ValueError(f"{where}: the defaults lead to {shape.default_path()[-1]}, not to "
                         f"the canonical ending {canonical[0]}")


class Answer(Model):
    """The line that answers a choice as its branch opens."""

    who: MoveRole = Field(description="Role who says it.")
    emotion: Emotion
    say: str = Field(min_length=1)


class StanceWords(Model):
    """What one stance says: the option's label and the branch's first line."""

    labels: list[str] = Field(min_length=2, description="Label variants (the last names no one).")
    answers: list[Answer] = Field(min_length=6, description="Answer variants.")


class BranchWriting(Model):
    """Schema of ``banks/branching/<lang>.yaml``."""

    language: Literal["zh", "en"]
    stances: dict[Stance, StanceWords]
    endings: dict[EndingKind, list[str]] = Field(description="Ending title variants by kind.")

    @model_validator(mode="after")
    def _complete(self) -> BranchWriting:
        missing = set(Stance.__args__) - set(self.stances)  # type: ignore[attr-defined]
        if missing:
            raise ValueError(f"stances missing: {sorted(missing)}")
        return self


@cache
def load_shapes() -> ShapesPack:
    """The validated shapes."""
    return load_pack("banks", "branching/shapes", ShapesPack)


@cache
def load_branch_writing(language: str) -> BranchWriting:
    """The validated branch words of ``language``."""
    return load_pack("banks", f"branching/{language}", BranchWriting)


def roles_named(template: str) -> set[CastRole]:
    """Cast roles a template names by slot."""
    from microdrama.providers.offline.writer.banks.schema import template_slots

    roles: set[CastRole] = {"lead", "love", "rival", "elder", "aide", "wildcard"}
    return {r for r in roles if r in template_slots(template)}
