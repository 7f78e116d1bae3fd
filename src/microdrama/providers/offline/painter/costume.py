"""What a character wears in a series set in another era (decision 0027).

``design_for`` is the drawing design of a character in a series' era: a modern series
gets ``design_of`` untouched (its panels keep their bytes); a period series dresses
every character in a period garment — whatever the bible's outfit text says — and puts
their hair up. The outfit's words (English or Chinese) pick among the period kinds and
colours: a maid's or a eunuch's plain robe, an emperor's, consort's or official's court
robe, anyone else's cross-collared robe; a colour the text names (golden, scarlet, 明黄)
is the robe's, else the character's palette gives it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from microdrama.domain import Character
from microdrama.providers.base import MODERN_ERA
from microdrama.providers.offline.painter.design import Design, HairDesign, OutfitDesign, design_of
from microdrama.providers.offline.painter.ink import Color, hex_color, lighten, luma, mix, shade

#: Words of a servant's garment: a maid's, a eunuch's, a servant's plain robe.
MAID_WORDS = ("maid", "servant", "eunuch", "tunic", "attendant", "宫女", "丫鬟", "婢", "侍女",
              "太监", "内侍", "仆", "小厮")
#: Words of a court robe: an emperor's, empress's, consort's, prince's, official's.
COURT_WORDS = ("dragon", "python", "emperor", "empress", "consort", "dowager", "regent",
               "prince", "official", "minister", "court gown", "brocade", "imperial", "龙袍",
               "龙", "蟒", "皇上", "皇帝", "皇后", "太后", "贵妃", "妃", "娘娘", "官服", "朝服",
               "凤冠", "王爷", "王妃", "宰相", "大人")
#: Words that put a motif on a court robe (a roundel on the chest).
DRAGON_WORDS = ("dragon", "python", "phoenix", "龙", "蟒", "凤")
#: Words that dress an official's head in a black gauze hat.
GAUZE_WORDS = ("gauze hat", "official", "minister", "eunuch", "乌纱", "官服", "太监", "宰相")
#: Words of a woman's headdress worn on the chignon.
PHOENIX_WORDS = ("phoenix crown", "凤冠")
#: Words of a man's headband instead of a crown.
BAND_WORDS = ("headband", "cloth band", "bandana", "头巾", "布巾")
#: Words of hair worn down the back under the chignon.
LONG_WORDS = ("long", "straight", "curls", "wav", "flowing", "长发")
#: Words for the garment itself (the piece of the outfit text its colour is read from).
GARMENT_WORDS = ("robe", "gown", "jacket", "tunic", "dress", "coat", "袍", "裙", "衣", "衫",
                 "服")

#: Period colour words (English and Chinese), longest first where one holds another.
PERIOD_COLORS: tuple[tuple[str, Color], ...] = (
    ("pale green", (170, 204, 168)),
    ("pale blue", (170, 196, 222)),
    ("pale pink", (238, 196, 204)),
    ("golden", (226, 182, 58)),
    ("gold", (226, 182, 58)),
    ("yellow", (230, 190, 70)),
    ("scarlet", (184, 36, 42)),
    ("crimson", (160, 28, 44)),
    ("red", (176, 40, 44)),
    ("purple", (100, 54, 122)),
    ("lavender", (178, 158, 206)),
    ("pink", (232, 164, 180)),
    ("green", (60, 122, 90)),
    ("jade", (92, 160, 126)),
    ("blue", (58, 94, 150)),
    ("navy", (34, 44, 84)),
    ("white", (240, 236, 224)),
    ("ivory", (240, 232, 214)),
    ("silver", (204, 206, 212)),
    ("grey", (136, 134, 132)),
    ("gray", (136, 134, 132)),
    ("black", (40, 38, 46)),
    ("dark", (52, 44, 56)),
    ("brown", (110, 74, 48)),
    ("wooden", (150, 104, 62)),
    ("明黄", (230, 190, 70)),
    ("金", (226, 182, 58)),
    ("黄", (230, 190, 70)),
    ("红", (176, 40, 44)),
    ("绯", (184, 36, 42)),
    ("朱", (184, 36, 42)),
    ("紫", (100, 54, 122)),
    ("粉", (232, 164, 180)),
    ("绿", (60, 122, 90)),
    ("碧", (92, 160, 126)),
    ("青", (58, 110, 120)),
    ("蓝", (58, 94, 150)),
    ("白", (240, 236, 224)),
    ("素", (240, 236, 224)),
    ("灰", (136, 134, 132)),
    ("黑", (40, 38, 46)),
    ("玄", (40, 38, 46)),
)
WHITE: Color = (242, 238, 228)  # the inner robe at collar and cuffs
GOLD: Color = (214, 172, 60)
DARK_TRIM: Color = (36, 40, 70)  # a golden robe's dark collar and cuffs
BELT: Color = (44, 38, 46)
HAIR: Color = (30, 26, 30)
JADE: Color = (226, 222, 204)  # a white-jade crown or pin


def design_for(character: Character, era: str = MODERN_ERA) -> Design:
    """The character's drawing design in ``era`` (``design_of`` in a modern series)."""
    design = design_of(character)
    dress = ERA_COSTUMES.get(era) if era != MODERN_ERA else None
    return design if dress is None else dress(design, character)


