"""Compliance: each target market's rule pack (packs/compliance/<market>.toml) read over
an episode — titles, words in lines and actions, minors in scenes, the release settings.

A pack is data: every rule names the check it uses (one of :data:`CHECKS`), its
severity, its source, a message and a fix (``{word}``, ``{name}``… filled in). Pure:
no I/O beyond reading the packs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from microdrama.domain import Bible, Episode
from microdrama.domain.findings import Finding, Severity
from microdrama.domain.settings import ReleaseSettings
from microdrama.errors import InputError
from microdrama.packs import BUILTIN, Packs, load_pack, pack_names
from microdrama.review.lexicon import has_any

Check = Literal["title-words", "title-length", "words", "minor-words", "licence-card",
                "price", "review-tier", "signing"]
#: The checks a rule may name; each is a function below.
CHECKS: tuple[str, ...] = Check.__args__  # type: ignore[attr-defined]


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rule(_Schema):
    """One rule of a market: a check with its words or limits, and what to tell."""

    id: str = Field(description="Rule id, '<market>.<topic>'.", pattern=r"^[a-z0-9.-]+$")
    check: Check = Field(description="Which check applies the rule.")
    severity: Severity
    message: str = Field(description="What is wrong; {word}, {name}, {age}… are filled in.")
    fix: str
    source: str = Field(min_length=1, description="Law, standard or practice, with its grade.")
    words: dict[str, list[str]] = Field(default_factory=dict, description="Per language.")
    max_length: dict[str, int] = Field(default_factory=dict, description="Per language.")
    swap: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="Per language: a matched word → what a locale for "
        "this market may say instead (an adaptation proposal).")
    min_age: int = Field(default=18, ge=1, le=30)


class Tier(_Schema):
    """Review thresholds by production budget (CNY), from a date."""

    since: date
    ai: bool = Field(description="Thresholds for AI micro-dramas.")
    national: int
    provincial: int


class MarketPack(_Schema):
    """A market's rules: versioned, dated, sourced."""

    market: str
    name: str
    kind: Literal["law", "culture"]
    version: str
    in_force: str = ""
    sources: list[str] = Field(min_length=1)
    rules: list[Rule] = Field(min_length=1)
    tiers: list[Tier] = Field(default_factory=list)


def markets() -> list[str]:
    """Ids of the built-in market packs."""
    return pack_names("compliance")


def load_market(market: str, packs: Packs = BUILTIN) -> MarketPack:
    """The validated pack of ``market`` (the project's replacement if it has one)."""
    pack = load_pack("compliance", market, MarketPack, packs=packs)
    if pack.market != market:
        raise InputError(f"the pack of market {market!r} says market = {pack.market!r}",
                         file=f"packs/compliance/{market}.toml", where="market",
                         fix=f"set market = {market!r}")
    for rule in pack.rules:
        if not rule.id.startswith(f"{market}."):
            raise InputError(f"rule {rule.id!r} does not start with {market + '.'!r}",
                             file=f"packs/compliance/{market}.toml", where=f"rules {rule.id}",
                             fix=f"name it {market}.<topic>")
    return pack


def check_markets(names: list[str], packs: Packs = BUILTIN) -> list[MarketPack]:
    """The packs of the markets drama.toml names; an unknown one is an error naming it."""
    known = set(markets()) | {rel.split("/", 1)[1].rsplit(".", 1)[0]
                              for rel, _ in packs.files if rel.startswith("compliance/")}
    for name in names:
        if name not in known:
            raise InputError(f"unknown market {name!r}", file="drama.toml",
                             where="[release] markets",
                             fix=f"use some of {', '.join(sorted(known))}, or add "
                             f"packs/compliance/{name}.toml to the project")
    return [load_market(name, packs) for name in names]


@dataclass(frozen=True)
class Release:
    """What the checks know beyond the scripts: settings and facts of the build."""

    settings: ReleaseSettings
    signed: bool
    today: date
    paywall: int | None
    coins: int
    #: The episode that carries series-level findings (the series title, the tier).
    first: int = 1


def check_compliance(episode: Episode, bible: Bible, release: Release,
                     pack_list: list[MarketPack]) -> list[Finding]:
    """Findings of every rule of every market pack over one episode."""
    language = bible.language
    findings: list[Finding] = []
    for pack in pack_list:
        for rule in pack.rules:
            for target, values in _CHECKS[rule.check](rule, pack, episode, bible, release, language):
                findings.append(Finding(
                    rule=rule.id, severity=rule.severity, target=target,
                    message=_fill(rule.message, values), fix=_fill(rule.fix, values),
                    market=pack.market, source=rule.source))
    return findings


Hit = tuple[str, dict[str, object]]


def _fill(template: str, values: dict[str, object]) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def _texts(episode: Episode) -> Iterator[tuple[str, str, list[str]]]:
    """(target id, text, characters present) of every beat's action and every line."""
    for scene in episode.scenes:
        for beat in scene.beats:
            if beat.action.strip():
                yield beat.id, beat.action, scene.characters
            for line in beat.lines:
                yield line.id, f"{line.text} {line.direction}".strip(), scene.characters


