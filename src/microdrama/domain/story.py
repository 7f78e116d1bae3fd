"""The story graph of an episode: the one model the checks, the player, rendering and the
Ink / Twee / Ren'Py exports and imports share.

Nodes are **segments** (a scene: its lines in order and how long it plays); a segment
goes on by exactly one of: ``next`` (straight on), a ``choice`` (2–4 options, each with
a label, an optional condition, effects and a target, one default taken when the window
times out) or an ``ending``. **Variables** are typed story state with a starting value;
``persistent`` ones (flags) live across playthroughs, like the endings seen.

The graph may be wrong (a target that names nothing, a duplicate id): it is built from
whatever an author or an importer wrote, and the checks in ``review/story.py`` say what
is wrong with it. :func:`graph_of` is the one place an episode script becomes a graph.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from pydantic import Field

from microdrama.domain.base import Model
from microdrama.domain.branching import EndingKind
from microdrama.domain.expressions import (
    Effect,
    Expr,
    Value,
    VarType,
    parse_condition,
    parse_effect,
    type_of_value,
)
from microdrama.domain.script import Episode


class Option(Model):
    """One option of a choice: an edge of the graph."""

    id: str = Field(description="Stable id (the script's choice id, e.g. 'ep001-sc02-c01').")
    label: str = Field(description="What the viewer taps.")
    target: str = Field(description="Id of the segment it leads to.")
    condition: str = Field(default="", description="Shown only when this holds ('' = always).")
    effects: list[str] = Field(default_factory=list, description="State changes, in order.")

    @property
    def when(self) -> Expr | None:
        """The parsed condition, None when always shown."""
        return parse_condition(self.condition) if self.condition else None

    @property
    def changes(self) -> list[Effect]:
        """The parsed effects."""
        return [parse_effect(text) for text in self.effects]


class ChoicePoint(Model):
    """The choice shown as a segment ends."""

    options: list[Option] = Field(description="Options in the order shown.")
    default: int = Field(default=0, ge=0, description="Index of the option taken on timeout "
                         "(if hidden then, the first shown option is taken).")
    window_ms: int = Field(description="How long the options stay up, in ms.", gt=0)


class StoryEnding(Model):
    """An ending: the viewer's playthrough stops after its segment."""

    id: str = Field(description="Ending id (the id of the segment that ends).")
    title: str = Field(description="Shown on the endings screen.")
    kind: EndingKind = Field(default="neutral", description="How it feels.")


class Segment(Model):
    """A node: one scene of lines played back to back, then its way on."""

    id: str = Field(description="Stable id (the scene id, e.g. 'ep001-sc02').")
    lines: list[str] = Field(default_factory=list, description="Line ids in playing order.")
    duration_ms: int = Field(default=0, ge=0,
                             description="How long it plays (estimated, or measured once timed).")
    next: str | None = Field(default=None, description="Segment it goes straight on to.")
    choice: ChoicePoint | None = Field(default=None, description="The choice as it ends.")
    ending: StoryEnding | None = Field(default=None, description="Set when it ends the story.")

    def options(self) -> list[Option]:
        """The options of its choice ([] when it has none)."""
        return self.choice.options if self.choice is not None else []

    def targets(self) -> list[str]:
        """Ids this segment can go on to, in order (options may repeat a target)."""
        if self.next is not None:
            return [self.next]
        if self.choice is not None:
            return [option.target for option in self.choice.options]
        return []


class Variable(Model):
    """A typed story variable with its starting value."""

    name: str = Field(description="Name used in conditions and effects.")
    type: VarType = Field(description="bool, int or str.")
    default: Value = Field(description="Value at the start of a (first) playthrough.")
    persistent: bool = Field(default=False,
                             description="Kept across playthroughs (a flag), like endings seen.")


class StoryGraph(Model):
    """An interactive episode as a graph."""

    id: str = Field(description="Episode id.")
    title: str = Field(description="Episode title.")
    start: str = Field(description="Id of the first segment.")
    segments: list[Segment] = Field(description="Segments, in script order.")
    variables: list[Variable] = Field(default_factory=list, description="Declared state.")

    def segment(self, ident: str) -> Segment | None:
        """The segment with id ``ident`` (the first, if ids repeat)."""
        return next((s for s in self.segments if s.id == ident), None)

    def by_id(self) -> dict[str, Segment]:
        """Segment id → segment (the first of a repeated id)."""
        out: dict[str, Segment] = {}
        for segment in self.segments:
            out.setdefault(segment.id, segment)
        return out

    def endings(self) -> list[StoryEnding]:
        """Every ending, in script order."""
        return [s.ending for s in self.segments if s.ending is not None]

    def options(self) -> Iterator[tuple[Segment, Option]]:
        """Every (segment, option) pair, in script order."""
        for segment in self.segments:
            for option in segment.options():
                yield segment, option

    def initial_state(self) -> dict[str, Value]:
        """Every declared variable at its starting value (a first playthrough)."""
        return {v.name: v.default for v in self.variables}


def graph_of(episode: Episode, *, window_ms: int,
             durations: Mapping[str, int] | None = None) -> StoryGraph:
    """The story graph of ``episode``: each scene a segment, its ``choices`` / ``next`` /
    ``ending`` its way on. ``window_ms`` is the choice window of scenes that set none;
    ``durations`` (segment id → ms) fills in how long each plays.

    A linear episode (no scene branches) is a chain in script order whose last scene is
    its one ending (titled after the episode). In an interactive episode nothing falls
    through: a scene that names no way on is a dead end the checks report.
    """
    durations = durations or {}
    segments = []
    linear = not episode.branching
    for index, scene in enumerate(episode.scenes):
        lines = [line.id for beat in scene.beats for line in beat.lines]
        segment = Segment(id=scene.id, lines=lines, duration_ms=durations.get(scene.id, 0),
                          next=scene.next)
        if scene.choices:
            default = next((i for i, c in enumerate(scene.choices) if c.default), 0)
            segment.choice = ChoicePoint(
                options=[Option(id=c.id, label=c.label, target=c.goto, condition=c.condition,
                                effects=list(c.effects)) for c in scene.choices],
                default=default, window_ms=scene.window_ms or window_ms)
        if scene.ending is not None:
            segment.ending = StoryEnding(id=scene.id, title=scene.ending.title,
                                         kind=scene.ending.kind)
        if linear:
            last = index == len(episode.scenes) - 1
            if last:
                segment.ending = StoryEnding(id=scene.id, title=episode.title)
            else:
                segment.next = episode.scenes[index + 1].id
        segments.append(segment)
    variables = [Variable(name=k, type=type_of_value(v), default=v)
                 for k, v in episode.state.items()]
    variables += [Variable(name=k, type=type_of_value(v), default=v, persistent=True)
                  for k, v in episode.flags.items()]
    return StoryGraph(id=episode.id, title=episode.title, start=episode.scenes[0].id,
                      segments=segments, variables=variables)
