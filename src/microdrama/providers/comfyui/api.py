"""Talking to a ComfyUI server: upload inputs, queue a prompt, poll, download — and resume.

The protocol (what the ComfyUI web UI itself uses):

- ``POST /upload/image`` (multipart ``image``, ``type=input``, ``overwrite=true``) →
  ``{name, subfolder, type}``; the name goes into a ``LoadImage`` node;
- ``POST /prompt {"prompt": <API-format workflow>, "client_id": …}`` →
  ``{"prompt_id", "number", "node_errors"}``, or HTTP 400 ``{"error", "node_errors"}``
  when the workflow does not validate;
- ``GET /history/{prompt_id}`` → ``{}`` until the job ends, then
  ``{prompt_id: {"status": {"status_str", "completed", "messages"}, "outputs": …}}``;
- ``GET /queue`` → ``{"queue_running": [[number, prompt_id, …]], "queue_pending": …}``;
- ``GET /view?filename=&subfolder=&type=`` → the file.

Jobs outlive builds: a job's prompt id is written to ``<state_dir>/comfyui-jobs/`` (one
small JSON file per job, named by a hash of the filled workflow) before the first poll,
so a build killed mid-job resumes the same job next time — polling it if it is still
queued or running, downloading it if it finished, queueing it again only when the
server no longer knows it (it restarted). Each HTTP call goes through
:func:`~microdrama.providers.http.send_with_retries`; every failure becomes a
ProviderError here.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from microdrama.errors import ProviderError
from microdrama.files import write_atomic
from microdrama.hashing import canonical_json
from microdrama.providers.comfyui.workflow import Workflow
from microdrama.providers.http import RetryPolicy, send_with_retries, truncate

log = logging.getLogger(__name__)

PROVIDER = "comfyui"
JOBS_FOLDER = "comfyui-jobs"
#: Polls between two looks at /queue while a job has no history yet.
QUEUE_EVERY = 10
#: Times one call queues a job again after the server forgot it.
MAX_RESUBMITS = 2


@dataclass(frozen=True)
class Upload:
    """An input file for a placeholder, under the name we ask the server to keep."""

    placeholder: str
    data: bytes
    name: str

    @classmethod
    def png(cls, placeholder: str, data: bytes) -> Upload:
        """A PNG named by its content, so the same image always has the same name."""
        return cls.named(placeholder, data, "png")

    @classmethod
    def named(cls, placeholder: str, data: bytes, suffix: str) -> Upload:
        """A file (``suffix``: png, wav…) named by its content."""
        digest = hashlib.sha256(data).hexdigest()[:20]
        return cls(placeholder, data, f"microdrama_{digest}.{suffix}")


@dataclass(frozen=True)
class OutputFile:
    """One file a finished job saved, as listed in its history."""

    node: str
    kind: str  # the history list it was in: images, gifs or videos
    filename: str
    subfolder: str
    type: str  # output, temp or input
    animated: bool = False


@dataclass(frozen=True)
class Finished:
    """A job that ended well; forget it with :meth:`ComfyUIClient.forget` once used."""

    key: str
    prompt_id: str
    outputs: list[OutputFile]


class JobStore:
    """Submitted jobs by key, one atomic JSON file each (in memory without a folder)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._memory: dict[str, dict[str, Any]] = {}

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The job stored under ``key``, or None (an unreadable file counts as none)."""
        if self.folder is None:
            return self._memory.get(key)
        try:
            record = json.loads(self._path(key).read_text("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            log.warning("ignoring unreadable ComfyUI job file %s: %s", self._path(key), error)
            return None
        return record if isinstance(record, dict) and record.get("prompt_id") else None

    def put(self, key: str, record: dict[str, Any]) -> None:
        """Remember a job (atomically: a kill leaves the old file or the new)."""
        if self.folder is None:
            self._memory[key] = record
            return
        write_atomic(self._path(key), json.dumps(record, indent=1, ensure_ascii=False) + "\n")

    def drop(self, key: str) -> None:
        """Forget a job."""
        if self.folder is None:
            self._memory.pop(key, None)
            return
        self._path(key).unlink(missing_ok=True)


def job_key(prompt: Mapping[str, Any]) -> str:
    """The key of a filled workflow: equal workflows (and inputs) give equal keys."""
    return hashlib.sha256(canonical_json({"prompt": prompt}).encode("utf-8")).hexdigest()


def _node_order(node_id: str) -> tuple[int, int, str]:
    return (0, int(node_id), "") if node_id.isdigit() else (1, 0, node_id)


def parse_outputs(entry: Mapping[str, Any]) -> list[OutputFile]:
    """Every file listed in a history entry's outputs, nodes in id order."""
    outputs = entry.get("outputs")
    files: list[OutputFile] = []
    if not isinstance(outputs, dict):
        return files
    for node_id in sorted(outputs, key=_node_order):
        node = outputs[node_id]
        if not isinstance(node, dict):
            continue
        flags = node.get("animated")
        animated = flags if isinstance(flags, list) else []
        for kind in ("images", "gifs", "videos"):
            for index, item in enumerate(node.get(kind) or []):
                if not isinstance(item, dict) or not item.get("filename"):
                    continue
                files.append(OutputFile(
                    node=str(node_id), kind=kind, filename=str(item["filename"]),
                    subfolder=str(item.get("subfolder") or ""), type=str(item.get("type") or "output"),
                    animated=kind != "images" or bool(index < len(animated) and animated[index]),
                ))
    return files


