"""Schema of the offline writer's phrase banks (one bank per language).

A bank is plain data: tropes (what kind of show), schemes (what the antagonist does in
an arc), twists (what turns every ~10 episodes) and moves (small beat fragments of
action + lines). The writer (``providers/offline/writer.py``) binds roles to the cast,
fills slots and strings moves into episodes. The banks themselves are YAML packs in
``microdrama/packs/banks/``; see ``README.md`` there for how to add to a bank.
"""

from __future__ import annotations

import string
from typing import Literal

from pydantic import Field, model_validator

from microdrama.domain.base import Model
from microdrama.domain.bible import BeatKind, Gender, LocationKind
from microdrama.domain.script import Emotion

#: Dramatic roles a move can cast. ``schemer`` is whoever runs the current arc's scheme
#: (the rival, the elder or the wildcard).
MoveRole = Literal["lead", "love", "rival", "elder", "aide", "wildcard", "schemer"]
CastRole = Literal["lead", "love", "rival", "elder", "aide", "wildcard"]

#: Slots a template may use, in ``{braces}``. Names of people are per role.
SLOTS = frozenset(
    {
        "lead", "love", "rival", "elder", "aide", "wildcard", "schemer",
        "identity",  # the lead's hidden identity, e.g. "林家真正的千金" / "the real Hart heiress"
        "family",  # the elder's family name, e.g. "林" / "Hart"
        "prop",  # the current arc's evidence prop, e.g. "监控录像" / "the security footage"
        "scheme",  # the current scheme in a short phrase, e.g. "偷设计稿的罪名"
        "stake",  # what is at stake in the arc, e.g. "婚约" / "the engagement"
        "place",  # the current scene's location name
    }
)
#: Facts a line may presuppose. ``identity``: the lead's secret; ``scheme``: the
#: current arc's scheme; ``twist``: the latest twist.
FactRef = Literal["identity", "scheme", "twist"]


def template_slots(text: str) -> set[str]:
    """The slot names used in a template."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


class LineTemplate(Model):
    """One line of a move."""

    who: MoveRole = Field(description="Role who speaks it.")
    emotion: Emotion = Field(description="How it is said.")
    say: list[str] = Field(description="Variants of the line; one is picked.", min_length=1)
    direction: list[str] = Field(
        default_factory=list, description="Optional parenthetical variants (may be empty)."
    )
    knows: list[FactRef] = Field(
        default_factory=list, description="Facts the line presupposes the speaker knows."
    )


class Move(Model):
    """A small fragment of a beat: one action and two to four lines."""

    id: str = Field(description="Unique id in the bank, e.g. 'hook-wine'.", pattern=r"^[a-z0-9-]+$")
    beat: BeatKind = Field(description="Which beat it can fill.")
    schemes: list[str] = Field(
        default_factory=list, description="Only in arcs running one of these schemes; [] = any."
    )
    tropes: list[str] = Field(
        default_factory=list, description="Only in series with one of these tropes; [] = any."
    )
    phase: Literal["any", "expose"] = Field(
        default="any",
        description="'expose': the reversal of an arc's last episode, where the lead exposes "
        "the scheme with the prop; everyone on stage learns the scheme as the beat starts.",
    )
    identity: Literal["any", "hidden", "revealed"] = Field(
        default="any",
        description="'hidden': only before the lead's identity is revealed to all; "
        "'revealed': only after.",
    )
    action: list[str] = Field(description="Variants of the stage direction.", min_length=1)
    lines: list[LineTemplate] = Field(description="Lines in order.", min_length=1, max_length=5)

    def roles(self) -> set[str]:
        """Roles the move needs on stage."""
        return {line.who for line in self.lines}


class RoleSpec(Model):
    """How a trope casts one role."""

    gender: Gender | Literal["any"] = Field(description="Gender of the role.")
    title: str = Field(description="Short role label, e.g. '真千金' / 'the real heiress'.")
    description: list[str] = Field(description="Variants of who they are (slots allowed).", min_length=1)
    traits: list[str] = Field(description="Personality traits to draw from.", min_length=2)
    speech: str = Field(description="How they talk.")


class Trope(Model):
    """A kind of show."""

    id: str = Field(description="Trope id (same in every language).", pattern=r"^[a-z0-9_]+$")
    keywords: list[str] = Field(description="Words in an idea that point to this trope.", min_length=2)
    genre: str = Field(description="Genre label.")
    tone: str = Field(description="Tone in a few words.")
    titles: list[str] = Field(description="Series title variants (slots allowed).", min_length=2)
    logline: list[str] = Field(description="Logline variants (slots allowed).", min_length=1)
    world: list[str] = Field(description="World description variants.", min_length=1)
    identity: str = Field(description="The lead's hidden identity as a phrase (slot {family}).")
    secret: str = Field(description="The core secret as a sentence (slots allowed).")
    stock_names: list[str] = Field(
        default_factory=list,
        description="Names that belong to the trope's own identity ('Titan', '北境'): a "
        "series whose idea brings its own hidden truth never deals a trope move that says them.")
    roles: dict[CastRole, RoleSpec] = Field(description="How each of the six roles is cast.")
    locations: list[LocationKind] = Field(
        description="Five location kinds; the first is the home base.", min_length=5, max_length=5
    )
    stakes: list[str] = Field(description="What an arc can put at stake.", min_length=3)

    @model_validator(mode="after")
    def _all_roles(self) -> Trope:
        missing = {"lead", "love", "rival", "elder", "aide", "wildcard"} - set(self.roles)
        if missing:
            raise ValueError(f"trope {self.id}: roles missing {sorted(missing)}")
        return self


class Scheme(Model):
    """What the antagonist does in one arc."""

    id: str = Field(description="Scheme id (same in every language).", pattern=r"^[a-z0-9_]+$")
    title: list[str] = Field(description="Arc title variants.", min_length=1)
    summary: str = Field(description="Arc summary (slots allowed).")
    scheme: str = Field(description="The scheme as a short phrase, fills {scheme}.")
    prop: str = Field(description="The evidence prop, fills {prop}.")
    fact: str = Field(description="The hidden truth of the scheme as a sentence (slots allowed).")
    schemer: Literal["rival", "elder", "wildcard"] = Field(description="Preferred schemer role.")
    genders: dict[Literal["schemer", "love"], Gender] = Field(
        default_factory=dict,
        description="Genders the scheme needs (e.g. a fake pregnancy: schemer female, "
        "love male). Another of rival/elder/wildcard is cast as schemer if the preferred "
        "one does not fit; a series where no one fits skips the scheme.",
    )


class Twist(Model):
    """A series turn, revealed as an episode's last beat about every ten episodes."""

    id: str = Field(description="Twist id.", pattern=r"^[a-z0-9_]+$")
    fact: str = Field(description="The twist as a sentence (slots allowed).")
    known_by: list[CastRole] = Field(description="Roles who know it before it lands.")
    tropes: list[str] = Field(default_factory=list, description="Only with these tropes; [] = any.")
    move: Move = Field(description="The beat that lands it (beat must be 'twist').")


