"""Provider registry: (provider name, capability) → factory, imported lazily.

A provider id is ``name`` or ``name:model`` (e.g. ``offline``,
``openai-compat:deepseek/deepseek-chat``). Built-ins are listed here; a package can add
providers through the ``microdrama.providers`` entry-point group with entries named
``<name>.<capability>`` pointing at a factory
``(model: str | None, config: ProviderConfig) -> provider``.

A factory may have a static ``identity(model, config) -> dict`` naming what shapes its
outputs beyond the model (say a workflow file's hash); it goes into cache keys. Without
one, the provider's settings minus the run-only keys do.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from importlib.metadata import entry_points
from typing import Any, overload

from microdrama.domain.settings import CAPABILITIES as CAPABILITIES
from microdrama.errors import InputError
from microdrama.providers.base import BY_NAME, Capability, P, ProviderConfig

BUILTIN: dict[str, dict[str, str]] = {
    "offline": {
        "writer": "microdrama.providers.offline.writer.provider:OfflineWriter",
        "storyboarder": "microdrama.providers.offline.writer.storyboarder:OfflineStoryboarder",
        "painter": "microdrama.providers.offline.painter.provider:OfflinePainter",
        "speech": "microdrama.providers.offline.voice.provider:OfflineSpeech",
        "music": "microdrama.providers.offline.music.provider:OfflineMusic",
    },
    "openai-compat": {
        "writer": "microdrama.providers.openai.writers_room:LLMWriter",
        "storyboarder": "microdrama.providers.openai.writers_room:LLMStoryboarder",
        "painter": "microdrama.providers.openai.images:OpenAIImages",
        "speech": "microdrama.providers.openai.speech:OpenAISpeech",
        "translator": "microdrama.providers.openai.translator:LLMTranslator",
    },
    "comfyui": {
        "painter": "microdrama.providers.comfyui.provider:ComfyUIPainter",
        "clip": "microdrama.providers.comfyui.provider:ComfyUIClips",
        "lipsync": "microdrama.providers.comfyui.provider:ComfyUILipSync",
    },
    "piper": {
        "speech": "microdrama.providers.piper.provider:PiperSpeech",
    },
}


@cache
def _plugins() -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for entry in entry_points(group="microdrama.providers"):
        name, _, capability = entry.name.partition(".")
        if capability in CAPABILITIES:
            found.setdefault(name, {})[capability] = entry.value
    return found


def available() -> dict[str, dict[str, str]]:
    """Every known provider name → capability → factory import path."""
    merged = {name: dict(caps) for name, caps in _plugins().items()}
    for name, caps in BUILTIN.items():
        merged.setdefault(name, {}).update(caps)
    return merged


def _load(target: str) -> Callable[..., Any]:
    module, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module), attribute)  # type: ignore[no-any-return]


def _factory(provider_id: str, capability: str) -> tuple[Callable[..., Any], str | None]:
    name, _, model = provider_id.partition(":")
    known = available()
    if name not in known:
        raise InputError(
            f"unknown provider {provider_id!r}", file="drama.toml", where="[providers]",
            fix=f"use one of {sorted(known)}",
        )
    if capability not in known[name]:
        offering = sorted(n for n, caps in known.items() if capability in caps)
        raise InputError(
            f"provider {name!r} cannot do {capability}", file="drama.toml",
            where=f"[providers] {capability}", fix=f"use one of {offering}",
        )
    return _load(known[name][capability]), model or None


@overload
def get_provider(provider_id: str, capability: Capability[P],
                 config: ProviderConfig | None = None) -> P: ...


@overload
def get_provider(provider_id: str, capability: str,
                 config: ProviderConfig | None = None) -> object: ...


def get_provider(provider_id: str, capability: Capability[P] | str,
                 config: ProviderConfig | None = None) -> P | object:
    """Instantiate provider ``provider_id`` for ``capability`` (``WRITER``, ``PAINTER``, …:
    typed as, and checked to be, that capability's protocol; or a name, untyped)."""
    typed = capability if isinstance(capability, Capability) else BY_NAME.get(capability)
    name = capability.name if isinstance(capability, Capability) else capability
    factory, model = _factory(provider_id, name)
    provider = factory(model, config or ProviderConfig())
    return typed.check(provider, provider_id) if typed is not None else provider


def request_identity(provider_id: str, capability: str, config: ProviderConfig,
                     request: dict[str, Any]) -> dict[str, Any]:
    """What a provider decides per request from its settings (say, which voice speaks
    this character): keyed per item, so changing it for one character rebuilds only that
    character's items. {} for providers without a static ``request_identity``."""
    factory, model = _factory(provider_id, capability)
    found = getattr(factory, "request_identity", None)
    return dict(found(model, config, request)) if callable(found) else {}


def resolved_id(provider_id: str, capability: str, config: ProviderConfig) -> str:
    """The provider id as the provider resolves it, so two spellings of one vendor and
    model share a cache key (``openai-compat:fake-image`` is ``openai-compat:fake/fake-image``).
    Ids whose provider does not resolve models, or that name none, stay as written."""
    factory, model = _factory(provider_id, capability)
    resolve = getattr(factory, "resolved_model", None)
    if not model or not callable(resolve):
        return provider_id
    return f"{provider_id.partition(':')[0]}:{resolve(model, config)}"


def provider_identity(provider_id: str, capability: str, config: ProviderConfig) -> dict[str, Any]:
    """What, besides the id, shapes this provider's outputs (goes into cache keys)."""
    factory, model = _factory(provider_id, capability)
    identity = getattr(factory, "identity", None)
    if callable(identity):
        return dict(identity(model, config))
    return config.identity()


def paints_layers(provider_id: str, config: ProviderConfig) -> bool:
    """Whether painter ``provider_id``, so configured, hands back panels in layers
    (its static ``layered(model, config)``; False for painters without one)."""
    factory, model = _factory(provider_id, "painter")
    layered = getattr(factory, "layered", None)
    return bool(layered(model, config)) if callable(layered) else False
