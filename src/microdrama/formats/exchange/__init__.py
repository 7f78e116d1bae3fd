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

from microdrama.errors import InputError
from microdrama.formats.exchange.model import (
    ExchangeDocument,
    ExchangeFile,
    ExchangeUnit,
    GlossEntry,
    Note,
)
from microdrama.formats.exchange.po import read_po, write_po
from microdrama.formats.exchange.xliff2 import read_xliff2, write_xliff2
from microdrama.formats.exchange.xliff12 import read_xliff12, write_xliff12


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

_XLIFF_ROOT = re.compile(rb"<(?:\w+:)?xliff\b[^>]*?\bversion\s*=\s*[\"'](\d)", re.S)


def sniff(data: bytes, file: str | Path) -> ExchangeFormat:
    """Which format ``data`` is in: XLIFF by its root's version, else PO by its syntax."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        found = _XLIFF_ROOT.search(head)
        if found is None:
            raise InputError("an XML file, but not XLIFF (no <xliff version=…> root)", file=file,
                             fix="give an XLIFF 2.0, XLIFF 1.2 or PO file as exported")
        return FORMATS["xliff2"] if found[1] == b"2" else FORMATS["xliff"]
    if re.search(rb"^\s*(?:msgctxt|msgid)\s", head, re.M) or str(file).endswith((".po", ".pot")):
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
