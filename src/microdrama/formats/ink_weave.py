"""The lexical layer of the Ink reader: comments removed, one line scanned into text,
tags and a divert (or a choice into its label, conditions and output), and a knot's
lines nested into a weave — sections separated by gathers, each with its choices, each
choice with the weave of what follows it. :mod:`microdrama.formats.ink_parse` turns the
weave into segments.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from microdrama.domain.expressions import Value
from microdrama.formats.story_syntax import Unsupported

#: A divert to the end of the story (``-> END`` / ``-> DONE``).
END = "@END"

Tags = list[tuple[str, str]]


@dataclass
class Content:
    """A line of text, maybe with tags and a divert at its end, and glue (``<>``) that
    joins it to the text before or after it (with a space when one stood by the glue)."""

    line: int
    text: str
    tags: Tags
    divert: str
    #: Glue at the line's start / end: what joins it to the text before / after ("" or
    #: " ", a space when one stood by the glue); None without glue.
    glue_before: str | None = None
    glue_after: str | None = None


@dataclass
class Choice:
    """A choice line: ``* (label) {condition} start [inside] after # tags -> divert``."""

    line: int
    level: int
    sticky: bool
    label_name: str
    conditions: list[str]
    label: str
    output: str
    tags: Tags
    output_tags: Tags
    divert: str


@dataclass
class Gather:
    """``- (label) content``: where the choices before it come together."""

    line: int
    level: int
    label: str
    content: Content | None


@dataclass
class Logic:
    """A ``~`` line."""

    line: int
    text: str


@dataclass
class TagLine:
    """A line of tags only."""

    line: int
    tags: Tags


@dataclass
class ChoiceNode:
    """A choice and the weave of what follows it."""

    entry: Choice
    body: Weave


@dataclass
class Section:
    """What follows a gather (or the start): text, then choices."""

    gather: Gather | None
    items: list[object] = field(default_factory=list)
    choices: list[ChoiceNode] = field(default_factory=list)


@dataclass
class Weave:
    """Sections at one level of nesting."""

    sections: list[Section]
    last_line: int = 0


