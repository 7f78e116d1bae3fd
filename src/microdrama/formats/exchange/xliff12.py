"""XLIFF 1.2 (OASIS Standard, 2008): for translation tools that predate 2.0.

Written: one ``<file original="episodes/ep001.yaml" source-language target-language
datatype="plaintext">`` per episode, one ``<trans-unit id="<line id>">`` per line with
``maxwidth`` and ``size-unit="char"`` for the length limit, ``<source>``, ``<target
state>`` when there is a translation, and a ``<note from="microdrama">`` per note
("speaker: …"; the glossary's names too, since 1.2 has no glossary module).

States: ours ↔ 1.2's ``state`` values — new ↔ ``new``/``needs-*`` (a draft is written
``needs-review-translation``), translated ↔ ``translated``, reviewed ↔ ``signed-off``,
final ↔ ``final``. A target without a state says nothing, unless the unit carries a CAT
tool's own review state (:data:`TOOL_STATES`) or says ``approved="yes"`` (reviewed). A
``rejected-…`` state qualifier, or a suggestion's with no state, makes a draft; so does
a target that only repeats the source with nothing saying it was translated (decision
0020).

Text: inline codes are flattened to the text the plain-text original has there (``<g>``,
``<mrk>`` and ``<sub>`` content; the native data of ``<ph>``, ``<bpt>``, ``<ept>``,
``<it>``; nothing for ``<x/>``, ``<bx/>``, ``<ex/>``), white space settled by
``xml:space`` (formats/exchange/xml.py).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from lxml import etree

from microdrama.domain.translation import STATES, TranslationState
from microdrama.errors import InputError
from microdrama.formats.exchange.model import ExchangeDocument, ExchangeFile, ExchangeUnit, Note
from microdrama.formats.exchange.xml import (
    clean,
    inline_text,
    local,
    parse_xml,
    serialize,
    where,
)

NS = "urn:oasis:names:tc:xliff:document:1.2"
#: XLIFF 1.0 to 1.2 share a model; translate-toolkit's po2xliff still writes 1.1.
FAMILY = "urn:oasis:names:tc:xliff:document:1."
TO_XLIFF: dict[TranslationState, str] = {"new": "needs-review-translation",
                                         "translated": "translated", "reviewed": "signed-off",
                                         "final": "final"}
FROM_XLIFF: dict[str, TranslationState] = {
    "new": "new", "needs-translation": "new", "needs-adaptation": "new", "needs-l10n": "new",
    "needs-review-adaptation": "new", "needs-review-l10n": "new",
    "needs-review-translation": "new", "translated": "translated",
    "signed-off": "reviewed", "final": "final",
}
#: State qualifiers that make a target without a state a suggestion, not a translation.
SUGGESTED = ("mt-suggestion", "tm-suggestion", "fuzzy-match", "leveraged-mt")
#: The trans-unit translate-toolkit's po2xliff makes of a PO header: not a line.
GETTEXT_HEADER = "x-gettext-domain-header"
SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"
MEMOQ = "MQXliff"
#: Review states CAT tools keep in their own markup (read only where a target has no
#: standard ``state``): Trados Studio's confirmation levels, memoQ's segment statuses.
#: What neither has confirmed is a draft.
TOOL_STATES: dict[str, dict[str, TranslationState]] = {
    "sdl:conf": {"Draft": "new", "RejectedTranslation": "new", "RejectedSignOff": "new",
                 "Translated": "translated", "ApprovedTranslation": "reviewed",
                 "ApprovedSignOff": "final"},
    "mq:status": {"NotStarted": "new", "Edited": "new", "Pretranslated": "new",
                  "PartiallyEdited": "new", "MachineTranslated": "new",
                  "AssembledFromFragments": "new", "Rejected": "new",
                  "ManuallyConfirmed": "translated", "Confirmed": "translated",
                  "Proofread": "reviewed", "Reviewer1Confirmed": "reviewed",
                  "Reviewer2Confirmed": "final"},
}
#: Who wrote the notes (1.2's note attribute ``from`` names an author, not a kind).
AUTHOR = "microdrama"


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def write_xliff12(document: ExchangeDocument) -> str:
    """The document as XLIFF 1.2 text."""
    root = etree.Element(_q("xliff"), nsmap={None: NS})
    root.set("version", "1.2")
    for episode in document.files:
        element = etree.SubElement(root, _q("file"), original=episode.original,
                                   datatype="plaintext")
        element.set("source-language", document.source_language)
        element.set("target-language", document.target_language)
        if episode.notes:
            header = etree.SubElement(element, _q("header"))
            _notes(header, episode.notes)
        body = etree.SubElement(element, _q("body"))
        for unit in episode.units:
            _unit(body, unit, document.target_language)
    return serialize(root)


def _unit(body: etree._Element, unit: ExchangeUnit, language: str) -> None:
    element = etree.SubElement(body, _q("trans-unit"), id=unit.id)
    if unit.max_characters is not None:
        element.set("maxwidth", str(unit.max_characters))
        element.set("size-unit", "char")
    etree.SubElement(element, _q("source")).text = clean(unit.source)
    if unit.target:
        target = etree.SubElement(element, _q("target"), state=TO_XLIFF[unit.state or "new"])
        target.text = clean(unit.target)
    glossary = tuple(Note("glossary", f"{entry.term} = {entry.translation or '?'} "
                          f"({entry.definition})") for entry in unit.glossary)
    _notes(element, unit.notes + glossary)


def _notes(parent: etree._Element, notes: tuple[Note, ...]) -> None:
    for note in notes:
        etree.SubElement(parent, _q("note"), {"from": AUTHOR}).text = clean(
            f"{note.category}: {note.text}")


def read_xliff12(data: bytes, file: str | Path) -> ExchangeDocument:
    """An XLIFF 1.x file's units; InputError naming the line and unit when it is wrong.

    Read as tools write it back: the 1.2, 1.1 or no namespace, under any prefix; units
    anywhere under a ``<file>`` (groups too); a tool's own elements and attributes
    ignored, except the review states of Trados Studio and memoQ where the standard
    ``state`` is not given (:data:`TOOL_STATES`).
    """
    root = parse_xml(data, file)
    namespace = etree.QName(root).namespace or ""
    if local(root) != "xliff" or not (namespace == "" or namespace.startswith(FAMILY)):
        raise InputError(f"the root element is <{local(root)}> in namespace {namespace!r}, "
                         "not XLIFF 1.2's <xliff>", file=file, where=where(root),
                         fix=f"give an XLIFF 1.2 file (namespace {NS})")
    reader = _Reader(namespace, file)
    files = []
    languages: dict[tuple[str, str], tuple[str, str]] = {}
    for element in root.iterchildren(reader.q("file")):
        pair = (element.get("source-language", ""), element.get("target-language", ""))
        languages.setdefault((pair[0].lower(), pair[1].lower()), pair)
        units = tuple(reader.unit(unit) for unit in element.iter(reader.q("trans-unit"))
                      if unit.get("restype") != GETTEXT_HEADER)
        original = element.get("original", "")
        files.append(ExchangeFile(id=PurePosixPath(original.replace("\\", "/")).stem,
                                  original=original, units=units))
    if not files:
        return ExchangeDocument(source_language="", target_language="", files=())
    if len(languages) > 1:
        raise InputError("its <file> elements name different languages", file=file,
                         fix="put one target language in one file, as exported")
    source, target = next(iter(languages.values()))
    if not source:
        raise InputError("<file> has no source-language", file=file, where=where(root),
                         fix="set source-language to the series language, as exported")
    notices = [f"the file is XLIFF in namespace {namespace!r}, read as XLIFF 1.2"
               if namespace else "the file's XLIFF has no namespace, read as XLIFF 1.2"
               ] if namespace != NS else []
    notices += [f"{value} is a tool's own state value: read as no state (units {', '.join(ids)})"
                for value, ids in reader.private.items()]
    return ExchangeDocument(source_language=source, target_language=target, files=tuple(files),
                            notices=tuple(notices))


class _Reader:
    """Reads the trans-units of one file, in its namespace."""

    def __init__(self, namespace: str, file: str | Path) -> None:
        self.namespace = namespace
        self.file = file
        #: A tool's own state values (x-…) met, with the units that carry them.
        self.private: dict[str, list[str]] = {}

    def q(self, name: str) -> str:
        return f"{{{self.namespace}}}{name}" if self.namespace else name

    def unit(self, element: etree._Element) -> ExchangeUnit:
        ident = element.get("id", "")
        if not ident:
            raise InputError("a <trans-unit> has no id", file=self.file, where=where(element),
                             fix="give it back the line id it was exported with (never renumber)")
        found = element.find(self.q("source"))
        if found is None:
            raise InputError("the unit has no <source>", file=self.file,
                             where=where(element, ident),
                             fix="keep the unit's <source> as exported")
        source = inline_text(found)
        # A direct child only: <alt-trans> holds other tools' suggestions, not the answer.
        found = element.find(self.q("target"))
        target = inline_text(found)
        state, status = self._state(element, found, ident)
        if not target.strip():
            state, status = "new", ""
        elif state is None and target == source:
            # Tools such as OmegaT write the source into every target they did not
            # translate; nothing in the file says this one was.
            state, status = "new", "the source copied, no state"
        return ExchangeUnit(id=ident, source=source, target=target, state=state,
                            place=where(element, ident), status=status)

    def _state(self, element: etree._Element, target: etree._Element | None,
               ident: str) -> tuple[TranslationState | None, str]:
        """The unit's state and, for a draft, the file's words for it."""
        if target is None:
            return "new", ""
        value = target.get("state")
        qualifier = target.get("state-qualifier", "")
        state: TranslationState | None = None
        said = ""
        if value in FROM_XLIFF:
            state, said = FROM_XLIFF[value], value
        elif value is not None and value.startswith("x-"):
            self.private.setdefault(value, []).append(ident)
        elif value is not None:
            raise InputError(f"unknown target state {value!r}", file=self.file,
                             where=where(target, ident),
                             fix="use one of XLIFF 1.2's states: " + ", ".join(FROM_XLIFF)
                             + " (or x-… for a tool's own)")
        if qualifier.startswith("rejected-") or (state is None and qualifier in SUGGESTED):
            return "new", f"state-qualifier {qualifier}"
        if state is None:
            state, said = tool_state(element)
        if state is None and element.get("approved") == "yes":
            # Only where nothing else says: translate-toolkit (Weblate, Virtaal) writes
            # approved="yes" for any target that is no longer fuzzy.
            state = "reviewed"
        return state, said if state == "new" else ""


def tool_state(element: etree._Element) -> tuple[TranslationState | None, str]:
    """A CAT tool's own review state of a trans-unit (Trados Studio's confirmation level
    per segment, the least advanced; memoQ's status), with its words; (None, "") when
    the unit carries none or a value not known here."""
    levels = [(TOOL_STATES["sdl:conf"].get(seg.get("conf", "")), seg.get("conf", ""))
              for seg in element.iter(f"{{{SDL}}}seg")]
    known = [(state, word) for state, word in levels if state is not None]
    if known:
        state, word = min(known, key=lambda pair: STATES.index(pair[0]))
        return state, f"sdl:conf {word}"
    word = element.get(f"{{{MEMOQ}}}status")
    if word is not None and word in TOOL_STATES["mq:status"]:
        return TOOL_STATES["mq:status"][word], f"mq:status {word}"
    return None, ""
