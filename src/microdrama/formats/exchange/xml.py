"""XML in and out for the XLIFF formats: a parser that fetches nothing and expands no
entities, errors that name the line, and text read the way XLIFF means it."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from microdrama.errors import InputError

#: No DTD, no network, no entity expansion: a translators' file is data from outside.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          huge_tree=False, remove_comments=True, remove_pis=True)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_xml(data: bytes, file: str | Path) -> etree._Element:
    """The root element; an InputError with the line when the bytes are not XML."""
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        line = error.lineno
        raise InputError(f"not well-formed XML: {error.msg}", file=file,
                         where=f"line {line}" if line else None,
                         fix="repair the file (or export it again); translation tools keep "
                         "XLIFF well-formed") from None


def local(element: etree._Element) -> str:
    """An element's name without its namespace."""
    return etree.QName(element).localname


def where(element: etree._Element, unit: str = "") -> str:
    """``line 42, unit ep001-sc01-l03`` for messages."""
    place = f"line {element.sourceline}" if element.sourceline else ""
    if unit:
        place += (", " if place else "") + f"unit {unit}"
    return place


def text_of(element: etree._Element | None) -> str:
    """The text of ``source``/``target`` with inline markup flattened to its text (a
    placeholder element without text adds nothing)."""
    if element is None:
        return ""
    return "".join(element.itertext())


def serialize(root: etree._Element) -> str:
    """Indented XML text with a declaration, ending in a newline."""
    etree.indent(root, space="  ")
    body = etree.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def clean(text: str) -> str:
    """``text`` as XML may carry it (control characters other than tab and line breaks
    cannot be written in XML 1.0; script text never holds them)."""
    return _CONTROL.sub("", text)
