"""What the offline writer knows about a series while writing it (``Series``), and the
seeded streams and interleaving every choice of story.py is made with."""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field
from functools import cached_property

from microdrama.domain import Bible
from microdrama.providers.offline.writer.banks import load_bank
from microdrama.providers.offline.writer.banks.schema import MODERN, Bank, Move, Trope
from microdrama.providers.offline.writer.banks.text import compose
from microdrama.providers.offline.writer.cast import family_name, fill, short_name, swap_pronouns
from microdrama.providers.offline.writer.era import (
    blended,
    elder_address,
    era_bank,
    timeless,
    trope_era,
)
from microdrama.providers.offline.writer.frame import identity_phrase, premise_values
from microdrama.providers.offline.writer.regender import regender, swap_flipped
from microdrama.providers.offline.writer.register import addressee, plain_to
from microdrama.providers.offline.writer.secrets import (
    assumed_secret,
    foreign_names,
    secret_fills,
    secret_in_bible,
    stock_secret,
)

#: Episodes interleave in a beat's deal: episode n owns positions n-1, n-1+STRIDE,
#: n-1+2·STRIDE, …, its core move first, then its fillers, and a move it cannot use (not
#: eligible here) sends it to its own next position, never into a neighbour's. So the
#: episodes of a block of STRIDE never share a move until the deal wraps round.
STRIDE = 16


def rng_for(*parts: object) -> random.Random:
    """A random stream named by its parts: the same parts give the same stream."""
    return random.Random(":".join(str(p) for p in parts))


