"""Cliffhangers paid off: every episode after one that ended on a cliffhanger opens by
answering it (docs/decisions/0031-cliffhangers-paid-off.md).

A cliffhanger move of the phrase bank carries its ``payoff``: the action and first lines
of the next episode, variant for variant (the i-th answers the cliffhanger's i-th action),
in the same slots. The next episode's hook beat is that pay-off; the episode then goes on
with its dealt moves. Who the cliffhanger takes away (``missing``) leaves the story with
it and returns with the pay-off: both are ledger events, so the continuity review sees a
missing person who is simply there.

The outline knows how the episode before ended; the script writer finds it again the way
the outline dealt it (a pure function of seed, episode and moment), and takes it as the
ending when the plan's hook recaps it (a user who rewrote the hook is followed).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from microdrama.domain import EpisodePlan, LedgerEvent
from microdrama.providers.offline.writer.banks.schema import LineTemplate, Move
from microdrama.providers.offline.writer.cast import fill
from microdrama.providers.offline.writer.story import (
    Moment,
    Series,
    pick,
    slot_fills,
    speaker_of,
)

#: The id a pay-off move takes after its cliffhanger's: ``cl-truck`` → ``cl-truck-payoff``.
SUFFIX = "-payoff"


@dataclass(frozen=True)
class Ending:
    """The cliffhanger an episode ended on and the action variant it played."""

    move: Move
    variant: int


@dataclass(frozen=True)
class Answer:
    """The beat that opens an episode by paying off the last one's cliffhanger."""

    cliffhanger: Move
    variant: int
    #: The pay-off as a hook move (one variant of everything: the one that answers).
    move: Move
    #: Character ids the cliffhanger took away and the pay-off brings back.
    returns: tuple[str, ...]


def played_variant(series: Series, move: Move) -> int:
    """Which action variant ``move`` plays in its current round (Series.variant's choice)."""
    return series.variant_index(move, "action", move.action)


def previous_moment(moment: Moment) -> Moment:
    """Where the episode before ``moment`` sat, for an episode after a cliffhanger: the
    same arc (an arc's first episode follows a twist), not the reveal (that one ends on
    it), so it was revealed exactly when this one is."""
    number = moment.number - 1
    return Moment(number, moment.arc, bool(moment.arc and moment.arc.first == number), False,
                  False, False, moment.revealed, moment.gone, moment.knowers)


def ending_before(series: Series, moment: Moment) -> Ending | None:
    """The cliffhanger the episode before ``moment`` would end on if it ended on one (None
    for the pilot and an arc's first episode, which follow no cliffhanger)."""
    if moment.number < 2 or moment.arc_first:
        return None
    before = previous_moment(moment)
    rounds = dict(series.rounds)
    try:
        move = pick(series, before, "cliffhanger", 0, revealed=before.revealed)
        variant = played_variant(series, move)
    except LookupError:
        return None
    finally:
        series.rounds = rounds
    return Ending(move, variant) if move.payoff is not None else None


def answer(series: Series, moment: Moment, ending: Ending | None) -> Answer | None:
    """The pay-off of ``ending`` that opens the episode at ``moment`` (None without one)."""
    if ending is None or ending.move.payoff is None:
        return None
    payoff, index = ending.move.payoff, ending.variant

    def one(variants: list[str]) -> list[str]:
        return [variants[index] if len(variants) > 1 else variants[0]]

    returns = tuple(dict.fromkeys(series.role_ids[role] for role in payoff.missing))
    gone = moment.gone - set(returns)
    lines = [LineTemplate(who=line.who, emotion=line.emotion, say=one(line.say),
                          direction=line.direction, knows=line.knows)
             for line in payoff.lines if speaker_of(series, moment, line.who) not in gone]
    if not lines:
        return None
    move = Move(id=f"{ending.move.id}{SUFFIX}", beat="hook", action=one(payoff.action),
                lines=lines, eras=ending.move.eras, tropes=ending.move.tropes,
                stake=ending.move.stake)
    return Answer(ending.move, index, move, returns)


def answer_in_plan(series: Series, moment: Moment, plan: EpisodePlan,
                   places: list[str]) -> Answer | None:
    """The script writer's pay-off: the one for the cliffhanger the episode before ended
    on, when the plan's hook recaps that cliffhanger (the outline puts it there; a hook
    the user rewrote without it keeps the dealt opening)."""
    ending = ending_before(series, moment)
    if ending is None:
        return None
    template = series.worded(ending.move, ending.move.action[ending.variant])  # as played
    said = {fill(template, slot_fills(series, moment, place, ending.move))
            for place in places or [""]}
    if not any(text and text in plan.hook for text in said):
        return None
    return answer(series, moment, ending)


def without_returning(moment: Moment, found: Answer | None) -> Moment:
    """``moment`` with the people the pay-off brings back counted in again (its other
    beats may use them, as the outline dealt them)."""
    if found is None or not found.returns:
        return moment
    return replace(moment, gone=moment.gone - set(found.returns))


def missing_events(series: Series, move: Move, gone: list[str]) -> list[LedgerEvent]:
    """The ``leaves`` event of the people a cliffhanger takes away (none already gone)."""
    if move.payoff is None:
        return []
    who = sorted({series.role_ids[role] for role in move.payoff.missing} - set(gone))
    return [LedgerEvent(kind="leaves", who=who, text="missing")] if who else []


def return_events(found: Answer | None, gone: list[str]) -> list[LedgerEvent]:
    """The ``returns`` event of the pay-off that brings the missing back."""
    if found is None:
        return []
    who = sorted(set(found.returns) & set(gone))
    return [LedgerEvent(kind="returns", who=who, text="found")] if who else []
