"""Files exchanged with translators' tools: XLIFF 2.0, XLIFF 1.2 and gettext PO.

Every format turns an :class:`ExchangeDocument` (model.py) into text and back. The
registry below is the one list of them; to add a format:

1. write ``<format>.py`` with ``write_<format>(document) -> str`` and
   ``read_<format>(data, file) -> ExchangeDocument`` (errors: InputError naming the
   file, the line or unit, and the fix);
2. add it to :data:`FORMATS` (its option name, file extension and what it is);
3. teach :func:`sniff` to recognise it;
4. add it to the round-trip tests (tests/formats/test_exchange.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from microdrama.errors import InputError
from microdrama.formats.exchange.model import (
    ExchangeDocument,
    ExchangeFile,
    ExchangeUnit,
    GlossEntry,
    Note,
)
from microdrama.formats.exchange.po import read_po, write_po
from microdrama.formats.exchange.xliff2 import NS as XLIFF2
from microdrama.formats.exchange.xliff2 import read_xliff2, write_xliff2
from microdrama.formats.exchange.xliff12 import FAMILY, read_xliff12, write_xliff12
from microdrama.formats.exchange.xml import local, parse_xml, where


@dataclass(frozen=True)
class ExchangeFormat:
    """One format: its name (the ``--format`` value), file extension and readers."""

    name: str
    extension: str
    title: str
    write: Callable[[ExchangeDocument], str]
    read: Callable[[bytes, str | Path], ExchangeDocument]


FORMATS: dict[str, ExchangeFormat] = {
    "xliff2": ExchangeFormat("xliff2", ".xliff", "XLIFF 2.0", write_xliff2, read_xliff2),
    "xliff": ExchangeFormat("xliff", ".xlf", "XLIFF 1.2", write_xliff12, read_xliff12),
    "po": ExchangeFormat("po", ".po", "gettext PO", write_po, read_po),
}

#: How a file's first bytes say it is encoded (byte order marks; "<" in UTF-16 without
#: one); anything else is read as UTF-8 or a single-byte code, which agree on markup.
_ENCODINGS = ((b"\xef\xbb\xbf", "utf-8", 3), (b"\xff\xfe", "utf-16-le", 2),
              (b"\xfe\xff", "utf-16-be", 2), (b"<\x00", "utf-16-le", 0),
              (b"\x00<", "utf-16-be", 0))


def _head(data: bytes) -> str:
    """The start of the file as text, enough to tell XML from PO."""
    for start, codec, skip in _ENCODINGS:
        if data.startswith(start):
            return data[skip:4096].decode(codec, "ignore")
    return data[:4096].decode("utf-8", "ignore")


def sniff(data: bytes, file: str | Path) -> ExchangeFormat:
    """Which format ``data`` is in: XLIFF by its root's ``version`` (2.x, else 1.x), in any
    encoding XML allows; else PO by its syntax."""
    head = _head(data)
    if head.lstrip().startswith("<"):
        root = parse_xml(data, file)
        version = root.get("version", "")
        namespace = etree.QName(root).namespace or ""
        if local(root) != "xliff":
            raise InputError(f"an XML file, but not XLIFF (its root is <{local(root)}>)",
                             file=file, where=where(root),
                             fix="give an XLIFF 2.0, XLIFF 1.2 or PO file as exported")
        if version.startswith("2") or namespace == XLIFF2:
            return FORMATS["xliff2"]
        if version.startswith("1") or namespace.startswith(FAMILY):
            return FORMATS["xliff"]
        raise InputError(f"an XLIFF file of a version microdrama does not read ({version!r})",
                         file=file, where=where(root),
                         fix="give XLIFF 2.x or 1.2 (set <xliff version>), as exported")
    if re.search(r"^\s*(?:msgctxt|msgid)\s", head, re.M) or str(file).endswith((".po", ".pot")):
        return FORMATS["po"]
    raise InputError("not a translators' file microdrama reads", file=file,
                     fix="give an XLIFF 2.0 (.xliff), XLIFF 1.2 (.xlf) or gettext PO (.po) "
                     "file, as `microdrama export` writes them")


def read_exchange(data: bytes, file: str | Path) -> tuple[ExchangeFormat, ExchangeDocument]:
    """The format and content of a translators' file; every unit id appears once."""
    kind = sniff(data, file)
    document = kind.read(data, file)
    if not document.files:
        raise InputError("the file holds no episodes (no <file> or entries)", file=file,
                         fix="export the project again and translate that file")
    seen: dict[str, str] = {}
    for unit in document.units():
        if unit.id in seen:
            raise InputError(f"unit {unit.id} appears twice", file=file,
                             where=f"{unit.place} (first at {seen[unit.id]})",
                             fix="keep one unit per line id")
        seen[unit.id] = unit.place
    return kind, document


__all__ = [
    "FORMATS", "ExchangeDocument", "ExchangeFile", "ExchangeFormat", "ExchangeUnit",
    "GlossEntry", "Note", "read_exchange", "sniff",
]
