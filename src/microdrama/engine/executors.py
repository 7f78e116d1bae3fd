"""Where items run: the Executor protocol and the local executors (threads, processes).

The builder hands a wave of items to an executor and reads their results as they
finish; it never names a pool itself. ``LocalExecutors`` runs them in this machine's
threads or processes; another executor (a cluster's) only has to implement
``Executors.open`` and return something with ``submit`` and ``shutdown``, the shape of
``concurrent.futures.Executor``.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any, Literal, Protocol

from microdrama.engine.contract import Produced, Work
from microdrama.errors import ProviderError

#: How a stage's items want to run: "thread" (light or I/O-bound) or "process" (CPU).
Kind = Literal["thread", "process"]


class Executor(Protocol):
    """What the builder needs of a pool: submit a call, get a future; shut down."""

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]: ...

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None: ...


class Executors(Protocol):
    """Opens the pool a wave of items runs in."""

    def open(self, kind: Kind, workers: int) -> Executor: ...


class LocalExecutors:
    """This machine: a thread pool, or a process pool whose workers die with the build."""

    def open(self, kind: Kind, workers: int) -> Executor:
        if kind == "process":
            return ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent)
        return ThreadPoolExecutor(max_workers=workers)


#: prctl option: the signal a process gets when its parent dies (linux/prctl.h).
PR_SET_PDEATHSIG = 1


def refused(error: BaseException) -> bool:
    """True for a provider's 'your key is not accepted' (HTTP 401/403): every other item
    sent with that key would be refused the same way."""
    return isinstance(error, ProviderError) and error.status in (401, 403)


def die_with_parent() -> None:
    """In a worker process: be killed when the build that started it dies, even by
    kill -9 (Linux's parent-death signal), so no worker outlives its build."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the signal was asked for
        os._exit(1)



class Halted(Exception):
    """An item not started because a sibling's key was refused (it runs next build).

    An internal signal, not an error: the builder catches it for each item of the wave
    and reports the item as blocked (the user sees the sibling's failure instead): it
    never reaches the user."""


def timed(run: Callable[[Work], Produced], work: Work,
           halt: str | None = None) -> tuple[Produced, float]:
    """Run one item and measure it where it runs (in the worker, not the queue).

    ``halt`` names a marker file shared by the items of a wave (threads or processes):
    an item whose provider refuses the key creates it at once, and items that have not
    begun yet do not begin."""
    if halt is not None and os.path.exists(halt):
        raise Halted(work.item)
    started = time.perf_counter()
    try:
        produced = run(work)
    except Exception as error:
        if halt is not None and refused(error):
            with open(halt, "a", encoding="utf-8"):
                pass
        raise
    return produced, time.perf_counter() - started
