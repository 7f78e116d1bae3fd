"""A source novel as the writers' room sees it: chapter digests, their bounded summary,
how chapters are allotted to episodes, and the map from episodes back to chapters.

Everything here is pure: the digests come from a writer (one per chapter), the
summary and the allocation are computed from them deterministically, so the same
digests always give the same bible prompt and the same source map.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Iterable, Sequence

from pydantic import Field, model_validator

from microdrama.domain.base import Model
from microdrama.domain.bible import Language, Outline

#: Bounds of a SourceDigest, whatever the length of the novel.
MAX_ARCS = 10
MAX_CAST = 20
MAX_EVENTS = 40
MAX_REVEALS = 12
ARC_SUMMARY_CHARS = 400
DESCRIPTION_CHARS = 120
EVENT_CHARS = 120
MAX_RELATIONSHIPS = 3
SUMMARY_CHARS = 300


# --- one chapter ------------------------------------------------------------------------


class SourceCharacter(Model):
    """A character as one chapter shows them."""

    name: str = Field(description="Name as the chapter writes it.", min_length=1, max_length=60)
    aliases: list[str] = Field(
        default_factory=list, description="Other names, titles or nicknames used for them."
    )
    role: str = Field(
        default="",
        description="Role hint: protagonist, love interest, antagonist, family, ally, minor, …",
    )
    description: str = Field(default="", description="Who they are, in a sentence.")
    relationships: list[str] = Field(
        default_factory=list, description="Ties to others, e.g. 'fiancée of Lu Chen'."
    )


class SourceEvent(Model):
    """Something that happens in a chapter."""

    what: str = Field(description="What happens, in one sentence.", min_length=1)
    who: list[str] = Field(default_factory=list, description="Names of the characters involved.")
    importance: int = Field(
        default=3, ge=1, le=5,
        description="How much the story turns on it: 1 colour, 3 plot, 5 turning point.",
    )


class ChapterDigest(Model):
    """What one chapter (or part of a long chapter) of the source contributes."""

    chapter: int = Field(description="Chapter number in the source map (1 = first).", ge=1)
    title: str = Field(default="", description="Chapter title as the source gives it.")
    summary: str = Field(
        description=f"What happens, in at most about {SUMMARY_CHARS} characters.",
        min_length=1, max_length=2 * SUMMARY_CHARS,
    )
    characters: list[SourceCharacter] = Field(
        default_factory=list, description="Characters who appear or matter.", max_length=40
    )
    events: list[SourceEvent] = Field(
        default_factory=list, description="Events in the order they happen.", max_length=30
    )
    reveals: list[str] = Field(
        default_factory=list, description="Secrets revealed or hinted at in this chapter."
    )
    hooks: list[str] = Field(
        default_factory=list,
        description="Moments with screen power: confrontations, humiliations, cliffhangers.",
    )

    def importance(self) -> int:
        """Sum of its events' importance (how much story the chapter carries)."""
        return sum(e.importance for e in self.events)


# --- the whole source, bounded ----------------------------------------------------------


class CastMember(Model):
    """A character merged across every chapter that shows them."""

    name: str = Field(description="The name used most often.")
    aliases: list[str] = Field(default_factory=list, description="Other names seen.")
    role: str = Field(default="", description="The role hint given most often.")
    description: str = Field(default="", description="Who they are (the fullest description).")
    relationships: list[str] = Field(default_factory=list, description="Their strongest ties.")
    mentions: int = Field(description="Chapters in which they appear.", ge=1)
    first_chapter: int = Field(description="Chapter of their first appearance.", ge=1)


class KeyEvent(Model):
    """A key event of the source, with where it happens."""

    chapter: int = Field(description="Chapter number.", ge=1)
    what: str = Field(description="What happens.")
    who: list[str] = Field(default_factory=list, description="Who is involved.")
    importance: int = Field(description="1 (colour) to 5 (turning point).", ge=1, le=5)


class SourceReveal(Model):
    """A secret the source reveals, with where."""

    chapter: int = Field(description="Chapter number.", ge=1)
    what: str = Field(description="The secret.")


class ArcSummary(Model):
    """A run of consecutive chapters, summarised."""

    first_chapter: int = Field(description="First chapter of the run.", ge=1)
    last_chapter: int = Field(description="Last chapter of the run.", ge=1)
    summary: str = Field(description="What happens across the run.")
    characters: list[str] = Field(default_factory=list, description="Who carries the run.")


