"""The premise in the writer's words: slot values and templates (``packs/premise``) that
put the idea's own people, places and events into the bible and the opening episodes."""

from __future__ import annotations

import re
import string
from functools import cache

from pydantic import Field

from microdrama.domain.base import Model
from microdrama.domain.premise import Premise
from microdrama.packs import read_pack
from microdrama.providers.offline.writer.banks.schema import CastRole, LineTemplate, Move
from microdrama.providers.offline.writer.premise_pack import load_premise_pack


class WritingLine(Model):
    who: CastRole
    say: list[str] = Field(min_length=1)


class Turn(Model):
    action: list[str] = Field(min_length=1)
    lines: list[WritingLine] = Field(min_length=1)


class Writing(Model):
    """Schema of the ``writing:`` table of a premise pack."""

    lead: list[str] = Field(min_length=1)
    rival: list[str] = Field(min_length=1)
    secret: list[str] = Field(min_length=1)
    logline: list[str] = Field(min_length=1)
    world: list[str] = Field(default_factory=list, description="The world, where the idea "
                             "names its city or country ({setting}); else the trope's.")
    love: list[str] = Field(default_factory=list, description="The love interest, when the "
                            "idea names them ({love_hold}); else the trope's.")
    accomplice: list[str] = Field(default_factory=list, description="The idea's second "
                                  "antagonist, played by the wildcard ({hold2_kin}: what they "
                                  "are to the lead; {hold2}: what they are); else the trope's.")
    titles: list[str] = Field(min_length=2)
    hook: list[str] = Field(min_length=1)
    pilot_hook_lines: list[WritingLine] = Field(min_length=1)
    pilot_turn: Turn
    pickup_lines: list[str] = Field(min_length=4)
    recap: str
    pilot_tell: list[WritingLine] = Field(min_length=1)
    premise_pairs: list[list[WritingLine]] = Field(min_length=4)
    pressure_pairs: list[list[WritingLine]] = Field(min_length=4)


@cache
def load_writing(language: str) -> Writing:
    """The validated ``writing:`` templates of the premise pack for ``language``."""
    return Writing.model_validate(read_pack("premise", language)["writing"])


#: Slots that carry the idea's own words (names are replaced when ideas are compared).
PREMISE_SLOTS = frozenset({"occupation", "a_occupation", "A_occupation", "place", "the_place",
                           "The_place", "Place", "event", "the_event", "The_event", "core", "Core", "truth", "want", "hold",
                           "setting", "foe_job", "the_hold", "love_hold", "deed", "deed_named",
                           "the_love_hold", "place_unsaid"})


