"""XLIFF 2.0 (OASIS Standard, 2014): the translators' file of today's CAT tools.

Written: ``<xliff version="2.0" srcLang trgLang>``, one ``<file id="ep001"
original="episodes/ep001.yaml" canResegment="no">`` per episode (a tool may not split a
line into segments: the line is the unit of timing and dubbing), one ``<unit id>`` per
line id with, in the order the core schema gives (modules, then ``<notes>``, then the
segment): the glossary (module ``gls``: the characters named in the line), notes
(speaker, scene, timecode, …) and one ``<segment state>`` with ``<source>`` and, when
there is one, ``<target>``. The length limit is the size-restriction module's
(``slr:sizeRestriction`` on the unit, counted in code points: the ``xliff:codepoints``
profile declared once per file).

Read: units anywhere under a ``<file>`` (groups too), ids never matched by position; a
unit a tool did split is joined back (segments and ignorables in order, an ignorable
without a target as its source; its state the least advanced of its segments, and a
draft while any segment has no target). Inline codes become the text the plain-text
original has there (their original data), ``<pc>``/``<mrk>`` keep their text, and white
space is settled by ``xml:space`` (formats/exchange/xml.py). A segment with no state is
``initial`` (the core's default): a draft.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from microdrama.domain.translation import STATES, TranslationState
from microdrama.errors import InputError
from microdrama.formats.exchange.model import (
    ExchangeDocument,
    ExchangeFile,
    ExchangeUnit,
    Note,
)
from microdrama.formats.exchange.xml import (
    clean,
    inline_text,
    local,
    parse_xml,
    serialize,
    where,
)

NS = "urn:oasis:names:tc:xliff:document:2.0"
SLR = "urn:oasis:names:tc:xliff:sizerestriction:2.0"
GLS = "urn:oasis:names:tc:xliff:glossary:2.0"
#: The size-restriction profile: a size is a count of Unicode code points.
CODEPOINTS = "xliff:codepoints"
#: Our states ↔ XLIFF 2.0's <segment state> (the same four; "new" is "initial").
TO_XLIFF: dict[TranslationState, str] = {"new": "initial", "translated": "translated",
                                         "reviewed": "reviewed", "final": "final"}
FROM_XLIFF: dict[str, TranslationState] = {value: key for key, value in TO_XLIFF.items()}


def _q(name: str, namespace: str = NS) -> str:
    return f"{{{namespace}}}{name}"


def write_xliff2(document: ExchangeDocument) -> str:
    """The document as XLIFF 2.0 text."""
    root = etree.Element(_q("xliff"), nsmap={None: NS, "slr": SLR, "gls": GLS})
    root.set("version", "2.0")
    root.set("srcLang", document.source_language)
    root.set("trgLang", document.target_language)
    for episode in document.files:
        element = etree.SubElement(root, _q("file"), id=episode.id, original=episode.original,
                                   canResegment="no")
        if any(unit.max_characters is not None for unit in episode.units):
            etree.SubElement(element, _q("profiles", SLR), generalProfile=CODEPOINTS)
        _notes(element, episode.notes)
        for unit in episode.units:
            _unit(element, unit)
    return serialize(root)


def _unit(parent: etree._Element, unit: ExchangeUnit) -> None:
    element = etree.SubElement(parent, _q("unit"), id=unit.id)
    if unit.max_characters is not None:
        element.set(_q("sizeRestriction", SLR), str(unit.max_characters))
    if unit.glossary:
        glossary = etree.SubElement(element, _q("glossary", GLS))
        for entry in unit.glossary:
            gloss = etree.SubElement(glossary, _q("glossEntry", GLS))
            etree.SubElement(gloss, _q("term", GLS), source="series.yaml").text = clean(entry.term)
            if entry.translation:
                etree.SubElement(gloss, _q("translation", GLS)).text = clean(entry.translation)
            etree.SubElement(gloss, _q("definition", GLS)).text = clean(entry.definition)
    _notes(element, unit.notes)
    segment = etree.SubElement(element, _q("segment"), state=TO_XLIFF[unit.state or "new"])
    etree.SubElement(segment, _q("source")).text = clean(unit.source)
    if unit.target:
        etree.SubElement(segment, _q("target")).text = clean(unit.target)


def _notes(parent: etree._Element, notes: tuple[Note, ...]) -> None:
    if notes:
        holder = etree.SubElement(parent, _q("notes"))
        for note in notes:
            etree.SubElement(holder, _q("note"), category=note.category).text = clean(note.text)


def read_xliff2(data: bytes, file: str | Path) -> ExchangeDocument:
    """An XLIFF 2.x file's units; InputError naming the line and unit when it is wrong."""
    root = parse_xml(data, file)
    if root.tag != _q("xliff"):
        namespace = etree.QName(root).namespace or ""
        raise InputError(f"the root element is <{local(root)}> in namespace {namespace!r}, "
                         "not XLIFF 2.0's <xliff>", file=file, where=where(root),
                         fix=f"give an XLIFF 2.0 file (namespace {NS}, also for 2.1 and 2.2)")
    source_language = root.get("srcLang", "")
    if not source_language:
        raise InputError("<xliff> has no srcLang", file=file, where=where(root),
                         fix="set srcLang to the series language, as exported")
    files = []
    for element in root.iterchildren(_q("file")):
        units = tuple(_read_unit(unit, file) for unit in element.iter(_q("unit")))
        files.append(ExchangeFile(id=element.get("id", ""), original=element.get("original", ""),
                                  units=units))
    return ExchangeDocument(source_language=source_language,
                            target_language=root.get("trgLang", ""), files=tuple(files))


