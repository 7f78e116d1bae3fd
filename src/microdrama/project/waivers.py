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

from pathlib import Path

from microdrama.domain.findings import Waiver
from microdrama.project.tables import read_tables

WAIVERS_FILE = "waivers.toml"


def load_waivers(root: Path) -> list[Waiver]:
    """The project's waivers ([] when it has no waivers.toml)."""
    return read_tables(root / WAIVERS_FILE, "waiver", Waiver,
                       "give rule, reason (why it may ship) and, optionally, target and by")
