"""User-supplied assets (assets/ in the project): a font and a logo, checked on use.

- ``assets/fonts/*.ttf|otf|ttc``: the first (by name) replaces the built-in font for
  subtitles, the AI label and the cover (it must cover the series' script).
- ``assets/logo.png``: drawn in the cover's top-right corner.
- ``assets/characters/<character-id>.png``: the character's reference sheet, used
  instead of a painted one (AI painters keep the character's identity by it).

A file that cannot be read is an InputError naming it and the fix; nothing is written.
So is one in a form these are not read in (a logo.jpg, a character's .webp, a .woff
font), which would otherwise be passed over without a word.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageFont, UnidentifiedImageError

from microdrama.errors import InputError

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
_WEB_FONTS = (".woff", ".woff2", ".eot", ".pfb", ".fon")
#: Pictures in another form than the PNG these are read as.
_OTHER_PICTURES = (".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".svg", ".heic",
                   ".avif")


def project_font(root: Path) -> Path | None:
    """The user's font, checked to load, or None when assets/fonts/ has none."""
    folder = root / "assets" / "fonts"
    if not folder.is_dir():
        return None
    fonts = sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)
    if not fonts:
        other = sorted(p for p in folder.iterdir() if p.suffix.lower() in _WEB_FONTS)
        if other:
            raise InputError(f"a {other[0].suffix} font cannot be drawn with", file=other[0],
                             fix="put the TrueType/OpenType file (.ttf, .otf or .ttc) of the "
                             "font in assets/fonts/ instead")
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
        _no_other_form(path)
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
        _no_other_form(path)
        return None
    _check_image(path)
    return path


def _no_other_form(path: Path) -> None:
    """An InputError when ``path`` is missing but the same picture is there in another
    form (logo.jpg for logo.png), so it is not passed over silently."""
    if not path.parent.is_dir():
        return
    for other in sorted(path.parent.iterdir()):
        if other.stem == path.stem and other.suffix.lower() in _OTHER_PICTURES:
            raise InputError(f"the picture must be a PNG to be used: found {other.name}",
                             file=other, fix=f"save it as {path.name} in the same folder")
