"""Ren'Py export (https://www.renpy.org/doc/html/): a ``.rpy`` script.

A ``Character`` per speaker, ``default`` for the story state, ``default persistent.…``
for flags and for the set of endings seen (Ren'Py keeps ``persistent`` across
playthroughs), a ``label`` per segment (``ep001-sc02`` → ``ep001_sc02``), action as
narration, each line said by its character with its id in a comment, a ``menu:`` whose
options carry their condition (``"Forgive him" if trust >= 1:``) and effects (``$ …``),
``jump`` to go on and ``return`` at an ending. Ren'Py menus have no timeout: the choice
window and the default option are written as a comment above the menu.
"""

from __future__ import annotations

import keyword

from microdrama.domain.script import Beat, Scene
from microdrama.domain.story import Segment
from microdrama.errors import InputError
from microdrama.formats.story_syntax import (
    RENPY_RESERVED,
    StorySource,
    safe_identifier,
    write_effect,
    write_expression,
)

_INDENT = "    "


def renpy_string(text: str) -> str:
    """``text`` as a Ren'Py string literal: quotes and backslashes escaped, ``[`` and ``{``
    doubled so no interpolation or text tag is read into it."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("[", "[[").replace("{", "{{")
    return f'"{escaped}"'


def story_to_renpy(source: StorySource) -> str:
    """The episode of ``source`` as a Ren'Py script."""
    return _RenpyWriter(source).write()


class _RenpyWriter:
    def __init__(self, source: StorySource) -> None:
        self.source = source
        self.graph = source.graph
        self.flags = frozenset(v.name for v in self.graph.variables if v.persistent)
        for variable in self.graph.variables:
            if keyword.iskeyword(variable.name) or variable.name in RENPY_RESERVED:
                raise InputError(f"the variable {variable.name!r} is a name Python or "
                                 "Ren'Py reserves", where=f"episode {self.graph.id}",
                                 fix="rename it in the episode's state or flags")
        taken = {v.name for v in self.graph.variables} | set(RENPY_RESERVED)
        self.labels = {s.id: safe_identifier(s.id, taken, RENPY_RESERVED, "scene")
                       for s in self.graph.segments}
        speakers = sorted({line.speaker for scene in source.episode.scenes
                           for beat in scene.beats for line in beat.lines})
        self.characters = {who: safe_identifier(who, taken, RENPY_RESERVED, "character")
                           for who in speakers}
        self.scenes = {scene.id: scene for scene in source.episode.scenes}

    def write(self) -> str:
        graph, episode = self.graph, self.source.episode
        out = [f"# {graph.title}: episode {episode.number} ({episode.id}) exported by microdrama.",
               "# Each line's id is in the comment after it.", ""]
        for who, name in self.characters.items():
            shown = self.source.names.get(who, who)
            out.append(f"define {name} = Character({renpy_string(shown)})  # {who}")
        out.append("")
        for variable in graph.variables:
            value = write_expression_value(variable.default)
            store = "persistent." if variable.persistent else ""
            out.append(f"default {store}{variable.name} = {value}")
        out += ["default persistent.endings_seen = set()", "", "label start:",
                f"{_INDENT}jump {self.labels[graph.start]}" if graph.start in self.labels
                else f"{_INDENT}return"]
        for segment in graph.segments:
            out += ["", f"label {self.labels[segment.id]}:  # {segment.id}"]
            scene = self.scenes.get(segment.id)
            body = self.beats(scene) + self.way_on(segment)
            out += [_INDENT + row for row in body]
        return "\n".join(out) + "\n"

    def beats(self, scene: Scene | None) -> list[str]:
        rows: list[str] = []
        for beat in scene.beats if scene is not None else []:
            rows += self.beat(beat)
        return rows

    def beat(self, beat: Beat) -> list[str]:
        rows = [f"# {beat.id} ({beat.kind})"]
        rows += [renpy_string(row.strip()) for row in beat.action.split("\n") if row.strip()]
        for line in beat.lines:
            comment = line.id + (f", {line.emotion}" if line.emotion != "neutral" else "")
            if line.id in self.source.shots:
                comment += f", shot {self.source.shots[line.id]}"
            rows.append(f"{self.characters[line.speaker]} {renpy_string(line.text.strip())}"
                        f"  # {comment}")
        return rows

    def way_on(self, segment: Segment) -> list[str]:
        if segment.ending is not None:
            return [f"# ending: {segment.ending.title} ({segment.ending.kind})",
                    f"$ persistent.endings_seen.add({segment.id!r})", "return"]
        if segment.next is not None:
            return [f"jump {self._label(segment.next, segment.id)}"]
        if segment.choice is None:
            return ["return"]
        choice = segment.choice
        default = (choice.options[choice.default].label if choice.default < len(choice.options)
                   else "the first shown")
        rows = [f"# choice window {choice.window_ms} ms; on timeout: {default}", "menu:"]
        for option in choice.options:
            head = renpy_string(option.label)
            if option.when is not None:
                head += f" if {write_expression(option.when, 'python', self.flags)}"
            rows.append(f"{_INDENT}{head}:  # {option.id}")
            rows += [f"{_INDENT * 2}$ {write_effect(e, 'python', self.flags)}"
                     for e in option.changes]
            rows.append(f"{_INDENT * 2}jump {self._label(option.target, option.id)}")
        return rows

    def _label(self, target: str, where: str) -> str:
        if target not in self.labels:
            raise InputError(f"{where} goes to {target!r}, which is no scene",
                             where=f"episode {self.graph.id}",
                             fix="fix the target (microdrama review lists it as graph.broken-target)")
        return self.labels[target]


def write_expression_value(value: bool | int | str) -> str:
    """A start value as a Python literal."""
    if isinstance(value, bool):
        return "True" if value else "False"
    return repr(value)
