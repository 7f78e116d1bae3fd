"""The embedded offline writer: deterministic, no keys, no network, zh and en.

It infers tropes from the idea, casts six roles with distinct names, looks and voices,
plans arcs of about ten episodes (a scheme each, a twist at each arc's end), places
the identity reveal just before the paywall, and writes every episode from the
phrase bank's moves with the continuity ledger carried forward.
"""

from __future__ import annotations

from typing import Any, Literal

from microdrama.domain import Bible, Episode, Outline
from microdrama.domain.source import ChapterDigest
from microdrama.errors import InputError
from microdrama.packs import with_digest
from microdrama.providers.base import (
    DigestRequest,
    OutlineRequest,
    ProviderConfig,
    ScriptRequest,
    SeriesRequest,
)
from microdrama.providers.offline.writer.storyboarder import craft_packs

# The writing itself (the phrase banks, casting, episodes) is imported when a method
# runs: planning only asks for identity(), and a rebuild that writes nothing saved ≈ 40 ms.


class OfflineWriter:
    """Bible, outline and script writer that runs anywhere."""

    id = "offline"

    def __init__(self, model: str | None = None, config: ProviderConfig | None = None) -> None:
        self.model = model or "embedded"
        self.packs = craft_packs(config)

    @staticmethod
    def identity(model: str | None, config: ProviderConfig) -> dict[str, Any]:
        """The settings, and the project's craft pack when it replaces the built-in one."""
        return with_digest(config.identity(), craft_packs(config), "craft")

    async def write_bible(self, request: SeriesRequest) -> Bible:
        """A series bible for the idea."""
        from microdrama.providers.offline.writer.cast import make_bible

        return make_bible(request)

    async def write_outline(self, request: OutlineRequest) -> Outline:
        """An outline of the bible."""
        from microdrama.providers.offline.writer.outline import make_outline

        return make_outline(request, self.packs)

    async def write_script(self, request: ScriptRequest) -> Episode:
        """One episode script (a branching one when the request is interactive)."""
        if request.interactive:
            from microdrama.providers.offline.writer.branching import make_branching_episode

            return make_branching_episode(request, self.packs)
        from microdrama.providers.offline.writer.episode import make_episode

        return make_episode(request, self.packs)

    async def digest_chapter(self, request: DigestRequest) -> ChapterDigest:
        """The offline writer cannot read a novel: always an InputError with the fix."""
        raise needs_llm()


def write_series(language: Literal["zh", "en"], idea: str, *, episodes: int, seed: int, genre: str = "auto",
                 episode_seconds: int = 90, interactive: bool = False,
                 ) -> tuple[Bible, Outline, list[Episode]]:
    """A whole series in memory, as the bible, outline and script stages write it (each
    episode with the continuity ledger of those before): for tests and benchmarks that
    read the writing without building a project."""
    import asyncio

    from microdrama.review.continuity import replay

    writer = OfflineWriter()
    bible = asyncio.run(writer.write_bible(SeriesRequest(
        idea=idea, language=language, genre=genre, episodes=episodes, seed=seed)))
    outline = asyncio.run(writer.write_outline(OutlineRequest(
        bible=bible, episodes=episodes, episode_seconds=episode_seconds, seed=seed)))
    written: list[Episode] = []
    for plan in outline.plan:
        ledger, _ = replay(written)
        arc = outline.arc_of(plan.number)
        written.append(asyncio.run(writer.write_script(ScriptRequest(
            bible=bible, plan=plan, arc=arc, arc_last=bool(arc and arc.last == plan.number),
            final=plan.number == episodes, ledger=ledger, seed=seed,
            interactive=interactive))))
    return bible, outline, written


def needs_llm() -> InputError:
    """The error for adapting a novel without an LLM writer."""
    return InputError(
        "adapting a novel needs an LLM writer (the offline writer cannot read one)",
        file="drama.toml", where="[providers] writer",
        fix='set [providers] writer = "openai-compat:<vendor>/<model>" (e.g. '
        '"openai-compat:deepseek/deepseek-chat") in drama.toml or your user config, or pass '
        "--writer to `microdrama adapt`",
    )
