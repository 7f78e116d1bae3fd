"""Panels and reference sheets from the OpenAI Images API, on any OpenAI-compatible vendor.

Provider id ``openai-compat:<vendor>/<model>`` (``openai-compat:openai/gpt-image-1``) or
``openai-compat:<model>`` on the ``vendor`` setting (default openai). A shot without
characters is one ``POST /images/generations``; a shot with characters is one
``POST /images/edits`` whose ``image[]`` parts are the characters' reference sheets,
so the model keeps their faces and clothes. Both ask for the supported size nearest to
the ``size`` setting and the answer is scaled and centre-cropped to exactly the
requested pixels.

Settings (``[providers.openai-compat]`` in drama.toml):

- ``size``: what to ask the API for, ``"1024x1536"`` by default; models with a known
  size list get the nearest size they support;
- ``quality``: passed through (gpt-image-1: low, medium, high, auto); gpt-image
  models default to ``medium``, the quality vendors.toml prices them at, so the
  estimate before a build matches the bill; other models get none unless set;
- ``image_style``: the style line ending every prompt;
- ``references``: ``"edit"`` (default: reference sheets go to /images/edits) or
  ``"prompt"`` (identity by words only: for models without edits, such as DALL·E 3);
- ``response_format``: ``"b64_json"``, ``"url"`` or ``""`` (send none); by default none
  for gpt-image models (they always answer base64), ``b64_json`` for the rest;
- ``vendor``: the vendor of a bare model id.

Run-only: ``timeout_s`` (per attempt, default 300), ``max_attempts`` (default 5).
Failures map to ProviderError through :func:`~microdrama.providers.openai.compat.status_error`
in one place, :meth:`OpenAIImages._send`; a safety-system refusal gets its own message.
The prompts are :mod:`~microdrama.providers.openai.image_prompts`.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import io
import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx

from microdrama.errors import InputError, ProviderError
from microdrama.providers.base import (
    PanelRequest,
    ProviderConfig,
    ReferenceImage,
    ReferenceRequest,
    Usage,
)
from microdrama.providers.http import (
    RetryPolicy,
    Sleep,
    http_client,
    redact,
    send_with_retries,
    truncate,
)
from microdrama.providers.openai.compat import (
    Price,
    Vendor,
    find_key,
    load_vendors,
    resolved_model,
    split_model,
    status_error,
)
from microdrama.providers.openai.image_prompts import (
    DEFAULT_PROMPT_LIMIT,
    panel_prompt,
    sheet_prompt,
    visible_ids,
)

#: Model used when a vendor is named without one.
DEFAULT_MODELS = {"openai": "gpt-image-1"}
DEFAULT_SIZE = "1024x1536"
DEFAULT_STYLE = (
    "Style: polished anime-style digital illustration for a vertical short drama, "
    "clean line art, expressive faces, cinematic lighting, rich colour."
)
#: Sizes the API accepts, by model-name prefix (longest prefix wins). Other models get
#: the ``size`` setting as written.
MODEL_SIZES: dict[str, tuple[str, ...]] = {
    "gpt-image": ("1024x1024", "1536x1024", "1024x1536"),
    "dall-e-3": ("1024x1024", "1792x1024", "1024x1792"),
    "dall-e-2": ("256x256", "512x512", "1024x1024"),
}
#: Prompt length limits in characters, by model-name prefix; others get the default.
PROMPT_LIMITS = {"gpt-image": 32000, "dall-e-3": 4000, "dall-e-2": 1000}
#: Models whose /images/edits cannot take reference sheets (DALL·E 2 only inpaints one
#: square image; DALL·E 3 has no edits).
NO_EDITS = ("dall-e-2", "dall-e-3")
#: gpt-image-1 takes up to 16 input images.
MAX_REFERENCES = 16
#: Settings that shape the images (for cache keys); the rest only change how we run.
IMAGE_SETTINGS = ("vendor", "size", "quality", "image_style", "references")
_WHERE = "[providers.openai-compat]"
_USER_AGENT = "microdrama (openai-compatible images)"
_POLICY_CODES = ("moderation_blocked", "content_policy_violation", "content_filter")


def _by_prefix(model: str, table: Mapping[str, Any]) -> Any:
    found = [prefix for prefix in table if model.startswith(prefix)]
    return table[max(found, key=len)] if found else None


def _parse_size(text: object, where: str = f"{_WHERE} size") -> tuple[int, int]:
    width, _, height = str(text).partition("x")
    if not (width.isdigit() and height.isdigit() and int(width) > 0 and int(height) > 0):
        raise InputError(
            f"size {text!r} is not WIDTHxHEIGHT", file="drama.toml", where=where,
            fix=f'write size = "{DEFAULT_SIZE}"',
        )
    return int(width), int(height)


def nearest_size(model: str, width: int, height: int) -> str:
    """The API size for a wanted ``width``×``height``: itself when the model takes it or
    is unknown, else the supported size of nearest aspect ratio (then nearest area)."""
    wanted = f"{width}x{height}"
    supported: tuple[str, ...] | None = _by_prefix(model, MODEL_SIZES)
    if not supported or wanted in supported:
        return wanted

    def distance(size: str) -> tuple[float, float]:
        w, h = _parse_size(size)
        return abs(math.log((w / h) / (width / height))), abs(math.log((w * h) / (width * height)))

    return min(supported, key=distance)


def fit_png(data: bytes, width: int, height: int) -> bytes:
    """Any image as a PNG of exactly ``width``×``height``: scaled to cover, centre-cropped."""
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as image:
        image.load()
        rgb = image.convert("RGB")
    if rgb.size != (width, height):
        rgb = ImageOps.fit(rgb, (width, height), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    rgb.save(out, "PNG", compress_level=4)
    return out.getvalue()


def _error_fields(body: str | None) -> tuple[str, str]:
    """(message, code) of an OpenAI-style error body; '' for what is missing."""
    try:
        data = json.loads(body or "")
    except json.JSONDecodeError:
        return "", ""
    error = data.get("error") if isinstance(data, dict) else None
    if not isinstance(error, dict):
        return "", ""
    return str(error.get("message") or ""), str(error.get("code") or "")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class OpenAIImages:
    """Paints panels and reference sheets with an OpenAI-compatible images endpoint."""

    resolved_model = staticmethod(resolved_model)  # cache keys: vendor/model as resolved

    id = "openai-compat"

    def __init__(
        self,
        model: str | None = None,
        config: ProviderConfig | None = None,
        *,
        client: httpx.AsyncClient | None = None,
        policy: RetryPolicy | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        config = config or ProviderConfig()
        settings = config.settings
        vendors = load_vendors(config.vendors, source="drama.toml or user config")
        vendor, bare = split_model(model, settings.get("vendor") or None, vendors)
        self.vendor: Vendor = vendor
        self.model: str = bare or DEFAULT_MODELS.get(vendor.name, "")
        if not self.model:
            raise InputError(
                f"no image model named for vendor {vendor.name!r}", file="drama.toml",
                where="[providers] painter",
                fix=f'name one, e.g. painter = "openai-compat:{vendor.name}/<model>"',
            )
        self.size = _parse_size(settings.get("size", DEFAULT_SIZE))
        gpt_image = self.model.startswith("gpt-image")
        self.quality = str(settings.get("quality", "medium" if gpt_image else "") or "")
        self.style = str(settings.get("image_style") or DEFAULT_STYLE)
        self.references = str(settings.get("references") or "edit")
        if self.references not in ("edit", "prompt"):
            raise InputError(
                f"references {self.references!r} is not known", file="drama.toml",
                where=f"{_WHERE} references",
                fix='use "edit" (reference sheets as input images) or "prompt" (words only)',
            )
        self.response_format = str(settings.get("response_format",
                                                "" if gpt_image else "b64_json"))
        if self.response_format not in ("", "b64_json", "url"):
            raise InputError(
                f"response_format {self.response_format!r} is not known", file="drama.toml",
                where=f"{_WHERE} response_format", fix='use "b64_json", "url" or ""',
            )
        self.prompt_limit: int = _by_prefix(self.model, PROMPT_LIMITS) or DEFAULT_PROMPT_LIMIT
        self.policy = policy or self._policy(settings)
        concurrency = settings.get("concurrency", 4)
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise InputError(f"concurrency = {concurrency!r} is not a whole number of 1 or more",
                             file="drama.toml", where="[providers.openai-compat] concurrency",
                             fix="set concurrency = 4 (say) or remove it")
        #: Image requests in flight to the vendor from this process.
        self.concurrency = concurrency
        self.usage = Usage()
        self._key = find_key(vendor, config.secret)
        self._client = client
        self._sleep = sleep

    def __repr__(self) -> str:  # never shows the key
        return f"OpenAIImages({self.vendor.name}/{self.model})"

    @property
    def price(self) -> Price | None:
        """What one image costs (per_image), or None when the vendor lists no price."""
        return self.vendor.price_for(self.model)

    @staticmethod
    def identity(model: str | None, config: ProviderConfig) -> dict[str, Any]:
        """What shapes the images besides the model id: the image settings only, so
        text-only settings of the shared [providers.openai-compat] table do not re-paint."""
        return {k: config.settings[k] for k in IMAGE_SETTINGS if k in config.settings}

    @staticmethod
    def _policy(settings: Mapping[str, Any]) -> RetryPolicy:
        try:
            return RetryPolicy(max_attempts=int(settings.get("max_attempts", 5)),
                               timeout=float(settings.get("timeout_s", 300)))
        except (TypeError, ValueError) as error:
            raise InputError(
                f"bad retry settings ({error})", file="drama.toml", where=_WHERE,
                fix="max_attempts is a whole number ≥ 1, timeout_s a number of seconds",
            ) from None

    # --- the protocols ------------------------------------------------------------

    async def paint(self, request: PanelRequest) -> bytes:
        """PNG bytes of exactly request.width × request.height."""
        visible = visible_ids(request.shot)
        by_id = {r.character: r for r in request.references}
        refs = [by_id[i] for i in visible if i in by_id][:MAX_REFERENCES]
        if refs and self.references == "edit" and self.model.startswith(NO_EDITS):
            raise InputError(
                f"{self.model} cannot take reference sheets as input images",
                file="drama.toml", where=f"{_WHERE} references",
                fix='set references = "prompt" to keep identities by words only, '
                'or use a model with edits, e.g. painter = "openai-compat:openai/gpt-image-1"',
            )
        size = nearest_size(self.model, *self.size)
        what = f"panel {request.shot.id}"
        if refs and self.references == "edit":
            prompt = panel_prompt(request, self.style, referenced=[r.character for r in refs],
                                  limit=self.prompt_limit)
            data = await self._edit(prompt, size, [self._read(r) for r in refs], what)
        else:
            prompt = panel_prompt(request, self.style, referenced=[], limit=self.prompt_limit)
            data = await self._generate(prompt, size, what)
        return self._fit(data, request.width, request.height, what)

    async def reference_sheet(self, request: ReferenceRequest) -> bytes:
        """The character's reference sheet, a PNG of exactly request.width × request.height."""
        size = nearest_size(self.model, request.width, request.height)
        prompt = sheet_prompt(request, self.style, limit=self.prompt_limit)
        what = f"the reference sheet of {request.character.id}"
        data = await self._generate(prompt, size, what)
        return self._fit(data, request.width, request.height, what)

    # --- requests -----------------------------------------------------------------

    def _fields(self, prompt: str, size: str) -> dict[str, str]:
        fields = {"model": self.model, "prompt": prompt, "size": size, "n": "1"}
        if self.quality:
            fields["quality"] = self.quality
        if self.response_format:
            fields["response_format"] = self.response_format
        return fields

    async def _generate(self, prompt: str, size: str, what: str) -> bytes:
        body: dict[str, Any] = {**self._fields(prompt, size), "n": 1}
        async with http_client(self._client) as client:
            request = client.build_request("POST", f"{self.vendor.base_url}/images/generations",
                                           json=body, headers=self._headers())
            return await self._image(client, request, what)

    async def _edit(self, prompt: str, size: str, images: list[tuple[str, bytes]],
                    what: str) -> bytes:
        files = [("image[]", (name, data, "image/png")) for name, data in images]
        async with http_client(self._client) as client:
            request = client.build_request(
                "POST", f"{self.vendor.base_url}/images/edits", data=self._fields(prompt, size),
                files=files, headers=self._headers(),
            )
            return await self._image(client, request, what)

    def _read(self, reference: ReferenceImage) -> tuple[str, bytes]:
        path = Path(reference.path)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(
                f"cannot read the reference sheet of {reference.character} ({error})",
                file=path, fix="build again: the refsheet stage makes it",
            ) from None
        if _sha256(data) != reference.sha256:
            raise InputError(
                f"the reference sheet of {reference.character} changed after the build was "
                "planned", file=path, fix="build again",
            )
        return path.name, data

    def _headers(self) -> dict[str, str]:
        headers = {"User-Agent": _USER_AGENT}
        if self._key is not None:
            headers["Authorization"] = f"Bearer {self._key}"
        return headers


    # --- the edge -------------------------------------------------------------------

    async def _send(self, client: httpx.AsyncClient, request: httpx.Request,
                    what: str) -> httpx.Response:
        """Send with retries; every vendor failure becomes a ProviderError here."""
        try:
            return await send_with_retries(
                client, request, policy=self.policy, provider=self.vendor.name,
                model=self.model, sleep=self._sleep,
                limit=(f"{self.vendor.base_url}#images", self.concurrency),
                billable=True,  # a second send could be a second charge,
            )
        except ProviderError as error:
            if error.status is None:
                raise
            raise self._failure(error, what) from error

    def _failure(self, error: ProviderError, what: str) -> ProviderError:
        said, code = _error_fields(error.body)
        if error.status == 400 and (code in _POLICY_CODES or "safety system" in said.lower()):
            return ProviderError(
                f"{self.vendor.name} refused to draw {what} under its content policy: "
                f"{said or 'no reason given'} — reword the shot's action and prompt in its storyboard (or the "
                "character's look in series.yaml) and build again",
                provider=self.vendor.name, model=self.model, status=400, body=error.body,
            )

        def hint(status: int | None, message: str) -> str:
            if status == 400 and "response_format" in message:
                return f'set response_format = "" in {_WHERE} of drama.toml'
            if status == 400 and "size" in message.lower():
                return f"set a size the model supports in {_WHERE} of drama.toml"
            return ""

        return status_error(error, vendor=self.vendor, model=self.model,
                            attempts=self.policy.max_attempts, hint=hint)

    async def _image(self, client: httpx.AsyncClient, request: httpx.Request, what: str) -> bytes:
        """Send an images request; return the image bytes (decoded, or downloaded)."""
        response = await self._send(client, request, what)

        def broken(problem: str) -> ProviderError:
            return ProviderError(
                f"{self.vendor.name} answered {what} with {problem}", provider=self.vendor.name,
                model=self.model, status=response.status_code,
                body=truncate(redact(response.text, [self._key] if self._key else [])),
            )

        try:
            data = response.json()
            item = data["data"][0]
        except (ValueError, KeyError, IndexError, TypeError):
            raise broken("no data[0] image") from None
        if not isinstance(item, dict):
            raise broken("no data[0] image")
        if isinstance(item.get("b64_json"), str):
            try:
                image = base64.b64decode(item["b64_json"], validate=True)
            except (binascii.Error, ValueError):
                raise broken("b64_json that is not base64") from None
        elif isinstance(item.get("url"), str):
            image = await self._download(client, item["url"], what)
        else:
            raise broken("neither b64_json nor url in data[0]")
        self._count(data.get("usage") if isinstance(data, dict) else None)
        return image

    def _fit(self, data: bytes, width: int, height: int, what: str) -> bytes:
        from PIL import UnidentifiedImageError

        try:
            return fit_png(data, width, height)
        except (OSError, UnidentifiedImageError, SyntaxError, ValueError) as error:
            raise ProviderError(
                f"{self.vendor.name} sent {what} as an image that cannot be decoded ({error})",
                provider=self.vendor.name, model=self.model,
            ) from None

    async def _download(self, client: httpx.AsyncClient, url: str, what: str) -> bytes:
        target = httpx.URL(url)
        if target.scheme not in ("http", "https"):
            raise ProviderError(f"{self.vendor.name} answered {what} with a URL that is not "
                                "http(s)", provider=self.vendor.name, model=self.model)
        # The key goes only back to the vendor's own host, never to a storage bucket.
        same_host = target.host == httpx.URL(self.vendor.base_url).host
        headers = self._headers() if same_host else {"User-Agent": _USER_AGENT}
        request = client.build_request("GET", target, headers=headers)
        return (await self._send(client, request, f"the download of {what}")).content

    def _count(self, usage: Any) -> None:
        tokens = isinstance(usage, dict) and "input_tokens" in usage
        input_tokens = int(usage.get("input_tokens") or 0) if tokens else 0
        output_tokens = int(usage.get("output_tokens") or 0) if tokens else 0
        price = self.price
        cost: float | None
        if price is None:
            cost = None
        elif price.per_image:
            cost = price.per_image
        elif price.input or price.output:  # token-priced (gpt-image-1 bills tokens)
            cost = price.cost(input_tokens, output_tokens) if tokens else None
        else:
            cost = 0.0  # a free (local) server
        self.usage.add(cost, input_tokens=input_tokens, output_tokens=output_tokens)
