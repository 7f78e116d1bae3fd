"""Fountain screenplay import and export (https://fountain.io).

Export writes a screenplay any Fountain app can open: a title page, a level-1
section per episode, scene headings, a level-2 section naming each beat's kind,
action, character cues, parentheticals and dialogue. With ``ids=True`` it adds
metadata notes such as ``[[id: ep001-sc01-l03; emotion: angry]]``; renderers hide
notes, and the importer reads them back so the round trip keeps every id.

Import reads that output and ordinary hand-written Fountain. Fountain cannot carry
a line's ``knows`` or a beat's ``events``; they come back empty.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Literal, NoReturn, get_args

from pydantic import ValidationError

from microdrama.domain.base import is_id, slugify
from microdrama.domain.bible import BeatKind, Bible
from microdrama.domain.script import Beat, Emotion, Episode, Line, Scene, episode_id, next_id
from microdrama.errors import InputError

BEAT_KINDS: tuple[str, ...] = get_args(BeatKind)
EMOTIONS: tuple[str, ...] = get_args(Emotion)
DEFAULT_TARGET_SECONDS = 90

_TIME_WORDS = {
    "en": {"day": "DAY", "night": "NIGHT", "dusk": "DUSK", "dawn": "DAWN"},
    "zh": {"day": "日", "night": "夜", "dusk": "黄昏", "dawn": "黎明"},
}
# Hand-written scripts use more words than we write; each maps to the nearest time.
_TIME_READ = {
    word: time
    for time, words in {
        "day": "day morning afternoon noon 日 白天 昼",
        "night": "night 夜 晚 夜晚",
        "dusk": "dusk evening sunset 黄昏 傍晚",
        "dawn": "dawn sunrise 黎明 清晨 凌晨",
    }.items()
    for word in words.split()
}
_SAME_TIME = {"continuous", "later", "moments later", "same", "same time", "同时", "稍后", "接上"}
_OUTDOOR_KINDS = {"street", "forest", "village"}

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HEADING = re.compile(r"^(?:int\./ext|int/ext|i/e|int|ext|est)[. ]\s*(?P<rest>.*)$", re.IGNORECASE)
_SCENE_NUMBER = re.compile(r"\s*#[\w.\-]+#$")
_TITLE_KEY = re.compile(
    r"^(title|credit|authors?|source|draft date|date|contact|copyright|notes|revision)\s*:",
    re.IGNORECASE,
)
_BONEYARD = re.compile(r"/\*(.*?)\*/", re.DOTALL)
_NOTE = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)
_EXTENSION = re.compile(r"\s*\([^()]*\)\s*$")
_EPISODE_EN = re.compile(r"^episode\s+([0-9]{1,6})(?:\s*:\s*|\s+|$)(.*)$", re.IGNORECASE)
_EPISODE_ZH = re.compile(r"^第\s*([0-9]{1,6})\s*集\s*(.*)$")
_PLAIN_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9 .'\-]*$")
_SPECIAL_START = tuple("!@#~.=>([")

# Metadata notes: which keys each kind of element takes; other notes are the writer's own.
_NOTE_KEYS = {
    "episode": {"id", "target"},
    "scene": {"id", "location", "characters"},
    "beat": {"id", "kind"},
    "line": {"id", "emotion"},
}
_KIND_OF_KEY = {
    "target": "episode",
    "location": "scene",
    "characters": "scene",
    "kind": "beat",
    "emotion": "line",
}
_METADATA = re.compile(r"^\s*(id|emotion|target|kind|location|characters)\s*:")
_ID_SHAPE = re.compile(r"-(sc|b|l)[0-9]+[a-z]?$")
_SHAPE_KIND = {"sc": "scene", "b": "beat", "l": "line"}
# How to fix each kind of bad input; error messages end with one of these.
_FIXES = {
    "scene": "add a scene heading such as INT. PLACE - DAY (Chinese: .地点 - 日) above it",
    "note": "write metadata as [[id: ep001-sc01-l03; emotion: angry]]; keys are id, emotion,"
    " target, kind, location and characters",
    "cue": "write the dialogue on the line under the cue, or remove the cue",
    "no cue": "put the speaker's name in capitals (or @Name) on the line above",
    "speaker": "add the character to series.yaml or correct the name",
    "place": "name the place, e.g. INT. HART MANSION - NIGHT or .林家大宅 - 夜",
    "empty scene": "write action or dialogue under the scene heading, or remove it",
    "empty episode": "write a scene under the episode heading, or remove the heading",
    "id": "use lowercase letters, digits and dashes, e.g. ep001-sc01-l03, each id once",
    "target": "write the target running time in seconds from 10 to 1200, e.g. target: 90",
    "boneyard": "close it with */ or remove the /*",
    "number": "number episodes from 1",
    "emotion": "use one of " + ", ".join(EMOTIONS),
    "kind": "use one of " + ", ".join(BEAT_KINDS),
}


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


def _one_line(text: str) -> str:
    return " ".join(text.split())


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
    if episode.summary.strip():
        blocks.append(
            [f"= {line.strip()}".rstrip() for line in episode.summary.strip().split("\n")]
        )
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
    if not line:
        return line
    if (
        line.startswith(_SPECIAL_START)
        or _HEADING.match(line)
        or _is_caps(line)
        or _find_character(bible, _strip_extensions(line))
    ):
        return "!" + line
    return line


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
        emotion = "" if line.emotion == "neutral" else f"; emotion: {line.emotion}"
        block.append(f"[[id: {line.id}{emotion}]]")
    return block


# ---------------------------------------------------------------- shared helpers


def _is_caps(text: str) -> bool:
    return any(ch.isupper() for ch in text) and not any(ch.islower() for ch in text)


def _strip_extensions(cue: str) -> str:
    """``MARA (V.O.) ^`` → ``MARA``: drop dual-dialogue marks and extensions."""
    name = cue.strip().removesuffix("^").strip()
    while match := _EXTENSION.search(name):
        name = name[: match.start()]
    return name.strip()


def _find_character(bible: Bible | None, name: str) -> str | None:
    folded = name.casefold()
    if bible is None or not folded:
        return None
    return next(
        (c.id for c in bible.characters if folded in (c.name.strip().casefold(), c.id)), None
    )


def _find_location(bible: Bible | None, name: str) -> str:
    folded = name.casefold()
    if bible is not None:
        for location in bible.locations:
            if folded in (location.name.strip().casefold(), location.id):
                return location.id
    return slugify(name)


# ---------------------------------------------------------------- import


@dataclass
class _LineDraft:
    start: int
    speaker: str
    direction: str = ""
    text: list[str] = field(default_factory=list)
    continued: bool = False
    id: str | None = None
    note_line: int = 0
    emotion: str = "neutral"


@dataclass
class _BeatDraft:
    start: int
    kind: str | None
    group: int
    paragraphs: list[list[str]] = field(default_factory=list)
    lines: list[_LineDraft] = field(default_factory=list)
    id: str | None = None
    note_line: int = 0


@dataclass
class _SceneDraft:
    start: int
    location: str
    time: str
    beats: list[_BeatDraft] = field(default_factory=list)
    characters: list[str] | None = None
    id: str | None = None
    note_line: int = 0


@dataclass
class _EpisodeDraft:
    start: int
    number: int
    title: str
    summary: list[str]
    scenes: list[_SceneDraft] = field(default_factory=list)
    target: int | None = None
    id: str | None = None
    note_line: int = 0


def parse_fountain(
    text: str, *, file: str, bible: Bible | None = None, language: str | None = None
) -> list[Episode]:
    """Read a Fountain screenplay into episodes; bad input raises InputError.

    ``bible`` maps cue names to character ids and heading names to location ids; an
    unknown speaker is then an error. ``language`` defaults to the bible's, else
    Chinese when the text has Chinese characters; in Chinese a plain line naming a
    bible character also counts as a cue, since Chinese has no capitals.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if language is None:
        language = bible.language if bible else ("zh" if _CJK.search(text) else "en")
    parser = _Parser(file, bible, language)
    return parser.run(text)


