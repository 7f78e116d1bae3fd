"""music: one bed per scene, its mood read from the scene (.microdrama/work/music/)."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

from microdrama.domain import Scene
from microdrama.domain.items import ItemId
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.items import episode_of
from microdrama.engine.providing import call_provider, produced, provider_work
from microdrama.project import layout as paths
from microdrama.providers.base import MUSIC, MusicRequest
from microdrama.stages.timing import load_timeline

#: Beds are made in whole buckets so a small timing change does not recompose them.
BUCKET_MS = 5000

MOOD_OF_BEAT = {"hook": "tense", "escalation": "tense", "reversal": "triumphant",
                "reveal": "triumphant", "finale": "triumphant", "twist": "mysterious",
                "cliffhanger": "mysterious", "stakes": "calm"}
MOOD_OF_EMOTION = {"crying": "sad", "sad": "sad", "tender": "romantic", "scheming": "mysterious",
                   "angry": "tense", "furious": "tense", "afraid": "tense"}


def scene_mood(scene: Scene) -> str:
    """The mood most of the scene's beats and lines call for."""
    votes: Counter[str] = Counter()
    for beat in scene.beats:
        votes[MOOD_OF_BEAT.get(beat.kind, "calm")] += 2
        for line in beat.lines:
            if line.emotion in MOOD_OF_EMOTION:
                votes[MOOD_OF_EMOTION[line.emotion]] += 1
    return votes.most_common(1)[0][0] if votes else "calm"


def scene_span(ctx: BuildContext, number: int, scene: Scene,
               locale: str = "") -> tuple[int, int] | None:
    """(start, end) ms of a scene on the episode's timeline (in ``locale``)."""
    board = ctx.storyboard(number)
    episode = ctx.episode(number)
    timeline = load_timeline(ctx, episode.id, locale) if episode else None
    if board is None or timeline is None:
        return None
    beats = {b.id for b in scene.beats}
    shots = [timeline.shot(s.id) for s in board.shots if s.beat in beats]
    if not shots:
        return None
    return min(s.start_ms for s in shots), max(s.end_ms for s in shots)


def has_no_shots(ctx: BuildContext, number: int, scene: Scene) -> bool:
    """Whether the storyboard shows no shot of ``scene`` (an edited storyboard may leave a
    scene out): it plays for no time, so it has no music bed."""
    board = ctx.storyboard(number)
    beats = {b.id for b in scene.beats}
    return board is not None and not any(shot.beat in beats for shot in board.shots)


class MusicStage(Stage):
    """Compose a bed per scene in the mood of its beats."""

    name: ClassVar[str] = "music"
    capability: ClassVar[str | None] = "music"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("timing",)
    description: ClassVar[str] = "scenes → music beds"
    executor: ClassVar[str] = "process"

    def items(self, ctx: BuildContext) -> list[str]:
        items: list[str] = []
        for number in ctx.episode_numbers():
            episode = ctx.episode(number)
            if episode is not None and ctx.storyboard(number) is not None:
                items += [scene.id for scene in episode.scenes
                          if not has_no_shots(ctx, number, scene)]
        return items

    def plan(self, ctx: BuildContext, item: str) -> Work:
        number = ItemId.parse(item).number
        episode = ctx.episode(number)
        scene = next((s for s in episode.scenes if s.id == item), None) if episode else None
        span = scene_span(ctx, number, scene) if scene else None
        if scene is None or span is None:
            raise Blocked("needs the timeline")
        length = span[1] - span[0]
        duration = -(-length // BUCKET_MS) * BUCKET_MS
        request = MusicRequest(mood=scene_mood(scene), duration_ms=duration,
                               seed=ctx.settings.project.seed + number)
        return provider_work(self, ctx, item, request, "music",
                             {"music": paths.music(episode_of(item), item)})

    @staticmethod
    def run(work: Work) -> Produced:
        data, usage = call_provider(work, MUSIC, MusicRequest, lambda p, r: p.compose(r))
        return produced({"music": data}, usage)
