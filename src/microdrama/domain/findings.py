"""Review findings: data with ids and severities, so builds and reports can act on them;
and waivers, a person's decision to ship with a finding open, kept with its reason."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from microdrama.domain.base import Model

Severity = Literal["error", "warning", "info"]

#: Severities from most to least serious.
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


class Finding(Model):
    """One problem a check found."""

    rule: str = Field(description="Rule id, e.g. 'craft.hook' or 'cn.title.bait'.")
    severity: Severity = Field(description="error blocks delivery; warning should be looked at.")
    target: str = Field(description="Id of what the finding is about (episode, scene, line).")
    message: str = Field(description="What is wrong, in a sentence.")
    fix: str = Field(default="", description="How to fix it.")
    market: str = Field(default="", description="Market pack of a compliance rule ('' for craft).")
    source: str = Field(default="", description="Where the rule comes from (law, standard, practice).")
    waived: str = Field(default="", description="The reason of the waiver that accepts it, if any.")

    @property
    def open(self) -> bool:
        """Not waived: counts against delivery."""
        return not self.waived


class Waiver(Model):
    """Ship with a finding open: which rule, where, and why (``waivers.toml``)."""

    rule: str = Field(description="Rule id the waiver accepts, e.g. 'middle-east.alcohol'.",
                      min_length=1)
    target: str = Field(default="*", description="Id the finding is about; '*' for every target.",
                        min_length=1)
    reason: str = Field(description="Why it may ship: kept and shown in the review.", min_length=3)
    by: str = Field(default="", description="Who decided.")

    def covers(self, finding: Finding) -> bool:
        """This waiver accepts ``finding``."""
        return self.rule == finding.rule and self.target in ("*", finding.target)


def apply_waivers(findings: list[Finding], waivers: list[Waiver]) -> list[Finding]:
    """``findings`` with the reason of the first waiver that covers each one."""
    out = []
    for finding in findings:
        waiver = next((w for w in waivers if w.covers(finding)), None)
        reason = f"{waiver.reason} ({waiver.by})" if waiver and waiver.by else (
            waiver.reason if waiver else "")
        out.append(finding.model_copy(update={"waived": reason}) if reason else finding)
    return out
