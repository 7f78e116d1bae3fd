"""Identity prompts: a bible character's fixed Look in plain English words.

AI painters keep a character the same from shot to shot by a reference sheet plus a
short description. The description is built here, once, from the bible, so every shot
and the reference sheet say exactly the same thing. Colours are named in words (image
models read "chestnut brown hair", not "#8c5a2b"), by the nearest entry of a small
per-feature palette, measured in CIE Lab so "nearest" is nearest to the eye.
"""

from __future__ import annotations

import hashlib
from functools import cache

from microdrama.domain import Character
from microdrama.domain.storyboard import Shot, ShotCharacter

Rgb = tuple[int, int, int]
Lab = tuple[float, float, float]

HAIR_COLORS: dict[str, str] = {
    "jet-black": "#141418",
    "black": "#26221f",
    "blue-black": "#232c40",
    "navy blue": "#2e3b66",
    "dark brown": "#3f281b",
    "chestnut brown": "#6e4226",
    "light brown": "#8c5a2b",
    "auburn": "#8a3b22",
    "wine-red": "#7a1f2b",
    "copper red": "#b5532a",
    "honey blonde": "#c9a66b",
    "golden blonde": "#d8b45a",
    "platinum blonde": "#e6dcc0",
    "ash grey": "#5b5b5b",
    "silver-grey": "#a8a8ac",
    "white": "#ecebe6",
    "pink": "#e3a0b8",
    "lavender": "#a890c8",
}
EYE_COLORS: dict[str, str] = {
    "black": "#1c1c1c",
    "dark brown": "#3b2a1e",
    "brown": "#5a4632",
    "amber": "#a0702a",
    "hazel": "#7a6a3a",
    "green": "#3a6a3a",
    "dark green": "#2f4a2f",
    "dark blue-grey": "#1e2a3b",
    "blue": "#3a6aa8",
    "grey": "#7a8088",
}
SKIN_TONES: dict[str, str] = {
    "porcelain": "#f8e4d6",
    "fair": "#f1d3bc",
    "light": "#e8c1a0",
    "light olive": "#d8b890",
    "warm beige": "#d9a982",
    "tan": "#c48b63",
    "golden brown": "#b97a56",
    "brown": "#8d5a3b",
    "deep brown": "#5c3a26",
}
CLOTH_COLORS: dict[str, str] = {
    "white": "#f7f7f2",
    "ivory": "#f4f1ea",
    "cream": "#e8e2d0",
    "beige": "#d9c8a9",
    "light grey": "#c0c0c0",
    "grey": "#808080",
    "charcoal": "#3c3c40",
    "black": "#1c1c1c",
    "navy": "#1f2a44",
    "royal blue": "#2f55b0",
    "steel blue": "#3a6ea5",
    "sky blue": "#87b8e0",
    "teal": "#0f5e5a",
    "emerald": "#1a7a54",
    "olive green": "#556b2f",
    "mint": "#a8dcc0",
    "gold": "#c9a227",
    "mustard": "#d4a020",
    "amber yellow": "#f0b429",
    "orange": "#e07020",
    "red": "#c0392b",
    "crimson": "#a01828",
    "burgundy": "#6e1b24",
    "dark red": "#8e1b1b",
    "pink": "#e890b0",
    "blush pink": "#f2d1e6",
    "purple": "#6c2a8c",
    "lavender": "#b4a0d8",
    "brown": "#6e4a30",
    "dark brown": "#3d2c1e",
}


def rgb_of(value: str) -> Rgb:
    """``#rrggbb`` as an RGB tuple."""
    value = value.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _lab(rgb: Rgb) -> Lab:
    """sRGB (D65) → CIE L*a*b*."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


@cache
def _palette_lab(palette: tuple[tuple[str, str], ...]) -> tuple[tuple[str, Lab], ...]:
    return tuple((name, _lab(rgb_of(value))) for name, value in palette)


def color_name(value: str, palette: dict[str, str] = CLOTH_COLORS) -> str:
    """The English name in ``palette`` nearest to the ``#rrggbb`` colour ``value``."""
    target = _lab(rgb_of(value))
    named = _palette_lab(tuple(palette.items()))
    return min(named, key=lambda item: sum((a - b) ** 2 for a, b in zip(item[1], target,
                                                                         strict=True)))[0]


