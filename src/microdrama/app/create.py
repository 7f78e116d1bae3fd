"""Make a project: from an idea (``new``), from a novel (``adapt``), or the built-in
demo. Everything is checked before anything is made."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from microdrama.app.build import BuildRequest, BuildResult, OnEvent, build_project
from microdrama.app.options import apply_providers, limits, settings_from_options
from microdrama.domain import Settings
from microdrama.domain.settings import ProjectSettings
from microdrama.engine.context import BuildContext
from microdrama.errors import InputError
from microdrama.files import write_atomic
from microdrama.project.folder import Project, create_project

#: The demo's idea, per language.
DEMO_IDEA = {
    "zh": "订婚宴上被当众泼酒的保姆之女，其实是被抱错的豪门真千金，她要夺回属于自己的一切。",
    "en": "Humiliated at her stepsister's engagement party, a maid's daughter turns out to be "
          "the real heiress switched at birth, and takes back everything that was hers.",
}

#: The markets the demo is made for, per language: those it can pass truthfully. A
#: release in China (market cn) needs the series' own record number (上线备案号).
DEMO_MARKETS = {"zh": ["eu", "us", "southeast-asia"], "en": ["eu", "us", "west"]}

#: Episodes of an adaptation when none are asked for: one per chapter, within these.
ADAPT_EPISODES = (12, 80)


@dataclass(frozen=True, kw_only=True)
class NewRequest:
    """A new project from an idea."""

    directory: Path
    idea: str
    #: The series language; None: the idea's own, when the offline writer writes it
    #: (Chinese or English), else Chinese (and the reading's warning names the choices).
    lang: str | None = None
    episodes: int = 12
    #: A trope id of the offline bank, or auto to infer it from the idea.
    genre: str = "auto"
    seed: int = 1
    seconds: int = 90
    #: Working title; empty lets the writer propose one.
    title: str = ""
    #: ``CAPABILITY=ID`` choices to write into drama.toml.
    providers: list[str] = field(default_factory=list)
    #: Write branching episodes (choices, story state, several endings).
    interactive: bool = False


@dataclass(frozen=True)
class PremiseReading:
    """What the offline writer understood of an idea, and what it had to assume."""

    #: The series language (the language of ``understood``).
    language: str
    #: Lines, one per point understood or assumed.
    understood: list[str]
    #: Set when the idea reads as another language than the series': names the choices.
    warning: str | None = None


@dataclass(frozen=True)
class NewResult:
    """The project made, and how the writer read its idea."""

    directory: Path
    premise: PremiseReading


@dataclass(frozen=True, kw_only=True)
class AdaptRequest:
    """A new project adapted from a novel or web serial (.txt, .epub or .docx)."""

    directory: Path
    source: Path
    #: zh or en; None takes the source's.
    language: str | None = None
    #: None: one per chapter, within ADAPT_EPISODES.
    episodes: int | None = None
    #: The LLM writer; None takes the user config's or the environment's.
    writer: str | None = None
    seconds: int = 90
    max_chapter_chars: int = 12000
    #: Chapters to read at once.
    jobs: int = 4


@dataclass(frozen=True)
class AdaptResult:
    """The adapted project and the build that read the novel into its outline."""

    directory: Path
    source_name: str
    build: BuildResult


@dataclass(frozen=True, kw_only=True)
class DemoRequest:
    """The built-in idea as a complete project, offline; an existing one is rebuilt."""

    directory: Path = Path("demo-series")
    lang: str = "zh"
    episodes: int = 3
    #: Also build this locale (qps-ploc offline; others need translations or a model).
    locale: str | None = None
    #: A branching demo: every episode offers choices and several endings.
    interactive: bool = False


@dataclass(frozen=True)
class DemoResult:
    """The demo project and its build."""

    directory: Path
    build: BuildResult


def new_project(request: NewRequest) -> NewResult:
    """Create a project folder with drama.toml."""
    settings = settings_from_options(request.idea, request.lang or idea_language(request.idea),
                                     request.episodes, request.genre, request.seed,
                                     request.seconds, request.title)
    settings.project.interactive = request.interactive
    if request.providers:
        data = settings.model_dump(mode="json")
        apply_providers(data, request.providers)
        settings = Settings.model_validate(data)
    create_project(request.directory, settings)
    return NewResult(request.directory, read_premise(settings.project))


def idea_language(idea: str) -> str:
    """The series language an idea asks for when none is given: the idea's own if the
    offline writer writes it, else Chinese."""
    from microdrama.providers.offline.writer.banks import LANGUAGES
    from microdrama.providers.offline.writer.premise import guess_language

    code = guess_language(idea).code
    return code if code in LANGUAGES else "zh"


def read_premise(project: ProjectSettings) -> PremiseReading:
    """What the offline writer understands of the idea, and what it has to assume; an
    idea in a language it does not write gets a warning that names the choices."""
    from microdrama.providers.offline.writer.banks import load_bank
    from microdrama.providers.offline.writer.cast import lead_genders, trope_scores
    from microdrama.providers.offline.writer.era import settle_era
    from microdrama.providers.offline.writer.premise import guess_language, understand

    guess = guess_language(project.idea)
    warning = None
    if guess.code and guess.code != project.language:
        other = "en" if project.language == "zh" else "zh"
        choices = (f"pass --lang {other}" if guess.code == other else
                   "write the idea in Chinese (--lang zh) or English (--lang en)")
        warning = (f"the idea reads as {guess.name}, but the series language is "
                   f"{project.language} and the offline writer cannot translate: {choices}, or "
                   "use an LLM writer (--provider writer=openai-compat:<vendor>/<model>)")
    bank = load_bank(project.language)
    premise, lines = understand(project.idea, project.language, project.genre,
                                [t.id for t in bank.tropes], trope_scores(project.idea),
                                lead_genders(bank))
    # An idea set in another era than its trope word gets that era's trope (冷宫 + 重生).
    _tropes, era_note = settle_era(bank, project.idea,
                                   [t for t in bank.tropes if t.id == premise.trope])
    return PremiseReading(project.language, [*lines, *filter(None, [era_note])], warning)


def _adaptation(request: AdaptRequest) -> Settings:
    """drama.toml settings for adapting the source; checks everything before anything is made."""
    from microdrama.domain.settings import ProviderSettings, SourceSettings
    from microdrama.formats.novel import chapter, chapter_index, read_novel
    from microdrama.project.config import layered, user_config_path
    from microdrama.stages.digest import require_digester

    language, source, max_chars = request.language, request.source, request.max_chapter_chars
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
    count = request.episodes or min(max(len(index), ADAPT_EPISODES[0]), ADAPT_EPISODES[1])
    opening = " ".join(chapter(source, 1, max_chars).text.split())[:300]
    idea = (f"改编自《{novel.title}》：{opening}" if lang == "zh"
            else f"An adaptation of \u201c{novel.title}\u201d: {opening}")
    try:
        project = ProjectSettings(idea=idea[:2000], language=lang,  # type: ignore[arg-type]
                                  episodes=count, episode_seconds=request.seconds,
                                  title=novel.title)
        source_table = SourceSettings(file=f"source/{source.name}", max_chapter_chars=max_chars)
    except ValidationError as error:
        first = error.errors()[0]
        flag = {"episodes": "--episodes", "episode_seconds": "--seconds"}.get(
            str(first["loc"][0]) if first["loc"] else "", "--episodes")
        fix = {"--episodes": "use --episodes between 1 and 200",
               "--seconds": "use --seconds between {} and {}".format(*limits("episode_seconds"))}[flag]
        raise InputError(first["msg"], where=f"option {flag}", fix=fix) from None
    # What the build will use: the request over MICRODRAMA_* and the user config.
    try:
        effective = Settings.model_validate(layered({"project": project.model_dump(mode="json")}))
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{place}: {first['msg']}", file=user_config_path(),
                         where="(or a MICRODRAMA_* environment variable)",
                         fix=f"correct or remove {place} there") from None
    if request.writer:
        effective.providers.writer = request.writer.strip()
    effective.source = source_table
    require_digester(BuildContext(Project(root=request.directory, settings=effective)))
    return Settings(project=project, source=source_table,
                    providers=ProviderSettings(writer=effective.providers.writer))


def adapt_novel(request: AdaptRequest, on_event: OnEvent | None = None) -> AdaptResult:
    """Adapt a novel: copy it into the new project's source/, read it chapter by chapter,
    then write the bible and the outline (the build up to ``sourcemap``)."""
    settings = _adaptation(request)
    assert settings.source is not None
    directory = request.directory
    create_project(directory, settings)
    try:
        target = directory / settings.source.file
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, request.source.read_bytes())  # never a half-copied novel
    except OSError as error:
        raise InputError(f"cannot copy the source into the project ({error.strerror})",
                         file=directory, fix="check the folder's permissions and free space") from None
    build = build_project(BuildRequest(directory=directory, until="sourcemap", jobs=request.jobs,
                                       command="adapt"), on_event)
    return AdaptResult(directory, request.source.name, build)


def make_demo(request: DemoRequest, on_event: OnEvent | None = None) -> DemoResult:
    """The built-in idea → a complete demo project, offline (made once, then rebuilt)."""
    directory = request.directory
    if not (directory / "drama.toml").is_file():
        if request.lang not in DEMO_IDEA:
            raise InputError(f"unknown language {request.lang!r}", where="option --lang",
                             fix="use zh or en")
        settings = settings_from_options(DEMO_IDEA[request.lang], request.lang,
                                         request.episodes, "auto", 1, 90, "")
        settings.release.markets = list(DEMO_MARKETS[request.lang])
        settings.project.interactive = request.interactive
        create_project(directory, settings)
    elif request.interactive != Project.open(directory).settings.project.interactive:
        raise InputError(
            "the demo folder holds a "
            + ("linear" if request.interactive else "branching") + " demo",
            file=directory / "drama.toml", where="[project] interactive",
            fix="choose another --out folder, or set interactive in its drama.toml "
            "(episodes already written stay as they are until you --force script)")
    build = build_project(BuildRequest(directory=directory, command="demo",
                                       locale=request.locale), on_event)
    return DemoResult(directory, build)
