"""One drawing, several files: a shot with its captions and the same shot clean, drawn
once and encoded apart, each get the frames and encoder options of the file rendered
alone — for the layered compositor, a still panel and a clip — and appear together or
not at all."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw

from microdrama.media import clips, layered, video
from microdrama.media.clips import clip_to_mp4, render_clip_segment
from microdrama.media.encode import encode_segment, encode_segments
from microdrama.media.frames import Overlay, Rendition
from microdrama.media.layered import render_layered_segment
from microdrama.media.motion import FigureMotion
from microdrama.media.rig import FigureRig, Piece, Rig
from microdrama.media.video import render_segment

W, H = 360, 640
FRAMES = 36
DURATION_MS = FRAMES * 1000 // 30 + 1
Array = np.ndarray[Any, Any]


def band(y0: int, y1: int, colour: tuple[int, int, int, int]) -> Image.Image:
    """A full-frame RGBA overlay: a band of text-like blocks between rows y0 and y1."""
    image = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    for x in range(30, W - 30, 24):
        draw.rectangle((x, y0, x + 15, y1), fill=colour)
    return image


def overlays() -> tuple[list[Overlay], list[Overlay]]:
    """(captions + label, the label alone): two captions over the figure, starting on
    frames where it breathes and blinks, and a label that ends between them — the same
    label object in both, as the segment stage hands them."""
    label = Overlay(band(190, 230, (255, 255, 255, 200)), 0, 400)  # over the eyes
    captions = [Overlay(band(300, 360, (255, 240, 0, 255)), 100, 500),  # frames 3–14
                Overlay(band(420, 470, (250, 250, 250, 230)), 600, 1100)]  # frames 18–32
    return [*captions, label], [label]


def piece(box: tuple[int, int, int, int], colour: tuple[int, int, int]) -> Piece:
    x0, y0, x1, y1 = box
    image = np.zeros((y1 - y0, x1 - x0, 4), np.uint8)
    image[...] = (*colour, 255)
    return Piece(box, image)


def rig() -> Rig:
    """Stripes behind a figure that blinks and speaks, with a front piece."""
    background = np.full((H, W, 3), 190, np.uint8)
    for x in range(0, W, 40):
        background[:, x:x + 6] = (40, 50, 60)
    sprites = {"eyes:closed": piece((160, 220, 200, 240), (20, 200, 20)),
               "mouth:open": piece((170, 260, 190, 275), (30, 10, 10))}
    figure = FigureRig(id="a", index=0, layer=piece((140, 200, 220, H), (220, 40, 40)),
                       head=(180.0, 230.0), scale=120.0, pivot=float(H), sprites=sprites)
    return Rig(W, H, background, [figure], piece((200, 60, 230, 90), (40, 40, 230)))


def motion() -> FigureMotion:
    """A breath step on every frame (so on frames where a caption starts or ends, while the
    clean rendition redraws only the figure's box), a blink, words."""
    lift = [0.25 * i for i in range(FRAMES)]
    eyes = ["open"] * 10 + ["half", "closed", "closed", "half"] + ["open"] * (FRAMES - 14)
    mouth = [""] * 16 + ["open", "", "open", "open"] + [""] * (FRAMES - 20)
    return FigureMotion(eyes=eyes, mouth=mouth, lift=lift)


def pictures() -> dict[str, Any]:
    """Each renderer, drawing ``out`` (and ``also``) for a move and a transition."""
    panel = Image.fromarray(rig().background)

    def draw_layered(out: Path, move: str, transition: str, **kw: Any) -> None:
        render_layered_segment(rig(), [motion()], out, duration_ms=DURATION_MS, move=move,
                               transition=transition, **kw)

    def draw_still(out: Path, move: str, transition: str, **kw: Any) -> None:
        render_segment(panel, out, duration_ms=DURATION_MS, move=move, transition=transition,
                       width=W, height=H, **kw)

    return {"layered": draw_layered, "still": draw_still}


def recording(monkeypatch: pytest.MonkeyPatch, module: Any) -> list[dict[str, Any]]:
    """What each file of each ``module.encode_segments`` call is given: a digest of its
    frames, their count and the encoder options (then the real encoder runs)."""
    calls: list[dict[str, Any]] = []
    real = module.encode_segments

    def encode(frames: Any, outs: list[Path], **options: Any) -> None:
        digests = [hashlib.sha256() for _ in outs]
        counts = [0] * len(outs)

        def seen() -> Any:
            for versions in frames:
                for k, (digest, frame) in enumerate(zip(digests, versions, strict=True)):
                    digest.update(frame)
                    counts[k] += 1
                yield versions

        real(seen(), outs, **options)
        calls.extend({"file": Path(out).name, "frames": (digest.hexdigest(), count),
                      "options": options}
                     for out, digest, count in zip(outs, digests, counts, strict=True))

    monkeypatch.setattr(module, "encode_segments", encode)
    return calls


@pytest.mark.parametrize("kind", ["layered", "still"])
@pytest.mark.parametrize(("move", "transition"), [("static", "fade"), ("push-in", "cut")])
def test_two_renditions_are_each_the_file_rendered_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, move: str,
        transition: str) -> None:
    """Each file of a joint render is given the very frames, and the encoder options, of
    the file rendered alone (x264 makes the same bytes of the same frames and options,
    but reads memory it never wrote on some pictures — decision 0024 — so the frames are
    what is compared here; tests/stages/test_locale_build.py compares the files' bytes
    with the allocator's fill fixed)."""
    module = layered if kind == "layered" else video
    calls = recording(monkeypatch, module)
    render = pictures()[kind]
    words, clean = overlays()
    render(tmp_path / "words.mp4", move, transition, overlays=words)
    render(tmp_path / "clean.mp4", move, transition, overlays=clean)
    render(tmp_path / "words.mp4", move, transition, overlays=words,
           also=[Rendition(tmp_path / "clean.mp4", clean)])
    alone_words, alone_clean, both_words, both_clean = calls
    assert alone_words["frames"] != alone_clean["frames"]  # the captions are in the picture…
    assert both_words == alone_words  # …and each file gets its own frames, as alone
    assert both_clean == alone_clean
    assert alone_words["frames"][1] == FRAMES


