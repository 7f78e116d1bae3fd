"""The offline storyboarder and the storyboard loader's errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from microdrama.domain.text import spoken_size
from microdrama.errors import InputError
from microdrama.formats.yamlio import dump_model, dump_yaml
from microdrama.project.folder import create_project, storyboard_file
from microdrama.providers.offline.writer.storyboarder import make_storyboard
from tests.conftest import make_settings
from tests.providers.offline.test_writer import write_series


@pytest.fixture(scope="module", params=["zh", "en"])
def written(request: pytest.FixtureRequest):  # noqa: ANN201
    return write_series(request.param, 6, 2)


def test_every_line_is_in_exactly_one_shot_and_the_hook_comes_first(written) -> None:  # noqa: ANN001
    bible, _, episodes = written
    cast = {c.id for c in bible.characters}
    for episode in episodes:
        board = make_storyboard(bible, episode, 2)
        spoken = [line for shot in board.shots for line in shot.lines]
        assert spoken == [line.id for line in episode.lines()]
        assert board.shots[0].hook and board.shots[0].duration_ms <= 3000
        assert board.shots[-1].framing == "ECU" and board.shots[-1].move == "push-in"
        assert len({s.id for s in board.shots}) == len(board.shots)
        assert all(c.id in cast for s in board.shots for c in s.characters)


def test_shot_length_follows_the_speech_it_carries(written) -> None:  # noqa: ANN001
    bible, _, episodes = written
    board = make_storyboard(bible, episodes[0], 2)
    lines = {line.id: line for line in episodes[0].lines()}
    sized = sorted((spoken_size(lines[s.lines[0]].text, bible.language), s.duration_ms)
                   for s in board.shots if len(s.lines) == 1)
    assert sized[-1][0] > sized[0][0] and sized[-1][1] > sized[0][1]


def test_deterministic(written) -> None:  # noqa: ANN001
    bible, _, episodes = written
    assert make_storyboard(bible, episodes[1], 2) == make_storyboard(bible, episodes[1], 2)


def _write_board(tmp_path: Path, edit):  # noqa: ANN001, ANN202
    bible, _, episodes = write_series("en", 3, 2)
    project = create_project(tmp_path / "d", make_settings())
    data = make_storyboard(bible, episodes[0], 2).model_dump(mode="json")
    edit(data)
    path = project.root / storyboard_file(1)
    path.parent.mkdir(parents=True)
    path.write_text(dump_yaml(data), "utf-8")
    return project, episodes[0], bible


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("lines", ["ep001-sc09-l99"], "unknown line id"),
        ("duration_ms", 0, "greater than 0"),
        ("duration_ms", -40, "greater than 0"),
        ("location", "moon", "unknown location"),
        ("characters", [{"id": "stranger"}], "unknown character 'stranger'"),
    ],
)
def test_bad_storyboards_name_file_and_place(tmp_path: Path, field: str, value: object, words: str) -> None:
    project, episode, bible = _write_board(tmp_path, lambda d: d["shots"][2].update({field: value}))
    with pytest.raises(InputError) as caught:
        project.load_storyboard(1, episode, bible)
    message = str(caught.value)
    assert "ep001.yaml" in message and words in message and "shots[2]" in message
    assert ", line " in message and "Fix:" in message


@pytest.mark.parametrize(
    ("edit", "words", "place"),
    [
        (lambda shot: shot["characters"][0].update({"looks_at": "stranger"}), "looks_at",
         "characters[0].looks_at"),
        (lambda shot: shot["characters"][0].update({"looks_at": shot["characters"][0]["id"]}),
         "looks_at", "characters[0].looks_at"),
        (lambda shot: shot.update({"over_shoulder": "stranger"}), "over_shoulder",
         "over_shoulder"),
        (lambda shot: shot["characters"][0].update({"gesture": "juggle"}), "gesture",
         "characters[0].gesture"),
    ],
)
def test_bad_staging_names_file_place_and_fix(tmp_path: Path, edit, words: str, place: str) -> None:  # noqa: ANN001
    project, episode, bible = _write_board(tmp_path, lambda d: edit(d["shots"][2]))
    with pytest.raises(InputError) as caught:
        project.load_storyboard(1, episode, bible)
    message = str(caught.value)
    assert "ep001.yaml" in message and words in message and "Fix:" in message
    assert place in message and "shots" in message


def test_the_storyboarder_writes_staging_a_person_can_edit(written) -> None:  # noqa: ANN001
    bible, _, episodes = written
    board = make_storyboard(bible, episodes[0], 2)
    staged = [c for s in board.shots for c in s.characters]
    assert any(c.facing and c.facing.startswith("three-quarter") for c in staged)
    assert any(c.gesture for c in staged) and all(c.looks_at != c.id for c in staged)
    text = dump_model(board)
    assert "facing: three-quarter-" in text and "looks_at: " in text
    assert "null" not in text  # what is left to derive is left out, not written as null
