"""Siblings: items of a later stage that an item's run makes as well (``Work.siblings``).

A locale's shot with words is drawn once for two files: the shot with its captions (a
``segment`` item) and the same shot clean (a ``clean`` item, decision 0024). Each stays an
item of its own stage, with its own key, outputs and place in the run log; the first
item's run only makes the second's outputs on the way, and the builder stores them under
the second's key, where its stage then finds them (restored). So the cache stays per
item: a caption edit changes the segment's key but not the clean one's, whose result is
stored, so the segment's run is not asked for it again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from microdrama.engine.contract import Produced, Stage, Work
from microdrama.engine.store import Store


def wanted(stage: Stage, work: Work, planned: Sequence[Stage], forced: set[str],
           decide: Callable[[Stage, Work], str]) -> Work:
    """``work`` with only the siblings the build would otherwise run: of a stage planned
    after ``stage`` in this build and not forced (that runs anyway), whose item is neither
    kept nor in the store (``decide`` says "run") — an item already made, or one the build
    stops before (``--until``), is not made."""
    if not work.siblings:
        return work
    names = [s.name for s in planned]
    later = {s.name: s for s in planned[names.index(stage.name) + 1:]} \
        if stage.name in names else {}
    return replace(work, siblings=tuple(
        sibling for sibling in work.siblings
        if sibling.stage in later and sibling.stage not in forced and sibling.key != work.key
        and decide(later[sibling.stage], sibling) == "run"))


def store_siblings(store: Store, work: Work, produced: Produced) -> None:
    """Store each sibling ``work``'s run made under the sibling's own key (the cost is the
    item's: the run log has it there)."""
    for sibling in work.siblings:
        if sibling.key in produced.siblings:
            store.put_result(sibling.key, produced.siblings[sibling.key],
                             {"provider": work.provider, "cost_usd": 0.0,
                              "made_with": f"{work.stage} {work.item}"})
