"""segment: each shot → its own short video (motion, burned-in subtitles, the AI label).

A changed shot re-encodes only its own segment; the episode is a concat of segments.
When the panel came in layers (a rig), the layers move at their own speeds under the
camera and the figures blink, breathe, react and speak with their voices (``acting``):
the segment's key holds the rig and the voices of the lines spoken on screen in it, so
a re-voiced line re-renders only the shot where it is heard. When a clip provider is
set, the shot's moving clip (clip stage) replaces the camera move over the still panel,
and a lip-sync provider's talking video (lipsync stage) replaces a talking shot;
captions, the label and the transition are drawn the same.

A locale's shot with words also has a clean shot (the clean stage: the label, no words)
of the same frames: the segment's Work carries it as a sibling, and its run draws each
frame once and encodes it twice (decision 0024) — unless the clean shot is in the cache
already (a caption edit) or the build does not reach the clean stage; then it is drawn
for the words alone, and the clean stage renders its shots itself when it must.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

from microdrama.domain import episode_id
from microdrama.domain.items import ItemId
from microdrama.domain.storyboard import Shot
from microdrama.domain.timeline import Timeline
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.items import episode_of, localized, shot_items, split_item
from microdrama.engine.keys import cache_key
from microdrama.engine.providing import provider_config
from microdrama.formats.assets import project_font
from microdrama.formats.locales import locale_facts
from microdrama.hashing import content_hash
from microdrama.media.clips import render_clip_segment
from microdrama.media.encode import encode_segment
from microdrama.media.ffmpeg import ffmpeg_exe
from microdrama.media.fonts import not_drawn, render_caption, render_label
from microdrama.media.frames import Rendition
from microdrama.media.layered import render_layered_segment
from microdrama.media.motion import motion_rules
from microdrama.media.rig import decode_rig, read_manifest
from microdrama.media.video import Overlay, frame_count, frames_shown, render_segment
from microdrama.project import layout as paths
from microdrama.project.layout import label_text
from microdrama.providers.registry import paints_layers
from microdrama.stages.acting import Spoken, acting_plan, motions, on_screen_lines, reacts
from microdrama.stages.dubs import shares_picture, textless_series
from microdrama.stages.story import branching_numbers, label_ms, segment_of_shot
from microdrama.stages.subtitles import cues_file
from microdrama.stages.timing import FPS, load_timeline

WIDTH, HEIGHT = 1080, 1920


def picture_key(duration_ms: int, cues: list[dict[str, Any]], label_end_ms: int) -> dict[str, Any]:
    """A shot's length, cues and label as the frames they cover, for its cache key.

    Shot boundaries sit on whole frames but are kept in rounded milliseconds, so a shot
    moved along the episode's clock (a line before it grew) can come out a millisecond
    longer or shorter with the very same frames, cues and label. Keyed by frames, it
    keeps its segment; keyed by milliseconds, it would be encoded again for nothing.
    """
    frames = frame_count(duration_ms, FPS)
    shown = [{"text": c["text"], "frames": frames_shown(c["start_ms"], c["end_ms"], FPS, frames)}
             for c in cues]
    return {"frames": frames, "label_frames": frames_shown(0, label_end_ms, FPS, frames)[1],
            "cues": [c for c in shown if c["frames"][0] < c["frames"][1]]}


class SegmentStage(Stage):
    """Render one shot: camera move over its panel, its subtitles, the opening label."""

    name: ClassVar[str] = "segment"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("panel", "timing", "subtitles", "clip",
                                              "lipsync")
    description: ClassVar[str] = "panels + timing + cues → shot videos"
    executor: ClassVar[str] = "process"

    def items(self, ctx: BuildContext) -> list[str]:
        # A locale with soft subtitles has no shots of its own: its episodes are shown
        # over the series' textless picture (the clean stage's shots, decision 0039).
        return [item for item in localized(ctx, shot_items(ctx))
                if not _shared(ctx, ItemId.parse(item))]

    @staticmethod
    def warm_worker() -> None:
        """A second of grey through the shot encoder, at the shots' size (x264 opened,
        its buffers and the frame memory touched once)."""
        frame = bytes([128]) * (WIDTH * HEIGHT * 3 // 2)
        with tempfile.TemporaryDirectory() as folder:
            encode_segment([frame] * FPS, Path(folder) / "warm.mp4", width=WIDTH,
                           height=HEIGHT, fps=FPS)

    def check_ready(self, ctx: BuildContext) -> None:
        """Shots are encoded in process, but their sound and the episode are made by the
        ffmpeg binary: a missing one stops the build before any shot is rendered."""
        super().check_ready(ctx)
        ffmpeg_exe()

    def plan(self, ctx: BuildContext, item: str) -> Work:
        return self._plan(ctx, item, words=True)

    def _plan(self, ctx: BuildContext, item: str, *, words: bool) -> Work:
        """The shot's render: with its burned-in subtitles (``words``), or clean. A
        locale's shot with words carries its clean shot as a sibling (the clean stage's
        Work for the same item): the same frames, drawn once for both files."""
        number, shot_id = split_item(item)
        episode, locale = episode_of(item), ItemId.parse(item).locale
        # Whose timeline and voices the picture follows: the locale's own, or — for a
        # locale with soft subtitles — the series' (the textless picture it shares).
        seen = "" if _shared(ctx, ItemId.parse(item)) else locale
        board, bible = ctx.storyboard(number), ctx.bible()
        timeline = load_timeline(ctx, episode, seen)
        cue_path = ctx.project.path(cues_file(episode, locale))
        panel_rel = paths.panel(episode, shot_id)
        panel_hash = ctx.file_hash(panel_rel)
        if board is None or bible is None or timeline is None or panel_hash is None or not cue_path.is_file():
            raise Blocked("needs the panel, timeline and cues")
        shot = next((s for s in board.shots if s.id == shot_id), None)
        if shot is None:
            raise Blocked(f"{shot_id} is no longer in the storyboard")
        clip_rel = paths.clip(episode, shot_id)
        clip_hash = ctx.file_hash(clip_rel) if ctx.settings.providers.clip else None
        if ctx.settings.providers.lipsync and on_screen_lines(shot, ctx.episode(number)):
            clip_rel = paths.lipsync_clip(episode, shot_id, seen)  # speakers talk in it
            clip_hash = ctx.file_hash(clip_rel)
            if clip_hash is None:
                raise Blocked("needs the talking shot (lipsync)")
        elif ctx.settings.providers.clip and clip_hash is None:
            raise Blocked("needs the clip")
        timing = timeline.shot(shot_id)
        cues = [
            {"text": c["text"], "start_ms": max(0, c["start_ms"] - timing.start_ms),
             "end_ms": min(timing.duration_ms, c["end_ms"] - timing.start_ms)}
            for c in json.loads(cue_path.read_text("utf-8"))
            if c["end_ms"] > timing.start_ms and c["start_ms"] < timing.end_ms
        ] if words else []
        font = project_font(ctx.project.root)
        # Shown a second longer than the rule's minimum so no frame-rounding falls short,
        # from the start of the episode — or, when it branches, of each story segment
        # (each is a video of its own, played after whichever segment the viewer chose).
        label_end = label_ms() - timing.start_ms + _segment_start(ctx, number, shot_id, timeline)
        label_end_ms = max(0, min(label_end, timing.duration_ms))
        inputs = {"panel": ctx.input(panel_rel) or panel_hash}
        if font:
            inputs["font"] = ctx.input_file(font)
        language: str = bible.language
        label = label_text(bible.language)
        if locale:  # the locale's subtitles and label; a shot without words is the same
            facts = locale_facts(locale, bible.language)
            label = label_text(facts.family)
            language = facts.subtitles if cues else bible.language
        payload = {
            "panel_hash": panel_hash,
            "duration_ms": timing.duration_ms, "move": shot.move, "transition": shot.transition,
            "cues": cues, "language": language,
            "label": label if label_end > 0 else "",
            "label_end_ms": label_end_ms, "fps": FPS,
        }
        record = _record(ctx)
        if record and payload["label"]:  # only then, so other keys stay as they were
            payload["record"] = record
        if clip_hash is not None:  # only then, so motion-comic keys stay as they were
            payload["clip_hash"] = clip_hash
            inputs["clip"] = ctx.input(clip_rel) or clip_hash
        else:
            acting = _acting(ctx, item, seen, shot, timing.start_ms, timing.duration_ms,
                             inputs)
            if acting is not None:  # a rig: layers that move, faces that live
                payload["acting"] = acting
        _key_fallback(payload, font)
        font_hash = content_hash(font.read_bytes()) if font else ""
        out = (paths.segment if words else paths.clean_segment)(episode, shot_id, locale)
        work = Work(stage=self.name, item=item, key=_key(payload, inputs, font_hash),
                    payload=payload, outputs={"segment": out}, inputs=inputs)
        # A shot with words carries its clean shot (drawn once, 0024): a locale's, for
        # its clean master; the series', when it makes its textless picture (0039).
        if not cues or _branching(ctx, number) or not (locale or textless_series(ctx)):
            return work
        clean = {**payload, "cues": [], "language": bible.language}  # as CleanStage plans it
        _key_fallback(clean, font)
        return replace(work, siblings=(Work(
            stage=CleanStage.name, item=item, key=_key(clean, inputs, font_hash),
            payload=clean, outputs={"segment": paths.clean_segment(episode, shot_id, locale)},
            inputs=inputs),))

    @staticmethod
    def run(work: Work) -> Produced:
        """The shot's file, and its clean sibling's from the same frames when asked."""
        p = work.payload
        font = str(work.input_path("font")) if "font" in work.inputs else None
        drawn: dict[tuple[Any, ...], Overlay] = {}
        overlays = _overlays(p, font, drawn)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "segment.mp4"
            also = [Rendition(Path(tmp) / f"sibling-{n}.mp4", _overlays(s.payload, font, drawn))
                    for n, s in enumerate(work.siblings)]
            for sibling in work.siblings:
                if _picture(sibling.payload) != _picture(p):
                    raise ValueError(f"{sibling.stage} {sibling.item} is not the same picture "
                                     f"as {work.stage} {work.item}")
            if "acting" in p:
                rig = decode_rig(*(work.input_bytes(name) for name in paths.RIG_PARTS))
                voices = {line["line"]: work.input_bytes(f"voice:{line['line']}")
                          for line in p["acting"]["lines"]}
                render_layered_segment(rig, motions(p["acting"], voices), out,
                                       duration_ms=p["duration_ms"], move=p["move"],
                                       transition=p["transition"], overlays=overlays,
                                       also=also, fps=p["fps"])
            elif "clip" in work.inputs:
                render_clip_segment(work.input_path("clip"), out, duration_ms=p["duration_ms"],
                                    transition=p["transition"], overlays=overlays, also=also,
                                    width=WIDTH, height=HEIGHT, fps=p["fps"])
            else:
                render_segment(work.input_bytes("panel"), out, duration_ms=p["duration_ms"],
                               move=p["move"], transition=p["transition"], overlays=overlays,
                               also=also, width=WIDTH, height=HEIGHT, fps=p["fps"])
            return Produced({"segment": out.read_bytes()}, siblings={
                sibling.key: {"segment": rendition.path.read_bytes()}
                for sibling, rendition in zip(work.siblings, also, strict=True)})


def _key(payload: dict[str, Any], inputs: dict[str, str], font_hash: str) -> str:
    """A shot render's cache key: what its picture is made of (by content), the frames its
    cues and label cover. Keyed as a segment whatever the stage: a clean shot is the same
    render as a shot with no words."""
    key_inputs = {k: v for k, v in payload.items()
                  if k not in ("duration_ms", "cues", "label_end_ms")}
    if "acting" in payload:  # what the picture is made of, by content
        key_inputs["rig"] = {name: inputs[name] for name in paths.RIG_PARTS}
        key_inputs["voices"] = {k: v for k, v in inputs.items() if k.startswith("voice:")}
        key_inputs["motion"] = motion_rules().version
    key_inputs["font_hash"] = font_hash
    key_inputs.update(picture_key(payload["duration_ms"], payload["cues"],
                                  payload["label_end_ms"]))
    return cache_key(SegmentStage.name, SegmentStage.version, key_inputs)


def _picture(payload: dict[str, Any]) -> dict[str, Any]:
    """What a render draws under its words: renders that agree here share their frames."""
    return {k: v for k, v in payload.items() if k not in ("cues", "language", "fallback")}


def _key_fallback(payload: dict[str, Any], font: Path | None) -> None:
    """Name in ``payload`` (and so in the key) the captions and label the user's font
    cannot draw (the built-in face draws them), only when there are any: a shot whose
    text changed face is rendered again, every other key stays as it was."""
    payload.pop("fallback", None)
    missing = not_drawn(font, [*(c["text"] for c in payload["cues"]),
                               payload["label"] + payload.get("record", "")])
    if missing:
        payload["fallback"] = missing


def _overlays(p: dict[str, Any], font: str | None,
              drawn: dict[tuple[Any, ...], Overlay]) -> list[Overlay]:
    """The captions, then the label, of the render planned in ``p``; each image drawn
    once for the renditions of one run (``drawn``), so the label they share is one overlay."""
    overlays = []
    for c in p["cues"]:
        if c["end_ms"] > c["start_ms"]:
            key: tuple[Any, ...] = ("cue", c["text"], p["language"], c["start_ms"],
                                    c["end_ms"])
            if key not in drawn:
                drawn[key] = Overlay(image=render_caption(c["text"], language=p["language"],
                                                          width=WIDTH, height=HEIGHT,
                                                          font_file=font),
                                     start_ms=c["start_ms"], end_ms=c["end_ms"])
            overlays.append(drawn[key])
    if p["label"]:
        key = ("label", p["label"], p.get("record", ""), p["label_end_ms"])
        if key not in drawn:
            drawn[key] = Overlay(image=render_label(p["label"], width=WIDTH, height=HEIGHT,
                                                    font_file=font, sub=p.get("record", "")),
                                 start_ms=0, end_ms=p["label_end_ms"])
        overlays.append(drawn[key])
    return overlays


def _shared(ctx: BuildContext, parsed: ItemId) -> bool:
    """True for a shot of a locale that shows its episode over the series' picture."""
    return shares_picture(ctx, parsed.locale, parsed.number)


