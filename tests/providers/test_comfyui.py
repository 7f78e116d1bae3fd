"""ComfyUI painter and clip maker against a fake ComfyUI over real sockets."""

from __future__ import annotations

import asyncio
import io
import json
import math
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from PIL import Image

from microdrama.domain import Bible
from microdrama.domain.storyboard import Shot, ShotCharacter
from microdrama.errors import InputError, ProviderError
from microdrama.media.rig import decode_rig
from microdrama.media.video import probe
from microdrama.packs import builtin_path
from microdrama.providers.base import (
    ClipRequest,
    FaceStates,
    PanelRequest,
    ProviderConfig,
    ReferenceImage,
    ReferenceRequest,
    SeriesRequest,
)
from microdrama.providers.comfyui.provider import ComfyUIClips, ComfyUIPainter
from microdrama.providers.offline.writer.cast import make_bible
from microdrama.providers.registry import get_provider, provider_identity
from tests.providers.fake_comfyui import MAGENTA, FakeComfyUI

W, H = 216, 384  # a fifth of 1080×1920 keeps the suite fast

REF_WORKFLOW = {
    "1": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "{{checkpoint}}"}},
    "2": {"class_type": "LoadImage", "inputs": {"image": "{{ref_1}}"}},
    "3": {"class_type": "LoadImage", "inputs": {"image": "{{ref_2}}"}},
    "4": {"class_type": "IPAdapterStyle",
          "inputs": {"model": ["1", 0], "image": ["2", 0], "image_b": ["3", 0], "weight": 0.8}},
    "5": {"class_type": "EmptyLatentImage",
          "inputs": {"width": "{{width}}", "height": "{{height}}", "batch_size": 1}},
    "6": {"class_type": "CLIPTextEncode",
          "inputs": {"text": "{{look}} | seed {{seed}} | {{prompt}}", "clip": ["1", 1]}},
    "7": {"class_type": "KSampler", "inputs": {"seed": "{{seed}}", "steps": 4, "model": ["4", 0],
                                               "positive": ["6", 0], "latent_image": ["5", 0]}},
    "8": {"class_type": "VAEDecode", "inputs": {"samples": ["7", 0], "vae": ["1", 2]}},
    "9": {"class_type": "SaveImage",
          "inputs": {"filename_prefix": "{{filename_prefix}}", "images": ["8", 0]}},
}


def clip_workflow(save: dict[str, Any]) -> dict[str, Any]:
    """An image-to-video workflow (Wan-like) ending in ``save``."""
    return {
        "1": {"class_type": "LoadImage", "inputs": {"image": "{{image}}"}},
        "2": {"class_type": "CLIPTextEncode", "inputs": {"text": "{{prompt}}"}},
        "3": {"class_type": "WanImageToVideo",
              "inputs": {"width": "{{width}}", "height": "{{height}}", "length": "{{frames}}",
                         "start_image": ["1", 0], "positive": ["2", 0]}},
        "4": {"class_type": "KSampler", "inputs": {"seed": "{{seed}}", "steps": 4,
                                                   "latent_image": ["3", 2]}},
        "5": {"class_type": "VAEDecode", "inputs": {"samples": ["4", 0]}},
        "6": {**save, "inputs": {**save["inputs"], "images": ["5", 0],
                                 "filename_prefix": "{{filename_prefix}}"}},
    }


SAVES = {
    "mp4 (VHS gifs)": {"class_type": "VHS_VideoCombine",
                       "inputs": {"frame_rate": "{{fps}}", "format": "video/h264-mp4"}},
    "webm (animated images)": {"class_type": "SaveWEBM",
                               "inputs": {"fps": "{{fps}}", "codec": "vp9"}},
    "frame list": {"class_type": "SaveImage", "inputs": {}},
    "animated webp": {"class_type": "SaveAnimatedWEBP", "inputs": {"fps": "{{fps}}"}},
}