@dataclass
class Series:
    """What the writer knows about a series while writing it."""

    bank: Bank
    bible: Bible
    trope: Trope
    #: The seed mixed with the premise, so two ideas deal their moves differently.
    seed: int | str
    fills: dict[str, str]
    role_ids: dict[str, str]
    rounds: dict[str, int] = field(default_factory=dict)
    #: Slot values of the premise templates (empty without a premise).
    values: dict[str, str] = field(default_factory=dict)
    #: The era the series is set in (its main trope's): the bank holds only what fits it.
    era: str = MODERN
    #: Tropes whose own moves may be dealt: the main one; in another era than the modern
    #: one, every trope of the series (a palace rebirth deals rebirth's period moves).
    trope_ids: frozenset[str] = frozenset()
    #: The lead's secret when it is not the trope's stock one: the idea's hidden truth, or
    #: the trope's secret assumed to fit the idea ('' = the stock secret).
    own_secret: str = ""
    #: Whether the lead is married (the trope's premise, or the idea or bible says so).
    married: bool = False

    @classmethod
    def of(cls, bible: Bible, seed: int) -> Series:
        era = trope_era(load_bank(bible.language), bible.tropes)
        bank = era_bank(bible.language, era)
        by_id = {t.id: t for t in bank.tropes}
        trope = blended(next((by_id[t] for t in bible.tropes if t in by_id), bank.tropes[0]),
                        bible.tropes)
        trope_ids = frozenset({trope.id} if era == MODERN else {trope.id, *bible.tropes})
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
        if bible.by_role("elder") is not None:  # 太后, not 沈夫人, in a palace
            fills["elder"] = elder_address(bank, era, elder, family) or fills["elder"]
        fills["family"] = family
        fills["identity"] = trope.identity.format(family=family)
        stream: int | str = seed
        values: dict[str, str] = {}
        own = ""
        premise = bible.premise
        if premise is not None:
            lead = bible.character(role_ids["lead"]) or bible.characters[0]
            gender = lead.gender
            values = premise_values(
                premise, bible.language, lead=fills["lead"], lead_full=lead.name,
                rival=fills["rival"], place=premise.places[0] if premise.places else "",
                family=family, gender=lead.gender)
            if premise.hidden_truth:
                fills["identity"] = identity_phrase(values, bible.language)
            else:  # the trope's secret that fits the idea (0028), as the bible chose it
                merged = secret_fills(fills, values)
                assumed = secret_in_bible(trope, bible.secret, fills, lambda t: [
                    fill(t, fills), swap_pronouns(fill(t, fills), bible.language),
                    fill(swap_pronouns(t, bible.language), merged),
                    swap_flipped(fill(t, fills), bible.language, gender=gender),
                    fill(swap_flipped(t, bible.language, gender=gender), merged)]
                    ) or assumed_secret(
                    trope, premise, merged, bible.language)
                fills["identity"] = fill(assumed.identity, secret_fills(fills, values))
                if assumed != stock_secret(trope):
                    own = f"{assumed.identity} {assumed.secret}"
            own = premise.hidden_truth or own
        lead_gender = getattr(bible.character(role_ids["lead"]), "gender", "")
        if trope.roles["lead"].gender not in ("any", lead_gender) and lead_gender and not (
                premise is not None and premise.hidden_truth):
            # The heiress story told of a man: "the lost Stone son", 当年救她的人.
            fills["identity"] = swap_flipped(fills["identity"], bible.language, head_only=True,
                                             gender=lead_gender)
        if premise is not None:
            digest = hashlib.blake2b("|".join(premise.terms()).encode(), digest_size=6)
            stream = f"{seed}:{digest.hexdigest()}"
        said = " ".join([bible.logline, bible.secret, *(c.description for c in bible.characters),
                         *(premise.terms() if premise is not None else [])])
        married = trope.married or any(
            (word in said) if bible.language == "zh" else
            re.search(rf"\b{re.escape(word)}\b", said, re.IGNORECASE) is not None
            for word in bank.marriage_words)
        return cls(bank, bible, trope, stream, fills, role_ids, values=values, era=era,
                   trope_ids=trope_ids, own_secret=own, married=married)

    def variant(self, move: Move, part: object, options: list[str],
                round_: int | None = None) -> str:
        """The variant of ``options`` for this move's current round (or ``round_``): a move
        that comes back uses the next variant, so repeats read differently; worded for
        the series' cast (:meth:`worded`)."""
        chosen = options[self.variant_index(move, part, options, round_)]
        if part == "action":  # an action is played as written (payoffs.py finds its index)
            return self.worded(move, chosen)
        # A line of parts ([one|other]): each series says its own line of them (0035).
        turn = self.rounds.get(move.id, 0) if round_ is None else round_
        text = compose(chosen, rng_for(self.seed, move.id, part, turn, "parts"))
        if not isinstance(part, int) or part >= len(move.lines):
            return self.worded(move, text)
        speaker = move.lines[part].who
        text = plain_to(text, speaker, addressee(move, part), self.era, self.bible.language)
        return self.worded(move, text, speaker)

    def variant_index(self, move: Move, part: object, options: list[str],
                      round_: int | None = None) -> int:
        """Which of ``options`` :meth:`variant` says for this move's round."""
        base = rng_for(self.seed, move.id, part, "variant").randrange(len(options))
        turn = self.rounds.get(move.id, 0) if round_ is None else round_
        return (base + turn) % len(options)

    def composed(self, text: str) -> str:
        """A premise line of parts ([one|other]) as this series says it (0035)."""
        return compose(text, rng_for(self.seed, "parts", text))

    def worded(self, move: Move, text: str, speaker: str = "", about: str = "") -> str:
        """A text of ``move`` with its he and she, 她 and 他, and the nouns that say who a
        role is, worded for this series' cast when the move was written for another
        (a trope's own move for its roles' genders, or its ``genders:``; regender.py).
        ``speaker``: whose line it is (a line that names no one speaks of another);
        ``about``: whom the text is of (a line's direction, "her voice shaking": the
        speaker's)."""
        if about:
            slot = f"{{{about}}} "
            worded = self.worded(move, slot + text, speaker)
            return worded[len(slot):] if worded.startswith(slot) else text
        tropes = set(move.tropes) or set(self._twist_tropes.get(move.id, ()))
        written: dict[str, str] = {}
        if tropes and self.trope.id in tropes:
            written = {r: spec.gender for r, spec in self.trope.roles.items()
                       if spec.gender != "any"}
        written.update({str(role): str(g) for role, g in move.genders.items()})
        context = tuple(dict.fromkeys(
            [line.who for line in move.lines if line.who != speaker] +
            [r for a in move.action for r in re.findall(r"\{(\w+)\}", a) if r != speaker]))
        return regender(text, written, self._cast_genders, self.bible.language, context)

    @cached_property
    def _cast_genders(self) -> dict[str, str]:
        found = {role: getattr(self.bible.character(ident), "gender", "")
                 for role, ident in self.role_ids.items()}
        return {r: g for r, g in found.items() if g}

    @cached_property
    def _twist_tropes(self) -> dict[str, list[str]]:
        return {t.move.id: t.tropes for t in self.bank.twists}

    def timeless(self, templates: list[str]) -> list[str]:
        """The premise templates (written for any era) whose words fit the series' era."""
        return timeless(templates, self.era, self.bible.language)

    def cast_fits(self, move: Move) -> bool:
        """The move's roles have the genders it needs (``genders:``)."""
        return all(getattr(self.bible.character(self.role_ids[role]), "gender", gender) == gender
                   for role, gender in move.genders.items())

    def allowed(self, move: Move) -> bool:
        if move.tropes and not self.trope_ids & set(move.tropes):
            return False
        if not self.cast_fits(move):
            return False
        if "married" in move.needs and not self.married:
            return False  # no divorce papers for a lead who never married
        # The idea's own truth is revealed in its own words: a trope's reveal that names
        # the bank's stock identity ("the Titan Group chairman") would contradict it.
        if move.tropes and self.own_secret:
            texts = [*move.action, *(say for line in move.lines for say in line.say)]
            if move.beat == "reveal" and not any("{identity}" in t for t in texts):
                return False
            foreign = foreign_names(self.trope, self.own_secret)
            if any(name in t for t in texts for name in foreign):
                return False  # "the Titan deal" belongs to the trope's own identity
        return True
