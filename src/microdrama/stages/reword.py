"""reword: a dubbed line whose first take runs past its place → a shorter wording from the
translator (.microdrama/work/reword/<L>/epNNN.json); the redub stage voices it.

A line's place is the time the series' timeline gives it at 1×: from its start to the
next line of its shot, or to the shot's end (``domain.timeline.line_rooms``, the room
``fit_dub`` uses). A take longer than that is first said shorter — the model gets the
source line, the draft, both lengths and a character budget scaled from the draft by
room / take — and only what still runs long is sped up (at most ``[dubbing] max_tempo``)
by the timing stage. A wording no shorter than its draft is not used; one shorter but,
spoken at the draft's pace, still too long is asked for once more, from itself.

Lines are not reworded, and are listed as kept with the reason, when the translation is
a person's (``locales/<L>.yaml``: a translator's choice is theirs to shorten; the review
names the line), the pseudo-locale's (long on purpose), or no translator is configured.
Like translations, each line's wording is keyed on its own inputs (source, draft, take,
room, budget, glossary, prompt, model): an edit to one line rewords that line only.
"""

from __future__ import annotations

import json
import math
from typing import Any, ClassVar

from microdrama.domain.items import ItemId
from microdrama.domain.timeline import line_rooms
from microdrama.domain.translation import KeptLine, RewordedLine, Rewording
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.items import episode_items
from microdrama.engine.keys import cache_key
from microdrama.engine.providing import call_provider, produced, provider_work
from microdrama.formats.locales import locale_facts, max_characters
from microdrama.hashing import content_hash
from microdrama.media.audio import audio_rules
from microdrama.project import layout as paths
from microdrama.project.translations import load_translations
from microdrama.providers.base import (
    TRANSLATOR,
    ShortenLine,
    ShortenRequest,
    TranslateResult,
    Usage,
)
from microdrama.stages.timing import series_timing, timeline_of, voice_lengths
from microdrama.stages.translate import (
    locale_names,
    translation_entries,
    translator_identity,
    writing_style,
)


