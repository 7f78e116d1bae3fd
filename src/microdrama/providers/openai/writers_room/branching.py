"""Interactive episodes from the LLM: the draft the model writes (scenes named by keys,
``choices`` / ``next`` / ``ending``, typed ``state``), the problems sent back to it, and
the canon episode it becomes.

Its JSON schema (``InteractiveEpisodeDraft.model_json_schema()``) is what the reply is
validated against. A draft that validates then goes through the same graph checks as
every build (review/story.py): its errors are re-asked with the scene keys named, and
a reply still wrong after the repairs stops the item with them (ProviderError).
"""

from __future__ import annotations

from pydantic import Field, ValidationError

from microdrama.domain import Bible, Episode, Scene, episode_id
from microdrama.domain.branching import Choice, Ending, EndingKind, check_state_names
from microdrama.domain.expressions import ExpressionError, parse_condition, parse_effect
from microdrama.formats.interactive import InteractivePack
from microdrama.formats.subtitle_profiles import SubtitleProfile
from microdrama.providers.openai.writers_room.drafts import (
    Draft,
    SceneDraft,
    canon_beats,
    one_line,
    scene_problems,
)
from microdrama.review.craft import Craft
from microdrama.review.story import review_story

#: Choice points and endings an interactive episode is asked for (the prompt says so).
CHOICE_POINTS = (2, 3)
MIN_ENDINGS = 3


class ChoiceDraft(Draft):
    label: str = Field(min_length=1, max_length=80, description="What the viewer taps.")
    goto: str = Field(description="Key of the scene this option plays next.")
    condition: str = Field(default="", description="Shown only when this holds ('' = always).")
    effects: list[str] = Field(default_factory=list, description="e.g. ['trust += 1'].")
    default: bool = Field(default=False, description="Taken when the viewer does not choose.")


class EndingDraft(Draft):
    title: str = Field(min_length=1, max_length=80)
    kind: EndingKind = "neutral"


class BranchSceneDraft(SceneDraft):
    key: str = Field(description="Short name of the scene, e.g. 'confront'.")
    choices: list[ChoiceDraft] = Field(default_factory=list)
    next: str | None = Field(default=None, description="Key of the scene that follows.")
    ending: EndingDraft | None = None


class InteractiveEpisodeDraft(Draft):
    title: str
    summary: str = ""
    state: dict[str, bool | int] = Field(
        default_factory=dict, description="Story variables and their starting values.")
    flags: dict[str, bool | int] = Field(
        default_factory=dict, description="Variables kept across playthroughs.")
    scenes: list[BranchSceneDraft] = Field(min_length=4, max_length=12)


def draft_problems(draft: InteractiveEpisodeDraft, bible: Bible) -> list[str]:
    """What must be re-asked before the draft can become an episode: unknown cast or
    places, scene keys that repeat or name nothing, a scene with no or two ways on,
    conditions and effects that do not parse, state names that cannot be used."""
    problems = scene_problems(draft.scenes, bible)
    keys = [scene.key for scene in draft.scenes]
    for key in sorted({k for k in keys if keys.count(k) > 1}):
        problems.append(f"the scene key {key!r} is used twice; give each scene its own key")
    try:
        check_state_names(dict(draft.state), dict(draft.flags))
    except ValueError as error:
        problems.append(f"state: {error}")
    for scene in draft.scenes:
        ways = [bool(scene.choices), scene.next is not None, scene.ending is not None]
        if sum(ways) > 1:
            problems.append(f"scene {scene.key!r} has more than one of choices, next, "
                            "ending; keep one")
        if sum(option.default for option in scene.choices) > 1:
            problems.append(f"scene {scene.key!r} marks more than one option default")
        for target in [o.goto for o in scene.choices] + ([scene.next] if scene.next else []):
            if target not in keys:
                problems.append(f"scene {scene.key!r} goes to {target!r}, which is no scene "
                                f"key (keys: {', '.join(keys)})")
        for number, option in enumerate(scene.choices, 1):
            where = f"scene {scene.key!r} option {number} ({option.label!r})"
            try:
                if option.condition:
                    parse_condition(option.condition)
                for effect in option.effects:
                    parse_effect(effect)
            except ExpressionError as error:
                problems.append(f"{where}: {error}")
    return sorted(set(problems), key=problems.index)


def episode_of(draft: InteractiveEpisodeDraft, number: int, seconds: int) -> Episode:
    """The canon episode: scene keys become ids ``epNNN-scNN`` in the draft's order,
    lines, beats and choices numbered within their scene (call after draft_problems)."""
    ep = episode_id(number)
    ids = {scene.key: f"{ep}-sc{index:02d}" for index, scene in enumerate(draft.scenes, 1)}
    scenes = []
    for scene in draft.scenes:
        sid = ids[scene.key]
        present = list(dict.fromkeys(scene.characters))
        beats = canon_beats(sid, scene.beats, present)
        choices = [Choice(id=f"{sid}-c{c:02d}", label=one_line(o.label), goto=ids[o.goto],
                          condition=o.condition, effects=list(o.effects), default=o.default)
                   for c, o in enumerate(scene.choices, 1)]
        ending = (Ending(title=one_line(scene.ending.title), kind=scene.ending.kind)
                  if scene.ending else None)
        scenes.append(Scene(id=sid, location=scene.location, time=scene.time,
                            characters=present, beats=beats, choices=choices,
                            next=ids[scene.next] if scene.next else None, ending=ending))
    return Episode(id=ep, number=number, title=one_line(draft.title), target_seconds=seconds,
                   summary=one_line(draft.summary), scenes=scenes, state=dict(draft.state),
                   flags=dict(draft.flags))


def graph_problems(draft: InteractiveEpisodeDraft, bible: Bible, number: int, seconds: int,
                   craft: Craft, rules: InteractivePack, profile: SubtitleProfile) -> list[str]:
    """Everything wrong with the draft: draft_problems, then — when it makes an episode —
    the story graph's errors (the checks every build runs) and the shape asked for
    (2–3 choice points, at least 3 endings), each naming its scene by key."""
    problems = draft_problems(draft, bible)
    if problems:
        return problems
    try:
        episode = episode_of(draft, number, seconds)
    except ValidationError as error:
        return [f"the episode does not hold together: {error.errors()[0]['msg']}"]
    keys = {f"{episode_id(number)}-sc{i:02d}": s.key for i, s in enumerate(draft.scenes, 1)}

    def named(target: str) -> str:
        scene = target if target in keys else target.rsplit("-c", 1)[0]
        return f"scene {keys[scene]!r}" if scene in keys else target

    def keyed(text: str) -> str:  # the model knows its scenes by key, not by id
        for ident, key in sorted(keys.items(), reverse=True):
            text = text.replace(ident, repr(key))
        return text

    findings, _ = review_story(episode, craft, rules, profile)
    for finding in findings:
        if finding.severity == "error":
            problems.append(f"{finding.rule} at {named(finding.target)}: "
                            f"{keyed(finding.message)} — {keyed(finding.fix)}")
    choices = sum(1 for scene in draft.scenes if scene.choices)
    if not CHOICE_POINTS[0] <= choices <= CHOICE_POINTS[1]:
        problems.append(f"{choices} scenes offer choices; write {CHOICE_POINTS[0]} or "
                        f"{CHOICE_POINTS[1]}")
    endings = sum(1 for scene in draft.scenes if scene.ending)
    if endings < MIN_ENDINGS:
        problems.append(f"{endings} endings; write at least {MIN_ENDINGS} of different kinds")
    return problems
