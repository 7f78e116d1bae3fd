"""Source digests: allocation of chapters to episodes, the bounded summary, the map back."""

from __future__ import annotations

import json

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from microdrama.domain import Arc, EpisodePlan, Ledger, Monetization, Outline
from microdrama.domain.source import (
    MAX_ARCS,
    MAX_CAST,
    MAX_EVENTS,
    ChapterDigest,
    SourceCharacter,
    SourceEvent,
    allocate,
    assign_chapters,
    chapter_weights,
    compact_digests,
    condense,
)
from microdrama.providers.base import OutlineRequest, ScriptRequest, SeriesRequest
from microdrama.providers.offline.writer.provider import OfflineWriter

weights_strategy = st.lists(st.floats(min_value=0.05, max_value=50, allow_nan=False),
                            min_size=1, max_size=300)


@settings(max_examples=200, deadline=None)
@given(weights=weights_strategy, episodes=st.integers(min_value=1, max_value=120))
def test_every_chapter_and_every_episode_is_allocated(weights: list[float], episodes: int) -> None:
    allocation = allocate(weights, episodes)
    chapters = len(weights)
    assert sorted(allocation) == list(range(1, episodes + 1))
    assert all(allocation[e] for e in allocation)  # every episode adapts something
    flat = [c for e in sorted(allocation) for c in allocation[e]]
    if chapters >= episodes:
        assert flat == list(range(1, chapters + 1))  # each chapter exactly once, in order
    else:  # chapters shared by neighbouring episodes, each episode one chapter
        assert all(len(allocation[e]) == 1 for e in allocation)
        assert flat == sorted(flat) and set(flat) == set(range(1, chapters + 1))
    assert allocate(weights, episodes) == allocation  # deterministic


@settings(max_examples=200, deadline=None)
@given(weights=weights_strategy, episodes=st.integers(min_value=1, max_value=60))
@example(weights=[4.0, 4.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0], episodes=9)
def test_allocation_follows_the_weights(weights: list[float], episodes: int) -> None:
    if len(weights) < episodes:
        return
    allocation = allocate(weights, episodes)
    total, heaviest = sum(weights), max(weights)
    done = 0.0
    for episode in range(1, episodes):
        done += sum(weights[c - 1] for c in allocation[episode])
        # Each cut lands within one chapter's weight of its proportional place, unless
        # chapters had to be kept back so that every later episode gets one, or the
        # episode took a single chapter and is past its place all the same (every
        # episode before it had to take one too: 4, 4, 1, 1, … over 9 episodes).
        later = len(weights) - max(allocation[episode])
        target = total * episode / episodes
        forced_early = len(allocation[episode]) == 1 and done > target
        if later > episodes - episode and not forced_early:
            assert abs(done - target) <= heaviest + 1e-9


def test_equal_chapters_share_evenly_and_a_heavy_chapter_gets_more_episodes() -> None:
    sizes = [len(chapters) for chapters in allocate([1.0] * 100, 12).values()]
    assert max(sizes) - min(sizes) <= 1 and sum(sizes) == 100
    shared = allocate([1.0, 6.0, 1.0], 8)
    assert [shared[e][0] for e in sorted(shared)].count(2) >= 5
    with pytest.raises(ValueError):
        allocate([], 3)
    with pytest.raises(ValueError):
        allocate([1.0, 0.0], 1)


def test_weights_mix_size_and_importance() -> None:
    weights = chapter_weights([1000, 1000, 4000], [3, 15, 3])
    assert weights[0] < weights[1] and weights[0] < weights[2]
    assert chapter_weights([10, 10], [0, 0]) == [1.0, 1.0]  # no events yet: size alone
    assert chapter_weights([5, 0, 5], [0, 0, 0]) == pytest.approx([1.5, 0.05, 1.5])  # never 0


def digest(number: int, people: int = 3, events: int = 4, text: int = 280) -> ChapterDigest:
    return ChapterDigest(
        chapter=number, title=f"Chapter {number}",
        summary=f"In chapter {number} " + "x" * (text - 20) + ".",
        characters=[SourceCharacter(
            name=f"Person {number % 50 + i}", aliases=[f"P{number % 50 + i}"], role="ally",
            description="d" * 150, relationships=[f"friend of Person {i}" for i in range(6)])
            for i in range(people)],
        events=[SourceEvent(what=f"event {k} of chapter {number} " + "y" * 150,
                            who=["Person 1"], importance=1 + (number + k) % 5)
                for k in range(events)],
        reveals=[f"secret of chapter {number}"], hooks=["a slap"],
    )


