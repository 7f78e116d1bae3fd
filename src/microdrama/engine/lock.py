"""One build of a project at a time.

Two builds at once would both run (and pay for) every item and both write the owned
files. A build holds ``.microdrama/build.lock``, a small JSON note of who holds it (pid,
host, start time, command), created atomically with ``O_EXCL``. A second build refuses
with that note; a lock whose process is gone (a build killed with -9) is stale and is
taken over.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from microdrama.errors import ProjectBusyError

LOCK_FILE = "build.lock"


def _alive(pid: int) -> bool:
    """True when a process with ``pid`` exists on this machine."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def holder(path: Path) -> dict[str, Any] | None:
    """Who holds the lock at ``path`` (None when nobody, or the note is unreadable)."""
    try:
        note = json.loads(path.read_text("utf-8"))
    except (FileNotFoundError, ValueError, OSError):
        return None
    return note if isinstance(note, dict) else None


def _stale(note: dict[str, Any] | None) -> bool:
    if note is None:
        return True
    if note.get("host") != socket.gethostname():
        return False  # another machine's build: we cannot tell, so we do not take it
    return not _alive(int(note.get("pid", 0)))


@contextmanager
def project_lock(cache_dir: Path, command: str) -> Iterator[None]:
    """Hold the project's build lock for the block; ProjectBusyError if another live
    build holds it."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / LOCK_FILE
    note = {"pid": os.getpid(), "host": socket.gethostname(), "command": command,
            "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    # The lock appears under its name already holding its owner (written to a private
    # file, then hard-linked into place, which fails if it exists): a second build never
    # reads a half-written lock, takes it for stale and builds alongside.
    draft = cache_dir / f"{LOCK_FILE}.{os.getpid()}.{time.monotonic_ns()}"
    draft.write_text(json.dumps(note), "utf-8")
    try:
        _take(path, draft)
    finally:
        draft.unlink(missing_ok=True)
    try:
        yield
    finally:
        if (holder(path) or {}).get("pid") == os.getpid():
            path.unlink(missing_ok=True)


def _take(path: Path, draft: Path) -> None:
    """Link ``draft`` into place as the lock, taking over a stale one; ProjectBusyError
    if a live build holds it."""
    for _ in range(3):
        try:
            os.link(draft, path)
        except FileExistsError:
            current = holder(path)
            if not _stale(current):
                assert current is not None
                raise ProjectBusyError(
                    f"another build holds this project (pid {current.get('pid')} on "
                    f"{current.get('host')}, `{current.get('command')}` since "
                    f"{current.get('started')})",
                    file=path,
                    fix="wait for it to finish, or stop that process; a lock left by a "
                    "killed build is taken over by the next build",
                ) from None
            path.unlink(missing_ok=True)  # stale: its process is gone
            continue
        return
    raise ProjectBusyError("could not take the project's build lock", file=path,
                           fix="try again")
