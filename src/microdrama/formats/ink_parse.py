"""Ink import: an ``.ink`` story read into a :class:`~microdrama.formats.story_draft.DraftStory`.

What is read: knots and stitches, text (``Name: words`` or a ``# speaker:`` tag makes a
line, the rest is action), choices (``*`` once-only, ``+`` sticky, ``[...]`` label-only
text, ``{conditions}``, labels), nested choices, gathers (labelled or not), diverts
(``-> knot``, ``-> knot.stitch``, ``-> label``, ``-> END`` / ``-> DONE``), ``VAR`` and
``~`` changes of state inside a choice, comments, and the tags the Ink export writes.

How the flow becomes segments: a run of text up to a choice, a divert or a gather is one
segment; a choice's own text and what follows it make the segment it leads to; the
``~`` lines of a choice are its option's effects (text cannot read state in what is
read here, so when they run makes no difference); a choice without a divert goes on at
the next gather.

Everything else stops the import with an InputError naming the construct and the line
(:class:`~microdrama.formats.story_syntax.Unsupported`): functions, tunnels, threads,
LIST, CONST, INCLUDE, EXTERNAL, glue, inline logic (``{x}``, ``{a|b}``, ``{c: t}``),
visit counts, ``~`` outside a choice, temporary variables, tags it has no place for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NoReturn

from microdrama.domain.expressions import parse_condition, render
from microdrama.errors import InputError
from microdrama.formats.ink_weave import (
    END,
    Choice,
    Content,
    Gather,
    Logic,
    TagLine,
    Weave,
    parse_weave,
    scan_choice,
    scan_content,
    scan_declaration,
    strip_comments,
)
from microdrama.formats.story_draft import (
    BEAT_TAGS,
    ENDING_TAGS,
    LINE_TAGS,
    SEGMENT_TAGS,
    STORY_TAGS,
    DraftItem,
    DraftOption,
    DraftSegment,
    DraftStory,
    DraftVariable,
)
from microdrama.formats.story_effects import settle_effects
from microdrama.formats.story_formats import load_story_formats
from microdrama.formats.story_syntax import Unsupported, read_condition, read_effects, snake_case
from microdrama.packs import BUILTIN, Packs

_KNOT = re.compile(r"^={2,}\s*(function\s+)?([A-Za-z0-9_]+)\s*(\([^)]*\))?\s*=*\s*$")
_STITCH = re.compile(r"^=(?!=)\s*([A-Za-z0-9_]+)\s*(\([^)]*\))?\s*$")
_CHOICE = re.compile(r"^([*+](?:\s*[*+])*)")
_GATHER = re.compile(r"^((?:-(?!>)\s*)+)")
_TODO = re.compile(r"^TODO\s*:")
_WORD_START = {"INCLUDE": ("INCLUDE (a story split over several files)",
                           "paste the included files into this one"),
               "EXTERNAL": ("an EXTERNAL function (the game's code)",
                            "replace what it does with a variable the choices set"),
               "LIST": ("a LIST", "use one VAR per item (true/false)")}


def parse_ink(text: str, *, file: str, packs: Packs = BUILTIN) -> DraftStory:
    """Read an Ink story; unsupported constructs raise InputError with the line."""
    try:
        return _InkReader(text, file, packs).read()
    except Unsupported as error:  # each is placed at its line; this is the backstop
        raise InputError(f"{error.construct} is not supported in an episode", file=file,
                         fix=error.fix) from None


@dataclass
class _Container:
    """The root, a knot or a stitch: its entries, in order."""

    path: str
    line: int
    entries: list[object] = field(default_factory=list)


class _InkReader:
    def __init__(self, text: str, file: str, packs: Packs) -> None:
        self.file = file
        self.rows = strip_comments(text.removeprefix("\ufeff")).split("\n")
        self.root = _Container("", 1)
        self.knots: dict[str, _Container] = {}
        self.stitches: dict[str, dict[str, _Container]] = {}
        self.labels: dict[str, str] = {}  # label path → container path
        self.draft = DraftStory(file=file, start="")
        self.sources: dict[str, str] = {}  # source variable → ours
        self.aliases: dict[str, tuple[str, int]] = {}
        self.segments: dict[str, DraftSegment] = {}
        self.end_key = ""
        #: CONST name → its value, written in our expression language.
        self.consts: dict[str, str] = {}
        self.pack = load_story_formats(packs)

    def fail(self, problem: str, line: int, fix: str) -> NoReturn:
        raise InputError(problem, file=self.file, where=f"line {line}", fix=fix)

    def unsupported(self, error: Unsupported, line: int) -> NoReturn:
        self.fail(f"{error.construct} is not supported in an episode", error.line or line,
                  error.fix)

    # -- reading lines -------------------------------------------------------------------
    def read(self) -> DraftStory:
        current = self.root
        knot = ""
        flags: list[str] = []
        for index, raw in enumerate(self.rows):
            number, row = index + 1, raw.strip()
            if not row or _TODO.match(row):
                continue
            word = row.split(None, 1)[0]
            try:
                if word in _WORD_START:
                    raise Unsupported(*_WORD_START[word])
                if word in ("VAR", "CONST"):
                    self.variable(row, number)
                    continue
                if match := _KNOT.match(row):
                    if match[1]:
                        raise Unsupported(f"the function {match[2]}",
                                          "write its effect as ~ changes inside choices")
                    if match[3]:
                        raise Unsupported(f"the knot {match[2]} with parameters",
                                          "use a knot without parameters and variables")
                    knot = match[2]
                    if knot in self.knots:
                        self.fail(f"the knot {knot} is defined twice", number, "rename one")
                    current = self.knots[knot] = _Container(knot, number)
                    self.stitches[knot] = {}
                    continue
                if (match := _STITCH.match(row)) and knot:
                    if match[2]:
                        raise Unsupported(f"the stitch {match[1]} with parameters",
                                          "use a stitch without parameters and variables")
                    current = _Container(f"{knot}.{match[1]}", number)
                    self.stitches[knot][match[1]] = current
                    continue
                entry = self.entry(row, number)
            except Unsupported as error:
                self.unsupported(error, number)
            if current is self.root and isinstance(entry, TagLine) and not self.root.entries:
                self.story_tags(entry, flags)
                continue
            current.entries.append(entry)
            for label in _labels(entry):
                self.labels[f"{current.path}:{label}"] = current.path
        for name in flags:
            for variable in self.draft.variables:
                if variable.name == self.sources.get(name, name):
                    variable.persistent = True
        return self.flow()

    def entry(self, row: str, number: int) -> object:
        if match := _CHOICE.match(row):
            bullets = match[1].replace(" ", "").replace("\t", "")
            return scan_choice(row[match.end():], number, len(bullets), sticky="+" in bullets)
        if (match := _GATHER.match(row)) and not row.startswith("->"):
            level = match[1].count("-")
            rest = row[match.end():]
            label = ""
            if lab := re.match(r"^\((\w+)\)\s*", rest):
                label, rest = lab[1], rest[lab.end():]
            content = scan_content(rest, number) if rest.strip() else None
            return Gather(number, level, label, content)
        if row.startswith("~"):
            return Logic(number, row[1:].strip())
        if row.startswith("#"):
            tags = scan_content(row, number).tags
            return TagLine(number, tags)
        return scan_content(row, number)

    def variable(self, row: str, number: int) -> None:
        word, name, text, value = scan_declaration(row, self.consts)
        if name in self.consts or name in self.sources:
            self.fail(f"{name} is declared twice", number, "rename one of them")
        if word == "CONST":  # a constant is its value wherever it is read
            self.consts[name] = text
            return
        ours = snake_case(name)
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", ours) or ours in ("and", "or", "not"):
            self.fail(f"the variable {name} has no name our conditions can read", number,
                      "rename it with letters, digits and _")
        if ours in self.sources.values():
            self.fail(f"the variable {name} becomes {ours}, like another one", number,
                      "rename one of them")
        self.sources[name] = ours
        if ours != name:
            self.draft.renamed[name] = ours
        self.draft.variables.append(DraftVariable(ours, value, False, number))

    def story_tags(self, entry: TagLine, flags: list[str]) -> None:
        player = self.pack.ink.player_story_tags
        for key, value in entry.tags:
            if key in player:
                self.draft.notes.append(f"the tag `# {key}: {value}` (line {entry.line}) is "
                                        f"not kept: it holds {player[key]}, which an "
                                        "episode has no place for")
                continue
            if key not in STORY_TAGS:
                self.fail(f"the tag `# {key}` at the top has no place in an episode",
                          entry.line, f"remove it; the top of the story may carry "
                          f"{', '.join(sorted(STORY_TAGS | set(player)))}")
            if key == "flag":
                flags.append(value)
            else:
                self.draft.meta[key] = value

    # -- flow ------------------------------------------------------------------------------
    def names(self, source: str) -> str:
        if source in self.consts:
            return self.consts[source]
        if source in self.sources:
            return self.sources[source]
        if source in self.knots or any(source in s for s in self.stitches.values()) or \
                any(p.endswith(":" + source) for p in self.labels):
            raise Unsupported(f"the visit count of {source} (read as a number or true/false)",
                              "set a VAR in the choice that leads there and test that")
        raise Unsupported(f"the unknown name {source}", "declare it with VAR")

    def flow(self) -> DraftStory:
        containers = [self.root, *self.knots.values(),
                      *(s for stitches in self.stitches.values() for s in stitches.values())]
        for container in containers:
            if container is self.root and not container.entries:
                continue
            knot, stitch = _split(container.path)
            if container.path in self.knots and not container.entries:
                first = next(iter(self.stitches[knot].values()), None)
                if first is None:
                    self.fail(f"the knot {knot} is empty", container.line,
                              "write its text, or delete it")
                self.aliases[knot] = (first.path, container.line)
                continue
            try:
                weave = parse_weave(container.entries)
            except Unsupported as error:
                self.unsupported(error, container.line)
            except ValueError as error:
                line, _, problem = str(error).partition(":")
                self.fail(problem.strip(), int(line), "nest choices one level at a time")
            entry = self.weave_flow(weave, None, container.path, container.path or "@root",
                                    knot or "The end")
            self.aliases[container.path or "@root"] = (entry, container.line)
        if not self.root.entries:
            self.fail("the story has no start", 1, "write `-> first_knot` at the top")
        start = self.resolve("@root", 1)
        for segment in self.segments.values():
            if segment.next is not None:
                segment.next = self.resolve(segment.next, segment.way_line)
            for option in segment.options:
                option.target = self.resolve(option.target, option.line)
        self.draft.start = start
        ordered = sorted(self.segments.values(), key=lambda s: (s.line, s.key))
        start_segment = self.segments[start]
        self.draft.segments = [start_segment] + [s for s in ordered if s is not start_segment]
        self.draft.notes += settle_effects(self.draft)
        return self.draft

    def resolve(self, target: str, line: int) -> str:
        seen: list[str] = []
        while target not in self.segments:
            if target == END:
                return self.end_segment(line)
            if target in seen:
                self.fail(f"diverts loop with no text between them ({' → '.join(seen)})",
                          line, "put text or a choice on the loop")
            seen.append(target)
            target, line = self.aliases[target]
        return target

    def end_segment(self, line: int) -> str:
        if not self.end_key:
            self.end_key = "END"
            self.segments["END"] = DraftSegment("END", line, ending=("The end", "neutral"))
        return self.end_key

    def divert(self, path: str, scope: str, line: int) -> str:
        """The canonical path a divert names, seen from ``scope`` (a container path)."""
        if path in ("END", "DONE"):
            return END
        knot, stitch = _split(scope)
        parts = path.split(".")
        candidates: list[str] = []
        if len(parts) == 1:
            name = parts[0]
            if stitch:
                candidates.append(f"{knot}.{stitch}:{name}")
            candidates += [f"{knot}:{name}", f"{knot}.{name}", name]
            if not knot:
                candidates.append(f":{name}")
        elif len(parts) == 2:
            a, b = parts
            candidates += [f"{a}.{b}", f"{a}:{b}", f"{knot}.{a}:{b}"]
        elif len(parts) == 3:
            candidates.append(f"{parts[0]}.{parts[1]}:{parts[2]}")
        for candidate in candidates:
            if self._exists(candidate):
                return candidate
        self.fail(f"the divert -> {path} names no knot, stitch or label", line,
                  "divert to a knot, knot.stitch or a label that exists")

    def _exists(self, path: str) -> bool:
        if path in self.labels or path in self.knots:
            return True
        knot, _, stitch = path.partition(".")
        return ":" not in path and bool(stitch) and stitch in self.stitches.get(knot, {})

    def weave_flow(self, weave: Weave, cont: str | None, scope: str, key: str,
                   name: str) -> str:
        entry = cont
        for index in range(len(weave.sections) - 1, -1, -1):
            section = weave.sections[index]
            first_key = key if index == 0 and key else ""
            entry = self.section_flow(section, entry, scope, first_key, name)
            if section.gather is not None and section.gather.label:
                self.aliases[f"{scope}:{section.gather.label}"] = (entry, section.gather.line)
        if entry is None:
            self.fail("the flow runs out here: no divert, choice or gather follows",
                      weave.last_line, "end it with -> END or divert to a knot")
        return entry

    def section_flow(self, section: object, cont: str | None, scope: str, key: str,
                     name: str) -> str:
        items = list(section.items)  # type: ignore[attr-defined]
        gather = section.gather  # type: ignore[attr-defined]
        choices = section.choices  # type: ignore[attr-defined]
        if gather is not None and gather.content is not None:
            items.insert(0, gather.content)
        line = items[0].line if items else (gather.line if gather else
                                            choices[0].entry.line if choices else 0)
        segment = DraftSegment(key or f"{scope or 'root'}@{line}", line)
        divert: tuple[str, int] | None = None
        ending: tuple[str, str] | None = None
        glued: Content | None = None  # a text whose glue waits for the next text
        for item in items:
            if divert is not None:
                self.fail("this is never reached: a divert comes before it", item.line,
                          "move it before the divert, or delete it")
            if isinstance(item, Logic):
                try:
                    segment.effects += [(item.line, e) for e in self._effects(item)]
                except Unsupported as error:
                    self.unsupported(error, item.line)
                continue
            if isinstance(item, TagLine):
                ending = self.tag_line(item, segment, ending)
                continue
            assert isinstance(item, Content)
            if item.text:
                last = segment.items[-1] if segment.items else None
                if glued is not None or item.glue_before is not None:
                    if last is None or last.kind != "text":
                        self._loose_glue(item.line)
                    join = glued.glue_after if glued is not None else item.glue_before
                    last.text += (join or "") + item.text
                    last.tags = {**self.text_item(item).tags, **last.tags}
                else:
                    segment.items.append(self.text_item(item))
                glued = item if item.glue_after is not None else None
            elif item.tags:
                self.fail("tags with no text after them", item.line, "put them on a line of text")
            if item.divert:
                divert = (self.divert(item.divert, scope, item.line), item.line)
        if glued is not None:
            self._loose_glue(glued.line)
        if choices:
            if divert is not None:
                self.fail("these choices are never offered: a divert comes before them",
                          choices[0].entry.line, "remove the divert or the choices")
            segment.options = [self.option(c, cont, scope, name) for c in choices]
            segment.way_line = choices[0].entry.line
        elif divert is not None:
            target, segment.way_line = divert
            if target == END:
                segment.ending = ending or (name.replace("_", " ").strip().capitalize(),
                                            "neutral")
            elif not segment.items and not segment.meta and not segment.effects:
                return target
            else:
                segment.next = target
        else:
            if cont is None:
                self.fail("the flow runs out here: no divert, choice or gather follows",
                          (items[-1].line if items else line),
                          "end it with -> END or divert to a knot")
            if not segment.items and not segment.meta and not segment.effects:
                return cont
            segment.next, segment.way_line = cont, line
        if ending is not None and segment.ending is None:
            self.fail("an ending tag on a scene that does not end", line,
                      "put -> END after it, or remove the tag")
        self.segments[segment.key] = segment
        return segment.key

    def _loose_glue(self, line: int) -> NoReturn:
        self.unsupported(Unsupported(
            "glue (<>) joining text across a divert, a choice or a gather (the joined words "
            "would fall in two scenes)", "write the joined words on one line in one place"),
            line)

    def tag_line(self, item: TagLine, segment: DraftSegment,
                 ending: tuple[str, str] | None) -> tuple[str, str] | None:
        keys = {k for k, _ in item.tags}
        tags = dict(item.tags)
        if "beat" in keys and keys <= BEAT_TAGS:
            segment.items.append(DraftItem("beat", item.line, tags=tags))
        elif "ending" in keys and keys <= ENDING_TAGS:
            return tags["ending"], tags.get("kind", "neutral")
        elif keys <= SEGMENT_TAGS and not segment.items and not segment.meta:
            segment.meta.update(tags)
        else:
            unknown = sorted(keys - SEGMENT_TAGS - BEAT_TAGS - ENDING_TAGS) or sorted(keys)
            self.fail(f"the tag `# {unknown[0]}` has no place in an episode here", item.line,
                      "remove it; a scene's first line may carry # id/location/time/"
                      "characters/window, a beat # beat/kind/events, an ending # ending/kind")
        return ending

    def text_item(self, item: Content) -> DraftItem:
        tags = dict(item.tags)
        unknown = sorted(set(tags) - LINE_TAGS)
        if unknown:
            self.fail(f"the tag `# {unknown[0]}` has no place in an episode", item.line,
                      f"remove it; a line may carry # {', # '.join(sorted(LINE_TAGS))}")
        return DraftItem("text", item.line, item.text, tags)

    def option(self, node: object, cont: str | None, scope: str, name: str) -> DraftOption:
        choice: Choice = node.entry  # type: ignore[attr-defined]
        body: Weave = node.body  # type: ignore[attr-defined]
        tags = dict(choice.tags)
        unknown = sorted(set(tags) - {"id", "default"})
        if unknown:
            self.fail(f"the choice tag `# {unknown[0]}` has no place in an episode",
                      choice.line, "remove it; a choice may carry # id and # default")
        try:
            conditions = [read_condition(c, "ink", self.names) for c in choice.conditions]
            first = body.sections[0]
            logic = [i for i in first.items if isinstance(i, Logic)]
            effects = [e for item in logic for e in self._effects(item)]
        except Unsupported as error:
            self.unsupported(error, choice.line)
        first.items = [i for i in first.items if not isinstance(i, Logic)]
        if choice.output:
            first.items.insert(0, Content(choice.line, choice.output, choice.output_tags, ""))
        elif choice.output_tags:
            self.fail("tags after a choice's brackets with no text to go on", choice.line,
                      "put the choice's tags inside its [brackets]")
        if choice.divert:
            first.items.append(Content(choice.line, "", [], choice.divert))
        target = self.weave_flow(body, cont, scope, "", name)
        if choice.label_name:
            self.aliases[f"{scope}:{choice.label_name}"] = (target, choice.line)
        condition = render(parse_condition(" and ".join(f"({c})" for c in conditions))) \
            if conditions else ""
        return DraftOption(label=choice.label, target=target, line=choice.line,
                           condition=condition, effects=effects, default="default" in tags,
                           id=tags.get("id", ""), once=not choice.sticky)

    def _effects(self, item: Logic) -> list[str]:
        text = item.text
        if re.match(r"temp\b", text):
            raise Unsupported("a temporary variable (~ temp)", "use a VAR")
        if text.startswith("return"):
            raise Unsupported("~ return (a function's result)", "use a VAR")
        return read_effects(text, "ink", self.names)


def _split(path: str) -> tuple[str, str]:
    knot, _, stitch = path.partition(".")
    return knot, stitch


def _labels(entry: object) -> list[str]:
    if isinstance(entry, Gather) and entry.label:
        return [entry.label]
    if isinstance(entry, Choice) and entry.label_name:
        return [entry.label_name]
    return []
