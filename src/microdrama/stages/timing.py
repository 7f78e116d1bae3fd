"""timing: storyboard + measured voice lengths → the episode timeline (JSON)."""

from __future__ import annotations

import json
from typing import ClassVar

from microdrama.domain.items import ItemId
from microdrama.domain.storyboard import Storyboard
from microdrama.domain.timeline import Timeline, build_timeline
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.items import episode_items, localized
from microdrama.engine.keys import cache_key
from microdrama.media.audio import duration_ms
from microdrama.project import layout as paths

FPS = 30


class TimingStage(Stage):
    """Shot lengths from real speech: a shot lasts as long as its lines need."""

    name: ClassVar[str] = "timing"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("storyboard", "voice")
    description: ClassVar[str] = "storyboard + voices → timeline"

    def items(self, ctx: BuildContext) -> list[str]:
        return localized(ctx, episode_items(ctx))

    def plan(self, ctx: BuildContext, item: str) -> Work:
        parsed = ItemId.parse(item)
        number = parsed.number
        board = ctx.storyboard(number)
        if board is None:
            raise Blocked("needs the storyboard")
        lengths: dict[str, int] = {}
        for shot in board.shots:
            for line in shot.lines:
                path = ctx.project.path(paths.voice(parsed.episode, line, parsed.locale))
                if not path.is_file():
                    raise Blocked(f"needs the voice of {line}")
                lengths[line] = duration_ms(path.read_bytes())
        payload = {"storyboard": board.model_dump(mode="json"), "voice_ms": lengths, "fps": FPS}
        key = cache_key(self.name, self.version, {**payload, **parsed.key_part()})
        return Work(stage=self.name, item=item, key=key, payload=payload,
                    outputs={"timeline": paths.timeline(parsed.episode, parsed.locale)})

    @staticmethod
    def run(work: Work) -> Produced:
        board = Storyboard.model_validate(work.payload["storyboard"])
        timeline = build_timeline(board, work.payload["voice_ms"], fps=work.payload["fps"])
        return Produced({"timeline": timeline.model_dump_json(indent=1).encode("utf-8")})


def load_timeline(ctx: BuildContext, episode: str, locale: str = "") -> Timeline | None:
    """The timeline of an episode (in ``locale``) from disk, or None."""
    path = ctx.project.path(paths.timeline(episode, locale))
    if not path.is_file():
        return None
    return Timeline.model_validate(json.loads(path.read_text("utf-8")))
