"""Build a project, estimate what a build would cost, and say where each item stands.

Progress reaches the caller as typed events through a callback: one ``BuildStarted``
once the request is checked and work is about to begin, then ``StageProgress`` as
items finish. Nothing here prints.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from microdrama.app.options import (
    build_locales,
    check_stage,
    episode_total,
    parse_episodes,
    with_overrides,
)
from microdrama.engine.builder import Builder, ItemStatus, StageReport
from microdrama.engine.context import BuildContext
from microdrama.engine.executors import Executors
from microdrama.errors import ReviewError
from microdrama.project.folder import Project
from microdrama.stages import pipeline


@dataclass(frozen=True)
class BuildStarted:
    """The request was checked and the build begins with these stages."""

    stages: tuple[str, ...]


@dataclass(frozen=True)
class StageProgress:
    """``done`` of a stage's ``total`` items are finished."""

    stage: str
    done: int
    total: int


#: What a build tells its caller while it runs.
BuildEvent = BuildStarted | StageProgress
#: The callback that receives them.
OnEvent = Callable[[BuildEvent], None]


@dataclass(frozen=True, kw_only=True)
class EstimateRequest:
    """What to build: a project, optionally some episodes, stages and overrides."""

    directory: Path
    #: Episodes as ``"1-3,7"``; None builds them all.
    episodes: str | None = None
    #: Stop after this stage; None runs the whole pipeline.
    until: str | None = None
    #: Stages to re-run even when fresh (overwrites the user's edits to their files).
    force: list[str] = field(default_factory=list)
    #: Items to run at once.
    jobs: int = 2
    #: ``CAPABILITY=ID`` choices over the project's providers.
    providers: list[str] = field(default_factory=list)
    #: USD the project may spend in total, over its drama.toml and the environment.
    budget: float | None = None
    #: A locale to build besides the series language (``es``), ``all`` for every one
    #: drama.toml's [locales] targets lists; None builds the series language only.
    locale: str | None = None


@dataclass(frozen=True, kw_only=True)
class BuildRequest(EstimateRequest):
    """A build: what to build, and how the run log should name it."""

    #: The command as the run log and the project lock record it.
    command: str = "build"
    #: Stop right after the review when error-level findings are open.
    strict: bool = False


@dataclass(frozen=True)
class ReviewCounts:
    """Open review findings by severity in the episodes a build checked."""

    error: int = 0
    warning: int = 0
    info: int = 0
    #: The episodes with error-level findings.
    with_errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class BuildResult:
    """What a build did, per stage, and what its review found."""

    directory: Path
    reports: list[StageReport]
    #: Wall seconds of the build, from the project open to the review counted.
    seconds: float
    #: None when the build did not reach the review.
    review: ReviewCounts | None = None
    strict: bool = False
    #: Of ``seconds``, the part spent opening the project and its stages before any plan.
    setup_seconds: float = 0.0

    @property
    def review_error(self) -> ReviewError | None:
        """Under ``strict``, the error of the open review findings that stopped the build."""
        if self.strict and self.review is not None and self.review.error:
            return ReviewError(self.review.error, self.review.with_errors)
        return None


@dataclass(frozen=True)
class StageEstimate:
    """What one paid stage would cost."""

    stage: str
    items: int
    usd: float
    #: Items whose provider has no price.
    unknown: int
    #: Items estimated as typical ones because their inputs do not exist yet.
    blocked: int


@dataclass(frozen=True)
class EstimateResult:
    """What building now would cost; nothing was built or sent."""

    stages: list[StageEstimate]
    spent_usd: float
    budget_usd: float | None

    @property
    def estimated_usd(self) -> float:
        """The sum over the stages."""
        return sum(s.usd for s in self.stages)

    @property
    def unknown_items(self) -> int:
        """Items of unknown price over the stages."""
        return sum(s.unknown for s in self.stages)


@dataclass(frozen=True, kw_only=True)
class StatusRequest:
    """Where a project's items stand, up to a stage."""

    directory: Path
    until: str | None = None
    #: Also the items of this locale (``all``: every [locales] target).
    locale: str | None = None


@dataclass(frozen=True)
class StatusResult:
    """Each item's state, and what the project has spent."""

    items: list[ItemStatus]
    spent_usd: float
    #: Items whose cost is unknown.
    unknown_cost_items: int
    budget_usd: float | None


