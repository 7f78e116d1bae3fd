"""timing: storyboard + measured voice lengths → the episode timeline (JSON)."""

from __future__ import annotations

import json
from typing import Any, ClassVar

from microdrama.domain.items import ItemId
from microdrama.domain.storyboard import Storyboard
from microdrama.domain.timeline import Timeline, build_timeline, fit_dub
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.items import episode_items, localized
from microdrama.engine.keys import cache_key
from microdrama.media.audio import audio_rules, duration_ms
from microdrama.project import layout as paths
from microdrama.stages.dubs import load_rewording, shares_picture
from microdrama.stages.story import label_ms, segment_of_shot

FPS = 30


class TimingStage(Stage):
    """Shot lengths from real speech: a shot lasts as long as its lines need."""

    name: ClassVar[str] = "timing"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("storyboard", "voice", "redub")
    description: ClassVar[str] = "storyboard + voices → timeline"

    def items(self, ctx: BuildContext) -> list[str]:
        return localized(ctx, episode_items(ctx))

    def plan(self, ctx: BuildContext, item: str) -> Work:
        parsed = ItemId.parse(item)
        outputs = {"timeline": paths.timeline(parsed.episode, parsed.locale)}
        if parsed.locale:  # a dub keeps the series' shots: fitted into its timeline
            board = ctx.storyboard(parsed.number)
            if board is None:
                raise Blocked("needs the storyboard")
            # A line the reword stage said shorter is timed (and later mixed) by that take.
            reworded = set(load_rewording(ctx, parsed.episode, parsed.locale))
            lengths = voice_lengths(ctx, board, parsed.episode, parsed.locale, reworded)
            outputs["fit"] = paths.dub_fit(parsed.episode, parsed.locale)
            # The series' timeline as its timing item makes it from the current storyboard
            # and voices — not the file on disk, which may predate an edit this very build
            # is re-timing.
            source = timeline_of(series_timing(ctx, parsed.number, parsed.episode))
            dub = {"source": source.model_dump(mode="json"), "voice_ms": lengths, "fps": FPS,
                   "dubbing": audio_rules()["dubbing"], "report": "fit"}
            if reworded:  # only then: the keys of dubs with no rewording stay put
                dub["reworded"] = sorted(reworded)
            if shares_picture(ctx, parsed.locale, parsed.number):  # only then, likewise
                dub["keep_shots"] = True  # over the series' picture: no shot moves (0039)
            return Work(stage=self.name, item=item,
                        key=cache_key(self.name, self.version, {**dub, **parsed.key_part()}),
                        payload=dub, outputs=outputs)
        payload = series_timing(ctx, parsed.number, parsed.episode)
        key = cache_key(self.name, self.version, {**payload, **parsed.key_part()})
        return Work(stage=self.name, item=item, key=key, payload=payload, outputs=outputs)

    @staticmethod
    def run(work: Work) -> Produced:
        p = work.payload
        if "source" in p:
            rules = p["dubbing"]
            source = Timeline.model_validate(p["source"])
            timeline, overruns = fit_dub(
                source, p["voice_ms"], fps=p["fps"], max_tempo=rules["max_tempo"],
                min_gap_ms=rules["min_gap_ms"], min_tail_ms=rules["min_tail_ms"],
                reworded=frozenset(p.get("reworded", ())), keep_shots=p.get("keep_shots", False))
            spoken = {t.line: t.end_ms - t.start_ms for t in source.lines}
            fit = {"max_tempo": rules["max_tempo"], "lines": [
                {"line": t.line, "tempo": t.tempo, "dub_ms": p["voice_ms"][t.line],
                 "source_ms": spoken[t.line], "overrun_ms": overruns.get(t.line, 0),
                 **({"reworded": True} if t.reworded else {})}
                for t in timeline.lines]}
            if p.get("keep_shots"):
                fit["shared_picture"] = True
            return Produced({
                "timeline": timeline.model_dump_json(indent=1).encode("utf-8"),
                "fit": (json.dumps(fit, indent=1) + "\n").encode("utf-8")})
        timeline = timeline_of(p)
        return Produced({"timeline": timeline.model_dump_json(indent=1).encode("utf-8")})


def series_timing(ctx: BuildContext, number: int, episode: str) -> dict[str, Any]:
    """What an episode's series-language timeline is made from: the storyboard, the
    measured voices (and, for a branching episode, its segments). Blocked until they exist."""
    board = ctx.storyboard(number)
    if board is None:
        raise Blocked("needs the storyboard")
    payload: dict[str, Any] = {"storyboard": board.model_dump(mode="json"),
                               "voice_ms": voice_lengths(ctx, board, episode), "fps": FPS}
    script = ctx.episode(number)
    if script is not None and script.branching:  # only then: linear keys stay put
        payload["segments"] = {"of": segment_of_shot(script, board), "min_ms": label_ms()}
    return payload


def timeline_of(payload: dict[str, Any]) -> Timeline:
    """The series-language timeline from what ``series_timing`` gathered."""
    board = Storyboard.model_validate(payload["storyboard"])
    segments = payload.get("segments", {})
    return build_timeline(board, payload["voice_ms"], fps=payload["fps"],
                          segment_of=segments.get("of"), min_segment_ms=segments.get("min_ms", 0))


def voice_lengths(ctx: BuildContext, board: Storyboard, episode: str, locale: str = "",
                  reworded: set[str] | None = None) -> dict[str, int]:
    """Line id → measured length of its voice (its reworded take for lines in
    ``reworded``). Blocked until every line of the storyboard is voiced."""
    lengths: dict[str, int] = {}
    for shot in board.shots:
        for line in shot.lines:
            take = bool(reworded) and line in (reworded or ())
            path = ctx.project.path(paths.voice(episode, line, locale, take))
            if not path.is_file():
                raise Blocked(f"needs the {'reworded ' if take else ''}voice of {line}")
            lengths[line] = duration_ms(path.read_bytes())
    return lengths


def load_timeline(ctx: BuildContext, episode: str, locale: str = "") -> Timeline | None:
    """The timeline of an episode (in ``locale``) from disk, or None."""
    path = ctx.project.path(paths.timeline(episode, locale))
    if not path.is_file():
        return None
    return Timeline.model_validate(json.loads(path.read_text("utf-8")))
