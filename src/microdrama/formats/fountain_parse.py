"""Fountain import: reading a screenplay back into episodes.

Owns the parser: one pass over the rows builds drafts of episodes, scenes, beats and
lines; metadata notes such as ``[[id: ep001-sc01-l03; emotion: angry]]`` then restore
ids and values; finally the models are built and checked. It reads the output of
:mod:`microdrama.formats.fountain` and ordinary hand-written Fountain; bad input raises
:class:`~microdrama.errors.InputError` with the line and a fix.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Literal, NoReturn

from pydantic import ValidationError

from microdrama.domain.base import is_id, slugify
from microdrama.domain.bible import Bible
from microdrama.domain.script import Episode, episode_id, next_id
from microdrama.errors import InputError
from microdrama.formats.fountain_syntax import (
    _FIXES,
    _HEADING,
    BEAT_KINDS,
    DEFAULT_TARGET_SECONDS,
    EMOTIONS,
    Newcomers,
    _find_character,
    _find_location,
    _is_caps,
    _one_line,
    _split_cue,
    _strip_extensions,
    emotion_of,
)

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

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SCENE_NUMBER = re.compile(r"#[\w.\-]+#$")
_TITLE_KEY = re.compile(
    r"^(title|credit|authors?|source|draft date|date|contact|copyright|notes|revision)\s*:",
    re.IGNORECASE,
)
_BONEYARD = re.compile(r"/\*(.*?)\*/", re.DOTALL)
_NOTE = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)
_EPISODE_EN = re.compile(
    r"^(?:episode|ep\.?)\s*0*([1-9][0-9]{0,5})(?:\s*[:\-–—]\s*|\s+|$)(.*)$", re.IGNORECASE)
_EPISODE_ZH = re.compile(r"^第\s*0*([1-9][0-9]{0,5})\s*集\s*(.*)$")
# A level-1 section naming a part of an episode (screenplays are written in acts): the
# writer's outline inside the episode, not a new one.
_ACT = re.compile(
    r"^(?:act\b|teaser\b|cold open\b|tag\b|prologue\b|epilogue\b"
    r"|第\s*[0-9一二三四五六七八九十]+\s*幕|序幕|尾声)", re.IGNORECASE)

# Metadata notes: which keys each kind of element takes; other notes are the writer's own.
_NOTE_KEYS = {
    "episode": {"id", "target"},
    "scene": {"id", "location", "characters"},
    "beat": {"id", "kind"},
    "line": {"id", "emotion"},
}
_KIND_OF_KEY = {key: kind for kind, keys in _NOTE_KEYS.items() for key in keys if key != "id"}
_METADATA = re.compile(r"^\s*(id|emotion|target|kind|location|characters)\s*:")
_ID_SHAPE = re.compile(r"-(sc|b|l)[0-9]+[a-z]?$")
_SHAPE_KIND = {"sc": "scene", "b": "beat", "l": "line"}

_CHILDREN = {"episode": "scenes", "scene": "beats", "beat": "lines"}


@dataclass
class _Draft:
    """An episode, scene, beat or line being read: its model fields so far."""

    kind: str
    start: int  # line number where it begins; 0 for an episode with no section
    fields: dict[str, Any]
    children: list[_Draft] = field(default_factory=list)
    note_line: int = 0  # line of the metadata note that gave it an id
    group: int = 0  # beats split by action after dialogue share a group and a kind
    continued: bool = False  # a line started by a parenthetical mid-speech

    def data(self) -> dict[str, Any]:
        """The fields and children as the model expects them."""
        key = _CHILDREN.get(self.kind)
        return {**self.fields, **({key: [child.data() for child in self.children]} if key else {})}


def parse_fountain(
    text: str, *, file: str, bible: Bible | None = None, language: str | None = None,
    newcomers: Newcomers | None = None,
) -> list[Episode]:
    """Read a Fountain screenplay into episodes; bad input raises InputError.

    ``bible`` maps cue names to character ids and heading names to location ids; an
    unknown speaker is then an error. ``language`` defaults to the bible's, else
    Chinese when the text has Chinese characters; in Chinese a plain line naming a
    bible character also counts as a cue, since Chinese has no capitals. With
    ``newcomers``, speakers and places the bible lacks are gathered there, not refused.
    """
    # A byte order mark (Windows editors write one) is no part of the title page.
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if language is None:
        language = bible.language if bible else ("zh" if _CJK.search(text) else "en")
    parser = _Parser(file, bible, language)
    parser.newcomers = newcomers
    return parser.run(text)


class _Parser:
    """One pass over the rows builds drafts; then notes apply; then models are built."""

    def __init__(self, file: str, bible: Bible | None, language: str) -> None:
        self.file, self.bible, self.language = file, bible, language
        self.rows: list[tuple[int, str]] = []
        self.episodes: list[_Draft] = []
        self.pending_summary: list[str] = []
        self.line: _Draft | None = None  # the speech being read, if any
        self.in_paragraph = False
        self.groups = 0
        # Drafts of each kind in document order, with their first lines, so that a
        # note finds the element it follows by bisection.
        self.drafts: dict[str, list[_Draft]] = {kind: [] for kind in _NOTE_KEYS}
        self.starts: dict[str, list[int]] = {kind: [] for kind in _NOTE_KEYS}
        #: Rows of two or more spaces and nothing else: in dialogue, not a blank line.
        self.held_open: set[int] = set()
        self.newcomers: Newcomers | None = None

    def fail(self, problem: str, number: int, fix: str) -> NoReturn:
        raise InputError(problem, file=self.file, where=f"line {max(number, 1)}", fix=_FIXES[fix])

    def run(self, text: str) -> list[Episode]:
        notes = self.clean(text)
        for index, (number, row) in enumerate(self.rows):
            if not row and self.line is not None and number in self.held_open:
                continue  # a row of two spaces keeps the speech going (Fountain's rule)
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
        return self.finish()

    def clean(self, text: str) -> list[tuple[int, str]]:
        """Fill self.rows with stripped lines, minus boneyard, notes and title page."""
        touched: set[int] = set()
        notes: list[tuple[int, str]] = []
        text = _blank_out(_BONEYARD, text, touched, [])
        if "/*" in text:
            opened = text.count("\n", 0, text.index("/*")) + 1
            self.fail("boneyard /* never closed", opened, "boneyard")
        text = _blank_out(_NOTE, text, touched, notes)
        for number, raw in enumerate(text.split("\n"), 1):
            # A line that held only a note or boneyard vanishes rather than turning
            # blank, so a note inside a speech does not end the speech.
            if raw.strip() or number not in touched:
                self.rows.append((number, raw.strip()))
            if len(raw) >= 2 and not raw.strip(" "):
                self.held_open.add(number)
        first = next((i for i, (_, row) in enumerate(self.rows) if row), None)
        if first is None:
            self.fail("no screenplay content", 1, "scene")
        if _TITLE_KEY.match(self.rows[first][1]):  # the title page runs to the first blank line
            end = next((i for i in range(first, len(self.rows)) if not self.rows[i][1]), None)
            self.rows = self.rows[end:] if end is not None else []
        return notes

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
            if row.endswith("<") and len(row) > 1:  # centred text is action, '>X' a transition
                self.action(number, row[1:-1].strip(), continuing)
        elif row.startswith("@"):
            if not followed:
                self.fail(f"character cue {row!r} has no dialogue", number, "cue")
            self.cue(number, row[1:])
        elif blank_before and (forced_heading or _HEADING.match(row)):
            self.heading(number, row)
        elif blank_before and _is_transition(row, followed):
            pass  # transitions are an editor's concern, not the story's
        elif blank_before and followed and self.is_cue(row):
            self.cue(number, row)
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
        if depth == 2 and content.casefold() in BEAT_KINDS:
            self.new_beat(number, content.casefold(), None)
        if depth != 1:
            return  # other sections are the writer's outline
        if _ACT.match(content) and self.episodes:
            return  # an act of the episode it is in
        match = _EPISODE_ZH.match(content) or _EPISODE_EN.match(content)
        episode_number = self.episodes[-1].fields["number"] + 1 if self.episodes else 1
        title = "" if _ACT.match(content) else content  # a screenplay's first act
        if match:
            episode_number, title = int(match[1]), match[2].strip()
        self.new_episode(number, episode_number, title)

    def new_episode(self, start: int, number: int, title: str) -> None:
        fields = {"number": number, "title": title, "target_seconds": DEFAULT_TARGET_SECONDS}
        self.register(_Draft("episode", start, {**fields, "summary": self.pending_summary}))
        self.pending_summary = []

    def synopsis(self, text: str) -> None:
        if not self.episodes:
            self.pending_summary.append(text)
        elif not self.episodes[-1].children:  # later synopses describe scenes, not the episode
            self.episodes[-1].fields["summary"].append(text)

    def heading(self, number: int, row: str) -> None:
        match = _HEADING.match(row)
        rest = row[1:] if row.startswith(".") or match is None else match["rest"]
        name = _SCENE_NUMBER.sub("", rest).strip()
        if not self.episodes:  # no sections: the whole file is one episode
            self.new_episode(0, 1, "")
        scenes = self.episodes[-1].children
        time = scenes[-1].fields["time"] if scenes else "day"
        head, separator, tail = f" {name}".rpartition(" - ")
        word = tail.strip().casefold()
        if separator and (word in _TIME_READ or word in _SAME_TIME):
            name, time = head.strip(), _TIME_READ.get(word, time)
        if not name:
            self.fail("scene heading has no location", number, "place")
        outside = match is not None and row[:3].casefold() in ("ext", "est")
        location = self.place(number, name, outside)
        self.register(_Draft("scene", number, {"location": location, "time": time}), scenes)

    def place(self, number: int, name: str, outside: bool = False) -> str:
        """The bible's location a heading names: by name or id, else the one whose name
        holds the heading's or is held in it (林家大宅 for 林家大宅客厅); one the bible
        does not have is an error here, not when the episode is next read."""
        location = _find_location(self.bible, name)
        if self.bible is None or not self.bible.locations:
            return location
        if location in {known.id for known in self.bible.locations}:
            return location
        folded = name.casefold()
        near = [known for known in self.bible.locations if len(known.name.strip()) >= 2 and (
            known.name.strip().casefold() in folded or folded in known.name.strip().casefold())]
        if not near and self.newcomers is not None:
            return self.newcomers.place(name, outside)
        if not near:
            names = ", ".join(known.name for known in self.bible.locations)
            self.fail(f"unknown place {name!r} (series.yaml has: {names})", number,
                      "unknown place")
        return max(near, key=lambda known: len(known.name)).id

    def scene(self, number: int, what: str) -> _Draft:
        if not self.episodes or not self.episodes[-1].children:
            self.fail(f"{what} before the first scene heading", number, "scene")
        return self.episodes[-1].children[-1]

    def new_beat(self, number: int, kind: str | None, group: int | None) -> _Draft:
        if group is None:
            self.groups += 1
            group = self.groups
        beat = _Draft("beat", number, {"kind": kind, "action": ""}, group=group)
        self.register(beat, self.scene(number, "beat").children)
        return beat

    def action(self, number: int, text: str, continuing: bool) -> None:
        if not text:
            return
        beats = self.scene(number, "action").children
        beat = beats[-1] if beats else self.new_beat(number, None, None)
        if beat.children:
            # Action after dialogue is a new turn of the story: a new beat of the same kind.
            beat = self.new_beat(number, beat.fields["kind"], beat.group)
        before = beat.fields["action"]
        beat.fields["action"] = before + ("\n" if continuing else "\n\n") + text if before else text
        self.in_paragraph = True

    def cue(self, number: int, row: str) -> None:
        """A character cue; its extensions ("V.O.", "O.S.") open the line's direction, so
        the figure on screen does not mouth a voice-over."""
        name, extensions = _split_cue(row)
        if not name:
            self.fail("character cue has no name", number, "speaker")
        speaker = slugify(name) if self.bible is None else _find_character(self.bible, name)
        if speaker is None and self.newcomers is not None:
            speaker = self.newcomers.person(name)
        if speaker is None:
            self.fail(f"unknown character {name!r}", number, "speaker")
        self.add_line(number, speaker, " ".join(extensions), continued=False)

    def add_line(self, number: int, speaker: str, direction: str, continued: bool) -> None:
        beats = self.scene(number, "dialogue").children
        beat = beats[-1] if beats else self.new_beat(number, None, None)
        fields = {"speaker": speaker, "direction": direction, "text": ""}
        self.line = _Draft("line", number, fields, continued=continued)
        self.register(self.line, beat.children)

    def speech(self, number: int, row: str) -> None:
        assert self.line is not None
        fields, row = self.line.fields, _one_line(row)  # tabs and the like are just spaces
        if _CONTROL.search(row):
            self.fail("dialogue holds a control character", number, "control")
        if not _is_parenthetical(row):
            fields["text"] = _join_speech(fields["text"], row)
        elif fields["text"]:  # a parenthetical mid-speech starts a new line by the same speaker
            self.add_line(number, fields["speaker"], row[1:-1].strip(), continued=True)
        else:
            fields["direction"] = f"{fields['direction']} {row[1:-1].strip()}".strip()

    def end_speech(self) -> None:
        line, self.line = self.line, None
        if line is None or line.fields["text"]:
            return
        if not line.continued:
            self.fail("character cue with no dialogue", line.start, "cue")
        # A parenthetical after the last words has nothing left to direct: drop it.
        self.episodes[-1].children[-1].children[-1].children.pop()
        self.drafts["line"].pop()
        self.starts["line"].pop()

    def register(self, draft: _Draft, parent: list[_Draft] | None = None) -> None:
        (self.episodes if parent is None else parent).append(draft)
        self.drafts[draft.kind].append(draft)
        self.starts[draft.kind].append(draft.start)

    def apply_note(self, number: int, content: str) -> None:
        """Restore ids and values from a metadata note onto the element above it."""
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
        shape = _ID_SHAPE.search(fields.get("id", ""))
        kind = _SHAPE_KIND[shape[1]] if shape else "episode"
        kind = kind if "id" in fields else _KIND_OF_KEY[next(iter(fields))]
        if not set(fields) <= _NOTE_KEYS[kind]:
            self.fail(f"{problem}: these keys do not fit together on a {kind}", number, "note")
        position = bisect_right(self.starts[kind], number) - 1
        if position < 0:
            self.fail(f"{problem}: no {kind} comes before it", number, "note")
        draft = self.drafts[kind][position]
        for key, value in fields.items():
            words = [word.strip() for word in value.split(",") if word.strip()]
            checked = words if key == "characters" else [value] if key in ("id", "location") else []
            if not all(is_id(word) for word in checked):
                self.fail(f"invalid id {value!r} in metadata note", number, "id")
            if key == "emotion" and value not in EMOTIONS:
                self.fail(f"unknown emotion {value!r}", number, "emotion")
            if key == "kind" and value not in BEAT_KINDS:
                self.fail(f"unknown beat kind {value!r}", number, "kind")
            if key == "target":
                if not (value.isascii() and value.isdigit() and 10 <= int(value) <= 1200):
                    self.fail(f"target {value!r} is not a number of seconds", number, "target")
                key, value = "target_seconds", int(value)  # type: ignore[assignment]
            draft.fields[key] = words if key == "characters" else value
        draft.note_line = number if "id" in fields else draft.note_line

    def finish(self) -> list[Episode]:
        """Check what only the whole file shows, fill in ids and kinds, build the models."""
        # Restored ids are taken first, so a fresh id never repeats one (next_id is max + 1).
        drafts = self.drafts["scene"] + self.drafts["beat"] + self.drafts["line"]
        taken = {draft.fields["id"] for draft in drafts if "id" in draft.fields}

        def fresh(draft: _Draft, prefix: str, kind: Literal["sc", "b", "l"]) -> str:
            if "id" not in draft.fields:
                draft.fields["id"] = next_id(prefix, kind, taken)
                taken.add(draft.fields["id"])
            return draft.fields["id"]

        episodes: list[Episode] = []
        for episode in self.episodes:
            fields, restored = episode.fields, set[str]()
            ident = fields.setdefault("id", episode_id(fields["number"]))
            where = episode.note_line or episode.start
            if ident in {e.id for e in episodes}:
                self.fail(f"episode id {ident!r} is used twice", where, "id")
            if not episode.children:
                self.fail(f"episode {ident} has no scenes", episode.start, "empty episode")
            groups = [beat.group for scene in episode.children for beat in scene.children]
            for scene in episode.children:
                if not scene.children:
                    self.fail("scene has no content", scene.start, "empty scene")
                lines = [line for beat in scene.children for line in beat.children]
                for item in [scene, *scene.children, *lines]:
                    if item.fields.get("id") in restored:
                        self.fail(f"id {item.fields['id']!r} is used twice", item.note_line, "id")
                    restored.add(item.fields.get("id", ""))
                scene_id = fresh(scene, ident, "sc")
                for beat in scene.children:
                    fresh(beat, scene_id, "b")
                    # Unmarked beats take their kind from where their scene sits in the episode.
                    place = "hook" if beat.group == groups[0] else "escalation"
                    place = "cliffhanger" if beat.group == groups[-1] != groups[0] else place
                    beat.fields["kind"] = beat.fields["kind"] or place
                for line in lines:
                    fresh(line, scene_id, "l")
                    # Without a note, the direction's words say how it is said.
                    felt = emotion_of(line.fields["direction"], self.language)
                    if felt and "emotion" not in line.fields:
                        line.fields["emotion"] = felt
                speakers = dict.fromkeys(line.fields["speaker"] for line in lines)
                scene.fields.setdefault("characters", list(speakers))
            fields["summary"] = "\n".join(fields["summary"])
            try:
                episodes.append(Episode.model_validate(episode.data()))
            except ValidationError as error:  # e.g. a restored id so long a child's overflows
                problem = f"episode {fields['number']} is not valid: {error.errors()[0]['msg']}"
                self.fail(problem, episode.start, "id")
        return episodes


def _join_speech(text: str, row: str) -> str:
    """A speech wrapped over several rows is one line: Chinese joins without a space."""
    if not text:
        return row
    return text + ("" if _CJK.match(row) or _CJK.match(text[-1]) else " ") + row


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
