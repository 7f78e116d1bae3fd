"""Reading novels and web serials: plain text in any common encoding, or EPUB, as chapters.

A source is decoded once into one text (:mod:`~microdrama.formats.decoding`; an EPUB's
spine documents, converted from HTML with paragraphs kept, are joined in order:
:mod:`~microdrama.formats.epub`). Chapters are found from their
headings — Chinese (第十二章, 第12回, 序章, 楔子, 尾声 …) and English (Chapter 12,
CHAPTER XII, Chapter Twelve, Prologue …) — or, in an EPUB, from its documents when
they have no headings; text with no headings at all is cut into sections. Volume
headings (第一卷, 卷一, Part One) are kept as a prefix of the next chapter's title, and
headings with no text under them (a table of contents) are dropped. A chapter longer
than ``max_chars`` is split into parts at paragraph boundaries.

Chapters are numbered 1, 2, 3 … in reading order, parts of a split chapter counting
one each, so a number names exactly one digestible piece. :func:`read_chapters`
yields them lazily (only spans into the decoded text are kept between chapters);
:func:`chapter_index` lists numbers, titles and sizes for planning.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from microdrama.errors import InputError
from microdrama.formats.decoding import decode_text, detect_language
from microdrama.formats.epub import read_epub

DEFAULT_MAX_CHARS = 12000
#: Text before the first heading is a chapter of its own only when it says this much.
PREAMBLE_MIN_CHARS = 100
SUFFIXES = (".txt", ".epub", ".docx")
_FIX_FORMAT = ("give a .txt (plain text), .epub or .docx (Word) file; convert other formats "
               "first (e.g. with Calibre)")

# --- headings ---------------------------------------------------------------------------

_SPACE = r"[ \t\u3000\xa0]"
_CN_NUMBER = r"[零〇一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰仟0-9０-９]+"
_EN_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|(?:one )?hundred)"
)
_EN_NUMBER = rf"(?:\d+|[ivxlcdm]+|{_EN_WORD})"
_SEPARATOR = rf"(?:{_SPACE}*[:：.、·—–\-]{_SPACE}*|{_SPACE}+)"
#: A heading line; compiled on first use (≈ 40 ms, paid by every command that imports
#: the stages otherwise, though only projects adapted from a novel read one).
_HEADING_PATTERN = (
    rf"^{_SPACE}*(?P<head>"
    rf"(?P<zh_volume>第{_SPACE}*{_CN_NUMBER}{_SPACE}*[卷部集篇]|卷{_SPACE}*{_CN_NUMBER}(?![章回节節话話]))"
    rf"(?:{_SEPARATOR}?[^\n]{{0,30}})?"
    rf"|(?P<zh>(?:正文{_SPACE}*)?第{_SPACE}*{_CN_NUMBER}{_SPACE}*[章回节節话話])"
    rf"(?:{_SEPARATOR}?[^\n]{{0,30}})?"
    rf"|(?P<zh_special>序章|序幕|序言|序|楔子|引子|引言|前言|尾声|尾聲|后记|後記|终章|終章|大结局|番外(?:{_SPACE}*{_CN_NUMBER})?)"
    rf"(?:{_SEPARATOR}[^\n]{{0,30}})?"
    rf"|(?P<en_volume>(?i:part|book|volume){_SPACE}+(?i:{_EN_NUMBER}))\b(?:{_SEPARATOR}[^\n]{{0,60}})?"
    rf"|(?P<en>(?i:chapter|chap\.){_SPACE}*(?i:{_EN_NUMBER}))\b(?:{_SEPARATOR}[^\n]{{0,60}})?"
    rf"|(?P<en_special>(?i:prologue|epilogue|interlude|afterword|foreword|preface))"
    rf"(?:{_SPACE}*[:.\-—–]{_SPACE}*[^\n]{{0,60}})?"
    rf"){_SPACE}*$"
)


@cache
def _heading() -> re.Pattern[str]:
    return re.compile(_HEADING_PATTERN, re.MULTILINE)


# Prose that happens to start like a heading ends like a sentence.
_SENTENCE_END = ("。", "，", "；", ",", ";", "”", "\"")
_NON_SPACE = re.compile(r"\S")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Chapter:
    """One digestible piece of a source: a chapter, or a part of a long one."""

    number: int  # 1, 2, 3 … in reading order; each part of a split chapter counts one
    title: str
    text: str  # paragraphs, one per line
    start_offset: int  # where it starts in the decoded text


@dataclass(frozen=True)
class ChapterInfo:
    """A chapter's number, title and size, for planning without its text."""

    number: int
    title: str
    chars: int
    start_offset: int


@dataclass(frozen=True)
class _Span:
    """A chapter before splitting: a title and a range of the decoded text."""

    title: str
    start: int  # where its text starts (after the heading)
    end: int
    offset: int  # where the chapter starts (at the heading)


