"""Join an episode's shots and its mix into one MP4 by copying samples, box by box.

The episode stage used to run two ffmpeg processes: the concat demuxer (`-c copy`) over
the shots, then a mux with the mix's AAC and the AIGC tag. Both copy samples; what
costs is ffmpeg opening each shot, which decodes its first picture to probe it (≈ 9 ms
a shot, ≈ 0.3 s of a 30-shot episode, on every build and every rebuild: decision 0038).
Our shots need no probing: they come from one encoder with one set of options, so their
sample tables can be laid end to end. This module does that and nothing more:

- every shot must have one H.264 track, the same sample description (`stsd`), media
  timescale and edit (one entry, rate 1, the same start: x264's B-frame delay); the mix
  one AAC track. Anything else raises ``NotJoinable`` and the caller uses ffmpeg;
- the video track is the shots' samples in order, each with its own duration,
  composition offset and sync flag, under one edit list: the concat demuxer's timing
  (each shot starts where the previous one's frames end) without its millisecond
  rounding;
- the audio track is the mix's samples that start before the picture ends, whole (as
  ``ffmpeg -t`` keeps them), its edit and sample groups kept;
- moov first (faststart), then the samples interleaved a second at a time, and the
  container's text tags in `moov/udta/meta` (mdta `keys` + `ilst`, as ffmpeg's
  `use_metadata_tags` writes them).
"""

from __future__ import annotations

import math
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from microdrama.media.ffmpeg import atomic_output
from microdrama.media.mp4tracks import NotJoinable, Track, box_spans, read_tracks

_UNITY_MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
_FTYP = b"isom" + struct.pack(">I", 512) + b"isomiso2avc1mp41"

__all__ = ["NotJoinable", "join_mp4"]

#: Bytes of a VisualSampleEntry (avc1) before its child boxes, after its size and type.
_VISUAL_ENTRY = 78


def _with_bit_rate(stsd: bytes, average: int | None) -> bytes:
    """A video ``stsd`` box whose sample entry's ``btrt`` says ``average`` bits per second
    (buffer size 0, maximum = average, as ffmpeg's MP4 muxer writes it); with None, its
    ``btrt`` removed. Each shot's ``btrt`` is its own; the joined track's is the track's."""
    entry = 16
    entry_size, kind = struct.unpack_from(">I4s", stsd, entry)
    children = entry + 8 + _VISUAL_ENTRY
    if kind not in (b"avc1", b"avc3") or entry + entry_size != len(stsd):
        return stsd
    kept = []
    for child, box, _payload, end in box_spans(stsd, children, len(stsd)):
        if child != b"btrt":
            kept.append(stsd[box:end])
        elif average is not None:
            kept.append(_box(b"btrt", struct.pack(">III", 0, average, average)))
    body = stsd[entry + 8:children] + b"".join(kept)
    return _box(b"stsd", stsd[8:16], _box(kind, body))


def _with_es_id(stsd: bytes, track_id: int) -> bytes:
    """An AAC ``stsd`` whose ES descriptor names the track it now sits in (ffmpeg writes the
    track's number there: the mix's file had the audio as track 1, the episode has it as 2)."""
    found = stsd.find(b"esds")
    position = found + 8  # the type, then the full box's version and flags
    if found < 0 or position + 4 > len(stsd) or stsd[position] != 0x03:  # ES_DescrTag
        return stsd
    position += 1
    while position < len(stsd) and stsd[position] & 0x80:  # the length's bytes
        position += 1
    position += 1
    if position + 2 > len(stsd):
        return stsd
    return stsd[:position] + struct.pack(">H", track_id) + stsd[position + 2:]


def _box(kind: bytes, *parts: bytes) -> bytes:
    body = b"".join(parts)
    if len(body) + 8 < 1 << 32:
        return struct.pack(">I4s", len(body) + 8, kind) + body
    return struct.pack(">I4sQ", 1, kind, len(body) + 16) + body


def _full(kind: bytes, version: int, flags: int, *parts: bytes) -> bytes:
    return _box(kind, struct.pack(">I", (version << 24) | flags), *parts)


def _pairs(values: Sequence[int]) -> list[tuple[int, int]]:
    """Runs of equal values as (count, value)."""
    runs: list[list[int]] = []
    for value in values:
        if runs and runs[-1][1] == value:
            runs[-1][0] += 1
        else:
            runs.append([1, value])
    return [(count, value) for count, value in runs]


