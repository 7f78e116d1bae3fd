"""What every provider-backed stage does the same way: key a request, call the provider."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from pydantic import BaseModel

from microdrama.formats.hashing import cache_key
from microdrama.providers.registry import get_provider
from microdrama.stages.base import Stage, Work

R = TypeVar("R", bound=BaseModel)
T = TypeVar("T")


def provider_work(stage: Stage, item: str, request: BaseModel, provider: str,
                  outputs: dict[str, str]) -> Work:
    """A Work whose key is the request and the provider id (so switching provider rebuilds)."""
    payload = {"request": request.model_dump(mode="json"), "provider": provider}
    return Work(stage=stage.name, item=item, key=cache_key(stage.name, stage.version, payload),
                payload=payload, outputs=outputs, provider=provider)


def call_provider(work: Work, capability: str, request_type: type[R],
                  method: Callable[[Any, R], Coroutine[Any, Any, T]]) -> T:
    """Instantiate the Work's provider for ``capability`` and await ``method(provider, request)``."""
    provider = get_provider(work.payload["provider"], capability)
    request = request_type.model_validate(work.payload["request"])
    return asyncio.run(method(provider, request))