class _Parser:
    """One pass over the rows builds drafts; notes are applied; then models are built."""

    def __init__(self, file: str, bible: Bible | None, language: str) -> None:
        self.file, self.bible, self.language = file, bible, language
        self.rows: list[tuple[int, str]] = []
        self.episodes: list[_EpisodeDraft] = []
        self.pending_summary: list[str] = []
        self.line: _LineDraft | None = None  # the speech being read, if any
        self.in_paragraph = False
        self.groups = 0
        # Drafts of each kind in document order with their first lines, so a note
        # finds the element it follows by bisection.
        self.elements: dict[str, list[Any]] = {kind: [] for kind in _NOTE_KEYS}
        self.starts: dict[str, list[int]] = {kind: [] for kind in _NOTE_KEYS}

    def fail(self, problem: str, number: int, fix: str) -> NoReturn:
        raise InputError(problem, file=self.file, where=f"line {max(number, 1)}", fix=_FIXES[fix])

    def run(self, text: str) -> list[Episode]:
        notes = self.clean(text)
        for index, (number, row) in enumerate(self.rows):
            if not row:
                self.end_speech()
                self.in_paragraph = False
            elif self.line is not None:
                self.speech(number, row)
            else:
                self.element(index, number, row)
        self.end_speech()
        if not self.episodes:
            self.fail("no screenplay content", 1, "scene")
        for number, content in notes:
            self.apply_note(number, content)
        return [self.build_episode(draft) for draft in self.check_episodes()]

    def clean(self, text: str) -> list[tuple[int, str]]:
        """Fill self.rows with stripped lines, minus boneyard, notes and title page."""
        touched: set[int] = set()
        notes: list[tuple[int, str]] = []
        text = _blank_out(_BONEYARD, text, touched, [])
        if "/*" in text:
            self.fail(
                "a boneyard /* is never closed",
                text.count("\n", 0, text.index("/*")) + 1,
                "boneyard",
            )
        text = _blank_out(_NOTE, text, touched, notes)
        for number, raw in enumerate(text.split("\n"), 1):
            # A line that held only a note or boneyard vanishes rather than turning
            # blank, so a note inside a speech does not end the speech.
            if raw.strip() or number not in touched:
                self.rows.append((number, raw.strip()))
        first = next((i for i, (_, row) in enumerate(self.rows) if row), None)
        if first is None:
            self.fail("no screenplay content", 1, "scene")
        if _TITLE_KEY.match(self.rows[first][1]):  # the title page runs to the first blank line
            end = next((i for i in range(first, len(self.rows)) if not self.rows[i][1]), None)
            self.rows = self.rows[end:] if end is not None else []
        return notes

    # -- elements

    def element(self, index: int, number: int, row: str) -> None:
        blank_before = index == 0 or not self.rows[index - 1][1]
        followed = index + 1 < len(self.rows) and bool(self.rows[index + 1][1])
        continuing, self.in_paragraph = self.in_paragraph, False
        forced_heading = row.startswith(".") and not row.startswith("..")
        if row[0] in "!~":  # forced action; lyrics are kept as action
            self.action(number, row[1:].strip(), continuing)
        elif row.startswith("#"):
            self.section(number, row)
        elif row.startswith("="):
            if not re.fullmatch(r"={3,}", row):  # '===' is a page break
                self.synopsis(row[1:].strip())
        elif row.startswith(">"):
            if row.endswith("<") and len(row) > 1:  # centred text is action; '>' alone a transition
                self.action(number, row[1:-1].strip(), continuing)
        elif row.startswith("@"):
            if not followed:
                self.fail(f"character cue {row!r} has no dialogue", number, "cue")
            self.cue(number, _strip_extensions(row[1:]))
        elif blank_before and (forced_heading or _HEADING.match(row)):
            self.heading(number, row)
        elif blank_before and _is_transition(row, followed):
            pass  # transitions are an editor's concern, not the story's
        elif blank_before and followed and self.is_cue(row):
            self.cue(number, _strip_extensions(row))
        elif blank_before and followed and _is_parenthetical(row):
            self.fail("dialogue with no character cue", number, "no cue")
        else:
            self.action(number, row, continuing)

    def is_cue(self, row: str) -> bool:
        name = _strip_extensions(row)
        if not name or name.endswith(":"):
            return False
        # Chinese has no capitals: a plain line naming a bible character is a cue too.
        chinese_name = self.language == "zh" and _find_character(self.bible, name) is not None
        return _is_caps(name) or chinese_name

    def section(self, number: int, row: str) -> None:
        depth = len(row) - len(row.lstrip("#"))
        content = row[depth:].strip()
        if depth == 1:
            match = _EPISODE_ZH.match(content) or _EPISODE_EN.match(content)
            episode_number = self.episodes[-1].number + 1 if self.episodes else 1
            title = content
            if match:
                episode_number, title = int(match[1]), match[2].strip()
            if episode_number < 1:
                self.fail("episode number 0", number, "number")
            self.register(
                "episode", _EpisodeDraft(number, episode_number, title, self.pending_summary)
            )
            self.pending_summary = []
        elif depth == 2 and content.casefold() in BEAT_KINDS:
            self.new_beat(number, content.casefold(), None)

    def synopsis(self, text: str) -> None:
        if not self.episodes:
            self.pending_summary.append(text)
        elif not self.episodes[-1].scenes:  # later synopses describe scenes, not the episode
            self.episodes[-1].summary.append(text)

    def heading(self, number: int, row: str) -> None:
        match = _HEADING.match(row)
        rest = row[1:] if row.startswith(".") or match is None else match["rest"]
        name = _SCENE_NUMBER.sub("", rest).strip()
        if not self.episodes:  # no sections: the whole file is one episode
            self.register("episode", _EpisodeDraft(0, 1, "", self.pending_summary))
            self.pending_summary = []
        episode = self.episodes[-1]
        time = episode.scenes[-1].time if episode.scenes else "day"
        head, separator, tail = f" {name}".rpartition(" - ")
        word = tail.strip().casefold()
        if separator and (word in _TIME_READ or word in _SAME_TIME):
            name, time = head.strip(), _TIME_READ.get(word, time)
        if not name:
            self.fail("scene heading has no location", number, "place")
        scene = _SceneDraft(number, _find_location(self.bible, name), time)
        episode.scenes.append(scene)
        self.register("scene", scene)

    def current_scene(self, number: int, what: str) -> _SceneDraft:
        if not self.episodes or not self.episodes[-1].scenes:
            self.fail(f"{what} before the first scene heading", number, "scene")
        return self.episodes[-1].scenes[-1]

    def new_beat(self, number: int, kind: str | None, group: int | None) -> _BeatDraft:
        scene = self.current_scene(number, "beat")
        if group is None:
            self.groups += 1
            group = self.groups
        beat = _BeatDraft(number, kind, group)
        scene.beats.append(beat)
        self.register("beat", beat)
        return beat

    def action(self, number: int, text: str, continuing: bool) -> None:
        if not text:
            return
        scene = self.current_scene(number, "action")
        beat = scene.beats[-1] if scene.beats else None
        if beat is None or beat.lines:
            # Action after dialogue is a new turn of the story: a new beat of the same kind.
            beat = self.new_beat(number, beat and beat.kind, beat and beat.group)
            continuing = False
        if continuing:
            beat.paragraphs[-1].append(text)
        else:
            beat.paragraphs.append([text])
        self.in_paragraph = True

    def cue(self, number: int, name: str) -> None:
        if not name:
            self.fail("character cue has no name", number, "speaker")
        speaker = slugify(name) if self.bible is None else _find_character(self.bible, name)
        if speaker is None:
            self.fail(f"unknown character {name!r}", number, "speaker")
        self.add_line(number, speaker, "", continued=False)

    def add_line(self, number: int, speaker: str, direction: str, continued: bool) -> None:
        scene = self.current_scene(number, "dialogue")
        beat = scene.beats[-1] if scene.beats else self.new_beat(number, None, None)
        self.line = _LineDraft(number, speaker, direction, continued=continued)
        beat.lines.append(self.line)
        self.register("line", self.line)

    def speech(self, number: int, row: str) -> None:
        line = self.line
        assert line is not None
        if not _is_parenthetical(row):
            line.text.append(row)
        elif line.text:  # a parenthetical mid-speech starts a new line by the same speaker
            self.add_line(number, line.speaker, row[1:-1].strip(), continued=True)
        else:
            line.direction = f"{line.direction} {row[1:-1].strip()}".strip()

    def end_speech(self) -> None:
        line, self.line = self.line, None
        if line is None or line.text:
            return
        if not line.continued:
            self.fail("character cue with no dialogue", line.start, "cue")
        # A parenthetical after the last words has nothing left to direct: drop it.
        self.episodes[-1].scenes[-1].beats[-1].lines.pop()
        self.elements["line"].pop()
        self.starts["line"].pop()

    def register(self, kind: str, draft: Any) -> None:
        if kind == "episode":
            self.episodes.append(draft)
        self.elements[kind].append(draft)
        self.starts[kind].append(draft.start)

    # -- metadata notes

    def apply_note(self, number: int, content: str) -> None:
        if not _METADATA.match(content):
            return  # the writer's own note
        problem = f"malformed metadata note [[{_one_line(content)[:60]}]]"
        fields: dict[str, str] = {}
        for part in filter(str.strip, content.split(";")):
            key, colon, value = (piece.strip() for piece in part.partition(":"))
            known = key == "id" or key in _KIND_OF_KEY
            if not colon or not known or key in fields or (not value and key != "characters"):
                self.fail(problem, number, "note")
            fields[key] = value
        if "id" in fields:
            shape = _ID_SHAPE.search(fields["id"])
            kind = _SHAPE_KIND[shape[1]] if shape else "episode"
        else:
            kind = _KIND_OF_KEY[next(iter(fields))]
        if not set(fields) <= _NOTE_KEYS[kind]:
            self.fail(f"{problem}: these keys do not fit together on a {kind}", number, "note")
        position = bisect_right(self.starts[kind], number) - 1
        if position < 0:
            self.fail(f"{problem}: no {kind} comes before it", number, "note")
        draft = self.elements[kind][position]
        for key, value in fields.items():
            words = [word.strip() for word in value.split(",") if word.strip()]
            checked = words if key == "characters" else [value] if key in ("id", "location") else []
            if not all(is_id(word) for word in checked):
                self.fail(f"invalid id {value!r} in metadata note", number, "id")
            if key == "emotion" and value not in EMOTIONS:
                self.fail(f"unknown emotion {value!r}", number, "emotion")
            if key == "kind" and value not in BEAT_KINDS:
                self.fail(f"unknown beat kind {value!r}", number, "kind")
            if key == "target" and not (
                value.isascii() and value.isdigit() and 10 <= int(value) <= 1200
            ):
                self.fail(f"target {value!r} is not a number of seconds", number, "target")
            typed = {"target": int(value) if key == "target" else 0, "characters": words}
            setattr(draft, key, typed.get(key, value))
        if "id" in fields:
            draft.note_line = number

    # -- building the models

    def check_episodes(self) -> list[_EpisodeDraft]:
        seen: set[str] = set()
        for draft in self.episodes:
            draft.id = draft.id or episode_id(draft.number)
            if draft.id in seen:
                self.fail(
                    f"episode id {draft.id!r} is used twice", draft.note_line or draft.start, "id"
                )
            seen.add(draft.id)
            if not draft.scenes:
                self.fail(f"episode {draft.number} has no scenes", draft.start, "empty episode")
            taken: set[str] = set()
            for scene in draft.scenes:
                if not scene.beats:
                    self.fail("scene has no content", scene.start, "empty scene")
                for item in [
                    scene,
                    *scene.beats,
                    *(line for beat in scene.beats for line in beat.lines),
                ]:
                    if item.id and item.id in taken:
                        self.fail(f"id {item.id!r} is used twice", item.note_line, "id")
                    taken.add(item.id or "")
        return self.episodes

    def build_episode(self, draft: _EpisodeDraft) -> Episode:
        ident = draft.id or episode_id(draft.number)
        taken = {
            item.id
            for item in self.elements["scene"] + self.elements["beat"] + self.elements["line"]
            if item.id
        }
        groups = list(dict.fromkeys(beat.group for scene in draft.scenes for beat in scene.beats))

        def fresh(prefix: str, kind: Literal["sc", "b", "l"]) -> str:
            made = next_id(prefix, kind, taken)
            taken.add(made)
            return made

        def beat_kind(beat: _BeatDraft) -> str:
            # Unmarked beats take their kind from where their scene sits in the episode.
            place = groups.index(beat.group)
            if beat.kind or place == 0:
                return beat.kind or "hook"
            return "cliffhanger" if place == len(groups) - 1 else "escalation"

        try:
            scenes = []
            for scene in draft.scenes:
                scene.id = scene.id or fresh(ident, "sc")
                beats = []
                for beat in scene.beats:
                    lines = [
                        Line(
                            id=line.id or fresh(scene.id, "l"),
                            speaker=line.speaker,
                            text="\n".join(line.text),
                            emotion=line.emotion,
                            direction=line.direction,
                        )
                        for line in beat.lines
                    ]
                    action = "\n\n".join("\n".join(paragraph) for paragraph in beat.paragraphs)
                    beats.append(
                        Beat(
                            id=beat.id or fresh(scene.id, "b"),
                            kind=beat_kind(beat),
                            action=action,
                            lines=lines,
                        )
                    )
                speakers = list(
                    dict.fromkeys(line.speaker for beat in beats for line in beat.lines)
                )
                characters = speakers if scene.characters is None else scene.characters
                scenes.append(
                    Scene(
                        id=scene.id,
                        location=scene.location,
                        time=scene.time,
                        characters=characters,
                        beats=beats,
                    )
                )
            summary = "\n".join(draft.summary)
            target = draft.target or DEFAULT_TARGET_SECONDS
            return Episode(
                id=ident,
                number=draft.number,
                title=draft.title,
                target_seconds=target,
                summary=summary,
                scenes=scenes,
            )
        except ValidationError as error:  # e.g. a restored id so long its children overflow
            problem = error.errors()[0]["msg"]
            self.fail(f"episode {draft.number} is not valid: {problem}", draft.start, "id")


def _is_parenthetical(row: str) -> bool:
    return len(row) >= 2 and row.startswith("(") and row.endswith(")")


def _is_transition(row: str, followed: bool) -> bool:
    """``CUT TO:`` anywhere; ``FADE IN:`` and the like when they stand alone."""
    standalone = not followed and (row.endswith(":") or row.startswith("FADE "))
    return _is_caps(row) and (row.endswith("TO:") or standalone)


def _blank_out(
    pattern: re.Pattern[str], text: str, touched: set[int], found: list[tuple[int, str]]
) -> str:
    """Remove every match but keep its newlines, so line numbers stay true."""
    pieces: list[str] = []
    position, line = 0, 1
    for match in pattern.finditer(text):
        line += text.count("\n", position, match.start())
        newlines = match.group().count("\n")
        touched.update(range(line, line + newlines + 1))
        found.append((line, match[1]))
        pieces += [text[position : match.start()], "\n" * newlines]
        line += newlines
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces)
