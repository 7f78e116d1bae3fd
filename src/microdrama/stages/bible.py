"""bible: idea → series.yaml (the user owns it once written)."""

from __future__ import annotations

import asyncio
from typing import ClassVar

from microdrama.engine.context import BuildContext
from microdrama.engine.hashing import cache_key
from microdrama.engine.stage import Produced, Stage, Work
from microdrama.formats.project import BIBLE_FILE
from microdrama.formats.yamlio import dump_model
from microdrama.providers.base import SeriesRequest
from microdrama.providers.registry import get_provider

HEADER = (
    "# Series bible. Yours to edit: builds read it and never overwrite it\n"
    "# (unless you run `microdrama build --force bible`).\n"
)


class BibleStage(Stage):
    """Write the series bible from the idea."""

    name: ClassVar[str] = "bible"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ()
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
        provider = ctx.settings.providers.writer
        payload = {"request": request.model_dump(mode="json"), "provider": provider}
        return Work(
            stage=self.name, item=item, key=cache_key(self.name, self.version, payload),
            payload=payload, outputs={"bible": BIBLE_FILE}, provider=provider,
        )

    @staticmethod
    def run(work: Work) -> Produced:
        writer = get_provider(work.payload["provider"], "writer")
        request = SeriesRequest.model_validate(work.payload["request"])
        bible = asyncio.run(writer.write_bible(request))
        return Produced({"bible": dump_model(bible, HEADER).encode("utf-8")})
