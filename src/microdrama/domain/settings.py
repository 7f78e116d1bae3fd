"""Project settings (drama.toml)."""

from __future__ import annotations

from pydantic import Field

from microdrama.domain.base import Model
from microdrama.domain.bible import Language

#: Limits on the idea text: long enough to say something, short enough to be an idea.
IDEA_MIN_CHARS = 2
IDEA_MAX_CHARS = 2000
MAX_EPISODES = 200


class ProjectSettings(Model):
    """The ``[project]`` table."""

    title: str = Field(default="", description="Working title; the writer proposes one if empty.")
    idea: str = Field(
        description="The idea in a sentence or a paragraph.",
        min_length=IDEA_MIN_CHARS,
        max_length=IDEA_MAX_CHARS,
    )
    language: Language = Field(default="zh", description="Series language: zh or en.")
    episodes: int = Field(default=12, description="Number of episodes.", ge=1, le=MAX_EPISODES)
    episode_seconds: int = Field(default=90, description="Target episode length.", ge=30, le=900)
    genre: str = Field(default="auto", description="Trope id or 'auto' to infer from the idea.")
    seed: int = Field(default=1, description="Seed for the deterministic offline writer.", ge=0)


class ProviderSettings(Model):
    """The ``[providers]`` table: which provider serves each capability."""

    writer: str = Field(default="offline", description="Provider id for the writers' room.")
    storyboarder: str = Field(default="offline", description="Provider id for storyboards.")
    painter: str = Field(default="offline", description="Provider id for panels (images).")
    speech: str = Field(default="offline", description="Provider id for voices.")
    music: str = Field(default="offline", description="Provider id for music beds.")


class Settings(Model):
    """The whole drama.toml."""

    project: ProjectSettings
    providers: ProviderSettings = Field(default_factory=ProviderSettings)
