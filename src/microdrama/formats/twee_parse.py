"""Twee 3 import: a ``.twee`` story (written by Tweego, exported by Twine 2's "View as
Twee", or ours) read into a :class:`~microdrama.formats.story_draft.DraftStory`.

This module reads the file: passage headers (tags, metadata, escaped names), line ends
(CRLF, a BOM), ``StoryTitle``, ``StoryData`` (its ``format`` picks the passage reader:
SugarCube, Harlowe, Chapbook or Snowman; none named is SugarCube, as Tweego assumes),
the start-up passages (``StoryInit``, Harlowe's ``startup`` tag…: the start values of
the state), the passages that hold no story (the story's JavaScript and stylesheet, the
sidebar: skipped, listed in the notes) and the comments the Twee export writes. Each
story passage becomes a segment: its rows go to the format's reader (twee_sugarcube.py,
twee_harlowe.py, twee_chapbook.py, twee_snowman.py), which gives the text, the links
with their conditions and effects, and the changes of state as the passage plays.
Several links make a choice; one plain link goes straight on (its words stay in the
text); a redirect (``<<goto>>``, ``(goto:)``) goes straight on; none ends the story.

What no reader carries is an InputError naming the construct, the file and the line
(passages that run on every passage, an unknown story format, and what the readers
refuse); nothing is dropped silently.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NoReturn

from microdrama.domain.expressions import (
    Const,
    ExpressionError,
    names_read,
    parse_condition,
    parse_effect,
)
from microdrama.errors import InputError
from microdrama.formats.story_draft import (
    DraftItem,
    DraftOption,
    DraftSegment,
    DraftStory,
    DraftVariable,
)
from microdrama.formats.story_effects import settle_effects
from microdrama.formats.story_formats import StoryFormatsPack, load_story_formats
from microdrama.formats.story_syntax import Unsupported, snake_case
from microdrama.formats.twee_body import PassageReader, TweeContext
from microdrama.formats.twee_chapbook import ChapbookReader
from microdrama.formats.twee_harlowe import HarloweReader
from microdrama.formats.twee_snowman import SnowmanReader
from microdrama.formats.twee_sugarcube import SugarCubeReader
from microdrama.packs import BUILTIN, Packs

_META = re.compile(r"/\*\s*microdrama\s+(\{.*?\})\s*\*/")
_COMMENTS = {"/*": r"/\*.*?\*/", "/%": r"/%.*?%/", "<!--": r"<!--.*?-->"}
#: How each format writes a story variable (Chapbook: a bare name).
_SIGILS = {"sugarcube": "$", "harlowe": "$", "snowman": "s."}
#: A Harlowe macro call, in a story that names no format (so is read as SugarCube).
_HARLOWE = re.compile(r"\((?:set|put|if|unless|else-?if|else|link|link-goto|goto|print|"
                      r"either|display|a|dm|datamap|text-colou?r|color|colour):", re.I)


@dataclass
class _Passage:
    name: str
    tags: list[str]
    line: int
    rows: list[tuple[int, str]] = field(default_factory=list)


def parse_twee(text: str, *, file: str, packs: Packs = BUILTIN,
               lines: Sequence[int] | None = None) -> DraftStory:
    """Read a Twee 3 story; what it cannot carry raises InputError with the line.

    ``lines`` gives, per line of ``text``, the line of the file it came from (Twee made
    of a Twine HTML file: twine_html.py), so that messages name the file's lines."""
    try:
        return _TweeReader(text, file, load_story_formats(packs), lines).read()
    except Unsupported as error:  # each is placed at its line; this is the backstop
        raise InputError(f"{error.construct} is not supported in an episode", file=file,
                         fix=error.fix) from None


