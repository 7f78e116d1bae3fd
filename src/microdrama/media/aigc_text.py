"""The AI label of subtitle files (SRT, WebVTT, ASS): the explicit text mark as the
first cue, and the implicit AIGC label where the format has a place players ignore
(a WebVTT ``NOTE AIGC`` block, an ASS ``[Script Info]`` field; SRT has none)."""

from __future__ import annotations

import re

from microdrama.media.aigc_places import containers
from microdrama.media.aigc_places import marks as mark_texts

__all__ = ["cue_text", "read_ass", "read_ass_marks", "read_srt_marks", "read_vtt",
           "read_vtt_marks", "subtitle_blocks", "write_ass", "write_srt", "write_vtt"]


def subtitle_blocks(text: str) -> list[str]:
    """The blank-line separated blocks of a subtitle file."""
    return [block for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip("\n"))
            if block.strip()]


def cue_text(block: str) -> str:
    """The text of a cue block (the lines after its timing line)."""
    lines = block.split("\n")
    at = next((i for i, line in enumerate(lines) if "-->" in line), None)
    return "\n".join(lines[at + 1:]).strip() if at is not None else ""


def _clock(ms: int, separator: str) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def write_srt(content: bytes, value: str, mark: str) -> bytes:
    """The SRT with the explicit mark as its one first cue, the cues renumbered (SRT has
    no metadata, so ``value`` has no place in it)."""
    del value
    known = mark_texts()
    cues = [block for block in subtitle_blocks(content.decode("utf-8-sig"))
            if cue_text(block) not in known]
    end = _clock(containers().subtitles.mark_ms, ",")
    out = [f"1\n00:00:00,000 --> {end}\n{mark}"]
    for number, block in enumerate(cues, 2):
        lines = block.split("\n")
        if lines[0].strip().isdigit():
            lines = lines[1:]
        out.append("\n".join([str(number), *lines]))
    return ("\n\n".join(out) + "\n").encode("utf-8")


def read_srt_marks(content: bytes) -> list[str]:
    """The text of every cue of an SRT that is an explicit mark."""
    known = mark_texts()
    return [text for block in subtitle_blocks(content.decode("utf-8-sig"))
            if (text := cue_text(block)) in known]


def write_vtt(content: bytes, value: str, mark: str) -> bytes:
    """The WebVTT with one ``NOTE AIGC`` block and the explicit mark as its first cue."""
    place, known = containers().subtitles, mark_texts()
    blocks = subtitle_blocks(content.decode("utf-8-sig"))
    if not blocks or not blocks[0].startswith("WEBVTT"):
        raise ValueError("not a WebVTT file")
    body = [block for block in blocks[1:]
            if not block.startswith(place.vtt_note) and cue_text(block) not in known]
    cue = f"00:00:00.000 --> {_clock(place.mark_ms, '.')}\n{mark}"
    return ("\n\n".join([blocks[0], f"{place.vtt_note} {value}", cue, *body]) + "\n").encode(
        "utf-8")


def read_vtt(content: bytes) -> list[str]:
    """Every AIGC value in a WebVTT's ``NOTE AIGC`` blocks."""
    note = containers().subtitles.vtt_note
    return [block[len(note):].strip() for block in subtitle_blocks(content.decode("utf-8-sig"))
            if block.startswith(note + " ") or block.startswith(note + "\n")]


def read_vtt_marks(content: bytes) -> list[str]:
    """The text of every cue of a WebVTT that is an explicit mark."""
    known = mark_texts()
    return [text for block in subtitle_blocks(content.decode("utf-8-sig"))[1:]
            if "-->" in block and (text := cue_text(block)) in known]


def _ass_sections(text: str) -> list[list[str]]:
    sections: list[list[str]] = [[]]
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith("[") and line.rstrip().endswith("]"):
            sections.append([])
        sections[-1].append(line)
    return [section for section in sections if section]


def _ass_dialogue_text(line: str) -> str | None:
    if not line.startswith("Dialogue:"):
        return None
    fields = line[len("Dialogue:"):].split(",", 9)
    return fields[9].strip() if len(fields) == 10 else None


def write_ass(content: bytes, value: str, mark: str) -> bytes:
    """The ASS with one ``AIGC:`` field in [Script Info] and the explicit mark as its
    first Dialogue line (Default style, 0 s to the mark's length)."""
    place, known = containers().subtitles, mark_texts()
    field = f"{place.ass_field}:"
    sections = _ass_sections(content.decode("utf-8-sig"))
    out: list[str] = []
    for section in sections:
        head = section[0].strip().lower()
        lines = [line for line in section
                 if not line.startswith(field) and _ass_dialogue_text(line) not in known]
        if head == "[script info]":
            lines.insert(1, f"{field} {value}")
        elif head == "[events]":
            at = next((i + 1 for i, line in enumerate(lines) if line.startswith("Format:")), 1)
            centis = place.mark_ms // 10
            end = f"{centis // 360000}:{centis // 6000 % 60:02d}:{centis // 100 % 60:02d}." \
                  f"{centis % 100:02d}"
            lines.insert(at, f"Dialogue: 0,0:00:00.00,{end},Default,,0,0,0,,{mark}")
        out.append("\n".join(lines))
    if not any(section[0].strip().lower() == "[script info]" for section in sections):
        raise ValueError("not an ASS file: no [Script Info]")
    return "\n".join(out).encode("utf-8")


def read_ass(content: bytes) -> list[str]:
    """Every AIGC value in an ASS's [Script Info] fields."""
    field = containers().subtitles.ass_field + ":"
    found: list[str] = []
    for section in _ass_sections(content.decode("utf-8-sig")):
        if section[0].strip().lower() == "[script info]":
            found += [line[len(field):].strip() for line in section if line.startswith(field)]
    return found


def read_ass_marks(content: bytes) -> list[str]:
    """The text of every Dialogue line of an ASS that is an explicit mark."""
    known = mark_texts()
    return [text for line in content.decode("utf-8-sig").splitlines()
            if (text := _ass_dialogue_text(line)) in known]
