"""User-supplied assets (assets/ in the project): a font and a logo, checked on use.

- ``assets/fonts/*.ttf|otf|ttc``: the first (by name) replaces the built-in font for
  subtitles, the AI label and the cover (it must cover the series' script).
- ``assets/logo.png``: drawn in the cover's top-right corner.
- ``assets/characters/<character-id>.png``: the character's reference sheet, used
  instead of a painted one (AI painters keep the character's identity by it).

A file that cannot be read is an InputError naming it and the fix; nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageFont, UnidentifiedImageError

from microdrama.errors import InputError

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def project_font(root: Path) -> Path | None:
    """The user's font, checked to load, or None when assets/fonts/ has none."""
    folder = root / "assets" / "fonts"
    if not folder.is_dir():
        return None
    fonts = sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)
    if not fonts:
        return None
    try:
        ImageFont.truetype(str(fonts[0]), 48)
    except OSError as error:
        raise InputError(
            f"cannot read the font ({error})", file=fonts[0],
            fix="replace it with a TrueType/OpenType font, or remove it to use the built-in font",
        ) from None
    return fonts[0]


def character_picture(root: Path, character: str) -> Path | None:
    """The user's picture of a character, checked to decode, or None when there is none."""
    path = root / "assets" / "characters" / f"{character}.png"
    if not path.is_file():
        return None
    _check_image(path)
    return path


def _check_image(path: Path) -> None:
    try:
        with Image.open(path) as image:
            image.load()
    except (OSError, UnidentifiedImageError, SyntaxError) as error:
        raise InputError(
            f"cannot read the image ({error})", file=path,
            fix="replace it with a valid PNG, or remove it",
        ) from None


def project_logo(root: Path) -> Path | None:
    """The user's logo, checked to decode, or None when there is none."""
    path = root / "assets" / "logo.png"
    if not path.is_file():
        return None
    _check_image(path)
    return path