@pytest.mark.parametrize("chapters", [1, 7, 60, 1500])
def test_the_condensed_source_is_bounded_whatever_the_length(chapters: int) -> None:
    condensed = condense((digest(n) for n in range(1, chapters + 1)), chapters=chapters,
                         language="en", title="Long")
    assert condensed.chapters == chapters
    assert len(condensed.arcs) <= MAX_ARCS and len(condensed.cast) <= MAX_CAST
    assert len(condensed.key_events) <= MAX_EVENTS
    assert len(json.dumps(condensed.model_dump(mode="json"), ensure_ascii=False)) < 24_000
    assert [e.chapter for e in condensed.key_events] == sorted(e.chapter for e in condensed.key_events)
    assert condensed.arcs[0].first_chapter == 1 and condensed.arcs[-1].last_chapter == chapters
    # Runs tile the chapters in order.
    assert all(b.first_chapter == a.last_chapter + 1
               for a, b in zip(condensed.arcs, condensed.arcs[1:], strict=False))


@pytest.mark.parametrize("chapters", [1, 4, 40, 400])
def test_an_episodes_digests_fit_the_script_prompt(chapters: int) -> None:
    digests = [digest(n, people=8, events=8) for n in range(1, chapters + 1)]
    kept = compact_digests(digests, max_chars=16_000)
    assert sum(len(d.model_dump_json(exclude_defaults=True)) for d in kept) <= 16_000
    assert [d.chapter for d in kept] == sorted(d.chapter for d in kept)
    if chapters == 1:
        assert kept == digests  # small enough: untouched
    if chapters <= 40:
        assert len(kept) == chapters  # leaner, but every chapter still there
    assert all(d.summary for d in kept)


def test_the_cast_is_merged_by_alias_and_counted_per_chapter() -> None:
    first = ChapterDigest(chapter=1, summary="Xiao Yan is tested.", characters=[
        SourceCharacter(name="Xiao Yan", role="protagonist", description="A fallen genius."),
        SourceCharacter(name="Xun'er", aliases=["Xiao Xun'er"])])
    second = ChapterDigest(chapter=2, summary="The broken engagement.", characters=[
        SourceCharacter(name="Young Master Xiao", aliases=["Xiao Yan"],
                        description="The clan leader's son, once a prodigy.")],
        events=[SourceEvent(what="Nalan breaks the engagement.", importance=5)])
    condensed = condense([first, second], chapters=2, language="en")
    lead = condensed.cast[0]
    assert (lead.name, lead.mentions, lead.first_chapter) in {("Xiao Yan", 2, 1),
                                                              ("Young Master Xiao", 2, 1)}
    assert "Young Master Xiao" in [lead.name, *lead.aliases]
    assert lead.description == "The clan leader's son, once a prodigy."  # the fullest
    assert lead.role == "protagonist"
    assert condensed.key_events[0].what == "Nalan breaks the engagement."


def outline_of(numbers: list[int]) -> Outline:
    plan = [EpisodePlan(number=n, title=f"E{n}", target_seconds=90, summary="s", hook="h",
                        reversal="r", cliffhanger="c", chapters=[99]) for n in numbers]
    return Outline(arcs=[Arc(id="arc01", title="A", first=1, last=max(numbers), summary="s")],
                   plan=plan, monetization=Monetization(model="iap", free_episodes=1,
                                                        paywall_episode=None))


def test_the_allocation_overrides_what_the_writer_put_in_the_outline() -> None:
    allocation = {1: [1, 2], 2: [3], 3: [4, 5]}
    forced = assign_chapters(outline_of([1, 2, 3]), allocation)
    assert {p.number: p.chapters for p in forced.plan} == allocation
    # An episode the writer dropped: its chapters go to the episode before it.
    forced = assign_chapters(outline_of([1, 3]), allocation)
    assert {p.number: p.chapters for p in forced.plan} == {1: [1, 2, 3], 3: [4, 5]}


def test_requests_of_original_series_dump_exactly_as_before() -> None:
    """No source, no new keys: cache keys of projects without a source do not move."""
    series = SeriesRequest(idea="a maid's daughter", language="en", genre="auto", episodes=3,
                           seed=1)
    assert "source" not in series.model_dump(mode="json")
    import asyncio

    bible = asyncio.run(OfflineWriter().write_bible(series))
    outline_request = OutlineRequest(bible=bible, episodes=3, episode_seconds=90, seed=1)
    assert not {"source", "allocation"} & set(outline_request.model_dump(mode="json"))
    outline = asyncio.run(OfflineWriter().write_outline(outline_request))
    script = ScriptRequest(bible=bible, plan=outline.plan[0], ledger=Ledger(), seed=1)
    dumped = script.model_dump(mode="json")
    assert "source_chapters" not in dumped and "chapters" not in dumped["plan"]
    # With a source the fields are there, and they round-trip.
    with_chapters = outline.plan[0].model_copy(update={"chapters": [1, 2]})
    assert EpisodePlan.model_validate(with_chapters.model_dump(mode="json")).chapters == [1, 2]
    allotted = outline_request.model_copy(update={"allocation": {1: [1], 2: [2, 3], 3: [4]}})
    again = OutlineRequest.model_validate(allotted.model_dump(mode="json"))
    assert again.allocation == {1: [1], 2: [2, 3], 3: [4]}
