"""lipsync: each shot with lines spoken on screen → a video whose speakers talk with their
voices (out/clips/epNNN/<shot>.lipsync.mp4), from a lip-sync provider.

Only when drama.toml names one (``[providers] lipsync = "comfyui"``). The provider gets
the panel and the shot's **voice track**: a WAV exactly as long as the shot, each line
spoken on screen at its time in it, silence elsewhere — so the video it makes is in time
with the episode's mix. The segment stage then uses this video for the shot (instead of
the rig's own mouths or a clip); captions, the label and the transition are drawn the
same. The track enters the request by the hashes of its voices and their times, so
re-voicing one line asks again only for the shot where it is heard.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from microdrama.domain.items import ItemId
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.items import localized, shot_items, split_item
from microdrama.engine.providing import call_provider, produced, provider_work
from microdrama.hashing import canonical_json, content_hash
from microdrama.media.audio import read_wav, resample, write_wav
from microdrama.project import layout as paths
from microdrama.providers.base import LIPSYNC, LipSyncRequest
from microdrama.stages.acting import on_screen_lines
from microdrama.stages.dubs import shares_picture
from microdrama.stages.timing import FPS, load_timeline

WIDTH, HEIGHT = 1080, 1920


def talking_shots(ctx: BuildContext) -> list[str]:
    """The shots of the selected episodes with a line spoken on screen."""
    items = []
    for item in shot_items(ctx):
        number, shot_id = split_item(item)
        board = ctx.storyboard(number)
        shot = next((s for s in board.shots if s.id == shot_id), None) if board else None
        if shot is not None and on_screen_lines(shot, ctx.episode(number)):
            items.append(item)
    return items


def voice_track(voices: list[tuple[bytes, int]], duration_ms: int) -> bytes:
    """A mono WAV ``duration_ms`` long with each (WAV, start ms) voice placed at its time."""
    decoded = [(read_wav(wav), start) for wav, start in voices]
    rate = max((r for (_, r), _ in decoded), default=24000)
    track = np.zeros(round(duration_ms * rate / 1000), np.float32)
    for (samples, own), start in decoded:
        mono = resample(samples.mean(axis=1), own, rate)
        at = round(start * rate / 1000)
        part = mono[:max(0, len(track) - at)]
        track[at:at + len(part)] += part
    return write_wav(np.clip(track, -1.0, 1.0), rate)


class LipSyncStage(Stage):
    """Make the speakers of each talking shot move their lips with its voice track."""

    name: ClassVar[str] = "lipsync"
    capability: ClassVar[str | None] = "lipsync"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("panel", "voice", "timing")
    description: ClassVar[str] = "panels + voices → talking shots (out/clips/)"
    executor: ClassVar[str] = "thread"  # waits on the service

    def items(self, ctx: BuildContext) -> list[str]:
        if not ctx.settings.providers.lipsync:
            return []
        # A locale with soft subtitles shows the series' talking shots (decision 0039).
        return [item for item in localized(ctx, talking_shots(ctx))
                if not shares_picture(ctx, ItemId.parse(item).locale, ItemId.parse(item).number)]

    def plan(self, ctx: BuildContext, item: str) -> Work:
        parsed = ItemId.parse(item)
        number, shot_id, episode, locale = parsed.number, parsed.local, parsed.episode, \
            parsed.locale
        board, timeline = ctx.storyboard(number), load_timeline(ctx, episode, locale)
        panel = paths.panel(episode, shot_id)
        panel_hash = ctx.file_hash(panel)
        shot = next((s for s in board.shots if s.id == shot_id), None) if board else None
        if shot is None or timeline is None or panel_hash is None:
            raise Blocked("needs the panel and the timeline")
        timing = timeline.shot(shot_id)
        when = {t.line: t for t in timeline.lines}
        inputs: dict[str, str] = {"panel": ctx.input(panel) or panel_hash}
        track: list[dict[str, Any]] = []
        lines = on_screen_lines(shot, ctx.episode(number))
        for line in lines:
            take = line.id in when and when[line.id].reworded
            voice = ctx.input(paths.voice(episode, line.id, locale, take))
            if voice is None or line.id not in when:
                raise Blocked(f"needs the voice of {line.id}")
            inputs[f"voice:{line.id}"] = voice
            track.append({"line": line.id, "voice": voice,
                          "start_ms": when[line.id].start_ms - timing.start_ms})
        request = LipSyncRequest(
            shot=shot, image_path=panel, image_sha256=panel_hash,
            audio_path=f"{shot_id}.voice.wav",
            audio_sha256=content_hash(canonical_json({"track": track,
                                                      "duration_ms": timing.duration_ms})),
            speakers=sorted({line.speaker for line in lines}),
            duration_ms=timing.duration_ms, width=WIDTH, height=HEIGHT, fps=FPS,
            seed=ctx.settings.project.seed,
        )
        work = provider_work(self, ctx, item, request, "lipsync",
                             {"video": paths.lipsync_clip(episode, shot_id, locale)},
                             extra=parsed.key_part())
        return replace(work, inputs=inputs, payload={**work.payload, "track": track})

    @staticmethod
    def run(work: Work) -> Produced:
        with tempfile.TemporaryDirectory() as folder:

            async def talk(provider: Any, request: LipSyncRequest) -> bytes:
                image = work.input_copy("panel", Path(folder), Path(request.image_path).name)
                audio = Path(folder) / request.audio_path
                audio.write_bytes(voice_track(
                    [(work.input_bytes(f"voice:{t['line']}"), t["start_ms"])
                     for t in work.payload["track"]], request.duration_ms))
                data: bytes = await provider.lipsync(request.model_copy(
                    update={"image_path": str(image), "audio_path": str(audio)}))
                return data

            data, usage = call_provider(work, LIPSYNC, LipSyncRequest, talk)
        return produced({"video": data}, usage)
