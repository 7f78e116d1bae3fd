"""One module per stage. ``pipeline()`` lists them in dependency order."""

from __future__ import annotations

from microdrama.engine.contract import Stage
from microdrama.engine.labelling import with_labels
from microdrama.stages.bible import BibleStage
from microdrama.stages.check import CheckStage
from microdrama.stages.digest import DigestStage, SourceMapStage
from microdrama.stages.outline import OutlineStage
from microdrama.stages.script import ScriptStage
from microdrama.stages.storyboard import StoryboardStage
from microdrama.stages.translate import TranslateStage

#: Stages that write text (cheap, no media libraries needed).
TEXT_STAGES = ("digest", "bible", "outline", "sourcemap", "script", "check", "storyboard",
               "translate")


def pipeline(until: str | None = None) -> list[Stage]:
    """The stages up to ``until`` (all by default), upstream first.

    Render stages (and the media libraries they need) are imported only when asked
    for, so text-only builds start fast.
    """
    text: list[Stage] = [DigestStage(), BibleStage(), OutlineStage(), SourceMapStage(),
                         ScriptStage(), CheckStage(), StoryboardStage(), TranslateStage()]
    if until in TEXT_STAGES:
        return [with_labels(stage) for stage in text[: TEXT_STAGES.index(until) + 1]]
    from microdrama.stages.clip import ClipStage
    from microdrama.stages.episode import EpisodeStage, SheetStage
    from microdrama.stages.lipsync import LipSyncStage
    from microdrama.stages.mix import MixStage
    from microdrama.stages.music import MusicStage
    from microdrama.stages.panel import PanelStage
    from microdrama.stages.player import PlayerStage
    from microdrama.stages.redub import RedubStage
    from microdrama.stages.refsheet import RefSheetStage
    from microdrama.stages.reword import RewordStage
    from microdrama.stages.segment import CleanStage, SegmentStage
    from microdrama.stages.subtitles import SubtitlesStage
    from microdrama.stages.timing import TimingStage
    from microdrama.stages.voice import VoiceStage

    # Every file a stage writes carries exactly one AI label (engine/labelling.py).
    return [with_labels(stage) for stage in (
        *text,
        RefSheetStage(), PanelStage(), SheetStage(), VoiceStage(), RewordStage(),
        RedubStage(), TimingStage(), ClipStage(),
        LipSyncStage(), SubtitlesStage(), MusicStage(), SegmentStage(), CleanStage(), MixStage(),
        EpisodeStage(), PlayerStage(),
    )]


STAGE_NAMES = (
    "digest", "bible", "outline", "sourcemap", "script", "check", "storyboard", "translate",
    "refsheet", "panel", "sheet", "voice", "reword", "redub", "timing",
    "clip", "lipsync", "subtitles", "music", "segment", "clean", "mix", "episode", "player",
)
