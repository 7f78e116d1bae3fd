"""Sending one HTTP request to an AI service, with retries, backoff and a concurrency cap.

Every remote provider goes through :func:`send_with_retries`, so retry rules live in
one place:

- 408, 429 and 5xx answers and transport failures (connect errors, resets, timeouts)
  are retried with exponential backoff plus jitter; a ``Retry-After`` (seconds or an
  HTTP date) or ``retry-after-ms`` header replaces the computed delay, capped by
  ``max_delay``;
- except for a request that creates a *billable* job (an image, a voice line): after a
  failure that may have reached the server (a read timeout, a reset mid-answer) it is
  not sent again — the server may be doing, and charging for, the first one; the item
  fails and the next build asks again. Failures that never reached it (no connection)
  and answers the server gave (408, 429, 5xx) are retried as above;
- any other non-2xx answer fails at once;
- every failure becomes a :class:`~microdrama.errors.ProviderError` with provider,
  model, status and a truncated body.

Keys never leave this module in any message: header values that carry credentials
are scrubbed from error text and bodies, and logs name only method, URL and status.
"""

from __future__ import annotations

import asyncio
import contextvars
import email.utils
import logging
import random
import threading
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TypeVar

import httpx

from microdrama.errors import ProviderError

T = TypeVar("T")

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]

#: How much of a failed answer's body an error keeps.
BODY_LIMIT = 2000
_RETRYABLE_STATUS = frozenset({408, 429})
_SECRET_HEADERS = ("authorization", "api-key", "x-api-key", "proxy-authorization")


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try one request. Delays and timeout are in seconds."""

    max_attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0
    #: Each computed delay is scaled by a random factor in [1 - jitter, 1 + jitter].
    jitter: float = 0.2
    #: Per attempt, applied to connect, read, write and pool waits alike.
    timeout: float = 120.0

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if not 0 <= self.jitter <= 1:
            raise ValueError("jitter must be between 0 and 1")

    def backoff(self, attempt: int) -> float:
        """Delay before retrying after failed attempt number ``attempt`` (1-based)."""
        delay = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        delay *= 1 + random.uniform(-self.jitter, self.jitter)
        return max(0.0, min(self.max_delay, delay))


def retry_after(response: httpx.Response, *, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait, or None when it did not say (or said nonsense)."""
    millis = response.headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000)
        except ValueError:
            pass
    value = response.headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def secrets_of(request: httpx.Request) -> list[str]:
    """Credential strings carried by ``request``'s headers (whole values and bare tokens)."""
    found: list[str] = []
    for name in _SECRET_HEADERS:
        value = request.headers.get(name)
        if not value:
            continue
        found.append(value)
        scheme, _, token = value.partition(" ")
        if token and scheme.lower() in ("bearer", "basic", "token"):
            found.append(token)
    # Longest first, so a whole "Bearer sk-…" goes before its bare token.
    return sorted({s for s in found if len(s) >= 4}, key=len, reverse=True)


def redact(text: str, secrets: list[str]) -> str:
    """``text`` with every secret replaced by ``***``."""
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


def truncate(text: str, limit: int = BODY_LIMIT) -> str:
    """``text`` cut to ``limit`` characters, saying how much was dropped."""
    if len(text) <= limit:
        return text
    return text[:limit] + f"… [{len(text) - limit} more characters]"


def _retryable(status: int) -> bool:
    return status in _RETRYABLE_STATUS or status >= 500


class LoopSemaphores:
    """One asyncio.Semaphore of ``limit`` per event loop (asyncio primitives belong to one
    loop, and every build item runs its own)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._by_loop: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, asyncio.Semaphore
        ] = weakref.WeakKeyDictionary()

    def get(self) -> asyncio.Semaphore:
        """The running loop's semaphore."""
        loop = asyncio.get_running_loop()
        semaphore = self._by_loop.get(loop)
        if semaphore is None:
            semaphore = self._by_loop[loop] = asyncio.Semaphore(self.limit)
        return semaphore


@asynccontextmanager
async def http_client(injected: httpx.AsyncClient | None) -> AsyncIterator[httpx.AsyncClient]:
    """The injected client, or a fresh one for this call (safe across event loops)."""
    if injected is not None:
        yield injected
        return
    async with httpx.AsyncClient() as client:
        yield client


def process_slot(key: str, limit: int) -> threading.BoundedSemaphore:
    """The process-wide limiter of requests in flight to service ``key``."""
    with _SLOTS_LOCK:
        found = _SLOTS.get(key)
        if found is None or found[0] != limit:
            found = _SLOTS[key] = (limit, threading.BoundedSemaphore(max(1, limit)))
        return found[1]


_SLOTS: dict[str, tuple[int, threading.BoundedSemaphore]] = {}
#: How often a request waiting for a free slot looks again, in seconds.
SLOT_POLL_S = 0.01
_SLOTS_LOCK = threading.Lock()


class Stopped(Exception):
    """A request not sent because a sibling in :func:`gather_or_stop` failed first.

    An internal signal, not an error: gather_or_stop raises the sibling's failure in its
    place, so it never reaches the user."""


