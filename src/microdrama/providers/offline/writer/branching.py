"""The offline writer's branching episodes (``microdrama new --interactive``).

An episode follows a shape of ``banks/branching/shapes.yaml`` (dealt per episode): an
opening scene with the episode's hook, stakes and turn, branches, a stand-off, and
three or four endings. The **canonical** path — the default taken at every choice —
carries everything the plan asks of the episode (its hook, reversal and last beat: the
cliffhanger, twist, reveal or finale), so the series continues from it; every other
scene gets fresh moves of its own, never used elsewhere in the episode, and a branch
opened by one option starts on that option's answer line, in the premise's words.

Choices change typed state (``evidence``, ``trust``) that later choices read: an option
to show the proof appears only to a lead who went looking for it. Each playthrough is
fitted to the episode's length on its own; continuity events happen only where every
path through a scene agrees on them (branches before a stand-off carry none).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from microdrama.domain import Beat, Episode, Ledger, Scene, episode_id
from microdrama.domain.bible import BeatKind
from microdrama.domain.branching import Choice, Ending, EndingKind
from microdrama.domain.script import Emotion, TimeOfDay
from microdrama.packs import BUILTIN, Packs
from microdrama.providers.base import ScriptRequest
from microdrama.providers.offline.writer.banks.schema import Move, template_slots
from microdrama.providers.offline.writer.cast import fill
from microdrama.providers.offline.writer.episode import (
    IdCounter,
    SceneIds,
    SceneWriter,
    move_size,
    opening_of,
    pace,
)
from microdrama.providers.offline.writer.frame import fits
from microdrama.providers.offline.writer.payoffs import Answer
from microdrama.providers.offline.writer.shapes import (
    BranchWriting,
    Shape,
    ShapeScene,
    load_branch_writing,
    load_shapes,
)
from microdrama.providers.offline.writer.story import (
    FILLER_ORDER,
    Blueprint,
    Moment,
    Series,
    action_text,
    blueprint,
    deal,
    own_pickup_line,
    pick,
    pickup_line,
    rng_for,
    secrets_of,
    slot_fills,
    speaker_of,
    tells_secret,
)
from microdrama.review.craft import Craft, load_craft
from microdrama.review.doctor import misplaced_word
from microdrama.review.lexicon import normalise

Part = list[tuple[BeatKind, Move]]
CAST_ROLES = ("lead", "love", "rival", "elder", "aide", "wildcard")
#: Filler moves tried per episode before it is left as long as it came out.
FILL_ATTEMPTS = 30


def choose_shape(series: Series, number: int) -> Shape:
    """The shape of episode ``number``: dealt per series, so neighbours differ."""
    shapes = {s.id: s for s in load_shapes().shapes}
    order = deal(sorted(shapes), series.seed, "shapes")
    return shapes[order[(number - 1) % len(order)]]


@dataclass
class _Plan:
    """An episode being planned: each scene's moves, and who answers as it opens."""

    shape: Shape
    parts: dict[str, Part]
    answers: dict[str, tuple[str, str, Emotion]]
    paths: list[list[str]]

    def shared(self, key: str) -> int:
        """How many playthroughs pass through scene ``key``."""
        return sum(key in path for path in self.paths)