def slots_of(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def first_fit(templates: list[str], values: dict[str, str], start: int = 0) -> str:
    """The first template (from ``start``, wrapping) whose slots all have values, filled."""
    for step in range(len(templates)):
        template = templates[(start + step) % len(templates)]
        if all(values.get(name) for name in slots_of(template)):
            return template.format_map(values)
    return ""


def fits(template: str, values: dict[str, str]) -> bool:
    return all(values.get(name) for name in slots_of(template))


def truth_core(premise: Premise, language: str) -> str:
    """The heart of the hidden truth in a word or two: '神医', '真千金', 'heiress'."""
    pack = read_pack("premise", language)
    truth = premise.hidden_truth
    if premise.truth_kind == "vendetta" and truth:  # whose child the lead is (vendetta_truth)
        if language == "zh":  # 被上司害死的那个人的女儿 → 那个人的女儿
            return truth.split("的", 1)[-1]
        words = truth.split()  # the daughter of the man her boss ruined → ruined man's daughter
        return f"{words[-1]} {words[4]}'s {words[1]}" if len(words) >= 6 else words[1]
    for entry in pack["truths"]:
        usable = [w for w in entry["words"] if w not in entry.get("not_core", [])]
        for word in sorted(usable, key=len, reverse=True):  # stable: pack order breaks ties
            if language == "zh" and word in truth and len(word) >= 2:
                return str(word)
            if language == "en" and re.search(rf"\b{re.escape(word)}\b", truth, re.IGNORECASE):
                return str(word)
    if language == "zh":
        tail = truth.rsplit("的", 1)[-1]
        return tail if 2 <= len(tail) <= 4 else ""
    words = truth.split()
    return words[-1] if words else ""


def premise_values(premise: Premise, language: str, *, lead: str, lead_full: str, rival: str,
                   place: str, family: str, gender: str, love: str = "") -> dict[str, str]:
    """Slot values for the writing templates (empty where the idea did not say)."""
    zh = language == "zh"
    foe = premise.antagonists[0] if premise.antagonists else None
    values = {
        "name": lead_full, "lead": lead, "rival": rival, "family": family,
        "occupation": premise.protagonist.occupation,
        "truth": _with_article(premise.hidden_truth, language),
        "core": truth_core(premise, language),
        "place": place, "witnesses": premise.witnesses, "want": premise.want.rstrip("。.!！"),
        "hold": (foe.hold or foe.occupation) if foe else "",
        "setting": premise.setting if premise.setting not in premise.places[:1] else "",
        "foe_job": foe.occupation if foe and foe.hold and foe.hold != foe.occupation else "",
        "the_hold": the_hold(foe.hold or foe.occupation, gender, language) if foe else "",
        "reborn": ("重生归来" if zh else "Reborn") if premise.time_structure == "rebirth" else "",
        "Reborn": ("重生归来" if zh else "Reborn") if premise.time_structure == "rebirth" else "",
        "love": love if premise.love.occupation or premise.love.name else "",
        "love_hold": premise.love.hold or premise.love.occupation,
        "the_love_hold": the_hold(premise.love.hold or premise.love.occupation, gender, language)
        if premise.love.hold or premise.love.occupation else "",
        "pronoun": ("她" if gender == "female" else "他") if zh else (
            "she" if gender == "female" else "he"),
        "possessive": "her" if gender == "female" else "his",
    }
    events = load_premise_pack(language).events
    values["event"] = place if place and any(
        place.endswith(e) if zh else place.lower().endswith(e) for e in events) else ""
    if zh:
        values["incident"] = premise.incident if premise.incident.startswith("被") else ""
        # 丈夫和闺蜜联手出轨: what the antagonist did, said as the idea says it (a hook
        # the lead sees it in); only when the incident opens on the antagonist
        said = (foe.hold or foe.occupation) if foe else ""
        deed = premise.incident.rstrip("。！!") if said and not values["incident"] \
            and premise.incident.startswith(said) else ""
        pronoun = "她" if gender == "female" else "他"
        # 婆婆和小姑子联手把她赶出家门 → …把萧语桐赶出家门 (the deed names her); one that does
        # not name her (丈夫和闺蜜联手出轨) is what she walks in on
        values["deed_named"] = deed.replace(pronoun, lead, 1) if pronoun in deed else ""
        values["deed"] = deed if pronoun not in deed else ""
        # 未婚夫和继妹在订婚宴上偷情 says where already: no "订婚宴。" before it
        values["place_unsaid"] = place if place and place not in deed else ""
        if "当众" in values["incident"] and values["witnesses"] == "众人":
            values["witnesses"] = ""  # "众人面前……当众" says it twice
    else:
        values.update(_english_incident(premise, rival))
        place = values["place"]
        if place:  # a proper name ("Mercy Hospital") takes no article
            values["the_place"] = place if place[:1].isupper() else f"the {place}"
            values["The_place"] = values["the_place"][:1].upper() + values["the_place"][1:]
        if values.get("event"):
            values["the_event"], values["The_event"] = values["the_place"], values["The_place"]
        job = values["occupation"]
        if job:
            article = "an" if job[:1].lower() in "aeiou" else "a"
            values["a_occupation"] = f"{article} {job}"
            values["A_occupation"] = f"{article.capitalize()} {job}"
    for key in ("name", "lead", "rival", "place", "core", "pronoun", "setting", "love"):
        if values.get(key):
            values[key[0].upper() + key[1:]] = values[key][0].upper() + values[key][1:]
    if values["truth"]:
        values["identity"] = identity_phrase(values, language)
    if not zh and values["core"]:
        values["Core"] = " ".join(w[:1].upper() + w[1:] for w in values["core"].split())
    return values


def the_hold(hold: str, gender: str, language: str) -> str:
    """The antagonist as the lead's ("her estranged son", "her boss") or as who they are
    ("the grandmaster"): lines say it after a verb (English; zh says the word as it is)."""
    if not hold:
        return hold
    if language == "zh":  # 她的儿子; 村长 as it is
        kin = {w for entry in (load_premise_pack("zh").open or {}).get("kin", [])
               for w in entry["words"]}
        return f"{'她' if gender == 'female' else '他'}的{hold}" if hold in kin else hold
    pack = load_premise_pack("en")
    last = hold.lower().split()[-1]
    job = pack.occupation(last)
    kin = {w for entry in (pack.open or {}).get("kin", []) for w in entry["words"]}
    if hold.lower() in (pack.open or {}).get("ranks", []) or last in (pack.open or {}).get(
            "ranks", []) and last not in kin:
        return f"the {hold}"  # "the empress", never "her empress"
    if last in kin or job is not None and job.side == "foe" or "'" in hold:
        return f"{'her' if gender == 'female' else 'his'} {hold}"
    return f"the {hold}"


def identity_phrase(values: dict[str, str], language: str) -> str:
    """The hidden truth as lines can say it: the idea's words when short, else its core
    ('被抱错的豪门真千金' → '真千金'), so a line keeps to the craft's length."""
    truth, core = values["truth"], values["core"]
    if language == "zh":
        return truth if len(truth) <= 6 or not core else core
    if len(truth.split()) <= 4 or not core:
        return truth
    return f"the {core}"


def _with_article(truth: str, language: str) -> str:
    if language != "en" or not truth:
        return truth
    if re.match(r"(?i)(a|an|the|her|his|their)\s", truth):
        return truth
    return "the " + truth


def _english_incident(premise: Premise, rival: str) -> dict[str, str]:
    """Verb forms of the inciting incident: 'humiliates', 'humiliated', 'humiliated by …'."""
    verbs = read_pack("premise", "en")["incident_verbs"]
    incident = premise.incident
    for verb in sorted(verbs, key=len, reverse=True):
        match = re.search(rf"\b{re.escape(verb)}\b", incident, re.IGNORECASE)
        if not match:
            continue
        present = verbs[verb]
        participle = next((k for k, v in verbs.items() if v == present and k.endswith("ed")),
                          verb)
        after = incident[match.end():].strip()
        if re.match(r"(?i)by\b", after):
            passive = f"{participle} {after}"
        else:
            passive = f"{participle} by {rival}" if rival else participle
        short = incident
        short = re.sub(r"(?i)^(after|when|once|as)\s+", "", short)
        return {"verb": present, "participle": participle, "incident_passive": passive,
                "incident_short": short}
    return {}


def premise_move(move_id: str, beat: str, action: str, lines: list[tuple[str, str]]) -> Move:
    """A move written from the premise (already filled), so the writer can deal it like
    a bank move."""
    return Move.model_validate({
        "id": move_id, "beat": beat, "action": [action],
        "lines": [LineTemplate(who=who, emotion=_emotion(who), say=[text]).model_dump()  # type: ignore[arg-type]
                  for who, text in lines],
    })


def _emotion(who: str) -> str:
    return {"rival": "mocking", "lead": "cold", "elder": "angry"}.get(who, "neutral")
