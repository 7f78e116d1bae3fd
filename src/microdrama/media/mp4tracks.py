"""Reading an MP4's tracks as sample tables, for ``mp4join`` to copy.

Each track as its samples (duration, composition offset, sync flag, size, where its
bytes are in the file), its single edit, and the boxes copied as they are (handler,
media header, data reference, sample description, sample groups). Reads the file's
bytes in memory; anything it does not take apart exactly raises ``NotJoinable``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from microdrama.media.aigc import mp4_boxes


class NotJoinable(Exception):
    """The files are not ones ``mp4join`` can join by copying.

    An internal signal, not an error: the episode stage, the one caller, joins such files
    with ffmpeg instead, so it never reaches the user."""


@dataclass
class Track:
    """One track's sample tables and the boxes copied as they are."""

    handler: bytes
    timescale: int
    language: bytes  # mdhd's packed language code
    tkhd: bytes  # payload
    boxes: dict[bytes, bytes]  # whole boxes copied: hdlr, vmhd/smhd, dinf, stsd, sgpd, sbgp
    durations: list[int]
    offsets: list[int] | None  # composition offsets (ctts), None when there are none
    sync: set[int] | None  # 0-based sample indexes of sync samples, None: every sample
    sizes: list[int]
    positions: list[int]
    edit: tuple[int, int] | None  # (media_time, rate as 16.16) of the one edit; None: none


def box_spans(data: bytes, start: int, end: int) -> list[tuple[bytes, int, int, int]]:
    """(type, box start, payload start, box end) of each box in [start, end): the AIGC
    labeller's walker (``aigc.mp4_boxes``), a damaged box being ``NotJoinable`` here."""
    try:
        return mp4_boxes(data, start, end)
    except ValueError as error:
        raise NotJoinable(str(error)) from error


def find_box(data: bytes, start: int, end: int, kind: bytes) -> tuple[int, int, int]:
    """(box start, payload start, box end) of the first ``kind`` box in [start, end)."""
    for found, box, payload, box_end in box_spans(data, start, end):
        if found == kind:
            return box, payload, box_end
    raise NotJoinable(f"no {kind.decode('latin-1')} box")


def _runs(data: bytes, payload: int, width: int) -> list[tuple[int, ...]]:
    """The entries of a full box whose body is a count and ``width``-word entries."""
    (count,) = struct.unpack_from(">I", data, payload + 4)
    return [struct.unpack_from(f">{width}I", data, payload + 8 + 4 * width * i)
            for i in range(count)]


def read_tracks(data: bytes) -> list[Track]:
    _, moov, moov_end = find_box(data, 0, len(data), b"moov")
    tracks = []
    for kind, _box, trak, trak_end in box_spans(data, moov, moov_end):
        if kind == b"trak":
            tracks.append(read_track(data, trak, trak_end))
    return tracks


