"""The implicit AIGC label in every kind of file the build writes: write (replace, never
append) and read back, per container, on bytes.

Where the label lives per container is data (packs/labels/containers.toml); what it says
is the rule pack (packs/labels/rules.toml, `media.label`). Containers:

- MP4/MOV/M4A: ``moov/udta/meta`` mdta key ``AIGC`` (box surgery, no ffmpeg: chunk
  offsets are shifted when ``moov`` sits before ``mdat``);
- WAV: a RIFF chunk ``AIGC``;
- PNG (iTXt) and JPEG (APP1): XMP with ``TC260:AIGC``;
- SRT/VTT/ASS: the explicit text mark as the first cue, plus the implicit label in a
  VTT ``NOTE AIGC`` block or an ASS ``[Script Info]`` field (SRT has no place for it).

`label_bytes` writes and reads back, raising `LabelError` unless exactly one label equal
to the value is there. `problems` says what is wrong with a value read from a file.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from pathlib import PurePath, PurePosixPath
from xml.sax.saxutils import quoteattr

from microdrama.media.aigc_places import containers, mark_text
from microdrama.media.aigc_text import (
    read_ass,
    read_ass_marks,
    read_srt_marks,
    read_vtt,
    read_vtt_marks,
    write_ass,
    write_srt,
    write_vtt,
)
from microdrama.media.aigc_ttml import read_ttml, read_ttml_marks, write_ttml
from microdrama.media.label import LabelError, label_rule
from microdrama.media.mp4meta import metadata_items_of

__all__ = ["KINDS", "MARK_ONLY", "SUBTITLES", "containers", "kind_of", "label_bytes",
           "mark_text", "problems", "read_labels", "read_marks", "write_label"]

#: File suffix → container kind.
KINDS = {".mp4": "mp4", ".mov": "mp4", ".m4a": "mp4", ".wav": "wav", ".png": "png",
         ".jpg": "jpeg", ".jpeg": "jpeg", ".srt": "srt", ".vtt": "vtt", ".ass": "ass",
         ".ttml": "ttml"}
#: Kinds whose format has no place for metadata: the explicit mark is the whole label.
MARK_ONLY = frozenset({"srt"})
SUBTITLES = frozenset({"srt", "vtt", "ass", "ttml"})


def kind_of(path: str | PurePath) -> str | None:
    """The container kind of a file by its suffix, or None when it carries no label."""
    return KINDS.get(PurePosixPath(str(path).replace("\\", "/")).suffix.lower())


# ---- the value ------------------------------------------------------------------


def problems(value: str) -> list[str]:
    """What is wrong with an AIGC value read from a file ([] when well-formed): JSON with
    one object under the key, the fields of the rule in order, Label "1"/"2"/"3", and
    only allowed characters in every field."""
    rule = label_rule()
    try:
        data = json.loads(value)
    except ValueError as error:
        return [f"not JSON: {error}"]
    if not isinstance(data, dict) or list(data) != [rule.key] or not isinstance(
            data[rule.key], dict):
        return [f'not an object {{"{rule.key}": {{...}}}}']
    body = data[rule.key]
    found: list[str] = []
    if list(body) != list(rule.fields):
        found.append(f"fields {list(body)} differ from {list(rule.fields)}")
    for name, field_value in body.items():
        if not isinstance(field_value, str):
            found.append(f"{name} is not a string")
        elif not rule.allowed(field_value):
            found.append(f"{name} {field_value!r} has characters outside printable ASCII "
                         "without space, '\"' or '\\'")
    if body.get("Label") not in rule.label_values:
        found.append(f"Label {body.get('Label')!r} is not one of {list(rule.label_values)}")
    return found


# ---- MP4 ------------------------------------------------------------------------


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def mp4_boxes(data: bytes, start: int, end: int) -> list[tuple[bytes, int, int, int]]:
    """(type, box start, payload start, box end) of each box in [start, end)."""
    found = []
    position = start
    while position + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, position)
        payload = position + 8
        if size == 1:
            (size,) = struct.unpack_from(">Q", data, position + 8)
            payload += 8
        elif size == 0:
            size = end - position
        if size < payload - position or position + size > end:
            raise ValueError(f"corrupt MP4 box {kind!r} at {position}")
        found.append((kind, position, payload, position + size))
        position += size
    return found


def _mdta_items(data: bytes, start: int, end: int) -> list[tuple[str, bytes]] | None:
    """(key, data box bytes) of an mdta `meta` payload, or None when it is another kind."""
    if data[start + 4:start + 8] != b"hdlr":
        start += 4  # ISO full box: version and flags
    children = mp4_boxes(data, start, end)
    hdlr = next((c for c in children if c[0] == b"hdlr"), None)
    if hdlr is None or data[hdlr[2] + 8:hdlr[2] + 12] != b"mdta":
        return None
    keys: list[str] = []
    items: list[tuple[str, bytes]] = []
    for kind, _box_start, payload, box_end in children:
        if kind == b"keys":
            (count,) = struct.unpack_from(">I", data, payload + 4)
            position = payload + 8
            for _ in range(count):
                size = struct.unpack_from(">I", data, position)[0]
                keys.append(data[position + 8:position + size].decode("utf-8", "replace"))
                position += size
        elif kind == b"ilst":
            for item, item_start, _item_payload, item_end in mp4_boxes(data, payload, box_end):
                index = int.from_bytes(item, "big")
                if 1 <= index <= len(keys):
                    items.append((keys[index - 1], data[item_start + 8:item_end]))
    return items


def _mdta_meta(items: list[tuple[str, bytes]]) -> bytes:
    """An mdta `meta` box holding ``items`` (key, data box bytes)."""
    hdlr = _box(b"hdlr", b"\0" * 8 + b"mdta" + b"\0" * 12 + b"\0")
    entries = b"".join(_box(b"mdta", key.encode("utf-8")) for key, _ in items)
    keys = _box(b"keys", struct.pack(">II", 0, len(items)) + entries)
    ilst = _box(b"ilst", b"".join(_box(struct.pack(">I", index), body)
                                  for index, (_, body) in enumerate(items, 1)))
    return _box(b"meta", b"\0\0\0\0" + hdlr + keys + ilst)


def _text_item(value: str) -> bytes:
    """A UTF-8 `data` box (type 1, no locale)."""
    return _box(b"data", struct.pack(">II", 1, 0) + value.encode("utf-8"))


def _shift_offsets(moov: bytearray, after: int, delta: int) -> None:
    """Add ``delta`` to every chunk offset (stco/co64) of ``moov`` that points at or
    past ``after``: the media data moved because moov grew or shrank in front of it."""
    containers = {b"moov", b"trak", b"mdia", b"minf", b"stbl"}

    def walk(start: int, end: int) -> None:
        for kind, _box_start, payload, box_end in mp4_boxes(bytes(moov), start, end):
            if kind in containers:
                walk(payload, box_end)
            elif kind in (b"stco", b"co64"):
                (count,) = struct.unpack_from(">I", moov, payload + 4)
                width, code = (4, ">I") if kind == b"stco" else (8, ">Q")
                for index in range(count):
                    at = payload + 8 + index * width
                    (offset,) = struct.unpack_from(code, moov, at)
                    if offset >= after:
                        struct.pack_into(code, moov, at, offset + delta)

    walk(0, len(moov))


def write_mp4(content: bytes, value: str) -> bytes:
    """The MP4 with exactly one AIGC item in ``moov/udta/meta`` (replacing any): other
    mdta items are kept; a classic iTunes ``meta`` (ffmpeg's encoder name) is replaced."""
    key = label_rule().key
    top = mp4_boxes(content, 0, len(content))
    if any(kind == b"moof" for kind, *_ in top):
        raise ValueError("fragmented MP4 is not supported")
    moov = next((box for box in top if box[0] == b"moov"), None)
    if moov is None:
        raise ValueError("no moov box")
    _, moov_start, moov_payload, moov_end = moov
    kept: list[tuple[str, bytes]] = []
    parts: list[bytes] = []
    udta_parts: list[bytes] = []
    for kind, start, payload, end in mp4_boxes(content, moov_payload, moov_end):
        if kind != b"udta":
            parts.append(content[start:end])
            continue
        for child, child_start, child_payload, child_end in mp4_boxes(content, payload, end):
            if child != b"meta":
                udta_parts.append(content[child_start:child_end])
                continue
            items = _mdta_items(content, child_payload, child_end)
            kept += [(name, body) for name, body in items or [] if name != key]
    meta = _mdta_meta([*kept, (key, _text_item(value))])
    new_moov = bytearray(_box(b"moov", b"".join(parts) + _box(b"udta", b"".join(udta_parts)
                                                                + meta)))
    delta = len(new_moov) - (moov_end - moov_start)
    if delta and any(kind == b"mdat" and start > moov_start for kind, start, *_ in top):
        _shift_offsets(new_moov, moov_end, delta)
    return content[:moov_start] + bytes(new_moov) + content[moov_end:]


def read_mp4(content: bytes) -> list[str]:
    """Every AIGC value of an MP4's metadata, in file order."""
    key = label_rule().key
    return [value for name, value in metadata_items_of(content) if name == key]


# ---- WAV ------------------------------------------------------------------------


def _riff_chunks(content: bytes) -> list[tuple[bytes, int, int]]:
    """(id, start, end incl. padding) of each chunk of a RIFF/WAVE file."""
    if content[:4] != b"RIFF" or content[8:12] != b"WAVE":
        raise ValueError("not a RIFF/WAVE file")
    chunks: list[tuple[bytes, int, int]] = []
    position = 12
    while position + 8 <= len(content):
        chunk_id, size = struct.unpack_from("<4sI", content, position)
        end = min(len(content), position + 8 + size + (size & 1))
        chunks.append((chunk_id, position, end))
        position = end
    return chunks


def write_wav(content: bytes, value: str) -> bytes:
    """The WAV with exactly one `AIGC` chunk (at the end; any earlier one removed)."""
    chunk_id = containers().wav.chunk_id.encode("ascii")
    body = value.encode("utf-8")
    kept = b"".join(content[start:end] for cid, start, end in _riff_chunks(content)
                    if cid != chunk_id)
    chunk = struct.pack("<4sI", chunk_id, len(body)) + body + b"\0" * (len(body) & 1)
    chunks = kept + chunk
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks


def read_wav(content: bytes) -> list[str]:
    """Every `AIGC` chunk's value of a WAV."""
    chunk_id = containers().wav.chunk_id.encode("ascii")
    found = []
    for cid, start, _end in _riff_chunks(content):
        if cid == chunk_id:
            (size,) = struct.unpack_from("<I", content, start + 4)
            found.append(content[start + 8:start + 8 + size].decode("utf-8", "replace"))
    return found


# ---- XMP (PNG, JPEG) ------------------------------------------------------------


def xmp_packet(value: str) -> bytes:
    """An XMP packet whose only property is TC260:AIGC = value."""
    xmp = containers().xmp
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description rdf:about="" xmlns:{xmp.prefix}="{xmp.namespace}" '
        f"{xmp.prefix}:{xmp.property}={quoteattr(value)}/>"
        "</rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def xmp_values(packet: bytes) -> list[str]:
    """Every TC260:AIGC value of an XMP packet (attribute or element form)."""
    xmp = containers().xmp
    text = packet.decode("utf-8", "replace")
    prefixes = set(re.findall(r'xmlns:([\w.-]+)=["\']' + re.escape(xmp.namespace), text))
    found: list[str] = []
    for prefix in prefixes:
        name = re.escape(f"{prefix}:{xmp.property}")
        for match in re.finditer(name + r'\s*=\s*("([^"]*)"|\'([^\']*)\')', text):
            found.append(_unescape(match.group(2) if match.group(2) is not None
                                   else match.group(3)))
        for match in re.finditer(f"<{name}>(.*?)</{name}>", text, re.S):
            found.append(_unescape(match.group(1)))
    return found


def _unescape(text: str) -> str:
    return (text.replace("&quot;", '"').replace("&apos;", "'").replace("&lt;", "<")
            .replace("&gt;", ">").replace("&amp;", "&"))


_PNG = b"\x89PNG\r\n\x1a\n"


def _png_chunks(content: bytes) -> list[tuple[bytes, int, int]]:
    if not content.startswith(_PNG):
        raise ValueError("not a PNG file")
    chunks: list[tuple[bytes, int, int]] = []
    position = len(_PNG)
    while position + 12 <= len(content):
        size, kind = struct.unpack_from(">I4s", content, position)
        chunks.append((kind, position, position + 12 + size))
        position += 12 + size
        if kind == b"IEND":
            break
    return chunks


def _png_xmp(content: bytes, start: int, end: int) -> bytes | None:
    """The XMP packet of an iTXt chunk with the XMP keyword, or None for another chunk."""
    keyword = containers().xmp.png_keyword.encode("latin-1") + b"\0"
    body = content[start + 8:end - 4]
    if not body.startswith(keyword):
        return None
    rest = body[len(keyword):]
    compressed = rest[0]
    # compression method, then language tag and translated keyword, each NUL-terminated
    rest = rest[2:]
    rest = rest[rest.index(b"\0") + 1:]
    rest = rest[rest.index(b"\0") + 1:]
    return zlib.decompress(rest) if compressed else rest


def write_png(content: bytes, value: str) -> bytes:
    """The PNG with exactly one XMP iTXt chunk (after IHDR) holding TC260:AIGC; an earlier
    XMP chunk is replaced."""
    keyword = containers().xmp.png_keyword.encode("latin-1")
    data = keyword + b"\0\0\0\0\0" + xmp_packet(value)  # uncompressed, no language
    chunk = struct.pack(">I", len(data)) + b"iTXt" + data + struct.pack(
        ">I", zlib.crc32(b"iTXt" + data) & 0xFFFFFFFF)
    out = [_PNG]
    for kind, start, end in _png_chunks(content):
        if kind == b"iTXt" and _png_xmp(content, start, end) is not None:
            continue
        out.append(content[start:end])
        if kind == b"IHDR":
            out.append(chunk)
    return b"".join(out)


def read_png(content: bytes) -> list[str]:
    """Every TC260:AIGC value in a PNG's XMP chunks."""
    found: list[str] = []
    for kind, start, end in _png_chunks(content):
        if kind == b"iTXt":
            packet = _png_xmp(content, start, end)
            if packet is not None:
                found += xmp_values(packet)
    return found


def _jpeg_segments(content: bytes) -> tuple[list[tuple[int, int, int]], int]:
    """(marker, start, end) of each segment before the scan, and where the scan starts."""
    if content[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG file")
    segments: list[tuple[int, int, int]] = []
    position = 2
    while position + 4 <= len(content):
        if content[position] != 0xFF:
            raise ValueError(f"corrupt JPEG marker at {position}")
        marker = content[position + 1]
        if marker == 0xDA:  # start of scan: the rest is image data
            return segments, position
        (size,) = struct.unpack_from(">H", content, position + 2)
        segments.append((marker, position, position + 2 + size))
        position += 2 + size
    raise ValueError("JPEG without image data")


def _jpeg_header() -> bytes:
    return containers().xmp.jpeg_header.encode("ascii") + b"\0"


def write_jpeg(content: bytes, value: str) -> bytes:
    """The JPEG with exactly one XMP APP1 segment holding TC260:AIGC (after JFIF/APP0);
    an earlier XMP segment is replaced."""
    header = _jpeg_header()
    body = header + xmp_packet(value)
    if len(body) + 2 > 0xFFFF:
        raise ValueError("XMP too large for one APP1 segment")
    segment = b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body
    segments, scan = _jpeg_segments(content)
    out, placed = [b"\xff\xd8"], False
    for marker, start, end in segments:
        if marker == 0xE1 and content[start + 4:start + 4 + len(header)] == header:
            continue
        if not placed and marker != 0xE0:
            out.append(segment)
            placed = True
        out.append(content[start:end])
    if not placed:
        out.append(segment)
    out.append(content[scan:])
    return b"".join(out)


def read_jpeg(content: bytes) -> list[str]:
    """Every TC260:AIGC value in a JPEG's XMP segments."""
    header = _jpeg_header()
    found: list[str] = []
    segments, _scan = _jpeg_segments(content)
    for marker, start, end in segments:
        if marker == 0xE1 and content[start + 4:start + 4 + len(header)] == header:
            found += xmp_values(content[start + 4 + len(header):end])
    return found


# ---- per kind ---------------------------------------------------------------------


def write_label(kind: str, content: bytes, value: str, *, mark: str) -> bytes:
    """``content`` (a file of container ``kind``) with exactly one AIGC label ``value``
    (and, for subtitles, the explicit ``mark`` as the first cue): replaced, never appended."""
    if kind == "mp4":
        return write_mp4(content, value)
    if kind == "wav":
        return write_wav(content, value)
    if kind == "png":
        return write_png(content, value)
    if kind == "jpeg":
        return write_jpeg(content, value)
    if kind == "srt":
        return write_srt(content, value, mark)
    if kind == "vtt":
        return write_vtt(content, value, mark)
    if kind == "ass":
        return write_ass(content, value, mark)
    if kind == "ttml":
        return write_ttml(content, value, mark)
    raise ValueError(f"no AIGC label for container {kind!r}")


_READERS = {"mp4": read_mp4, "wav": read_wav, "png": read_png, "jpeg": read_jpeg,
            "srt": lambda content: [], "vtt": read_vtt, "ass": read_ass, "ttml": read_ttml}
_MARK_READERS = {"srt": read_srt_marks, "vtt": read_vtt_marks, "ass": read_ass_marks,
                 "ttml": read_ttml_marks}


def read_labels(kind: str, content: bytes) -> list[str]:
    """Every implicit AIGC value in ``content`` (duplicates kept: a file holds one)."""
    return list(_READERS[kind](content))


def read_marks(kind: str, content: bytes) -> list[str]:
    """The explicit text marks of a subtitle file ([] for other kinds)."""
    reader = _MARK_READERS.get(kind)
    return list(reader(content)) if reader else []


def label_bytes(name: str, content: bytes, value: str, *, mark: str) -> bytes:
    """Label the file ``name`` (its suffix picks the container) and read it back: exactly
    one implicit label equal to ``value`` (one explicit mark for subtitles), or LabelError."""
    kind = kind_of(name)
    if kind is None:
        return content
    try:
        labelled = write_label(kind, content, value, mark=mark)
        found = read_labels(kind, labelled)
        marks = read_marks(kind, labelled)
    except (ValueError, IndexError, struct.error, zlib.error) as error:
        raise LabelError(f"cannot label this {kind} file: {error}", file=name) from error
    expected = [] if kind in MARK_ONLY else [value]
    if found != expected:
        raise LabelError(f"read back {found!r} after writing the AIGC label", file=name)
    if kind in SUBTITLES and marks != [mark]:
        raise LabelError(f"read back marks {marks!r} after writing {mark!r}", file=name)
    return labelled
