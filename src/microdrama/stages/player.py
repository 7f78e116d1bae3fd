"""player: the interactive episodes' segments → out/<lang>/interactive/, a web player
(index.html with the story inline, player.js, player.css, story.json) that plays them back to back, shows the choices, keeps state and counts.

One item, ``interactive``, for the series language, and one per locale the build makes
(``es/interactive``: its segments, its words for titles, choices and endings), made when
the selection holds an interactive episode. The segments themselves are the episode
stage's (one labelled video per story segment, out/<lang>/interactive/segments/). See
docs/decisions/0015-interactive-player.md.
"""

from __future__ import annotations

from typing import Any, ClassVar

from microdrama.domain import episode_id
from microdrama.domain.items import ItemId
from microdrama.engine.context import BuildContext
from microdrama.engine.contract import Blocked, Produced, Stage, Work
from microdrama.engine.keys import cache_key
from microdrama.formats.interactive import story_graph
from microdrama.formats.locales import locale_facts
from microdrama.formats.player import (
    assets_digest,
    episode_document,
    player_files,
    player_strings,
    story_document,
)
from microdrama.project import layout as paths
from microdrama.project.layout import label_text
from microdrama.stages.story import branching_numbers, segment_spans
from microdrama.stages.timing import load_timeline
from microdrama.stages.translate import load_titles

#: The player's item: series-wide (in each locale, ``<L>/interactive``).
ITEM = "interactive"


class PlayerStage(Stage):
    """Write the web player of the selected interactive episodes."""

    name: ClassVar[str] = "player"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("episode",)
    description: ClassVar[str] = "interactive segments → web player (out/<lang>/interactive/)"

    def items(self, ctx: BuildContext) -> list[str]:
        if not branching_numbers(ctx):
            return []
        return [ITEM] + [str(ItemId(local=ITEM, locale=locale)) for locale in ctx.locales]

    def plan(self, ctx: BuildContext, item: str) -> Work:
        parsed = ItemId.parse(item)
        bible = ctx.bible()
        if bible is None:
            raise Blocked("needs the bible")
        language = parsed.locale or bible.language
        words: dict[str, str] = {}  # a locale's titles, choice labels and ending titles
        episodes = []
        videos: dict[str, str] = {}
        for number in branching_numbers(ctx):
            name = episode_id(number)
            episode, board = ctx.episode(number), ctx.storyboard(number)
            timeline = load_timeline(ctx, name, parsed.locale)
            if episode is None or board is None or timeline is None:
                raise Blocked(f"needs the timeline of {name}")
            spans = {span.segment: span for span in segment_spans(episode, board, timeline)}
            for scene in episode.scenes:
                video = paths.story_segment(language, scene.id)
                digest = ctx.file_hash(video)
                if scene.id not in spans or digest is None:
                    raise Blocked(f"needs the video of {scene.id}")
                videos[scene.id] = digest
            graph = story_graph(episode, durations={k: s.duration_ms for k, s in spans.items()})
            document = episode_document(
                graph, videos={s: f"segments/{s}.mp4" for s in spans},
                speech_end_ms={k: s.speech_end_ms for k, s in spans.items()})
            if parsed.locale:
                words = load_titles(ctx, name, parsed.locale)
                if not words:
                    raise Blocked(f"needs the {parsed.locale} translation of {name}")
                document = localized_episode(document, words)
            episodes.append(document)
        facts = locale_facts(parsed.locale, bible.language) if parsed.locale else None
        document = story_document(
            episodes, series=words.get("series", bible.title), language=language,
            label=label_text(facts.family if facts else bible.language),
            analytics_url=ctx.settings.interactive.analytics_url,
            strings=player_strings(language))
        payload: dict[str, Any] = {"document": document}
        if facts is not None and facts.rtl:  # only then: other players' keys stay put
            payload["rtl"] = True
        key = cache_key(self.name, self.version, {
            **payload, "videos": videos, "assets": assets_digest(), **parsed.key_part()})
        outputs = {"index": paths.interactive(language, "index.html"),
                   "script": paths.interactive(language, "player.js"),
                   "style": paths.interactive(language, "player.css"),
                   "story": paths.interactive(language, "story.json")}
        return Work(stage=self.name, item=item, key=key, payload=payload, outputs=outputs)

    @staticmethod
    def run(work: Work) -> Produced:
        return Produced(player_files(work.payload["document"],
                                     rtl=bool(work.payload.get("rtl"))))


def localized_episode(document: dict[str, Any], words: dict[str, str]) -> dict[str, Any]:
    """An episode of story.json in a locale: its title, choice labels and ending titles
    replaced by the locale's (by episode, choice and scene id; the series' words where
    the locale has none)."""
    out = {**document, "title": words.get(document["id"], document["title"]), "segments": {}}
    for ident, segment in document["segments"].items():
        entry = dict(segment)
        if segment["choice"] is not None:
            entry["choice"] = {**segment["choice"], "options": [
                {**option, "label": words.get(option["id"], option["label"])}
                for option in segment["choice"]["options"]]}
        if segment["ending"] is not None:
            entry["ending"] = {**segment["ending"],
                               "title": words.get(ident, segment["ending"]["title"])}
        out["segments"][ident] = entry
    return out
