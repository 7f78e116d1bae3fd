"""Who says 您 to whom: a line's polite "you" only from someone of lower rank.

The bank's lines were written for one trope's cast, and a move is dealt in many series: an
aide's 您 to the lead is right, the lead's 您 to their own aide or to the rival they are
at war with is not (peers say 你, a superior to an inferior says 你). Whom a line speaks
to is the role it opens by calling ("{lead}，您…"), else the one it answers (the line
before it by someone else), else the one who answers it. The ranks of the roles in each
era and the polite words with their plain ones are data (``register:`` of
``packs/premise/zh.yaml``); an English pack has no such table and its lines are left as
they are.
"""

from __future__ import annotations

import re

from microdrama.providers.offline.writer.banks.schema import Move
from microdrama.providers.offline.writer.premise_pack import load_premise_pack

_CALLED = re.compile(r"^\s*\{(\w+)\}[，,、！!：:]")


def addressee(move: Move, index: int) -> str:
    """The role line ``index`` of ``move`` speaks to ('' when it cannot tell)."""
    line = move.lines[index]
    speaker = line.who
    for say in line.say:
        called = _CALLED.match(say)
        if called and called.group(1) != speaker:
            return called.group(1)
    before = [other.who for other in move.lines[:index] if other.who != speaker]
    if before:
        return before[-1]
    after = [other.who for other in move.lines[index + 1:] if other.who != speaker]
    return after[0] if after else ""


def plain_to(text: str, speaker: str, to: str, era: str, language: str) -> str:
    """``text`` with its polite words made plain unless ``speaker`` ranks below ``to``."""
    table = load_premise_pack(language).polite_register
    if table is None or not to or not speaker:
        return text
    ranks = table.ranks.get(era) or table.ranks.get("modern", {})
    if speaker not in ranks or to not in ranks or ranks[speaker] < ranks[to]:
        return text
    for polite, plain in sorted(table.polite.items(), key=lambda p: -len(p[0])):
        text = text.replace(polite, plain)
    return text
