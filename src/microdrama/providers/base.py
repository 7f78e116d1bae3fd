"""Provider interfaces: one small async protocol per capability, domain types only.

The writers' room is three capabilities, one method each, because a stage asks for
exactly one thing at a time (and caches it): a bible from an idea, an outline from a
bible, one episode script from its plan and the continuity so far.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from pydantic import Field

from microdrama.domain import Arc, Bible, Episode, EpisodePlan, Ledger, Model, Outline
from microdrama.domain.bible import Language


class SeriesRequest(Model):
    """Ask for a series bible."""

    idea: str = Field(description="The idea.")
    language: Language = Field(description="Series language.")
    genre: str = Field(description="Trope id, or 'auto'.")
    title: str = Field(default="", description="Title to use, or '' to propose one.")
    episodes: int = Field(description="Planned number of episodes.", ge=1)
    seed: int = Field(description="Seed for deterministic writers.")


class OutlineRequest(Model):
    """Ask for an outline of a bible."""

    bible: Bible
    episodes: int = Field(ge=1)
    episode_seconds: int = Field(ge=10)
    seed: int


class ScriptRequest(Model):
    """Ask for one episode script."""

    bible: Bible
    plan: EpisodePlan = Field(description="This episode's plan.")
    arc: Arc | None = Field(default=None, description="The arc it belongs to.")
    arc_last: bool = Field(default=False, description="It is the last episode of its arc.")
    final: bool = Field(default=False, description="It is the series finale.")
    ledger: Ledger = Field(description="Continuity after the previous episodes.")
    previously: str = Field(default="", description="Summary of the previous episode.")
    seed: int


@runtime_checkable
class BibleWriter(Protocol):
    """Writes a series bible from an idea."""

    async def write_bible(self, request: SeriesRequest) -> Bible: ...


@runtime_checkable
class OutlineWriter(Protocol):
    """Writes an episode outline from a bible."""

    async def write_outline(self, request: OutlineRequest) -> Outline: ...


@runtime_checkable
class ScriptWriter(Protocol):
    """Writes one episode script from its plan and the continuity so far."""

    async def write_script(self, request: ScriptRequest) -> Episode: ...


# Re-exported so stages can type against one place.
__all__ = [
    "BibleWriter", "OutlineRequest", "OutlineWriter", "ScriptRequest", "ScriptWriter",
    "SeriesRequest",
]
