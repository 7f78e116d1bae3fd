"""ComfyUI as a painter (panels, reference sheets) and as a clip maker (panel → video).

The user brings workflows exported from ComfyUI in API format, with placeholders
where our values go (see :mod:`~microdrama.providers.comfyui.workflow`); the protocol
and resumable jobs are :mod:`~microdrama.providers.comfyui.api`. Settings come from
``[providers.comfyui]`` in drama.toml::

    [providers]
    painter = "comfyui"
    clip = "comfyui"

    [providers.comfyui]
    url = "http://127.0.0.1:8188"
    checkpoint = "sd_xl_base_1.0.safetensors"   # for the built-in txt2img workflow
    clip_workflow = "workflows/wan-i2v.json"     # yours; there is no built-in one
    clip_size = "480x832"                        # what the video model makes
    clip_fps = 16

Panels default to a built-in SD/SDXL text-to-image workflow
(``workflows/txt2img.json``). Every result is normalised: panels and sheets
are resized and centre-cropped to exactly the asked size; clips become H.264 yuv420p
MP4 at the asked size and frame rate, never shorter than the shot.
"""

from __future__ import annotations

import asyncio
import io
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, ClassVar

from PIL import Image, ImageOps

from microdrama.errors import InputError, ProviderError
from microdrama.providers.appearance import identity_prompt
from microdrama.providers.base import (
    ClipRequest,
    PanelRequest,
    ProviderConfig,
    ReferenceRequest,
    Usage,
)
from microdrama.providers.comfyui.api import (
    JOBS_FOLDER,
    PROVIDER,
    ComfyUIClient,
    Finished,
    JobStore,
    OutputFile,
    Upload,
)
from microdrama.providers.comfyui.workflow import PLACEHOLDER, Workflow, load_workflow
from microdrama.providers.http import LoopSemaphores, RetryPolicy
from microdrama.providers.openai.compat import Price

BUILTIN_WORKFLOWS = Path(__file__).parent / "workflows"
DEFAULT_WORKFLOW = BUILTIN_WORKFLOWS / "txt2img.json"
DEFAULT_URL = "http://127.0.0.1:8188"
DEFAULT_CHECKPOINT = "sd_xl_base_1.0.safetensors"
#: SD/SDXL checkpoints draw best near one megapixel, in sides that are multiples of 64.
MODEL_AREA, MODEL_STEP = 1024 * 1024, 64
DEFAULT_NEGATIVE = (
    "lowres, blurry, jpeg artifacts, bad anatomy, bad hands, extra fingers, extra limbs, "
    "deformed face, text, watermark, logo, signature"
)
DEFAULT_STYLE = "cinematic vertical drama still, detailed, dramatic lighting"
MAX_REFERENCES = 4
VIDEO_SUFFIXES = frozenset({".mp4", ".webm", ".mov", ".mkv", ".avi", ".m4v", ".gif"})

COMMON = frozenset({"prompt", "negative", "seed", "width", "height", "filename_prefix",
                    "checkpoint"})
REFERENCES = frozenset(f"ref_{n}" for n in range(1, MAX_REFERENCES + 1))
PURPOSES: dict[str, frozenset[str]] = {
    "panels": COMMON | REFERENCES,
    "reference sheets": COMMON,
    "clips": COMMON | {"image", "frames", "fps"},
}

