"""The interactive pack (``packs/interactive/rules.toml``, schema :class:`InteractivePack`)
and :func:`story_graph`, an episode's graph with the pack's choice window filled in —
what the checks, the player and the exports all start from."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict

from microdrama.domain.script import Episode
from microdrama.domain.story import StoryGraph, graph_of
from microdrama.packs import BUILTIN, Packs, load_pack


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ChoiceRules(_Table):
    """Numbers of a choice."""

    window_ms: int
    min_options: int
    max_options: int
    source: str


class AnalysisRules(_Table):
    """Bounds of the graph checks."""

    max_states: int
    source: str


class InteractivePack(_Table):
    """Schema of packs/interactive/rules.toml."""

    version: str
    choice: ChoiceRules
    analysis: AnalysisRules


def load_interactive(packs: Packs = BUILTIN) -> InteractivePack:
    """The interactive rules."""
    return load_pack("interactive", "rules", InteractivePack, packs=packs)


def story_graph(episode: Episode, *, durations: Mapping[str, int] | None = None,
                packs: Packs = BUILTIN) -> StoryGraph:
    """The story graph of ``episode``, scenes without a window getting the pack's."""
    return graph_of(episode, window_ms=load_interactive(packs).choice.window_ms,
                    durations=durations)
