"""XLIFF 1.2 (OASIS Standard, 2008): for translation tools that predate 2.0.

Written: one ``<file original="episodes/ep001.yaml" source-language target-language
datatype="plaintext">`` per episode, one ``<trans-unit id="<line id>">`` per line with
``maxwidth`` and ``size-unit="char"`` for the length limit, ``<source>``, ``<target
state>`` when there is a translation, and a ``<note from="microdrama">`` per note
("speaker: …"; the glossary's names too, since 1.2 has no glossary module).

States: ours ↔ 1.2's ``state`` values — new ↔ ``new``/``needs-*`` (a draft is written
``needs-review-translation``), translated ↔ ``translated``, reviewed ↔ ``signed-off``,
final ↔ ``final``. A target without a state says nothing (``approved="yes"``: reviewed).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from microdrama.domain.translation import TranslationState
from microdrama.errors import InputError
from microdrama.formats.exchange.model import ExchangeDocument, ExchangeFile, ExchangeUnit, Note
from microdrama.formats.exchange.xml import clean, local, parse_xml, serialize, text_of, where

NS = "urn:oasis:names:tc:xliff:document:1.2"
TO_XLIFF: dict[TranslationState, str] = {"new": "needs-review-translation",
                                         "translated": "translated", "reviewed": "signed-off",
                                         "final": "final"}
FROM_XLIFF: dict[str, TranslationState] = {
    "new": "new", "needs-translation": "new", "needs-adaptation": "new", "needs-l10n": "new",
    "needs-review-adaptation": "new", "needs-review-l10n": "new",
    "needs-review-translation": "new", "translated": "translated",
    "signed-off": "reviewed", "final": "final",
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
    """An XLIFF 1.2 file's units; InputError naming the line and unit when it is wrong."""
    root = parse_xml(data, file)
    if root.tag != _q("xliff"):
        raise InputError(f"the root element is <{local(root)}>, not XLIFF 1.2's <xliff>",
                         file=file, where=where(root),
                         fix=f"give an XLIFF 1.2 file (namespace {NS})")
    files = []
    languages: set[tuple[str, str]] = set()
    for element in root.iterchildren(_q("file")):
        languages.add((element.get("source-language", ""), element.get("target-language", "")))
        units = tuple(_read_unit(unit, file) for unit in element.iter(_q("trans-unit")))
        original = element.get("original", "")
        files.append(ExchangeFile(id=Path(original).stem, original=original, units=units))
    if not files:
        return ExchangeDocument(source_language="", target_language="", files=())
    if len(languages) > 1:
        raise InputError("its <file> elements name different languages", file=file,
                         fix="put one target language in one file, as exported")
    source, target = languages.pop()
    if not source:
        raise InputError("<file> has no source-language", file=file, where=where(root),
                         fix="set source-language to the series language, as exported")
    return ExchangeDocument(source_language=source, target_language=target, files=tuple(files))


def _read_unit(element: etree._Element, file: str | Path) -> ExchangeUnit:
    ident = element.get("id", "")
    if not ident:
        raise InputError("a <trans-unit> has no id", file=file, where=where(element),
                         fix="give it back the line id it was exported with (never renumber)")
    source = element.find(_q("source"))
    if source is None:
        raise InputError("the unit has no <source>", file=file, where=where(element, ident),
                         fix="keep the unit's <source> as exported")
    found = element.find(_q("target"))
    target = text_of(found)
    state: TranslationState | None = None
    value = found.get("state") if found is not None else None
    if not target.strip():
        state = "new"
    elif value in FROM_XLIFF:
        state = FROM_XLIFF[value]
    elif element.get("approved") == "yes":
        state = "reviewed"
    return ExchangeUnit(id=ident, source=text_of(source), target=target, state=state,
                        place=where(element, ident))
