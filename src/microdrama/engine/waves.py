"""The order a build runs its stages in: waves of stages that do not read each other."""

from __future__ import annotations

from microdrama.engine.contract import Stage


def unread_stages(stages: list[Stage]) -> set[str]:
    """Names of the stages that no stage planned after them reads."""
    return {stage.name for position, stage in enumerate(stages)
            if stage.after is not None and not stage.sequential and not any(
                later.after is None or stage.name in later.after
                for later in stages[position + 1:])}


def waves(stages: list[Stage]) -> list[list[Stage]]:
    """Group stages into waves whose members do not depend on each other.

    Each stage joins the earliest wave after the waves of the stages it reads
    (``after``), so e.g. the mix runs while the shots encode, not after them. A
    stage with ``after=None`` reads everything before it; sequential stages always
    stand alone, and nothing planned after one moves before it. (A stage in
    ``unread_stages`` keeps its wave, but the builder does not wait for it there: its
    items run beside the later waves.)
    """
    grouped: list[list[Stage]] = []
    where: dict[str, int] = {}
    floor = 0  # the first wave a stage may join (after the last lone stage)
    for stage in stages:
        if stage.after is None or stage.sequential:
            index = len(grouped)
        else:
            index = max([floor, *(where[n] + 1 for n in stage.after if n in where)])
            while index < len(grouped) and grouped[index][0].sequential:
                index += 1
        if index == len(grouped):
            grouped.append([])
        grouped[index].append(stage)
        where[stage.name] = index
        if stage.after is None or stage.sequential:
            floor = index + 1
    return grouped
