"""The timeline of an episode: when each shot and line plays, from real voice lengths."""

from __future__ import annotations

from pydantic import Field

from microdrama.domain.base import Id, Model
from microdrama.domain.storyboard import Storyboard

#: Silence before the first line of a shot, between lines, and after the last one.
LEAD_IN_MS = 150
BETWEEN_LINES_MS = 250
TAIL_MS = 350


class LineTiming(Model):
    """When a line is spoken."""

    line: Id
    shot: Id
    start_ms: int = Field(ge=0)
    end_ms: int = Field(ge=0)


class ShotTiming(Model):
    """When a shot is on screen."""

    shot: Id
    start_ms: int = Field(ge=0)
    end_ms: int = Field(ge=0)

    @property
    def duration_ms(self) -> int:
        """Length of the shot."""
        return self.end_ms - self.start_ms


class Timeline(Model):
    """Shots and lines of one episode on one clock."""

    episode: Id
    duration_ms: int = Field(ge=0)
    shots: list[ShotTiming]
    lines: list[LineTiming]

    def shot(self, shot_id: str) -> ShotTiming:
        """Timing of one shot."""
        return next(s for s in self.shots if s.shot == shot_id)


def frame_ms(frame: int, fps: int) -> int:
    """The millisecond at which ``frame`` starts (rounded)."""
    return round(frame * 1000 / fps)


def build_timeline(board: Storyboard, voice_ms: dict[str, int], *, fps: int = 30) -> Timeline:
    """Lay shots end to end; a shot with lines lasts as long as its speech needs.

    ``voice_ms`` maps line id → measured voice length. A shot without lines keeps its
    storyboard duration. Shot boundaries snap to whole frames so that segments
    rendered frame by frame add up to exactly the timeline (no audio drift).
    """
    clock = 0
    shots: list[ShotTiming] = []
    lines: list[LineTiming] = []
    for shot in board.shots:
        start = clock
        if shot.lines:
            cursor = start + LEAD_IN_MS
            for index, line_id in enumerate(shot.lines):
                if index:
                    cursor += BETWEEN_LINES_MS
                length = voice_ms[line_id]
                lines.append(LineTiming(line=line_id, shot=shot.id, start_ms=cursor,
                                        end_ms=cursor + length))
                cursor += length
            end = cursor + TAIL_MS
        else:
            end = start + shot.duration_ms
        end = frame_ms(-(-end * fps // 1000), fps)  # up to the next frame boundary
        shots.append(ShotTiming(shot=shot.id, start_ms=start, end_ms=end))
        clock = end
    return Timeline(episode=board.episode, duration_ms=clock, shots=shots, lines=lines)
