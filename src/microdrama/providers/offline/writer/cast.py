"""The offline writer's series bible: trope, cast (names, looks, voices), places, title.

Looks and voices are spread on purpose so that no two characters share a hair colour,
a palette family or a pitch band: a viewer must tell them apart at a glance and ear.
Look descriptors are English because image models take English prompts.
"""

from __future__ import annotations

import random
import re
import string

from microdrama.domain import Bible, Character, Location, Look, Voice
from microdrama.domain.bible import Gender
from microdrama.domain.premise import Premise, PremisePerson
from microdrama.errors import InputError
from microdrama.providers.base import SeriesRequest
from microdrama.providers.offline.writer.banks import LANGUAGES, load_bank
from microdrama.providers.offline.writer.banks.schema import MODERN, Bank, CastRole, Trope
from microdrama.providers.offline.writer.era import (
    blended,
    elder_address,
    era_bank,
    era_look,
    settle_era,
)
from microdrama.providers.offline.writer.frame import (
    first_fit,
    identity_phrase,
    load_writing,
    premise_values,
)
from microdrama.providers.offline.writer.premise import (
    choose_trope,
    load_premise_pack,
    love_among_foes,
    place_kind,
    read_premise,
    wrong_pronoun,
)
from microdrama.providers.offline.writer.premise_open_zh import kin_word
from microdrama.providers.offline.writer.premise_pack import has_word
from microdrama.providers.offline.writer.premise_phrase_en import Phrase, kin_of, tokens
from microdrama.providers.offline.writer.regender import says_gender, swap_flipped
from microdrama.providers.offline.writer.secrets import (
    assumed_secret,
    foreign_names,
    secret_fills,
    stock_secret,
)

ROLES: tuple[CastRole, ...] = ("lead", "love", "rival", "elder", "aide", "wildcard")

# Visual design pools (English prompt words); spread across the cast without repeats.
HAIR_COLORS = ["#1b1b1f", "#4a2c1d", "#8c5a2b", "#c9a66b", "#7a1f2b", "#2e3b55", "#5b5b5b", "#d8d2c4"]
EYE_COLORS = ["#3b2a1e", "#1e2a3b", "#2f4a2f", "#4b3b2a", "#222222", "#5a4632"]
SKINS = ["#f1d3bc", "#e8c1a0", "#d9a982", "#c48b63", "#f5dccb", "#b97a56"]
PALETTES = [
    ["#f4f1ea", "#c0392b"], ["#1f2a44", "#c9a227"], ["#6c2a8c", "#f2d1e6"],
    ["#0f5e5a", "#e8e2d0"], ["#2b2b2b", "#8e1b1b"], ["#f0b429", "#3d2c1e"],
    ["#3a6ea5", "#f7f7f2"], ["#556b2f", "#d9c8a9"],
]
HAIR = {
    "female": ["long straight", "wavy shoulder-length", "high ponytail", "sleek bob",
               "low bun", "long curls", "braided crown", "side-swept layers"],
    "male": ["short neat", "slicked back", "textured crop", "side part", "buzz cut",
             "tousled fringe", "silver-streaked short", "undercut"],
}
FACES = ["oval, calm eyes", "sharp jaw, narrow eyes", "round, soft features",
         "heart-shaped, arched brows", "angular, high cheekbones", "long, heavy brows",
         "square, weathered", "delicate, wide eyes"]
OUTFITS = {
    "lead": {"female": "plain white blouse, grey trench coat", "male": "worn denim jacket, white tee"},
    "love": {"female": "ivory silk blouse, tailored slacks", "male": "charcoal three-piece suit, silver tie"},
    "rival": {"female": "red cocktail dress, pearl earrings", "male": "burgundy velvet blazer"},
    "elder": {"female": "dark qipao-style dress, jade bracelet", "male": "black suit, gold watch"},
    "aide": {"female": "navy pantsuit, earpiece", "male": "black suit, earpiece"},
    "wildcard": {"female": "emerald gown, long gloves", "male": "cream linen suit, open collar"},
}
ACCESSORIES = {
    "lead": ["a small jade pendant"], "love": ["cufflinks"], "rival": ["a diamond necklace"],
    "elder": ["reading glasses"], "aide": ["a tablet"], "wildcard": ["a signet ring"],
}
AGES = {"lead": (22, 27), "love": (26, 31), "rival": (22, 27), "elder": (48, 58),
        "aide": (26, 34), "wildcard": (30, 40)}
