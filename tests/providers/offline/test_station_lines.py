"""The lead's station ("you're just a nurse") is a taunt, not a mantra: after the opening
episodes the idea's job is named by one of the premise's pairs an episode at most, and by
none after the reveal."""

from __future__ import annotations

import pytest

from microdrama.providers.offline.writer.provider import write_series


@pytest.mark.parametrize(("language", "idea", "job"), [
    ("en", "A broke night-shift nurse spills coffee on a cold billionaire CEO; he offers her "
     "a contract marriage to fool his dying grandma.", "nurse"),
    ("zh", "实习生被主管抢功还背锅，其实她是集团董事长派来暗访的", "实习生"),
])
def test_the_leads_job_is_named_by_one_pair_an_episode_and_none_after_the_reveal(
        language: str, idea: str, job: str) -> None:
    _, outline, episodes = write_series(language, idea, episodes=12, seed=1)
    named = [sum(job in line.text for line in episode.lines()) for episode in episodes]
    assert max(named[3:]) <= 2  # after the opening three episodes: one pair at most
    reveal = next(plan.number for plan in outline.plan if plan.reveal)
    assert sum(named[reveal:]) == 0, named  # after the reveal episode, the label is spent
    assert sum(named) <= 20, named  # it was 31–33 in twelve episodes