def _read_unit(element: etree._Element, file: str | Path) -> ExchangeUnit:
    ident = element.get("id", "")
    if not ident:
        raise InputError("a <unit> has no id", file=file, where=where(element),
                         fix="give it back the line id it was exported with (never renumber)")
    parts = [child for child in element
             if isinstance(child.tag, str) and child.tag in (_q("segment"), _q("ignorable"))]
    segments = [part for part in parts if part.tag == _q("segment")]
    if not segments:
        raise InputError("the unit has no <segment>", file=file, where=where(element, ident),
                         fix="keep the unit's <segment> with its <source>")
    data = {item.get("id", ""): "".join(item.itertext())
            for item in element.iterfind(f"{_q('originalData')}/{_q('data')}")}
    place = where(element, ident)

    def text(found: etree._Element | None) -> str:
        return _text(found, data, file, place)

    source = "".join(text(part.find(_q("source"))) for part in parts)
    # An ignorable without a target merges back as its source (white space between
    # segments, mostly); a segment without one is not translated yet.
    target = "".join(text(found) if (found := part.find(_q("target"))) is not None
                     else text(part.find(_q("source"))) if part.tag == _q("ignorable")
                     else "" for part in parts)
    states: list[tuple[TranslationState, str]] = []
    for part in segments:
        value = part.get("state", "initial")
        if value not in FROM_XLIFF:
            raise InputError(f"unknown segment state {value!r}", file=file,
                             where=where(part, ident),
                             fix="use initial, translated, reviewed or final")
        said = value if part.get("state") else "no state (initial)"
        if part.find(_q("target")) is None and text(part.find(_q("source"))).strip():
            states.append(("new", "a segment without a target"))
        states.append((FROM_XLIFF[value], said))
    state, status = min(states, key=lambda pair: STATES.index(pair[0]))
    if not target.strip():
        state, status = "new", ""  # a state without a translation is no translation
    return ExchangeUnit(id=ident, source=source, target=target, state=state,
                        place=place, status=status if state == "new" else "")


def _text(element: etree._Element | None, data: dict[str, str], file: str | Path,
          place: str) -> str:
    """A ``<source>`` or ``<target>`` as the plain-text original has it: ``<pc>`` and
    ``<mrk>`` keep their text; a code (``<ph>``, ``<sc>``, ``<ec>``, the ends of ``<pc>``)
    stands for its original data (a code without any adds nothing); ``<sm/>`` and
    ``<em/>`` mark a span and add nothing; ``<cp hex>`` is the character it escapes."""

    def inline(child: etree._Element) -> tuple[str, bool, str]:
        name = local(child)
        if name in ("ph", "sc", "ec"):
            return data.get(child.get("dataRef", ""), ""), False, ""
        if name == "pc":
            return (data.get(child.get("dataRefStart", ""), ""), True,
                    data.get(child.get("dataRefEnd", ""), ""))
        if name == "cp":
            return _character(child, file, place), False, ""
        return "", name not in ("sm", "em"), ""

    return inline_text(element, inline)


def _character(element: etree._Element, file: str | Path, place: str) -> str:
    try:
        return chr(int(element.get("hex", ""), 16))
    except (ValueError, OverflowError):
        raise InputError(f"<cp hex={element.get('hex', '')!r}> names no character", file=file,
                         where=place, fix='write the code point in hexadecimal, '
                         'e.g. <cp hex="0007"/>') from None
