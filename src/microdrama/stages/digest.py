"""digest: a source novel → source/digests/chNNNN.yaml, one chapter (or part) per item;
sourcemap: outline.yaml's chapters → source-map.yaml.

Both have no items unless drama.toml has a ``[source]`` table. Chapters are read one
at a time from the source (formats/novel.py), so a long novel never has to fit one
prompt; the bible reads the digests condensed to a bounded size, the outline an
allocation of chapters to episodes, each script the digests of its own chapters.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from microdrama.domain.items import ItemId
from microdrama.domain.source import (
    ChapterDigest,
    EpisodeSource,
    MappedChapter,
    SourceDigest,
    SourceMap,
    allocate,
    chapter_weights,
    condense,
)
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.keys import cache_key
from microdrama.engine.providing import call_provider, produced, provider_config, provider_work
from microdrama.errors import InputError
from microdrama.formats.novel import ChapterInfo, chapter, chapter_index, read_novel
from microdrama.formats.yamlio import dump_model, load_model
from microdrama.providers.base import WRITER, ChapterDigester, DigestRequest
from microdrama.providers.registry import get_provider

DIGESTS_DIR = "source/digests"
SOURCE_MAP_FILE = "source-map.yaml"
DIGEST_HEADER = (
    "# Digest of one source chapter, made by the writer. Derived: a build rewrites it when\n"
    "# the chapter or the writer changes (`microdrama build --force digest` re-reads all).\n"
)
MAP_HEADER = (
    "# Which source chapters each episode adapts. Derived from the `chapters` of each\n"
    "# episode in outline.yaml: edit them there, and the next build rewrites this file.\n"
)


def digest_file(number: int) -> str:
    """``source/digests/ch0001.yaml`` for chapter 1."""
    return f"{DIGESTS_DIR}/ch{number:04d}.yaml"


def chapter_item(number: int) -> str:
    """``ch0001`` for chapter 1."""
    return f"ch{number:04d}"


def source_path(ctx: BuildContext) -> Path | None:
    """The source file named by ``[source] file``, or None for an original series.

    It must lie inside the project: a project someone sends you may not make the build
    read (and send to an LLM) a file of yours from elsewhere (``/etc/…``, ``../…``)."""
    source = ctx.settings.source
    if source is None:
        return None
    root = ctx.project.root.resolve()
    path = (ctx.project.root / source.file).resolve()
    if not path.is_relative_to(root):
        raise InputError(
            f"the source file {source.file!r} is outside the project", file="drama.toml",
            where="[source] file",
            fix="copy the novel into the project (e.g. source/) and name it there; "
            "`microdrama adapt DIR --from FILE` does this for you",
        )
    return ctx.project.path(source.file)


def source_chapters(ctx: BuildContext) -> list[ChapterInfo]:
    """Every chapter (and part) of the source, [] without a ``[source]`` table."""
    path, source = source_path(ctx), ctx.settings.source
    if path is None or source is None:
        return []
    if not path.is_file():
        raise InputError(
            "the source file named in drama.toml does not exist", file=path,
            where="[source] file",
            fix="put the novel there, or correct `file` in the [source] table of drama.toml",
        )
    index = chapter_index(path, source.max_chapter_chars)
    if not index:
        raise InputError("the source has no chapter text", file=path,
                         fix="check that the file holds the novel's text")
    return index


_DIGESTS: dict[str, tuple[tuple[int, int], ChapterDigest]] = {}


def load_digest(ctx: BuildContext, number: int) -> ChapterDigest | None:
    """The digest of chapter ``number`` from disk (re-read when it changed), or None."""
    path = ctx.project.path(digest_file(number))
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    stamp = (stat.st_size, stat.st_mtime_ns)
    cached = _DIGESTS.get(str(path))
    if cached and cached[0] == stamp:
        return cached[1]
    digest = load_model(ChapterDigest, path, what="a chapter digest")
    _DIGESTS[str(path)] = (stamp, digest)
    return digest


def load_digests(ctx: BuildContext, numbers: list[int]) -> list[ChapterDigest]:
    """The digests of these chapters; Blocked while any is missing."""
    found, missing = [], []
    for number in numbers:
        digest = load_digest(ctx, number)
        if digest is None:
            missing.append(number)
        else:
            found.append(digest)
    if missing:
        more = f" and {len(missing) - 1} more" if len(missing) > 1 else ""
        raise Blocked(f"needs {digest_file(missing[0])}{more} (stage digest)")
    return found


def source_brief(ctx: BuildContext, episodes: int | None = None
                 ) -> tuple[SourceDigest, dict[int, list[int]]] | None:
    """The condensed source and (given ``episodes``) its chapters allotted to episodes.

    None for an original series; Blocked while a chapter digest is missing.
    """
    path = source_path(ctx)
    index = source_chapters(ctx)
    if path is None or not index:
        return None
    digests = load_digests(ctx, [c.number for c in index])
    summary = condense(digests, chapters=len(index), language=ctx.settings.project.language,
                       title=read_novel(path).title)
    allocation: dict[int, list[int]] = {}
    if episodes is not None:
        weights = chapter_weights([c.chars for c in index], [d.importance() for d in digests])
        allocation = allocate(weights, episodes)
    return summary, allocation


def require_digester(ctx: BuildContext) -> None:
    """Raise the InputError with the fix unless the writer can read a novel."""
    writer = ctx.settings.providers.provider_for("writer")
    if writer.partition(":")[0] == "offline":
        from microdrama.providers.offline.writer.provider import needs_llm

        raise needs_llm()
    provider = get_provider(writer, "writer", provider_config(ctx, writer, secrets=True))
    if not isinstance(provider, ChapterDigester):
        raise InputError(
            f"the writer {writer!r} cannot read a novel (it has no digest_chapter)",
            file="drama.toml", where="[providers] writer",
            fix='use an LLM writer, e.g. writer = "openai-compat:deepseek/deepseek-chat"',
        )


async def _digest(provider: Any, request: DigestRequest) -> ChapterDigest:
    if not isinstance(provider, ChapterDigester):
        raise InputError(f"the writer {type(provider).__name__} cannot read a novel",
                         file="drama.toml", where="[providers] writer",
                         fix='use an LLM writer, e.g. writer = "openai-compat:<vendor>/<model>"')
    digest = await provider.digest_chapter(request)
    # The chapter's number and title are the source's, whatever the writer says.
    return digest.model_copy(update={"chapter": request.chapter, "title": request.title})


class DigestStage(Stage):
    """Read the source novel chapter by chapter: cast, events, reveals, hooks."""

    name: ClassVar[str] = "digest"
    capability: ClassVar[str | None] = "writer"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ()
    description: ClassVar[str] = "source novel → chapter digests (source/digests/chNNNN.yaml)"

    def items(self, ctx: BuildContext) -> list[str]:
        return [chapter_item(c.number) for c in source_chapters(ctx)]

    def plan(self, ctx: BuildContext, item: str) -> Work:
        path, source = source_path(ctx), ctx.settings.source
        assert path is not None and source is not None, "items() is empty without [source]"
        number = ItemId.parse(item).chapter
        piece = chapter(path, number, source.max_chapter_chars)
        request = DigestRequest(chapter=number, title=piece.title, text=piece.text,
                                language=ctx.settings.project.language,
                                book=read_novel(path).title)
        return provider_work(self, ctx, item, request, "writer", {"digest": digest_file(number)})

    def check_ready(self, ctx: BuildContext) -> None:
        super().check_ready(ctx)
        require_digester(ctx)

    @staticmethod
    def run(work: Work) -> Produced:
        digest, usage = call_provider(work, WRITER, DigestRequest, _digest)
        return produced({"digest": dump_model(digest, DIGEST_HEADER).encode("utf-8")}, usage)


class SourceMapStage(Stage):
    """Map every episode back to the source chapters it adapts."""

    name: ClassVar[str] = "sourcemap"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("digest", "outline")
    description: ClassVar[str] = "outline → source map (source-map.yaml)"

    def items(self, ctx: BuildContext) -> list[str]:
        return ["source-map"] if ctx.settings.source is not None else []

    def plan(self, ctx: BuildContext, item: str) -> Work:
        outline = ctx.outline()
        if outline is None:
            raise Blocked("needs outline.yaml (stage outline)")
        source = ctx.settings.source
        assert source is not None, "items() is empty without [source]"
        payload = {
            "source": source.file,
            "chapters": [[c.number, c.title] for c in source_chapters(ctx)],
            "plan": [[p.number, p.title, p.chapters] for p in outline.plan],
        }
        return Work(stage=self.name, item=item, key=cache_key(self.name, self.version, payload),
                    payload=payload, outputs={"map": SOURCE_MAP_FILE})

    @staticmethod
    def run(work: Work) -> Produced:
        titles = {number: title for number, title in work.payload["chapters"]}
        episodes, mapped = [], set()
        for number, title, chapters in work.payload["plan"]:
            known = [c for c in chapters if c in titles]
            mapped.update(known)
            episodes.append(EpisodeSource(
                episode=number, title=title,
                chapters=[MappedChapter(number=c, title=titles[c]) for c in known]))
        source_map = SourceMap(source=work.payload["source"], chapters=len(titles),
                               episodes=episodes, unmapped=sorted(set(titles) - mapped))
        return Produced({"map": dump_model(source_map, MAP_HEADER).encode("utf-8")})
