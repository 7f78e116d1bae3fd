"""The offline painter: size, determinism, consistent looks, framing, locations, effects."""

from __future__ import annotations

import asyncio
import io
import typing

import numpy as np
import pytest
from PIL import Image

from microdrama.domain import Bible, Character, Location
from microdrama.domain.bible import LocationKind
from microdrama.domain.script import Emotion
from microdrama.domain.storyboard import Effect, Framing, Shot, ShotCharacter
from microdrama.errors import InputError
from microdrama.providers.base import ImageModel, PanelRequest, SeriesRequest
from microdrama.providers.offline.painter.ink import hex_color
from microdrama.providers.offline.painter.layout import place
from microdrama.providers.offline.painter.provider import OfflinePainter
from microdrama.providers.offline.writer.cast import make_bible

W, H = 360, 640  # a third of 1080×1920 keeps the suite fast


@pytest.fixture(scope="module")
def bible() -> Bible:
    return make_bible(
        SeriesRequest(
            idea="A maid is secretly the heiress of a rich family",
            language="en",
            genre="auto",
            episodes=3,
            seed=1,
        )
    )


def request(
    characters: list[tuple[Character, str, str]],
    framing: str = "MS",
    kind: str = "office",
    time: str = "day",
    effects: tuple[str, ...] = (),
    angle: str = "eye",
    width: int = W,
    height: int = H,
    shot_id: str = "ep001-sh01",
) -> PanelRequest:
    shot = Shot(
        id=shot_id,
        beat="ep001-sc01-b01",
        framing=framing,
        angle=angle,  # type: ignore[arg-type]
        characters=[
            ShotCharacter(id=c.id, expression=e, position=p)  # type: ignore[arg-type]
            for c, e, p in characters
        ],
        location=kind,
        time=time,
        effects=list(effects),
        duration_ms=2000,  # type: ignore[arg-type]
    )
    return PanelRequest(
        shot=shot,
        characters=[c for c, _, _ in characters],
        location=Location(id=kind, name=kind, kind=kind),  # type: ignore[arg-type]
        width=width,
        height=height,
    )


def paint(req: PanelRequest) -> bytes:
    return asyncio.run(OfflinePainter().paint(req))