def make_branching_episode(request: ScriptRequest, packs: Packs = BUILTIN) -> Episode:
    """One interactive episode: a shape of choices and endings filled with the series'
    moves, every playthrough about the episode's length (craft rules from ``packs``)."""
    series = Series.of(request.bible, request.seed)
    craft = load_craft(request.bible.language, packs)
    moment, found = opening_of(series, request)
    blue = blueprint(series, moment, found.move if found else None)
    plan = request.plan
    shape = choose_shape(series, plan.number)
    writing = load_branch_writing(request.bible.language)
    names = {loc.id: loc.name for loc in request.bible.locations}
    kinds = {loc.id: loc.kind for loc in request.bible.locations}
    known = [loc for loc in plan.locations if loc in names] or list(names)[:1]
    places = (known * 2)[:2]
    core = _core_roles(blue)
    # After a reveal as the opening's turn, every later scene is past it (the opening's
    # own fillers come before it).
    opening = shape.scenes[0].key
    after_opening = moment.revealed or blue.first[-1][0] == "reveal"
    used: set[str] = {m.id for _, m in core.values()}
    said: set[str] = {normalise(t) for _, m in core.values() for t in _texts(series, moment, m)}

    turns: dict[str, int] = {}

    def fresh(beat: str, key: str) -> Move | None:
        """A move of ``beat`` no scene of the episode uses, that fits ``place`` and says
        nothing another scene says. Each is dealt from the episode's next own position
        of that beat (the core move holds the first), so neighbouring episodes, which
        own other positions, do not land on the same move in the same round."""
        skip = set(used)
        place = places[shape.scene(key).place]
        revealed = moment.revealed if key == opening else after_opening
        turns[beat] = turns.get(beat, 0) + 1
        for _ in range(12):
            try:
                move = pick(series, moment, beat, turns[beat], revealed=revealed,
                            skip=tuple(skip))
            except LookupError:
                return None
            texts = {normalise(t) for t in _texts(series, moment, move)}
            if misplaced_word(action_text(series, moment, move, names[place]), kinds[place],
                              request.bible.language) or texts & said:
                skip.add(move.id)
                continue
            used.add(move.id)
            said.update(texts)
            return move
        return None

    parts: dict[str, Part] = {}
    for scene in shape.scenes:
        part: Part = []
        for role in scene.beats:
            if role in core:
                part.append(core[role])
            elif role.startswith("new-"):
                beat = role.removeprefix("new-")
                move = fresh(beat, scene.key)
                if move is not None:
                    part.append((beat, move))  # type: ignore[arg-type]
        parts[scene.key] = part
    answers = _answers(series, moment, shape, writing, plan.number, said)
    episode_plan = _Plan(shape, parts, answers, shape.paths())
    _shed(episode_plan, series, moment, craft, plan.target_seconds, core)
    _fill(episode_plan, series, moment, craft, plan.target_seconds, fresh)
    scenes = _write(episode_plan, series, moment, request, blue, core, places, names, writing,
                    found)
    _trim_paths(scenes, episode_plan, craft, plan.target_seconds, series)
    state = dict(load_shapes().state)
    return Episode(id=episode_id(plan.number), number=plan.number, title=plan.title,
                   target_seconds=plan.target_seconds, summary=plan.summary, scenes=scenes,
                   state=state)


def _core_roles(blue: Blueprint) -> dict[str, tuple[BeatKind, Move]]:
    """The blueprint's moves by role: hook, stakes, premise, turn (scene one) and
    escalation, pressure, expose, ending (scene two), as the linear writer deals them."""
    # (After a cliffhanger the hook is its pay-off; a scheme's opening hook after it is
    # left to the linear writer.)
    stakes = next(i for i, (kind, _) in enumerate(blue.first) if kind == "stakes")
    roles: dict[str, tuple[BeatKind, Move]] = {
        "hook": blue.first[0], "stakes": blue.first[stakes], "turn": blue.first[-1],
        "escalation": blue.second[0], "ending": blue.second[-1]}
    if len(blue.first) - stakes == 3:
        roles["premise"] = blue.first[stakes + 1]
    for kind, move in blue.second[1:-1]:
        roles["pressure" if move.id.startswith("premise-") else "expose"] = (kind, move)
    return roles


def _ending_kind(scene: ShapeScene, moment: Moment) -> EndingKind:
    """How an ending feels: the shape's kind, except in the series finale, where the
    canonical ending (the finale itself) is the good one and the shape's good ending,
    a win that still ends on a cliffhanger, the twist."""
    assert scene.ending is not None
    if moment.final and scene.canonical:
        return "good"
    if moment.final and scene.ending == "good":
        return "twist"
    return scene.ending


def _texts(series: Series, moment: Moment, move: Move) -> list[str]:
    """The lines ``move`` says as it will be written."""
    fills = slot_fills(series, moment, "", move)
    return [fill(series.variant(move, i, t.say), fills) for i, t in enumerate(move.lines)]


def _values(series: Series, moment: Moment) -> dict[str, str]:
    """Slot values of labels, answers and titles: the banks' and the premise's."""
    values = {**series.values, **slot_fills(series, moment, "")}
    for key in ("lead", "rival", "love"):
        if values.get(key):
            values[key[0].upper() + key[1:]] = values[key][0].upper() + values[key][1:]
    return values


