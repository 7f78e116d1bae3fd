"""The ``microdrama`` command: a thin shell over the engine.

Data goes to stdout (``--json`` for machines), progress and errors to stderr. Errors
the user can fix print one paragraph and exit non-zero (2 input, 3 provider,
4 stage, 5 review errors under ``build --strict``); ``--debug`` shows the traceback.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from microdrama import __version__
from microdrama.domain import Settings
from microdrama.domain.settings import ProjectSettings
from microdrama.engine.builder import Builder, ItemStatus, StageReport
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import State
from microdrama.errors import DramaError, InputError, ReviewError, storage_error
from microdrama.files import read_text, write_atomic
from microdrama.formats.fountain import parse_fountain, series_to_fountain
from microdrama.formats.yamlio import dump_model
from microdrama.project.folder import Project, create_project, episode_file
from microdrama.stages import STAGE_NAMES, pipeline

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_enable=False,
                  help="microdrama: an AI micro-drama studio. Idea → bible → outline → scripts.")
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)
_debug = {"on": False}

DEMO_IDEA = {
    "zh": "订婚宴上被当众泼酒的保姆之女，其实是被抱错的豪门真千金，她要夺回属于自己的一切。",
    "en": "Humiliated at her stepsister's engagement party, a maid's daughter turns out to be "
          "the real heiress switched at birth, and takes back everything that was hers.",
}


def parse_episodes(text: str | None, total: int | None = None) -> set[int] | None:
    """``"1-3,7"`` → {1, 2, 3, 7}; with ``total``, every number must be one of the
    project's 1…total (checked before a range is spelled out, so 1-100000000 costs
    nothing)."""
    if not text:
        return None
    numbers: set[int] = set()
    for part in text.split(","):
        part = part.strip()
        try:
            if "-" in part:
                low, high = (int(x) for x in part.split("-", 1))
                if low < 1 or high < low:
                    raise ValueError
            else:
                low = high = int(part)
                if low < 1:
                    raise ValueError
        except ValueError:
            raise InputError(f"{part!r} is not an episode number or range", where="option --episodes",
                             fix="write numbers and ranges like 1-3,7") from None
        if total is not None and high > total:
            raise InputError(f"episode {high} is past the project's last ({total})",
                             where="option --episodes", fix=f"choose episodes within 1-{total}")
        numbers.update(range(low, high + 1))
    return numbers


def _episode_total(directory: Path) -> int:
    """How many episodes the project has: its outline's, else drama.toml's."""
    project = Project.open(directory)
    outline = BuildContext(project).outline()
    return max(p.number for p in outline.plan) if outline else project.settings.project.episodes


def _limits(field: str) -> tuple[object, object]:
    """The (ge, le) bounds ProjectSettings puts on ``field``, for error messages."""
    low = high = None
    for rule in ProjectSettings.model_fields[field].metadata:
        low = getattr(rule, "ge", low)
        high = getattr(rule, "le", high)
    return low, high


def _settings_from_flags(idea: str, lang: str, episodes: int, genre: str, seed: int,
                         seconds: int, title: str) -> Settings:
    flags = {"idea": "--idea", "language": "--lang", "episodes": "--episodes",
             "genre": "--genre", "seed": "--seed", "episode_seconds": "--seconds"}
    try:
        project = ProjectSettings(idea=idea.strip(), language=lang, episodes=episodes,  # type: ignore[arg-type]
                                  genre=genre, seed=seed, episode_seconds=seconds, title=title)
    except ValidationError as error:
        first = error.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else ""
        flag = flags.get(field, field)
        fixes = {
            "--idea": "give an idea of 2–2000 characters, e.g. --idea \"a maid's daughter is the real heiress\"",
            "--lang": "use --lang zh or --lang en",
            "--episodes": "use --episodes between 1 and 200",
            "--seconds": "use --seconds between {} and {}".format(*_limits("episode_seconds")),
            "--seed": "use a --seed of 0 or more",
        }
        raise InputError(first["msg"], where=f"option {flag}",
                         fix=fixes.get(flag, f"correct {flag}")) from None
    if genre != "auto":
        from microdrama.providers.offline.writer.banks import load_bank

        known = sorted(t.id for t in load_bank(lang).tropes)
        if genre not in known:
            raise InputError(f"unknown genre {genre!r}", where="option --genre",
                             fix=f"use auto or one of {', '.join(known)}")
    return Settings(project=project)


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    _debug["on"] = debug
    if version:
        out.print(__version__)
        raise typer.Exit(0)


@app.command()
def new(
    directory: Annotated[Path, typer.Argument(help="Folder to create.")],
    idea: Annotated[str, typer.Option(help="The idea, in a sentence or a paragraph.")],
    lang: Annotated[str, typer.Option(help="Series language: zh or en.")] = "zh",
    episodes: Annotated[int, typer.Option(help="Number of episodes.")] = 12,
    genre: Annotated[str, typer.Option(help="Trope id, or auto to infer it from the idea.")] = "auto",
    seed: Annotated[int, typer.Option(help="Seed of the offline writer.")] = 1,
    seconds: Annotated[int, typer.Option(help="Target episode length in seconds.")] = 90,
    title: Annotated[str, typer.Option(help="Working title (default: the writer proposes one).")] = "",
    provider: Annotated[list[str] | None, typer.Option(help="A provider to write into drama.toml: CAPABILITY=ID, e.g. writer=openai-compat:deepseek/deepseek-chat.")] = None,
) -> None:
    """Create a project folder with drama.toml."""
    settings = _settings_from_flags(idea, lang, episodes, genre, seed, seconds, title)
    if provider:
        data = settings.model_dump(mode="json")
        _apply_providers(data, provider)
        settings = Settings.model_validate(data)
    create_project(directory, settings)
    _print_premise(settings.project)
    out.print(f"created {directory} — next: microdrama build {directory}")


def _print_premise(project: ProjectSettings) -> None:
    """Say what the offline writer understood of the idea, and what it had to assume;
    an idea in a language it does not write gets a warning that names the choices."""
    from microdrama.providers.offline.writer.banks import load_bank
    from microdrama.providers.offline.writer.cast import lead_genders, trope_scores
    from microdrama.providers.offline.writer.premise import guess_language, understand

    guess = guess_language(project.idea)
    if guess.code and guess.code != project.language:
        other = "en" if project.language == "zh" else "zh"
        choices = (f"pass --lang {other}" if guess.code == other else
                   "write the idea in Chinese (--lang zh) or English (--lang en)")
        err.print(f"warning: the idea reads as {guess.name}, but the series language is "
                  f"{project.language} and the offline writer cannot translate: {choices}, or "
                  "use an LLM writer (--provider writer=openai-compat:<vendor>/<model>)",
                  markup=False, soft_wrap=True)
    bank = load_bank(project.language)
    _premise, lines = understand(project.idea, project.language, project.genre,
                                 [t.id for t in bank.tropes], trope_scores(project.idea),
                                 lead_genders(bank))
    out.print("the writer understood:" if project.language == "en" else "写作理解：",
              markup=False)
    for line in lines:
        out.print(f"  {line}", markup=False, soft_wrap=True)


#: Episodes of an adaptation when --episodes is not given: one per chapter, within these.
ADAPT_EPISODES = (12, 80)


def _adaptation(directory: Path, source: Path, language: str | None, episodes: int | None,
                writer: str | None, seconds: int, max_chars: int) -> Settings:
    """drama.toml settings for adapting ``source``; checks everything before anything is made."""
    from microdrama.domain.settings import ProviderSettings, SourceSettings
    from microdrama.formats.novel import chapter, chapter_index, read_novel
    from microdrama.project.config import layered, user_config_path
    from microdrama.stages.digest import require_digester

    if language not in (None, "zh", "en"):
        raise InputError(f"unknown language {language!r}", where="option --language",
                         fix="use --language zh or --language en (or leave it out to detect it)")
    if not 1000 <= max_chars <= 200_000:
        raise InputError(f"--max-chapter-chars {max_chars} is out of range",
                         where="option --max-chapter-chars", fix="use 1000 to 200000")
    novel = read_novel(source)
    index = chapter_index(source, max_chars)
    if not index:
        raise InputError("the source has no chapter text", file=source,
                         fix="check that the file holds the novel's text")
    lang = language or novel.language
    count = episodes or min(max(len(index), ADAPT_EPISODES[0]), ADAPT_EPISODES[1])
    opening = " ".join(chapter(source, 1, max_chars).text.split())[:300]
    idea = (f"改编自《{novel.title}》：{opening}" if lang == "zh"
            else f"An adaptation of \u201c{novel.title}\u201d: {opening}")
    try:
        project = ProjectSettings(idea=idea[:2000], language=lang,  # type: ignore[arg-type]
                                  episodes=count, episode_seconds=seconds, title=novel.title)
        source_table = SourceSettings(file=f"source/{source.name}", max_chapter_chars=max_chars)
    except ValidationError as error:
        first = error.errors()[0]
        flag = {"episodes": "--episodes", "episode_seconds": "--seconds"}.get(
            str(first["loc"][0]) if first["loc"] else "", "--episodes")
        fix = {"--episodes": "use --episodes between 1 and 200",
               "--seconds": "use --seconds between {} and {}".format(*_limits("episode_seconds"))}[flag]
        raise InputError(first["msg"], where=f"option {flag}", fix=fix) from None
    # What the build will use: the flag over MICRODRAMA_* and the user config.
    try:
        effective = Settings.model_validate(layered({"project": project.model_dump(mode="json")}))
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{place}: {first['msg']}", file=user_config_path(),
                         where="(or a MICRODRAMA_* environment variable)",
                         fix=f"correct or remove {place} there") from None
    if writer:
        effective.providers.writer = writer.strip()
    effective.source = source_table
    require_digester(BuildContext(Project(root=directory, settings=effective)))
    return Settings(project=project, source=source_table,
                    providers=ProviderSettings(writer=effective.providers.writer))


@app.command()
def adapt(
    directory: Annotated[Path, typer.Argument(help="Folder to create.")],
    source: Annotated[Path, typer.Option("--from", help="The novel or web serial: .txt (any common encoding) or .epub.")],
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
    settings = _adaptation(directory, source, language, episodes, writer, seconds,
                           max_chapter_chars)
    assert settings.source is not None
    create_project(directory, settings)
    try:
        target = directory / settings.source.file
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, source.read_bytes())  # never a half-copied novel
    except OSError as error:
        raise InputError(f"cannot copy the source into the project ({error.strerror})",
                         file=directory, fix="check the folder's permissions and free space") from None
    run_build(directory, until="sourcemap", jobs=jobs, as_json=as_json, command="adapt")
    if not as_json:
        out.print(f"adapted {source.name} into {directory} (source-map.yaml maps episodes to "
                  f"chapters) — next: microdrama build {directory}")


def _progress() -> tuple[Progress, Any]:
    progress = Progress(
        TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(),
        TimeRemainingColumn(), console=err, transient=False,
    )
    tasks: dict[str, Any] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=total)
        progress.update(tasks[stage], completed=done, total=total)

    return progress, update


def _reports_json(reports: list[StageReport], seconds: float) -> dict[str, Any]:
    return {
        "seconds": round(seconds, 3),
        "stages": [
            {"stage": r.stage, "ran": r.ran, "restored": r.restored, "kept": len(r.kept),
             "blocked": r.blocked, "failed": r.failed, "seconds": round(r.seconds, 3)}
            for r in reports
        ],
    }


def _check_stage(name: str | None) -> None:
    if name is not None and name not in STAGE_NAMES:
        raise InputError(f"unknown stage {name!r}", where="option --until/--force",
                         fix=f"use one of {', '.join(STAGE_NAMES)}")


def _apply_providers(data: dict[str, Any], providers: list[str]) -> None:
    """Set ``--provider CAPABILITY=ID`` flags into settings ``data`` (a model dump)."""
    from microdrama.providers.registry import available

    for given in providers:
        capability, sep, provider_id = given.partition("=")
        if not sep or capability not in data["providers"] or capability == "options":
            raise InputError(f"--provider {given!r} is not CAPABILITY=PROVIDER", where="option --provider",
                             fix="write e.g. --provider writer=openai-compat:deepseek/deepseek-chat "
                             "(capabilities: writer, storyboarder, painter, speech, music, clip)")
        provider_id = provider_id.strip()
        if provider_id:
            name = provider_id.partition(":")[0]
            offering = available().get(name)
            if offering is None or capability not in offering:
                able = sorted(n for n, caps in available().items() if capability in caps)
                raise InputError(f"no provider {name!r} for {capability}",
                                 where="option --provider", fix=f"use one of {able}")
        data["providers"][capability] = provider_id


def _with_overrides(project: Project, providers: list[str] | None,
                    budget: float | None) -> Project:
    """CLI flags over everything else (the top of the config precedence)."""
    if not providers and budget is None:
        return project
    data = project.settings.model_dump(mode="json")
    _apply_providers(data, providers or [])
    if budget is not None:
        if not budget >= 0:  # also refuses nan
            raise InputError(f"--budget {budget} is not an amount", where="option --budget",
                             fix="give USD of 0 or more, e.g. --budget 5")
        data["budget"]["max_usd"] = budget
    try:
        return Project(root=project.root, settings=Settings.model_validate(data))
    except ValidationError as error:
        first = error.errors()[0]
        raise InputError(first["msg"], where="option --provider",
                         fix="write CAPABILITY=PROVIDER, e.g. writer=offline") from None


def _print_estimate(builder: Builder, until: str | None, force: list[str],
                    as_json: bool) -> None:
    rows = builder.estimate(until, force)
    spent, unknown_spent = builder.log.spent()
    total = sum(e.usd for _, e, _ in rows)
    unknown = sum(e.unknown for _, e, _ in rows)
    if as_json:
        out.print_json(json.dumps({
            "stages": [{"stage": n, "items": e.items, "usd": round(e.usd, 6),
                        "unknown": e.unknown, "not_yet_planned": b} for n, e, b in rows],
            "estimated_usd": round(total, 6), "unknown_items": unknown,
            "spent_usd": round(spent, 6), "budget_usd": builder.budget,
        }))
        return
    table = Table("stage", "items to run", "estimated USD", "price unknown",
                  title="dry run: nothing is built or sent")
    for name, estimate, blocked in rows:
        items = str(estimate.items) + (f" ({blocked} estimated before their inputs exist)"
                                       if blocked else "")
        table.add_row(name, items, f"{estimate.usd:.4f}", str(estimate.unknown or ""))
    out.print(table)
    out.print(f"estimated cost ${total:.4f}" + (f" + {unknown} items of unknown price" if unknown else "")
              + f"; spent so far ${spent:.4f}"
              + (f"; budget ${builder.budget:.2f}" if builder.budget is not None else ""))


def run_build(directory: Path, *, episodes: set[int] | None = None, until: str | None = None,
              force: list[str] | None = None, jobs: int = 2, as_json: bool = False,
              command: str = "build", dry_run: bool = False, providers: list[str] | None = None,
              budget: float | None = None, strict: bool = False) -> list[StageReport]:
    """Build a project and print what happened (or, with ``dry_run``, what it would cost).

    With ``strict``, error-level review findings left open stop it with ReviewError.
    """
    for name in [until, *(force or [])]:
        _check_stage(name)
    project = _with_overrides(Project.open(directory), providers, budget)
    source = ("flag" if budget is not None else
              "env" if os.environ.get("MICRODRAMA_BUDGET_MAX_USD") else "project")
    builder = Builder(BuildContext(project, selection=episodes), pipeline(until), jobs=jobs,
                      budget=project.settings.budget.max_usd, budget_source=source)
    if dry_run:
        try:
            _print_estimate(builder, until, force or [], as_json)
        finally:
            builder.close()
        return []
    started = time.perf_counter()
    progress, update = _progress()
    names = [s.name for s in builder.stages]
    # --strict stops right after the review, before any later stage spends time or money.
    first = "check" if strict and "check" in names[:-1] else None
    try:
        with progress:
            reports = builder.build(until=first or until, force=force or [], command=command,
                                    progress=update)
            review = _review_counts(project, reports)
            if first and not (review and review["error"]):
                done = {r.stage: r for r in reports}
                rest = builder.build(until=until, command=command, progress=update,
                                     force=[f for f in force or [] if f not in done])
                reports = [done.get(r.stage, r) for r in rest]
    finally:
        builder.close()
    seconds = time.perf_counter() - started
    if as_json:
        data = _reports_json(reports, seconds)
        if review is not None:
            data["review"] = review
        out.print_json(json.dumps(data, ensure_ascii=False))
    else:
        table = Table("stage", "ran", "from cache", "kept", "blocked", "seconds",
                      title=f"build {directory}")
        for r in reports:
            table.add_row(r.stage, str(len(r.ran)), str(len(r.restored)), str(len(r.kept)),
                          str(len(r.blocked)), f"{r.seconds:.1f}")
        out.print(table)
        out.print(f"done in {seconds:.2f} s")
        if review is not None:
            _print_review(review)
    if strict and review is not None and review["error"]:
        raise ReviewError(review["error"], review["with_errors"])
    return reports


def _review_counts(project: Project, reports: list[StageReport]) -> dict[str, Any] | None:
    """Open findings by severity in the review files of the episodes this build checked."""
    check = next((r for r in reports if r.stage == "check"), None)
    if check is None:
        return None
    counts: dict[str, Any] = {"error": 0, "warning": 0, "info": 0, "with_errors": []}
    for item in sorted({*check.ran, *check.restored, *check.kept}):
        path = project.path(f"out/review/{item}.json")
        if not path.is_file():
            continue
        findings = json.loads(path.read_text("utf-8"))["findings"]
        for finding in findings:
            counts[finding["severity"]] += 1
        if any(f["severity"] == "error" for f in findings):
            counts["with_errors"].append(item)
    return counts


def _print_review(review: dict[str, Any]) -> None:
    where = review["with_errors"]
    out.print(f"review: {review['error']} errors, {review['warning']} warnings, "
              f"{review['info']} notes — read them in out/review/epNNN.json"
              + (f" (errors in {', '.join(where[:8])}{' …' if len(where) > 8 else ''};"
                 " --strict stops the build on them)" if where else ""))


@app.command()
def providers(
    directory: Annotated[Path | None, typer.Argument(help="Project folder (shows what it uses).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """List providers and OpenAI-compatible vendors: what is available and configured.

    Keys are reported as set or missing, never shown.
    """
    from microdrama.engine.providing import load_secrets
    from microdrama.project.config import user_config_path
    from microdrama.providers.openai.compat import load_vendors
    from microdrama.providers.registry import CAPABILITIES, available

    settings = Project.open(directory).settings if directory else None
    vendors = load_vendors(settings.vendors if settings else None, source="drama.toml")
    secrets = load_secrets()
    used = {c: settings.providers.provider_for(c) for c in CAPABILITIES} if settings else {}
    ready: dict[str, str] = {}
    if directory is not None and settings is not None:
        from microdrama.engine.providing import check_provider

        context = BuildContext(Project(root=directory, settings=settings))
        for capability, provider_id in used.items():
            if not provider_id:
                continue
            try:  # made as a build would make it: settings and keys checked, nothing sent
                check_provider(context, capability)
                ready[capability] = "ready"
            except DramaError as error:
                ready[capability] = str(error)
    names = available()
    data: dict[str, Any] = {
        "user_config": str(user_config_path()),
        "providers": [{"name": n, "capabilities": sorted(caps, key=CAPABILITIES.index)}
                      for n, caps in sorted(names.items())],
        "vendors": [{"name": v.name, "base_url": v.base_url, "key_env": v.key_env,
                     "key": ("not needed" if not v.key_env else
                             "set" if secrets.get(v.key_env, "").strip() else "missing"),
                     "structured_output": v.structured_output, "default_model": v.default_model,
                     "priced_models": sorted(v.prices)} for v in vendors.values()],
        "project": used,
        "ready": ready,
    }
    if as_json:
        out.print_json(json.dumps(data, ensure_ascii=False))
        return
    table = Table("provider", "capabilities", title="providers (use as name or name:model)")
    for entry in data["providers"]:
        table.add_row(entry["name"], ", ".join(entry["capabilities"]))
    out.print(table)
    vt = Table("vendor", "base_url", "key", "JSON", "default model", "prices",
               title="OpenAI-compatible vendors (openai-compat:<vendor>/<model>)")
    for v in data["vendors"]:
        key = v["key"] if not v["key_env"] else f"{v['key_env']}: {v['key']}"
        vt.add_row(v["name"], v["base_url"], key, v["structured_output"], v["default_model"],
                   ", ".join(v["priced_models"]) or "unknown")
    out.print(vt)
    if used:
        ut = Table("capability", "provider", "ready", title=f"{directory}")
        for capability, provider_id in used.items():
            ut.add_row(capability, provider_id or "(none: motion comic)",
                       ready.get(capability, ""))
        out.print(ut)
    out.print(f"user config: {data['user_config']}")


@app.command()
def build(
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
) -> None:
    """Build (or bring up to date) a project. Only what changed is redone."""
    selection = parse_episodes(episodes, _episode_total(directory)) if episodes else None
    run_build(directory, episodes=selection, until=until, force=force,
              jobs=jobs, as_json=as_json, command=" ".join(["build", *sys.argv[2:]]),
              dry_run=dry_run, providers=provider, budget=budget, strict=strict)


@app.command()
def status(
    directory: Annotated[Path, typer.Argument(help="Project folder.")],
    until: Annotated[str | None, typer.Option(help="Only stages up to this one.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
) -> None:
    """What is fresh, stale, missing or edited, per stage and item."""
    _check_stage(until)
    project = Project.open(directory)
    builder = Builder(BuildContext(project), pipeline(until))
    try:
        items = builder.status(until=until)
        spent, unknown = builder.log.spent()
    finally:
        builder.close()
    if as_json:
        out.print_json(json.dumps([_status_json(i) for i in items], ensure_ascii=False))
        return
    table = Table("stage", *[s.value for s in State], title=f"status {directory}")
    for name in dict.fromkeys(i.stage for i in items):
        row = [i for i in items if i.stage == name]
        table.add_row(name, *[str(sum(1 for i in row if i.state == s)) for s in State])
    out.print(table)
    for item in items:
        if item.state != State.FRESH:
            out.print(f"{item.stage} {item.item}: {item.state.value}" + (f" — {item.reason}" if item.reason else ""))
    budget = project.settings.budget.max_usd
    out.print(f"spent so far: ${spent:.4f}" + (f" + {unknown} items of unknown cost" if unknown else "")
              + (f" of a ${budget:.2f} budget" if budget is not None else ""))


def _status_json(item: ItemStatus) -> dict[str, str]:
    return {"stage": item.stage, "item": item.item, "state": item.state.value,
            "reason": item.reason, "key": item.key}


@app.command()
def export(
    directory: Annotated[Path, typer.Argument(help="Project folder.")],
    format: Annotated[str, typer.Option("--format", help="Output format: fountain.")] = "fountain",
    output: Annotated[str | None, typer.Option("--out", help="File to write, or - for stdout (default out/<project>.fountain).")] = None,
    ids: Annotated[bool, typer.Option(help="Keep ids and emotions in Fountain notes (lossless).")] = False,
    episodes: Annotated[str | None, typer.Option(help="Episodes to export, e.g. 1-3.")] = None,
) -> None:
    """Export the scripts as a screenplay."""
    if format != "fountain":
        raise InputError(f"unknown format {format!r}", where="option --format", fix="use --format fountain")
    project = Project.open(directory)
    ctx = BuildContext(project, selection=parse_episodes(episodes, _episode_total(directory)))
    bible = ctx.bible()
    if bible is None:
        raise InputError("the project has no series.yaml yet", file=directory,
                         fix=f"run `microdrama build {directory}` first")
    written = [e for n in ctx.episode_numbers() if (e := ctx.episode(n)) is not None]
    if not written:
        raise InputError("the project has no episode scripts yet", file=directory,
                         fix=f"run `microdrama build {directory} --until script` first")
    text = series_to_fountain(bible, written, ids=ids)
    if output == "-":
        sys.stdout.write(text)
        return
    target = Path(output) if output else project.path(f"out/{directory.resolve().name}.fountain")
    write_atomic(target, text)
    out.print(f"wrote {target} ({len(written)} episodes)")


@app.command("import-script")
def import_script(
    file: Annotated[Path, typer.Argument(help="A .fountain screenplay.")],
    into: Annotated[Path | None, typer.Option(help="Project to add the episodes to (default: print YAML).")] = None,
    replace: Annotated[bool, typer.Option(help="Overwrite episode files that exist.")] = False,
) -> None:
    """Import a Fountain screenplay as episode scripts with stable ids."""
    text = read_text(file)
    if into is None:
        for episode in parse_fountain(text, file=str(file)):
            sys.stdout.write("---\n" + dump_model(episode))
        return
    project = Project.open(into)
    bible = project.load_bible()
    if bible is None:
        raise InputError("the project has no series.yaml, so speakers cannot be matched",
                         file=into, fix=f"run `microdrama build {into} --until bible` first")
    parsed = parse_fountain(text, file=str(file), bible=bible)
    for episode in parsed:
        target = project.path(episode_file(episode.number))
        if target.exists() and not replace:
            raise InputError(f"episode {episode.number} already exists", file=target,
                             fix="pass --replace to overwrite it, or renumber the episode in the screenplay")
    for episode in parsed:
        write_atomic(project.path(episode_file(episode.number)), dump_model(episode))
    out.print(f"imported {len(parsed)} episode(s) into {into}")


@app.command()
def demo(
    directory: Annotated[Path, typer.Option("--out", help="Folder for the demo project.")] = Path("demo-series"),
    lang: Annotated[str, typer.Option(help="zh or en.")] = "zh",
    episodes: Annotated[int, typer.Option(help="Number of episodes.")] = 3,
) -> None:
    """A built-in idea → a complete demo project, offline."""
    if not (directory / "drama.toml").is_file():
        if lang not in DEMO_IDEA:
            raise InputError(f"unknown language {lang!r}", where="option --lang", fix="use zh or en")
        create_project(directory, _settings_from_flags(DEMO_IDEA[lang], lang, episodes, "auto", 1, 90, ""))
    run_build(directory, command="demo")
    out.print(f"demo series in {directory}: series.yaml, outline.yaml, episodes/, out/")


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app and map errors to exit codes."""
    try:
        app(args=argv, prog_name="microdrama")
    except SystemExit as done:
        code = done.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except DramaError as error:
        if _debug["on"]:
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
        if _debug["on"]:
            err.print_exception()
        err.print(f"error: {storage}", markup=False, soft_wrap=True)
        return storage.exit_code
    return 0


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    entry()
