"""Casting an imported script: the people and places it names that the series bible
lacks join the bible, so a writer's own script imports into a project whose bible the
offline writer invented.

A newcomer takes over a bible character no episode uses (its designed look and voice
kept, its name, description and, if need be, gender replaced), the script's most
talkative person first and the bible's roles in order (lead, love, rival …) so the
script's lead becomes the series' lead; with no such character left, a new one is
designed (role ``extra``) the way the offline bible designs its cast. A place takes over
an unused location of its kind (:func:`place_kind`), else any unused one, else is added.
The gender comes from what the script's 人物小传 says, else from words in the name
(``packs/scripts/genders.yaml``: 夫人, 少, Mrs …) or the writer's first-name pools,
else from the character it takes over.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from pydantic import RootModel

from microdrama.domain import Bible, Character, Location, Look, Voice
from microdrama.domain.base import slugify
from microdrama.domain.bible import Gender
from microdrama.packs import load_pack
from microdrama.providers.offline.writer.banks import load_bank
from microdrama.providers.offline.writer.cast import (
    ACCESSORIES,
    AGES,
    EYE_COLORS,
    FACES,
    HAIR,
    HAIR_COLORS,
    OUTFITS,
    PALETTES,
    PITCH_BANDS,
    ROLES,
    SKINS,
    TIMBRE,
)
from microdrama.providers.offline.writer.premise_pack import place_kind


class GenderWords(RootModel[dict[str, dict[Gender, list[str]]]]):
    """``packs/scripts/genders.yaml``: per language, the words of each gender (and, under
    ``first_names``, English first names)."""


@dataclass(frozen=True)
class Newcomer:
    """A person an imported script names: how much they speak, and what it says of them."""

    name: str
    lines: int
    note: str = ""


#: Location kinds drawn outdoors (as the Fountain export's EXT.).
OUTDOORS = ("street", "forest", "village")


def cast_newcomers(bible: Bible, people: list[Newcomer], places: list[str], *,
                   used: set[str], outside: set[str] | frozenset[str] = frozenset()
                   ) -> tuple[Bible, list[str]]:
    """The bible with ``people`` and ``places`` in it, and one report line per change.
    ``used``: character and location ids the script or the episodes it leaves alone
    refer to (never taken over); ``outside``: places a heading calls outdoors."""
    language = bible.language
    characters = list(bible.characters)
    free = [c for c in characters if c.id not in used]
    free.sort(key=lambda c: ROLES.index(c.role) if c.role in ROLES else len(ROLES))
    report: list[str] = []
    for person in sorted(people, key=lambda p: -p.lines):
        gender = gender_of(person.name, person.note, language)
        fitting = [c for c in free if gender in (None, c.gender)]
        age = _age(person.note)
        if age is not None:  # 顾夫人，50岁 is the elder, not the young rival
            fitting.sort(key=lambda c: _years_off(age, c))
        spare = next(iter(fitting), None)
        if spare is not None:
            free.remove(spare)
            gender = gender or spare.gender
            taken = _renamed(spare, person, gender, language)
            characters[characters.index(spare)] = taken
            report.append(f"{person.name}: takes the place of {spare.name} ({spare.role})")
        else:
            taken = _designed(person, gender or "female", language,
                              {c.id for c in characters}, len(characters))
            characters.append(taken)
            report.append(f"{person.name}: a new {taken.gender} character")
    locations = list(bible.locations)
    unused = [loc for loc in locations if loc.id not in used]
    for name in places:
        kind = place_kind(name, language)
        if kind is None:  # 花园: no kind of ours; at least outdoors or in, as the heading says
            side = [loc for loc in unused if (loc.kind in OUTDOORS) == (name in outside)]
            spare_place = next(iter(side), None)
            kind = None if spare_place else ("street" if name in outside else None)
        else:
            spare_place = next((loc for loc in unused if loc.kind == kind), None)
        if spare_place is not None:
            unused.remove(spare_place)
            locations[locations.index(spare_place)] = spare_place.model_copy(
                update={"name": name, "description": ""})
            report.append(f"{name}: takes the place of {spare_place.name} ({spare_place.kind})")
        else:
            kind = kind or (locations[0].kind if locations else "street")
            ident = _free_id(slugify(name) if name.isascii() else kind,
                             {loc.id for loc in locations})
            locations.append(Location(id=ident, name=name, kind=kind))
            report.append(f"{name}: a new place ({kind})")
    updated = bible.model_copy(update={"characters": characters, "locations": locations})
    return Bible.model_validate(updated.model_dump()), report


def gender_of(name: str, note: str, language: str) -> Gender | None:
    """A person's gender from what the script says of them (``女，22岁``) or their name."""
    words = load_pack("scripts", "genders", GenderWords).root.get(language, {})
    if language == "zh":
        said = re.match(r"^[（(]?\s*([女男])", note.strip())
        if said:
            return "female" if said[1] == "女" else "male"
        hits = [(len(w), g) for g, ws in words.items() for w in ws if w in name]
        if hits:
            return max(hits)[1]
    else:
        tokens = re.findall(r"[a-z]+", f"{name} {note[:80]}".casefold())
        for token in tokens:
            found = [g for g, ws in words.items() if token in ws]
            if found:
                return found[0]
    bank = load_bank(language if language in ("zh", "en") else "en").names
    table = load_pack("scripts", "genders", GenderWords).root.get("first_names", {})
    first = name.split()[0].casefold() if name.split() else ""
    pieces = {name[1:], name[2:]} if language == "zh" else {first, first.title()}
    pools: dict[Gender, set[str]] = {"female": {*bank.female, *table.get("female", [])},
                                     "male": {*bank.male, *table.get("male", [])}}
    named = [gender for gender, pool in pools.items() if pieces & pool]
    return named[0] if len(named) == 1 else None