def _age_words(age: int, female: bool) -> str:
    if age < 13:
        noun = "girl" if female else "boy"
    elif age < 18:
        noun = "teenage girl" if female else "teenage boy"
    else:
        noun = "woman" if female else "man"
    return f"{age}-year-old {noun}"


def identity_prompt(character: Character) -> str:
    """Who this is and how they look, in English words: the same text for every shot.

    Gender and age, face, hair with its colour, eyes, skin, outfit, the character's
    signature colours and recurring accessories. Free-text fields from the bible are
    kept as written, each after its own label, so commas inside them stay unambiguous.
    """
    look = character.look
    colors: list[str] = []
    for value in look.palette:
        name = color_name(value)
        if name not in colors:
            colors.append(name)
    parts = [
        f"a {_age_words(look.age, character.gender == 'female')}",
        f"face: {look.face.strip()}",
        f"hair: {look.hair.strip()}, {color_name(look.hair_color, HAIR_COLORS)}",
        f"eyes: {color_name(look.eye_color, EYE_COLORS)}",
        f"skin: {color_name(look.skin, SKIN_TONES)}",
        f"outfit: {look.outfit.strip()}",
        f"signature colours: {' and '.join(colors)}",
    ]
    if look.accessories:
        parts.append("always wears " + ", ".join(a.strip() for a in look.accessories))
    return "; ".join(parts) + "."


def character_seed(project_seed: int, character_id: str) -> int:
    """A fixed seed per character: stable across runs, shots and machines (31 bits)."""
    digest = hashlib.blake2b(f"{project_seed}:{character_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & 0x7FFF_FFFF


#: A shot character's staging in the words image models read (English prompts).
FACING_WORDS = {
    "front": "facing the camera",
    "three-quarter-left": "three-quarter view, turned toward the left of the frame",
    "three-quarter-right": "three-quarter view, turned toward the right of the frame",
    "profile-left": "in profile, facing left",
    "profile-right": "in profile, facing right",
    "back": "seen from behind",
}
POSE_WORDS = {"sit": "sitting", "kneel": "kneeling on one knee", "walk": "walking in"}
GESTURE_WORDS = {
    "point": "pointing", "arms-crossed": "arms crossed", "hand-on-chest": "a hand on the chest",
    "slap": "a hand raised to slap", "stop": "a hand raised palm out to stop",
    "fists": "clenched fists", "raise": "raising a hand high",
    "hands-on-hips": "hands on hips", "cover-face": "covering the face with both hands",
    "bow": "bowing the head", "reach": "reaching out", "hand-on-chin": "a hand on the chin",
}


def staging_words(who: ShotCharacter, names: dict[str, str]) -> str:
    """How a character stands in a shot, in words ('' when the shot stages nothing, so
    prompts of unstaged shots stay as they were)."""
    words = [FACING_WORDS[who.facing] if who.facing else "",
             POSE_WORDS.get(who.pose or "", ""),
             GESTURE_WORDS.get(who.gesture or "", ""),
             f"holding a {who.prop}" if who.prop else ""]
    if who.looks_at and (who.facing or who.gesture or who.pose) and who.looks_at in names:
        words.append(f"looking at {names[who.looks_at]}")
    return ", ".join(w for w in words if w)


def shoulder_words(shot: Shot, names: dict[str, str]) -> str:
    """The over-the-shoulder framing in words ('' without one)."""
    if shot.over_shoulder is None:
        return ""
    near = names.get(shot.over_shoulder, "the listener")
    return f"over-the-shoulder shot: {near} seen from behind in the foreground, cropped"
