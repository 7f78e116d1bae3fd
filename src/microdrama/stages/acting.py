"""Who does what in a shot, for the panel and segment stages: who speaks on screen,
who reacts, and each figure's motion frame by frame (blinks, breath, mouth, start).

A line moves a mouth only when its speaker is drawn in the shot and its direction does
not mark it as spoken over the picture (V.O., O.S., 画外音, 旁白… — the motion pack's
``voice_over`` words). Narration and off-screen lines never move a mouth; listeners'
mouths stay as the panel has them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from microdrama.domain import Episode, Line
from microdrama.domain.storyboard import Shot
from microdrama.media.frames import frame_count
from microdrama.media.motion import FigureMotion, blinks, breath, jolt, motion_rules, react
from microdrama.media.visemes import mouth_track


def voice_over(line: Line) -> bool:
    """True when the line's direction says no one in the picture speaks it."""
    direction = line.direction.casefold()
    return any(mark.casefold() in direction for mark in motion_rules().speech.voice_over)


def on_screen_lines(shot: Shot, episode: Episode | None) -> list[Line]:
    """The shot's lines spoken by someone in it, in order (none without the script)."""
    if episode is None:
        return []
    by_id = {line.id: line for line in episode.lines()}
    seen = {c.id for c in shot.characters}
    return [by_id[i] for i in shot.lines
            if i in by_id and by_id[i].speaker in seen and not voice_over(by_id[i])]


def speaking(shot: Shot, episode: Episode | None) -> list[str]:
    """Ids of the characters whose mouths move in the shot."""
    return sorted({line.speaker for line in on_screen_lines(shot, episode)})


def reacting(shot: Shot, episode: Episode | None) -> list[str]:
    """Ids of the characters who react in the shot: on a reveal, everyone in a shot of
    two or more who does not speak."""
    if not reacts(shot, episode) or len(shot.characters) < 2:
        return []
    talking = set(speaking(shot, episode))
    return sorted({c.id for c in shot.characters} - talking)


def reacts(shot: Shot, episode: Episode | None) -> bool:
    """Whether the shot's beat is one the listeners react to (a reveal, a twist…)."""
    if episode is None:
        return False
    kind = next((b.kind for b in episode.beats() if b.id == shot.beat), "")
    return kind in motion_rules().reaction.beats


@dataclass(frozen=True)
class Spoken:
    """A line heard in the shot from a figure in it: when (ms from the shot's start)."""

    line: str
    speaker: str
    start_ms: int
    end_ms: int


def acting_plan(figures: list[dict[str, Any]], spoken: list[Spoken], react_beat: bool,
                duration_ms: int, seed: str, fps: int) -> dict[str, Any]:
    """What a segment's figures do, as the JSON its key and payload carry: the figures
    (id, scale) of the rig, the lines they speak, the reaction frame, the rim lights."""
    frames = frame_count(duration_ms, fps)
    ids = [f["id"] for f in figures]
    talkers = {s.speaker for s in spoken if s.speaker in ids}
    react_at = None
    if react_beat and len(figures) > 1 and len(talkers) < len(figures):
        rules = motion_rules().reaction
        first = next((s for s in spoken if s.speaker in ids), None)
        at_ms = (first.start_ms + rules.at * (first.end_ms - first.start_ms) if first
                 else rules.at * duration_ms)
        react_at = min(frames - 1, round(at_ms * fps / 1000))
    return {
        "seed": seed, "fps": fps, "frames": frames,
        "figures": [{"id": f["id"], "scale": f["scale"],
                     "rim": f["id"] in talkers and len(figures) > 1,
                     "reacts": react_at is not None and f["id"] not in talkers}
                    for f in figures],
        "lines": [{"line": s.line, "speaker": s.speaker, "start_ms": s.start_ms}
                  for s in spoken if s.speaker in ids],
        "react_at": react_at,
    }


def motions(plan: dict[str, Any], voices: dict[str, bytes]) -> list[FigureMotion]:
    """Each figure's motion from an ``acting_plan`` and the voices (line id → WAV)."""
    frames, fps, seed = plan["frames"], plan["fps"], plan["seed"]
    out = []
    for figure in plan["figures"]:
        who = figure["id"]
        mouth = [""] * frames
        for line in plan["lines"]:
            if line["speaker"] == who:
                track = mouth_track(voices[line["line"]], frames, fps, line["start_ms"])
                mouth = [new or old for old, new in zip(mouth, track, strict=True)]
        eyes = blinks(f"{seed}:{who}", frames, fps)
        lift = breath(f"{seed}:{who}", frames, fps, figure["scale"])
        if figure["reacts"]:
            at = plan["react_at"]
            eyes = react(eyes, at, fps)
            lift = [a + b for a, b in zip(lift, jolt(frames, fps, at, figure["scale"]),
                                          strict=True)]
        out.append(FigureMotion(eyes=eyes, mouth=mouth, lift=lift, rim=figure["rim"]))
    return out
