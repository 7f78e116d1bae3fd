"""The builder runs items only through its Executors: another executor is one class."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from microdrama.engine.builder import Builder
from microdrama.engine.executors import Executor, Kind, LocalExecutors
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
