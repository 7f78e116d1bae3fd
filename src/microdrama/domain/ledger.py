"""The continuity ledger: what is true, who knows it, and who is still in the story.

Episodes change it through events written into beats. Events happen in a beat's
action, before its lines are spoken. ``Ledger.apply`` folds events in; the review
package checks scripts against it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from microdrama.domain.base import Id, Model

EventKind = Literal["establish", "learns", "leaves", "returns", "relation"]


class LedgerEvent(Model):
    """One change to the ledger.

    - ``establish``: a new fact becomes true; ``who`` know it from the start.
    - ``learns``: ``who`` learn an existing fact.
    - ``leaves`` / ``returns``: ``who`` leave the story (arrested, abroad, dead) or come back.
    - ``relation``: the relation between ``who[0]`` and ``who[1]`` becomes ``value``.
    """

    kind: EventKind = Field(description="What changes.")
    who: list[Id] = Field(default_factory=list, description="Character ids concerned.")
    fact: Id | None = Field(default=None, description="Fact id (establish, learns).")
    text: str = Field(default="", description="The fact or relation in words.")
    value: str = Field(default="", description="New relation (relation events).")


class Fact(Model):
    """Something true in the story."""

    id: Id = Field(description="Stable fact id, e.g. 'identity'.")
    text: str = Field(description="The fact in words.")
    since: str = Field(description="Episode id where it became true.")
    known_by: list[Id] = Field(default_factory=list, description="Character ids who know it.")


class Ledger(Model):
    """Continuity state after some episode."""

    after: str = Field(default="", description="Episode id this state follows ('' = start).")
    facts: dict[str, Fact] = Field(default_factory=dict, description="Facts by id.")
    gone: list[Id] = Field(default_factory=list, description="Characters out of the story.")
    relations: dict[str, str] = Field(
        default_factory=dict, description="'a|b' (sorted ids) → relation."
    )

    def knows(self, who: str, fact: str) -> bool:
        """True when ``who`` knows ``fact``."""
        found = self.facts.get(fact)
        return found is not None and who in found.known_by

    def apply(self, event: LedgerEvent, episode: str) -> list[str]:
        """Fold one event in, in place; return contradictions it reveals (empty if none)."""
        problems: list[str] = []
        if event.kind == "establish":
            if not event.fact:
                return ["establish event without a fact id"]
            if event.fact in self.facts:
                problems.append(f"fact {event.fact!r} is established again")
            else:
                self.facts[event.fact] = Fact(
                    id=event.fact, text=event.text, since=episode, known_by=sorted(set(event.who))
                )
        elif event.kind == "learns":
            fact = self.facts.get(event.fact or "")
            if fact is None:
                return [f"{', '.join(event.who)} learn fact {event.fact!r} that was never established"]
            for who in event.who:
                if who in fact.known_by:
                    problems.append(f"{who} learns {fact.id!r} but already knew it")
            fact.known_by = sorted(set(fact.known_by) | set(event.who))
        elif event.kind == "leaves":
            for who in event.who:
                if who in self.gone:
                    problems.append(f"{who} leaves but is already gone")
            self.gone = sorted(set(self.gone) | set(event.who))
        elif event.kind == "returns":
            for who in event.who:
                if who not in self.gone:
                    problems.append(f"{who} returns but never left")
            self.gone = sorted(set(self.gone) - set(event.who))
        elif event.kind == "relation":
            if len(event.who) != 2:
                return ["relation event needs exactly two characters"]
            self.relations["|".join(sorted(event.who))] = event.value
        return problems
