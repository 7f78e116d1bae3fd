"""Twine 2 HTML: the file Twine itself keeps and gives out — a story's archive (Library >
Archive), a published story (Build > Publish to File, the story format's player around
it) — read as the Twee 3 that Twine's "View as Twee" would write of it.

Twine 2 stores a story as ``<tw-storydata name startnode format format-version ifid
zoom>`` holding ``<tw-passagedata pid name tags position size>`` (the passage text,
HTML-escaped), ``<tw-tag name color>``, and the story's stylesheet and JavaScript in
``<style type="text/twine-css">`` / ``<script type="text/twine-javascript">``
(Twine 2 HTML output specification 1.0). Each becomes its Twee 3 passage (StoryTitle,
StoryData with ``start`` the start node's name, ``[stylesheet]`` / ``[script]``), so
one reader (twee_parse.py) reads both, and every line a message names is the HTML's.

An archive of a whole library holds several stories: refused, naming them (a story
becomes one episode). Twine 1's HTML (``<div tiddler>``) and HTML without a story are
refused with the way to a Twine 2 file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from microdrama.errors import InputError
from microdrama.formats.story_draft import DraftStory
from microdrama.formats.twee_parse import parse_twee
from microdrama.packs import BUILTIN, Packs

#: The characters Twee 3 escapes with a backslash in passage names and tags.
_NAME_ESCAPES = re.compile(r"([\\\[\]{}])")


@dataclass
class _Passage:
    attrs: dict[str, str]
    line: int
    text: list[str] = field(default_factory=list)


@dataclass
class _Story:
    attrs: dict[str, str]
    line: int
    passages: list[_Passage] = field(default_factory=list)
    tags: dict[str, str] = field(default_factory=dict)
    style: list[str] = field(default_factory=list)
    script: list[str] = field(default_factory=list)


class _TwineHtml(HTMLParser):
    """Collects the stories, passages, tag colours, stylesheet and script of the file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stories: list[_Story] = []
        self.passage: _Passage | None = None
        self.code: list[str] | None = None
        self.twine1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        line = self.getpos()[0]
        story = self.stories[-1] if self.stories else None
        if tag == "tw-storydata":
            self.stories.append(_Story(values, line))
        elif tag == "tw-passagedata" and story is not None:
            self.passage = _Passage(values, line)
            story.passages.append(self.passage)
        elif tag == "tw-tag" and story is not None:
            story.tags[values.get("name", "")] = values.get("color", "")
        elif tag == "style" and story is not None and values.get("type") == "text/twine-css":
            self.code = story.style
        elif (tag == "script" and story is not None
              and values.get("type") == "text/twine-javascript"):
            self.code = story.script
        elif tag == "div" and "tiddler" in values:
            self.twine1 = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "tw-passagedata":
            self.passage = None
        elif tag in ("style", "script"):
            self.code = None

    def handle_data(self, data: str) -> None:
        if self.passage is not None:
            self.passage.text.append(data)
        elif self.code is not None:
            self.code.append(data)


def is_twine_html(text: str) -> bool:
    """True when ``text`` holds a Twine 2 story (``<tw-storydata``)."""
    return "<tw-storydata" in text


def twine_html_to_twee(text: str, *, file: str) -> tuple[str, list[int]]:
    """The story of a Twine 2 HTML file as Twee 3, with the HTML line of each Twee line."""
    parser = _TwineHtml()
    parser.feed(text.removeprefix("\ufeff"))
    parser.close()
    if not parser.stories:
        if parser.twine1:
            raise InputError("a Twine 1 story (<div tiddler>): microdrama reads Twine 2",
                             file=file, fix="import it into Twine 2 (Library > Import) and "
                             "archive or publish it from there, or export it with Tweego as "
                             "Twee 3")
        raise InputError("an HTML file with no Twine 2 story in it (no <tw-storydata>)",
                         file=file, fix="give the file Twine 2 publishes (Build > Publish to "
                         "File) or archives, or the story as Twee (Build > Export as Twee)")
    if len(parser.stories) > 1:
        names = ", ".join(repr(s.attrs.get("name", "")) for s in parser.stories)
        raise InputError(f"the file holds {len(parser.stories)} stories ({names}): a story "
                         "is one episode", file=file, where=f"line {parser.stories[1].line}",
                         fix="publish the one story to import (Build > Publish to File), or "
                         "import each from its own file")
    return _twee(parser.stories[0])


def _twee(story: _Story) -> tuple[str, list[int]]:
    rows: list[str] = []
    origin: list[int] = []

    def passage(header: str, line: int, body: str) -> None:
        rows.append(f":: {header}")
        origin.append(line)
        for offset, row in enumerate(body.split("\n")):
            rows.append("\\" + row if row.startswith("::") else row)
            origin.append(line + offset)
        rows.append("")
        origin.append(origin[-1])

    names = {p.attrs.get("pid", ""): p.attrs.get("name", "") for p in story.passages}
    data: dict[str, object] = {"ifid": story.attrs.get("ifid", "")}
    for key in ("format", "format-version"):
        if story.attrs.get(key):
            data[key] = story.attrs[key]
    start = names.get(story.attrs.get("startnode", ""))
    if start:
        data["start"] = start
    if colours := {name: colour for name, colour in story.tags.items() if name and colour}:
        data["tag-colors"] = colours
    passage("StoryTitle", story.line, story.attrs.get("name", ""))
    passage("StoryData", story.line, json.dumps(data, ensure_ascii=False, indent=2))
    if "".join(story.style).strip():
        passage("Story Stylesheet [stylesheet]", story.line, "".join(story.style))
    if "".join(story.script).strip():
        passage("Story JavaScript [script]", story.line, "".join(story.script))
    for item in story.passages:
        header = _escape(item.attrs.get("name", ""))
        if tags := item.attrs.get("tags", "").split():
            header += " [" + " ".join(_escape(tag) for tag in tags) + "]"
        meta = {key: item.attrs[key] for key in ("position", "size") if item.attrs.get(key)}
        if meta:
            header += " " + json.dumps(meta, separators=(",", ":"))
        passage(header, item.line, "".join(item.text))
    return "\n".join(rows) + "\n", origin


def _escape(name: str) -> str:
    return _NAME_ESCAPES.sub(r"\\\1", name)


def parse_twine_html(text: str, *, file: str, packs: Packs = BUILTIN) -> DraftStory:
    """Read the story of a Twine 2 archive or published HTML file (as its Twee 3);
    lines in messages are the HTML file's."""
    twee, origin = twine_html_to_twee(text, file=file)
    return parse_twee(twee, file=file, packs=packs, lines=origin)
