"""XML in and out for the XLIFF formats: a parser that fetches nothing and expands no
entities, errors that name the line, and text read the way XLIFF means it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from microdrama.errors import InputError

#: No external DTD, no network, no external entities: a translators' file is data from
#: outside. Entities the file declares itself (``<!ENTITY nbsp "&#160;">`` in its
#: DOCTYPE, as older exporters write) are its text and are expanded — left unexpanded
#: they vanished from the text ("llave&nbsp;todos" read "llavetodos"); libxml2's
#: amplification limits (no huge_tree) stop an entity bomb.
_PARSER = etree.XMLParser(resolve_entities="internal", no_network=True, load_dtd=False,
                          huge_tree=False, remove_comments=True, remove_pis=True)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: xml:space, the attribute that says whether white space in an element is content.
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_BREAK = re.compile(r"[\t\n\r]")
#: White space holding a line break or a tab at either end of a text: layout.
_ENDS = re.compile(r"^[ \t\n\r]*[\t\n\r][ \t\n\r]*|[ \t\n\r]*[\t\n\r][ \t\n\r]*$")


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


#: What an inline element of a source or target adds to the text: the text before its
#: content, whether its content is text (walked into), the text after it.
Inline = Callable[[etree._Element], tuple[str, bool, str]]


def walk_all(_: etree._Element) -> tuple[str, bool, str]:
    """Every inline element's content is text (XLIFF 1.2: ``<g>``, ``<mrk>``, and the
    native data of ``<ph>``, ``<bpt>``, ``<ept>``, ``<it>``, which is text in a
    plain-text original; ``<x/>`` and its kin hold none)."""
    return "", True, ""


def inline_text(element: etree._Element | None, inline: Inline = walk_all) -> str:
    """The text of a ``<source>`` or ``<target>``: inline elements as ``inline`` says,
    and white space as the file means it.

    Under xml:space="preserve" every character counts. Otherwise (XML's default, which
    XLIFF leaves to the reader) what a tool or an editor that indented the element added
    is layout: white space holding a line break or a tab at either end of the content,
    or alone between two inline elements — there it stands for nothing between two East
    Asian wide characters other than Hangul (Japanese and Chinese put no space there:
    CSS Text's rule for a segment break), else for one space. A line break inside a run
    of text is the translator's, and stays (a line of a script has none: import says
    so).
    """
    if element is None:
        return ""
    keep = keeps_space(element)
    pieces: list[tuple[str, bool]] = []  # (text, is layout)

    def add(text: str | None) -> None:
        if text:
            pieces.append((text, not keep and text.isspace() and bool(_BREAK.search(text))))

    def visit(node: etree._Element) -> None:
        add(node.text)
        for child in node:
            if isinstance(child.tag, str):
                before, walk, after = inline(child)
                pieces.append((before, False))
                if walk:
                    visit(child)
                pieces.append((after, False))
            add(child.tail)

    visit(element)
    out: list[str] = []
    for index, (text, layout) in enumerate(pieces):
        if not layout:
            out.append(text)
            continue
        before = "".join(out)[-1:]
        after = next((t for t, is_layout in pieces[index + 1:] if t and not is_layout), "")[:1]
        if before and after and not (_wide(before) and _wide(after)):
            out.append(" ")
    text = "".join(out)
    return text if keep else _ENDS.sub("", text)


def keeps_space(element: etree._Element) -> bool:
    """True when xml:space="preserve" holds for ``element`` (set on it or the nearest
    ancestor that sets it)."""
    for node in (element, *element.iterancestors()):
        value = node.get(XML_SPACE)
        if value is not None:
            return value == "preserve"
    return False


def _wide(character: str) -> bool:
    return (unicodedata.east_asian_width(character) in ("W", "F")
            and not unicodedata.name(character, "").startswith("HANGUL"))


def serialize(root: etree._Element) -> str:
    """Indented XML text with a declaration, ending in a newline."""
    etree.indent(root, space="  ")
    body = etree.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def clean(text: str) -> str:
    """``text`` as XML may carry it (control characters other than tab and line breaks
    cannot be written in XML 1.0; script text never holds them)."""
    return _CONTROL.sub("", text)
