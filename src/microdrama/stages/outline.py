"""outline: bible → outline.yaml (arcs, episode plan, money plan; the user owns it)."""

from __future__ import annotations

from typing import ClassVar

from microdrama.domain.source import assign_chapters
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.providing import call_provider, produced, provider_work
from microdrama.formats.yamlio import dump_model
from microdrama.project.folder import OUTLINE_FILE
from microdrama.providers.base import WRITER, OutlineRequest
from microdrama.stages.digest import source_brief

HEADER = (
    "# Episode outline: arcs, one plan per episode, and the money plan. Yours to edit;\n"
    "# scripts not yet written follow it. `microdrama build --force outline` rewrites it.\n"
)


class OutlineStage(Stage):
    """Plan every episode: hooks, reversals, cliffhangers, reveal, twists, paywall."""

    name: ClassVar[str] = "outline"
    capability: ClassVar[str | None] = "writer"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("digest", "bible")
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
        brief = source_brief(ctx, project.episodes)  # None for an original series
        if brief is not None:
            request.source, request.allocation = brief
        return provider_work(self, ctx, item, request, "writer",
                             {"outline": OUTLINE_FILE})

    @staticmethod
    def run(work: Work) -> Produced:
        outline, usage = call_provider(work, WRITER, OutlineRequest, lambda p, r: p.write_outline(r))
        allocation = OutlineRequest.model_validate(work.payload["request"]).allocation
        if allocation:  # the writer may not drop or merge the source's chapters
            outline = assign_chapters(outline, allocation)
        return produced({"outline": dump_model(outline, HEADER).encode("utf-8")}, usage)
