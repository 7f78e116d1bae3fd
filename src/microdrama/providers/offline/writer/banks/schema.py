"""Schema of the offline writer's phrase banks (one bank per language).

A bank is plain data: tropes (what kind of show), schemes (what the antagonist does in
an arc), twists (what turns every ~10 episodes) and moves (small beat fragments of
action + lines). The writer (``providers/offline/writer.py``) binds roles to the cast,
fills slots and strings moves into episodes. The banks themselves are YAML packs in
``microdrama/packs/banks/``; see ``README.md`` there for how to add to a bank.
"""

from __future__ import annotations

import re
import string
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from microdrama.domain.base import Model
from microdrama.domain.bible import BeatKind, Gender, LocationKind
from microdrama.domain.script import Emotion
from microdrama.providers.offline.writer.banks.text import Stake, StakeKind, expand

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
#: The era every bank entry fits unless it says otherwise (``eras:``); other eras are
#: defined by the bank's ``eras:`` table.
MODERN = "modern"
#: An era id, as entries name it in ``eras:`` (a trope in ``era:``).
EraId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]


def _modern() -> list[str]:
    return [MODERN]


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


class Payoff(Model):
    """How the next episode opens on a cliffhanger: the beat that answers it (the danger
    lands or is escaped, the door opens, the slap is answered) before the episode moves
    on. Its action and each line's ``say`` hold one variant for every action variant of
    the cliffhanger, in order (the i-th answers the i-th), or one that answers them all."""

    action: list[str] = Field(description="What happens first in the next episode.", min_length=1)
    lines: list[LineTemplate] = Field(description="Its first lines, in order.", min_length=1,
                                      max_length=3)
    missing: list[CastRole] = Field(
        default_factory=list,
        description="Roles the cliffhanger takes out of the story (taken, vanished, locked "
        "away): they leave with it and come back only with this pay-off, so nobody meets "
        "them in between. They may not speak in the cliffhanger.")


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
    phase: Literal["any", "expose", "open"] = Field(
        default="any",
        description="'expose': the reversal of an arc's last episode, where the lead exposes "
        "the scheme with the prop; everyone on stage learns the scheme as the beat starts. "
        "'open': the hook that sets up its arc's scheme (schemes: [id]), dealt only there, "
        "so the incident does not happen twice.",
    )
    identity: Literal["any", "hidden", "revealed"] = Field(
        default="any",
        description="'hidden': only before the lead's identity is revealed to all; "
        "'revealed': only after.",
    )
    eras: list[EraId] = Field(
        default_factory=_modern, min_length=1,
        description="Eras whose series may deal it (a palace drama never deals a phone call); "
        "default [modern].")
    needs: list[Literal["married"]] = Field(
        default_factory=list,
        description="What the story must have set up: 'married' — the lead is married (the "
        "trope's premise is a marriage, or the idea or bible says one): divorce papers are "
        "not handed to a lead who never married.")
    genders: dict[CastRole, Gender] = Field(
        default_factory=dict,
        description="Genders its roles must have (a line that calls the love 皇上 needs a male "
        "love); {} = any cast.")
    stake: list[StakeKind] = Field(
        default_factory=list,
        description="Kinds of stake its {stake} slot may name, by what its words do with it: "
        "'sign over {stake}' or '{stake} is mine' takes [asset, title], never a bond (a "
        "contract marriage is not signed over). Every move that says {stake} gives it; an arc "
        "whose stake is of another kind never deals the move.")
    action: list[str] = Field(description="Variants of the stage direction.", min_length=1)
    lines: list[LineTemplate] = Field(description="Lines in order.", min_length=1, max_length=5)
    payoff: Payoff | None = Field(
        default=None,
        description="A cliffhanger's answer: how the next episode opens (every cliffhanger "
        "has one; other beats have none).")

    @model_validator(mode="after")
    def _payoff_fits(self) -> Move:
        if self.beat == "cliffhanger" and self.payoff is None:
            raise ValueError(f"cliffhanger {self.id}: no payoff (how the next episode answers it)")
        if self.payoff is None:
            return self
        if self.beat != "cliffhanger":
            raise ValueError(f"move {self.id}: only a cliffhanger has a payoff")
        wanted = {1, len(self.action)}
        lists = [("action", self.payoff.action)] + [
            (f"line {i} say", line.say) for i, line in enumerate(self.payoff.lines)]
        for where, variants in lists:
            if len(variants) not in wanted:
                raise ValueError(
                    f"cliffhanger {self.id}: payoff {where} has {len(variants)} variants; give "
                    f"one, or one per action variant ({len(self.action)})")
        speaking = set(self.missing_speakers())
        if speaking:
            raise ValueError(f"cliffhanger {self.id}: {sorted(speaking)} go missing in it "
                             "but speak in it")
        return self

    def missing_speakers(self) -> list[str]:
        """Roles the cliffhanger takes away that still speak in it (none may)."""
        if self.payoff is None:
            return []
        return [r for r in self.payoff.missing if r in {line.who for line in self.lines}]

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


