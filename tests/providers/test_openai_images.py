"""The OpenAI images adapter, against the real-HTTP fake server, decoding real PNGs."""

from __future__ import annotations

import asyncio
import hashlib
import io
from collections.abc import Awaitable
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pytest
from PIL import Image

from microdrama.domain import Bible, Character, Location
from microdrama.domain.storyboard import Shot, ShotCharacter
from microdrama.errors import InputError, ProviderError
from microdrama.providers.appearance import identity_prompt
from microdrama.providers.base import (
    PanelRequest,
    ProviderConfig,
    ReferenceImage,
    ReferenceRequest,
    SeriesRequest,
)
from microdrama.providers.http import RetryPolicy
from microdrama.providers.offline.writer.cast import make_bible
from microdrama.providers.openai.image_prompts import fit_prompt, panel_prompt
from microdrama.providers.openai.images import OpenAIImages, nearest_size
from microdrama.providers.registry import get_provider, provider_identity
from tests.providers.fake_openai import FakeOpenAI, Sleeps, parse_multipart, png

KEY = "sk-img-test-5e1d7c9a3b"
FAST = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=5.0, jitter=0.0, timeout=5.0)
W, H = 270, 480  # a quarter of 1080×1920 keeps the suite fast
RED = (200, 40, 60)
T = TypeVar("T")






@pytest.fixture(scope="module")
def bible() -> Bible:
    return make_bible(SeriesRequest(idea="A maid is secretly the heiress of a rich family",
                                    language="en", genre="auto", episodes=3, seed=1))


def config(fake: FakeOpenAI, *, settings: dict[str, Any] | None = None,
           prices: dict[str, Any] | None = None, key: str | None = KEY) -> ProviderConfig:
    vendor: dict[str, Any] = {"base_url": fake.base_url}
    if prices is not None:
        vendor["prices"] = prices
    return ProviderConfig(settings=settings or {}, vendors={"openai": vendor},
                          secrets={"OPENAI_API_KEY": key} if key else {})


def painter(fake: FakeOpenAI, model: str = "openai/gpt-image-1",
            **kwargs: Any) -> tuple[OpenAIImages, Sleeps]:
    sleeps = Sleeps()
    return OpenAIImages(model, config(fake, **kwargs), policy=FAST, sleep=sleeps), sleeps


def run(coroutine: Awaitable[T]) -> T:
    async def main() -> T:
        return await coroutine

    return asyncio.run(main())


def shot(*characters: Character, framing: str = "MS") -> Shot:
    return Shot(
        id="ep001-sh03", beat="ep001-sc01-b02", framing=framing,  # type: ignore[arg-type]
        angle="low", characters=[ShotCharacter(id=c.id, expression="angry", position=p)
                                 for c, p in zip(characters, ("left", "right"), strict=False)],
        location="lin-mansion", time="night", action="She throws the wine in his face.",
        prompt="banquet hall, shattered glass", duration_ms=2000,
    )


def panel(*characters: Character, references: list[ReferenceImage] | None = None,
          width: int = W, height: int = H, framing: str = "MS") -> PanelRequest:
    return PanelRequest(
        shot=shot(*characters, framing=framing), characters=list(characters),
        location=Location(id="lin-mansion", name="Lin Mansion", kind="mansion",
                          description="marble stairs, chandeliers"),
        width=width, height=height, references=references or [],
    )


def sheet_file(tmp_path: Path, character: Character, color: tuple[int, int, int]) -> ReferenceImage:
    data = png(64, 96, color)
    path = tmp_path / f"{character.id}.png"
    path.write_bytes(data)
    return ReferenceImage(character=character.id, path=str(path),
                          sha256=hashlib.sha256(data).hexdigest(),
                          identity=identity_prompt(character), seed=7)


