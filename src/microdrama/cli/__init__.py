"""The ``microdrama`` command: a thin shell over the application layer.

It parses flags into a request, calls :mod:`microdrama.app`, and renders the result.
Data goes to stdout (``--json`` for machines), progress and errors to stderr. Errors
the user can fix print one paragraph and exit non-zero (2 input, 3 provider,
4 stage, 5 review errors under ``build --strict``); ``--debug`` shows the traceback.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from microdrama.app import (
    ADAPT_EPISODES,
    STAGE_NAMES,
    AdaptRequest,
    BuildEvent,
    BuildRequest,
    BuildResult,
    BuildStarted,
    DemoRequest,
    DramaError,
    EstimateRequest,
    EstimateResult,
    ItemStatus,
    NewRequest,
    OnEvent,
    ProvidersRequest,
    ReviewCounts,
    StageProgress,
    StageReport,
    State,
    StatusRequest,
    __version__,
    adapt_novel,
    build_project,
    estimate_build,
    make_demo,
    new_project,
    read_status,
    report_providers,
    storage_error,
)

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_enable=False,
                  help="microdrama: an AI micro-drama studio. Idea → bible → outline → scripts.")
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


def print_json(text: str) -> None:
    """Machine-readable output on stdout, uncoloured: rich's JSON highlighting took
    ≈ 20 ms for a build's report (the same text either way when stdout is not a terminal)."""
    out.print_json(text, highlight=False)


T = TypeVar("T")


@dataclass
class Invocation:
    """One run of the command: its arguments and root flags (the typer context's obj)."""

    argv: list[str] = field(default_factory=list)
    debug: bool = False


def _invocation(ctx: typer.Context) -> Invocation:
    found = ctx.find_object(Invocation)
    return found if found is not None else Invocation(argv=sys.argv[1:])


def _print_version(value: bool) -> None:
    """--version: print and stop while the flags are read (before a command is asked for)."""
    if value:
        out.print(__version__)
        raise typer.Exit(0)


@app.callback()
def _root(
    ctx: typer.Context,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version.",
                                          callback=_print_version, is_eager=True)] = False,
) -> None:
    _invocation(ctx).debug = debug


@app.command()
def new(
    directory: Annotated[Path, typer.Argument(help="Folder to create.")],
    idea: Annotated[str, typer.Option(help="The idea, in a sentence or a paragraph.")],
    lang: Annotated[str | None, typer.Option(help="Series language: zh or en (default: the idea's, else zh).")] = None,
    episodes: Annotated[int, typer.Option(help="Number of episodes.")] = 12,
    genre: Annotated[str, typer.Option(help="Trope id, or auto to infer it from the idea.")] = "auto",
    seed: Annotated[int, typer.Option(help="Seed of the offline writer.")] = 1,
    seconds: Annotated[int, typer.Option(help="Target episode length in seconds.")] = 90,
    title: Annotated[str, typer.Option(help="Working title (default: the writer proposes one).")] = "",
    provider: Annotated[list[str] | None, typer.Option(help="A provider to write into drama.toml: CAPABILITY=ID, e.g. writer=openai-compat:deepseek/deepseek-chat.")] = None,
    interactive: Annotated[bool, typer.Option("--interactive", help="Write branching episodes: choices, story state and several endings.")] = False,
) -> None:
    """Create a project folder with drama.toml."""
    result = new_project(NewRequest(directory=directory, idea=idea, lang=lang, episodes=episodes,
                                    genre=genre, seed=seed, seconds=seconds, title=title,
                                    providers=provider or [], interactive=interactive))
    premise = result.premise
    if premise.warning:
        err.print(f"warning: {premise.warning}", markup=False, soft_wrap=True)
    out.print("the writer understood:" if premise.language == "en" else "写作理解：",
              markup=False)
    for line in premise.understood:
        out.print(f"  {line}", markup=False, soft_wrap=True)
    out.print(f"created {directory} — next: microdrama build {directory}")