class SourceDigest(Model):
    """The whole source compressed to a bounded size, for the bible and outline prompts."""

    title: str = Field(default="", description="Title of the source.")
    language: Language = Field(description="Language of the source.")
    chapters: int = Field(description="Number of chapters (and parts) digested.", ge=1)
    cast: list[CastMember] = Field(
        description=f"The most present characters (at most {MAX_CAST}), most present first."
    )
    key_events: list[KeyEvent] = Field(
        description=f"The most important events (at most {MAX_EVENTS}), in story order."
    )
    arcs: list[ArcSummary] = Field(
        description=f"Summaries of runs of chapters (at most {MAX_ARCS}), in order."
    )
    reveals: list[SourceReveal] = Field(
        default_factory=list, description=f"Secrets revealed (at most {MAX_REVEALS}), in order."
    )


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _first_sentence(text: str) -> str:
    for i, ch in enumerate(text):
        if ch in "。！？!?" or (ch == "." and (i + 1 == len(text) or text[i + 1] == " ")):
            return text[: i + 1]
    return text


class _Cast:
    """Characters merged by name and alias (case-insensitive), in order of appearance."""

    def __init__(self) -> None:
        self.keys: dict[str, int] = {}  # folded name or alias → member index
        self.names: list[Counter[str]] = []
        self.aliases: list[set[str]] = []
        self.roles: list[Counter[str]] = []
        self.descriptions: list[str] = []
        self.relationships: list[Counter[str]] = []
        self.chapters: list[set[int]] = []

    def add(self, chapter: int, person: SourceCharacter) -> None:
        names = [person.name, *person.aliases]
        index = next((self.keys[n.casefold()] for n in names if n.casefold() in self.keys), None)
        if index is None:
            index = len(self.names)
            self.names.append(Counter())
            self.aliases.append(set())
            self.roles.append(Counter())
            self.descriptions.append("")
            self.relationships.append(Counter())
            self.chapters.append(set())
        for name in names:
            self.keys.setdefault(name.casefold(), index)
        self.names[index][person.name] += 1
        self.aliases[index].update(person.aliases)
        if person.role:
            self.roles[index][person.role] += 1
        if len(person.description) > len(self.descriptions[index]):
            self.descriptions[index] = person.description
        self.relationships[index].update(person.relationships)
        self.chapters[index].add(chapter)

    def top(self, limit: int) -> list[CastMember]:
        order = sorted(range(len(self.names)),
                       key=lambda i: (-len(self.chapters[i]), min(self.chapters[i])))
        out = []
        for i in order[:limit]:
            name = self.names[i].most_common(1)[0][0]
            others = sorted(a for a in self.aliases[i] | set(self.names[i]) if a != name)
            out.append(CastMember(
                name=name, aliases=others[:5],
                role=self.roles[i].most_common(1)[0][0] if self.roles[i] else "",
                description=_clip(self.descriptions[i], DESCRIPTION_CHARS),
                relationships=[_clip(r, 60) for r, _ in
                               self.relationships[i].most_common(MAX_RELATIONSHIPS)],
                mentions=len(self.chapters[i]), first_chapter=min(self.chapters[i]),
            ))
        return out

    def names_in(self, chapters: set[int], limit: int) -> list[str]:
        counts = [(len(self.chapters[i] & chapters), i) for i in range(len(self.names))]
        ranked = sorted((c for c in counts if c[0]), key=lambda c: (-c[0], c[1]))
        return [self.names[i].most_common(1)[0][0] for _, i in ranked[:limit]]


