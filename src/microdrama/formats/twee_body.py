"""What the passage readers of the Twine story formats share (twee_sugarcube.py,
twee_harlowe.py, twee_chapbook.py): the result of reading one row of a passage, what a
reader is given, and the link markup they all read.

A reader reads a passage row by row (its comments already removed), keeping what is
open across rows (an ``<<if>>``, a Harlowe hook, a Chapbook ``[if]`` section), and
returns per row the text shown, the links (each with the condition of the blocks around
it and the effects it sets), the changes of state made as the passage plays (ours, in
order) and a redirect (``<<goto>>``, ``(goto:)``) if the passage moves on by itself.
What it cannot carry it raises as :class:`~microdrama.formats.story_syntax.Unsupported`.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from microdrama.domain.expressions import parse_condition, render
from microdrama.formats.story_draft import DraftOption
from microdrama.formats.story_formats import StoryFormatsPack, Table, TweeFormat
from microdrama.formats.story_syntax import Unsupported


@dataclass
class RowResult:
    """What one row of a passage holds."""

    text: str = ""
    links: list[DraftOption] = field(default_factory=list)
    #: Changes of state as the passage plays, ours (``has_key = true``), in order.
    effects: list[str] = field(default_factory=list)
    #: A passage the story moves on to by itself (``<<goto>>``, ``(goto:)``).
    redirect: str | None = None


class PassageReader(Protocol):
    """Reads one passage, row by row."""

    def row(self, number: int, text: str) -> RowResult:
        """The row ``text`` at line ``number`` (comments removed, not empty)."""

    def finish(self) -> None:
        """The passage is over: raise Unsupported for a block left open."""


@dataclass
class TweeContext:
    """What a passage reader is given: the format, the pack (to name refused
    constructs), the story's variable names and the flags found."""

    story_format: TweeFormat
    pack: StoryFormatsPack
    #: A variable as the story writes it (``hasKey``) → ours (``has_key``).
    name: Callable[[str], str]
    #: Variables kept across playthroughs (SugarCube's ``memorize``).
    flags: set[str]
    #: The passage is a start-up passage (``StoryInit``, ``startup``): state only.
    init: bool = False

    def refused(self, table: Table, name: str, shown: str, fallback: str,
                fix: str) -> Unsupported:
        """The Unsupported for the construct ``name`` (written ``shown``): with what it does
        when the format defines it, else ``fallback``."""
        known = self.pack.refusal(self.story_format, table, name, shown)
        return known or Unsupported(f"{shown} ({fallback})", fix)


def link_end(text: str, start: int) -> int:
    """The index just past the ``]]`` closing the link markup opening at ``start``
    (``[[``), brackets inside it balanced; -1 when it does not close."""
    depth, index = 0, start + 2
    while index < len(text):
        char = text[index]
        if char == "[":
            depth += 1
        elif char == "]":
            if depth == 0 and text.startswith("]]", index):
                return index + 2
            if depth == 0 and text.startswith("][", index):  # SugarCube's setter
                index += 2
                depth = 0
                continue
            depth = max(0, depth - 1)
        index += 1
    return -1


def split_link(inner: str, *, pipe: bool) -> tuple[str, str]:
    """(label, target) of link markup's inside. With ``pipe`` (SugarCube, Chapbook,
    Snowman) the last ``|`` comes first; then the rightmost ``->``, else the leftmost
    ``<-``; then a ``|`` (Harlowe's legacy ``[[label|passage]]``, which it reads only
    when no arrow is there); else the target alone."""
    if pipe and "|" in inner:
        label, target = inner.rsplit("|", 1)
    elif "->" in inner:
        label, target = inner.rsplit("->", 1)
    elif "<-" in inner:
        target, label = inner.split("<-", 1)
    elif "|" in inner:
        label, target = inner.rsplit("|", 1)
    else:
        label = target = inner
    target = target.strip()
    if target.startswith(("$", "_")) or target.startswith("("):
        raise Unsupported(f"a link to a variable or an expression ({target})",
                          "link to a passage by name")
    if re.match(r"^[a-z][a-z0-9+.-]*://", target, re.I):
        raise Unsupported(f"a link to a web page ({target})", "link to a passage by name")
    return html.unescape(label.strip()), target


def quoted(text: str) -> list[str]:
    """The quoted strings in ``text``, decoded (double or single quotes)."""
    return [string_value(m) for m in
            re.findall(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', text)]


def unquoted_rest(text: str) -> str:
    """``text`` without its quoted strings."""
    return re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', "", text)


def string_value(text: str) -> str:
    """A quoted string's value."""
    text = text.strip()
    if text.startswith("'"):
        text = '"' + text[1:-1].replace('\\"', '"').replace('"', '\\"') + '"'
    try:
        return str(json.loads(text))
    except ValueError:
        raise Unsupported(f"the string {text}", "write a plain quoted string") from None


def all_of(conditions: list[str]) -> str:
    """Our conditions joined with ``and`` ('' for none)."""
    conditions = [c for c in conditions if c]
    if not conditions:
        return ""
    return render(parse_condition(" and ".join(f"({c})" for c in conditions)))


def none_of(conditions: list[str]) -> str:
    """The condition that none of ``conditions`` holds (an else branch)."""
    return all_of([f"not ({c})" for c in conditions if c])


def one_line(text: str) -> str:
    """A construct's words for a message: one line, at most 40 characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= 40 else flat[:39] + "…"


@dataclass
class Sentence:
    """What a conditional block shows: its words (a link's label among them) and its
    links. Words with exactly one link are that option's label, as the viewer reads it
    (``[if hasKey]You could [[unlock it->Study]].`` → "You could unlock it."); words
    with none or several links would show only sometimes, which an episode cannot."""

    line: int
    words: list[str] = field(default_factory=list)
    links: list[DraftOption] = field(default_factory=list)
    prose: bool = False

    def say(self, text: str) -> None:
        """Words of the block outside its links."""
        self.words.append(text)
        self.prose = self.prose or bool(text.strip())

    def link(self, option: DraftOption) -> None:
        """A link of the block."""
        self.words.append(option.label)
        self.links.append(option)

    def close(self, block: str) -> None:
        """The block is over: its words become its one link's label, or are refused."""
        if not self.prose:
            return
        label = " ".join("".join(self.words).split())
        if len(self.links) != 1:
            raise Unsupported(f"text inside {block} (it would show only sometimes)",
                              f"keep {block} around links only, or around one sentence "
                              "with its link; write other text outside", line=self.line)
        self.links[0].label = label
