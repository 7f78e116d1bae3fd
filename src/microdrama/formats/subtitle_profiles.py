"""Subtitle profiles: the rule numbers of one language, and the burned-in caption layout.

Reads the pack ``packs/subtitles/profiles.toml`` (every number there carries its source;
schema :class:`SubtitlePack`) into a
:class:`SubtitleProfile` per language and orientation, a :class:`CaptionLayout` per
frame size, the AI label's minimum height and the bundled font's faces. Line breaking
(:mod:`microdrama.formats.linebreak`) and cues, checks and writers
(:mod:`microdrama.formats.subtitles`) apply these numbers; this module only loads them.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from microdrama.errors import InputError
from microdrama.packs import load_pack


@dataclass(frozen=True)
class SubtitleProfile:
    """Subtitle rules for one language, horizontal sidecar or vertical burned-in."""

    language: str
    vertical: bool
    chars_per_line: int
    preferred_chars_per_line: int
    max_lines: int
    preferred_lines: int
    cps: float
    cps_child: float
    min_duration_ms: int
    max_duration_ms: int
    min_gap_ms: int
    close_gap_ms: int
    linger_ms: int
    breaks: str
    half_width_weight: float
    script: str
    glue_after: frozenset[str]
    break_before: frozenset[str]
    no_break_before: str
    break_after: str
    version: str
    source: str

    def width(self, text: str) -> float:
        """Line length as the language counts it (half-width may count 0.5, marks 0)."""
        total = 0.0
        for ch in text:
            if ch == "\n" or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
                continue
            half = unicodedata.east_asian_width(ch) in ("Na", "H", "N")
            total += self.half_width_weight if half else 1.0
        return total


@dataclass(frozen=True)
class SafeZone:
    """Pixels at each edge of the frame that platform UI may cover."""

    top: int
    bottom: int
    left: int
    right: int


@dataclass(frozen=True)
class CaptionLayout:
    """Where and how big burned-in subtitles are drawn on one frame size."""

    width: int
    height: int
    safe: SafeZone
    text_px: int
    outline_px: int
    shadow_px: int
    line_pitch_px: int
    ass_font_size: int

    @property
    def band_left(self) -> int:
        """Left edge of the text band."""
        return self.safe.left

    @property
    def band_right(self) -> int:
        """Right edge of the text band."""
        return self.width - self.safe.right

    @property
    def band_width(self) -> int:
        """Width available to a line of text."""
        return self.band_right - self.band_left

    @property
    def band_bottom(self) -> int:
        """The lowest pixel row text may use (top of the bottom safe zone)."""
        return self.height - self.safe.bottom

    @property
    def center_x(self) -> int:
        """Horizontal centre of the text band."""
        return (self.band_left + self.band_right) // 2


Number = int | float


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Timing(_Table):
    """Cue timing shared by every language (Netflix general requirements)."""

    min_duration_ms: int
    max_duration_ms: int
    min_gap_frames: int
    fps: int
    close_gap_ms: int
    linger_ms: int
    max_lines: int
    source: str


class LanguageRules(_Table):
    """Line length, reading speed and line-break words of one language."""

    chars_per_line: int
    cps: Number
    cps_child: Number
    breaks: Literal["spaces", "chars"]
    half_width_weight: Number
    script: Literal["cjk", "latin"]
    source: str
    glue_after: list[str] | None = None
    break_before: list[str] | None = None
    no_break_before: str | None = None
    break_after: str | None = None


class VerticalText(_Table):
    """Burned-in text size, outline and spacing as shares of the picture and the text."""

    height_ratio: Number
    height_tolerance: Number
    fit_chars_per_line: int
    outline_ratio: Number
    shadow_ratio: Number
    line_spacing: Number
    ass_cell_per_em: Number
    source: str


class SafeZoneRule(_Table):
    """Platform UI margins on the reference frame, scaled to others."""

    reference_width: int
    reference_height: int
    top: int
    bottom: int
    right: int
    left: int
    source: str


class Vertical(_Table):
    """The 9:16 burned-in profile."""

    chars_per_line: dict[Literal["cjk", "latin"], int]
    preferred_chars_per_line: dict[Literal["cjk", "latin"], int]
    max_lines: int
    preferred_lines: int
    source: str
    text: VerticalText
    safe_zone: SafeZoneRule


class LabelSize(_Table):
    """The visible AI label's minimum text height."""

    min_height_ratio: Number
    source: str


class Fonts(_Table):
    """Faces of the bundled CJK font collection per language."""

    file: str
    default_face: int
    faces: dict[str, int]
    default_family: str
    families: dict[str, str]
    system: dict[str, str] = {}


class SubtitlePack(_Table):
    """Schema of ``packs/subtitles/profiles.toml``."""

    version: str
    timing: Timing
    languages: dict[str, LanguageRules]
    aliases: dict[str, str]
    vertical: Vertical
    label: LabelSize
    fonts: Fonts


