"""What a build reports: per stage, what ran, was kept, blocked or failed; per item, where
it stands."""

from __future__ import annotations

from dataclasses import dataclass, field

from microdrama.engine.contract import State


@dataclass
class ItemStatus:
    """Where one item stands, and why."""

    stage: str
    item: str
    state: State
    reason: str = ""
    key: str = ""


@dataclass
class StageReport:
    """What a build did in one stage."""

    stage: str
    ran: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)  # published from the cache
    kept: list[str] = field(default_factory=list)  # fresh, or owned text left alone
    blocked: list[str] = field(default_factory=list)
    #: Blocked item → what it waits for.
    why: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    #: Failed item → the exit code of its error's family (3 for a provider's failure).
    exit_codes: dict[str, int] = field(default_factory=dict)
    #: Wall seconds of the stage's wave (for a stage nothing reads, which runs beside the
    #: later waves: its longest item's).
    seconds: float = 0.0
    #: Where the time went (benchmarks/render.py prints it): the wave's number in the
    #: build, seconds the build spent planning the stage's items and deciding what to run
    #: (keys, input hashes, freshness), and the longest of its items that ran, measured
    #: where it ran. The rest of a wave is starting workers, storing and publishing.
    wave: int = 0
    plan_seconds: float = 0.0
    item_seconds: float = 0.0
    #: Its items ran beside the later waves (a stage nothing reads: the check, the sheet).
    beside: bool = False
