"""voice: each line → speech in its character's voice (.microdrama/work/voice/)."""

from __future__ import annotations

import asyncio
from typing import ClassVar

from microdrama.engine.context import BuildContext
from microdrama.engine.hashing import cache_key
from microdrama.engine.stage import Blocked, Produced, Stage, Work
from microdrama.providers.base import SpeechRequest
from microdrama.providers.registry import get_provider
from microdrama.stages import paths
from microdrama.stages.shots import episode_of, line_items, split_item


class VoiceStage(Stage):
    """Speak every line; editing one line re-voices only that line."""

    name: ClassVar[str] = "voice"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("bible", "script")
    description: ClassVar[str] = "lines → voices"
    executor: ClassVar[str] = "process"

    def items(self, ctx: BuildContext) -> list[str]:
        return line_items(ctx)

    def plan(self, ctx: BuildContext, item: str) -> Work:
        number, line_id = split_item(item)
        bible, episode = ctx.bible(), ctx.episode(number)
        if bible is None or episode is None:
            raise Blocked("needs the script")
        line = next((ln for ln in episode.lines() if ln.id == line_id), None)
        if line is None:
            raise Blocked(f"{line_id} is no longer in the script")
        speaker = bible.character(line.speaker)
        assert speaker is not None  # the loader checked every speaker
        request = SpeechRequest(text=line.text, language=bible.language, voice=speaker.voice,
                                speaker=speaker.id, emotion=line.emotion)
        provider = ctx.settings.providers.speech
        payload = {"request": request.model_dump(mode="json"), "provider": provider}
        return Work(stage=self.name, item=item, key=cache_key(self.name, self.version, payload),
                    payload=payload, outputs={"voice": paths.voice(episode_of(item), line_id)},
                    provider=provider)

    @staticmethod
    def run(work: Work) -> Produced:
        speech = get_provider(work.payload["provider"], "speech")
        request = SpeechRequest.model_validate(work.payload["request"])
        return Produced({"voice": asyncio.run(speech.speak(request))})
