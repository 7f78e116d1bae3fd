"""Fountain screenplay import and export (https://fountain.io).

Export writes a screenplay any Fountain app can open: a title page, a level-1
section per episode, scene headings, a level-2 section naming each beat's kind,
action, character cues, parentheticals and dialogue. With ``ids=True`` it adds
metadata notes such as ``[[id: ep001-sc01-l03; emotion: angry]]``; renderers hide
notes, and the importer reads them back so the round trip keeps every id.

Import reads that output and ordinary hand-written Fountain. Fountain cannot carry
a line's ``knows`` or a beat's ``events``; they come back empty.

The writer lives here; the parser is in :mod:`microdrama.formats.fountain_parse` and
the vocabulary both share in :mod:`microdrama.formats.fountain_syntax`. Every public
name stays importable from this module.
"""

from __future__ import annotations

import re

from microdrama.domain.bible import Bible
from microdrama.domain.script import Episode, Line, Scene
from microdrama.formats.fountain_parse import parse_fountain as parse_fountain
from microdrama.formats.fountain_syntax import (
    _HEADING,
    _find_character,
    _find_location,
    _is_caps,
    _one_line,
    _strip_extensions,
    emotion_of,
)
from microdrama.formats.fountain_syntax import BEAT_KINDS as BEAT_KINDS
from microdrama.formats.fountain_syntax import DEFAULT_TARGET_SECONDS as DEFAULT_TARGET_SECONDS
from microdrama.formats.fountain_syntax import EMOTIONS as EMOTIONS

_TIME_WORDS = {
    "en": {"day": "DAY", "night": "NIGHT", "dusk": "DUSK", "dawn": "DAWN"},
    "zh": {"day": "日", "night": "夜", "dusk": "黄昏", "dawn": "黎明"},
}
_OUTDOOR_KINDS = {"street", "forest", "village"}
_PLAIN_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9 .'\-]*$")
_SPECIAL_START = tuple("!@#~.=>([")


# ---------------------------------------------------------------- export


def series_to_fountain(bible: Bible, episodes: list[Episode], *, ids: bool = False) -> str:
    """The whole series as one Fountain screenplay; ``ids`` adds metadata notes."""
    blocks = [_title_page(bible)]
    for episode in episodes:
        blocks.extend(_episode_blocks(bible, episode, ids))
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def episode_to_fountain(bible: Bible, episode: Episode, *, ids: bool = False) -> str:
    """One episode as a Fountain screenplay with the series title page."""
    return series_to_fountain(bible, [episode], ids=ids)


def _title_page(bible: Bible) -> list[str]:
    credit = "编剧" if bible.language == "zh" else "Written by"
    # No draft date: the same script must always export to the same bytes.
    return [f"Title: {_one_line(bible.title)}", f"Credit: {credit}", "Author: microdrama"]


def _episode_blocks(bible: Bible, episode: Episode, ids: bool) -> list[list[str]]:
    title = _one_line(episode.title)
    if bible.language == "zh":
        section = f"# 第{episode.number}集 {title}".rstrip()
    else:
        section = f"# Episode {episode.number}: {title}" if title else f"# Episode {episode.number}"
    head = [section]
    if ids:
        head.append(f"[[id: {episode.id}; target: {episode.target_seconds}]]")
    blocks = [head]
    if summary := episode.summary.strip():
        blocks.append([f"= {line.strip()}".rstrip() for line in summary.split("\n")])
    for scene in episode.scenes:
        blocks.append(_scene_heading(bible, scene, ids))
        for beat in scene.beats:
            blocks.append([f"## {beat.kind}"] + ([f"[[id: {beat.id}]]"] if ids else []))
            for paragraph in re.split(r"\n\s*\n", beat.action.strip()):
                lines = [_action_line(bible, line.strip()) for line in paragraph.split("\n")]
                if any(lines):
                    blocks.append([line for line in lines if line])
            blocks.extend(_dialogue_block(bible, line, ids) for line in beat.lines)
    return blocks


def _scene_heading(bible: Bible, scene: Scene, ids: bool) -> list[str]:
    location = next((loc for loc in bible.locations if loc.id == scene.location), None)
    name = _one_line(location.name) if location and location.name.strip() else scene.location
    if bible.language == "zh":
        # Chinese has no INT./EXT. convention, so the heading must be forced with '.'.
        heading = f".{name} - {_TIME_WORDS['zh'][scene.time]}"
    else:
        place = "EXT." if location and location.kind in _OUTDOOR_KINDS else "INT."
        heading = f"{place} {name.upper()} - {_TIME_WORDS['en'][scene.time]}"
    fields = [f"id: {scene.id}"]
    if _find_location(bible, name) != scene.location:
        fields.append(f"location: {scene.location}")
    if scene.characters != _speakers(scene):
        fields.append(f"characters: {', '.join(scene.characters)}")
    return [heading, f"[[{'; '.join(fields)}]]"] if ids else [heading]


def _speakers(scene: Scene) -> list[str]:
    """Who speaks in the scene, in order of first line: what the importer derives."""
    return list(dict.fromkeys(line.speaker for beat in scene.beats for line in beat.lines))


def _action_line(bible: Bible, line: str) -> str:
    """Prefix ``!`` when the line would otherwise parse as another element."""
    name = _strip_extensions(line)  # 'A (a)' reads as the cue 'A', as the parser sees it
    special = line.startswith(_SPECIAL_START) or _HEADING.match(line) or _is_caps(line)
    return "!" + line if special or _is_caps(name) or _find_character(bible, name) else line


def _dialogue_block(bible: Bible, line: Line, ids: bool) -> list[str]:
    character = bible.character(line.speaker)
    name = _one_line(character.name) if character else line.speaker
    simple = _PLAIN_NAME.match(name) and not _HEADING.match(name)
    block = [name.upper() if simple else "@" + name]
    if line.direction.strip():
        block.append(f"({_one_line(line.direction)})")
    # Fountain ends dialogue at a blank line, so blank lines inside a speech are dropped.
    block.extend(text.strip() for text in line.text.split("\n") if text.strip())
    if ids:
        # Said when it is not what the direction's words would give on import.
        heard = emotion_of(line.direction, bible.language) or "neutral"
        emotion = "" if line.emotion == heard else f"; emotion: {line.emotion}"
        block.append(f"[[id: {line.id}{emotion}]]")
    return block
