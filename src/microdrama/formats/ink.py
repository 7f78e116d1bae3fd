"""Ink export (inkle's narrative scripting language, https://www.inklestudios.com/ink/).

One knot per segment (scene), named after its id (``ep001-sc02`` → ``ep001_sc02``).
Tags carry what Ink has no words for, so the file reads back into the same episode:

    # title: …  # episode: ep001  # target: 90  # flag: saw_letter      (story, at the top)
    # id: ep001-sc02 # location: study # time: night # window: 8000      (a knot's first line)
    # beat: ep001-sc02-b01 # kind: reversal # events: [...]              (a beat starts)
    He says he saw nothing. # id: ep001-sc02-l01 # speaker: lead # shot: ep001-sh03
    + {trust >= 1} [Forgive him # id: ep001-sc03-c01 # default]          (a choice)
        ~ trust += 1
        -> ep001_sc04
    # ending: Allies # kind: good                                         (an ending)
    -> END

State is ``VAR``; flags are ``VAR`` too (Ink keeps nothing across playthroughs: the
``# flag:`` tags name them). Choices are sticky (``+``): our options are shown whenever
their condition holds. Action is plain narration. The reader is
:mod:`microdrama.formats.ink_parse`.
"""

from __future__ import annotations

import json
import re

from microdrama.domain.expressions import Const
from microdrama.domain.script import Beat, Scene
from microdrama.domain.story import Segment
from microdrama.errors import InputError
from microdrama.formats.story_syntax import (
    INK_RESERVED,
    StorySource,
    Unsupported,
    safe_identifier,
    write_effect,
    write_expression,
)

_LINE_START = re.compile(r"^(\s*)([*+\-=~(]|TODO)")
_TEXT_SPECIAL = re.compile(r"\\|#|\{|\}|\||->|<-|<>|//|/\*")
_CHOICE_SPECIAL = re.compile(r"\\|#|\{|\}|\||->|<-|<>|//|/\*|\[|\]")


def ink_text(text: str, *, choice: bool = False) -> str:
    """``text`` as Ink content: every character Ink would read as markup is escaped."""
    pattern = _CHOICE_SPECIAL if choice else _TEXT_SPECIAL
    escaped = pattern.sub(lambda m: "".join("\\" + c for c in m[0]), text)
    return _LINE_START.sub(lambda m: m[1] + "\\" + m[2], escaped, count=1)


def _tag(key: str, value: str = "", *, choice: bool = False) -> str:
    """`` # key: value`` with the value escaped like text (tags run to the next #); a
    value with line breaks or runs of spaces goes as a JSON string."""
    if not value:
        return f" # {key}"
    if value != " ".join(value.split()) or (value.startswith('"') and value.endswith('"')):
        value = json.dumps(value, ensure_ascii=False)  # line breaks, runs of spaces
    return f" # {key}: {ink_text(value, choice=choice).lstrip()}"


def story_to_ink(source: StorySource) -> str:
    """The episode of ``source`` as an Ink story."""
    return _InkWriter(source).write()


