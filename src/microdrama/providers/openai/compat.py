"""One adapter for every OpenAI-compatible chat endpoint (OpenAI, DeepSeek, Qwen, Ollama, …).

Vendors are data (:mod:`microdrama.providers.openai.vendors`: the vendor pack merged
with the user's ``[vendors.<name>]`` tables; re-exported here). :class:`OpenAICompatText` turns
messages into text (:meth:`~OpenAICompatText.complete`) or into a validated pydantic
model (:meth:`~OpenAICompatText.complete_model`), retrying through
:func:`~microdrama.providers.http.send_with_retries`. Vendor failures are mapped to
ProviderError in one place, :meth:`OpenAICompatText._post`.

Model ids are ``vendor/model`` or a bare model for the chosen vendor. The first
segment is read as a vendor only when it names one, so ``vllm/Qwen/Qwen2.5-7B`` is
model ``Qwen/Qwen2.5-7B`` on vllm.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from microdrama.errors import InputError, ProviderError
from microdrama.providers.http import (
    LoopSemaphores,
    RetryPolicy,
    Sleep,
    http_client,
    redact,
    send_with_retries,
    truncate,
)
from microdrama.providers.openai.vendors import STRUCTURED_OUTPUT as STRUCTURED_OUTPUT
from microdrama.providers.openai.vendors import Price as Price
from microdrama.providers.openai.vendors import StructuredOutput as StructuredOutput
from microdrama.providers.openai.vendors import Vendor as Vendor
from microdrama.providers.openai.vendors import load_vendors as load_vendors
from microdrama.providers.openai.vendors import resolved_model as resolved_model
from microdrama.providers.openai.vendors import split_model as split_model

M = TypeVar("M", bound=BaseModel)
_USER_AGENT = "microdrama (openai-compatible adapter)"


# --- completions -----------------------------------------------------------------------


@dataclass(frozen=True)
class Completion:
    """What one call (or one structured call with its repairs) produced and cost."""

    text: str
    model: str
    vendor: str
    input_tokens: int = 0
    output_tokens: int = 0
    #: None when a price or the usage is unknown.
    cost_usd: float | None = None
    #: HTTP calls that succeeded (1 + repairs); retried attempts are not counted.
    calls: int = 1
    #: The last response body, as the vendor sent it.
    raw: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def plus(self, later: Completion) -> Completion:
        """``later`` with this one's usage and cost added (for repair rounds)."""
        cost = None
        if self.cost_usd is not None and later.cost_usd is not None:
            cost = self.cost_usd + later.cost_usd
        return Completion(
            text=later.text,
            model=later.model,
            vendor=later.vendor,
            input_tokens=self.input_tokens + later.input_tokens,
            output_tokens=self.output_tokens + later.output_tokens,
            cost_usd=cost,
            calls=self.calls + later.calls,
            raw=later.raw,
        )


_FENCE = re.compile(r"```[a-zA-Z]*[ \t]*\n?(.*?)```", re.DOTALL)
#: Where a reasoning model's thinking ends in its reply (Qwen3, DeepSeek-R1 and others
#: served by Ollama, vLLM or llama.cpp put it in the content; some drop the opening tag).
_THINKING_END = re.compile(r"</(think|thinking|reasoning)>", re.IGNORECASE)


def extract_json(text: str) -> Any:
    """The JSON in a model's reply: the whole text, a ```json fence, or the first object —
    after the model's thinking, when it wrote it into the reply (drafts there are not the
    answer).

    Raises ValueError when there is none.
    """
    ends = list(_THINKING_END.finditer(text))
    stripped = (text[ends[-1].end():] if ends else text).strip()
    try:
        return json.loads(stripped)
    except json.JSONDecodeError as exc:
        first_error = exc
    for fenced in _FENCE.findall(stripped):
        try:
            return json.loads(fenced.strip())
        except json.JSONDecodeError:
            continue
    decoder = json.JSONDecoder()
    for match in re.finditer(r"\{", stripped):
        try:
            value, _ = decoder.raw_decode(stripped, match.start())
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    if "{" not in stripped:
        raise ValueError("the reply contains no JSON object")
    raise ValueError(f"the reply is not valid JSON ({first_error})")


def _schema_instruction(schema: Mapping[str, Any]) -> str:
    return (
        "Reply with one JSON object only (no prose, no code fences) that matches this "
        "JSON Schema:\n" + json.dumps(schema, ensure_ascii=False, separators=(",", ":"))
    )


def _with_instruction(messages: list[dict[str, str]], instruction: str) -> list[dict[str, str]]:
    """Add ``instruction`` to the leading system message (some chat templates allow one)."""
    if messages and messages[0].get("role") == "system":
        first = {**messages[0], "content": messages[0]["content"] + "\n\n" + instruction}
        return [first, *messages[1:]]
    return [{"role": "system", "content": instruction}, *messages]


