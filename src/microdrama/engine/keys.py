"""The cache key of a stage item: the kernel's one definition of "same inputs"."""

from __future__ import annotations

from typing import Any

from microdrama.hashing import canonical_json, content_hash


def cache_key(stage: str, version: int, inputs: Any, parents: list[str] | None = None) -> str:
    """The key of one stage item: hash of (stage, version, inputs, parent keys)."""
    return content_hash(
        canonical_json(
            {"stage": stage, "version": version, "inputs": inputs, "parents": parents or []}
        )
    )
