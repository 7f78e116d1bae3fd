"""Video segments against real ffmpeg, read back with PyAV."""

from __future__ import annotations

import io
import json
import math
import wave
from pathlib import Path
from typing import Any

import av
import cv2
import numpy as np
import pytest
from PIL import Image

from microdrama.media.encode import IN_PROCESS
from microdrama.media.ffmpeg import FfmpegError, run_ffmpeg
from microdrama.media.label import LabelError, aigc_metadata, label_rule, verify_aigc
from microdrama.media.video import (
    PUSH_ZOOM,
    Overlay,
    camera,
    concat_segments,
    mux,
    probe,
    read_metadata,
    render_segment,
)

W, H = 1080, 1920
Array = np.ndarray[Any, Any]


def pattern(width: int = W, height: int = H) -> Array:
    """Test pattern: soft grid + a ring + a diagonal, on a gentle gradient (RGB uint8)."""
    yy, xx = np.mgrid[0:height, 0:width]
    image = np.empty((height, width, 3), np.float32)
    image[..., 0] = 70 + 60 * xx / width
    image[..., 1] = 80 + 50 * yy / height
    image[..., 2] = 110
    grid = (xx % 48 < 3) | (yy % 48 < 3)
    image[grid] = (235, 235, 235)
    ring = np.abs(np.hypot(xx - width * 0.4, yy - height * 0.45) - width * 0.22) < 6
    image[ring] = (250, 60, 40)
    image[np.abs(xx - yy * width / height) < 4] = (20, 20, 20)
    return cv2.GaussianBlur(image, (0, 0), 1.0).clip(0, 255).astype(np.uint8)


def luma_frames(path: Path) -> list[Array]:
    """Decoded Y planes."""
    with av.open(str(path)) as container:
        return [f.to_ndarray(format="gray") for f in container.decode(video=0)]


def yuv_frames(path: Path) -> list[Array]:
    """Decoded frames as full-size YUV (chroma upsampled), for colour checks."""
    with av.open(str(path)) as container:
        return [
            f.to_ndarray(format="yuv444p").transpose(1, 2, 0) for f in container.decode(video=0)
        ]


def similarity_steps(frames: list[Array]) -> tuple[Array, Array]:
    """Per-frame (scale, translation) from frame i-1 to i, by tracking corners with LK."""
    scales, shifts = [], []
    for before, after in zip(frames, frames[1:], strict=False):
        points = cv2.goodFeaturesToTrack(before, 400, 0.05, 20)
        moved, status, _ = cv2.calcOpticalFlowPyrLK(  # type: ignore[call-overload]
            before, after, points, None, winSize=(21, 21), maxLevel=2,
            criteria=(cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, 50, 0.001),
        )  # fmt: skip
        ok = status.ravel() == 1
        p, q = points.reshape(-1, 2)[ok], moved.reshape(-1, 2)[ok]
        centre = np.array([(W - 1) / 2, (H - 1) / 2])
        dp, dq = p - centre, q - centre
        scale = float((dp * dq).sum() / (dp * dp).sum())
        scales.append(scale)
        shifts.append((dq - scale * dp).mean(axis=0))
    return np.array(scales), np.array(shifts)


def naive_crop_zoom(panel: Array, frames: int) -> list[Array]:
    """What an integer-crop zoom gives: crop whole pixels, resize back (the zoompan way)."""
    gray = cv2.cvtColor(panel, cv2.COLOR_RGB2GRAY)
    out = []
    for i in range(frames):
        zoom = camera("push-in", i, frames, 30, W, H)[0]
        w, h = round(W / zoom), round(H / zoom)
        x0, y0 = (W - w) // 2, (H - h) // 2
        out.append(
            cv2.resize(gray[y0 : y0 + h, x0 : x0 + w], (W, H), interpolation=cv2.INTER_LINEAR)
        )
    return out


def roughness(scales: Array) -> float:
    """How far the per-frame zoom steps stray from a smooth curve (in pixels at 500 px)."""
    steps = np.log(scales)
    x = np.arange(len(steps))
    fit = np.polyval(np.polyfit(x, steps, 4), x)
    return float(np.abs(steps - fit).max() * 500)


@pytest.fixture(scope="module")
def panel() -> Array:
    return pattern()


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("video")


