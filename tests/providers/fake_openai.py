"""A fake OpenAI-compatible server on 127.0.0.1, for testing adapters over real sockets.

It speaks ``POST /v1/chat/completions`` (and ``/v1/audio/speech``, answering real
WAVs; ``/v1/images/generations`` and multipart ``/v1/images/edits``, answering real
PNGs as ``b64_json`` or as a URL it serves itself) and answers from a queue of
scripted behaviours, recording every request::

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

import base64
import email.parser
import email.policy
import io
import json
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BASE_PATH = "/v1"


class Sleeps:
    """An injected sleep that records delays instead of waiting."""

    def __init__(self) -> None:
        self.seen: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.seen.append(seconds)


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
    #: For kind "ok": compute the reply text from the request body (a fake model).
    responder: Callable[[Any], str] | None = None


@dataclass
class Recorded:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    json: Any = field(default=None)


# --- images: real PNGs, multipart uploads ---------------------------------------------

IMAGE_ROUTES = (f"{BASE_PATH}/images/generations", f"{BASE_PATH}/images/edits")


@dataclass
class ImageBehaviour(Behaviour):
    """A scripted images answer (kind "image") or an images error with a code."""

    color: tuple[int, int, int] = (200, 40, 60)
    size: tuple[int, int] | None = None
    as_url: bool = False
    image_usage: bool = False
    code: str | None = None


@dataclass
class Upload:
    """One file part of a multipart request."""

    name: str
    filename: str
    content_type: str
    data: bytes


@dataclass
class Multipart:
    """A parsed multipart/form-data body: text fields and file parts, in order."""

    fields: dict[str, str]
    files: list[Upload]


def parse_multipart(content_type: str, body: bytes) -> Multipart:
    """Parse a multipart/form-data body (as a real server would) with the email parser."""
    if not content_type.startswith("multipart/form-data"):
        raise ValueError(f"not multipart/form-data: {content_type!r}")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise ValueError("the body has no parts")
    fields: dict[str, str] = {}
    files: list[Upload] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        filename = part.get_filename()
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        if filename is None:
            fields[str(name)] = data.decode("utf-8")
        else:
            files.append(Upload(str(name), filename, part.get_content_type(), data))
    return Multipart(fields, files)


def png(width: int, height: int, color: tuple[int, int, int]) -> bytes:
    """A real PNG of one colour, made with Pillow."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, "PNG")
    return out.getvalue()


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    if width.isdigit() and height.isdigit():
        return int(width), int(height)
    return 1024, 1024  # "auto" or nothing


# --- speech: real WAVs ------------------------------------------------------------------

SPEECH_ROUTE = f"{BASE_PATH}/audio/speech"


@dataclass
class SpeechBehaviour(Behaviour):
    """A scripted speech answer: a tone as long as the input asks for, or exact bytes."""

    rate: int = 24_000
    channels: int = 1
    sample_format: str = "s16"  # s16 | f32 (IEEE float WAV) | pcm (raw s16, no header)
    ms_per_char: int = 60
    body: bytes | None = None
    content_type: str = "audio/wav"


def tone_wav(ms: int, *, rate: int = 24_000, channels: int = 1, sample_format: str = "s16",
             frequency: float = 440.0) -> bytes:
    """A real WAV (or raw PCM) of a sine tone, written here with struct.

    Channel c has amplitude 0.6 / (c + 1) (stereo: 0.6 left, 0.3 right), so a downmix
    is told apart from picking one channel.
    """
    import struct

    import numpy as np

    frames = round(ms * rate / 1000)
    wave = np.sin(2 * np.pi * frequency * np.arange(frames) / rate)
    samples = np.stack([wave * 0.6 / (c + 1) for c in range(channels)], axis=1)
    if sample_format == "f32":
        data, encoding, width = samples.astype("<f4").tobytes(), 3, 4
    else:
        data, encoding, width = (np.round(samples * 32767).astype("<i2").tobytes(), 1, 2)
    if sample_format == "pcm":
        return data
    header = struct.pack("<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + len(data), b"WAVE", b"fmt ", 16,
                         encoding, channels, rate, rate * channels * width, channels * width,
                         8 * width, b"data", len(data))
    return header + data


