"""What the model is asked to write (drafts without ids) and how drafts become canon.

Models are bad at bookkeeping: they invent ids, drop items and add fields. So drafts
carry no ids of their own making (characters and locations may propose a slug, which
is checked), unknown fields are ignored, and each ``*_problems`` function lists what
must be re-asked (an unknown character, a missing episode). Harmless slips are fixed
here without another call: a speaker missing from a scene's cast is added, a line a
storyboard dropped goes back into its beat's shot.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from microdrama.domain import (
    Arc,
    Beat,
    Bible,
    Character,
    Episode,
    EpisodePlan,
    LedgerEvent,
    Line,
    Location,
    Scene,
    episode_id,
    is_id,
    slugify,
)
from microdrama.domain.bible import BeatKind, Gender, LocationKind, Look, Role, Voice
from microdrama.domain.script import Emotion, TimeOfDay
from microdrama.domain.storyboard import (
    Angle,
    CameraMove,
    Effect,
    Framing,
    Shot,
    ShotCharacter,
    Storyboard,
    Transition,
)


class Draft(BaseModel):
    """Base of drafts: extra keys a model adds are ignored, not fatal."""

    model_config = ConfigDict(extra="ignore")


# --- bible -------------------------------------------------------------------------------


class CharacterDraft(Draft):
    id: str = Field(default="", description="Short lowercase ascii id, e.g. 'su-wan' (pinyin).")
    name: str = Field(min_length=1)
    role: Role
    gender: Gender
    description: str
    traits: list[str] = Field(default_factory=list)
    speech: str = ""
    look: Look
    voice: Voice


class LocationDraft(Draft):
    id: str = Field(default="", description="Short lowercase ascii id, e.g. 'lin-mansion'.")
    name: str = Field(min_length=1)
    kind: LocationKind
    description: str = ""


class BibleDraft(Draft):
    title: str = Field(min_length=1)
    logline: str
    genre: str
    tropes: list[str] = Field(default_factory=list)
    tone: str
    world: str
    secret: str = ""
    characters: list[CharacterDraft] = Field(min_length=2, max_length=10)
    locations: list[LocationDraft] = Field(min_length=1, max_length=5)


def _unique_id(proposed: str, fallback: str, taken: set[str]) -> str:
    base = proposed.strip().lower() if is_id(proposed.strip().lower()) else slugify(fallback)
    if not is_id(base):
        base = "x"
    ident, n = base[:60], 2
    while ident in taken:
        ident, n = f"{base[:56]}-{n}", n + 1
    taken.add(ident)
    return ident


def bible_of(draft: BibleDraft, language: str) -> Bible:
    """The canon bible: ids checked and made unique, exactly one lead."""
    taken: set[str] = set()
    characters = []
    lead_seen = False
    for c in draft.characters:
        role = c.role
        if role == "lead":
            role, lead_seen = ("lead", True) if not lead_seen else ("wildcard", True)
        ident = _unique_id(c.id, c.name if language == "en" else c.role, taken)
        characters.append(Character(
            id=ident, name=c.name.strip(), role=role, gender=c.gender, description=c.description,
            traits=c.traits, speech=c.speech, look=c.look, voice=c.voice,
        ))
    if not lead_seen:
        characters[0] = characters[0].model_copy(update={"role": "lead"})
    places: set[str] = set()
    locations = [
        Location(id=_unique_id(loc.id, loc.name if language == "en" else loc.kind, places),
                 name=loc.name.strip(), kind=loc.kind, description=loc.description)
        for loc in draft.locations
    ]
    tropes = [slugify(t) for t in draft.tropes if slugify(t)] or [slugify(draft.genre) or "drama"]
    return Bible(
        title=draft.title.strip(), language=language, logline=draft.logline, genre=draft.genre,  # type: ignore[arg-type]
        tropes=tropes, tone=draft.tone, world=draft.world, secret=draft.secret,
        characters=characters, locations=locations,
    )


# --- outline -----------------------------------------------------------------------------


class ArcDraft(Draft):
    title: str
    first: int = Field(ge=1)
    last: int = Field(ge=1)
    summary: str
    scheme: str = ""
    schemer: str = Field(default="", description="Character id of the schemer.")


class ArcsDraft(Draft):
    arcs: list[ArcDraft] = Field(min_length=1)


def arcs_problems(draft: ArcsDraft, episodes: int, bible: Bible) -> list[str]:
    """Gaps, overlaps and unknown schemers in an arc plan."""
    problems = []
    expected = 1
    for arc in sorted(draft.arcs, key=lambda a: a.first):
        if arc.first != expected:
            problems.append(f"arc {arc.title!r} starts at {arc.first}, expected {expected}")
        if arc.last < arc.first:
            problems.append(f"arc {arc.title!r} ends ({arc.last}) before it starts ({arc.first})")
        expected = arc.last + 1
        if arc.schemer and bible.character(arc.schemer) is None:
            problems.append(f"arc {arc.title!r}: schemer {arc.schemer!r} is not a character id")
    if expected != episodes + 1:
        problems.append(f"the arcs end at episode {expected - 1}, expected {episodes}")
    return problems


def arcs_of(draft: ArcsDraft, episodes: int, bible: Bible) -> list[Arc]:
    """Arcs numbered arc01…, made contiguous over 1..episodes (the model's ranges kept
    where they are sound)."""
    ordered = sorted(draft.arcs, key=lambda a: a.first)
    arcs: list[Arc] = []
    start = 1
    for index, arc in enumerate(ordered):
        if start > episodes:
            break
        last = episodes if index == len(ordered) - 1 else max(start, min(arc.last, episodes))
        schemer = arc.schemer if bible.character(arc.schemer) else ""
        arcs.append(Arc(id=f"arc{index + 1:02d}", title=arc.title, first=start, last=last,
                        summary=arc.summary, scheme=slugify(arc.scheme)[:60] if arc.scheme else "",
                        schemer=schemer))
        start = last + 1
    return arcs


class PlanDraft(Draft):
    number: int = Field(ge=1)
    title: str
    summary: str
    hook: str
    reversal: str
    cliffhanger: str
    locations: list[str] = Field(default_factory=list)


class PlansDraft(Draft):
    episodes: list[PlanDraft] = Field(min_length=1)


def plans_problems(draft: PlansDraft, first: int, last: int) -> list[str]:
    """Missing, merged or extra episodes in one arc's plan."""
    numbers = [p.number for p in draft.episodes]
    wanted = list(range(first, last + 1))
    problems = []
    missing = sorted(set(wanted) - set(numbers))
    extra = sorted(set(numbers) - set(wanted))
    doubled = sorted({n for n in numbers if numbers.count(n) > 1})
    if missing:
        problems.append(f"episodes {missing} are missing: write one entry for each of {first}–{last}")
    if extra:
        problems.append(f"episodes {extra} are outside this arc ({first}–{last}): leave them out")
    if doubled:
        problems.append(f"episodes {doubled} appear more than once: one entry each")
    return problems


