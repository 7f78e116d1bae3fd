"""clip: each shot's panel → a moving clip (out/clips/epNNN/<shot>.mp4).

Only when drama.toml names a clip provider (``[providers] clip = "comfyui"``). With
``clip = ""``, the default, there are no items and every segment is a motion comic:
a camera move over the still panel.

A clip is asked for the shot's timed length rounded up to a whole second: the segment
cuts it to the exact length, so re-voicing a line (which moves shot lengths by a few
frames) does not pay for a new clip. The panel enters the request by its
project-relative path and content hash, and is made absolute only when the provider
runs, so a moved project keeps its cache.
"""

from __future__ import annotations

import math
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.items import episode_of, shot_items, split_item
from microdrama.engine.providing import call_provider, produced, provider_work
from microdrama.project import layout as paths
from microdrama.providers.base import CLIP, ClipRequest
from microdrama.stages.timing import FPS, load_timeline

WIDTH, HEIGHT = 1080, 1920


def clip_length_ms(duration_ms: int) -> int:
    """What to ask a clip provider for: the shot's length up to a whole second."""
    return max(1000, math.ceil(duration_ms / 1000) * 1000)


class ClipStage(Stage):
    """Animate each shot's panel with the clip provider."""

    name: ClassVar[str] = "clip"
    capability: ClassVar[str | None] = "clip"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("panel", "timing")
    description: ClassVar[str] = "panels + timing → moving clips (out/clips/)"
    # Mostly waiting on the service; decoding and encoding run in ffmpeg.
    executor: ClassVar[str] = "thread"

    def items(self, ctx: BuildContext) -> list[str]:
        if not ctx.settings.providers.clip:
            return []
        return shot_items(ctx)

    def plan(self, ctx: BuildContext, item: str) -> Work:
        number, shot_id = split_item(item)
        episode = episode_of(item)
        board, timeline = ctx.storyboard(number), load_timeline(ctx, episode)
        panel = paths.panel(episode, shot_id)
        panel_hash = ctx.file_hash(panel)
        if board is None or timeline is None or panel_hash is None:
            raise Blocked("needs the panel and the timeline")
        shot = next((s for s in board.shots if s.id == shot_id), None)
        timing = next((t for t in timeline.shots if t.shot == shot_id), None)
        if shot is None or timing is None:
            raise Blocked(f"{shot_id} is not in the storyboard and timeline yet")
        request = ClipRequest(
            shot=shot, image_path=panel, image_sha256=panel_hash,
            duration_ms=clip_length_ms(timing.duration_ms), width=WIDTH, height=HEIGHT,
            fps=FPS, seed=ctx.settings.project.seed,
        )
        work = provider_work(self, ctx, item, request, "clip",
                             {"clip": paths.clip(episode, shot_id)})
        return replace(work, inputs={"panel": ctx.input(panel) or panel_hash})

    @staticmethod
    def run(work: Work) -> Produced:
        with tempfile.TemporaryDirectory() as folder:

            async def animate(provider: Any, request: ClipRequest) -> bytes:
                image = work.input_copy("panel", Path(folder), Path(request.image_path).name)
                data: bytes = await provider.animate(
                    request.model_copy(update={"image_path": str(image)}))
                return data

            data, usage = call_provider(work, CLIP, ClipRequest, animate)
        return produced({"clip": data}, usage)
