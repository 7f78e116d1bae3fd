"""Shots on the frame grid: a shot moved along the clock keeps its frame count."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from microdrama.domain.storyboard import Storyboard
from microdrama.domain.timeline import build_timeline, line_rooms

FPS = 30


def _board(quiet_ms: int) -> Storyboard:
    shot = {"framing": "MS", "characters": [], "location": "hall", "beat": "ep001-sc01-b01",
            "duration_ms": 2000}
    return Storyboard.model_validate({"episode": "ep001", "shots": [
        {**shot, "id": "ep001-sh01", "lines": ["l1"]},
        {**shot, "id": "ep001-sh02", "duration_ms": quiet_ms},
        {**shot, "id": "ep001-sh03", "lines": ["l3"]}]})


def _frames(start_ms: int, end_ms: int) -> int:
    return round(end_ms * FPS / 1000) - round(start_ms * FPS / 1000)


@settings(max_examples=200, deadline=None)
@given(first=st.integers(200, 9000), grown=st.integers(1, 3000),
       quiet=st.integers(300, 5000), last=st.integers(200, 9000))
def test_a_line_that_grows_moves_later_shots_without_changing_their_frames(
        first: int, grown: int, quiet: int, last: int) -> None:
    before = build_timeline(_board(quiet), {"l1": first, "l3": last}, fps=FPS)
    after = build_timeline(_board(quiet), {"l1": first + grown, "l3": last}, fps=FPS)
    for old, new in zip(before.shots[1:], after.shots[1:], strict=True):
        assert _frames(old.start_ms, old.end_ms) == _frames(new.start_ms, new.end_ms)
    for shot in after.shots:  # every boundary is a frame boundary, and shots meet
        assert shot.start_ms == round(round(shot.start_ms * FPS / 1000) * 1000 / FPS)
    assert all(a.end_ms == b.start_ms for a, b in zip(after.shots, after.shots[1:], strict=False))
    # …and a dub of a later line gets the same room to the millisecond (its rewording
    # is keyed by it).
    rooms = {"min_gap_ms": 120, "min_tail_ms": 150}
    assert line_rooms(before, **rooms)["l3"] == line_rooms(after, **rooms)["l3"]
    # A shot is long enough for what it holds: its lines and its storyboard length.
    assert after.shots[1].duration_ms >= quiet
    assert after.shots[0].end_ms >= after.lines[0].end_ms
