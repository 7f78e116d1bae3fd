"""Reading an English idea: patterns over the pack's words."""

from __future__ import annotations

import re
from dataclasses import replace

from microdrama.domain.premise import Premise, PremisePerson
from microdrama.providers.offline.writer.frame import the_hold
from microdrama.providers.offline.writer.premise_narrator import tell_by_narrator
from microdrama.providers.offline.writer.premise_open_en import (
    Phrase,
    Reading,
    kin_of,
    open_words,
    parts_of_speech,
    phrase_at,
    read_open_en,
    tokens,
)
from microdrama.providers.offline.writer.premise_open_frame import (
    fill_lead,
    open_foes,
    vendetta_truth,
)
from microdrama.providers.offline.writer.premise_pack import Gender, PremisePack, load_premise_pack
from microdrama.providers.offline.writer.premise_phrase_en import job_before_name, modifies_noun
from microdrama.providers.offline.writer.premise_read import (
    Person,
    build_frame,
    cast_people,
    clause_en_from,
    find_en,
)

_CAPITAL = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\b(?![-'’][a-z])")
#: Words before a capitalised word that make it a place or a time, not a person.
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|at|from|to|into|near|across)\s+(?:\S+\s+)?$")

_ARTICLES = ("a ", "an ", "the ", "her ", "his ", "their ", "its ", "my ", "one ")

def read_en(idea: str) -> Premise:
    pack = load_premise_pack("en")
    text = " ".join(idea.split())
    not_names = set(pack.not_names)
    vocabulary = {o.word.lower() for o in pack.occupations} | {
        w for entry in pack.truths for w in entry.words} | {
        w for entry in pack.places for w in entry.words}
    verb_words = {w for v in pack.incident_words() for w in v.split()}
    known = {n for ns in pack.given_names.values() for n in ns}
    # Words for people, which open an idea before a name ("Firefighter Jake Moreno").
    people = ({o.word.lower() for o in pack.occupations} | set(open_words().people) |
              {w for k in open_words().kin for w in k.words}) - {n.lower() for n in known}

    # Who one works for: "drives for Uber", "a driver for Uber", "works for Google".
    employs = people | {verb.split()[0] for verb in open_words().workplace_verbs}

    def is_name(match: re.Match[str]) -> bool:
        words, at = match.group().split(), match.start()
        if words[0] in not_names or words[0].lower() in verb_words or any(
                w.lower() in vocabulary for w in words) or match.group().lower() in vocabulary:
            return False
        if _PLACE_BEFORE.search(text[:at]):
            return False  # "in 1920s Shanghai", "at Mercy Hospital"
        before = text[:at].lower().split()
        if len(before) >= 2 and before[-1] == "for" and before[-2].strip(",") in employs:
            return False  # an employer, not a person
        if modifies_noun(text, at, match.end()):
            return False  # "a former Olympic gymnast", "a Parisian florist"
        opens_sentence = not text[:at].strip() or text[:at].rstrip()[-1] in ".!?;:"
        # A sentence's first word is capitalised anyway: a name only if it is a known one,
        # is set off like one ("Jake, a broke driver"), or is no English word and does
        # something ("Mara drives for a living"; "Rain falls" is weather).
        after = text[match.end():].split()[:1]
        acts = bool(after) and not parts_of_speech(words[0]) and "VERB" in parts_of_speech(
            after[0].strip(",.;:!?")) and after[0].rstrip(",.;:!?").endswith(("s", "ed"))
        return not opens_sentence or words[0] in known or text[match.end():].startswith(",") \
            or acts

    names = [(m.group(), m.start()) for m in _capitalised(text, people) if is_name(m)]
    # "Zoe's boss Derek humiliates her": whose boss opens the idea is the lead
    whose = re.match(r"([A-Z][a-z]+)['’]s\s+([\w-]+)", text)
    if whose and whose.group(1) not in not_names and whose.group(2).lower() in people and \
            (whose.group(1) in known or not parts_of_speech(whose.group(1))) and \
            all(name != whose.group(1) for name, _ in names):
        names.insert(0, (whose.group(1), 0))
    # Jobs as the idea spells them ("CEO"), found whatever their case.
    jobs = sorted(((text[at:at + len(o.word)], at) for o in pack.occupations
                   if (at := find_en(text, o.word)) >= 0), key=lambda j: j[1])
    # Longest match wins where two overlap ("maid's daughter" over "maid").
    jobs = [j for j in jobs if not any(o != j and o[1] <= j[1] < o[1] + len(o[0])
                                       and len(o[0]) > len(j[0]) for o in jobs)]

    truth, truth_at = "", -1
    for marker in sorted(pack.truth_markers, key=len, reverse=True):
        at = find_en(text, marker)
        if at >= 0 and (truth_at < 0 or at < truth_at):
            keep = marker.split()[-1] in ("the", "real", "long-lost", "hidden")
            start = at + len(marker) - (len(marker.split()[-1]) if keep else 0)
            truth_at, truth = at, clause_en_from(text, start)
    if not truth:
        for marker in pack.truth_hidden_by:
            at = find_en(text, marker)
            if at >= 0:
                copula = re.compile(r"\b(?:is|was|'s)\s", re.IGNORECASE).search(text, at + len(marker))
                if copula:
                    truth_at, truth = at, clause_en_from(text, copula.end())
                    break

    verbs = pack.incident_verbs if isinstance(pack.incident_verbs, dict) else {}
    incident, agents = "", []
    for verb in sorted(verbs, key=len, reverse=True):
        at = find_en(text, verb)
        if at < 0:
            continue
        clause_start = max([0, *(m.end() for m in re.finditer(r"[,.;!?]", text[:at]))])
        incident = text[clause_start:at + len(verb)].strip() + " " + clause_en_from(text, at + len(verb))
        incident = incident.strip()
        by = re.compile(r"\bby\s", re.IGNORECASE).search(text, at + len(verb))
        if by and by.start() - (at + len(verb)) < 40:
            span = clause_en_from(text, by.end())
            span_at = by.end()
            span_end = span_at + len(span)
            for cut in (" at ", " in ", " on ", " during ", " in front of "):
                cut_at = text.lower().find(cut, span_at, span_end)
                if cut_at >= 0:
                    span_end = cut_at
            agent = Person(start=span_at)
            agent.name = next((w for w, o in names if span_at <= o < span_end), "")
            agent.occupation = next((w for w, o in jobs if span_at <= o < span_end), "")
            if agent.name or agent.occupation:
                agents.append(agent)
        elif re.match(r"\s+(?:her|him|them|me|us|[A-Z][a-z]+)\b", text[at + len(verb):]):
            # Active voice ("when her boss Derek fires her"): the agent comes before the verb.
            agent = Person(start=clause_start)
            agent.name = next((w for w, o in reversed(names) if clause_start <= o < at), "")
            agent.occupation = next((w for w, o in reversed(jobs) if clause_start <= o < at), "")
            if agent.name or agent.occupation:
                agents.append(agent)
        break
    # What the pack's words leave empty is read from the idea's phrases (its own nouns).
    reading = read_open_en(text, {o.word.lower() for o in pack.occupations})
    # "she returns as his new boss": who the lead becomes is not someone else's job
    jobs = [j for j in jobs if not any(start <= j[1] < end for start, end in reading.lead_becomes)]
    lead, foes = cast_people(names, jobs, agents, truth_at, truth, text, pack)
    for foe in foes:  # "his ex-wife's new husband" is not his husband: whose he is stays
        # (someone named by a common noun: "Zoe's boss" may be the lead's own)
        whose = re.search(rf"\b[a-z][\w-]*['’]s\s+(?:[a-z]+\s+)?{re.escape(foe.occupation)}\b",
                          text) if foe.occupation and not foe.hold else None
        if whose and not whose.group().lower().startswith(("one's", "it's", "that's")):
            foe.hold = whose.group()
    if lead.name and not lead.occupation:
        lead.occupation = _apposed_job(text, lead.name) or job_before_name(text, lead.name)
    if lead.name and lead.occupation.lower().startswith("ex-") and not truth and \
            lead.occupation.lower() not in set(open_words().foe_people):
        truth = f"a former {lead.occupation[3:]}"  # "Ex-boxer Danny": a past he keeps quiet
        lead.occupation = ""
    if lead.occupation and not lead.name and re.search(
            rf"\b(?:her|his|their|my|our|your)\s+(?:[\w-]+\s+)?{re.escape(lead.occupation)}\b",
            text, re.IGNORECASE) \
            and not re.search(rf"\b(?:a|an|the)\s+(?:\S+\s+)?{re.escape(lead.occupation)}\b",
                              text, re.IGNORECASE):
        lead.occupation = ""  # "…with her sister", "her cheating husband": someone's someone
    if truth.lower().startswith(("her ", "his ")):
        truth = _strip_article(truth)
    image = next((w for w in pack.images if find_en(text, w) >= 0), "") or next(
        (v for v in verbs if find_en(incident, v) >= 0), "")
    places = _places_en(text, pack)
    truth_span = (text.find(truth, max(truth_at, 0)), len(truth)) if truth else (-1, 0)
    inside = [p for p, _ in reading.people
              if truth_span[0] >= 0 and truth_span[0] <= p.start < sum(truth_span)]
    # "the daughter of the man he ruined" says who the lead is, not who is against her.
    reading.people = [(p, r) for p, r in reading.people if all(p is not q for q in inside)]
    said = _pronoun_of_truth(text, truth_at, truth_span[0]) if truth else ""
    if reading.lead_pronoun and not lead.name:  # "The patient she saved turns out to be…"
        lead.occupation, lead.gender = "", reading.lead_pronoun
        opening = reading.people[0][0] if reading.people else None
        if opening is not None and truth and truth_at < opening.end + 20 and not said:
            reading.people[0] = (opening, singular_compound(truth))
            truth = ""  # what the one she saved turns out to be is theirs, not her secret
    truth = fill_lead(reading, lead, truth)
    stations = {o.word.lower() for o in pack.occupations if o.station}
    said_as = lead.name or (lead.occupation if lead.occupation.lower() in stations else "")
    if said_as and (not lead.occupation or lead.occupation.lower() in stations) \
            and reading.workplace_role and reading.places:
        # "Jake opens a bakery", "a single dad who opens a flower shop": the lead's own
        # verb gives the job, as for "a dad"; a station in life is no job
        after = text[find_en(text, said_as) + len(said_as):].lstrip(" ,").lower()
        after = after.removeprefix("who ")
        if any(after.startswith(verb + " ") for verb in open_words().workplace_verbs):
            lead.occupation = f"{reading.places[0]} {reading.workplace_role}"
    if said:  # "…, not knowing she is …": the lead is a woman, whatever else is his
        lead.gender = said  # type: ignore[assignment]
    if not foes:
        foes = open_foes(reading, lead)
    else:  # "cheats on her with her sister": whom a betrayal is done with is against her too
        known_foes = {w.lower() for f in foes for w in (f.occupation, f.hold) if w}
        with_whom = replace(reading, people=[(p, r) for p, r in reading.people if p.accomplice])
        foes += [f for f in open_foes(with_whom, lead)
                 if not {w.lower() for w in (f.occupation, f.hold) if w} & known_foes]
    named_in_truth = False
    if not foes and truth:
        foes = _foe_in_truth(truth, reading, truth_at, lead.occupation)
        named_in_truth = bool(foes)
    for place in reading.places:  # venues; a city or country is the setting
        if not any(place.lower() in p.lower() or p.lower() in place.lower() for p in places):
            places.append(place)
    things = [t for t in reading.things if not lead.occupation or lead.occupation not in t]
    premise = build_frame(pack, text, lead, foes, truth, incident, places,
                          image or (things[0] if things else ""))
    if reading.proper_places:  # the city or country the story is set in
        premise.setting = reading.proper_places[0]
    subject = reading.opening or reading.lead  # "Maya's husband leaves her for …"
    if not premise.incident and subject is not None:
        end = re.search(r"[.;!?]", text[subject.end:])
        incident = text[subject.end:subject.end + end.start() if end else len(text)].strip(" ,")
        for place in reading.proper_places:  # "in Chicago finds out…": where, not what
            where = re.match(rf"(?:{'|'.join(open_words().place_prepositions)})\s+"
                             rf"{re.escape(place)}\b[\s,]*", incident)
            if where:
                incident = incident[where.end():]
        premise.incident = incident
    love = _love_in(text, lead)
    if love is not None and harms_the_lead(text, love):
        # "refuses to marry the man who killed her": one who harms her is against her
        if not any(love.occupation.lower() in (a.occupation.lower(), a.hold.lower())
                   for a in premise.antagonists):
            premise.antagonists.insert(0, love)
        love = None
    if love is not None:  # "falls for the detective", "marries his billionaire uncle"
        premise.love = love
        whose = re.search(rf"\b{re.escape(love.occupation)}\s+(she|he)\b", text, re.IGNORECASE)
        if whose and not premise.protagonist.gender:  # "the princess he is sworn to protect"
            premise.protagonist.gender = "female" if whose.group(1).lower() == "she" else "male"
            if not love.gender:
                love.gender = "male" if premise.protagonist.gender == "female" else "female"
        premise.antagonists = [a for a in premise.antagonists
                               if love.occupation.lower() not in (a.occupation.lower(),
                                                                  a.hold.lower())]
    # "the daughter of the man he ruined": say who (the one she marries, if it is them).
    who = premise.antagonists[0] if premise.antagonists else premise.love
    if named_in_truth and (who.hold or who.occupation):
        relations = {w for e in open_words().wronged_kin.values() for w in (e.female, e.male) if w}
        words = premise.hidden_truth.split()
        if len(words) > 2 and words[1] in relations and words[2] == "of":
            premise.hidden_truth = re.sub(
                r"\b(he|she)\b", the_hold(who.hold or who.occupation,
                                          premise.protagonist.gender, "en"),
                premise.hidden_truth, count=1)
            premise.truth_kind = "vendetta"
    vendetta_truth(reading, premise)
    tell_by_narrator(premise, text, "en")  # "my husband and my sister stole my company"
    return premise

def harms_the_lead(idea: str, person: PremisePerson) -> bool:
    """Whether the idea has ``person`` do harm ("her boss *plotting* to burn down the
    diner", "the billionaire *who ruined* him"): such a one is the antagonist, never made
    the love interest for holding power."""
    said = {w.lower() for w in (person.occupation, person.hold) if w}
    reading = read_open_en(" ".join(idea.split()), set())
    return any(phrase.harms and any(phrase.compound().lower() == w or
                                    phrase.compound().lower().endswith(" " + w) for w in said)
               for phrase, _role in reading.people)


def _capitalised(text: str, people: set[str]) -> list[re.Match[str]]:
    """Capitalised words that may be names; a word for a person that opens a sentence
    before a name is not part of it ("Firefighter Jake Moreno": the name is Jake Moreno)."""
    found: list[re.Match[str]] = []
    at = 0
    while (match := _CAPITAL.search(text, at)) is not None:
        first = match.group().split()[0]
        opens = not text[:match.start()].strip() or text[:match.start()].rstrip()[-1] in ".!?"
        if opens and " " in match.group() and first.lower() in people:
            at = match.start() + len(first) + 1
            continue
        found.append(match)
        at = match.end()
    return found


def singular_compound(phrase: str) -> str:
    """The noun a phrase names ("the husband who faked his death" → "husband")."""
    items = tokens(_strip_article(phrase))
    found = phrase_at(items, 0)[0] if items else None
    return found.compound() if found is not None else phrase


def _pronoun_of_truth(text: str, truth_at: int, truth_start: int) -> str:
    """The gender of the pronoun that says the hidden truth ("not knowing *she* is the
    daughter…", "but *he* is secretly the heir"): whose secret it is."""
    window = text[max(0, truth_at - 12):max(truth_start, truth_at)]
    found = list(re.finditer(r"\b(she|he)\b", window, re.IGNORECASE))
    if not found:
        return ""
    between = re.findall(r"[\w'’]+", window[found[-1].end():].lower())
    if not set(between) <= _COPULA_WORDS:
        return ""  # "the patient she saved turns out to be…": her verb, not the truth's
    return {"she": "female", "he": "male"}[found[-1].group(1).lower()]


#: Words between a pronoun and the truth it says ("she is secretly", "he turns out to be").
_COPULA_WORDS = frozenset({"is", "was", "'s", "’s", "s", "secretly", "actually", "really", "in",
                           "fact", "truly", "turns", "turned", "out", "to", "be", "the", "real"})


def _foe_in_truth(truth: str, reading: Reading, truth_at: int, job: str) -> list[Person]:
    """"…the daughter of the man *he* ruined": the one the truth's pronoun points back to
    (the last person named before it who is not the lead) wronged the lead's family."""
    harm = "|".join(open_words().harm_verbs)
    match = re.search(rf"\b(he|she)\s+(?:\w+\s+)?(?:{harm})\b", truth, re.IGNORECASE)
    if match is None:
        return []
    gender: Gender = "male" if match.group(1).lower() == "he" else "female"
    def family(phrase: Phrase) -> bool:
        kin = kin_of(phrase)
        return kin is not None and kin.bond == "family"

    before = [p for p, _ in reading.people if p.start < truth_at and p is not reading.lead and
              not p.gone and p.compound().lower() != job.lower() and not family(p)]
    if not before:
        return []
    foe = before[-1]
    return [Person(occupation=foe.compound(), hold=foe.compound(), gender=gender)]


def _love_in(text: str, lead: Person) -> PremisePerson | None:
    """Whom the lead falls for or marries: the noun phrase after a love marker ("falls for
    the detective investigating…" → detective), if it names a person."""
    markers = "|".join(re.escape(m) for m in open_words().love_markers)
    match = re.search(rf"\b(?:{markers})\s+", text, re.IGNORECASE)
    if match is None:
        return None
    items = tokens(text)
    at = next((i for i, t in enumerate(items) if t.start >= match.end()), None)
    phrase, after = phrase_at(items, at) if at is not None else (None, 0)
    if phrase is None or not phrase.words[0].text[:1].islower() and phrase.head[:1].isupper():
        return None  # a name is cast as the love by its own reading
    words = open_words()
    if len(phrase.words) == 1 and after < len(items) and (
            items[after].low in {*words.determiners, *words.possessives}):
        return None  # "a contract marriage to fool his grandma": a verb and its object
    job = phrase.compound()
    if job.lower() == lead.occupation.lower():
        return None
    kin = kin_of(phrase)
    other = {"female": "male", "male": "female"}.get(lead.gender, "")
    hold = " ".join([*phrase.modifiers(), job]) if kin is not None else job
    return PremisePerson(occupation=job, hold=hold,
                         gender=kin.gender if kin is not None and kin.gender else other)  # type: ignore[arg-type]


def _apposed_job(text: str, name: str) -> str:
    """The job set beside a name: "Mara, a shy sous-chef, …" → "sous-chef" (its
    describing words are not the job; a relation — "her sister" — is none)."""
    match = re.search(rf"\b{re.escape(name)},\s+(?:a|an)\s+", text)
    if match is None:
        return ""
    items = tokens(text)
    at = next((i for i, t in enumerate(items) if t.start >= match.end()), None)
    phrase = phrase_at(items, at)[0] if at is not None else None
    if phrase is None or kin_of(phrase) is not None:
        return ""
    return phrase.compound()


def _strip_article(phrase: str) -> str:
    lower = phrase.lower()
    for article in _ARTICLES:
        if lower.startswith(article):
            return phrase[len(article):]
    return phrase

def _modifies(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` stands before a noun that is what the phrase is
    about ("hospital bills", "car crash"), so it names no place."""
    following = re.match(r"\s+([a-z]+)\b", text[end:])
    if following is None:
        return False
    word = following.group(1)
    kinds = parts_of_speech(word)
    closed = open_words()
    return "NOUN" in kinds and word not in {*closed.prepositions, *closed.conjunctions,
                                             *closed.auxiliaries, *closed.relatives,
                                             *closed.determiners, *closed.pronouns}


def _places_en(text: str, pack: PremisePack) -> list[str]:
    words = open_words()
    not_part = {*words.determiners, *words.rival_words, *words.conjunctions, *words.pronouns}
    found: list[tuple[int, str]] = []
    for entry in pack.places:
        for word in entry.words:
            at = find_en(text, word)
            if at < 0 or text[at - 1:at] == "-":
                continue  # "small-town" says what kind of baker, not where
            harmed = (rf"\b(?:{'|'.join(words.harm_verbs)})\s+(?:(?:\w+\s+)?\w+['’]s|my|our|"
                      rf"her|his|their|your)\s+(?:\w+\s+)?$")
            if re.search(harmed, text[:at], re.IGNORECASE) or _modifies(text, at + len(word)):
                continue  # "ruined her father's company": what was done; "hospital bills"
            # Up to two words before the place word that belong to its phrase.
            head = text[:at].split()
            phrase_words: list[str] = []
            for previous in reversed(head[-2:]):
                bare = previous.lower().strip(",.;")
                if bare in {"at", "in", "on", "to", "during", "a", "an", "the", "her", "his",
                            "their", "my", "our", "your", "of", "by", "from", "into", "and",
                            "with"} or \
                        previous[-1] in ",.;" or bare.endswith(("'s", "’s")) or \
                        bare in not_part:
                    break  # whose place it is ("her sister's") is not part of its name
                phrase_words.insert(0, previous)
            phrase = " ".join([*phrase_words, text[at:at + len(word)]])
            found.append((at - len(" ".join(phrase_words)) - bool(phrase_words), phrase))
    found.sort(key=lambda f: (f[0], -len(f[1])))
    places: list[str] = []
    for _at, phrase in found:
        if not any(phrase.lower() in p.lower() or p.lower() in phrase.lower() for p in places):
            places.append(phrase)
    return places
