"""Scripts in and out: export the episodes as a Fountain screenplay, import one as
episode files with stable ids."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from microdrama.app.options import episode_total, parse_episodes
from microdrama.domain.bible import Bible
from microdrama.domain.script import Episode
from microdrama.engine.context import BuildContext
from microdrama.errors import InputError
from microdrama.files import write_atomic
from microdrama.formats.fountain import parse_fountain, series_to_fountain
from microdrama.formats.fountain_syntax import Newcomers
from microdrama.formats.yamlio import dump_model
from microdrama.project.folder import BIBLE_FILE, SETTINGS_FILE, Project, episode_file


@dataclass(frozen=True, kw_only=True)
class ExportRequest:
    """The scripts of a project as a screenplay."""

    directory: Path
    format: str = "fountain"
    #: The file to write; "-" writes none (the caller takes ``text``); None writes
    #: out/<project>.fountain.
    output: str | None = None
    #: Keep ids and emotions in Fountain notes (lossless).
    ids: bool = False
    #: Episodes as ``"1-3"``; None exports them all.
    episodes: str | None = None


@dataclass(frozen=True)
class ExportResult:
    """The screenplay, and where it was written (None: nowhere, as asked)."""

    text: str
    target: Path | None
    episodes: int


@dataclass(frozen=True, kw_only=True)
class ImportRequest:
    """A screenplay as episode scripts: Fountain, Final Draft (.fdx), or a Chinese micro-drama script
    (短剧剧本: 第N集, 1-1 日 内 地点, 角色：台词) as plain text or a Word .docx."""

    file: Path
    #: The project to add the episodes to; None only reads them.
    into: Path | None = None
    #: Overwrite episode files that exist.
    replace: bool = False
    #: Add the people and places the script names that series.yaml lacks (decision 0033).
    add_cast: bool = False


@dataclass(frozen=True)
class ImportResult:
    """The episodes read, as models and as the YAML an episode file holds."""

    episodes: list[Episode]
    documents: list[str]
    #: The project they were written into, or None.
    into: Path | None
    #: What else the import changed, a line each: who and what joined series.yaml (with
    #: ``add_cast``), and drama.toml's episode count raised to the script's last episode.
    cast: list[str] = field(default_factory=list)


def export_script(request: ExportRequest) -> ExportResult:
    """Export the scripts as a screenplay (written unless ``output`` is "-")."""
    if request.format != "fountain":
        raise InputError(f"unknown format {request.format!r}", where="option --format",
                         fix="use --format fountain")
    directory = request.directory
    project = Project.open(directory)
    ctx = BuildContext(project, selection=parse_episodes(request.episodes, episode_total(directory)))
    bible = ctx.bible()
    if bible is None:
        raise InputError("the project has no series.yaml yet", file=directory,
                         fix=f"run `microdrama build {directory}` first")
    written = [e for n in ctx.episode_numbers() if (e := ctx.episode(n)) is not None]
    if not written:
        raise InputError("the project has no episode scripts yet", file=directory,
                         fix=f"run `microdrama build {directory} --until script` first")
    text = series_to_fountain(bible, written, ids=request.ids)
    if request.output == "-":
        return ExportResult(text, None, len(written))
    target = (Path(request.output) if request.output
              else project.path(f"out/{directory.resolve().name}.fountain"))
    write_atomic(target, text)
    return ExportResult(text, target, len(written))


def _parse_script(path: Path, bible: Bible | None,
                  newcomers: Newcomers | None = None) -> list[Episode]:
    """Episodes of a script file: Final Draft (.fdx); a Word document's or a text's
    paragraphs (any encoding a Chinese or Western editor saves: UTF-8/16, GB18030, Big5 …)
    as a Chinese micro-drama script when laid out as one, else as Fountain."""
    from microdrama.formats.decoding import decode_text
    from microdrama.formats.docx import docx_text
    from microdrama.formats.duanju import looks_like_duanju, parse_duanju
    from microdrama.formats.fdx import parse_fdx

    suffix = path.suffix.lower()
    if suffix in (".doc", ".wps", ".pages", ".pdf", ".celtx", ".scriv"):
        raise InputError(f"cannot read a {path.suffix} file", file=path,
                         fix="save it as Final Draft (.fdx), Word (.docx), .fountain or .txt "
                         "and import that")
    if suffix == ".docx":
        text = docx_text(path)
    else:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError("the file does not exist", file=path, fix="check the path") from None
        if suffix == ".fdx" or data.lstrip()[:200].lstrip(b"\xef\xbb\xbf").startswith(b"<?xml"):
            return parse_fdx(data, path=path, bible=bible, newcomers=newcomers)
        text = decode_text(data, path)
    if looks_like_duanju(text):
        return parse_duanju(text, file=str(path), bible=bible, newcomers=newcomers)
    return parse_fountain(text, file=str(path), bible=bible, newcomers=newcomers)


def import_script(request: ImportRequest) -> ImportResult:
    """Read a screenplay (Fountain, Final Draft, or a Chinese micro-drama script in text
    or .docx); with ``into``, write its episodes into that project, speakers matched to
    its bible (with ``add_cast``, those it lacks cast into it first), refusing to
    overwrite unless ``replace``. Nothing is written unless the whole import can be."""
    into = request.into
    if into is None:
        parsed = _parse_script(request.file, None)
        return ImportResult(parsed, [dump_model(e) for e in parsed], None)
    project = Project.open(into)
    bible = project.load_bible()
    if bible is None:
        raise InputError("the project has no series.yaml, so speakers cannot be matched",
                         file=into, fix=f"run `microdrama build {into} --until bible` first")
    cast: list[str] = []
    if request.add_cast:
        bible, cast = _cast_script(project, bible, request.file)
    try:
        parsed = _parse_script(request.file, bible)
    except InputError as error:
        if request.add_cast or "unknown character" not in error.problem and (
                "unknown place" not in error.problem):
            raise
        raise InputError(error.problem, file=error.file, where=error.where,
                         fix=f"{error.fix}; or pass --add-cast to add the script's people and "
                         "places to series.yaml") from None
    for episode in parsed:
        target = project.path(episode_file(episode.number))
        if target.exists() and not request.replace:
            raise InputError(f"episode {episode.number} already exists", file=target,
                             fix="pass --replace to overwrite it, or renumber the episode in the screenplay")
    documents = [dump_model(e) for e in parsed]
    # A build makes the project's episodes only: the script's last one must be among them.
    settings, highest = project.settings.project, max(episode.number for episode in parsed)
    more = highest > settings.episodes
    if more:
        try:
            type(settings).model_validate({**settings.model_dump(), "episodes": highest})
        except ValidationError as error:
            raise InputError(f"the script reaches episode {highest}: "
                             f"{error.errors()[0]['msg']}", file=request.file,
                             fix="import the episodes in several projects") from None
    notes = list(cast)
    if cast:
        write_atomic(project.path(BIBLE_FILE), dump_model(bible))
    if more:
        from microdrama.project.settings_edit import set_project_int

        set_project_int(project.path(SETTINGS_FILE), "episodes", highest)
        notes.append(f"drama.toml: episodes {settings.episodes} → {highest}")
    for episode, document in zip(parsed, documents, strict=True):
        write_atomic(project.path(episode_file(episode.number)), document)
    return ImportResult(parsed, documents, into, notes)


def _cast_script(project: Project, bible: Bible, path: Path) -> tuple[Bible, list[str]]:
    """The bible with the people and places the script names that it lacks, and what
    changed: a first reading gathers them, then the offline writer's casting places
    them (decision 0033). Characters and locations that episodes outside the script use
    are kept as they are."""
    from microdrama.providers.offline.writer.casting import Newcomer, cast_newcomers

    found = Newcomers()
    draft = _parse_script(path, bible, found)
    if not found.people and not found.places:
        return bible, []
    counts: dict[str, int] = {}
    for line in (line for e in draft for s in e.scenes for b in s.beats for line in b.lines):
        counts[line.speaker] = counts.get(line.speaker, 0) + 1
    known = [c.name for c in bible.characters] + list(found.people)
    # "林晚看着手机：…" read before 林晚 was known is action about her, not a person.
    people = [Newcomer(name, counts.get(ident, 0), found.notes.get(name, ""))
              for name, ident in found.people.items()
              if not any(other != name and other and other in name for other in known)]
    imported = {e.number for e in draft}
    episodes = [e for n in project.episode_numbers_on_disk() if n not in imported
                if (e := project.load_episode(n, bible)) is not None]
    used: set[str] = set()  # by the script itself, and by the episodes it leaves alone
    for scene in (scene for episode in [*draft, *episodes] for scene in episode.scenes):
        used |= {scene.location, *scene.characters}
        used |= {line.speaker for beat in scene.beats for line in beat.lines}
    return cast_newcomers(bible, people, list(found.places), used=used, outside=found.outside)