@pytest.fixture(scope="module")
def bible() -> Bible:
    return make_bible(SeriesRequest(idea="A maid is secretly the heiress of a rich family",
                                    language="en", genre="auto", episodes=3, seed=1))


@pytest.fixture
def fake() -> Iterator[FakeComfyUI]:
    with FakeComfyUI() as server:
        yield server


def make_config(tmp_path: Path, fake: FakeComfyUI, **settings: Any) -> ProviderConfig:
    values = {"url": fake.url, "poll_s": 0.01, **settings}
    return ProviderConfig(settings=values, secrets={}, state_dir=str(tmp_path / "jobs"),
                          project_dir=str(tmp_path))


def write_json(path: Path, data: Any) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1), "utf-8")
    return str(path)


def panel_request(bible: Bible, *, references: list[ReferenceImage] | None = None,
                  seed: int = 7, characters: int = 2) -> PanelRequest:
    cast = bible.characters[:characters]
    shot = Shot(id="ep001-sh03", beat="ep001-sc01-b01", framing="MCU", angle="low",
                characters=[ShotCharacter(id=c.id, expression="shocked") for c in cast],
                location=bible.locations[0].id, action="She throws the ring on the table.",
                duration_ms=2000)
    return PanelRequest(shot=shot, characters=cast, location=bible.locations[0], width=W,
                        height=H, seed=seed, references=references or [])


