"""script: plan + continuity so far → episodes/epNNN.yaml, one episode at a time.

Sequential because each episode continues from the ledger of the ones before it, as
they are on disk (a user's edit to episode 3 is what episode 4 continues from).
"""

from __future__ import annotations

from typing import ClassVar

from microdrama.domain import Outline, episode_id
from microdrama.domain.items import ItemId
from microdrama.domain.source import compact_digests
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.providing import call_provider, produced, provider_work
from microdrama.formats.yamlio import dump_model
from microdrama.project.folder import episode_file
from microdrama.providers.base import WRITER, ScriptRequest
from microdrama.stages.digest import load_digests

HEADER = (
    "# Episode script. Yours to edit: ids are stable, so keep them; a new line without\n"
    "# an id gets the next free number. Builds never overwrite this file unless forced.\n"
)


#: Episodes of the current arc summarised one by one; older arcs get a line each.
STORY_EPISODES = 12


def story_so_far(ctx: BuildContext, outline: Outline, number: int) -> list[str]:
    """A bounded rolling summary before episode ``number``: a line per finished arc, then
    the summaries of up to STORY_EPISODES episodes of the current arc as written."""
    arc = outline.arc_of(number)
    first = arc.first if arc else 1
    story = [f"{a.title}: {a.summary}" for a in outline.arcs if a.last < first]
    for earlier in range(max(first, number - STORY_EPISODES), number):
        episode = ctx.episode(earlier)
        if episode is not None and episode.summary:
            story.append(f"{earlier}. {episode.summary}")
    return story


class ScriptStage(Stage):
    """Write each episode's scenes, beats and lines."""

    name: ClassVar[str] = "script"
    capability: ClassVar[str | None] = "writer"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("digest", "bible", "outline")
    description: ClassVar[str] = "outline → episode scripts (episodes/epNNN.yaml)"
    owned: ClassVar[bool] = True
    sequential: ClassVar[bool] = True

    def items(self, ctx: BuildContext) -> list[str]:
        numbers = ctx.episode_numbers()
        if numbers and ctx.selection is not None:
            # An episode continues from all before it: write missing earlier ones too.
            numbers = sorted(set(numbers) | set(range(1, max(numbers))))
        return [episode_id(n) for n in numbers]

    def plan(self, ctx: BuildContext, item: str) -> Work:
        number = ItemId.parse(item).number
        bible, outline = ctx.bible(), ctx.outline()
        if bible is None or outline is None:
            raise Blocked("needs series.yaml and outline.yaml")
        entry = outline.episode(number)
        if entry is None:
            raise Blocked(f"outline.yaml has no plan for episode {number}")
        for earlier in range(1, number):
            if ctx.episode(earlier) is None:
                raise Blocked(f"needs {episode_id(earlier)} first (continuity)")
        previous = ctx.episode(number - 1) if number > 1 else None
        arc = outline.arc_of(number)
        last_number = max(p.number for p in outline.plan)
        request = ScriptRequest(
            bible=bible, plan=entry, arc=arc,
            arc_last=bool(arc and arc.last == number), final=number == last_number,
            ledger=ctx.ledger_before(number),
            previously=previous.summary if previous else "",
            story=story_so_far(ctx, outline, number),
            seed=ctx.settings.project.seed,
            interactive=ctx.settings.project.interactive,
        )
        if ctx.settings.source is not None and entry.chapters:
            request.source_chapters = compact_digests(load_digests(ctx, entry.chapters))
        return provider_work(self, ctx, item, request, "writer",
                             {"script": episode_file(number)})

    @staticmethod
    def run(work: Work) -> Produced:
        episode, usage = call_provider(work, WRITER, ScriptRequest, lambda p, r: p.write_script(r))
        return produced({"script": dump_model(episode, HEADER).encode("utf-8")}, usage)
