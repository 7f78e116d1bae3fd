"""Playthroughs of an episode: the ways through an interactive episode as linear episodes,
so what reads a script in order (continuity, the script doctor, craft sizes, a linear
render) can read each way through it.

- :func:`scene_paths`: every way from the first scene to an ending, conditions aside
  (a superset of what a viewer can play), a scene at most once per path, bounded.
- :func:`default_path`: what a viewer who never chooses sees — the default at every
  choice when its condition holds, else the first option shown (the player's rule,
  docs/decisions/0014-story-graph.md). The series continues from it: the continuity
  ledger after an interactive episode is the ledger along this path.
- :func:`path_episode`: one path as a linear episode (its scenes in playing order, no
  choices), :func:`playthrough` the default one.

A linear episode has one path: its scenes in order.
"""

from __future__ import annotations

import contextlib

from microdrama.domain.expressions import (
    ExpressionTypeError,
    UnsetVariable,
    Value,
    apply_effect,
    evaluate,
    parse_condition,
    parse_effect,
)
from microdrama.domain.script import Episode, Scene

#: Paths enumerated at most (an authored graph can have very many).
MAX_PATHS = 256


def _targets(scene: Scene) -> list[str]:
    if scene.choices:
        return list(dict.fromkeys(choice.goto for choice in scene.choices))
    return [scene.next] if scene.next else []


def scene_paths(episode: Episode, limit: int = MAX_PATHS) -> list[list[str]]:
    """Scene ids of every way from the first scene to an ending (or to a scene with no
    way on), each scene at most once per path; at most ``limit`` paths."""
    if not episode.branching:
        return [[scene.id for scene in episode.scenes]]
    by_id = {scene.id: scene for scene in episode.scenes}
    out: list[list[str]] = []
    stack = [[episode.scenes[0].id]]
    while stack and len(out) < limit:
        path = stack.pop()
        targets = [t for t in _targets(by_id[path[-1]]) if t in by_id and t not in path]
        if by_id[path[-1]].ending is not None or not _targets(by_id[path[-1]]):
            out.append(path)
        for target in reversed(targets):
            stack.append([*path, target])
    return out


def default_path(episode: Episode) -> list[str]:
    """Scene ids a viewer who never chooses plays, from the first scene to an ending
    (stopping at a scene with no way on, or before a scene would repeat)."""
    if not episode.branching:
        return [scene.id for scene in episode.scenes]
    by_id = {scene.id: scene for scene in episode.scenes}
    state: dict[str, Value] = {**episode.state, **episode.flags}
    path = [episode.scenes[0].id]
    while True:
        scene = by_id[path[-1]]
        target: str | None = scene.next
        if scene.choices:
            shown = [c for c in scene.choices if _holds(c.condition, state)]
            taken = next((c for c in shown if c.default), shown[0] if shown else None)
            if taken is None:
                return path
            for text in taken.effects:
                with contextlib.suppress(UnsetVariable, ExpressionTypeError, TypeError, ValueError):
                    state = apply_effect(parse_effect(text), state)
            target = taken.goto
        if scene.ending is not None or target is None or target not in by_id or target in path:
            return path
        path.append(target)


def _holds(condition: str, state: dict[str, Value]) -> bool:
    if not condition:
        return True
    try:
        return evaluate(parse_condition(condition), state) is True
    except (UnsetVariable, ExpressionTypeError, TypeError, ValueError):
        return False


def path_episode(episode: Episode, path: list[str]) -> Episode:
    """The episode as played along ``path``: those scenes in that order, with no choices,
    next or ending (a linear episode with the same ids)."""
    if not episode.branching:
        return episode
    by_id = {scene.id: scene for scene in episode.scenes}
    scenes = [by_id[ident].model_copy(update={"choices": [], "next": None, "ending": None,
                                              "window_ms": None}) for ident in path]
    return episode.model_copy(update={"scenes": scenes, "state": {}, "flags": {}})


def playthrough(episode: Episode) -> Episode:
    """The default playthrough as a linear episode (a linear episode itself)."""
    return path_episode(episode, default_path(episode))
