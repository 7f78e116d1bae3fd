"""English phrases by their edges: tokens, noun phrases, and what a word can be.

The closed word classes (determiners, prepositions, conjunctions, auxiliaries…) are data in
the English premise pack's ``open:`` table; whether an open word can be a noun, a verb or
an adjective comes from lemminflect's lexicon. ``premise_open_en`` reads an idea's people
and places with these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import Field

from microdrama.domain.base import Model
from microdrama.providers.offline.writer.premise_pack import Gender, WrongedKin, open_table

Bond = Literal["family", "love", "friend"]


class KinEntry(Model):
    words: list[str] = Field(min_length=1)
    gender: Gender = ""
    bond: Bond


class OpenWords(Model):
    """Schema of the ``open:`` table of the English premise pack."""

    determiners: list[str]
    possessives: list[str]
    prepositions: list[str]
    place_prepositions: list[str]
    conjunctions: list[str]
    relatives: list[str]
    auxiliaries: list[str]
    pronouns: list[str]
    particles: list[str]
    past_markers: list[str]
    workplace_verbs: dict[str, str]
    people: list[str]
    kin: list[KinEntry]
    rival_words: list[str]
    harm_verbs: list[str]
    harm_lead_ins: list[str] = Field(default_factory=list)
    harm_phrases: list[str] = Field(default_factory=list)
    #: Verbs before "as" by which the lead becomes or passes for someone ("returns as his
    #: new boss"): that someone is the lead, not another person.
    becomes_verbs: list[str] = Field(default_factory=list)
    protect_verbs: list[str] = Field(default_factory=list)
    foe_people: list[str]
    plain_people: dict[str, Gender]
    gone_words: list[str]
    gone_verbs: list[str]
    ranks: list[str]
    situations: list[str]
    love_markers: list[str]
    wronged_kin: dict[str, WrongedKin]


def open_words() -> OpenWords:
    return open_table("en", OpenWords)


_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[.,;:!?—–]")  # words in any script (São Paulo)


@dataclass
class Token:
    text: str
    start: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Phrase:
    """A noun phrase: ``words`` (modifiers then head), where it sits, whose it is."""

    words: list[Token]
    owner: str = ""  # "her" in "her estranged son"
    preposition: str = ""  # the word before it: "in", "as", "runs"…
    harms: bool = False  # does harm in the idea ("who ruined her career")
    gender: Gender = ""  # said of them ("the patient … is the man who …")
    gone: bool = False  # "her twin sister dies": out of the story
    whose: bool = False  # only the owner of a thing ("his mother's hospital bills")
    accomplice: bool = False  # whom a betrayal is done with ("cheats on her with her sister")
    harmed: bool = False  # what a harm is done to ("who killed her mother"): the lead's side

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    @property
    def head(self) -> str:
        return self.words[-1].text

    def compound(self) -> str:
        """The head with the nouns before it ("health inspector", "noodle stall")."""
        if all(t.text[:1].isupper() for t in self.words):
            return self.text()  # a proper name is whole ("United Nations")
        kept: list[str] = []
        for token in reversed(self.words):
            if kept and not _noun_modifier(token) and not token.low.endswith(("'s", "’s")):
                break
            kept.insert(0, token.text)
            if token.low.endswith(("'s", "’s")):
                break  # whose they are ("senator's daughter") ends the name
        kept[-1] = singular(kept[-1])
        return " ".join(kept)

    def modifiers(self) -> list[str]:
        """The words before the compound ("retired", "estranged", "talking"); none when
        the compound is someone's ("her late husband's mistress": "late" is his)."""
        compound = self.compound().split()
        if compound[0].lower().endswith(("'s", "’s")):
            return []
        return [t.low for t in self.words[:len(self.words) - len(compound)]]

    def text(self) -> str:
        return " ".join(t.text for t in self.words)


@cache
def lexicon() -> object:
    import lemminflect

    return lemminflect


def parts_of_speech(word: str) -> set[str]:
    """Which parts of speech ``word`` can be (empty when the lexicon does not know it)."""
    lemmas = lexicon().getAllLemmas(word.lower())  # type: ignore[attr-defined]
    return set(lemmas)


def singular(word: str) -> str:
    """A plural noun's singular ("lawyers" → "lawyer"); other words as they are."""
    if " " in word or not word.islower():
        return word
    if "-" in word.strip("-"):  # "in-laws" → "in-law", "step-sisters" → "step-sister"
        head, _, last = word.rpartition("-")
        return f"{head}-{singular(last)}"
    lemmas = lexicon().getAllLemmas(word)  # type: ignore[attr-defined]
    nouns = lemmas.get("NOUN")
    return str(nouns[0]) if nouns and word.endswith("s") and nouns[0] != word else word


