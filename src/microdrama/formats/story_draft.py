"""An imported story before it is an episode: what the Ink and Twee readers produce
(:class:`DraftStory`) and :func:`build_episode`, which makes the episode script from it —
ids kept from the file's tags or given as a build would give them, speakers matched to
the bible, places checked, the story state declared.

Ids: an id the file carries (``# id:`` in Ink, the JSON comments of a Twee export) is
kept; when the story is imported as another episode number its episode prefix follows
(``ep001-sc02`` → ``ep003-sc02``). Everything without one gets the next free id the way
``build`` assigns them (``next_id``: max + 1 under its scene), so a later build writes
nothing new. A knot or passage name is not an id: which scene each became is returned.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal, NoReturn

from pydantic import ValidationError

from microdrama.domain.base import is_id
from microdrama.domain.bible import Bible
from microdrama.domain.branching import Choice, Ending
from microdrama.domain.expressions import Value, parse_condition, render
from microdrama.domain.ledger import LedgerEvent
from microdrama.domain.script import Beat, Episode, Line, Scene, episode_id, next_id
from microdrama.errors import InputError

#: Tags a text line may carry, a beat marker, a segment, the story.
LINE_TAGS = frozenset({"id", "speaker", "emotion", "direction", "knows", "shot"})
BEAT_TAGS = frozenset({"beat", "kind", "events"})
SEGMENT_TAGS = frozenset({"id", "location", "time", "characters", "window"})
ENDING_TAGS = frozenset({"ending", "kind"})
STORY_TAGS = frozenset({"title", "episode", "target", "summary", "flag"})
DEFAULT_TARGET_SECONDS = 90


@dataclass
class DraftItem:
    """A piece of a segment in reading order: a beat marker or a text (action or line)."""

    kind: Literal["beat", "text"]
    line: int
    text: str = ""
    tags: dict[str, str] = field(default_factory=dict)


@dataclass
class DraftOption:
    """An option as read: its target is a segment key."""

    label: str
    target: str
    line: int
    condition: str = ""
    effects: list[str] = field(default_factory=list)
    default: bool = False
    id: str = ""
    #: Ink's once-only choice (``*``): hidden once taken.
    once: bool = False


@dataclass
class DraftSegment:
    """A segment as read: ``key`` is the source's name for it (a knot, stitch or passage)."""

    key: str
    line: int
    items: list[DraftItem] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    next: str | None = None
    options: list[DraftOption] = field(default_factory=list)
    ending: tuple[str, str] | None = None
    way_line: int = 0
    #: Changes of state as the segment plays, ours, in order, with their lines (Ink's
    #: ``~`` outside a choice, SugarCube's ``<<set>>`` in a passage…): they become
    #: effects of every way into it (formats/story_effects.py).
    effects: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class DraftVariable:
    """A declared variable: our name, its start, kept across playthroughs or not."""

    name: str
    value: Value
    persistent: bool
    line: int


@dataclass
class DraftStory:
    """A whole imported story."""

    file: str
    start: str
    segments: list[DraftSegment] = field(default_factory=list)
    variables: list[DraftVariable] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    #: Variables renamed on the way in (source name → ours).
    renamed: dict[str, str] = field(default_factory=dict)
    #: What the reader left out on purpose (a stylesheet, an author tag), for the user.
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class BuiltEpisode:
    """The episode made from a draft, which scene each source segment became, and notes
    about defaults taken (a place, beat kinds)."""

    episode: Episode
    scenes: dict[str, str]
    notes: list[str]


def draft_number(draft: DraftStory) -> int | None:
    """The episode number the file's ``episode`` tag names (``ep003`` → 3), if any."""
    tag = draft.meta.get("episode", "")
    return int(tag[2:]) if tag.startswith("ep") and tag[2:].isdigit() and int(tag[2:]) else None


def build_episode(draft: DraftStory, bible: Bible, number: int) -> BuiltEpisode:
    """The episode script of ``draft`` as episode ``number`` of the series ``bible``."""
    return _Builder(draft, bible, number).build()


