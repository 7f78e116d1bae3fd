"""What a build would do, without building: each item's state, and what paid stages
would cost. Both plan every item as a build would and run nothing."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from microdrama.engine.contract import Blocked, State
from microdrama.engine.costing import Estimate, estimate_item, typical_count
from microdrama.engine.reports import ItemStatus

if TYPE_CHECKING:
    from microdrama.engine.builder import Builder


def estimate_stages(builder: Builder, until: str | None = None, force: Iterable[str] = ()
                    ) -> list[tuple[str, Estimate, int]]:
    """What building now would cost: per paid stage, the estimate and items blocked
    until their inputs exist (estimated as typical items). Nothing runs."""
    out = []
    for stage in builder.stages_until(until):
        if stage.capability is None:
            continue
        price = builder.spending.price(stage)
        found = Estimate()
        blocked = 0
        items = stage.items(builder.ctx)
        for item in items:
            try:
                work = stage.plan(builder.ctx, item)
            except Blocked:
                blocked += 1
                found.add(estimate_item(stage, builder.ctx, None, price))
                continue
            if builder.decide(stage, work, stage.name in set(force)) == "run":
                found.add(estimate_item(stage, builder.ctx, work, price))
        if not items:
            for _ in range(typical_count(stage, builder.ctx)):
                blocked += 1
                found.add(estimate_item(stage, builder.ctx, None, price))
        out.append((stage.name, found, blocked))
    return out


def item_states(builder: Builder, until: str | None = None) -> list[ItemStatus]:
    """Every item of every stage with its state, without building anything.

    A derived item that looks fresh but reads an episode whose upstream items will
    rebuild is reported ``pending``: whether it changes is known only after them.
    """
    from microdrama.engine.builder import episode_key

    out: list[ItemStatus] = []
    dirty: dict[str, set[str]] = {}  # stage → episodes (or "*") that will rebuild
    for stage in builder.stages_until(until):
        changing = dirty.setdefault(stage.name, set())
        upstream = [s.name for s in builder.stages if s.name != stage.name] \
            if stage.after is None else list(stage.after)
        for item in stage.items(builder.ctx):
            episode = episode_key(item)
            try:
                work = stage.plan(builder.ctx, item)
            except Blocked as blocked:
                out.append(ItemStatus(stage.name, item, State.BLOCKED, str(blocked)))
                changing.add(episode)
                continue
            state, reason = builder.fresh.item_state(stage, work)
            if state == State.FRESH and not stage.owned:
                # A locale's item also waits on its episode in the series language.
                reads = {episode, episode.rpartition("/")[2], "*"}
                waits = next((name for name in upstream
                              if dirty.get(name, set()) & reads), None)
                if waits:
                    state, reason = State.PENDING, f"waits for {waits} to rebuild"
            if state in (State.STALE, State.MISSING, State.PENDING):
                changing.add(episode)
            out.append(ItemStatus(stage.name, item, state, reason, work.key))
    return out
