"""The layered compositor against real ffmpeg: parallax, breathing from the feet, face
states swapped on their frames — on a small synthetic rig, decoded with ffmpeg."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from microdrama.media.ffmpeg import ffmpeg_exe
from microdrama.media.layered import render_layered_segment
from microdrama.media.motion import FigureMotion, motion_rules
from microdrama.media.rig import FigureRig, Piece, Rig, decode_rig, encode_rig

W, H = 360, 640
Array = np.ndarray[Any, Any]


def decode(path: Path) -> Array:
    """Every frame as RGB, decoded by the ffmpeg binary."""
    raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-i", str(path), "-f", "rawvideo",
                          "-pix_fmt", "rgb24", "-"], check=True, capture_output=True).stdout
    return np.frombuffer(raw, np.uint8).reshape(-1, H, W, 3)


def stripes() -> Array:
    """A background of vertical stripes every 40 px (dark on light)."""
    bg = np.full((H, W, 3), 200, np.uint8)
    for x in range(0, W, 40):
        bg[:, x:x + 6] = (30, 30, 30)
    return bg


def square(x0: int, y0: int, x1: int, y1: int, colour: tuple[int, int, int]) -> Piece:
    image = np.zeros((y1 - y0, x1 - x0, 4), np.uint8)
    image[...] = (*colour, 255)
    return Piece((x0, y0, x1, y1), image)


def figure(sprites: dict[str, Piece] | None = None) -> FigureRig:
    """A red block standing on the frame's bottom, 'head' at its top."""
    return FigureRig(id="a", index=0, layer=square(140, 200, 220, H, (220, 40, 40)),
                     head=(180.0, 230.0), scale=120.0, pivot=float(H), sprites=sprites or {})


def still(frames: int, **changes: Any) -> FigureMotion:
    values: dict[str, Any] = {"eyes": ["open"] * frames, "mouth": [""] * frames,
                              "lift": [0.0] * frames}
    values.update(changes)
    return FigureMotion(**values)


def red_left_edge(frame: Array, row: int) -> int:
    red = (frame[row, :, 0] > 150) & (frame[row, :, 1] < 100)
    return int(np.nonzero(red)[0][0])


def blue_x(frame: Array) -> float:
    """The middle of the blue front piece (columns)."""
    blue = (frame[..., 2] > 180) & (frame[..., 0] < 100)
    return float(np.nonzero(blue)[1].mean())


def stripe_phase(frame: Array, row: int) -> float:
    """Where the background stripes sit (px, 0…40), from a row clear of the figure."""
    dark = frame[row, :130, 0] < 100
    xs = np.nonzero(dark)[0]
    first = xs[xs > 4][0]
    return float(first % 40)


def test_the_layers_move_at_their_own_speeds(tmp_path: Path) -> None:
    rig = Rig(W, H, stripes(), [figure()], square(200, 60, 230, 90, (40, 40, 230)))
    out = tmp_path / "pan.mp4"
    frames = 30
    render_layered_segment(rig, [still(frames)], out, duration_ms=1000, move="pan-right")
    video = decode(out)
    assert len(video) == frames
    first, last = video[0], video[-1]
    figure_moved = red_left_edge(first, 400) - red_left_edge(last, 400)
    front_moved = blue_x(first) - blue_x(last)
    background_moved = (stripe_phase(first, 100) - stripe_phase(last, 100)) % 40
    rules = motion_rules().parallax
    assert figure_moved > 10  # the camera pans right: the picture travels left
    assert abs(background_moved - figure_moved * rules.background) <= 2.5
    assert abs(front_moved - figure_moved * rules.front) <= 2.5


def test_a_figure_breathes_from_its_feet_over_a_still_set(tmp_path: Path) -> None:
    rig = Rig(W, H, stripes(), [figure()])
    frames = 20
    lift = [0.0] * 10 + [3.0] * 10
    out = tmp_path / "breath.mp4"
    render_layered_segment(rig, [still(frames, lift=lift)], out, duration_ms=20 * 1000 // 30 + 1)
    video = decode(out).astype(int)
    top = [int(np.nonzero((f[:, 180, 0] > 150) & (f[:, 180, 1] < 100))[0][0]) for f in video]
    assert top[0] == top[9] and top[19] < top[0]  # the head rose…
    assert 2 <= top[0] - top[19] <= 4  # …by its lift
    # the feet stay put and the set does not move at all
    assert np.abs(video[0][H - 8:, 150:210] - video[-1][H - 8:, 150:210]).max() < 12
    assert np.abs(video[0][:, :120] - video[-1][:, :120]).max() < 12


def test_face_states_are_pasted_on_their_frames(tmp_path: Path) -> None:
    shut = square(160, 220, 200, 240, (20, 200, 20))  # green where the eyes close
    rig = Rig(W, H, stripes(), [figure({"eyes:closed": shut})])
    eyes = ["open"] * 5 + ["closed"] * 3 + ["open"] * 4
    out = tmp_path / "blink.mp4"
    render_layered_segment(rig, [still(12, eyes=eyes)], out, duration_ms=400)
    green = [bool(f[230, 180, 1] > 150 and f[230, 180, 0] < 100) for f in decode(out)]
    assert green == [state == "closed" for state in eyes]


def test_a_rig_survives_its_files() -> None:
    rig = Rig(W, H, stripes(), [figure({"mouth:open": square(170, 260, 190, 270, (0, 0, 0))})],
              square(200, 60, 230, 90, (40, 40, 230)))
    back = decode_rig(*encode_rig(rig))
    assert back.figures[0].layer.box == rig.figures[0].layer.box
    assert np.array_equal(back.figures[0].layer.image[..., 3], rig.figures[0].layer.image[..., 3])
    assert np.abs(back.background.astype(int) - rig.background).mean() < 2  # JPEG, q95
    assert set(back.figures[0].sprites) == {"mouth:open"}
    # where nothing is drawn, nothing is painted (JPEG noise does not light the box)
    transparent = back.figures[0].layer.image[..., 3] == 0
    assert not back.figures[0].layer.image[..., :3][transparent].any()


def test_a_motion_shorter_than_the_shot_is_refused(tmp_path: Path) -> None:
    rig = Rig(W, H, stripes(), [figure()])
    with pytest.raises(ValueError, match="fewer than"):
        render_layered_segment(rig, [still(3)], tmp_path / "x.mp4", duration_ms=1000)


def test_a_half_blink_is_halfway_between_open_and_shut(tmp_path: Path) -> None:
    shut = square(160, 220, 200, 240, (20, 200, 20))  # the rig draws no half-shut eyes
    rig = Rig(W, H, stripes(), [figure({"eyes:closed": shut})])
    eyes = ["open"] * 4 + ["half", "closed", "closed", "half"] + ["open"] * 4
    out = tmp_path / "half.mp4"
    render_layered_segment(rig, [still(12, eyes=eyes)], out, duration_ms=400)
    video = decode(out).astype(int)
    opened, closed = video[2][230, 180], video[5][230, 180]
    for k in (4, 7):
        assert np.abs(video[k][230, 180] - (opened + closed) / 2).max() <= 12
    assert np.abs(opened - closed).max() > 100  # the two states do differ there
