"""Shared base for the canon's models: strict, documented, no I/O."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

#: Stable ids are lowercase slugs: letters, digits and dashes (``ep003-sc02-l07``).
ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=64)]
_ID_RE = re.compile(ID_PATTERN)


class Model(BaseModel):
    """Base of every canon model: unknown fields are an error, values are validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


def is_id(text: str) -> bool:
    """True when ``text`` is a valid stable id."""
    return bool(_ID_RE.match(text)) and len(text) <= 64


def slugify(text: str) -> str:
    """Make an ASCII id from a name; non-ASCII names fall back to ``x`` + code points."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if slug:
        return slug[:40]
    return "x" + "".join(f"{ord(ch):x}" for ch in text)[:39]
