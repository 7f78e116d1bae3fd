"""outline: bible → outline.yaml (arcs, episode plan, money plan; the user owns it)."""

from __future__ import annotations

import asyncio
from typing import ClassVar

from microdrama.engine.context import BuildContext
from microdrama.engine.hashing import cache_key
from microdrama.engine.stage import Blocked, Produced, Stage, Work
from microdrama.formats.project import OUTLINE_FILE
from microdrama.formats.yamlio import dump_model
from microdrama.providers.base import OutlineRequest
from microdrama.providers.registry import get_provider

HEADER = (
    "# Episode outline: arcs, one plan per episode, and the money plan. Yours to edit;\n"
    "# scripts not yet written follow it. `microdrama build --force outline` rewrites it.\n"
)


class OutlineStage(Stage):
    """Plan every episode: hooks, reversals, cliffhangers, reveal, twists, paywall."""

    name: ClassVar[str] = "outline"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("bible",)
    description: ClassVar[str] = "bible → episode outline (outline.yaml)"
    owned: ClassVar[bool] = True

    def items(self, ctx: BuildContext) -> list[str]:
        return ["outline"]

    def plan(self, ctx: BuildContext, item: str) -> Work:
        bible = ctx.bible()
        if bible is None:
            raise Blocked("needs series.yaml (stage bible)")
        project = ctx.settings.project
        request = OutlineRequest(
            bible=bible, episodes=project.episodes, episode_seconds=project.episode_seconds,
            seed=project.seed,
        )
        provider = ctx.settings.providers.writer
        payload = {"request": request.model_dump(mode="json"), "provider": provider}
        return Work(
            stage=self.name, item=item, key=cache_key(self.name, self.version, payload),
            payload=payload, outputs={"outline": OUTLINE_FILE}, provider=provider,
        )

    @staticmethod
    def run(work: Work) -> Produced:
        writer = get_provider(work.payload["provider"], "writer")
        request = OutlineRequest.model_validate(work.payload["request"])
        outline = asyncio.run(writer.write_outline(request))
        return Produced({"outline": dump_model(outline, HEADER).encode("utf-8")})