class FakeOpenAI:
    """The fake server. Use as a context manager, or call start() and stop()."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        #: What GET {base_url}/files/<name> serves (images answered by URL).
        self.served: dict[str, bytes] = {}
        self.in_flight = 0
        self.max_in_flight = 0
        self._queue: deque[Behaviour] = deque()
        self._standing: dict[str, Behaviour] = {}
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

    def respond(self, responder: Callable[[Any], str], *, usage: tuple[int, int] | None = (10, 5),
                times: int | None = None) -> None:
        """Answer 200 with ``responder(request_json)`` as the reply (a fake model)."""
        self._push(Behaviour("ok", responder=responder, usage=usage, times=times))

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

    def image(
        self,
        color: tuple[int, int, int] = (200, 40, 60),
        *,
        size: tuple[int, int] | None = None,
        as_url: bool = False,
        usage: bool = False,
        times: int | None = 1,
    ) -> None:
        """Answer an images request with a real PNG of ``size`` (default: the size asked for).

        ``as_url`` answers ``data[0].url`` pointing at a file this server serves, instead
        of ``b64_json``; ``usage`` adds gpt-image-1 style token usage.
        """
        self._push(ImageBehaviour("image", color=color, size=size, as_url=as_url,
                                  image_usage=usage, times=times))

    def refuse(self, message: str, *, code: str = "moderation_blocked", status: int = 400) -> None:
        """Answer an images request the way a safety system does: an error with a code."""
        self._push(ImageBehaviour("error", status=status, message=message, code=code))

    def speech(self, *, rate: int = 24_000, channels: int = 1, sample_format: str = "s16",
               ms_per_char: int = 60, times: int | None = 1) -> None:
        """Answer a speech request with a tone WAV of ``ms_per_char`` × len(input) ms."""
        self._push(SpeechBehaviour("speech", rate=rate, channels=channels,
                                   sample_format=sample_format, ms_per_char=ms_per_char,
                                   times=times))

    def speech_body(self, body: bytes, content_type: str, *, times: int | None = 1) -> None:
        """Answer a speech request 200 with exactly ``body`` (say, MP3 or HTML)."""
        self._push(SpeechBehaviour("speech", body=body, content_type=content_type, times=times))

    def _push(self, behaviour: Behaviour) -> None:
        with self._lock:
            self._queue.append(behaviour)

    def standing(self, route: str, behaviour: Behaviour) -> None:
        """Answer every request on ``route`` (chat, images, speech) with ``behaviour``
        whenever nothing is queued: a whole pipeline can run against one server."""
        with self._lock:
            self._standing[route] = behaviour

    def _next(self, route: str = "chat") -> Behaviour | None:
        with self._lock:
            if not self._queue:
                return self._standing.get(route)
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
        self.raw_body = raw
        try:
            parsed = json.loads(raw)
        except ValueError:
            parsed = None
        headers = {name.lower(): value for name, value in self.headers.items()}
        with fake._lock:
            fake.requests.append(Recorded("POST", self.path, headers, raw, parsed))
            fake.in_flight += 1
            fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
        self._in_flight = True
        try:
            self._answer(fake, headers, parsed)
        finally:
            self._done(fake)

    def _done(self, fake: FakeOpenAI) -> None:
        """The request stops counting as in flight once its answer starts going out
        (the client may send its next request the moment it has read this one)."""
        if getattr(self, "_in_flight", False):
            self._in_flight = False
            with fake._lock:
                fake.in_flight -= 1

    def _answer(self, fake: FakeOpenAI, headers: dict[str, str], request: Any) -> None:
        if self.path == SPEECH_ROUTE:
            self._answer_speech(fake, request)
            return
        if self.path in IMAGE_ROUTES:
            self._answer_image(fake, headers, request)
            return
        if self.path != f"{BASE_PATH}/chat/completions":
            self._send_json(404, {"error": {"message": f"no route {self.path}"}})
            return
        behaviour = fake._next("chat")
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
                        "message": {"role": "assistant", "content": (
                            behaviour.responder(request) if behaviour.responder
                            else behaviour.content)},
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

    def do_GET(self) -> None:
        """Serve files named in URL answers (and record the download)."""
        fake = self.server.fake
        headers = {name.lower(): value for name, value in self.headers.items()}
        with fake._lock:
            fake.requests.append(Recorded("GET", self.path, headers, b""))
        prefix = f"{BASE_PATH}/files/"
        data = fake.served.get(self.path[len(prefix):]) if self.path.startswith(prefix) else None
        if data is None:
            self._send_json(404, {"error": {"message": f"no file {self.path}"}})
        else:
            self._send(200, data, "image/png")

    def _answer_image(self, fake: FakeOpenAI, headers: dict[str, str], request: Any) -> None:
        """POST /images/generations (JSON) and /images/edits (multipart)."""
        if request is None:  # multipart: the edit's fields
            fields = parse_multipart(headers.get("content-type", ""), self.raw_body).fields
        else:
            fields = {k: str(v) for k, v in request.items()}
        behaviour = fake._next("images")
        if behaviour is None:
            self._send_json(500, {"error": {"message": "fake server: no scripted reply"}})
        elif isinstance(behaviour, ImageBehaviour) and behaviour.kind == "image":
            width, height = behaviour.size or _size(fields.get("size", ""))
            data = png(width, height, behaviour.color)
            item: dict[str, Any]
            if behaviour.as_url:
                name = f"img-{len(fake.served) + 1}.png"
                with fake._lock:
                    fake.served[name] = data
                host, port = self.server.server_address[:2]
                item = {"url": f"http://{host!s}:{port}{BASE_PATH}/files/{name}"}
            else:
                item = {"b64_json": base64.b64encode(data).decode("ascii")}
            body: dict[str, Any] = {"created": 1_700_000_000, "data": [item]}
            if behaviour.image_usage:
                body["usage"] = {"input_tokens": 50, "output_tokens": 1056, "total_tokens": 1106}
            self._send_json(200, body)
        elif behaviour.kind == "error":
            extra = {"Retry-After": behaviour.retry_after} if behaviour.retry_after else {}
            code = behaviour.code if isinstance(behaviour, ImageBehaviour) else None
            error = {"message": behaviour.message, "type": "fake", "code": code}
            self._send_json(behaviour.status, {"error": error}, extra)
        elif behaviour.kind == "garbage":
            self._send(200, behaviour.content.encode(), "application/json")
        else:  # pragma: no cover - a typo in a test script
            raise ValueError(f"behaviour {behaviour.kind!r} is not scripted for images")

    def _answer_speech(self, fake: FakeOpenAI, request: Any) -> None:
        """POST /audio/speech: JSON in, audio bytes out (as OpenAI does)."""
        behaviour = fake._next("speech")
        if behaviour is None:
            self._send_json(500, {"error": {"message": "fake server: no scripted reply"}})
        elif isinstance(behaviour, SpeechBehaviour):
            if behaviour.body is not None:
                self._send(200, behaviour.body, behaviour.content_type)
                return
            text = str((request or {}).get("input", ""))
            data = tone_wav(max(100, behaviour.ms_per_char * len(text)), rate=behaviour.rate,
                            channels=behaviour.channels, sample_format=behaviour.sample_format)
            kind = "audio/pcm" if behaviour.sample_format == "pcm" else "audio/wav"
            self._send(200, data, kind)
        elif behaviour.kind == "error":
            extra = {"Retry-After": behaviour.retry_after} if behaviour.retry_after else {}
            self._send_json(behaviour.status, {"error": {"message": behaviour.message,
                                                         "type": "fake"}}, extra)
        else:  # pragma: no cover - a typo in a test script
            raise ValueError(f"behaviour {behaviour.kind!r} is not scripted for speech")

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
        self._done(self.server.fake)
        self.wfile.write(body)
