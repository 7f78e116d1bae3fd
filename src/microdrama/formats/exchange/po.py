"""gettext PO, read and written through translate-toolkit (its quoting and wrapping are
what every PO tool expects).

Written: a header (``Language``, ``X-Source-Language``, ``X-Episodes``: the episodes the
file covers), then per line ``#.`` comments for the translator (speaker, scene,
timecode, glossary, length limit — extracted comments, the place PO keeps what the tool
tells the translator; ``# `` comments are the translator's own), ``#:`` the episode
file, ``msgctxt`` = the line id, ``msgid`` = the source, ``msgstr`` = the translation.

PO has no review states: an empty ``msgstr`` is new, ``#, fuzzy`` is a draft (new) and
comes with ``#| msgid`` (the text it was made from) when the source changed since; any
other translation is translated — or stays what it was when its text did not change
(state None: the format does not say).
"""

from __future__ import annotations

from pathlib import Path

from translate.storage import pypo
from translate.storage.poparser import PoParseError

from microdrama.domain.translation import TranslationState
from microdrama.errors import InputError
from microdrama.formats.exchange.model import ExchangeDocument, ExchangeFile, ExchangeUnit, Note

#: Header fields we write and read beside gettext's own.
SOURCE_LANGUAGE = "X-Source-Language"
EPISODES = "X-Episodes"


def write_po(document: ExchangeDocument) -> str:
    """The document as PO text."""
    store = pypo.pofile(noheader=True)
    header = store.create_unit()
    header.source = ""
    header.target = "".join(f"{key}: {value}\n" for key, value in (
        ("Project-Id-Version", document.title or "microdrama"),
        ("Language", document.target_language),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        (SOURCE_LANGUAGE, document.source_language),
        (EPISODES, " ".join(document.episodes)),
    ))
    store.addunit(header)
    for episode in document.files:
        for unit in episode.units:
            store.addunit(_entry(store, unit, episode.original))
    return bytes(store).decode("utf-8")


def _entry(store: pypo.pofile, unit: ExchangeUnit, original: str) -> pypo.pounit:
    entry = store.create_unit()
    notes = list(unit.notes)
    notes += [Note("glossary", f"{g.term} = {g.translation or '?'} ({g.definition})")
              for g in unit.glossary]
    if unit.max_characters is not None:
        notes.append(Note("max characters", str(unit.max_characters)))
    previous = next((note.text for note in unit.notes if note.category == "changed-source"), "")
    for note in notes:
        if note.category != "changed-source":
            entry.addnote(f"{note.category}: {note.text}", origin="developer")
    entry.addlocation(original)
    entry.setcontext(unit.id)
    entry.source = unit.source
    entry.target = unit.target
    if unit.target and unit.state == "new":  # None (a PO read back): not a draft
        entry.markfuzzy(True)
        if previous:
            entry.prev_msgid = pypo.quoteforpo(previous)
    return entry


def read_po(data: bytes, file: str | Path) -> ExchangeDocument:
    """A PO file's entries; InputError naming the line or entry when it is wrong."""
    try:
        store = pypo.pofile(data)
    except (PoParseError, UnicodeDecodeError, ValueError) as error:
        raise InputError(f"not a PO file: {error}", file=file,
                         fix="repair the file (or export it again)") from None
    header = store.parseheader()
    files: dict[str, list[ExchangeUnit]] = {ep: [] for ep in header.get(EPISODES, "").split()}
    originals: dict[str, str] = {}
    for entry in store.units:
        if entry.isheader() or entry.isobsolete():
            continue
        ident = entry.getcontext()
        place = f'entry msgctxt "{ident}"' if ident else f'entry msgid "{entry.source[:40]}"'
        if not ident:
            raise InputError("an entry has no msgctxt", file=file, where=place,
                             fix="give it back the line id it was exported with as its msgctxt")
        if entry.hasplural():
            raise InputError("the entry has plural forms", file=file, where=place,
                             fix="a line has one translation: remove msgid_plural")
        target = entry.target or ""
        state: TranslationState | None = (
            "new" if not target.strip() or entry.isfuzzy() else None)
        locations = entry.getlocations()
        episode = Path(locations[0]).stem if locations else ident.split("-")[0]
        originals.setdefault(episode, locations[0] if locations else "")
        files.setdefault(episode, []).append(ExchangeUnit(
            id=ident, source=entry.source, target=target, state=state, place=place))
    return ExchangeDocument(
        source_language=header.get(SOURCE_LANGUAGE, ""),
        # The header's Language as written (the toolkit's own reading refuses tags such
        # as qps-ploc), else what the toolkit guesses from Poedit's or team headers.
        target_language=header.get("Language", "").strip() or store.gettargetlanguage() or "",
        files=tuple(ExchangeFile(id=ep, original=originals.get(ep, ""), units=tuple(units))
                    for ep, units in files.items()),
    )
