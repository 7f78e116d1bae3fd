"""What every provider-backed stage does the same way: key a request, call the provider.

The Work carries the provider id and its non-secret settings; the key covers the
request, the id and what shapes the provider's output (its ``identity``), never
run-only tuning such as timeouts, and never secrets. Secrets are read in the worker,
from the environment and the user config, when the provider is made.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from microdrama.engine.contract import Produced, Stage, Work
from microdrama.engine.keys import cache_key
from microdrama.providers.base import Capability, P, ProviderConfig, Usage
from microdrama.providers.registry import (
    get_provider,
    provider_identity,
    request_identity,
    resolved_id,
)

if TYPE_CHECKING:
    from microdrama.engine.context import BuildContext

R = TypeVar("R", bound=BaseModel)
T = TypeVar("T")


def provider_config(ctx: BuildContext, provider: str, *, secrets: bool = False) -> ProviderConfig:
    """The ProviderConfig a stage's provider gets (secrets only when it will run)."""
    settings = ctx.settings
    return ProviderConfig(
        settings=settings.providers.options_for(provider),
        vendors=settings.vendors,
        secrets=load_secrets() if secrets else {},
        state_dir=str(ctx.project.root / ".microdrama" / "jobs"),
        project_dir=str(ctx.project.root),
    )


def check_provider(ctx: BuildContext, capability: str) -> None:
    """Make the provider of ``capability`` once (settings and keys checked, no request)."""
    provider = ctx.settings.providers.provider_for(capability)
    if provider:
        get_provider(provider, capability, provider_config(ctx, provider, secrets=True))


def load_secrets() -> dict[str, str]:
    """The environment plus the user config's ``[keys]`` (the environment wins)."""
    from microdrama.project.config import user_keys

    return {**user_keys(), **os.environ}


def provider_work(stage: Stage, ctx: BuildContext, item: str, request: BaseModel,
                  capability: str, outputs: dict[str, str],
                  extra: dict[str, Any] | None = None) -> Work:
    """A Work keyed on the request, the provider id and the provider's identity (and
    ``extra``, e.g. the item's locale)."""
    provider = ctx.settings.providers.provider_for(capability)
    config = provider_config(ctx, provider)
    identity = provider_identity(provider, capability, config)
    dumped = request.model_dump(mode="json")
    # Keyed on the vendor and model the id resolves to, never on how it was spelled.
    keyed: dict[str, Any] = {"request": dumped,
                             "provider": resolved_id(provider, capability, config)}
    if identity:
        keyed["identity"] = identity
    per_request = request_identity(provider, capability, config, dumped)
    if per_request:
        keyed["per_request"] = per_request
    keyed.update(extra or {})
    payload = {**keyed, "config": {
        "settings": dict(config.settings), "vendors": dict(config.vendors),
        "state_dir": config.state_dir, "project_dir": config.project_dir,
    }}
    return Work(stage=stage.name, item=item, key=cache_key(stage.name, stage.version, keyed),
                payload=payload, outputs=outputs, provider=provider)


def call_provider(work: Work, capability: Capability[P], request_type: type[R],
                  method: Callable[[P, R], Coroutine[Any, Any, T]]) -> tuple[T, Usage]:
    """Make the Work's provider for ``capability``, await ``method(provider, request)``.

    Returns the result and what the call spent (zero for providers that do not meter).
    """
    raw = work.payload.get("config", {})
    config = ProviderConfig(
        settings=raw.get("settings", {}), vendors=raw.get("vendors", {}),
        secrets=load_secrets(), state_dir=raw.get("state_dir"),
        project_dir=raw.get("project_dir"),
    )
    provider = get_provider(work.payload["provider"], capability, config)
    request = request_type.model_validate(work.payload["request"])
    try:
        result = asyncio.run(method(provider, request))
    except Exception as error:
        # A failed item may have paid for calls (repairs, earlier arcs): the run log and
        # the budget must see them. The attribute survives pickling to the build process.
        spent = getattr(provider, "usage", None)
        if isinstance(spent, Usage) and spent.calls:
            error.cost_usd = spent.cost_usd  # type: ignore[attr-defined]
        raise
    usage = getattr(provider, "usage", None)
    return result, usage if isinstance(usage, Usage) else Usage()


def produced(blobs: dict[str, bytes], usage: Usage) -> Produced:
    """Outputs plus what making them cost, for the run log."""
    meta: dict[str, Any] = {}
    if usage.calls:
        meta["usage"] = {"calls": usage.calls, "input_tokens": usage.input_tokens,
                         "output_tokens": usage.output_tokens}
    return Produced(blobs, cost_usd=usage.cost_usd, meta=meta)
