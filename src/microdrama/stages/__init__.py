"""One module per stage. ``PIPELINE`` lists them in dependency order."""

from __future__ import annotations

from microdrama.engine.stage import Stage
from microdrama.stages.bible import BibleStage
from microdrama.stages.check import CheckStage
from microdrama.stages.outline import OutlineStage
from microdrama.stages.script import ScriptStage


def pipeline() -> list[Stage]:
    """All stages, upstream first."""
    return [BibleStage(), OutlineStage(), ScriptStage(), CheckStage()]


STAGE_NAMES = tuple(stage.name for stage in pipeline())