TIMBRE = {"lead": "clear, steady", "love": "low, restrained", "rival": "bright, cutting",
          "elder": "deep, commanding", "aide": "brisk, level", "wildcard": "smooth, unhurried"}
#: Pitch bands per gender, spread so two characters of a gender never sound alike.
PITCH_BANDS = {"female": [78, 64, 52, 88], "male": [40, 28, 18, 48]}


def trope_scores(idea: str) -> dict[str, int]:
    """How many keywords of each trope (in any language's bank) the idea contains."""
    text = idea.lower()
    scores: dict[str, int] = {}
    for language in LANGUAGES:
        for trope in load_bank(language).tropes:
            hits = sum(1 for word in trope.keywords if (
                has_word(text, word.lower(), "en") if word.isascii() else word.lower() in text))
            scores[trope.id] = scores.get(trope.id, 0) + hits
    return scores


def lead_genders(bank: Bank) -> dict[str, str]:
    """Trope id → the gender its lead is written for ('any' when either)."""
    return {t.id: t.roles["lead"].gender for t in bank.tropes}


def pick_tropes(bank: Bank, idea: str, genre: str, premise: Premise) -> tuple[list[Trope], str]:
    """The main trope (forced by ``genre``, else from the idea's words, else from its
    premise — never by chance) and up to two more; with a sentence saying why."""
    by_id = {t.id: t for t in bank.tropes}
    if genre != "auto" and genre not in by_id:
        raise InputError(
            f"unknown genre {genre!r}", file="drama.toml", where="field project.genre",
            fix=f"use 'auto' or one of {sorted(by_id)}",
        )
    scores = trope_scores(idea)
    chosen, why = choose_trope(premise, idea, list(by_id), scores, genre, bank.language,
                               lead_genders(bank))
    main = by_id[chosen]
    extra = [by_id[t] for t in sorted(scores, key=lambda t: -scores[t])
             if scores[t] > 0 and t != main.id and t in by_id][:2]
    tropes, era_note = settle_era(bank, idea, [main, *extra])  # 冷宫 + 重生: the palace's
    return tropes, f"{why}{'；' if bank.language == 'zh' else '; '}{era_note}" if era_note else why


def short_name(character: Character, language: str, family: str) -> str:
    """How lines address a character: en first name, elders by title; zh full name."""
    if character.role == "elder":
        if language == "zh":
            return family + ("夫人" if character.gender == "female" else "董")
        return ("Mrs. " if character.gender == "female" else "Mr. ") + family
    if language == "zh":
        return character.name
    return character.name.split()[0]


def family_name(character: Character, bank: Bank) -> str:
    """The family (sur)name of a character, as the bank spells family names."""
    if bank.language == "en":
        return character.name.split()[-1]
    for surname in sorted(bank.names.surnames, key=len, reverse=True):
        if character.name.startswith(surname):
            return surname
    return character.name[:1]