class Blend(Model):
    """How a trope reads when its series also follows another trope (a palace rebirth)."""

    identity: str = Field(default="", description="The lead's hidden identity instead.")
    secret: str = Field(default="", description="The core secret instead (slots allowed).")
    logline: list[str] = Field(default_factory=list, description="Logline variants instead.")
    titles: list[str] = Field(default_factory=list, description="Title variants instead.")


class TropeSecret(Model):
    """Another secret a trope can give its lead when the idea hides none, in place of its
    stock one: chosen by fit with the idea (``writer/secrets.py``)."""

    identity: str = Field(description="The lead's hidden identity as a phrase lines can say "
                          "('the girl who saved his life'; slots allowed).")
    secret: str = Field(description="The core secret as a sentence (slots allowed: the "
                        "cast's and the idea's, e.g. {occupation}, {a_occupation}).")
    fits: list[str] = Field(
        default_factory=list,
        description="Words of the premise this secret is written for ('war god'); [] = any "
        "lead. One with words the premise does not say is never given to a lead whose job "
        "the idea names.")


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
    married: bool = Field(
        default=False, description="Whether the trope's premise is the lead's marriage (a "
        "contract marriage, a live-in son-in-law): moves that need one may be dealt.")
    era: EraId = Field(
        default=MODERN, description="The era the trope is set in; its series deal only moves, "
        "schemes, twists and places of that era.")
    stock_names: list[str] = Field(
        default_factory=list,
        description="Names that belong to the trope's own identity ('Titan', '北境'): a "
        "series whose idea brings its own hidden truth never deals a trope move that says them.")
    secret_fits: list[str] = Field(
        default_factory=list,
        description="Words of the premise the stock secret is written for ('designer' for "
        "Muse); [] = any lead. An idea that hides no truth and gives its lead another job "
        "gets one of ``secrets:`` instead.")
    secrets: list[TropeSecret] = Field(
        default_factory=list,
        description="Other secrets the trope can assume when the idea hides none, chosen by "
        "fit with the idea's lead, people and words.")
    blends: dict[str, Blend] = Field(
        default_factory=dict,
        description="By the id of a second trope of the series: what reads otherwise then "
        "(the palace with rebirth: a secret of the last life).")
    roles: dict[CastRole, RoleSpec] = Field(description="How each of the six roles is cast.")
    locations: list[LocationKind] = Field(
        description="Five location kinds; the first is the home base.", min_length=5, max_length=5
    )
    stakes: list[Stake] = Field(
        description="What an arc can put at stake, each with its kind: "
        "{name: the family shares, kind: asset} (kinds: asset, title, bond, matter).",
        min_length=3)

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
    eras: list[EraId] = Field(default_factory=_modern, min_length=1,
                              description="Eras whose series may run it; default [modern].")
    genders: dict[Literal["schemer", "love"], Gender] = Field(
        default_factory=dict,
        description="Genders the scheme needs (e.g. a fake pregnancy: schemer female, "
        "love male). Another of rival/elder/wildcard is cast as schemer if the preferred "
        "one does not fit; a series where no one fits skips the scheme.",
    )
    stake: list[StakeKind] = Field(
        default_factory=list,
        description="Kinds of stake its texts' {stake} may name (a forged will takes an "
        "asset); [] when they say none. An arc running it puts the first stake of these "
        "kinds at stake.")
    leads: list[str] = Field(
        default_factory=list,
        description="Words of the lead's work the scheme needs (a design to steal, a launch "
        "to crash): a series whose lead's job, secret and description say none of them "
        "skips it. Empty: any lead.",
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
    eras: list[EraId] = Field(default_factory=_modern, min_length=1,
                              description="Eras it belongs to; default [modern].")


class Names(Model):
    """Name pools. zh: surnames + given names; en: first names + last names."""

    surnames: list[str] = Field(min_length=12)
    female: list[str] = Field(min_length=16)
    male: list[str] = Field(min_length=16)


class Look(Model):
    """What a role wears in an era (English prompt words, as painters take them)."""

    female: str
    male: str
    accessories: list[str] = Field(min_length=1)


class Era(Model):
    """A time a series can be set in other than the modern default: what in an idea sets
    it there, the words none of its text may say, and its names, looks and titles."""

    id: EraId = Field(description="Era id, named by tropes (era:) and entries (eras:).")
    label: str = Field(description="The era in a word or two, for messages (古装 / period).")
    keywords: list[str] = Field(
        min_length=1, description="Words in an idea that set it in this era (with the "
        "keywords of the era's tropes).")
    anachronisms: list[str] = Field(
        min_length=1, description="Words no line, action, place or bible text of this era "
        "may say (phone, police, CEO…); premise templates that say one are skipped.")
    names: Names = Field(description="Name pools of the era.")
    address: dict[Literal["female", "male"], str] = Field(
        description="How the elder is named in lines (slot {family}), e.g. 太后 / Dowager {family}.")
    looks: dict[CastRole, Look] = Field(description="What each role wears.")
    episode_titles: list[str] = Field(min_length=20, description="Episode title templates.")

    @model_validator(mode="after")
    def _all_roles(self) -> Era:
        missing = {"lead", "love", "rival", "elder", "aide", "wildcard"} - set(self.looks)
        if missing:
            raise ValueError(f"era {self.id}: looks missing {sorted(missing)}")
        if self.id == MODERN:
            raise ValueError(f"era {MODERN!r} is the default and needs no entry")
        return self


class Bank(Model):
    """Everything the offline writer needs in one language."""

    language: Literal["zh", "en"]
    names: Names
    eras: list[Era] = Field(default_factory=list, description="Eras besides the modern default.")
    places: list[PlaceName]
    tropes: list[Trope]
    schemes: list[Scheme]
    twists: list[Twist]
    moves: list[Move]
    episode_titles: list[str] = Field(
        description="Episode title templates (slots allowed).", min_length=20
    )
    marriage_words: list[str] = Field(
        default_factory=list, description="Words by which an idea or a bible says the lead "
        "is married (husband, 结婚…): moves that need a marriage may then be dealt.")

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
        for trope in self.tropes:
            for tid in set(trope.blends) - trope_ids:
                problems.append(f"trope {trope.id}: blend with unknown trope {tid!r}")
        eras = {MODERN, *(e.id for e in self.eras)}
        tagged = [(f"move {m.id}", m.eras) for m in [*self.moves, *(t.move for t in self.twists)]]
        tagged += [(f"scheme {s.id}", s.eras) for s in self.schemes]
        tagged += [(f"trope {t.id}", [t.era]) for t in self.tropes]
        tagged += [(f"place {p.names[0]}", p.eras) for p in self.places]
        for where, named in tagged:
            if set(named) - eras:
                problems.append(f"{where}: unknown eras {sorted(set(named) - eras)}")
        for era in self.eras:
            if not any(era.id in t.move.eras for t in self.twists if not t.tropes):
                problems.append(f"era {era.id}: no twist for any trope")
            if sum(1 for s in self.schemes if era.id in s.eras) < 3:
                problems.append(f"era {era.id}: fewer than three schemes")
            for trope in self.tropes:
                kinds = {p.kind for p in self.places if trope.era in p.eras}
                if set(trope.locations) - kinds:
                    problems.append(f"trope {trope.id}: no {trope.era} place of kinds "
                                    f"{sorted(set(trope.locations) - kinds)}")
        for text, where in self.templates():
            unknown = template_slots(text) - SLOTS
            if unknown:
                problems.append(f"{where}: unknown slots {sorted(unknown)} in {text!r}")
            if any(mark in text for mark in "[]|"):
                problems.append(f"{where}: a part group is [one|other], not nested or open: "
                                f"{text!r}")
        problems += self._stakes_declared()
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def _stakes_declared(self) -> list[str]:
        """Moves and schemes that say {stake} without the kinds it may name."""
        problems: list[str] = []
        for move in [*self.moves, *(t.move for t in self.twists)]:
            texts = [*move.action, *(s for line in move.lines for s in line.say)]
            if move.payoff is not None:
                texts += [*move.payoff.action, *(s for ln in move.payoff.lines for s in ln.say)]
            if not move.stake and any("stake" in template_slots(t) for t in texts):
                problems.append(f"move {move.id} says {{stake}}: give the kinds it may name "
                                "(stake: [asset, title, bond, matter])")
        for scheme in self.schemes:
            texts = [scheme.summary, scheme.fact, *scheme.title]
            if not scheme.stake and any("stake" in template_slots(t) for t in texts):
                problems.append(f"scheme {scheme.id} says {{stake}}: give the kinds it may name")
        return problems

    def templates(self) -> list[tuple[str, str]]:
        """Every template string with where it sits, for checks (a line of parts as each
        line it composes)."""
        return [(line, where) for text, where in self._texts()
                for line in (expand(text) if re.search(r"line \d+$", where) else [text])]

    def _texts(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for move in [*self.moves, *(t.move for t in self.twists)]:
            out += [(a, f"move {move.id} action") for a in move.action]
            for i, line in enumerate(move.lines):
                out += [(s, f"move {move.id} line {i}") for s in line.say]
                out += [(d, f"move {move.id} line {i} direction") for d in line.direction]
            if move.payoff is not None:
                out += [(a, f"move {move.id} payoff action") for a in move.payoff.action]
                for i, line in enumerate(move.payoff.lines):
                    out += [(s, f"move {move.id} payoff line {i}") for s in line.say]
                    out += [(d, f"move {move.id} payoff line {i} direction")
                            for d in line.direction]
        for trope in self.tropes:
            for field in (trope.titles, trope.logline, trope.world, [trope.identity, trope.secret]):
                out += [(t, f"trope {trope.id}") for t in field]
            for role, spec in trope.roles.items():
                out += [(t, f"trope {trope.id} role {role}") for t in spec.description]
            for tid, blend in trope.blends.items():
                out += [(t, f"trope {trope.id} blend {tid}") for t in (
                    blend.identity, blend.secret, *blend.logline, *blend.titles) if t]
        for scheme in self.schemes:
            out += [(t, f"scheme {scheme.id}") for t in (scheme.summary, scheme.fact, *scheme.title)]
        for twist in self.twists:
            out.append((twist.fact, f"twist {twist.id}"))
        out += [(t, "episode_titles") for t in self.episode_titles]
        for era in self.eras:
            out += [(t, f"era {era.id} episode_titles") for t in era.episode_titles]
            out += [(t, f"era {era.id} address") for t in era.address.values()]
        return out

    def era(self, era_id: str) -> Era | None:
        """The era entry of ``era_id`` (None for the modern default)."""
        return next((e for e in self.eras if e.id == era_id), None)
