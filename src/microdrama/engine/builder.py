"""Run stages over their items: plan, compare keys, run what is missing, publish.

For each stage (in order), every selected item is planned from the project as it is
now, its key compared with what was last published, and only items without a stored
result run — in a thread or process pool, or one after another for sequential
stages. Each finished item is stored, published (atomic write) and logged before the
next is looked at, so a killed build resumes where it stopped.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures import (
    CancelledError,
    Executor,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    as_completed,
)
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, State, Work
from microdrama.engine.costing import Estimate, estimate_item, price_of, typical_count
from microdrama.engine.lock import project_lock
from microdrama.engine.runlog import Published, RunLog
from microdrama.engine.store import Store
from microdrama.errors import (
    DramaError,
    InputError,
    ProviderError,
    StageError,
    storage_error,
)
from microdrama.files import write_atomic
from microdrama.hashing import content_hash

#: Where a budget came from → (file, where) for the error that names it.
BUDGET_PLACES = {
    "flag": (None, "option --budget"),
    "env": (None, "environment variable MICRODRAMA_BUDGET_MAX_USD"),
    "project": ("drama.toml", "[budget] max_usd"),
}


class BudgetError(InputError):
    """The next work would take the project past its budget; the build stops cleanly."""

    def __init__(self, problem: str, *, fix: str, source: str = "project") -> None:
        file, where = BUDGET_PLACES.get(source, BUDGET_PLACES["project"])
        super().__init__(problem, file=file, where=where, fix=fix)


#: prctl option: the signal a process gets when its parent dies (linux/prctl.h).
PR_SET_PDEATHSIG = 1


def refused(error: BaseException) -> bool:
    """True for a provider's 'your key is not accepted' (HTTP 401/403): every other item
    sent with that key would be refused the same way."""
    return isinstance(error, ProviderError) and error.status in (401, 403)


def die_with_parent() -> None:
    """In a worker process: be killed when the build that started it dies, even by
    kill -9 (Linux's parent-death signal), so no worker outlives its build."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the signal was asked for
        os._exit(1)



class Halted(Exception):
    """An item not started because a sibling's key was refused (it runs next build).

    An internal signal, not an error: the builder catches it for each item of the wave
    and reports the item as blocked (the user sees the sibling's failure instead): it
    never reaches the user."""


def _timed(run: Callable[[Work], Produced], work: Work,
           halt: str | None = None) -> tuple[Produced, float]:
    """Run one item and measure it where it runs (in the worker, not the queue).

    ``halt`` names a marker file shared by the items of a wave (threads or processes):
    an item whose provider refuses the key creates it at once, and items that have not
    begun yet do not begin."""
    if halt is not None and os.path.exists(halt):
        raise Halted(work.item)
    started = time.perf_counter()
    try:
        produced = run(work)
    except Exception as error:
        if halt is not None and refused(error):
            with open(halt, "a", encoding="utf-8"):
                pass
        raise
    return produced, time.perf_counter() - started


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
    failed: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


#: A progress callback: (stage, done, total).
Progress = Callable[[str, int, int], None]


class Builder:
    """Builds a project with a list of stages (in dependency order)."""

    def __init__(self, ctx: BuildContext, stages: list[Stage], *, jobs: int = 2,
                 budget: float | None = None, budget_source: str = "project") -> None:
        self.ctx = ctx
        self.stages = stages
        self.jobs = max(1, jobs)
        cache = ctx.project.cache_dir
        self.store = Store(cache / "store")
        self.log = RunLog(cache / "runlog.sqlite")
        #: USD the project may have spent in total (run log, every run), or None.
        self.budget = budget
        #: Where the budget was set ('flag', 'env', 'project'), for the message that stops.
        self.budget_source = budget_source
        #: The stages of the build under way, and whether their providers were checked.
        self._planned: list[Stage] = []
        self._all_ready = False
        self._prices: dict[str, Any] = {}

    # -- cost ----------------------------------------------------------------------------
    def _price(self, stage: Stage) -> Any:
        if stage.name not in self._prices:
            self._prices[stage.name] = price_of(stage, self.ctx)
        return self._prices[stage.name]

    def _within_budget(self, batch: list[tuple[Stage, Work]]) -> None:
        """Stop cleanly (BudgetError) before starting a batch the budget cannot pay for.

        A batch is everything about to start together (one item of a sequential stage,
        or every item of a wave of side-by-side stages), so stages sharing a wave are
        counted together."""
        if self._affordable(batch) < len(batch):
            self._over_budget(batch)

    def _affordable(self, batch: list[tuple[Stage, Work]]) -> int:
        """How many items of ``batch``, in order, the budget pays for (all without one)."""
        if self.budget is None:
            return len(batch)
        spent, _ = self.log.spent()
        for count, (stage, work) in enumerate(batch):
            if stage.capability is None:
                continue
            cost = estimate_item(stage, self.ctx, work, self._price(stage))
            if cost is None:
                return count
            spent += cost
            if spent > self.budget:
                return count
        return len(batch)

    def _over_budget(self, batch: list[tuple[Stage, Work]]) -> NoReturn:
        """Raise the BudgetError that says why ``batch`` cannot start."""
        assert self.budget is not None
        paid = [(stage, work) for stage, work in batch if stage.capability is not None]
        costs = [(stage, estimate_item(stage, self.ctx, work, self._price(stage)))
                 for stage, work in paid]
        spent, unknown = self.log.spent()
        unpriced = next((stage for stage, cost in costs if cost is None), None)
        if unpriced is not None:
            raise BudgetError(
                f"{unpriced.name} uses a provider without a price, so the budget of "
                f"${self.budget:.2f} cannot be kept",
                fix="add its price to [vendors.<name>.prices] in your user config, "
                "or build without a budget",
                source=self.budget_source,
            )
        need = sum(c for _, c in costs if c is not None)
        names = ", ".join(dict.fromkeys(stage.name for stage, _ in paid))
        # Raised even if the items would fit now (the ones before them cost less than
        # estimated): they were held back, and the next build starts them.
        raise BudgetError(
            f"budget reached before {names}: ${spent:.4f} spent so far, the next "
            f"{len(paid)} item(s) need about ${need:.4f}, the budget is ${self.budget:.2f}",
            fix=("pass a higher --budget" if self.budget_source == "flag" else
                 "raise MICRODRAMA_BUDGET_MAX_USD" if self.budget_source == "env" else
                 "raise [budget] max_usd in drama.toml (or pass --budget)")
            + "; finished work is kept and the next build continues from it",
            source=self.budget_source,
        )

    def estimate(self, until: str | None = None, force: Iterable[str] = ()
                 ) -> list[tuple[str, Estimate, int]]:
        """What building now would cost: per paid stage, the estimate and items blocked
        until their inputs exist (estimated as typical items). Nothing runs."""
        out = []
        for stage in self._stages_until(until):
            if stage.capability is None:
                continue
            price = self._price(stage)
            found = Estimate()
            blocked = 0
            items = stage.items(self.ctx)
            for item in items:
                try:
                    work = stage.plan(self.ctx, item)
                except Blocked:
                    blocked += 1
                    found.add(estimate_item(stage, self.ctx, None, price))
                    continue
                if self._decide(stage, work, stage.name in set(force)) == "run":
                    found.add(estimate_item(stage, self.ctx, work, price))
            if not items:
                for _ in range(typical_count(stage, self.ctx)):
                    blocked += 1
                    found.add(estimate_item(stage, self.ctx, None, price))
            out.append((stage.name, found, blocked))
        return out

    def close(self) -> None:
        """Release the run log."""
        self.log.close()

    # -- status ------------------------------------------------------------------------
    def item_state(self, stage: Stage, work: Work) -> tuple[State, str]:
        """Compare a planned item with what is on disk and in the store."""
        project = self.ctx.project
        states: list[tuple[State, str]] = []
        for path in work.outputs.values():
            target = project.path(path)
            record = self.log.output(path)
            if not target.is_file():
                states.append((State.MISSING, f"{path} does not exist"))
                continue
            sha = content_hash(target.read_bytes())
            if record is None or record.sha != sha:
                if self._matches_stored(work, path, sha):
                    states.append((State.FRESH, ""))
                elif stage.owned:
                    states.append((State.EDITED, f"{path} was edited; kept as yours"))
                else:
                    states.append((State.STALE, f"{path} was changed by hand; will rebuild"))
            elif record.key != work.key:
                if stage.owned:
                    states.append((State.OUTDATED, f"inputs of {path} changed since it was "
                                   f"written; kept (use --force {stage.name} to rewrite)"))
                else:
                    states.append((State.STALE, "inputs changed"))
            else:
                states.append((State.FRESH, ""))
        order = [State.MISSING, State.STALE, State.EDITED, State.OUTDATED, State.FRESH]
        # (PENDING and BLOCKED are decided by status(), which sees the other stages.)
        return min(states, key=lambda s: order.index(s[0])) if states else (State.FRESH, "")

    def _matches_stored(self, work: Work, path: str, sha: str) -> bool:
        """True when the file on disk is exactly what the store holds for this key."""
        result = self.store.get_result(work.key)
        if result is None:
            return False
        name = next((n for n, p in work.outputs.items() if p == path), None)
        return name is not None and result.outputs.get(name) == sha

    def status(self, until: str | None = None) -> list[ItemStatus]:
        """Every item of every stage with its state, without building anything.

        A derived item that looks fresh but reads an episode whose upstream items will
        rebuild is reported ``pending``: whether it changes is known only after them.
        """
        out: list[ItemStatus] = []
        dirty: dict[str, set[str]] = {}  # stage → episodes (or "*") that will rebuild
        for stage in self._stages_until(until):
            changing = dirty.setdefault(stage.name, set())
            upstream = [s.name for s in self.stages if s.name != stage.name] \
                if stage.after is None else list(stage.after)
            for item in stage.items(self.ctx):
                episode = item.split("-", 1)[0] if item.startswith("ep") else "*"
                try:
                    work = stage.plan(self.ctx, item)
                except Blocked as blocked:
                    out.append(ItemStatus(stage.name, item, State.BLOCKED, str(blocked)))
                    changing.add(episode)
                    continue
                state, reason = self.item_state(stage, work)
                if state == State.FRESH and not stage.owned:
                    waits = next((name for name in upstream
                                  if dirty.get(name, set()) & {episode, "*"}), None)
                    if waits:
                        state, reason = State.PENDING, f"waits for {waits} to rebuild"
                if state in (State.STALE, State.MISSING, State.PENDING):
                    changing.add(episode)
                out.append(ItemStatus(stage.name, item, state, reason, work.key))
        return out

    def _stages_until(self, until: str | None) -> list[Stage]:
        if until is None:
            return self.stages
        names = [s.name for s in self.stages]
        return self.stages[: names.index(until) + 1]

    # -- build -------------------------------------------------------------------------
    def build(
        self,
        *,
        until: str | None = None,
        force: Iterable[str] = (),
        command: str = "build",
        progress: Progress | None = None,
    ) -> list[StageReport]:
        """Build every stage up to ``until``; return what happened per stage."""
        with project_lock(self.ctx.project.cache_dir, command):
            # Lines the user added without ids get them now, by the build alone.
            self.ctx.project.assign_missing_ids()
            self.log.close_stale_runs()  # a killed build's run, still marked running
            return self._build_locked(until=until, forced=set(force), command=command,
                                      progress=progress)

    def _build_locked(self, *, until: str | None, forced: set[str], command: str,
                      progress: Progress | None) -> list[StageReport]:
        self._planned = self._stages_until(until)
        self._all_ready = False
        run_id = self.log.start_run(command)
        reports: list[StageReport] = []
        status = "failed"
        try:
            for wave in self._waves(self._stages_until(until)):
                began = time.perf_counter()
                wave_reports = [StageReport(stage.name) for stage in wave]
                reports += wave_reports
                if wave[0].sequential:
                    stage, report = wave[0], wave_reports[0]
                    self._build_sequential(stage, run_id, report, stage.name in forced, progress)
                else:
                    self._build_parallel(wave, run_id, wave_reports, forced, progress)
                for report in wave_reports:
                    report.seconds = time.perf_counter() - began
                for report in wave_reports:
                    if report.failed:
                        item, message = next(iter(report.failed.items()))
                        raise StageError(report.stage, item, message)
            status = "ok"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            self.log.finish_run(run_id, status)
        return reports

    def _check_all_ready(self, stage: Stage) -> None:
        """Before the first item that may cost money, check every stage of this build
        that calls a real provider — a voice vendor with no voices must stop the build
        before the text and the pictures are paid for, not after."""
        stage.check_ready(self.ctx)
        if stage.capability is None or self._all_ready:
            return
        self._all_ready = True
        providers = self.ctx.settings.providers
        for later in self._planned:
            if later is stage or later.capability is None:
                continue
            provider = providers.provider_for(later.capability) or "offline"
            if provider.partition(":")[0] != "offline":
                later.check_ready(self.ctx)  # a real provider this build will call

    def _decide(self, stage: Stage, work: Work, forced: bool) -> str:
        """'keep', 'restore' (publish from the store) or 'run'."""
        if forced:
            return "run"
        state, _ = self.item_state(stage, work)
        if state in (State.FRESH, State.EDITED, State.OUTDATED):
            return "keep"
        return "restore" if self.store.get_result(work.key) else "run"

    def _build_sequential(
        self, stage: Stage, run_id: int, report: StageReport, forced: bool,
        progress: Progress | None,
    ) -> None:
        items = stage.items(self.ctx)
        ready = False
        for done, item in enumerate(items, 1):
            try:
                work = stage.plan(self.ctx, item)
            except Blocked:
                report.blocked.append(item)
                continue
            action = self._decide(stage, work, forced)
            if action == "run":
                if not ready:
                    self._check_all_ready(stage)
                    ready = True
                self._within_budget([(stage, work)])
                started = time.perf_counter()
                try:
                    produced = stage.run(work)
                except (DramaError, Exception) as error:  # noqa: BLE001 - reported per item
                    self._fail(run_id, work, report, error, started)
                    return
                self._finish(run_id, work, produced, started, report)
            else:
                self._settle(run_id, stage, work, action, report)
            if progress:
                progress(stage.name, done, len(items))

    @staticmethod
    def _waves(stages: list[Stage]) -> list[list[Stage]]:
        """Group stages (in order) into waves whose members do not depend on each other.

        Stages of one wave share one worker pool, so e.g. the mix runs while shots
        encode. Sequential stages always stand alone.
        """
        waves: list[list[Stage]] = []
        for stage in stages:
            current = waves[-1] if waves else []
            names = {s.name for s in current}
            joins = (current and stage.after is not None and not stage.sequential
                     and not current[0].sequential and not names & set(stage.after))
            if joins:
                current.append(stage)
            else:
                waves.append([stage])
        return waves

    def _build_parallel(
        self, stages: list[Stage], run_id: int, reports: list[StageReport], forced: set[str],
        progress: Progress | None,
    ) -> None:
        to_run: list[tuple[Work, StageReport]] = []
        done: dict[str, int] = {}
        totals: dict[str, int] = {}
        runners = {stage.name: stage for stage in stages}
        for stage, report in zip(stages, reports, strict=True):
            items = stage.items(self.ctx)
            totals[stage.name], done[stage.name] = len(items), 0
            for item in items:
                try:
                    work = stage.plan(self.ctx, item)
                except Blocked:
                    report.blocked.append(item)
                    done[stage.name] += 1
                    continue
                action = self._decide(stage, work, stage.name in forced)
                if action == "run":
                    to_run.append((work, report))
                else:
                    self._settle(run_id, stage, work, action, report)
                    done[stage.name] += 1
            if progress:
                progress(stage.name, done[stage.name], totals[stage.name])
        if not to_run:
            return
        for name in dict.fromkeys(work.stage for work, _ in to_run):
            self._check_all_ready(runners[name])
        # Spend the budget as far as it goes: start what it pays for, then stop cleanly.
        wanted = [(runners[work.stage], work) for work, _ in to_run]
        affordable = self._affordable(wanted)
        if affordable == 0:
            self._over_budget(wanted)
        over = wanted[affordable:]
        to_run = to_run[:affordable]
        pool: Executor
        wants_process = any(runners[name].executor_for(self.ctx) == "process"
                            for name in dict.fromkeys(w.stage for w, _ in to_run))
        if wants_process and self.jobs > 1 and len(to_run) > 1:
            pool = ProcessPoolExecutor(max_workers=min(self.jobs, len(to_run)),
                                       initializer=die_with_parent)
        else:
            pool = ThreadPoolExecutor(max_workers=min(self.jobs, len(to_run)))
        # One marker per wave: a refused key stops the siblings, in threads or processes.
        work_dir = self.ctx.project.cache_dir / "work"
        work_dir.mkdir(parents=True, exist_ok=True)
        halt = str(work_dir / f"halt-{run_id}-{os.getpid()}")
        with pool:
            started = time.perf_counter()
            futures: dict[Future[tuple[Produced, float]], tuple[Work, StageReport]] = {
                pool.submit(_timed, runners[work.stage].run, work, halt): (work, report)
                for work, report in to_run
            }
            for future in as_completed(futures):
                work, report = futures[future]
                try:
                    produced, seconds = future.result()
                except (CancelledError, Halted):
                    report.blocked.append(work.item)  # never started: the next build runs it
                    continue
                except Exception as error:  # noqa: BLE001 - reported per item
                    self._fail(run_id, work, report, error, started)
                    if refused(error):
                        # A refused key refuses every sibling too: stop the ones not begun.
                        for other in futures:
                            other.cancel()
                else:
                    self._finish(run_id, work, produced, time.perf_counter() - seconds, report)
                done[work.stage] += 1
                if progress:
                    progress(work.stage, done[work.stage], totals[work.stage])
        Path(halt).unlink(missing_ok=True)
        if over:
            self._over_budget(over)

    def _settle(self, run_id: int, stage: Stage, work: Work, action: str, report: StageReport) -> None:
        """An item that needs no run: keep it, or publish it from the store."""
        if action == "restore":
            result = self.store.get_result(work.key)
            assert result is not None
            self._publish(work, result.outputs)
            report.restored.append(work.item)
            outcome = "restored"
        else:
            report.kept.append(work.item)
            outcome = "kept"
        self.log.log_item(run_id, stage=work.stage, item=work.item, key=work.key,
                          outcome=outcome, cache_hit=True, duration_ms=0, provider=work.provider)

    def _finish(self, run_id: int, work: Work, produced: Produced, started: float,
                report: StageReport) -> None:
        meta = {"provider": work.provider, "cost_usd": produced.cost_usd, **produced.meta}
        result = self.store.put_result(work.key, produced.blobs, meta)
        self._publish(work, result.outputs)
        report.ran.append(work.item)
        self.log.log_item(
            run_id, stage=work.stage, item=work.item, key=work.key, outcome="ran",
            cache_hit=False, duration_ms=int((time.perf_counter() - started) * 1000),
            provider=work.provider, cost_usd=produced.cost_usd,
        )

    def _fail(self, run_id: int, work: Work, report: StageReport, error: BaseException,
              started: float) -> None:
        storage = storage_error(error)
        if storage is not None:
            # The file system said no (read-only, full, a file for a folder): every other
            # item would fail the same way, so the build stops here with the path and fix.
            raise storage from None
        message = str(error) if isinstance(error, DramaError) else f"{type(error).__name__}: {error}"
        body = getattr(error, "body", None)
        if isinstance(error, ProviderError) and body:
            # The raw reply is kept for the user to read (it is redacted by the adapters).
            kept = self.ctx.project.cache_dir / "failures" / f"{work.stage}-{work.item}.txt"
            kept.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(kept, body)
            message += f" — the reply is kept in {kept.relative_to(self.ctx.project.root)}"
        report.failed[work.item] = message
        # What the provider spent before failing (repairs, finished arcs) is spent all the same.
        cost = getattr(error, "cost_usd", 0.0)
        self.log.log_item(
            run_id, stage=work.stage, item=work.item, key=work.key, outcome="failed",
            cache_hit=False, duration_ms=int((time.perf_counter() - started) * 1000),
            provider=work.provider, error=message,
            cost_usd=cost if cost is None or isinstance(cost, int | float) else 0.0,
        )

    def _publish(self, work: Work, outputs: dict[str, str]) -> None:
        """Write each output into the project (atomically) and remember what we wrote."""
        for name, path in work.outputs.items():
            digest = outputs[name]
            target = self.ctx.project.path(path)
            if not (target.is_file() and content_hash(target.read_bytes()) == digest):
                write_atomic(target, self.store.get(digest))
            self.log.record_output(Published(path, work.stage, work.item, work.key, digest))