#: Every key of [providers.comfyui] and what to write for it.
SETTINGS: dict[str, str] = {
    "url": 'url = "http://127.0.0.1:8188" (where ComfyUI listens)',
    "workflow": 'workflow = "workflows/panel.json" (API-format JSON, relative to the project)',
    "reference_workflow": 'reference_workflow = "workflows/sheet.json"',
    "clip_workflow": 'clip_workflow = "workflows/clip.json"',
    "checkpoint": 'checkpoint = "sd_xl_base_1.0.safetensors" (fills {{checkpoint}})',
    "negative": 'negative = "blurry, text, watermark" (fills {{negative}})',
    "style": 'style = "cinematic, film grain" (words put before every prompt)',
    "panel_size": 'panel_size = "768x1344" (what the workflow paints; panels are then scaled)',
    "clip_size": 'clip_size = "480x832" (what the clip workflow makes; clips are then scaled)',
    "clip_fps": "clip_fps = 16 (the clip workflow's frame rate; fills {{fps}})",
    "max_frames": "max_frames = 81 (most frames the clip model makes; longer shots hold "
                  "the last frame)",
    "output_node": 'output_node = "9" (the node whose saved files are the result)',
    "values": 'values = { lora = "film.safetensors" } (your own {{placeholders}})',
    "poll_s": "poll_s = 1.0 (seconds between looks at a running job)",
    "job_timeout_s": "job_timeout_s = 900 (seconds one build waits for one job)",
    "timeout_s": "timeout_s = 60 (seconds per HTTP request)",
    "max_attempts": "max_attempts = 5 (tries per HTTP request)",
    "concurrency": "concurrency = 2 (HTTP requests in flight to this server from the whole build)",
    "price_per_image": "price_per_image = 0.0 (USD per panel or sheet, for the cost report)",
    "price_per_clip": "price_per_clip = 0.0 (USD per clip, for the cost report)",
}
_WHERE = "[providers.comfyui]"


def _bad(key: str, problem: str) -> InputError:
    return InputError(problem, file="drama.toml", where=f"{_WHERE} {key}",
                      fix=f"write {SETTINGS.get(key, key)}")


def _number(raw: Mapping[str, Any], key: str, default: float, *, minimum: float = 0.0,
            above: bool = True) -> float:
    value = raw.get(key, default)
    if type(value) not in (int, float) or value < minimum or (above and value == minimum):
        relation = "above" if above else "at least"
        raise _bad(key, f"{key} must be a number {relation} {minimum:g}, not {value!r}")
    return float(value)


def _count(raw: Mapping[str, Any], key: str, default: int, *, maximum: int = 10_000) -> int:
    value = raw.get(key, default)
    if type(value) is not int or not 1 <= value <= maximum:
        raise _bad(key, f"{key} must be a whole number from 1 to {maximum}, not {value!r}")
    return value


def _text(raw: Mapping[str, Any], key: str, default: str) -> str:
    value = raw.get(key, default)
    if not isinstance(value, str):
        raise _bad(key, f"{key} must be a string, not {value!r}")
    return value


def _size(raw: Mapping[str, Any], key: str) -> tuple[int, int] | None:
    value = raw.get(key)
    if value is None:
        return None
    parts: list[Any]
    if isinstance(value, str):
        parts = value.lower().replace("×", "x").split("x")
        try:
            parts = [int(p.strip()) for p in parts]
        except ValueError:
            parts = []
    elif isinstance(value, list):
        parts = value
    else:
        parts = []
    if len(parts) != 2 or not all(type(p) is int and 64 <= p <= 8192 for p in parts):
        raise _bad(key, f"{key} must be WIDTHxHEIGHT with sides from 64 to 8192, not {value!r}")
    return parts[0], parts[1]


def _path(raw: Mapping[str, Any], key: str, config: ProviderConfig) -> Path | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _bad(key, f"{key} must be the path of a workflow file, not {value!r}")
    path = Path(value.strip()).expanduser()
    if not path.is_absolute():
        path = Path(config.project_dir or ".") / path
    return path