def condense(digests: Iterable[ChapterDigest], *, chapters: int, language: Language,
             title: str = "") -> SourceDigest:
    """Compress chapter digests (in chapter order) into a SourceDigest of bounded size.

    Hierarchical: chapters are grouped into at most MAX_ARCS runs; each run keeps a
    summary built from its weightiest chapters' summaries, its share of the key events
    and reveals. Digests are consumed one run at a time, so only one run is held.
    """
    if chapters < 1:
        raise ValueError("a source needs at least one chapter")
    arcs = min(MAX_ARCS, chapters)
    size = math.ceil(chapters / arcs)
    event_quota = max(1, MAX_EVENTS // arcs)
    reveal_quota = max(1, MAX_REVEALS // arcs)
    cast = _Cast()
    summaries: list[ArcSummary] = []
    events: list[KeyEvent] = []
    reveals: list[SourceReveal] = []
    run: list[ChapterDigest] = []

    def close_run() -> None:
        if not run:
            return
        ranked = sorted(run, key=lambda d: (-d.importance(), d.chapter))
        budget, chosen = ARC_SUMMARY_CHARS, set[int]()
        for digest in ranked:
            sentence = _first_sentence(digest.summary.strip())
            if len(sentence) + 1 > budget and chosen:
                continue
            chosen.add(digest.chapter)
            budget -= len(sentence) + 1
        text = " ".join(_first_sentence(d.summary.strip()) for d in run if d.chapter in chosen)
        summaries.append(ArcSummary(
            first_chapter=run[0].chapter, last_chapter=run[-1].chapter,
            summary=_clip(text, ARC_SUMMARY_CHARS),
            characters=cast.names_in({d.chapter for d in run}, 5),
        ))
        candidates = [(e.importance, d.chapter, k, e) for d in run for k, e in enumerate(d.events)]
        candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
        picked = sorted(candidates[:event_quota], key=lambda c: (c[1], c[2]))
        events.extend(KeyEvent(chapter=c, what=_clip(e.what, EVENT_CHARS), who=e.who[:4],
                               importance=i) for i, c, _, e in picked)
        found = [(d.chapter, r) for d in run for r in d.reveals if r.strip()]
        reveals.extend(SourceReveal(chapter=c, what=_clip(r, EVENT_CHARS))
                       for c, r in found[:reveal_quota])
        run.clear()

    seen = 0
    for digest in digests:
        seen += 1
        for person in digest.characters:
            cast.add(digest.chapter, person)
        run.append(digest)
        if len(run) >= size:
            close_run()
    close_run()
    if seen == 0:
        raise ValueError("no chapter digests to condense")
    return SourceDigest(
        title=title, language=language, chapters=chapters, cast=cast.top(MAX_CAST),
        key_events=events[:MAX_EVENTS], arcs=summaries[:MAX_ARCS],
        reveals=reveals[:MAX_REVEALS],
    )


def _size(digests: Sequence[ChapterDigest]) -> int:
    return sum(len(d.model_dump_json(exclude_defaults=True)) for d in digests)


def compact_digests(digests: Sequence[ChapterDigest], max_chars: int = 16_000
                    ) -> list[ChapterDigest]:
    """The digests an episode adapts, made to fit ``max_chars`` of JSON.

    An episode that adapts many chapters (a long novel, few episodes) gets leaner
    digests: first the cast shrinks to names and roles and only the weightiest events
    and first hook stay; then only short summaries, the first reveal and the key event;
    last, only the weightiest chapters (in order) that fit.
    """
    if _size(digests) <= max_chars:
        return list(digests)

    def top_events(d: ChapterDigest, count: int) -> list[SourceEvent]:
        keep = sorted(range(len(d.events)), key=lambda i: (-d.events[i].importance, i))[:count]
        return [d.events[i] for i in sorted(keep)]

    lean = [d.model_copy(update={
        "characters": [SourceCharacter(name=c.name, role=c.role) for c in d.characters[:6]],
        "events": top_events(d, 3), "hooks": d.hooks[:1]}) for d in digests]
    if _size(lean) <= max_chars:
        return lean
    bare = [d.model_copy(update={
        "characters": [], "hooks": [], "reveals": [_clip(r, EVENT_CHARS) for r in d.reveals[:1]],
        "summary": _clip(d.summary, SUMMARY_CHARS // 2),
        "events": [e.model_copy(update={"what": _clip(e.what, EVENT_CHARS), "who": []})
                   for e in top_events(d, 1)]}) for d in lean]
    if _size(bare) <= max_chars:
        return bare
    ranked = sorted(range(len(bare)), key=lambda i: (-digests[i].importance(), i))
    chosen: list[int] = []
    used = 0
    for i in ranked:
        size = len(bare[i].model_dump_json(exclude_defaults=True))
        if used + size > max_chars and chosen:
            continue
        chosen.append(i)
        used += size
    return [bare[i] for i in sorted(chosen)]


# --- chapters → episodes ----------------------------------------------------------------


def chapter_weights(sizes: Sequence[int], importance: Sequence[int]) -> list[float]:
    """How much story each chapter carries: text size and event importance, equally.

    Each measure is scaled to a mean of 1 (a measure that is all zero is left out), so
    a chapter of average length and average importance weighs 1.
    """
    if len(sizes) != len(importance):
        raise ValueError("sizes and importance differ in length")
    count = len(sizes)
    if count == 0:
        return []
    measures = [m for m in (list(sizes), list(importance)) if sum(m) > 0]
    if not measures:
        return [1.0] * count
    weights = [0.0] * count
    for measure in measures:
        mean = sum(measure) / count
        for i, value in enumerate(measure):
            weights[i] += max(value, 0) / mean / len(measures)
    # A chapter never weighs nothing: an empty one still takes a place in the story.
    return [max(w, 0.05) for w in weights]


def allocate(weights: Sequence[float], episodes: int) -> dict[int, list[int]]:
    """Chapters (numbered from 1, in order) → episodes, proportional to their weights.

    With at least as many chapters as episodes, every chapter goes to exactly one
    episode, in order, and every episode gets at least one. With fewer chapters, every
    episode adapts one chapter and a weighty chapter is shared by neighbouring
    episodes. Deterministic: the same weights always give the same allocation.
    """
    if episodes < 1:
        raise ValueError("episodes must be 1 or more")
    count = len(weights)
    if count == 0:
        raise ValueError("no chapters to allocate")
    if any(w <= 0 or not math.isfinite(w) for w in weights):
        raise ValueError("weights must be positive")
    if count >= episodes:
        return _partition(weights, episodes)
    return _share(weights, episodes)


def _partition(weights: Sequence[float], episodes: int) -> dict[int, list[int]]:
    count = len(weights)
    cumulative: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    out: dict[int, list[int]] = {}
    start = 0  # index of the first chapter not yet given out
    for episode in range(1, episodes):
        target = total * episode / episodes
        low, high = start, count - (episodes - episode) - 1  # last index this episode may end on
        k = bisect.bisect_left(cumulative, target, low, high + 1)
        # k is the first index reaching the target; the one before may be closer.
        if k > high or (k > low and target - cumulative[k - 1] <= cumulative[k] - target):
            k -= 1
        k = min(max(k, low), high)
        out[episode] = list(range(start + 1, k + 2))
        start = k + 1
    out[episodes] = list(range(start + 1, count + 1))
    return out


def _share(weights: Sequence[float], episodes: int) -> dict[int, list[int]]:
    count = len(weights)
    total = sum(weights)
    extra = episodes - count
    ideal = [extra * w / total for w in weights]
    shares = [1 + math.floor(x) for x in ideal]
    left = episodes - sum(shares)
    by_remainder = sorted(range(count), key=lambda i: (-(ideal[i] - math.floor(ideal[i])), i))
    for i in by_remainder[:left]:
        shares[i] += 1
    out: dict[int, list[int]] = {}
    episode = 1
    for chapter, share in enumerate(shares, 1):
        for _ in range(share):
            out[episode] = [chapter]
            episode += 1
    return out


def assign_chapters(outline: Outline, allocation: dict[int, list[int]]) -> Outline:
    """The outline with each episode's ``chapters`` set from the allocation.

    The writer may not drop or merge chapters: its own ``chapters`` are replaced.
    Chapters allotted to an episode the plan lacks go to the nearest planned episode
    before it (or the first), so every chapter stays mapped.
    """
    numbers = sorted(p.number for p in outline.plan)
    given: dict[int, list[int]] = {n: [] for n in numbers}
    for episode in sorted(allocation):
        index = bisect.bisect_right(numbers, episode) - 1
        home = numbers[max(index, 0)]
        for chapter in allocation[episode]:
            if chapter not in given[home]:
                given[home].append(chapter)
    plan = [p.model_copy(update={"chapters": sorted(given[p.number])}) for p in outline.plan]
    return outline.model_copy(update={"plan": plan})


# --- the map back -----------------------------------------------------------------------


class MappedChapter(Model):
    """One source chapter an episode adapts."""

    number: int = Field(description="Chapter number (1 = first; parts of long chapters count).",
                        ge=1)
    title: str = Field(default="", description="Chapter title in the source.")


class EpisodeSource(Model):
    """The chapters one episode adapts."""

    episode: int = Field(description="Episode number.", ge=1)
    title: str = Field(default="", description="Episode title from the outline.")
    chapters: list[MappedChapter] = Field(description="Chapters it adapts, in order.")


class SourceMap(Model):
    """source-map.yaml: from every episode back to the source chapters it adapts."""

    source: str = Field(description="The source file, relative to the project.")
    chapters: int = Field(description="Number of chapters (and parts) in the source.", ge=0)
    episodes: list[EpisodeSource] = Field(description="One entry per planned episode, in order.")
    unmapped: list[int] = Field(
        default_factory=list,
        description="Chapters no episode adapts (after edits to outline.yaml).",
    )

    @model_validator(mode="after")
    def _unique(self) -> SourceMap:
        numbers = [e.episode for e in self.episodes]
        if len(numbers) != len(set(numbers)):
            raise ValueError("duplicate episode in the source map")
        return self