class RewordStage(Stage):
    """Dubbed lines too long for their place, said shorter by the translator."""

    name: ClassVar[str] = "reword"
    capability: ClassVar[str | None] = "translator"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("storyboard", "translate", "voice")
    description: ClassVar[str] = "dubs that run long → shorter wordings (the translator)"

    def items(self, ctx: BuildContext) -> list[str]:
        return [str(ItemId.parse(item).in_locale(locale))
                for locale in ctx.locales for item in episode_items(ctx)]

    def plan(self, ctx: BuildContext, item: str) -> Work:
        parsed = ItemId.parse(item)
        locale, name = parsed.locale, parsed.episode
        bible, episode = ctx.bible(), ctx.episode(parsed.number)
        if bible is None or episode is None:
            raise Blocked("needs the script")
        board = ctx.storyboard(parsed.number)
        if board is None:
            raise Blocked("needs the storyboard")
        series = series_timing(ctx, parsed.number, name)
        rules = audio_rules()["dubbing"]
        rooms = line_rooms(timeline_of(series), min_gap_ms=rules["min_gap_ms"],
                           min_tail_ms=rules["min_tail_ms"])
        entries = translation_entries(ctx, name, locale)
        if not entries:
            raise Blocked(f"needs the {locale} translation of {name}")
        takes = voice_lengths(ctx, board, name, locale)
        facts = locale_facts(locale, bible.language)
        provider = ctx.settings.providers.translator
        identity = translator_identity(ctx, provider) if provider else {}
        previous = _previous(ctx, name, locale)
        lines = episode.lines()
        texts = {line.id: line.text for line in lines}
        order = [line_id for shot in board.shots for line_id in shot.lines]
        people = None if facts.pseudo else load_translations(ctx.project.root, locale)
        names = locale_names(bible, people)
        style = writing_style(ctx, locale, bible.language)
        done: dict[str, dict[str, Any]] = {}
        kept: dict[str, dict[str, Any]] = {}
        todo: list[ShortenLine] = []
        keys: dict[str, str] = {}
        for index, line_id in enumerate(order):
            take, room = takes[line_id], rooms.get(line_id, 0)
            entry = entries.get(line_id)
            if entry is None or room <= 0 or take <= room:
                continue  # it fits (or the line is not in this episode's dub)
            via = entry.get("via", "")
            if via != "model" or not provider:
                why = {"people": "people", "pseudo": "pseudo"}.get(via, "no-translator")
                kept[line_id] = {"why": why, "take_ms": take, "room_ms": room}
                continue
            draft = entry["text"]
            budget = max(1, min(math.floor(len(draft) * room / take),
                                max_characters(texts[line_id], bible.language, facts, room)))
            line = next(ln for ln in lines if ln.id == line_id)
            ask = ShortenLine(
                id=line_id, speaker=names.get(line.speaker, line.speaker), text=texts[line_id],
                draft=draft,
                max_chars=budget, budget_ms=room, spoken_ms=take,
                before=entries.get(order[index - 1], {}).get("text", "") if index else "",
                after=(entries.get(order[index + 1], {}).get("text", "")
                       if index + 1 < len(order) else ""))
            own = ask.model_dump(exclude={"before", "after"})
            keys[line_id] = content_hash(json.dumps(
                {"line": own, "locale": locale, "translator": identity, **style,
                 "glossary": {t: v for t, v in names.items() if t in texts[line_id]}},
                sort_keys=True, ensure_ascii=False).encode("utf-8"))
            found = previous.lines.get(line_id)
            gave_up = previous.kept.get(line_id)
            if found is not None and found.key == keys[line_id]:
                done[line_id] = found.model_dump(mode="json")
            elif gave_up is not None and gave_up.key == keys[line_id]:
                kept[line_id] = gave_up.model_dump(mode="json")
            else:
                todo.append(ask)
        extra: dict[str, Any] = {"locale": locale, "done": done, "kept": kept, "keys": keys}
        outputs = {"rewording": paths.rewording(name, locale)}
        if todo:
            request = ShortenRequest(
                locale=locale, locale_name=facts.name, source_language=bible.language,
                lines=todo, glossary=names, **style)
            return provider_work(self, ctx, item, request, "translator", outputs, extra=extra)
        return Work(stage=self.name, item=item, key=cache_key(self.name, self.version, extra),
                    payload=extra, outputs=outputs, provider="")

    @staticmethod
    def run(work: Work) -> Produced:
        p = work.payload
        done = {i: RewordedLine.model_validate(e) for i, e in p["done"].items()}
        kept = {i: KeptLine.model_validate(e) for i, e in p["kept"].items()}
        usage = Usage()
        if "request" in p:
            result, usage = call_provider(work, TRANSLATOR, ShortenRequest, _shorten)
            answers = TranslateResult.model_validate(result).texts
            for ask in ShortenRequest.model_validate(p["request"]).lines:
                said = " ".join(answers[ask.id].split())
                if len(said) < len(ask.draft):
                    done[ask.id] = RewordedLine(
                        text=said, draft=ask.draft, take_ms=ask.spoken_ms, room_ms=ask.budget_ms,
                        max_chars=ask.max_chars or len(said), key=p["keys"][ask.id])
                else:  # no shorter: the draft stays, to be sped up
                    kept[ask.id] = KeptLine(why="not-shorter", take_ms=ask.spoken_ms,
                                            room_ms=ask.budget_ms, wording=said,
                                            key=p["keys"][ask.id])
        out = Rewording(locale=p["locale"], lines=dict(sorted(done.items())),
                        kept=dict(sorted(kept.items())))
        return produced({"rewording": (out.model_dump_json(indent=1) + "\n").encode("utf-8")},
                        usage)


async def _shorten(translator: Any, request: ShortenRequest) -> TranslateResult:
    """The translator's shorter wordings. An answer shorter than its draft that would
    still run past the line's place — spoken at the draft's pace, characters × take ÷
    draft length — is asked once more, from that answer, with a budget scaled the same
    way (a second round; what still runs long after it is sped up)."""
    first: TranslateResult = await translator.shorten(request)
    texts = dict(first.texts)
    again: list[ShortenLine] = []
    for ask in request.lines:
        said = " ".join(texts.get(ask.id, "").split())
        if not said or len(said) >= len(ask.draft):
            continue
        pace = ask.spoken_ms / len(ask.draft)  # ms per character, as the draft was spoken
        expected = round(len(said) * pace)
        if expected <= ask.budget_ms:
            continue
        budget = max(1, min(math.floor(len(said) * ask.budget_ms / expected),
                            (ask.max_chars or len(said)) - 1))
        again.append(ask.model_copy(update={"draft": said, "spoken_ms": expected,
                                            "max_chars": budget}))
    if again:
        second: TranslateResult = await translator.shorten(
            request.model_copy(update={"lines": again}))
        for ask in again:
            said = " ".join(second.texts.get(ask.id, "").split())
            if said and len(said) < len(ask.draft):
                texts[ask.id] = said
    return TranslateResult(texts=texts)


def _previous(ctx: BuildContext, episode: str, locale: str) -> Rewording:
    path = ctx.project.path(paths.rewording(episode, locale))
    try:
        return Rewording.model_validate(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError):
        return Rewording(locale=locale)