def test_a_clip_decoded_once_makes_both_renditions(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(3)
    pngs = []
    for i in range(12):  # a short clip: the last frame is held
        image = np.full((H, W, 3), 90, np.uint8)
        image[:, (i * 20) % W:(i * 20) % W + 40] = rng.integers(0, 255, 3, dtype=np.uint8)
        buffer = io.BytesIO()
        Image.fromarray(image).save(buffer, format="PNG")
        pngs.append(buffer.getvalue())
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(clip_to_mp4(images=pngs, source_fps=24, width=W, height=H, fps=30,
                                 duration_ms=400))
    calls = recording(monkeypatch, clips)
    words, clean = overlays()
    kw: dict[str, Any] = {"duration_ms": DURATION_MS, "transition": "flash", "width": W,
                          "height": H}
    render_clip_segment(clip, tmp_path / "words.mp4", overlays=words, **kw)
    render_clip_segment(clip, tmp_path / "clean.mp4", overlays=clean, **kw)
    render_clip_segment(clip, tmp_path / "words.mp4", overlays=words,
                        also=[Rendition(tmp_path / "clean.mp4", clean)], **kw)
    alone_words, alone_clean, both_words, both_clean = calls
    assert alone_words["frames"] != alone_clean["frames"]
    assert (both_words, both_clean) == (alone_words, alone_clean)


def test_files_encoded_together_are_each_the_file_encoded_alone(tmp_path: Path) -> None:
    """Byte for byte, on pictures x264 encodes the same whatever its memory held."""
    rng = np.random.default_rng(7)
    base = rng.integers(16, 236, (96 * 3 // 2, 128), dtype=np.uint8)
    one = [np.ascontiguousarray(np.roll(base, 2 * i, axis=1)) for i in range(40)]
    two = [np.ascontiguousarray(np.roll(base, -3 * i, axis=0)) for i in range(40)]
    encode_segment((f.data for f in one), tmp_path / "one.mp4", width=128, height=96)
    encode_segment((f.data for f in two), tmp_path / "two.mp4", width=128, height=96)
    encode_segments(((a.data, b.data) for a, b in zip(one, two, strict=True)),
                    [tmp_path / "one-with.mp4", tmp_path / "two-with.mp4"], width=128,
                    height=96)
    assert (tmp_path / "one-with.mp4").read_bytes() == (tmp_path / "one.mp4").read_bytes()
    assert (tmp_path / "two-with.mp4").read_bytes() == (tmp_path / "two.mp4").read_bytes()


def test_renditions_appear_together_or_not_at_all(tmp_path: Path) -> None:
    frame = bytes(W * H * 3 // 2)
    with pytest.raises(ValueError, match="frame 2 comes in 1 versions for 2 files"):
        encode_segments([(frame, frame), (frame, frame), (frame,)],
                        [tmp_path / "a.mp4", tmp_path / "b.mp4"], width=W, height=H)
    assert list(tmp_path.iterdir()) == []