#: Set by gather_or_stop for the requests of its jobs: once it is set, they send no more.
_STOP: contextvars.ContextVar[asyncio.Event | None] = contextvars.ContextVar(
    "microdrama_stop", default=None)


def _check_stop() -> None:
    stop = _STOP.get()
    if stop is not None and stop.is_set():
        raise Stopped


async def gather_or_stop(jobs: Sequence[Callable[[], Awaitable[T]]]) -> list[T]:
    """Run ``jobs`` side by side; their results in order, or the first failure.

    When one fails, the others send nothing more: those waiting for a slot give up
    before sending, those in flight finish. None is cancelled mid-request — that would
    lose what it had already paid for, and a connection cancelled half-way leaves
    anyio's connect attempt never awaited.
    """
    stop = asyncio.Event()
    token = _STOP.set(stop)  # the tasks below copy this context

    async def run(job: Callable[[], Awaitable[T]]) -> T:
        try:
            return await job()
        except BaseException:
            stop.set()
            raise

    try:
        results = await asyncio.gather(*(run(job) for job in jobs), return_exceptions=True)
    finally:
        _STOP.reset(token)
    failures = [r for r in results if isinstance(r, BaseException)]
    first = next((f for f in failures if not isinstance(f, Stopped)), None)
    if first is not None:
        raise first
    if failures:
        raise failures[0]
    return results  # type: ignore[return-value]


async def _send_once(client: httpx.AsyncClient, request: httpx.Request,
                     semaphore: asyncio.Semaphore | None,
                     slot: threading.BoundedSemaphore | None) -> httpx.Response:
    if slot is not None:
        # Poll instead of blocking a thread: a cancelled task (a sibling failed in a
        # gather) must not leave a thread behind that takes the slot and never gives it back.
        while not slot.acquire(blocking=False):
            _check_stop()
            await asyncio.sleep(SLOT_POLL_S)
    try:
        if semaphore is None:
            _check_stop()
            return await client.send(request)
        async with semaphore:
            _check_stop()  # a sibling failed while this one waited: do not send
            return await client.send(request)
    finally:
        if slot is not None:
            slot.release()


#: Transport failures that happen before a request is sent: safe to retry even when the
#: request would create a billable job.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


async def send_with_retries(
    client: httpx.AsyncClient,
    request: httpx.Request,
    *,
    policy: RetryPolicy,
    provider: str,
    model: str | None,
    semaphore: asyncio.Semaphore | None = None,
    sleep: Sleep = asyncio.sleep,
    limit: tuple[str, int] | None = None,
    billable: bool = False,
) -> httpx.Response:
    """Send ``request`` until it succeeds (2xx) or the policy gives up; return the response.

    The semaphore is held only while a request is in flight, never while backing off,
    so one throttled call does not starve the others. ``limit`` = (service key, n) caps
    requests in flight to that service across every thread of the process (the
    builder runs items in threads, each with its own event loop). Raises ProviderError.
    """
    slot = process_slot(*limit) if limit else None
    secrets = secrets_of(request)
    request.extensions["timeout"] = httpx.Timeout(policy.timeout).as_dict()
    where = f"{request.method} {request.url.copy_with(query=None)}"
    last_problem = ""
    last_status: int | None = None
    last_body: str | None = None
    for attempt in range(1, policy.max_attempts + 1):
        wait: float | None = None
        try:
            response = await _send_once(client, request, semaphore, slot)
        except httpx.TransportError as exc:
            kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "transport error"
            last_problem = redact(f"{kind}: {type(exc).__name__} {exc}".strip(), secrets)
            last_status, last_body = None, None
            if billable and not isinstance(exc, NOT_SENT):
                raise ProviderError(
                    f"{where} {last_problem}; the request may have reached the server, so it "
                    "is not sent again (that could pay twice): build again to ask once more",
                    provider=provider, model=model,
                ) from None
        else:
            if response.is_success:
                return response
            body = truncate(redact(response.text, secrets))
            if not _retryable(response.status_code):
                raise ProviderError(
                    f"{where} answered HTTP {response.status_code}",
                    provider=provider,
                    model=model,
                    status=response.status_code,
                    body=body,
                )
            last_problem = f"HTTP {response.status_code}"
            last_status, last_body = response.status_code, body
            asked = retry_after(response)
            if asked is not None:
                wait = min(asked, policy.max_delay)
        if attempt == policy.max_attempts:
            break
        if wait is None:
            wait = policy.backoff(attempt)
        log.warning(
            "%s: %s (attempt %d of %d); retrying in %.2f s",
            where,
            last_problem,
            attempt,
            policy.max_attempts,
            wait,
        )
        await sleep(wait)
    raise ProviderError(
        f"{where} failed after {policy.max_attempts} attempt"
        f"{'s' if policy.max_attempts != 1 else ''}: {last_problem}",
        provider=provider,
        model=model,
        status=last_status,
        body=last_body,
    )