class _Builder:
    def __init__(self, draft: DraftStory, bible: Bible, number: int) -> None:
        self.draft, self.bible, self.number = draft, bible, number
        self.ident = episode_id(number)
        self.notes: list[str] = []
        self.taken: set[str] = set()
        self.scene_of: dict[str, str] = {}
        self.where: dict[str, int] = {}  # restored id → line
        self.unplaced: list[str] = []  # scenes the file gives no location

    def fail(self, problem: str, line: int, fix: str) -> NoReturn:
        raise InputError(problem, file=self.draft.file, where=f"line {line}", fix=fix)

    # -- ids ----------------------------------------------------------------------------
    def restored(self, value: str, line: int) -> str:
        """An id from the file, checked and moved to this episode's prefix."""
        old = self.draft.meta.get("episode", "")
        if old and old != self.ident and (value == old or value.startswith(old + "-")):
            value = self.ident + value[len(old):]
        if not is_id(value):
            self.fail(f"{value!r} is not an id", line,
                      "use lowercase letters, digits and dashes, e.g. ep001-sc01-l03")
        if value in self.where:
            self.fail(f"the id {value!r} is used twice (also at line {self.where[value]})",
                      line, "give each scene, beat, line and choice its own id")
        self.where[value] = line
        self.taken.add(value)
        return value

    def fresh(self, prefix: str, kind: Literal["sc", "b", "l", "c"]) -> str:
        new = next_id(prefix, kind, self.taken)
        self.taken.add(new)
        return new

    def build(self) -> BuiltEpisode:
        draft = self.draft
        if not draft.segments:
            raise InputError("the story has no content", file=draft.file,
                             fix="write at least one knot or passage")
        self.notes += draft.notes
        # Restored ids first, so a fresh id never repeats one.
        for segment in draft.segments:
            if "id" in segment.meta:
                self.scene_of[segment.key] = self.restored(segment.meta["id"], segment.line)
            for item in segment.items:
                key = "beat" if item.kind == "beat" else "id"
                if item.tags.get(key):
                    item.tags[key] = self.restored(item.tags[key], item.line)
            for option in segment.options:
                if option.id:
                    option.id = self.restored(option.id, option.line)
        for segment in draft.segments:
            if segment.key not in self.scene_of:
                self.scene_of[segment.key] = self.fresh(self.ident, "sc")
        self.title = self._title()
        once = self._once_variables()
        scenes = [self.scene(segment, index) for index, segment in enumerate(draft.segments)]
        if self.unplaced:
            self.notes.append(f"{len(self.unplaced)} scene(s) name no location and are placed "
                              f"at {self.bible.locations[0].id}: {', '.join(self.unplaced)}")
        state: dict[str, Value] = {v.name: v.value for v in draft.variables if not v.persistent}
        state.update(once)
        flags = {v.name: v.value for v in draft.variables if v.persistent}
        linear = self._linear(scenes, state, flags)
        if linear:
            for scene in scenes:
                scene.next, scene.ending = None, None
        target = draft.meta.get("target", "")
        data: dict[str, Any] = {
            "id": self.ident, "number": self.number, "title": self.title,
            "target_seconds": int(target) if target.isdigit() else DEFAULT_TARGET_SECONDS,
            "summary": draft.meta.get("summary", ""), "scenes": scenes,
            "state": state, "flags": flags}
        try:
            episode = Episode.model_validate(data)
        except ValidationError as error:
            first = error.errors()[0]
            place = ".".join(str(p) for p in first["loc"])
            raise InputError(f"the imported episode is not valid: {place}: {first['msg']}",
                             file=draft.file, fix="correct that part of the story") from None
        return BuiltEpisode(episode, dict(self.scene_of), self.notes)

    def _title(self) -> str:
        title = " ".join(self.draft.meta.get("title", "").split())
        if not title:
            stem = self.draft.file.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
            title = stem.replace("_", " ").replace("-", " ").strip() or self.ident
            self.notes.append(f"no title in the file: the episode is titled {title!r}")
        return title

    # -- once-only choices -----------------------------------------------------------------
    def _once_variables(self) -> dict[str, Value]:
        """Ink's once-only choices whose way leads back to them become a condition on a
        variable the option sets; where no path returns they need none."""
        targets = {s.key: ([s.next] if s.next else []) + [o.target for o in s.options]
                   for s in self.draft.segments}
        added: dict[str, Value] = {}
        for segment in self.draft.segments:
            for option in segment.options:
                if not option.once or not _reaches(option.target, segment.key, targets):
                    continue
                if not option.id:
                    option.id = self.fresh(self.scene_of[segment.key], "c")
                name = option.id.replace("-", "_") + "_taken"
                if len(name) > 40:
                    name = "taken_" + str(len(added) + 1)
                added[name] = False
                option.condition = (f"not {name}" if not option.condition
                                    else render(parse_condition(
                                        f"({option.condition}) and not {name}")))
                option.effects.append(f"{name} = true")
                self.notes.append(f"the once-only choice at line {option.line} can come "
                                  f"round again: it is hidden once taken by {name}")
        return added

    # -- scenes ----------------------------------------------------------------------------
    def scene(self, segment: DraftSegment, index: int) -> Scene:
        scene_id = self.scene_of[segment.key]
        default_kind = ("hook" if index == 0 else "cliffhanger" if segment.ending
                        else "escalation")
        beats = self.beats(segment, scene_id, default_kind)
        speakers = [ln.speaker for beat in beats for ln in beat.lines]
        characters = [c.strip() for c in segment.meta.get("characters", "").split(",") if c.strip()]
        for who in characters:
            if self.bible.character(who) is None:
                self.fail(f"unknown character {who!r}", segment.line,
                          f"use a character id of series.yaml: {sorted(c.id for c in self.bible.characters)}")
        characters += [s for s in dict.fromkeys(speakers) if s not in characters]
        location = segment.meta.get("location", "")
        places = [loc.id for loc in self.bible.locations]
        if location and location not in places:
            self.fail(f"unknown location {location!r}", segment.line,
                      f"use one of {places} or add it to series.yaml")
        if not location:
            if not places:
                self.fail("the series has no locations to place the scene in", segment.line,
                          "add a location to series.yaml")
            location = places[0]
            self.unplaced.append(scene_id)
        time = segment.meta.get("time", "day")
        if time not in ("day", "night", "dusk", "dawn"):
            self.fail(f"unknown time of day {time!r}", segment.line, "use day, night, dusk or dawn")
        data: dict[str, Any] = {"id": scene_id, "location": location, "time": time,
                                "characters": characters, "beats": beats}
        if segment.next is not None:
            data["next"] = self.scene_of[segment.next]
        if segment.ending is not None:
            title, kind = segment.ending
            data["ending"] = self._ending(title, kind, segment.way_line)
        if segment.options:
            data["choices"] = [self.choice(o, scene_id) for o in segment.options]
            window = segment.meta.get("window", "")
            if window:
                if not window.isdigit():
                    self.fail(f"the window {window!r} is not a number of ms", segment.line,
                              "write # window: 8000")
                data["window_ms"] = int(window)
        try:
            return Scene.model_validate(data)
        except ValidationError as error:
            self.fail(f"scene {scene_id} ({segment.key}) is not valid: "
                      f"{error.errors()[0]['msg']}", segment.line, "correct it in the story")

    def _ending(self, title: str, kind: str, line: int) -> Ending:
        try:
            return Ending.model_validate({"title": title.strip() or "The end",
                                          "kind": kind or "neutral"})
        except ValidationError as error:
            self.fail(f"the ending is not valid: {error.errors()[0]['msg']}", line,
                      "give it a one-line title of at most 80 characters and a kind of good, "
                      "bad, neutral, twist, secret or cliffhanger")

    def choice(self, option: DraftOption, scene_id: str) -> Choice:
        label = option.label.strip()
        if len(label) > 80:
            self.fail(f"the choice label is {len(label)} characters long", option.line,
                      "shorten it to 80 characters (a viewer reads it in seconds)")
        ident = option.id or self.fresh(scene_id, "c")
        try:
            return Choice(id=ident, label=label, goto=self.scene_of[option.target],
                          condition=option.condition, effects=option.effects,
                          default=option.default)
        except ValidationError as error:
            self.fail(f"the choice is not valid: {error.errors()[0]['msg']}", option.line,
                      "correct its label, condition or effects")

    def beats(self, segment: DraftSegment, scene_id: str, default_kind: str) -> list[Beat]:
        beats: list[dict[str, Any]] = []

        def open_beat(item: DraftItem | None) -> dict[str, Any]:
            tags = item.tags if item else {}
            kind = tags.get("kind") or (beats[-1]["kind"] if beats else default_kind)
            beat: dict[str, Any] = {"id": tags.get("beat") or self.fresh(scene_id, "b"),
                                    "kind": kind, "action": [], "lines": [], "events": []}
            if tags.get("events"):
                beat["events"] = self._events(tags["events"], item.line if item else 0)
            beats.append(beat)
            return beat

        beat: dict[str, Any] | None = None
        for item in segment.items:
            if item.kind == "beat":
                beat = open_beat(item)
                continue
            speaker, text = self.speaker(item)
            if speaker is None:
                if beat is None or beat["lines"]:
                    beat = open_beat(None)
                beat["action"].append(text)
                continue
            if beat is None:
                beat = open_beat(None)
            beat["lines"].append(self.line(item, speaker, text, scene_id))
        if not beats:
            open_beat(None)
        out = []
        for data in beats:
            data["action"] = "\n".join(data["action"])
            try:
                out.append(Beat.model_validate(data))
            except ValidationError as error:
                self.fail(f"a beat of {scene_id} is not valid: {error.errors()[0]['msg']}",
                          segment.line, "use a beat kind such as hook, reversal or cliffhanger")
        return out

    def _events(self, text: str, line: int) -> list[LedgerEvent]:
        try:
            return [LedgerEvent.model_validate(e) for e in json.loads(text)]
        except (ValueError, ValidationError, TypeError):
            self.fail("the beat's events are not a list of ledger events", line,
                      'write # events: [{"kind": "learns", "who": ["lead"], "fact": "x"}]')

    def speaker(self, item: DraftItem) -> tuple[str | None, str]:
        """Who speaks a text and its words: the speaker tag, else (in a file microdrama
        did not write) ``Name: words`` naming a character of the bible; None for action."""
        tagged = item.tags.get("speaker")
        if tagged:
            if self.bible.character(tagged) is None:
                self.fail(f"unknown speaker {tagged!r}", item.line,
                          f"use a character id of series.yaml: {sorted(c.id for c in self.bible.characters)}")
            return tagged, item.text
        # Chinese and Japanese scripts write the full-width colon.
        colon = min((at for at in (item.text.find(":"), item.text.find("：")) if at >= 0),
                    default=-1)
        head, sep, rest = (item.text[:colon], ":", item.text[colon + 1:]) if colon >= 0 \
            else (item.text, "", "")
        # A microdrama export tags every line, so its untagged text is action.
        if sep and rest.strip() and len(head) <= 40 and "episode" not in self.draft.meta:
            name = head.strip().casefold()
            for character in self.bible.characters:
                if name in (character.id.casefold(), character.name.casefold()):
                    return character.id, rest.strip()
        if "id" in item.tags:
            self.fail("a line with an id has no speaker", item.line,
                      "add # speaker: <character id> to it")
        return None, item.text

    def line(self, item: DraftItem, speaker: str, text: str, scene_id: str) -> dict[str, Any]:
        tags = item.tags
        data: dict[str, Any] = {"id": tags.get("id") or self.fresh(scene_id, "l"),
                                "speaker": speaker, "text": text}
        if tags.get("emotion"):
            data["emotion"] = tags["emotion"]
        if tags.get("direction"):
            data["direction"] = tags["direction"]
        if tags.get("knows"):
            data["knows"] = [k.strip() for k in tags["knows"].split(",") if k.strip()]
        try:
            Line.model_validate(data)
        except ValidationError as error:
            self.fail(f"the line is not valid: {error.errors()[0]['msg']}", item.line,
                      "use one of the emotions of docs/project-format.md, one line of text")
        return data

    # -- linear ----------------------------------------------------------------------------
    def _linear(self, scenes: list[Scene], state: dict[str, Value],
                flags: dict[str, Value]) -> bool:
        """True when the story is what a linear episode's graph is: scenes in order, each
        going straight on, the last its one ending titled after the episode."""
        if state or flags or any(s.choices for s in scenes):
            return False
        last = scenes[-1]
        if last.ending is None or last.ending.title != self.title or \
                last.ending.kind != "neutral":
            return False
        return all(s.next == scenes[i + 1].id for i, s in enumerate(scenes[:-1]))


def _reaches(start: str, goal: str, targets: dict[str, list[str]]) -> bool:
    """True when some path from ``start`` leads to ``goal`` (or starts there)."""
    seen: set[str] = set()
    stack = [start]
    while stack:
        key = stack.pop()
        if key == goal:
            return True
        if key in seen:
            continue
        seen.add(key)
        stack.extend(targets.get(key, []))
    return False
