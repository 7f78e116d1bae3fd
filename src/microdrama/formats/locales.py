"""Locales: what a build needs to know of each (the pack ``packs/locales/locales.toml``).

Per locale: its name, writing direction, script, the subtitle profile and espeak-ng
voice it uses, and the family of fonts its text needs; and the pseudo-locale's style.
Every value carries its source in the pack. ``series`` in a field means "as the series
language" (the pseudo-locale reads, sounds and is set like the text it is made from).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from microdrama.domain.pseudo import PseudoStyle, pseudo_localize, speakable
from microdrama.domain.settings import PSEUDO_LOCALE
from microdrama.errors import InputError
from microdrama.formats.subtitle_profiles import SubtitleProfile, load_profile
from microdrama.packs import load_pack

#: A field value that means "as the series language".
SERIES = "series"
PACK_FILE = "microdrama/packs/locales/locales.toml"


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LocaleEntry(_Table):
    """One locale's facts."""

    name: str = Field(min_length=1)
    native: str = Field(min_length=1)
    direction: Literal["ltr", "rtl"]
    script: str = Field(min_length=1)
    language: str = Field(pattern=r"^[a-z]{3}$")
    subtitles: str = Field(min_length=1)
    voice: str = Field(min_length=1)
    fonts: Literal["latin", "cjk", "arabic", "thai", "devanagari", "series"]
    font: str = Field(min_length=1)
    source: str = Field(min_length=1)
    markets: list[str] = Field(default_factory=list)
    formality: str = ""


class PseudoTable(_Table):
    """The pseudo-locale's style."""

    expansion: float = Field(gt=0, le=2)
    open: str
    close: str
    words: list[str] = Field(min_length=1)
    wide: str = Field(min_length=1)
    accents: dict[str, str]
    source: str


class LocalePack(_Table):
    """Schema of ``packs/locales/locales.toml``."""

    version: str
    pseudo: PseudoTable
    #: language-REGION → the ISO 15924 script the tag means (CLDR likely subtags).
    region_scripts: dict[str, str] = Field(default_factory=dict)
    locales: dict[str, LocaleEntry]


@dataclass(frozen=True)
class LocaleFacts:
    """What a build needs to know of one locale (``series`` values already resolved)."""

    tag: str
    name: str
    native: str
    direction: Literal["ltr", "rtl"]
    script: str
    #: ISO 639-2/T code of the language (an MP4 subtitle track's tag).
    language: str
    #: The subtitle profile's language key (packs/subtitles/profiles.toml).
    subtitles: str
    #: The espeak-ng voice (a language of espeak-ng's voice files).
    voice: str
    fonts: str
    font: str
    source: str
    #: Culture packs whose rules propose adaptations for this locale's audience.
    markets: tuple[str, ...] = ()
    #: The register a translation keeps (pronouns, polite forms, titles); "" = none given.
    formality: str = ""

    @property
    def rtl(self) -> bool:
        """True for a right-to-left script."""
        return self.direction == "rtl"

    @property
    def pseudo(self) -> bool:
        """True for the pseudo-locale."""
        return self.tag == PSEUDO_LOCALE

    @property
    def family(self) -> Literal["zh", "en"]:
        """The series language (zh or en) whose AI label and speech prosody this locale's
        text takes: zh for Chinese scripts, en for every other."""
        return "zh" if self.script in ("Hans", "Hant") else "en"


@cache
def locale_pack() -> LocalePack:
    """The built-in locale pack, validated."""
    return load_pack("locales", "locales", LocalePack)


def known_locales() -> list[str]:
    """Every locale tag the pack knows, sorted."""
    return sorted(locale_pack().locales)


def find_locale(tag: str) -> str | None:
    """The pack's spelling of ``tag`` (matched ignoring case), or None."""
    wanted = tag.lower().replace("_", "-")
    return next((known for known in locale_pack().locales if known.lower() == wanted), None)