def _usable(template: str, values: dict[str, str], series: Series, moment: Moment) -> bool:
    """Its slots are filled, it names no one who has left the story, and it says nothing
    the series' era never says (no phone call in a palace)."""
    gone_roles = {r for r in CAST_ROLES if series.role_ids[r] in moment.gone}
    return fits(template, values) and not (template_slots(template) & gone_roles) and bool(
        series.timeless([template]))


def _answers(series: Series, moment: Moment, shape: Shape, writing: BranchWriting,
             number: int, said: set[str]) -> dict[str, tuple[str, str, Emotion]]:
    """Scene key → (speaker, line, emotion) that opens it, for scenes one option leads
    to: the option's stance answered, dealt per series so episodes differ."""
    values = _values(series, moment)
    secrets = secrets_of(series, moment, revealed=moment.revealed)
    out: dict[str, tuple[str, str, Emotion]] = {}
    for scene in shape.scenes:
        incoming = shape.incoming(scene.key)
        if len(incoming) != 1:
            continue
        stance = incoming[0].stance
        answers = writing.stances[stance].answers
        order = deal([str(i) for i in range(len(answers))], series.seed, f"answer-{stance}")
        start = (number - 1) % len(order)
        for step in range(len(order)):
            answer = answers[int(order[(start + step) % len(order)])]
            if not _usable(answer.say, values, series, moment):
                continue
            speaker = speaker_of(series, moment, answer.who)
            text = fill(answer.say, values)
            if normalise(text) in said or tells_secret(series, secrets, speaker, text):
                continue
            said.add(normalise(text))
            out[scene.key] = (speaker, text, answer.emotion)
            break
    return out


def _label(stance: str, writing: BranchWriting, series: Series, moment: Moment,
           number: int) -> str:
    """The option's label: a variant dealt per episode whose slots the series fills."""
    values = _values(series, moment)
    labels = writing.stances[stance].labels  # type: ignore[index]
    start = rng_for(series.seed, number, "label", stance).randrange(len(labels))
    for step in range(len(labels)):
        template = labels[(start + step) % len(labels)]
        if _usable(template, values, series, moment):
            return fill(template, values)
    return fill(labels[-1], values)


def _titles(plan: _Plan, series: Series, moment: Moment, writing: BranchWriting,
            number: int) -> dict[str, str]:
    """Ending scene key → its title, by kind, distinct within the episode."""
    values = _values(series, moment)
    taken: set[str] = set()
    out: dict[str, str] = {}
    for scene in plan.shape.scenes:
        if scene.ending is None:
            continue
        kind = _ending_kind(scene, moment)
        titles = writing.endings.get(kind) or writing.endings["neutral"]
        order = deal([str(i) for i in range(len(titles))], series.seed, f"ending-{kind}")
        start = (number - 1) % len(order)
        for step in range(len(order)):
            template = titles[int(order[(start + step) % len(order)])]
            title = fill(template, values)
            if _usable(template, values, series, moment) and title not in taken:
                break
        taken.add(title)
        out[scene.key] = title
    return out


def _path_off(plan: _Plan, path: list[str], series: Series, moment: Moment, craft: Craft,
              seconds: int, extra: tuple[str, Move] | None = None) -> float:
    """How far from ``seconds`` a playthrough runs once voiced (with ``extra`` added)."""
    size, lines, shots = 0.0, 0, 0
    for key in path:
        moves = [m for _, m in plan.parts[key]]
        if extra and extra[0] == key:
            moves.append(extra[1])
        size += sum(move_size(series, moment, m, craft) for m in moves)
        lines += sum(len(m.lines) for m in moves)
        shots += sum(1 for m in moves if any(a.strip() for a in m.action))
        if key in plan.answers:
            who, text, emotion = plan.answers[key]
            size += craft.fill_size(text, pace(series, who, emotion))
            lines += 1
    return craft.running_seconds(size, beats=shots, lines=lines) - seconds


