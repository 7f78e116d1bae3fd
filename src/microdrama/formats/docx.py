"""The text of a Word document (.docx, as Word, WPS and LibreOffice save it): one row
per paragraph, in document order (table cells included), a line break inside a
paragraph starting a new row. Deleted text of tracked changes is left out; inserted
text is in. Formatting, comments, headers and footers are not read.

Read with the standard library's zip and lxml (entities and the network off), so a
document can neither expand nor fetch anything.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from microdrama.errors import InputError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Markup compatibility: a text box is written twice (the Choice and a Fallback for
#: older readers); only the Choice is read.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
#: Bigger than any script: a zip bomb's body is refused before it is read.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024


def docx_text(path: Path) -> str:
    """The document's paragraphs as ``\\n``-separated rows; a file that is not a .docx
    is an InputError naming it and the fix."""
    fix = "save it from Word or WPS as a .docx (Word document) or as plain text (.txt)"
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCUMENT_BYTES:
                raise InputError(f"the document is too large ({info.file_size} bytes)",
                                 file=path, fix="split the script into several files")
            data = archive.read(info)
    except FileNotFoundError:
        raise InputError("the file does not exist", file=path, fix="check the path") from None
    except (zipfile.BadZipFile, KeyError):
        raise InputError("not a Word document (.docx): it is not the zip of one", file=path,
                         fix=fix) from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as error:
        raise InputError(f"the document's XML is broken ({error})", file=path, fix=fix) from None
    rows: list[str] = []
    for paragraph in root.iter(f"{_W}p"):
        if any(a.tag == _FALLBACK for a in paragraph.iterancestors()):
            continue
        pieces: list[str] = []
        for element in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
            owner = next(element.iterancestors(f"{_W}p"))
            if owner is not paragraph:
                continue  # a text box's paragraph inside this one: a row of its own
            if element.tag == f"{_W}t":
                pieces.append(element.text or "")
            elif element.tag == f"{_W}tab":
                pieces.append("\t")
            else:
                pieces.append("\n")
        rows.append("".join(pieces))
    return "\n".join(rows)
