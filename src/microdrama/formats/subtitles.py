"""Subtitle cues: making them from timed dialogue, checking them, writing SRT/WebVTT/ASS.

Every rule number lives in the pack ``packs/subtitles/profiles.toml`` with its source; this module
only applies them. Our :class:`Cue` is the source of truth — the file formats are
written from it and never read back into it.

Profiles and the caption layout are loaded in :mod:`microdrama.formats.subtitle_profiles`
and line breaking lives in :mod:`microdrama.formats.linebreak`; their public names are
re-exported here, so ``from microdrama.formats.subtitles import break_text`` keeps working.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from microdrama.domain.findings import Finding, Severity
from microdrama.errors import InputError
from microdrama.formats.linebreak import break_text as break_text
from microdrama.formats.subtitle_profiles import CaptionLayout as CaptionLayout
from microdrama.formats.subtitle_profiles import SafeZone as SafeZone
from microdrama.formats.subtitle_profiles import SubtitleProfile as SubtitleProfile
from microdrama.formats.subtitle_profiles import caption_layout as caption_layout
from microdrama.formats.subtitle_profiles import font_face as font_face
from microdrama.formats.subtitle_profiles import font_file_name as font_file_name
from microdrama.formats.subtitle_profiles import label_min_height as label_min_height
from microdrama.formats.subtitle_profiles import load_profile as load_profile


@dataclass(frozen=True)
class Cue:
    """One subtitle event; ``text`` holds its lines (at most two) joined by ``\\n``."""

    id: str
    start_ms: int
    end_ms: int
    text: str
    speaker: str = ""

    @property
    def lines(self) -> list[str]:
        """The displayed lines."""
        return self.text.split("\n")

    @property
    def duration_ms(self) -> int:
        """How long the cue is on screen."""
        return self.end_ms - self.start_ms


@dataclass(frozen=True)
class SpokenLine:
    """A line of dialogue with the real timing of its audio (speech start and end)."""

    line_id: str
    text: str
    speaker: str
    start_ms: int
    end_ms: int
    names: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.start_ms < 0 or self.end_ms <= self.start_ms:
            raise InputError(
                f"speech timing {self.start_ms}–{self.end_ms} ms is empty or negative",
                where=f"line {self.line_id}",
                fix="give start_ms ≥ 0 and end_ms > start_ms from the voice track",
            )


# --- timing --------------------------------------------------------------------------


def _share(
    start: int, end: int, widths: list[float], profile: SubtitleProfile
) -> list[tuple[int, int]]:
    """Spread ``[start, end]`` over cues in proportion to their widths, with floors."""
    n, gap = len(widths), profile.min_gap_ms
    span = end - start
    if n == 1:
        return [(start, end)]
    total = sum(widths) or 1.0
    # Slot k covers cue k and the gap after it. Sharing the whole span (speech plus any
    # reading-time linger) keeps every cue at the line's reading speed; boundaries drift
    # behind the speech by at most the linger.
    shown = span - (n - 1) * gap
    slots = [shown * w / total + (gap if k < n - 1 else 0) for k, w in enumerate(widths)]
    floors = [float(profile.min_duration_ms + gap)] * (n - 1) + [float(profile.min_duration_ms)]
    if sum(floors) > span:
        floors = [min(f, span / n) for f in floors]
    fixed = [False] * n
    for _ in range(n):
        low = [k for k in range(n) if not fixed[k] and slots[k] < floors[k]]
        if not low:
            break
        for k in low:
            slots[k], fixed[k] = floors[k], True
        free = [k for k in range(n) if not fixed[k]]
        rest = span - sum(slots[k] for k in range(n) if fixed[k])
        have = sum(slots[k] for k in free)
        for k in free:
            slots[k] = slots[k] * rest / have if have > 0 else rest / len(free)
    effective_gap = gap if span >= n * (gap + 1) else max(0, (span - n) // max(1, n - 1))
    cues, cursor, acc = [], start, 0.0
    for k in range(n):
        acc += slots[k]
        bound = end if k == n - 1 else start + round(acc)
        cue_end = bound if k == n - 1 else bound - effective_gap
        cue_end = max(cue_end, cursor + 1)
        cues.append((cursor, cue_end))
        cursor = max(bound, cue_end + (0 if k == n - 1 else effective_gap))
    return cues


def make_cues(lines: Sequence[SpokenLine], language: str, *, vertical: bool = True) -> list[Cue]:
    """Subtitle cues for timed dialogue lines, obeying the language's profile.

    A cue starts on the first frame of speech and may run up to ``linger_ms`` past it (for
    reading time or the minimum duration) but never into the next line minus the minimum
    gap; gaps of ``close_gap_ms`` or less are closed to the minimum gap. A line too long
    for one cue becomes consecutive cues ``<id>``, ``<id>-2``, … with time shared in
    proportion to their characters.
    """
    profile = load_profile(language, vertical)
    ordered = sorted(lines, key=lambda line: (line.start_ms, line.end_ms))
    cues: list[Cue] = []
    for index, line in enumerate(ordered):
        next_start = ordered[index + 1].start_ms if index + 1 < len(ordered) else None
        limit = next_start - profile.min_gap_ms if next_start is not None else None
        start, speech_end = line.start_ms, line.end_ms
        rough_end = speech_end + profile.linger_ms
        window = (min(rough_end, limit) if limit is not None else rough_end) - start
        texts = break_text(
            line.text, language, vertical=vertical, names=line.names, window_ms=max(window, 1)
        )
        if not texts:
            continue
        widths = [profile.width(t) for t in texts]
        n = len(texts)
        # Time every cue needs (reading time, at least the minimum duration; 1 ms of
        # rounding each) plus the gaps between them; the linger may pay for it.
        need = (
            sum(max(math.ceil(w * 1000 / profile.cps) + 1, profile.min_duration_ms) for w in widths)
            + (n - 1) * profile.min_gap_ms
        )
        end = max(speech_end, min(speech_end + profile.linger_ms, start + need))
        end = max(end, start + n * profile.min_duration_ms + (n - 1) * profile.min_gap_ms)
        if limit is not None:
            end = min(end, limit)
        end = max(end, start + 1)
        timed = _share(start, end, widths, profile)
        timed = [(s, min(e, s + profile.max_duration_ms)) for s, e in timed]
        last_start, last_end = timed[-1]
        if (
            next_start is not None
            and limit is not None
            and profile.min_gap_ms < next_start - last_end <= profile.close_gap_ms
            and limit - last_start <= profile.max_duration_ms
        ):
            timed[-1] = (last_start, limit)
        for k, (text, (cue_start, cue_end)) in enumerate(zip(texts, timed, strict=True)):
            ident = line.line_id if k == 0 else f"{line.line_id}-{k + 1}"
            cues.append(Cue(ident, cue_start, cue_end, text, line.speaker))
    return cues


# --- checks --------------------------------------------------------------------------


def check_cues(cues: Sequence[Cue], language: str, *, vertical: bool = True) -> list[Finding]:
    """Findings for every cue that breaks the language's subtitle rules."""
    profile = load_profile(language, vertical)
    findings: list[Finding] = []

    def add(rule: str, severity: Severity, cue: Cue, message: str, fix: str) -> None:
        findings.append(
            Finding(
                rule=f"subtitle.{rule}", severity=severity, target=cue.id, message=message, fix=fix
            )
        )

    seen: set[str] = set()
    for cue in cues:
        if cue.id in seen:
            add("id", "error", cue, f"cue id {cue.id!r} is used twice", "give every cue its own id")
        seen.add(cue.id)
        lines = cue.lines
        if not cue.text.strip():
            add("text", "error", cue, "the cue has no text", "drop the cue or give it text")
        if len(lines) > profile.max_lines:
            add(
                "lines",
                "error",
                cue,
                f"{len(lines)} lines (at most {profile.max_lines})",
                "split the cue in two",
            )
        for number, text in enumerate(lines, 1):
            width = profile.width(text)
            if width > profile.chars_per_line:
                add(
                    "line-length",
                    "error",
                    cue,
                    f"line {number} has {width:g} characters (at most {profile.chars_per_line})",
                    "break the line or split the cue",
                )
        duration = cue.duration_ms
        if duration <= 0:
            add(
                "timing",
                "error",
                cue,
                f"the cue ends at {cue.end_ms} ms, not after its start",
                "give the cue an end after its start",
            )
            continue
        if duration < profile.min_duration_ms:
            add(
                "duration",
                "warning",
                cue,
                f"on screen {duration} ms (at least {profile.min_duration_ms} ms)",
                "extend the out-time or merge with a neighbouring cue",
            )
        elif duration > profile.max_duration_ms:
            add(
                "duration",
                "warning",
                cue,
                f"on screen {duration} ms (at most {profile.max_duration_ms} ms)",
                "split the cue or end it earlier",
            )
        cps = profile.width(cue.text) * 1000 / duration
        if cps > profile.cps + 1e-9:
            add(
                "cps",
                "warning",
                cue,
                f"{cps:.1f} characters per second (at most {profile.cps:g})",
                "say it shorter, or give it more time",
            )
    ordered = sorted(cues, key=lambda cue: (cue.start_ms, cue.end_ms))
    for before, after in zip(ordered, ordered[1:], strict=False):
        gap = after.start_ms - before.end_ms
        if gap < 0:
            add(
                "gap",
                "error",
                after,
                f"overlaps cue {before.id} by {-gap} ms",
                "end the earlier cue before this one starts",
            )
        elif gap < profile.min_gap_ms:
            add(
                "gap",
                "error",
                after,
                f"{gap} ms after cue {before.id} (at least {profile.min_gap_ms} ms, 2 frames)",
                "end the earlier cue sooner",
            )
        elif (
            gap <= profile.close_gap_ms
            and gap > profile.min_gap_ms
            and after.start_ms - profile.min_gap_ms - before.start_ms <= profile.max_duration_ms
        ):
            add(
                "gap",
                "warning",
                after,
                f"{gap} ms after cue {before.id} flickers",
                f"close gaps of {profile.close_gap_ms} ms or less to {profile.min_gap_ms} ms",
            )
    return findings


