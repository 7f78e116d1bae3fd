"""Reading an English idea whose words no list names: phrases found by their edges.

"A retired astronaut runs a noodle stall in Taipei and discovers her estranged son is the
health inspector sent to shut her down." No pack lists astronauts, noodle stalls or
health inspectors, yet a reader sees who the story is about (the subject), what she was
(``retired`` astronaut: her past), where she works (what she ``runs``), where it is
(``in`` Taipei), and who stands against her (her ``son``, who ``is`` the inspector).

English marks phrase edges with closed word classes (determiners, prepositions,
conjunctions, auxiliaries: the pack's ``open:`` table); whether an open word can be a
noun, a verb or an adjective comes from lemminflect's lexicon. What this finds only fills
what the pack's own words left empty (``premise_en``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from microdrama.providers.offline.writer.premise_pack import (
    Gender,
    load_premise_pack,
    place_kind,
)
from microdrama.providers.offline.writer.premise_phrase_en import (
    KinEntry,
    OpenWords,
    Phrase,
    Token,
    _classes,
    _is_break,
    _kin,
    is_harm,
    is_past,
    kin_of,
    open_words,
    parts_of_speech,
    phrase_at,
    singular,
    tokens,
    with_article,
)

__all__ = ["KinEntry", "OpenWords", "Phrase", "Reading", "Token", "is_past", "kin_of",
           "open_words", "parts_of_speech", "phrase_at", "read_open_en", "singular", "tokens",
           "with_article"]


@dataclass
class Reading:
    """What the phrase reader found in an idea."""

    lead: Phrase | None = None
    lead_role: str = ""  # "lawyer" in "meet as rival lawyers"
    lead_rival: bool = False  # "rival lawyers": the other one is the antagonist
    people: list[tuple[Phrase, str]] = field(default_factory=list)  # (person, what they are)
    places: list[str] = field(default_factory=list)
    proper_places: list[str] = field(default_factory=list)
    workplace_role: str = ""  # "owner" when the lead runs the place
    lead_past: str = ""  # "a former army surgeon" in "the nurse is a former army surgeon"
    # "The billionaire patient *she* saved …": the lead is only a pronoun, the subject
    # phrase someone they act on.
    lead_pronoun: Gender = ""
    things: list[str] = field(default_factory=list)  # objects that are neither
    # Whose kin an antagonist wronged, and how: ("her", "father", "ruined") in "the man who
    # ruined her father's company".
    wronged: tuple[str, str, str] = ("", "", "")
    # "Maya's husband leaves her", "a woman's sister steals her fiancé": the phrase that
    # opens the idea, someone of the lead's who acts on them.
    opening: Phrase | None = None
    # Spans of who the lead becomes or passes for ("she returns as his new boss"): roles
    # of the lead's, not other people.
    lead_becomes: list[tuple[int, int]] = field(default_factory=list)


def _is_person(phrase: Phrase, known_jobs: set[str]) -> bool:
    compound = phrase.compound().lower()
    head = singular(phrase.head.lower())
    people = set(open_words().people) | known_jobs
    return _kin(phrase) is not None or compound in people or head in people


def read_open_en(text: str, known_jobs: set[str]) -> Reading:
    """The lead, the other people, and the places of an English idea, by phrase edges."""
    words = open_words()
    classes = _classes()
    items = tokens(text)
    reading = Reading()
    # The main clause starts after a leading subordinate clause ("After …, a mother …").
    start = 0
    comma = next((i for i, t in enumerate(items) if t.text == ","), None)
    if comma is not None and items and (
            items[0].low in classes.conj | classes.prep or
            any(t.low in classes.conj - {"and", "or", "but", "so", "yet", "nor"}
                for t in items[:comma]) or _participle(items[0], items[1:2])):
        # "After …, a mother …", "In 2049, a robot nanny …", "Ten years after …, a mechanic",
        # "Framed by her brother, a disgraced CFO …", "Disguised as a man, a general's …"
        start = comma + 1
    lead, lead_end = phrase_at(items, start, subject=True)
    if lead is not None and lead_end + 1 < len(items) and items[lead_end].low in ("she", "he") \
            and "VERB" in parts_of_speech(items[lead_end + 1].text):
        reading.lead_pronoun = "female" if items[lead_end].low == "she" else "male"
        lead.harms = _harm(items, lead_end + 2, lead, reading)
        reading.people.append((lead, ""))
        lead = None
    last_named: Phrase | None = None
    split = _owned_harmer(items, lead, lead_end) if lead is not None else None
    if split is not None:
        # "A woman's sister steals her fiancé": the woman leads; her sister, who does the
        # harm to her (the pronoun after the verb), is against her
        lead, harmer = split
        harmer.harms = True
        reading.people.append((harmer, ""))
        reading.opening = harmer
    elif lead is not None and lead.owner.endswith(("'s", "’s")):
        # "Maya's husband leaves her for her best friend": the one whose husband it is
        # leads (the name reader takes her); her husband is against her if he harms her.
        lead.harms = _harm(items, lead_end, lead, reading)
        reading.people.append((lead, ""))
        reading.opening = last_named = lead
        lead = None
    # "Her stepmother Diane throws June out", "My boss fired me": someone's someone is not
    # whose story it is.
    if lead is not None and not lead.owner and (items[start].low in classes.det or
                                                _is_person(lead, known_jobs) or
                                                _bare_subject(items, start, lead, lead_end)):
        reading.lead = lead
        reading.lead_rival = bool(set(lead.modifiers()) & set(words.rival_words))
    index = 0
    last_person: Phrase | None = reading.people[0][0] if reading.people else None
    if last_named is not None:  # the owned phrase that opens the idea is read already
        index = lead_end
    elif last_person is not None:  # the object phrase that opens the idea is read already
        index = next(i for i, t in enumerate(items) if t.start >= last_person.end) + 2
    while index < len(items):
        if reading.lead is not None and index == start:
            index, last_person = lead_end, reading.lead  # the lead is not someone else
            _harm(items, index, reading.lead, reading, lead=True)
            continue
        token = items[index]
        low = token.low
        before = items[index - 1].low if index else ""
        two_before = " ".join(t.low for t in items[max(0, index - 2):index])
        if low in classes.det or low in classes.poss and _opens_phrase(items, index + 1):
            phrase, after = phrase_at(items, index)
            if phrase is None:
                index += 1
                continue
            phrase.preposition = two_before if two_before in words.workplace_verbs else before
            phrase.harmed = index > 0 and is_harm(items[index - 1])
            if before == "as" and index >= 2 and _takes_a_role(items[index - 2]):
                # "she returns as his new boss", "poses as their maid": who the lead
                # becomes or passes for, not another person
                reading.lead_becomes.append((phrase.start, phrase.end))
                index = after
                continue
            if last_person is not None and _says_what(items, index, last_person):
                if _harm(items, after, phrase, reading):  # "… is the man who killed her sister"
                    last_person.harms = True
                _describe(last_person, phrase, reading)  # "her son is the health inspector"
            elif after < len(items) and items[after].low in set(words.gone_verbs):
                phrase.gone = True  # "when her twin sister dies…"
                _place_or_person(phrase, reading, known_jobs)
            else:  # "… poisoned by the empress": the agent of a harm does it
                phrase.accomplice = _accomplice(items, index)
                by_harm = before == "by" and _harmed_before(items, index - 1) or \
                    phrase.accomplice
                _place_or_person(phrase, reading, known_jobs,
                                 _harm(items, after, phrase, reading) or by_harm)
                if any(p is phrase for p, _ in reading.people):
                    last_person = phrase
            index = after
            continue
        if token.text[:1].isupper() and index > start and before in words.place_prepositions:
            name = [token.text]
            follow = index + 1
            while follow < len(items) and items[follow].text[:1].isupper() and \
                    items[follow].low not in classes.closed:
                name.append(items[follow].text)
                follow += 1
            place = " ".join(name)
            if place not in reading.proper_places and not _a_time(name):
                reading.proper_places.append(place)
            index = follow
            continue
        if before == "as" and reading.lead is not None and not reading.lead_role and \
                low not in classes.closed and not _is_break(token):
            phrase, after = phrase_at(items, index)  # "meet as rival lawyers"
            if phrase is not None:
                reading.lead_role = phrase.compound()
                reading.lead_rival = reading.lead_rival or bool(
                    set(phrase.modifiers()) & set(words.rival_words))
                index = after
                continue
        index += 1
    return reading


def _owned_harmer(items: list[Token], phrase: Phrase, end: int) -> tuple[Phrase, Phrase] | None:
    """For a subject "a woman's sister" that harms her or him ("steals her fiancé",
    "betrays him"): (the owner, the one owned); None otherwise ("A maid's daughter is the
    real heiress", "A billionaire's son bullies a poor student": whom he harms is another)."""
    at = next((i for i, t in enumerate(phrase.words[:-1]) if t.low.endswith(("'s", "’s"))), -1)
    if at < 0:
        return None
    follow = end
    while follow < len(items) and items[follow].low in set(_classes().aux) | set(
            open_words().harm_lead_ins):
        follow += 1
    ahead = " ".join(t.low for t in items[follow:follow + 4])
    pronouns = ("her", "him", "his", "them", "their")
    harmed_self = follow + 1 < len(items) and is_harm(items[follow]) and \
        items[follow + 1].low in pronouns
    by_phrase = any(ahead.startswith(p + " ") and any(w in pronouns for w in p.split()) or
                    ahead.startswith(p + " her") or ahead.startswith(p + " him")
                    for p in open_words().harm_phrases)
    if not (harmed_self or by_phrase):
        return None
    owner_token = phrase.words[at]
    bare = Token(re.sub(r"['’]s$", "", owner_token.text), owner_token.start)
    owner = Phrase([*phrase.words[:at], bare], owner=phrase.owner)
    owned = Phrase(phrase.words[at + 1:], owner=owner_token.low)
    return owner, owned


def _participle(token: Token, following: list[Token]) -> bool:
    """Whether an idea's first word opens a participle clause ("Framed …,", "Betrayed …,",
    "Disguised …,", "Reborn …,"): a verb form in -ed, -en or -ing that is no noun — or,
    in -ing, one used as a verb by what follows it ("Living in a trailer, …", "Raising
    her son alone, …"; not "Wedding bells …")."""
    kinds = parts_of_speech(token.text)
    if not token.low.endswith(("ed", "en", "ing")) or "VERB" not in kinds:
        return False
    if "NOUN" not in kinds:
        return True
    classes = _classes()
    return token.low.endswith("ing") and bool(following) and \
        following[0].low in classes.prep | classes.det | classes.poss | classes.pron


def _takes_a_role(token: Token) -> bool:
    """Whether the word before "as" has the lead become or pass for someone: "returns as",
    "comes back as", "poses as", "disguises herself as" (the pack's ``becomes_verbs``);
    not a job ("works as a maid") nor someone else ("hires him as her bodyguard")."""
    return token.low in set(open_words().becomes_verbs)


def _accomplice(items: list[Token], at: int) -> bool:
    """Whether the phrase at ``at`` is who a betrayal is done with or for: "cheats on her
    with her sister", "leaves her for her best friend", "runs off with his agent"."""
    window = " ".join(t.low for t in items[max(0, at - 6):at])
    for phrase in open_words().harm_phrases:
        if window.endswith(" " + phrase) and phrase.endswith((" for", " with")) or \
                re.search(rf"\b{re.escape(phrase)}\s+(?:her|him|them|me|us)\s+(?:with|for)$",
                          window):
            return True
    return False


def _bare_subject(items: list[Token], start: int, phrase: Phrase, end: int) -> bool:
    """Whether the idea opens on a noun phrase with no article that acts — "true crime
    podcaster realizes…", "kid from a trailer park gets into…", as ideas are typed: the
    subject is the lead (a place or a situation is not)."""
    if start != 0 or phrase.owner or place_kind(phrase.compound(), "en") is not None or \
            singular(phrase.head.lower()) in open_words().situations:
        return False
    closed = _classes()
    for token in items[end:end + 7]:
        if _is_break(token):
            return False
        if token.low not in closed.closed and "VERB" in parts_of_speech(token.text) and \
                token.low.endswith(("s", "ed")):
            return True  # its verb ("realizes", "gets", "moved")
        if token.low in closed.aux:
            return True  # "kid from the slums is…"
    return False


def _a_time(words: list[str]) -> bool:
    """"Christmas Eve", "Monday": a day, not a place (the pack's not-names)."""
    not_places = set(load_premise_pack("en").not_names) - {"New", "York", "City", "London",
                                                            "Los", "Angeles", "Paris"}
    return any(word in not_places for word in words)


def _says_what(items: list[Token], at: int, person: Phrase) -> bool:
    """Whether the phrase at ``items[at]`` says what ``person`` is: it follows a copula
    whose subject is ``person`` ("her son is the inspector", "the patient she saved is
    the man…": nothing between them breaks the clause), or "as" right after them ("her
    rival as the judge"). "…hire her as his nurse" says what *she* would be."""
    before = items[at - 1].low if at else ""
    between = [t for t in items if person.end <= t.start < items[at - 1].start] if at else []
    if before == "as":  # "goes undercover as a butler": no object between them
        classes = _classes()
        return not any(t.low in classes.pron | classes.poss | classes.det or
                       t.text[:1].isupper() or _is_break(t) for t in between)
    if before not in ("is", "was", "becomes", "became"):
        return False
    classes = _classes()
    return not any(_is_break(t) or t.low in classes.conj or t.low in classes.aux
                   for t in between)


def _harm(items: list[Token], at: int, phrase: Phrase, reading: Reading, *,
          lead: bool = False) -> bool:
    """Whether ``phrase`` does harm in the words after it ("… who ruined her career",
    "… stole the code"): then they are against the lead (unless they are the lead)."""
    follow = at
    if not lead and follow < len(items) and items[follow].low == "and":
        other, after = phrase_at(items, follow + 1)
        if other is not None and _harm(items, after, other, reading):
            return True  # "my husband and my sister stole my company": both did
    if follow < len(items) and items[follow].low in ("who", "that"):
        follow += 1
    # "…has been stealing", "…who tried to drown her", "…is secretly blackmailing her"
    lead_in = set(_classes().aux) | set(open_words().harm_lead_ins)
    while follow < len(items) and items[follow].low in lead_in:
        follow += 1
    if not lead and follow + 2 < len(items) and items[follow].low in ("wants", "want") and \
            items[follow + 1].low in ("her", "him", "them") and \
            items[follow + 2].low in ("dead", "gone", "destroyed", "ruined"):
        return True  # "the empress wants him dead"
    ahead = " ".join(t.low for t in items[follow:follow + 4])
    if not lead and any(ahead == p or ahead.startswith(p + " ")
                        for p in open_words().harm_phrases):
        return True  # "his wife runs off with his agent"
    if lead or follow >= len(items) or not is_harm(items[follow]):
        return False
    if follow + 1 < len(items) and items[follow + 1].low == "by":
        return False  # "his sister bullied by the mayor's son": she is harmed, not harming
    owner = follow + 1
    if owner < len(items) and items[owner].low in ("her", "his", "their") and not reading.wronged[1]:
        table = open_words().wronged_kin
        for word in items[owner + 1:owner + 3]:  # "her father's company", "her late father"
            kin = re.sub(r"['’]s$", "", word.low)
            if kin in table:
                reading.wronged = (items[owner].low, kin, items[follow].low)
                break
    return True


def _harmed_before(items: list[Token], by: int) -> bool:
    """Whether "by" at ``items[by]`` names who did a harm said just before it in its
    clause ("poisoned by", "framed for theft by", "bullied at school by")."""
    for token in reversed(items[max(0, by - 5):by]):
        if _is_break(token):
            return False
        if is_harm(token):
            return True
    return False


def _opens_phrase(items: list[Token], at: int) -> bool:
    """Whether a noun phrase starts at ``at`` ("her" + "estranged son", "cheating
    husband"; not "her down")."""
    if at >= len(items) or _is_break(items[at]) or items[at].low in _classes().closed:
        return False
    # A participle in -ing before a noun describes it ("her cheating husband", "his
    # scheming stepmother"); the same word before anything else is a verb ("her leaving").
    describes = items[at].low.endswith("ing") and at + 1 < len(items) and \
        items[at + 1].low not in _classes().closed and \
        "NOUN" in parts_of_speech(items[at + 1].text)
    return bool(parts_of_speech(items[at].text) & {"NOUN", "ADJ"}) or describes or \
        not parts_of_speech(items[at].text) or items[at].low.endswith("ed")


def _place_or_person(phrase: Phrase, reading: Reading, known_jobs: set[str],
                     harms: bool = False) -> None:
    """A phrase after a workplace verb or a place preposition is a place (not a person);
    one that does harm is a person, whatever it is called ("the grandmaster who cheated")."""
    words = open_words()
    if harms or _is_person(phrase, known_jobs):
        phrase.harms = harms
        reading.people.append((phrase, ""))
        return
    for at, token in enumerate(phrase.words[:-1]):  # "his ex-wife's bakery": she is someone
        if token.low.endswith(("'s", "’s")):
            whose = Phrase([Token(token.text[:-2], token.start)], owner=phrase.owner,
                           whose=True)
            whose.words[:0] = [t for t in phrase.words[:at]]
            if _is_person(whose, known_jobs):
                reading.people.append((whose, ""))
    if phrase.preposition in words.workplace_verbs:
        place = phrase.compound()
        if place not in reading.places:
            reading.places.append(place)
            if not reading.workplace_role:
                reading.workplace_role = words.workplace_verbs[phrase.preposition]
        return
    if singular(phrase.head.lower()) in words.situations:
        return  # "in a car crash", "inside a novel": what happens, not where
    if phrase.preposition in words.place_prepositions and not phrase.owner and (
            phrase.preposition not in ("on", "from") or place_kind(phrase.compound(), "en")):
        # "on the farm", not "on the run"; "from the village", not "from her past"
        if phrase.compound() not in reading.places:
            reading.places.append(phrase.compound())
        return
    if not phrase.owner and phrase.preposition not in words.place_prepositions:
        reading.things.append(phrase.text())  # "finds a talking seal": what the idea turns on


def _describe(person: Phrase, what: Phrase, reading: Reading) -> None:
    """``person`` is (or acts as) ``what``: their job or station ("her son is the health
    inspector"), who they are to the lead ("the judge is her long-lost father"), or, for
    the lead, the past they hide ("the new nurse is a former army surgeon")."""
    if person is reading.lead:
        if is_past(what) and not reading.lead_past:
            reading.lead_past = with_article(what.text())
        elif not reading.lead_role and _kin(what) is None:
            reading.lead_role = what.compound()
        return
    for index, (known, _role) in enumerate(reading.people):
        if known is person:
            if _kin(what) is not None and _kin(person) is None:
                what.harms = known.harms
                reading.people[index] = (what, person.compound())
            elif what.compound().lower() not in open_words().plain_people:
                reading.people[index] = (known, what.compound())
            else:  # "… is the man who ruined her father": a man, whatever his job
                known.gender = known.gender or open_words().plain_people[what.compound().lower()]
            return