@dataclass
class _Out:
    """A track as it will be written: its samples and the chunk each starts."""

    source: Track
    datas: list[bytes]  # the file each sample is read from
    durations: list[int]
    offsets: list[int] | None
    sync: list[int] | None  # 1-based
    sizes: list[int]
    positions: list[int]
    edit: tuple[int, int] | None
    presented: int  # the edit's duration, in the track's timescale
    extra: list[bytes]  # sgpd, sbgp (sbgp's counts fitted to the samples kept)
    description: bytes | None = None  # the stsd box to write; None: the source's
    chunks: list[tuple[int, int]] | None = None  # (first sample, samples) of each chunk


def join_mp4(segments: Sequence[Path], audio: Path, out: Path, *,
             metadata: dict[str, str]) -> None:
    """Write ``out``: ``segments``' video one after the other, ``audio``'s AAC cut to the
    picture's length, and ``metadata`` as text tags. Raises ``NotJoinable`` (writing
    nothing) when the files are not ones it can copy exactly; ``out`` appears whole."""
    if not segments:
        raise NotJoinable("no segments")
    video = _joined_video([Path(s).read_bytes() for s in segments])
    audio_out = _cut_audio(Path(audio).read_bytes(), video)
    tracks = [video, audio_out]
    movie_scale = math.lcm(*(t.source.timescale for t in tracks))
    if movie_scale >= 1 << 32:
        movie_scale = 1000
    _chunk(tracks)
    header = _ftyp()
    moov = _moov(tracks, movie_scale, metadata, 0)
    total = sum(sum(t.sizes) for t in tracks)
    mdat_header = 8 if total + 8 < 1 << 32 else 16
    base = len(header) + len(moov) + mdat_header
    moov = _moov(tracks, movie_scale, metadata, base)
    base = len(header) + len(moov) + mdat_header  # co64 may have made moov longer
    moov = _moov(tracks, movie_scale, metadata, base)
    with atomic_output(Path(out)) as temporary, temporary.open("wb") as stream:
        stream.write(header)
        stream.write(moov)
        stream.write(struct.pack(">I4s", total + 8, b"mdat") if mdat_header == 8 else
                     struct.pack(">I4sQ", 1, b"mdat", total + 16))
        for _, track, first, count in _layout(tracks):
            for i in range(first, first + count):
                start = track.positions[i]
                stream.write(memoryview(track.datas[i])[start:start + track.sizes[i]])


def _joined_video(files: list[bytes]) -> _Out:
    parts = []
    for data in files:
        tracks = read_tracks(data)
        if len(tracks) != 1 or tracks[0].handler != b"vide":
            raise NotJoinable("a shot that is not one video track")
        parts.append(tracks[0])
    first = parts[0]
    description = _with_bit_rate(first.boxes[b"stsd"], None)
    for part in parts:
        if (_with_bit_rate(part.boxes[b"stsd"], None) != description
                or part.timescale != first.timescale):
            raise NotJoinable("shots encoded differently")
        if part.edit is not None and (part.edit[1] != 0x10000 or part.edit[0] < 0):
            raise NotJoinable("an edit this joiner does not copy")
    # Each shot's first picture shows at its start: x264's B-frame delay (the edit's media
    # time) is the same for every shot but one too short for B-frames (1–2 pictures),
    # whose pictures are shown that much later by their composition offsets instead.
    delay = max(part.edit[0] if part.edit else 0 for part in parts)
    joined = _Out(source=first, datas=[], durations=[],
                  offsets=[] if delay or any(p.offsets for p in parts) else None,
                  sync=[] if any(p.sync is not None for p in parts) else None,
                  sizes=[], positions=[], edit=(delay, 0x10000) if delay else first.edit,
                  presented=0, extra=[])
    for data, part in zip(files, parts, strict=True):
        base = len(joined.sizes)
        joined.datas += [data] * len(part.sizes)
        joined.durations += part.durations
        if joined.offsets is not None:
            shift = delay - (part.edit[0] if part.edit else 0)
            joined.offsets += [o + shift for o in (part.offsets or [0] * len(part.sizes))]
        if joined.sync is not None:
            joined.sync += [base + i + 1 for i in range(len(part.sizes))
                            if part.sync is None or i in part.sync]
        joined.sizes += part.sizes
        joined.positions += part.positions
    joined.presented = sum(joined.durations)
    if joined.presented:
        average = sum(joined.sizes) * 8 * first.timescale // joined.presented
        joined.description = _with_bit_rate(first.boxes[b"stsd"], min(average, (1 << 32) - 1))
    return joined


