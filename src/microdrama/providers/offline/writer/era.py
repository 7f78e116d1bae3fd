"""When a series is set: the era its idea names, and the part of the bank that fits it.

Every bank entry (move, scheme, twist, place) fits the modern era unless it says which
eras it fits (``eras:``); a trope is set in one era (``era:``). The bank's ``eras:``
table defines the others: the words in an idea that set a story there, the words none of
its text may say (its anachronisms), its names, looks, titles and how lines name the
elder. A series takes the era of its main trope, and an idea set in another era than the
trope it picked gets a trope of that era first (冷宫 + 重生: palace, with rebirth's turns
kept), so the era follows the idea and not only the trope word it happened to use.
"""

from __future__ import annotations

from functools import cache

from microdrama.domain import Bible, Character
from microdrama.providers.offline.writer.banks import LANGUAGES, load_bank
from microdrama.providers.offline.writer.banks.schema import MODERN, Bank, Trope
from microdrama.review.lexicon import has_any


def idea_era(bank: Bank, idea: str) -> tuple[str, str]:
    """(era id, the first word that set it): the era whose words (its keywords and its
    tropes', in any language's bank) the idea says most; (modern, '') when none."""
    text = idea.lower()
    best: tuple[int, str, str] = (0, MODERN, "")
    for era in bank.eras:
        words: list[str] = []
        for language in LANGUAGES:
            other = load_bank(language)
            words += [w for e in other.eras if e.id == era.id for w in e.keywords]
            words += [w for t in other.tropes if t.era == era.id for w in t.keywords]
        hits = [w for w in dict.fromkeys(words) if w.lower() in text]
        if len(hits) > best[0]:
            best = (len(hits), era.id, hits[0])
    return best[1], best[2]


def settle_era(bank: Bank, idea: str, tropes: list[Trope]) -> tuple[list[Trope], str]:
    """The series' tropes, a trope of the idea's era first when the chosen one is of
    another (the chosen one kept second, so its moves of that era are dealt too), and a
    sentence saying so ('' when nothing changed)."""
    main = tropes[0]
    era_id, word = idea_era(bank, idea)
    era = bank.era(era_id)
    if era is None or main.era == era_id:
        return tropes, ""
    frame = next((t for t in tropes if t.era == era_id), None) or next(
        t for t in bank.tropes if t.era == era_id)
    ordered = [frame, *(t for t in tropes if t is not frame)][:3]
    if bank.language == "zh":
        return ordered, (f"时代：{era.label}（想法里的“{word}”）——题材改为 {frame.id}，"
                         f"保留 {main.id} 的走向")
    return ordered, (f"era: {era.label} (the idea says {word!r}) — trope {frame.id}, keeping "
                     f"{main.id}'s turns")


def blended(trope: Trope, tropes: list[str]) -> Trope:
    """``trope`` as it reads beside the series' other tropes: its ``blends:`` entry for the
    first of them it has one for (a palace rebirth keeps a secret of the last life)."""
    blend = next((trope.blends[t] for t in tropes if t != trope.id and t in trope.blends), None)
    if blend is None:
        return trope
    update = {name: value for name, value in blend.model_dump().items() if value}
    if "secret" in update:  # the blend's own secret is the one (no stock to swap out)
        update |= {"secrets": [], "secret_fits": []}
    return trope.model_copy(update=update)


def trope_era(bank: Bank, tropes: list[str]) -> str:
    """The era of the first of ``tropes`` the bank knows (the series' main trope)."""
    by_id = {t.id: t for t in bank.tropes}
    return next((by_id[t].era for t in tropes if t in by_id), MODERN)


def series_era(bible: Bible) -> str:
    """The era a bible's series is set in: its main trope's."""
    return trope_era(load_bank(bible.language), bible.tropes)


@cache
def era_bank(language: str, era_id: str) -> Bank:
    """The bank as a series of ``era_id`` sees it: only the moves, schemes, twists and
    places of that era, and the era's names and titles. A modern series sees exactly the
    bank it always did (entries of other eras only are left out)."""
    bank = load_bank(language)
    era = bank.era(era_id)
    update: dict[str, object] = {
        "moves": [m for m in bank.moves if era_id in m.eras],
        "schemes": [s for s in bank.schemes if era_id in s.eras],
        "twists": [t for t in bank.twists if era_id in t.move.eras],
        "places": [p for p in bank.places if era_id in p.eras],
    }
    if era is not None:
        update |= {"names": era.names, "episode_titles": era.episode_titles}
    return bank.model_copy(update=update)


def anachronism(text: str, era_id: str, language: str) -> str | None:
    """A word of ``text`` that ``era_id`` never says (None when it fits, or in the modern
    era, which has no such list)."""
    era = load_bank(language).era(era_id)
    return has_any(text, era.anachronisms, language) if era is not None else None


def timeless(templates: list[str], era_id: str, language: str) -> list[str]:
    """The templates (premise writing, not tagged by era) that say nothing ``era_id``
    never says."""
    if era_id == MODERN:
        return templates
    return [t for t in templates if anachronism(t, era_id, language) is None]


def elder_address(bank: Bank, era_id: str, elder: Character, family: str) -> str | None:
    """How the era's lines name the elder (太后, Dowager Shen); None in the modern era."""
    era = bank.era(era_id)
    if era is None or elder.gender not in era.address:
        return None
    return era.address[elder.gender].format(family=family)  # type: ignore[index]


def era_look(bank: Bank, era_id: str, role: str, gender: str) -> tuple[str, list[str]] | None:
    """(outfit, accessories) a role wears in the era; None in the modern era."""
    era = bank.era(era_id)
    look = era.looks.get(role) if era is not None else None  # type: ignore[call-overload]
    if look is None:
        return None
    return (look.female if gender == "female" else look.male), list(look.accessories)
