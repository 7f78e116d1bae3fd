"""Graph checks of interactive episodes: each planted defect is found with its rule and
node id; a correct three-ending episode passes with the right numbers; linear episodes
produce no graph findings."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from microdrama.domain import Episode
from microdrama.domain.findings import Finding
from microdrama.domain.story import graph_of
from microdrama.formats.interactive import load_interactive
from microdrama.formats.subtitle_profiles import load_profile
from microdrama.formats.yamlio import parse_yaml
from microdrama.review.craft import load_craft
from microdrama.review.story import review_story
from microdrama.review.story_play import GraphNumbers
from tests.test_cli import run

DATA = Path(__file__).parent.parent / "data" / "story" / "three-endings.yaml"


@pytest.fixture
def data() -> dict[str, Any]:
    loaded: dict[str, Any] = parse_yaml(DATA.read_text("utf-8"), DATA)
    return loaded


def review(data: dict[str, Any]) -> tuple[list[Finding], GraphNumbers | None]:
    episode = Episode.model_validate(data)
    return review_story(episode, load_craft("en"), load_interactive(), load_profile("en"))


def problems(data: dict[str, Any]) -> set[tuple[str, str]]:
    """(rule, target) of every finding but the numbers."""
    return {(f.rule, f.target) for f in review(data)[0] if f.rule != "graph.numbers"}


def scene(data: dict[str, Any], n: int) -> dict[str, Any]:
    found: dict[str, Any] = next(s for s in data["scenes"] if s["id"] == f"ep001-sc{n:02d}")
    return found


def test_a_correct_three_ending_graph_passes_with_its_numbers(data: dict[str, Any]) -> None:
    findings, numbers = review(data)
    assert [f.rule for f in findings] == ["graph.numbers"]
    assert numbers is not None and numbers.complete
    assert numbers.endings == 3
    assert numbers.endings_reachable == ["ep001-sc04", "ep001-sc05", "ep001-sc06"]
    # sc01 → sc03 → ending (3 scenes) is the shortest; sc01 → sc02 → sc03 → ending the longest.
    assert (numbers.shortest_segments, numbers.longest_segments) == (3, 4)
    assert numbers.shortest_ms is not None and numbers.longest_ms is not None
    assert 0 < numbers.shortest_ms < numbers.longest_ms
    assert "3 of 3 endings reachable" in findings[0].message


def test_forgive_needs_trust_so_one_ending_is_closed_when_trust_never_rises(
        data: dict[str, Any]) -> None:
    scene(data, 1)["choices"][0]["effects"] = []
    found = problems(data)
    assert ("graph.unsatisfiable", "ep001-sc03-c01") in found
    assert ("graph.unreachable", "ep001-sc04") in found
    assert review(data)[1].endings_reachable == ["ep001-sc05", "ep001-sc06"]  # type: ignore[union-attr]


def test_a_dead_end_is_found_at_its_scene(data: dict[str, Any]) -> None:
    del scene(data, 2)["next"]
    assert ("graph.dead-end", "ep001-sc02") in problems(data)


def test_an_unreachable_segment_is_found(data: dict[str, Any]) -> None:
    scene(data, 1)["choices"][0]["goto"] = "ep001-sc03"
    assert problems(data) == {("graph.unreachable", "ep001-sc02")}


def test_a_broken_target_is_found_at_its_option(data: dict[str, Any]) -> None:
    scene(data, 3)["choices"][2]["goto"] = "ep001-sc99"
    found = problems(data)
    assert ("graph.broken-target", "ep001-sc03-c03") in found
    assert ("graph.unreachable", "ep001-sc06") in found


def test_a_next_that_names_no_scene_is_a_broken_target(data: dict[str, Any]) -> None:
    scene(data, 2)["next"] = "ep001-sc42"
    assert ("graph.broken-target", "ep001-sc02") in problems(data)


def test_a_variable_read_before_it_is_set_on_some_path(data: dict[str, Any]) -> None:
    # 'clue' is set only on the way through sc02, and read at sc03, which sc01 also reaches.
    scene(data, 1)["choices"][0]["effects"] = ["trust += 1", "clue = true"]
    scene(data, 3)["choices"][0]["condition"] = "clue and trust >= 1"
    found = problems(data)
    assert ("graph.read-before-set", "ep001-sc03-c01") in found
    assert ("graph.undeclared", "ep001-sc03-c01") in found


def test_a_declared_variable_is_set_from_the_start(data: dict[str, Any]) -> None:
    data["state"]["clue"] = False
    scene(data, 1)["choices"][0]["effects"] = ["trust += 1", "clue = true"]
    scene(data, 3)["choices"][0]["condition"] = "clue and trust >= 1"
    assert problems(data) == set()


def test_a_cycle_with_no_exit_is_found(data: dict[str, Any]) -> None:
    scene(data, 3)["choices"] = [
        {"id": "ep001-sc03-c01", "label": "Read it again", "goto": "ep001-sc02"},
        {"id": "ep001-sc03-c02", "label": "Ask him again", "goto": "ep001-sc02"},
    ]
    del scene(data, 3)["window_ms"]
    found = problems(data)
    assert ("graph.trap-cycle", "ep001-sc02") in found
    assert {"ep001-sc04", "ep001-sc05", "ep001-sc06"} == {
        t for r, t in found if r == "graph.unreachable"}


def test_a_loop_closed_by_state_is_a_trap_under_state(data: dict[str, Any]) -> None:
    # The only way out of sc02 ⇄ sc03 needs trust >= 5, which nothing ever raises.
    scene(data, 1)["choices"][0]["effects"] = []
    scene(data, 3)["choices"] = [
        {"id": "ep001-sc03-c01", "label": "Forgive him", "goto": "ep001-sc04",
         "condition": "trust >= 5"},
        {"id": "ep001-sc03-c02", "label": "Ask him again", "goto": "ep001-sc02"},
    ]
    del scene(data, 3)["window_ms"]
    data["scenes"] = [s for s in data["scenes"] if s["id"] not in ("ep001-sc05", "ep001-sc06")]
    found = problems(data)
    assert ("graph.unsatisfiable", "ep001-sc03-c01") in found
    assert ("graph.trap-cycle", "ep001-sc02") in found


def test_a_choice_with_one_option(data: dict[str, Any]) -> None:
    scene(data, 1)["choices"] = scene(data, 1)["choices"][:1]
    found = problems(data)
    assert ("graph.options", "ep001-sc01") in found


def test_a_choice_with_five_options(data: dict[str, Any]) -> None:
    more = [{"id": f"ep001-sc03-c0{n}", "label": f"Option {n}", "goto": "ep001-sc06"}
            for n in range(4, 6)]
    scene(data, 3)["choices"] += more
    assert ("graph.options", "ep001-sc03") in problems(data)


def test_an_unsatisfiable_condition(data: dict[str, Any]) -> None:
    scene(data, 3)["choices"][2]["condition"] = "trust > 3"
    found = problems(data)
    assert ("graph.unsatisfiable", "ep001-sc03-c03") in found
    assert ("graph.unreachable", "ep001-sc06") in found


def test_options_that_can_all_be_hidden(data: dict[str, Any]) -> None:
    choices = scene(data, 3)["choices"]
    choices[1]["condition"] = "trust >= 1"
    choices[2]["condition"] = "saw_letter"
    # Ask the butler (trust 1) shows Forgive; Search the desk shows Burn — but a replay
    # that saw the letter and then asks the butler is fine; a first visit with neither
    # cannot happen. Make one: start with no trust and no letter via a new path.
    scene(data, 1)["choices"].append({"id": "ep001-sc01-c03", "label": "Wait", "goto": "ep001-sc03"})
    assert ("graph.all-hidden", "ep001-sc03") in problems(data)


def test_a_window_shorter_than_its_labels_take_to_read(data: dict[str, Any]) -> None:
    choices = scene(data, 3)["choices"]
    for choice in choices:
        choice["label"] = "Tell him everything you found in the drawer"  # 45 characters
    scene(data, 3)["window_ms"] = 3000  # three labels at 20 characters/s need ~6.8 s
    assert ("graph.window-short", "ep001-sc03") in problems(data)
    scene(data, 3)["window_ms"] = 7000
    assert ("graph.window-short", "ep001-sc03") not in problems(data)


def test_a_type_mismatch_and_an_undeclared_variable(data: dict[str, Any]) -> None:
    scene(data, 3)["choices"][0]["condition"] = "trust and betrayed"
    scene(data, 3)["choices"][1]["effects"] = ["mood += 1"]
    found = problems(data)
    assert ("graph.type", "ep001-sc03-c01") in found
    assert ("graph.undeclared", "ep001-sc03-c02") in found
    assert ("graph.type", "ep001-sc03-c02") not in found  # one finding for one mistake
    numbers = next(f for f in review(data)[0] if f.rule == "graph.numbers")
    assert "not played out" in numbers.message


def test_a_duplicate_id_in_a_graph(data: dict[str, Any]) -> None:
    # The script loader refuses duplicate ids; an imported graph may still have them.
    episode = Episode.model_validate(data)
    graph = graph_of(episode, window_ms=10000)
    graph.segments.append(graph.segments[-1].model_copy())
    from microdrama.review.story import check_graph

    findings, _ = check_graph(graph, load_interactive(), lambda _: 0)
    assert ("graph.duplicate-id", "ep001-sc06") in {(f.rule, f.target) for f in findings}


def test_a_counter_in_a_loop_stops_at_the_bound(data: dict[str, Any]) -> None:
    scene(data, 2)["next"] = None
    del scene(data, 2)["next"]
    scene(data, 2)["choices"] = [
        {"id": "ep001-sc02-c01", "label": "Ask again", "goto": "ep001-sc02",
         "effects": ["trust += 1"]},
        {"id": "ep001-sc02-c02", "label": "Give up", "goto": "ep001-sc03"},
    ]
    findings, numbers = review(data)
    assert ("graph.state-bound", "ep001") in {(f.rule, f.target) for f in findings}
    assert numbers is not None and not numbers.complete
    assert numbers.states == load_interactive().analysis.max_states
    assert numbers.endings_reachable == ["ep001-sc04", "ep001-sc05", "ep001-sc06"]


def test_a_linear_episode_has_no_graph_and_no_findings(data: dict[str, Any]) -> None:
    for item in data["scenes"]:
        for key in ("choices", "next", "ending", "window_ms"):
            item.pop(key, None)
    data.pop("state"), data.pop("flags")
    episode = Episode.model_validate(data)
    assert not episode.branching
    assert review(data) == ([], None)
    graph = graph_of(episode, window_ms=10000)  # still a chain, for exports
    assert [s.next for s in graph.segments][:-1] == [s.id for s in graph.segments][1:]
    assert graph.endings()[0].id == episode.scenes[-1].id


@settings(max_examples=15, deadline=None)
@given(st.data())
def test_every_random_graph_is_checked_without_crashing_and_numbers_agree(
        draw: st.DataObject) -> None:
    base = parse_yaml(DATA.read_text("utf-8"), DATA)
    data = copy.deepcopy(base)
    ids = [s["id"] for s in data["scenes"]]
    for item in data["scenes"]:
        for choice in item.get("choices", []):
            choice["goto"] = draw.draw(st.sampled_from([*ids, "ep001-sc99"]))
            choice["condition"] = draw.draw(st.sampled_from(
                ["", "trust >= 1", "not betrayed", "saw_letter or trust > 0", "trust > 9"]))
        if "next" in item:
            item["next"] = draw.draw(st.sampled_from(ids))
    findings, numbers = review(data)
    assert numbers is not None
    rules = {f.rule for f in findings}
    assert set(numbers.endings_reachable) <= {"ep001-sc04", "ep001-sc05", "ep001-sc06"}
    if not numbers.endings_reachable:
        assert rules & {"graph.trap-cycle", "graph.dead-end", "graph.all-hidden",
                        "graph.broken-target"}
    if numbers.shortest_segments is not None and numbers.longest_segments is not None:
        assert numbers.shortest_segments <= numbers.longest_segments


def test_every_build_checks_the_graph_and_review_shows_it(
        built_project: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = built_project(["--idea", "a maid's daughter is the real heiress", "--lang", "en",
                          "--episodes", "4"], ["--until", "check"])
    linear = (root / "out/review/ep002.json").read_bytes()
    path = root / "episodes/ep001.yaml"
    script = yaml.safe_load(path.read_text("utf-8"))
    first, second = script["scenes"][0], script["scenes"][1]
    script["state"] = {"trust": 0}
    first["choices"] = [{"label": "Stay", "goto": second["id"], "effects": ["trust += 1"]},
                        {"label": "Leave", "goto": "ep001-sc99"}]  # a broken target
    for later in script["scenes"][1:-1]:
        later["next"] = script["scenes"][script["scenes"].index(later) + 1]["id"]
    script["scenes"][-1]["ending"] = {"title": "The truth", "kind": "good"}
    path.write_text(yaml.safe_dump(script, allow_unicode=True, sort_keys=False), "utf-8")
    assert run(capsys, "build", str(root), "--until", "check")[0] == 0
    assert "id: ep001-sc01-c02" in path.read_text("utf-8")  # the build gave the choices ids
    report = json.loads((root / "out/review/ep001.json").read_text("utf-8"))
    rules = {(f["rule"], f["target"]) for f in report["findings"]}
    assert ("graph.broken-target", "ep001-sc01-c02") in rules
    assert report["graph"]["endings_reachable"] == [script["scenes"][-1]["id"]]
    assert run(capsys, "review", str(root))[0] == 0
    review_json = json.loads((root / "out/review.json").read_text("utf-8"))
    assert review_json["episodes"][0]["graph"]["endings"] == 1
    assert "graph.broken-target" in (root / "out/review.html").read_text("utf-8")
    # A linear episode's report is what it was, byte for byte, and has no graph findings.
    assert (root / "out/review/ep002.json").read_bytes() == linear
    assert "graph." not in linear.decode("utf-8")