def decode(data: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG"
        return np.asarray(image.convert("RGB")).astype(np.int32)


# --- generations and edits --------------------------------------------------------------


def test_a_shot_without_people_is_one_generation_of_exact_size(fake: FakeOpenAI) -> None:
    fake.image(RED)
    images, sleeps = painter(fake)
    pixels = decode(run(images.paint(panel())))
    assert pixels.shape == (H, W, 3)
    assert np.abs(pixels - RED).max() <= 2
    [request] = fake.requests
    assert request.path == "/v1/images/generations"
    assert request.headers["authorization"] == f"Bearer {KEY}"
    body = request.json
    assert (body["model"], body["size"], body["n"]) == ("gpt-image-1", "1024x1536", 1)
    assert body["quality"] == "medium"  # the quality vendors.toml prices
    assert "response_format" not in body  # gpt-image models always answer base64
    prompt = body["prompt"]
    for words in ("medium shot", "low-angle", "throws the wine", "shattered glass",
                  "Lin Mansion", "night", "No people in frame", "anime-style"):
        assert words in prompt, words
    assert images.usage.calls == 1 and sleeps.seen == []


def test_characters_go_to_edits_with_their_reference_sheets(
        fake: FakeOpenAI, bible: Bible, tmp_path: Path) -> None:
    lead, rival = bible.characters[0], bible.characters[2]
    refs = [sheet_file(tmp_path, rival, (10, 200, 10)), sheet_file(tmp_path, lead, (10, 10, 200))]
    fake.image((30, 60, 90), size=(1024, 1536))
    images, _ = painter(fake, settings={"quality": "high"})
    pixels = decode(run(images.paint(panel(lead, rival, references=refs))))
    assert pixels.shape == (H, W, 3)
    [request] = fake.requests
    assert request.path == "/v1/images/edits"
    form = parse_multipart(request.headers["content-type"], request.body)
    # Sheets in the order the shot lists its characters, byte for byte.
    assert [f.name for f in form.files] == ["image[]", "image[]"]
    assert [f.data for f in form.files] == [Path(refs[1].path).read_bytes(),
                                            Path(refs[0].path).read_bytes()]
    assert all(f.content_type == "image/png" for f in form.files)
    fields = form.fields
    assert (fields["model"], fields["size"], fields["n"], fields["quality"]) == (
        "gpt-image-1", "1024x1536", "1", "high")
    prompt = fields["prompt"]
    assert f"Character 1: {lead.name}, left of frame, angry expression" in prompt
    assert identity_prompt(lead) in prompt and identity_prompt(rival) in prompt
    assert "input image 1" in prompt and "input image 2" in prompt
    assert request.headers["authorization"] == f"Bearer {KEY}"


def test_an_edit_retried_after_429_sends_the_sheets_again(
        fake: FakeOpenAI, bible: Bible, tmp_path: Path) -> None:
    lead = bible.characters[0]
    ref = sheet_file(tmp_path, lead, (1, 2, 3))
    fake.error(429, "slow down", retry_after="1")
    fake.image()
    images, sleeps = painter(fake)
    run(images.paint(panel(lead, references=[ref])))
    assert sleeps.seen == [1.0]
    first, second = (parse_multipart(r.headers["content-type"], r.body) for r in fake.requests)
    assert first == second and second.files[0].data == Path(ref.path).read_bytes()


def test_an_extreme_close_up_sends_only_the_face_in_frame(
        fake: FakeOpenAI, bible: Bible, tmp_path: Path) -> None:
    lead, rival = bible.characters[0], bible.characters[2]
    refs = [sheet_file(tmp_path, c, (9, 9, 9)) for c in (lead, rival)]
    fake.image()
    images, _ = painter(fake)
    run(images.paint(panel(lead, rival, references=refs, framing="ECU")))
    form = parse_multipart(fake.requests[0].headers["content-type"], fake.requests[0].body)
    assert len(form.files) == 1 and rival.name not in form.fields["prompt"]


def test_a_changed_reference_sheet_is_refused_not_sent(
        fake: FakeOpenAI, bible: Bible, tmp_path: Path) -> None:
    lead = bible.characters[0]
    ref = sheet_file(tmp_path, lead, (1, 2, 3))
    Path(ref.path).write_bytes(png(64, 96, (4, 5, 6)))
    images, _ = painter(fake)
    with pytest.raises(InputError, match="changed after the build was planned"):
        run(images.paint(panel(lead, references=[ref])))
    assert fake.requests == []


def test_a_reference_sheet_is_a_turnaround_of_the_identity(fake: FakeOpenAI, bible: Bible) -> None:
    lead = bible.characters[0]
    fake.image((240, 240, 240), size=(1024, 1536))
    images, _ = painter(fake, settings={"image_style": "Style: ink wash."})
    request = ReferenceRequest(character=lead, identity=identity_prompt(lead), width=256,
                               height=384, seed=5)
    pixels = decode(run(images.reference_sheet(request)))
    assert pixels.shape == (384, 256, 3)
    body = fake.requests[0].json
    assert fake.requests[0].path == "/v1/images/generations" and body["size"] == "1024x1536"
    prompt = body["prompt"]
    assert "turnaround" in prompt and lead.name in prompt and identity_prompt(lead) in prompt
    assert "Style: ink wash." in prompt and "plain" in prompt.lower()


# --- sizes and answers --------------------------------------------------------------------


@pytest.mark.parametrize(("model", "size", "expected"), [
    ("gpt-image-1", "1024x1536", "1024x1536"),
    ("gpt-image-1", "1080x1920", "1024x1536"),  # nearest portrait the model takes
    ("gpt-image-1", "1536x1024", "1536x1024"),
    ("dall-e-3", "1024x1536", "1024x1792"),
    ("dall-e-2", "1024x1536", "1024x1024"),
    ("flux-schnell", "768x1344", "768x1344"),  # unknown model: the setting as written
])
def test_the_api_size_is_the_nearest_the_model_supports(model: str, size: str,
                                                        expected: str) -> None:
    width, height = map(int, size.split("x"))
    assert nearest_size(model, width, height) == expected


def test_dall_e_3_asks_for_base64_and_gets_cropped_to_exact_size(fake: FakeOpenAI) -> None:
    # A 1024×1792 answer (9:15.75) scaled and cropped to 1080×1920 (9:16).
    fake.image((0, 0, 255), size=(1024, 1792))
    images, _ = painter(fake, model="openai/dall-e-3")
    pixels = decode(run(images.paint(panel(width=1080, height=1920))))
    assert pixels.shape == (1920, 1080, 3)
    body = fake.requests[0].json
    assert (body["model"], body["size"], body["response_format"]) == (
        "dall-e-3", "1024x1792", "b64_json")
    assert "quality" not in body


def test_a_bad_size_setting_names_the_table() -> None:
    with pytest.raises(InputError, match=r"providers.openai-compat\] size"):
        OpenAIImages("openai/gpt-image-1", ProviderConfig(settings={"size": "big"},
                                                          secrets={"OPENAI_API_KEY": KEY}))


def test_a_url_answer_is_downloaded_from_the_vendor(fake: FakeOpenAI) -> None:
    fake.image((20, 160, 40), as_url=True, size=(1024, 1024))
    images, _ = painter(fake, model="openai/dall-e-2", settings={"response_format": "url"})
    pixels = decode(run(images.paint(panel())))
    assert pixels.shape == (H, W, 3) and np.abs(pixels - (20, 160, 40)).max() <= 2
    post, get = fake.requests
    assert post.json["response_format"] == "url"
    assert (get.method, get.path) == ("GET", "/v1/files/img-1.png")


def test_an_answer_without_an_image_is_a_provider_error(fake: FakeOpenAI) -> None:
    fake.garbage('{"data": []}')
    images, _ = painter(fake)
    with pytest.raises(ProviderError, match="no data\\[0\\] image") as caught:
        run(images.paint(panel()))
    assert (caught.value.provider, caught.value.model) == ("openai", "gpt-image-1")


# --- failures -------------------------------------------------------------------------------


def test_429_with_retry_after_then_success(fake: FakeOpenAI) -> None:
    fake.error(429, "rate limited", retry_after="2")
    fake.image()
    images, sleeps = painter(fake)
    assert decode(run(images.paint(panel()))).shape == (H, W, 3)
    assert sleeps.seen == [2.0] and len(fake.requests) == 2
    assert images.usage.calls == 1  # the throttled attempt is not a call


def test_500s_exhausted_name_vendor_model_and_status(fake: FakeOpenAI) -> None:
    fake.error(500, "the GPUs are on fire", times=None)
    images, sleeps = painter(fake)
    with pytest.raises(ProviderError) as caught:
        run(images.paint(panel()))
    error = caught.value
    assert (error.provider, error.model, error.status) == ("openai", "gpt-image-1", 500)
    assert "HTTP 500 on all 3 attempts" in str(error) and "the GPUs are on fire" in str(error)
    assert len(fake.requests) == 3 and len(sleeps.seen) == 2


def test_a_content_policy_refusal_is_clear_and_not_retried(fake: FakeOpenAI) -> None:
    fake.refuse("Your request was rejected as a result of our safety system.")
    images, sleeps = painter(fake)
    with pytest.raises(ProviderError) as caught:
        run(images.paint(panel()))
    message = str(caught.value)
    assert "refused to draw panel ep001-sh03 under its content policy" in message
    assert "safety system" in message and "reword" in message
    assert caught.value.status == 400 and len(fake.requests) == 1 and sleeps.seen == []


def test_a_rejected_key_never_shows_the_key(fake: FakeOpenAI) -> None:
    fake.error(401, "bad key", echo_auth=True)
    images, _ = painter(fake)
    with pytest.raises(ProviderError) as caught:
        run(images.paint(panel()))
    assert KEY not in str(caught.value) and KEY not in (caught.value.body or "")
    assert "check OPENAI_API_KEY" in str(caught.value)
    assert KEY not in repr(images)


def test_a_missing_key_says_which_variable_to_set(fake: FakeOpenAI) -> None:
    with pytest.raises(InputError, match="No key found for openai — set OPENAI_API_KEY"):
        painter(fake, key=None)


def test_dall_e_3_cannot_take_sheets_unless_told_to_use_words(
        fake: FakeOpenAI, bible: Bible, tmp_path: Path) -> None:
    lead = bible.characters[0]
    ref = sheet_file(tmp_path, lead, (1, 2, 3))
    images, _ = painter(fake, model="openai/dall-e-3")
    with pytest.raises(InputError, match='references = "prompt"'):
        run(images.paint(panel(lead, references=[ref])))
    fake.image(size=(1024, 1792))
    words, _ = painter(fake, model="openai/dall-e-3", settings={"references": "prompt"})
    run(words.paint(panel(lead, references=[ref])))
    [request] = fake.requests
    assert request.path == "/v1/images/generations"
    assert identity_prompt(lead) in request.json["prompt"]


# --- cost and identity ------------------------------------------------------------------------


def test_cost_is_the_per_image_price(fake: FakeOpenAI) -> None:
    fake.image(times=2)
    images, _ = painter(fake, prices={"gpt-image-1": {"per_image": 0.042}})
    run(images.paint(panel()))
    run(images.paint(panel()))
    assert images.usage.calls == 2 and images.usage.cost_usd == pytest.approx(0.084)
    assert images.price is not None and images.price.per_image == 0.042  # for estimates


def test_cost_from_token_prices_and_unknown_when_unpriced(fake: FakeOpenAI) -> None:
    fake.image(usage=True)
    images, _ = painter(fake, prices={"gpt-image-1": {"input": 10.0, "output": 40.0}})
    run(images.paint(panel()))
    assert images.usage.cost_usd == pytest.approx((50 * 10 + 1056 * 40) / 1e6)
    assert (images.usage.input_tokens, images.usage.output_tokens) == (50, 1056)
    fake.image()
    unpriced = OpenAIImages("studio/flux-dev", ProviderConfig(
        vendors={"studio": {"base_url": fake.base_url}}), policy=FAST)
    run(unpriced.paint(panel()))
    assert unpriced.usage.calls == 1 and unpriced.usage.cost_usd is None
    assert unpriced.price is None and fake.requests[-1].json["size"] == "1024x1536"
    assert "authorization" not in fake.requests[-1].headers  # a keyless local server


def test_the_registry_builds_it_and_keys_only_image_settings(fake: FakeOpenAI) -> None:
    settings = {"size": "1024x1024", "temperature": 0.3, "timeout_s": 60}
    made = get_provider("openai-compat:openai/gpt-image-1", "painter",
                        config(fake, settings=settings))
    assert isinstance(made, OpenAIImages) and made.policy.timeout == 60
    identity = provider_identity("openai-compat:openai/gpt-image-1", "painter",
                                 ProviderConfig(settings=settings))
    assert identity == {"size": "1024x1024"}


def test_prompts_stay_under_the_limit(bible: Bible) -> None:
    long = bible.characters[0].model_copy(update={"name": "N" * 3000})
    request = panel(long)
    prompt = panel_prompt(request, "Style: x.", referenced=[], limit=1000)
    assert len(prompt) <= 1000
    assert "Location: Lin Mansion" in prompt and "Style: x." in prompt  # nothing dropped
    assert fit_prompt(["a" * 50, "b" * 50], 1000) == "a" * 50 + "\n" + "b" * 50


def test_the_prompt_says_how_a_staged_shot_is_staged(bible: Bible) -> None:
    from microdrama.providers.comfyui.prompts import panel_prompt as comfy_prompt

    a, b = bible.characters[0], bible.characters[1]
    plain = panel(a, b)
    staged = plain.model_copy(update={"shot": plain.shot.model_copy(update={
        "over_shoulder": b.id,
        "characters": [plain.shot.characters[0].model_copy(update={
            "facing": "three-quarter-right", "gesture": "point", "prop": "document",
            "looks_at": b.id}), plain.shot.characters[1].model_copy(update={"facing": "back"})],
    })})
    for prompt in (panel_prompt(staged, "manga", referenced=[]), comfy_prompt(staged, "manga")):
        assert "three-quarter view, turned toward the right of the frame" in prompt
        assert "pointing" in prompt and "holding a document" in prompt
        assert f"looking at {b.name}" in prompt and "over-the-shoulder" in prompt
        assert "seen from behind" in prompt
    for prompt in (panel_prompt(plain, "manga", referenced=[]), comfy_prompt(plain, "manga")):
        assert "Staging" not in prompt and "over-the-shoulder" not in prompt  # as before
