"""voice: each line → speech in its character's voice (.microdrama/work/voice/)."""

from __future__ import annotations

from typing import ClassVar

from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.items import episode_of, line_items, split_item
from microdrama.engine.providing import call_provider, produced, provider_work
from microdrama.project import layout as paths
from microdrama.providers.base import SpeechRequest


class VoiceStage(Stage):
    """Speak every line; editing one line re-voices only that line."""

    name: ClassVar[str] = "voice"
    capability: ClassVar[str | None] = "speech"
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
        return provider_work(self, ctx, item, request, "speech",
                             {"voice": paths.voice(episode_of(item), line_id)})

    @staticmethod
    def run(work: Work) -> Produced:
        data, usage = call_provider(work, "speech", SpeechRequest, lambda p, r: p.speak(r))
        return produced({"voice": data}, usage)
