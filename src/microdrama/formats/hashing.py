"""Canonical JSON and content hashes: the shape of every cache key."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel

ALGORITHM = "b2"


def _default(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(f"cannot hash a {type(value).__name__}")


def canonical_json(value: Any) -> str:
    """Sorted keys, compact separators, non-ASCII kept: equal data gives equal text."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default
    )


def content_hash(data: bytes | str) -> str:
    """``b2:`` + BLAKE2b-160 hex of the bytes (UTF-8 for text)."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    return f"{ALGORITHM}:" + hashlib.blake2b(payload, digest_size=20).hexdigest()


def cache_key(stage: str, version: int, inputs: Any, parents: list[str] | None = None) -> str:
    """The key of one stage item: hash of (stage, version, inputs, parent keys)."""
    return content_hash(
        canonical_json(
            {"stage": stage, "version": version, "inputs": inputs, "parents": parents or []}
        )
    )
