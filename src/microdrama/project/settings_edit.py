"""Changing one value of drama.toml's ``[project]`` table in place: the person's comments,
order and other tables stay as they wrote them (a TOML dump would lose them)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from microdrama.errors import InputError
from microdrama.files import read_text, write_atomic

_TABLE = re.compile(r"^\s*\[([^\[\]]+)\]\s*(?:#.*)?$", re.MULTILINE)


def set_project_int(path: Path, key: str, value: int) -> None:
    """``[project] key = value`` in the drama.toml at ``path`` (the line replaced, or added
    under the table's header); checked by reading the file back before it is written."""
    text = read_text(path)
    headers = list(_TABLE.finditer(text))
    start = next((m for m in headers if m[1].strip() == "project"), None)
    if start is None:
        raise InputError("drama.toml has no [project] table", file=path,
                         fix="add one, as `microdrama new` writes it")
    end = next((m.start() for m in headers if m.start() > start.start()), len(text))
    table = text[start.end():end]
    line = re.compile(rf"^(\s*{re.escape(key)}\s*=\s*)[^#\n]*?(\s*(?:#.*)?)$", re.MULTILINE)
    if line.search(table):
        table = line.sub(lambda m: f"{m[1]}{value}{m[2]}", table, count=1)
    else:
        table = f"\n{key} = {value}" + table
    changed = text[:start.end()] + table + text[end:]
    if tomllib.loads(changed).get("project", {}).get(key) != value:
        raise InputError(f"could not set {key} in drama.toml's [project] table", file=path,
                         fix=f"set {key} = {value} there by hand")
    write_atomic(path, changed)
