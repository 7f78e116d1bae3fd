"""One adapter for every OpenAI-compatible chat endpoint (OpenAI, DeepSeek, Qwen, Ollama, …).

A vendor is only data — base URL, key variable, structured-output capability, default
model and prices — read from ``vendors.toml`` and merged with the user's
``[vendors.<name>]`` tables (:func:`load_vendors`). :class:`OpenAICompatText` turns
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
import difflib
import json
import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal, TypeVar, cast, get_args

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

M = TypeVar("M", bound=BaseModel)
StructuredOutput = Literal["json_schema", "json_object", "none"]
STRUCTURED_OUTPUT: tuple[str, ...] = get_args(StructuredOutput)
_VENDOR_KEYS = frozenset(
    {"base_url", "key_env", "structured_output", "default_model", "price_note", "prices"}
)
_USER_AGENT = "microdrama (openai-compatible adapter)"


# --- vendors -------------------------------------------------------------------------


@dataclass(frozen=True)
class Price:
    """What a model costs: USD per one million tokens in and out, per image, per 1M characters.

    Text models use ``input``/``output``; image models ``per_image``; speech models
    ``per_million_chars`` (of input text). Unused fields are 0.
    """

    input: float = 0.0
    output: float = 0.0
    per_image: float = 0.0
    per_million_chars: float = 0.0

    def cost(self, input_tokens: int, output_tokens: int) -> float:
        """USD for this many tokens."""
        return (input_tokens * self.input + output_tokens * self.output) / 1_000_000


@dataclass(frozen=True)
class Vendor:
    """An OpenAI-compatible service: where it is, which key, what it can do, what it costs."""

    name: str
    base_url: str
    key_env: str | None = None
    structured_output: StructuredOutput = "none"
    default_model: str = ""
    prices: Mapping[str, Price] = field(default_factory=dict, hash=False)
    price_note: str = "unknown"

    def price_for(self, model: str) -> Price | None:
        """The model's price, the vendor's ``*`` price, or None (cost unknown)."""
        return self.prices.get(model) or self.prices.get("*")


@cache
def _builtin_tables() -> dict[str, dict[str, Any]]:
    text = resources.files("microdrama.providers.openai").joinpath("vendors.toml").read_text("utf-8")
    return cast(dict[str, dict[str, Any]], tomllib.loads(text)["vendors"])


def load_vendors(
    extra: Mapping[str, Any] | None = None, *, source: str = "user config"
) -> dict[str, Vendor]:
    """Built-in vendors with ``extra`` (the user's ``[vendors]`` table) merged over them.

    A user table overrides a built-in key by key (``prices`` model by model) or adds a
    new vendor. ``source`` names where ``extra`` came from, for error messages.
    """
    tables = {name: dict(table) for name, table in _builtin_tables().items()}
    for name, table in (extra or {}).items():
        where = f"[vendors.{name}]"
        if not isinstance(table, Mapping):
            raise InputError(
                f"{where} is not a table",
                file=source,
                where=where,
                fix="write it as a table with base_url, key_env, …",
            )
        merged = {**tables.get(name, {}), **table}
        builtin_prices = tables.get(name, {}).get("prices")
        if isinstance(table.get("prices"), Mapping) and isinstance(builtin_prices, Mapping):
            merged["prices"] = {**builtin_prices, **table["prices"]}
        tables[name] = merged
    user = set((extra or {}).keys())
    return {
        name: _vendor(name, table, source if name in user else "vendors.toml")
        for name, table in tables.items()
    }


_FIXES = {
    "name": "use a name without '/' or ':' (it prefixes model ids)",
    "base_url": 'set base_url = "https://…/v1" (the part before /chat/completions)',
    "structured_output": f"use one of {', '.join(map(repr, STRUCTURED_OUTPUT))}",
    "key_env": 'write key_env = "MYVENDOR_API_KEY", or leave it out for a local server',
    "prices": 'write prices."<model>" = { input = 0.5, output = 1.5 } (USD per 1M tokens), '
    "or { per_image = 0.04 } or { per_million_chars = 15 }",
}


def _vendor(name: str, table: Mapping[str, Any], source: str) -> Vendor:
    def fail(key: str, problem: str, fix: str | None = None) -> InputError:
        where = f"[vendors.{name}]" + (f" {key}" if key != "name" else "")
        fix = fix or _FIXES[key.partition(".")[0]]
        return InputError(f"vendor {name!r}: {problem}", file=source, where=where, fix=fix)

    if not name or "/" in name or ":" in name:
        raise fail("name", "the name is not usable")
    unknown = sorted(set(table) - _VENDOR_KEYS)
    if unknown:
        known = ", ".join(sorted(_VENDOR_KEYS))
        raise fail(unknown[0], f"unknown key {unknown[0]!r}", f"remove it; known keys: {known}")
    base_url = table.get("base_url")
    if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
        raise fail("base_url", "base_url is missing or not an http(s) URL")
    capability = table.get("structured_output", "none")
    if capability not in STRUCTURED_OUTPUT:
        raise fail("structured_output", f"structured_output {capability!r} is not known")
    key_env = table.get("key_env") or None
    if key_env is not None and not isinstance(key_env, str):
        raise fail("key_env", "key_env must be the name of an environment variable")
    raw_prices = table.get("prices", {})
    if not isinstance(raw_prices, Mapping):
        raise fail("prices", "prices must be a table")
    prices: dict[str, Price] = {}
    fields = ("input", "output", "per_image", "per_million_chars")
    for model, price in raw_prices.items():
        if (
            not isinstance(price, Mapping)
            or not price
            or set(price) - set(fields)
            or not all(type(v) in (int, float) and v >= 0 for v in price.values())
        ):
            raise fail(
                f"prices.{model}",
                f"price of {model!r} is not a table of {', '.join(fields)} in USD",
            )
        prices[model] = Price(**{k: float(v) for k, v in price.items()})
    return Vendor(
        name=name,
        base_url=base_url.rstrip("/"),
        key_env=key_env,
        structured_output=capability,
        default_model=str(table.get("default_model", "")),
        prices=prices,
        price_note=str(table.get("price_note", "unknown")),
    )


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


def extract_json(text: str) -> Any:
    """The JSON in a model's reply: the whole text, a ```json fence, or the first object.

    Raises ValueError when there is none.
    """
    stripped = text.strip()
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


def split_model(
    model: str | None, vendor: str | Vendor | None, vendors: Mapping[str, Vendor]
) -> tuple[Vendor, str]:
    """The vendor and bare model of a model id: ``vendor/model``, or ``model`` on ``vendor``.

    With ``vendor`` None (nobody chose one), a bare model that exactly one vendor knows
    (in its prices or as its default) is that vendor's — ``deepseek-chat`` is
    DeepSeek's — and anything else is OpenAI's. The model is '' when none was named
    (callers pick their own default). Raises InputError for an unknown vendor.
    """
    if vendor is None:
        prefix, slash, _ = (model or "").partition("/")
        if slash and prefix not in vendors:
            # "deepsek/deepseek-chat" is a typo of a vendor, not an OpenAI model: sending it
            # to OpenAI would also send OpenAI's key. Refuse before anything is sent.
            close = difflib.get_close_matches(prefix, list(vendors), n=1)
            raise InputError(
                f"unknown vendor {prefix!r} in model {model!r}",
                where="[providers]",
                fix=(f"did you mean {close[0]!r}? " if close else "")
                + f"use one of {sorted(vendors)}, add [vendors.{prefix}] to your user config, "
                "or name the vendor with vendor = \"...\" for a model id that has a slash",
            )
        owners = [v for v in vendors.values()
                  if model and (model in v.prices or model == v.default_model)]
        vendor = owners[0] if len(owners) == 1 else "openai"
    if isinstance(vendor, str):
        if vendor not in vendors:
            raise InputError(
                f"unknown vendor {vendor!r}",
                where="[providers]",
                fix=f"use one of {sorted(vendors)} or add [vendors.{vendor}] to your user config",
            )
        vendor = vendors[vendor]
    if model:
        prefix, slash, rest = model.partition("/")
        if slash and prefix in vendors:
            return vendors[prefix], rest
    return vendor, model or ""


def resolved_model(model: str, config: Any) -> str:
    """``vendor/model`` for a model id as written (bare or prefixed), from the vendors and
    the ``vendor`` setting in ``config`` (a ProviderConfig); no key is needed."""
    vendors = load_vendors(config.vendors, source="drama.toml or user config")
    chosen = config.settings.get("vendor")
    vendor, bare = split_model(model, chosen if isinstance(chosen, str) else None, vendors)
    return f"{vendor.name}/{bare}"


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