def strip_comments(text: str) -> str:
    """``text`` without ``//`` and ``/* */`` comments (line breaks kept, so line numbers
    hold); escaped characters (``\\/``) are left alone."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "\\" and i + 1 < n:
            out.append(text[i:i + 2])
            i += 2
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            block = text[i:] if end < 0 else text[i:end + 2]
            out.append("\n" * block.count("\n"))
            i = n if end < 0 else end + 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


_SEQUENCES = {"&": "a cycle", "~": "a shuffle", "!": "a once-only sequence"}
_BLOCKS = ("stopping", "cycle", "shuffle", "once", "shuffle once", "shuffle stopping")


def _logic_kind(inner: str, *, closed: bool) -> str:
    """What inline logic ``{inner}`` is, named as Writing with Ink names it."""
    body = inner.strip()
    short = body if len(body) <= 30 else body[:29] + "…"
    if not closed:
        head = " ".join(body.rstrip(":").split())
        if body.endswith(":") and head in _BLOCKS:
            return f"a multi-line sequence ({{{head}: …}})"
        if not body or body.startswith("-"):
            return "a multi-line conditional ({ - condition: … - else: … })"
        if body.endswith(":"):
            return f"a multi-line conditional or switch ({{{short} …}})"
        return "a { block that goes on past its line"
    if body[:1] in _SEQUENCES:
        return f"{_SEQUENCES[body[:1]]} ({{{short}}})"
    if ":" in body and "|" not in body.split(":", 1)[0]:
        return f"an inline conditional ({{{short}}})"
    if "|" in body:
        return f"a sequence ({{{short}}})"
    return f"a printed value ({{{short}}})"


@dataclass
class _Scan:
    parts: list[list[str]] = field(default_factory=lambda: [[], [], []])
    tags: list[Tags] = field(default_factory=lambda: [[], [], []])
    divert: str = ""
    brackets: bool = False
    #: Where glue (<>) stood: the length of the text before it.
    glue: list[int] = field(default_factory=list)


def _scan(text: str, *, choice: bool) -> _Scan:
    """Text, tags and divert of one line; in a choice, the parts before, inside and after
    its brackets."""
    scan = _Scan()
    part, i, n = 0, 0, len(text)
    while i < n:
        char = text[i]
        if char == "\\" and i + 1 < n:
            scan.parts[part].append(text[i + 1])
            i += 2
        elif char == "#":
            i = _read_tags(text, i, scan.tags[part], inside=choice and part == 1)
        elif char == "{":
            end = text.find("}", i)
            raise Unsupported(_logic_kind(text[i + 1:end if end > 0 else n], closed=end > 0),
                              "write the text out plainly; branch with choices")
        elif text.startswith("<>", i):
            if choice:
                raise Unsupported("glue (<>) in a choice", "write the choice on one line")
            scan.glue.append(len(scan.parts[0]))
            i += 2
        elif text.startswith("<-", i):
            raise Unsupported("a thread (<-)", "divert to the knot instead, or copy its choices")
        elif text.startswith("->", i):
            scan.divert, i = _read_divert(text, i)
        elif choice and char == "[" and part == 0:
            part, scan.brackets = 1, True
            i += 1
        elif choice and char == "]" and part == 1:
            part = 2
            i += 1
        else:
            scan.parts[part].append(char)
            i += 1
    return scan


def _read_tags(text: str, i: int, tags: Tags, *, inside: bool) -> int:
    """Tags from the ``#`` at ``i`` to the end of the line (or a choice's ``]``)."""
    n = len(text)
    while i < n and text[i] == "#":
        buf: list[str] = []
        i += 1
        while i < n and text[i] != "#" and not (inside and text[i] == "]"):
            if text[i] == "\\" and i + 1 < n:
                buf.append(text[i + 1])
                i += 2
                continue
            if text[i] == "{":
                raise Unsupported("inline logic in a tag", "write the tag out plainly")
            buf.append(text[i])
            i += 1
        raw = "".join(buf).strip()
        key, sep, value = raw.partition(":")
        tags.append((key.strip().lower(), _tag_value(value.strip())) if sep else (raw.lower(), ""))
    return i


def _tag_value(value: str) -> str:
    """A tag's value; one written as a JSON string (line breaks, runs of spaces) decoded."""
    if len(value) > 1 and value.startswith('"') and value.endswith('"'):
        try:
            decoded = json.loads(value)
        except ValueError:
            return value
        if isinstance(decoded, str):
            return decoded
    return value


def _read_divert(text: str, i: int) -> tuple[str, int]:
    if text.startswith("->->", i):
        raise Unsupported("a tunnel return (->->)", "divert on to the next knot instead")
    match = re.compile(r"->\s*([A-Za-z0-9_.]+)\s*").match(text, i)
    if match is None:
        raise Unsupported("a divert with no target", "write -> knot_name")
    i = match.end()
    rest = text[i:]
    if rest.startswith("->"):
        raise Unsupported(f"a tunnel (-> {match[1]} ->)", "divert to the knot and on from there")
    if rest.startswith("("):
        raise Unsupported(f"a divert with arguments (-> {match[1]}(…))",
                          "divert without arguments and use variables")
    if rest.strip() and not rest.lstrip().startswith("#"):
        raise Unsupported(f"text after the divert -> {match[1]}",
                          "put the text before the divert")
    return match[1], i


_DECLARATION = re.compile(r"^(VAR|CONST)\s+([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$")