@dataclass(frozen=True)
class ComfySettings:
    """The [providers.comfyui] table, checked, with defaults filled in."""

    url: str
    workflow: Path
    reference_workflow: Path
    clip_workflow: Path | None
    checkpoint: str
    negative: str
    style: str
    panel_size: tuple[int, int] | None
    clip_size: tuple[int, int] | None
    clip_fps: int | None
    max_frames: int | None
    output_node: str | None
    values: dict[str, Any] = field(hash=False)
    poll_s: float = 1.0
    job_timeout_s: float = 900.0
    timeout_s: float = 60.0
    max_attempts: int = 5
    concurrency: int = 2
    price_per_image: float = 0.0
    price_per_clip: float = 0.0

    @classmethod
    def parse(cls, model: str | None, config: ProviderConfig) -> ComfySettings:
        """Check ``config.settings``; raise InputError naming drama.toml, the key and the fix."""
        raw = dict(config.settings)
        unknown = sorted(set(raw) - set(SETTINGS))
        if unknown:
            raise InputError(
                f"unknown setting {unknown[0]!r}", file="drama.toml",
                where=f"{_WHERE} {unknown[0]}",
                fix=f"remove it or fix its spelling; known settings: {', '.join(SETTINGS)}",
            )
        url = _text(raw, "url", DEFAULT_URL).strip().rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise _bad("url", f"url must start with http:// or https://, not {url!r}")
        workflow = _path(raw, "workflow", config) or DEFAULT_WORKFLOW
        values = raw.get("values", {})
        if not isinstance(values, Mapping):
            raise _bad("values", "values must be a table of placeholder = value")
        for name, value in values.items():
            if not PLACEHOLDER.fullmatch("{{" + str(name) + "}}"):
                raise _bad("values", f"{name!r} cannot be a placeholder name (use letters, "
                                     "digits and _)")
            if name in COMMON | REFERENCES | {"image", "frames", "fps"}:
                raise _bad("values", f"{{{{{name}}}}} is filled by microdrama; remove it "
                                     "from values")
            if type(value) not in (str, int, float, bool):
                raise _bad("values", f"values.{name} must be a string, number or boolean")
        clip_fps, max_frames = raw.get("clip_fps"), raw.get("max_frames")
        output_node = raw.get("output_node")
        if output_node is not None and type(output_node) not in (str, int):
            raise _bad("output_node", f"output_node must be a node id, not {output_node!r}")
        return cls(
            url=url,
            workflow=workflow,
            reference_workflow=_path(raw, "reference_workflow", config) or workflow,
            clip_workflow=_path(raw, "clip_workflow", config),
            checkpoint=model or _text(raw, "checkpoint", DEFAULT_CHECKPOINT),
            negative=_text(raw, "negative", DEFAULT_NEGATIVE),
            style=_text(raw, "style", DEFAULT_STYLE),
            panel_size=_size(raw, "panel_size"),
            clip_size=_size(raw, "clip_size"),
            clip_fps=None if clip_fps is None else _count(raw, "clip_fps", 16, maximum=240),
            max_frames=None if max_frames is None else _count(raw, "max_frames", 81),
            output_node=None if output_node is None else str(output_node),
            values=dict(values),
            poll_s=_number(raw, "poll_s", 1.0),
            job_timeout_s=_number(raw, "job_timeout_s", 900.0),
            timeout_s=_number(raw, "timeout_s", 60.0),
            max_attempts=_count(raw, "max_attempts", 5, maximum=100),
            concurrency=_count(raw, "concurrency", 2, maximum=64),
            price_per_image=_number(raw, "price_per_image", 0.0, above=False),
            price_per_clip=_number(raw, "price_per_clip", 0.0, above=False),
        )

    def load(self, purpose: str, *, check: bool = True) -> Workflow:
        """Load (and check) the workflow for ``panels``, ``reference sheets`` or ``clips``."""
        if purpose == "clips":
            if self.clip_workflow is None:
                raise InputError(
                    "ComfyUI clips need your image-to-video workflow (there is no built-in one)",
                    file="drama.toml", where=f"{_WHERE} clip_workflow",
                    fix="build an image-to-video workflow in ComfyUI (Wan, LTX-Video, SVD, …) "
                    "with {{image}} as the LoadImage image and {{frames}}, {{fps}}, {{width}}, "
                    "{{height}}, {{prompt}}, {{seed}} where they belong; save it with Workflow → "
                    'Export (API) and write clip_workflow = "workflows/clip.json"',
                )
            path, setting = self.clip_workflow, "clip_workflow"
        elif purpose == "reference sheets":
            path, setting = self.reference_workflow, "reference_workflow"
        else:
            path, setting = self.workflow, "workflow"
        workflow = load_workflow(path, setting=setting)
        if check:
            workflow.check(set(PURPOSES[purpose]) | set(self.values), purpose=purpose,
                           setting=f"{_WHERE} {setting}")
        return workflow

    def identity(self, model: str | None, purposes: tuple[str, ...]) -> dict[str, Any]:
        """What shapes the outputs of these purposes: settings and each workflow's sha256.

        The first purpose's workflow is checked; the others (reference sheets, for a
        painter) are checked when first used, so a panel workflow with {{ref_N}} does not
        stop panels when reference_workflow is not set yet.
        """
        shaping: dict[str, Any] = {
            "model": model or "", "checkpoint": self.checkpoint, "negative": self.negative,
            "style": self.style, "values": dict(sorted(self.values.items())),
            "output_node": self.output_node,
        }
        for index, purpose in enumerate(purposes):
            workflow = self.load(purpose, check=index == 0)
            shaping[f"workflow:{purpose}"] = workflow.sha256
            if purpose == "panels":
                shaping["panel_size"] = list(self.panel_size) if self.panel_size else None
            if purpose == "clips":
                shaping["clip_size"] = list(self.clip_size) if self.clip_size else None
                shaping["clip_fps"] = self.clip_fps
                shaping["max_frames"] = self.max_frames
        return shaping

    def paint_size(self, workflow: Workflow, asked: tuple[int, int], *,
                   setting: tuple[int, int] | None = None) -> tuple[int, int]:
        """What a workflow should paint for an image of ``asked`` size.

        ``setting`` (panel_size) wins; the built-in SD/SDXL workflow paints the same
        shape at about one megapixel (1080×1920 → 768×1344); other workflows paint the
        asked size. The result is then scaled to exactly the asked size.
        """
        if setting:
            return setting
        if workflow.path != DEFAULT_WORKFLOW:
            return asked
        width, height = asked
        scale = math.sqrt(MODEL_AREA / (width * height))
        return (max(MODEL_STEP, round(width * scale / MODEL_STEP) * MODEL_STEP),
                max(MODEL_STEP, round(height * scale / MODEL_STEP) * MODEL_STEP))

    def policy(self) -> RetryPolicy:
        """How hard to try each HTTP request."""
        return RetryPolicy(max_attempts=self.max_attempts, timeout=self.timeout_s)


