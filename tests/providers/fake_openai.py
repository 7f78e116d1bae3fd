"""A fake OpenAI-compatible server on 127.0.0.1, for testing adapters over real sockets.

It speaks ``POST /v1/chat/completions`` and answers from a queue of scripted
behaviours, recording every request::

    with FakeOpenAI() as fake:
        fake.error(429, retry_after="2")
        fake.ok('{"title": "Heiress"}', usage=(12, 5))
        ...  # point a client at fake.base_url
        assert fake.requests[1].json["model"] == "deepseek-chat"

Each behaviour answers ``times`` requests (None: every request from then on). An
empty queue answers 500 "no scripted reply", so a test that calls more than it
scripted fails loudly.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BASE_PATH = "/v1"


@dataclass
class Behaviour:
    """One scripted way to answer."""

    kind: str  # ok | error | hang | garbage | truncated
    content: str = ""
    status: int = 200
    message: str = ""
    retry_after: str | None = None
    usage: tuple[int, int] | None = (10, 5)
    delay: float = 0.0
    echo_auth: bool = False
    times: int | None = 1


@dataclass
class Recorded:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    json: Any = field(default=None)


class FakeOpenAI:
    """The fake server. Use as a context manager, or call start() and stop()."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._queue: deque[Behaviour] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    # --- lifecycle ------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL (ends in /v1)."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}{BASE_PATH}"

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes hanging handlers
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- scripting ------------------------------------------------------------------

    def ok(
        self,
        content: str,
        *,
        usage: tuple[int, int] | None = (10, 5),
        delay: float = 0.0,
        times: int | None = 1,
    ) -> None:
        """Answer 200 with ``content`` as choices[0].message.content, after ``delay`` s."""
        self._push(Behaviour("ok", content=content, usage=usage, delay=delay, times=times))

    def error(
        self,
        status: int,
        message: str = "scripted failure",
        *,
        retry_after: str | None = None,
        echo_auth: bool = False,
        times: int | None = 1,
    ) -> None:
        """Answer ``status`` with an OpenAI-style error body (optionally echoing the key)."""
        self._push(
            Behaviour(
                "error",
                status=status,
                message=message,
                retry_after=retry_after,
                echo_auth=echo_auth,
                times=times,
            )
        )

    def hang(self, seconds: float = 5.0, *, times: int | None = 1) -> None:
        """Say nothing for ``seconds`` (longer than the client timeout), then hang up."""
        self._push(Behaviour("hang", delay=seconds, times=times))

    def garbage(self, body: str = '{"choices": [{"message": ', *, times: int | None = 1) -> None:
        """Answer 200 with a body that is not JSON."""
        self._push(Behaviour("garbage", content=body, times=times))

    def truncated(self, *, times: int | None = 1) -> None:
        """Promise a longer body than is sent, then close the connection."""
        self._push(Behaviour("truncated", times=times))

    def _push(self, behaviour: Behaviour) -> None:
        with self._lock:
            self._queue.append(behaviour)

    def _next(self) -> Behaviour | None:
        with self._lock:
            if not self._queue:
                return None
            behaviour = self._queue[0]
            if behaviour.times is not None:
                behaviour.times -= 1
                if behaviour.times <= 0:
                    self._queue.popleft()
            return behaviour


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeOpenAI

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients that gave up (timeouts) cause broken pipes; they are expected."""


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""

    def do_POST(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        try:
            parsed = json.loads(raw)
        except ValueError:
            parsed = None
        headers = {name.lower(): value for name, value in self.headers.items()}
        with fake._lock:
            fake.requests.append(Recorded("POST", self.path, headers, raw, parsed))
            fake.in_flight += 1
            fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
        try:
            self._answer(fake, headers, parsed)
        finally:
            with fake._lock:
                fake.in_flight -= 1

    def _answer(self, fake: FakeOpenAI, headers: dict[str, str], request: Any) -> None:
        if self.path != f"{BASE_PATH}/chat/completions":
            self._send_json(404, {"error": {"message": f"no route {self.path}"}})
            return
        behaviour = fake._next()
        if behaviour is None:
            self._send_json(500, {"error": {"message": "fake server: no scripted reply"}})
            return
        if behaviour.kind == "hang":
            fake._stopping.wait(behaviour.delay)
            self.close_connection = True
            return
        if behaviour.delay:
            fake._stopping.wait(behaviour.delay)
        if behaviour.kind == "ok":
            body: dict[str, Any] = {
                "id": "chatcmpl-fake",
                "object": "chat.completion",
                "model": (request or {}).get("model", "unknown"),
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": behaviour.content},
                    }
                ],
            }
            if behaviour.usage is not None:
                prompt, completion = behaviour.usage
                body["usage"] = {
                    "prompt_tokens": prompt,
                    "completion_tokens": completion,
                    "total_tokens": prompt + completion,
                }
            self._send_json(200, body)
        elif behaviour.kind == "error":
            message = behaviour.message
            if behaviour.echo_auth:
                message += f" (you sent {headers.get('authorization', 'nothing')})"
            extra = {"Retry-After": behaviour.retry_after} if behaviour.retry_after else {}
            self._send_json(
                behaviour.status, {"error": {"message": message, "type": "fake"}}, extra
            )
        elif behaviour.kind == "garbage":
            self._send(200, behaviour.content.encode(), "application/json")
        elif behaviour.kind == "truncated":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            self.wfile.write(b'{"choices": [')
            self.wfile.flush()
            self.close_connection = True
        else:  # pragma: no cover - a typo in a test script
            raise ValueError(f"unknown behaviour {behaviour.kind!r}")

    def _send_json(self, status: int, payload: Any, extra: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json", extra)

    def _send(
        self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
