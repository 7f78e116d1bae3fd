"""What a translators' file holds, whatever its format: units keyed by line id.

Writers turn an :class:`ExchangeDocument` into XLIFF 2.0, XLIFF 1.2 or PO text; readers
turn such text back into one. Nothing here knows the project: the application layer
fills a document from the episodes and applies one read back to ``locales/<L>.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from microdrama.domain.translation import TranslationState


@dataclass(frozen=True)
class Note:
    """A note for the translator: ``category`` (speaker, scene, timecode, …) and text."""

    category: str
    text: str


@dataclass(frozen=True)
class GlossEntry:
    """A term of the glossary (a character's name) as it occurs in a unit's source."""

    term: str
    definition: str
    #: How the target locale writes it ('' while nobody has said).
    translation: str = ""


@dataclass(frozen=True)
class ExchangeUnit:
    """One line: its id, source text, translation and state.

    ``state`` None means the format did not say (a PO entry that is neither empty nor
    fuzzy: translated, or better if nothing changed). ``place`` is where a reader found
    the unit ("line 42"), for messages. ``status`` is what the file said that made a
    unit with text a draft (state "new"), in the file's own words ("fuzzy",
    "needs-review-translation", "sdl:conf Draft"), for the import report.
    """

    id: str
    source: str
    target: str = ""
    state: TranslationState | None = "new"
    notes: tuple[Note, ...] = ()
    glossary: tuple[GlossEntry, ...] = ()
    #: The longest the target may be, in characters (None: no limit).
    max_characters: int | None = None
    place: str = ""
    status: str = ""


@dataclass(frozen=True)
class ExchangeFile:
    """The units of one episode (``id`` ep001, ``original`` episodes/ep001.yaml)."""

    id: str
    original: str
    units: tuple[ExchangeUnit, ...]
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class ExchangeDocument:
    """A whole translators' file: languages, then one :class:`ExchangeFile` per episode."""

    source_language: str
    target_language: str
    files: tuple[ExchangeFile, ...]
    title: str = ""
    #: What a reader decided about the file as a whole and the user should hear (obsolete
    #: entries ignored, a tool's own state value read as none, …), for the import report.
    notices: tuple[str, ...] = ()

    def units(self) -> list[ExchangeUnit]:
        """Every unit, in file order."""
        return [unit for file in self.files for unit in file.units]

    @property
    def episodes(self) -> tuple[str, ...]:
        """The ids of the episodes the document covers."""
        return tuple(file.id for file in self.files)