def _shed(plan: _Plan, series: Series, moment: Moment, craft: Craft, seconds: int,
          core: dict[str, tuple[BeatKind, Move]]) -> None:
    """For a short episode: drop beats the plan can do without (the premise's pairs, a
    scene's fresh beats but its last) while a playthrough would still run over by more
    than cutting lines can mend (each beat keeps one line)."""
    optional = {id(core[r][1]) for r in ("premise", "pressure") if r in core}

    def floor_off(path: list[str]) -> float:
        size, lines, shots = 0.0, 0, 0
        for key in path:
            for _, move in plan.parts[key]:
                texts = _texts(series, moment, move)
                if texts:
                    first = move.lines[0]
                    size += craft.fill_size(texts[0], pace(
                        series, speaker_of(series, moment, first.who), first.emotion))
                lines += 1
                shots += 1 if any(a.strip() for a in move.action) else 0
            if key in plan.answers:
                who, text, emotion = plan.answers[key]
                size += craft.fill_size(text, pace(series, who, emotion))
                lines += 1
        return craft.running_seconds(size, beats=shots, lines=lines) - seconds

    limit = craft.fill_tolerance * seconds
    while True:
        worst = max(plan.paths, key=floor_off)
        if floor_off(worst) <= limit:
            return
        droppable = [(len(plan.parts[key]), key, index) for key in worst
                     for index, (_, move) in enumerate(plan.parts[key])
                     if index < len(plan.parts[key]) - 1
                     and (id(move) in optional or not _is_core(move, core))]
        if not droppable:
            return
        _, key, index = max(droppable)
        del plan.parts[key][index]


def _is_core(move: Move, core: dict[str, tuple[BeatKind, Move]]) -> bool:
    return any(move is m for _, m in core.values())


def _fill(plan: _Plan, series: Series, moment: Moment, craft: Craft, seconds: int,
          fresh: Callable[[str, str], Move | None]) -> None:
    """Add fresh moves to the scenes of playthroughs that run short, the scenes fewest
    playthroughs share first, until each is within the craft's tolerance of its length."""
    tolerance = craft.fill_tolerance * seconds
    skipped: set[tuple[str, str]] = set()
    for attempt in range(FILL_ATTEMPTS):
        offs = [(_path_off(plan, p, series, moment, craft, seconds), p) for p in plan.paths]
        short = min(offs, key=lambda o: o[0])
        if short[0] >= -tolerance:
            return
        beat = FILLER_ORDER[attempt % len(FILLER_ORDER)]
        for key in sorted(short[1], key=plan.shared):
            if (key, beat) in skipped:
                continue
            move = fresh(beat, key)
            if move is None:
                skipped.add((key, beat))
                continue
            before = _path_off(plan, short[1], series, moment, craft, seconds)
            after = _path_off(plan, short[1], series, moment, craft, seconds, (key, move))
            if abs(after) >= abs(before):
                skipped.add((key, beat))
                continue
            part = plan.parts[key]
            part.insert(max(len(part) - 1, 0), (beat, move))  # the scene's last beat stays last
            break