class _TweeReader:
    def __init__(self, text: str, file: str, pack: StoryFormatsPack,
                 lines: Sequence[int] | None = None) -> None:
        self.file = file
        self.lines = lines
        self.pack = pack
        self.text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        self.draft = DraftStory(file=file, start="")
        self.sources: dict[str, str] = {}
        self.flags: set[str] = set()
        self.format = pack.twee.formats["sugarcube"]
        self.named_format = False

    def fail(self, problem: str, line: int, fix: str) -> NoReturn:
        raise InputError(problem, file=self.file, where=f"line {line}", fix=fix)

    def unsupported(self, error: Unsupported, line: int) -> NoReturn:
        self.fail(f"{error.construct} is not supported in an episode", error.line or line,
                  error.fix)

    def context(self, *, init: bool = False) -> TweeContext:
        return TweeContext(self.format, self.pack, self.name, self.flags, init=init)

    def reader(self, passage: _Passage, *, init: bool = False) -> PassageReader:
        ctx = self.context(init=init)
        key = self.format.name.casefold()
        if key == "harlowe":
            return HarloweReader(ctx)
        if key == "chapbook":
            return ChapbookReader(ctx, passage.rows)
        if key == "snowman":
            return SnowmanReader(ctx)
        return SugarCubeReader(ctx)

    def read(self) -> DraftStory:
        passages = self.passages()
        data: dict[str, object] = {}
        for passage in passages:
            if passage.name == "StoryData":
                data = self.story_data(passage)
        for passage in passages:
            self.strip_comments(passage)
        story: list[_Passage] = []
        init: list[_Passage] = []
        for passage in passages:
            if passage.name == "StoryTitle":
                body = " ".join(row for _, row in passage.rows)
                self.draft.meta["title"] = " ".join(body.split())
            elif passage.name != "StoryData" and self.kept(passage):
                is_init = (passage.name in self.format.init_passages
                           or bool(set(passage.tags) & set(self.format.init_tags)))
                (init if is_init else story).append(passage)
        names = {p.name for p in story}
        start = str(data.get("start") or "Start")
        if start not in names:
            self.fail(f"the start passage {start!r} does not exist", 1,
                      "name an existing passage as start in StoryData")
        self.draft.start = start
        for passage in init:
            self.story_init(passage)
        for passage in story:
            self.draft.segments.append(self.segment(passage, names))
        self.draft.segments.sort(key=lambda s: (s.key != start, s.line))
        for variable in self.draft.variables:
            variable.persistent = variable.persistent or variable.name in self.flags
        self.draft.notes += settle_effects(self.draft)
        return self.draft

    # -- the file ----------------------------------------------------------------------------
    def passages(self) -> list[_Passage]:
        out: list[_Passage] = []
        current: _Passage | None = None
        for index, row in enumerate(self.text.split("\n")):
            number = self.lines[index] if self.lines and index < len(self.lines) else index + 1
            if row.startswith("::"):
                current = self.header(row[2:], number)
                if any(p.name == current.name for p in out):
                    self.fail(f"the passage {current.name!r} is defined twice", number,
                              "rename one of them")
                out.append(current)
            elif current is not None:
                # Twine writes a text row that starts with :: as \:: (so it is no header).
                current.rows.append((number, row[1:] if row.startswith("\\::") else row))
            elif row.strip():
                self.fail("text before the first passage", number,
                          "start the file with a passage header such as :: Start")
        if not out:
            self.fail("no passages", 1, "write passages that start with :: Name")
        return out

    def header(self, text: str, line: int) -> _Passage:
        rest = text.lstrip()
        tags: list[str] = []
        if rest.rstrip().endswith("}") and (at := _unescaped(rest, "{")) >= 0:
            rest = rest[:at]
        rest = _strip_end(rest)
        if rest.endswith("]") and not rest.endswith("\\]") and (at := _unescaped(rest, "[")) >= 0:
            tags = [re.sub(r"\\(.)", r"\1", tag) for tag in rest[at + 1:-1].split()]
            rest = _strip_end(rest[:at])
        name = re.sub(r"\\(.)", r"\1", rest)
        if not name.strip():
            self.fail("a passage without a name", line, "write :: Name")
        return _Passage(name, tags, line)

    def story_data(self, passage: _Passage) -> dict[str, object]:
        body = "\n".join(row for _, row in passage.rows).strip()
        try:
            data = json.loads(body)
        except ValueError:
            self.fail("StoryData is not JSON", passage.line,
                      'write {"ifid": "…", "format": "SugarCube", "start": "…"}')
        if not isinstance(data, dict):
            self.fail("StoryData is not a JSON object", passage.line, "write {…}")
        if "format" in data:
            name = str(data["format"])
            story_format = self.pack.twee.formats.get(name.casefold().replace(" ", ""))
            if story_format is None:
                known = ", ".join(f.name for f in self.pack.twee.formats.values())
                self.unsupported(Unsupported(
                    f"the story format {name}", f"convert the story to one of {known} in "
                    "Twine (Story > Details > Story Format)"), passage.line)
            self.format, self.named_format = story_format, True
        return data

    def strip_comments(self, passage: _Passage) -> None:
        """The format's comments out of the passage's rows, line breaks kept (the
        export's ``/* microdrama {…} */`` comments stay for the reader)."""
        patterns = [_COMMENTS[c] for c in self.format.comments]
        if not patterns or not passage.rows:
            return
        comment = re.compile("|".join(patterns), re.S)
        text = comment.sub(lambda m: m[0] if _META.fullmatch(m[0]) else
                           "\n" * m[0].count("\n"), "\n".join(row for _, row in passage.rows))
        passage.rows = [(n, row) for (n, _), row in zip(passage.rows, text.split("\n"),
                                                         strict=True)]

    def kept(self, passage: _Passage) -> bool:
        """False for a passage that holds no story (noted); refuses one that runs on
        every passage."""
        twee, story_format = self.pack.twee, self.format
        tags = set(passage.tags)
        every = sorted(tags & set(story_format.every_passage_tags))
        if passage.name in story_format.every_passage or every:
            what = (f"the [{every[0]}] passage {passage.name}" if every
                    else f"the special passage {passage.name}")
            self.unsupported(Unsupported(f"{what} ({self.pack.kinds['every_passage'].what})",
                                         self.pack.kinds["every_passage"].fix), passage.line)
        skipped = {**twee.skipped_tags, **story_format.interface_tags}
        for tag in passage.tags:
            if tag in skipped:
                self.note(passage, f"[{tag}]", skipped[tag])
                return False
        named = {**twee.skipped_passages, **story_format.interface_passages}
        if passage.name in named:
            self.note(passage, "", named[passage.name])
            return False
        return True

    def note(self, passage: _Passage, tag: str, what: str) -> None:
        label = f"{passage.name} {tag}".strip()
        self.draft.notes.append(f"the passage {label} at line {passage.line} is not "
                                f"imported: it holds {what}, not story")

    # -- state -------------------------------------------------------------------------------
    def name(self, source: str) -> str:
        if source in self.sources:
            return self.sources[source]
        ours = snake_case(source)
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", ours):
            raise Unsupported(f"the variable ${source} (our names are letters, digits and _)",
                              "rename it with letters, digits and _")
        if ours in self.sources.values() or ours in ("and", "or", "not", "true", "false"):
            raise Unsupported(f"the variable ${source} (it becomes {ours}, like another)",
                              "rename one of them")
        self.sources[source] = ours
        if ours != source:
            sigil = _SIGILS.get(self.format.name.casefold(), "")
            self.draft.renamed[sigil + source] = ours
        return ours

    def story_init(self, passage: _Passage) -> None:
        reader = self.reader(passage, init=True)
        for number, row in passage.rows:
            for found in _META.finditer(row):
                info = self.meta(found[1], number)
                self.draft.meta.update({k: str(v) for k, v in info.items()
                                        if k in ("episode", "target", "summary")})
            body = _META.sub("", row).strip()
            if not body:
                continue
            try:
                result = reader.row(number, body)
            except Unsupported as error:
                self.unsupported(error, number)
            for effect in result.effects:
                self.declare(effect, number)
        try:
            reader.finish()
        except Unsupported as error:
            self.unsupported(error, passage.line)

    def declare(self, effect: str, line: int) -> None:
        parsed = parse_effect(effect)
        if parsed.op != "=" or not isinstance(parsed.value, Const):
            self.unsupported(Unsupported(f"the start value `{effect}`",
                                         "start it with a whole number, true/false or a "
                                         "string"), line)
        value = parsed.value.value
        for variable in self.draft.variables:
            if variable.name == parsed.target:
                variable.value, variable.line = value, line
                return
        self.draft.variables.append(DraftVariable(parsed.target, value, False, line))

    def meta(self, text: str, line: int) -> dict[str, object]:
        try:
            data = json.loads(text)
        except ValueError:
            self.fail("a microdrama comment is not JSON", line, "write /* microdrama {…} */")
        if not isinstance(data, dict):
            self.fail("a microdrama comment is not a JSON object", line, "write {…}")
        return data

    # -- a passage ---------------------------------------------------------------------------
    def segment(self, passage: _Passage, names: set[str]) -> DraftSegment:
        segment = DraftSegment(passage.name, passage.line)
        reader = self.reader(passage)
        plain: list[DraftOption] = []
        next_link = False
        redirect: tuple[str, int] | None = None
        read: dict[str, int] = {}  # variables the links' conditions read → line
        for number, row in passage.rows:
            infos = [self.meta(m[1], number) for m in _META.finditer(row)]
            body = _META.sub("", row).strip()
            info = infos[0] if infos else {}
            if "beat" in info:
                segment.items.append(DraftItem("beat", number, tags=_tags(info)))
                continue
            if "ending" in info:
                segment.ending = (str(info["ending"]), str(info.get("kind", "neutral")))
                segment.way_line = number
                continue
            if "location" in info or ("id" in info and not body and not segment.items):
                segment.meta.update(_tags(info))
                continue
            if not body:
                continue
            if not self.named_format and (found := _HARLOWE.search(body)):
                self.unsupported(Unsupported(
                    f"a Harlowe macro ({found[0]}…) in a story that names no format",
                    'name the format in StoryData: "format": "Harlowe"'), number)
            try:
                result = reader.row(number, body)
            except Unsupported as error:
                self.unsupported(error, number)
            if redirect is not None and (result.text or result.links or result.effects):
                self.fail(f"this is never shown: the passage moved on at line {redirect[1]}",
                          number, "put it before the goto, or delete it")
            for effect in result.effects:
                target = parse_effect(effect).target
                if target in read:
                    self.unsupported(Unsupported(
                        f"a change of {target} after a link's condition reads it (line "
                        f"{read[target]})", "set it before the links, or in the links that "
                        "lead here"), number)
                segment.effects.append((number, effect))
            for link in result.links:
                link.line = link.line or number
                if link.target not in names:
                    self.fail(f"the link to {link.target!r} names no passage", link.line,
                              "link to an existing passage")
                for variable in _reads(link.condition):
                    read.setdefault(variable, number)
                if info.get("next"):
                    segment.next, segment.way_line, next_link = link.target, number, True
                    continue
                link.id = str(info.get("id", ""))
                link.default = bool(info.get("default", False))
                plain.append(link)
            if result.redirect is not None:
                if result.redirect not in names:
                    self.fail(f"the goto to {result.redirect!r} names no passage", number,
                              "go to an existing passage")
                redirect = (result.redirect, number)
            text = html.unescape(result.text)
            if text:
                tags = _tags({k: v for k, v in info.items() if k not in ("default",)})
                segment.items.append(DraftItem("text", number, _speaker_text(text, tags), tags))
        try:
            reader.finish()
        except Unsupported as error:
            self.unsupported(error, passage.line)
        if next_link:
            return segment
        if redirect is not None:
            if plain:
                self.fail(f"the passage both links on (line {plain[0].line}) and moves on by "
                          f"itself (line {redirect[1]})", redirect[1],
                          "make every way on a link, or keep only the goto")
            segment.next, segment.way_line = redirect
        elif len(plain) == 1 and not (plain[0].condition or plain[0].effects or plain[0].id):
            only = plain[0]
            segment.next, segment.way_line = only.target, only.line
            if not any(only.label in i.text for i in segment.items if i.kind == "text"):
                segment.items.append(DraftItem("text", only.line, only.label))
        elif plain:
            segment.options, segment.way_line = plain, plain[0].line
        elif segment.ending is None:
            segment.ending = (passage.name, "neutral")
        return segment


