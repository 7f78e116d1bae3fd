"""redub: a dubbed line the reword stage said shorter → its take in the new words
(.microdrama/work/redub/<L>/epNNN/<line>.wav), which the timing, the mix and the shots
then use instead of the first take."""

from __future__ import annotations

from typing import ClassVar

from microdrama.domain.items import ItemId
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.items import episode_items
from microdrama.engine.providing import call_provider, produced, provider_work
from microdrama.project import layout as paths
from microdrama.providers.base import SPEECH, SpeechRequest
from microdrama.stages.dubs import load_rewording
from microdrama.stages.voice import speech_request


class RedubStage(Stage):
    """Speak each reworded line again, in the same voice; nothing else is re-voiced."""

    name: ClassVar[str] = "redub"
    capability: ClassVar[str | None] = "speech"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("reword",)
    description: ClassVar[str] = "reworded dub lines → their voices"
    executor: ClassVar[str] = "process"

    def items(self, ctx: BuildContext) -> list[str]:
        items: list[str] = []
        for locale in ctx.locales:
            for episode in episode_items(ctx):
                items += [str(ItemId(local=line, locale=locale))
                          for line in sorted(load_rewording(ctx, episode, locale))]
        return items

    def plan(self, ctx: BuildContext, item: str) -> Work:
        parsed = ItemId.parse(item)
        said = load_rewording(ctx, parsed.episode, parsed.locale).get(parsed.local)
        if said is None:
            raise Blocked(f"{parsed.local} is no longer reworded")
        request = speech_request(ctx, parsed, said)
        return provider_work(self, ctx, item, request, "speech",
                             {"voice": paths.voice(parsed.episode, parsed.local, parsed.locale,
                                                   reworded=True)},
                             extra=parsed.key_part())

    @staticmethod
    def run(work: Work) -> Produced:
        data, usage = call_provider(work, SPEECH, SpeechRequest, lambda p, r: p.speak(r))
        return produced({"voice": data}, usage)
