"""Twee 3 import (SugarCube): a ``.twee`` story read into a
:class:`~microdrama.formats.story_draft.DraftStory`.

Read: ``StoryTitle``, ``StoryData`` (format, start), ``StoryInit``'s ``<<set>>`` of the
state (``recall(…)`` marks a flag), passages as segments, links ``[[label|target]]``
(``->``, ``<-``, setter ``[$x to 1]``) and ``<<link "label" "target">>`` with
``<<set>>`` / ``<<goto>>`` inside, ``<<if>>`` around links (their condition), and the
comments the Twee export writes. A passage with several links offers them as a choice;
one plain link goes straight on (its words stay as text); none ends the story.

Everything else is an InputError naming the construct and the line: other macros,
``<<if>>`` around text, ``<<set>>`` outside a link, printed variables, special passages
and script or stylesheet passages, Harlowe or other story formats' macros.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import NoReturn

from microdrama.domain.expressions import Value, parse_condition, render
from microdrama.errors import InputError
from microdrama.formats.story_draft import (
    DraftItem,
    DraftOption,
    DraftSegment,
    DraftStory,
    DraftVariable,
)
from microdrama.formats.story_syntax import Unsupported, read_condition, read_effects, snake_case

_META = re.compile(r"/\*\s*microdrama\s+(\{.*?\})\s*\*/")
_COMMENT = re.compile(r"/\*.*?\*/|<!--.*?-->|/%.*?%/", re.S)
_TOKEN = re.compile(r"<<(/?)([A-Za-z=-][\w-]*)\s*(.*?)>>|\[\[(.*?)(?:\]\[(.*?))?\]\]", re.S)
_SPECIAL = {"StoryCaption", "StoryMenu", "StoryBanner", "StorySubtitle", "StoryAuthor",
            "PassageReady", "PassageDone", "PassageHeader", "PassageFooter", "StoryInterface",
            "StoryShare", "StorySettings", "StoryIncludes", "StoryDisplayTitle"}
_CODE_TAGS = {"script", "stylesheet", "widget", "init", "Twine.image", "Twine.audio",
              "Twine.video", "Twine.vtt"}
_HARLOWE = re.compile(r"\((?:[a-z][\w-]*):")
_NAKED = re.compile(r"\$[A-Za-z_]")


@dataclass
class _Passage:
    name: str
    tags: list[str]
    line: int
    rows: list[tuple[int, str]] = field(default_factory=list)


def parse_twee(text: str, *, file: str) -> DraftStory:
    """Read a Twee 3 SugarCube story; unsupported constructs raise InputError."""
    try:
        return _TweeReader(text, file).read()
    except Unsupported as error:  # each is placed at its line; this is the backstop
        raise InputError(f"{error.construct} is not supported in an episode", file=file,
                         fix=error.fix) from None


class _TweeReader:
    def __init__(self, text: str, file: str) -> None:
        self.file = file
        self.text = text.removeprefix("\ufeff").replace("\r\n", "\n")
        self.draft = DraftStory(file=file, start="")
        self.sources: dict[str, str] = {}
        self.flags: set[str] = set()
        #: StoryData names SugarCube: text like "(a:" is prose, not a Harlowe macro.
        self.sugarcube = False

    def fail(self, problem: str, line: int, fix: str) -> NoReturn:
        raise InputError(problem, file=self.file, where=f"line {line}", fix=fix)

    def unsupported(self, error: Unsupported, line: int) -> NoReturn:
        self.fail(f"{error.construct} is not supported in an episode", line, error.fix)

    def read(self) -> DraftStory:
        passages = self.passages()
        data: dict[str, object] = {}
        story: list[_Passage] = []
        for passage in passages:
            body = "\n".join(row for _, row in passage.rows).strip()
            if passage.name == "StoryTitle":
                self.draft.meta["title"] = " ".join(body.split())
            elif passage.name == "StoryData":
                data = self.story_data(body, passage.line)
            elif passage.name == "StoryInit":
                self.story_init(passage)
            elif passage.name in _SPECIAL or set(passage.tags) & _CODE_TAGS:
                what = (f"the special passage {passage.name}" if passage.name in _SPECIAL else
                        f"the [{sorted(set(passage.tags) & _CODE_TAGS)[0]}] passage {passage.name}")
                self.unsupported(Unsupported(what, "remove it; an episode carries no code "
                                             "or interface passages"), passage.line)
            else:
                story.append(passage)
        names = {p.name for p in story}
        start = str(data.get("start") or "Start")
        if start not in names:
            self.fail(f"the start passage {start!r} does not exist", 1,
                      "name an existing passage as start in StoryData")
        self.draft.start = start
        for passage in story:
            self.draft.segments.append(self.segment(passage, names))
        self.draft.segments.sort(key=lambda s: (s.key != start, s.line))
        for variable in self.draft.variables:
            variable.persistent = variable.persistent or variable.name in self.flags
        return self.draft

    # -- structure ---------------------------------------------------------------------------
    def passages(self) -> list[_Passage]:
        out: list[_Passage] = []
        current: _Passage | None = None
        stripped = _COMMENT.sub(lambda m: m[0] if _META.fullmatch(m[0]) else
                                "\n" * m[0].count("\n"), self.text)
        for number, row in enumerate(stripped.split("\n"), start=1):
            if row.startswith("::"):
                current = self.header(row[2:], number)
                if any(p.name == current.name for p in out):
                    self.fail(f"the passage {current.name!r} is defined twice", number,
                              "rename one of them")
                out.append(current)
            elif current is not None:
                current.rows.append((number, row))
            elif row.strip():
                self.fail("text before the first passage", number,
                          "start the file with a passage header such as :: Start")
        if not out:
            self.fail("no passages", 1, "write passages that start with :: Name")
        return out

    def header(self, text: str, line: int) -> _Passage:
        rest = text.strip()
        tags: list[str] = []
        if rest.endswith("}") and (at := _unescaped(rest, "{")) >= 0:
            rest = rest[:at].rstrip()
        if rest.endswith("]") and (at := _unescaped(rest, "[")) >= 0:
            tags = rest[at + 1:-1].split()
            rest = rest[:at].rstrip()
        name = re.sub(r"\\(.)", r"\1", rest)
        if not name:
            self.fail("a passage without a name", line, "write :: Name")
        return _Passage(name, tags, line)

    def story_data(self, body: str, line: int) -> dict[str, object]:
        try:
            data = json.loads(body)
        except ValueError:
            self.fail("StoryData is not JSON", line, 'write {"ifid": "…", "format": "SugarCube"}')
        if not isinstance(data, dict):
            self.fail("StoryData is not a JSON object", line, "write {…}")
        story_format = str(data.get("format", "SugarCube"))
        if story_format.casefold() != "sugarcube":
            self.unsupported(Unsupported(f"the story format {story_format} (its macros differ)",
                                         "convert the story to SugarCube in Twine"), line)
        self.sugarcube = "format" in data
        return data

    def story_init(self, passage: _Passage) -> None:
        for number, row in passage.rows:
            for found in _META.finditer(row):
                info = self.meta(found[1], number)
                self.draft.meta.update({k: str(v) for k, v in info.items()
                                        if k in ("episode", "target", "summary")})
            rest = _META.sub("", row).strip()
            while rest:
                match = re.match(r"<<set\s+(.*?)>>\s*", rest)
                if match is None:
                    self.unsupported(Unsupported(
                        f"`{rest[:40]}` in StoryInit", "StoryInit may only <<set>> variables"),
                        number)
                for statement in _statements(match[1]):
                    self.declare(statement, number)
                rest = rest[match.end():]

    def declare(self, statement: str, line: int) -> None:
        match = re.fullmatch(r"\s*\$([A-Za-z_]\w*)\s*(?:to|=)\s*(.*?)\s*", statement, re.S)
        if match is None:
            self.unsupported(Unsupported(f"the statement `{statement.strip()}` in StoryInit",
                                         "declare each variable as <<set $name to value>>"), line)
        name, value_text = match[1], match[2]
        persistent = False
        recall = re.fullmatch(r"recall\(\s*([\"'])(\w+)\1\s*,\s*(.*)\)", value_text)
        if recall:
            value_text, persistent = recall[3], True
        if name == "endings_seen" and recall and value_text == "[]":
            return  # the export's own record of the endings seen
        value: Value
        if re.fullmatch(r"-?\d+", value_text):
            value = int(value_text)
        elif value_text in ("true", "false"):
            value = value_text == "true"
        elif re.fullmatch(r'"[^"\\]*"|\'[^\'\\]*\'', value_text):
            value = value_text[1:-1]
        else:
            self.unsupported(Unsupported(f"the start value `{value_text}` of ${name}",
                                         "start it with a whole number, true/false or a string"),
                             line)
        try:
            ours = self.name(name)
        except Unsupported as error:
            self.unsupported(error, line)
        self.draft.variables.append(DraftVariable(ours, value, persistent, line))

    def name(self, source: str) -> str:
        if source in self.sources:
            return self.sources[source]
        ours = snake_case(source)
        if ours in self.sources.values() or ours in ("and", "or", "not", "true", "false"):
            raise Unsupported(f"the variable ${source} (it becomes {ours}, like another)",
                              "rename one of them")
        self.sources[source] = ours
        if ours != source:
            self.draft.renamed["$" + source] = ours
        return ours

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
        plain: list[DraftOption] = []
        next_link = False
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
            try:
                text, links = self.line(body)
            except Unsupported as error:
                self.unsupported(error, number)
            for link in links:
                if link.target not in names:
                    self.fail(f"the link to {link.target!r} names no passage", number,
                              "link to an existing passage")
                link.line = number
                if info.get("next"):
                    segment.next, segment.way_line, next_link = link.target, number, True
                    continue
                link.id = str(info.get("id", ""))
                link.default = bool(info.get("default", False))
                plain.append(link)
            if text:
                tags = _tags({k: v for k, v in info.items() if k not in ("default",)})
                segment.items.append(DraftItem("text", number, _speaker_text(text, tags), tags))
        if next_link:
            return segment
        if len(plain) == 1 and not (plain[0].condition or plain[0].effects or plain[0].id):
            only = plain[0]
            segment.next, segment.way_line = only.target, only.line
            if not any(only.label in i.text for i in segment.items if i.kind == "text"):
                segment.items.append(DraftItem("text", only.line, only.label))
        elif plain:
            segment.options, segment.way_line = plain, plain[0].line
        elif segment.ending is None:
            segment.ending = (passage.name, "neutral")
        return segment

    def line(self, body: str) -> tuple[str, list[DraftOption]]:
        """A row's text (links replaced by their words when they stand in prose) and the
        links it holds, each with the condition of the ``<<if>>`` around it."""
        if "[img[" in body:
            raise Unsupported("an image link ([img[…]])", "remove the image; pictures come "
                              "from the storyboard")
        if not self.sugarcube and _HARLOWE.search(body):  # a story that does not say
            raise Unsupported(f"a Harlowe macro ({_HARLOWE.search(body)[0]}…)",  # type: ignore[index]
                              "convert the story to SugarCube")
        text: list[str] = []
        prose = False
        links: list[DraftOption] = []
        conditions: list[str] = []
        link: DraftOption | None = None
        pos = 0
        for match in _TOKEN.finditer(body):
            between = body[pos:match.start()]
            pos = match.end()
            if between.strip() and (conditions or link is not None):
                raise Unsupported("text inside <<if>> or <<link>>",
                                  "keep <<if>> around links only; write the text outside")
            text.append(between)
            prose = prose or bool(between.strip())
            if match[4] is not None:
                new = self.markup_link(match[4], match[5])
                new.condition = _join(conditions)
                links.append(new)
                if not conditions:
                    text.append(new.label)
                continue
            closing, name, args = match[1], match[2], match[3]
            if name == "if" and not closing:
                conditions.append(read_condition(args, "sugarcube", self.name))
            elif name == "if":
                conditions.pop() if conditions else None
            elif name == "link" and not closing:
                link = self.macro_link(args)
                link.condition = _join(conditions)
            elif name == "link":
                if link is None or not link.target:
                    raise Unsupported("a <<link>> that goes to no passage",
                                      'give it a passage: <<link "label" "passage">>')
                links.append(link)
                link = None
            elif name == "set" and link is not None:
                link.effects += read_effects(args, "sugarcube", self.name)
            elif name == "goto" and link is not None:
                link.target = _string(args)
            elif name == "run" and link is not None and (
                    memo := re.fullmatch(r'memorize\("(\w+)",\s*\$(\w+)\)', args.strip())):
                self.flags.add(self.name(memo[2]))
            elif name in ("nobr", "silently"):
                continue
            elif name == "set":
                raise Unsupported("a change of state in a passage's text (<<set>> outside a link)",
                                  "set variables in the links that lead here")
            else:
                raise Unsupported(f"the macro <<{name}>>",
                                  "keep to text, links, <<link>>, <<set>> in links and <<if>> "
                                  "around links")
        rest = body[pos:]
        if conditions or link is not None:
            raise Unsupported("an <<if>> or <<link>> left open on its line",
                              "close it on the same line")
        text.append(rest)
        prose = prose or bool(rest.strip())
        words = "".join(text).strip() if prose else ""
        if _NAKED.search(words):
            raise Unsupported(f"a printed variable ({_NAKED.search(words)[0]}…)",  # type: ignore[index]
                              "write the text out; branch with links")
        return html.unescape(words), links

    def markup_link(self, inner: str, setter: str | None) -> DraftOption:
        if "|" in inner:
            label, target = inner.rsplit("|", 1)
        elif "->" in inner:
            label, target = inner.rsplit("->", 1)
        elif "<-" in inner:
            target, label = inner.split("<-", 1)
        else:
            label = target = inner
        if target.strip().startswith("$") or target.strip().startswith("_"):
            raise Unsupported(f"a link to a variable ({target.strip()})",
                              "link to a passage by name")
        option = DraftOption(label=html.unescape(label.strip()),
                             target=target.strip(), line=0)
        if setter:
            option.effects = read_effects(setter, "sugarcube", self.name)
        return option

    def macro_link(self, args: str) -> DraftOption:
        strings = re.findall(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', args)
        if not strings or re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', "", args).strip():
            raise Unsupported(f"the <<link {args.strip()}>> form",
                              'write <<link "label" "passage">>')
        label = html.unescape(_string(strings[0]))
        target = _string(strings[1]) if len(strings) > 1 else ""
        return DraftOption(label=label.strip(), target=target, line=0)


def _string(text: str) -> str:
    text = text.strip()
    if text.startswith("'"):
        text = '"' + text[1:-1].replace('\\"', '"').replace('"', '\\"') + '"'
    try:
        return str(json.loads(text))
    except ValueError:
        raise Unsupported(f"the string {text}", "write a plain quoted string") from None


def _statements(text: str) -> list[str]:
    parts, depth, quote, start = [], 0, "", 0
    for index, char in enumerate(text):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char in ",;" and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [p for p in parts if p.strip()]


def _join(conditions: list[str]) -> str:
    if not conditions:
        return ""
    return render(parse_condition(" and ".join(f"({c})" for c in conditions)))


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
    """A line's words: the ``''Name:''`` the export shows before them dropped when a
    speaker is given, else turned into ``Name:`` for the speaker match."""
    match = re.match(r"^''([^']{1,40}?):''\s*(.*)$", text)
    if match is None:
        return text
    return match[2] if tags.get("speaker") else f"{match[1]}: {match[2]}"


def _unescaped(text: str, char: str) -> int:
    for index in range(len(text) - 1, -1, -1):
        if text[index] == char and (index == 0 or text[index - 1] != "\\"):
            return index
    return -1