def _noun_modifier(token: Token) -> bool:
    """A word that can stand before a noun as part of its name ("health", "noodle"), not
    one that describes it ("retired", "single", "rival")."""
    if token.low in _multiword_heads():
        return True
    kinds = parts_of_speech(token.text)
    if token.text.isupper() and len(token.text) > 1:
        return True  # "FBI agent", "CIA analyst"
    if not kinds and token.text.isalpha() and token.text.islower():
        return not token.low.endswith(("ed", "ing", "ly"))  # unknown: "billionaire", "tech"
    return "NOUN" in kinds and "ADJ" not in kinds and not token.low.endswith(("ed", "ing"))


@cache
def _multiword_heads() -> frozenset[str]:
    """First words of the pack's several-word people and kin ("twin", "first", "best")."""
    words = open_words()
    phrases = [*words.people, *(w for k in words.kin for w in k.words)]
    return frozenset(p.split()[0] for p in phrases if " " in p)


#: A name with its possessive ending, owning the phrase after it ("Maya's").
_NAMED_OWNER = re.compile(r"^[A-Z][a-z]+['’]s$")


def tokens(text: str) -> list[Token]:
    return [Token(m.group(), m.start()) for m in _TOKEN.finditer(text)]


class _Classes:
    def __init__(self) -> None:
        w = open_words()
        self.det = set(w.determiners)
        self.poss = set(w.possessives)
        self.prep = set(w.prepositions)
        self.conj = set(w.conjunctions)
        self.rel = set(w.relatives)
        self.aux = set(w.auxiliaries)
        self.pron = set(w.pronouns)
        self.closed = (self.det | self.poss | self.prep | self.conj | self.rel | self.aux |
                       self.pron | set(w.particles))


@cache
def _classes() -> _Classes:
    return _Classes()


def _is_break(token: Token) -> bool:
    return not token.text[0].isalpha()


def _can_be_verb_here(token: Token, previous: Token | None, plural: bool) -> bool:
    """Whether ``token``, right after a noun, starts the predicate."""
    kinds = parts_of_speech(token.text)
    if not kinds:
        return False
    if "VERB" in kinds and not kinds & {"NOUN", "ADJ", "PROPN"}:
        return True  # "finds", "separated", "discovers"
    if "VERB" not in kinds or previous is None:
        return False
    low = token.low
    if not plural:  # "A retired astronaut runs": a singular subject's verb ends in -s
        return low.endswith("s") and not low.endswith(("ss", "us", "is"))
    return singular(low) == low and not low.endswith("s")  # "Twin sisters meet"


def phrase_at(items: list[Token], at: int, *, subject: bool = False) -> tuple[Phrase | None, int]:
    """The noun phrase starting at ``items[at]`` (after any determiner or owner) and the
    index after it; None when no noun phrase starts there."""
    classes = _classes()
    owner = ""
    index = at
    if index < len(items) and items[index].low in classes.det:
        index += 1
    elif index < len(items) and items[index].low in classes.poss:
        owner = items[index].low
        index += 1
    elif subject and index + 1 < len(items) and _NAMED_OWNER.match(items[index].text) and \
            items[index].text.split("'")[0].split("’")[0].lower() not in classes.closed:
        owner = items[index].low  # "Maya's husband leaves her": whose husband opens it
        index += 1
    words: list[Token] = []
    plural = False
    while index < len(items) and len(words) < 5:
        token = items[index]
        if _is_break(token) or token.low in classes.closed and token.low not in ("one",):
            break
        if words and (subject or not token.text[:1].isupper()) and \
                _can_be_verb_here(token, words[-1], plural):
            break
        kinds = parts_of_speech(token.text)
        if words and "VERB" in kinds and not kinds & {"NOUN", "ADJ"} and \
                not token.low.endswith(("ed", "ing")):
            break
        words.append(token)
        plural = token.low.endswith("s") and singular(token.low) != token.low
        index += 1
    # "the agent hunting her": a participle with an object after it is a verb.
    if len(words) > 1 and words[-1].low.endswith("ing") and index < len(items) and \
            items[index].low in classes.pron | classes.poss | classes.det:
        words.pop()
        index -= 1
    # A phrase ends on its noun: a trailing adjective or participle is the predicate's.
    while words and not (parts_of_speech(words[-1].text) & {"NOUN", "PROPN"}
                         or not parts_of_speech(words[-1].text)):
        words.pop()
        index -= 1
    if not words:
        return None, at + 1
    return Phrase(words, owner=owner), index


