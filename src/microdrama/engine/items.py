"""Item ids shared by per-shot and per-line stages."""

from __future__ import annotations

from microdrama.domain import episode_id
from microdrama.engine.context import BuildContext


def shot_items(ctx: BuildContext) -> list[str]:
    """Every shot id of every selected episode that has a storyboard."""
    items: list[str] = []
    for number in ctx.episode_numbers():
        board = ctx.storyboard(number)
        if board is not None:
            items += [shot.id for shot in board.shots]
    return items


def line_items(ctx: BuildContext) -> list[str]:
    """Every line id of every selected episode that has a script."""
    items: list[str] = []
    for number in ctx.episode_numbers():
        episode = ctx.episode(number)
        if episode is not None:
            items += [line.id for line in episode.lines()]
    return items


def split_item(item: str) -> tuple[int, str]:
    """``ep003-sh04`` → (3, 'ep003-sh04')."""
    head = item.split("-", 1)[0]
    return int(head[2:]), item


def episode_of(item: str) -> str:
    """``ep003-sc02-l07`` → ``ep003``."""
    return episode_id(int(item.split("-", 1)[0][2:]))
