"""A character's fixed drawing design, read once from the bible Look.

Everything here depends only on the Character, never on the shot, so the same person
is drawn the same way in every panel. Words are matched loosely ("ponytail" anywhere
in the hair text selects a ponytail) so hand-written bibles work too.
"""

from __future__ import annotations

from dataclasses import dataclass

from microdrama.domain import Character
from microdrama.providers.offline.painter.ink import Color, hex_color, luma, mix

#: Colour words that may appear in outfit text, for inner garments and small pieces.
COLOR_WORDS: dict[str, Color] = {
    "white": (244, 242, 236),
    "ivory": (240, 232, 214),
    "cream": (236, 226, 200),
    "black": (34, 32, 38),
    "charcoal": (62, 62, 70),
    "grey": (128, 128, 134),
    "gray": (128, 128, 134),
    "silver": (196, 200, 208),
    "navy": (34, 44, 84),
    "red": (186, 40, 46),
    "burgundy": (112, 26, 44),
    "emerald": (20, 120, 84),
    "denim": (70, 98, 140),
    "gold": (214, 172, 60),
    "dark": (40, 36, 48),
    "blue": (52, 92, 170),
    "green": (40, 120, 70),
    "pink": (230, 150, 170),
    "brown": (110, 74, 48),
    "beige": (214, 196, 164),
    "purple": (104, 60, 140),
}


@dataclass(frozen=True)
class HairDesign:
    """Hair silhouette parts, chosen from the style words."""

    length: str  # "buzz", "short", "bob", "shoulder", "long"
    fringe: str  # "blunt", "swept", "parted", "slicked", "spiky", "tousled", "neat", "none"
    tie: str  # "", "ponytail", "bun", "crown"; period: "chignon", "twin", "topknot"
    wavy: bool
    curly: bool
    undercut: bool
    streaks: bool  # grey/silver strands
    color: Color
    # Period hair only (``costume``): what is worn on it and the hairpin's colour.
    headwear: str = ""  # "", "guan", "gauze", "phoenix", "band"
    headwear_color: Color = (34, 32, 38)
    pin: Color | None = None


@dataclass(frozen=True)
class FaceDesign:
    """Face proportions from the face words, age and gender."""

    cheek: float  # half-width at the cheekbones
    jaw: float  # half-width at the jaw corner
    chin: float  # chin y (head centre 0, crown -0.5)
    point: float  # 0 round chin … 1 pointed chin
    eye_w: float
    eye_h: float
    brow: float  # brow thickness multiplier
    arch: float  # brow arch
    lashes: bool
    lines: bool  # age lines
    skin: Color
    eye: Color
    lips: Color


#: Period garments (drawn by ``robes``): a cross-collared robe with wide sleeves and a
#: sash (襦裙 for women, 长袍 for men), a court robe (an emperor's, a consort's, an
#: official's: belt, trim, motif) and a servant's plain robe.
ROBE_KINDS = ("robe", "court", "maid")
#: Period hair (drawn by ``period_hair``): a chignon with hairpins, a maid's twin buns,
#: a man's topknot.
PERIOD_TIES = ("chignon", "twin", "topknot")


@dataclass(frozen=True)
class OutfitDesign:
    """Clothing shapes and colours."""

    kind: str  # "suit", "coat", "jacket", "dress", "gown", "qipao", "blouse", "tee"; ROBE_KINDS
    outer: Color
    inner: Color
    accent: Color
    bottom: Color
    tie: bool
    tie_color: Color
    vest: bool
    open_collar: bool
    belt: bool
    sleeveless: bool
    gloves: bool
    skirt: str  # "", "knee", "floor"
    # Period robes only (``costume``, kinds in ROBE_KINDS): collar and cuff trim, the
    # sash or belt, a motif ("", "dragon", "cloud") and how wide the sleeves hang.
    trim: Color = (214, 172, 60)
    sash: Color = (214, 172, 60)
    motif: str = ""
    sleeve: float = 0.0


@dataclass(frozen=True)
class Design:
    """Everything needed to draw one character the same way in every shot."""

    id: str
    female: bool
    age: int
    hair: HairDesign
    face: FaceDesign
    outfit: OutfitDesign
    glasses: bool
    earrings: Color | None
    necklace: Color | None
    pendant: Color | None
    earpiece: bool
    bracelet: Color | None
    watch: bool
    tablet: bool


def _has(text: str, *words: str) -> bool:
    return any(w in text for w in words)


def _hair(text: str, color: Color, female: bool, age: int) -> HairDesign:
    t = text.lower()
    if _has(t, "buzz", "shaved", "crew"):
        length = "buzz"
    elif _has(t, "bob"):
        length = "bob"
    elif _has(t, "shoulder", "layers", "medium"):
        length = "shoulder"
    elif _has(t, "long", "curls", "ponytail", "bun", "braid"):
        length = "long"
    elif _has(t, "short", "crop", "slicked", "undercut", "fringe", "part", "neat"):
        length = "short"
    else:
        length = "long" if female else "short"
    if _has(t, "slicked", "back"):
        fringe = "slicked"
    elif _has(t, "side-swept", "swept", "side part"):
        fringe = "swept"
    elif _has(t, "tousled", "messy"):
        fringe = "tousled"
    elif _has(t, "textured", "spiky", "crop", "undercut"):
        fringe = "spiky"
    elif _has(t, "bob", "bangs", "straight"):
        fringe = "blunt"
    elif _has(t, "neat", "silver", "short"):
        fringe = "neat"
    elif length == "buzz":
        fringe = "none"
    else:
        fringe = "parted"
    tie = ""
    if "ponytail" in t:
        tie = "ponytail"
    elif "bun" in t:
        tie = "bun"
    elif _has(t, "braid", "crown"):
        tie = "crown"
    return HairDesign(
        length=length,
        fringe=fringe,
        tie=tie,
        wavy=_has(t, "wav"),
        curly=_has(t, "curl"),
        undercut="undercut" in t,
        streaks=_has(t, "silver", "grey", "gray") or age >= 45,
        color=color,
    )