@pytest.fixture(scope="module")
def push_in(panel: Array, work: Path) -> Path:
    out = work / "push-in.mp4"
    png = io.BytesIO()
    Image.fromarray(panel).save(png, format="PNG")
    render_segment(png.getvalue(), out, duration_ms=2000, move="push-in")
    return out


@pytest.fixture(scope="module")
def shake(panel: Array, work: Path) -> Path:
    out = work / "shake.mp4"
    render_segment(Image.fromarray(panel), out, duration_ms=1000, move="shake")
    return out


@pytest.fixture(scope="module")
def fade(work: Path) -> Path:
    out = work / "fade.mp4"
    bright = np.full((1792, 1024, 3), 200, np.uint8)  # another aspect: covered, centre-cropped
    render_segment(Image.fromarray(bright), out, duration_ms=500, transition="fade")
    return out


def test_two_second_segment_format(push_in: Path) -> None:
    info = probe(push_in)
    assert (info.width, info.height, info.codec, info.pix_fmt) == (1080, 1920, "h264", "yuv420p")
    assert info.fps == 30 and info.constant_frame_rate
    assert info.frame_count == 60 and len(luma_frames(push_in)) == 60
    assert info.duration_ms == 2000
    assert info.audio_codec is None
    assert [p.name for p in push_in.parent.iterdir() if ".part" in p.name] == []


def test_push_in_is_smooth_and_sub_pixel(push_in: Path, panel: Array) -> None:
    frames = luma_frames(push_in)
    scales, shifts = similarity_steps(frames)
    # Zooms in every step (never back), and ends at the planned zoom.
    assert scales.min() > 1 - 2e-4
    assert np.prod(scales) == pytest.approx(PUSH_ZOOM, abs=0.005)
    # Sub-pixel: a point 200 px from the centre moves under a pixel per frame.
    assert (scales.max() - 1) * 200 < 1.0
    # Steady: no wobble of the centre, steps follow a smooth curve.
    ours_shift = float(np.abs(shifts).max())
    ours_rough = roughness(scales)
    naive_scales, naive_shifts = similarity_steps(naive_crop_zoom(panel, 60))
    naive_shift = float(np.abs(naive_shifts).max())
    naive_rough = roughness(naive_scales)
    assert ours_shift < 0.1 < naive_shift, (ours_shift, naive_shift)
    assert ours_rough * 3 < naive_rough, (ours_rough, naive_rough)


def test_shake_decays_then_rests(shake: Path) -> None:
    frames = [f[600:1400, 200:880].astype(np.float32) for f in luma_frames(shake)]
    steps = [
        math.hypot(*cv2.phaseCorrelate(a, b)[0]) for a, b in zip(frames, frames[1:], strict=False)
    ]
    early, late = max(steps[0:5]), max(steps[6:11])  # 0–170 ms, 200–370 ms
    assert early > 2.0 and early > 2 * late > 0
    assert max(steps[14:]) < 0.05  # at rest after ~470 ms


def test_overlay_only_in_its_window(work: Path) -> None:
    out = work / "overlay.mp4"
    grey = np.full((H, W, 3), 128, np.uint8)
    label = np.zeros((H, W, 4), np.uint8)
    label[100:200, 100:400] = (255, 0, 0, 255)  # opaque red box
    label[300:400, 100:400] = (0, 0, 255, 128)  # half-transparent blue box
    render_segment(
        Image.fromarray(grey), out, duration_ms=1500, overlays=[Overlay(label, 500, 1000)]
    )
    frames = yuv_frames(out)
    assert len(frames) == 45
    for i, frame in enumerate(frames):
        red = frame[120:180, 120:380].reshape(-1, 3).mean(axis=0)
        blue = frame[320:380, 120:380].reshape(-1, 3).mean(axis=0)
        outside = frame[120:180, 500:700].reshape(-1, 3).mean(axis=0)
        shown = 500 <= i * 1000 / 30 < 1000
        assert abs(outside - (126, 128, 128)).max() < 4, i  # grey 128 → Y 126 (BT.709 tv range)
        if shown:
            assert red[2] > 225 and red[0] < 75, (i, red)  # Cr high, Y low: red
            assert 150 < blue[1] < 195 and blue[2] < 128, (i, blue)  # halfway to blue
        else:
            assert abs(red - (126, 128, 128)).max() < 4, (i, red)
            assert abs(blue - (126, 128, 128)).max() < 4, (i, blue)