class _InkWriter:
    def __init__(self, source: StorySource) -> None:
        self.source = source
        self.graph = source.graph
        self.scenes = {scene.id: scene for scene in source.episode.scenes}
        taken = {v.name for v in self.graph.variables}
        for variable in self.graph.variables:
            if variable.name in INK_RESERVED:
                raise InputError(f"the variable {variable.name!r} is a word Ink reserves",
                                 where=f"episode {self.graph.id}",
                                 fix="rename it in the episode's state or flags")
        self.knots = {s.id: safe_identifier(s.id, taken, INK_RESERVED, "scene")
                      for s in self.graph.segments}

    def write(self) -> str:
        episode, graph = self.source.episode, self.graph
        out = [f"// {graph.title}: episode {episode.number} exported by microdrama.",
               "// Tags keep the ids, speakers and places, so it imports back unchanged.",
               _tag("title", graph.title).lstrip(),
               _tag("episode", episode.id).lstrip(),
               _tag("target", str(episode.target_seconds)).lstrip()]
        if episode.summary.strip():
            out.append(_tag("summary", episode.summary.strip()).lstrip())
        out += [_tag("flag", v.name).lstrip() for v in graph.variables if v.persistent]
        for variable in graph.variables:
            value = self._value(variable.default, variable.name)
            out.append(f"VAR {variable.name} = {value}")
        out += ["", f"-> {self.knots[graph.start]}" if graph.start in self.knots
                else "-> END"]
        for segment in graph.segments:
            out += ["", *self.knot(segment)]
        return "\n".join(out) + "\n"

    def _value(self, value: bool | int | str, name: str) -> str:
        try:
            return write_expression(Const(value), "ink")
        except Unsupported as error:
            raise InputError(f"the start value of {name!r} cannot be written in Ink: "
                             f"{error.construct}", where=f"episode {self.graph.id}",
                             fix=error.fix) from None

    def knot(self, segment: Segment) -> list[str]:
        scene = self.scenes.get(segment.id)
        head = _tag("id", segment.id)
        if scene is not None:
            head += _tag("location", scene.location) + _tag("time", scene.time)
            head += _tag("characters", ", ".join(scene.characters))
            if scene.window_ms is not None:
                head += _tag("window", str(scene.window_ms))
        lines = [f"=== {self.knots[segment.id]} ===", head.lstrip()]
        if scene is not None:
            for beat in scene.beats:
                lines += self.beat(beat)
        lines += self.way_on(segment, scene)
        return lines

    def beat(self, beat: Beat) -> list[str]:
        marker = _tag("beat", beat.id) + _tag("kind", beat.kind)
        if beat.events:
            events = [e.model_dump(exclude_defaults=True) for e in beat.events]
            marker += _tag("events", json.dumps(events, ensure_ascii=False))
        lines = [marker.lstrip()]
        lines += [ink_text(row.strip()) for row in beat.action.split("\n") if row.strip()]
        for line in beat.lines:
            text = ink_text(line.text.strip()) + _tag("id", line.id) + _tag("speaker", line.speaker)
            if line.id in self.source.shots:
                text += _tag("shot", self.source.shots[line.id])
            if line.emotion != "neutral":
                text += _tag("emotion", line.emotion)
            if line.direction.strip():
                text += _tag("direction", line.direction)
            if line.knows:
                text += _tag("knows", ", ".join(line.knows))
            lines.append(text)
        return lines

    def way_on(self, segment: Segment, scene: Scene | None) -> list[str]:
        if segment.ending is not None:
            return [(_tag("ending", segment.ending.title) + _tag("kind", segment.ending.kind))
                    .lstrip(), "-> END"]
        if segment.next is not None:
            return [f"-> {self._target(segment.next, segment.id)}"]
        if segment.choice is None:
            return ["-> END"]  # a dead end: the checks report it; Ink needs a way out
        lines = []
        for index, option in enumerate(segment.choice.options):
            head = "+ "
            try:
                if option.when is not None:
                    head += "{" + write_expression(option.when, "ink") + "} "
                effects = [f"    ~ {write_effect(e, 'ink')}" for e in option.changes]
            except Unsupported as error:
                raise InputError(f"option {option.id} cannot be written in Ink: "
                                 f"{error.construct}", where=f"episode {self.graph.id}",
                                 fix=error.fix) from None
            label = ink_text(option.label, choice=True)
            label += _tag("id", option.id, choice=True)
            if index == segment.choice.default:
                label += _tag("default")
            lines.append(f"{head}[{label}]")
            lines += effects
            lines.append(f"    -> {self._target(option.target, option.id)}")
        return lines

    def _target(self, target: str, where: str) -> str:
        if target not in self.knots:
            raise InputError(f"{where} goes to {target!r}, which is no scene",
                             where=f"episode {self.graph.id}",
                             fix="fix the target (microdrama review lists it as graph.broken-target)")
        return self.knots[target]