def make_bible(request: SeriesRequest) -> Bible:
    """A complete, deterministic series bible for the request."""
    bank = load_bank(request.language)
    rng = random.Random(f"bible:{request.seed}:{request.idea}")
    premise = read_premise(request.idea, request.language)
    tropes, why = pick_tropes(bank, request.idea, request.genre, premise)
    main = blended(tropes[0], [t.id for t in tropes])
    bank = era_bank(bank.language, main.era)  # the era's names, places, schemes and moves
    premise.trope = main.id
    premise.assumed.append(why)
    love_among_foes(premise, request.idea, request.language)
    # In a palace, an antagonist the idea calls by the elder's station (太后) is the elder,
    # not the rival, when another one can be the rival.
    foes = premise.antagonists
    if main.era != MODERN and len(foes) > 1 and foes[0].occupation == main.roles["elder"].title:
        foes.append(foes.pop(0))
    given_names = _premise_names(premise)
    surnames = rng.sample([s for s in bank.names.surnames
                           if not any(n.startswith(s) for n in given_names.values())], len(ROLES))
    named = {n.split()[0] for n in given_names.values()}
    givens = {g: rng.sample([n for n in pool if n not in named], len(ROLES))
              for g, pool in (("female", bank.names.female), ("male", bank.names.male))}
    genders = _genders(main, premise, bank, rng)
    hair_colors = rng.sample(HAIR_COLORS, len(ROLES))
    palettes = rng.sample(PALETTES, len(ROLES))
    faces = rng.sample(FACES, len(ROLES))
    pitch_used = {"female": 0, "male": 0}
    characters: list[Character] = []
    for index, role in enumerate(ROLES):
        spec = main.roles[role]
        gender = genders[role]
        given = givens[gender][index]
        surname = surnames[index]
        name = surname + given if bank.language == "zh" else f"{given} {surname}"
        if role in given_names:  # the idea named them: that is who they are
            idea_name = given_names[role]
            name = idea_name if bank.language == "zh" or " " in idea_name else f"{idea_name} {surname}"
            given = name.split()[0] if bank.language == "en" else given
        ident = role if bank.language == "zh" else given.lower()
        outfit, accessories = era_look(bank, main.era, role, gender) or (
            OUTFITS[role][gender], ACCESSORIES[role])
        low, high = AGES[role]
        band = PITCH_BANDS[gender][pitch_used[gender] % 4]
        pitch_used[gender] += 1
        characters.append(Character(
            id=ident, name=name, role=role, gender=gender,
            description="", traits=rng.sample(spec.traits, min(3, len(spec.traits))),
            speech=spec.speech,
            look=Look(
                age=rng.randint(low, high), face=faces[index], hair=rng.choice(HAIR[gender]),
                hair_color=hair_colors[index], eye_color=rng.choice(EYE_COLORS),
                skin=rng.choice(SKINS), outfit=outfit,
                palette=palettes[index], accessories=accessories,
            ),
            voice=Voice(gender=gender, pitch=band, rate=rng.randint(40, 62), timbre=TIMBRE[role]),
        ))
    elder = characters[ROLES.index("elder")]
    family = family_name(elder, bank)
    fills: dict[str, str] = {c.role: short_name(c, bank.language, family) for c in characters}
    fills["elder"] = elder_address(bank, main.era, elder, family) or fills["elder"]
    fills["family"] = family
    fills["identity"] = main.identity.format(family=family)
    lead, rival = characters[0], characters[ROLES.index("rival")]
    values = premise_values(premise, bank.language, lead=fills["lead"], lead_full=lead.name,
                            rival=fills["rival"], place=premise.places[0] if premise.places else "",
                            family=family, gender=lead.gender, love=fills["love"])
    # The idea hides no truth: the trope's secret that fits it (0028).
    assumed = stock_secret(main) if premise.hidden_truth else assumed_secret(
        main, premise, secret_fills(fills, values), bank.language, request.idea)
    own = premise.hidden_truth or (
        "" if assumed == stock_secret(main) else f"{assumed.identity} {assumed.secret}")
    flipped = main.roles["lead"].gender not in ("any", lead.gender)
    if not premise.hidden_truth:
        fills["identity"] = fill(assumed.identity, secret_fills(fills, values))
        if flipped:  # the heiress story told of a man: "the lost Stone son"
            fills["identity"] = swap_flipped(fills["identity"], bank.language, head_only=True,
                                             gender=lead.gender)
    foreign = foreign_names(main, own)
    # Its stock secret's kind of lead ("designer") is foreign too where it is not assumed.
    foreign_text = [*foreign, *(main.secret_fits if own else [])]
    for character in characters:
        spec = main.roles[ROLES[characters.index(character)]]
        template = rng.choice(spec.description)
        template = _own_story(template, spec.description, foreign_text)  # not "…about Muse"
        character.description = fill(template, fills)
        worded = flipped and character.role in ("lead", "love")
        other = "male" if character.gender == "female" else "female"
        if worded and says_gender(character.description, other, bank.language):
            # written for the trope's lead or love ("a scholarship girl", for him): a
            # variant that says nothing of the other gender, else this one worded for them
            fitting = [fill(d, fills) for d in spec.description
                       if not says_gender(fill(d, fills), other, bank.language)]
            character.description = fitting[0] if fitting else swap_flipped(
                character.description, bank.language)
        if _says(template, foreign_text):  # every variant is another story's: a plain one
            character.description = (f"{character.name}，{'、'.join(character.traits)}。"
                                      if bank.language == "zh" else
                                      f"{character.name}: {', '.join(character.traits)}.")
        if not worded and wrong_pronoun(character.description, character.gender, bank.language):
            # The idea changed this role's gender: a variant that fits, or a plain one.
            fitting = [d for d in spec.description if not wrong_pronoun(
                fill(d, fills), character.gender, bank.language)]
            character.description = fill(fitting[0], fills) if fitting else (
                f"{character.name}，{'、'.join(character.traits)}。" if bank.language == "zh"
                else f"{character.name}: {', '.join(character.traits)}.")
    for index, character in enumerate(characters):
        spec_gender = main.roles[ROLES[index]].gender
        character.speech = fill(character.speech, fills)
        if spec_gender not in ("any", character.gender):  # "never raises her voice", for him
            character.speech = swap_pronouns(character.speech, bank.language)
    locations = _locations(main, bank, premise, fills, rng)
    writing = load_writing(bank.language)
    if premise.hidden_truth:
        fills["identity"] = identity_phrase(values, bank.language)
    lead.description = first_fit(writing.lead, values) or lead.description
    rival_values = {**values, "name": rival.name, "Name": rival.name,
                    "occupation": values["hold"]}
    rival.description = first_fit(writing.rival, rival_values) or rival.description
    if len(premise.antagonists) > 1:  # 丈夫和闺蜜联手: the wildcard is the second one
        second, wildcard = premise.antagonists[1], characters[ROLES.index("wildcard")]
        said_as = second.hold or second.occupation
        wildcard.description = first_fit(writing.accomplice, {
            **values, "name": wildcard.name, "Name": wildcard.name,
            "hold2_kin": said_as if _kin(said_as, bank.language) is not None else "",
            "hold2": said_as}) or wildcard.description
    love = characters[ROLES.index("love")]
    love.description = first_fit(writing.love, {**values, "name": love.name, "Name": love.name}
                                 ) or love.description
    title = request.title or first_fit(writing.titles, values, rng.randrange(4)) or _stock(
        fill(_own_story(rng.choice(main.titles), main.titles, foreign_text), fills), flipped,
        bank.language, lead_only=True, gender=lead.gender)
    logline = first_fit(writing.logline, values) or _stock(
        fill(_own_story(rng.choice(main.logline), main.logline, foreign_text), fills), flipped,
        bank.language)
    if premise.hidden_truth:
        secret = first_fit(writing.secret, values)
    elif assumed == stock_secret(main):
        secret = _stock(fill(assumed.secret, fills), flipped, bank.language, about_lead=True,
                        gender=lead.gender)
    else:  # its he and she swapped before the idea's words go in ("his fiancee" stays)
        secret = fill(_stock(assumed.secret, flipped, bank.language, about_lead=True,
                             gender=lead.gender), secret_fills(fills, values))
    _note_assumptions(premise, bank.language, lead.name, rival.name, locations[0].name, main,
                      secret)
    return Bible(
        title=title, language=request.language, logline=logline,
        genre=main.genre, tropes=[t.id for t in tropes], tone=main.tone,
        world=first_fit(writing.world, values) or _stock(
            fill(_own_story(rng.choice(main.world), main.world, foreign_text), fills), flipped,
            bank.language),
        secret=secret,
        characters=characters, locations=locations, premise=premise,
    )


