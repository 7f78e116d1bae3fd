"""What the stages after a dub's voices read of the reword stage (which lines of a
locale's episode are said in a shorter wording, their own take, and those words), and
which picture a locale's episode is shown over (decision 0039)."""

from __future__ import annotations

import json

from pydantic import ValidationError

from microdrama.domain.translation import RewordedLine, Rewording
from microdrama.engine.context import BuildContext
from microdrama.project import layout as paths
from microdrama.project.folder import Project


def shares_picture(ctx: BuildContext, locale: str, number: int) -> bool:
    """True when episode ``number`` in ``locale`` is shown over the series' textless
    picture: the locale's subtitles are soft ([locales.style.<tag>] subtitles), and the
    episode is linear (an interactive one's segments carry their words, drawn in)."""
    if not locale or ctx.settings.locales.style_of(locale).subtitles != "soft":
        return False
    episode = ctx.episode(number)
    return episode is None or not episode.branching


def textless_series(ctx: BuildContext) -> bool:
    """True when the series renders its textless picture beside its shots with words:
    a locale with soft subtitles is built now or named in [locales] targets (so the
    series' first build makes what every such locale then shares)."""
    return any(ctx.settings.locales.style_of(locale).subtitles == "soft"
               for locale in (*ctx.locales, *ctx.settings.locales.targets))


def load_rewording(ctx: BuildContext, episode: str, locale: str) -> dict[str, str]:
    """Line id → its shorter wording, for the lines of ``episode`` in ``locale`` that the
    reword stage said shorter ({} before it ran, and for the series language)."""
    return {ident: line.text
            for ident, line in reworded_lines(ctx.project, episode, locale).items()}


def reworded_lines(project: Project, episode: str, locale: str) -> dict[str, RewordedLine]:
    """Line id → how the reword stage said it shorter (with the draft it shortened); {}
    before it ran, for the series language, or when its file is damaged."""
    if not locale:
        return {}
    path = project.path(paths.rewording(episode, locale))
    if not path.is_file():
        return {}
    try:
        found = Rewording.model_validate(json.loads(path.read_text("utf-8")))
    except (ValueError, ValidationError):
        return {}  # a damaged work file: the stage that owns it writes it again
    return dict(found.lines)
