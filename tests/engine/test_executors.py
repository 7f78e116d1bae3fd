"""The builder runs items only through its Executors: another executor is one class."""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from microdrama.engine.builder import Builder
from microdrama.engine.executors import Executor, Kind, LocalExecutors, ResidentExecutors
from tests.engine.test_builder import toy_project
from tests.engine.toy_stages import Upper


class Recording:
    """An executor family that runs in threads and writes down what it was given."""

    def __init__(self) -> None:
        self.opened: list[tuple[Kind, int]] = []
        self.items: list[str] = []

    def open(self, kind: Kind, workers: int) -> Executor:
        self.opened.append((kind, workers))
        pool = ThreadPoolExecutor(max_workers=workers)
        items = self.items

        class Wrapped:
            def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]:
                items.append(args[1].item)  # (run, work, halt)
                return pool.submit(fn, *args)

            def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
                pool.shutdown(wait=wait, cancel_futures=cancel_futures)

        return Wrapped()


def test_a_custom_executor_runs_every_item_and_the_results_are_published(project_dir: Path) -> None:
    ctx = toy_project(project_dir, count=3)
    executors = Recording()
    builder = Builder(ctx, [Upper()], jobs=2, executors=executors)
    try:
        [report] = builder.build()
    finally:
        builder.close()
    assert sorted(report.ran) == ["item0", "item1", "item2"]
    assert executors.opened == [("thread", 2)] and sorted(executors.items) == sorted(report.ran)
    assert (project_dir / "out" / "item1.txt").read_text("utf-8") == "TEXT 1"


def test_local_executors_open_threads_or_processes() -> None:
    threads, processes = LocalExecutors().open("thread", 1), LocalExecutors().open("process", 1)
    try:
        assert threads.submit(sum, [1, 2]).result() == 3
        assert processes.submit(sum, [3, 4]).result() == 7
    finally:
        threads.shutdown()
        processes.shutdown()


def _pid(_: int) -> int:
    time.sleep(0.05)  # long enough that both workers take items
    return os.getpid()


def _die() -> None:
    os._exit(3)


def test_resident_executors_keep_their_workers_from_wave_to_wave() -> None:
    resident = ResidentExecutors()
    try:
        first = resident.open("process", 2)
        pids = {f.result() for f in [first.submit(_pid, i) for i in range(6)]}
        first.shutdown(wait=True)  # the wave ends; the workers stay
        second = resident.open("process", 1)
        assert {f.result() for f in [second.submit(_pid, i) for i in range(6)]} <= pids
        second.shutdown(wait=True)
        lent = resident.open("thread", 1)
        slow = [lent.submit(time.sleep, 0.2) for _ in range(5)]
        lent.shutdown(wait=True, cancel_futures=True)  # cancels this wave's queue only
        assert sum(f.cancelled() for f in slow) >= 3
        assert resident.open("thread", 1).submit(sum, [1, 2]).result() == 3

        broken = resident.open("process", 2)
        with pytest.raises(BrokenProcessPool):
            broken.submit(_die).result()
        again = resident.open("process", 2)  # the dead pool is replaced
        assert again.submit(sum, [3, 4]).result() == 7
        assert again.submit(_pid, 0).result() not in pids
    finally:
        resident.close()


def _mark(folder: str) -> None:
    Path(folder, str(os.getpid())).write_text("warm", "utf-8")


def test_resident_executors_prestart_warms_every_worker_once(tmp_path: Path) -> None:
    resident = ResidentExecutors()
    try:
        resident.prestart(2, functools.partial(_mark, str(tmp_path)), seconds=0.2)
        warmed = {int(p.name) for p in tmp_path.iterdir()}
        assert len(warmed) == 2  # each worker ran it, once
        lent = resident.open("process", 2)  # the items then run in those workers
        assert {f.result() for f in [lent.submit(_pid, i) for i in range(4)]} <= warmed
    finally:
        resident.close()
