"""What a build will cost before it runs: estimates per item, for --dry-run and the budget.

An estimate is the provider's price (its ``price`` property: a
:class:`~microdrama.providers.openai.compat.Price`) times the units an item needs:
tokens in and out for text, one image per panel or sheet, characters for speech.
Token counts are estimated from the request's size and the spoken length the craft
pack asks for; they are estimates (±50 %), and the run log records what was really
spent. Offline providers cost nothing; a paid provider without a price is unknown.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from microdrama.engine.contract import Stage, Work
from microdrama.providers.registry import get_provider
from microdrama.review.craft import load_craft

if TYPE_CHECKING:
    from microdrama.engine.context import BuildContext

#: Characters per token of the JSON we send, by language (CJK text packs fewer).
CHARS_PER_TOKEN = {"en": 3.5, "zh": 1.6}
#: Fixed prompt text around each request (system brief + template), in tokens.
PROMPT_TOKENS = 900
#: Output tokens of requests whose size does not follow the script's length.
BIBLE_TOKENS = 2500
PLAN_TOKENS_PER_EPISODE = 220
DIGEST_TOKENS = 600
STORYBOARD_TOKENS_PER_LINE = 70
#: JSON around each spoken unit of a script (ids, speaker, emotion, action).
SCRIPT_TOKENS_PER_UNIT = {"en": 4.0, "zh": 3.0}
#: Spoken characters of a typical line, for speech estimated before the script exists.
TYPICAL_LINE_CHARS = 24


@dataclass
class Estimate:
    """USD for some items; ``unknown`` counts items whose provider has no price."""

    usd: float = 0.0
    items: int = 0
    unknown: int = 0

    def add(self, usd: float | None) -> None:
        self.items += 1
        if usd is None:
            self.unknown += 1
        else:
            self.usd += usd


def _price(stage: Stage, ctx: BuildContext) -> Any:
    """The provider's Price, 0 for offline providers, None when unknown."""
    assert stage.capability is not None
    provider_id = ctx.settings.providers.provider_for(stage.capability)
    if not provider_id or provider_id.partition(":")[0] == "offline":
        return 0
    from microdrama.engine.providing import provider_config

    provider = get_provider(provider_id, stage.capability,
                            provider_config(ctx, provider_id, secrets=True))
    return getattr(provider, "price", None)


def _text_units(stage: Stage, ctx: BuildContext, work: Work | None) -> tuple[float, float]:
    language = ctx.settings.project.language
    request = work.payload["request"] if work else {}
    sent = len(json.dumps(request, ensure_ascii=False)) if request else 3000
    tokens_in = PROMPT_TOKENS + sent / CHARS_PER_TOKEN[language]
    project = ctx.settings.project
    out: float
    if stage.name == "digest":
        out = DIGEST_TOKENS
    elif stage.name == "bible":
        out = BIBLE_TOKENS
    elif stage.name == "outline":
        out = PLAN_TOKENS_PER_EPISODE * project.episodes
    elif stage.name == "storyboard":
        lines = sum(len(b.get("lines", [])) for s in request.get("episode", {}).get("scenes", [])
                    for b in s.get("beats", [])) if request else 20
        out = STORYBOARD_TOKENS_PER_LINE * lines + 300
    else:  # a script: its spoken length plus JSON, and a revise round
        high = load_craft(language).spoken_range(project.episode_seconds)[1]
        out = 2 * SCRIPT_TOKENS_PER_UNIT[language] * high
        tokens_in *= 2
    return tokens_in, out


def estimate_item(stage: Stage, ctx: BuildContext, work: Work | None, price: Any) -> float | None:
    """USD for one item (``work`` None: a typical item not plannable yet)."""
    if price == 0:
        return 0.0
    if price is None:
        return None
    if stage.capability in ("writer", "storyboarder"):
        tokens_in, tokens_out = _text_units(stage, ctx, work)
        return float(price.cost(int(tokens_in), int(tokens_out)))
    if stage.capability == "translator":
        request = work.payload.get("request") if work else None
        per_token = CHARS_PER_TOKEN[ctx.settings.project.language]
        said = (sum(len(line["text"]) for line in request["lines"]) if request
                else TYPICAL_LINE_CHARS * typical_lines(ctx) // max(1, len(ctx.episode_numbers())))
        sent = len(json.dumps(request, ensure_ascii=False)) if request else 3 * said
        # In: the prompt and the batch (with context); out: JSON around a translation up
        # to twice as long in characters as the line (other scripts spell more).
        return float(price.cost(int(PROMPT_TOKENS + sent / per_token),
                                int((2 * said + 40 * (len(request["lines"]) if request else 1))
                                    / per_token)))
    if stage.capability == "painter":
        return float(price.per_image)
    if stage.capability == "speech":
        chars = len(work.payload["request"]["text"]) if work else TYPICAL_LINE_CHARS
        return float(price.per_million_chars) * chars / 1_000_000
    if stage.capability in ("clip", "lipsync"):
        return float(price.per_image)
    return None


def price_of(stage: Stage, ctx: BuildContext) -> Any:
    """The price the stage's provider charges (cached per stage by callers)."""
    return _price(stage, ctx) if stage.capability else 0


#: Shots per second of episode and spoken units per line, to count items of stages whose
#: inputs (storyboards, scripts) do not exist yet.
SECONDS_PER_SHOT = 3.5
UNITS_PER_LINE = {"en": 9, "zh": 12}
TYPICAL_CAST = 6


def typical_count(stage: Stage, ctx: BuildContext) -> int:
    """How many items a stage will have once its inputs exist (0 if not a paid kind)."""
    project = ctx.settings.project
    episodes = len(ctx.episode_numbers())
    if stage.capability in ("clip", "lipsync") and not getattr(ctx.settings.providers,
                                                               stage.capability):
        return 0  # none configured: shots are motion comics, no such items
    if stage.capability in ("painter", "clip", "lipsync") and stage.name != "refsheet":
        return round(episodes * project.episode_seconds / SECONDS_PER_SHOT)
    if stage.name == "refsheet":
        return TYPICAL_CAST
    if stage.name == "redub":  # at most every dubbed line said again, shorter
        return typical_lines(ctx) * len(ctx.locales)
    if stage.capability == "speech":
        return typical_lines(ctx) * (1 + len(ctx.locales))
    if stage.capability == "translator":
        return episodes * len(ctx.locales)
    return 0


def typical_lines(ctx: BuildContext) -> int:
    """Lines a series of this size speaks before its scripts exist."""
    project = ctx.settings.project
    high = load_craft(project.language).spoken_range(project.episode_seconds)[1]
    return round(len(ctx.episode_numbers()) * high / UNITS_PER_LINE[project.language])
