"""The offline storyboarder: cut an episode into shots with a micro-drama's grammar.

Rules of thumb, kept simple and predictable:
- the episode opens on a short hook shot (the first beat's action) with an impact;
- every beat's action gets one shot (a wide shot when a scene starts) with the
  characters it names, every line one shot framed on its speaker, the listener in frame
  for two-shots or, seen from behind, in the foreground of an over-the-shoulder shot;
  a reply to an over-the-shoulder line is its reverse shot (shot / reverse-shot);
- two characters keep their sides of the frame through a scene (the one listed first
  on the left), so eyelines match across cuts;
- each shot is staged from its script (staging.py): who turns to whom, gestures, props,
  poses;
- reversals and reveals push in to close-ups; shocked lines shake; the last shot of
  an episode pushes in to an extreme close-up (the cliffhanger freeze) — in an
  interactive episode, the last shot of every ending and of every scene that ends on
  a choice;
- shot length is estimated from the speech it carries (the timing stage replaces
  the estimate with the measured voice length).
"""

from __future__ import annotations

import random
from typing import Any

from microdrama.domain import Beat, Bible, Episode, Line, Scene
from microdrama.domain.script import Emotion
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
from microdrama.domain.text import spoken_size
from microdrama.packs import BUILTIN, Packs, project_packs, with_digest
from microdrama.providers.base import ProviderConfig, StoryboardRequest
from microdrama.providers.offline.writer.staging import Script, axis_side, read_text, stage_shot
from microdrama.review.craft import load_craft

#: Seconds of picture for an action without speech, per spoken unit of its text.
ACTION_MS_MIN, ACTION_MS_MAX = 1500, 3200
HOOK_MS = 2000  # the hook shot: under the 3-s rule with room for the first line
LINE_PAD_MS = 350  # breath after a line

STRONG = {"angry", "furious", "shocked", "crying", "afraid"}
SMUG = {"smug", "mocking", "scheming", "cold"}


def craft_packs(config: ProviderConfig | None) -> Packs:
    """The packs the offline writer reads craft rules from: the project's, if it has any."""
    return project_packs(config.project_dir) if config else BUILTIN


def speech_ms(text: str, language: str, packs: Packs = BUILTIN) -> int:
    """Estimated speaking time of a line at the upper normal speech rate."""
    craft = load_craft(language, packs)
    per_second = craft.speech_max / 60
    return int(spoken_size(text, language) / per_second * 1000) + LINE_PAD_MS


def action_ms(text: str, language: str) -> int:
    """How long an action shot holds."""
    size = spoken_size(text, language)
    return max(ACTION_MS_MIN, min(ACTION_MS_MAX, 1200 + size * (60 if language == "zh" else 120)))


class OfflineStoryboarder:
    """Rule-based storyboards for any episode."""

    id = "offline"

    def __init__(self, model: str | None = None, config: ProviderConfig | None = None) -> None:
        self.model = model or "rules"
        self.packs = craft_packs(config)

    @staticmethod
    def identity(model: str | None, config: ProviderConfig) -> dict[str, Any]:
        """The settings, and the project's craft pack when it replaces the built-in one."""
        return with_digest(config.identity(), craft_packs(config), "craft")

    async def storyboard(self, request: StoryboardRequest) -> Storyboard:
        """Shots for one episode."""
        return make_storyboard(request.bible, request.episode, request.seed, self.packs)


def make_storyboard(bible: Bible, episode: Episode, seed: int,
                    packs: Packs = BUILTIN) -> Storyboard:
    """Cut ``episode`` into shots (deterministic)."""
    rng = random.Random(f"storyboard:{seed}:{episode.id}")
    coverage = random.Random(f"coverage:{seed}:{episode.id}")  # over-the-shoulder choices
    shots: list[Shot] = []
    language = bible.language

    def add(beat: Beat, scene: Scene, spoken: tuple[Line, ...] = (), **fields: object) -> None:
        number = len(shots) + 1
        shot = Shot(id=f"{episode.id}-sh{number:02d}", beat=beat.id, location=scene.location,
                    time=scene.time, **fields)  # type: ignore[arg-type]
        script = Script(beat, scene, list(spoken))
        staged = stage_shot(shot, script, bible)
        if not spoken and shot.framing == "MS" \
                and any(c.pose in ("kneel", "sit") for c in staged.characters):
            # the action of kneeling or sitting down is seen whole
            staged = stage_shot(shot.model_copy(update={"framing": "WS"}), script, bible)
        shots.append(staged)

    # The freeze on an extreme close-up ends the episode; an interactive episode freezes
    # as each ending lands and as each choice comes up (every scene of every branch is
    # cut, whichever paths reach it).
    closing = {episode.beats()[-1].id}
    if episode.branching:
        closing = {s.beats[-1].id for s in episode.scenes if s.ending or s.choices}
    for scene_index, scene in enumerate(episode.scenes):
        for position, beat in enumerate(scene.beats):
            opening = scene_index == 0 and position == 0
            scene_start = position == 0
            last_beat = beat.id in closing
            if beat.action:
                framing: Framing = "WS" if scene_start and not opening else "MS"
                effects: list[Effect] = ["impact", "speed-lines"] if opening else []
                if beat.kind in ("reversal", "reveal", "twist"):
                    effects = ["impact"]
                transition: Transition = "cut"
                if scene_start and scene_index > 0:
                    transition = "fade"
                elif beat.kind in ("reveal", "twist"):
                    transition = "flash"
                add(beat, scene, framing=framing, angle="low" if opening else "eye",
                    move="shake" if opening else ("push-in" if beat.kind in ("reversal", "reveal") else "static"),
                    characters=_cast_for_action(beat, scene, bible),
                    action=beat.action, prompt=_prompt(bible, framing, beat.action, scene),
                    effects=effects, transition=transition,
                    duration_ms=HOOK_MS if opening else action_ms(beat.action, language),
                    hook=opening)
            for index, line in enumerate(beat.lines):
                final_line = last_beat and index == len(beat.lines) - 1
                framing, move, effects = _frame_line(line, beat.kind, final_line, rng)
                listener = _listener(beat, line, index, scene)
                characters = [ShotCharacter(id=line.speaker, expression=line.emotion,
                                            position="center")]
                shoulder = None
                two_shot = listener and framing in ("MS", "MCU") and rng.random() < 0.5
                if listener and _over_shoulder(shots, line, listener, framing, final_line,
                                               coverage):
                    two_shot, shoulder = True, listener
                if listener and two_shot:
                    side = axis_side(scene, line.speaker, listener)
                    characters = [
                        ShotCharacter(id=line.speaker, expression=line.emotion,
                                      position="left" if side < 0 else "right"),
                        ShotCharacter(id=listener, expression=_reaction(beat.kind),
                                      position="right" if side < 0 else "left"),
                    ]
                add(beat, scene, (line,), framing=framing, angle=_angle(line), move=move,
                    characters=characters, lines=[line.id],
                    prompt=_prompt(bible, framing, line.direction or line.text, scene),
                    effects=effects, duration_ms=speech_ms(line.text, language, packs),
                    hook=opening and not shots, over_shoulder=shoulder)
    return Storyboard(episode=episode.id, shots=shots)


