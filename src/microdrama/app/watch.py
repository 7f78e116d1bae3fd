"""Watch a project: build it, then rebuild it whenever one of its files changes.

One resident process keeps what a build would load again each time it starts: the
interpreter and its imports, the project's file hashes, and what the stages load on
their first item (``Stage.warm``: jieba's dictionary for the zh script doctor). Its
worker pools stay open from build to build (``ResidentExecutors``), forked once the
stages are warm and then warmed themselves (``Stage.warm_worker``: a second through the
shot encoder, ten through the mix's), so even the first edit's items run in workers
that have worked. An edit
then costs what it changes and little else (decision 0038).

What is watched: every file of the project folder but its outputs (``out/``), the
build's own state (``.microdrama/``), hidden files and editors' temporary files. A
change is built once the folder has held still for ``settle_seconds`` (an editor that
saves in several writes is built once). A build also writes into the folder (a new
episode's script, a storyboard): whatever changed during a build is built again at
once, so an edit saved while a build ran is never lost, and a build that only wrote
its own files is followed by one that finds nothing to do.

A build that fails on the user's input (a YAML error, a missing key) is reported and
the watch goes on: fixing the file builds again. Nothing here prints.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from microdrama.app.build import BuildRequest, BuildResult, OnEvent, build_project
from microdrama.app.options import build_locales
from microdrama.engine.context import BuildContext
from microdrama.engine.executors import ResidentExecutors
from microdrama.errors import DramaError
from microdrama.project.folder import SETTINGS_FILE, Project
from microdrama.stages import pipeline

#: Top-level folders of a project that hold what builds make, never what people edit.
OUTPUT_FOLDERS = frozenset({"out"})
#: Endings of the temporary files editors and tools write beside the real one.
TEMPORARY_ENDINGS = (".tmp", ".swp", ".swx", ".part", "~")

#: A file's stamp: modification and change times (ns), size and inode.
Stamp = tuple[int, int, int, int]


@dataclass(frozen=True)
class Rebuilt:
    """A build ran to its end; ``changed`` are the files that started it (none the first time)."""

    result: BuildResult
    changed: tuple[str, ...]


@dataclass(frozen=True)
class BuildFailed:
    """A build stopped on an error the user can fix; the watch goes on."""

    error: DramaError
    changed: tuple[str, ...]


#: What a watch tells its caller after each build.
WatchEvent = Rebuilt | BuildFailed


def source_stamps(root: Path) -> dict[str, Stamp]:
    """Each watched file of the project (path relative to ``root``, with ``/``) → its stamp."""
    stamps: dict[str, Stamp] = {}
    pending = [(root, "")]
    while pending:
        folder, prefix = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            name = entry.name
            if name.startswith((".", "#")) or name.endswith(TEMPORARY_ENDINGS):
                continue
            relative = prefix + name
            try:
                if entry.is_dir(follow_symlinks=False):
                    if not (prefix == "" and name in OUTPUT_FOLDERS):
                        pending.append((Path(entry.path), relative + "/"))
                    continue
                info = entry.stat()
            except FileNotFoundError:  # removed while we looked
                continue
            stamps[relative] = (info.st_mtime_ns, info.st_ctime_ns, info.st_size, info.st_ino)
    return stamps


def changed_files(before: dict[str, Stamp], after: dict[str, Stamp]) -> tuple[str, ...]:
    """Files added, removed or changed between two stamp sets, sorted."""
    return tuple(sorted(name for name in before.keys() | after.keys()
                        if before.get(name) != after.get(name)))


def warm_stages(request: BuildRequest) -> None:
    """Let each stage of the request's pipeline load what its first item would (``Stage.warm``)."""
    project = Project.open(request.directory)
    ctx = BuildContext(project, locales=build_locales(request.locale, project.settings))
    for stage in pipeline(request.until):
        stage.warm(ctx)


def warm_workers(until: str | None) -> None:
    """In a worker: each stage of the pipeline warms it (``Stage.warm_worker``)."""
    for stage in pipeline(until):
        stage.warm_worker()


def watch_project(request: BuildRequest, on_build: Callable[[WatchEvent], None],
                  stop: threading.Event, *, on_event: OnEvent | None = None,
                  poll_seconds: float = 0.03, settle_seconds: float = 0.03) -> None:
    """Build ``request``, then again after each change of the project's files, until
    ``stop`` is set. Errors the user can fix reach ``on_build`` as ``BuildFailed``;
    others (a full disk, a bug) end the watch as they would end a build, and so does a
    folder that is no project (raised before anything is built)."""
    if not (request.directory / SETTINGS_FILE).is_file():  # a typo, not an edit to wait for
        Project.open(request.directory)  # raises the error `build` gives (exit 2)
    changed: tuple[str, ...] = ()
    warmed = False
    executors = ResidentExecutors()
    try:
        while not stop.is_set():
            before = source_stamps(request.directory)
            try:
                result = build_project(request, on_event, executors=executors)
            except DramaError as error:
                on_build(BuildFailed(error, changed))
            else:
                if not warmed:
                    warm_stages(request)
                    executors.close()  # the next workers are forked warm …
                    executors.prestart(max(1, request.jobs),  # … and have run once
                                       partial(warm_workers, request.until))
                    warmed = True
                on_build(Rebuilt(result, changed))
            changed = _next_change(request.directory, before, stop, poll_seconds,
                                   settle_seconds)
    finally:
        executors.close()


def _next_change(root: Path, seen: dict[str, Stamp], stop: threading.Event,
                 poll_seconds: float, settle_seconds: float) -> tuple[str, ...]:
    """Wait until the folder differs from ``seen`` and then holds still; what changed.
    Returns at once when it differs already (a build wrote, or someone saved meanwhile)."""
    now = source_stamps(root)
    while now == seen:
        if stop.wait(poll_seconds):
            return ()
        now = source_stamps(root)
    while True:  # settled: two looks ``settle_seconds`` apart agree
        if stop.wait(settle_seconds):
            return ()
        later = source_stamps(root)
        if later == now:
            return changed_files(seen, now)
        now = later