def _words(rule: Rule, language: str) -> list[str]:
    return rule.words.get(language, [])


def _title_words(rule: Rule, pack: MarketPack, episode: Episode, bible: Bible,
                 release: Release, language: str) -> Iterator[Hit]:
    titles = [(episode.id, episode.title)]
    if episode.number == release.first:
        titles.append(("series", bible.title))
    for target, title in titles:
        word = has_any(title, _words(rule, language), language)
        if word:
            yield target, {"word": word, "title": title}


def _title_length(rule: Rule, pack: MarketPack, episode: Episode, bible: Bible,
                  release: Release, language: str) -> Iterator[Hit]:
    limit = rule.max_length.get(language)
    if limit is None:
        return
    titles = [(episode.id, episode.title)]
    if episode.number == release.first:
        titles.append(("series", bible.title))
    for target, title in titles:
        if len(title) > limit:
            yield target, {"length": len(title), "max": limit, "title": title}


def _in_text(rule: Rule, pack: MarketPack, episode: Episode, bible: Bible,
             release: Release, language: str) -> Iterator[Hit]:
    words = _words(rule, language)
    for target, text, _present in _texts(episode):
        word = has_any(text, words, language)
        if word:
            yield target, {"word": word}


def _with_minor(rule: Rule, pack: MarketPack, episode: Episode, bible: Bible,
                release: Release, language: str) -> Iterator[Hit]:
    words = _words(rule, language)
    for target, text, present in _texts(episode):
        minors = [c for c in (bible.character(i) for i in present)
                  if c is not None and c.look.age < rule.min_age]
        word = has_any(text, words, language) if minors else None
        if word:
            minor = minors[0]
            yield target, {"word": word, "name": minor.name, "age": minor.look.age,
                           "min_age": rule.min_age}


def _licence_card(rule: Rule, pack: MarketPack, episode: Episode, bible: Bible,
                  release: Release, language: str) -> Iterator[Hit]:
    if not release.settings.cn.record.strip():
        yield episode.id, {}


def _price(rule: Rule, pack: MarketPack, episode: Episode, bible: Bible,
           release: Release, language: str) -> Iterator[Hit]:
    if release.paywall is not None and episode.number == release.paywall and release.coins <= 0:
        yield episode.id, {"paywall": release.paywall}


def _signing(rule: Rule, pack: MarketPack, episode: Episode, bible: Bible,
             release: Release, language: str) -> Iterator[Hit]:
    if episode.number == release.first and not release.signed:
        yield "series", {}


def review_tier(pack: MarketPack, budget: int | None, today: date,
                special: str | None) -> tuple[str, str, str]:
    """(tier, why, since) for a budget under the newest thresholds in force ``today``
    (those for AI micro-dramas where they exist)."""
    in_force = [t for t in pack.tiers if t.since <= today]
    if not in_force:
        return "unknown", "no thresholds in force", "-"
    ai = [t for t in in_force if t.ai]
    tier = max(ai or in_force, key=lambda t: t.since)
    since = tier.since.isoformat()
    if special:
        return "national review (重点)", f"special theme: '{special}'", since
    if budget is None:
        return "unknown", "set [release.cn] budget_cny in drama.toml", since
    if budget >= tier.national:
        return "national review (重点)", f"budget ¥{budget:,} ≥ ¥{tier.national:,}", since
    if budget >= tier.provincial:
        return ("provincial review (普通)",
                f"budget ¥{budget:,} in ¥{tier.provincial:,}–{tier.national:,}", since)
    return "platform self-review", f"budget ¥{budget:,} < ¥{tier.provincial:,}", since


def _review_tier(rule: Rule, pack: MarketPack, episode: Episode, bible: Bible,
                 release: Release, language: str) -> Iterator[Hit]:
    words = _words(rule, language)
    for target, text, _present in _texts(episode):
        word = has_any(text, words, language)
        if word:
            tier, why, since = review_tier(pack, release.settings.cn.budget_cny, release.today, word)
            yield target, {"tier": tier, "why": why, "since": since, "word": word,
                           "next": f"plan the schedule around {tier}, or lose '{word}'"}
    if episode.number == release.first:
        tier, why, since = review_tier(pack, release.settings.cn.budget_cny, release.today, None)
        step = ("set [release.cn] budget_cny in drama.toml" if tier == "unknown" else
                f"plan the schedule around {tier}")
        yield "series", {"tier": tier, "why": why, "since": since, "next": step}


_CHECKS = {
    "title-words": _title_words,
    "title-length": _title_length,
    "words": _in_text,
    "minor-words": _with_minor,
    "licence-card": _licence_card,
    "price": _price,
    "review-tier": _review_tier,
    "signing": _signing,
}
assert set(_CHECKS) == set(CHECKS)
