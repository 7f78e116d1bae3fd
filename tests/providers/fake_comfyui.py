"""A fake ComfyUI server on 127.0.0.1 that speaks ComfyUI's HTTP protocol over real sockets.

Endpoints: ``POST /upload/image`` (multipart), ``POST /prompt``, ``GET /history/{id}``,
``GET /queue`` and ``GET /view``. A queued workflow is validated roughly the way
ComfyUI does it (unknown node types, LoadImage and LoadAudio names that were never uploaded,
checkpoints it does not have, leftover ``{{placeholders}}``, non-integer INT inputs →
HTTP 400 with ``node_errors``) and "executed" when its job is done: it writes real
PNGs (Pillow) or a real MP4/WebM/GIF/animated WebP (ffmpeg, Pillow) of the size the
workflow asks for. Videos show the LoadImage picture (or a colour from the seed) with
a magenta bar that moves from left to right, so tests can see motion::

    with FakeComfyUI() as fake:
        fake.plan(polls=3)                     # the next job ends after 3 empty polls
        fake.fail_prompt(429, retry_after="1") # the next POST /prompt is throttled
        ...
        assert fake.prompts[0]["3"]["inputs"]["seed"] == 7

Job plans: ``plan(polls=N)`` (end after N empty /history answers), ``plan(never=True)``
(stay running until :meth:`finish`), ``plan(error="CUDA out of memory")`` (end in an
execution error). :meth:`restart` forgets every job, as a restarted server does;
uploads and saved files stay on its disk.
"""

from __future__ import annotations

import email.parser
import email.policy
import io
import json
import subprocess
import tempfile
import threading
import uuid
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import numpy as np
from PIL import Image

from microdrama.media.ffmpeg import ffmpeg_exe

CHECKPOINTS = ["sd_xl_base_1.0.safetensors", "test.safetensors"]
#: Node types the fake knows; an INT input must be an int, as ComfyUI validates it.
NODES: dict[str, set[str]] = {
    "CheckpointLoaderSimple": set(),
    "EmptyLatentImage": {"width", "height", "batch_size"},
    "CLIPTextEncode": set(),
    "KSampler": {"seed", "steps"},
    "VAEDecode": set(),
    "SaveImage": set(),
    "PreviewImage": set(),
    "LoadImage": set(),
    "ImageBatch": set(),
    "IPAdapterStyle": set(),  # stands for any node that takes reference images
    "WanImageToVideo": {"width", "height", "length"},
    "VHS_VideoCombine": {"frame_rate"},
    "SaveWEBM": set(),
    "SaveAnimatedWEBP": set(),
    "LoadAudio": set(),
    "CharacterMask": set(),  # stands for any background remover: saves white-on-black
    "LatentSyncNode": {"seed", "length"},  # stands for any lip-sync node (audio + image)
}
MAGENTA = (255, 0, 255)


@dataclass
class Recorded:
    """One request the server received."""

    method: str
    path: str
    query: dict[str, str]
    json: Any = None


@dataclass
class PromptAnswer:
    """A scripted answer to POST /prompt instead of queueing."""

    status: int
    body: Any
    retry_after: str | None = None
    times: int = 1


@dataclass
class Plan:
    """How the next submitted job behaves."""

    polls: int = 1
    never: bool = False
    error: str | None = None
    times: int | None = 1


@dataclass
class Job:
    """A queued prompt."""

    prompt_id: str
    number: int
    prompt: dict[str, Any]
    polls_left: int
    never: bool
    error: str | None
    entry: dict[str, Any] | None = None
    polls: int = 0


