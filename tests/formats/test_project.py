"""Loaders: every bad input is an InputError naming file, place and fix; nothing is touched."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from microdrama.domain import Bible, Character, Episode, Location, Look, Voice
from microdrama.errors import InputError
from microdrama.formats.yamlio import dump_model, parse_yaml, validate
from microdrama.project.folder import Project, create_project, episode_file
from tests.conftest import make_settings

LOOK = Look(age=25, face="oval", hair="long", hair_color="#111111", eye_color="#222222",
            skin="#f1d3bc", outfit="coat", palette=["#ffffff", "#000000"])
VOICE = Voice(gender="female", pitch=60, rate=50, timbre="clear")


def small_bible() -> Bible:
    return Bible(
        title="T", language="en", logline="L", genre="g", tropes=["heiress"], tone="t",
        world="w",
        characters=[
            Character(id="ava", name="Ava Hart", role="lead", gender="female", description="d",
                      look=LOOK, voice=VOICE),
            Character(id="chloe", name="Chloe Hart", role="rival", gender="female",
                      description="d", look=LOOK, voice=VOICE),
        ],
        locations=[Location(id="mansion", name="the Hart mansion", kind="mansion")],
    )


EPISODE = """\
id: ep001
number: 1
title: Wine
target_seconds: 90
scenes:
  - id: ep001-sc01
    location: mansion
    characters: [ava, chloe]
    beats:
      - id: ep001-sc01-b01
        kind: hook
        action: Wine hits Ava's face.
        lines:
          - id: ep001-sc01-l01
            speaker: chloe
            text: The maid's daughter does not stand here.
          - id: ep001-sc01-l02
            speaker: ava
            text: That engagement was mine first.
