"""Interactive stories in and out: export episodes to the tools interactive writers use
(Ink, Twee 3 for SugarCube, Ren'Py) and import an Ink or Twee story as an episode."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from microdrama.app.options import episode_total, parse_episodes
from microdrama.domain.findings import Finding
from microdrama.domain.script import Episode
from microdrama.engine.context import BuildContext
from microdrama.errors import InputError
from microdrama.files import read_text, write_atomic
from microdrama.formats.ink import story_to_ink
from microdrama.formats.ink_parse import parse_ink
from microdrama.formats.interactive import load_interactive, story_graph
from microdrama.formats.renpy import story_to_renpy
from microdrama.formats.story_draft import DraftStory, build_episode, draft_number
from microdrama.formats.story_syntax import StorySource
from microdrama.formats.subtitle_profiles import load_profile
from microdrama.formats.twee import story_ifid, story_to_twee
from microdrama.formats.twee_parse import parse_twee
from microdrama.formats.twine_html import parse_twine_html
from microdrama.formats.yamlio import dump_model
from microdrama.packs import project_packs
from microdrama.project.folder import Project, check_episode, episode_file
from microdrama.review.craft import load_craft
from microdrama.review.story import review_story

#: Export format → (file extension, writer).
STORY_FORMATS: dict[str, tuple[str, Callable[[StorySource], str]]] = {
    "ink": (".ink", story_to_ink),
    "twee": (".twee", story_to_twee),
    "renpy": (".rpy", story_to_renpy),
}
#: Import file extension → reader.
_READERS: dict[str, Callable[..., DraftStory]] = {
    ".ink": parse_ink, ".twee": parse_twee, ".tw": parse_twee,
    ".html": parse_twine_html, ".htm": parse_twine_html}


@dataclass(frozen=True, kw_only=True)
class StoryExportRequest:
    """Episodes as stories for an interactive authoring tool."""

    directory: Path
    format: str
    #: The file to write; "-" writes none (the caller takes the text); None writes
    #: out/<project>.<ext> (out/<project>-epNNN.<ext> when several episodes go out).
    output: str | None = None
    #: Episodes as ``"1-3"``; None exports them all.
    episodes: str | None = None


@dataclass(frozen=True)
class StoryFile:
    """One episode's story and where it was written (None: nowhere, as asked)."""

    episode: str
    text: str
    target: Path | None


@dataclass(frozen=True)
class StoryExportResult:
    """The stories written, one per episode."""

    format: str
    files: list[StoryFile]
    #: What the export could not carry (e.g. shot tags of a stale storyboard).
    notes: list[str]


@dataclass(frozen=True, kw_only=True)
class StoryImportRequest:
    """An Ink or Twee story as an episode of a project."""

    file: Path
    into: Path
    #: Episode number to import as; None: the file's own (its ``episode`` tag), else
    #: the next free number.
    episode: int | None = None
    #: Overwrite the episode file if it exists.
    replace: bool = False


@dataclass(frozen=True)
class StoryImportResult:
    """The episode imported, where it went, and what the reading decided."""

    episode: Episode
    target: Path
    document: str
    #: Knot, stitch or passage name → the scene it became.
    scenes: dict[str, str]
    #: Variables renamed to fit the expression language (source name → ours).
    renamed: dict[str, str]
    notes: list[str]
    #: The story graph's review findings (what `build` will report).
    findings: list[Finding]