def _age(note: str) -> int | None:
    """The age a script's note gives (``女，22岁``, ``45 years old``), if any."""
    said = re.search(r"(\d{1,2})\s*(?:岁|years? old|-year-old)", note)
    return int(said[1]) if said and 3 <= int(said[1]) <= 100 else None


def _years_off(age: int, character: Character) -> int:
    """How far ``age`` is from the ages the character's role is designed for."""
    low, high = AGES.get(character.role, (character.look.age, character.look.age))
    return max(low - age, age - high, 0)


def _renamed(spare: Character, person: Newcomer, gender: Gender, language: str) -> Character:
    """``spare`` as the script's person: its design kept, its voice and hair following a
    changed gender, its age the script's."""
    update: dict[str, object] = {"name": person.name, "description": _description(person, language)}
    age = _age(person.note)
    if age is not None:
        update["look"] = spare.look.model_copy(update={"age": age})
    if gender != spare.gender:
        rng = random.Random(f"cast:{person.name}")
        update["gender"] = gender
        look = update.get("look", spare.look)
        assert isinstance(look, Look)
        update["look"] = look.model_copy(update={"hair": rng.choice(HAIR[gender])})
        update["voice"] = spare.voice.model_copy(update={
            "gender": gender, "pitch": rng.choice(PITCH_BANDS[gender])})
    return spare.model_copy(update=update)


def _designed(person: Newcomer, gender: Gender, language: str, taken: set[str],
              index: int) -> Character:
    """A new character for ``person``, designed as the bible's cast is (role ``extra``,
    dressed and voiced as an aide)."""
    rng = random.Random(f"cast:{person.name}")
    low, high = AGES["aide"]
    base = slugify(person.name) if person.name.isascii() else "extra"
    return Character(
        id=_free_id(base, taken), name=person.name, role="extra", gender=gender,
        description=_description(person, language),
        look=Look(age=_age(person.note) or rng.randint(low, high), face=rng.choice(FACES), hair=rng.choice(HAIR[gender]),
                  hair_color=rng.choice(HAIR_COLORS), eye_color=rng.choice(EYE_COLORS),
                  skin=rng.choice(SKINS), outfit=OUTFITS["aide"][gender],
                  palette=PALETTES[index % len(PALETTES)], accessories=ACCESSORIES["aide"]),
        voice=Voice(gender=gender, pitch=PITCH_BANDS[gender][index % 4],
                    rate=rng.randint(40, 62), timbre=TIMBRE["aide"]),
    )


def _description(person: Newcomer, language: str) -> str:
    if person.note:
        return person.note
    return f"{person.name}，剧本里的人物。" if language == "zh" else f"{person.name}, from the script."


def _free_id(base: str, taken: set[str]) -> str:
    ident, number = base, 2
    while ident in taken:
        ident, number = f"{base}-{number}", number + 1
    return ident

