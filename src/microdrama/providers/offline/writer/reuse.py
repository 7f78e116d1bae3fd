"""How much of a series' dialogue another series says too: its lines with every slot filler
(names, the family, the lead's secret, the stake, the prop, places, the idea's own words)
taken out, so two lines that differ only in what filled their slots are one line.
``benchmarks/line_reuse.py`` and the writer's tests measure with it (0035)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from microdrama.domain import Bible, Episode
from microdrama.providers.offline.writer.cast import fill
from microdrama.providers.offline.writer.series import Series

#: What a slot filler becomes in a bare line.
PLACEHOLDER = "·"
#: Premise values that are grammar, not the idea's words (she, her).
_GRAMMAR = frozenset({"pronoun", "Pronoun", "possessive"})
#: What follows a zh family name in the banks' lines (林家, 林董, 林氏).
_ZH_FAMILY_TAILS = "家氏董总府夫老少"


def fillers(bible: Bible, seed: int) -> list[str]:
    """Every text a slot of this series can be filled with, longest first."""
    series = Series.of(bible, seed)
    values: set[str] = set()
    for character in bible.characters:
        values |= {character.name, *character.name.split()}
        if bible.language == "zh" and len(character.name) >= 3:
            values.add(character.name[1:])
    values |= {v for k, v in series.fills.items() if k != "family"}
    values |= {v for k, v in series.values.items() if k not in _GRAMMAR}
    values |= {loc.name for loc in bible.locations}
    fills = dict(series.fills, place="", schemer=series.fills["rival"], stake="", prop="",
                 scheme="")
    values |= {fill(stake, fills) for stake in series.trope.stakes}
    for scheme in series.bank.schemes:
        values |= {fill(scheme.prop, fills), fill(scheme.scheme, fills)}
    if bible.premise is not None:
        values |= set(bible.premise.terms())
    family = series.fills["family"]
    if bible.language == "zh":
        values |= {family + tail for tail in _ZH_FAMILY_TAILS}
    else:
        values.add(family)
    shortest = 2 if bible.language == "zh" else 3
    return sorted((v.strip() for v in values if len(v.strip()) >= shortest),
                  key=lambda v: (-len(v), v))


def bare(text: str, fillers: Sequence[str]) -> str:
    """``text`` with each filler replaced by the placeholder, lower case, no punctuation."""
    out = text
    for value in fillers:
        out = re.sub(re.escape(value), PLACEHOLDER, out, flags=re.IGNORECASE)
    kept = "".join(c if c == PLACEHOLDER or not unicodedata.category(c).startswith(("P", "S"))
                   else " " for c in out.lower())
    return " ".join(kept.split())


def bare_lines(bible: Bible, episodes: Iterable[Episode], seed: int) -> list[str]:
    """Every spoken line of a series, bare, in order (repeats kept)."""
    found = fillers(bible, seed)
    return [bare(line.text, found) for episode in episodes for line in episode.lines()]


def shared_share(lines: Sequence[str], others: Iterable[Iterable[str]]) -> float:
    """The share of ``lines`` (bare) that another series says too."""
    elsewhere: set[str] = set()
    for other in others:
        elsewhere |= set(other)
    return sum(1 for line in lines if line in elsewhere) / len(lines) if lines else 0.0