def read_track(data: bytes, trak: int, trak_end: int) -> Track:
    _, tkhd, tkhd_end = find_box(data, trak, trak_end, b"tkhd")
    _, mdia, mdia_end = find_box(data, trak, trak_end, b"mdia")
    hdlr_box, hdlr, hdlr_end = find_box(data, mdia, mdia_end, b"hdlr")
    _, mdhd, _ = find_box(data, mdia, mdia_end, b"mdhd")
    version = data[mdhd]
    if version == 1:
        timescale, = struct.unpack_from(">I", data, mdhd + 20)
        language = data[mdhd + 32:mdhd + 34]
    else:
        timescale, = struct.unpack_from(">I", data, mdhd + 12)
        language = data[mdhd + 20:mdhd + 22]
    _, minf, minf_end = find_box(data, mdia, mdia_end, b"minf")
    _, stbl, stbl_end = find_box(data, minf, minf_end, b"stbl")
    boxes = {b"hdlr": data[hdlr_box:hdlr_end]}
    for kind, box, _payload, end in box_spans(data, minf, minf_end):
        if kind in (b"vmhd", b"smhd", b"dinf"):
            boxes[kind] = data[box:end]
    tables: dict[bytes, int] = {}
    for kind, box, payload, end in box_spans(data, stbl, stbl_end):
        if kind in (b"stsd", b"sgpd", b"sbgp"):
            boxes[kind] = data[box:end]
        elif kind in (b"stts", b"ctts", b"stss", b"stsc", b"stsz", b"stco", b"co64"):
            tables[kind] = payload
        elif kind not in (b"sdtp",):
            raise NotJoinable(f"a sample table box this joiner does not copy: {kind!r}")
    if b"stsd" not in boxes or not {b"stts", b"stsc", b"stsz"} <= tables.keys():
        raise NotJoinable("a track without its sample tables")
    durations = [delta for count, delta in _runs(data, tables[b"stts"], 2) for _ in range(count)]
    offsets = None
    if b"ctts" in tables:
        signed = data[tables[b"ctts"]] == 1
        offsets = []
        for count, value in _runs(data, tables[b"ctts"], 2):
            if signed and value >= 1 << 31:
                value -= 1 << 32
            offsets += [value] * count
    sync = ({number - 1 for (number,) in _runs(data, tables[b"stss"], 1)}
            if b"stss" in tables else None)
    size, count = struct.unpack_from(">II", data, tables[b"stsz"] + 4)
    sizes = ([size] * count if size else
             list(struct.unpack_from(f">{count}I", data, tables[b"stsz"] + 12)))
    positions = _positions(data, tables, sizes)
    if len(durations) != len(sizes) or (offsets is not None and len(offsets) != len(sizes)):
        raise NotJoinable("sample tables of different lengths")
    return Track(handler=data[hdlr + 8:hdlr + 12], timescale=timescale, language=language,
                  tkhd=data[tkhd:tkhd_end], boxes=boxes, durations=durations,
                  offsets=offsets, sync=sync, sizes=sizes, positions=positions,
                  edit=_edit(data, trak, trak_end))


def _positions(data: bytes, tables: dict[bytes, int], sizes: list[int]) -> list[int]:
    """The file offset of each sample, from the chunk offsets and samples per chunk."""
    if b"stco" in tables:
        chunks = [offset for (offset,) in _runs(data, tables[b"stco"], 1)]
    elif b"co64" in tables:
        (count,) = struct.unpack_from(">I", data, tables[b"co64"] + 4)
        chunks = list(struct.unpack_from(f">{count}Q", data, tables[b"co64"] + 8))
    else:
        raise NotJoinable("no chunk offsets")
    runs = _runs(data, tables[b"stsc"], 3)
    positions: list[int] = []
    sample = 0
    for index, chunk in enumerate(chunks, start=1):
        per_chunk = next((run[1] for run in reversed(runs) if run[0] <= index), 0)
        position = chunk
        for _ in range(per_chunk):
            if sample >= len(sizes):
                break
            positions.append(position)
            position += sizes[sample]
            sample += 1
    if len(positions) != len(sizes) or any(p + s > len(data)
                                           for p, s in zip(positions, sizes, strict=True)):
        raise NotJoinable("chunks that do not hold the samples")
    return positions


def _edit(data: bytes, trak: int, trak_end: int) -> tuple[int, int] | None:
    """(media time, rate) of a track's single edit; None when it has no edit list."""
    try:
        _, edts, edts_end = find_box(data, trak, trak_end, b"edts")
    except NotJoinable:
        return None
    _, elst, _ = find_box(data, edts, edts_end, b"elst")
    version, count = data[elst], struct.unpack_from(">I", data, elst + 4)[0]
    if count != 1:
        raise NotJoinable("an edit list of several entries")
    if version == 1:
        _, media_time, rate = struct.unpack_from(">Qqi", data, elst + 8)
    else:
        _, media_time, rate = struct.unpack_from(">Iii", data, elst + 8)
    return media_time, rate
