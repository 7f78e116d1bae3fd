"""Reading MP4/MOV container metadata back: a minimal ISO-BMFF box walker.

Owns the box reader (`moov/udta/meta`, `moov/meta`, mdta `keys` + `ilst`, classic
`ilst` atoms) behind `metadata_items` and `read_metadata`. Pure Python on the file's
bytes, no ffmpeg or PyAV, so a missing key means it is really not in the file.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def _boxes(data: BinaryIO, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """(type, payload start, box end) of each ISO-BMFF box in [start, end)."""
    position = start
    while position + 8 <= end:
        data.seek(position)
        size, kind = struct.unpack(">I4s", data.read(8))
        payload = position + 8
        if size == 1:
            size = struct.unpack(">Q", data.read(8))[0]
            payload += 8
        elif size == 0:
            size = end - position
        if size < payload - position or position + size > end:
            return  # truncated or corrupt: stop rather than read garbage
        yield kind, payload, position + size
        position += size


def _child(data: BinaryIO, start: int, end: int, kind: bytes) -> tuple[int, int] | None:
    for found, payload, box_end in _boxes(data, start, end):
        if found == kind:
            return payload, box_end
    return None


def _meta_items(data: BinaryIO, start: int, end: int) -> list[tuple[str, str]]:
    """Key/value strings of one `meta` box (mdta keys + ilst, or classic ilst atoms)."""
    data.seek(start)
    if data.read(8)[4:8] != b"hdlr":
        start += 4  # ISO full-box meta: skip version and flags (QuickTime meta has none)
    keys: list[str] = []
    items: list[tuple[str, str]] = []
    for kind, payload, box_end in _boxes(data, start, end):
        if kind == b"keys":
            data.seek(payload + 4)
            (count,) = struct.unpack(">I", data.read(4))
            for _ in range(count):
                size, _namespace = struct.unpack(">I4s", data.read(8))
                if size < 8:
                    break  # corrupt entry
                keys.append(data.read(size - 8).decode("utf-8", "replace"))
        elif kind == b"ilst":
            for item, item_payload, item_end in _boxes(data, payload, box_end):
                found = _child(data, item_payload, item_end, b"data")
                if found is None:
                    continue
                data.seek(found[0])
                type_code = int.from_bytes(data.read(4)[1:], "big")
                data.read(4)  # locale
                raw = data.read(found[1] - found[0] - 8)
                if type_code not in (1, 2):  # UTF-8 or UTF-16 text only
                    continue
                value = raw.decode("utf-8" if type_code == 1 else "utf-16-be", "replace")
                index = int.from_bytes(item, "big")
                name = (
                    keys[index - 1] if keys and 1 <= index <= len(keys) else item.decode("latin-1")
                )
                items.append((name, value))
    return items


def metadata_items(path: Path) -> list[tuple[str, str]]:
    """Every text metadata item of an MP4/MOV file, in file order, duplicates kept.

    Reads `moov/udta/meta` and `moov/meta` directly, so a missing key means it is
    really not in the file.
    """
    path = Path(path)
    with path.open("rb") as data:
        return _items_in(data, path.stat().st_size)


def metadata_items_of(content: bytes) -> list[tuple[str, str]]:
    """`metadata_items` of an MP4/MOV file's bytes."""
    return _items_in(io.BytesIO(content), len(content))


def _items_in(data: BinaryIO, size: int) -> list[tuple[str, str]]:
    moov = _child(data, 0, size, b"moov")
    if moov is None:
        return []
    metas = []
    udta = _child(data, moov[0], moov[1], b"udta")
    if udta is not None:
        metas += [(p, e) for kind, p, e in _boxes(data, udta[0], udta[1]) if kind == b"meta"]
    metas += [(p, e) for kind, p, e in _boxes(data, moov[0], moov[1]) if kind == b"meta"]
    return [item for start, end in metas for item in _meta_items(data, start, end)]


def read_metadata(path: Path) -> dict[str, str]:
    """Container-level text metadata of an MP4/MOV file (e.g. `AIGC`), parsed from the boxes."""
    return dict(metadata_items(path))


def _full_box_entries(data: BinaryIO, start: int) -> int:
    data.seek(start + 4)  # version and flags
    return int(struct.unpack(">I", data.read(4))[0])


def video_timing(path: Path) -> tuple[int, int, int] | None:
    """(frames, timescale, frame duration) of the first video track of a constant-rate
    MP4, read from its `mdhd` and `stts` boxes; None when the file is not that (several
    frame durations, no video track, a damaged header)."""
    path = Path(path)
    with path.open("rb") as data:
        moov = _child(data, 0, path.stat().st_size, b"moov")
        if moov is None:
            return None
        for kind, trak, trak_end in _boxes(data, moov[0], moov[1]):
            mdia = _child(data, trak, trak_end, b"mdia") if kind == b"trak" else None
            if mdia is None:
                continue
            hdlr, mdhd = _child(data, *mdia, b"hdlr"), _child(data, *mdia, b"mdhd")
            if hdlr is None or mdhd is None:
                continue
            data.seek(hdlr[0] + 8)  # version, flags, pre_defined
            if data.read(4) != b"vide":
                continue
            data.seek(mdhd[0])
            version = data.read(1)[0]
            data.seek(mdhd[0] + (20 if version == 1 else 12))
            (timescale,) = struct.unpack(">I", data.read(4))
            minf = _child(data, *mdia, b"minf")
            stbl = _child(data, *minf, b"stbl") if minf else None
            stts = _child(data, *stbl, b"stts") if stbl else None
            if stts is None or _full_box_entries(data, stts[0]) != 1 or not timescale:
                return None
            frames, delta = struct.unpack(">II", data.read(8))
            return (int(frames), int(timescale), int(delta)) if delta else None
    return None
