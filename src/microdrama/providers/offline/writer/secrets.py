"""The secret a series assumes when its idea hides none (decision 0028).

A trope's stock secret belongs to one kind of lead: Muse is a designer, Angel a surgeon,
Phoenix an investor, the Titan chairman a son-in-law. Given to a blind piano tuner or a
village teacher it swaps the user's idea for another story. So a trope lists other
secrets (``secrets:`` in the bank), and each, the stock one too (``secret_fits:``), says
which words of a premise it is written for. The one chosen:

- is written for words the premise says ("war god", 赘婿), first;
- else is written for any lead and uses most of the idea's own elements (the lead's job,
  the antagonist's hold, the setting: the premise slots of ``frame.py``);
- is never one written for another kind of lead when the idea names the lead's job.

Everything is chosen from the premise as ``series.yaml`` keeps it, so the bible and every
later build agree (and a corrected premise changes the secret with it).
"""

from __future__ import annotations

from collections.abc import Callable

from microdrama.domain.premise import Premise
from microdrama.providers.offline.writer.banks.schema import Trope, TropeSecret
from microdrama.providers.offline.writer.frame import PREMISE_SLOTS, slots_of
from microdrama.providers.offline.writer.premise_pack import has_word


def premise_text(premise: Premise) -> str:
    """What the premise says of its people, places and events (where fit words are
    looked for)."""
    people = [premise.protagonist, premise.love, *premise.antagonists]
    return " ".join(filter(None, [
        *(w for p in people for w in (p.name, p.occupation, p.hold, p.situation)),
        premise.incident, premise.want, premise.image, premise.setting, *premise.places]))


def stock_secret(trope: Trope) -> TropeSecret:
    return TropeSecret(identity=trope.identity, secret=trope.secret, fits=trope.secret_fits)


def assumed_secret(trope: Trope, premise: Premise, fills: dict[str, str],
                   language: str, idea: str = "") -> TropeSecret:
    """The secret the lead keeps when the idea hides none: the trope's stock one or one of
    its ``secrets:``, by fit with the premise and the ``idea`` (see the module's doc).
    ``fills`` holds the slot values (the cast's names and the premise's words)."""
    text = f"{premise_text(premise)} {idea}"
    job = premise.protagonist.occupation
    best, best_score = stock_secret(trope), None
    for candidate in [best, *trope.secrets]:
        slots = slots_of(candidate.identity) | slots_of(candidate.secret)
        if any(not fills.get(name) for name in slots):
            continue  # it needs a word the idea did not give
        if any(has_word(text, word, language) for word in candidate.fits):
            score = 100 + len(slots & PREMISE_SLOTS)
        elif candidate.fits:
            if job:
                continue  # a designer's secret for a piano tuner
            score = -1
        else:
            score = len(slots & PREMISE_SLOTS)
        if best_score is None or score > best_score:
            best, best_score = candidate, score
    return best


def secret_fills(fills: dict[str, str], values: dict[str, str]) -> dict[str, str]:
    """The cast's slot values with the premise's over them (where the idea said them)."""
    return {**fills, **{key: value for key, value in values.items() if value}}


def foreign_names(trope: Trope, own: str) -> list[str]:
    """The trope's stock names that the series' own secret (``own``) does not say: a line,
    move or description that says one belongs to another story."""
    return [name for name in trope.stock_names if name not in own] if own else []


def secret_in_bible(trope: Trope, secret: str, fills: dict[str, str],
                    variants: Callable[[str], list[str]]) -> TropeSecret | None:
    """Which of the trope's secrets a bible's ``secret`` says (``variants``: the ways the
    bible may have written a template), None when it says none (the user rewrote it)."""
    return next((c for c in [stock_secret(trope), *trope.secrets]
                 if secret in variants(c.secret)), None)
