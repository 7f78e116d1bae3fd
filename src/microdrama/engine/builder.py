"""Run stages over their items: plan, compare keys, run what is missing, publish.

For each stage (in order), every selected item is planned from the project as it is
now, its key compared with what was last published, and only items without a stored
result run — in a thread or process pool, or one after another for sequential
stages. Each finished item is stored, published (atomic write) and logged before the
next is looked at, so a killed build resumes where it stopped.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import (
    CancelledError,
    Future,
    as_completed,
)
from dataclasses import dataclass
from pathlib import Path

from microdrama.domain.items import ItemId
from microdrama.engine.budget import Budget
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, State, Work
from microdrama.engine.costing import Estimate
from microdrama.engine.executors import (
    Executor,
    Executors,
    Halted,
    Kind,
    LocalExecutors,
    refused,
    timed,
)
from microdrama.engine.freshness import Freshness
from microdrama.engine.lock import project_lock
from microdrama.engine.reports import ItemStatus as ItemStatus
from microdrama.engine.reports import StageReport as StageReport
from microdrama.engine.runlog import Published, RunLog
from microdrama.engine.siblings import store_siblings, wanted
from microdrama.engine.store import Store, with_inputs
from microdrama.engine.waves import unread_stages, waves
from microdrama.errors import (
    DramaError,
    InputError,
    ProviderError,
    StageError,
    storage_error,
)
from microdrama.files import write_atomic


def episode_key(item: str) -> str:
    """What an item's rebuild makes pending downstream: its episode (with its locale),
    or "*" for a series-wide item."""
    parsed = ItemId.parse(item)
    try:
        return str(ItemId(parsed.episode, parsed.locale))
    except InputError:
        return "*"


#: A progress callback: (stage, done, total).
Progress = Callable[[str, int, int], None]


@dataclass
class _Running:
    """Items started in a pool and not yet recorded (``Builder._start``/``_collect``)."""

    pool: Executor
    futures: dict[Future[tuple[Produced, float]], tuple[Work, StageReport]]
    started: float
    halt: str
    over: list[tuple[Stage, Work]]
    done: dict[str, int]
    totals: dict[str, int]


class Builder:
    """Builds a project with a list of stages (in dependency order)."""

    def __init__(self, ctx: BuildContext, stages: list[Stage], *, jobs: int = 2,
                 budget: float | None = None, budget_source: str = "project",
                 executors: Executors | None = None) -> None:
        self.ctx = ctx
        self.stages = stages
        self.jobs = max(1, jobs)
        cache = ctx.project.cache_dir
        self.store = Store(cache / "store")
        self.log = RunLog(cache / "runlog.sqlite")
        ctx.hashes.log = self.log  # hashes that settled are reused by the next build
        self.spending = Budget(ctx, self.log, budget, budget_source)
        self.fresh = Freshness(ctx, self.store, self.log)
        self.executors: Executors = executors or LocalExecutors()
        #: The stages of the build under way, and whether their providers were checked.
        self._planned: list[Stage] = []
        self._all_ready = False
        #: Per stage of the build under way, the episodes (episode_key) it left blocked.
        self._stalled: dict[str, set[str]] = {}
        #: The stages the build under way runs again whatever their keys (--force).
        self._forced: set[str] = set()

    def estimate(self, until: str | None = None, force: Iterable[str] = ()
                 ) -> list[tuple[str, Estimate, int]]:
        """What building now would cost, per paid stage (``inspection.estimate_stages``)."""
        from microdrama.engine.inspection import estimate_stages

        return estimate_stages(self, until, force)

    @property
    def budget(self) -> float | None:
        """USD the project may have spent in total, or None."""
        return self.spending.limit

    def close(self) -> None:
        """Release the run log."""
        if self.ctx.hashes.log is self.log:
            self.ctx.hashes.log = None
        self.log.close()

    def status(self, until: str | None = None) -> list[ItemStatus]:
        """Every item of every stage with its state, without building anything
        (``inspection.item_states``)."""
        from microdrama.engine.inspection import item_states

        return item_states(self, until)

    def stages_until(self, until: str | None) -> list[Stage]:
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
        self._planned = self.stages_until(until)
        self._all_ready = False
        self._stalled = {}
        self._forced = forced
        run_id = self.log.start_run(command)
        reports: list[StageReport] = []
        status = "failed"
        detached: list[tuple[_Running | None, list[Stage], list[StageReport]]] = []
        try:
            unread = unread_stages(self._planned)
            for number, wave in enumerate(waves(self.stages_until(until)), 1):
                began = time.perf_counter()
                wave_reports = [StageReport(stage.name, wave=number) for stage in wave]
                reports += wave_reports
                if wave[0].sequential:
                    stage, report = wave[0], wave_reports[0]
                    self._build_sequential(stage, run_id, report, stage.name in forced, progress)
                else:
                    # A stage nothing after it reads (the review's check, the character
                    # sheet) does not hold up the next waves: its items run beside them
                    # and are recorded when the build ends.
                    leaves = [i for i, stage in enumerate(wave) if stage.name in unread]
                    if leaves and len(leaves) < len(wave):
                        running = self._start([wave[i] for i in leaves], run_id,
                                              [wave_reports[i] for i in leaves], forced,
                                              progress, beside=True)
                        detached.append((running, [wave[i] for i in leaves],
                                         [wave_reports[i] for i in leaves]))
                        wave = [s for i, s in enumerate(wave) if i not in leaves]
                        wave_reports = [r for i, r in enumerate(wave_reports) if i not in leaves]
                    self._build_parallel(wave, run_id, wave_reports, forced, progress)
                    # A locale's item may read its series-language sibling of the same
                    # stage (a dub's timing reads the series' timeline): blocked in the
                    # first pass, it is planned again once the series items are done.
                    later = {r.stage: [i for i in r.blocked if "/" in i] for r in wave_reports}
                    if any(later.values()):
                        for report in wave_reports:
                            report.blocked = [i for i in report.blocked if "/" not in i]
                        self._build_parallel(wave, run_id, wave_reports, forced, progress,
                                             only=later)
                for report in wave_reports:
                    report.seconds = time.perf_counter() - began
                    # What could not be made this build: what reads it must not be made
                    # from the copy an earlier build left (a stale mix under a new cut).
                    self._stalled[report.stage] = {episode_key(i) for i in report.blocked}
                for report in wave_reports:
                    if report.failed:
                        item, message = next(iter(report.failed.items()))
                        raise StageError(report.stage, item, message,
                                         exit_code=report.exit_codes.get(item))
            while detached:
                running, leaf_stages, leaf_reports = detached.pop(0)
                if running is not None:
                    self._collect(running, run_id, progress)
                later = {r.stage: [i for i in r.blocked if "/" in i] for r in leaf_reports}
                if any(later.values()):  # as for the waves above
                    for report in leaf_reports:
                        report.blocked = [i for i in report.blocked if "/" not in i]
                    self._build_parallel(leaf_stages, run_id, leaf_reports, forced, progress,
                                         only=later)
                for report in leaf_reports:
                    if running is not None:  # it ran beside other waves: its own time
                        report.seconds, report.beside = report.item_seconds, True
                    if report.failed:
                        item, message = next(iter(report.failed.items()))
                        raise StageError(report.stage, item, message,
                                         exit_code=report.exit_codes.get(item))
            status = "ok"
        except KeyboardInterrupt:
            status = "interrupted"
            raise
        finally:
            for running, _, _ in detached:  # the build stopped first: the next one runs them
                if running is not None:
                    running.pool.shutdown(wait=True, cancel_futures=True)
                    Path(running.halt).unlink(missing_ok=True)
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

    def decide(self, stage: Stage, work: Work, forced: bool) -> str:
        """'keep', 'restore' (publish from the store) or 'run'."""
        if forced:
            return "run"
        state, _ = self.fresh.item_state(stage, work)
        if state in (State.FRESH, State.EDITED, State.OUTDATED):
            return "keep"
        return "restore" if self.store.get_result(work.key) else "run"

    def _with_siblings(self, stage: Stage, work: Work) -> Work:
        """``work`` with only the siblings this build would run (``engine.siblings``)."""
        return wanted(stage, work, self._planned, self._forced,
                      lambda later, sibling: self.decide(later, sibling, False))

    def _build_sequential(
        self, stage: Stage, run_id: int, report: StageReport, forced: bool,
        progress: Progress | None,
    ) -> None:
        planning = time.perf_counter()
        items = stage.items(self.ctx)
        ready = False
        for done, item in enumerate(items, 1):
            try:
                self._upstream_stalled(stage, item)
                work = stage.plan(self.ctx, item)
            except Blocked as blocked:
                report.blocked.append(item)
                report.why[item] = str(blocked)
                report.plan_seconds += time.perf_counter() - planning
                planning = time.perf_counter()
                continue
            action = self.decide(stage, work, forced)
            report.plan_seconds += time.perf_counter() - planning
            if action == "run":
                work = self._with_siblings(stage, work)
                if not ready:
                    self._check_all_ready(stage)
                    ready = True
                self.spending.check([(stage, work)])
                started = time.perf_counter()
                try:
                    produced = stage.run(self._attach(work))
                except (DramaError, Exception) as error:  # noqa: BLE001 - reported per item
                    self._fail(run_id, work, report, error, started)
                    return
                report.item_seconds = max(report.item_seconds, time.perf_counter() - started)
                self._finish(run_id, work, produced, started, report)
            else:
                self._settle(run_id, stage, work, action, report)
            if progress:
                progress(stage.name, done, len(items))
            planning = time.perf_counter()

    def _build_parallel(
        self, stages: list[Stage], run_id: int, reports: list[StageReport], forced: set[str],
        progress: Progress | None, only: dict[str, list[str]] | None = None,
    ) -> None:
        running = self._start(stages, run_id, reports, forced, progress, only)
        if running is not None:
            self._collect(running, run_id, progress)

    def _start(
        self, stages: list[Stage], run_id: int, reports: list[StageReport], forced: set[str],
        progress: Progress | None, only: dict[str, list[str]] | None = None,
        beside: bool = False,
    ) -> _Running | None:
        """Plan the items of ``stages``, settle what needs no run, and start the rest in
        a pool (None when nothing runs): ``_collect`` waits for them and records them."""
        to_run: list[tuple[Work, StageReport]] = []
        done: dict[str, int] = {}
        totals: dict[str, int] = {}
        runners = {stage.name: stage for stage in stages}
        for stage, report in zip(stages, reports, strict=True):
            planning = time.perf_counter()
            items = stage.items(self.ctx) if only is None else only.get(stage.name, [])
            totals[stage.name], done[stage.name] = len(items), 0
            for item in items:
                try:
                    self._upstream_stalled(stage, item)
                    work = stage.plan(self.ctx, item)
                except Blocked as blocked:
                    report.blocked.append(item)
                    report.why[item] = str(blocked)
                    done[stage.name] += 1
                    continue
                action = self.decide(stage, work, stage.name in forced)
                if action == "run":
                    to_run.append((self._with_siblings(stage, work), report))
                else:
                    self._settle(run_id, stage, work, action, report)
                    done[stage.name] += 1
            report.plan_seconds += time.perf_counter() - planning
            if progress:
                progress(stage.name, done[stage.name], totals[stage.name])
        if not to_run:
            return None
        for name in dict.fromkeys(work.stage for work, _ in to_run):
            self._check_all_ready(runners[name])
        # Spend the budget as far as it goes: start what it pays for, then stop cleanly.
        wanted = [(runners[work.stage], work) for work, _ in to_run]
        affordable = self.spending.affordable(wanted)
        if affordable == 0:
            self.spending.over(wanted)
        over = wanted[affordable:]
        to_run = to_run[:affordable]
        wants_process = any(runners[name].executor_for(self.ctx) == "process"
                            for name in dict.fromkeys(w.stage for w, _ in to_run))
        # Items that run beside the later waves (``beside``) take a process even alone: in
        # a thread their Python would hold the lock the main thread needs to plan those.
        several = len(to_run) > 1 or beside
        kind: Kind = "process" if wants_process and self.jobs > 1 and several else "thread"
        pool = self.executors.open(kind, min(self.jobs, len(to_run)))
        # One marker per wave: a refused key stops the siblings, in threads or processes.
        work_dir = self.ctx.project.cache_dir / "work"
        work_dir.mkdir(parents=True, exist_ok=True)
        halt = str(work_dir / f"halt-{run_id}-{os.getpid()}-{min(runners)}")
        started = time.perf_counter()
        futures: dict[Future[tuple[Produced, float]], tuple[Work, StageReport]] = {}
        try:
            for work, report in to_run:
                future = pool.submit(timed, runners[work.stage].run, self._attach(work), halt)
                futures[future] = (work, report)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        return _Running(pool, futures, started, halt, over, done, totals)

    def _collect(self, running: _Running, run_id: int, progress: Progress | None) -> None:
        """Wait for the items ``_start`` began; record each as it ends."""
        done, totals, futures = running.done, running.totals, running.futures
        try:
            for future in as_completed(futures):
                work, report = futures[future]
                try:
                    produced, seconds = future.result()
                except (CancelledError, Halted):
                    report.blocked.append(work.item)  # never started: the next build runs it
                    report.why[work.item] = "not started: an item beside it stopped the build"
                    continue
                except Exception as error:  # noqa: BLE001 - reported per item
                    self._fail(run_id, work, report, error, running.started)
                    if refused(error):
                        # A refused key refuses every sibling too: stop the ones not begun.
                        for other in futures:
                            other.cancel()
                else:
                    self._finish(run_id, work, produced, time.perf_counter() - seconds, report)
                    report.item_seconds = max(report.item_seconds, seconds)
                done[work.stage] += 1
                if progress:
                    progress(work.stage, done[work.stage], totals[work.stage])
        finally:
            running.pool.shutdown(wait=True)
        Path(running.halt).unlink(missing_ok=True)
        if running.over:
            self.spending.over(running.over)

    def _upstream_stalled(self, stage: Stage, item: str) -> None:
        """Blocked when a stage ``item`` reads left its episode (or the series language's
        for a locale's item, or a series-wide item) blocked in this build."""
        episode = episode_key(item)
        reads = {episode, episode.rpartition("/")[2], "*"}
        upstream = ([s.name for s in self._planned if s is not stage] if stage.after is None
                    else list(stage.after))
        for name in upstream:
            if self._stalled.get(name, set()) & reads:
                raise Blocked(f"waits for {name}, blocked in this build")

    def _attach(self, work: Work) -> Work:
        """The Work as it runs: every declared input in the store, the store attached."""
        return with_inputs(work, self.store, self.ctx.sources)

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
        store_siblings(self.store, work, produced)  # first: with the item, they are there
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
        if isinstance(error, DramaError):
            report.exit_codes[work.item] = error.exit_code
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
            if not (target.is_file() and self.ctx.hashes.digest(target) == digest):
                write_atomic(target, self.store.get(digest))
            self.log.record_output(Published(path, work.stage, work.item, work.key, digest))