@dataclass(frozen=True)
class _Unit:
    """A chapter or part: a range of the decoded text, cleaned only when asked for."""

    number: int
    title: str
    start: int
    end: int
    offset: int


@dataclass
class Novel:
    """A decoded source: its text, its title and where its chapters are."""

    path: Path
    title: str
    text: str
    spans: list[_Span]
    sectioned: bool  # no headings: the text was cut into numbered sections
    language: Literal["zh", "en"]


# --- chapters ---------------------------------------------------------------------------


def _headings(text: str, start: int, end: int) -> Iterator[tuple[int, int, str, str]]:
    """(line start, line end, title, kind) of each heading line in text[start:end]."""
    for match in _heading().finditer(text, start, end):
        head = " ".join(match["head"].split())
        if head.endswith(_SENTENCE_END) or "。" in head:
            continue
        kind = next(k for k in ("zh_volume", "zh", "zh_special", "en_volume", "en", "en_special")
                    if match[k])
        yield match.start(), match.end(), head, kind


def _has_text(text: str, start: int, end: int) -> bool:
    return _NON_SPACE.search(text, start, end) is not None


def _first_line(text: str, start: int, end: int, limit: int = 30) -> str:
    match = _LINE.search(text, start, end)
    line = match[0].strip() if match else ""
    return line if len(line) <= limit else line[:limit] + "…"


def _spans_of(text: str, start: int, end: int, title: str) -> tuple[list[_Span], bool]:
    """Chapter spans of text[start:end] by its headings; False when it has none."""
    spans: list[_Span] = []
    heads = list(_headings(text, start, end))
    if not heads:
        return [], False
    first = heads[0][0]
    if len(_NON_SPACE.findall(text, start, first)) >= PREAMBLE_MIN_CHARS:
        spans.append(_Span(title or _first_line(text, start, first), start, first, start))
    volume = ""
    for i, (line_start, line_end, head, kind) in enumerate(heads):
        body_end = heads[i + 1][0] if i + 1 < len(heads) else end
        if not _has_text(text, line_end, body_end):
            if kind.endswith("volume"):
                volume = head
            continue  # a table-of-contents entry, or a volume heading
        spans.append(_Span(f"{volume} {head}" if volume else head, line_end, body_end, line_start))
        volume = ""
    return spans, True


