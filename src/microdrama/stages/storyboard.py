"""storyboard: episode script → storyboards/epNNN.yaml (the user owns it once written)."""

from __future__ import annotations

from typing import ClassVar

from microdrama.domain import episode_id
from microdrama.domain.items import ItemId
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.providing import call_provider, produced, provider_work
from microdrama.formats.yamlio import dump_model
from microdrama.project.folder import storyboard_file
from microdrama.providers.base import STORYBOARDER, StoryboardRequest

HEADER = (
    "# Storyboard: one entry per shot. Yours to edit (framing, move, who is in frame,\n"
    "# which lines are spoken); builds never overwrite it unless forced.\n"
)


class StoryboardStage(Stage):
    """Cut each episode into shots."""

    name: ClassVar[str] = "storyboard"
    capability: ClassVar[str | None] = "storyboarder"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("bible", "script")
    description: ClassVar[str] = "scripts → storyboards (storyboards/epNNN.yaml)"
    owned: ClassVar[bool] = True

    def items(self, ctx: BuildContext) -> list[str]:
        return [episode_id(n) for n in ctx.episode_numbers()]

    def plan(self, ctx: BuildContext, item: str) -> Work:
        number = ItemId.parse(item).number
        bible, episode = ctx.bible(), ctx.episode(number)
        if bible is None or episode is None:
            raise Blocked(f"needs episodes/{item}.yaml")
        request = StoryboardRequest(bible=bible, episode=episode, seed=ctx.settings.project.seed)
        return provider_work(self, ctx, item, request, "storyboarder",
                             {"storyboard": storyboard_file(number)})

    @staticmethod
    def run(work: Work) -> Produced:
        board, usage = call_provider(work, STORYBOARDER, StoryboardRequest,
                              lambda p, r: p.storyboard(r))
        return produced({"storyboard": dump_model(board, HEADER).encode("utf-8")}, usage)
