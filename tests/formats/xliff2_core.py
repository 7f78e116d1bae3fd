"""The OASIS XLIFF 2.0 core structure (XLIFF Version 2.0, OASIS Standard 2014-08-05,
§4.2 "Structural Elements"), and the two modules our files use — Size and Length
Restriction (§5.7, ``slr``) and Glossary (§5.3, ``gls``) — checked element by element.

``problems(root)`` returns every place a document departs from them (empty: none). It
checks what the prose and the schema say: which elements may appear where, in which
order and how often, which attributes each takes and their values, id uniqueness.
"""

from __future__ import annotations

import re

from lxml import etree

CORE = "urn:oasis:names:tc:xliff:document:2.0"
SLR = "urn:oasis:names:tc:xliff:sizerestriction:2.0"
GLS = "urn:oasis:names:tc:xliff:glossary:2.0"
XML = "http://www.w3.org/XML/1998/namespace"

YES_NO = {"yes", "no"}
DIRECTION = {"ltr", "rtl", "auto"}
STATES = {"initial", "translated", "reviewed", "final"}
NMTOKEN = re.compile(r"^[\w.\-:]+$")


def _q(name: str, ns: str = CORE) -> str:
    return f"{{{ns}}}{name}"


def problems(root: etree._Element) -> list[str]:
    """Every departure from the core structure and the slr/gls modules."""
    found: list[str] = []
    _xliff(root, found)
    return found


def _where(element: etree._Element) -> str:
    return f"<{etree.QName(element).localname}> line {element.sourceline}"


def _attributes(element: etree._Element, allowed: set[str], required: set[str],
                found: list[str], values: dict[str, set[str]] | None = None) -> None:
    """Core attributes: only ``allowed`` (plus any of another namespace), ``required``
    present, enumerated ones within their values."""
    for name, value in element.attrib.items():
        qname = etree.QName(name)
        if qname.namespace in (None, XML):
            key = name if qname.namespace is None else f"xml:{qname.localname}"
            if key not in allowed:
                found.append(f"{_where(element)}: attribute {key} not allowed")
            elif values and key in values and value not in values[key]:
                found.append(f"{_where(element)}: {key}={value!r} not one of {sorted(values[key])}")
    for name in required:
        if element.get(name) is None:
            found.append(f"{_where(element)}: required attribute {name} missing")


def _children(element: etree._Element) -> list[etree._Element]:
    return [child for child in element if isinstance(child.tag, str)]


def _no_text(element: etree._Element, found: list[str]) -> None:
    """Structural elements hold elements, not text (whitespace aside)."""
    texts = [element.text] + [child.tail for child in element]
    if any(t and t.strip() for t in texts):
        found.append(f"{_where(element)}: text where only elements may be")


def _xliff(root: etree._Element, found: list[str]) -> None:
    if root.tag != _q("xliff"):
        found.append(f"root is {root.tag}, not <xliff> in {CORE}")
        return
    _attributes(root, {"version", "srcLang", "trgLang", "xml:space"}, {"version", "srcLang"},
                found, {"xml:space": {"default", "preserve"}})
    if root.get("version") != "2.0":
        found.append(f"<xliff> version is {root.get('version')!r}, not '2.0'")
    _no_text(root, found)
    files = _children(root)
    if not files:
        found.append("<xliff> holds no <file>")
    ids: set[str] = set()
    has_target = False
    for file in files:
        if file.tag != _q("file"):
            found.append(f"{_where(file)}: <xliff> may hold only <file>")
            continue
        ident = file.get("id", "")
        if ident in ids:
            found.append(f"{_where(file)}: file id {ident!r} is not unique")
        ids.add(ident)
        has_target |= _file(file, found)
    if has_target and not root.get("trgLang"):
        found.append("<target> elements present but <xliff> has no trgLang")


def _file(file: etree._Element, found: list[str]) -> bool:
    _attributes(file, {"id", "canResegment", "original", "translate", "srcDir", "trgDir",
                       "xml:space"}, {"id"}, found,
                {"canResegment": YES_NO, "translate": YES_NO, "srcDir": DIRECTION,
                 "trgDir": DIRECTION})
    if not NMTOKEN.match(file.get("id", "")):
        found.append(f"{_where(file)}: id is not an NMTOKEN")
    _no_text(file, found)
    # Order: <skeleton>? , other-namespace elements* , <notes>? , (<unit>|<group>)+
    phase = -1
    units = 0
    unit_ids: set[str] = set()
    has_target = False
    for child in _children(file):
        namespace = etree.QName(child).namespace
        if child.tag == _q("skeleton"):
            rank = 0
        elif namespace != CORE:
            rank = 1
            if child.tag == _q("profiles", SLR):
                _slr_profiles(child, found)
            elif namespace in (SLR, GLS):
                found.append(f"{_where(child)}: not allowed in <file>")
        elif child.tag == _q("notes"):
            rank = 2
            _notes(child, found)
        elif child.tag in (_q("unit"), _q("group")):
            rank = 3
            units += 1
            if child.tag == _q("unit"):
                ident = child.get("id", "")
                if ident in unit_ids:
                    found.append(f"{_where(child)}: unit id {ident!r} is not unique in its file")
                unit_ids.add(ident)
                has_target |= _unit(child, found)
        else:
            found.append(f"{_where(child)}: not allowed in <file>")
            continue
        if rank < phase or (rank == phase and rank in (0, 2)):
            found.append(f"{_where(child)}: out of order in <file> "
                         "(skeleton, modules, notes, then units)")
        phase = max(phase, rank)
    if not units:
        found.append(f"{_where(file)}: holds no <unit> or <group>")
    return has_target