def _kin(phrase: Phrase) -> KinEntry | None:
    compound = phrase.compound().lower()
    for entry in open_words().kin:
        for word in sorted(entry.words, key=len, reverse=True):
            if compound == word or compound.endswith(" " + word):
                return entry
    return None


def kin_of(phrase: Phrase) -> KinEntry | None:
    return _kin(phrase)


def is_past(phrase: Phrase) -> str:
    """The word that sets the lead in the past ("retired", "former"), or ''."""
    markers = set(open_words().past_markers)
    for token in phrase.words[:-1]:
        low = token.low
        if low in markers or low.split("-")[0] in markers and "-" in low:
            return low
    return ""


def with_article(phrase: str) -> str:
    """``phrase`` after "a" or "an", by its sound: an heiress, an hour, a uniform."""
    low = phrase.lower()
    vowel = low[:1] in "aeiou" and not low.startswith(("uni", "use", "euro", "one")) or \
        low.startswith(("heir", "hour", "honest", "honor", "honour"))
    return ("an " if vowel else "a ") + phrase


def modifies_noun(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at ``text[start:end]`` describe the noun right after
    them instead of naming someone: "a former *Olympic* gymnast", "a *Parisian* florist",
    "a *Navy* SEAL", "her *Californian* high school". They open a noun phrase (after an
    article, an owner, an adjective or a participle) and a noun that does not start the
    predicate follows ("her boss *Derek* fires her": a verb follows, Derek is a name)."""
    after = tokens(text[end:end + 40])
    before = tokens(text[max(0, start - 40):start])
    if not after or after[0].start > 1 or _is_break(after[0]):
        return False
    if before and not _opens_noun_phrase(before[-1]):
        return False
    follow = after[0]
    if follow.text.isupper() and len(follow.text) > 1:
        return True  # "Navy SEAL", "Wall Street CEO"
    if not follow.text[:1].islower() or follow.low in _classes().closed:
        return False
    kinds = parts_of_speech(follow.text)
    if not kinds:  # a word the lexicon does not know ("snowboarder"), not a verb form
        return follow.text.isalpha() and not follow.low.endswith(("s", "ed"))
    return "NOUN" in kinds and not _can_be_verb_here(follow, Token(text[start:end], start),
                                                     False)


def _opens_noun_phrase(token: Token) -> bool:
    """Whether a noun phrase may go on after ``token``: an article, an owner, an adjective
    or a participle ("a", "her", "former", "struggling")."""
    classes = _classes()
    if token.low in classes.det | classes.poss or token.low in open_words().past_markers:
        return True
    if _is_break(token) or token.low in classes.closed:
        return False
    return "ADJ" in parts_of_speech(token.text) or token.low.endswith(("ed", "ing"))


def job_before_name(text: str, name: str) -> str:
    """The job set right before a name in one noun phrase: "The nurse *Lily*", "Young
    widow *Elena*", "Stay-at-home dad *Ben*" → "nurse", "widow", "dad" ('' when none, or
    when the phrase is someone's: "her sister June" names a sister, not a job)."""
    items = tokens(text)
    at = next((i for i, t in enumerate(items) if t.start == text.find(name)), None)
    if at is None or at == 0:
        return ""
    classes = _classes()
    start = at
    while start > 0 and not _is_break(items[start - 1]) and \
            items[start - 1].low not in classes.closed and \
            not (items[start - 1].text[:1].isupper() and start - 1 > 0 and
                 items[start - 2].text[:1].isupper()):
        start -= 1
    if start == at or start > 0 and items[start - 1].low in classes.poss:
        return ""
    words = items[start:at]
    if any(parts_of_speech(t.text) == {"VERB"} for t in words):
        return ""  # "meets Jake", not a job
    first = words[0]
    if (start == 0 or items[start - 1].text in ".!?") and not first.text.isupper():
        words[0] = Token(first.low, first.start)  # "Firefighter Jake": capitalised to open
    return Phrase(words).compound()


@cache
def _harm_lemmas() -> frozenset[str]:
    found: set[str] = set()
    for verb in open_words().harm_verbs:
        found |= set(lexicon().getAllLemmas(verb).get("VERB", ()))  # type: ignore[attr-defined]
    return frozenset(found)


def is_harm(token: Token) -> bool:
    """Whether ``token`` is one of the pack's harm verbs in any form ("blackmailing",
    "drown" after "tried to"): its own word or a verb whose lemma is one of theirs."""
    if token.low in open_words().harm_verbs:
        return True
    lemmas = lexicon().getAllLemmas(token.low).get("VERB", ())  # type: ignore[attr-defined]
    return bool(set(lemmas) & _harm_lemmas())
