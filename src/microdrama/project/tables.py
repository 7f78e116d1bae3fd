"""Project files that are a list of TOML tables (``waivers.toml``, ``adaptations.toml``):
read, validated entry by entry, every error naming the file, the entry and the fix."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from microdrama.errors import InputError
from microdrama.files import read_text

M = TypeVar("M", bound=BaseModel)
_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def read_tables(path: Path, key: str, schema: type[M], fix: str) -> list[M]:
    """The ``[[key]]`` tables of ``path`` as ``schema`` ([] when the file does not exist);
    ``fix`` says what an entry must hold."""
    if not path.is_file():
        return []
    text = read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = _TOML_AT.search(str(error))
        raise InputError(f"invalid TOML: {_TOML_AT.sub('', str(error)).strip()}", file=path,
                         where=f"line {match[1]}, column {match[2]}" if match else None,
                         fix=f"correct the TOML syntax: each entry is a [[{key}]] table") from None
    unknown = sorted(set(data) - {key})
    if unknown:
        raise InputError(f"unknown key {unknown[0]!r}", file=path, where=unknown[0],
                         fix=f"{path.name} holds only [[{key}]] tables")
    entries = data.get(key, [])
    if not isinstance(entries, list):
        raise InputError(f"{key} is not a list of tables", file=path, where=key,
                         fix=f"write each entry as a [[{key}]] table")
    found = []
    for number, entry in enumerate(entries, 1):
        try:
            found.append(schema.model_validate(entry))
        except ValidationError as error:
            first = error.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or key
            raise InputError(first["msg"], file=path, where=f"[[{key}]] number {number}, {field}",
                             fix=fix) from None
    return found