def plan_of(draft: PlanDraft, arc: Arc, seconds: int, bible: Bible) -> EpisodePlan:
    """One canon plan entry (flags for money and twists are set by the caller)."""
    known = [loc.id for loc in bible.locations]
    places = [p for p in draft.locations if p in known][:3] or known[:1]
    return EpisodePlan(
        number=draft.number, title=draft.title, target_seconds=seconds, arc=arc.id,
        summary=draft.summary, hook=draft.hook, reversal=draft.reversal,
        cliffhanger=draft.cliffhanger, locations=places,
    )


# --- scripts -------------------------------------------------------------------------------


class LineDraft(Draft):
    speaker: str
    text: str = Field(min_length=1)
    emotion: Emotion = "neutral"
    direction: str = ""
    knows: list[str] = Field(default_factory=list)


class BeatDraft(Draft):
    kind: BeatKind
    action: str = ""
    events: list[LedgerEvent] = Field(default_factory=list)
    lines: list[LineDraft] = Field(default_factory=list)


class SceneDraft(Draft):
    location: str
    time: TimeOfDay = "day"
    characters: list[str] = Field(default_factory=list)
    beats: list[BeatDraft] = Field(min_length=1)


class EpisodeDraft(Draft):
    title: str
    summary: str = ""
    scenes: list[SceneDraft] = Field(min_length=1, max_length=6)


def episode_problems(draft: EpisodeDraft, bible: Bible) -> list[str]:
    """References the canon does not have (everything else is fixed or reviewed later)."""
    return scene_problems(draft.scenes, bible)


def scene_problems(scenes: Sequence[SceneDraft], bible: Bible) -> list[str]:
    """Locations, characters and event characters of ``scenes`` the canon does not have."""
    cast = {c.id for c in bible.characters}
    places = {loc.id for loc in bible.locations}
    problems = []
    for s, scene in enumerate(scenes, 1):
        if scene.location not in places:
            problems.append(f"scene {s}: location {scene.location!r} is not one of {sorted(places)}")
        for who in scene.characters + [line.speaker for b in scene.beats for line in b.lines]:
            if who not in cast:
                problems.append(f"scene {s}: {who!r} is not a character id ({sorted(cast)})")
        for beat in scene.beats:
            for event in beat.events:
                unknown = [w for w in event.who if w not in cast]
                if unknown:
                    problems.append(f"scene {s}: event names unknown characters {unknown}")
    return sorted(set(problems), key=problems.index)


_SPACE = re.compile(r"\s+")


def one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def canon_beats(sid: str, beats: Sequence[BeatDraft], present: list[str]) -> list[Beat]:
    """A drafted scene's beats in canon: ids ``<sid>-bNN`` and ``<sid>-lNN`` (lines
    numbered through the scene, empty ones dropped); each speaker is added to
    ``present`` (the scene's characters) if missing."""
    out, count = [], 0
    for b, beat in enumerate(beats, 1):
        lines = []
        for line in beat.lines:
            text = one_line(line.text)
            if not text:
                continue
            count += 1
            if line.speaker not in present:
                present.append(line.speaker)
            lines.append(Line(id=f"{sid}-l{count:02d}", speaker=line.speaker, text=text,
                              emotion=line.emotion, direction=one_line(line.direction),
                              knows=[k for k in line.knows if is_id(k)]))
        out.append(Beat(id=f"{sid}-b{b:02d}", kind=beat.kind, action=one_line(beat.action),
                        events=beat.events, lines=lines))
    return out


