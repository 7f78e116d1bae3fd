"""voice: each line → speech in its character's voice (.microdrama/work/voice/)."""

from __future__ import annotations

from typing import ClassVar

from microdrama.domain.items import ItemId
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.items import line_items, localized
from microdrama.engine.providing import call_provider, produced, provider_work
from microdrama.formats.locales import locale_facts, pseudo_spoken
from microdrama.project import layout as paths
from microdrama.providers.base import SPEECH, SpeechRequest
from microdrama.stages.translate import load_translation


class VoiceStage(Stage):
    """Speak every line; editing one line re-voices only that line."""

    name: ClassVar[str] = "voice"
    capability: ClassVar[str | None] = "speech"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("bible", "script", "translate")
    description: ClassVar[str] = "lines → voices"
    executor: ClassVar[str] = "process"

    def items(self, ctx: BuildContext) -> list[str]:
        return localized(ctx, line_items(ctx))

    def plan(self, ctx: BuildContext, item: str) -> Work:
        parsed = ItemId.parse(item)
        text = None
        if parsed.locale:  # a dub: the locale's line
            translated = load_translation(ctx, parsed.episode, parsed.locale)
            if translated is None or parsed.local not in translated:
                raise Blocked(f"needs the {parsed.locale} translation of {parsed.local}")
            text = translated[parsed.local]
        request = speech_request(ctx, parsed, text)
        return provider_work(self, ctx, item, request, "speech",
                             {"voice": paths.voice(parsed.episode, parsed.local, parsed.locale)},
                             extra=parsed.key_part())

    @staticmethod
    def run(work: Work) -> Produced:
        data, usage = call_provider(work, SPEECH, SpeechRequest, lambda p, r: p.speak(r))
        return produced({"voice": data}, usage)


def speech_request(ctx: BuildContext, parsed: ItemId, text: str | None = None) -> SpeechRequest:
    """How the line ``parsed`` is spoken: by its character's voice, with its emotion; in
    a locale, ``text`` (its translation) in that locale's prosody family."""
    bible, episode = ctx.bible(), ctx.episode(parsed.number)
    if bible is None or episode is None:
        raise Blocked("needs the script")
    line = next((ln for ln in episode.lines() if ln.id == parsed.local), None)
    if line is None:
        raise Blocked(f"{parsed.local} is no longer in the script")
    speaker = bible.character(line.speaker)
    assert speaker is not None  # the loader checked every speaker
    said, language = line.text, bible.language
    if parsed.locale and text is not None:
        facts = locale_facts(parsed.locale, bible.language)
        said = pseudo_spoken(text) if facts.pseudo else text
        language = facts.family
    return SpeechRequest(text=said, language=language, voice=speaker.voice,
                         speaker=speaker.id, emotion=line.emotion, locale=parsed.locale)
