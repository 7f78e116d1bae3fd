"""EPUB → text: the spine's documents, converted from HTML with paragraphs kept and
joined in reading order, each with its title (heading, table of contents or <title>)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from microdrama.errors import InputError

#: EPUB documents with less text than this (covers, title pages) are skipped.
DOCUMENT_MIN_CHARS = 30
_NON_SPACE = re.compile(r"\S")

_BLOCKS = frozenset({
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
    "section", "article", "header", "footer", "aside", "tr", "table", "hr", "pre", "dd",
    "dt", "dl", "figure", "figcaption", "body", "nav",
})
_SKIPPED = frozenset({"script", "style", "head", "svg", "math"})
_HEADINGS = frozenset({"h1", "h2", "h3"})


class _TextOf(HTMLParser):
    """HTML → text: one line per paragraph, scripts and styles left out, first heading kept."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.heading: list[str] | None = None
        self.first_heading = ""
        self.title_parts: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        if tag in _HEADINGS and not self.first_heading and self.heading is None:
            self.heading = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")
        if tag in _HEADINGS and self.heading is not None:
            self.first_heading = " ".join("".join(self.heading).split())
            self.heading = None

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        if self.skipping:
            return
        flat = re.sub(r"[ \t\r\n\f]+", " ", data)
        self.parts.append(flat)
        if self.heading is not None:
            self.heading.append(flat)


def _html(html: str) -> tuple[str, str, str]:
    """(text with one paragraph per line, the first h1–h3 heading, the <title>)."""
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    return text, parser.first_heading, " ".join("".join(parser.title_parts).split())


def html_to_text(html: str) -> tuple[str, str]:
    """(text with one paragraph per line, the first h1–h3 heading or the <title>)."""
    text, heading, title = _html(html)
    return text, heading or title


def _xml_text(content: bytes) -> str:
    match = re.match(rb"""\s*<\?xml[^>]*encoding=["']([A-Za-z0-9_.-]+)["']""", content)
    encoding = match[1].decode("ascii") if match else "utf-8"
    try:
        return content.decode(encoding, errors="replace")
    except LookupError:
        return content.decode("utf-8", errors="replace")


def _toc_titles(entries: Any, found: dict[str, str]) -> dict[str, str]:
    """Document name (and base name) → its first title in the book's table of contents."""
    for entry in entries or []:
        if isinstance(entry, tuple | list):
            _toc_titles(entry, found)
            continue
        href, title = getattr(entry, "href", None), getattr(entry, "title", None)
        if isinstance(href, str) and isinstance(title, str) and title.strip():
            name = href.split("#", 1)[0]
            found.setdefault(name, title.strip())
            found.setdefault(name.rsplit("/", 1)[-1], title.strip())
    return found


def read_epub(path: Path) -> tuple[str, list[tuple[int, int, str]], str]:
    """(joined text, (start, end, title) per spine document with text, book title)."""
    import zipfile

    import ebooklib
    from ebooklib import epub

    try:
        book = epub.read_epub(str(path), {"ignore_ncx": True})
    except (zipfile.BadZipFile, KeyError, epub.EpubException, ValueError) as error:
        raise InputError(f"not a readable EPUB ({error})", file=path,
                         fix="check that the file is a complete EPUB, or export the book "
                         "again (or as .txt)") from None
    except Exception as error:  # lxml and friends raise their own errors on broken XML
        raise InputError(f"not a readable EPUB ({type(error).__name__}: {error})", file=path,
                         fix="export the book again, or as .txt") from None
    pieces: list[str] = []
    documents: list[tuple[int, int, str]] = []
    contents = _toc_titles(book.toc, {})
    position = 0
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or item.get_type() != ebooklib.ITEM_DOCUMENT:
            continue
        if isinstance(item, epub.EpubNav) or not item.is_chapter():
            continue
        text, heading, head_title = _html(_xml_text(item.get_content()))
        name = item.get_name()
        title = (heading or contents.get(name) or contents.get(name.rsplit("/", 1)[-1])
                 or head_title)
        if len(_NON_SPACE.findall(text)) < DOCUMENT_MIN_CHARS:
            continue
        documents.append((position, position + len(text), title))
        pieces.append(text)
        position += len(text) + 2
    if not documents:
        raise InputError("the EPUB has no text (no readable chapters in its spine)", file=path,
                         fix="check the book opens with text in an e-reader; scanned books "
                         "need OCR first")
    titles = book.get_metadata("DC", "title")
    book_title = str(titles[0][0]).strip() if titles and titles[0] else ""
    return "\n\n".join(pieces), documents, book_title