def tag_script(tag: str) -> str | None:
    """The script a language tag means: its own script subtag (``zh-Hant-TW``), else the
    one its region implies (``zh-TW``: Hant), else the pack's locale's (``zh``: Hans);
    None when nothing says."""
    subtags = tag.replace("_", "-").split("-")
    for subtag in subtags[1:]:
        if len(subtag) == 4 and subtag.isalpha():
            return subtag.title()
    pack = locale_pack()
    if len(subtags) > 1:
        wanted = f"{subtags[0]}-{subtags[1]}".lower()
        found = next((s for key, s in pack.region_scripts.items() if key.lower() == wanted),
                     None)
        if found is not None:
            return found
    known = find_locale(tag)
    return pack.locales[known].script if known is not None else None


def locale_facts(tag: str, series_language: str) -> LocaleFacts:
    """The facts of locale ``tag`` for a series written in ``series_language``."""
    known = find_locale(tag)
    if known is None:
        raise InputError(f"microdrama knows no locale {tag!r}", where=PACK_FILE,
                         fix=f"use one of {', '.join(known_locales())}")
    entry = locale_pack().locales[known]
    base = locale_pack().locales[find_locale(series_language) or "en"]

    def resolve(field: str) -> str:
        value = str(getattr(entry, field))
        return str(getattr(base, field)) if value == SERIES else value

    return LocaleFacts(
        tag=known, name=entry.name, native=entry.native, direction=entry.direction,
        script=resolve("script"), language=entry.language, subtitles=resolve("subtitles"),
        voice=resolve("voice"), fonts=resolve("fonts"), font=resolve("font"), source=entry.source,
        markets=tuple(entry.markets), formality=entry.formality,
    )


@cache
def pseudo_style() -> PseudoStyle:
    """The pseudo-locale's style from the pack."""
    table = locale_pack().pseudo
    return PseudoStyle(expansion=table.expansion, open=table.open, close=table.close,
                       words=tuple(table.words), wide=table.wide,
                       accents=tuple(sorted(table.accents.items())))


def pseudo_text(text: str) -> str:
    """``text`` in the pseudo-locale (accented, longer, bracketed)."""
    return pseudo_localize(text, pseudo_style())


def pseudo_spoken(text: str) -> str:
    """A pseudo-locale line as its dub speaks it (plain letters, the padding kept)."""
    return speakable(text, pseudo_style())


def cue_capacity(profile: SubtitleProfile) -> int:
    """Characters one subtitle cue can hold: a full line times the lines allowed."""
    return profile.chars_per_line * profile.max_lines


def max_characters(source: str, series_language: str, facts: LocaleFacts,
                   spoken_ms: int | None = None) -> int:
    """How long a translation of ``source`` may be, in characters, to fit the locale's
    burned-in (vertical) subtitles.

    Timed (``spoken_ms``: how long the line is spoken): what the locale's reading speed
    allows on screen for that long (the cue may linger past the speech), never less than
    one full cue. Not timed yet: as many full cues as the source needs in the series
    language's profile (the subtitles stage splits a long line into several cues).
    Widths follow each profile's counting (half-width may count 0.5); the limit counts
    every character as one, so it errs on the short side for Korean and Japanese.
    """
    target = load_profile(facts.subtitles, vertical=True)
    if spoken_ms is not None:
        readable = math.floor(target.cps * (spoken_ms + target.linger_ms) / 1000)
        return max(cue_capacity(target), readable)
    series = load_profile(series_language, vertical=True)
    cues = max(1, math.ceil(series.width(source) / cue_capacity(series)))
    return cues * cue_capacity(target)


# --- genre words for re-titling (packs/locales/titles.toml) ------------------------------


class GenreTitles(_Table):
    """A locale's genre words and ready titles, per trope id."""

    words: dict[str, list[str]] = Field(default_factory=dict)
    titles: dict[str, list[str]] = Field(default_factory=dict)


class TitlePack(_Table):
    """packs/locales/titles.toml."""

    version: str
    source: str = Field(min_length=1)
    locales: dict[str, GenreTitles]


@cache
def genre_titles(locale: str) -> GenreTitles | None:
    """The genre words and titles of ``locale`` (None when the pack has none for it)."""
    pack = load_pack("locales", "titles", TitlePack)
    known = find_locale(locale)
    return pack.locales.get(known) if known else None