def _reads(condition: str) -> set[str]:
    if not condition:
        return set()
    try:
        return names_read(parse_condition(condition))
    except ExpressionError:
        return set()


def _tags(info: dict[str, object]) -> dict[str, str]:
    out = {}
    for key, value in info.items():
        if key == "events":
            out[key] = json.dumps(value, ensure_ascii=False)
        elif isinstance(value, list):
            out[key] = ", ".join(str(v) for v in value)
        elif isinstance(value, bool):
            out[key] = "true" if value else ""
        else:
            out[key] = str(value)
    return out


def _speaker_text(text: str, tags: dict[str, str]) -> str:
    """A line's words: a bold ``''Name:''`` (or ``**Name:**``) before them dropped when a
    speaker is given, else made ``Name:`` for the speaker match."""
    match = re.match(r"^(?:''|\*\*)([^'*]{1,40}?)([:：])(?:''|\*\*)\s*(.*)$", text)
    if match is None:
        return text
    return match[3] if tags.get("speaker") else f"{match[1]}{match[2]} {match[3]}"


def _unescaped(text: str, char: str) -> int:
    for index in range(len(text) - 1, -1, -1):
        if text[index] == char and (index == 0 or text[index - 1] != "\\"):
            return index
    return -1


def _strip_end(text: str) -> str:
    """``text`` without trailing spaces, except one escaped (``\\ ``, as Twine writes a
    name's own trailing space)."""
    stripped = text.rstrip()
    if stripped.endswith("\\") and len(stripped) < len(text):
        return stripped + " "
    return stripped

