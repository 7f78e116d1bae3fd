"""gettext PO, read and written through translate-toolkit (its quoting and wrapping are
what every PO tool expects).

Written: a header (``Language``, ``X-Source-Language``, ``X-Episodes``: the episodes the
file covers), then per line ``#.`` comments for the translator (speaker, scene,
timecode, glossary, length limit — extracted comments, the place PO keeps what the tool
tells the translator; ``# `` comments are the translator's own), ``#:`` the episode
file, ``msgctxt`` = the line id, ``msgid`` = the source, ``msgstr`` = the translation.

Read in whatever charset the header declares (or a byte order mark says); obsolete
``#~`` entries are ignored and entries with plural forms skipped, both reported.

PO has no review states: an empty ``msgstr`` is new, ``#, fuzzy`` is a draft (new) and
comes with ``#| msgid`` (the text it was made from) when the source changed since; any
other translation is translated — or stays what it was when its text did not change
(state None: the format does not say).
"""

from __future__ import annotations

import codecs
import re
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
    """A PO file's entries; InputError naming the line or entry when it is wrong.

    Obsolete entries (``#~``, what msgmerge, Poedit and Weblate keep of entries no longer
    in the template) are not read; an entry with plural forms is not one of ours (a line
    has one translation) and is skipped: both are reported in the notices.
    """
    try:
        store = pypo.pofile(_utf8(data, file))
    except (PoParseError, UnicodeDecodeError, ValueError) as error:
        raise InputError(f"not a PO file: {error}", file=file,
                         fix="repair the file (or export it again)") from None
    header = store.parseheader()
    files: dict[str, list[ExchangeUnit]] = {ep: [] for ep in header.get(EPISODES, "").split()}
    originals: dict[str, str] = {}
    obsolete: list[str] = []
    plural: list[str] = []
    for entry in store.units:
        if entry.isheader():
            continue
        ident = entry.getcontext()
        line = getattr(entry, "_line_number", None)  # where the toolkit's parser found it
        place = (f"line {line}, " if line else "") + (
            f'entry msgctxt "{ident}"' if ident else f'entry msgid "{entry.source[:40]}"')
        if entry.isobsolete():
            obsolete.append(ident or entry.source[:40])
            continue
        if not ident:
            raise InputError(
                "an entry has no msgctxt", file=file, where=place,
                fix="give it back the line id it was exported with as its msgctxt (a tool "
                "that drops msgctxt, such as translate-toolkit's xliff2po, loses the ids: "
                "export PO with `microdrama export DIR --format po --locale L` instead)")
        if entry.hasplural():
            plural.append(ident)
            continue
        target = entry.target or ""
        state: TranslationState | None = (
            "new" if not target.strip() or entry.isfuzzy() else None)
        locations = entry.getlocations()
        episode = Path(locations[0]).stem if locations else ident.split("-")[0]
        originals.setdefault(episode, locations[0] if locations else "")
        files.setdefault(episode, []).append(ExchangeUnit(
            id=ident, source=entry.source, target=target, state=state, place=place,
            status="fuzzy" if target.strip() and entry.isfuzzy() else ""))
    notices = []
    if obsolete:
        notices.append(f"{_entries(obsolete)} marked obsolete (#~) ignored: "
                       f"{', '.join(obsolete)}")
    if plural:
        notices.append(f"{_entries(plural)} with plural forms (msgid_plural) skipped — a "
                       f"line has one translation: {', '.join(plural)}")
    return ExchangeDocument(
        source_language=header.get(SOURCE_LANGUAGE, ""),
        # The header's Language as written (the toolkit's own reading refuses tags such
        # as qps-ploc), else what the toolkit guesses from Poedit's or team headers.
        target_language=header.get("Language", "").strip() or store.gettargetlanguage() or "",
        files=tuple(ExchangeFile(id=ep, original=originals.get(ep, ""), units=tuple(units))
                    for ep, units in files.items()),
        notices=tuple(notices),
    )


def _entries(ids: list[str]) -> str:
    return f"{len(ids)} entr{'y' if len(ids) == 1 else 'ies'}"


#: The charset the PO header declares (gettext's own placeholder CHARSET means none).
_CHARSET = re.compile(rb"charset=\s*([^\s\\\"]+)")


def _utf8(data: bytes, file: str | Path) -> bytes:
    """The PO file's bytes as UTF-8, its header saying so.

    PO files declare their encoding in the header; Poedit and Weblate write UTF-8, older
    catalogues ISO-8859-x or the like, and Windows editors add a byte order mark (UTF-16
    too). translate-toolkit 3.20 decodes every entry after the header as UTF-8 whatever
    the header says, so the file is decoded here and handed over in UTF-8.
    """
    codec = "utf-8"
    for mark, name in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                       (b"\xfe\xff", "utf-16-be")):
        if data.startswith(mark):
            data, codec = data[len(mark):], name
            break
    else:
        found = _CHARSET.search(data[:data.find(b"\n\n") if b"\n\n" in data else 4096])
        declared = found[1].decode("ascii", "replace") if found else "CHARSET"
        if declared.upper() != "CHARSET":
            codec = declared
    try:
        codecs.lookup(codec)
    except LookupError:
        raise InputError(f"the PO header declares an unknown charset {codec!r}", file=file,
                         where="header, Content-Type",
                         fix="save the file as UTF-8 "
                         "(Content-Type: text/plain; charset=UTF-8)") from None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise InputError(f"the file is not {codec} as its header says", file=file,
                         where=f"line {line}",
                         fix="save the file as UTF-8 and say so in the header "
                         "(Content-Type: text/plain; charset=UTF-8)") from None
    if codec.lower().replace("_", "-") not in ("utf-8", "utf8"):
        text = re.sub(r"(charset=\s*)[^\s\\\"]+", r"\g<1>UTF-8", text, count=1)
    return text.encode("utf-8")
