"""The offline writer's outline and episodes, strung from the bank's moves.

Every choice is a pure function of (seed, episode number, what it is choosing), so the
outline and the script writer pick the same moves for an episode without sharing
state, and episodes can be written in any order. Moves are dealt from a seeded
permutation per beat kind, so a move comes back only after the others have been used.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from microdrama.domain import (
    Arc,
    Beat,
    Bible,
    Episode,
    EpisodePlan,
    Ledger,
    LedgerEvent,
    Line,
    Monetization,
    Outline,
    Scene,
    episode_id,
)
from microdrama.domain.bible import BeatKind
from microdrama.domain.script import TimeOfDay
from microdrama.domain.text import spoken_size
from microdrama.providers.base import OutlineRequest, ScriptRequest
from microdrama.providers.offline.banks import load_bank
from microdrama.providers.offline.banks.schema import Bank, Move, Scheme, Trope, Twist
from microdrama.providers.offline.cast import family_name, fill, short_name
from microdrama.review.craft import Craft, load_craft

FILLER_ORDER: tuple[BeatKind, ...] = ("escalation", "stakes", "reversal")
FILLER_OFFSET = 7919


def rng_for(*parts: object) -> random.Random:
    """A random stream named by its parts: the same parts give the same stream."""
    return random.Random(":".join(str(p) for p in parts))


@dataclass
class Series:
    """What the writer knows about a series while writing it."""

    bank: Bank
    bible: Bible
    trope: Trope
    seed: int
    fills: dict[str, str]
    role_ids: dict[str, str]
    rounds: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, bible: Bible, seed: int) -> Series:
        bank = load_bank(bible.language)
        by_id = {t.id: t for t in bank.tropes}
        trope = next((by_id[t] for t in bible.tropes if t in by_id), bank.tropes[0])
        role_ids: dict[str, str] = {}
        for character in bible.characters:
            role_ids.setdefault(character.role, character.id)
        elder = bible.by_role("elder") or bible.characters[0]
        family = family_name(elder, bank)
        fills: dict[str, str] = {c.role: short_name(c, bible.language, family)
                 for c in bible.characters if role_ids.get(c.role) == c.id}
        for role in ("lead", "love", "rival", "elder", "aide", "wildcard"):
            fills.setdefault(role, fills.get("lead", bible.characters[0].name))
            role_ids.setdefault(role, role_ids.get("lead", bible.characters[0].id))
        fills["family"] = family
        fills["identity"] = trope.identity.format(family=family)
        return cls(bank, bible, trope, seed, fills, role_ids)

    def variant(self, move: Move, part: object, options: list[str]) -> str:
        """The variant of ``options`` for this move's current round: a move that comes
        back uses the next variant, so repeats read differently."""
        base = rng_for(self.seed, move.id, part, "variant").randrange(len(options))
        return options[(base + self.rounds.get(move.id, 0)) % len(options)]

    def allowed(self, move: Move) -> bool:
        return not move.tropes or self.trope.id in move.tropes


def arc_number(arc: Arc | None) -> int:
    """1 for 'arc01'; 1 when the id has no number."""
    match = re.search(r"(\d+)", arc.id) if arc else None
    return int(match[1]) if match else 1


def arc_scheme(series: Series, arc: Arc | None) -> Scheme:
    """The scheme an arc runs (by id; dealt by seed when the id is unknown)."""
    by_id = {s.id: s for s in series.bank.schemes}
    if arc and arc.scheme in by_id:
        return by_id[arc.scheme]
    order = deal(sorted(by_id), series.seed, "schemes")
    return by_id[order[(arc_number(arc) - 1) % len(order)]]


def arc_twist(series: Series, arc: Arc | None) -> Twist:
    """The twist that lands at the end of an arc."""
    twists = [t for t in series.bank.twists if not t.tropes or series.trope.id in t.tropes]
    order = deal([t.id for t in twists], series.seed, "twists")
    chosen = order[(arc_number(arc) - 1) % len(order)]
    return next(t for t in twists if t.id == chosen)


def deal(ids: list[str], seed: int, name: str) -> list[str]:
    """A seeded permutation of ids."""
    order = sorted(ids)
    rng_for(seed, "deal", name).shuffle(order)
    return order


@dataclass
class Moment:
    """Where an episode sits in the story, which decides the moves it may use."""

    number: int
    arc: Arc | None
    arc_first: bool
    arc_last: bool
    final: bool
    reveal_now: bool
    revealed: bool
    gone: frozenset[str] = frozenset()
    #: Who knows the lead's identity; None = lead and aide before the reveal, all after.
    knowers: frozenset[str] | None = None


def pick(series: Series, moment: Moment, beat: str, slot: int, *, revealed: bool,
         schemes: tuple[str, ...] = (), phase: str = "any", skip: tuple[str, ...] = (),
         own_trope: bool = False) -> Move:
    """Deal a move for ``beat``: the first eligible one from the episode's slot onward."""
    scheme = arc_scheme(series, moment.arc).id

    def eligible(move: Move) -> bool:
        if move.beat != beat or not series.allowed(move):
            return False
        if own_trope and series.trope.id not in move.tropes:
            return False
        if move.phase != phase:
            return False
        if move.schemes and scheme not in move.schemes:
            return False
        if schemes and not set(move.schemes) & set(schemes):
            return False
        if move.identity == "hidden" and revealed or move.identity == "revealed" and not revealed:
            return False
        roles = {_speaker(series, moment, r) for r in move.roles()}
        if roles & moment.gone:
            return False
        if move.beat != "reveal":  # a reveal beat tells everyone first
            knowers = _knowers(series, moment, revealed)
            for line in move.lines:
                if "identity" in line.knows and _speaker(series, moment, line.who) not in knowers:
                    return False
        return True

    eligible_ids = sorted(m.id for m in series.bank.moves if eligible(m))
    if eligible_ids:
        # Deal only among eligible moves, so consecutive episodes get different ones.
        order = deal(eligible_ids, series.seed, f"{beat}:{phase}:{len(eligible_ids)}")
        by_id = {m.id: m for m in series.bank.moves}
        size = len(order)
        index = slot % size
        if order[index] in skip:  # jump half-way round, away from the neighbours' slots
            tries = [(index + size // 2 + k) % size for k in range(size)]
            index = next((i for i in tries if order[i] not in skip), index)
        chosen = by_id[order[index]]
        # The how-many-th time this move comes round: later rounds use later variants.
        series.rounds[chosen.id] = (slot % FILLER_OFFSET) // len(order)
        return chosen
    if schemes or own_trope:  # nothing that specific: any generic move will do
        return pick(series, moment, beat, slot, revealed=revealed, phase=phase, skip=skip)
    raise LookupError(f"the {series.bank.language} bank has no {beat} move for this moment")


@dataclass
class Blueprint:
    """The core moves of one episode, in playing order, split in two scenes."""

    first: list[tuple[BeatKind, Move]]
    second: list[tuple[BeatKind, Move]]
    twist: Twist | None

    def ending(self) -> tuple[str, Move]:
        return self.second[-1]

    def reversal(self) -> tuple[str, Move]:
        return next(bm for bm in self.first if bm[0] in ("reversal", "reveal"))


def blueprint(series: Series, moment: Moment) -> Blueprint:
    """Choose the core moves of an episode."""
    before = moment.revealed and not moment.reveal_now
    after = moment.revealed or moment.reveal_now
    scheme = (arc_scheme(series, moment.arc).id,)
    n = moment.number
    if n == 1:  # the pilot opens on the series' own trope (the idea's premise)
        hook = pick(series, moment, "hook", n, revealed=before, own_trope=True)
    else:
        hook = pick(series, moment, "hook", n, revealed=before,
                    schemes=scheme if moment.arc_first else (), skip=_previous_hook(series, moment))
    stakes = pick(series, moment, "stakes", n, revealed=before)
    expose = None
    if moment.arc_last:
        expose = pick(series, moment, "reversal", n, revealed=after, schemes=scheme,
                      phase="expose")
    turn: tuple[BeatKind, Move]
    ending: tuple[BeatKind, Move]
    if moment.reveal_now:
        turn = ("reveal", pick(series, moment, "reveal", n, revealed=True))
    elif expose is not None:
        turn, expose = ("reversal", expose), None
    else:
        turn = ("reversal", pick(series, moment, "reversal", n, revealed=before))
    escalation = pick(series, moment, "escalation", n, revealed=after)
    twist = None
    if moment.final:
        ending = ("finale", pick(series, moment, "finale", n, revealed=after))
    elif moment.arc_last:
        twist = arc_twist(series, moment.arc)
        ending = ("twist", twist.move)
    else:
        ending = ("cliffhanger", pick(series, moment, "cliffhanger", n, revealed=after))
    second: list[tuple[BeatKind, Move]] = [("escalation", escalation)]
    if expose is not None:
        second.append(("reversal", expose))
    second.append(ending)
    return Blueprint([("hook", hook), ("stakes", stakes), turn], second, twist)


def _previous_hook(series: Series, moment: Moment) -> tuple[str, ...]:
    """The hook the episode before would deal, so two episodes in a row never share one."""
    number = moment.number - 1
    if number < 1:
        return ()
    before = Moment(number, moment.arc, bool(moment.arc and moment.arc.first == number), False,
                    False, False, moment.revealed and not moment.reveal_now, moment.gone)
    scheme = (arc_scheme(series, moment.arc).id,) if before.arc_first else ()
    rounds = dict(series.rounds)
    move = pick(series, before, "hook", number, revealed=before.revealed, schemes=scheme)
    series.rounds = rounds
    return (move.id,)


def slot_fills(series: Series, moment: Moment, place: str) -> dict[str, str]:
    """Slot values for one scene."""
    scheme = arc_scheme(series, moment.arc)
    stakes = series.trope.stakes
    schemer_role = moment.arc.schemer if moment.arc and moment.arc.schemer else ""
    schemer = next((c for c in series.bible.characters if c.id == schemer_role), None)
    return {
        **series.fills,
        "schemer": series.fills[schemer.role] if schemer else series.fills["rival"],
        "prop": scheme.prop, "scheme": scheme.scheme,
        "stake": stakes[(arc_number(moment.arc) - 1) % len(stakes)], "place": place,
    }


def action_text(series: Series, moment: Moment, move: Move, place: str) -> str:
    """The rendered stage direction of a move in an episode."""
    return fill(series.variant(move, "action", move.action), slot_fills(series, moment, place))


# --- outline ---------------------------------------------------------------------------

def plan_money(n: int, craft: Craft, rng: random.Random) -> tuple[Monetization, int]:
    """The money plan and the episode of the identity reveal (just before the paywall)."""
    low, high = craft.paywall_range
    if n >= 2 * low:
        paywall: int | None = min(high, max(low, round(n / 8)))
    elif n >= 3:
        paywall = n // 2 + 1
    else:
        paywall = None
    reveal = max(1, paywall - 1) if paywall else n
    checkpoints = [c for c in craft.unlock_checkpoints if paywall and paywall < c <= n]
    ads = [e for e in range((paywall or n) + 1, n + 1) if e not in checkpoints and e % 3 == 0]
    coins_low, coins_high = craft.coins_per_episode
    money = Monetization(
        model="hybrid", free_episodes=(paywall - 1) if paywall else n, paywall_episode=paywall,
        unlock_checkpoints=checkpoints, ad_breaks=ads,
        coins_per_episode=rng.randrange(coins_low, coins_high + 1, 10),
        source=craft.source,
    )
    return money, reveal


def plan_arcs(series: Series, n: int, craft: Craft) -> list[Arc]:
    """Blocks of about ``twist_every`` episodes, each around one scheme."""
    size = craft.twist_every
    bounds = []
    first = 1
    while first <= n:
        last = min(n, first + size - 1)
        if n - last < size // 2:  # a short tail joins the last arc
            last = n
        bounds.append((first, last))
        first = last + 1
    castable = {s.id: who for s in series.bank.schemes if (who := cast_schemer(series, s))}
    schemes = deal(list(castable), series.seed, "schemes")
    by_id = {s.id: s for s in series.bank.schemes}
    arcs = []
    for index, (first, last) in enumerate(bounds):
        scheme = by_id[schemes[index % len(schemes)]]
        schemer = castable[scheme.id]
        arc = Arc(id=f"arc{index + 1:02d}", title="", first=first, last=last, summary="",
                  scheme=scheme.id, schemer=schemer)
        moment = Moment(first, arc, True, False, False, False, False)
        fills = slot_fills(series, moment, "")
        arc.title = fill(rng_for(series.seed, arc.id, "title").choice(scheme.title), fills)
        arc.summary = fill(scheme.summary, fills)
        arcs.append(arc)
    return arcs


def cast_schemer(series: Series, scheme: Scheme) -> str | None:
    """The character who runs ``scheme``: its preferred role if the genders fit, else
    another antagonist who fits; None when nobody in this cast can."""
    cast = {c.id: c for c in series.bible.characters}
    love = cast.get(series.role_ids["love"])
    wanted_love = scheme.genders.get("love")
    if wanted_love and love is not None and love.gender != wanted_love:
        return None
    wanted = scheme.genders.get("schemer")
    for role in dict.fromkeys([scheme.schemer, "rival", "elder", "wildcard"]):
        who = cast.get(series.role_ids[role])
        if who is not None and (wanted is None or who.gender == wanted):
            return who.id
    return None


def make_outline(request: OutlineRequest) -> Outline:
    """The outline: arcs, money plan and one plan entry per episode."""
    series = Series.of(request.bible, request.seed)
    craft = load_craft(request.bible.language)
    n = request.episodes
    money, reveal = plan_money(n, craft, rng_for(request.seed, "money"))
    arcs = plan_arcs(series, n, craft)
    titles = deal(series.bank.episode_titles, request.seed, "titles")
    locations = [loc.id for loc in request.bible.locations]
    plan = []
    for number in range(1, n + 1):
        arc = next(a for a in arcs if a.first <= number <= a.last)
        moment = Moment(number, arc, number == arc.first, number == arc.last, number == n,
                        number == reveal, number > reveal)
        places = pick_places(locations, request.seed, number)
        blue = blueprint(series, moment)
        names = {loc.id: loc.name for loc in request.bible.locations}
        hook = action_text(series, moment, blue.first[0][1], names[places[0]])
        turn = action_text(series, moment, blue.reversal()[1], names[places[0]])
        end = action_text(series, moment, blue.ending()[1], names[places[1]])
        fills = slot_fills(series, moment, names[places[0]])
        title = fill(titles[(number - 1) % len(titles)], fills)
        plan.append(EpisodePlan(
            number=number, title=title, target_seconds=request.episode_seconds, arc=arc.id,
            summary=f"{arc.title}: {turn}" if request.bible.language == "en" else f"{arc.title}：{turn}",
            hook=hook, reversal=turn, cliffhanger=end,
            twist=blue.twist is not None, reveal=moment.reveal_now,
            paywall=number == money.paywall_episode, ad_break=number in money.ad_breaks,
            locations=places,
        ))
    return Outline(arcs=arcs, plan=plan, monetization=money)


def pick_places(locations: list[str], seed: int, number: int) -> list[str]:
    """Two locations for an episode; the home base (first) comes up most often."""
    rng = rng_for(seed, number, "places")
    first = locations[0] if rng.random() < 0.45 else rng.choice(locations)
    second = rng.choice([loc for loc in locations if loc != first] or [first])
    return [first, second]


# --- scripts ---------------------------------------------------------------------------

class _Ids:
    """Hands out scene, beat and line ids of one episode in order."""

    def __init__(self, number: int) -> None:
        self.episode = episode_id(number)
        self.scenes = 0

    def scene(self) -> tuple[str, _Counter]:
        self.scenes += 1
        scene = f"{self.episode}-sc{self.scenes:02d}"
        return scene, _Counter(scene)


class _Counter:
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


def make_episode(request: ScriptRequest) -> Episode:
    """One episode script that realises its plan and keeps continuity."""
    series = Series.of(request.bible, request.seed)
    craft = load_craft(request.bible.language)
    moment = moment_of(request)
    blue = blueprint(series, moment)
    plan = request.plan
    ledger = request.ledger.model_copy(deep=True)
    names = {loc.id: loc.name for loc in request.bible.locations}
    known = [loc for loc in plan.locations if loc in names] or list(names)[:1]
    places = (known * 2)[:2]
    arc_key = request.arc.id if request.arc else "arc01"
    facts = {"identity": "identity", "scheme": f"{arc_key}-scheme", "twist": f"{arc_key}-twist"}
    planned_text = {id(blue.first[0][1]): plan.hook, id(blue.reversal()[1]): plan.reversal,
                    id(blue.ending()[1]): plan.cliffhanger}
    low, high = craft.spoken_range(plan.target_seconds)
    parts = [list(blue.first), list(blue.second)]
    size = sum(_move_size(series, moment, m, craft) for part in parts for _, m in part)
    used = {m.id for part in parts for _, m in part}
    after = moment.revealed or moment.reveal_now
    for attempt in range(12):
        if size >= low:
            break
        beat = FILLER_ORDER[attempt % 3]
        slot = plan.number + FILLER_OFFSET + attempt // 3  # far from the core's slots
        revealed = (moment.revealed and not moment.reveal_now) if beat == "stakes" else after
        try:
            move = pick(series, moment, beat, slot, revealed=revealed, skip=tuple(used))
        except LookupError:
            continue
        extra = _move_size(series, moment, move, craft)
        if size + extra > high:
            continue
        used.add(move.id)
        size += extra
        part = parts[1] if beat == "escalation" else parts[0]
        index = max(i for i, (kind, _) in enumerate(part)
                    if kind == beat or (beat == "reversal" and kind == "reveal")
                    or (beat == "escalation" and kind == "escalation"))
        part.insert(index + 1, (beat, move))

    ids = _Ids(plan.number)
    scenes: list[Scene] = []
    times: list[TimeOfDay] = ["day", "night", "dusk", "dawn"]
    tr = rng_for(request.seed, plan.number, "time")
    for part_index, part in enumerate(parts):
        place = places[part_index]
        scene_id, counter = ids.scene()
        fills = slot_fills(series, moment, names[place])
        beats: list[Beat] = []
        present: list[str] = []
        for kind, move in part:
            beat_id = counter.beat()
            action = fill(series.variant(move, "action", move.action), fills)
            if id(move) in planned_text and planned_text[id(move)] and (
                    planned_text[id(move)] != action):
                action = planned_text[id(move)]  # the user rewrote the plan: follow it
            speakers = [_speaker(series, moment, t.who) for t in move.lines]
            on_stage = list(dict.fromkeys([*present, *speakers]))
            if kind == "reveal":  # a public reveal: everyone still in the story is there
                on_stage = list(dict.fromkeys(
                    [*on_stage, *(c for c in series.role_ids.values() if c not in moment.gone)]))
            events = _events(series, moment, ledger, kind, move, beats == [] and part_index == 0,
                             on_stage, facts, blue.twist, fills)
            for event in events:
                ledger.apply(event, episode_id(plan.number))
            lines = []
            for index, template in enumerate(move.lines):
                lr = _line_rng(request.seed, plan.number, move.id, index)
                text = fill(series.variant(move, index, template.say), fills)
                direction = ""
                if template.direction and lr.random() < 0.6:
                    direction = fill(lr.choice(template.direction), fills)
                lines.append(Line(
                    id=counter.line(), speaker=speakers[index],
                    text=text, emotion=template.emotion,
                    direction=direction, knows=[facts[k] for k in template.knows],
                ))
            present = on_stage
            beats.append(Beat(id=beat_id, kind=kind, action=action, events=events, lines=lines))
        scenes.append(Scene(id=scene_id, location=place, time=tr.choice(times),
                            characters=present, beats=beats))
    _trim(scenes, request.bible.language, high)
    return Episode(id=episode_id(plan.number), number=plan.number, title=plan.title,
                   target_seconds=plan.target_seconds, summary=plan.summary, scenes=scenes)


def _knowers(series: Series, moment: Moment, revealed: bool) -> set[str]:
    """Who knows the identity at the point a move would play."""
    everyone = set(series.role_ids.values())
    if revealed and moment.reveal_now:
        return everyone
    if moment.knowers is not None:
        return set(moment.knowers)
    return everyone if revealed else {series.role_ids["lead"], series.role_ids["aide"]}


def _speaker(series: Series, moment: Moment, who: str) -> str:
    if who == "schemer":
        return moment.arc.schemer if moment.arc and moment.arc.schemer else series.role_ids["rival"]
    return series.role_ids[who]


def _move_size(series: Series, moment: Moment, move: Move, craft: Craft) -> int:
    """Spoken size of a move as it will be written (the variant the episode picks)."""
    fills = slot_fills(series, moment, "")
    total = 0
    for index, template in enumerate(move.lines):
        text = fill(series.variant(move, index, template.say), fills)
        total += spoken_size(text, craft.language)
    return total


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


def _trim(scenes: list[Scene], language: str, high: int) -> None:
    """Cut lines (never a beat's last) until the episode fits its longest length."""
    def total() -> int:
        return sum(spoken_size(ln.text, language) for s in scenes for b in s.beats for ln in b.lines)

    while total() > high:
        beats = [b for s in scenes for b in s.beats if len(b.lines) > 1]
        if not beats:
            return
        longest = max(beats, key=lambda b: len(b.lines))
        longest.lines.pop()