def _write(plan: _Plan, series: Series, moment: Moment, request: ScriptRequest,
           blue: Blueprint, core: dict[str, tuple[BeatKind, Move]], places: list[str],
           names: dict[str, str], writing: BranchWriting, found: Answer | None) -> list[Scene]:
    """The scenes, in the shape's order, with ids, choices, endings and events; each
    scene continues the ledger of the first scene that leads to it."""
    number = request.plan.number
    shape = plan.shape
    ids = SceneIds(number)
    counters: dict[str, tuple[str, IdCounter]] = {s.key: ids.scene() for s in shape.scenes}
    arc_key = request.arc.id if request.arc else "arc01"
    facts = {"identity": "identity", "scheme": f"{arc_key}-scheme", "twist": f"{arc_key}-twist"}
    planned_text = {id(core["hook"][1]): request.plan.hook,
                    id(blue.reversal()[1]): request.plan.reversal,
                    id(core["ending"][1]): request.plan.cliffhanger}
    titles = _titles(plan, series, moment, writing, number)
    pickup = pickup_line(series, number) if number > 1 and found is None else ""
    said = own_pickup_line(series, number) if number > 1 and found else ""
    times: list[TimeOfDay] = ["day", "night", "dusk", "dawn"]
    tr = rng_for(request.seed, number, "time")
    ledgers: dict[str, Ledger] = {shape.scenes[0].key: request.ledger.model_copy(deep=True)}
    written: dict[str, Scene] = {}
    for key in _topological(shape):
        scene = shape.scene(key)
        ledger = ledgers[key]
        writer = SceneWriter(series, moment, request, ledger, facts, blue.twist, planned_text,
                             found, core["ending"][1])
        scene_id, counter = counters[key]
        lead_in = plan.answers.get(key)
        part = plan.parts[key]
        if key == shape.scenes[0].key and pickup and part and part[0][0] == "hook":
            lead_in = (series.role_ids["lead"], pickup, "determined")
        lead_out: tuple[str, str, Emotion] | None = (
            (series.role_ids["lead"], said, "determined")
            if key == shape.scenes[0].key and said else None)
        beats, present = writer.beats(counter, part, names[places[scene.place]],
                                      opening=key == shape.scenes[0].key, lead_in=lead_in,
                                      lead_out=lead_out)
        for target in shape.targets(scene):
            ledgers.setdefault(target, ledger.model_copy(deep=True))
        written[key] = _scene(scene, scene_id, places[scene.place], present, beats, plan,
                              counters, titles, series, moment, writing, number, tr.choice(times))
    return [written[s.key] for s in shape.scenes]


def _scene(scene: ShapeScene, scene_id: str, place: str, present: list[str],
           beats: list[Beat], plan: _Plan, counters: dict[str, tuple[str, IdCounter]],
           titles: dict[str, str], series: Series, moment: Moment, writing: BranchWriting,
           number: int, time: TimeOfDay) -> Scene:
    choices = [Choice(id=f"{scene_id}-c{index:02d}",
                      label=_label(option.stance, writing, series, moment, number),
                      goto=counters[option.goto][0], condition=option.condition,
                      effects=list(option.effects), default=option.default)
               for index, option in enumerate(scene.choices, 1)]
    ending = None
    if scene.ending is not None:
        ending = Ending(title=titles[scene.key], kind=_ending_kind(scene, moment))
    return Scene(id=scene_id, location=place, time=time, characters=present, beats=beats,
                 choices=choices, next=counters[scene.next][0] if scene.next else None,
                 ending=ending)


def _topological(shape: Shape) -> list[str]:
    """Scene keys so that every scene comes after all scenes that lead to it."""
    order: list[str] = []
    seen: set[str] = set()

    def visit(key: str) -> None:
        if key in seen:
            return
        seen.add(key)
        for target in shape.targets(shape.scene(key)):
            visit(target)
        order.append(key)

    visit(shape.scenes[0].key)
    return order[::-1]


def _trim_paths(scenes: list[Scene], plan: _Plan, craft: Craft, seconds: int,
                series: Series) -> None:
    """Cut lines (never a beat's last) until every playthrough, voiced, fits its longest
    length: from a scene whose every playthrough has room to lose a line, its longest
    beat first, the one more playthroughs share on a tie."""
    by_key = dict(zip((s.key for s in plan.shape.scenes), scenes, strict=True))

    def slack(path: list[str]) -> tuple[float, float]:
        """(spoken size over the shortest fill, over the longest) of a playthrough."""
        beats = [b for key in path for b in by_key[key].beats]
        lines = [ln for b in beats for ln in b.lines]
        size = sum(craft.fill_size(ln.text, pace(series, ln.speaker, ln.emotion))
                   for ln in lines)
        low, high = craft.fill_range(seconds, lines=len(lines),
                                     beats=sum(1 for b in beats if b.action.strip()))
        return size - low, size - high

    for path in plan.paths:
        while slack(path)[1] > 0:
            beats = []
            for key in path:
                # Cutting here shortens every playthrough through the scene: prefer a
                # scene none of whose playthroughs would then run short.
                roomy = all(slack(p)[0] > 0 for p in plan.paths if key in p)
                beats += [(roomy, len(b.lines), plan.shared(key), b)
                          for b in by_key[key].beats if len(b.lines) > 1]
            if not beats:
                break
            max(beats, key=lambda entry: entry[:3])[3].lines.pop()