class PlaceName(Model):
    """How to name a location of some kind."""

    kind: LocationKind
    names: list[str] = Field(description="Name variants (slot {family} allowed).", min_length=1)
    description: list[str] = Field(description="Description variants.", min_length=1)


class Names(Model):
    """Name pools. zh: surnames + given names; en: first names + last names."""

    surnames: list[str] = Field(min_length=12)
    female: list[str] = Field(min_length=16)
    male: list[str] = Field(min_length=16)


class Bank(Model):
    """Everything the offline writer needs in one language."""

    language: Literal["zh", "en"]
    names: Names
    places: list[PlaceName]
    tropes: list[Trope]
    schemes: list[Scheme]
    twists: list[Twist]
    moves: list[Move]
    episode_titles: list[str] = Field(
        description="Episode title templates (slots allowed).", min_length=20
    )

    @model_validator(mode="after")
    def _check(self) -> Bank:
        problems: list[str] = []
        ids = [m.id for m in self.moves] + [t.move.id for t in self.twists]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            problems.append(f"duplicate move ids {sorted(dupes)}")
        scheme_ids = {s.id for s in self.schemes}
        trope_ids = {t.id for t in self.tropes}
        for move in [*self.moves, *(t.move for t in self.twists)]:
            for sid in move.schemes:
                if sid not in scheme_ids:
                    problems.append(f"move {move.id}: unknown scheme {sid!r}")
            for tid in move.tropes:
                if tid not in trope_ids:
                    problems.append(f"move {move.id}: unknown trope {tid!r}")
        for text, where in self.templates():
            unknown = template_slots(text) - SLOTS
            if unknown:
                problems.append(f"{where}: unknown slots {sorted(unknown)} in {text!r}")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def templates(self) -> list[tuple[str, str]]:
        """Every template string with where it sits, for checks."""
        out: list[tuple[str, str]] = []
        for move in [*self.moves, *(t.move for t in self.twists)]:
            out += [(a, f"move {move.id} action") for a in move.action]
            for i, line in enumerate(move.lines):
                out += [(s, f"move {move.id} line {i}") for s in line.say]
                out += [(d, f"move {move.id} line {i} direction") for d in line.direction]
        for trope in self.tropes:
            for field in (trope.titles, trope.logline, trope.world, [trope.identity, trope.secret]):
                out += [(t, f"trope {trope.id}") for t in field]
            for role, spec in trope.roles.items():
                out += [(t, f"trope {trope.id} role {role}") for t in spec.description]
        for scheme in self.schemes:
            out += [(t, f"scheme {scheme.id}") for t in (scheme.summary, scheme.fact, *scheme.title)]
        for twist in self.twists:
            out.append((twist.fact, f"twist {twist.id}"))
        out += [(t, "episode_titles") for t in self.episode_titles]
        return out