def _failure(entry: Mapping[str, Any]) -> str | None:
    """ComfyUI's own words for a failed job, or None when it succeeded."""
    status = entry.get("status")
    if not isinstance(status, dict) or status.get("status_str") != "error":
        return None
    for message in status.get("messages") or []:
        if not (isinstance(message, list) and len(message) == 2 and isinstance(message[1], dict)):
            continue
        kind, details = message
        if kind == "execution_error":
            node = details.get("node_id", "?")
            node_type = details.get("node_type", "?")
            said = details.get("exception_message") or details.get("exception_type") or "failed"
            return f"node {node} ({node_type}) failed: {str(said).strip()}"
        if kind == "execution_interrupted":
            return "the job was interrupted (cancelled on the server)"
    return "the job failed without a message"


def describe_node_errors(body: str | None) -> str:
    """A readable summary of a ComfyUI 400 answer ``{"error", "node_errors"}``."""
    try:
        data = json.loads(body or "")
    except ValueError:
        return truncate((body or "").strip(), 600)
    if not isinstance(data, dict):
        return truncate(str(data), 600)
    parts: list[str] = []
    error = data.get("error")
    if isinstance(error, dict):
        head = str(error.get("message") or error.get("type") or "").strip()
        details = str(error.get("details") or "").strip()
        parts.append(head + (f" ({details})" if details else ""))
    elif error:
        parts.append(str(error))
    node_errors = data.get("node_errors")
    if isinstance(node_errors, dict):
        for node_id in sorted(node_errors, key=_node_order):
            node = node_errors[node_id]
            if not isinstance(node, dict):
                continue
            problems = []
            for item in node.get("errors") or []:
                if isinstance(item, dict):
                    text = str(item.get("message") or item.get("type") or "error")
                    if item.get("details"):
                        text += f": {item['details']}"
                    problems.append(text)
            parts.append(f"node {node_id} ({node.get('class_type', '?')}): "
                         + ("; ".join(problems) or "invalid"))
    return " — ".join(p for p in parts if p) or truncate(body or "", 600)