def _has(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


def _color(text: str) -> Color | None:
    """The first period colour word in ``text`` (by position)."""
    found = []
    for word, color in PERIOD_COLORS:
        # an English word starts a word ("red" is not in "embroidered")
        hit = re.search(rf"\b{word}" if word.isascii() else re.escape(word), text)
        if hit is not None:
            found.append((hit.start(), -len(word), color))
    return min(found)[2] if found else None


def _piece_color(pieces: list[str], words: tuple[str, ...]) -> Color | None:
    for piece in pieces:
        if _has(piece, words) and (c := _color(piece)) is not None:
            return c
    return None


def period_design(design: Design, character: Character) -> Design:
    """``design`` in period costume: a robe of the outfit's kind, the hair put up."""
    look = character.look
    text = look.outfit.lower()
    everything = " ".join([text, look.hair.lower(), *(a.lower() for a in look.accessories)])
    pieces = [p.strip() for p in everything.replace("，", ",").replace("、", ",").split(",")]
    outfit = _robe(text, pieces, [hex_color(c) for c in look.palette], design)
    return replace(design, outfit=outfit, hair=_hair(everything, pieces, design, outfit.kind),
                   glasses=False, earpiece=False, watch=False, tablet=False)


def _robe(text: str, pieces: list[str], palette: list[Color], design: Design) -> OutfitDesign:
    if _has(text, MAID_WORDS):
        kind = "maid"
    elif _has(text, COURT_WORDS):
        kind = "court"
    else:
        kind = "robe"
    garment = next((p for p in pieces if _has(p, GARMENT_WORDS)), pieces[0] if pieces else "")
    outer = _color(garment) or palette[0]
    accent = palette[1] if len(palette) > 1 else lighten(outer, 0.5)
    if abs(luma(accent) - luma(outer)) < 40:
        accent = lighten(outer, 0.45) if luma(outer) < 140 else shade(outer, 0.45)
    if kind == "court":
        golden = outer[0] > 180 and outer[1] > 140 and outer[2] < 120
        trim = DARK_TRIM if golden else GOLD
        belt = _piece_color(pieces, ("belt", "带")) or BELT
        sash = mix(belt, (92, 160, 126), 0.6) if "jade" in text or "玉" in text else belt
        motif = "dragon" if _has(text, DRAGON_WORDS) else "cloud"
        sleeve = 0.34 if design.female else 0.3
    elif kind == "maid":
        trim = shade(outer, 0.22)
        sash = mix(outer, WHITE, 0.6)
        motif, sleeve = "", 0.16
    else:
        trim = accent
        sash = accent if design.female else shade(outer, 0.4)
        motif, sleeve = "", 0.3 if design.female else 0.24
    bottom = mix(outer, WHITE, 0.2) if design.female and kind != "court" else outer
    return OutfitDesign(
        kind=kind, outer=outer, inner=WHITE, accent=accent, bottom=bottom, tie=False,
        tie_color=accent, vest=False, open_collar=False, belt=kind == "court", sleeveless=False,
        gloves=False, skirt="floor", trim=trim, sash=sash, motif=motif, sleeve=sleeve,
    )


def _hair(text: str, pieces: list[str], design: Design, kind: str) -> HairDesign:
    h = design.hair
    pin = _piece_color(pieces, ("hairpin", "pin", "簪", "钗"))
    # black hair (an elder's greys kept as streaks), whatever colour the modern look had
    h = replace(h, color=mix(h.color, HAIR, 0.8))
    if design.female:
        tie = "twin" if kind == "maid" or "twin bun" in text or "双髻" in text else "chignon"
        headwear = "phoenix" if _has(text, PHOENIX_WORDS) else ""
        long = tie == "chignon" and kind != "court" and _has(text, LONG_WORDS)
        pin = pin or (GOLD if kind == "court" else (204, 206, 212))
        return replace(h, length="long" if long else "short", fringe="parted", tie=tie,
                       undercut=False, curly=False, wavy=False, headwear=headwear,
                       headwear_color=GOLD, pin=pin)
    if _has(text, GAUZE_WORDS):
        headwear, color = "gauze", BELT
    elif _has(text, BAND_WORDS):
        headwear, color = "band", _piece_color(pieces, BAND_WORDS) or (96, 90, 84)
    else:
        headwear = "guan"
        color = _piece_color(pieces, ("crown", "冠")) or (GOLD if kind == "court" else JADE)
        if abs(luma(color) - luma(h.color)) < 50:  # a black crown on black hair: gold-rimmed
            color = mix(color, GOLD if kind == "court" else JADE, 0.75)
    return replace(h, length="short", fringe="parted", tie="topknot", undercut=False,
                   curly=False, wavy=False, headwear=headwear, headwear_color=color,
                   pin=pin or (GOLD if kind == "court" else (204, 206, 212)))


#: The costume each era other than the modern one dresses its characters in.
ERA_COSTUMES = {"period": period_design}