# --- writers -------------------------------------------------------------------------


def _clean_lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def clock(ms: int, separator: str = ".") -> str:
    """``83450`` → ``00:01:23.450`` (SRT writes ``,`` before the milliseconds)."""
    ms = max(0, ms)
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def _srt_text(text: str) -> str:
    # SubRip has no escapes; players read <…> as HTML and {…} as ASS tags: use look-alikes.
    for plain, shown in (("<", "＜"), (">", "＞"), ("{", "｛"), ("}", "｝")):
        text = text.replace(plain, shown)
    return text


def write_srt(cues: Sequence[Cue]) -> str:
    """SubRip text for ``cues``, numbered from 1 in the given order."""
    blocks = []
    for number, cue in enumerate(cues, 1):
        timing = f"{clock(cue.start_ms, ',')} --> {clock(cue.end_ms, ',')}"
        lines = _clean_lines(_srt_text(cue.text))
        blocks.append("\n".join([str(number), timing, *lines]) + "\n")
    return "\n".join(blocks)


def _percent(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") + "%"


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_vtt(
    cues: Sequence[Cue], *, width: int = 1080, height: int = 1920, placement: bool = True
) -> str:
    """WebVTT text; cue settings put the text in the lower-middle band above the bottom
    safe zone (``line`` is the band's bottom edge) and between the side safe zones."""
    settings = ""
    if placement:
        layout = caption_layout(width, height)
        settings = (
            f" line:{_percent(100 * layout.band_bottom / height)},end"
            f" position:{_percent(100 * layout.center_x / width)},center"
            f" size:{_percent(100 * layout.band_width / width)} align:center"
        )
    blocks = ["WEBVTT\n"]
    for cue in cues:
        lines = [_vtt_escape(line) for line in _clean_lines(cue.text)]
        if cue.speaker and lines:
            lines[0] = f"<v {_vtt_escape(cue.speaker)}>{lines[0]}"
            lines[-1] += "</v>"
        ident = cue.id.replace("-->", "->").replace("\n", " ")
        timing = f"{clock(cue.start_ms, '.')} --> {clock(cue.end_ms, '.')}{settings}"
        blocks.append("\n".join([ident, timing, *lines]) + "\n")
    return "\n".join(blocks)


def _ass_clock(ms: int) -> str:
    centis = (max(0, ms) + 5) // 10
    hours, rest = divmod(centis, 360_000)
    minutes, rest = divmod(rest, 6000)
    seconds, centis = divmod(rest, 100)
    return f"{hours:d}:{minutes:02d}:{seconds:02d}.{centis:02d}"


def _ass_text(text: str) -> str:
    # ASS has no portable escape for override braces or backslashes: use look-alikes.
    text = text.replace("\\", "＼").replace("{", "｛").replace("}", "｝")
    return r"\N".join(_clean_lines(text))


def _ass_colour(hex_rgb: str, alpha: int = 0) -> str:
    value = hex_rgb.lstrip("#")
    if not re.fullmatch(r"[0-9a-fA-F]{6}", value):
        raise InputError(f"colour {hex_rgb!r} is not #RRGGBB", fix="write colours like #ffd166")
    red, green, blue = value[0:2], value[2:4], value[4:6]
    return f"&H{alpha:02X}{blue}{green}{red}".upper()


def _ass_name(text: str) -> str:
    return re.sub(r"[,\n]", " ", text).strip() or "Speaker"


def write_ass(
    cues: Sequence[Cue],
    *,
    language: str,
    width: int = 1080,
    height: int = 1920,
    font_name: str | None = None,
    speaker_colours: Mapping[str, str] | None = None,
) -> str:
    """Advanced SubStation Alpha for burn-in: PlayRes = frame, text above the bottom
    safe zone, outline and shadow for readability, one style per coloured speaker."""
    layout = caption_layout(width, height)
    family = font_name or font_face(language)[1]
    white, black, shade = "&H00FFFFFF", "&H00000000", "&H80000000"

    def style(name: str, primary: str) -> str:
        return (
            f"Style: {name},{_ass_name(family)},{layout.ass_font_size},{primary},&H000000FF,"
            f"{black},{shade},0,0,0,0,100,100,0,0,1,{layout.outline_px},{layout.shadow_px},"
            f"2,{layout.safe.left},{layout.safe.right},{layout.safe.bottom},1"
        )

    colours = dict(speaker_colours or {})
    styles = [style("Default", white)]
    style_of: dict[str, str] = {}
    for speaker, colour in colours.items():
        name = f"Speaker {_ass_name(speaker)}"
        style_of[speaker] = name
        styles.append(style(name, _ass_colour(colour)))
    events = []
    for cue in cues:
        name = _ass_name(cue.speaker) if cue.speaker else ""
        events.append(
            f"Dialogue: 0,{_ass_clock(cue.start_ms)},{_ass_clock(cue.end_ms)},"
            f"{style_of.get(cue.speaker, 'Default')},{name},0,0,0,,{_ass_text(cue.text)}"
        )
    return "\n".join(
        [
            "[Script Info]",
            "; Written by microdrama",
            "ScriptType: v4.00+",
            f"PlayResX: {width}",
            f"PlayResY: {height}",
            "WrapStyle: 2",
            "ScaledBorderAndShadow: yes",
            "YCbCr Matrix: TV.709",
            "",
            "[V4+ Styles]",
            "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, "
            "BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, "
            "BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding",
            *styles,
            "",
            "[Events]",
            "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
            *events,
            "",
        ]
    )
