"""The offline writer's core: which moves an episode gets (outline.py and episode.py use it).

Every choice is a pure function of (seed + premise, episode number, what it is
choosing), so the outline and the script writer pick the same moves for an episode
without sharing state, and episodes can be written in any order. Moves are dealt from
one seeded permutation per beat kind in which the episodes interleave (``series.STRIDE``),
so a block of episodes never shares a move. The premise adds moves of its own, written
from ``packs/premise`` in the idea's words: the pilot's hook, turn and tell, a pair of
lines an episode in the first block, and the lead's answer to each last cliffhanger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from microdrama.domain import Arc
from microdrama.domain.bible import BeatKind
from microdrama.providers.offline.writer.banks.schema import MODERN, Move, Scheme, Twist
from microdrama.providers.offline.writer.banks.text import Stake, StakeKind
from microdrama.providers.offline.writer.cast import fill
from microdrama.providers.offline.writer.frame import (
    PREMISE_SLOTS,
    WritingLine,
    first_fit,
    fits,
    load_writing,
    premise_move,
    slots_of,
)
from microdrama.providers.offline.writer.series import STRIDE, Series, rng_for
from microdrama.review.lexicon import has_any, key_terms, load_doctor_pack, term_hits

FILLER_ORDER: tuple[BeatKind, ...] = ("escalation", "stakes", "reversal")
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
    twists = [t for t in series.bank.twists if (not t.tropes or series.trope_ids & set(t.tropes))
              and series.cast_fits(t.move)
              and (not t.move.stake or fitting_stake(series, arc, t.move.stake))]
    order = deal([t.id for t in twists], series.seed, "twists")
    chosen = order[(arc_number(arc) - 1) % len(order)]
    return next(t for t in twists if t.id == chosen)


def deal(ids: list[str], seed: int | str, name: str) -> list[str]:
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


def pick(series: Series, moment: Moment, beat: str, turn: int, *, revealed: bool,
         schemes: tuple[str, ...] = (), phase: str = "any", skip: tuple[str, ...] = (),
         own_trope: bool = False) -> Move:
    """Deal a move for ``beat``: the first eligible one at the episode's ``turn``-th own
    position or after (0 = the core move, 1… = fillers)."""
    scheme = arc_scheme(series, moment.arc).id
    fills = slot_fills(series, moment, "")
    secrets = secrets_of(series, moment, revealed=revealed, expose=phase == "expose",
                         reveal=beat == "reveal")
    doctor = load_doctor_pack(series.bible.language)
    # Props a line may name without showing: the arc's own stake and evidence, which the
    # series sets up in its bible and outline (婚约, the contract).
    arc_objects = f"{fills.get('stake', '')} {fills.get('prop', '')}"
    props = [item.words for item in doctor.setup.props
             if not has_any(arc_objects, item.words, series.bible.language)]

    def unshown_prop(move: Move, round_: int) -> bool:
        """A line names a prop (茶, the contract) its move never shows: it would come
        from nowhere, so the move is passed over."""
        fills = slot_fills(series, moment, "", move)
        action = fill(series.variant(move, "action", move.action, round_), fills)
        for index, template in enumerate(move.lines):
            text = fill(series.variant(move, index, template.say, round_), fills)
            for words in props:
                if has_any(text, words, series.bible.language) and not has_any(
                        action, words, series.bible.language):
                    return True
        return False

    def says_secret(move: Move, round_: int) -> bool:
        fills = slot_fills(series, moment, "", move)
        for index, template in enumerate(move.lines):
            speaker = speaker_of(series, moment, template.who)
            text = fill(series.variant(move, index, template.say, round_), fills)
            if tells_secret(series, secrets, speaker, text):
                return True
        return False

    def eligible(move: Move) -> bool:
        if move.beat != beat or not series.allowed(move):
            return False
        if own_trope and series.trope.id not in move.tropes:
            return False
        if move.phase != phase:
            return False
        if move.schemes and scheme not in move.schemes:
            return False
        if move.stake and not fitting_stake(series, moment.arc, move.stake):
            return False  # "sign over the contract marriage": its words need another kind
        if schemes and not set(move.schemes) & set(schemes):
            return False
        if move.identity == "hidden" and revealed or move.identity == "revealed" and not revealed:
            return False
        roles = {speaker_of(series, moment, r) for r in move.roles()}
        if roles & moment.gone:
            return False
        if move.beat != "reveal":  # a reveal beat tells everyone first
            knowers = _knowers(series, moment, revealed)
            for line in move.lines:
                if "identity" in line.knows and speaker_of(series, moment, line.who) not in knowers:
                    return False
        return True

    by_id = {m.id: m for m in series.bank.moves}
    # One deal per beat kind for the whole series (not per eligible set), walked along the
    # episode's own positions; a move that comes back round uses its next variant.
    order = deal(sorted(m.id for m in series.bank.moves
                        if m.beat == beat and series.allowed(m)), series.seed, f"{beat}:all")
    size = len(order)
    start = (moment.number - 1) + turn * STRIDE
    # The episode's own positions first; if none of them fits, the whole deal from a place
    # of its own (far from its neighbours', who would otherwise land on the same move).
    own = [start + step * STRIDE for step in range(-(-size // STRIDE) + 1)]
    # (A move found this way is likely some other episode's too: it takes its next variant.)
    spare = start + (moment.number * 7919) % size + size
    seen: set[int] = set()
    for position in [*own, *range(spare, spare + size)]:
        if position % size in seen:
            continue
        seen.add(position % size)
        move_id = order[position % size]
        round_ = position // size
        if move_id in skip or not eligible(by_id[move_id]) or says_secret(
                by_id[move_id], round_) or unshown_prop(by_id[move_id], round_):
            continue
        chosen = by_id[move_id]
        series.rounds[chosen.id] = round_
        return chosen
    if schemes or own_trope:  # nothing that specific: any generic move will do
        return pick(series, moment, beat, turn, revealed=revealed, phase=phase, skip=skip)
    raise LookupError(f"the {series.bank.language} bank has no {beat} move for this moment")


Secret = tuple[tuple[tuple[str, ...], ...], set[str], bool]


def secrets_of(series: Series, moment: Moment, *, revealed: bool, expose: bool = False,
               reveal: bool = False) -> list[Secret]:
    """Secrets a line may not put in the mouth of someone who does not know them yet, in
    the script doctor's own terms: the arc's scheme (its schemer knows; told to all in an
    ``expose``) and the lead's identity (told to all in a ``reveal``), as (key terms,
    who knows, told now)."""
    fills = slot_fills(series, moment, "")
    names = tuple(c.name for c in series.bible.characters) + tuple(
        series.fills[role] for role in ("lead", "love", "rival", "elder", "aide", "wildcard"))
    secrets: list[Secret] = [(key_terms(fill(arc_scheme(series, moment.arc).fact, fills),
                                        series.bible.language, names),
                              {speaker_of(series, moment, "schemer")}, expose)]
    truth = series.bible.premise.hidden_truth if series.bible.premise else ""
    if truth:
        secrets.append((key_terms(truth, series.bible.language, names),
                        _knowers(series, moment, revealed), reveal))
    return secrets


def tells_secret(series: Series, secrets: list[Secret], speaker: str, text: str) -> bool:
    """True when ``speaker`` would say one of ``secrets`` they do not know in ``text``."""
    min_hits = load_doctor_pack(series.bible.language).knowledge.min_hits
    for terms, knowers, told in secrets:
        if told or speaker in knowers or not terms:
            continue
        if len(term_hits(text, terms, series.bible.language)) >= min(min_hits, len(terms)):
            return True
    return False


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


def blueprint(series: Series, moment: Moment, opening: Move | None = None) -> Blueprint:
    """Choose the core moves of an episode; ``opening``: the pay-off of the last episode's
    cliffhanger (payoffs.py), which is its hook (before the scheme's opening hook, in the
    episode that sets the scheme up)."""
    before = moment.revealed and not moment.reveal_now
    after = moment.revealed or moment.reveal_now
    scheme = (arc_scheme(series, moment.arc).id,)
    n = 0  # the core moves: each beat's first own position
    first: list[tuple[BeatKind, Move]] = []
    if moment.number == 1:  # the pilot opens on the series' own trope (the idea's premise)
        hook = premise_hook(series) or pick(series, moment, "hook", n, revealed=before,
                                            own_trope=True)
    elif opening is not None:
        hook = opening
        if opens_scheme(series, moment):
            first.append(("hook", opening))
            hook = deal_hook(series, moment, revealed=before, skip=_previous_hook(series, moment))
    else:
        hook = deal_hook(series, moment, revealed=before, skip=_previous_hook(series, moment))
    stakes = pick(series, moment, "stakes", n, revealed=before)
    first += [("hook", hook), ("stakes", stakes)]
    if (extra := premise_beat(series, moment)) is not None:
        first.append(extra)
    expose = None
    if moment.arc_last:
        expose = pick(series, moment, "reversal", n, revealed=after, schemes=scheme,
                      phase="expose")
    turn: tuple[BeatKind, Move]
    ending: tuple[BeatKind, Move]
    # The identity reveal ends the paywall episode (the reveal is what the viewer pays
    # for); a series too short for a paywall reveals mid-finale as before.
    reveal_ending = moment.reveal_now and not moment.final
    if moment.reveal_now and not reveal_ending:
        turn = ("reveal", pick(series, moment, "reveal", n, revealed=True))
    elif expose is not None:
        turn, expose = ("reversal", expose), None
    else:
        turn = ("reversal", pick(series, moment, "reversal", n, revealed=before))
    escalation = pick(series, moment, "escalation", n, revealed=before if reveal_ending else after)
    twist = None
    if moment.final:
        ending = ("finale", pick(series, moment, "finale", n, revealed=after))
    elif reveal_ending:
        ending = ("reveal", pick(series, moment, "reveal", n, revealed=True))
    elif moment.arc_last:
        twist = arc_twist(series, moment.arc)
        ending = ("twist", twist.move)
    else:
        ending = ("cliffhanger", pick(series, moment, "cliffhanger", n, revealed=after))
    second: list[tuple[BeatKind, Move]] = [("escalation", escalation)]
    if (pressure := premise_pressure(series, moment)) is not None:
        second.append(pressure)
    if expose is not None:
        second.append(("reversal", expose))
    second.append(ending)
    return Blueprint([*first, turn], second, twist)


def deal_hook(series: Series, moment: Moment, *, revealed: bool,
              skip: tuple[str, ...] = ()) -> Move:
    """An episode's hook after the pilot: the one that opens the arc's scheme (its own
    ``phase: open`` hook, else any of the scheme's) in the episode that sets it up."""
    if not opens_scheme(series, moment):
        return pick(series, moment, "hook", 0, revealed=revealed, skip=skip)
    scheme = (arc_scheme(series, moment.arc).id,)
    try:
        return pick(series, moment, "hook", 0, revealed=revealed, schemes=scheme, phase="open",
                    skip=skip)
    except LookupError:  # the scheme has no opening hook of its own (every modern one)
        return pick(series, moment, "hook", 0, revealed=revealed, schemes=scheme, skip=skip)


def opens_scheme(series: Series, moment: Moment) -> bool:
    """Whether the episode's hook sets up its arc's scheme: an arc's first episode; in a
    series of another era than the modern one, also episode 2 when the pilot opened on the
    idea, so the first arc's scheme is seen before it is exposed (modern series keep the
    episodes they always had)."""
    return moment.arc_first or (
        series.era != MODERN and moment.number == 2 and moment.arc is not None
        and moment.arc.first == 1 and premise_hook(series) is not None)


def premise_hook(series: Series) -> Move | None:
    """The pilot's hook written from the premise: the idea's incident, at its place, in
    front of its witnesses, with a line that names the lead's station (None without one)."""
    writing = load_writing(series.bible.language)
    values = series.values
    action = first_fit(series.timeless(writing.hook), values,
                       rng_for(series.seed, "pilot").randrange(4))
    if not action:
        return None
    lines = _premise_lines(series, writing.pilot_hook_lines, "pilot-hook")
    if not lines:
        return None
    return premise_move("premise-hook", "hook", action, lines)


def premise_beat(series: Series, moment: Moment) -> tuple[BeatKind, Move] | None:
    """The premise's extra beat in the first block: the pilot's turn (the lead stops
    taking it), then one pair of lines an episode in the words of the idea."""
    number = moment.number
    if not series.values:
        return None
    writing = load_writing(series.bible.language)
    if number == 1:
        action = first_fit(series.timeless(writing.pilot_turn.action), series.values,
                           rng_for(series.seed, "turn").randrange(4))
        lines = _premise_lines(series, writing.pilot_turn.lines, "pilot-turn")
        if action and lines:
            return ("reversal", premise_move("premise-turn", "reversal", action, lines))
        return None
    return _premise_pair(series, moment, writing.premise_pairs, "stakes")


def premise_pressure(series: Series, moment: Moment) -> tuple[BeatKind, Move] | None:
    """The second scene's pressure in the idea's words: in the pilot, the aide tells the
    lead (and the audience) the secret; then one pair an episode."""
    if not series.values:
        return None
    writing = load_writing(series.bible.language)
    if moment.number == 1:  # the audience learns the secret (the lead and the aide know it)
        lines = _premise_lines(series, writing.pilot_tell, "tell")
        if len(lines) == len(writing.pilot_tell):
            return ("escalation", premise_move("premise-tell", "escalation", "", lines))
        return None
    return _premise_pair(series, moment, writing.pressure_pairs, "escalation")


#: Episodes that set the idea up in its own words: every premise pair is said in them.
OPENING_EPISODES = 3


def _premise_pair(series: Series, moment: Moment, templates: list[list[WritingLine]],
                  kind: BeatKind) -> tuple[BeatKind, Move] | None:
    """Episode n's pair (n ≥ 2) of the pairs the idea fills, in order, so none comes back.

    After the opening episodes (which set the idea up in its own words), a pair that
    names the lead's station ("you're just a nurse") is said only where its list has the
    episode's turn — the stakes pairs in even episodes, the pressure pairs in odd ones —
    and not once the secret is out: one such taunt an episode at most, where every pair
    naming it made the label a mantra (thirty times in twelve episodes)."""
    number = moment.number
    pairs = [lines for pair in templates
             if len(lines := _premise_lines(series, pair, "pair")) == len(pair)]
    if 2 <= number <= len(pairs) + 1:
        lines = pairs[number - 2]
        job = series.values.get("occupation", "")
        if job and number > OPENING_EPISODES and any(job in text for _, text in lines) and (
                (number % 2 == 0) != (kind == "stakes") or moment.revealed or moment.reveal_now):
            return None
        if not {speaker_of(series, moment, who) for who, _ in lines} & moment.gone:
            return (kind, premise_move(f"premise-{kind}-{number}", kind, "", lines))
    return None


def pickup_line(series: Series, number: int) -> str:
    """The lead's answer to the last episode's cliffhanger, opening episode ``number``:
    dealt per idea, lines whose slots the premise leaves empty skipped, none repeated
    until the deal goes round."""
    writing = load_writing(series.bible.language)
    values = series.values or series.fills
    fitting = [t for t in series.timeless(writing.pickup_lines) if fits(t, values)]
    # Lines in the idea's own words first (they differ from idea to idea), then the rest.
    # The own words start with own_pickup_line's deal, in its order: episode n says item
    # n - 2 whichever of the two it opens with, so no episode repeats another's.
    said = _own_pickups(series)
    own = [t for t in fitting if slots_of(t) & PREMISE_SLOTS and t not in said]
    rest = [t for t in fitting if t not in own and t not in said]
    order = [*said,
             *(own[int(i)] for i in deal([str(i) for i in range(len(own))], series.seed, "own")),
             *(rest[int(i)] for i in deal([str(i) for i in range(len(rest))], series.seed,
                                          "pickups"))]
    return series.composed(order[(number - 2) % len(order)].format_map(values)) if order else ""


def own_pickup_line(series: Series, number: int) -> str:
    """The lead's word after a pay-off, in the idea's own words ("The engagement party
    was the last time I stayed quiet"), dealt per idea, each said once; never the lead's
    station (its pairs say it); '' when the idea gives no more such words."""
    order = _own_pickups(series)
    return (series.composed(order[number - 2].format_map(series.values))
            if 0 <= number - 2 < len(order) else "")


def _own_pickups(series: Series) -> list[str]:
    """The lead's words after pay-offs, in the idea's own words (not its station), in the
    order the series deals them."""
    writing = load_writing(series.bible.language)
    values = series.values
    own = [t for t in series.timeless(writing.pickup_lines) if fits(t, values)
           and slots_of(t) & PREMISE_SLOTS and not any("occupation" in s.lower()
                                                       for s in slots_of(t))]
    return [own[int(i)] for i in deal([str(i) for i in range(len(own))], series.seed, "own")]


def _premise_lines(series: Series, templates: list[WritingLine],
                   name: str) -> list[tuple[str, str]]:
    """(role, text) for each template line whose slots the premise fills."""
    out: list[tuple[str, str]] = []
    start = rng_for(series.seed, name).randrange(8)
    for template in templates:
        text = first_fit(series.timeless(template.say), series.values, start)
        if text:
            out.append((template.who, series.composed(text)))
    return out


def _previous_hook(series: Series, moment: Moment) -> tuple[str, ...]:
    """The hook the episode before would deal, so two episodes in a row never share one."""
    number = moment.number - 1
    if number < 1:
        return ()
    before = Moment(number, moment.arc, bool(moment.arc and moment.arc.first == number), False,
                    False, False, moment.revealed and not moment.reveal_now, moment.gone)
    rounds = dict(series.rounds)
    if number == 1 and (own := premise_hook(series)) is not None:
        return (own.id,)
    if number == 1:  # (as it always was: the scheme's own-trope hook first)
        scheme = (arc_scheme(series, moment.arc).id,) if before.arc_first else ()
        move = pick(series, before, "hook", 0, revealed=before.revealed, schemes=scheme,
                    own_trope=True)
    else:
        move = deal_hook(series, before, revealed=before.revealed)
    series.rounds = rounds
    return (move.id,)


def arc_stake(series: Series, arc: Arc | None) -> Stake:
    """What an arc puts at stake: the trope's stakes in turn, from the arc's own, the first
    of a kind its scheme's words can name (a forged will hands over an asset, never the
    engagement)."""
    stakes = series.trope.stakes
    kinds = arc_scheme(series, arc).stake
    start = arc_number(arc) - 1
    turn = [stakes[(start + i) % len(stakes)] for i in range(len(stakes))]
    return next((s for s in turn if not kinds or s.kind in kinds), turn[0])


def fitting_stake(series: Series, arc: Arc | None, kinds: list[StakeKind]) -> Stake | None:
    """The stake a move's {stake} names: the arc's when it is of a kind the move's words
    can name (``kinds``), else the trope's next one that is ("sign over {stake}" in an arc
    about the engagement names the family shares); None when the trope has none."""
    stakes = series.trope.stakes
    first = stakes.index(arc_stake(series, arc))
    turn = [stakes[(first + i) % len(stakes)] for i in range(len(stakes))]
    return next((s for s in turn if not kinds or s.kind in kinds), None)


def slot_fills(series: Series, moment: Moment, place: str,
               move: Move | None = None) -> dict[str, str]:
    """Slot values for one scene (for ``move``: its {stake} of a kind its words name)."""
    scheme = arc_scheme(series, moment.arc)
    schemer_role = moment.arc.schemer if moment.arc and moment.arc.schemer else ""
    schemer = next((c for c in series.bible.characters if c.id == schemer_role), None)
    return {
        **series.fills,
        "schemer": series.fills[schemer.role] if schemer else series.fills["rival"],
        "prop": scheme.prop, "scheme": scheme.scheme,
        "stake": (fitting_stake(series, moment.arc, move.stake) if move and move.stake else None)
        or arc_stake(series, moment.arc), "place": place,
    }


def action_text(series: Series, moment: Moment, move: Move, place: str) -> str:
    """The rendered stage direction of a move in an episode."""
    return fill(series.variant(move, "action", move.action),
                slot_fills(series, moment, place, move))


def _knowers(series: Series, moment: Moment, revealed: bool) -> set[str]:
    """Who knows the identity at the point a move would play."""
    everyone = set(series.role_ids.values())
    if revealed and moment.reveal_now:
        return everyone
    if moment.knowers is not None:
        return set(moment.knowers)
    return everyone if revealed else {series.role_ids["lead"], series.role_ids["aide"]}


def speaker_of(series: Series, moment: Moment, who: str) -> str:
    if who == "schemer":
        return moment.arc.schemer if moment.arc and moment.arc.schemer else series.role_ids["rival"]
    return series.role_ids[who]
