"""panel: each shot → a painted still (out/panels/epNNN/<shot>.png)."""

from __future__ import annotations

from typing import ClassVar

from microdrama.providers.base import PanelRequest
from microdrama.stages import paths
from microdrama.stages.base import Blocked, Produced, Stage, Work
from microdrama.stages.context import BuildContext
from microdrama.stages.providing import call_provider, produced, provider_work
from microdrama.stages.shots import episode_of, shot_items, split_item

WIDTH, HEIGHT = 1080, 1920


class PanelStage(Stage):
    """Paint one still per shot, the characters' looks fixed by the bible."""

    name: ClassVar[str] = "panel"
    capability: ClassVar[str | None] = "painter"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("storyboard",)
    description: ClassVar[str] = "storyboards → panels (out/panels/)"
    executor: ClassVar[str] = "process"

    def items(self, ctx: BuildContext) -> list[str]:
        return shot_items(ctx)

    def plan(self, ctx: BuildContext, item: str) -> Work:
        number, shot_id = split_item(item)
        board, bible = ctx.storyboard(number), ctx.bible()
        if board is None or bible is None:
            raise Blocked("needs the storyboard")
        shot = next((s for s in board.shots if s.id == shot_id), None)
        if shot is None:
            raise Blocked(f"{shot_id} is no longer in the storyboard")
        cast = {c.id: c for c in bible.characters}
        places = {loc.id: loc for loc in bible.locations}
        request = PanelRequest(
            shot=shot, characters=[cast[c.id] for c in shot.characters],
            location=places[shot.location], width=WIDTH, height=HEIGHT,
            seed=ctx.settings.project.seed,
        )
        return provider_work(self, ctx, item, request, "painter",
                             {"panel": paths.panel(episode_of(item), shot_id)})

    @staticmethod
    def run(work: Work) -> Produced:
        data, usage = call_provider(work, "painter", PanelRequest, lambda p, r: p.paint(r))
        return produced({"panel": data}, usage)
