"""Emotion → facial parameters (brows, eyes, mouth, manga marks), and the face's
moving states: blinks, a widened stare, mouth shapes (visemes) for speech.

The table is the whole vocabulary: a new Emotion needs one row here and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Expression:
    """How a face is set for one emotion (units are head heights)."""

    open: float = 1.0  # eye opening
    slant: float = 0.0  # + angry (inner corners down), − sad (outer corners down)
    lid: float = 0.0  # 0 open … 1 heavy, flat upper lid
    iris: float = 1.0  # iris size (small = shock)
    eyes: str = "open"  # "open" or "happy" (closed ^ ^ arcs)
    gloss: int = 0  # extra highlights (wet, pleading eyes); −1 = dull
    look: float = 0.0  # gaze shift, −1 … 1, added to the turn
    brow_raise: float = 0.0
    brow_tilt: float = 0.0  # + worried (inner ends up), − angry (inner ends down)
    brow_asym: float = 0.0  # the right brow raised by this much (smug, mocking)
    mouth: str = "line"
    sweat: bool = False
    blush: bool = False
    vein: bool = False
    tears: bool = False
    fear: bool = False  # vertical gloom lines over the upper face
    shadow: bool = False  # dark band over the eyes (scheming)
    blink: float = 0.0  # 0 open … 1 shut: the upper lid comes down (a moving state)
    viseme: str = ""  # a mouth shape of speech (VISEMES); "" is the emotion's own mouth


EXPRESSIONS: dict[str, Expression] = {
    "neutral": Expression(),
    "calm": Expression(open=0.85, lid=0.25, mouth="soft"),
    "smiling": Expression(eyes="happy", brow_raise=0.015, brow_tilt=0.15, mouth="grin", blush=True),
    "tender": Expression(open=0.8, lid=0.3, brow_tilt=0.3, gloss=1, mouth="soft", blush=True),
    "angry": Expression(
        slant=0.45, iris=0.8, brow_tilt=-0.7, brow_raise=-0.025, mouth="grit", vein=True
    ),
    "furious": Expression(
        open=1.05,
        slant=0.65,
        iris=0.5,
        gloss=-1,
        brow_tilt=-1.0,
        brow_raise=-0.035,
        mouth="shout",
        vein=True,
        shadow=True,
    ),
    "shocked": Expression(
        open=1.3, iris=0.45, gloss=-1, brow_raise=0.07, brow_tilt=0.35, mouth="o", sweat=True
    ),
    "smug": Expression(lid=0.45, look=0.5, brow_asym=0.05, brow_tilt=-0.1, mouth="smirk"),
    "scheming": Expression(
        lid=0.4, slant=0.2, look=-0.5, brow_tilt=-0.3, mouth="smirk", shadow=True
    ),
    "cold": Expression(lid=0.45, iris=0.85, gloss=-1, brow_tilt=-0.2, mouth="line"),
    "afraid": Expression(
        open=1.15, iris=0.6, brow_raise=0.05, brow_tilt=0.7, mouth="wobble", sweat=True, fear=True
    ),
    "determined": Expression(slant=0.22, brow_tilt=-0.4, gloss=1, mouth="firm"),
    "sad": Expression(open=0.8, slant=-0.3, brow_tilt=0.6, gloss=1, look=-0.2, mouth="frown"),
    "crying": Expression(
        open=0.72, slant=-0.35, brow_tilt=0.8, gloss=2, mouth="cry", tears=True, blush=True
    ),
    "pleading": Expression(
        open=1.1,
        iris=1.12,
        slant=-0.2,
        brow_tilt=0.65,
        brow_raise=0.02,
        gloss=2,
        mouth="small_o",
        blush=True,
        sweat=True,
    ),
    "mocking": Expression(lid=0.3, look=0.4, brow_asym=0.06, brow_tilt=-0.25, mouth="laugh"),
}


def expression_of(emotion: str) -> Expression:
    """The face settings for an emotion (neutral for unknown words)."""
    return EXPRESSIONS.get(emotion, EXPRESSIONS["neutral"])


#: Mouth shapes of speech, from shut to round: closed (the emotion's own mouth when it
#: is a closed one), small (a slit), open (an "a"), wide (an "e"/"i"), round ("o"/"u").
VISEMES = ("closed", "small", "open", "wide", "round")
#: Eye states a segment switches between: open (as the emotion sets them), half and
#: closed (a blink), wide (a reaction: eyes widen, brows rise).
EYE_STATES = ("open", "half", "closed", "wide")


def widened(e: Expression) -> Expression:
    """The startled stare of a reaction beat: eyes open wider, irises shrink, brows rise."""
    return replace(e, open=max(e.open, 1.0) * 1.22, lid=0.0, iris=min(e.iris, 1.0) * 0.72,
                   eyes="open", brow_raise=e.brow_raise + 0.035, brow_tilt=max(e.brow_tilt, 0.3))


def face_state(eyes: str = "open", mouth: str = "") -> Callable[[Expression], Expression]:
    """The change that sets a face's eyes (EYE_STATES) and mouth (VISEMES, or "" to keep
    the emotion's own)."""
    if eyes not in EYE_STATES or (mouth and mouth not in VISEMES):
        raise ValueError(f"unknown face state {eyes!r}/{mouth!r}")

    def change(e: Expression) -> Expression:
        if eyes == "wide":
            e = widened(e)
        elif eyes != "open":
            e = replace(e, blink=0.55 if eyes == "half" else 1.0)
        return replace(e, viseme=mouth) if mouth else e

    return change
