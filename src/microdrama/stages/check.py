"""check: each episode against the craft rules and the continuity so far → out/review/."""

from __future__ import annotations

import json
from typing import ClassVar

from microdrama.domain import Episode, Ledger, episode_id
from microdrama.formats.hashing import cache_key
from microdrama.review.continuity import check_continuity
from microdrama.review.craft import check_craft, load_craft
from microdrama.stages.base import Blocked, Produced, Stage, Work
from microdrama.stages.context import BuildContext


class CheckStage(Stage):
    """Review each episode: hook, reversal, cliffhanger, sizes, continuity."""

    name: ClassVar[str] = "check"
    version: ClassVar[int] = 1
    after: ClassVar[tuple[str, ...] | None] = ("script",)
    description: ClassVar[str] = "scripts → review findings (out/review/epNNN.json)"

    def items(self, ctx: BuildContext) -> list[str]:
        return [episode_id(n) for n in ctx.episode_numbers()]

    def plan(self, ctx: BuildContext, item: str) -> Work:
        number = int(item[2:])
        bible, outline = ctx.bible(), ctx.outline()
        episode = ctx.episode(number)
        if bible is None or outline is None or episode is None:
            raise Blocked(f"needs episodes/{item}.yaml")
        for earlier in range(1, number):
            if ctx.episode(earlier) is None:
                raise Blocked(f"needs {episode_id(earlier)} (continuity)")
        plan = outline.episode(number)
        payload = {
            "episode": episode.model_dump(mode="json"),
            "ledger": ctx.ledger_before(number).model_dump(mode="json"),
            "language": bible.language,
            "final": plan is not None and number == max(p.number for p in outline.plan),
            "rules": load_craft(bible.language).version,
        }
        return Work(
            stage=self.name, item=item, key=cache_key(self.name, self.version, payload),
            payload=payload, outputs={"findings": f"out/review/{item}.json"}, provider="",
        )

    @staticmethod
    def run(work: Work) -> Produced:
        episode = Episode.model_validate(work.payload["episode"])
        ledger = Ledger.model_validate(work.payload["ledger"])
        findings = check_craft(episode, work.payload["language"], final=work.payload["final"])
        findings += check_continuity(episode, ledger)
        report = {
            "episode": episode.id,
            "rules": work.payload["rules"],
            "findings": [f.model_dump(mode="json") for f in findings],
        }
        text = json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        return Produced({"findings": text.encode("utf-8")})