def _own_story(chosen: str, options: list[str], foreign: list[str]) -> str:
    """``chosen``, or the first of ``options`` that says none of the ``foreign`` words
    (the stock secret's names and kind of lead when the series keeps another secret)."""
    if not _says(chosen, foreign):
        return chosen
    return next((option for option in options if not _says(option, foreign)), chosen)


def _says(text: str, words: list[str]) -> bool:
    return any(re.search(rf"(?i)(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", text)
               for word in words)


def _kin(words: str, language: str) -> str | None:
    """What ``words`` say of someone who is kin to the lead (闺蜜, sister, best friend): the
    gender the kin word gives ('' for none, as "best friend"), or None when they are no kin."""
    if not words:
        return None
    if language == "zh":
        found = kin_word(words)
        return found[1] if found else None
    entry = kin_of(Phrase(tokens(words)))
    return entry.gender if entry is not None else None


def _premise_names(premise: Premise) -> dict[str, str]:
    """Roles the idea names: the protagonist is the lead, the first antagonist the rival."""
    names = {}
    if premise.protagonist.name:
        names["lead"] = premise.protagonist.name
    if premise.antagonists and premise.antagonists[0].name:
        names["rival"] = premise.antagonists[0].name
    if len(premise.antagonists) > 1 and premise.antagonists[1].name:
        names["wildcard"] = premise.antagonists[1].name  # the second: the wildcard plays them
    if premise.love.name:
        names["love"] = premise.love.name
    return names


