"""Item ids shared by per-shot and per-line stages (typed by ``domain.items.ItemId``)."""

from __future__ import annotations

from microdrama.domain import episode_id
from microdrama.domain.items import ItemId
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


def episode_items(ctx: BuildContext) -> list[str]:
    """Every selected episode that has a storyboard (``ep001``, …)."""
    return [episode_id(n) for n in ctx.episode_numbers() if ctx.storyboard(n) is not None]


def localized(ctx: BuildContext, items: list[str]) -> list[str]:
    """``items`` in the series language, then the same items in each other locale the
    build makes (``es/ep001-…``), for stages whose work differs per locale."""
    return items + [str(ItemId.parse(item).in_locale(locale))
                    for locale in ctx.locales for item in items]


def split_item(item: str) -> tuple[int, str]:
    """``ep003-sh04`` → (3, 'ep003-sh04'); ``es/ep003-sh04`` → (3, 'ep003-sh04')."""
    parsed = ItemId.parse(item)
    return parsed.number, parsed.local


def episode_of(item: str) -> str:
    """``ep003-sc02-l07`` → ``ep003`` (``es/ep003-…`` → ``ep003``)."""
    return ItemId.parse(item).episode
