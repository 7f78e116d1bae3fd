"""How the offline voice paces speech: espeak's speed for a character's ``Voice.rate``,
and how each emotion shifts pitch, speed, intonation range and level. The voice speaks
with these (provider.py); the offline writer sizes lines by the same speeds
(``relative_speed``), so an episode of pleading lines is written shorter."""

from __future__ import annotations

from dataclasses import dataclass

from microdrama.domain.script import Emotion

#: espeak speed parameter for Voice.rate 0 → 100. Measured on dialogue: en 112–140
#: gives ≈150–190 spoken words/min; cmn 150–185 gives ≈3.4–4.2 characters/s.
RATE_WPM = {"zh": (150, 185), "en": (112, 140)}
#: The Voice.rate a line's speed is measured against (the middle of what the offline cast
#: deals: providers/offline/cast.py, randint(40, 62)).
REFERENCE_RATE = 51


@dataclass(frozen=True)
class Prosody:
    """How an emotion shifts an espeak voice: semitones, speed factor, intonation range, gain."""

    semitones: float = 0.0
    speed: float = 1.0
    range: int = 50
    gain_db: float = 0.0


#: Every emotion of the canon (domain.script.Emotion) → how espeak says it.
EMOTIONS: dict[Emotion, Prosody] = {
    "neutral": Prosody(),
    "calm": Prosody(-0.5, 0.94, 40, -1.0),
    "angry": Prosody(1.0, 1.10, 70, 2.0),
    "furious": Prosody(1.5, 1.15, 80, 3.0),
    "shocked": Prosody(2.0, 1.05, 80, 1.5),
    "afraid": Prosody(1.5, 1.08, 60, -1.0),
    "smug": Prosody(-0.5, 0.95, 60, 0.0),
    "mocking": Prosody(0.5, 1.00, 75, 0.5),
    "scheming": Prosody(-1.0, 0.92, 40, -2.0),
    "cold": Prosody(-1.0, 0.95, 25, -1.0),
    "determined": Prosody(0.0, 1.00, 45, 1.0),
    "smiling": Prosody(0.8, 1.03, 65, 0.0),
    "tender": Prosody(-0.5, 0.90, 45, -2.5),
    "pleading": Prosody(1.2, 0.95, 70, -0.5),
    "sad": Prosody(-1.0, 0.88, 30, -3.0),
    "crying": Prosody(0.8, 0.85, 35, -2.0),
}


def espeak_rate(language: str, rate: int, emotion: Emotion) -> float:
    """espeak's speed (words a minute) for a voice of ``rate`` saying a line in ``emotion``."""
    slow, fast = RATE_WPM[language]
    return (slow + (fast - slow) * rate / 100.0) * EMOTIONS[emotion].speed


def relative_speed(language: str, rate: int, emotion: Emotion) -> float:
    """How fast a voice of ``rate`` says a line in ``emotion``, against a neutral line at
    ``REFERENCE_RATE`` (1.0): >1 is faster."""
    return espeak_rate(language, rate, emotion) / espeak_rate(language, REFERENCE_RATE,
                                                              "neutral")
