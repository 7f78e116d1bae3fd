"""Turn a built offline one-episode project into an interactive one, by hand (as an
author would, until the branching writer lands): the two scenes of the 30-s episode are
split at their middle beat into four segments, and the script gains choices, state, a
flag and two endings.

    sc01 ─┬─ "Confront her" ─────────► sc02 ─┬─ "Leave"  ──► sc03 (ending: Alone, bad)
          └─ "Walk away" (default) ──► sc03  └─ "Expose Ivy" (default, 2-s window)
                                                          ──► sc04 (ending: Exposed, good)
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml


def make_branching(root: Path, *, window_ms: int = 2000) -> dict[str, str]:
    """Rewrite ``root``'s episodes/ep001.yaml into the graph above; return the roles of
    its segment ids (start, confront, alone, exposed)."""
    path = root / "episodes/ep001.yaml"
    script: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
    first, second = script["scenes"][0], script["scenes"][1]
    assert len(first["beats"]) >= 2 and len(second["beats"]) >= 2, "needs two beats a scene"

    def split(scene: dict[str, Any], new_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
        half = len(scene["beats"]) // 2
        head, tail = copy.deepcopy(scene), copy.deepcopy(scene)
        head["beats"], tail["beats"] = scene["beats"][:half], scene["beats"][half:]
        tail["id"] = new_id
        return head, tail

    start, alone = split(first, "ep001-sc03")
    confront, exposed = split(second, "ep001-sc04")
    ids = {"start": start["id"], "confront": confront["id"], "alone": alone["id"],
           "exposed": exposed["id"]}
    script["state"] = {"courage": 0}
    script["flags"] = {"exposed_once": False}
    start["choices"] = [
        {"label": "Confront her", "goto": ids["confront"], "effects": ["courage += 1"]},
        {"label": "Walk away", "goto": ids["alone"], "default": True}]
    confront["window_ms"] = window_ms
    confront["choices"] = [
        {"label": "Leave", "goto": ids["alone"]},
        {"label": "Expose Ivy", "goto": ids["exposed"], "condition": "courage >= 1",
         "effects": ["exposed_once = true"], "default": True}]
    alone["ending"] = {"title": "Alone", "kind": "bad"}
    exposed["ending"] = {"title": "Exposed", "kind": "good"}
    # Storyboard order: the shots of sc01's beats, then sc02's — the scenes keep it.
    script["scenes"] = [start, alone, confront, exposed]
    path.write_text(yaml.safe_dump(script, allow_unicode=True, sort_keys=False), "utf-8")
    return ids
