"""ComfyUI as a painter (panels, reference sheets) and as a clip maker (panel → video).

The user brings workflows exported from ComfyUI in API format, with placeholders
where our values go (see :mod:`~microdrama.providers.comfyui.workflow`); the protocol
and resumable jobs are :mod:`~microdrama.providers.comfyui.api`, the prompts
:mod:`~microdrama.providers.comfyui.prompts`. Settings come from ``[providers.comfyui]``
in drama.toml (checked in :mod:`~microdrama.providers.comfyui.settings`)::

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
(the pack ``packs/workflows/comfyui/txt2img.json``). Every result is normalised: panels and sheets
are resized and centre-cropped to exactly the asked size; clips become H.264 yuv420p
MP4 at the asked size and frame rate, never shorter than the shot.
"""

from __future__ import annotations

import asyncio
import io
import math
from pathlib import Path, PurePosixPath
from typing import Any, ClassVar

import numpy as np
from PIL import Image, ImageOps

from microdrama.errors import InputError, ProviderError
from microdrama.providers.base import (
    ClipRequest,
    FaceStates,
    LipSyncRequest,
    PanelLayers,
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
from microdrama.providers.comfyui.prompts import (
    clip_prompt,
    lipsync_prompt,
    panel_prompt,
    reference_prompt,
)
from microdrama.providers.comfyui.settings import (
    MAX_REFERENCES,
    REFERENCES,
    VIDEO_SUFFIXES,
    ComfySettings,
)
from microdrama.providers.comfyui.workflow import Workflow
from microdrama.providers.http import LoopSemaphores
from microdrama.providers.openai.compat import Price

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
                     what: str, width: int, height: int, *, mask: bool = False
                     ) -> tuple[bytes, bytes | None]:
        """The job's image as a PNG of the asked size, and (``mask``) its mask node's."""
        workflow = self.workflow(purpose)
        masked = self.settings.mask_node if mask else None
        async with self._client() as client:
            finished = await client.run(workflow, values, uploads, what=what)
            images = [f for f in _saved(finished.outputs, self.settings.output_node)
                      if not _is_video(f) and f.node != masked]
            masks = [f for f in _saved(finished.outputs, masked) if not _is_video(f)] \
                if masked else []
            if not images:
                raise self._unusable(client, finished, f"({what}) saved no image: add a "
                                     f"SaveImage node to {workflow.path}")
            if masked and not masks:
                raise self._unusable(client, finished, f"({what}) saved no mask from node "
                                     f"{masked}: point mask_node at the node that saves it")
            pngs = []
            for file in [images[0], *masks[:1]]:
                try:
                    pngs.append(await asyncio.to_thread(fit_png, await client.download(file),
                                                        width, height))
                except (OSError, ValueError) as error:
                    raise self._unusable(client, finished, f"({what}) saved {file.filename}, "
                                         f"which is not an image: {error}") from None
        self.usage.add(self.settings.price_per_image)
        return pngs[0], pngs[1] if masked else None


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

    @staticmethod
    def layered(model: str | None, config: ProviderConfig) -> bool:
        """Panels come in layers when the workflow saves a mask (``mask_node``)."""
        return ComfySettings.parse(model, config).mask_node is not None

    async def paint_layers(self, request: PanelRequest, faces: FaceStates) -> PanelLayers:
        """The panel and a rig cut by the workflow's mask of the characters (no face
        states: a lip-sync provider makes an AI panel talk)."""
        from microdrama.media.rig import encode_rig, rig_from_mask

        panel, mask = await self._panel(request, mask=True)
        assert mask is not None

        def layers() -> PanelLayers:
            rgb = np.asarray(Image.open(io.BytesIO(panel)).convert("RGB"))
            cut = np.asarray(Image.open(io.BytesIO(mask)).convert("L"))
            colour, alpha, manifest = encode_rig(rig_from_mask(rgb, cut))
            return PanelLayers(panel, colour, alpha, manifest)

        return await asyncio.to_thread(layers)

    async def paint(self, request: PanelRequest) -> bytes:
        """One storyboard panel; the shot's reference sheets fill {{ref_1}}…{{ref_4}}."""
        return (await self._panel(request))[0]

    async def _panel(self, request: PanelRequest, *, mask: bool = False
                     ) -> tuple[bytes, bytes | None]:
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
                                 request.width, request.height, mask=mask)

    async def reference_sheet(self, request: ReferenceRequest) -> bytes:
        """One character's reference sheet."""
        character = request.character.id
        width, height = self.settings.paint_size(self.workflow("reference sheets"),
                                                 (request.width, request.height))
        values = self._values(prompt=reference_prompt(request, self.settings.style),
                              seed=request.seed, width=width, height=height,
                              filename_prefix=f"microdrama/{character}-sheet")
        return (await self._image("reference sheets", values, [],
                                  f"reference sheet {character}", request.width,
                                  request.height))[0]


