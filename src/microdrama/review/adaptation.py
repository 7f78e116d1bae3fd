"""Cultural adaptation for a locale: what its audience's culture packs (the locale pack's
``markets``) flag in the series' lines and actions, with a proposed change where the
pack has one — a proposal a person accepts or rejects (``adaptations.toml``); accepted
ones change that locale's lines before they are translated. Pure: no I/O beyond packs.

A flagged *line* can be adapted in the locale (its words are the locale's own). A
flagged *action* is what the picture shows, shared by every locale: it is reported, to
change in the script or the panel, never swapped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from microdrama.domain import Bible, Episode
from microdrama.formats.locales import genre_titles
from microdrama.packs import BUILTIN, Packs
from microdrama.review.compliance import MarketPack, load_market
from microdrama.review.lexicon import find, has_any


@dataclass(frozen=True)
class Proposal:
    """One thing a locale's audience would stumble on, and what to say instead."""

    locale: str
    market: str
    rule: str
    severity: str
    #: Line id (adaptable in the locale) or beat id (the picture: reported only).
    target: str
    kind: str  # "line", "action" or "title" (the locale's series title)
    word: str
    #: The replacement the pack proposes ('' when it has none: a person rewrites it).
    replacement: str
    message: str
    fix: str


def culture_packs(markets: tuple[str, ...], packs: Packs = BUILTIN) -> list[MarketPack]:
    """The culture packs of a locale's markets."""
    return [pack for pack in (load_market(m, packs) for m in markets) if pack.kind == "culture"]


def propose(episode: Episode, language: str, locale: str,
            pack_list: list[MarketPack]) -> list[Proposal]:
    """Every flagged line and action of ``episode`` for ``locale``'s culture packs."""
    found: list[Proposal] = []
    places = [(beat.id, "action", beat.action) for scene in episode.scenes
              for beat in scene.beats if beat.action.strip()]
    places += [(line.id, "line", line.text) for line in episode.lines()]
    for pack in pack_list:
        for rule in pack.rules:
            if rule.check != "words":
                continue
            words = rule.words.get(language, [])
            swap = rule.swap.get(language, {})
            for target, kind, text in places:
                word = has_any(text, words, language)
                if word is None:
                    continue
                found.append(Proposal(
                    locale=locale, market=pack.market, rule=rule.id, severity=rule.severity,
                    target=target, kind=kind, word=word,
                    replacement=swap.get(word, "") if kind == "line" else "",
                    message=rule.message.format(word=word) if "{word}" in rule.message
                    else rule.message, fix=rule.fix))
    return found


#: The rule id of a re-titling proposal (its target: ``series``).
RETITLE = "title.genre"


def propose_title(bible: Bible, locale: str, current: str) -> Proposal | None:
    """A title with the market's genre words when the locale's series title (``current``:
    as translated, '' when not yet) carries none for the series' tropes; None when it
    does, or the title pack has nothing for the locale or the tropes."""
    genre = genre_titles(locale)
    if genre is None:
        return None
    words = [w for trope in bible.tropes for w in genre.words.get(trope, [])]
    titles = [t for trope in bible.tropes for t in genre.titles.get(trope, [])]
    if not words or not titles:
        return None
    said = current.casefold()
    if any(word.casefold() in said for word in words):
        return None
    return Proposal(
        locale=locale, market="titles", rule=RETITLE, severity="info", target="series",
        kind="title", word=current or bible.title, replacement=titles[0],
        message=f"the {locale} title {current or bible.title!r} carries none of the genre "
                f"words its viewers look for ({', '.join(words[:4])})",
        fix=f"accept {titles[0]!r} (alternatives: {', '.join(titles[1:]) or 'none'}), or "
            f"write a title with one of these words in locales/{locale}.yaml titles.series")


def apply_swap(text: str, word: str, replacement: str, language: str) -> str:
    """``text`` with every ``word`` replaced (zh: as a substring; en: whole words, any
    case, the first letter's case kept)."""
    if language == "zh":
        return text.replace(word, replacement)
    if find(text, word, language) < 0:
        return text
    head = r"(?<![A-Za-z0-9])" if word[:1].isalnum() else ""
    tail = r"(?![A-Za-z0-9])" if word[-1:].isalnum() else ""

    def keep_case(match: re.Match[str]) -> str:
        said = match.group(0)
        return replacement[:1].upper() + replacement[1:] if said[:1].isupper() else replacement

    return re.sub(head + re.escape(word) + tail, keep_case, text, flags=re.IGNORECASE)


def adapt_episode(episode: Episode, swaps: list[tuple[str, str, str]], language: str) -> Episode:
    """``episode`` as a locale says it: each (line id, word, replacement) applied to its
    line. The series' episode is not changed (a copy is returned)."""
    if not swaps:
        return episode
    adapted = episode.model_copy(deep=True)
    by_line: dict[str, list[tuple[str, str]]] = {}
    for target, word, replacement in swaps:
        by_line.setdefault(target, []).append((word, replacement))
    for line in adapted.lines():
        for word, replacement in by_line.get(line.id, []):
            line.text = apply_swap(line.text, word, replacement, language)
    return adapted
