"""What the zh and en readers of an idea share: clauses, people, and the frame built from them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from microdrama.domain.premise import Premise, PremisePerson, TimeStructure
from microdrama.providers.offline.writer.premise_pack import (
    Gender,
    PremisePack,
    TruthEntry,
    has_word,
    word_pattern,
)


@dataclass
class Person:
    name: str = ""
    occupation: str = ""
    gender: Gender = ""
    start: int = -1
    hold: str = ""  # their power over the lead, when it is not their job ("estranged son")

CLAUSE_ZH = re.compile(r"[，。；！？、,.;!?\n]+")

def clause_zh_from(text: str, at: int) -> str:
    match = CLAUSE_ZH.search(text, at)
    return text[at:match.start() if match else len(text)].strip()

CLAUSE_EN = re.compile(r"[,.;!?:\n]|\s(?:and|but|when|while|who|until|after|before|where|so)\s")

def clause_en_from(text: str, at: int) -> str:
    match = CLAUSE_EN.search(text, at)
    return text[at:match.start() if match else len(text)].strip()

def find_en(text: str, word: str, start: int = 0) -> int:
    """Where ``word`` first stands as a whole word in ``text`` from ``start`` (-1: nowhere)."""
    match = word_pattern(word).search(text, start)
    return match.start() if match else -1

def inside_truth(offset: int, start: int, truth: str, text: str) -> bool:
    if start < 0 or not truth:
        return False
    truth_at = text.find(truth, start)
    return truth_at <= offset < truth_at + len(truth)

def cast_people(names: list[tuple[str, int]], jobs: list[tuple[str, int]], agents: list[Person],
          truth_at: int, truth: str, text: str, pack: PremisePack) -> tuple[Person, list[Person]]:
    """The protagonist and the antagonists among the people an idea mentions.

    The agent of the incident is a foe; so is a name right after a foe word ("渣男周明",
    "her boss Derek"). The protagonist is the first other name, with the job just before
    it (or the first job that is not a foe's).
    """
    taken = {a.name for a in agents} | {a.occupation for a in agents}

    def job_before(offset: int) -> tuple[str, int] | None:
        near = [(w, o) for w, o in jobs if o < offset and
                text[o + len(w):offset].strip(" ") in ("", "named", "called", "叫", "名叫")]
        return near[-1] if near else None

    def is_foe_job(word: str) -> bool:
        job = pack.occupation(word)
        return job is not None and job.side == "foe"

    lead, foes = Person(), list(agents)
    for word, offset in names:
        if word in taken or inside_truth(offset, truth_at, truth, text):
            continue
        before = job_before(offset)
        if before and is_foe_job(before[0]) or lead.name:
            foes.append(Person(name=word, occupation=before[0] if before else ""))
            taken |= {word, before[0] if before else ""}
            continue
        lead.name, lead.start = word, offset
        if before and before[0] not in taken:
            lead.occupation = before[0]
    if not lead.occupation and not lead.name:
        for word, offset in jobs:
            if word in taken or inside_truth(offset, truth_at, truth, text) or is_foe_job(word):
                continue
            lead.occupation = word
            break
    for word, offset in jobs:
        if is_foe_job(word) and word not in taken and word != lead.occupation and \
                not inside_truth(offset, truth_at, truth, text):
            foes.append(Person(occupation=word))
            taken.add(word)
    return lead, foes

def find_truth(pack: PremisePack, text: str, language: str) -> TruthEntry | None:
    for entry in pack.truths:
        if any(has_word(text, w, language) for w in entry.words):
            return entry
    return None

def gender_from_words(text: str, pack: PremisePack) -> Gender:
    """The gender the idea's words point to (pronouns count double in zh)."""
    if pack.language == "en":
        words = re.findall(r"[a-z']+", text.lower())
        female = sum(1 for w in words if w in pack.female_words)
        male = sum(1 for w in words if w in pack.male_words)
    else:
        single = re.sub(r"[他她]们", "", text)  # 他们 / 她们 say nothing of the lead
        female = sum(single.count(w) for w in pack.female_words) + single.count("她")
        male = sum(single.count(w) for w in pack.male_words) + single.count("他")
    if female > male:
        return "female"
    if male > female:
        return "male"
    return ""

def ending_gender(word: str, pack: PremisePack) -> Gender:
    """The gender a zh person word's ending says (厨娘, 太子妃: female; 小哥, 少帅: male;
    the pack's ``gendered_endings``), or ''."""
    for gender, endings in pack.gendered_endings.items():
        if word and any(word.endswith(e) for e in endings):
            return gender  # type: ignore[return-value]
    return ""


def partner_gender(text: str, pack: PremisePack, lead: str = "") -> Gender:
    """The lead's gender as their partner says it when no pronoun does (被未婚妻夺走了家产:
    a man): a partner word (``narrator_partners``) no one else owns (闺蜜的丈夫 is hers)."""
    if pack.language != "zh":
        return ""
    for partner, gender in pack.narrator_partners.items():
        for match in re.finditer(re.escape(partner), text):
            before = text[:match.start()]
            if before.endswith("的") and not before.endswith(("她的", "他的", "我的")) or \
                    lead and before.endswith(lead):
                continue  # 闺蜜的丈夫 is hers; 程序员丈夫 is the lead
            if partner in ("夫", "妻") or any(
                    match.start() > i and text[i:i + len(p)] == p and len(p) > len(partner)
                    for p in pack.narrator_partners for i in [text.find(p)] if i >= 0):
                continue  # inside a longer partner word (未婚夫 holds 夫)
            return gender
    return ""


def witnesses_in(text: str, pack: PremisePack, language: str) -> str:
    for entry in pack.witnesses:
        if any(has_word(text, w, language) for w in entry.words):
            return entry.say
    return ""

def want_in(text: str, pack: PremisePack, language: str, lead_gender: Gender = "",
            foes: list[Person] | None = None) -> str:
    """What the lead sets out to do: the words after a want marker ("vows to", 誓要)
    whose subject is the lead — not "he wants to hire her" in an idea about her, nor
    what an antagonist named before the marker wants."""
    for marker in pack.want_markers:
        at = text.lower().find(marker) if language == "en" else text.find(marker)
        if at >= 0 and _someone_elses(text, at, marker, pack, lead_gender, foes or []):
            continue
        if at >= 0:
            start = at + len(marker)
            if language == "zh":
                return clause_zh_from(text, start)
            return clause_en_from(text, start)
    if language == "en" and pack.want_verbs:  # "must save his ranch", "to rescue her daughter"
        verbs = "|".join(re.escape(v) for v in pack.want_verbs)
        for match in re.finditer(rf"\b(?:to|must|will)\s+((?:{verbs})\b)", text, re.IGNORECASE):
            if not _someone_elses(text, match.start(), match.group(), pack, lead_gender,
                                  foes or []):
                return clause_en_from(text, match.start(1))
    if language == "en" and pack.threat_verbs:  # "foreclosing on her shop": to save it
        owners = {"female": "her", "male": "his"}.get(lead_gender, "her|his")
        verbs = "|".join(re.escape(v) for v in sorted(pack.threat_verbs, key=len, reverse=True))
        found = re.search(rf"\b(?:{verbs})\s+({owners})\s+((?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)"
                          r"(?=\s*(?:[,.;!?]|$|\s(?:and|but|so|while|when|before|after)\b))",
                          text, re.IGNORECASE)
        if found:
            return f"save {found.group(1).lower()} {found.group(2)}"
    return ""

def _someone_elses(text: str, at: int, marker: str, pack: PremisePack, lead_gender: Gender,
                   foes: list[Person]) -> bool:
    """Whether the want at ``at`` is another person's: its subject is a pronoun of the
    other gender than the lead's (in zh also a pronoun inside the marker, 他要), or the
    clause before it names an antagonist."""
    other = {"female": "male", "male": "female"}.get(lead_gender)
    if pack.language == "en":
        clause_start = max([0, *(m.end() for m in CLAUSE_EN.finditer(text[:at]))])
        clause = text[clause_start:at]
        subject = clause.split()[-1].lower() if clause.split() else ""
        if other and subject in pack.pronouns[other]:  # type: ignore[index]
            return True
        return any(name and find_en(clause, name) >= 0 for f in foes
                   for name in (f.name, f.occupation))
    clause_start = max([0, *(m.end() for m in CLAUSE_ZH.finditer(text[:at]))])
    clause = text[clause_start:at]
    pronoun = {"female": "他", "male": "她"}.get(lead_gender, "")
    subject = clause.strip()
    if pronoun and (marker.startswith(pronoun) or subject.endswith(pronoun) or
                    subject.startswith(pronoun) and not subject.startswith(pronoun + "们")):
        return True  # 他要… / 他发誓要… in an idea about her
    return any(name and name in clause for f in foes for name in (f.name, f.occupation))

def time_structure_in(text: str, pack: PremisePack, language: str) -> TimeStructure:
    for kind in ("rebirth", "countdown", "time_skip"):
        if any(has_word(text, w, language) for w in pack.time.get(kind, [])):  # type: ignore[call-overload]
            return kind  # type: ignore[return-value]
    return "linear"

def build_frame(pack: PremisePack, text: str, lead: Person, foes: list[Person], truth: str,
           incident: str, places: list[str], image: str) -> Premise:
    """The premise from what a reader found: genders from jobs, the truth or the words."""
    language = pack.language
    truth_entry = find_truth(pack, truth or text, language)
    job = pack.occupation(lead.occupation)
    lead.gender = job.gender if job and job.gender else lead.gender
    if not lead.gender:
        lead.gender = ending_gender(lead.occupation, pack)  # 厨娘, 太子妃, 快递小哥
    if not lead.gender:
        lead.gender = (truth_entry.gender if truth_entry and truth_entry.gender
                       else partner_gender(text, pack, lead.occupation) or
                       gender_from_words(text, pack))
    for foe in foes:
        job = pack.occupation(foe.occupation)
        foe.gender = job.gender if job and job.gender else foe.gender
    return Premise(
        protagonist=PremisePerson(name=lead.name, gender=lead.gender, occupation=lead.occupation,
                                  situation=incident),
        hidden_truth=truth,
        truth_kind=truth_entry.kind if truth_entry else ("identity" if truth else "none"),
        antagonists=[PremisePerson(name=f.name, gender=f.gender, occupation=f.occupation,
                                   hold=f.hold or f.occupation) for f in foes],
        places=places, setting=places[0] if places else "",
        incident=incident, witnesses=witnesses_in(text, pack, language),
        want=want_in(text, pack, language, lead.gender, foes), time_structure=time_structure_in(text, pack, language),
        image=image,
    )
