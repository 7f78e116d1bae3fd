"""The bundled CJK font and the overlays drawn with it: burned-in captions, AI label.

Both overlays are full-frame transparent RGBA images that the video compositor lays
over the picture. Sizes and safe zones come from the pack ``packs/subtitles/profiles.toml``.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from microdrama.errors import DramaError, InputError
from microdrama.formats.subtitle_profiles import system_family
from microdrama.formats.subtitles import (
    caption_layout,
    font_face,
    font_file_name,
    label_min_height,
)

_PACKAGE = "noto-cjk-sans-otc"
_MODULE = "noto_cjk_sans_otc"
_WHITE = (255, 255, 255, 255)
_OUTLINE = (0, 0, 0, 255)
_SHADOW = (0, 0, 0, 140)


class FontMissingError(DramaError):
    """The bundled Noto Sans CJK font cannot be found."""

    def __init__(self, looked: str) -> None:
        self.looked = looked
        super().__init__(
            f"Noto Sans CJK font not found (looked in {looked}). "
            f"Fix: install it with `pip install {_PACKAGE}` in microdrama's environment."
        )


@cache
def cjk_font_path() -> Path:
    """Path of the Noto Sans CJK collection (.ttc) shipped in ``noto-cjk-sans-otc``."""
    try:
        root = resources.files(_MODULE)
    except ModuleNotFoundError:
        raise FontMissingError(f"the Python package {_MODULE}") from None
    path = Path(str(root.joinpath(font_file_name())))
    if not path.is_file():
        raise FontMissingError(str(path))
    return path


@cache
def system_font_path(family: str) -> Path:
    """The file of an installed font ``family`` (fontconfig), or InputError with the fix."""
    import subprocess

    try:
        found = subprocess.run(["fc-match", "-f", "%{family}|%{file}", family],
                               capture_output=True, text=True, check=False, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        found = ""
    families, _, file = found.partition("|")
    if family.lower() not in families.lower() or not Path(file).is_file():
        raise InputError(f"the font {family!r} is not installed", where="text of this locale",
                         fix="run `bash scripts/install-browser.sh` (Debian's fonts-noto-core), "
                         "or put a font that draws this script in the project's assets/fonts/")
    return Path(file)


@lru_cache(maxsize=16)
def _characters(font_file: str) -> frozenset[int]:
    """The code points ``font_file`` has glyphs for (its first face, as Pillow loads it)."""
    from fontTools.ttLib import TTFont

    with TTFont(font_file, fontNumber=0, lazy=True) as font:
        return frozenset(font.getBestCmap() or {})


def drawn_by(font_file: str | None, text: str) -> str | None:
    """``font_file`` when it has a glyph for every character of ``text`` (spaces aside),
    else None: the built-in face draws that text, so a user's Latin-only font never turns
    a Chinese caption, an Arabic locale's words or the AI label into empty boxes."""
    if not font_file:
        return None
    try:
        known = _characters(font_file)
    except Exception:  # a face fontTools cannot read but Pillow did: Pillow draws it
        return font_file
    return font_file if all(ord(c) in known for c in text if not c.isspace()) else None


def not_drawn(font_file: str | Path | None, texts: list[str]) -> list[str]:
    """The ``texts`` the user's ``font_file`` cannot draw whole (the built-in face draws
    them): for cache keys, so a render whose text changed face is made again."""
    if not font_file:
        return []
    return [text for text in texts if text.strip() and drawn_by(str(font_file), text) is None]


@lru_cache(maxsize=64)
def load_font(size: int, language: str, font_file: str | None = None) -> ImageFont.FreeTypeFont:
    """The Noto Sans CJK face for ``language`` at ``size`` px (its Latin serves en too),
    or the user's ``font_file`` (from the project's assets/fonts/) when given.

    zh → Simplified Chinese face; zh-hant, ja, ko → their own faces; others → SC.
    """
    if font_file:
        return ImageFont.truetype(font_file, size)
    family = system_family(language)
    if family:  # Arabic, Thai, Devanagari: a system face, shaped by raqm
        return ImageFont.truetype(str(system_font_path(family)), size)
    index, _family = font_face(language)
    return ImageFont.truetype(str(cjk_font_path()), size, index=index)


def _fit(text_lines: list[str], language: str, size: int, room: int, stroke: int,
         font_file: str | None = None) -> int:
    """Largest size ≤ ``size`` at which every line fits ``room`` pixels."""
    widest = max(load_font(size, language, font_file).getlength(line) for line in text_lines)
    if widest + 2 * stroke <= room:
        return size
    return max(8, math.floor(size * (room - 2 * stroke) / widest))