def _branching(ctx: BuildContext, number: int) -> bool:
    """True for an interactive episode: it has no clean master (its segments are for
    the player)."""
    episode = ctx.episode(number)
    return episode is not None and episode.branching


def _segment_start(ctx: BuildContext, number: int, shot_id: str, timeline: Timeline) -> int:
    """Where the story segment of ``shot_id`` starts on the timeline: 0 for a linear
    episode (one video), the first shot of its scene's start in an interactive one."""
    episode, board = ctx.episode(number), ctx.storyboard(number)
    if episode is None or board is None or not episode.branching:
        return 0
    segment_of = segment_of_shot(episode, board)
    first = next((s.id for s in board.shots if segment_of.get(s.id) == segment_of.get(shot_id)),
                 shot_id)
    return timeline.shot(first).start_ms


def _acting(ctx: BuildContext, item: str, locale: str, shot: Shot, start_ms: int,
            duration_ms: int, inputs: dict[str, str]) -> dict[str, Any] | None:
    """The acting plan of a shot whose panel came in layers (None otherwise), with its
    rig and the voices of the lines spoken on screen (in ``locale``: the one the picture
    follows) added to ``inputs``. Blocked while a voice is missing."""
    parsed = ItemId.parse(item)
    episode = parsed.episode
    painter = ctx.settings.providers.provider_for("painter")
    if not paints_layers(painter, provider_config(ctx, painter)):
        return None
    parts = {name: paths.rig(episode, shot.id, part) for name, part in paths.RIG_PARTS.items()}
    hashes = {name: ctx.input(relative) for name, relative in parts.items()}
    if not all(hashes.values()):
        raise Blocked("needs the panel's rig")
    manifest = read_manifest(ctx.project.path(parts["rig_manifest"]).read_bytes())
    timeline = load_timeline(ctx, episode, locale)
    assert timeline is not None  # the caller read it
    when = {t.line: t for t in timeline.lines}
    spoken = []
    for line in on_screen_lines(shot, ctx.episode(parsed.number)):
        take = line.id in when and when[line.id].reworded
        voice = ctx.input(paths.voice(episode, line.id, locale, take))
        if voice is None or line.id not in when:
            raise Blocked(f"needs the voice of {line.id}")
        inputs[f"voice:{line.id}"] = voice
        spoken.append(Spoken(line.id, line.speaker, when[line.id].start_ms - start_ms,
                             when[line.id].end_ms - start_ms))
    inputs.update({name: digest for name, digest in hashes.items() if digest})
    return acting_plan(manifest["figures"], spoken, reacts(shot, ctx.episode(parsed.number)),
                       duration_ms, f"{ctx.settings.project.seed}:{shot.id}", FPS)


