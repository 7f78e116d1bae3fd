"""One build of a project at a time; a killed build's lock is taken over."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from microdrama.cli import main
from microdrama.engine.lock import LOCK_FILE, project_lock
from microdrama.errors import ProjectBusyError


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    root = tmp_path / "drama"
    assert main(["new", str(root), "--idea", "a maid's daughter is the real heiress",
                 "--lang", "en", "--episodes", "3"]) == 0
    capsys.readouterr()
    return root


def test_a_second_build_refuses_and_says_who_holds_the_project(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cache = project / ".microdrama"
    with project_lock(cache, "build (held by the test)"):
        assert main(["build", str(project), "--until", "script"]) == ProjectBusyError.exit_code
        err = capsys.readouterr().err
        assert "another build holds this project" in err and "held by the test" in err
        assert "Fix:" in err and "Traceback" not in err
        assert not (project / "series.yaml").exists()  # nothing ran, nothing written
    assert not (cache / LOCK_FILE).exists()  # released
    assert main(["build", str(project), "--until", "bible"]) == 0


def test_a_killed_builds_lock_is_taken_over(project: Path) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # its pid now names no process
    cache = project / ".microdrama"
    cache.mkdir(exist_ok=True)
    (cache / LOCK_FILE).write_text(json.dumps({"pid": gone.pid, "host": socket.gethostname(),
                                               "command": "build", "started": "earlier"}))
    assert main(["build", str(project), "--until", "bible"]) == 0
    assert not (cache / LOCK_FILE).exists()


def test_two_builds_at_once_build_each_item_once(project: Path) -> None:
    command = [sys.executable, "-m", "microdrama.cli", "build", str(project), "--until", "script"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    errors = [run.communicate(timeout=300)[1] for run in runs]
    codes = sorted(run.returncode for run in runs)
    assert codes in ([0, 0], [0, ProjectBusyError.exit_code]), errors
    assert not any("Traceback" in err for err in errors), errors
    db = sqlite3.connect(project / ".microdrama/runlog.sqlite")
    ran = db.execute("SELECT stage, item, count(*) FROM items WHERE outcome = 'ran' "
                     "GROUP BY stage, item").fetchall()
    db.close()
    assert ran and all(count == 1 for _, _, count in ran), ran


def test_a_killed_builds_run_is_marked_interrupted(project: Path) -> None:
    from microdrama.engine.runlog import RunLog

    log = RunLog(project / ".microdrama/runlog.sqlite")
    killed = log.start_run("build (killed with -9)")
    log.close()
    assert main(["build", str(project), "--until", "bible"]) == 0
    db = sqlite3.connect(project / ".microdrama/runlog.sqlite")
    status = dict(db.execute("SELECT id, status FROM runs").fetchall())
    db.close()
    assert status[killed] == "interrupted" and "running" not in status.values()


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        text = (task / "children").read_text() if (task / "children").exists() else ""
        found |= {int(c) for c in text.split()}
    return found


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_a_killed_builds_workers_die_with_it(project: Path) -> None:
    import os
    import signal
    import time

    build = subprocess.Popen([sys.executable, "-m", "microdrama.cli", "build", str(project),
                              "--until", "segment", "--jobs", "2"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and build.poll() is None:
        workers = {c for c in _children(build.pid) if Path(f"/proc/{c}").exists()}
        if len(workers) >= 2:
            break
        time.sleep(0.05)
    assert workers, "the build never started worker processes"
    os.kill(build.pid, signal.SIGKILL)
    build.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"  # a zombie has exited; it waits only to be reaped


def test_the_run_log_waits_out_a_wal_switch_refused_as_locked(tmp_path: Path) -> None:
    """Two builds opening a new run log together: SQLite may refuse one's switch to WAL
    with "database is locked" at once, without waiting out the busy timeout (seen in CI:
    the second build died instead of reporting the project busy). The log tries again."""
    from microdrama.engine.runlog import _use_wal

    class Refusing:
        def __init__(self, db: sqlite3.Connection, refusals: int) -> None:
            self.db, self.refusals = db, refusals

        def execute(self, sql: str) -> sqlite3.Cursor:
            if "journal_mode" in sql and self.refusals:
                self.refusals -= 1
                raise sqlite3.OperationalError("database is locked")
            return self.db.execute(sql)

    db = sqlite3.connect(tmp_path / "runlog.sqlite", isolation_level=None)
    _use_wal(Refusing(db, 3))  # type: ignore[arg-type]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