def render_caption(
    text: str,
    *,
    language: str,
    width: int = 1080,
    height: int = 1920,
    size: int | None = None,
    font_file: str | None = None,
) -> Image.Image:
    """A transparent full frame with ``text`` (≤ 2 lines, ``\\n``-separated) drawn for burn-in.

    White text, dark outline and soft shadow, centred in the band between the side safe
    zones, its last line sitting just above the bottom safe zone. The default size is the
    profile's text height; lines too wide for the band are drawn smaller, never clipped.
    """
    layout = caption_layout(width, height)
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return image
    font_file = drawn_by(font_file, "".join(lines))
    size = size or layout.text_px
    stroke = max(1, round(size * layout.outline_px / layout.text_px))
    size = _fit(lines, language, size, layout.band_width, stroke, font_file)
    stroke = max(1, round(size * layout.outline_px / layout.text_px))
    shadow = max(1, round(size * layout.shadow_px / layout.text_px))
    pitch = round(size * layout.line_pitch_px / layout.text_px)
    font = load_font(size, language, font_file)
    _ascent, descent = font.getmetrics()
    baseline = layout.band_bottom - descent - stroke
    shade, draw = ImageDraw.Draw(image), ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        y = baseline - pitch * (len(lines) - 1 - number)
        shade.text(
            (layout.center_x + shadow, y + shadow),
            line,
            font=font,
            anchor="ms",
            fill=_SHADOW,
            stroke_width=stroke,
            stroke_fill=_SHADOW,
        )
    for number, line in enumerate(lines):
        y = baseline - pitch * (len(lines) - 1 - number)
        draw.text(
            (layout.center_x, y),
            line,
            font=font,
            anchor="ms",
            fill=_WHITE,
            stroke_width=stroke,
            stroke_fill=_OUTLINE,
        )
    return image


def _ink_height(text: str, font: ImageFont.FreeTypeFont) -> int:
    """Ink height of the characters that carry the label's size (capitals and CJK)."""
    tall = [ch for ch in text if ch.isupper() or ord(ch) >= 0x2E80] or [text]
    heights: list[int] = []
    for part in tall:
        left, top, right, bottom = font.getbbox(part, anchor="ls")
        if right > left:
            heights.append(round(bottom - top))
    return min(heights) if heights else 0


def label_font(
    text: str, *, width: int, height: int, language: str = "zh", font_file: str | None = None
) -> ImageFont.FreeTypeFont:
    """The smallest font whose capitals and CJK glyphs are at least the label height."""
    need = label_min_height(width, height)
    ink = _ink_height(text, load_font(need, language, font_file)) or need
    size = max(need, math.floor(need * need / ink) - 1)
    while _ink_height(text, load_font(size, language, font_file)) < need:
        size += 1
    return load_font(size, language, font_file)


def render_label(text: str, *, width: int, height: int, language: str = "zh",
                 font_file: str | None = None, sub: str = "") -> Image.Image:
    """A transparent full frame with the visible AI label (e.g. "AI生成") in the top-left
    corner, inside the safe zones, glyphs at least 5% of the frame's shortest side; ``sub``
    (the opening card's record number, for a release in China) under it, smaller."""
    layout = caption_layout(width, height)
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    if not text.strip():
        return image
    font_file = drawn_by(font_file, text + sub)
    font = label_font(text, width=width, height=height, language=language, font_file=font_file)
    stroke = max(2, round(font.size * layout.outline_px / layout.text_px))
    draw = ImageDraw.Draw(image)
    left, top, _right, _bottom = draw.textbbox(
        (0, 0), text, font=font, anchor="la", stroke_width=stroke
    )
    origin = (layout.safe.left - left, layout.safe.top - top)
    draw.text(
        origin, text, font=font, anchor="la", fill=_WHITE, stroke_width=stroke, stroke_fill=_OUTLINE
    )
    if sub.strip():
        small = load_font(max(12, font.size * 3 // 5), "zh", font_file)
        below = origin[1] + draw.textbbox(origin, text, font=font, anchor="la",
                                          stroke_width=stroke)[3] - origin[1] + font.size // 3
        draw.text((layout.safe.left, below), sub.strip(), font=small, anchor="la", fill=_WHITE,
                  stroke_width=max(1, stroke * 3 // 5), stroke_fill=_OUTLINE)
    return image