def _frame_line(line: Line, kind: str, final: bool, rng: random.Random) -> tuple[Framing, CameraMove, list[Effect]]:
    if final:
        return "ECU", "push-in", ["gloom"] if line.emotion in ("scheming", "cold") else []
    if line.emotion == "shocked":
        return "CU", "shake", ["impact"]
    if line.emotion in ("angry", "furious"):
        return "CU", "push-in", ["speed-lines"]
    if line.emotion in ("crying", "sad"):
        return "CU", "static", ["gloom"]
    if kind in ("reversal", "reveal", "twist"):
        return rng.choice(["CU", "MCU"]), "push-in", []  # type: ignore[return-value]
    if line.emotion in SMUG:
        return "MCU", rng.choice(["static", "pan-left", "pan-right"]), []  # type: ignore[return-value]
    return rng.choice(["MCU", "MS", "MCU"]), rng.choice(["static", "static", "push-in"]), []  # type: ignore[return-value]


def _angle(line: Line) -> Angle:
    if line.emotion in SMUG:
        return "low"
    if line.emotion in ("afraid", "pleading", "crying"):
        return "high"
    return "eye"


def _reaction(kind: str) -> Emotion:
    reactions: dict[str, Emotion] = {"reversal": "shocked", "reveal": "shocked", "twist": "shocked",
            "escalation": "angry", "cliffhanger": "afraid"}
    return reactions.get(kind, "neutral")


def _listener(beat: Beat, line: Line, index: int, scene: Scene) -> str | None:
    """Who the line is said to: the previous or next speaker, else someone present."""
    neighbours = [beat.lines[i].speaker for i in (index - 1, index + 1) if 0 <= i < len(beat.lines)]
    for who in neighbours + scene.characters:
        if who != line.speaker:
            return who
    return None


def _over_shoulder(shots: list[Shot], line: Line, listener: str, framing: str, final: bool,
                   coverage: random.Random) -> bool:
    """Frame the line over the listener's shoulder: as the reverse of an over-the-shoulder
    shot of the two that was not a reverse itself, else now and then in close dialogue."""
    if final or framing not in ("MCU", "CU"):
        return False

    def over(shot: Shot | None, near: str, far: str) -> bool:
        return shot is not None and shot.over_shoulder == near and bool(shot.characters) \
            and shot.characters[0].id == far

    last = shots[-1] if shots else None
    before = shots[-2] if len(shots) > 1 else None
    if over(last, line.speaker, listener):
        return not over(before, listener, line.speaker)
    return coverage.random() < 0.12


def _cast_for_action(beat: Beat, scene: Scene, bible: Bible) -> list[ShotCharacter]:
    """Who an action shows: the characters it names, then the beat's speakers (up to
    three), on the scene's axis (the one listed first in the scene on the left)."""
    named = [who for who in read_text(beat.action, bible).by if who in scene.characters]
    speakers = list(dict.fromkeys(line.speaker for line in beat.lines))
    cast = list(dict.fromkeys(named + speakers))[:3] or scene.characters[:2]
    positions = {1: ["center"], 2: ["left", "right"], 3: ["left", "center", "right"]}[len(cast)]
    order = {c: i for i, c in enumerate(scene.characters)}
    placed = dict(zip(sorted(cast, key=lambda c: (order.get(c, len(order)), c)), positions,
                      strict=True))
    return [ShotCharacter(id=who, expression=_reaction(beat.kind) if i else "neutral",
                          position=placed[who])  # type: ignore[arg-type]
            for i, who in enumerate(cast)]


def _prompt(bible: Bible, framing: str, what: str, scene: Scene) -> str:
    names = {loc.id: loc for loc in bible.locations}
    place = names[scene.location].kind if scene.location in names else scene.location
    return f"{framing} shot, {place}, {scene.time}, vertical manga panel: {what}"
