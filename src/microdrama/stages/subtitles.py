"""subtitles: timeline + lines → out/<lang>/epNNN.srt, .vtt, .ass (and cues for burn-in)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any, ClassVar

from microdrama.domain.items import ItemId
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.items import episode_items, localized
from microdrama.engine.keys import cache_key
from microdrama.formats.locales import locale_facts
from microdrama.formats.subtitles import SpokenLine, make_cues, write_ass, write_srt, write_vtt
from microdrama.formats.ttml import write_ttml
from microdrama.project import layout as paths
from microdrama.stages.dubs import load_rewording
from microdrama.stages.timing import load_timeline
from microdrama.stages.translate import load_translation


def cues_file(episode: str, locale: str = "") -> str:
    """The cue list the compositor burns in."""
    return paths.cues(episode, locale)


class SubtitlesStage(Stage):
    """Cue timing from the real audio, per-language rules, three formats."""

    name: ClassVar[str] = "subtitles"
    version: ClassVar[int] = 2  # 2: an IMSC 1.1 (TTML) sidecar beside SRT, WebVTT and ASS
    after: ClassVar[tuple[str, ...] | None] = ("timing", "translate", "reword")
    description: ClassVar[str] = "timeline → SRT, WebVTT, ASS, IMSC 1.1 (TTML)"

    def items(self, ctx: BuildContext) -> list[str]:
        return localized(ctx, episode_items(ctx))

    def plan(self, ctx: BuildContext, item: str) -> Work:
        parsed = ItemId.parse(item)
        number, name = parsed.number, parsed.episode
        bible, episode = ctx.bible(), ctx.episode(number)
        timeline = load_timeline(ctx, name, parsed.locale)
        if bible is None or episode is None or timeline is None:
            raise Blocked("needs the timeline")
        texts = {line.id: line for line in episode.lines()}
        words = {line.id: line.text for line in episode.lines()}
        language: str = bible.language
        if parsed.locale:  # the locale's lines, under its subtitle profile
            translated = load_translation(ctx, name, parsed.locale)
            if translated is None:
                raise Blocked(f"needs the {parsed.locale} translation of {name}")
            words.update(translated)
            words.update(load_rewording(ctx, name, parsed.locale))  # said shorter to fit
            language = locale_facts(parsed.locale, bible.language).subtitles
        names = tuple(sorted({c.name for c in bible.characters}
                             | {c.name.split()[0] for c in bible.characters}))
        spoken = [
            {"line_id": t.line, "text": words[t.line], "speaker": texts[t.line].speaker,
             "start_ms": t.start_ms, "end_ms": t.end_ms, "names": list(names)}
            for t in timeline.lines if t.line in texts
        ]
        payload: dict[str, Any] = {"lines": spoken, "language": language}
        if parsed.locale:
            facts = locale_facts(parsed.locale, bible.language)
            payload.update(locale=facts.tag, rtl=facts.rtl)
        folder = parsed.locale or language
        return Work(
            stage=self.name, item=item,
            key=cache_key(self.name, self.version, {**payload, **parsed.key_part()}),
            payload=payload,
            outputs={
                "srt": paths.deliverable(folder, name, ".srt"),
                "vtt": paths.deliverable(folder, name, ".vtt"),
                "ass": paths.deliverable(folder, name, ".ass"),
                "ttml": paths.deliverable(folder, name, ".ttml"),
                "cues": cues_file(name, parsed.locale),
            },
        )

    @staticmethod
    def run(work: Work) -> Produced:
        language = work.payload["language"]
        lines = [SpokenLine(**{**d, "names": tuple(d["names"])}) for d in work.payload["lines"]]
        cues = make_cues(lines, language, vertical=True)
        cue_json = json.dumps([asdict(c) for c in cues], ensure_ascii=False, indent=1)
        return Produced({
            "srt": write_srt(cues).encode("utf-8"),
            "vtt": write_vtt(cues).encode("utf-8"),
            "ass": write_ass(cues, language=language).encode("utf-8"),
            "ttml": write_ttml(cues, language=work.payload.get("locale", language),
                               title=work.item, rtl=work.payload.get("rtl", False)
                               ).encode("utf-8"),
            "cues": cue_json.encode("utf-8"),
        })