def test_fade_starts_dark(fade: Path) -> None:
    frames = luma_frames(fade)
    assert len(frames) == 15
    means = [float(f.mean()) for f in frames]
    assert means[0] < 20 and means[-1] > 160
    assert means[:9] == sorted(means[:9])


def test_flash_starts_white_and_pan_left_moves_the_view_left(work: Path) -> None:
    out = work / "flash.mp4"
    small = pattern(360, 640)
    render_segment(
        Image.fromarray(small), out, duration_ms=1000, move="pan-left", transition="flash",
        width=360, height=640,
    )  # fmt: skip
    frames = luma_frames(out)
    assert frames[0].mean() > 225 and frames[-1].mean() < 200
    a, b = (f.astype(np.float32) for f in (frames[10], frames[20]))
    (dx, dy), _ = cv2.phaseCorrelate(a, b)
    assert dx > 1 and abs(dy) < 0.5  # the picture slides right: the camera looks left


def test_concat_keeps_count_and_constant_rate(
    push_in: Path, shake: Path, fade: Path, work: Path
) -> None:
    out = work / "joined.mp4"
    concat_segments([push_in, shake, fade], out)
    info = probe(out)
    assert info.frame_count == 60 + 30 + 15 == len(luma_frames(out))
    assert info.constant_frame_rate and info.fps == 30
    assert info.duration_ms == 3500


def _tone_wav(path: Path, seconds: float, rate: int = 44100) -> None:
    samples = (np.sin(np.arange(int(seconds * rate)) * 2 * np.pi * 440 / rate) * 8000).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(samples.tobytes())


def test_mux_writes_aac_and_the_aigc_label(push_in: Path, work: Path) -> None:
    wav = work / "tone.wav"
    _tone_wav(wav, 3.0)  # longer than the video: cut to it
    label = aigc_metadata("MICRODRAMA", "ep001-0123abcd")
    out = work / "final.mp4"
    mux(push_in, wav, out, metadata={"AIGC": label, "title": "ep001"})
    info = probe(out)
    assert (info.audio_codec, info.audio_sample_rate, info.audio_channels) == ("aac", 48000, 2)
    assert info.frame_count == 60 and info.constant_frame_rate
    assert abs(info.duration_ms - 2000) <= 25
    assert read_metadata(out)["AIGC"] == label
    with av.open(str(out)) as container:  # an independent reader agrees
        assert container.metadata["AIGC"] == label
    verify_aigc(out, label)
    with pytest.raises(LabelError, match="final.mp4"):
        verify_aigc(out, aigc_metadata("MICRODRAMA", "ep001-other"))
    with pytest.raises(LabelError, match="no AIGC"):
        verify_aigc(push_in, label)
    # +faststart: the movie header comes before the media data.
    head = out.read_bytes()[:4096]
    assert 0 <= head.find(b"moov") < head.find(b"mdat") or b"mdat" not in head


def test_aigc_json_is_exact_and_checked() -> None:
    text = aigc_metadata("MD01", "id-1")
    assert text == (
        '{"AIGC":{"Label":"1","ContentProducer":"MD01","ProduceID":"id-1","ReservedCode1":"",'
        '"ContentPropagator":"MD01","PropagateID":"id-1","ReservedCode2":""}}'
    )
    assert json.loads(text)["AIGC"]["Label"] == "1"
    for bad in ("微剧", "has space", 'quo"te', "back\\slash", "", "tab\t"):
        with pytest.raises(ValueError):
            aigc_metadata(bad, "id-1")
    with pytest.raises(ValueError):
        aigc_metadata("MD01", "id-1", label="4")
    rule = label_rule()
    assert rule.min_text_height(1080, 1920) == 54 and rule.min_seconds >= 2
    assert "AI" in rule.text_zh and "生成" in rule.text_zh


def test_failed_ffmpeg_raises_with_stderr_and_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "bad.mp4"
    with pytest.raises(FfmpegError) as caught:
        render_segment(
            Image.new("RGB", (64, 64)), out, duration_ms=500, preset="no-such-preset",
            width=64, height=64,
        )  # fmt: skip
    assert "no-such-preset" in str(caught.value) and caught.value.returncode != 0
    assert caught.value.command[0] == IN_PROCESS
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(FfmpegError, match="missing.wav"):
        run_ffmpeg(["-y", "-i", str(tmp_path / "missing.wav"), str(out)])
    with pytest.raises(FfmpegError):
        concat_segments([tmp_path / "missing.mp4"], out)
    assert list(tmp_path.iterdir()) == []