class ComfyUIClient:
    """One server, one job at a time per call. Use as ``async with`` (it owns an HTTP client)."""

    def __init__(
        self,
        url: str,
        *,
        jobs: JobStore,
        policy: RetryPolicy,
        poll_s: float,
        job_timeout_s: float,
        model: str | None = None,
        semaphore: asyncio.Semaphore | None = None,
        client_id: str | None = None,
        concurrency: int = 2,
    ) -> None:
        self.url = url.rstrip("/")
        #: The URL without user:password, for job files and messages.
        self.shown_url = str(httpx.URL(self.url).copy_with(username=None, password=None))
        #: Requests in flight to this server from the whole process (every build thread).
        self.concurrency = concurrency
        self.jobs = jobs
        self.policy = policy
        self.poll_s = poll_s
        self.job_timeout_s = job_timeout_s
        self.model = model
        self.semaphore = semaphore
        self.client_id = client_id or uuid.uuid4().hex
        self._http: httpx.AsyncClient | None = None

    async def __aenter__(self) -> ComfyUIClient:
        self._http = httpx.AsyncClient(headers={"User-Agent": "microdrama (comfyui)"})
        return self

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        traceback: TracebackType | None) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    # --- the job -------------------------------------------------------------------

    async def run(self, workflow: Workflow, values: Mapping[str, Any],
                  uploads: Sequence[Upload], *, what: str) -> Finished:
        """Run ``workflow`` filled with ``values`` and ``uploads`` (or resume it); wait for it.

        Raises ProviderError when the job fails (forgotten, so the next try queues it
        again) or outlasts ``job_timeout_s`` (remembered, so the next build resumes it).
        """
        planned = workflow.fill({**values, **{u.placeholder: u.name for u in uploads}})
        key = job_key(planned)
        record = self.jobs.get(key)
        if record is not None:
            log.info("resuming ComfyUI job %s (%s)", record["prompt_id"], what)
        deadline = time.monotonic() + self.job_timeout_s
        resubmits = 0
        while True:
            if record is None:
                prompt_id = await self._submit(workflow, values, uploads, what)
                deadline = time.monotonic() + self.job_timeout_s
                record = {"prompt_id": prompt_id, "what": what, "url": self.shown_url,
                          "submitted": datetime.now(UTC).isoformat(timespec="seconds")}
                self.jobs.put(key, record)  # before the first poll: a kill now can resume
            prompt_id = str(record["prompt_id"])
            entry = await self._wait(prompt_id, deadline, what)
            if entry is None:  # the server does not know the job: it restarted
                self.jobs.drop(key)
                record = None
                resubmits += 1
                if resubmits > MAX_RESUBMITS:
                    raise self._error(f"ComfyUI lost job {prompt_id} ({what}) {resubmits} times "
                                      "in a row; is the server restarting?")
                log.warning("ComfyUI no longer knows job %s (%s); queueing it again",
                            prompt_id, what)
                continue
            failure = _failure(entry)
            if failure is not None:
                self.jobs.drop(key)
                raise self._error(f"ComfyUI job {prompt_id} ({what}) failed: {failure}")
            return Finished(key=key, prompt_id=prompt_id, outputs=parse_outputs(entry))

    def forget(self, finished: Finished) -> None:
        """Drop a job whose outputs are unusable (the same job would give the same).

        Jobs that succeeded stay remembered: if the build dies between the download and
        the store, the next try downloads the same outputs again instead of paying for
        a new job (ComfyUI also answers an identical prompt from its cache with no
        outputs). A record is a few hundred bytes; deleting .microdrama/jobs forgets all.
        """
        self.jobs.drop(finished.key)

    async def download(self, file: OutputFile) -> bytes:
        """The bytes of one output file."""
        response = await self._send("GET", "/view", params={
            "filename": file.filename, "subfolder": file.subfolder, "type": file.type})
        return response.content

    # --- the protocol ----------------------------------------------------------------

    async def _submit(self, workflow: Workflow, values: Mapping[str, Any],
                      uploads: Sequence[Upload], what: str) -> str:
        names = {upload.placeholder: await self._upload(upload) for upload in uploads}
        prompt = workflow.fill({**values, **names})
        try:
            response = await self._send("POST", "/prompt",
                                        json={"prompt": prompt, "client_id": self.client_id})
        except ProviderError as error:
            if error.status == 400:
                raise self._error(
                    f"ComfyUI rejected the workflow {workflow.path} ({what}): "
                    f"{describe_node_errors(error.body)} — fix those nodes in the workflow "
                    "file, or the drama.toml settings that fill them",
                    status=400, body=error.body,
                ) from None
            raise
        data = self._json(response, "/prompt")
        prompt_id = data.get("prompt_id") if isinstance(data, dict) else None
        if not isinstance(prompt_id, str) or not prompt_id:
            raise self._error("ComfyUI answered /prompt without a prompt_id",
                              status=response.status_code, body=truncate(response.text))
        if isinstance(data, dict) and data.get("node_errors"):
            log.warning("ComfyUI queued %s with node errors: %s", prompt_id,
                        describe_node_errors(json.dumps(data)))
        return prompt_id

    async def _upload(self, upload: Upload) -> str:
        response = await self._send(
            "POST", "/upload/image",
            files={"image": (upload.name, upload.data, "image/png")},
            data={"type": "input", "overwrite": "true"},
        )
        data = self._json(response, "/upload/image")
        if not isinstance(data, dict) or not data.get("name"):
            raise self._error("ComfyUI answered /upload/image without a name",
                              status=response.status_code, body=truncate(response.text))
        subfolder = str(data.get("subfolder") or "")
        return f"{subfolder}/{data['name']}" if subfolder else str(data["name"])

    async def _wait(self, prompt_id: str, deadline: float, what: str) -> dict[str, Any] | None:
        """The job's history entry once it ended; None if the server does not know it."""
        empty_polls = 0
        while True:
            entry = await self._history(prompt_id)
            if entry is not None:
                return entry
            if empty_polls % QUEUE_EVERY == 0 and not await self._queued(prompt_id):
                # It may have ended between the two questions.
                return await self._history(prompt_id)
            empty_polls += 1
            if time.monotonic() >= deadline:
                raise self._error(
                    f"ComfyUI job {prompt_id} ({what}) did not finish within "
                    f"{self.job_timeout_s:g} s; it is still queued or running on {self.shown_url}, "
                    "and the next build resumes it (raise job_timeout_s in [providers.comfyui] "
                    "to wait longer)"
                )
            await asyncio.sleep(self.poll_s)

    async def _history(self, prompt_id: str) -> dict[str, Any] | None:
        response = await self._send("GET", f"/history/{prompt_id}")
        data = self._json(response, "/history")
        entry = data.get(prompt_id) if isinstance(data, dict) else None
        return entry if isinstance(entry, dict) else None

    async def _queued(self, prompt_id: str) -> bool:
        response = await self._send("GET", "/queue")
        data = self._json(response, "/queue")
        if not isinstance(data, dict):
            return False
        for name in ("queue_running", "queue_pending"):
            for item in data.get(name) or []:
                if isinstance(item, list) and len(item) > 1 and item[1] == prompt_id:
                    return True
        return False

    async def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        assert self._http is not None, "use ComfyUIClient as an async context manager"
        request = self._http.build_request(method, f"{self.url}{path}", **kwargs)
        try:
            return await send_with_retries(
                self._http, request, policy=self.policy, provider=PROVIDER, model=self.model,
                semaphore=self.semaphore,
                limit=(self.url, self.concurrency),
            )
        except ProviderError as error:
            if error.status is None:  # nobody answered
                said = str(error).rsplit(" (provider ", 1)[0]
                raise self._error(
                    f"{said} — is ComfyUI running at {self.shown_url}? Start it, or set url in "
                    "[providers.comfyui] of drama.toml", body=error.body) from None
            raise

    def _json(self, response: httpx.Response, where: str) -> Any:
        try:
            return response.json()
        except ValueError:
            raise self._error(f"ComfyUI answered {where} with a body that is not JSON",
                              status=response.status_code, body=truncate(response.text)) from None

    def _error(self, message: str, *, status: int | None = None,
               body: str | None = None) -> ProviderError:
        return ProviderError(message, provider=PROVIDER, model=self.model, status=status, body=body)
