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
from concurrent.futures import wait as futures_wait
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


class ResidentExecutors:
    """Pools kept open from one wave to the next and from one build to the next, for a
    process that builds again and again (``microdrama watch``, decision 0038).

    Each ``open`` lends the pool of its kind (created, or grown, when it has fewer
    workers than asked); the lender's ``shutdown`` waits for (or cancels) only the
    futures it submitted, and the workers live on — already forked, their memory already
    mapped — until ``close``. A pool whose worker died is replaced at the next ``open``.
    Items read nothing but their Work (``Stage.run``), so a worker's past does not reach
    its results; x264's own dependence on old memory is cut by ``encode``'s zeroed
    allocations (decision 0023)."""

    def __init__(self) -> None:
        self._pools: dict[Kind, tuple[ProcessPoolExecutor | ThreadPoolExecutor, int]] = {}

    def open(self, kind: Kind, workers: int) -> Executor:
        pool, size = self._pools.get(kind, (None, 0))
        if pool is None or size < workers or getattr(pool, "_broken", False):
            if pool is not None:
                pool.shutdown(wait=True)
            size = max(workers, size)
            pool = (ProcessPoolExecutor(max_workers=size, initializer=_resident_worker)
                    if kind == "process" else ThreadPoolExecutor(max_workers=size))
            self._pools[kind] = (pool, size)
        return _Lent(pool)

    def prestart(self, workers: int, warm: Callable[[], None], seconds: float = 0.3) -> None:
        """Fork the process pool's ``workers`` now and run ``warm`` once in each (every
        call is held ``seconds`` at least, so each idle worker takes one)."""
        lent = self.open("process", workers)
        futures = [lent.submit(_held, warm, seconds) for _ in range(workers)]
        lent.shutdown(wait=True)
        for future in futures:
            future.result()  # a warm-up that failed says so, as an item would

    def close(self) -> None:
        """Shut every pool down (its workers end)."""
        for pool, _ in self._pools.values():
            pool.shutdown(wait=True, cancel_futures=True)
        self._pools.clear()


def _held(call: Callable[[], None], seconds: float) -> None:
    started = time.perf_counter()
    call()
    time.sleep(max(0.0, seconds - (time.perf_counter() - started)))


def _resident_worker() -> None:
    """A resident pool's worker: it dies with the watch, and leaves Ctrl-C to it (the
    watch then shuts the pool down; idle workers would otherwise each print a traceback)."""
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Lent:
    """A resident pool as one wave sees it: its shutdown ends the wave, not the pool."""

    def __init__(self, pool: ProcessPoolExecutor | ThreadPoolExecutor) -> None:
        self.pool = pool
        self.futures: list[Future[Any]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]:
        future = self.pool.submit(fn, *args)
        self.futures.append(future)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if cancel_futures:
            for future in self.futures:
                future.cancel()
        if wait:
            futures_wait(self.futures)


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
