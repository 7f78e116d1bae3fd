"""The timeline of an episode: when each shot and line plays, from real voice lengths."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer

from microdrama.domain.base import Id, Model
from microdrama.domain.storyboard import Storyboard

#: Silence before the first line of a shot, between lines, and after the last one.
LEAD_IN_MS = 150
BETWEEN_LINES_MS = 250
TAIL_MS = 350


class LineTiming(Model):
    """When a line is spoken (and, for a dub sped up to fit, how much faster)."""

    line: Id
    shot: Id
    start_ms: int = Field(ge=0)
    end_ms: int = Field(ge=0)
    tempo: float = Field(default=1.0, ge=1.0, description="Speed-up of a dubbed line.")
    reworded: bool = Field(default=False, description="A dubbed line spoken in its shorter "
                           "rewording (the reword stage's take), not its first translation.")

    @model_serializer(mode="wrap")
    def _omit_unit_tempo(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if self.tempo == 1.0:  # timelines of the series language read as before
            data.pop("tempo", None)
        if not self.reworded:
            data.pop("reworded", None)
        return data


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


def build_timeline(board: Storyboard, voice_ms: dict[str, int], *, fps: int = 30,
                   segment_of: Mapping[str, str] | None = None,
                   min_segment_ms: int = 0) -> Timeline:
    """Lay shots end to end; a shot with lines lasts as long as its speech needs.

    ``voice_ms`` maps line id → measured voice length. A shot without lines keeps its
    storyboard duration. Shot boundaries snap to whole frames so that segments
    rendered frame by frame add up to exactly the timeline (no audio drift).

    ``segment_of`` (shot id → story segment, for an interactive episode) makes every
    segment last at least ``min_segment_ms``: the last shot of a shorter one is held
    longer, so each segment's video can show its opening label for the time it must.
    """
    clock = 0
    shots: list[ShotTiming] = []
    lines: list[LineTiming] = []
    segment_start = 0
    for index, shot in enumerate(board.shots):
        start = clock
        if segment_of is not None and (
                index == 0 or segment_of.get(shot.id) != segment_of.get(board.shots[index - 1].id)):
            segment_start = start
        if shot.lines:
            cursor = start + LEAD_IN_MS
            for number, line_id in enumerate(shot.lines):
                if number:
                    cursor += BETWEEN_LINES_MS
                length = voice_ms[line_id]
                lines.append(LineTiming(line=line_id, shot=shot.id, start_ms=cursor,
                                        end_ms=cursor + length))
                cursor += length
            end = cursor + TAIL_MS
        else:
            end = start + shot.duration_ms
        if segment_of is not None and (
                index + 1 == len(board.shots)
                or segment_of.get(board.shots[index + 1].id) != segment_of.get(shot.id)):
            end = max(end, segment_start + min_segment_ms)
        # Up to a frame boundary, counted in whole frames from the shot's own first frame:
        # a shot moved along the clock (a line before it grew) keeps its frame count, so
        # its segment is not rendered again for a frame's rounding.
        first = round(start * fps / 1000)
        end = frame_ms(first + -(-(end - start) * fps // 1000), fps)
        shots.append(ShotTiming(shot=shot.id, start_ms=start, end_ms=end))
        clock = end
    return Timeline(episode=board.episode, duration_ms=clock, shots=shots, lines=lines)


def fit_dub(source: Timeline, dub_ms: dict[str, int], *, max_tempo: float, min_gap_ms: int,
            min_tail_ms: int, fps: int = 30, reworded: frozenset[str] = frozenset(),
            keep_shots: bool = False) -> tuple[Timeline, dict[str, int]]:
    """The timeline of a dub: the source's shots, each dubbed line spoken from its source
    line's start (or just after the line before, if that one ran long).

    A line that does not fit before the next line's start (or the shot's end, less
    ``min_tail_ms``) is sped up to fit, at most ``max_tempo``; past that it runs over and
    pushes what follows, and a shot whose speech overruns it is lengthened (to whole
    frames) with everything after it moved. Returns the timeline and, per line that runs
    over even at ``max_tempo``, by how many ms. Lines in ``reworded`` are marked as spoken
    in their shorter rewording.

    With ``keep_shots`` (a dub over the series' own picture, shared with other locales)
    no shot moves: a line that runs over goes on into what follows — the next line of
    its shot, or the next shot — and pushes the lines after it later. Only the last shot
    may last longer, when the last line and its tail run past the picture's end: the
    caller holds that shot's last frame for the difference.
    """
    lines_of = _lines_of(source)
    shift = 0
    shots: list[ShotTiming] = []
    lines: list[LineTiming] = []
    overruns: dict[str, int] = {}
    cursor = 0
    for shot in source.shots:
        start, end = shot.start_ms + shift, shot.end_ms + shift
        cursor = max(cursor, start) if keep_shots else start
        own = lines_of.get(shot.shot, [])
        for index, timing in enumerate(own):
            begin = max(timing.start_ms + shift, cursor)
            limit = (own[index + 1].start_ms + shift - min_gap_ms if index + 1 < len(own)
                     else end - min_tail_ms)
            need = dub_ms[timing.line]
            room = max(1, limit - begin)
            tempo = 1.0 if need <= room else min(max_tempo, need / room)
            length = round(need / tempo)
            if length > room:
                overruns[timing.line] = length - room
            lines.append(LineTiming(line=timing.line, shot=shot.shot, start_ms=begin,
                                    end_ms=begin + length, tempo=round(tempo, 4),
                                    reworded=timing.line in reworded))
            cursor = begin + length + min_gap_ms
        if own and not keep_shots and lines[-1].end_ms + min_tail_ms > end:
            wanted = lines[-1].end_ms + min_tail_ms
            snapped = frame_ms(-(-wanted * fps // 1000), fps)
            shift += snapped - end
            end = snapped
        shots.append(ShotTiming(shot=shot.shot, start_ms=start, end_ms=end))
    if keep_shots and lines and shots and lines[-1].end_ms + min_tail_ms > shots[-1].end_ms:
        wanted = lines[-1].end_ms + min_tail_ms
        shots[-1] = shots[-1].model_copy(
            update={"end_ms": frame_ms(-(-wanted * fps // 1000), fps)})
    return (Timeline(episode=source.episode, duration_ms=shots[-1].end_ms if shots else 0,
                     shots=shots, lines=lines), overruns)


def line_rooms(source: Timeline, *, min_gap_ms: int, min_tail_ms: int,
               fps: int = 30) -> dict[str, int]:
    """How long a dub of each line may speak at 1× from the line's own start: up to the
    next line of its shot (less ``min_gap_ms``) or the shot's end (less ``min_tail_ms``)
    — the room ``fit_dub`` gives it when nothing before it ran long.

    Measured within the shot, with the shot's length from its frame count: a shot moved
    along the clock (an earlier line grew) gives its lines the same rooms to the
    millisecond, so their rewordings are not asked for again."""
    ends = {shot.shot: shot.start_ms + frame_ms(round(shot.duration_ms * fps / 1000), fps)
            for shot in source.shots}
    rooms: dict[str, int] = {}
    for shot, own in _lines_of(source).items():
        for index, timing in enumerate(own):
            limit = (own[index + 1].start_ms - min_gap_ms if index + 1 < len(own)
                     else ends[shot] - min_tail_ms)
            rooms[timing.line] = max(1, limit - timing.start_ms)
    return rooms


def _lines_of(source: Timeline) -> dict[str, list[LineTiming]]:
    """Shot id → its lines, in order."""
    lines_of: dict[str, list[LineTiming]] = {}
    for timing in source.lines:
        lines_of.setdefault(timing.shot, []).append(timing)
    return lines_of
