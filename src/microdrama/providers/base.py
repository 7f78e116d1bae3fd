"""Provider interfaces: one small async protocol per capability, domain types only.

The writers' room is three capabilities, one method each, because a stage asks for
exactly one thing at a time (and caches it): a bible from an idea, an outline from a
bible, one episode script from its plan and the continuity so far.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from pydantic import Field

from microdrama.domain import (
    Arc,
    Bible,
    Character,
    Episode,
    EpisodePlan,
    Ledger,
    Location,
    Model,
    Outline,
    Voice,
)
from microdrama.domain.bible import Language
from microdrama.domain.storyboard import Shot, Storyboard


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


class StoryboardRequest(Model):
    """Ask for the storyboard of one episode."""

    bible: Bible
    episode: Episode
    seed: int


@runtime_checkable
class Storyboarder(Protocol):
    """Cuts an episode into shots."""

    async def storyboard(self, request: StoryboardRequest) -> Storyboard: ...


class PanelRequest(Model):
    """Ask for one storyboard panel (a still image of a shot)."""

    shot: Shot = Field(description="The shot to draw.")
    characters: list[Character] = Field(
        description="Bible entries of shot.characters, in the same order (looks are fixed)."
    )
    location: Location = Field(description="Where the shot happens.")
    width: int = Field(default=1080, description="Image width in pixels.", ge=64)
    height: int = Field(default=1920, description="Image height in pixels.", ge=64)
    seed: int = Field(default=1, description="Seed for deterministic painters.")


class SpeechRequest(Model):
    """Ask for one spoken line."""

    text: str = Field(description="What to say.", min_length=1)
    language: Language = Field(description="Language of the text.")
    voice: Voice = Field(description="The character's fixed voice design.")
    speaker: str = Field(description="Character id (engines may key voices on it).")
    emotion: str = Field(default="neutral", description="How it is said.")


class MusicRequest(Model):
    """Ask for a music bed."""

    mood: str = Field(description="tense, sad, romantic, triumphant, mysterious or calm.")
    duration_ms: int = Field(description="Length of the bed.", gt=0)
    seed: int = Field(default=1, description="Seed for deterministic composers.")


@runtime_checkable
class ImageModel(Protocol):
    """Paints storyboard panels. Returns PNG bytes of exactly width × height."""

    async def paint(self, request: PanelRequest) -> bytes: ...


@runtime_checkable
class SpeechModel(Protocol):
    """Speaks a line. Returns WAV bytes (PCM, mono)."""

    async def speak(self, request: SpeechRequest) -> bytes: ...


@runtime_checkable
class MusicModel(Protocol):
    """Composes a music bed. Returns WAV bytes (PCM, 48 kHz stereo)."""

    async def compose(self, request: MusicRequest) -> bytes: ...


# Re-exported so stages can type against one place.
__all__ = [
    "BibleWriter", "ImageModel", "MusicModel", "MusicRequest", "OutlineRequest",
    "OutlineWriter", "PanelRequest", "ScriptRequest", "ScriptWriter", "SeriesRequest",
    "SpeechModel", "SpeechRequest", "StoryboardRequest", "Storyboarder",
]
