"""ComfyUI workflow templates: API-format JSON with ``{{placeholder}}`` strings.

A workflow is what ComfyUI's "Export (API)" writes: ``{node_id: {"class_type": …,
"inputs": {…}}}``. Any input value may be a placeholder. A string that is exactly one
placeholder (``"{{seed}}"``) becomes the typed value (an int stays an int); a
placeholder inside a longer string (``"ep {{seed}}"``) is substituted as text.
Unknown placeholders are an InputError naming the file, the node and the input, found
when the workflow is loaded — before anything is sent to the server.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from microdrama.errors import InputError

PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
EXPORT_FIX = (
    "build the workflow in ComfyUI, then save it with Workflow → Export (API) (older "
    "versions: enable dev mode options in the settings, then 'Save (API Format)')"
)


@dataclass(frozen=True)
class Workflow:
    """A loaded template: where it came from, its nodes and the placeholders it uses."""

    path: Path
    nodes: dict[str, Any] = field(hash=False)
    sha256: str
    #: placeholder name → (node id, input path) of its first use, for error messages.
    uses: dict[str, tuple[str, str]] = field(hash=False)

    @property
    def placeholders(self) -> frozenset[str]:
        """Every placeholder name the template uses."""
        return frozenset(self.uses)

    def check(self, allowed: set[str], *, purpose: str, setting: str) -> None:
        """Raise InputError for the first placeholder not in ``allowed``."""
        for name, (node, where) in sorted(self.uses.items()):
            if name not in allowed:
                known = ", ".join("{{" + n + "}}" for n in sorted(allowed))
                raise InputError(
                    f"unknown placeholder {{{{{name}}}}} for {purpose}",
                    file=self.path,
                    where=f"node {node} ({self.nodes[node].get('class_type', '?')}) input {where}",
                    fix=f"use one of {known}, define {name} under [providers.comfyui.values] "
                    f"in drama.toml, or point {setting} at a workflow made for {purpose}",
                )

    def fill(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """A copy of the nodes with every placeholder in their inputs replaced by its value."""
        return {
            node_id: {**node, "inputs": _fill(node.get("inputs", {}), values)}
            for node_id, node in self.nodes.items()
        }


def load_workflow(path: Path, *, setting: str) -> Workflow:
    """Read and check a workflow template; ``setting`` names the drama.toml key for fixes."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(
            "the ComfyUI workflow file does not exist",
            file=path,
            fix=f"{EXPORT_FIX}, save it at this path, or point [providers.comfyui] {setting} "
            "in drama.toml at your file",
        ) from None
    except OSError as error:
        raise InputError(
            f"cannot read the ComfyUI workflow file ({error.strerror})",
            file=path,
            fix="check that it is a readable file",
        ) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError("the workflow is not UTF-8 text", file=path,
                         fix=f"{EXPORT_FIX} and save it as UTF-8") from None
    except json.JSONDecodeError as error:
        raise InputError(
            f"the workflow is not valid JSON ({error.msg})",
            file=path,
            where=f"line {error.lineno}, column {error.colno}",
            fix="repair the JSON, or export the workflow again",
        ) from None
    if isinstance(data, dict) and "nodes" in data and "links" in data:
        raise InputError(
            "this is ComfyUI's UI format (nodes and links), not the API format",
            file=path,
            fix=EXPORT_FIX,
        )
    if not isinstance(data, dict) or not data:
        raise InputError("the workflow is not a JSON object of nodes", file=path, fix=EXPORT_FIX)
    for node_id, node in data.items():
        if not (
            isinstance(node, dict)
            and isinstance(node.get("class_type"), str)
            and isinstance(node.get("inputs", {}), dict)
        ):
            raise InputError(
                "the node has no class_type and inputs",
                file=path,
                where=f"node {node_id}",
                fix=EXPORT_FIX,
            )
    uses: dict[str, tuple[str, str]] = {}
    for node_id, node in data.items():
        for where, name in _placeholders(node.get("inputs", {}), ""):
            uses.setdefault(name, (node_id, where))
    return Workflow(path=path, nodes=data, sha256=hashlib.sha256(raw).hexdigest(), uses=uses)


def _placeholders(value: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        for match in PLACEHOLDER.finditer(value):
            yield where, match.group(1)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _placeholders(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _placeholders(item, f"{where}[{index}]")


def _fill(value: Any, values: Mapping[str, Any]) -> Any:
    if isinstance(value, str):
        whole = PLACEHOLDER.fullmatch(value)
        if whole:
            return values[whole.group(1)]
        return PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), value)
    if isinstance(value, dict):
        return {key: _fill(item, values) for key, item in value.items()}
    if isinstance(value, list):
        return [_fill(item, values) for item in value]
    return value
