"""The offline writer's episodes: the blueprint's moves strung into scenes, beats and
lines, with continuity events and the length fitted to the target."""

from __future__ import annotations

import random
from dataclasses import dataclass

from microdrama.domain import Beat, Episode, Ledger, LedgerEvent, Line, Scene, episode_id
from microdrama.domain.bible import BeatKind
from microdrama.domain.script import Emotion, TimeOfDay
from microdrama.packs import BUILTIN, Packs
from microdrama.providers.base import ScriptRequest
from microdrama.providers.offline.voice.prosody import REFERENCE_RATE, relative_speed
from microdrama.providers.offline.writer.banks.schema import Move, Twist
from microdrama.providers.offline.writer.cast import fill
from microdrama.providers.offline.writer.payoffs import (
    Answer,
    answer_in_plan,
    missing_events,
    return_events,
    without_returning,
)
from microdrama.providers.offline.writer.story import (
    FILLER_ORDER,
    Moment,
    Series,
    action_text,
    arc_scheme,
    blueprint,
    own_pickup_line,
    pick,
    pickup_line,
    rng_for,
    slot_fills,
    speaker_of,
)
from microdrama.review.craft import Craft, load_craft
from microdrama.review.doctor import misplaced_word


class SceneIds:
    """Hands out scene, beat and line ids of one episode in order."""

    def __init__(self, number: int) -> None:
        self.episode = episode_id(number)
        self.scenes = 0

    def scene(self) -> tuple[str, IdCounter]:
        self.scenes += 1
        scene = f"{self.episode}-sc{self.scenes:02d}"
        return scene, IdCounter(scene)


class IdCounter:
    def __init__(self, scene: str) -> None:
        self.scene, self.beats, self.lines = scene, 0, 0

    def beat(self) -> str:
        self.beats += 1
        return f"{self.scene}-b{self.beats:02d}"

    def line(self) -> str:
        self.lines += 1
        return f"{self.scene}-l{self.lines:02d}"


def moment_of(request: ScriptRequest) -> Moment:
    """Where this episode sits, read from the continuity so far (not just the plan)."""
    ledger = request.ledger
    series_rival = next((c.id for c in request.bible.characters if c.role == "rival"), "")
    revealed = ledger.knows(series_rival, "identity")
    arc = request.arc
    return Moment(
        number=request.plan.number, arc=arc,
        arc_first=bool(arc and arc.first == request.plan.number),
        arc_last=request.arc_last, final=request.final,
        reveal_now=request.plan.reveal and not revealed, revealed=revealed,
        gone=frozenset(ledger.gone),
        knowers=frozenset(ledger.facts["identity"].known_by) if "identity" in ledger.facts else None,
    )


def opening_of(series: Series, request: ScriptRequest) -> tuple[Moment, Answer | None]:
    """Where the episode sits, and the pay-off it opens on when the episode before ended
    on a cliffhanger (payoffs.py); whom the pay-off brings back counts as in the story."""
    moment = moment_of(request)
    names = [loc.name for loc in request.bible.locations]
    found = answer_in_plan(series, moment, request.plan, names)
    return without_returning(moment, found), found


