"""Render a 3-ending interactive episode and compare it with its longest path alone.

The episode's beats (an offline 1-episode series, written to storyboards) are regrouped
into the usual shape of an interactive micro-drama — a shared opening, a choice into
two short branches, a shared climax, a choice of three short endings:

    opening ─┬─ A ─┬─ climax ─┬─ ending 1
             └─ B ─┘          ├─ ending 2
                              └─ ending 3

Two copies of the written project are then rendered from the same text: the whole
graph (every segment once: out/en/interactive/) and, as a linear episode, only its
longest path. Prints wall and CPU seconds of both, the ratio (the issue's goal: the
graph in ≤ 1.6× its longest path, since shared segments render once), the seconds of
picture each made and what the graph's build ran per stage.

Run: .venv/bin/python benchmarks/interactive.py [--seconds 90]
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml
from render import cli  # the same CLI runner as the render benchmark

from microdrama.media.video import probe

IDEA = "A maid's daughter is the real heiress switched at birth."


def regroup(root: Path) -> dict[str, list[str]]:
    """Rewrite episodes/ep001.yaml into the graph above; return segment id → beat ids
    and, under "longest", the segment ids of the longest path by beats."""
    path = root / "episodes/ep001.yaml"
    script: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
    beats = [(scene, beat) for scene in script["scenes"] for beat in scene["beats"]]
    if len(beats) < 7:
        raise SystemExit(f"the episode has {len(beats)} beats; use a longer --seconds")
    spare = len(beats) - 7  # opening and climax share what the five short segments leave
    sizes = {"sc01": 1 + spare // 2, "sc02": 1, "sc03": 1, "sc04": 1 + spare - spare // 2,
             "sc05": 1, "sc06": 1, "sc07": 1}
    scenes, groups, at = [], {}, 0
    for name, size in sizes.items():
        taken = beats[at:at + size]
        at += size
        first = copy.deepcopy(taken[0][0])
        first["id"] = f"ep001-{name}"
        first["beats"] = [beat for _, beat in taken]
        first["characters"] = sorted({c for scene, _ in taken for c in scene["characters"]})
        for key in ("choices", "next", "ending", "window_ms"):
            first.pop(key, None)
        scenes.append(first)
        groups[first["id"]] = [beat["id"] for _, beat in taken]
    opening, branch_a, branch_b, climax, *endings = scenes
    opening["choices"] = [{"label": "Stay", "goto": branch_a["id"], "default": True},
                          {"label": "Run", "goto": branch_b["id"]}]
    branch_a["next"] = branch_b["next"] = climax["id"]
    climax["choices"] = [{"label": label, "goto": end["id"], "default": index == 0}
                         for index, (label, end) in enumerate(
                             zip(["Forgive", "Expose", "Leave"], endings, strict=True))]
    for title, end in zip(["Allies", "Exposed", "Alone"], endings, strict=True):
        end["ending"] = {"title": title, "kind": "neutral"}
    script["scenes"] = scenes
    path.write_text(yaml.safe_dump(script, allow_unicode=True, sort_keys=False), "utf-8")
    longest = [opening["id"], max(branch_a, branch_b, key=lambda s: len(s["beats"]))["id"],
               climax["id"], max(endings, key=lambda s: len(s["beats"]))["id"]]
    return {**groups, "longest": longest}


def keep_path(root: Path, groups: dict[str, list[str]]) -> None:
    """Make ``root``'s episode the longest path alone, linear: its scenes, in order, and
    only their shots in the storyboard."""
    path = root / "episodes/ep001.yaml"
    script = yaml.safe_load(path.read_text("utf-8"))
    kept = [s for s in script["scenes"] if s["id"] in groups["longest"]]
    for scene in kept:
        for key in ("choices", "next", "ending", "window_ms"):
            scene.pop(key, None)
    script["scenes"] = kept
    path.write_text(yaml.safe_dump(script, allow_unicode=True, sort_keys=False), "utf-8")
    beats = {b for s in groups["longest"] for b in groups[s]}
    board_path = root / "storyboards/ep001.yaml"
    board = yaml.safe_load(board_path.read_text("utf-8"))
    board["shots"] = [shot for shot in board["shots"] if shot["beat"] in beats]
    board_path.write_text(yaml.safe_dump(board, allow_unicode=True, sort_keys=False), "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=90)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        graph, alone = Path(tmp) / "graph", Path(tmp) / "alone"
        cli("new", str(graph), "--idea", IDEA, "--lang", "en", "--episodes", "1",
            "--seconds", str(args.seconds))
        cli("build", str(graph), "--until", "storyboard")
        groups = regroup(graph)
        cli("build", str(graph), "--until", "storyboard")  # ids and the check, not timed
        shutil.copytree(graph, alone, symlinks=True)
        keep_path(alone, groups)
        graph_s, graph_cpu, report = cli("build", str(graph), "--json")
        alone_s, alone_cpu, _ = cli("build", str(alone), "--json")
        segments = sorted((graph / "out/en/interactive/segments").glob("*.mp4"))
        picture = sum(probe(s).duration_ms for s in segments) / 1000
        path_s = probe(alone / "out/en/ep001.mp4").duration_ms / 1000
        ran = {stage["stage"]: len(stage["ran"]) for stage in json.loads(report)["stages"]
               if stage["ran"]}
    print(f"graph: {len(segments)} segments, {picture:.1f} s of picture; longest path "
          f"{' → '.join(groups['longest'])}: {path_s:.1f} s")
    print(f"render, whole graph:        {graph_s:6.1f} s wall  {graph_cpu:6.1f} s CPU")
    print(f"render, longest path alone: {alone_s:6.1f} s wall  {alone_cpu:6.1f} s CPU")
    print(f"ratio graph / path: {graph_s / alone_s:.2f} wall, {graph_cpu / alone_cpu:.2f} CPU "
          f"(goal ≤ 1.6); the graph has {picture / path_s:.2f}× the path's picture")
    print(f"CPU per second of picture: graph {graph_cpu / picture:.2f} s, "
          f"path {alone_cpu / path_s:.2f} s (what branching costs beyond its extra picture)")
    print("graph build ran: " + ", ".join(f"{k} {v}" for k, v in ran.items()))


if __name__ == "__main__":
    main()
