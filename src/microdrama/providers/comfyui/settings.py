"""The ``[providers.comfyui]`` table: every key, checked, with defaults; the workflow
for each purpose (panels, reference sheets, clips) and what shapes its outputs."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from microdrama.errors import InputError
from microdrama.packs import builtin_path
from microdrama.providers.base import ProviderConfig
from microdrama.providers.comfyui.workflow import PLACEHOLDER, Workflow, load_workflow
from microdrama.providers.http import RetryPolicy

#: The built-in panel workflow: the pack workflows/comfyui/txt2img.json.
DEFAULT_WORKFLOW = builtin_path("workflows", "comfyui/txt2img")
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
    "lip-sync": COMMON | {"image", "audio", "frames", "fps"},
}
#: Filled by microdrama in some workflow: never a user value.
FILLED = frozenset().union(*PURPOSES.values())

#: Every key of [providers.comfyui] and what to write for it.
SETTINGS: dict[str, str] = {
    "url": 'url = "http://127.0.0.1:8188" (where ComfyUI listens)',
    "workflow": 'workflow = "workflows/panel.json" (API-format JSON, relative to the project)',
    "reference_workflow": 'reference_workflow = "workflows/sheet.json"',
    "clip_workflow": 'clip_workflow = "workflows/clip.json"',
    "lipsync_workflow": 'lipsync_workflow = "workflows/lipsync.json" (panel + {{audio}} → '
                        'a talking video)',
    "checkpoint": 'checkpoint = "sd_xl_base_1.0.safetensors" (fills {{checkpoint}})',
    "negative": 'negative = "blurry, text, watermark" (fills {{negative}})',
    "style": 'style = "cinematic, film grain" (words put before every prompt)',
    "panel_size": 'panel_size = "768x1344" (what the workflow paints; panels are then scaled)',
    "clip_size": 'clip_size = "480x832" (what the clip workflow makes; clips are then scaled)',
    "clip_fps": "clip_fps = 16 (the clip workflow's frame rate; fills {{fps}})",
    "max_frames": "max_frames = 81 (most frames the clip model makes; longer shots hold "
                  "the last frame)",
    "output_node": 'output_node = "9" (the node whose saved files are the result)',
    "mask_node": 'mask_node = "12" (the panel workflow\'s node that saves a mask of the '
                 'characters, white where they are: panels then come in layers)',
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
    lipsync_workflow: Path | None
    checkpoint: str
    negative: str
    style: str
    panel_size: tuple[int, int] | None
    clip_size: tuple[int, int] | None
    clip_fps: int | None
    max_frames: int | None
    output_node: str | None
    values: dict[str, Any] = field(hash=False)
    mask_node: str | None = None
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
            if name in FILLED:
                raise _bad("values", f"{{{{{name}}}}} is filled by microdrama; remove it "
                                     "from values")
            if type(value) not in (str, int, float, bool):
                raise _bad("values", f"values.{name} must be a string, number or boolean")
        clip_fps, max_frames = raw.get("clip_fps"), raw.get("max_frames")
        output_node, mask_node = raw.get("output_node"), raw.get("mask_node")
        for key, node in (("output_node", output_node), ("mask_node", mask_node)):
            if node is not None and type(node) not in (str, int):
                raise _bad(key, f"{key} must be a node id, not {node!r}")
        return cls(
            url=url,
            workflow=workflow,
            reference_workflow=_path(raw, "reference_workflow", config) or workflow,
            clip_workflow=_path(raw, "clip_workflow", config),
            lipsync_workflow=_path(raw, "lipsync_workflow", config),
            checkpoint=model or _text(raw, "checkpoint", DEFAULT_CHECKPOINT),
            negative=_text(raw, "negative", DEFAULT_NEGATIVE),
            style=_text(raw, "style", DEFAULT_STYLE),
            panel_size=_size(raw, "panel_size"),
            clip_size=_size(raw, "clip_size"),
            clip_fps=None if clip_fps is None else _count(raw, "clip_fps", 16, maximum=240),
            max_frames=None if max_frames is None else _count(raw, "max_frames", 81),
            output_node=None if output_node is None else str(output_node),
            mask_node=None if mask_node is None else str(mask_node),
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
        elif purpose == "lip-sync":
            if self.lipsync_workflow is None:
                raise InputError(
                    "ComfyUI lip-sync needs your talking-video workflow (there is no built-in "
                    "one)", file="drama.toml", where=f"{_WHERE} lipsync_workflow",
                    fix="build a lip-sync workflow in ComfyUI (LatentSync, Wav2Lip, "
                    "Sonic, FantasyTalking, …) with {{image}} as the LoadImage image, "
                    "{{audio}} as the LoadAudio audio and {{frames}}, {{fps}}, {{width}}, "
                    "{{height}}, {{prompt}}, {{seed}} where they belong; save it with Workflow "
                    '→ Export (API) and write lipsync_workflow = "workflows/lipsync.json"',
                )
            path, setting = self.lipsync_workflow, "lipsync_workflow"
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
        if self.mask_node is not None:  # only then, so other keys stay as they were
            shaping["mask_node"] = self.mask_node
        for index, purpose in enumerate(purposes):
            workflow = self.load(purpose, check=index == 0)
            shaping[f"workflow:{purpose}"] = workflow.sha256
            if purpose == "panels":
                shaping["panel_size"] = list(self.panel_size) if self.panel_size else None
            if purpose in ("clips", "lip-sync"):
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