def make_episode(request: ScriptRequest, packs: Packs = BUILTIN) -> Episode:
    """One episode script that realises its plan and keeps continuity (craft rules from
    ``packs``)."""
    series = Series.of(request.bible, request.seed)
    craft = load_craft(request.bible.language, packs)
    moment, found = opening_of(series, request)
    blue = blueprint(series, moment, found.move if found else None)
    plan = request.plan
    ledger = request.ledger.model_copy(deep=True)
    names = {loc.id: loc.name for loc in request.bible.locations}
    kinds = {loc.id: loc.kind for loc in request.bible.locations}
    known = [loc for loc in plan.locations if loc in names] or list(names)[:1]
    places = (known * 2)[:2]
    arc_key = request.arc.id if request.arc else "arc01"
    facts = {"identity": "identity", "scheme": f"{arc_key}-scheme", "twist": f"{arc_key}-twist"}
    planned_text = {id(blue.first[0][1]): plan.hook, id(blue.reversal()[1]): plan.reversal,
                    id(blue.ending()[1]): plan.cliffhanger}
    parts = [list(blue.first), list(blue.second)]
    # The pay-off answers the cliffhanger itself; only an episode after a twist or a
    # reveal opens on the lead's pickup line.
    pickup = pickup_line(series, plan.number) if plan.number > 1 and found is None else ""
    # After the pay-off, the lead has a word in the idea's own words (its people, places).
    said = own_pickup_line(series, plan.number) if plan.number > 1 and found else ""
    _shed(parts, series, moment, craft, plan.target_seconds,
          keep=set(planned_text),
          spoken=[(text, pace(series, series.role_ids["lead"], "determined"))
                  for text in (pickup, said) if text])
    size = sum(move_size(series, moment, m, craft) for part in parts for _, m in part)
    used = {m.id for part in parts for _, m in part}
    # The paywall episode ends on the reveal: until that last beat, the secret holds.
    after = moment.revealed or (moment.reveal_now and moment.final)

    def off(size: float, lines: int = 0, beats: int = 0) -> float:
        """How far from the target these moves (+ lines, beats) run once voiced, in s."""
        # A beat without action (a premise pair) has no silent action shot.
        shots = sum(1 for p in parts for _, m in p if any(a.strip() for a in m.action))
        return craft.running_seconds(size, beats=beats + shots,
                                     lines=lines + sum(len(m.lines) for p in parts for _, m in p)
                                     ) - plan.target_seconds

    for attempt in range(12):
        if off(size) >= -craft.fill_tolerance * plan.target_seconds:
            break
        beat = FILLER_ORDER[attempt % 3]
        turn = 1 + attempt // 3  # the fillers' own positions, after the core move's
        revealed = (moment.revealed and not moment.reveal_now) if beat == "stakes" else after
        try:
            move = pick(series, moment, beat, turn, revealed=revealed, skip=tuple(used))
        except LookupError:
            continue
        target = 1 if beat == "escalation" else 0
        if misplaced_word(action_text(series, moment, move, names[places[target]]),
                          kinds[places[target]], request.bible.language):
            used.add(move.id)  # its action does not happen here: not this one, not later
            continue
        extra = move_size(series, moment, move, craft)
        if abs(off(size + extra, len(move.lines), 1)) >= abs(off(size)):
            continue  # _trim cuts lines from a move that runs over, not from one too many
        used.add(move.id)
        size += extra
        part = parts[target]
        index = max(i for i, (kind, _) in enumerate(part)
                    if kind == beat or (beat == "reversal" and kind == "reveal")
                    or (beat == "escalation" and kind == "escalation"))
        part.insert(index + 1, (beat, move))

    ids = SceneIds(plan.number)
    scenes: list[Scene] = []
    times: list[TimeOfDay] = ["day", "night", "dusk", "dawn"]
    tr = rng_for(request.seed, plan.number, "time")
    writer = SceneWriter(series, moment, request, ledger, facts, blue.twist, planned_text,
                         found, blue.ending()[1])
    for part_index, part in enumerate(parts):
        place = places[part_index]
        scene_id, counter = ids.scene()
        lead_in: tuple[str, str, Emotion] | None = None
        if part_index == 0 and pickup and part and part[0][0] == "hook":
            # Pick up the last episode's cliffhanger: the lead answers it first.
            lead_in = (series.role_ids["lead"], pickup, "determined")
        lead_out: tuple[str, str, Emotion] | None = (
            (series.role_ids["lead"], said, "determined") if part_index == 0 and said else None)
        beats, present = writer.beats(counter, part, names[place], opening=part_index == 0,
                                      lead_in=lead_in, lead_out=lead_out)
        scenes.append(Scene(id=scene_id, location=place, time=tr.choice(times),
                            characters=present, beats=beats))
    _trim(scenes, craft, plan.target_seconds, series)
    return Episode(id=episode_id(plan.number), number=plan.number, title=plan.title,
                   target_seconds=plan.target_seconds, summary=plan.summary, scenes=scenes)