def _cut_audio(data: bytes, video: _Out) -> _Out:
    tracks = read_tracks(data)
    if len(tracks) != 1 or tracks[0].handler != b"soun":
        raise NotJoinable("a mix that is not one audio track")
    track = tracks[0]
    if track.edit is not None and track.edit[1] != 0x10000:
        raise NotJoinable("an edit at another rate")
    media_time = track.edit[0] if track.edit else 0
    # The picture's length in the audio's timescale; samples that start after it go.
    end = video.presented * track.timescale // video.source.timescale
    kept, start = 0, -media_time
    for duration in track.durations:
        if start >= end:
            break
        kept += 1
        start += duration
    # Whole packets, as ffmpeg -t keeps them: the last may run a little past the picture.
    presented = sum(track.durations[:kept]) - media_time
    extra = [track.boxes[b"sgpd"]] if b"sgpd" in track.boxes else []
    if b"sbgp" in track.boxes:
        extra.append(_fitted_sbgp(track.boxes[b"sbgp"], kept))
    return _Out(source=track, description=_with_es_id(track.boxes[b"stsd"], 2),
                datas=[data] * kept, durations=track.durations[:kept],
                offsets=track.offsets[:kept] if track.offsets else None,
                sync=(sorted(i + 1 for i in track.sync if i < kept)
                      if track.sync is not None else None),
                sizes=track.sizes[:kept], positions=track.positions[:kept],
                edit=track.edit, presented=max(presented, 0), extra=extra)


def _fitted_sbgp(box: bytes, samples: int) -> bytes:
    """A sample-to-group box whose runs cover exactly ``samples`` samples."""
    version = box[8]
    header = 16 + (4 if version == 1 else 0)  # size, type, version/flags, grouping_type(, param)
    (count,) = struct.unpack_from(">I", box, header)
    runs, left = [], samples
    for i in range(count):
        run, group = struct.unpack_from(">II", box, header + 4 + 8 * i)
        if left <= 0:
            break
        runs.append((min(run, left), group))
        left -= run
    body = box[8:header] + struct.pack(">I", len(runs)) + b"".join(
        struct.pack(">II", run, group) for run, group in runs)
    return _box(b"sbgp", body)


def _chunk(tracks: list[_Out]) -> None:
    """Cut each track into chunks of one second of decoding time."""
    for track in tracks:
        chunks: list[tuple[int, int]] = []
        time, second = 0, -1
        for index, duration in enumerate(track.durations):
            current = time // track.source.timescale
            if current != second:
                chunks.append((index, 0))
                second = current
            first, count = chunks[-1]
            chunks[-1] = (first, count + 1)
            time += duration
        track.chunks = chunks


def _layout(tracks: list[_Out]) -> list[tuple[float, _Out, int, int]]:
    """Every chunk of every track in file order: by start time, video before audio."""
    order = []
    for rank, track in enumerate(tracks):
        scale = track.source.timescale
        starts = [0]
        for duration in track.durations:
            starts.append(starts[-1] + duration)
        for first, count in track.chunks or []:
            order.append((starts[first] / scale, rank, track, first, count))
    order.sort(key=lambda entry: (entry[0], entry[1]))
    return [(when, track, first, count) for when, _, track, first, count in order]


def _chunk_offsets(tracks: list[_Out], base: int) -> dict[int, list[int]]:
    offsets: dict[int, list[int]] = {id(t): [] for t in tracks}
    position = base
    for _, track, first, count in _layout(tracks):
        offsets[id(track)].append(position)
        position += sum(track.sizes[first:first + count])
    return offsets


def _ftyp() -> bytes:
    return _box(b"ftyp", _FTYP)