# --- prompts -------------------------------------------------------------------------

FRAMING = {"ECU": "extreme close-up", "CU": "close-up", "MCU": "medium close-up",
           "MS": "medium shot", "WS": "wide shot"}
ANGLE = {"eye": "eye-level", "low": "low-angle", "high": "high-angle", "dutch": "dutch-angle",
         "overhead": "overhead"}
MOTION = {"static": "steady camera", "push-in": "the camera slowly pushes in",
          "pull-out": "the camera slowly pulls back", "pan-left": "the camera pans left",
          "pan-right": "the camera pans right", "tilt-up": "the camera tilts up",
          "tilt-down": "the camera tilts down", "shake": "sudden handheld camera shake"}
PLACE = {"left": "on the left", "center": "in the centre", "right": "on the right"}


def panel_prompt(request: PanelRequest, style: str) -> str:
    """The positive prompt of a panel: style, framing, what happens, who, where."""
    shot = request.shot
    parts = [style, f"{FRAMING[shot.framing]}, {ANGLE[shot.angle]} shot, vertical 9:16 frame"]
    parts += [text for text in (shot.prompt, shot.action) if text and text not in " ".join(parts)]
    identities = {r.character: r.identity for r in request.references}
    for who, character in zip(shot.characters, request.characters, strict=False):
        identity = identities.get(character.id) or identity_prompt(character)
        parts.append(f"{identity}, {who.expression} expression, {PLACE[who.position]}")
    place = request.location
    parts.append(f"{place.kind} setting: {place.name}" + (f", {place.description}"
                                                          if place.description else ""))
    parts.append(f"at {shot.time}")
    return ", ".join(p.strip() for p in parts if p and p.strip())


def reference_prompt(request: ReferenceRequest, style: str) -> str:
    """The positive prompt of a character's reference sheet."""
    parts = [
        "character reference sheet, full-body turnaround: front view, three-quarter view, "
        "side view and back view, neutral pose, plain white background, consistent design",
        request.identity or identity_prompt(request.character),
        request.style, style,
    ]
    return ", ".join(p.strip() for p in parts if p and p.strip())


def clip_prompt(request: ClipRequest, style: str) -> str:
    """The positive prompt of a clip: what moves and how the camera moves."""
    shot = request.shot
    parts = [style, shot.action or shot.prompt]
    parts += [f"{who.expression} expression" for who in shot.characters[:2]]
    parts += [MOTION[shot.move], "subtle natural motion, smooth, consistent faces"]
    return ", ".join(p.strip() for p in parts if p and p.strip())


# --- outputs -------------------------------------------------------------------------


