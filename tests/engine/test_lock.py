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