def export_story(request: StoryExportRequest) -> StoryExportResult:
    """Write the selected episodes as Ink, Twee or Ren'Py stories."""
    if request.format not in STORY_FORMATS:
        raise InputError(f"unknown story format {request.format!r}", where="option --format",
                         fix=f"use one of {', '.join(STORY_FORMATS)}")
    extension, write = STORY_FORMATS[request.format]
    directory = request.directory
    project = Project.open(directory)
    ctx = BuildContext(project, selection=parse_episodes(request.episodes,
                                                         episode_total(directory)))
    bible = ctx.bible()
    if bible is None:
        raise InputError("the project has no series.yaml yet", file=directory,
                         fix=f"run `microdrama build {directory}` first")
    episodes = [(n, e) for n in ctx.episode_numbers() if (e := ctx.episode(n)) is not None]
    if not episodes:
        raise InputError("the project has no episode scripts yet", file=directory,
                         fix=f"run `microdrama build {directory} --until script` first")
    if request.output is not None and len(episodes) > 1:
        raise InputError(f"{len(episodes)} episodes go out, one file each",
                         where="option --out", fix="choose one with --episodes N, or drop --out")
    names = {c.id: c.name for c in bible.characters}
    notes: list[str] = []
    files = []
    for number, episode in episodes:
        shots: dict[str, str] = {}
        try:
            board = project.load_storyboard(number, episode, bible)
        except InputError:
            board = None
            notes.append(f"{episode.id}: the storyboard is older than the script, so lines "
                         "carry no shot; build to re-cut it")
        if board is not None:
            shots = {line: shot.id for shot in board.shots for line in shot.lines}
        seed = f"{project.settings.project.idea}|{bible.title}|{episode.id}"
        source = StorySource(episode, story_graph(episode), names, shots, story_ifid(seed))
        text = write(source)
        if request.output == "-":
            files.append(StoryFile(episode.id, text, None))
            continue
        stem = directory.resolve().name + ("" if len(episodes) == 1 else f"-{episode.id}")
        target = (Path(request.output) if request.output
                  else project.path(f"out/{stem}{extension}"))
        write_atomic(target, text)
        files.append(StoryFile(episode.id, text, target))
    return StoryExportResult(request.format, files, notes)


def _refuse_story_file(file: Path) -> NoReturn:
    """The error for a file no story reader takes. Ink's compiled JSON is named as such:
    it is the runtime's instructions (the writer's knots, choices and conditions
    flattened into containers and jumps), and the source it came from is what the Ink
    reader reads."""
    if file.suffix.lower() == ".json" and '"inkVersion"' in read_text(file)[:4096]:
        raise InputError("compiled ink (inklecate's or Inky's JSON), not ink source",
                         file=file, fix="import the .ink file it was compiled from (in Inky: "
                         "File > Save; the JSON is what a game engine plays)")
    raise InputError(f"{file.name} is neither Ink nor Twine", file=file,
                     fix="import a .ink, a .twee (.tw) or a Twine 2 .html file (archived or "
                     "published)")


def import_story(request: StoryImportRequest) -> StoryImportResult:
    """Read an Ink or Twee story and write it into the project as an episode script,
    speakers matched to its bible, refusing to overwrite unless ``replace``. A story
    that cannot be carried fails before anything is written."""
    reader = _READERS.get(request.file.suffix.lower())
    if reader is None:
        _refuse_story_file(request.file)
    draft = reader(read_text(request.file), file=str(request.file))
    project = Project.open(request.into)
    bible = project.load_bible()
    if bible is None:
        raise InputError("the project has no series.yaml, so speakers cannot be matched",
                         file=request.into,
                         fix=f"run `microdrama build {request.into} --until bible` first")
    on_disk = project.episode_numbers_on_disk()
    number = request.episode or draft_number(draft) or (max(on_disk, default=0) + 1)
    target = project.path(episode_file(number))
    if target.exists() and not request.replace:
        raise InputError(f"episode {number} already exists", file=target,
                         fix="pass --replace to overwrite it, or --episode N to import as "
                         "another episode")
    built = build_episode(draft, bible, number)
    document = dump_model(built.episode)
    check_episode(built.episode, bible, document, target, number)
    write_atomic(target, document)
    packs = project_packs(project.root).only("craft", "compliance")
    findings, _ = review_story(built.episode, load_craft(bible.language, packs),
                               load_interactive(), load_profile(bible.language))
    return StoryImportResult(built.episode, target, document, built.scenes, draft.renamed,
                             built.notes, [f for f in findings if f.rule != "graph.numbers"])
