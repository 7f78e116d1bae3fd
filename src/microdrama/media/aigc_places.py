"""Where the implicit AIGC label goes per container, and the explicit text mark: the
pack packs/labels/containers.toml (each place with its source) read once."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict

from microdrama.media.label import label_rule
from microdrama.packs import load_pack


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Mp4Place(_Table):
    """Where the label is in MP4 files."""

    place: str
    source: str


class WavPlace(_Table):
    """The RIFF chunk of WAV files."""

    chunk_id: str
    source: str


class XmpPlace(_Table):
    """The XMP property of images, and how PNG and JPEG carry XMP."""

    namespace: str
    prefix: str
    property: str
    png_keyword: str
    jpeg_header: str
    source: str


class SubtitlePlace(_Table):
    """The explicit mark of sidecar subtitles and where their implicit label goes."""

    mark_ms: int
    vtt_note: str
    ass_field: str
    source: str


class ContainerPack(_Table):
    """Schema of ``packs/labels/containers.toml``."""

    version: str
    sources: list[str]
    producer: str
    mp4: Mp4Place
    wav: WavPlace
    xmp: XmpPlace
    subtitles: SubtitlePlace


@cache
def containers() -> ContainerPack:
    """Where the label goes per container (packs/labels/containers.toml)."""
    return load_pack("labels", "containers", ContainerPack)


def mark_text(language: str) -> str:
    """The explicit text mark for a language (the video label's text)."""
    rule = label_rule()
    return rule.text_zh if language.lower().startswith("zh") else rule.text_en


def marks() -> frozenset[str]:
    """Every language's mark text (what a mark cue is recognised by)."""
    rule = label_rule()
    return frozenset({rule.text_zh, rule.text_en})