def _record(ctx: BuildContext) -> str:
    """The record number the opening card shows: for a release in China, when set."""
    release = ctx.settings.release
    return release.cn.record.strip() if "cn" in release.markets else ""


class CleanStage(SegmentStage):
    """Each locale's shots without burned-in words (the label stays): the picture of the
    locale's clean master. A shot without words is the segment itself (same key); one with
    words is usually made by its segment's run from the same frames (a sibling) and found
    here in the store, so this stage renders only what that left out.

    The series has its own when it makes its textless picture (a locale with soft
    subtitles is built or targeted, 0039): such a locale's shots are the series' picture
    with the locale's label, so past the label's first seconds they are the series' clean
    shots (same key, found in the store)."""

    name: ClassVar[str] = "clean"
    after: ClassVar[tuple[str, ...] | None] = ("panel", "timing", "clip", "segment")
    description: ClassVar[str] = "panels + timing → shot videos without words (clean masters)"

    def items(self, ctx: BuildContext) -> list[str]:
        # An interactive episode has no clean master (its segments are for the player).
        branching = {episode_id(n) for n in branching_numbers(ctx)}
        linear = [item for item in shot_items(ctx) if episode_of(item) not in branching]
        series = linear if textless_series(ctx) else []
        return series + [str(ItemId.parse(item).in_locale(locale))
                         for locale in ctx.locales for item in linear]

    def plan(self, ctx: BuildContext, item: str) -> Work:
        parsed = ItemId.parse(item)
        # A soft locale's shot is the series' clean shot (but for the label's first
        # seconds): planned once that is made, it is found in the store, not drawn twice.
        if _shared(ctx, parsed) and ctx.input(
                paths.clean_segment(parsed.episode, parsed.local)) is None:
            raise Blocked("needs the series' clean shot (the picture it shares)")
        return self._plan(ctx, item, words=False)
