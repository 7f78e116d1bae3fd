"""adaptations.toml: a person's decisions on cultural-adaptation proposals per locale.

    [[adaptation]]
    locale = "ar"
    rule = "middle-east.alcohol"
    target = "ep001-sc01-l03"       # a line id
    replace = "champagne"
    with = "sparkling juice"
    decision = "accepted"           # or "rejected" (kept, so it is not proposed again)
    reason = ""                     # optional

Accepted ones change that locale's line before it is translated (and in the files
exported to its translators); the series' own script is never touched.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Literal

import tomli_w
from pydantic import Field, ValidationError

from microdrama.domain.base import Id, Model
from microdrama.errors import InputError
from microdrama.files import read_text, write_atomic

ADAPTATIONS_FILE = "adaptations.toml"
_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


class Adaptation(Model):
    """A decision on one proposal."""

    locale: str = Field(min_length=2)
    rule: str = Field(min_length=1)
    target: Id
    replace: str = Field(min_length=1)
    with_: str = Field(alias="with", min_length=1)
    decision: Literal["accepted", "rejected"]
    reason: str = ""

    model_config = {**Model.model_config, "populate_by_name": True}


def load_adaptations(root: Path) -> list[Adaptation]:
    """The project's decisions ([] without adaptations.toml)."""
    path = root / ADAPTATIONS_FILE
    if not path.is_file():
        return []
    text = read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = _TOML_AT.search(str(error))
        raise InputError(f"invalid TOML: {_TOML_AT.sub('', str(error)).strip()}", file=path,
                         where=f"line {match[1]}, column {match[2]}" if match else None,
                         fix="correct the syntax: each decision is an [[adaptation]] table") from None
    unknown = sorted(set(data) - {"adaptation"})
    if unknown:
        raise InputError(f"unknown key {unknown[0]!r}", file=path, where=unknown[0],
                         fix="adaptations.toml holds only [[adaptation]] tables")
    found = []
    for number, entry in enumerate(data.get("adaptation", []), 1):
        try:
            found.append(Adaptation.model_validate(entry))
        except ValidationError as error:
            first = error.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "adaptation"
            raise InputError(first["msg"], file=path,
                             where=f"[[adaptation]] number {number}, {field}",
                             fix="give locale, rule, target, replace, with and decision "
                             "(accepted or rejected)") from None
    return found


def save_adaptations(root: Path, adaptations: list[Adaptation]) -> None:
    """Write adaptations.toml (atomically), in locale, target, rule order."""
    ordered = sorted(adaptations, key=lambda a: (a.locale, a.target, a.rule, a.replace))
    body = {"adaptation": [{k: v for k, v in a.model_dump(by_alias=True).items() if v != ""}
                           for a in ordered]}
    header = ("# Cultural adaptations per locale: accepted ones change that locale's lines "
              "before\n# translation; rejected ones are kept so they are not proposed again.\n"
              "# `microdrama adapt-locale DIR --locale L` lists what is proposed.\n\n")
    write_atomic(root / ADAPTATIONS_FILE, header + tomli_w.dumps(body))


def accepted_swaps(root: Path, locale: str) -> list[tuple[str, str, str]]:
    """(line id, word, replacement) of every accepted adaptation for ``locale``."""
    return [(a.target, a.replace, a.with_) for a in load_adaptations(root)
            if a.locale == locale and a.decision == "accepted"]
