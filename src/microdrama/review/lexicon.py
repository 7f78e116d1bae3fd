"""The script doctor's word lists (packs/doctor/<lang>.yaml) and how text is matched.

Chinese is matched by substring and segmented with jieba; English by whole words,
case-insensitively. Everything here is pure: no I/O beyond reading the packaged pack.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from microdrama.packs import load_pack, read_pack


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Departure(_Schema):
    """Words that take a character out of the story, and what cancels them."""

    phrases: list[str] = Field(description="Dies, is led away, leaves for good.")
    negations: list[str] = Field(description="In the same clause: not a departure.")
    returns: list[str] = Field(description="A named character comes back.")
    memory: list[str] = Field(description="A name near these is remembered, not present.")
    possessive: list[str] = Field(description="After a name: a possessive mention.")
    recap: list[str] = Field(description="An action holding one is a recap: nobody acts in it.")
    own_subject: list[str] = Field(default_factory=list, description="A clause that opens on "
                                   "one names its own subject (\"The applause dies\"): a "
                                   "departure in it is nobody's unless a character is named.")


class Knowledge(_Schema):
    """How a secret's distinctive terms are picked."""

    common: list[str] = Field(description="Everyday words that never count.")
    common_frequency: int = Field(default=0, description="jieba frequency above which a word is common (0: unused).")
    name_suffixes: list[str] = Field(default_factory=list, description="Surname + these = a family, not a secret.")
    min_term_length: int = Field(description="Shorter terms never count.")
    min_hits: int = Field(description="Distinct secret terms a line must hold.")


class Ending(_Schema):
    """What makes a last beat read open or closed."""

    open: list[str] = Field(description="Questions, threats, arrivals, interruptions.")
    closed: list[str] = Field(description="Resolutions and farewells.")


class SetupItem(_Schema):
    """A prop, person or place that must be shown before a line mentions it."""

    name: str = Field(description="Stable name of the item.")
    words: list[str] = Field(description="Words that mention it.", min_length=1)
    not_in: list[str] = Field(default_factory=list, description="Phrases whose word is no "
                              "mention of it (契约婚姻, a contract marriage: a bond, not a "
                              "paper).")

    def mentioned(self, text: str, language: str) -> str | None:
        """The word of ``text`` that mentions this item (outside ``not_in``), or None."""
        for phrase in self.not_in:
            text = re.sub(re.escape(phrase), " ", text, flags=re.IGNORECASE)
        return has_any(text, self.words, language)


class Setup(_Schema):
    """What must be set up before it is mentioned."""

    props: list[SetupItem]
    people: list[SetupItem]
    places: list[SetupItem]

    def items(self) -> list[tuple[str, SetupItem]]:
        """(kind, item) for every entry."""
        return ([("prop", i) for i in self.props] + [("person", i) for i in self.people]
                + [("place", i) for i in self.places])


class Repeat(_Schema):
    """When a repeated line is a fault."""

    min_length: int = Field(description="Normalised length below which lines may repeat.")
    callback_markers: list[str] = Field(description="In a direction: a deliberate callback.")


class Titles(_Schema):
    """Title words that belong to a position in the series."""

    finale: list[str]
    opening: list[str]
    finale_share: float = Field(ge=0, le=1)
    opening_share: float = Field(ge=0, le=1)


class DoctorPack(_Schema):
    """One language's doctor lexicon."""

    language: str
    source: str = Field(min_length=1, description="Where the words come from.")
    departure: Departure
    knowledge: Knowledge
    ending: Ending
    setup: Setup
    repeat: Repeat
    titles: Titles
    misplaced: dict[str, list[str]] = Field(description="Location kind → activities that do not fit.")


@cache
def load_doctor_pack(language: str) -> DoctorPack:
    """The validated doctor pack for ``language``."""
    return load_pack("doctor", language, DoctorPack)


@cache
def _word_pattern(word: str) -> re.Pattern[str]:
    """Whole-word, case-insensitive pattern (English)."""
    head = r"(?<![a-z0-9])" if word[:1].isalnum() else ""
    tail = r"(?![a-z0-9])" if word[-1:].isalnum() else ""
    return re.compile(head + re.escape(word.lower()) + tail)