def _is_video(file: OutputFile) -> bool:
    return file.animated or PurePosixPath(file.filename).suffix.lower() in VIDEO_SUFFIXES


def _saved(outputs: list[OutputFile], node: str | None) -> list[OutputFile]:
    files = [f for f in outputs if node is None or f.node == node]
    return [f for f in files if f.type == "output"] or files


def fit_png(data: bytes, width: int, height: int) -> bytes:
    """Image bytes → PNG of exactly width × height (scaled to cover, centre-cropped)."""
    with Image.open(io.BytesIO(data)) as image:
        rgb = image.convert("RGB")
    if rgb.size != (width, height):
        rgb = ImageOps.fit(rgb, (width, height), method=Image.Resampling.LANCZOS)
    out = io.BytesIO()
    rgb.save(out, format="PNG", compress_level=3)
    return out.getvalue()


def _blank_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (512, 512), (255, 255, 255)).save(out, format="PNG")
    return out.getvalue()


# --- the providers ---------------------------------------------------------------------


class _ComfyUI:
    """What the painter and the clip maker share: settings, job store, usage, HTTP."""

    purposes: ClassVar[tuple[str, ...]] = ()

    def __init__(self, model: str | None = None, config: ProviderConfig | None = None) -> None:
        self.config = config or ProviderConfig()
        self.model = model
        self.settings = ComfySettings.parse(model, self.config)
        self._workflows: dict[str, Workflow] = {}
        self.workflow(self.purposes[0])  # a broken main workflow fails before any work
        state = self.config.state_dir
        self.jobs = JobStore(Path(state) / JOBS_FOLDER if state else None)
        self.usage = Usage()
        self._semaphores = LoopSemaphores(self.settings.concurrency)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.settings.url})"

    @classmethod
    def identity(cls, model: str | None, config: ProviderConfig) -> dict[str, Any]:
        """Settings that shape outputs plus the sha256 of each workflow (for cache keys)."""
        return ComfySettings.parse(model, config).identity(model, cls.purposes)

    def workflow(self, purpose: str) -> Workflow:
        """The checked workflow for ``purpose`` (loaded once)."""
        if purpose not in self._workflows:
            self._workflows[purpose] = self.settings.load(purpose)
        return self._workflows[purpose]

    def _client(self) -> ComfyUIClient:
        semaphore = self._semaphores.get()
        return ComfyUIClient(
            self.settings.url, jobs=self.jobs, policy=self.settings.policy(),
            poll_s=self.settings.poll_s, job_timeout_s=self.settings.job_timeout_s,
            model=self.model, semaphore=semaphore, concurrency=self.settings.concurrency,
        )

    def _values(self, **values: Any) -> dict[str, Any]:
        return {"negative": self.settings.negative, "checkpoint": self.settings.checkpoint,
                **self.settings.values, **values}

    def _unusable(self, client: ComfyUIClient, finished: Finished, problem: str) -> ProviderError:
        client.forget(finished)  # the same job would give the same unusable result
        return ProviderError(f"ComfyUI job {finished.prompt_id} {problem}", provider=PROVIDER,
                             model=self.model)

    async def _image(self, purpose: str, values: dict[str, Any], uploads: list[Upload],
                     what: str, width: int, height: int) -> bytes:
        workflow = self.workflow(purpose)
        async with self._client() as client:
            finished = await client.run(workflow, values, uploads, what=what)
            images = [f for f in _saved(finished.outputs, self.settings.output_node)
                      if not _is_video(f)]
            if not images:
                raise self._unusable(client, finished, f"({what}) saved no image: add a "
                                     f"SaveImage node to {workflow.path}")
            data = await client.download(images[0])
            try:
                png = await asyncio.to_thread(fit_png, data, width, height)
            except (OSError, ValueError) as error:
                raise self._unusable(client, finished, f"({what}) saved {images[0].filename}, "
                                     f"which is not an image: {error}") from None
        self.usage.add(self.settings.price_per_image)
        return png


def _read(path: str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"cannot read the {what} ({error.strerror})", file=path,
                         fix="build again so the stage that makes it runs first") from None