def _unit(unit: etree._Element, found: list[str]) -> bool:
    _attributes(unit, {"id", "name", "canResegment", "translate", "srcDir", "trgDir",
                       "xml:space", "type"}, {"id"}, found,
                {"canResegment": YES_NO, "translate": YES_NO, "srcDir": DIRECTION,
                 "trgDir": DIRECTION})
    if not NMTOKEN.match(unit.get("id", "")):
        found.append(f"{_where(unit)}: id is not an NMTOKEN")
    size = unit.get(_q("sizeRestriction", SLR))
    if size is not None and not re.fullmatch(r"\d+(,\d+)?", size):
        found.append(f"{_where(unit)}: slr:sizeRestriction {size!r} is not a size")
    _no_text(unit, found)
    # Order: other-namespace elements* , <notes>? , <originalData>? , (<segment>|<ignorable>)+
    phase = -1
    segments = 0
    has_target = False
    for child in _children(unit):
        namespace = etree.QName(child).namespace
        if namespace != CORE:
            rank = 0
            if child.tag == _q("glossary", GLS):
                _glossary(child, found)
            elif namespace in (SLR, GLS):
                found.append(f"{_where(child)}: not allowed in <unit>")
        elif child.tag == _q("notes"):
            rank = 1
            _notes(child, found)
        elif child.tag == _q("originalData"):
            rank = 2
        elif child.tag in (_q("segment"), _q("ignorable")):
            rank = 3
            segments += child.tag == _q("segment")
            has_target |= _segment(child, found)
        else:
            found.append(f"{_where(child)}: not allowed in <unit>")
            continue
        if rank < phase or (rank == phase and rank in (1, 2)):
            found.append(f"{_where(child)}: out of order in <unit> "
                         "(modules, notes, originalData, then segments)")
        phase = max(phase, rank)
    if not segments:
        found.append(f"{_where(unit)}: holds no <segment>")
    return has_target


def _segment(segment: etree._Element, found: list[str]) -> bool:
    if segment.tag == _q("segment"):
        _attributes(segment, {"id", "canResegment", "state", "subState"}, set(), found,
                    {"canResegment": YES_NO, "state": STATES})
        if segment.get("subState") is not None and segment.get("state") is None:
            found.append(f"{_where(segment)}: subState without state")
    else:
        _attributes(segment, {"id"}, set(), found)
    _no_text(segment, found)
    names = [etree.QName(child).localname if etree.QName(child).namespace == CORE else "?"
             for child in _children(segment)]
    if names not in (["source"], ["source", "target"]):
        found.append(f"{_where(segment)}: must hold <source> then an optional <target>, "
                     f"holds {names}")
    for child in _children(segment):
        allowed = {"xml:lang", "xml:space"} | ({"order"} if child.tag == _q("target") else set())
        _attributes(child, allowed, set(), found, {"xml:space": {"default", "preserve"}})
    target = segment.find(_q("target"))
    if segment.tag == _q("segment") and segment.get("state", "initial") != "initial" \
            and target is None:
        found.append(f"{_where(segment)}: state {segment.get('state')} without a <target>")
    return target is not None


def _notes(notes: etree._Element, found: list[str]) -> None:
    _attributes(notes, set(), set(), found)
    _no_text(notes, found)
    children = _children(notes)
    if not children:
        found.append(f"{_where(notes)}: holds no <note>")
    for note in children:
        if note.tag != _q("note"):
            found.append(f"{_where(note)}: <notes> may hold only <note>")
            continue
        _attributes(note, {"id", "appliesTo", "category", "priority"}, set(), found,
                    {"appliesTo": {"source", "target"},
                     "priority": {str(n) for n in range(1, 11)}})
        if _children(note):
            found.append(f"{_where(note)}: a <note> holds text only")


def _slr_profiles(profiles: etree._Element, found: list[str]) -> None:
    _attributes(profiles, {"generalProfile", "storageProfile"}, set(), found)
    for child in _children(profiles):
        if child.tag != _q("normalization", SLR) and etree.QName(child).namespace == SLR:
            found.append(f"{_where(child)}: not allowed in <slr:profiles>")


def _glossary(glossary: etree._Element, found: list[str]) -> None:
    entries = _children(glossary)
    if not entries:
        found.append(f"{_where(glossary)}: holds no <gls:glossEntry>")
    for entry in entries:
        if entry.tag != _q("glossEntry", GLS):
            found.append(f"{_where(entry)}: <gls:glossary> may hold only <gls:glossEntry>")
            continue
        _attributes(entry, {"id", "ref"}, set(), found)
        names = [etree.QName(c).localname for c in _children(entry)
                 if etree.QName(c).namespace == GLS]
        order = {"term": 0, "translation": 1, "definition": 2}
        ranks = [order.get(n, 9) for n in names]
        if names.count("term") != 1 or names.count("definition") > 1 or ranks != sorted(ranks) \
                or 9 in ranks:
            found.append(f"{_where(entry)}: must hold one <term>, <translation>s, then at most "
                         f"one <definition>; holds {names}")
        if "translation" not in names and "definition" not in names:
            found.append(f"{_where(entry)}: needs a <translation> or a <definition>")
        for child in _children(entry):
            allowed = {"term": {"source"}, "translation": {"id", "ref", "source"},
                       "definition": {"source"}}.get(etree.QName(child).localname, set())
            _attributes(child, allowed, set(), found)