@app.command()
def adapt(
    directory: Annotated[Path, typer.Argument(help="Folder to create.")],
    source: Annotated[Path, typer.Option("--from", help="The novel or web serial: .txt (any common encoding), .epub or .docx.")],
    language: Annotated[str | None, typer.Option("--language", help="Series language: zh or en (default: the source's).")] = None,
    episodes: Annotated[int | None, typer.Option(help=f"Number of episodes (default: one per chapter, {ADAPT_EPISODES[0]} to {ADAPT_EPISODES[1]}).")] = None,
    writer: Annotated[str | None, typer.Option(help="LLM writer, e.g. openai-compat:deepseek/deepseek-chat (default: [providers] writer of the user config or MICRODRAMA_PROVIDERS_WRITER).")] = None,
    seconds: Annotated[int, typer.Option(help="Target episode length in seconds.")] = 90,
    max_chapter_chars: Annotated[int, typer.Option(help="Split longer chapters into parts of at most this many characters.")] = 12000,
    jobs: Annotated[int, typer.Option(help="Chapters to read at once.")] = 4,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """Adapt a novel: read it chapter by chapter, then write the bible and the outline.

    Creates DIR (like `new`) with the source copied into DIR/source/; `microdrama build
    DIR` then writes the scripts and everything after them.
    """
    request = AdaptRequest(directory=directory, source=source, language=language,
                           episodes=episodes, writer=writer, seconds=seconds,
                           max_chapter_chars=max_chapter_chars, jobs=jobs)
    result = _with_progress(lambda on_event: adapt_novel(request, on_event)).build
    _print_build(result, as_json)
    if not as_json:
        out.print(f"adapted {source.name} into {directory} (source-map.yaml maps episodes to "
                  f"chapters) — next: microdrama build {directory}")


class _ProgressBars:
    """A bar per stage on stderr, shown from the moment the build starts."""

    def __init__(self, *, transient: bool = False) -> None:
        self.progress = Progress(
            TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(),
            TimeRemainingColumn(), console=err, transient=transient,
        )
        self.tasks: dict[str, Any] = {}
        self.started = False

    def __call__(self, event: BuildEvent) -> None:
        if isinstance(event, BuildStarted) and not self.started:
            self.progress.start()
            self.started = True
        elif isinstance(event, StageProgress):
            if event.stage not in self.tasks:
                self.tasks[event.stage] = self.progress.add_task(event.stage, total=event.total)
            self.progress.update(self.tasks[event.stage], completed=event.done, total=event.total)

    def stop(self) -> None:
        if self.started:
            self.progress.stop()
            self.started = False
        for task in self.tasks.values():  # a next build (watch) starts with bars of its own
            self.progress.remove_task(task)
        self.tasks.clear()


def _with_progress(call: Callable[[OnEvent], T]) -> T:
    """Run ``call(on_event)`` with progress bars that stop however it ends."""
    bars = _ProgressBars()
    try:
        return call(bars)
    finally:
        bars.stop()


def _reports_json(reports: list[StageReport], seconds: float,
                  setup_seconds: float = 0.0) -> dict[str, Any]:
    return {
        "seconds": round(seconds, 3),
        "setup_seconds": round(setup_seconds, 3),
        "stages": [
            {"stage": r.stage, "ran": r.ran, "restored": r.restored, "kept": len(r.kept),
             "blocked": r.blocked, "blocked_why": {i: r.why.get(i, "") for i in r.blocked},
             "failed": r.failed, "seconds": round(r.seconds, 3), "wave": r.wave,
             "beside": r.beside, "plan_seconds": round(r.plan_seconds, 3),
             "item_seconds": round(r.item_seconds, 3)}
            for r in reports
        ],
    }


def _print_blocked(result: BuildResult, shown: int = 5) -> None:
    """Items the build could not make this time, and what each waits for."""
    blocked = [(r.stage, item, r.why.get(item, "")) for r in result.reports for item in r.blocked]
    if not blocked:
        return
    out.print(f"[yellow]not made this time: {len(blocked)} item"
              f"{'s' if len(blocked) != 1 else ''}[/yellow] (their outputs are not up to date)")
    for stage, item, why in blocked[:shown]:
        out.print(f"  {escape(stage)} {escape(item)}: {escape(why)}")
    if len(blocked) > shown:
        out.print(f"  … and {len(blocked) - shown} more: microdrama status {result.directory}")


def _print_build(result: BuildResult, as_json: bool) -> None:
    """The build's report per stage, its time and its review; raises the review's error
    when --strict stopped it."""
    review = result.review
    if as_json:
        data = _reports_json(result.reports, result.seconds, result.setup_seconds)
        if review is not None:
            data["review"] = asdict(review)
        print_json(json.dumps(data, ensure_ascii=False))
    else:
        table = Table("stage", "ran", "from cache", "kept", "blocked", "seconds",
                      title=f"build {result.directory}")
        for r in result.reports:
            table.add_row(r.stage, str(len(r.ran)), str(len(r.restored)), str(len(r.kept)),
                          str(len(r.blocked)), f"{r.seconds:.1f}")
        out.print(table)
        out.print(f"done in {result.seconds:.2f} s")
        _print_blocked(result)
        if review is not None:
            _print_review(review)
    stopped = result.review_error
    if stopped is not None:
        raise stopped


def _print_review(review: ReviewCounts) -> None:
    where = review.with_errors
    out.print(f"review: {review.error} errors, {review.warning} warnings, "
              f"{review.info} notes — read them in out/review/epNNN.json"
              + (f" (errors in {', '.join(where[:8])}{' …' if len(where) > 8 else ''};"
                 " --strict stops the build on them)" if where else ""))


def _print_estimate(result: EstimateResult, as_json: bool) -> None:
    if as_json:
        print_json(json.dumps({
            "stages": [{"stage": s.stage, "items": s.items, "usd": round(s.usd, 6),
                        "unknown": s.unknown, "not_yet_planned": s.blocked}
                       for s in result.stages],
            "estimated_usd": round(result.estimated_usd, 6),
            "unknown_items": result.unknown_items,
            "spent_usd": round(result.spent_usd, 6), "budget_usd": result.budget_usd,
        }))
        return
    table = Table("stage", "items to run", "estimated USD", "price unknown",
                  title="dry run: nothing is built or sent")
    for s in result.stages:
        items = str(s.items) + (f" ({s.blocked} estimated before their inputs exist)"
                                if s.blocked else "")
        table.add_row(s.stage, items, f"{s.usd:.4f}", str(s.unknown or ""))
    out.print(table)
    unknown = result.unknown_items
    out.print(f"estimated cost ${result.estimated_usd:.4f}"
              + (f" + {unknown} items of unknown price" if unknown else "")
              + f"; spent so far ${result.spent_usd:.4f}"
              + (f"; budget ${result.budget_usd:.2f}" if result.budget_usd is not None else ""))


@app.command()
def providers(
    directory: Annotated[Path | None, typer.Argument(help="Project folder (shows what it uses).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """List providers and OpenAI-compatible vendors: what is available and configured.

    Keys are reported as set or missing, never shown.
    """
    report = report_providers(ProvidersRequest(directory=directory))
    if as_json:
        print_json(json.dumps(asdict(report), ensure_ascii=False))
        return
    table = Table("provider", "capabilities", title="providers (use as name or name:model)")
    for entry in report.providers:
        table.add_row(entry.name, ", ".join(entry.capabilities))
    out.print(table)
    vt = Table("vendor", "base_url", "key", "JSON", "default model", "prices",
               title="OpenAI-compatible vendors (openai-compat:<vendor>/<model>)")
    for v in report.vendors:
        key = v.key if not v.key_env else f"{v.key_env}: {v.key}"
        vt.add_row(v.name, v.base_url, key, v.structured_output, v.default_model,
                   ", ".join(v.priced_models) or "unknown")
    out.print(vt)
    if report.project:
        ut = Table("capability", "provider", "ready", title=f"{directory}")
        for capability, provider_id in report.project.items():
            ut.add_row(capability, provider_id or "(none: motion comic)",
                       report.ready.get(capability, ""))
        out.print(ut)
    out.print(f"user config: {report.user_config}")


def _command_line(ctx: typer.Context, name: str) -> str:
    """The command as typed from its name on, for the run log and the project lock."""
    argv = _invocation(ctx).argv
    return " ".join([name, *(argv[argv.index(name) + 1:] if name in argv else [])])


@app.command()
def build(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(help="Project folder.")],
    episodes: Annotated[str | None, typer.Option(help="Episodes to build, e.g. 1-3,7.")] = None,
    until: Annotated[str | None, typer.Option(help=f"Stop after this stage ({', '.join(STAGE_NAMES)}).")] = None,
    force: Annotated[list[str] | None, typer.Option(help="Re-run this stage even if fresh (overwrites your edits to its files).")] = None,
    jobs: Annotated[int, typer.Option(help="Items to run at once.")] = 2,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print what would run and its estimated cost; send nothing.")] = False,
    provider: Annotated[list[str] | None, typer.Option(help="Override a provider: CAPABILITY=ID, e.g. writer=openai-compat:deepseek/deepseek-chat.")] = None,
    budget: Annotated[float | None, typer.Option(help="Stop before the project's total spend passes this many USD.")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Stop with exit code 5 when error-level review findings are open.")] = False,
    locale: Annotated[str | None, typer.Option(help="Also build this locale (es, ar, qps-ploc, …) into out/<locale>/; all: every [locales] target.")] = None,
) -> None:
    """Build (or bring up to date) a project. Only what changed is redone."""
    if dry_run:
        estimate = EstimateRequest(directory=directory, episodes=episodes, until=until,
                                   force=force or [], jobs=jobs, providers=provider or [],
                                   budget=budget, locale=locale)
        _print_estimate(estimate_build(estimate), as_json)
        return
    request = BuildRequest(directory=directory, episodes=episodes, until=until, force=force or [],
                           jobs=jobs, providers=provider or [], budget=budget,
                           command=_command_line(ctx, "build"), strict=strict, locale=locale)
    _print_build(_with_progress(lambda on_event: build_project(request, on_event)), as_json)


@app.command()
def status(
    directory: Annotated[Path, typer.Argument(help="Project folder.")],
    until: Annotated[str | None, typer.Option(help="Only stages up to this one.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    locale: Annotated[str | None, typer.Option(help="Also this locale's items (all: every [locales] target).")] = None,
) -> None:
    """What is fresh, stale, missing or edited, per stage and item."""
    result = read_status(StatusRequest(directory=directory, until=until, locale=locale))
    items = result.items
    if as_json:
        print_json(json.dumps([_status_json(i) for i in items], ensure_ascii=False))
        return
    table = Table("stage", *[s.value for s in State], title=f"status {directory}")
    for name in dict.fromkeys(i.stage for i in items):
        row = [i for i in items if i.stage == name]
        table.add_row(name, *[str(sum(1 for i in row if i.state == s)) for s in State])
    out.print(table)
    for item in items:
        if item.state != State.FRESH:
            out.print(f"{item.stage} {item.item}: {item.state.value}" + (f" — {item.reason}" if item.reason else ""))
    budget, unknown = result.budget_usd, result.unknown_cost_items
    out.print(f"spent so far: ${result.spent_usd:.4f}" + (f" + {unknown} items of unknown cost" if unknown else "")
              + (f" of a ${budget:.2f} budget" if budget is not None else ""))


def _status_json(item: ItemStatus) -> dict[str, str]:
    return {"stage": item.stage, "item": item.item, "state": item.state.value,
            "reason": item.reason, "key": item.key}


@app.command()
def demo(
    directory: Annotated[Path, typer.Option("--out", help="Folder for the demo project.")] = Path("demo-series"),
    lang: Annotated[str, typer.Option(help="zh or en.")] = "zh",
    episodes: Annotated[int, typer.Option(help="Number of episodes.")] = 3,
    locale: Annotated[str | None, typer.Option(help="Also build a locale: qps-ploc (the pseudo-locale) works offline.")] = None,
    interactive: Annotated[bool, typer.Option("--interactive", help="A branching demo: choices, story state and several endings per episode.")] = False,
) -> None:
    """A built-in idea → a complete demo project, offline."""
    request = DemoRequest(directory=directory, lang=lang, episodes=episodes, locale=locale,
                          interactive=interactive)
    result = _with_progress(lambda on_event: make_demo(request, on_event))
    _print_build(result.build, as_json=False)
    out.print(f"demo series in {directory}: series.yaml, outline.yaml, episodes/, out/"
              + (f" (and out/{locale}/)" if locale else ""))


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app and map errors to exit codes."""
    invocation = Invocation(argv=list(sys.argv[1:] if argv is None else argv))
    try:
        app(args=invocation.argv, prog_name="microdrama", obj=invocation)
    except SystemExit as done:
        code = done.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except DramaError as error:
        if invocation.debug:
            err.print_exception()
        err.print(f"error: {error}", markup=False, soft_wrap=True)
        return error.exit_code
    except KeyboardInterrupt:
        err.print("interrupted; finished items are kept — run the same command to resume")
        return 130
    except (OSError, sqlite3.Error) as error:
        storage = storage_error(error)
        if storage is None:
            raise
        if invocation.debug:
            err.print_exception()
        err.print(f"error: {storage}", markup=False, soft_wrap=True)
        return storage.exit_code
    return 0


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())


# The commands defined in the package's other modules register themselves on ``app``.
from microdrama.cli import exchange, stories, trust, watching  # noqa: E402, F401

if __name__ == "__main__":
    entry()
