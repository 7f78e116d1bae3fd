"""What the interactive-exchange tests share: the test series, its episodes, a project
folder holding them, and graphs compared by meaning (a condition as its parse tree)."""

from __future__ import annotations

import shutil
from pathlib import Path

from microdrama.domain import Bible, Episode
from microdrama.domain.expressions import parse_condition, parse_effect, render, render_effect
from microdrama.domain.story import StoryGraph
from microdrama.formats.interactive import story_graph
from microdrama.formats.story_syntax import StorySource
from microdrama.formats.twee import story_ifid
from microdrama.formats.yamlio import parse_yaml
from microdrama.project.folder import create_project
from tests.conftest import make_settings

DATA = Path(__file__).parent.parent / "data" / "story"
#: The interactive episodes of tests/data/story, all on the series of series.yaml.
STORIES = ("three-endings", "loop-and-flags")


def bible() -> Bible:
    path = DATA / "series.yaml"
    return Bible.model_validate(parse_yaml(path.read_text("utf-8"), path))


def episode(name: str) -> Episode:
    path = DATA / f"{name}.yaml"
    return Episode.model_validate(parse_yaml(path.read_text("utf-8"), path))


def source(name_or_episode: str | Episode, shots: dict[str, str] | None = None) -> StorySource:
    script = episode(name_or_episode) if isinstance(name_or_episode, str) else name_or_episode
    names = {c.id: c.name for c in bible().characters}
    return StorySource(script, story_graph(script), names, shots or {},
                       story_ifid(f"tests|{script.id}"))


def canonical(graph: StoryGraph) -> StoryGraph:
    """``graph`` with every condition and effect in canonical text (compared by tree)."""
    out = graph.model_copy(deep=True)
    for segment in out.segments:
        for option in segment.options():
            option.condition = render(parse_condition(option.condition)) if option.condition else ""
            option.effects = [render_effect(parse_effect(e)) for e in option.effects]
    return out


def canonical_episode(script: Episode) -> Episode:
    """``script`` with its conditions and effects in canonical text."""
    out = script.model_copy(deep=True)
    for scene in out.scenes:
        for choice in scene.choices:
            choice.condition = render(parse_condition(choice.condition)) if choice.condition else ""
            choice.effects = [render_effect(parse_effect(e)) for e in choice.effects]
    return out


def make_project(root: Path, *episodes: str) -> Path:
    """A project folder on the test series with the named episodes as ep001, ep002…"""
    create_project(root, make_settings(episodes=max(1, len(episodes))))
    shutil.copy(DATA / "series.yaml", root / "series.yaml")
    (root / "episodes").mkdir()
    for number, name in enumerate(episodes, start=1):
        text = (DATA / f"{name}.yaml").read_text("utf-8")
        text = text.replace("ep001", f"ep{number:03d}").replace("number: 1", f"number: {number}")
        (root / f"episodes/ep{number:03d}.yaml").write_text(text, "utf-8")
    return root
