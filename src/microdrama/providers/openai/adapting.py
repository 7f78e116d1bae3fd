"""Reading a source novel with an LLM: one chapter in, one ChapterDigest out.

The model is asked for a draft (lenient: unknown keys ignored, no chapter number or
title of its own making), which is validated by the adapter, re-asked with its
problems, and then made canon here: lists trimmed to their bounds, names deduplicated,
importance kept within 1–5, the chapter's number and title taken from the request.

Prompts are ``prompts/adapt/digest.<lang>.md``: a ``version: N`` line, the system
message, a line ``---``, then the user message, as a ``string.Template``.
"""

from __future__ import annotations

import hashlib
from functools import cache
from string import Template

from pydantic import BaseModel, ConfigDict, Field

from microdrama.domain.source import (
    SUMMARY_CHARS,
    ChapterDigest,
    SourceCharacter,
    SourceEvent,
)
from microdrama.errors import ProviderError
from microdrama.packs import BUILTIN, PackError, Packs, pack_text
from microdrama.providers.base import DigestRequest, Usage
from microdrama.providers.openai.compat import OpenAICompatText, spent_of

LANGUAGES = ("en", "zh")
TEMPERATURE = 0.2
MAX_CHARACTERS = 16
MAX_EVENTS = 12
MAX_NOTES = 8


class _Draft(BaseModel):
    """Base of drafts: keys a model adds are ignored, not fatal."""

    model_config = ConfigDict(extra="ignore")


class CharacterDraft(_Draft):
    name: str = Field(min_length=1, max_length=60, description="Name as the text writes it.")
    aliases: list[str] = Field(default_factory=list, description="Other names for them.")
    role: str = Field(default="", description="Role hint.")
    description: str = Field(default="", description="Who they are, one sentence.")
    relationships: list[str] = Field(default_factory=list, description="Ties to others.")


class EventDraft(_Draft):
    what: str = Field(min_length=1, description="What happens, one sentence.")
    who: list[str] = Field(default_factory=list, description="Names involved.")
    importance: int = Field(default=3, description="1 (colour) to 5 (turning point).")


class DigestDraft(_Draft):
    """What the model is asked for: the digest without bookkeeping."""

    summary: str = Field(min_length=1, description="What happens in the chapter.")
    characters: list[CharacterDraft] = Field(default_factory=list)
    events: list[EventDraft] = Field(default_factory=list)
    reveals: list[str] = Field(default_factory=list)
    hooks: list[str] = Field(default_factory=list)


@cache
def _template(language: str, packs: Packs = BUILTIN) -> tuple[int, Template, Template]:
    file = f"prompts/adapt/digest.{language}.md"
    text = pack_text("prompts", f"adapt/digest.{language}", packs=packs)
    head, _, body = text.partition("\n")
    if not head.startswith("version:"):
        raise PackError(f"prompt template {file} has no version line", where="line 1",
                        fix="start it with 'version: N'")
    system, separator, user = body.partition("\n---\n")
    if not separator:
        raise PackError(f"prompt template {file} has no '---' line",
                        fix="put a line '---' between the system and the user message")
    return int(head.split(":", 1)[1]), Template(system.strip()), Template(user.strip() + "\n")


@cache
def prompt_hashes(packs: Packs = BUILTIN) -> dict[str, str]:
    """``adapt/digest.<lang>`` → short hash of each template ``packs`` give (for a
    writer's cache identity)."""
    return {f"adapt/digest.{language}": hashlib.sha256(
        pack_text("prompts", f"adapt/digest.{language}", packs=packs).encode("utf-8")
    ).hexdigest()[:16] for language in LANGUAGES}


def digest_messages(request: DigestRequest, packs: Packs = BUILTIN) -> list[dict[str, str]]:
    """The chat messages that ask for one chapter's digest (template from ``packs``)."""
    _, system, user = _template(request.language, packs)
    untitled = "（无）" if request.language == "zh" else "(none)"
    values = {
        "book": request.book or ("原著" if request.language == "zh" else "the source"),
        "chapter": str(request.chapter), "title": request.title or untitled,
        "summary_chars": str(SUMMARY_CHARS), "text": request.text,
    }
    return [{"role": "system", "content": system.substitute(values)},
            {"role": "user", "content": user.substitute(values)}]


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind(mark) for mark in ("。", "！", "？", ". ", "! ", "? "))
    return cut[: end + 1] if end > limit // 2 else cut[: limit - 1] + "…"


def _texts(items: list[str], limit: int, size: int = 200) -> list[str]:
    out: list[str] = []
    for item in items:
        text = _clip(item, size)
        if text and text not in out:
            out.append(text)
    return out[:limit]


def digest_of(draft: DigestDraft, request: DigestRequest) -> ChapterDigest:
    """Make a draft canon: bounded, deduplicated, numbered as the request says."""
    people: dict[str, SourceCharacter] = {}
    for person in draft.characters:
        name = " ".join(person.name.split())
        if not name or name.casefold() in people:
            continue
        people[name.casefold()] = SourceCharacter(
            name=name, aliases=[a for a in _texts(person.aliases, 5, 60) if a != name],
            role=_clip(person.role, 40), description=_clip(person.description, 200),
            relationships=_texts(person.relationships, 5, 80),
        )
    events = [SourceEvent(what=_clip(e.what, 200), who=_texts(e.who, 6, 60),
                          importance=min(5, max(1, e.importance)))
              for e in draft.events if e.what.strip()]
    return ChapterDigest(
        chapter=request.chapter, title=request.title,
        summary=_clip(draft.summary, 2 * SUMMARY_CHARS) or request.title or "-",
        characters=list(people.values())[:MAX_CHARACTERS], events=events[:MAX_EVENTS],
        reveals=_texts(draft.reveals, MAX_NOTES), hooks=_texts(draft.hooks, MAX_NOTES),
    )


async def digest_chapter(text: OpenAICompatText, request: DigestRequest, *,
                         usage: Usage | None = None, max_repairs: int = 2,
                         packs: Packs = BUILTIN) -> ChapterDigest:
    """Digest one chapter with a chat model (prompt from ``packs``); what it spent is
    added to ``usage``.

    Raises ProviderError when the model still gives no valid digest after the repairs.
    """
    try:
        draft, done = await text.complete_model(
            digest_messages(request, packs), DigestDraft, max_repairs=max_repairs,
            temperature=TEMPERATURE)
    except ProviderError as error:
        if usage is not None and (spent := spent_of(error)) is not None:
            usage.add(spent.cost_usd, calls=spent.calls, input_tokens=spent.input_tokens,
                      output_tokens=spent.output_tokens)  # paid for, though never valid
        raise
    if usage is not None:
        usage.add(done.cost_usd, calls=done.calls, input_tokens=done.input_tokens,
                  output_tokens=done.output_tokens)
    return digest_of(draft, request)