def _moov(tracks: list[_Out], movie_scale: int, metadata: dict[str, str], base: int) -> bytes:
    offsets = _chunk_offsets(tracks, base)
    durations = [t.presented * movie_scale // t.source.timescale for t in tracks]
    longest = max(durations)
    wide = longest >= 1 << 32
    mvhd = _full(b"mvhd", 1 if wide else 0, 0,
                 struct.pack(">QQIQ" if wide else ">IIII", 0, 0, movie_scale, longest),
                 struct.pack(">IH10x", 0x10000, 0x100), _UNITY_MATRIX, bytes(24),
                 struct.pack(">I", len(tracks) + 1))
    traks = [_trak(number, track, duration, movie_scale, offsets[id(track)])
             for number, (track, duration) in enumerate(zip(tracks, durations, strict=True),
                                                         start=1)]
    return _box(b"moov", mvhd, *traks, _udta(metadata))


def _trak(number: int, track: _Out, duration: int, movie_scale: int,
          chunk_offsets: list[int]) -> bytes:
    source = track.source
    layer_to_size = source.tkhd[-52:]  # layer, group, volume, reserved, matrix, width, height
    wide = duration >= 1 << 32
    tkhd = _full(b"tkhd", 1 if wide else 0, 3,
                 struct.pack(">QQIIQ" if wide else ">IIIII", 0, 0, number, 0, duration),
                 bytes(8), layer_to_size)
    parts = [tkhd]
    if track.edit is not None:
        media_time, rate = track.edit
        big = wide or media_time >= 1 << 31
        entry = (struct.pack(">Qqi", duration, media_time, rate) if big else
                 struct.pack(">Iii", duration, media_time, rate))
        parts.append(_box(b"edts", _full(b"elst", 1 if big else 0, 0, struct.pack(">I", 1),
                                         entry)))
    media = sum(track.durations)
    media_wide = media >= 1 << 32
    mdhd = _full(b"mdhd", 1 if media_wide else 0, 0,
                 struct.pack(">QQIQ" if media_wide else ">IIII", 0, 0, source.timescale, media),
                 source.language, bytes(2))
    header = source.boxes.get(b"vmhd") or source.boxes.get(b"smhd") or b""
    minf = _box(b"minf", header, source.boxes.get(b"dinf", b""),
                _stbl(track, chunk_offsets))
    parts.append(_box(b"mdia", mdhd, source.boxes[b"hdlr"], minf))
    return _box(b"trak", *parts)


def _stbl(track: _Out, chunk_offsets: list[int]) -> bytes:
    stts = _pairs(track.durations)
    parts = [track.description or track.source.boxes[b"stsd"],
             _full(b"stts", 0, 0, struct.pack(">I", len(stts)),
                   *(struct.pack(">II", c, d) for c, d in stts))]
    if track.sync is not None:
        parts.append(_full(b"stss", 0, 0, struct.pack(">I", len(track.sync)),
                           struct.pack(f">{len(track.sync)}I", *track.sync)))
    if track.offsets is not None:
        ctts = _pairs(track.offsets)
        signed = any(value < 0 for _, value in ctts)
        parts.append(_full(b"ctts", 1 if signed else 0, 0, struct.pack(">I", len(ctts)),
                           *(struct.pack(">Ii" if signed else ">II", c, v) for c, v in ctts)))
    per_chunk = _pairs([count for _, count in track.chunks or []])
    stsc, chunk = [], 1
    for run, count in per_chunk:
        stsc.append(struct.pack(">III", chunk, count, 1))
        chunk += run
    parts.append(_full(b"stsc", 0, 0, struct.pack(">I", len(stsc)), *stsc))
    parts.append(_full(b"stsz", 0, 0, struct.pack(">II", 0, len(track.sizes)),
                       struct.pack(f">{len(track.sizes)}I", *track.sizes)))
    if chunk_offsets and chunk_offsets[-1] >= 1 << 32:
        parts.append(_full(b"co64", 0, 0, struct.pack(">I", len(chunk_offsets)),
                           struct.pack(f">{len(chunk_offsets)}Q", *chunk_offsets)))
    else:
        parts.append(_full(b"stco", 0, 0, struct.pack(">I", len(chunk_offsets)),
                           struct.pack(f">{len(chunk_offsets)}I", *chunk_offsets)))
    parts += track.extra
    return _box(b"stbl", *parts)


def _udta(metadata: dict[str, str]) -> bytes:
    """Text tags as mdta keys and an ilst (what ffmpeg's ``use_metadata_tags`` writes)."""
    if not metadata:
        return b""
    names = list(metadata)
    hdlr = _full(b"hdlr", 0, 0, bytes(4), b"mdta", bytes(12), b"\0")
    keys = _full(b"keys", 0, 0, struct.pack(">I", len(names)),
                 *(struct.pack(">I4s", 8 + len(n.encode("utf-8")), b"mdta") + n.encode("utf-8")
                   for n in names))
    items = [_box(struct.pack(">I", i),
                  _box(b"data", struct.pack(">II", 1, 0), metadata[name].encode("utf-8")))
             for i, name in enumerate(names, start=1)]
    return _box(b"udta", _full(b"meta", 0, 0, hdlr, keys, _box(b"ilst", *items)))