class _Videos(_ComfyUI):
    """What the clip maker and the lip-sync share: a workflow that saves a video (or
    frames), made into H.264 at the asked size and rate, never shorter than asked."""

    async def _video(self, purpose: str, request: ClipRequest | LipSyncRequest,
                     uploads: list[Upload], prompt: str, what: str) -> bytes:
        from microdrama.media.clips import UnreadableClip, clip_to_mp4

        workflow = self.workflow(purpose)
        width, height = self.settings.clip_size or (request.width, request.height)
        fps = self.settings.clip_fps or request.fps
        shot = request.shot.id
        length = math.ceil(request.duration_ms * fps / 1000)
        if self.settings.max_frames:
            length = min(length, self.settings.max_frames)  # the rest holds the last frame
        values = self._values(
            prompt=prompt, seed=request.seed, width=width,
            height=height, frames=length, fps=fps, filename_prefix=f"microdrama/{shot}",
        )
        async with self._client() as client:
            finished = await client.run(workflow, values, uploads, what=what)
            saved = _saved(finished.outputs, self.settings.output_node)
            videos = [f for f in saved if _is_video(f)]
            frames: list[OutputFile] = []
            if not videos:
                first = next((f.node for f in saved), None)
                frames = [f for f in saved if f.node == first]
            if not videos and not frames:
                raise self._unusable(client, finished, f"({what}) saved no video or "
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
                raise self._unusable(client, finished, f"({what}): {error}") from None
        self.usage.add(self.settings.price_per_clip)
        return data


class ComfyUIClips(_Videos):
    """Panel → moving clip with the user's image-to-video workflow; H.264 MP4 bytes."""

    purposes: ClassVar[tuple[str, ...]] = ("clips",)

    @property
    def price(self) -> Price:
        """What a clip costs (``price_per_clip``, counted as one "image" per clip)."""
        return Price(per_image=self.settings.price_per_clip)

    async def animate(self, request: ClipRequest) -> bytes:
        """The shot's clip: request.width×height at request.fps, at least duration_ms long."""
        workflow = self.workflow("clips")
        uploads = []
        if "image" in workflow.placeholders:
            uploads.append(Upload.png("image", _read(request.image_path,
                                                     f"panel of {request.shot.id}")))
        return await self._video("clips", request, uploads, clip_prompt(request, self.settings.style),
                                 f"clip {request.shot.id}")


class ComfyUILipSync(_Videos):
    """Panel + a shot's voice track → a video whose speakers talk, with the user's
    lip-sync workflow (``{{image}}`` and ``{{audio}}``); H.264 MP4 bytes."""

    purposes: ClassVar[tuple[str, ...]] = ("lip-sync",)

    @property
    def price(self) -> Price:
        """What a talking shot costs (``price_per_clip``, counted as one "image")."""
        return Price(per_image=self.settings.price_per_clip)

    async def lipsync(self, request: LipSyncRequest) -> bytes:
        """The shot at request.width×height and request.fps, in time with its track."""
        workflow = self.workflow("lip-sync")
        shot = request.shot.id
        uploads = [Upload.named("audio", _read(request.audio_path, f"voice track of {shot}"),
                                "wav")]
        if "image" in workflow.placeholders:
            uploads.append(Upload.png("image", _read(request.image_path, f"panel of {shot}")))
        return await self._video("lip-sync", request, uploads,
                                 lipsync_prompt(request, self.settings.style), f"lip-sync {shot}")