@dataclass
class SceneWriter:
    """Writes the beats of one scene from its moves: actions, lines, continuity events
    (folded into ``ledger`` as they happen)."""

    series: Series
    moment: Moment
    request: ScriptRequest
    ledger: Ledger
    facts: dict[str, str]
    twist: Twist | None
    #: id(move) → the plan's text for it (a user's rewritten hook, reversal or ending).
    planned_text: dict[int, str]
    #: The pay-off the episode opens on (it brings back whom the cliffhanger took).
    answer: Answer | None = None
    #: The episode's last beat (a cliffhanger takes away whom it says is missing).
    ending: Move | None = None

    def beats(self, counter: IdCounter, part: list[tuple[BeatKind, Move]], place: str, *,
              opening: bool, lead_in: tuple[str, str, Emotion] | None = None,
              lead_out: tuple[str, str, Emotion] | None = None
              ) -> tuple[list[Beat], list[str]]:
        """The beats of ``part`` at ``place`` and who is on stage; ``opening``: the
        episode's first scene; ``lead_in``: (speaker, text, emotion) said first;
        ``lead_out``: said after the first beat's lines."""
        series, moment, request = self.series, self.moment, self.request
        number = request.plan.number
        fills = slot_fills(series, moment, place)
        beats: list[Beat] = []
        present: list[str] = []
        for kind, move in part:
            beat_id = counter.beat()
            fills = slot_fills(series, moment, place, move)
            action = fill(series.variant(move, "action", move.action), fills)
            planned = self.planned_text.get(id(move), "")
            if planned and planned != action:
                action = planned  # the user rewrote the plan: follow it
            speakers = [speaker_of(series, moment, t.who) for t in move.lines]
            first_speaker = [said[0] for said in (lead_in, lead_out) if said and not beats]
            on_stage = list(dict.fromkeys([*present, *speakers, *first_speaker]))
            if kind == "reveal":  # a public reveal: everyone still in the story is there
                on_stage = list(dict.fromkeys(
                    [*on_stage, *(c for c in series.role_ids.values() if c not in moment.gone)]))
            events = _events(series, moment, self.ledger, kind, move, opening and not beats,
                             on_stage, self.facts, self.twist, fills)
            if self.answer is not None and move is self.answer.move:
                events = return_events(self.answer, self.ledger.gone) + events
            if kind == "cliffhanger" and move is self.ending:
                events += missing_events(series, move, self.ledger.gone)
            for event in events:
                self.ledger.apply(event, episode_id(number))
            lines = []
            if lead_in and not beats:
                speaker, text, emotion = lead_in
                lines.append(Line(id=counter.line(), speaker=speaker, text=text, emotion=emotion))
            for index, template in enumerate(move.lines):
                lr = _line_rng(request.seed, number, move.id, index)
                text = fill(series.variant(move, index, template.say), fills)
                direction = ""
                if template.direction and lr.random() < 0.6:
                    direction = fill(series.worded(move, lr.choice(template.direction),
                                                   about=template.who), fills)
                lines.append(Line(
                    id=counter.line(), speaker=speakers[index],
                    text=text, emotion=template.emotion,
                    direction=direction, knows=[self.facts[k] for k in template.knows],
                ))
            if lead_out and not beats and lead_out[0] not in moment.gone:
                speaker, text, emotion = lead_out
                lines.append(Line(id=counter.line(), speaker=speaker, text=text, emotion=emotion))
            present = on_stage
            beats.append(Beat(id=beat_id, kind=kind, action=action, events=events, lines=lines))
        return beats, present


def move_size(series: Series, moment: Moment, move: Move, craft: Craft) -> float:
    """Spoken size of a move as it will be written (the variant the episode picks), its
    pauses included (Craft.fill_size)."""
    fills = slot_fills(series, moment, "", move)
    total = 0.0
    for index, template in enumerate(move.lines):
        text = fill(series.variant(move, index, template.say), fills)
        total += craft.fill_size(text, pace(series, speaker_of(series, moment, template.who),
                                             template.emotion))
    return total


def pace(series: Series, speaker: str, emotion: Emotion) -> float:
    """How fast the offline voice says a line of ``speaker`` in ``emotion``, against the
    craft measure's pace (1.0): the speaker's own rate and the emotion's speed."""
    rate = next((c.voice.rate for c in series.bible.characters if c.id == speaker),
                REFERENCE_RATE)
    return relative_speed(series.bible.language, rate, emotion)


def _line_rng(seed: int, number: int, move_id: str, index: int) -> random.Random:
    return rng_for(seed, number, move_id, "line", index)


