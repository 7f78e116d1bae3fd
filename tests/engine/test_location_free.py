"""Work items are location-free: a stage's run() opens no project file but its inputs.

Every stage of the offline pipeline plans one item of a built project; the item is run
in this process under an audit hook that records every file opened (and every path
handed to a subprocess such as ffmpeg). Inside the project
folder, run() may open only the store's blobs (its declared inputs, by content hash):
nothing by path, so an executor on another machine can run the same Work with the
blobs it fetched.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked
from microdrama.engine.store import Store, with_inputs
from microdrama.project.folder import Project
from microdrama.stages import pipeline
from tests.conftest import EPISODE_EN

_OPENED: list[str] | None = None


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _OPENED is None:
        return
    if event == "open" and isinstance(args[0], str | bytes | Path):
        _OPENED.append(str(args[0] if not isinstance(args[0], bytes) else args[0].decode()))
    elif event == "subprocess.Popen":  # what ffmpeg is told to read counts too
        _OPENED.extend(str(a) for a in args[1] or () if "/" in str(a))


sys.addaudithook(_audit)  # hooks cannot be removed: it records only while _OPENED is a list


def opened_during(call: Callable[[], object]) -> list[str]:
    global _OPENED
    _OPENED = []
    try:
        call()
        return _OPENED
    finally:
        _OPENED = None


def test_no_stage_run_opens_a_project_path(built_project: Callable[..., Path]) -> None:
    root = built_project(EPISODE_EN, [])
    project = Project.open(root)
    ctx = BuildContext(project)
    store = Store(project.cache_dir / "store")
    blobs = (project.cache_dir / "store").resolve()
    checked = []
    for stage in pipeline():
        items = stage.items(ctx)
        if not items:
            continue
        try:
            work = stage.plan(ctx, items[-1])
        except Blocked:
            pytest.fail(f"{stage.name} {items[-1]} is blocked in a built project")
        ready = with_inputs(work, store, ctx.sources)
        paths = [(Path.cwd() / p).resolve()
                 for p in opened_during(lambda s=stage, w=ready: s.run(w))]
        inside = [p for p in paths
                  if p.is_relative_to(root.resolve()) and not p.is_relative_to(blobs)]
        assert not inside, f"{stage.name}.run opened {inside}"
        checked.append(stage.name)
    assert {"bible", "script", "panel", "voice", "segment", "mix", "episode"} <= set(checked)
