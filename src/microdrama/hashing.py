"""Canonical JSON and content hashes (the cache key built from them is in engine.keys)."""

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
