"""panel: each shot → a painted still (out/panels/epNNN/<shot>.png)."""

from __future__ import annotations

import asyncio
from typing import ClassVar

from microdrama.engine.context import BuildContext
from microdrama.engine.hashing import cache_key
from microdrama.engine.stage import Blocked, Produced, Stage, Work
from microdrama.providers.base import PanelRequest
from microdrama.providers.registry import get_provider
from microdrama.stages import paths
from microdrama.stages.shots import shot_items, split_item

WIDTH, HEIGHT = 1080, 1920


class PanelStage(Stage):
    """Paint one still per shot, the characters' looks fixed by the bible."""

    name: ClassVar[str] = "panel"
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
        provider = ctx.settings.providers.painter
        payload = {"request": request.model_dump(mode="json"), "provider": provider}
        episode = item.split("-")[0]
        return Work(stage=self.name, item=item, key=cache_key(self.name, self.version, payload),
                    payload=payload, outputs={"panel": paths.panel(episode, shot_id)},
                    provider=provider)

    @staticmethod
    def run(work: Work) -> Produced:
        painter = get_provider(work.payload["provider"], "painter")
        request = PanelRequest.model_validate(work.payload["request"])
        return Produced({"panel": asyncio.run(painter.paint(request))})
