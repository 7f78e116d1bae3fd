"""AI-generated content labels: the rule pack (packs/labels/rules.toml), AIGC metadata, checks.

The implicit label is one JSON value under the MP4 key `AIGC`; `mux` writes it and
`verify_aigc` reads the file back, because ffmpeg can drop it without an error.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from microdrama.errors import DramaError
from microdrama.media.mp4meta import metadata_items
from microdrama.packs import load_pack


class LabelError(DramaError):
    """A file's AI label is missing or differs from what was written."""

    def __init__(self, message: str, *, file: str | Path) -> None:
        self.file = str(file)
        super().__init__(f"{self.file}: {message}")


@dataclass(frozen=True)
class LabelRule:
    """The labelling rule from packs/labels/rules.toml."""

    version: str
    text_zh: str
    text_en: str
    min_height_of_shortest_side: float
    min_seconds: float
    key: str
    fields: tuple[str, ...]
    label_values: tuple[str, ...]
    allowed_first: str
    allowed_last: str
    forbidden: frozenset[str]
    sources: tuple[str, ...]

    def min_text_height(self, width: int, height: int) -> int:
        """Smallest visible-label text height in pixels for a width×height frame."""
        return math.ceil(round(self.min_height_of_shortest_side * min(width, height), 6))

    def allowed(self, value: str) -> bool:
        """Whether `value` uses only the characters allowed in AIGC fields."""
        return all(
            self.allowed_first <= ch <= self.allowed_last and ch not in self.forbidden
            for ch in value
        )


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class VisibleLabel(_Table):
    """The visible mark on video: its text, size and time on screen."""

    text: dict[str, str]
    must_contain_any: list[str]
    must_contain_also_any: list[str]
    position: str
    min_height_of_shortest_side: float
    min_seconds: float
    source: str


class MetadataLabel(_Table):
    """The implicit label in MP4 metadata: key, field order, allowed characters."""

    key: str
    box_path: str
    fields: list[str]
    label_values: dict[str, str]
    allowed_chars_first: str = Field(min_length=1, max_length=1)
    allowed_chars_last: str = Field(min_length=1, max_length=1)
    forbidden_chars: list[str]
    source: str


class AudioLabel(_Table):
    """The audio's explicit label: a rhythm of tones (``.`` short, ``-`` long)."""

    pattern: str = Field(pattern=r"^[.\- ]+$")
    unit_ms: int = Field(gt=0)
    tone_hz: float = Field(gt=0)
    level_dbfs: float = Field(lt=0)
    fade_ms: int = Field(ge=0)
    position: str
    source: str

    def tones(self) -> list[tuple[int, int]]:
        """(start_ms, end_ms) of each tone, Morse timing: dash 3 units, gap 1 inside a
        letter, 3 between letters (a space)."""
        tones, at = [], 0
        for letter in self.pattern.split():
            for symbol in letter:
                length = self.unit_ms * (1 if symbol == "." else 3)
                tones.append((at, at + length))
                at += length + self.unit_ms
            at += 2 * self.unit_ms  # 3 units between letters, one already added
        return tones


class LabelPack(_Table):
    """Schema of ``packs/labels/rules.toml``."""

    version: str
    in_force: str
    sources: list[str]
    explicit: dict[str, VisibleLabel]
    implicit: dict[str, MetadataLabel]
    audio: AudioLabel


@cache
def audio_label_rule() -> AudioLabel:
    """The audio label's rhythm from packs/labels/rules.toml."""
    return load_pack("labels", "rules", LabelPack).audio


@cache
def label_rule() -> LabelRule:
    """The labelling rule of the pack packs/labels/rules.toml."""
    pack = load_pack("labels", "rules", LabelPack)
    video, mp4 = pack.explicit["video"], pack.implicit["mp4"]
    return LabelRule(
        version=pack.version,
        text_zh=video.text["zh"],
        text_en=video.text["en"],
        min_height_of_shortest_side=video.min_height_of_shortest_side,
        min_seconds=video.min_seconds,
        key=mp4.key,
        fields=tuple(mp4.fields),
        label_values=tuple(mp4.label_values),
        allowed_first=mp4.allowed_chars_first,
        allowed_last=mp4.allowed_chars_last,
        forbidden=frozenset(mp4.forbidden_chars),
        sources=tuple(pack.sources),
    )


def aigc_metadata(producer: str, produce_id: str, *, label: str = "1") -> str:
    """The exact AIGC JSON for a first write (the propagator is the producer).

    Raises ValueError when a value is empty or uses characters outside printable
    ASCII without space, `"` or `\\`, or when `label` is not a known Label value.
    """
    rule = label_rule()
    if label not in rule.label_values:
        raise ValueError(f"AIGC Label must be one of {list(rule.label_values)}, got {label!r}")
    for name, value in (("producer", producer), ("produce_id", produce_id)):
        if not value or not rule.allowed(value):
            raise ValueError(
                f"AIGC {name} {value!r} must be non-empty printable ASCII without space, '\"' or '\\'"
            )
    values = [label, producer, produce_id, "", producer, produce_id, ""]
    body = dict(zip(rule.fields, values, strict=True))
    return json.dumps({rule.key: body}, separators=(",", ":"), ensure_ascii=True)


def verify_aigc(path: Path, expected: str) -> None:
    """Read the file back: exactly one AIGC item, equal to `expected`, or LabelError."""
    key = label_rule().key
    try:
        found = [value for name, value in metadata_items(Path(path)) if name == key]
    except OSError as error:
        raise LabelError(f"cannot read the {key} label: {error}", file=path) from error
    if not found:
        raise LabelError(
            f"no {key} metadata label (ffmpeg needs -movflags use_metadata_tags)", file=path
        )
    if len(found) > 1:
        raise LabelError(f"{len(found)} {key} labels; a file carries exactly one", file=path)
    if found[0] != expected:
        raise LabelError(f"{key} label is {found[0]!r}, expected {expected!r}", file=path)