def _builder(request: EstimateRequest, episodes: set[int] | None,
             executors: Executors | None = None) -> Builder:
    """The builder of a request, its stages and overrides checked."""
    for name in [request.until, *request.force]:
        check_stage(name)
    project = with_overrides(Project.open(request.directory), request.providers, request.budget)
    source = ("flag" if request.budget is not None else
              "env" if os.environ.get("MICRODRAMA_BUDGET_MAX_USD") else "project")
    locales = build_locales(request.locale, project.settings)
    return Builder(BuildContext(project, selection=episodes, locales=locales),
                   pipeline(request.until),
                   jobs=request.jobs, budget=project.settings.budget.max_usd,
                   budget_source=source, executors=executors)


def _selection(request: EstimateRequest) -> set[int] | None:
    if not request.episodes:
        return None
    return parse_episodes(request.episodes, episode_total(request.directory))


def build_project(request: BuildRequest, on_event: OnEvent | None = None, *,
                  executors: Executors | None = None) -> BuildResult:
    """Build (or bring up to date) a project; only what changed is redone.

    Under ``strict`` the build stops right after the review, before any later stage
    spends time or money, when error-level findings are open (``result.review_error``).
    ``executors``: where items run (a resident build keeps its pools between builds);
    None: pools opened per wave, in this machine's threads and processes.
    """
    started = time.perf_counter()
    builder = _builder(request, _selection(request), executors)
    setup = time.perf_counter() - started

    def progress(stage: str, done: int, total: int) -> None:
        if on_event is not None:
            on_event(StageProgress(stage, done, total))

    names = [s.name for s in builder.stages]
    first = "check" if request.strict and "check" in names[:-1] else None
    try:
        if on_event is not None:
            on_event(BuildStarted(tuple(names)))
        reports = builder.build(until=first or request.until, force=request.force,
                                command=request.command, progress=progress)
        review = review_counts(builder.ctx.project, reports)
        if first and not (review and review.error):
            done = {r.stage: r for r in reports}
            rest = builder.build(until=request.until, command=request.command, progress=progress,
                                 force=[f for f in request.force if f not in done])
            reports = [done.get(r.stage, r) for r in rest]
    finally:
        builder.close()
    return BuildResult(request.directory, reports, time.perf_counter() - started, review,
                       request.strict, setup)


def estimate_build(request: EstimateRequest) -> EstimateResult:
    """What building now would cost, per paid stage; nothing runs and nothing is sent."""
    builder = _builder(request, _selection(request))
    try:
        rows = builder.estimate(request.until, request.force)
        spent, _unknown = builder.log.spent()
    finally:
        builder.close()
    stages = [StageEstimate(name, e.items, e.usd, e.unknown, blocked) for name, e, blocked in rows]
    return EstimateResult(stages, spent, builder.budget)


def read_status(request: StatusRequest) -> StatusResult:
    """What is fresh, stale, missing or edited, per stage and item. Writes nothing."""
    check_stage(request.until)
    project = Project.open(request.directory)
    locales = build_locales(request.locale, project.settings)
    builder = Builder(BuildContext(project, locales=locales), pipeline(request.until))
    try:
        items = builder.status(until=request.until)
        spent, unknown = builder.log.spent()
    finally:
        builder.close()
    return StatusResult(items, spent, unknown, project.settings.budget.max_usd)


def review_counts(project: Project, reports: list[StageReport]) -> ReviewCounts | None:
    """Open findings by severity in the review files of the episodes this build checked."""
    check = next((r for r in reports if r.stage == "check"), None)
    if check is None:
        return None
    counts = {"error": 0, "warning": 0, "info": 0}
    with_errors: list[str] = []
    for item in sorted({*check.ran, *check.restored, *check.kept}):
        path = project.path(f"out/review/{item}.json")
        if not path.is_file():
            continue
        findings = [f for f in json.loads(path.read_text("utf-8"))["findings"]
                    if not f.get("waived")]  # a waived finding is shown, not counted
        for finding in findings:
            counts[finding["severity"]] += 1
        if any(f["severity"] == "error" for f in findings):
            with_errors.append(item)
    return ReviewCounts(counts["error"], counts["warning"], counts["info"], with_errors)
