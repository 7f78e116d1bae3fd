"""Small life in a shot, frame by frame: blinks, breathing, a reaction beat.

Everything is deterministic: a figure's blinks and breaths come from a seed made of the
series seed, the shot and the character, so a shot renders the same every time and two
figures never blink in step. The numbers are the motion pack
(``packs/motion/rules.toml``), with their sources.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from functools import cache

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from microdrama.packs import load_pack


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BlinkRules(_Table):
    """When and how a figure blinks."""

    mean_interval_s: float = Field(gt=0)
    shape: float = Field(gt=0)
    min_interval_s: float = Field(ge=0)
    frames: list[str] = Field(min_length=1)
    double_chance: float = Field(ge=0, le=1)
    source: str


class BreathRules(_Table):
    """How a figure breathes."""

    period_s: tuple[float, float]
    lift_heads: float = Field(ge=0)
    max_lift_px: float = Field(ge=0)
    step_px: float = Field(gt=0)
    source: str


class ReactionRules(_Table):
    """The listeners' reaction on a reveal."""

    beats: list[str]
    at: float = Field(ge=0, le=1)
    stare_s: float = Field(ge=0)
    jolt_heads: float = Field(ge=0)
    jolt_ms: int = Field(gt=0)
    source: str


class SpeechRules(_Table):
    """Mouths that follow the voice."""

    lead_ms: int
    window_ms: int = Field(gt=0)
    floor_db: float = Field(lt=0)
    small: float = Field(gt=0, lt=1)
    open: float = Field(gt=0, le=1)
    wide_hz: float = Field(gt=0)
    round_hz: float = Field(gt=0)
    hold_frames: int = Field(ge=1)
    voice_over: list[str]
    source: str


class ParallaxRules(_Table):
    """Layer speeds under the camera move, relative to the characters."""

    background: float = Field(ge=0)
    figures: float = Field(ge=0)
    front: float = Field(ge=0)
    source: str


class EmphasisRules(_Table):
    """The rim light on who speaks."""

    rim_heads: float = Field(ge=0)
    strength: float = Field(ge=0, le=1)
    color: tuple[int, int, int]
    source: str


class MotionPack(_Table):
    """Schema of ``packs/motion/rules.toml``."""

    version: str
    blink: BlinkRules
    breath: BreathRules
    reaction: ReactionRules
    speech: SpeechRules
    parallax: ParallaxRules
    emphasis: EmphasisRules


@cache
def motion_rules() -> MotionPack:
    """The motion pack."""
    return load_pack("motion", "rules", MotionPack)


def rng_of(*parts: object) -> np.random.Generator:
    """A generator seeded by ``parts`` (stable across runs and machines)."""
    digest = hashlib.blake2b(":".join(map(str, parts)).encode("utf-8"), digest_size=8)
    return np.random.default_rng(int.from_bytes(digest.digest(), "big"))


def blinks(seed: str, frames: int, fps: int, rules: BlinkRules | None = None) -> list[str]:
    """The eye state of each frame ("open", or the blink's own states) for one figure."""
    rules = rules or motion_rules().blink
    rng = rng_of("blink", seed)
    eyes = ["open"] * frames
    scale = rules.mean_interval_s / rules.shape
    # The first blink comes at a random point of a typical interval: figures cut to
    # mid-conversation, not just awake.
    t = rng.uniform(0.2, 1.0) * rules.mean_interval_s
    while True:
        start = round(t * fps)
        if start >= frames:
            return eyes
        repeats = 2 if rng.random() < rules.double_chance else 1
        sequence = (rules.frames + ["open"]) * (repeats - 1) + rules.frames
        for k, state in enumerate(sequence):
            if start + k < frames:
                eyes[start + k] = state
        t = (start + len(sequence)) / fps + max(rules.min_interval_s,
                                                float(rng.gamma(rules.shape, scale)))


def breath(seed: str, frames: int, fps: int, scale: float,
           rules: BreathRules | None = None) -> list[float]:
    """How far (px, in ``step_px`` steps) the head of a figure drawn ``scale`` px per head
    height has risen on each frame: a slow sine at the figure's own pace and phase."""
    rules = rules or motion_rules().breath
    rng = rng_of("breath", seed)
    period = float(rng.uniform(*rules.period_s))
    phase = float(rng.uniform(0, 2 * math.pi))
    amplitude = min(rules.max_lift_px, rules.lift_heads * scale) / 2
    steps = []
    for k in range(frames):
        lift = amplitude * (1 + math.sin(2 * math.pi * k / fps / period + phase))
        steps.append(round(lift / rules.step_px) * rules.step_px)
    return steps


def jolt(frames: int, fps: int, at: int, scale: float,
         rules: ReactionRules | None = None) -> list[float]:
    """A start at frame ``at``: the figure lifts (px) at once and settles back."""
    rules = rules or motion_rules().reaction
    height = rules.jolt_heads * scale
    length = max(1, round(rules.jolt_ms * fps / 1000))
    out = [0.0] * frames
    for k in range(at, min(frames, at + length)):
        u = (k - at) / length
        rise = u * 3 if u < 1 / 3 else (1 - u) * 1.5  # up fast, down slow
        out[k] = round(height * rise * 4) / 4
    return out


@dataclass(frozen=True)
class FigureMotion:
    """What one figure of a rig does on each frame of a segment."""

    eyes: list[str]  # "open", "half", "closed", "wide"
    mouth: list[str]  # "" (the panel's mouth) or a viseme
    lift: list[float]  # px the head rises (breath and starts); the feet stay put
    rim: bool = False  # speaker emphasis


def react(eyes: list[str], at: int, fps: int, rules: ReactionRules | None = None) -> list[str]:
    """``eyes`` with a reaction from frame ``at``: a wide stare, blinks back after it."""
    rules = rules or motion_rules().reaction
    stare = at + round(rules.stare_s * fps)
    return [("wide" if at <= k < stare else state) for k, state in enumerate(eyes)]
