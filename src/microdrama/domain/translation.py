"""Translations of a series into one locale, keyed by line id (``locales/<L>.yaml``).

A unit holds, for one line, the source text it was translated from, the translation and
its state. Keeping the source beside the translation is what makes an edit to the script
visible: a line whose current text differs from its unit's source is *stale* — the
translation is kept (a translator may only need to touch it up) but no longer trusted.

Which units are missing, extra or stale against the current episodes is a pure function
of the units and the lines (:func:`compare`); reading and writing the file is
``project/translations.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from pydantic import Field, field_validator, model_validator

from microdrama.domain.base import Id, Model
from microdrama.domain.items import LOCALE
from microdrama.domain.script import Episode

#: How far a translation has come: ``new`` (nothing accepted yet: no text, or a draft),
#: ``translated``, ``reviewed`` (checked by a second person), ``final`` (signed off).
#: The same four states as XLIFF 2.0's ``<segment state>`` (initial = new).
TranslationState = Literal["new", "translated", "reviewed", "final"]
STATES: tuple[TranslationState, ...] = ("new", "translated", "reviewed", "final")

#: One line of text: no line breaks or other control characters (as a script line).
ONE_LINE = r"^[^\x00-\x1f\x7f-\x9f\u2028\u2029]*$"
#: A character that may not stand in one line of text.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class TranslationUnit(Model):
    """The translation of one line."""

    source: str = Field(
        description="The line's text (series language) this translation was made from.",
        min_length=1, pattern=ONE_LINE,
    )
    target: str = Field(default="", description="The translation ('' while there is none).",
                        pattern=ONE_LINE)
    state: TranslationState = Field(
        default="new", description="new, translated, reviewed or final.")

    @model_validator(mode="after")
    def _text_when_translated(self) -> TranslationUnit:
        if self.state != "new" and not self.target.strip():
            raise ValueError(f"a unit in state {self.state!r} needs a target text "
                             "(write the translation, or set state: new)")
        return self

    @property
    def translated(self) -> bool:
        """True when the unit has a translation that is not only a draft."""
        return self.state != "new" and bool(self.target)


class LocaleTranslations(Model):
    """Everything translated into one locale (the file ``locales/<locale>.yaml``)."""

    locale: str = Field(description="The locale, a BCP 47 tag (es, pt-BR, qps-ploc).",
                        pattern=LOCALE.pattern)
    names: dict[Id, str] = Field(
        default_factory=dict,
        description="How this locale writes a character's name (character id → name); "
        "the translators' glossary carries it.",
    )
    units: dict[Id, TranslationUnit] = Field(
        default_factory=dict, description="One unit per line id.")
    titles: dict[Id, str] = Field(
        default_factory=dict, description="The series title ('series'), episode titles "
        "(episode id → title) and, of interactive episodes, choice labels (choice id → "
        "label) and ending titles (ending scene id → title) as this locale writes them, "
        "for covers and the interactive player.")

    @field_validator("names")
    @classmethod
    def _one_line_names(cls, names: dict[str, str]) -> dict[str, str]:
        for character, name in names.items():
            if not name.strip() or CONTROL.search(name):
                raise ValueError(f"the name of {character!r} must be one line of text")
        return names


def line_texts(episodes: Iterable[Episode]) -> dict[str, str]:
    """Line id → current text, in playing order."""
    return {line.id: line.text for episode in episodes for line in episode.lines()}


@dataclass(frozen=True)
class Coverage:
    """How a locale's units stand against the current lines (ids in playing order;
    extra ones in id order)."""

    #: Lines with no translated unit (no unit, one without a target, or a draft).
    missing: tuple[str, ...]
    #: Units whose line no longer exists.
    extra: tuple[str, ...]
    #: Units whose source differs from the line's current text.
    stale: tuple[str, ...]

    @property
    def complete(self) -> bool:
        """Every line has a current translation and nothing is left over."""
        return not (self.missing or self.extra or self.stale)


def is_stale(unit: TranslationUnit, text: str) -> bool:
    """True when the unit was translated from other text than the line's ``text``."""
    return unit.source != text


