"""waivers.toml: the findings a person decided to ship with, each with its reason.

    [[waiver]]
    rule = "middle-east.alcohol"
    target = "ep001-sc01-b01"   # or "*" for every place the rule fires
    reason = "The wine is grape juice in the Arabic version."
    by = "Lin (producer)"

A waived finding stays in the review, shown with its reason; it no longer blocks
``build --strict``.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pydantic import ValidationError

from microdrama.domain.findings import Waiver
from microdrama.errors import InputError
from microdrama.files import read_text

WAIVERS_FILE = "waivers.toml"
_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def load_waivers(root: Path) -> list[Waiver]:
    """The project's waivers ([] when it has no waivers.toml)."""
    path = root / WAIVERS_FILE
    if not path.is_file():
        return []
    text = read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = _TOML_AT.search(str(error))
        raise InputError(f"invalid TOML: {_TOML_AT.sub('', str(error)).strip()}", file=path,
                         where=f"line {match[1]}, column {match[2]}" if match else None,
                         fix="correct the TOML syntax: each waiver is a [[waiver]] table") from None
    unknown = sorted(set(data) - {"waiver"})
    if unknown:
        raise InputError(f"unknown key {unknown[0]!r}", file=path, where=unknown[0],
                         fix="waivers.toml holds only [[waiver]] tables")
    entries = data.get("waiver", [])
    if not isinstance(entries, list):
        raise InputError("waiver is not a list of tables", file=path, where="waiver",
                         fix="write each waiver as a [[waiver]] table")
    waivers = []
    for number, entry in enumerate(entries, 1):
        try:
            waivers.append(Waiver.model_validate(entry))
        except ValidationError as error:
            first = error.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "waiver"
            raise InputError(first["msg"], file=path, where=f"[[waiver]] number {number}, {field}",
                             fix="give rule, reason (why it may ship) and, optionally, "
                             "target and by") from None
    return waivers