def _genders(main: Trope, premise: Premise, bank: Bank, rng: random.Random) -> dict[str, Gender]:
    """Each role's gender: the trope's, unless the idea says otherwise — in words, or by a
    name the bank knows as a woman's or a man's (then the love interest is of the other
    gender)."""
    genders: dict[str, Gender] = {}
    for role in ROLES:
        spec = main.roles[role].gender
        genders[role] = spec if spec != "any" else rng.choice(["female", "male"])

    known = load_premise_pack(bank.language).given_names

    def said(person: PremisePerson) -> str:
        given = person.name.split()[0] if bank.language == "en" and person.name else ""
        if not person.gender and not given:  # 继妹, her stepsister: what they are says it
            return _kin(person.hold or person.occupation, bank.language) or ""
        if person.gender or not given:
            return person.gender
        if given in bank.names.female or given in known.get("female", []):
            return "female"
        if given in bank.names.male or given in known.get("male", []):
            return "male"
        return ""

    lead = said(premise.protagonist)
    if lead and lead != genders["lead"]:
        genders["lead"] = lead  # type: ignore[assignment]
        genders["love"] = "male" if lead == "female" else "female"
    rival = said(premise.antagonists[0]) if premise.antagonists else ""
    if rival:
        genders["rival"] = rival  # type: ignore[assignment]
    second = said(premise.antagonists[1]) if len(premise.antagonists) > 1 else ""
    if second:  # 丈夫和闺蜜联手: the wildcard plays the second one
        genders["wildcard"] = second  # type: ignore[assignment]
    love = said(premise.love) if premise.love.name or premise.love.occupation else ""
    if love:
        genders["love"] = love  # type: ignore[assignment]
    return genders


def _locations(main: Trope, bank: Bank, premise: Premise, fills: dict[str, str],
               rng: random.Random) -> list[Location]:
    """The trope's five places, with the idea's own places first (by their own names)."""
    locations: list[Location] = []
    for phrase in premise.places[:2]:
        kind = place_kind(phrase, bank.language)
        if kind is None or any(loc.kind == kind for loc in locations):
            continue
        place = next((p for p in bank.places if p.kind == kind and phrase in p.names), None) or \
            next((p for p in bank.places if p.kind == kind), None)  # 冷宫 is described as one
        # A place the idea names by a common noun is "the …" in English, as the bank's are.
        name = phrase if bank.language == "zh" or phrase[:1].isupper() else f"the {phrase}"
        locations.append(Location(
            id=kind, name=name, kind=kind,
            description=fill(rng.choice(place.description), fills) if place else "",
        ))
    for kind in main.locations:
        if len(locations) >= 5:
            break
        if any(loc.kind == kind for loc in locations):
            continue
        place = next(p for p in bank.places if p.kind == kind)
        locations.append(Location(
            id=kind, name=fill(rng.choice(place.names), fills), kind=kind,
            description=fill(rng.choice(place.description), fills),
        ))
    return locations


def _note_assumptions(premise: Premise, language: str, lead: str, rival: str, place: str,
                      main: Trope, secret: str) -> None:
    """Say in the premise what the idea left open and what the writer chose."""
    zh = language == "zh"
    notes = premise.assumed
    if not premise.protagonist.name:
        notes.append(f"想法里主角没有名字：起名为{lead}" if zh
                     else f"the idea does not name the lead — called {lead}")
    if not premise.antagonists:
        notes.append(f"想法里没有对手：由{rival}担任反派" if zh
                     else f"the idea names no antagonist — {rival} plays the rival")
    if not premise.places:
        notes.append(f"想法里没有地点：从{place}开场" if zh
                     else f"the idea names no place — it opens at {place}")
    if not premise.hidden_truth:
        notes.append(f"想法里没有隐藏身份：按题材 {main.id} 补上——{secret}" if zh
                     else f"the idea hides no truth — assumed from the {main.id} trope: "
                     f"{secret}")


