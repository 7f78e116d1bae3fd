"""``watch_project`` and ``microdrama watch``: a resident build that rebuilds on each save."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from microdrama.app import BuildFailed, BuildRequest, Rebuilt, WatchEvent, watch_project
from microdrama.app.watch import _next_change, changed_files, source_stamps
from microdrama.formats.yamlio import parse_yaml

#: The 4-episode offline project test_cli.py builds through the review (a shared template).
NEW = ["--idea", "a maid's daughter is the real heiress", "--lang", "en", "--episodes", "4"]


@pytest.fixture
def built(built_project: Callable[..., Path]) -> Path:
    return built_project(NEW, ["--until", "check"])


@pytest.fixture
def watching(built: Path) -> Iterator[tuple[Path, queue.Queue[WatchEvent]]]:
    """``watch_project`` over ``built`` (through the review) in a thread; its events."""
    events: queue.Queue[WatchEvent] = queue.Queue()
    stop = threading.Event()
    thread = threading.Thread(target=watch_project, daemon=True, kwargs={
        "request": BuildRequest(directory=built, until="check", command="watch"),
        "on_build": events.put, "stop": stop, "poll_seconds": 0.02})
    thread.start()
    try:
        yield built, events
    finally:
        stop.set()
        thread.join(timeout=30)
        assert not thread.is_alive(), "the watch did not stop when asked"


def ran(event: WatchEvent) -> dict[str, list[str]]:
    assert isinstance(event, Rebuilt), event
    return {r.stage: r.ran for r in event.result.reports if r.ran}


def test_each_save_is_built_once_a_broken_file_is_reported_and_the_fix_builds(
        watching: tuple[Path, queue.Queue[WatchEvent]]) -> None:
    root, events = watching
    first = events.get(timeout=60)
    assert ran(first) == {} and first.changed == ()  # built already: nothing to do

    script = root / "episodes/ep003.yaml"
    text = script.read_text("utf-8")
    line = parse_yaml(text, script)["scenes"][0]["beats"][1]["lines"][0]["text"]
    edited = text.replace(line, line + " Tonight", 1)
    script.write_text(edited, "utf-8")
    event = events.get(timeout=60)
    assert event.changed == ("episodes/ep003.yaml",)
    # Its review, nothing else (the next episode's review reads what it settled: unchanged).
    assert ran(event) == {"check": ["ep003"]}

    script.write_text(edited.replace("scenes:", "scenes: [", 1), "utf-8")
    failed = events.get(timeout=60)
    assert isinstance(failed, BuildFailed) and failed.changed == ("episodes/ep003.yaml",)
    assert "ep003.yaml" in str(failed.error) and failed.error.exit_code == 2

    script.write_text(edited, "utf-8")  # fixed: the reviews of that text are in the cache
    fixed = events.get(timeout=60)
    assert isinstance(fixed, Rebuilt) and fixed.changed == ("episodes/ep003.yaml",)
    assert {r.stage for r in fixed.result.reports if r.failed} == set()

    # What builds write and editors' temporary files start nothing.
    (root / "out/notes.txt").write_text("x", "utf-8")
    (root / "episodes/.ep003.yaml.swp").write_text("x", "utf-8")
    (root / "episodes/ep003.yaml~").write_text("x", "utf-8")
    with pytest.raises(queue.Empty):
        events.get(timeout=0.5)


def test_a_change_made_during_a_build_is_built_next(built: Path) -> None:
    seen = source_stamps(built)  # as the watch looks before a build starts
    (built / "episodes/ep002.yaml").write_text(
        (built / "episodes/ep002.yaml").read_text("utf-8") + "\n", "utf-8")
    stop = threading.Event()
    # Saved while the build ran: the next look finds it at once, without a poll.
    assert _next_change(built, seen, stop, poll_seconds=60, settle_seconds=0.01) == (
        "episodes/ep002.yaml",)


def test_what_is_watched(tmp_path: Path) -> None:
    for name in ["drama.toml", "episodes/ep001.yaml", "packs/craft/en.toml", "out/en/ep001.mp4",
                 ".microdrama/runlog.sqlite", "episodes/.#ep001.yaml", "episodes/ep001.yaml.tmp",
                 "episodes/#ep001.yaml#", "assets/out/logo.png"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", "utf-8")
    stamps = source_stamps(tmp_path)
    assert sorted(stamps) == ["assets/out/logo.png", "drama.toml", "episodes/ep001.yaml",
                              "packs/craft/en.toml"]
    (tmp_path / "drama.toml").unlink()
    (tmp_path / "series.yaml").write_text("y", "utf-8")
    assert changed_files(stamps, source_stamps(tmp_path)) == ("drama.toml", "series.yaml")


def test_the_command_prints_a_line_per_build_and_ctrl_c_ends_it(built: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "microdrama.cli", "watch", str(built), "--until", "check",
         "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "MICRODRAMA_NO_COLOR": "1"})
    try:
        assert process.stdout is not None
        report = json.loads(process.stdout.readline())
        assert report["ok"] and report["changed"] == []
        assert {s["stage"] for s in report["stages"]} >= {"script", "check"}
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert "stopped watching" in err
    assert "Traceback" not in err  # idle resident workers leave Ctrl-C to the watch


def test_warming_the_review_loads_jieba_only_for_chinese() -> None:
    probe = ("import sys, jieba; from microdrama.review.lexicon import warm; warm('{}'); "
             "print(jieba.dt.initialized)")
    for language, initialized in [("zh", "True"), ("en", "False")]:
        done = subprocess.run([sys.executable, "-c", probe.format(language)], check=True,
                              capture_output=True, text=True)
        assert done.stdout.strip() == initialized


def test_a_folder_that_is_no_project_is_an_error_not_a_wait(tmp_path: Path) -> None:
    from microdrama.app import InputError
    from microdrama.cli import main

    with pytest.raises(InputError, match="no drama.toml"):
        watch_project(BuildRequest(directory=tmp_path / "typo"), lambda event: None,
                      threading.Event())
    assert main(["watch", str(tmp_path / "typo")]) == 2


def test_warming_a_worker_runs_the_shot_and_mix_encoders_and_writes_nothing(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from microdrama.app.watch import warm_workers

    monkeypatch.chdir(tmp_path)
    warm_workers(None)  # every stage's warm_worker, as a resident worker runs them
    assert list(tmp_path.iterdir()) == []
