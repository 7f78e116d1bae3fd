"""Data packs: phrase banks, premise patterns, rule lexicons — data, not code.

Packs live under this package as ``<kind>/<name>.yaml`` (per language or market where
they vary) and are read by one loader, :func:`load_pack`. Callers validate what they
read against their own schema (pydantic), so a broken pack fails with its path.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from microdrama.errors import InputError

try:  # the C loader is ~10x faster on the large phrase banks
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


class PackError(InputError):
    """A pack is missing or is not valid YAML (says which pack)."""


@cache
def load_pack(kind: str, name: str) -> Any:
    """The parsed YAML of pack ``<kind>/<name>.yaml`` (cached; treat it as read-only)."""
    path = resources.files(__name__).joinpath(kind, f"{name}.yaml")
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise PackError(f"no pack {kind}/{name}.yaml in microdrama.packs") from None
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as error:
        raise PackError(f"pack {kind}/{name}.yaml: {error}") from None


def pack_names(kind: str) -> list[str]:
    """The names of the packs of one kind (file stems), sorted."""
    folder = resources.files(__name__).joinpath(kind)
    if not folder.is_dir():
        return []
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))