def _describe(error: ValidationError) -> str:
    lines = []
    for item in error.errors(include_url=False):
        place = ".".join(str(part) for part in item["loc"]) or "(root)"
        lines.append(f"- {place}: {item['msg']}")
    return "it does not match the schema:\n" + "\n".join(lines)


def _vendor_message(body: str | None) -> str:
    """The human part of an OpenAI-style error body, or ''."""
    try:
        data = json.loads(body or "")
    except json.JSONDecodeError:
        return ""
    if not isinstance(data, dict):
        return ""
    error = data.get("error", data)
    if isinstance(error, dict):
        return str(error.get("message") or "")
    return str(error) if isinstance(error, str) else ""


# --- shared by every adapter on an OpenAI-compatible vendor (text, images, speech) -----


def spent_of(error: BaseException) -> Completion | None:
    """What a failed ``complete_model`` paid for (once: taking it clears it)."""
    completion = getattr(error, "completion", None)
    if isinstance(completion, Completion):
        error.completion = None  # type: ignore[attr-defined]
        return completion
    return None


def find_key(vendor: Vendor, secret: Callable[[str], str | None]) -> str | None:
    """The vendor's API key through ``secret`` (name → value), None for keyless servers.

    Raises InputError naming the variable to set when a key is needed but missing.
    """
    variable = vendor.key_env
    if variable is None:
        return None
    key = (secret(variable) or "").strip()
    if not key:
        raise InputError(
            f"No key found for {vendor.name} — set {variable}",
            fix=f"export {variable}=… in your shell (or set it in your user config); "
            "keys never go in the project folder",
        )
    return key


def status_error(
    error: ProviderError,
    *,
    vendor: Vendor,
    model: str,
    attempts: int,
    hint: Callable[[int | None, str], str] | None = None,
) -> ProviderError:
    """Reword an HTTP failure with the vendor's own message and a fix where we know one.

    ``hint(status, vendor_message)`` may give an adapter-specific fix ('' for none);
    it wins over the generic ones (rejected key, unknown model).
    """
    status = error.status
    said = _vendor_message(error.body)
    head = f"{vendor.name} answered HTTP {status}"
    if status is not None and (status in (408, 429) or status >= 500):
        head += f" on all {attempts} attempts"
    fix = hint(status, said) if hint else ""
    if not fix and status in (401, 403):
        fix = "the key was rejected — " + (
            f"check {vendor.key_env}"
            if vendor.key_env
            else f"this server wants a key; set key_env in [vendors.{vendor.name}]"
        )
    elif not fix and status == 404:
        fix = f"check the model id {model!r} and base_url {vendor.base_url}"
    message = head + (f": {said}" if said else "") + (f" — {fix}" if fix else "")
    return ProviderError(message, provider=vendor.name, model=model, status=status, body=error.body)


