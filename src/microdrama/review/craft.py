"""Craft rules as data (packs/craft.toml) and the checks that use them."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Craft:
    """Craft numbers for one language, with where they come from."""

    language: str
    speech_min: int
    speech_max: int
    speech_unit: str
    line_min: int
    line_max: int
    hook_seconds: int
    max_locations: int
    twist_every: int
    paywall_range: tuple[int, int]
    free_range: tuple[int, int]
    unlock_checkpoints: tuple[int, ...]
    coins_per_episode: tuple[int, int]
    version: str
    source: str

    def spoken_range(self, seconds: int) -> tuple[int, int]:
        """Spoken size an episode of ``seconds`` should hold (characters or words)."""
        return (self.speech_min * seconds // 60, self.speech_max * seconds // 60)


@cache
def _pack() -> dict[str, Any]:
    text = resources.files("microdrama.review").joinpath("packs/craft.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def load_craft(language: str) -> Craft:
    """Craft rules for ``language`` from the packaged rule pack."""
    pack = _pack()
    lang, shape = pack[language], pack["shape"]
    return Craft(
        language=language,
        speech_min=lang["speech_per_minute"][0],
        speech_max=lang["speech_per_minute"][1],
        speech_unit=lang["speech_unit"],
        line_min=lang["line_length"][0],
        line_max=lang["line_length"][1],
        hook_seconds=shape["hook_seconds"],
        max_locations=shape["max_locations"],
        twist_every=shape["twist_every"],
        paywall_range=tuple(shape["paywall_range"]),
        free_range=tuple(shape["free_range"]),
        unlock_checkpoints=tuple(shape["unlock_checkpoints"]),
        coins_per_episode=tuple(shape["coins_per_episode"]),
        version=pack["version"],
        source=f"{lang['speech_source']}; {shape['source']}",
    )
