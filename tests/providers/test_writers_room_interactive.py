"""Interactive episodes from the LLM writers' room, against the loopback OpenAI-compatible
server: the interactive prompt and schema, the graph checks on the reply, the error that
names what is wrong with a broken graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from microdrama.cli import main
from microdrama.domain import Episode
from microdrama.formats.yamlio import parse_yaml
from microdrama.providers.base import ProviderConfig
from microdrama.providers.openai.writers_room import LLMWriter
from tests.providers.fake_openai import FakeOpenAI
from tests.providers.fake_writer import FakeWriter
from tests.providers.test_writers_room import KEY, llm_project


def interactive_project(root: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str],
                        lang: str = "en") -> Path:
    llm_project(root, fake, capsys, lang=lang, episodes=1)
    toml = (root / "drama.toml").read_text()
    (root / "drama.toml").write_text(toml.replace("seed = 1\n", "seed = 1\ninteractive = true\n"))
    return root


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_model_writes_a_branching_episode_that_passes_the_graph_checks(
        tmp_path: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    writer = FakeWriter(dead_end_once=True)
    fake.respond(writer)
    root = interactive_project(tmp_path / "drama", fake, capsys, lang)
    assert main(["build", str(root), "--until", "check"]) == 0
    path = root / "episodes/ep001.yaml"
    episode = Episode.model_validate(parse_yaml(path.read_text(), path))
    assert episode.branching and episode.state == {"trust": 0, "evidence": False}
    by_key = {s.id: s for s in episode.scenes}
    first = by_key["ep001-sc01"]
    assert [c.goto for c in first.choices] == ["ep001-sc02", "ep001-sc03"]
    assert [c.id for c in first.choices] == ["ep001-sc01-c01", "ep001-sc01-c02"]
    assert by_key["ep001-sc03"].next == "ep001-sc04"
    assert {s.ending.kind for s in episode.scenes if s.ending} == {"good", "bad", "twist"}

    # Asked with the interactive template, validated against the interactive schema.
    asked = [r.json for r in fake.requests
             if r.json["response_format"]["json_schema"]["name"] == "InteractiveEpisodeDraft"]
    assert asked, "the script was asked for as an interactive draft"
    schema = asked[0]["response_format"]["json_schema"]["schema"]
    scene = schema["$defs"]["BranchSceneDraft"]["properties"]
    assert {"key", "choices", "next", "ending"} <= set(scene)
    assert "goto" in schema["$defs"]["ChoiceDraft"]["properties"]
    # The first reply had a dead end: it was sent back, naming the scene by its key.
    repair = asked[1]["messages"][-1]["content"]
    assert "graph.dead-end" in repair and "'wary'" in repair

    # The build's own graph checks agree: no graph error, three endings reachable.
    report = json.loads((root / "out/review/ep001.json").read_text())
    assert not [f for f in report["findings"]
                if f["rule"].startswith("graph.") and f["severity"] == "error"]
    assert len(report["graph"]["endings_reachable"]) == 3


def test_a_broken_graph_stops_the_item_naming_what_is_wrong(
        tmp_path: Path, fake: FakeOpenAI, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_LLM_KEY", KEY)
    fake.respond(FakeWriter(dead_end_always=True))
    root = interactive_project(tmp_path / "drama", fake, capsys)
    assert main(["build", str(root), "--until", "script"]) == 3  # a provider failed
    err = capsys.readouterr().err
    assert "interactive script of episode 1 still wrong" in err
    assert "graph.dead-end at scene 'wary'" in err and "neither ends the story" in err
    assert not (root / "episodes/ep001.yaml").exists()


def test_the_interactive_template_keys_interactive_scripts_only() -> None:
    config = ProviderConfig()
    linear = LLMWriter.request_identity("m", config, {"plan": {}})
    interactive = LLMWriter.request_identity("m", config, {"plan": {}, "interactive": True})
    assert linear == {}
    assert set(interactive["interactive"]) == {"en/script-interactive", "zh/script-interactive"}