def episode_of(draft: EpisodeDraft, number: int, seconds: int) -> Episode:
    """The canon episode with ids ep…-scNN, -bNN, -lNN; speakers added to their scene."""
    ep = episode_id(number)
    scenes = []
    for s, scene in enumerate(draft.scenes, 1):
        sid = f"{ep}-sc{s:02d}"
        present = list(dict.fromkeys(scene.characters))
        beats = canon_beats(sid, scene.beats, present)
        scenes.append(Scene(id=sid, location=scene.location, time=scene.time,
                            characters=present, beats=beats))
    return Episode(id=ep, number=number, title=one_line(draft.title), target_seconds=seconds,
                   summary=one_line(draft.summary), scenes=scenes)


def draft_of(episode: Episode) -> dict[str, object]:
    """An episode back in draft shape (for a revise round)."""
    return EpisodeDraft.model_validate(episode.model_dump(mode="json")).model_dump(mode="json")


# --- storyboards --------------------------------------------------------------------------


class ShotDraft(Draft):
    beat: str
    framing: Framing
    angle: Angle = "eye"
    move: CameraMove = "static"
    characters: list[ShotCharacter] = Field(default_factory=list)
    lines: list[str] = Field(default_factory=list)
    action: str = ""
    prompt: str = ""
    effects: list[Effect] = Field(default_factory=list)
    transition: Transition = "cut"
    duration_ms: int = Field(default=2000, gt=0)
    hook: bool = False


class StoryboardDraft(Draft):
    shots: list[ShotDraft] = Field(min_length=1)


def storyboard_problems(draft: StoryboardDraft, episode: Episode) -> list[str]:
    """Unknown beats and lines, lines out of order or dropped (worth one re-ask)."""
    beats = {b.id for b in episode.beats()}
    order = [line.id for line in episode.lines()]
    problems = []
    carried: list[str] = []
    for n, shot in enumerate(draft.shots, 1):
        if shot.beat not in beats:
            problems.append(f"shot {n}: beat {shot.beat!r} is not a beat id of {episode.id}")
        unknown = [i for i in shot.lines if i not in order]
        if unknown:
            problems.append(f"shot {n}: line ids {unknown} do not exist")
        carried += [i for i in shot.lines if i in order]
    missing = [i for i in order if i not in carried]
    if missing:
        problems.append(f"lines {missing} are in no shot: every line id must be in exactly one shot")
    if carried != sorted(set(carried), key=order.index):
        problems.append("line ids must appear once each, in script order")
    return problems


def storyboard_of(draft: StoryboardDraft, episode: Episode, bible: Bible) -> Storyboard:
    """The canon storyboard: unknown references dropped, each line in exactly one shot (in
    the shot of its beat, in order), every beat shown, location and time from the scene."""
    beat_scene = {b.id: s for s in episode.scenes for b in s.beats}
    line_beat = {line.id: b.id for b in episode.beats() for line in b.lines}
    order = [line.id for line in episode.lines()]
    cast = {c.id for c in bible.characters}
    by_beat: dict[str, list[ShotDraft]] = {}
    for shot in draft.shots:
        if shot.beat in beat_scene:
            by_beat.setdefault(shot.beat, []).append(shot)
    placed: set[str] = set()
    shots: list[Shot] = []
    for beat in episode.beats():
        scene = beat_scene[beat.id]
        drafts = by_beat.get(beat.id) or [ShotDraft(beat=beat.id, framing="MS", action=beat.action)]
        own = [line.id for line in beat.lines]
        for k, shot in enumerate(drafts):
            lines = [i for i in shot.lines if line_beat.get(i) == beat.id and i not in placed]
            if k == len(drafts) - 1:  # the beat's last shot takes what the model dropped
                lines += [i for i in own if i not in placed and i not in lines]
            lines.sort(key=order.index)
            placed.update(lines)
            people = [c if c.looks_at in cast and c.looks_at != c.id else
                      c.model_copy(update={"looks_at": None})  # staging derives it
                      for c in shot.characters if c.id in cast and c.id in scene.characters]
            if not people:
                speakers = [line.speaker for line in beat.lines if line.id in lines]
                people = [ShotCharacter(id=c) for c in dict.fromkeys(speakers)][:3]
            shots.append(Shot(
                id=f"{episode.id}-sh{len(shots) + 1:02d}", beat=beat.id, framing=shot.framing,
                angle=shot.angle, move=shot.move, characters=people, location=scene.location,
                time=scene.time, lines=lines, action=one_line(shot.action or beat.action),
                prompt=one_line(shot.prompt), effects=shot.effects, transition=shot.transition,
                duration_ms=min(max(shot.duration_ms, 600), 6000), hook=not shots,
            ))
    return Storyboard(episode=episode.id, shots=shots)


Kind = Literal["bible", "arcs", "plans", "script", "storyboard"]
