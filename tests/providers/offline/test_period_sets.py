"""Period sets (decision 0027): a palace series' places are drawn as period places, with
no glass, neon or cars; a modern series' panels are byte for byte what they were."""

from __future__ import annotations

import asyncio
import hashlib
import io
import typing
from collections.abc import Callable

import numpy as np
import pytest
from PIL import Image

from microdrama.domain import Bible, Location
from microdrama.domain.bible import LocationKind
from microdrama.domain.storyboard import Shot, ShotCharacter
from microdrama.providers.base import PanelRequest, SeriesRequest
from microdrama.providers.offline.painter import sets, sets_period
from microdrama.providers.offline.painter.provider import OfflinePainter
from microdrama.providers.offline.writer.cast import make_bible
from microdrama.providers.offline.writer.era import series_era

KINDS: tuple[str, ...] = typing.get_args(LocationKind)

#: The period set each kind is drawn as.
PERIOD_SET = {
    "mansion": "hall", "bedroom": "chamber", "street": "old_street", "courtroom": "throne_hall",
    "restaurant": "teahouse", "ballroom": "banquet_hall", "car": "palanquin", "office": "study",
    "hospital": "physician_hall", "school": "study_hall", "village": "village", "forest": "forest",
}

#: sha256 of the modern panels ``empty_panel(kind, "modern")`` painted before period sets
#: existed (commit 6554a95): a modern series keeps every cached panel.
MODERN_PNG = {
    "office": "99b1acd0", "mansion": "c01138d3", "hospital": "18c4ff36", "street": "5f9b8fc0",
    "restaurant": "6c199e73", "bedroom": "e17bb86c", "ballroom": "1428744f", "car": "43adee29",
    "courtroom": "a733f66e", "school": "bad41515", "village": "2c0e4956", "forest": "be20bdcd",
}


@pytest.fixture(scope="module")
def palace() -> Bible:
    return make_bible(SeriesRequest(idea="冷宫里的废妃沈璃被皇后毒死，重生回到入宫那一天",
                                    language="zh", genre="auto", episodes=3, seed=1))


def paint(request: PanelRequest) -> bytes:
    return asyncio.run(OfflinePainter().paint(request))


def empty_request(kind: str, era: str | None) -> PanelRequest:
    """A wide day shot of the set alone (no one in front of it), 180×320."""
    shot = Shot(id="ep001-sh01", beat="ep001-sc01-b01", framing="WS", angle="eye",
                characters=[], location=kind, time="day", duration_ms=2000)  # type: ignore[arg-type]
    extra = {} if era is None else {"era": era}
    return PanelRequest(shot=shot, characters=[], width=180, height=320,
                        location=Location(id=kind, name=kind, kind=kind),  # type: ignore[arg-type]
                        **extra)  # type: ignore[arg-type]


def empty_panel(kind: str, era: str | None) -> np.ndarray:
    data = paint(empty_request(kind, era))
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(np.int32)


def share(pixels: np.ndarray, test: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]
          ) -> float:
    return float(test(pixels[..., 0], pixels[..., 1], pixels[..., 2]).mean())


def lacquer(pixels: np.ndarray) -> float:
    """The share of lacquer-red pixels (pillars, doors, carpets, lanterns)."""
    return share(pixels, lambda r, g, b: (r > 1.8 * g) & (r > 1.8 * b) & (r > 80))


def glass(pixels: np.ndarray) -> float:
    """The share of sky-blue pixels (sky seen through glass)."""
    return share(pixels, lambda r, g, b: (b > r + 40) & (b > g))


def neon(pixels: np.ndarray) -> float:
    """The share of magenta or violet pixels (neon signs)."""
    return share(pixels, lambda r, g, b: (r > g + 50) & (b > g + 30))


def test_a_palace_series_is_period(palace: Bible) -> None:
    assert series_era(palace) == "period"
    assert set(PERIOD_SET) == set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_is_drawn_by_its_period_set(palace: Bible, kind: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[str] = []

    def spy(name: str, draw: sets.SetPainter) -> sets.SetPainter:
        def wrapped(stage: typing.Any, rng: np.random.Generator) -> None:
            drawn.append(name)
            draw(stage, rng)
        return wrapped

    for table in (sets.SETS, sets_period.PERIOD_SETS):
        for key, draw in list(table.items()):
            monkeypatch.setitem(table, key, spy(draw.__name__, draw))
    cast = palace.characters[:2]
    shot = Shot(id="ep001-sh02", beat="ep001-sc01-b01", framing="MS", location=kind,
                characters=[ShotCharacter(id=c.id, position=p)  # type: ignore[arg-type]
                            for c, p in zip(cast, ("left", "right"), strict=True)],
                duration_ms=2000)  # type: ignore[arg-type]
    request = PanelRequest(shot=shot, characters=cast, width=135, height=240,
                           location=Location(id=kind, name=kind, kind=kind),  # type: ignore[arg-type]
                           era=series_era(palace))
    paint(request)
    assert drawn == [PERIOD_SET[kind]]
    drawn.clear()
    paint(request.model_copy(update={"era": "modern"}))
    assert drawn == [kind]


@pytest.mark.parametrize("kind", ["office", "restaurant", "bedroom", "ballroom"])
def test_period_rooms_have_paper_windows_not_glass(kind: str) -> None:
    """The modern sets with windows show the sky through glass; their period sets have
    paper on a lattice."""
    assert glass(empty_panel(kind, "modern")) > 0.003  # the measure sees glass
    assert glass(empty_panel(kind, "period")) < 0.0005


@pytest.mark.parametrize("kind", ["mansion", "courtroom", "ballroom", "restaurant", "bedroom"])
def test_palace_places_have_lacquered_pillars_and_silk(kind: str) -> None:
    assert lacquer(empty_panel(kind, "period")) > 0.01
    assert lacquer(empty_panel(kind, "modern")) < 0.005


def test_the_old_street_has_lanterns_not_neon() -> None:
    period, modern = empty_panel("street", "period"), empty_panel("street", "modern")
    assert neon(period) == 0.0 and lacquer(period) > 0.002
    assert neon(modern) > 0.002 and lacquer(modern) == 0.0


def test_the_same_place_looks_the_same_in_every_shot_and_varies_between_places() -> None:
    first, again = empty_request("mansion", "period"), empty_request("mansion", "period")
    assert paint(first) == paint(again)
    other = first.model_copy(update={"location": Location(id="cold-palace", name="c",
                                                          kind="mansion")})
    assert paint(other) != paint(first)


@pytest.mark.parametrize("kind", KINDS)
def test_modern_panels_and_keys_are_what_they_were(kind: str) -> None:
    request = empty_request(kind, None)
    assert request.era == "modern" and "era" not in request.model_dump(mode="json")
    assert empty_request(kind, "period").model_dump(mode="json")["era"] == "period"
    data = paint(request)
    assert hashlib.sha256(data).hexdigest()[:8] == MODERN_PNG[kind]
    if kind not in ("village", "forest"):  # a period series draws something else
        assert paint(empty_request(kind, "period")) != data