def find(text: str, word: str, language: str) -> int:
    """Index of ``word`` in ``text`` (-1 if absent): substring in zh, whole word in en."""
    if language == "zh":
        return text.find(word)
    match = _word_pattern(word).search(text.lower())
    return match.start() if match else -1


def has_any(text: str, words: list[str], language: str) -> str | None:
    """The first of ``words`` found in ``text``, or None."""
    return next((w for w in words if find(text, w, language) >= 0), None)


def clauses(text: str) -> list[str]:
    """Split action text into clauses at sentence ends, semicolons and commas."""
    return [c for c in re.split(r"[。！？!?；;，,\n]|\.(?:\s|$)", text) if c.strip()]


_PUNCTUATION = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Lower case, no punctuation or whitespace: how repeats are compared."""
    return _PUNCTUATION.sub("", text.lower())


_EN_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")


def stem(word: str) -> str:
    """A light English stem: enough to match switched/switch, babies/baby."""
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + keep
    return word


def en_stems(text: str) -> set[str]:
    """The stems of the words of an English text."""
    return {stem(w) for w in _EN_WORD.findall(text.lower())}


@cache
def _jieba():  # type: ignore[no-untyped-def]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def warm(language: str) -> None:
    """Load the doctor's pack for ``language`` and, in zh, jieba's dictionary (≈ 0.6 s,
    paid by the first episode a process checks), so checks run after it start warm."""
    load_doctor_pack(language)
    if language == "zh":
        _jieba().initialize()


def key_terms(text: str, language: str, names: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Distinctive terms of ``text`` (a secret, a premise term), each with its variants.

    A term is kept unless it is short, common (pack list or, in zh, frequent in jieba's
    dictionary), a name or part of one, or a family word (surname + 家). Each term comes
    with the distinctive sub-words it may be said as (亲生女儿 → 亲生).
    """
    return _key_terms(text, language, names)


@cache
def _key_terms(text: str, language: str, names: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    knowledge = load_doctor_pack(language).knowledge
    common = set(knowledge.common)
    if language != "zh":
        name_words = {stem(w) for n in names for w in _EN_WORD.findall(n.lower())}
        stems = [stem(w) for w in _EN_WORD.findall(text.lower())]
        kept = [s for s in dict.fromkeys(stems)
                if len(s) >= knowledge.min_term_length and s not in common
                and s not in name_words]
        return tuple((s,) for s in kept)
    jieba = _jieba()
    surnames = {n[0] for n in names if len(n) in (2, 3)}

    def distinctive(word: str) -> bool:
        if len(word) < knowledge.min_term_length or not re.search(r"\w", word):
            return False
        if word in common or any(word in n or n in word for n in names):
            return False
        if word[0] in surnames and word[1:] in knowledge.name_suffixes:
            return False
        frequency = jieba.dt.FREQ.get(word) or 0
        return not (knowledge.common_frequency and frequency > knowledge.common_frequency)

    terms: list[tuple[str, ...]] = []
    for word in dict.fromkeys(jieba.lcut(text)):
        variants = [word] if distinctive(word) else []
        if len(word) >= 4:
            variants += [w for w in jieba.lcut_for_search(word)
                         if w != word and distinctive(w) and w not in variants]
        if variants:
            terms.append(tuple(variants))
    return tuple(terms)


def term_hits(text: str, terms: tuple[tuple[str, ...], ...], language: str) -> list[str]:
    """The terms (by their first variant) that ``text`` holds."""
    if language == "zh":
        return [t[0] for t in terms if any(v in text for v in t)]
    stems = en_stems(text)
    return [t[0] for t in terms if any(v in stems for v in t)]


@cache
def pack_digest(language: str) -> str:
    """A short hash of the doctor pack: part of the check's cache key."""
    text = json.dumps(read_pack("doctor", language), sort_keys=True, ensure_ascii=False)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
