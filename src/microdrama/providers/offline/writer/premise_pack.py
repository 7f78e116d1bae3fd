"""The premise pack's schema and loader (``packs/premise/<lang>.yaml``), and word matching."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, create_model

from microdrama.domain.base import Model
from microdrama.domain.bible import LocationKind
from microdrama.domain.premise import TruthKind
from microdrama.packs import load_pack

Gender = Literal["female", "male", ""]

class TruthEntry(Model):
    words: list[str]
    kind: TruthKind
    trope: str
    gender: Gender = ""
    not_core: list[str] = Field(default_factory=list)

class Occupation(Model):
    word: str
    gender: Gender = ""
    side: Literal["any", "foe"] = "any"
    #: A station in life, not a job (a single mother): a job the lead's own verb gives
    #: comes first ("A single dad opens a flower shop" → flower shop owner).
    station: bool = False

class Witness(Model):
    words: list[str]
    say: str

class PlaceEntry(Model):
    words: list[str]
    kind: LocationKind

class WrongedKin(Model):
    """A relative the antagonist wronged: what the lead is to them (as a woman, as a man;
    '' when it cannot be) and what the lead's secret calls them (``wronged_kin``)."""

    female: str
    male: str
    who: str


class LoveRule(Model):
    """When an antagonist the idea names is the love interest (``love:`` of a premise pack)."""

    tropes: list[str] = Field(description="Tropes whose love interest may be the idea's foe.")
    words: list[str] = Field(min_length=1, description="What such a love interest is called.")
    children: list[str] = Field(min_length=1)
    parents: list[str] = Field(min_length=1)


class Story(Model):
    """A kind of story an idea can tell without a trope word, and the trope written for it
    (``stories:`` of a premise pack, decision 0029)."""

    story: str
    trope: str
    words: list[str] = Field(min_length=1)


class Register(Model):
    """Who says the polite "you" to whom (register.py): each role's rank by era, higher
    outranks; the polite words and their plain ones."""

    ranks: dict[str, dict[str, int]]
    polite: dict[str, str] = Field(min_length=1)


class PremisePack(Model):
    """Schema of ``packs/premise/<lang>.yaml``."""

    language: Literal["zh", "en"]
    truth_markers: list[str] = Field(min_length=1)
    truth_hidden_by: list[str] = Field(default_factory=list)
    truths: list[TruthEntry]
    occupations: list[Occupation]
    female_words: list[str]
    male_words: list[str]
    incident_verbs: list[str] | dict[str, str]
    #: Words the lead finds something out with (zh 她发现…): what follows is the incident.
    discover_words: list[str] = Field(default_factory=list)
    images: list[str]
    witnesses: list[Witness]
    places: list[PlaceEntry]
    time: dict[Literal["rebirth", "time_skip", "countdown"], list[str]]
    want_markers: list[str]
    want_verbs: list[str] = Field(default_factory=list)
    #: What someone does to a thing of the lead's that the lead then fights to keep
    #: ("foreclosing on her shop": she wants to save her shop).
    threat_verbs: list[str] = Field(default_factory=list)
    polite_register: Register | None = Field(default=None, alias="register")
    #: Endings of person words that say a gender (厨娘, 太子妃, 小哥).
    gendered_endings: dict[Literal["female", "male"], list[str]] = Field(default_factory=dict)
    #: [female, male] words a bank text says of a role, worded for the cast (regender.py).
    gender_words: list[tuple[str, str]] = Field(default_factory=list)
    #: Longer words that hold one of them but say no one's gender (其他, 他们).
    gender_words_not: list[str] = Field(default_factory=list)
    love: LoveRule | None = None
    stories: list[Story] = Field(default_factory=list)
    events: list[str] = Field(default_factory=list, description="Places that are events "
                              "(a wedding, 订婚宴): lines may say them as a day that happened.")
    pronouns: dict[Literal["female", "male"], list[str]]
    narrator: list[str] = Field(default_factory=list, description="Words by which the idea "
                                "is told in the first person (I, my; 我): its lead tells it.")
    narrator_partners: dict[str, Literal["female", "male"]] = Field(
        default_factory=dict, description="The narrator's partner → the narrator's gender "
        "('my husband' is a woman's; 我老婆, a man's).")
    surnames: list[str] = Field(default_factory=list)
    not_names: list[str] = Field(default_factory=list)
    not_name_endings: list[str] = Field(default_factory=list)
    given_names: dict[Literal["female", "male"], list[str]] = Field(default_factory=dict)
    writing: dict[str, Any] = Field(description="Templates; validated by frame.Writing.")
    open: dict[str, Any] | None = Field(
        default=None, description="Closed word classes for ideas no list covers; validated "
        "by premise_open_en.OpenWords (English).")

    def incident_words(self) -> list[str]:
        words = self.incident_verbs
        return list(words) if isinstance(words, dict) else words

    def occupation(self, word: str) -> Occupation | None:
        lower = word.lower()
        return next((o for o in self.occupations if o.word.lower() == lower), None)

@cache
def load_premise_pack(language: str) -> PremisePack:
    """The validated premise pack for ``language``."""
    return load_pack("premise", language, PremisePack)

S = TypeVar("S", bound=BaseModel)


@cache
def open_table(language: str, schema: type[S]) -> S:
    """The premise pack's ``open:`` table for ``language``, validated as ``schema``; a
    table that does not fit is a PackError naming the file and the field."""
    section = create_model(f"{schema.__name__}Section", __config__=ConfigDict(extra="ignore"),
                           open=(schema, ...))
    return load_pack("premise", language, section).open  # type: ignore[attr-defined, no-any-return]

CJK = re.compile(r"[\u3400-\u9fff]")

def word_pattern(word: str) -> re.Pattern[str]:
    """``word`` as a whole word, any case ("'s actually" may follow a letter)."""
    before = r"(?<![\w'])" if word[:1].isalnum() else ""
    after = r"(?![\w'])" if word[-1:].isalnum() else ""
    return re.compile(before + re.escape(word) + after, re.IGNORECASE)


def has_word(text: str, word: str, language: str) -> bool:
    """True when ``text`` holds ``word`` (zh: as characters; en: as a whole word)."""
    if language == "zh":
        return word in text
    return word_pattern(word).search(text) is not None

def place_kind(phrase: str, language: str) -> LocationKind | None:
    """The location kind a place phrase names (None when no pack word fits)."""
    pack = load_premise_pack(language)
    for entry in pack.places:
        if any(has_word(phrase, w, language) for w in entry.words):
            return entry.kind
    return None