def compare(units: Mapping[str, TranslationUnit], lines: Mapping[str, str]) -> Coverage:
    """Which lines lack a unit, which units have no line, which are stale."""
    missing = tuple(i for i in lines if i not in units or not units[i].translated)
    stale = tuple(i for i, text in lines.items() if i in units and units[i].target
                  and is_stale(units[i], text))
    extra = tuple(sorted((i for i in units if i not in lines), key=id_order))
    return Coverage(missing=missing, extra=extra, stale=stale)


#: The unit id of the series title in translators' files; an episode's title is
#: ``<episode id>-title`` (ep001-title): ids no line can have.
SERIES_TITLE = "series-title"
_TITLE = re.compile(r"(?P<episode>ep\d+(?:-[a-z0-9]+)*)-title")


def title_unit(ident: str) -> str:
    """The unit id of a title: ``series`` → series-title, ``ep001`` → ep001-title."""
    return SERIES_TITLE if ident == "series" else f"{ident}-title"


def story_titles(episode: Episode) -> dict[str, tuple[str, str]]:
    """An interactive episode's words besides its lines, which its player shows: each
    choice's label (by choice id) and each ending's title (by its scene id), with what
    each is ("choice" or "ending"). {} for a linear episode."""
    found: dict[str, tuple[str, str]] = {}
    for scene in episode.scenes:
        for choice in scene.choices:
            found[choice.id] = (choice.label, "choice")
        if scene.ending is not None:
            found[scene.id] = (scene.ending.title, "ending")
    return found


def titled(unit_id: str) -> str | None:
    """What a unit id names the title of ('series', an episode id, or a choice or an
    ending scene of an interactive episode); None for a line."""
    if unit_id == SERIES_TITLE:
        return "series"
    found = _TITLE.fullmatch(unit_id)
    return found["episode"] if found else None


_NUMBER = re.compile(r"(\d+)")


def id_order(ident: str) -> tuple[tuple[int, str], ...]:
    """Sort key of an id with its numbers read as numbers: ep001-sc01-l99 < ep001-sc01-l100."""
    return tuple((int(part), "") if part.isdigit() else (-1, part)
                 for part in _NUMBER.split(ident) if part)


# --- rewording a dub that runs long (the reword stage's output) ----------------------


class RewordedLine(Model):
    """A dubbed line said shorter because its first take ran past its place."""

    text: str = Field(min_length=1, description="The shorter wording, spoken and subtitled.")
    draft: str = Field(description="The translation whose take ran long.")
    take_ms: int = Field(gt=0, description="How long the draft took to speak.")
    room_ms: int = Field(gt=0, description="How long the line has at 1× in the series' shot.")
    max_chars: int = Field(gt=0, description="The character budget the model was given.")
    key: str = Field(description="What the wording was made from (reused while it holds).")


class KeptLine(Model):
    """A dubbed line that runs past its place but was not reworded, and why."""

    why: Literal["people", "pseudo", "no-translator", "not-shorter"]
    take_ms: int = Field(gt=0)
    room_ms: int = Field(gt=0)
    wording: str = Field(default="", description="The model's answer, when it was not shorter.")
    key: str = Field(default="", description="The request's key, when the model was asked.")


class Rewording(Model):
    """One locale's episode: its lines said shorter, and the long ones kept as they were."""

    locale: str = Field(pattern=LOCALE.pattern)
    lines: dict[str, RewordedLine] = Field(default_factory=dict)
    kept: dict[str, KeptLine] = Field(default_factory=dict)


def uses_term(text: str, term: str) -> bool:
    """Whether ``text`` uses ``term`` (ignoring case): as a whole word for a Latin-script
    term (so "ham" is not found in "Graham"), anywhere for other scripts, whose words
    take attached particles or are not spaced (CJK, Thai, Korean, Arabic)."""
    wanted, said = term.casefold().strip(), text.casefold()
    if not wanted:
        return False
    if all(ord(ch) <= 0x024F for ch in wanted):  # Latin letters, digits, punctuation
        return re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", said) is not None
    return wanted in said