def scan_declaration(row: str, consts: dict[str, str]) -> tuple[str, str, str, Value]:
    """A ``VAR`` or ``CONST`` row: (the word, the name, the value as our expression
    language writes it, the value); a value naming a CONST is that CONST's."""
    match = _DECLARATION.match(row)
    word = row.split(None, 1)[0]
    if match is None:
        raise Unsupported(f"a {word} declaration that does not read", f"write {word} name = value")
    name, text = match[2], consts.get(match[3], match[3])
    if re.fullmatch(r"-?\d+", text):
        return word, name, text, int(text)
    if text in ("true", "false"):
        return word, name, text, text == "true"
    if re.fullmatch(r'"[^"\\]*"', text):
        return word, name, text, text[1:-1]
    if re.fullmatch(r"-?\d+\.\d*", text):
        raise Unsupported(f"the decimal {word} {name}", "use whole numbers")
    raise Unsupported(f"the value `{text}` of {name} (a list, a divert target or an "
                      "expression)", "start it with a number, true/false or a string")


def scan_content(text: str, line: int) -> Content:
    """A line of text: its words, tags, divert and glue."""
    scan = _scan(text, choice=False)
    words = "".join(scan.parts[0])
    content = Content(line, words.strip(), scan.tags[0], scan.divert)
    for mark in scan.glue:  # glue inside the line joins nothing: only its ends count
        if not words[:mark].strip():
            content.glue_before = " " if words[mark:mark + 1].isspace() else ""
        elif not words[mark:].strip():
            content.glue_after = " " if words[mark - 1:mark].isspace() else ""
    return content


def scan_choice(text: str, line: int, level: int, *, sticky: bool) -> Choice:
    """The part of a choice line after its bullets."""
    rest = text.strip()
    label_name = ""
    if match := re.match(r"^\((\w+)\)\s*", rest):
        label_name, rest = match[1], rest[match.end():]
    conditions = []
    while rest.startswith("{"):
        end = rest.find("}")
        if end < 0:
            raise Unsupported("an unclosed { in a choice", "close the condition with }")
        conditions.append(rest[1:end])
        rest = rest[end + 1:].lstrip()
    scan = _scan(rest, choice=True)
    start, inside, after = ("".join(p) for p in scan.parts)
    label = (start + inside).strip()
    if not label:
        raise Unsupported("a fallback choice (a choice with no text)",
                          "give the choice a label, or divert without a choice")
    output = (start + after).strip() if scan.brackets else label
    if scan.brackets:
        option_tags, output_tags = scan.tags[1], scan.tags[0] + scan.tags[2]
    else:
        option_tags, output_tags = scan.tags[0], []
    return Choice(line, level, sticky, label_name, conditions, label, output, option_tags,
                  output_tags, scan.divert)


def parse_weave(entries: list[object]) -> Weave:
    """Nest a container's entries: choices of level n take what follows them up to the
    next choice or gather of level n or less. Bad nesting is a ValueError
    ``"<line>: problem"``."""
    weave, index = _weave(entries, 0, 1)
    if index < len(entries):
        entry = entries[index]
        raise ValueError(f"{getattr(entry, 'line', 0)}: this choice or gather is nested "
                         "deeper than the one before it")
    return weave


def _weave(entries: list[object], index: int, level: int) -> tuple[Weave, int]:
    weave = Weave([Section(None)])
    while index < len(entries):
        entry = entries[index]
        weave.last_line = getattr(entry, "line", weave.last_line)
        if isinstance(entry, Choice | Gather) and entry.level < level:
            break
        if isinstance(entry, Choice):
            if entry.level > level:
                raise ValueError(f"{entry.line}: a choice of level {entry.level} has no "
                                 f"choice of level {entry.level - 1} before it")
            body, index = _weave(entries, index + 1, level + 1)
            weave.sections[-1].choices.append(ChoiceNode(entry, body))
            weave.last_line = max(weave.last_line, body.last_line)
            continue
        if isinstance(entry, Gather):
            if entry.level > level:
                raise ValueError(f"{entry.line}: a gather of level {entry.level} has no "
                                 f"choices of that level before it")
            weave.sections.append(Section(entry))
        else:
            weave.sections[-1].items.append(entry)
        index += 1
    return weave, index