class OpenAICompatText:
    """Chat completions from any OpenAI-compatible vendor, as text or as pydantic models."""

    def __init__(
        self,
        model: str | None = None,
        *,
        vendor: str | Vendor | None = "openai",
        client: httpx.AsyncClient | None = None,
        policy: RetryPolicy | None = None,
        concurrency: int = 4,
        env: Mapping[str, str] | None = None,
        vendors: Mapping[str, Vendor] | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        known = dict(vendors) if vendors is not None else load_vendors()
        vendor, model = split_model(model, vendor, known)
        self.vendor: Vendor = vendor
        self.model: str = model or vendor.default_model
        if not self.model:
            raise InputError(
                f"vendor {vendor.name!r} has no default model",
                fix=f"name one, e.g. {vendor.name}/<model>",
            )
        if concurrency < 1:
            raise InputError(f"concurrency {concurrency} is below 1", fix="use 1 or more")
        secrets = os.environ if env is None else env
        self._key = find_key(self.vendor, secrets.get)
        self._client = client
        self.policy = policy or RetryPolicy()
        self.concurrency = concurrency
        self._sleep = sleep
        self._semaphores = LoopSemaphores(concurrency)

    def __repr__(self) -> str:  # never shows the key
        return f"OpenAICompatText({self.vendor.name}/{self.model})"

    # --- public API ----------------------------------------------------------------

    async def complete(
        self, messages: list[dict[str, str]], *, temperature: float = 0.7
    ) -> Completion:
        """Send ``messages``; return the reply text with usage and cost."""
        async with http_client(self._client) as client:
            return await self._post(client, self._body(messages, temperature))

    async def complete_model(
        self,
        messages: list[dict[str, str]],
        model_type: type[M],
        *,
        max_repairs: int = 2,
        temperature: float = 0.7,
    ) -> tuple[M, Completion]:
        """Ask for a ``model_type`` as JSON, validate it, and re-ask with the errors.

        Structured output follows the vendor's capability. Usage and cost cover every
        round. After ``max_repairs`` failed repairs raises ProviderError whose body is
        the last reply's text.
        """
        if max_repairs < 0:
            raise ValueError("max_repairs must be 0 or more")
        schema = model_type.model_json_schema()
        capability = self.vendor.structured_output
        response_format: dict[str, Any] | None = None
        if capability == "json_schema":
            name = re.sub(r"[^A-Za-z0-9_-]", "_", model_type.__name__)[:64]
            response_format = {
                "type": "json_schema",
                "json_schema": {"name": name, "schema": schema, "strict": False},
            }
        else:
            messages = _with_instruction(messages, _schema_instruction(schema))
            if capability == "json_object":
                response_format = {"type": "json_object"}
        conversation = list(messages)
        total: Completion | None = None
        problem = ""
        async with http_client(self._client) as client:
            for round_number in range(max_repairs + 1):
                body = self._body(conversation, temperature)
                if response_format is not None:
                    body["response_format"] = response_format
                done = await self._post(client, body)
                total = done if total is None else total.plus(done)
                try:
                    return model_type.model_validate(extract_json(done.text)), total
                except ValidationError as exc:
                    problem = _describe(exc)
                except ValueError as exc:
                    problem = str(exc)
                if round_number == max_repairs:
                    break
                conversation += [
                    {"role": "assistant", "content": done.text},
                    {
                        "role": "user",
                        "content": (
                            f"Your previous reply could not be used: {problem}\n"
                            "Reply again with only the corrected JSON object, matching the schema."
                        ),
                    },
                ]
        assert total is not None
        error = ProviderError(
            f"reply did not give a valid {model_type.__name__} after {max_repairs + 1} "
            f"tries: {problem}",
            provider=self.vendor.name,
            model=self.model,
            body=total.text,
        )
        # Every round was paid for: the caller adds it to its usage (spent_of) so the run
        # log and the budget see it although no draft came of it.
        error.completion = total  # type: ignore[attr-defined]
        error.answered = True  # type: ignore[attr-defined]  # the model replied; no outage
        raise error

    # --- the edge ------------------------------------------------------------------



    def _body(self, messages: list[dict[str, str]], temperature: float) -> dict[str, Any]:
        return {"model": self.model, "messages": messages, "temperature": temperature}

    async def _post(self, client: httpx.AsyncClient, body: dict[str, Any]) -> Completion:
        """POST /chat/completions; every vendor failure becomes a ProviderError here."""
        headers = {"User-Agent": _USER_AGENT}
        if self._key is not None:
            headers["Authorization"] = f"Bearer {self._key}"
        request = client.build_request(
            "POST", f"{self.vendor.base_url}/chat/completions", json=body, headers=headers
        )
        secrets = [self._key] if self._key else []
        try:
            response = await send_with_retries(
                client,
                request,
                policy=self.policy,
                provider=self.vendor.name,
                model=self.model,
                semaphore=self._semaphores.get(),
                sleep=self._sleep,
                limit=(f"{self.vendor.base_url}#chat", self.concurrency),
            )
        except ProviderError as exc:
            if exc.status is None:
                raise
            raise self._status_error(exc) from exc

        def broken(problem: str) -> ProviderError:
            return ProviderError(
                f"{self.vendor.name} answered with {problem}",
                provider=self.vendor.name,
                model=self.model,
                status=response.status_code,
                body=truncate(redact(response.text, secrets)),
            )

        try:
            data = response.json()
        except ValueError:
            raise broken("a body that is not JSON") from None
        try:
            message = data["choices"][0]["message"]
        except (KeyError, IndexError, TypeError):
            raise broken("no choices[0].message") from None
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(content, list):  # content parts, as some servers send
            content = "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
        if not isinstance(content, str):
            refusal = message.get("refusal") if isinstance(message, dict) else None
            raise broken(f"a refusal: {refusal}" if refusal else "no text content")
        usage = data.get("usage")
        has_usage = isinstance(usage, dict) and "prompt_tokens" in usage
        input_tokens = int(usage.get("prompt_tokens") or 0) if has_usage else 0
        output_tokens = int(usage.get("completion_tokens") or 0) if has_usage else 0
        price = self.vendor.price_for(self.model)
        cost = price.cost(input_tokens, output_tokens) if price and has_usage else None
        return Completion(
            text=content,
            model=self.model,
            vendor=self.vendor.name,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cost_usd=cost,
            raw=data if isinstance(data, dict) else {},
        )

    def _status_error(self, error: ProviderError) -> ProviderError:
        """Reword an HTTP failure with the vendor's own message and a fix where we know one."""

        def hint(status: int | None, said: str) -> str:
            if status in (400, 422) and "response_format" in said:
                return (
                    f'set structured_output = "json_object" or "none" in '
                    f"[vendors.{self.vendor.name}] of your user config"
                )
            return ""

        return status_error(
            error, vendor=self.vendor, model=self.model, attempts=self.policy.max_attempts,
            hint=hint,
        )