def _face(text: str, female: bool, age: int, skin: Color, eye: Color) -> FaceDesign:
    t = text.lower()
    cheek, jaw, chin, point = (0.39, 0.27, 0.5, 0.55) if female else (0.41, 0.33, 0.5, 0.3)
    eye_w, eye_h = (0.2, 0.16) if female else (0.18, 0.115)
    brow, arch = (0.9, 0.35) if female else (1.4, 0.15)
    if _has(t, "round", "soft"):
        cheek, jaw, point = cheek + 0.02, jaw + 0.05, 0.1
    if _has(t, "sharp jaw", "angular", "square"):
        jaw, point = jaw + 0.05, point * 0.5
    if "square" in t:
        jaw += 0.03
    if _has(t, "heart", "delicate"):
        jaw, point = jaw - 0.04, 0.8
    if "long" in t:
        chin = 0.54
    if "narrow eyes" in t:
        eye_h *= 0.72
    if _has(t, "wide eyes", "delicate"):
        eye_h *= 1.15
        eye_w *= 1.05
    if _has(t, "heavy brows"):
        brow *= 1.5
    if _has(t, "sharp brows", "arched"):
        arch += 0.35
    if "high cheekbones" in t:
        cheek += 0.02
    if age >= 45:
        eye_h *= 0.88
    lips = mix(skin, (196, 70, 82), 0.55 if female else 0.25)
    return FaceDesign(
        cheek=cheek,
        jaw=jaw,
        chin=chin,
        point=point,
        eye_w=eye_w,
        eye_h=eye_h,
        brow=brow,
        arch=arch,
        lashes=female,
        lines=age >= 40 or ("weathered" in t and age >= 30),
        skin=skin,
        eye=eye,
        lips=lips,
    )


def _word_color(text: str) -> Color | None:
    for word in text.lower().replace(",", " ").replace("-", " ").split():
        if word in COLOR_WORDS:
            return COLOR_WORDS[word]
    return None


def _outfit(text: str, palette: list[Color], female: bool) -> OutfitDesign:
    t = text.lower()
    pieces = [p.strip() for p in t.split(",") if p.strip()]
    if "qipao" in t or "cheongsam" in t:
        kind = "qipao"
    elif "gown" in t:
        kind = "gown"
    elif "dress" in t and "shirt" not in t:
        kind = "dress"
    elif _has(t, "suit", "blazer", "tuxedo"):
        kind = "suit"
    elif "coat" in t:
        kind = "coat"
    elif "jacket" in t:
        kind = "jacket"
    elif _has(t, "tee", "t-shirt", "hoodie", "sweater"):
        kind = "tee"
    else:
        kind = "blouse"
    outer = palette[0]
    accent = palette[1]
    # A piece named with an inner word ("white blouse", "white tee") keeps its own colour.
    inner = next(
        (
            c
            for p in pieces
            if _has(p, "shirt", "blouse", "tee", "collar") and (c := _word_color(p)) is not None
        ),
        None,
    )
    if inner is None or abs(luma(inner) - luma(outer)) < 40:
        inner = (
            accent if abs(luma(accent) - luma(outer)) >= 40 else mix(outer, (250, 250, 250), 0.7)
        )
    third = palette[2] if len(palette) > 2 else mix(outer, (20, 20, 28), 0.45)
    bottom = third if kind in ("suit", "coat", "jacket", "blouse", "tee") else outer
    if kind in ("jacket", "tee"):
        bottom = mix((50, 70, 110), outer, 0.3)
    return OutfitDesign(
        kind=kind,
        outer=outer,
        inner=inner,
        accent=accent,
        bottom=bottom,
        tie="tie" in t,
        tie_color=next(
            (c for p in pieces if "tie" in p and (c := _word_color(p)) is not None), accent
        ),
        vest=_has(t, "three-piece", "vest", "waistcoat"),
        open_collar=_has(t, "open collar", "open-collar"),
        belt=_has(t, "trench", "belt"),
        sleeveless=_has(t, "cocktail", "sleeveless", "strapless"),
        gloves="glove" in t,
        skirt="knee"
        if kind == "dress"
        else "floor"
        if kind in ("gown", "qipao")
        else ("knee" if _has(t, "skirt") else ""),
    )


def design_of(character: Character) -> Design:
    """The drawing design of a bible character (pure function of the Character)."""
    look = character.look
    female = character.gender == "female"
    palette = [hex_color(c) for c in look.palette]
    skin = hex_color(look.skin)
    extras = " ".join([look.outfit, *look.accessories]).lower()
    return Design(
        id=character.id,
        female=female,
        age=look.age,
        hair=_hair(look.hair, hex_color(look.hair_color), female, look.age),
        face=_face(look.face, female, look.age, skin, hex_color(look.eye_color)),
        outfit=_outfit(look.outfit, palette, female),
        glasses=_has(extras, "glasses", "spectacles", "monocle"),
        earrings=(240, 236, 226) if "earring" in extras else None,
        necklace=(236, 244, 255) if _has(extras, "necklace", "pearls") else None,
        pendant=(60, 170, 110) if "pendant" in extras else None,
        earpiece="earpiece" in extras,
        bracelet=(70, 170, 120) if "bracelet" in extras else None,
        watch="watch" in extras,
        tablet=_has(extras, "tablet", "folder", "clipboard"),
    )