def pixels(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(np.int32)


def near(img: np.ndarray, color: str, tolerance: int = 14) -> np.ndarray:
    """Mask of pixels within ``tolerance`` (per channel) of a #rrggbb colour."""
    return np.all(np.abs(img - np.array(hex_color(color))) <= tolerance, axis=2)


def test_full_size_png_rgb_and_deterministic(bible: Bible) -> None:
    req = request(
        [(bible.characters[0], "angry", "left"), (bible.characters[1], "cold", "right")],
        framing="CU",
        effects=("speed-lines",),
        width=1080,
        height=1920,
    )
    first, second = paint(req), paint(req)
    image = Image.open(io.BytesIO(first))
    assert image.format == "PNG"
    assert image.size == (1080, 1920)
    assert image.mode == "RGB"
    assert first == second


def test_is_an_image_model_and_rejects_unknown_models() -> None:
    assert isinstance(OfflinePainter(), ImageModel)
    assert OfflinePainter("manga").model == "manga"
    with pytest.raises(InputError, match="no model"):
        OfflinePainter("photoreal")


def test_odd_sizes_are_exact(bible: Bible) -> None:
    image = Image.open(
        io.BytesIO(paint(request([(bible.characters[2], "smug", "center")], width=101, height=203)))
    )
    assert image.size == (101, 203)


def _head(req: PanelRequest) -> tuple[int, int, float]:
    p = place(req.shot, req.width, req.height)[-1]
    return round(p.x), round(p.y), p.scale


def test_same_character_keeps_hair_and_skin_across_shots(bible: Bible) -> None:
    for character in bible.characters:
        shots = [
            request(
                [(character, "neutral", "center")],
                framing="CU",
                kind="mansion",
                time="night",
                shot_id="ep001-sh01",
            ),
            request(
                [
                    (character, "furious", "left"),
                    (
                        bible.characters[0]
                        if character is not bible.characters[0]
                        else bible.characters[1],
                        "sad",
                        "right",
                    ),
                ],
                framing="MS",
                kind="street",
                effects=("rain",),
                shot_id="ep002-sh07",
            ),
        ]
        for req in shots:
            img = pixels(paint(req))
            x, y, s = _head(req)
            crown = img[
                max(0, int(y - 0.55 * s)) : int(y - 0.2 * s), int(x - 0.4 * s) : int(x + 0.4 * s)
            ]
            face = img[int(y + 0.2 * s) : int(y + 0.45 * s), int(x - 0.3 * s) : int(x + 0.3 * s)]
            tolerance = 40 if "rain" in req.shot.effects else 14
            assert near(crown, character.look.hair_color, tolerance).mean() > 0.2, character.id
            assert near(face, character.look.skin, tolerance).mean() > 0.25, character.id


def test_characters_have_distinct_dominant_colours(bible: Bible) -> None:
    torsos = []
    for character in bible.characters:
        req = request([(character, "neutral", "center")], framing="MS", kind="office")
        img = pixels(paint(req))
        x, y, s = _head(req)
        torso = img[int(y + 1.3 * s) : int(y + 2.2 * s), int(x - 0.4 * s) : int(x + 0.4 * s)]
        colors, counts = np.unique(torso.reshape(-1, 3) // 16, axis=0, return_counts=True)
        torsos.append(tuple(colors[np.argmax(counts)]))
    assert len(set(torsos)) == len(bible.characters)


def test_framing_changes_head_size(bible: Bible) -> None:
    character = next(c for c in bible.characters if c.gender == "male")
    areas = []
    for framing in typing.get_args(Framing):
        img = pixels(
            paint(request([(character, "neutral", "center")], framing=framing, kind="courtroom"))
        )
        areas.append(int(near(img, character.look.skin, 6).sum()))
    assert areas == sorted(areas, reverse=True), areas
    assert len(set(areas)) == len(areas)
    assert areas[0] > 10 * areas[-1]


def test_faces_stay_out_of_platform_ui(bible: Bible) -> None:
    chars = [(bible.characters[i], "neutral", p) for i, p in enumerate(("left", "center", "right"))]
    for framing in ("CU", "MCU", "MS", "WS"):
        for count in (1, 2, 3):
            req = request(chars[:count], framing=framing, width=1080, height=1920)
            for p in place(req.shot, 1080, 1920):
                assert p.y - 0.55 * p.scale >= 250, (framing, count)
                assert p.y + 0.55 * p.scale <= 1920 - 420, (framing, count)


@pytest.mark.parametrize("kind", typing.get_args(LocationKind))
def test_every_location_and_time_renders(bible: Bible, kind: str) -> None:
    images = [
        pixels(
            paint(
                request(
                    [(bible.characters[0], "neutral", "center")],
                    framing="WS",
                    kind=kind,
                    time=time,
                    width=180,
                    height=320,
                )
            )
        )
        for time in ("day", "dusk", "night", "dawn")
    ]
    day, night = images[0].mean(), images[2].mean()
    assert day > night + 10, kind  # night is darker
    assert images[1].std() > 10


def test_every_expression_renders_and_changes_the_face(bible: Bible) -> None:
    character = bible.characters[0]
    faces = {}
    for emotion in typing.get_args(Emotion):
        req = request(
            [(character, emotion, "center")], framing="CU", kind="bedroom", width=270, height=480
        )
        img = pixels(paint(req))
        x, y, s = _head(req)
        faces[emotion] = img[
            int(y - 0.2 * s) : int(y + 0.5 * s), int(x - 0.45 * s) : int(x + 0.45 * s)
        ]
    neutral = faces.pop("neutral")
    for emotion, face in faces.items():
        assert np.abs(face - neutral).mean() > 0.8, emotion


@pytest.mark.parametrize("effect", typing.get_args(Effect))
def test_effects_change_the_image(bible: Bible, effect: str) -> None:
    chars = [(bible.characters[3], "shocked", "center")]
    plain = pixels(paint(request(chars, framing="MCU", kind="hospital")))
    styled = pixels(paint(request(chars, framing="MCU", kind="hospital", effects=(effect,))))
    assert np.abs(styled - plain).mean() > 1.0
    if effect == "gloom":
        return  # a vignette darkens the subtitle band on purpose
    # busy effects stay calmer in the subtitle band than over the top of the frame
    diff = np.abs(styled - plain).mean(axis=(1, 2))
    assert diff[int(H * 0.8) :].mean() <= diff[: int(H * 0.7)].mean() * 1.2 + 1


def test_angles_bend_the_frame(bible: Bible) -> None:
    chars = [(bible.characters[4], "determined", "center")]
    eye = pixels(paint(request(chars, framing="MS")))
    for angle in ("low", "high", "dutch", "overhead"):
        assert np.abs(pixels(paint(request(chars, framing="MS", angle=angle))) - eye).mean() > 3