def _paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line in text[start:end], outer whitespace trimmed."""
    for match in _LINE.finditer(text, start, end):
        line = match[0]
        stripped = line.strip()
        if stripped:
            left = match.start() + (len(line) - len(line.lstrip()))
            yield left, left + len(stripped)


def clean(text: str, start: int, end: int) -> str:
    """text[start:end] as paragraphs, one per line, each trimmed."""
    return "\n".join(s for line in text[start:end].split("\n") if (s := line.strip()))


def _pieces(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """A paragraph longer than ``limit`` cut at sentence ends (or hard, as a last resort)."""
    # Pieces are contiguous, so pieces that end up side by side in one part measure
    # exactly their sum; whitespace-only pieces are dropped.
    while end - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind(mark) for mark in ("。", "！", "？", "!", "?", ". ", "…", "；", "; "))
        cut = cut + 1 if cut > limit // 4 else limit
        if window[:cut].strip():
            yield start, start + cut
        start += cut
    if text[start:end].strip():
        yield start, end


def _parts(text: str, span: _Span, limit: int) -> list[tuple[int, int]]:
    """(start, end) of each part of a span, every part at most ``limit`` cleaned characters."""
    paragraphs: list[tuple[int, int]] = []
    for left, right in _paragraphs(text, span.start, span.end):
        paragraphs.extend(_pieces(text, left, right, limit) if right - left > limit
                          else [(left, right)])
    if not paragraphs:
        return []
    total = sum(b - a for a, b in paragraphs) + len(paragraphs) - 1
    if total <= limit:
        return [(paragraphs[0][0], paragraphs[-1][1])]
    count = -(-total // limit)
    target = total / count
    parts: list[tuple[int, int]] = []
    first, size = paragraphs[0][0], -1
    previous_end = first
    for left, right in paragraphs:
        length = right - left
        if size >= 0 and (size + 1 + length > limit or size >= target):
            parts.append((first, previous_end))
            first, size = left, -1
        size += 1 + length
        previous_end = right
    parts.append((first, previous_end))
    return parts


def _units(novel: Novel, limit: int) -> Iterator[_Unit]:
    number = 0
    for span in novel.spans:
        parts = _parts(novel.text, span, limit)
        for index, (start, end) in enumerate(parts, 1):
            number += 1
            if novel.sectioned:
                title = f"第{number}段" if novel.language == "zh" else f"Section {number}"
            elif len(parts) > 1:
                title = f"{span.title} ({index}/{len(parts)})"
            else:
                title = span.title
            yield _Unit(number, title, start, end, span.offset if index == 1 else start)


# --- the public face --------------------------------------------------------------------


def _check_file(path: Path) -> None:
    if not path.exists():
        raise InputError("the file does not exist", file=path, fix="check the path")
    if not path.is_file():
        raise InputError("not a file", file=path, fix="give the novel's .txt, .epub or .docx file")
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(f"cannot read {path.suffix or 'files without an extension'} as a novel",
                         file=path, fix=_FIX_FORMAT)
    if path.stat().st_size == 0:
        raise InputError("the file is empty", file=path, fix="give the file with the novel's text")


def _load(path: Path) -> Novel:
    _check_file(path)
    if path.suffix.lower() == ".epub":
        text, documents, title = read_epub(path)
        spans: list[_Span] = []
        for start, end, doc_title in documents:
            found, headed = _spans_of(text, start, end, doc_title)
            if headed:
                spans.extend(found)
                continue
            body = start
            first = _LINE.search(text, start, end)
            if first and doc_title and first[0].strip() == doc_title:
                body = first.end()  # the heading is the title, not text
            spans.append(_Span(doc_title or _first_line(text, start, end), body, end, start))
        return Novel(path, title or path.stem, text, spans, False, detect_language(text))
    if path.suffix.lower() == ".docx":  # a manuscript from Word or WPS: its paragraphs
        from microdrama.formats.docx import docx_text

        text = docx_text(path)
    else:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(f"cannot read the file ({error.strerror})", file=path,
                             fix="check its permissions") from None
        text = decode_text(data, path)
    if not _has_text(text, 0, len(text)):
        raise InputError("the file has no text", file=path, fix="give the file with the novel's text")
    spans, headed = _spans_of(text, 0, len(text), "")
    if not headed:
        spans = [_Span("", 0, len(text), 0)]
    return Novel(path, path.stem, text, spans, not headed, detect_language(text))


_NOVELS: OrderedDict[tuple[str, int, int], Novel] = OrderedDict()
_INDEXES: OrderedDict[tuple[str, int, int, int], list[_Unit]] = OrderedDict()
_KEEP = 2


def _stamp(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError:
        _check_file(path)
        raise
    return str(path.resolve()), stat.st_size, stat.st_mtime_ns


def read_novel(path: str | Path) -> Novel:
    """The decoded source (kept for the last two files read, keyed by size and mtime).

    Raises InputError naming the file and the fix when it is missing, empty, of an
    unknown kind, not text in any encoding we can tell, or an EPUB without text.
    """
    path = Path(path)
    stamp = _stamp(path)
    novel = _NOVELS.get(stamp)
    if novel is None:
        novel = _NOVELS[stamp] = _load(path)
        while len(_NOVELS) > _KEEP:
            _NOVELS.popitem(last=False)
    _NOVELS.move_to_end(stamp)
    return novel


def _index(path: Path, max_chars: int) -> tuple[Novel, list[_Unit]]:
    if max_chars < 100:
        raise ValueError("max_chars must be at least 100")
    novel = read_novel(path)
    key = (*_stamp(path), max_chars)
    units = _INDEXES.get(key)
    if units is None:
        units = _INDEXES[key] = list(_units(novel, max_chars))
        while len(_INDEXES) > _KEEP:
            _INDEXES.popitem(last=False)
    return novel, units


def read_chapters(path: str | Path, max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Chapter]:
    """The source's chapters in reading order, each at most ``max_chars`` characters.

    Lazy: each chapter's text is made when it is reached.
    """
    novel = read_novel(path)
    for unit in _units(novel, max_chars):
        yield Chapter(unit.number, unit.title, clean(novel.text, unit.start, unit.end),
                      unit.offset)


def chapter_index(path: str | Path, max_chars: int = DEFAULT_MAX_CHARS) -> list[ChapterInfo]:
    """Number, title, size (characters of its text) and offset of every chapter."""
    novel, units = _index(Path(path), max_chars)
    return [ChapterInfo(u.number, u.title, len(clean(novel.text, u.start, u.end)), u.offset)
            for u in units]


def chapter(path: str | Path, number: int, max_chars: int = DEFAULT_MAX_CHARS) -> Chapter:
    """Chapter ``number`` (from 1) without reading the others' text."""
    novel, units = _index(Path(path), max_chars)
    if not 1 <= number <= len(units):
        raise InputError(f"the source has no chapter {number} (it has {len(units)})",
                         file=path, fix="rebuild: the source file changed")
    unit = units[number - 1]
    return Chapter(unit.number, unit.title, clean(novel.text, unit.start, unit.end), unit.offset)
