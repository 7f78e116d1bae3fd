"""Provider registry: ids → factories, imported lazily; third parties via entry points.

A provider id is ``name`` or ``name:model`` (e.g. ``offline``,
``openai-compat:deepseek-chat``). Built-ins are listed here; a package can add
providers through the ``microdrama.providers`` entry-point group, each entry point
naming a factory ``(model: str | None) -> provider``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from importlib.metadata import entry_points
from typing import Any

from microdrama.errors import InputError

BUILTIN: dict[str, str] = {
    "offline": "microdrama.providers.offline.writer:OfflineWriter",
}


@cache
def _plugins() -> dict[str, str]:
    found: dict[str, str] = {}
    for entry in entry_points(group="microdrama.providers"):
        found[entry.name] = entry.value
    return found


def available() -> dict[str, str]:
    """Every known provider name → its factory's import path."""
    return {**_plugins(), **BUILTIN}


def _load(target: str) -> Callable[..., Any]:
    module, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module), attribute)  # type: ignore[no-any-return]


def get_provider(provider_id: str, capability: type | None = None) -> Any:
    """Instantiate the provider ``provider_id``; check it offers ``capability``."""
    name, _, model = provider_id.partition(":")
    known = available()
    if name not in known:
        raise InputError(
            f"unknown provider {provider_id!r}",
            file="drama.toml",
            where="[providers]",
            fix=f"use one of {sorted(known)}",
        )
    provider = _load(known[name])(model or None)
    if capability is not None and not isinstance(provider, capability):
        raise InputError(
            f"provider {provider_id!r} cannot do {capability.__name__}",
            file="drama.toml",
            where="[providers]",
            fix="choose a provider that offers it (`microdrama providers` lists them)",
        )
    return provider
