"""Twee 3 export for SugarCube 2 (https://github.com/iftechfoundation/twine-specs).

``StoryTitle``, ``StoryData`` (a UUID v4 ``ifid`` derived from the project, so the
same project always exports the same story and another project another one; format
SugarCube; ``start``), ``StoryInit`` declaring the state, and a passage per segment
named by its id. Choices are ``<<link>>`` macros with ``<<set>>`` effects, wrapped in
``<<if>>`` when they have a condition; a scene that goes straight on has one link.
Flags and the endings seen are kept across playthroughs with SugarCube's
``memorize``/``recall``. What SugarCube has no words for (ids, speakers, places, the
default option, the choice window) rides in comments the player never shows::

    /* microdrama {"id": "ep001-sc01-l01", "speaker": "lead"} */

Text is written with HTML character references where SugarCube would read markup
(``[[``, ``<<``, ``$name``, ``''``, ``//``…), so a line reads exactly as written. The
reader is :mod:`microdrama.formats.twee_parse`.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections import deque

from microdrama.domain.expressions import Const, Effect
from microdrama.domain.script import Beat, Scene
from microdrama.domain.story import Segment
from microdrama.errors import InputError
from microdrama.formats.story_syntax import StorySource, write_effect, write_expression

#: The SugarCube release the export is written for.
SUGARCUBE_VERSION = "2.37.3"
#: Continue link of a scene that goes straight on (the reader knows it by its comment).
NEXT_LABEL = "→"
_MARKUP = re.compile(r"''|//|__|==|~~|\^\^|@@|\{\{\{|\}\}\}|\"\"\"|/\*|\*/|/%|%/|<!--|-->"
                     r"|[&<>\[\]$_\\]")
_LINE_START = re.compile(r"^([!*#>:\-|])")


def story_ifid(seed: str) -> str:
    """A Twine IFID (upper-case UUID version 4) derived from ``seed``."""
    digest = bytearray(hashlib.sha256(seed.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x40
    digest[8] = (digest[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(digest))).upper()


def sugarcube_text(text: str) -> str:
    """``text`` with every character SugarCube would read as markup written as an HTML
    character reference (``&#91;``), so it shows as written."""
    encoded = _MARKUP.sub(lambda m: "".join(f"&#{ord(c)};" for c in m[0]), text)
    return _LINE_START.sub(lambda m: f"&#{ord(m[1])};", encoded)


def meta(data: dict[str, object]) -> str:
    """A comment carrying ``data`` for the reader (hidden when played)."""
    body = json.dumps(data, ensure_ascii=False, separators=(", ", ": ")).replace("*/", "*\\/")
    return f"/* microdrama {body} */"


def story_to_twee(source: StorySource) -> str:
    """The episode of ``source`` as a Twee 3 story for SugarCube."""
    graph, episode = source.graph, source.episode
    data = {"ifid": source.ifid, "format": "SugarCube", "format-version": SUGARCUBE_VERSION,
            "start": graph.start}
    flags = frozenset(v.name for v in graph.variables if v.persistent)
    init: dict[str, object] = {"episode": episode.id, "target": episode.target_seconds}
    if episode.summary.strip():
        init["summary"] = episode.summary.strip()
    out = [":: StoryTitle", graph.title, "", ":: StoryData",
           json.dumps(data, indent=2, ensure_ascii=False), "", ":: StoryInit", meta(init)]
    for variable in graph.variables:
        value = write_expression(Const(variable.default), "sugarcube")
        if variable.persistent:
            value = f"recall({json.dumps(variable.name)}, {value})"
        out.append(f"<<set ${variable.name} to {value}>>")
    out.append('<<set $endings_seen to recall("endings_seen", [])>>')
    scenes = {scene.id: scene for scene in episode.scenes}
    names = {v.name for v in graph.variables}
    if "endings_seen" in names:
        raise InputError("the variable 'endings_seen' is the name the Twee export keeps "
                         "the endings seen in", where=f"episode {episode.id}",
                         fix="rename the variable")
    places = _positions(source)
    for segment in graph.segments:
        x, y = places.get(segment.id, (0, 0))
        position = json.dumps({"position": f"{100 + 200 * x},{100 + 150 * y}"})
        out += ["", f":: {_name(segment.id)} {position}",
                *_passage(segment, scenes.get(segment.id), source, flags)]
    return "\n".join(out) + "\n"


def _name(text: str) -> str:
    return re.sub(r"([\\\[\]{}])", r"\\\1", text)


def _positions(source: StorySource) -> dict[str, tuple[int, int]]:
    """Where Twine draws each passage: a column per step from the start."""
    by_id = source.graph.by_id()
    depth: dict[str, int] = {source.graph.start: 0}
    queue = deque([source.graph.start])
    while queue:
        ident = queue.popleft()
        segment = by_id.get(ident)
        for target in segment.targets() if segment else []:
            if target not in depth:
                depth[target] = depth[ident] + 1
                queue.append(target)
    rows: dict[int, int] = {}
    out = {}
    for segment in source.graph.segments:
        column = depth.get(segment.id, max(depth.values(), default=0) + 1)
        out[segment.id] = (column, rows.get(column, 0))
        rows[column] = rows.get(column, 0) + 1
    return out


def _passage(segment: Segment, scene: Scene | None, source: StorySource,
             flags: frozenset[str]) -> list[str]:
    head: dict[str, object] = {"id": segment.id}
    if scene is not None:
        head.update(location=scene.location, time=scene.time, characters=scene.characters)
        if scene.window_ms is not None:
            head["window"] = scene.window_ms
    lines = [meta(head)]
    for beat in scene.beats if scene is not None else []:
        lines += _beat(beat, source)
    if segment.ending is not None:
        seen = json.dumps(segment.id)
        lines.append(f"<<run $endings_seen.pushUnique({seen}); "
                     f'memorize("endings_seen", $endings_seen)>> '
                     + meta({"ending": segment.ending.title, "kind": segment.ending.kind}))
    elif segment.next is not None:
        lines.append(f"<<link {json.dumps(NEXT_LABEL)} {json.dumps(segment.next)}>><</link>> "
                     + meta({"next": True}))
    elif segment.choice is not None:
        for index, option in enumerate(segment.choice.options):
            sets = "".join(_effect(e, flags) for e in option.changes)
            link = (f"<<link {json.dumps(sugarcube_text(option.label), ensure_ascii=False)} "
                    f"{json.dumps(option.target)}>>{sets}<</link>>")
            if option.when is not None:
                link = f"<<if {write_expression(option.when, 'sugarcube')}>>{link}<</if>>"
            info: dict[str, object] = {"id": option.id}
            if index == segment.choice.default:
                info["default"] = True
            lines.append(f"{link} {meta(info)}")
    return lines


def _effect(effect: Effect, flags: frozenset[str]) -> str:
    text = f"<<set {write_effect(effect, 'sugarcube')}>>"
    if effect.target in flags:
        text += f"<<run memorize({json.dumps(effect.target)}, ${effect.target})>>"
    return text


def _beat(beat: Beat, source: StorySource) -> list[str]:
    marker: dict[str, object] = {"beat": beat.id, "kind": beat.kind}
    if beat.events:
        marker["events"] = [e.model_dump(exclude_defaults=True) for e in beat.events]
    lines = [meta(marker)]
    lines += [sugarcube_text(row.strip()) for row in beat.action.split("\n") if row.strip()]
    for line in beat.lines:
        info: dict[str, object] = {"id": line.id, "speaker": line.speaker}
        if line.id in source.shots:
            info["shot"] = source.shots[line.id]
        if line.emotion != "neutral":
            info["emotion"] = line.emotion
        if line.direction.strip():
            info["direction"] = line.direction
        if line.knows:
            info["knows"] = line.knows
        name = source.names.get(line.speaker, line.speaker)
        lines.append(f"''{sugarcube_text(name)}:'' {sugarcube_text(line.text.strip())} "
                     f"{meta(info)}")
    return lines