"""


@pytest.fixture
def project(project_dir: Path) -> Project:
    created = create_project(project_dir, make_settings())
    (project_dir / "series.yaml").write_text(dump_model(small_bible()), "utf-8")
    (project_dir / "episodes").mkdir()
    (project_dir / "episodes/ep001.yaml").write_text(EPISODE, "utf-8")
    return created


def error_of(call) -> InputError:  # noqa: ANN001
    with pytest.raises(InputError) as caught:
        call()
    return caught.value


def test_a_valid_episode_loads(project: Project) -> None:
    episode = project.load_episode(1, project.load_bible())
    assert episode is not None and [ln.speaker for ln in episode.lines()] == ["chloe", "ava"]


@pytest.mark.parametrize(
    ("edit", "where", "words"),
    [
        (lambda t: t.replace("speaker: chloe", "speaker: ghost"), "line 15", "unknown character 'ghost'"),
        (lambda t: t.replace("ep001-sc01-l02", "ep001-sc01-l01"), None, "duplicate id"),
        (lambda t: t.replace("kind: hook", "kind: hokk"), "line 11", "kind"),
        (lambda t: t.replace("location: mansion", "location: moon"), "line 7", "unknown location"),
        (lambda t: t.replace("title: Wine", "title: Wine\nmood: dark"), "line 4", "mood"),
        (lambda t: t.replace("    characters: [ava, chloe]", "    characters: [ava]"), "line 15",
         "not in scene"),
        (lambda t: t.replace("number: 1", "number: 2"), "line 2", "does not match"),
        (lambda t: t.replace("  - id: ep001-sc01\n", "  - id: ep001-sc01\n  bad: [\n"), "line", "invalid YAML"),
    ],
)
def test_bad_episodes_name_file_line_and_fix(project: Project, edit, where, words) -> None:  # noqa: ANN001
    path = project.root / "episodes/ep001.yaml"
    broken = edit(EPISODE)
    path.write_text(broken, "utf-8")
    error = error_of(lambda: project.load_episode(1, project.load_bible()))
    message = str(error)
    assert "ep001.yaml" in message and words in message and "Fix:" in message
    if where:
        assert where in message
    assert path.read_text("utf-8") == broken  # untouched


def test_bad_toml_names_line(project_dir: Path) -> None:
    create_project(project_dir, make_settings())
    (project_dir / "drama.toml").write_text('[project]\nidea = "x\n', "utf-8")
    error = error_of(lambda: Project.open(project_dir))
    assert "drama.toml" in str(error) and "line 2" in str(error) and "Fix:" in str(error)


def test_unknown_language_in_settings(project_dir: Path) -> None:
    create_project(project_dir, make_settings())
    toml = project_dir / "drama.toml"
    toml.write_text(toml.read_text().replace('language = "en"', 'language = "fr"'), "utf-8")
    error = error_of(lambda: Project.open(project_dir))
    assert "drama.toml, line 5, field project.language" in str(error)
    assert 'language = "zh" or "en"' in str(error)


def test_not_a_project(tmp_path: Path) -> None:
    assert "microdrama new" in str(error_of(lambda: Project.open(tmp_path)))


def test_new_refuses_a_non_empty_folder(project_dir: Path) -> None:
    project_dir.mkdir()
    (project_dir / "mine.txt").write_text("keep", "utf-8")
    error_of(lambda: create_project(project_dir, make_settings()))
    assert [p.name for p in project_dir.iterdir()] == ["mine.txt"]


def test_non_utf8_file(project: Project) -> None:
    (project.root / "series.yaml").write_bytes(b"title: \xff\xfe")
    assert "not UTF-8" in str(error_of(project.load_bible))


def test_a_key_written_twice_is_an_error_not_a_lost_value() -> None:
    """YAML forbids it and PyYAML would keep the last: the first speaker would be lost."""
    text = "id: ep001\nnumber: 1\nspeaker: ava\ntitle: One\nspeaker: daisy\n"
    with pytest.raises(InputError) as caught:
        parse_yaml(text, "ep001.yaml")
    said = str(caught.value)
    assert "ep001.yaml" in said and "line 5" in said and "duplicate key 'speaker'" in said
    assert "first at line 3" in said and "keep one of the two" in said
    assert parse_yaml("base: &b {a: 1}\nmore:\n  <<: *b\n  c: 2\n", "x")["more"] == {
        "a": 1, "c": 2}  # a merge key is no duplicate


def test_empty_bible(project: Project) -> None:
    (project.root / "series.yaml").write_text("", "utf-8")
    assert "empty" in str(error_of(project.load_bible))


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_any_text_as_an_episode_is_an_episode_or_an_input_error(text: str) -> None:
    try:
        validate(Episode, parse_yaml(text, "ep001.yaml"), "ep001.yaml", what="an episode script")
    except InputError as error:
        assert "ep001.yaml" in str(error)


yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20))
yaml_values = st.recursive(
    yaml_scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150)
@given(data=yaml_values)
def test_any_yaml_structure_is_a_bible_or_an_input_error(data: object) -> None:
    from microdrama.formats.yamlio import dump_yaml

    text = dump_yaml(data)
    try:
        validate(Bible, parse_yaml(text, "series.yaml"), "series.yaml", what="a series bible")
    except InputError as error:
        assert "series.yaml" in str(error)


@settings(max_examples=60)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
                   min_size=1, max_size=60))
def test_any_line_text_round_trips_through_yaml(text: str) -> None:
    if not text.strip():
        return
    episode = Episode.model_validate(parse_yaml(EPISODE, "x"))
    episode.scenes[0].beats[0].lines[0].text = text
    again = Episode.model_validate(parse_yaml(dump_model(episode), "x"))
    assert again.scenes[0].beats[0].lines[0].text == text


def test_episode_file_names() -> None:
    assert episode_file(7) == "episodes/ep007.yaml"


def test_control_characters_in_a_line_are_an_input_error(project: Project) -> None:
    path = project.root / "episodes/ep001.yaml"
    path.write_text(EPISODE.replace("That engagement", '"That\\x85engagement'), "utf-8")
    text = path.read_text("utf-8").replace("mine first.", 'mine first."')
    path.write_text(text, "utf-8")
    error = error_of(lambda: project.load_episode(1, project.load_bible()))
    assert "line 19" in str(error) and "text" in str(error)


def test_a_new_line_without_an_id_gets_the_next_free_one_and_keeps_it(project: Project) -> None:
    path = project.root / "episodes/ep001.yaml"
    text = EPISODE.replace(
        "        lines:\n",
        "        lines:\n          # my new opening line\n"
        "          - speaker: ava\n            text: Nobody throws wine at me twice.\n",
    )
    path.write_text(text, "utf-8")
    episode = project.load_episode(1, project.load_bible())
    assert [ln.id for ln in episode.lines()] == ["ep001-sc01-l03", "ep001-sc01-l01", "ep001-sc01-l02"]
    assert path.read_text("utf-8") == text  # reading never writes
    assert project.assign_missing_ids() == [path]  # a build does, once
    written = path.read_text("utf-8")
    assert "# my new opening line" in written and "id: ep001-sc01-l03" in written
    assert project.load_episode(1, project.load_bible()) == episode  # the same ids
    assert project.assign_missing_ids() == [] and path.read_text("utf-8") == written


def test_an_unclosed_quote_is_reported_where_it_opens(tmp_path: Path) -> None:
    text = "title: ok\nlines:\n  - text: \"never closed\n  - text: fine\nmore: 1\n"
    with pytest.raises(InputError) as caught:
        parse_yaml(text, tmp_path / "ep.yaml")
    assert caught.value.where == "line 3, column 11"  # the quote, not the end of the file
    assert "never closed" in str(caught.value) and "Fix: close it" in str(caught.value)


def test_a_duplicate_id_names_both_lines(project: Project) -> None:
    path = project.root / "episodes/ep001.yaml"
    text = EPISODE.replace("id: ep001-sc01-l02", "id: ep001-sc01-l01")
    path.write_text(text, "utf-8")
    rows = [n for n, row in enumerate(text.splitlines(), 1) if "id: ep001-sc01-l01" in row]
    with pytest.raises(InputError) as caught:
        project.load_episode(1, project.load_bible())
    assert caught.value.where == f"line {rows[1]} (first at line {rows[0]})"
    assert "duplicate id 'ep001-sc01-l01'" in str(caught.value) and "top level" not in str(
        caught.value)


def test_writing_ids_changes_nothing_else_in_the_file(project: Project) -> None:
    path = project.root / "episodes/ep001.yaml"
    # The user's own style: other indentation of the new item, quotes of their choosing.
    text = EPISODE.replace(
        "        lines:\n",
        "        lines:\n          # added by hand\n"
        "          - speaker: ava\n            text: 'Single-quoted, my way.'\n",
    ).replace("title: Wine", 'title: "Wine"')
    path.write_text(text, "utf-8")
    assert project.assign_missing_ids() == [path]
    expected = text.replace("          - speaker: ava\n",
                            "          - id: ep001-sc01-l03\n            speaker: ava\n", 1)
    assert path.read_text("utf-8") == expected  # one line added; not a byte else moved