class ComfyUIPainter(_ComfyUI):
    """Panels and reference sheets from ComfyUI workflows; PNGs of exactly the asked size."""

    purposes: ClassVar[tuple[str, ...]] = ("panels", "reference sheets")

    @property
    def price(self) -> Price:
        """What a panel costs (``price_per_image``; 0 for your own server)."""
        return Price(per_image=self.settings.price_per_image)

    async def paint(self, request: PanelRequest) -> bytes:
        """One storyboard panel; the shot's reference sheets fill {{ref_1}}…{{ref_4}}."""
        workflow = self.workflow("panels")
        width, height = self.settings.paint_size(workflow, (request.width, request.height),
                                                 setting=self.settings.panel_size)
        slots = sorted(workflow.placeholders & REFERENCES)
        uploads: list[Upload] = []
        if slots:
            # Fewer sheets than slots: repeat them; a shot with nobody in it gets a blank.
            sheets = [_read(r.path, f"reference sheet of {r.character}")
                      for r in request.references[:MAX_REFERENCES]] or [_blank_png()]
            for slot in slots:
                uploads.append(Upload.png(slot, sheets[(int(slot[4:]) - 1) % len(sheets)]))
        values = self._values(prompt=panel_prompt(request, self.settings.style), seed=request.seed,
                              width=width, height=height,
                              filename_prefix=f"microdrama/{request.shot.id}")
        return await self._image("panels", values, uploads, f"panel {request.shot.id}",
                                 request.width, request.height)

    async def reference_sheet(self, request: ReferenceRequest) -> bytes:
        """One character's reference sheet."""
        character = request.character.id
        width, height = self.settings.paint_size(self.workflow("reference sheets"),
                                                 (request.width, request.height))
        values = self._values(prompt=reference_prompt(request, self.settings.style),
                              seed=request.seed, width=width, height=height,
                              filename_prefix=f"microdrama/{character}-sheet")
        return await self._image("reference sheets", values, [], f"reference sheet {character}",
                                 request.width, request.height)


class ComfyUIClips(_ComfyUI):
    """Panel → moving clip with the user's image-to-video workflow; H.264 MP4 bytes."""

    purposes: ClassVar[tuple[str, ...]] = ("clips",)

    @property
    def price(self) -> Price:
        """What a clip costs (``price_per_clip``, counted as one "image" per clip)."""
        return Price(per_image=self.settings.price_per_clip)

    async def animate(self, request: ClipRequest) -> bytes:
        """The shot's clip: request.width×height at request.fps, at least duration_ms long."""
        from microdrama.media.clips import UnreadableClip, clip_to_mp4

        workflow = self.workflow("clips")
        width, height = self.settings.clip_size or (request.width, request.height)
        fps = self.settings.clip_fps or request.fps
        shot = request.shot.id
        uploads = []
        if "image" in workflow.placeholders:
            uploads.append(Upload.png("image", _read(request.image_path, f"panel of {shot}")))
        length = math.ceil(request.duration_ms * fps / 1000)
        if self.settings.max_frames:
            length = min(length, self.settings.max_frames)  # the rest holds the last frame
        values = self._values(
            prompt=clip_prompt(request, self.settings.style), seed=request.seed, width=width,
            height=height, frames=length, fps=fps, filename_prefix=f"microdrama/{shot}",
        )
        async with self._client() as client:
            finished = await client.run(workflow, values, uploads, what=f"clip {shot}")
            saved = _saved(finished.outputs, self.settings.output_node)
            videos = [f for f in saved if _is_video(f)]
            frames: list[OutputFile] = []
            if not videos:
                first = next((f.node for f in saved), None)
                frames = [f for f in saved if f.node == first]
            if not videos and not frames:
                raise self._unusable(client, finished, f"(clip {shot}) saved no video or "
                                     f"frames: add a video or image save node to {workflow.path}")
            video = await client.download(videos[0]) if videos else None
            images = [await client.download(f) for f in frames]
            try:
                data = await asyncio.to_thread(
                    clip_to_mp4, video=video, name=videos[0].filename if videos else "",
                    images=images, source_fps=fps, width=request.width, height=request.height,
                    fps=request.fps, duration_ms=request.duration_ms,
                )
            except UnreadableClip as error:
                raise self._unusable(client, finished, f"(clip {shot}): {error}") from None
        self.usage.add(self.settings.price_per_clip)
        return data
