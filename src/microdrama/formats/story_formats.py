"""What the story importers know of the formats real stories are written in — the pack
``packs/interactive/story_formats.toml`` (schema :class:`StoryFormatsPack`): per Twine
story format, the passages and tags that hold no story or run on every passage, and the
macros, modifiers and inserts it defines by what they do, so a refused one is named as
the format names it with why an episode cannot carry it and the fix (:func:`refusal`).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

from microdrama.formats.story_syntax import Unsupported
from microdrama.packs import BUILTIN, Packs, load_pack

#: The tables of named constructs a Twine story format has.
Table = Literal["macros", "modifiers", "inserts"]


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Kind(_Table):
    """What a kind of refused construct does, and the fix."""

    what: str
    fix: str


class TweeFormat(_Table):
    """One Twine story format."""

    name: str
    #: Comment openers the format reads: ``/*`` (to ``*/``), ``/%`` (to ``%/``), ``<!--``.
    comments: list[Literal["/*", "/%", "<!--"]]
    #: Passages (by name, by tag) that set the state before the story starts.
    init_passages: list[str]
    init_tags: list[str]
    #: Passages and tags of the page around the story: skipped, with what they are.
    interface_passages: dict[str, str]
    interface_tags: dict[str, str]
    #: Passages and tags that run on every passage: refused.
    every_passage: list[str]
    every_passage_tags: list[str]
    #: Chapbook modifiers that only change how the text below them appears.
    presentation_modifiers: list[str] = []
    macros: dict[str, list[str]] = {}
    modifiers: dict[str, list[str]] = {}
    inserts: dict[str, list[str]] = {}

    def kind_of(self, table: Table, name: str) -> str | None:
        """The kind of the refused construct ``name`` in ``table``, or None when the
        format does not define it (names compared without case, spaces, ``-`` or ``_``)."""
        wanted = _key(name)
        for kind, names in getattr(self, table).items():
            if any(_key(known) == wanted for known in names):
                return str(kind)
        return None


class TweePack(_Table):
    """Twee 3, whatever the format."""

    skipped_tags: dict[str, str]
    skipped_passages: dict[str, str]
    formats: dict[str, TweeFormat]


class InkPack(_Table):
    """Ink."""

    player_story_tags: dict[str, str]


class StoryFormatsPack(_Table):
    """Schema of packs/interactive/story_formats.toml."""

    version: str
    source: str
    kinds: dict[str, Kind]
    twee: TweePack
    ink: InkPack

    @model_validator(mode="after")
    def _known_kinds(self) -> StoryFormatsPack:
        for name, story_format in self.twee.formats.items():
            for table in ("macros", "modifiers", "inserts"):
                for kind in getattr(story_format, table):
                    if kind not in self.kinds:
                        raise ValueError(f"twee.formats.{name}.{table}.{kind} is not one of "
                                         f"the [kinds]: {sorted(self.kinds)}")
        return self

    def refusal(self, story_format: TweeFormat, table: Table, name: str,
                shown: str) -> Unsupported | None:
        """The Unsupported for ``name`` (written ``shown``) when the format defines it."""
        kind = story_format.kind_of(table, name)
        if kind is None:
            return None
        return Unsupported(f"{shown} ({self.kinds[kind].what})", self.kinds[kind].fix)


def _key(name: str) -> str:
    return re.sub(r"[\s_-]+", "", name.casefold()) or name


def load_story_formats(packs: Packs = BUILTIN) -> StoryFormatsPack:
    """The story formats pack."""
    return load_pack("interactive", "story_formats", StoryFormatsPack, packs=packs)
