"""The AI label of IMSC/TTML subtitles: the explicit text mark as the first ``<p>`` (on
screen from 0 for ``mark_ms``), and the implicit AIGC value as one ``TC260:AIGC``
element in the document's ``head/metadata`` (TTML's extension point for foreign
metadata; the namespace is the one images use in XMP). Replaced, never appended."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from microdrama.formats.ttml import TT, XML, clock
from microdrama.media.aigc_places import containers, marks


def _parse(content: bytes) -> ET.Element:
    root = ET.fromstring(content)
    if root.tag != f"{{{TT}}}tt":
        raise ValueError("not a TTML document (no tt:tt root)")
    return root


def _label_tag() -> str:
    xmp = containers().xmp
    return f"{{{xmp.namespace}}}{xmp.property}"


def write_ttml(content: bytes, value: str, mark: str) -> bytes:
    """The TTML with exactly one TC260:AIGC element and the mark as its first cue."""
    xmp = containers().xmp
    ET.register_namespace(xmp.prefix, xmp.namespace)
    ET.register_namespace("", TT)
    root = _parse(content)
    head = root.find(f"{{{TT}}}head")
    if head is None:
        head = ET.Element(f"{{{TT}}}head")
        root.insert(0, head)
    metadata = head.find(f"{{{TT}}}metadata")
    if metadata is None:
        metadata = ET.Element(f"{{{TT}}}metadata")
        head.insert(0, metadata)
    for old in metadata.findall(_label_tag()):
        metadata.remove(old)
    ET.SubElement(metadata, _label_tag()).text = value
    div = root.find(f"{{{TT}}}body/{{{TT}}}div")
    if div is None:
        raise ValueError("a TTML document without body/div")
    known = marks()
    for p in div.findall(f"{{{TT}}}p"):
        if "".join(p.itertext()).strip() in known:
            div.remove(p)
    cue = ET.Element(f"{{{TT}}}p", {f"{{{XML}}}id": "aigc-mark", "begin": clock(0),
                                    "end": clock(containers().subtitles.mark_ms)})
    cue.text = mark
    div.insert(0, cue)
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n").encode("utf-8")


def read_ttml(content: bytes) -> list[str]:
    """Every AIGC value in a TTML document's metadata."""
    return [(element.text or "").strip() for element in _parse(content).iter(_label_tag())]


def read_ttml_marks(content: bytes) -> list[str]:
    """The text of every cue of a TTML document that is an explicit mark."""
    known = marks()
    return [text for p in _parse(content).iter(f"{{{TT}}}p")
            if (text := "".join(p.itertext()).strip()) in known]
