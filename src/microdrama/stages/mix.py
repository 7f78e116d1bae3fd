"""mix: voices on the timeline + scene music, ducked and loudness-normalised."""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from microdrama.domain.items import ItemId
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.items import localized
from microdrama.engine.keys import cache_key
from microdrama.media.aac import aac_bytes
from microdrama.media.audio import as_pcm16, pcm16, stretch
from microdrama.media.audio_label import with_audio_label
from microdrama.media.label import AudioLabel, audio_label_rule
from microdrama.media.loudness import normalize_samples
from microdrama.media.mix import mix_samples
from microdrama.project import layout as paths
from microdrama.stages.music import has_no_shots, scene_span
from microdrama.stages.story import is_segment, render_items, segment_spans
from microdrama.stages.timing import load_timeline


class MixStage(Stage):
    """One audio track per episode at −14 LUFS, true peak ≤ −1 dBTP."""

    name: ClassVar[str] = "mix"
    version: ClassVar[int] = 3  # 3: the AAC encoded in process (decision 0025)
    after: ClassVar[tuple[str, ...] | None] = ("voice", "music", "timing")
    description: ClassVar[str] = "voices + music → episode audio"
    executor: ClassVar[str] = "process"

    def items(self, ctx: BuildContext) -> list[str]:
        return localized(ctx, render_items(ctx))

    @staticmethod
    def warm_worker() -> None:
        """Ten seconds of quiet noise normalised and through the AAC encoder (the encoder
        opened, the mix's memory touched once)."""
        rate = 48_000
        noise = np.random.default_rng(0).normal(0, 0.05, (rate * 10, 2))
        aac_bytes(pcm16(normalize_samples(noise, rate)), rate)

    def plan(self, ctx: BuildContext, item: str) -> Work:
        parsed = ItemId.parse(item)
        if is_segment(parsed):
            return self._plan_segment(ctx, parsed)
        number, name, locale = parsed.number, parsed.episode, parsed.locale
        episode = ctx.episode(number)
        timeline = load_timeline(ctx, name, locale)
        if episode is None or timeline is None:
            raise Blocked("needs the timeline")
        voices = []
        inputs: dict[str, str] = {}
        for timing in timeline.lines:
            digest = ctx.input(paths.voice(name, timing.line, locale, timing.reworded))
            if digest is None:
                raise Blocked(f"needs the voice of {timing.line}")
            voice: dict[str, Any] = {"hash": digest, "start_ms": timing.start_ms}
            if timing.tempo != 1.0:  # a dubbed line sped up to fit its shot
                voice["tempo"] = timing.tempo
            voices.append(voice)
            inputs[f"voice:{timing.line}"] = digest
        beds = []
        for scene in episode.scenes:
            span = scene_span(ctx, number, scene, locale)
            if span is None and has_no_shots(ctx, number, scene):
                continue  # a scene the storyboard shows no shot of plays for no time
            digest = ctx.input(paths.music(name, scene.id))
            if digest is None or span is None:
                raise Blocked(f"needs the music of {scene.id}")
            beds.append({"hash": digest, "start_ms": span[0], "end_ms": span[1]})
            inputs[f"music:{scene.id}"] = digest
        payload = {"voices": voices, "beds": beds, "total_ms": timeline.duration_ms,
                   "lines": [t.line for t in timeline.lines],
                   "scenes": [s.id for s in episode.scenes if f"music:{s.id}" in inputs]}
        key_inputs = {"voices": voices, "beds": beds, "total_ms": timeline.duration_ms}
        if ctx.settings.release.audio_label == "rhythm":  # only then, so keys stay put
            payload["audio_label"] = key_inputs["audio_label"] = audio_label_rule().model_dump()
        key_inputs.update(parsed.key_part())
        return Work(stage=self.name, item=item, key=cache_key(self.name, self.version, key_inputs),
                    payload=payload, outputs={"mix": paths.mix(name, locale)}, inputs=inputs)

    def _plan_segment(self, ctx: BuildContext, parsed: ItemId) -> Work:
        """One story segment's own audio: its lines and its scene's bed, from its start,
        normalised on its own (only the story's first segment opens with the audio
        label)."""
        number, name, locale = parsed.number, parsed.episode, parsed.locale
        episode, board = ctx.episode(number), ctx.storyboard(number)
        timeline = load_timeline(ctx, name, locale)
        if episode is None or board is None or timeline is None:
            raise Blocked("needs the timeline")
        span = next((s for s in segment_spans(episode, board, timeline)
                     if s.segment == parsed.local), None)
        if span is None:
            raise Blocked(f"{parsed.local} has no shots in the storyboard")
        voices = []
        inputs: dict[str, str] = {}
        lines = [t for t in timeline.lines if t.shot in span.shots]
        for timing in lines:
            digest = ctx.input(paths.voice(name, timing.line, locale, timing.reworded))
            if digest is None:
                raise Blocked(f"needs the voice of {timing.line}")
            voice: dict[str, Any] = {"hash": digest, "start_ms": timing.start_ms - span.start_ms}
            if timing.tempo != 1.0:
                voice["tempo"] = timing.tempo
            voices.append(voice)
            inputs[f"voice:{timing.line}"] = digest
        bed = ctx.input(paths.music(name, parsed.local))
        if bed is None:
            raise Blocked(f"needs the music of {parsed.local}")
        inputs[f"music:{parsed.local}"] = bed
        beds = [{"hash": bed, "start_ms": 0, "end_ms": span.duration_ms}]
        payload: dict[str, Any] = {"voices": voices, "beds": beds, "total_ms": span.duration_ms,
                                   "lines": [t.line for t in lines], "scenes": [parsed.local],
                                   "fade_ends": True}
        key_inputs = {k: payload[k] for k in ("voices", "beds", "total_ms", "fade_ends")}
        if ctx.settings.release.audio_label == "rhythm" and parsed.local == episode.scenes[0].id:
            payload["audio_label"] = key_inputs["audio_label"] = audio_label_rule().model_dump()
        key_inputs.update(parsed.key_part())
        return Work(stage=self.name, item=str(parsed),
                    key=cache_key(self.name, self.version, key_inputs), payload=payload,
                    outputs={"mix": paths.segment_mix(name, parsed.local, locale)}, inputs=inputs)

    @staticmethod
    def run(work: Work) -> Produced:
        p = work.payload
        dialogue = [(v["start_ms"], stretch(work.input_bytes(f"voice:{line}"), v["tempo"])
                     if "tempo" in v else work.input_bytes(f"voice:{line}"))
                    for v, line in zip(p["voices"], p["lines"], strict=True)]
        music = [(b["start_ms"], b["end_ms"], work.input_bytes(f"music:{scene}"))
                 for b, scene in zip(p["beds"], p["scenes"], strict=True)]
        mixed, rate = mix_samples(dialogue, music, p["total_ms"],
                                  fade_ends=p.get("fade_ends", False))
        # The mix and the label are 16-bit masters, as when they went through WAV files.
        mixed = as_pcm16(mixed)
        if "audio_label" in p:
            rule = AudioLabel.model_validate(p["audio_label"])
            mixed = as_pcm16(with_audio_label(mixed, rate, rule))
        normalized = pcm16(normalize_samples(mixed, rate, out=mixed))
        return Produced({"mix": aac_bytes(normalized, rate)})