@dataclass
class FakeComfyUI:
    """The fake server. Use as a context manager, or call start() and stop()."""

    checkpoints: list[str] = field(default_factory=lambda: list(CHECKPOINTS))
    requests: list[Recorded] = field(default_factory=list)
    uploads: dict[str, bytes] = field(default_factory=dict)  # the input folder
    prompts: list[dict[str, Any]] = field(default_factory=list)  # accepted workflows
    jobs: dict[str, Job] = field(default_factory=dict)
    files: dict[tuple[str, str, str], bytes] = field(default_factory=dict)  # (type, sub, name)

    def __post_init__(self) -> None:
        self._lock = threading.RLock()
        self._answers: deque[PromptAnswer] = deque()
        self._plans: deque[Plan] = deque()
        self._counter = 0
        self._number = 0
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    # --- lifecycle ------------------------------------------------------------------

    @property
    def url(self) -> str:
        """Where the server listens, e.g. http://127.0.0.1:40123."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FakeComfyUI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeComfyUI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- scripting ------------------------------------------------------------------

    def plan(self, polls: int = 1, *, never: bool = False, error: str | None = None,
             times: int | None = 1) -> None:
        """How the next ``times`` jobs behave (None: every job from then on)."""
        with self._lock:
            self._plans.append(Plan(polls=polls, never=never, error=error, times=times))

    def fail_prompt(self, status: int, *, retry_after: str | None = None, times: int = 1) -> None:
        """Answer the next ``times`` POST /prompt with ``status`` (500, 429, …)."""
        body = {"error": {"type": "server_error", "message": f"scripted HTTP {status}"}}
        with self._lock:
            self._answers.append(PromptAnswer(status, body, retry_after, times))

    def finish(self, prompt_id: str) -> None:
        """Let a running job end on its next poll."""
        with self._lock:
            job = self.jobs[prompt_id]
            job.never, job.polls_left = False, 0

    def restart(self) -> None:
        """Forget every job, queued, running or done (uploads and outputs stay on disk)."""
        with self._lock:
            self.jobs.clear()

    def posts(self, path: str) -> list[Recorded]:
        """Recorded POST requests to ``path``."""
        return [r for r in self.requests if r.method == "POST" and r.path == path]

    # --- the server side --------------------------------------------------------------

    def _next_plan(self) -> Plan:
        if not self._plans:
            return Plan(polls=1)
        plan = self._plans[0]
        if plan.times is not None:
            plan.times -= 1
            if plan.times <= 0:
                self._plans.popleft()
        return plan

    def _next_answer(self) -> PromptAnswer | None:
        if not self._answers:
            return None
        answer = self._answers[0]
        answer.times -= 1
        if answer.times <= 0:
            self._answers.popleft()
        return answer

    def submit(self, body: Any) -> tuple[int, Any, dict[str, str]]:
        """POST /prompt: validate, queue, answer."""
        with self._lock:
            answer = self._next_answer()
            if answer is not None:
                headers = {"Retry-After": answer.retry_after} if answer.retry_after else {}
                return answer.status, answer.body, headers
            prompt = body.get("prompt") if isinstance(body, dict) else None
            if not isinstance(prompt, dict) or not prompt:
                return 400, {"error": {"type": "no_prompt", "message": "No prompt provided",
                                       "details": "", "extra_info": {}}, "node_errors": []}, {}
            problem = self._validate(prompt)
            if problem is not None:
                return 400, problem, {}
            plan = self._next_plan()
            self._number += 1
            prompt_id = str(uuid.uuid4())
            self.jobs[prompt_id] = Job(prompt_id, self._number, prompt, plan.polls, plan.never,
                                       plan.error)
            self.prompts.append(prompt)
            return 200, {"prompt_id": prompt_id, "number": self._number, "node_errors": {}}, {}

    def _validate(self, prompt: dict[str, Any]) -> dict[str, Any] | None:
        errors: dict[str, Any] = {}
        for node_id, node in prompt.items():
            kind = node.get("class_type")
            if kind not in NODES:
                return {"error": {"type": "invalid_prompt",
                                  "message": f"Cannot execute because node {kind} does not exist.",
                                  "details": f"Node ID '#{node_id}'", "extra_info": {}},
                        "node_errors": {}}
            problems = []
            for name, value in node.get("inputs", {}).items():
                if isinstance(value, str) and "{{" in value:
                    problems.append(_node_error("value_not_valid", name, f"unfilled {value!r}"))
                if name in NODES[kind] and type(value) is not int:
                    problems.append(_node_error("invalid_input_type", name,
                                                f"{name}: {value!r} is not an INT"))
            if kind == "LoadImage" and node["inputs"].get("image") not in self.uploads:
                problems.append(_node_error(
                    "value_not_in_list", "image",
                    f"image: '{node['inputs'].get('image')}' not in {sorted(self.uploads)}"))
            if kind == "LoadAudio" and node["inputs"].get("audio") not in self.uploads:
                problems.append(_node_error(
                    "value_not_in_list", "audio",
                    f"audio: '{node['inputs'].get('audio')}' not in {sorted(self.uploads)}"))
            if kind == "CheckpointLoaderSimple" and node["inputs"].get("ckpt_name") not in \
                    self.checkpoints:
                problems.append(_node_error(
                    "value_not_in_list", "ckpt_name",
                    f"ckpt_name: '{node['inputs'].get('ckpt_name')}' not in {self.checkpoints}"))
            if problems:
                errors[node_id] = {"errors": problems, "dependent_outputs": [],
                                   "class_type": kind}
        if not errors:
            return None
        return {"error": {"type": "prompt_outputs_failed_validation",
                          "message": "Prompt outputs failed validation", "details": "",
                          "extra_info": {}}, "node_errors": errors}

    def history(self, prompt_id: str) -> dict[str, Any]:
        """GET /history/{id}: {} until the job ends, then its entry."""
        with self._lock:
            job = self.jobs.get(prompt_id)
            if job is None:
                return {}
            job.polls += 1
            if job.entry is None:
                if job.never or job.polls_left > 0:
                    job.polls_left -= 1
                    return {}
                job.entry = self._execute(job)
            return {prompt_id: job.entry}

    def queue(self) -> dict[str, Any]:
        """GET /queue: unfinished jobs, the oldest running."""
        with self._lock:
            waiting = sorted((j for j in self.jobs.values() if j.entry is None),
                             key=lambda j: j.number)
            items = [[j.number, j.prompt_id, j.prompt, {}, []] for j in waiting]
            return {"queue_running": items[:1], "queue_pending": items[1:]}

    def upload(self, fields: dict[str, tuple[str | None, bytes]]) -> tuple[int, Any]:
        """POST /upload/image."""
        if "image" not in fields or not fields["image"][0]:
            return 400, {"error": "no image"}
        name = Path(fields["image"][0] or "").name
        subfolder = (fields.get("subfolder", (None, b""))[1]).decode()
        overwrite = fields.get("overwrite", (None, b""))[1].decode() == "true"
        data = fields["image"][1]
        with self._lock:
            key = f"{subfolder}/{name}" if subfolder else name
            stem, dot, suffix = name.rpartition(".")
            counter = 1
            while key in self.uploads and not overwrite and self.uploads[key] != data:
                name = f"{stem} ({counter}){dot}{suffix}"
                key = f"{subfolder}/{name}" if subfolder else name
                counter += 1
            self.uploads[key] = data
        return 200, {"name": name, "subfolder": subfolder, "type": "input"}

    # --- "executing" a workflow -------------------------------------------------------

    def _execute(self, job: Job) -> dict[str, Any]:
        messages: list[Any] = [["execution_start", {"prompt_id": job.prompt_id}]]
        if job.error is not None:
            sampler = next((i for i, n in job.prompt.items() if n["class_type"] == "KSampler"),
                           next(iter(job.prompt)))
            messages.append(["execution_error", {
                "prompt_id": job.prompt_id, "node_id": sampler,
                "node_type": job.prompt[sampler]["class_type"], "executed": [],
                "exception_message": job.error, "exception_type": "RuntimeError",
                "traceback": [], "current_inputs": {}, "current_outputs": {}}])
            return {"prompt": [job.number, job.prompt_id, job.prompt, {}, []], "outputs": {},
                    "status": {"status_str": "error", "completed": False, "messages": messages},
                    "meta": {}}
        frames = self._frames(job.prompt)
        outputs: dict[str, Any] = {}
        for node_id, node in job.prompt.items():
            kind, inputs = node["class_type"], node.get("inputs", {})
            prefix = str(inputs.get("filename_prefix", "ComfyUI"))
            if kind in ("SaveImage", "PreviewImage"):
                kept = "output" if kind == "SaveImage" else "temp"
                source = inputs.get("images")
                masked = (isinstance(source, list) and
                          job.prompt.get(str(source[0]), {}).get("class_type") == "CharacterMask")
                outputs[node_id] = {"images": [
                    self._save(kept, prefix, "png", _png(_mask(f) if masked else f))
                    for f in frames]}
            elif kind == "VHS_VideoCombine":
                fmt = str(inputs.get("format", "video/h264-mp4"))
                suffix = {"video/h264-mp4": "mp4", "video/webm": "webm", "image/gif": "gif"}[fmt]
                item = self._save("output", prefix, suffix,
                                  _video(frames, int(inputs["frame_rate"]), suffix))
                outputs[node_id] = {"gifs": [{**item, "format": fmt,
                                              "frame_rate": inputs["frame_rate"]}]}
            elif kind == "SaveWEBM":
                item = self._save("output", prefix, "webm",
                                  _video(frames, int(inputs.get("fps", 16)), "webm"))
                outputs[node_id] = {"images": [item], "animated": [True]}
            elif kind == "SaveAnimatedWEBP":
                item = self._save("output", prefix, "webp",
                                  _webp(frames, float(inputs.get("fps", 6.0))))
                outputs[node_id] = {"images": [item], "animated": [True]}
        messages.append(["execution_success", {"prompt_id": job.prompt_id}])
        return {"prompt": [job.number, job.prompt_id, job.prompt, {}, []], "outputs": outputs,
                "status": {"status_str": "success", "completed": True, "messages": messages},
                "meta": {}}

    def _frames(self, prompt: dict[str, Any]) -> list[np.ndarray]:
        """What the workflow "paints": a seed colour or the loaded image, plus a moving bar."""
        inputs = [n.get("inputs", {}) for n in prompt.values()]
        sized = next((i for i in inputs if type(i.get("width")) is int), None)
        count = next((i[k] for i in inputs for k in ("length", "video_frames", "batch_size")
                      if type(i.get(k)) is int), 1)
        seed = next((i["seed"] for i in inputs if type(i.get("seed")) is int), 0)
        loaded = next((n["inputs"]["image"] for n in prompt.values()
                       if n["class_type"] == "LoadImage"), None)
        base: Image.Image
        if loaded is not None:
            base = Image.open(io.BytesIO(self.uploads[loaded])).convert("RGB")
        else:
            colour = (seed * 67 % 200 + 30, seed * 131 % 200 + 30, seed * 29 % 200 + 30)
            base = Image.new("RGB", (64, 64), colour)
        size = (sized["width"], sized["height"]) if sized else base.size
        picture = np.asarray(base.resize(size))
        frames = []
        bar = max(2, size[0] // 10)
        for index in range(count):
            frame = picture.copy()
            if count > 1:
                x = round(index / (count - 1) * (size[0] - bar))
                frame[:, x : x + bar] = MAGENTA
            frames.append(frame)
        return frames

    def _save(self, kind: str, prefix: str, suffix: str, data: bytes) -> dict[str, str]:
        subfolder, _, stem = prefix.rpartition("/")
        self._counter += 1
        name = f"{stem}_{self._counter:05}_.{suffix}"
        self.files[(kind, subfolder, name)] = data
        return {"filename": name, "subfolder": subfolder, "type": kind}


def _node_error(kind: str, name: str, details: str) -> dict[str, Any]:
    return {"type": kind, "message": "Value not in list" if kind == "value_not_in_list"
            else "Invalid input", "details": details, "extra_info": {"input_name": name}}


def _mask(frame: np.ndarray) -> np.ndarray:
    """What a background remover would save: a white figure (an ellipse) on black."""
    h, w = frame.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    inside = ((xx - w / 2) / (w / 4)) ** 2 + ((yy - h * 0.6) / (h / 3)) ** 2 <= 1
    return np.repeat((inside * 255).astype(np.uint8)[..., None], 3, axis=2)


def _png(frame: np.ndarray) -> bytes:
    out = io.BytesIO()
    Image.fromarray(frame).save(out, format="PNG", compress_level=1)
    return out.getvalue()


def _webp(frames: list[np.ndarray], fps: float) -> bytes:
    out = io.BytesIO()
    images = [Image.fromarray(f) for f in frames]
    images[0].save(out, format="WEBP", save_all=True, append_images=images[1:],
                   duration=round(1000 / fps), loop=0, lossless=False, quality=80)
    return out.getvalue()


def _video(frames: list[np.ndarray], fps: int, suffix: str) -> bytes:
    height, width = frames[0].shape[:2]
    codec = {"mp4": ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"],
             "webm": ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8",
                      "-pix_fmt", "yuv420p"],
             "gif": []}[suffix]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"out.{suffix}"
        subprocess.run(
            [ffmpeg_exe(), "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24",
             "-s", f"{width}x{height}", "-framerate", str(fps), "-i", "-", *codec, str(out)],
            input=b"".join(f.tobytes() for f in frames), check=True,
        )
        return out.read_bytes()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeComfyUI

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients that gave up cause broken pipes; they are expected."""


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"  # keep-alive, as ComfyUI (aiohttp) does
    disable_nagle_algorithm = True  # headers and body go out in separate writes

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""

    def _record(self, body: Any = None) -> tuple[str, dict[str, str]]:
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        with self.server.fake._lock:
            self.server.fake.requests.append(Recorded(self.command, parts.path, query, body))
        return parts.path, query

    def do_GET(self) -> None:
        fake = self.server.fake
        path, query = self._record()
        if path.startswith("/history/"):
            self._json(200, fake.history(path[len("/history/"):]))
        elif path == "/queue":
            self._json(200, fake.queue())
        elif path == "/view":
            key = (query.get("type", "output"), query.get("subfolder", ""), query.get("filename", ""))
            data = fake.files.get(key)
            if data is None and key[0] == "input":
                name = f"{key[1]}/{key[2]}" if key[1] else key[2]
                data = fake.uploads.get(name)
            if data is None:
                self._send(404, b"Not Found", "text/plain")
            else:
                self._send(200, data, "application/octet-stream")
        else:
            self._send(404, b"Not Found", "text/plain")

    def do_POST(self) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        if self.path == "/upload/image":
            fields = _multipart(self.headers.get("Content-Type", ""), raw)
            self._record({k: name if name else data.decode("utf-8", "replace")
                          for k, (name, data) in fields.items()})
            status, body = fake.upload(fields)
            self._json(status, body)
            return
        try:
            parsed = json.loads(raw)
        except ValueError:
            parsed = None
        path, _ = self._record(parsed)
        if path == "/prompt":
            status, answer, headers = fake.submit(parsed)
            self._json(status, answer, headers)
        else:
            self._send(404, b"Not Found", "text/plain")

    def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json", headers)

    def _send(self, status: int, body: bytes, content_type: str,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


def _multipart(content_type: str, body: bytes) -> dict[str, tuple[str | None, bytes]]:
    """Form fields of a multipart/form-data body: name → (file name or None, bytes)."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
    fields: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if isinstance(name, str) and isinstance(payload, bytes):
            fields[name] = (part.get_filename(), payload)
    return fields