@cache
def _pack() -> dict[str, Any]:
    # The rules read as the table they are written as (only the keys the file sets).
    return load_pack("subtitles", "profiles", SubtitlePack).model_dump(exclude_unset=True)


def _language_key(language: str) -> str:
    pack = _pack()
    key = language.strip().lower().replace("_", "-")
    key = str(pack["aliases"].get(key, key))
    if key in pack["languages"]:
        return key
    base = key.split("-")[0]
    base = str(pack["aliases"].get(base, base))
    if base in pack["languages"]:
        return str(base)
    known = ", ".join(sorted(pack["languages"]))
    raise InputError(
        f"no subtitle profile for language {language!r}",
        where="microdrama/packs/subtitles/profiles.toml",
        fix=f"use one of {known}, or add a [languages.{key}] table with its sources",
    )


@cache
def load_profile(language: str, vertical: bool = False) -> SubtitleProfile:
    """Subtitle rules for ``language``; ``vertical`` gives the 9:16 burned-in profile."""
    pack = _pack()
    key = _language_key(language)
    lang, timing = pack["languages"][key], pack["timing"]
    cpl = pref = int(lang["chars_per_line"])
    max_lines, preferred_lines = int(timing["max_lines"]), 1
    source = f"{lang['source']}; {timing['source']}"
    if vertical:
        vert = pack["vertical"]
        cpl = min(cpl, int(vert["chars_per_line"][lang["script"]]))
        pref = min(cpl, int(vert["preferred_chars_per_line"][lang["script"]]))
        max_lines = min(max_lines, int(vert["max_lines"]))
        preferred_lines = int(vert["preferred_lines"])
        source += f"; {vert['source']}"
    fps, frames = int(timing["fps"]), int(timing["min_gap_frames"])
    return SubtitleProfile(
        language=key,
        vertical=vertical,
        chars_per_line=cpl,
        preferred_chars_per_line=pref,
        max_lines=max_lines,
        preferred_lines=preferred_lines,
        cps=float(lang["cps"]),
        cps_child=float(lang["cps_child"]),
        min_duration_ms=int(timing["min_duration_ms"]),
        max_duration_ms=int(timing["max_duration_ms"]),
        min_gap_ms=math.ceil(frames * 1000 / fps),
        close_gap_ms=int(timing["close_gap_ms"]),
        linger_ms=int(timing["linger_ms"]),
        breaks=str(lang["breaks"]),
        half_width_weight=float(lang["half_width_weight"]),
        script=str(lang["script"]),
        glue_after=frozenset(lang.get("glue_after", ())),
        break_before=frozenset(lang.get("break_before", ())),
        no_break_before=str(lang.get("no_break_before", "")),
        break_after=str(lang.get("break_after", "")),
        version=str(pack["version"]),
        source=source,
    )


@cache
def caption_layout(width: int = 1080, height: int = 1920) -> CaptionLayout:
    """Safe zones, text size, outline and line pitch for burned-in text on this frame."""
    vert = _pack()["vertical"]
    zone, text = vert["safe_zone"], vert["text"]
    sx, sy = width / zone["reference_width"], height / zone["reference_height"]
    safe = SafeZone(
        top=round(zone["top"] * sy),
        bottom=round(zone["bottom"] * sy),
        left=round(zone["left"] * sx),
        right=round(zone["right"] * sx),
    )
    band = width - safe.left - safe.right
    size = min(round(height * text["height_ratio"]), band // int(text["fit_chars_per_line"]))
    size = max(size, 8)
    return CaptionLayout(
        width=width,
        height=height,
        safe=safe,
        text_px=size,
        outline_px=max(1, round(size * text["outline_ratio"])),
        shadow_px=max(1, round(size * text["shadow_ratio"])),
        line_pitch_px=round(size * text["line_spacing"]),
        ass_font_size=round(size * text["ass_cell_per_em"]),
    )


def label_min_height(width: int, height: int) -> int:
    """Smallest allowed text height of the visible AI label on a ``width``×``height`` frame."""
    return math.ceil(min(width, height) * float(_pack()["label"]["min_height_ratio"]))


def font_face(language: str) -> tuple[int, str]:
    """Face index in the bundled Noto Sans CJK collection and its family name."""
    fonts = _pack()["fonts"]
    key = language.strip().lower().replace("_", "-")
    key = _pack()["aliases"].get(key, key)
    if key not in fonts["faces"]:
        key = key.split("-")[0]
    index = int(fonts["faces"].get(key, fonts["default_face"]))
    return index, str(fonts["families"].get(key, fonts["default_family"]))


def system_family(language: str) -> str | None:
    """The system font family ``language`` needs (a script the CJK collection lacks)."""
    system = _pack()["fonts"].get("system", {})
    key = language.strip().lower().replace("_", "-")
    key = _pack()["aliases"].get(key, key)
    return system.get(key) or system.get(key.split("-")[0])


def font_file_name() -> str:
    """File name of the bundled Noto Sans CJK collection."""
    return str(_pack()["fonts"]["file"])
