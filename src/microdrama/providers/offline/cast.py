"""The offline writer's series bible: trope, cast (names, looks, voices), places, title.

Looks and voices are spread on purpose so that no two characters share a hair colour,
a palette family or a pitch band: a viewer must tell them apart at a glance and ear.
Look descriptors are English because image models take English prompts.
"""

from __future__ import annotations

import random

from microdrama.domain import Bible, Character, Location, Look, Voice
from microdrama.domain.bible import Gender
from microdrama.errors import InputError
from microdrama.providers.base import SeriesRequest
from microdrama.providers.offline.banks import LANGUAGES, load_bank
from microdrama.providers.offline.banks.schema import Bank, CastRole, Trope

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
            hits = sum(1 for word in trope.keywords if word.lower() in text)
            scores[trope.id] = scores.get(trope.id, 0) + hits
    return scores


def pick_tropes(bank: Bank, idea: str, genre: str, rng: random.Random) -> list[Trope]:
    """The main trope (forced by ``genre`` or inferred from the idea) and up to two more."""
    by_id = {t.id: t for t in bank.tropes}
    scores = trope_scores(idea)
    if genre != "auto":
        if genre not in by_id:
            raise InputError(
                f"unknown genre {genre!r}", file="drama.toml", where="field project.genre",
                fix=f"use 'auto' or one of {sorted(by_id)}",
            )
        main = by_id[genre]
    elif any(scores.values()):
        main = by_id[max(sorted(scores), key=lambda t: scores[t])]
    else:
        main = rng.choice(bank.tropes)
    extra = [by_id[t] for t in sorted(scores, key=lambda t: -scores[t])
             if scores[t] > 0 and t != main.id and t in by_id][:2]
    return [main, *extra]


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
    tropes = pick_tropes(bank, request.idea, request.genre, rng)
    main = tropes[0]
    surnames = rng.sample(bank.names.surnames, len(ROLES))
    givens = {"female": rng.sample(bank.names.female, len(ROLES)),
              "male": rng.sample(bank.names.male, len(ROLES))}
    hair_colors = rng.sample(HAIR_COLORS, len(ROLES))
    palettes = rng.sample(PALETTES, len(ROLES))
    faces = rng.sample(FACES, len(ROLES))
    pitch_used = {"female": 0, "male": 0}
    characters: list[Character] = []
    for index, role in enumerate(ROLES):
        spec = main.roles[role]
        gender: Gender = spec.gender if spec.gender != "any" else rng.choice(["female", "male"])
        given = givens[gender][index]
        surname = surnames[index]
        name = surname + given if bank.language == "zh" else f"{given} {surname}"
        ident = role if bank.language == "zh" else given.lower()
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
                skin=rng.choice(SKINS), outfit=OUTFITS[role][gender],
                palette=palettes[index], accessories=ACCESSORIES[role],
            ),
            voice=Voice(gender=gender, pitch=band, rate=rng.randint(40, 62), timbre=TIMBRE[role]),
        ))
    elder = characters[ROLES.index("elder")]
    family = family_name(elder, bank)
    fills: dict[str, str] = {c.role: short_name(c, bank.language, family) for c in characters}
    fills["family"] = family
    fills["identity"] = main.identity.format(family=family)
    for character in characters:
        template = rng.choice(main.roles[ROLES[characters.index(character)]].description)
        character.description = fill(template, fills)
    locations = []
    for kind in main.locations:
        place = next(p for p in bank.places if p.kind == kind)
        locations.append(Location(
            id=kind, name=fill(rng.choice(place.names), fills), kind=kind,
            description=fill(rng.choice(place.description), fills),
        ))
    title = request.title or fill(rng.choice(main.titles), fills)
    return Bible(
        title=title, language=request.language, logline=fill(rng.choice(main.logline), fills),
        genre=main.genre, tropes=[t.id for t in tropes], tone=main.tone,
        world=fill(rng.choice(main.world), fills), secret=fill(main.secret, fills),
        characters=characters, locations=locations,
    )


class _Missing(dict):  # type: ignore[type-arg]
    """Leave unknown slots visible instead of failing: a bank bug shows in the text."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, fills: dict[str, str]) -> str:
    """Fill ``{slot}`` placeholders; a sentence that starts with a slot starts upper-case."""
    text = template.format_map(_Missing(fills))
    if template.startswith("{") and text[:1].islower():
        text = text[0].upper() + text[1:]
    return text
