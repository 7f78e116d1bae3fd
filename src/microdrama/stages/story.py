"""Interactive episodes at render time: which shots make each story segment, where a
segment starts and ends on the episode's timeline, and the segment items the mix and
episode stages add for them (stage-only helpers; see docs/decisions/0015).

A story segment is a scene (``domain.story``): its shots are the storyboard's shots of
the scene's beats, in storyboard order. Every shot belongs to exactly one segment, so a
shot is rendered once whatever path leads through it; a segment is mixed and assembled
once, and the player joins segments in the order the viewer's choices take.
"""

from __future__ import annotations

from dataclasses import dataclass

from microdrama.domain import Episode, episode_id
from microdrama.domain.items import ItemId
from microdrama.domain.storyboard import Storyboard
from microdrama.domain.timeline import Timeline
from microdrama.engine.context import BuildContext
from microdrama.media.label import label_rule


def segment_shots(episode: Episode, board: Storyboard) -> dict[str, list[str]]:
    """Scene id → its shot ids in storyboard order (a scene whose beats have no shot
    maps to [])."""
    scene_of_beat = {beat.id: scene.id for scene in episode.scenes for beat in scene.beats}
    out: dict[str, list[str]] = {scene.id: [] for scene in episode.scenes}
    for shot in board.shots:
        scene = scene_of_beat.get(shot.beat)
        if scene is not None:
            out[scene].append(shot.id)
    return out


def segment_of_shot(episode: Episode, board: Storyboard) -> dict[str, str]:
    """Shot id → the id of the segment (scene) it belongs to."""
    return {shot: scene for scene, shots in segment_shots(episode, board).items()
            for shot in shots}


def label_ms() -> int:
    """How long the visible label is drawn from the start of a video: the rule's
    minimum and a second more, so no frame rounding falls short. A story segment lasts
    at least this long (the timing stage stretches a shorter one's last shot)."""
    return int(label_rule().min_seconds * 1000) + 1000


@dataclass(frozen=True)
class SegmentSpan:
    """Where one segment plays on the episode's timeline."""

    segment: str
    shots: tuple[str, ...]
    start_ms: int
    end_ms: int
    #: When the segment's last line has been spoken, from the segment's start (0: none).
    speech_end_ms: int

    @property
    def duration_ms(self) -> int:
        """How long the segment plays."""
        return self.end_ms - self.start_ms


def segment_spans(episode: Episode, board: Storyboard, timeline: Timeline) -> list[SegmentSpan]:
    """Every segment that has shots, with its span on ``timeline``, in script order."""
    spans = []
    for scene, shots in segment_shots(episode, board).items():
        if not shots:
            continue
        timings = [timeline.shot(shot) for shot in shots]
        start, end = timings[0].start_ms, timings[-1].end_ms
        spoken = [t.end_ms - start for t in timeline.lines if t.shot in set(shots)]
        spans.append(SegmentSpan(scene, tuple(shots), start, end, max(spoken, default=0)))
    return spans


def branching_numbers(ctx: BuildContext) -> list[int]:
    """Selected episodes that branch and have a storyboard."""
    out = []
    for number in ctx.episode_numbers():
        episode = ctx.episode(number)
        if episode is not None and episode.branching and ctx.storyboard(number) is not None:
            out.append(number)
    return out


def render_items(ctx: BuildContext) -> list[str]:
    """What the mix and episode stages make per selected episode with a storyboard: the
    episode (``ep001``) when it is linear, one item per story segment (``ep001-sc02``)
    when it branches."""
    items: list[str] = []
    for number in ctx.episode_numbers():
        episode, board = ctx.episode(number), ctx.storyboard(number)
        if episode is None or board is None:
            continue
        if not episode.branching:
            items.append(episode_id(number))
        else:
            items += [scene for scene, shots in segment_shots(episode, board).items() if shots]
    return items


def is_segment(item: ItemId) -> bool:
    """Whether a mix or episode item is a story segment (``ep001-sc02``), not an episode."""
    return item.local != item.episode
