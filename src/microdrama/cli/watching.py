"""A resident build: watch (decision 0038)."""

from __future__ import annotations

import json
import sys
import threading
import time
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

# Operations by attribute (ops.x): microdrama.app imports a module on first use, so
# a command loads only what it runs (see microdrama/app/__init__.py).
import microdrama.app as ops
from microdrama.app import STAGE_NAMES, BuildRequest
from microdrama.cli import (
    _command_line,
    _print_blocked,
    _print_review,
    _ProgressBars,
    _reports_json,
    app,
    err,
    out,
)


@app.command()
def watch(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(help="Project folder.")],
    episodes: Annotated[str | None, typer.Option(help="Episodes to build, e.g. 1-3,7.")] = None,
    until: Annotated[str | None, typer.Option(help=f"Stop after this stage ({', '.join(STAGE_NAMES)}).")] = None,
    jobs: Annotated[int, typer.Option(help="Items to run at once.")] = 2,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per build, one per line.")] = False,
    provider: Annotated[list[str] | None, typer.Option(help="Override a provider: CAPABILITY=ID.")] = None,
    budget: Annotated[float | None, typer.Option(help="Stop before the project's total spend passes this many USD.")] = None,
    locale: Annotated[str | None, typer.Option(help="Also build this locale (all: every [locales] target).")] = None,
) -> None:
    """Build a project, then rebuild it each time you save one of its files (Ctrl-C stops).

    One process stays up, so a rebuild pays only for what the edit changed.
    """
    request = BuildRequest(directory=directory, episodes=episodes, until=until, jobs=jobs,
                           providers=provider or [], budget=budget,
                           command=_command_line(ctx, "watch"), locale=locale)
    bars = _ProgressBars(transient=True)  # a build's bars go once it ends: a line says it

    def show(event: ops.WatchEvent) -> None:
        bars.stop()
        _print_watched(event, as_json)

    if not as_json:
        err.print(f"watching {directory}: save a file to rebuild; Ctrl-C stops", markup=False)
    try:
        ops.watch_project(request, show, threading.Event(), on_event=bars)
    except KeyboardInterrupt:
        bars.stop()
        err.print("stopped watching; finished items are kept")


def _print_watched(event: ops.WatchEvent, as_json: bool) -> None:
    """One build of a watch: a JSON line, or a line of what ran and the review."""
    changed = list(event.changed)
    if as_json:
        if isinstance(event, ops.Rebuilt):
            data = _reports_json(event.result.reports, event.result.seconds,
                                 event.result.setup_seconds)
            if event.result.review is not None:
                data["review"] = asdict(event.result.review)
            line = {"ok": True, "changed": changed, **data}
        else:
            line = {"ok": False, "changed": changed, "error": str(event.error),
                    "exit_code": event.error.exit_code}
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        return
    when = time.strftime("%H:%M:%S")
    cause = (f"{', '.join(changed[:3])}{' …' if len(changed) > 3 else ''} changed → "
             if changed else "")
    if isinstance(event, ops.BuildFailed):
        out.print(f"{when} {cause}not built: {event.error}", markup=False, soft_wrap=True)
        out.print("  fix it and save: the watch builds again", markup=False)
        return
    result = event.result
    ran = ", ".join(f"{r.stage} {len(r.ran)}" for r in result.reports if r.ran)
    out.print(f"{when} {cause}" + (f"ran {ran}" if ran else "up to date")
              + f" in {result.seconds:.2f} s", markup=False, soft_wrap=True)
    _print_blocked(result)
    if result.review is not None and ran:
        _print_review(result.review)