def _events(series: Series, moment: Moment, ledger: Ledger, kind: str, move: Move, opening: bool,
            on_stage: list[str], facts: dict[str, str], twist: Twist | None,
            fills: dict[str, str]) -> list[LedgerEvent]:
    """Continuity changes that happen as a beat starts."""
    events: list[LedgerEvent] = []
    lead, aide = series.role_ids["lead"], series.role_ids["aide"]
    if opening and "identity" not in ledger.facts:
        events.append(LedgerEvent(kind="establish", fact="identity", who=sorted({lead, aide}),
                                  text=series.bible.secret or fills["identity"]))
    if opening and facts["scheme"] not in ledger.facts:
        schemer = moment.arc.schemer if moment.arc and moment.arc.schemer else series.role_ids["rival"]
        scheme = arc_scheme(series, moment.arc)
        events.append(LedgerEvent(kind="establish", fact=facts["scheme"], who=[schemer],
                                  text=fill(scheme.fact, fills)))
    learn_fact = {"reveal": "identity", "twist": None}.get(kind)
    if move.phase == "expose":
        learn_fact = facts["scheme"]
    if learn_fact:
        known = set(ledger.facts[learn_fact].known_by) if learn_fact in ledger.facts else set()
        for event in events:
            if event.fact == learn_fact:
                known |= set(event.who)
        new = sorted(set(on_stage) - known)
        if new and (learn_fact in ledger.facts or any(e.fact == learn_fact for e in events)):
            events.append(LedgerEvent(kind="learns", fact=learn_fact, who=new))
    if kind == "twist" and twist is not None and facts["twist"] not in ledger.facts:
        events.append(LedgerEvent(kind="establish", fact=facts["twist"], who=sorted(set(on_stage)),
                                  text=fill(twist.fact, fills)))
    if kind == "finale":
        rival = series.role_ids["rival"]
        if rival not in ledger.gone and rival != lead:
            events.append(LedgerEvent(kind="leaves", who=[rival]))
    return events


#: What a short episode does without, first to last (decision 0037): the banks' stakes and
#: escalation, then the idea's own pairs — the second scene's, then the first's. The hook,
#: the plan's reversal and ending, an arc's exposure and each scene's last beat stay.
def _shed_rank(part: int, kind: BeatKind, move: Move) -> int | None:
    own = move.id.startswith("premise-")
    if not own and kind in ("stakes", "escalation"):
        return ("stakes", "escalation").index(kind)
    return (3 - part) if own else None


def _shed(parts: list[list[tuple[BeatKind, Move]]], series: Series, moment: Moment,
          craft: Craft, seconds: int, *, keep: set[int],
          spoken: list[tuple[str, float]]) -> None:
    """For a short episode: drop whole beats while the episode, each beat cut to its
    first line (all that ``_trim`` can leave), would still run over its target. Without
    this a 30-s target made a 40–51-s episode: eight beats' silent shots and lines alone
    fill more than 30 s."""
    def floor_off() -> float:
        size = sum(craft.fill_size(text, speed) for text, speed in spoken)
        lines, shots = len(spoken), 0
        for part in parts:
            for _, move in part:
                if move.lines:
                    first = move.lines[0]
                    fills = slot_fills(series, moment, "", move)
                    text = fill(series.variant(move, 0, first.say), fills)
                    size += craft.fill_size(text, pace(series, speaker_of(series, moment,
                                                                          first.who),
                                                       first.emotion))
                    lines += 1
                shots += 1 if any(a.strip() for a in move.action) else 0
        return craft.running_seconds(size, beats=shots, lines=lines) - seconds

    while floor_off() > craft.fill_tolerance * seconds:
        ranked = [(rank, index, part_index)
                  for part_index, part in enumerate(parts)
                  for index, (kind, move) in enumerate(part[:-1])
                  if id(move) not in keep
                  and (rank := _shed_rank(part_index, kind, move)) is not None]
        if not ranked:
            return
        _, index, part_index = min(ranked)
        del parts[part_index][index]


def _trim(scenes: list[Scene], craft: Craft, seconds: int, series: Series) -> None:
    """Cut lines (never a beat's last) until the episode, voiced, fits its longest length."""
    def over() -> bool:
        lines = [ln for s in scenes for b in s.beats for ln in b.lines]
        size = sum(craft.fill_size(ln.text, pace(series, ln.speaker, ln.emotion))
                   for ln in lines)
        beats = sum(1 for s in scenes for b in s.beats if b.action.strip())
        return size > craft.fill_range(seconds, lines=len(lines), beats=beats)[1]

    while over():
        beats = [b for s in scenes for b in s.beats if len(b.lines) > 1]
        if not beats:
            return
        longest = max(beats, key=lambda b: len(b.lines))
        longest.lines.pop()