def png(colour: tuple[int, int, int], size: tuple[int, int] = (96, 96)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def job_files(tmp_path: Path) -> list[dict[str, Any]]:
    folder = tmp_path / "jobs" / "comfyui-jobs"
    return [json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"))]


# --- painting --------------------------------------------------------------------------


def test_a_panel_from_the_built_in_workflow(tmp_path: Path, fake: FakeComfyUI,
                                            bible: Bible) -> None:
    painter = get_provider("comfyui", "painter", make_config(tmp_path, fake))
    request = panel_request(bible)
    data = asyncio.run(painter.paint(request))
    with Image.open(io.BytesIO(data)) as image:
        assert (image.format, image.size, image.mode) == ("PNG", (W, H), "RGB")
    (prompt,) = fake.prompts
    inputs = {node["class_type"]: node["inputs"] for node in prompt.values()}
    assert inputs["KSampler"]["seed"] == 7  # typed: an int, not "7"
    assert (inputs["EmptyLatentImage"]["width"], inputs["EmptyLatentImage"]["height"]) == (
        768, 1344)  # the built-in SDXL workflow paints SDXL-sized, then we scale
    assert inputs["CheckpointLoaderSimple"]["ckpt_name"] == "sd_xl_base_1.0.safetensors"
    assert inputs["SaveImage"]["filename_prefix"] == "microdrama/ep001-sh03"
    text = next(n["inputs"]["text"] for n in prompt.values()
                if n["class_type"] == "CLIPTextEncode" and "ring" in n["inputs"]["text"])
    assert "medium close-up" in text and "shocked expression" in text
    assert bible.locations[0].name in text
    assert fake.posts("/prompt")[0].json["client_id"]
    assert painter.usage.calls == 1 and painter.usage.cost_usd == 0.0
    assert len(job_files(tmp_path)) == 1  # kept: never paid twice


def test_reference_sheets_are_uploaded_and_fill_the_ref_placeholders(
        tmp_path: Path, fake: FakeComfyUI, bible: Bible) -> None:
    workflow = write_json(tmp_path / "workflows" / "panel.json", REF_WORKFLOW)
    config = make_config(tmp_path, fake, workflow="workflows/panel.json",
                         values={"look": "ink wash"}, price_per_image=0.02,
                         checkpoint="test.safetensors")
    sheets = []
    for index, character in enumerate(bible.characters[:2]):
        path = tmp_path / f"{character.id}.png"
        path.write_bytes(png((200, 40 * index, 10)))
        sheets.append(ReferenceImage(character=character.id, path=str(path), sha256="x",
                                     identity=f"IDENTITY-{character.id}", seed=3))
    painter = ComfyUIPainter(None, config)
    data = asyncio.run(painter.paint(panel_request(bible, references=sheets)))
    assert Image.open(io.BytesIO(data)).size == (W, H)
    (prompt,) = fake.prompts
    assert workflow.endswith("panel.json")
    for node, sheet in (("2", sheets[0]), ("3", sheets[1])):
        name = prompt[node]["inputs"]["image"]
        assert fake.uploads[name] == Path(sheet.path).read_bytes()
    uploads = fake.posts("/upload/image")
    assert len(uploads) == 2
    assert all(u.json["type"] == "input" and u.json["overwrite"] == "true" for u in uploads)
    text = prompt["6"]["inputs"]["text"]
    assert text.startswith("ink wash | seed 7 | ")  # placeholders inside text: substituted
    assert f"IDENTITY-{sheets[0].character}" in text  # the sheet's identity, not a guess
    assert (prompt["5"]["inputs"]["width"], prompt["5"]["inputs"]["height"]) == (W, H)
    assert prompt["1"]["inputs"]["ckpt_name"] == "test.safetensors"
    assert painter.usage.cost_usd == pytest.approx(0.02)


def test_a_shot_with_one_character_repeats_its_sheet(tmp_path: Path, fake: FakeComfyUI,
                                                     bible: Bible) -> None:
    write_json(tmp_path / "panel.json", REF_WORKFLOW)
    path = tmp_path / "sheet.png"
    path.write_bytes(png((10, 200, 10)))
    sheet = ReferenceImage(character=bible.characters[0].id, path=str(path), sha256="x",
                           identity="a woman", seed=3)
    painter = ComfyUIPainter(None, make_config(tmp_path, fake, workflow="panel.json",
                                               values={"look": ""}))
    asyncio.run(painter.paint(panel_request(bible, references=[sheet], characters=1)))
    (prompt,) = fake.prompts
    assert prompt["2"]["inputs"]["image"] == prompt["3"]["inputs"]["image"]
    assert len(fake.uploads) == 1


def test_a_panel_with_a_mask_comes_in_layers(tmp_path: Path, fake: FakeComfyUI,
                                            bible: Bible) -> None:
    workflow = json.loads(builtin_path("workflows", "comfyui/txt2img").read_text("utf-8"))
    decoded = next(k for k, n in workflow.items() if n["class_type"] == "VAEDecode")
    workflow["12"] = {"class_type": "CharacterMask", "inputs": {"images": [decoded, 0]}}
    workflow["13"] = {"class_type": "SaveImage",
                      "inputs": {"images": ["12", 0], "filename_prefix": "{{filename_prefix}}-m"}}
    write_json(tmp_path / "panel.json", workflow)
    config = make_config(tmp_path, fake, workflow="panel.json", mask_node="13")
    assert ComfyUIPainter.layered(None, config)
    assert not ComfyUIPainter.layered(None, make_config(tmp_path, fake))
    painter = ComfyUIPainter(None, config)
    made = asyncio.run(painter.paint_layers(panel_request(bible), FaceStates()))
    rig = decode_rig(made.colour, made.alpha, made.manifest)
    panel = np.asarray(Image.open(io.BytesIO(made.panel)).convert("RGB"))
    assert panel.shape == (H, W, 3) and len(fake.prompts) == 1
    (cast,) = rig.figures
    x0, y0, x1, y1 = cast.layer.box
    cover = np.zeros((H, W), np.uint8)
    cover[y0:y1, x0:x1] = cast.layer.image[..., 3]
    assert cover[int(H * 0.6), W // 2] == 255 and cover[20, 20] == 0  # the mask's figure
    assert not cast.sprites and cast.mouth is None  # an AI panel's face stays as painted
    # the set behind the figure is filled in from around it, never left black
    assert np.abs(rig.background[int(H * 0.6), W // 2].astype(int) - panel[20, 20]).max() < 8
    assert painter.usage.calls == 1


def test_a_reference_sheet(tmp_path: Path, fake: FakeComfyUI, bible: Bible) -> None:
    painter = ComfyUIPainter(None, make_config(tmp_path, fake))
    character = bible.characters[0]
    data = asyncio.run(painter.reference_sheet(ReferenceRequest(
        character=character, identity="IDENTITY", width=256, height=320, seed=11)))
    assert Image.open(io.BytesIO(data)).size == (256, 320)
    (prompt,) = fake.prompts
    assert prompt["3"]["inputs"]["seed"] == 11
    # The built-in SDXL workflow paints the same shape near a megapixel, then we scale.
    assert (prompt["5"]["inputs"]["width"], prompt["5"]["inputs"]["height"]) == (896, 1152)
    assert "reference sheet" in prompt["6"]["inputs"]["text"]
    assert prompt["9"]["inputs"]["filename_prefix"] == f"microdrama/{character.id}-sheet"


def test_a_reference_sheet_needs_a_workflow_without_refs(tmp_path: Path, fake: FakeComfyUI,
                                                         bible: Bible) -> None:
    write_json(tmp_path / "panel.json", REF_WORKFLOW)
    painter = ComfyUIPainter(None, make_config(tmp_path, fake, workflow="panel.json",
                                               values={"look": ""}))
    with pytest.raises(InputError) as caught:
        asyncio.run(painter.reference_sheet(ReferenceRequest(
            character=bible.characters[0], identity="x", seed=1)))
    message = str(caught.value)
    assert "panel.json" in message and "{{ref_1}}" in message
    assert "reference_workflow" in message and "Fix:" in message
    assert fake.requests == []


# --- clips -----------------------------------------------------------------------------


@pytest.mark.parametrize("save", list(SAVES), ids=list(SAVES))
def test_a_clip_is_an_h264_mp4_of_the_asked_size_rate_and_length(
        tmp_path: Path, fake: FakeComfyUI, bible: Bible, save: str) -> None:
    write_json(tmp_path / "clip.json", clip_workflow(SAVES[save]))
    panel = tmp_path / "panel.png"
    panel.write_bytes(png((30, 90, 200), (W, H)))
    config = make_config(tmp_path, fake, clip_workflow="clip.json", clip_size="120x200",
                         clip_fps=8)
    clips = get_provider("comfyui", "clip", config)
    shot = panel_request(bible).shot
    request = ClipRequest(shot=shot, image_path=str(panel), image_sha256="x", duration_ms=1300,
                          width=W, height=H, fps=30, seed=5)
    data = asyncio.run(clips.animate(request))
    out = tmp_path / "clip.mp4"
    out.write_bytes(data)
    info = probe(out)
    assert (info.codec, info.pix_fmt, info.width, info.height) == ("h264", "yuv420p", W, H)
    assert float(info.fps) == 30 and info.constant_frame_rate
    assert info.frame_count >= math.ceil(1300 * 30 / 1000)
    (prompt,) = fake.prompts
    inputs = prompt["3"]["inputs"]
    assert (inputs["width"], inputs["height"], inputs["length"]) == (120, 200, 11)  # ceil(1.3*8)
    assert prompt["4"]["inputs"]["seed"] == 5
    assert fake.uploads[prompt["1"]["inputs"]["image"]] == panel.read_bytes()
    with av.open(str(out)) as container:
        frames = [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]
    first, last = frames[0], frames[-1]
    magenta = np.array(MAGENTA)

    def bar_x(frame: np.ndarray) -> float:
        close = (np.abs(frame.astype(int) - magenta).sum(axis=2) < 120).mean(axis=0)
        return float(np.argmax(close))

    assert bar_x(first) < W * 0.3 < W * 0.7 < bar_x(last)  # the clip moves
    shown = first[H // 2, W - 3].astype(int)  # right of the bar: the panel shows through
    assert np.abs(shown - (30, 90, 200)).max() < 25, shown
    assert clips.usage.calls == 1 and len(job_files(tmp_path)) == 1


def test_max_frames_caps_the_workflow_and_the_clip_holds_its_last_frame(
        tmp_path: Path, fake: FakeComfyUI, bible: Bible) -> None:
    write_json(tmp_path / "clip.json", clip_workflow(SAVES["frame list"]))
    panel = tmp_path / "panel.png"
    panel.write_bytes(png((200, 200, 40), (W, H)))
    config = make_config(tmp_path, fake, clip_workflow="clip.json", clip_size="64x112",
                         clip_fps=8, max_frames=4)
    request = ClipRequest(shot=panel_request(bible).shot, image_path=str(panel),
                          image_sha256="x", duration_ms=2000, width=W, height=H, fps=30)
    out = tmp_path / "clip.mp4"
    out.write_bytes(asyncio.run(ComfyUIClips(None, config).animate(request)))
    assert fake.prompts[0]["3"]["inputs"]["length"] == 4
    assert probe(out).frame_count >= 60  # 4 frames at 8 fps, then the last one held


def test_clips_need_a_clip_workflow(tmp_path: Path, fake: FakeComfyUI) -> None:
    with pytest.raises(InputError) as caught:
        ComfyUIClips(None, make_config(tmp_path, fake))
    message = str(caught.value)
    assert "drama.toml" in message and "[providers.comfyui] clip_workflow" in message
    assert "Export (API)" in message and "{{image}}" in message


# --- throttling and errors ---------------------------------------------------------------


def test_429_with_retry_after_then_success(tmp_path: Path, fake: FakeComfyUI, bible: Bible,
                                           caplog: pytest.LogCaptureFixture) -> None:
    fake.fail_prompt(429, retry_after="1")
    painter = ComfyUIPainter(None, make_config(tmp_path, fake))
    with caplog.at_level("WARNING", logger="microdrama.providers.http"):
        asyncio.run(painter.paint(panel_request(bible)))
    assert "HTTP 429 (attempt 1 of 5); retrying in 1.00 s" in caplog.text  # as the server asked
    assert len(fake.posts("/prompt")) == 2 and len(fake.prompts) == 1


def test_500_is_retried(tmp_path: Path, fake: FakeComfyUI, bible: Bible) -> None:
    fake.fail_prompt(500)
    painter = ComfyUIPainter(None, make_config(tmp_path, fake))
    assert asyncio.run(painter.paint(panel_request(bible)))
    assert len(fake.posts("/prompt")) == 2


def test_node_errors_become_a_clear_provider_error(tmp_path: Path, fake: FakeComfyUI,
                                                   bible: Bible) -> None:
    painter = ComfyUIPainter(None, make_config(tmp_path, fake, checkpoint="missing.safetensors"))
    with pytest.raises(ProviderError) as caught:
        asyncio.run(painter.paint(panel_request(bible)))
    error = caught.value
    message = str(error)
    assert error.status == 400 and error.provider == "comfyui"
    assert "Prompt outputs failed validation" in message
    assert "node 4 (CheckpointLoaderSimple)" in message and "missing.safetensors" in message
    assert "txt2img.json" in message  # which workflow
    assert len(fake.posts("/prompt")) == 1  # a 400 is not retried
    assert job_files(tmp_path) == []


def test_a_finished_job_is_collected_again_not_paid_twice(
        tmp_path: Path, fake: FakeComfyUI, bible: Bible) -> None:
    """A build killed after the download but before the store asks again: the same job's
    outputs are downloaded again; no second job is queued."""
    config = make_config(tmp_path, fake)
    first = asyncio.run(ComfyUIPainter(None, config).paint(panel_request(bible)))
    again = asyncio.run(ComfyUIPainter(None, config).paint(panel_request(bible)))
    assert first == again and len(fake.posts("/prompt")) == 1


def test_a_failed_job_is_reported_and_forgotten(tmp_path: Path, fake: FakeComfyUI,
                                                bible: Bible) -> None:
    fake.plan(polls=1, error="CUDA out of memory")
    painter = ComfyUIPainter(None, make_config(tmp_path, fake))
    with pytest.raises(ProviderError) as caught:
        asyncio.run(painter.paint(panel_request(bible)))
    message = str(caught.value)
    assert "CUDA out of memory" in message and "KSampler" in message
    assert job_files(tmp_path) == []
    asyncio.run(painter.paint(panel_request(bible)))  # a retry queues it again
    assert len(fake.prompts) == 2


def test_an_unreachable_server_says_where_it_looked(tmp_path: Path, bible: Bible) -> None:
    with socket.socket() as probe_socket:
        probe_socket.bind(("127.0.0.1", 0))
        port = probe_socket.getsockname()[1]
    config = ProviderConfig(settings={"url": f"http://127.0.0.1:{port}", "max_attempts": 1},
                            state_dir=str(tmp_path / "jobs"), project_dir=str(tmp_path))
    with pytest.raises(ProviderError) as caught:
        asyncio.run(ComfyUIPainter(None, config).paint(panel_request(bible)))
    assert f"is ComfyUI running at http://127.0.0.1:{port}" in str(caught.value)


# --- long jobs: persisted, resumed, resubmitted ------------------------------------------


def test_a_job_that_never_finishes_is_kept_for_the_next_build(
        tmp_path: Path, fake: FakeComfyUI, bible: Bible) -> None:
    fake.plan(never=True)
    config = make_config(tmp_path, fake, job_timeout_s=0.3)
    with pytest.raises(ProviderError) as caught:
        asyncio.run(ComfyUIPainter(None, config).paint(panel_request(bible)))
    (prompt_id,) = fake.jobs
    message = str(caught.value)
    assert prompt_id in message and "the next build resumes it" in message
    assert [job["prompt_id"] for job in job_files(tmp_path)] == [prompt_id]
    # The job ends; the next build (a new provider, same state dir) collects it.
    fake.finish(prompt_id)
    data = asyncio.run(ComfyUIPainter(None, config).paint(panel_request(bible)))
    assert Image.open(io.BytesIO(data)).size == (W, H)
    assert len(fake.posts("/prompt")) == 1
    assert len(job_files(tmp_path)) == 1


def test_a_build_killed_mid_job_resumes_the_same_prompt(
        tmp_path: Path, fake: FakeComfyUI, bible: Bible) -> None:
    fake.plan(polls=20)
    config = make_config(tmp_path, fake)

    async def killed() -> None:
        task = asyncio.create_task(ComfyUIPainter(None, config).paint(panel_request(bible)))
        while not any(r.path.startswith("/history/") for r in fake.requests):
            await asyncio.sleep(0.005)
        task.cancel()  # what a kill does, as far as the server can tell
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(killed())
    (prompt_id,) = fake.jobs
    assert [job["prompt_id"] for job in job_files(tmp_path)] == [prompt_id]
    uploads_before = len(fake.posts("/upload/image"))
    asyncio.run(ComfyUIPainter(None, config).paint(panel_request(bible)))
    assert len(fake.posts("/prompt")) == 1  # no second job
    assert len(fake.posts("/upload/image")) == uploads_before
    polled = {r.path for r in fake.requests if r.path.startswith("/history/")}
    assert polled == {f"/history/{prompt_id}"}
    assert len(job_files(tmp_path)) == 1


def test_a_job_the_restarted_server_forgot_is_queued_again(
        tmp_path: Path, fake: FakeComfyUI, bible: Bible) -> None:
    fake.plan(never=True)
    config = make_config(tmp_path, fake, job_timeout_s=0.2)
    with pytest.raises(ProviderError):
        asyncio.run(ComfyUIPainter(None, config).paint(panel_request(bible)))
    (first,) = fake.jobs
    fake.restart()
    # The same job files, and time enough for the queued-again job on a loaded machine.
    patient = make_config(tmp_path, fake, job_timeout_s=30)
    data = asyncio.run(ComfyUIPainter(None, patient).paint(panel_request(bible)))
    assert Image.open(io.BytesIO(data)).size == (W, H)
    assert len(fake.posts("/prompt")) == 2
    assert first not in fake.jobs and len(fake.jobs) == 1
    assert len(job_files(tmp_path)) == 1


# --- settings, workflows, identity ------------------------------------------------------


@pytest.mark.parametrize(("settings", "key", "words"), [
    ({"urll": "http://x"}, "urll", "unknown setting"),
    ({"url": "127.0.0.1:8188"}, "url", "http://"),
    ({"poll_s": 0}, "poll_s", "above 0"),
    ({"panel_size": "big"}, "panel_size", "WIDTHxHEIGHT"),
    ({"concurrency": 0}, "concurrency", "from 1"),
    ({"values": {"seed": 3}}, "values", "filled by microdrama"),
])
def test_bad_settings_name_drama_toml_the_key_and_the_fix(
        tmp_path: Path, settings: dict[str, Any], key: str, words: str) -> None:
    config = ProviderConfig(settings=settings, project_dir=str(tmp_path))
    with pytest.raises(InputError) as caught:
        ComfyUIPainter(None, config)
    message = str(caught.value)
    assert message.startswith(f"drama.toml, [providers.comfyui] {key}: ")
    assert words in message and "Fix:" in message


@pytest.mark.parametrize(("content", "words"), [
    (None, "does not exist"),
    ("{not json", "not valid JSON"),
    (json.dumps({"nodes": [], "links": []}), "UI format"),
    (json.dumps({"3": {"class_type": "KSampler", "inputs": {"seed": "{{sead}}"}}}),
     "unknown placeholder {{sead}}"),
    (json.dumps({"1": {"class_type": "LoadImage", "inputs": {"image": "{{image}}"}}}),
     "unknown placeholder {{image}} for panels"),
])
def test_bad_workflows_name_the_file_and_the_fix(tmp_path: Path, content: str | None,
                                                  words: str) -> None:
    path = tmp_path / "workflows" / "panel.json"
    if content is not None:
        path.parent.mkdir()
        path.write_text(content, "utf-8")
    config = ProviderConfig(settings={"workflow": "workflows/panel.json"},
                            project_dir=str(tmp_path))
    with pytest.raises(InputError) as caught:
        provider_identity("comfyui", "painter", config)  # found when the build plans
    message = str(caught.value)
    assert str(path) in message and words in message and "Fix:" in message


def test_identity_follows_the_workflow_not_run_only_settings(tmp_path: Path) -> None:
    path = tmp_path / "clip.json"
    write_json(path, clip_workflow(SAVES["frame list"]))

    def identity(**settings: Any) -> dict[str, Any]:
        config = ProviderConfig(settings={"clip_workflow": "clip.json", **settings},
                                project_dir=str(tmp_path))
        return provider_identity("comfyui", "clip", config)

    before = identity()
    assert identity(url="http://gpu-box:8188", poll_s=5, job_timeout_s=60, timeout_s=9,
                    concurrency=1, price_per_clip=0.3) == before
    assert identity(clip_fps=16) != before
    write_json(path, {**clip_workflow(SAVES["frame list"]),
                      "9": {"class_type": "PreviewImage", "inputs": {}}})
    assert identity() != before
    assert provider_identity("comfyui:other.safetensors", "painter", ProviderConfig(
        project_dir=str(tmp_path))) != provider_identity("comfyui", "painter", ProviderConfig(
            project_dir=str(tmp_path)))
