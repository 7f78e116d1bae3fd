"""Scripts in and out: export the episodes as a Fountain screenplay, import one as
episode files with stable ids."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from microdrama.app.options import episode_total, parse_episodes
from microdrama.domain.bible import Bible
from microdrama.domain.script import Episode
from microdrama.engine.context import BuildContext
from microdrama.errors import InputError
from microdrama.files import write_atomic
from microdrama.formats.fountain import parse_fountain, series_to_fountain
from microdrama.formats.yamlio import dump_model
from microdrama.project.folder import Project, episode_file


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


@dataclass(frozen=True)
class ImportResult:
    """The episodes read, as models and as the YAML an episode file holds."""

    episodes: list[Episode]
    documents: list[str]
    #: The project they were written into, or None.
    into: Path | None


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


def _parse_script(path: Path, bible: Bible | None) -> list[Episode]:
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
            return parse_fdx(data, path=path, bible=bible)
        text = decode_text(data, path)
    if looks_like_duanju(text):
        return parse_duanju(text, file=str(path), bible=bible)
    return parse_fountain(text, file=str(path), bible=bible)


def import_script(request: ImportRequest) -> ImportResult:
    """Read a screenplay (Fountain, Final Draft, or a Chinese micro-drama script in text
    or .docx);
    with ``into``, write its episodes into that project, speakers matched to its bible,
    refusing to overwrite unless ``replace``."""
    into = request.into
    if into is None:
        parsed = _parse_script(request.file, None)
        return ImportResult(parsed, [dump_model(e) for e in parsed], None)
    project = Project.open(into)
    bible = project.load_bible()
    if bible is None:
        raise InputError("the project has no series.yaml, so speakers cannot be matched",
                         file=into, fix=f"run `microdrama build {into} --until bible` first")
    parsed = _parse_script(request.file, bible)
    for episode in parsed:
        target = project.path(episode_file(episode.number))
        if target.exists() and not request.replace:
            raise InputError(f"episode {episode.number} already exists", file=target,
                             fix="pass --replace to overwrite it, or renumber the episode in the screenplay")
    documents = [dump_model(e) for e in parsed]
    for episode, document in zip(parsed, documents, strict=True):
        write_atomic(project.path(episode_file(episode.number)), document)
    return ImportResult(parsed, documents, into)
