"""bible: idea → series.yaml (the user owns it once written)."""

from __future__ import annotations

from typing import ClassVar

from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Produced, Stage, Work
from microdrama.engine.providing import call_provider, produced, provider_work
from microdrama.formats.yamlio import dump_model
from microdrama.project.folder import BIBLE_FILE
from microdrama.providers.base import WRITER, SeriesRequest
from microdrama.stages.digest import source_brief

HEADER = (
    "# Series bible. Yours to edit: builds read it and never overwrite it\n"
    "# (unless you run `microdrama build --force bible`).\n"
)


class BibleStage(Stage):
    """Write the series bible from the idea."""

    name: ClassVar[str] = "bible"
    capability: ClassVar[str | None] = "writer"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("digest",)
    description: ClassVar[str] = "idea → series bible (series.yaml)"
    owned: ClassVar[bool] = True

    def items(self, ctx: BuildContext) -> list[str]:
        return ["series"]

    def plan(self, ctx: BuildContext, item: str) -> Work:
        project = ctx.settings.project
        request = SeriesRequest(
            idea=project.idea, language=project.language, genre=project.genre,
            title=project.title, episodes=project.episodes, seed=project.seed,
        )
        brief = source_brief(ctx)  # a novel being adapted, condensed (None: an original)
        if brief is not None:
            request.source = brief[0]
        return provider_work(self, ctx, item, request, "writer",
                             {"bible": BIBLE_FILE})

    @staticmethod
    def run(work: Work) -> Produced:
        bible, usage = call_provider(work, WRITER, SeriesRequest, lambda p, r: p.write_bible(r))
        return produced({"bible": dump_model(bible, HEADER).encode("utf-8")}, usage)
