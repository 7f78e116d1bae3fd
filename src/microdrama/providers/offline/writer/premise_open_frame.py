"""What an English idea's phrases give the premise frame: the lead's job, gender and the
past they hide, and the antagonists with their hold on the lead (``premise_open_en``
reads the phrases; this decides who is who)."""

from __future__ import annotations

from microdrama.domain.premise import Premise
from microdrama.providers.offline.writer.frame import the_hold
from microdrama.providers.offline.writer.premise_open_en import Reading
from microdrama.providers.offline.writer.premise_pack import Gender, load_premise_pack
from microdrama.providers.offline.writer.premise_phrase_en import (
    is_past,
    kin_of,
    lexicon,
    open_words,
    singular,
    with_article,
)
from microdrama.providers.offline.writer.premise_read import Person


def fill_lead(reading: Reading, lead: Person, truth: str) -> str:
    """Give ``lead`` the job and gender the subject phrase says when the pack's words
    found neither a name nor a job; returns the truth, which a past the lead has left
    behind becomes when the idea hides nothing else ("a retired astronaut")."""
    phrase = reading.lead
    if phrase is not None and lead.occupation and not lead.name and \
            lead.occupation.lower() not in phrase.text().lower():
        lead.occupation = ""  # a job named later is someone else's ("…his drowned wife")
    if phrase is not None and not lead.gender:
        lead.gender = _gender_of_lead(reading)
    if phrase is None or lead.name or lead.occupation:
        if phrase is not None and not lead.occupation and reading.lead_role:
            lead.occupation = reading.lead_role
        return truth or reading.lead_past
    words = open_words()
    compound = phrase.compound()
    truth_words = {w for entry in load_premise_pack("en").truths for w in entry.words}
    if compound.lower() in truth_words and not reading.lead_role:
        # "An heiress …", "A teen hacker …": what the lead secretly is (the pack's truth),
        # not a job — kept as the truth when the idea says none other (it was lost)
        return truth or with_article(compound)
    past = is_past(phrase)
    if compound.lower().startswith("ex-") and kin_of(phrase) is None:  # "an ex-cop"
        past, compound = "former", compound[3:]
    kin = kin_of(phrase)
    plain = words.plain_people.get(compound.lower())
    if kin is not None and kin.gender:
        lead.gender = kin.gender
    elif plain:
        lead.gender = plain
    else:
        lead.gender = _gender_of_lead(reading)
    if past and not truth:
        # "a former Olympic gymnast": the proper words between the past and the noun stay
        at = next((i for i, t in enumerate(phrase.words) if t.low == past), -1)
        proper = [t.text for t in phrase.words[at + 1:] if t.text[:1].isupper()] \
            if at >= 0 else []
        said = " ".join([*(w for w in proper if w not in compound.split()), compound])
        truth = with_article(f"{past} {said}")
    elif reading.lead_past and not truth:
        truth = reading.lead_past
    if reading.workplace_role and reading.places:  # "runs a noodle stall": its owner
        lead.occupation = f"{reading.places[0]} {reading.workplace_role}"
    elif reading.lead_role:
        lead.occupation = reading.lead_role
    elif not past and (kin is None and plain is None or "'" in compound or "’" in compound):
        lead.occupation = compound  # "a violinist", "a senator's daughter"
    lead.start = phrase.start
    return truth


def _gender_of_lead(reading: Reading) -> Gender:
    """"…her estranged son": the idea's first his or her is most often the lead's."""
    owner = next((p.owner for p, _ in reading.people if p.owner in ("her", "his")), "")
    return "female" if owner == "her" else "male" if owner == "his" else ""


def open_foes(reading: Reading, lead: Person) -> list[Person]:
    """Antagonists among the people the phrases found, when the pack's words found none:
    family and friends who are still in the story (not a lover, unless called a rival),
    anyone called a rival, and the other one of a rival pair ("rival lawyers")."""
    words = open_words()
    foes: list[Person] = []
    people = sorted(reading.people, key=lambda p: not p[0].harms)  # who does harm first
    for phrase, role in people:
        kin = kin_of(phrase)
        kin_gender = kin.gender if kin is not None else ""  # "the principal's son" is a man
        if kin is not None and (phrase.owner not in ("her", "his", "their", "") or
                                "'" in phrase.compound() or "’" in phrase.compound()):
            kin = None  # "the label president's son" is someone else's family
        modifiers = set(phrase.modifiers())
        if modifiers & set(words.gone_words) or phrase.gone:
            continue  # "his drowned wife" is gone: a ghost of the story, not its foe
        if phrase.whose and not phrase.harms and (kin is None or kin.bond == "family"):
            continue  # "his mother's hospital bills": she is named for what is hers
        if phrase.preposition in words.protect_verbs and not phrase.harms:
            continue  # "to rescue her daughter": whom the lead saves is on their side
        rival = bool(modifiers & set(words.rival_words)) or phrase.harms or \
            phrase.compound().lower() in words.foe_people or \
            singular(phrase.head.lower()) in words.foe_people
        if kin is None and not rival or kin is not None and kin.bond == "love" and not rival:
            continue
        if phrase.harmed and not rival:
            continue  # "find out who killed her mother": whom a harm is done to is no foe
        if foes and not rival:
            continue  # family who do no harm are not against the lead once someone is
        hold = " ".join([*phrase.modifiers(), phrase.compound()]) if kin else role or phrase.compound()
        foes.append(Person(occupation=role or ("" if kin else phrase.compound()),
                           gender=kin_gender or phrase.gender or
                           words.plain_people.get(phrase.compound().lower(), ""), hold=hold))
    if not foes and reading.lead_rival and reading.lead is not None:
        kin = kin_of(reading.lead)
        what = reading.lead_role or reading.lead.compound()
        foes.append(Person(occupation=what, gender=kin.gender if kin else "",
                           hold=reading.lead.compound().lower() if kin else f"rival {what}"))
    return foes


def vendetta_truth(reading: Reading, premise: Premise) -> None:
    """When the idea hides nothing but its antagonist wronged the lead's family ("the man
    who ruined her father's company"), the lead's secret is whose child they are: "the
    daughter of the man her boss ruined" (kind ``vendetta``; the pack's ``wronged_kin``)."""
    owner, kin, verb = reading.wronged
    lead = premise.protagonist
    if premise.hidden_truth or not kin or not premise.antagonists or not lead.gender:
        return
    if owner != {"female": "her", "male": "his"}[lead.gender] and owner != "their":
        return  # someone else's father
    entry = open_words().wronged_kin[kin]
    relation = entry.female if lead.gender == "female" else entry.male
    foe = premise.antagonists[0]
    hold = foe.hold or foe.occupation
    if not relation or not hold:
        return
    lemmas = lexicon().getAllLemmas(verb).get("VERB")  # type: ignore[attr-defined]
    past = lexicon().getInflection(lemmas[0], tag="VBD") if lemmas else None  # type: ignore[attr-defined]
    premise.hidden_truth = (f"the {relation} of the {entry.who} "
                            f"{the_hold(hold, lead.gender, 'en')} {past[0] if past else verb}")
    premise.truth_kind = "vendetta"

