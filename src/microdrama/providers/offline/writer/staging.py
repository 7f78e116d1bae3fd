"""Staging from the script: who turns to whom, poses, gestures and props, per shot.

The offline storyboarder stages the shots it cuts with these rules, and a storyboard
read without staging (written before staging existed, by a person, or by a model that
left fields out) gets the same rules for each field it leaves out — never for one it
sets. Everything a shot's staging depends on is that shot and its script (its lines,
their beat and scene), never another shot: editing one shot re-stages only that shot.

- ``looks_at``: a speaker looks at whom they speak to (the other character in frame, else
  the neighbouring speaker, else someone in the scene); a listener at the speaker; in an
  action, the one the action names after the doer ("Tessa points at Serena").
- ``facing``: toward whom they look at when that one is in frame (three-quarter; in a
  medium or wide confrontation, profile); in a single medium shot toward the side of the
  frame the other stands on (the scene's axis: the one listed first in the scene stays
  on the left, so cuts between them keep their eyelines — shot / reverse-shot); away
  (``back``) when the action turns them away; from behind in the foreground of an
  over-the-shoulder shot. Close-ups face the camera.
- ``pose``, ``gesture``, ``prop``: from the words of the action and the line's direction
  (a pack per language: packs/staging/<lang>.yaml), then the line's own words, then the
  line's emotion (one of a few per emotion, picked by shot id) — a listener reacts by
  the beat's kind. A prop a beat's action names stays in its character's hand for the
  beat's lines.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Literal, get_args

from pydantic import Field

from microdrama.domain import Beat, Bible, Episode, Line, Scene
from microdrama.domain.base import Model
from microdrama.domain.storyboard import (
    Facing,
    Gesture,
    Pose,
    Prop,
    Shot,
    ShotCharacter,
    Storyboard,
)
from microdrama.packs import load_pack

GESTURES: tuple[str, ...] = get_args(Gesture)
PROPS: tuple[str, ...] = get_args(Prop)
POSES: tuple[str, ...] = get_args(Pose)
Side = Literal[-1, 1]


class WordSet(Model):
    """Words that name gestures, props and poses."""

    gestures: dict[Gesture, list[str]] = Field(default_factory=dict)
    props: dict[Prop, list[str]] = Field(default_factory=dict)


class ActionWords(WordSet):
    """Words in an action or a direction."""

    props_not: list[str] = Field(default_factory=list, description="Phrases naming no prop.")
    poses: dict[Pose, list[str]] = Field(default_factory=dict)
    away: list[str] = Field(default_factory=list, description="Turning one's back.")


class StagingPack(Model):
    """packs/staging/<lang>.yaml."""

    language: str
    source: str
    negations: list[str]
    passive: list[str] = Field(description="Words that make the one named before a match "
                                           "the one it is done to, not the doer.")
    toward: list[str] = Field(description="Words before a name that make it the one an "
                                          "action is aimed at, not the doer.")
    action: ActionWords
    spoken: WordSet
    emotions: dict[str, list[Gesture]]
    reactions: dict[str, list[Gesture]]
    close_up: list[Gesture]
    profile_emotions: list[str]
    profile_gestures: list[Gesture] = Field(
        description="Gestures at someone in frame that turn a medium or wide shot to profile.")


@cache
def staging_pack(language: str) -> StagingPack:
    """The staging words of a language (English words for languages without a pack)."""
    return load_pack("staging", language if language in ("zh", "en") else "en", StagingPack)


@dataclass
class Staged:
    """What the words say one character does."""

    gesture: str | None = None
    prop: str | None = None
    pose: str | None = None
    away: bool = False
    looks_at: str | None = None


@dataclass
class Reading:
    """Staging read from one text, per character id (None: the text names no one)."""

    by: dict[str | None, Staged] = field(default_factory=dict)

    def of(self, who: str | None) -> Staged:
        return self.by.setdefault(who, Staged())


def _pattern(words: list[str], language: str) -> re.Pattern[str] | None:
    if not words:
        return None
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    body = "|".join(re.escape(w) for w in ordered)
    return re.compile(body if language == "zh" else rf"(?<![a-z])(?:{body})(?![a-z])")


@cache
def _patterns(language: str, where: str) -> list[tuple[str, str, re.Pattern[str]]]:
    """(what, value, pattern) for every word list of the action or spoken words."""
    pack = staging_pack(language)
    words = pack.action if where == "action" else pack.spoken
    found: list[tuple[str, str, re.Pattern[str] | None]] = []
    found += [("gesture", g, _pattern(w, language)) for g, w in words.gestures.items()]
    found += [("prop", p, _pattern(w, language)) for p, w in words.props.items()]
    if isinstance(words, ActionWords):
        found += [("pose", p, _pattern(w, language)) for p, w in words.poses.items()]
        found.append(("away", "back", _pattern(words.away, language)))
    return [(what, value, pattern) for what, value, pattern in found if pattern is not None]


def _names(bible: Bible) -> list[tuple[str, re.Pattern[str]]]:
    """How the script names each character: full name, given name, Mr./Mrs. + surname."""
    result = []
    for c in bible.characters:
        forms = {c.name}
        if bible.language == "zh":
            if len(c.name) >= 3:
                forms.add(c.name[-2:])
        else:
            parts = c.name.split()
            if parts:
                forms.add(parts[0])
            if len(parts) > 1:
                forms.update(f"{t} {parts[-1]}" for t in ("Mr.", "Mrs.", "Ms.", "Miss"))
        pattern = _pattern([f for f in forms if f], bible.language)
        if pattern is not None:
            result.append((c.id, pattern))
    return result


def _negated(text: str, start: int, language: str) -> bool:
    before = text[max(0, start - (4 if language == "zh" else 16)):start]
    words = staging_pack(language).negations
    if language == "zh":
        return any(w in before for w in words)
    return any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", before) for w in words)


def _aimed_at(before: str, language: str) -> bool:
    """Whether a name is preceded by a word aiming the action at it ("冲沈念安举杯")."""
    words = staging_pack(language).toward
    if language == "zh":
        return any(before.endswith(w) for w in words)
    last = re.findall(r"[a-z']+", before)[-1:]
    return bool(last) and last[0] in words


def _passive(between: str, language: str) -> bool:
    """Whether the words between a name and a match make the name the one it is done to
    (Chinese: a marker anywhere between; English: the word just before the match)."""
    words = staging_pack(language).passive
    if language == "zh":
        return any(w in between for w in words)
    last = re.findall(r"[a-z']+", between)[-1:]
    return bool(last) and last[0] in words


def read_text(text: str, bible: Bible, where: str = "action",
              default: str | None = None) -> Reading:
    """Staging the words of ``text`` give each character it names (``default``: who a
    sentence without a name is about, e.g. a direction's speaker)."""
    language = bible.language
    reading = Reading()
    if not text.strip():
        return reading
    lowered = text.lower()
    names = _names(bible)
    props_not = staging_pack(language).action.props_not
    subject = default
    for sentence in re.finditer(r"[^。！？；.!?;]+", lowered):
        clause, offset = sentence.group(), sentence.start()
        found = sorted((m.start(), who) for who, pattern in names
                       for m in pattern.finditer(clause))
        mentions = [(at, who) for at, who in found if not _aimed_at(clause[:at], language)]
        targets = [(at, who) for at, who in found if (at, who) not in mentions]
        blocked = [(m.start(), m.end()) for w in props_not
                   for m in re.finditer(re.escape(w.lower()), clause)]
        claimed: dict[str, list[tuple[int, int]]] = {}
        matches = sorted(((m.start(), -(m.end() - m.start()), m.end(), what, value)
                          for what, value, pattern in _patterns(language, where)
                          for m in pattern.finditer(clause)))
        for start, _, end, what, value in matches:
            if any(a < end and start < b for a, b in claimed.get(what, [])):
                continue  # inside a longer phrase of its kind already read ("举杯" is a
                # gesture and names a glass)
            if what == "prop" and any(a <= start and end <= b for a, b in blocked):
                continue
            if _negated(lowered, offset + start, language) and what != "away":
                continue
            claimed.setdefault(what, []).append((start, end))
            before = [(at, who) for at, who in mentions if at < start]
            after = [who for at, who in mentions if at >= end]
            aimed = [who for at, who in targets if at < end] + [who for at, who in found
                                                               if at >= end]
            doer = before[-1][1] if before else (after[0] if after else subject)
            if what in ("gesture", "prop") and before \
                    and _passive(clause[before[-1][0]:start], language):
                doer = after[0] if after else "-"  # done to the one named: not theirs
            staged = reading.of(doer)
            if what == "gesture" and staged.gesture is None:
                staged.gesture = value
            elif what == "prop" and staged.prop is None:
                staged.prop = value
            elif what == "pose" and staged.pose is None:
                staged.pose = value
            elif what == "away":
                staged.away = True
            target = next((who for who in aimed if who != doer), None)
            if target and staged.looks_at is None and what in ("gesture", "away"):
                staged.looks_at = target
        if mentions:
            subject = mentions[0][1]
    return reading


def _pick(options: Sequence[str], shot_id: str, salt: str) -> str:
    digest = hashlib.blake2b(f"{shot_id}:{salt}".encode(), digest_size=4).digest()
    return options[int.from_bytes(digest, "big") % len(options)]


def axis_side(scene: Scene, who: str, other: str) -> Side:
    """Where ``who`` stands relative to ``other`` on the scene's axis (−1 left, +1 right):
    the one listed first in the scene stays on the left in every shot of the two."""
    order = {c: i for i, c in enumerate(scene.characters)}
    mine, theirs = order.get(who, len(order)), order.get(other, len(order))
    return -1 if (mine, who) < (theirs, other) else 1


@dataclass(frozen=True)
class Script:
    """The part of the script a shot shows: its beat, scene and lines."""

    beat: Beat
    scene: Scene
    lines: list[Line]


def script_of(shot: Shot, episode: Episode) -> Script | None:
    """The beat, scene and lines of a shot (None when its beat is gone)."""
    for scene in episode.scenes:
        for beat in scene.beats:
            if beat.id == shot.beat:
                lines = [line for line in beat.lines if line.id in shot.lines]
                return Script(beat, scene, lines)
    return None


def addressee(beat: Beat, line: Line, scene: Scene, in_frame: list[str]) -> str | None:
    """Whom a line is said to: someone else in frame, else the previous or next speaker,
    else someone present."""
    index = beat.lines.index(line) if line in beat.lines else 0
    neighbours = [beat.lines[i].speaker for i in (index - 1, index + 1)
                  if 0 <= i < len(beat.lines)]
    for who in [c for c in in_frame if c != line.speaker] + neighbours + scene.characters:
        if who != line.speaker:
            return who
    return None


def stage_shot(shot: Shot, script: Script, bible: Bible) -> Shot:
    """``shot`` with every staging field it leaves out derived from its script."""
    pack = staging_pack(bible.language)
    beat, scene = script.beat, script.scene
    line = script.lines[0] if script.lines else None
    in_frame = [c.id for c in shot.characters]
    # The action's gestures are the action shot's; its props, poses and turned backs last
    # through the beat's lines.
    action = read_text(beat.action, bible)
    direction = read_text(line.direction, bible, default=line.speaker) if line else Reading()
    spoken = read_text(line.text, bible, "spoken", default=line.speaker) if line else Reading()
    close = shot.framing in ("CU", "ECU")
    positions = {c.id: c.position for c in shot.characters}
    staged_characters = []
    first = shot.characters[0].id if shot.characters else None
    for c in shot.characters:
        named = action.by.get(c.id) or (action.by.get(None) if c.id == first else None) \
            or Staged()
        acted = named.gesture if line is None else None
        said = direction.by.get(c.id) or Staged()
        speaking = line is not None and line.speaker == c.id
        words = spoken.by.get(c.id) if speaking else None
        looks_at = c.looks_at or named.looks_at or said.looks_at
        if looks_at is None:
            if speaking and line is not None:
                looks_at = addressee(beat, line, scene, in_frame)
            elif line is not None:
                looks_at = line.speaker
            else:
                looks_at = next((o for o in in_frame if o != c.id), None)
        if looks_at == c.id:
            looks_at = None
        prop = said.prop or (words.prop if words else None) or named.prop
        gesture = said.gesture or acted or (words.gesture if words else None)
        aimed = gesture in pack.profile_gestures  # the script has them face off
        if gesture is None and prop is not None:
            gesture = "hold"
        if gesture is None and speaking and line is not None:
            gesture = _pick(pack.emotions.get(line.emotion, ["none"]), shot.id, c.id)
        elif gesture is None and not speaking and c.expression != "neutral" and len(in_frame) > 1:
            gesture = _pick(pack.reactions.get(beat.kind, ["none"]), shot.id, c.id)
        if close and gesture not in pack.close_up or shot.framing == "ECU":
            gesture = prop = None
        pose = said.pose or (named.pose if line is None or named.pose != "walk" else None)
        if close or pose == "stand":
            pose = None
        facing = _facing(c, shot, scene, looks_at, positions, named.away or said.away,
                         line, pack.profile_emotions,
                         aimed or (speaking and gesture in pack.profile_gestures))
        if (c.facing or facing) == "back":
            gesture = prop = None  # hands out of sight
        staged_characters.append(c.model_copy(update={
            "looks_at": looks_at,
            "facing": c.facing or facing,
            "pose": c.pose or pose,
            "gesture": c.gesture or (gesture if gesture != "none" else None),
            "prop": c.prop or prop,
        }))
    return shot.model_copy(update={"characters": staged_characters})


def _facing(c: ShotCharacter, shot: Shot, scene: Scene, looks_at: str | None,
            positions: Mapping[str, str], away: bool, line: Line | None,
            profile_emotions: list[str], confronting: bool = False) -> Facing | None:
    """Where a character turns (None: to the camera, as before staging)."""
    if shot.over_shoulder == c.id:
        return "back"
    if shot.framing == "ECU":
        return None
    slot = {"left": 0, "center": 1, "right": 2}
    if looks_at is not None and looks_at in positions and positions[looks_at] != positions[c.id]:
        side = 1 if slot[positions[looks_at]] > slot[positions[c.id]] else -1
    elif looks_at is not None and len(positions) == 1 and shot.framing in ("MCU", "MS"):
        side = -axis_side(scene, c.id, looks_at)  # toward where the other stands
    elif looks_at is not None and looks_at in positions and len(positions) > 1:
        side = axis_side(scene, looks_at, c.id)
    else:
        return "back" if away and shot.framing != "CU" else None
    name = "right" if side > 0 else "left"
    if away:
        return "back" if shot.framing != "CU" else f"three-quarter-{'left' if side > 0 else 'right'}"  # type: ignore[return-value]
    if shot.framing == "CU" and len(positions) == 1:
        return None
    confronting = confronting or (line is not None and line.emotion in profile_emotions)
    if confronting and shot.framing in ("MS", "WS") and looks_at in positions:
        return f"profile-{name}"  # type: ignore[return-value]
    return f"three-quarter-{name}"  # type: ignore[return-value]


def fill_staging(board: Storyboard, episode: Episode, bible: Bible) -> Storyboard:
    """The storyboard with each shot's left-out staging derived from its script."""
    shots = []
    for shot in board.shots:
        script = script_of(shot, episode)
        shots.append(stage_shot(shot, script, bible) if script is not None else shot)
    return board.model_copy(update={"shots": shots})


__all__ = ["GESTURES", "POSES", "PROPS", "StagingPack", "addressee", "axis_side",
           "fill_staging", "read_text", "script_of", "stage_shot", "staging_pack"]
