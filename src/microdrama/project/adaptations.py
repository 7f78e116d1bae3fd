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
from pathlib import Path
from typing import Literal

import tomli_w
from pydantic import Field

from microdrama.domain.base import Id, Model
from microdrama.files import write_atomic
from microdrama.project.tables import read_tables

ADAPTATIONS_FILE = "adaptations.toml"


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
    return read_tables(root / ADAPTATIONS_FILE, "adaptation", Adaptation,
                       "give locale, rule, target, replace, with and decision (accepted or "
                       "rejected)")


def save_adaptations(root: Path, adaptations: list[Adaptation]) -> None:
    """Write adaptations.toml (atomically), in locale, target, rule order."""
    ordered = sorted(adaptations, key=lambda a: (a.locale, a.target, a.rule, a.replace))
    body = {"adaptation": [{k: v for k, v in a.model_dump(by_alias=True).items() if v != ""}
                           for a in ordered]}
    header = ("# Cultural adaptations per locale: accepted ones change that locale's lines "
              "before\n# translation; rejected ones are kept so they are not proposed again.\n"
              "# `microdrama adapt-locale DIR --locale L` lists what is proposed.\n\n")
    write_atomic(root / ADAPTATIONS_FILE, header + tomli_w.dumps(body))


def _titles(target: str) -> bool:
    """True for a title's target: the series, or an episode (ep001), not a line."""
    return target == "series" or re.fullmatch(r"ep\d+", target) is not None


def accepted_swaps(root: Path, locale: str) -> list[tuple[str, str, str]]:
    """(line id, word, replacement) of every accepted adaptation of a line for ``locale``."""
    return [(a.target, a.replace, a.with_) for a in load_adaptations(root)
            if a.locale == locale and a.decision == "accepted" and not _titles(a.target)]


def accepted_titles(root: Path, locale: str) -> dict[str, str]:
    """Title target (``series``, ``ep001``) → the title accepted for ``locale`` (a
    re-titling with the market's genre words): it goes on the locale's covers."""
    return {a.target: a.with_ for a in load_adaptations(root)
            if a.locale == locale and a.decision == "accepted" and _titles(a.target)}
