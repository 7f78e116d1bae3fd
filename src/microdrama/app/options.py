"""What every operation checks in its request before it touches a project: episode
selections, stage names, provider overrides, a budget, the settings of a new project.

Errors name the option a user gave (``option --episodes``), so a shell can show them as
they are; a web form maps the same names to its fields.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from microdrama.domain import Settings
from microdrama.domain.settings import ProjectSettings
from microdrama.engine.context import BuildContext
from microdrama.errors import InputError
from microdrama.formats.locales import find_locale, known_locales
from microdrama.project.folder import Project
from microdrama.stages import STAGE_NAMES


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


def episode_total(directory: Path) -> int:
    """How many episodes the project has: its outline's, else drama.toml's."""
    project = Project.open(directory)
    outline = BuildContext(project).outline()
    return max(p.number for p in outline.plan) if outline else project.settings.project.episodes


def build_locales(option: str | None, settings: Settings) -> tuple[str, ...]:
    """The locales a build makes besides the series language: ``--locale L`` (any locale
    the pack knows, or the pseudo-locale), ``--locale all`` ([locales] targets)."""
    if option is None:
        return ()
    if option == "all":
        if not settings.locales.targets:
            raise InputError("drama.toml names no locale to build", file="drama.toml",
                             where="[locales] targets",
                             fix='add e.g. [locales] targets = ["es", "qps-ploc"], or pass '
                             "--locale with one tag")
        return tuple(settings.locales.targets)
    tag = find_locale(option)
    if tag is None:
        raise InputError(f"microdrama knows no locale {option!r}", where="option --locale",
                         fix=f"use one of {', '.join(known_locales())}, or all")
    if tag == settings.project.language:
        raise InputError(f"{tag} is the series language", where="option --locale",
                         fix="build without --locale for it, or name another locale")
    return (tag,)


def check_stage(name: str | None) -> None:
    """Refuse a stage name the pipeline does not have (None means every stage)."""
    if name is not None and name not in STAGE_NAMES:
        raise InputError(f"unknown stage {name!r}", where="option --until/--force",
                         fix=f"use one of {', '.join(STAGE_NAMES)}")


def limits(field: str) -> tuple[object, object]:
    """The (ge, le) bounds ProjectSettings puts on ``field``, for error messages."""
    low = high = None
    for rule in ProjectSettings.model_fields[field].metadata:
        low = getattr(rule, "ge", low)
        high = getattr(rule, "le", high)
    return low, high


def settings_from_options(idea: str, lang: str, episodes: int, genre: str, seed: int,
                          seconds: int, title: str) -> Settings:
    """drama.toml settings of a new project; a bad value names its option and the fix."""
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
            "--seconds": "use --seconds between {} and {}".format(*limits("episode_seconds")),
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


def apply_providers(data: dict[str, Any], providers: list[str]) -> None:
    """Set ``CAPABILITY=ID`` choices (``--provider`` flags) into settings ``data`` (a model dump)."""
    from microdrama.providers.registry import available

    for given in providers:
        capability, sep, provider_id = given.partition("=")
        if not sep or capability not in data["providers"] or capability == "options":
            raise InputError(f"--provider {given!r} is not CAPABILITY=PROVIDER", where="option --provider",
                             fix="write e.g. --provider writer=openai-compat:deepseek/deepseek-chat "
                             "(capabilities: writer, storyboarder, painter, speech, music, clip, "
                             "lipsync, translator)")
        provider_id = provider_id.strip()
        if provider_id:
            name = provider_id.partition(":")[0]
            offering = available().get(name)
            if offering is None or capability not in offering:
                able = sorted(n for n, caps in available().items() if capability in caps)
                raise InputError(f"no provider {name!r} for {capability}",
                                 where="option --provider", fix=f"use one of {able}")
        data["providers"][capability] = provider_id


def with_overrides(project: Project, providers: list[str] | None,
                   budget: float | None) -> Project:
    """The request's providers and budget over everything else (the top of the config
    precedence)."""
    if not providers and budget is None:
        return project
    data = project.settings.model_dump(mode="json")
    apply_providers(data, providers or [])
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
