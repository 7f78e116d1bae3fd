"""One module per stage. ``pipeline()`` lists them in dependency order."""

from __future__ import annotations

from microdrama.stages.base import Stage
from microdrama.stages.bible import BibleStage
from microdrama.stages.check import CheckStage
from microdrama.stages.outline import OutlineStage
from microdrama.stages.script import ScriptStage
from microdrama.stages.storyboard import StoryboardStage

#: Stages that write text (cheap, no media libraries needed).
TEXT_STAGES = ("bible", "outline", "script", "check", "storyboard")


def pipeline() -> list[Stage]:
    """All stages, upstream first. Render stages import media libraries lazily."""
    from microdrama.stages.episode import EpisodeStage, SheetStage
    from microdrama.stages.mix import MixStage
    from microdrama.stages.music import MusicStage
    from microdrama.stages.panel import PanelStage
    from microdrama.stages.segment import SegmentStage
    from microdrama.stages.subtitles import SubtitlesStage
    from microdrama.stages.timing import TimingStage
    from microdrama.stages.voice import VoiceStage

    return [
        BibleStage(), OutlineStage(), ScriptStage(), CheckStage(), StoryboardStage(),
        PanelStage(), VoiceStage(), TimingStage(), SubtitlesStage(), MusicStage(),
        SegmentStage(), MixStage(), EpisodeStage(), SheetStage(),
    ]


STAGE_NAMES = (
    "bible", "outline", "script", "check", "storyboard", "panel", "voice", "timing",
    "subtitles", "music", "segment", "mix", "episode", "sheet",
)