def _stock(text: str, flipped: bool, language: str, *, about_lead: bool = False,
           lead_only: bool = False, gender: str = "") -> str:
    """A trope's own sentence, its he and she swapped when the idea's lead is of the other
    gender than the trope's (the love interest then is too); a sentence about the lead
    (its secret) also its gendered nouns ("is the daughter they lost"), a title only the
    lead's noun ("The Stone Heiress Was Switched")."""
    if not flipped:
        return text
    if about_lead or lead_only:
        return swap_flipped(text, language, head_only=lead_only, gender=gender)
    return swap_pronouns(text, language)


_SWAP_EN = {"she": "he", "he": "she", "him": "her", "his": "her", "hers": "his",
            "herself": "himself", "himself": "herself"}
_SWAP_ZH = str.maketrans({"她": "他", "他": "她"})
#: After these, "her" is an object ("tells her the truth"): "him"; before a noun, "his".
_NOT_A_NOUN = frozenset({"and", "or", "but", "to", "in", "at", "on", "with", "from", "for",
                         "as", "by", "the", "a", "an", "that", "so", "when", "if", "off", "out",
                         "up", "down", "away", "back", "again", "go", "alone", "first"})


def swap_pronouns(text: str, language: str) -> str:
    """``text`` with every he and she swapped (her → his or him by what follows)."""
    if language == "zh":
        return text.translate(_SWAP_ZH)

    def swap(match: re.Match[str]) -> str:
        word = match.group(1)
        low = word.lower()
        if low == "her":
            following = re.match(r"\s+([A-Za-z']+)", text[match.end():])
            new = "his" if following and following.group(1).lower() not in _NOT_A_NOUN else "him"
        else:
            new = _SWAP_EN[low]
        return new[:1].upper() + new[1:] if word[:1].isupper() else new

    return re.sub(r"\b(she|he|him|his|hers|her|herself|himself)\b", swap, text,
                  flags=re.IGNORECASE)


#: Verbs said of a slot's value that agree with a plural one ("{stake} is theirs" with
#: "the family shares").
_PLURAL_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
                 "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't"}
_PREPOSITIONS = {"of", "about", "to", "for", "in", "with", "from", "at", "on", "by", "behind"}
_AFTER_SLOT = re.compile(r"^(\s+)([a-z']+)\b")


def _plural(value: str) -> bool:
    """Whether an English noun phrase's head is plural ("the family shares")."""
    from microdrama.providers.offline.writer.premise_phrase_en import singular

    words = value.split()
    if not words or not value.isascii() or not words[-1].isalpha() or any(
            w in _PREPOSITIONS for w in words):
        return False  # "the truth about the twins": its head is the truth
    head = words[-1]
    return head.islower() and head.endswith("s") and singular(head) != head


def _agree(literal: str, value: str) -> str:
    """The literal after a slot, its first verb agreeing with a plural value."""
    found = _AFTER_SLOT.match(literal)
    if not found or not _plural(value):
        return literal
    verb = found.group(2)
    if verb in _PLURAL_VERBS:
        said = _PLURAL_VERBS[verb]
    elif verb.endswith("s") and not verb.endswith("ss"):
        from microdrama.providers.offline.writer.premise_phrase_en import lexicon

        lemmas = lexicon().getAllLemmas(verb).get("VERB")  # type: ignore[attr-defined]
        if not lemmas or lemmas[0] == verb:
            return literal
        said = str(lemmas[0])
    else:
        return literal
    return found.group(1) + said + literal[found.end():]


def fill(template: str, fills: dict[str, str]) -> str:
    """Fill ``{slot}`` placeholders; a sentence that starts with a slot starts upper-case
    ("Please. {stake} is all I have" → "Please. The engagement is all I have"), and the verb
    right after a slot agrees with a plural value ("the family shares are theirs")."""
    parts: list[str] = []
    previous = ""
    for literal, name, spec, _conversion in string.Formatter().parse(template):
        parts.append(_agree(literal, previous) if previous else literal)
        previous = ""
        if name is None:
            continue
        value = ("{" + name + "}" if name not in fills else  # a bank bug shows in the text
                 format(fills[name], spec or ""))
        opens_sentence = not "".join(parts).strip() or re.search(r"[.!?…]['\"”’]?\s+$",
                                                                 "".join(parts))
        if opens_sentence and value[:1].islower():
            value = value[0].upper() + value[1:]
        parts.append(value)
        previous = value
    return "".join(parts)
