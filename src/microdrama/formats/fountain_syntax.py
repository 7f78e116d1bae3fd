"""Fountain vocabulary shared by the writer and the parser.

Owns the public constants (beat kinds, emotions, default episode length), the scene
heading pattern and the small helpers both directions use to recognise an element the
same way: the writer (:mod:`microdrama.formats.fountain`) escapes exactly what the parser
(:mod:`microdrama.formats.fountain_parse`) would otherwise misread. Also what every
script reader shares (Fountain, Final Draft, 短剧): the fixes its errors end with,
:class:`Newcomers` (names the bible lacks, gathered for casting) and the emotions a
direction's words say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import get_args

from pydantic import RootModel

from microdrama.domain.base import slugify
from microdrama.domain.bible import BeatKind, Bible
from microdrama.domain.script import Emotion
from microdrama.packs import load_pack

BEAT_KINDS: tuple[str, ...] = get_args(BeatKind)
EMOTIONS: tuple[str, ...] = get_args(Emotion)
DEFAULT_TARGET_SECONDS = 90

_HEADING = re.compile(r"^(?:int\./ext|int/ext|i/e|int|ext|est)[. ]\s*(?P<rest>.*)$", re.IGNORECASE)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _is_caps(text: str) -> bool:
    return any(ch.isupper() for ch in text) and not any(ch.islower() for ch in text)


#: A cue's extensions that say nothing of how the line is heard (a speech carried over).
_CONTINUED = re.compile(r"cont(?:'|’|\.)?d\.?|continued|more|续|接上", re.IGNORECASE)


def _split_cue(cue: str) -> tuple[str, list[str]]:
    """``MARA (V.O.) (CONT'D) ^`` → ``("MARA", ["V.O."])``: the name, and the extensions
    that say how the line is heard (half- or full-width brackets; continuation marks and
    the dual-dialogue mark dropped)."""
    name = cue.strip().removesuffix("^").rstrip()
    found: list[str] = []
    while name[-1:] in (")", "）") and ("(" in name or "（" in name):
        start = max(name.rfind("("), name.rfind("（"))
        extension = name[start + 1:-1].strip()
        name = name[:start].rstrip()
        if extension and not _CONTINUED.fullmatch(extension):
            found.insert(0, extension)
    return name.strip(), found


def _strip_extensions(cue: str) -> str:
    """``MARA (V.O.) ^`` → ``MARA``: drop the dual-dialogue mark and extensions."""
    return _split_cue(cue)[0]


def _find_character(bible: Bible | None, name: str) -> str | None:
    folded = name.casefold()
    cast = bible.characters if bible and folded else []
    return next((c.id for c in cast if folded in (c.name.strip().casefold(), c.id)), None)


def _find_location(bible: Bible | None, name: str) -> str:
    folded = name.casefold()
    if bible is not None:
        for location in bible.locations:
            if folded in (location.name.strip().casefold(), location.id):
                return location.id
    return slugify(name)


class EmotionWords(RootModel[dict[str, dict[Emotion, list[str]]]]):
    """``packs/scripts/emotions.yaml``: per language, the direction words of each emotion."""


@cache
def _emotion_words(language: str) -> tuple[tuple[str, str], ...]:
    """(word, emotion) pairs of a language, the longest words first."""
    table = load_pack("scripts", "emotions", EmotionWords).root.get(language, {})
    pairs = [(word.casefold(), emotion) for emotion, words in table.items() for word in words]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def emotion_of(direction: str, language: str) -> str | None:
    """The emotion a direction's words say (``冷笑`` → mocking, ``(coldly)`` → cold), or
    None. The longest word found wins; Chinese words match anywhere, others as words."""
    folded = direction.casefold()
    for word, emotion in _emotion_words(language):
        if language == "zh":
            if word in folded:
                return emotion
        elif re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", folded):
            return emotion
    return None


#: How to fix each kind of bad input; error messages end with one of these.
_FIXES = {
    "scene": "add a scene heading such as INT. PLACE - DAY (Chinese: .地点 - 日) above it",
    "note": "write metadata as [[id: ep001-sc01-l03; emotion: angry]]; keys are id, emotion,"
    " target, kind, location and characters",
    "cue": "write the dialogue on the line under the cue, or remove the cue",
    "no cue": "put the speaker's name in capitals (or @Name) on the line above",
    "speaker": "add the character to series.yaml or correct the name",
    "place": "name the place, e.g. INT. HART MANSION - NIGHT or .林家大宅 - 夜",
    "unknown place": "name a place from series.yaml's locations, or add this one there",
    "empty scene": "write action or dialogue under the scene heading, or remove it",
    "empty episode": "write a scene under the episode heading, or remove the heading",
    "id": "use lowercase letters, digits and dashes, e.g. ep001-sc01-l03, each id once",
    "target": "write the target running time in seconds from 10 to 1200, e.g. target: 90",
    "boneyard": "close it with */ or remove the /*",
    "control": "remove the invisible control character from the line",
    "emotion": "use one of " + ", ".join(EMOTIONS),
    "kind": "use one of " + ", ".join(BEAT_KINDS),
}


@dataclass
class Newcomers:
    """Speakers and places a script names that the bible lacks, gathered (each under a
    placeholder id) instead of refused, so a caller can cast them and read it again."""

    people: dict[str, str] = field(default_factory=dict)  # name → placeholder id
    places: dict[str, str] = field(default_factory=dict)
    #: Places a heading calls outside (EXT., 外): a set outdoors when cast.
    outside: set[str] = field(default_factory=set)
    #: What the script says of a person before it starts (a 短剧 script's 人物小传).
    notes: dict[str, str] = field(default_factory=dict)

    def person(self, name: str) -> str:
        return self.people.setdefault(name, f"newcomer-{len(self.people) + 1}")

    def place(self, name: str, outside: bool) -> str:
        if outside:
            self.outside.add(name)
        return self.places.setdefault(name, f"new-place-{len(self.places) + 1}")
