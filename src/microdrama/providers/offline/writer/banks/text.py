"""Two kinds of bank text with more in them than words: a stake, which has a kind, and a
line composed of parts (``[one|other]`` groups), which stands for every line its parts
make (docs/decisions/0035-lines-of-their-own.md)."""

from __future__ import annotations

import itertools
import random
import re
from typing import Any, Literal

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

from microdrama.domain.base import Model

#: What kind of thing an arc puts at stake, by what can be done with it:
#: ``asset`` — something one owns: it can be signed over, sold, split, stolen, inherited
#: (the company, the shares, Mother's house, the design);
#: ``title`` — a seat, post, title or right one holds: it can be won, taken, handed over
#: (the CEO seat, custody, the empress's crown);
#: ``bond`` — a relationship or an arrangement between people (the engagement, the
#: contract marriage, the emperor's favour): it can be broken, never signed over or sold;
#: ``matter`` — something still to be decided (the board vote, the court case, the
#: scholarship contest): it is won or lost, not owned.
StakeKind = Literal["asset", "title", "bond", "matter"]
STAKE_KINDS: tuple[StakeKind, ...] = ("asset", "title", "bond", "matter")


class _StakeEntry(Model):
    name: str
    kind: StakeKind


class Stake(str):
    """What an arc can put at stake: its words (the string itself) and its ``kind``.
    Written in a bank as ``{name: the family shares, kind: asset}``."""

    kind: StakeKind

    def __new__(cls, name: str, kind: StakeKind = "asset") -> Stake:
        made = super().__new__(cls, name)
        made.kind = kind
        return made

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any,
                                     handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(
            lambda entry: cls(entry.name, entry.kind), handler.generate_schema(_StakeEntry),
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda stake: {"name": str(stake), "kind": stake.kind}))


#: A group of parts in a line: ``[Prove it.|Go on, prove it.]`` — one is said.
GROUP = re.compile(r"\[([^\[\]]*)\]")


def expand(text: str) -> list[str]:
    """Every line ``text`` composes (itself when it has no group), in order."""
    pieces = GROUP.split(text)
    if len(pieces) == 1:
        return [text]
    options = [[piece] if i % 2 == 0 else piece.split("|") for i, piece in enumerate(pieces)]
    return [_join(choice) for choice in itertools.product(*options)]


def compose(text: str, rng: random.Random) -> str:
    """One line of those ``text`` composes, each group's part chosen by ``rng``."""
    pieces = GROUP.split(text)
    if len(pieces) == 1:
        return text
    return _join([piece if i % 2 == 0 else rng.choice(piece.split("|"))
                  for i, piece in enumerate(pieces)])


def _join(pieces: list[str] | tuple[str, ...]) -> str:
    """The parts as one line: an empty part leaves no double space."""
    return " ".join("".join(pieces).split()) if " " in "".join(pieces) else "".join(pieces)
