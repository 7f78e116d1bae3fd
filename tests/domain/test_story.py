"""The expression language, the `choices:` authoring in episode YAML and graph_of."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from microdrama.domain import Episode
from microdrama.domain.expressions import (
    ExpressionError,
    apply_effect,
    evaluate,
    parse_condition,
    parse_effect,
    render,
)
from microdrama.errors import InputError
from microdrama.formats.interactive import story_graph
from microdrama.formats.yamlio import dump_model, parse_yaml, validate
from microdrama.project.folder import fill_missing_ids

DATA = Path(__file__).parent.parent / "data" / "story" / "three-endings.yaml"


def test_conditions_and_effects_evaluate_on_typed_state() -> None:
    state = {"trust": 2, "betrayed": False, "ally": "mei"}
    assert evaluate(parse_condition("trust >= 2 and not betrayed"), state) is True
    assert evaluate(parse_condition('ally == "mei" and (trust - 3 < 0)'), state) is True
    assert apply_effect(parse_effect("trust += 1"), state)["trust"] == 3
    assert apply_effect(parse_effect("betrayed = true"), state)["betrayed"] is True


@pytest.mark.parametrize(("text", "column", "hint"), [
    ("trust >=", 9, "a value"), ("a && b", 3, "and"), ("x = 1", 3, "=="),
    ("a < b < c", 7, "and"), ("(trust", 7, "')'"), ("trust 2", 7, "and"),
])
def test_a_bad_condition_names_the_column_and_the_fix(text: str, column: int, hint: str) -> None:
    with pytest.raises(ExpressionError) as caught:
        parse_condition(text)
    assert caught.value.column == column and hint in str(caught.value)


_names = st.sampled_from(["trust", "betrayed", "ally", "n"])
_atoms = st.one_of(_names, st.integers(0, 99).map(str), st.sampled_from(["true", "false", '"mei"']))
_exprs = st.recursive(_atoms, lambda inner: st.one_of(
    st.tuples(inner, st.sampled_from([" and ", " or ", " == ", " < ", " + ", " - "]), inner)
    .map("".join), inner.map(lambda e: f"not ({e})"), inner.map(lambda e: f"({e})")),
    max_leaves=8)


@given(_exprs)
def test_rendered_conditions_parse_back_to_the_same_tree(text: str) -> None:
    try:
        tree = parse_condition(text)
    except ExpressionError:
        return  # the generator also writes text the grammar refuses (`a == not b`)
    assert parse_condition(render(tree)) == tree


@given(st.text(max_size=30))
def test_any_text_parses_or_fails_with_an_expression_error(text: str) -> None:
    try:
        parse_condition(text)
    except ExpressionError as error:
        assert 1 <= error.column <= len(text) + 1


def test_a_bad_condition_in_yaml_is_placed_at_its_file_line_and_field() -> None:
    text = DATA.read_text("utf-8").replace("condition: trust >= 1", "condition: trust >=")
    with pytest.raises(InputError) as caught:
        validate(Episode, parse_yaml(text, DATA), DATA, what="an episode script", text=text)
    message = str(caught.value)
    assert "scenes[2].choices[0].condition" in message and "column 9" in message
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "trust >=" in row
                and "condition" in row)
    assert f"line {line}" in message


def test_a_scene_with_choices_and_an_ending_is_refused() -> None:
    text = DATA.read_text("utf-8").replace("    next: ep001-sc03\n",
                                           "    next: ep001-sc03\n    ending: {title: X}\n")
    with pytest.raises(InputError, match="either offers choices"):
        validate(Episode, parse_yaml(text, DATA), DATA, what="an episode script", text=text)


def test_new_choices_get_ids_from_the_build_and_the_rest_of_the_file_is_kept() -> None:
    text = DATA.read_text("utf-8").replace("      - id: ep001-sc03-c03\n        label",
                                           "      - label")
    filled = fill_missing_ids(text, DATA, 1)
    assert filled == DATA.read_text("utf-8")  # c03 again: the next free number


def test_the_graph_of_the_yaml_example() -> None:
    episode = Episode.model_validate(parse_yaml(DATA.read_text("utf-8"), DATA))
    graph = story_graph(episode)
    assert graph.start == "ep001-sc01" and len(graph.segments) == 6
    first, third = graph.segments[0].choice, graph.segments[2].choice
    assert first is not None and third is not None
    assert first.window_ms == 10000 and third.window_ms == 8000  # the pack's, then the scene's
    assert third.default == 1 and third.options[0].condition == "trust >= 1"
    assert [e.kind for e in graph.endings()] == ["good", "bad", "twist"]
    assert {v.name: (v.type, v.persistent) for v in graph.variables} == {
        "trust": ("int", False), "betrayed": ("bool", False), "saw_letter": ("bool", True)}


def test_a_linear_episode_dumps_without_interactive_fields() -> None:
    data = parse_yaml(DATA.read_text("utf-8"), DATA)
    for item in data["scenes"]:
        for key in ("choices", "next", "ending", "window_ms"):
            item.pop(key, None)
    del data["state"], data["flags"]
    episode = Episode.model_validate(data)
    dumped = episode.model_dump(mode="json")
    assert "state" not in dumped and all(set(s) == {"id", "location", "time", "characters",
                                                     "beats"} for s in dumped["scenes"])
    assert "choices" not in dump_model(episode)
