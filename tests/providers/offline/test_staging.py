"""Staging on the demo's storyboards (zh and en): the data the storyboarder writes, the
panels the painter draws from it, a contact sheet for review (when the environment
variable MICRODRAMA_SCREENSHOTS names a folder, copied there as review-staging.png and
review-staging-en.png), and cache keys that move only with the shot whose staging
changed."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from microdrama.app import DEMO_IDEA
from microdrama.domain import Bible, Episode
from microdrama.domain.storyboard import STAGING_FIELDS, Shot, Storyboard
from microdrama.engine.context import BuildContext
from microdrama.engine.items import shot_items
from microdrama.formats.yamlio import dump_yaml, parse_yaml
from microdrama.project.folder import Project, storyboard_file
from microdrama.providers.base import PanelRequest
from microdrama.providers.offline.painter.layout import place
from microdrama.providers.offline.painter.scene import render
from microdrama.providers.offline.writer.staging import fill_staging, read_text
from microdrama.stages.episode import make_contact_sheet
from microdrama.stages.panel import PanelStage
from tests.conftest import copy_project, project_template
from tests.providers.offline.test_gestures import PROP_COLORS, arms_box, face_offset, near

#: The demo's project (``microdrama demo``: its idea, 3 episodes of 90 s), built through
#: the reference sheets for its first episode.
BUILD = ["--until", "refsheet", "--episodes", "1"]
W, H = 270, 480


def demo_args(lang: str) -> list[str]:
    return ["--idea", DEMO_IDEA[lang], "--lang", lang, "--episodes", "3", "--seconds", "90"]


@pytest.fixture(scope="module", params=["zh", "en"])
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return project_template(tmp_path_factory, demo_args(request.param), BUILD)


def loaded(root: Path) -> tuple[Bible, Episode, Storyboard]:
    project = Project.open(root)
    bible = project.load_bible()
    assert bible is not None
    episode = project.load_episode(1, bible)
    assert episode is not None
    board = project.load_storyboard(1, episode, bible)
    assert board is not None
    return bible, episode, board


def paint(shot: Shot, bible: Bible, width: int = W, height: int = H) -> np.ndarray:
    cast = {c.id: c for c in bible.characters}
    where = {loc.id: loc for loc in bible.locations}
    request = PanelRequest(shot=shot, characters=[cast[c.id] for c in shot.characters],
                           location=where[shot.location], width=width, height=height)
    return render(request).astype(np.int32)


def unstaged(shot: Shot) -> Shot:
    """The shot as storyboards were before staging: no staging at all."""
    return shot.model_copy(update={"over_shoulder": None, "characters": [
        c.model_copy(update=dict.fromkeys(STAGING_FIELDS)) for c in shot.characters]})


def toward(shot: Shot, index: int) -> int:
    """+1 when the one character ``index`` looks at stands to its right in frame, −1 left,
    0 when that one is not in frame (or stands in the same place)."""
    slots = {"left": 0, "center": 1, "right": 2}
    me = shot.characters[index]
    other = next((c for c in shot.characters if c.id == me.looks_at), None)
    if other is None or other.position == me.position:
        return 0
    return 1 if slots[other.position] > slots[me.position] else -1


def test_two_shots_face_their_partner_in_the_data_and_on_the_panels(demo: Path) -> None:
    bible, _, board = loaded(demo)
    skin_hair = {c.id: np.abs(np.subtract(*[np.array([int(v[i:i + 2], 16) for i in (1, 3, 5)])
                                           for v in (c.look.skin, c.look.hair_color)])).sum()
                 for c in bible.characters}
    two_shots, measured = 0, 0
    for shot in board.shots:
        if len({c.id for c in shot.characters}) < 2:
            continue
        two_shots += 1
        for index, c in enumerate(shot.characters):
            side = toward(shot, index)
            if c.id == shot.over_shoulder or side == 0:
                continue
            assert c.facing is not None and c.facing != "front", (shot.id, c.id)
            assert c.facing.endswith("right" if side > 0 else "left"), (shot.id, c.id)
        if shot.framing in ("MCU", "MS") and measured < 6:
            img = paint(shot, bible, 360, 640)
            places = {p.index: p for p in place(shot, 360, 640)}
            for index, c in enumerate(shot.characters):
                side = toward(shot, index)
                if side and c.id != shot.over_shoulder and skin_hair[c.id] > 90 \
                        and c.gesture not in ("cover-face", "hand-on-chin"):
                    offset = face_offset(img, places[index], next(
                        b for b in bible.characters if b.id == c.id))
                    assert offset * side > 0.06, (shot.id, c.id, offset)
                    measured += 1
    assert two_shots >= 5 and measured >= 3


def test_an_episode_shows_four_gestures_and_the_props_it_names(
        demo: Path, tmp_path: Path) -> None:
    bible, _, board = loaded(demo)
    named = {c.gesture for s in board.shots for c in s.characters} - {None, "none"}
    assert len(named) >= 4, named
    drawn: set[str] = set()
    held: set[str] = set()
    panels, captions = [], []
    for shot in board.shots:
        staged = paint(shot, bible)
        plain = paint(unstaged(shot), bible)
        places = {p.index: p for p in place(shot, W, H)}
        for index, c in enumerate(shot.characters):
            if c.gesture in (None, "none") or c.facing == "back" or index not in places:
                continue
            rows, cols = arms_box(places[index], H)
            if (np.abs(staged[rows, cols] - plain[rows, cols]).sum(axis=2) > 60).mean() > 0.02:
                drawn.add(c.gesture)
            if c.prop is not None:
                color = np.array(PROP_COLORS[c.prop])
                q = places[index]
                box = (slice(max(0, int(q.y - 2.2 * q.scale)), rows.stop), cols)
                count = [int(np.all(np.abs(img[box] - color) <= 12, axis=2).sum())
                         for img in (staged, plain)]
                if count[0] > count[1] + 4:
                    held.add(c.prop)
        path = tmp_path / f"{shot.id}.png"
        from PIL import Image

        Image.fromarray(staged.astype(np.uint8)).save(path)
        panels.append(str(path))
        caption = f"{shot.id[-4:]} {shot.framing} " + "/".join(
            (c.gesture or "·")[:6] for c in shot.characters)
        captions.append(caption[:17])  # what fits under a thumbnail
    assert len(drawn) >= 4, drawn
    props = {c.prop for s in board.shots for c in s.characters} - {None}
    assert props and props <= held, (props, held)
    sheet = make_contact_sheet(panels, captions, bible.language,
                               f"{board.episode} staging ({bible.language})")
    (tmp_path / "contact-sheet.png").write_bytes(sheet)
    review = os.environ.get("MICRODRAMA_SCREENSHOTS")  # a folder a person looks at
    if review:
        name = "review-staging.png" if bible.language == "zh" else "review-staging-en.png"
        shutil.copy(tmp_path / "contact-sheet.png", Path(review) / name)


def _strip(root: Path) -> None:
    """Remove every staging field from episode 1's storyboard file, as if written before
    staging existed."""
    path = root / storyboard_file(1)
    data = parse_yaml(path.read_text("utf-8"), path)
    for shot in data["shots"]:
        for c in shot.get("characters", []):
            for name in STAGING_FIELDS:
                c.pop(name, None)
    path.write_text(dump_yaml(data), "utf-8")


def test_staging_left_out_is_derived_as_the_storyboarder_writes_it(
        demo: Path, tmp_path: Path) -> None:
    text = (demo / storyboard_file(1)).read_text("utf-8")
    assert "facing: three-quarter-" in text and "gesture: " in text and "looks_at: " in text
    bible, episode, board = loaded(demo)
    root = copy_project(demo, tmp_path / "drama")
    _strip(root)
    _, _, bare = loaded(root)
    assert all(c.facing is None and c.gesture is None for s in bare.shots for c in s.characters)
    assert fill_staging(bare, episode, bible) == fill_staging(board, episode, bible) == board


def keys(root: Path) -> dict[str, str]:
    ctx = BuildContext(Project.open(root))
    return {item: PanelStage().plan(ctx, item).key for item in shot_items(ctx)}


def test_panel_keys_move_only_with_the_shot_whose_staging_changed(
        demo: Path, tmp_path: Path) -> None:
    root = copy_project(demo, tmp_path / "drama")
    written = keys(root)
    _strip(root)  # an old storyboard: staging derived when read, the same panels
    assert keys(root) == written
    path = root / storyboard_file(1)
    data = parse_yaml(path.read_text("utf-8"), path)
    target = next(i for i, s in enumerate(data["shots"]) if s.get("characters"))
    data["shots"][target]["characters"][0]["gesture"] = "slap"
    path.write_text(dump_yaml(data), "utf-8")
    changed = {item for item, key in keys(root).items() if written[item] != key}
    assert changed == {f"{data['shots'][target]['id']}"}


def test_the_words_name_who_does_what(demo: Path) -> None:
    bible, _, _ = loaded(demo)
    a, b = bible.characters[0], bible.characters[1]
    if bible.language == "en":
        first = a.name.split()[0]
        reading = read_text(f"{first} points straight at {b.name}.", bible).by
        assert (reading[a.id].gesture, reading[a.id].looks_at) == ("point", b.id)
        reading = read_text(f"{first} is slapped by {b.name}. A magnifying glass falls.",
                            bible).by
        assert reading[b.id].gesture == "slap" and a.id not in reading
        assert all(s.prop is None for s in reading.values())
        assert read_text(f"{first} does not bow.", bible).by == {}
        reading = read_text(f"{first} kneels, an envelope in hand.", bible).by
        assert (reading[a.id].pose, reading[a.id].prop) == ("kneel", "envelope")
        assert read_text(f"{first} won't turn around.", bible).by[a.id].away
    else:
        reading = read_text(f"{a.name}冲{b.name}举杯。", bible).by
        assert (reading[a.id].gesture, reading[a.id].prop, reading[a.id].looks_at) \
            == ("raise", "glass", b.id)
        reading = read_text(f"{a.name}被当众泼酒。", bible).by
        assert all(s.prop is None for who, s in reading.items() if who == a.id)
        assert read_text(f"{a.name}没有下跪。", bible).by == {}
        reading = read_text(f"{b.name}单膝跪地，手里拿着手机。", bible).by
        assert (reading[b.id].pose, reading[b.id].prop) == ("kneel", "phone")
        assert read_text(f"{a.name}转身要走。", bible).by[a.id].away


def test_a_shot_the_storyboard_turns_away_is_drawn_from_behind(demo: Path) -> None:
    bible, episode, board = loaded(demo)
    shot = next((s for s in board.shots if s.over_shoulder), None)
    assert shot is not None  # the demo has over-the-shoulder coverage
    img = paint(shot, bible, 360, 640)
    p = next(p for p in place(shot, 360, 640) if shot.characters[p.index].id == shot.over_shoulder)
    near_one = next(c for c in bible.characters if c.id == shot.over_shoulder)
    box = (slice(max(0, int(p.y - 0.4 * p.scale)), int(p.y + 0.2 * p.scale)),
           slice(max(0, int(p.x - 0.25 * p.scale)), min(360, int(p.x + 0.25 * p.scale))))
    assert near(img[box], near_one.look.skin).mean() < 0.05
    del episode
