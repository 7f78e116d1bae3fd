"""The canon: pydantic models for bible, scripts, ledger and settings. No I/O here."""

from microdrama.domain.base import Id, Model, is_id, slugify
from microdrama.domain.bible import (
    Arc,
    Bible,
    Character,
    EpisodePlan,
    Location,
    Look,
    Monetization,
    Outline,
    Voice,
)
from microdrama.domain.ledger import Fact, Ledger, LedgerEvent
from microdrama.domain.premise import Premise, PremisePerson
from microdrama.domain.script import Beat, Episode, Line, Scene, episode_id, next_id
from microdrama.domain.settings import ProjectSettings, ProviderSettings, Settings

__all__ = [
    "Arc", "Beat", "Bible", "Character", "Episode", "EpisodePlan", "Fact", "Id", "Ledger",
    "LedgerEvent", "Line", "Location", "Look", "Model", "Monetization", "Outline", "Premise", "PremisePerson", "ProjectSettings",
    "ProviderSettings", "Scene", "Settings", "Voice", "episode_id", "is_id", "next_id", "slugify",
]
