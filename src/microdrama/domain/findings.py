"""Review findings: data with ids and severities, so builds and reports can act on them."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from microdrama.domain.base import Model

Severity = Literal["error", "warning", "info"]


class Finding(Model):
    """One problem a check found."""

    rule: str = Field(description="Rule id, e.g. 'craft.hook' or 'continuity.knows'.")
    severity: Severity = Field(description="error blocks delivery; warning should be looked at.")
    target: str = Field(description="Id of what the finding is about (episode, scene, line).")
    message: str = Field(description="What is wrong, in a sentence.")
    fix: str = Field(default="", description="How to fix it.")
