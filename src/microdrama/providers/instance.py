"""What every provider instance gets (its settings, the vendors, the secrets) and what it
reports back (its usage): one place, re-exported by :mod:`microdrama.providers.base`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: Keys of a ``[provider.<name>]`` table that change how a provider runs, not what it
#: makes; they are left out of cache keys so tuning them never rebuilds anything.
RUN_ONLY_KEYS = frozenset({
    "concurrency", "timeout_s", "max_attempts", "poll_s", "job_timeout_s", "prices",
})


@dataclass(frozen=True)
class ProviderConfig:
    """What a provider instance is given besides its model id.

    ``settings`` is the provider's ``[provider.<name>]`` table (drama.toml over the user
    config), ``vendors`` the raw ``[vendors]`` tables, ``secrets`` the environment plus
    the user config's ``[keys]`` — never stored, hashed or logged. ``state_dir`` is where
    long jobs persist their ids; ``project_dir`` resolves relative paths in settings.
    """

    settings: Mapping[str, Any] = field(default_factory=dict)
    vendors: Mapping[str, Any] = field(default_factory=dict)
    secrets: Mapping[str, str] = field(default_factory=lambda: dict(os.environ), repr=False)
    state_dir: str | None = None
    project_dir: str | None = None

    def secret(self, name: str) -> str | None:
        """The secret called ``name`` (an environment variable name), or None."""
        value = self.secrets.get(name, "").strip()
        return value or None

    def identity(self) -> dict[str, Any]:
        """The settings that shape outputs (for cache keys): all but RUN_ONLY_KEYS."""
        return {k: v for k, v in sorted(self.settings.items()) if k not in RUN_ONLY_KEYS}


@dataclass
class Usage:
    """What a provider instance has spent so far; stages copy it into the run log."""

    calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    #: USD; None as soon as one call had an unknown price (unknown is not zero).
    cost_usd: float | None = 0.0

    def add(self, cost_usd: float | None, *, calls: int = 1, input_tokens: int = 0,
            output_tokens: int = 0) -> None:
        """Count one (or ``calls``) more calls and their cost."""
        self.calls += calls
        self.input_tokens += input_tokens
        self.output_tokens += output_tokens
        if self.cost_usd is not None and cost_usd is not None:
            self.cost_usd += cost_usd
        else:
            self.cost_usd = None
